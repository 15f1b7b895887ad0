"""Which kernels take the tensor-core GEMM path, with which tiles (the CUDA target's hook).

At the end of the ``kernels`` stage every kernel function that holds one GEMM-class
contraction (``tensorize-gemm``'s matcher) with f16 or bf16 inputs and an f32 accumulator
gets ``mlc.gemm``: the ``tensorize-gemm`` pass, with its options, that the ``map`` stage
runs on it instead of the mapping pipeline. f32 GEMMs stay on the SIMT path (TF32 is not
implemented; ``--allow-tf32`` is accepted and recorded, see ``docs/passes/tensorize-gemm.md``).

Tiles: 128x128x32 blocks of four 64x64 warp tiles when the problem has at least one such
block per SM; 64x64x32 blocks of four 32x32 warp tiles otherwise (small GEMMs get more
blocks); 3 stages unless a fourth fits in the static shared memory of a block.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from mlc.compiler.targets.cuda.kernels import is_kernel_function
from mlc.compiler.targets.cuda.options import CudaOptions

if TYPE_CHECKING:
    from mlir import ir

    from mlc.passes.tensorize_gemm import Contraction, TileConfig

GEMM_ATTR = "mlc.gemm"
TENSOR_CORE_ARCHS = ("sm_80", "sm_90")  # mma.sync m16n8k16 with ldmatrix and cp.async: sm_80 and later
# Candidate tiles, largest first: (block m, n, k, warp m, n).
TILES = ((128, 128, 32, 64, 64), (64, 64, 32, 32, 32))
STAGES = (4, 3)  # the deepest pipeline that fits, at least 3


def choose_config(con: Contraction, options: CudaOptions) -> TileConfig:
    """The tile configuration of a GEMM on ``options``' GPU (see the module doc)."""
    from mlc.passes.tensorize_gemm import TileConfig

    spec = options.spec
    m, n, _ = con.size
    eb = con.a.element_bytes
    for i, (bm, bn, bk, wm, wn) in enumerate(TILES):
        blocks = con.batch_count * math.ceil(m / bm) * math.ceil(n / bn)
        if blocks >= spec.sm_count or i == len(TILES) - 1:
            for stages in STAGES:
                cfg = TileConfig(bm, bn, bk, wm, wn, stages)
                if cfg.shared_bytes(eb) <= spec.static_shared_bytes:
                    return cfg
    raise AssertionError("no tile configuration fits")  # the last candidate always does


def pass_spec(cfg: TileConfig) -> str:
    """The ``tensorize-gemm`` pipeline element for ``cfg``."""
    return (
        f"tensorize-gemm{{block={cfg.block_m},{cfg.block_n},{cfg.block_k} "
        f"warp={cfg.warp_m},{cfg.warp_n} stages={cfg.stages}}}"
    )


def tensor_core_contraction(kfunc: ir.Operation, options: CudaOptions) -> Contraction | None:
    """The contraction of ``kfunc`` if it takes the tensor cores on ``options``' target."""
    from mlc.passes.tensorize_gemm import TENSOR_ELEMENTS, NotAGemm, match_kernel

    if options.arch not in TENSOR_CORE_ARCHS or "mlc.single_thread" in kfunc.attributes:
        return None
    try:
        con = match_kernel(kfunc)
    except NotAGemm:
        return None
    if con.a.element not in TENSOR_ELEMENTS or con.b.element != con.a.element or con.c.element != "f32":
        return None
    return con


def mark_gemm_kernels(module: ir.Module, options: CudaOptions) -> None:
    """Give every kernel function that takes the tensor-core path its ``mlc.gemm`` pass."""
    from mlir import ir

    for o in module.body.operations:
        kfunc = o.operation
        if not is_kernel_function(kfunc):
            continue
        con = tensor_core_contraction(kfunc, options)
        if con is not None:
            kfunc.attributes[GEMM_ATTR] = ir.StringAttr.get(pass_spec(choose_config(con, options)))
