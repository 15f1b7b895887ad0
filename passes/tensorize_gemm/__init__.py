"""The ``tensorize-gemm`` pass: GEMM-class kernels on tensor cores (mma.sync, ldmatrix, cp.async)."""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from mlc.compiler import attributes
from mlc.compiler.diagnostics import remark
from mlc.passes import Pass, option
from mlc.passes.tensorize_gemm.config import TileConfig
from mlc.passes.tensorize_gemm.contraction import Contraction, Gemm, NotAGemm, match_kernel
from mlc.passes.tensorize_gemm.kernel import emit_gemm

__all__ = ["Contraction", "Gemm", "NotAGemm", "TensorizeGemm", "TileConfig", "match_kernel"]

TENSOR_ELEMENTS = ("f16", "bf16")  # input element types mma.sync m16n8k16 multiplies (f32 accumulation)


@dataclass(frozen=True)
class TensorizeGemm(Pass):
    """Rewrite every kernel function (``mlc.kernel``) whose body is one ``linalg.generic``
    contraction with f16 or bf16 inputs and an f32 accumulator (``linalg.matmul``,
    ``batch_matmul``, transposed variants, permuted generic contractions; see
    ``contraction.py``) into a tiled tensor-core kernel for sm_80 and later: block tiles
    staged in shared memory through a ``stages``-deep ``cp.async`` pipeline, swizzled by
    upstream ``nvgpu-optimize-shared-memory``, warp tiles loaded with ``ldmatrix`` and
    multiplied with ``mma.sync`` m16n8k16 into f32 register accumulators, edges predicated.
    With ``tf32``, f32 contractions too: inputs rounded to TF32, ``mma.sync`` m16n8k8.
    The result is ``scf.parallel`` loops mapped to blocks and threads, as the CUDA ``map``
    stage produces. Kernels that do not match are left alone, with a remark saying why."""

    NAME = "tensorize-gemm"
    SUMMARY = "GEMM kernels on tensor cores: cp.async pipeline, ldmatrix, mma.sync m16n8k16"

    block: tuple[int, ...] = option((128, 128, 32), "block tile m,n,k")
    warp: tuple[int, ...] = option((64, 64), "warp tile m,n")
    stages: int = option(3, "shared-memory pipeline depth (k-tiles in flight + 1)")
    swizzle: bool = option(
        True, "swizzle the shared tiles (nvgpu-optimize-shared-memory) against bank conflicts"
    )
    tf32: bool = option(False, "also take f32 inputs, rounded to TF32 (mma.sync m16n8k8)")

    def config(self) -> TileConfig:
        from mlc.compiler.errors import PipelineError

        if len(self.block) != 3 or len(self.warp) != 2:
            raise PipelineError("tensorize-gemm: block takes m,n,k and warp takes m,n")
        return TileConfig(*self.block, *self.warp, self.stages)

    def run(self, op: ir.Operation) -> None:
        from mlc.compiler.targets.cuda.kernels import is_kernel_function

        cfg = self.config()
        funcs = [o.operation for o in op.regions[0].blocks[0].operations if is_kernel_function(o.operation)]
        for kfunc in funcs:
            try:
                gemm = match_kernel(kfunc)
                con = gemm.contraction
                allowed = (*TENSOR_ELEMENTS, "f32") if self.tf32 else TENSOR_ELEMENTS
                if con.a.element not in allowed:
                    raise NotAGemm(f"its inputs are {con.a.element}, not one of {', '.join(allowed)}")
                emit_gemm(kfunc, gemm, cfg, swizzle=self.swizzle)
            except NotAGemm as e:
                remark(kfunc.location, f"tensorize-gemm: not tensorized: {e}")
                continue
            kfunc.attributes[attributes.TENSORIZED] = _record(gemm, cfg)
            remark(kfunc.location, f"tensorize-gemm: {describe(gemm, cfg)}")


def _record(gemm: Gemm, cfg: TileConfig) -> ir.Attribute:
    """What the performance model needs: the strategy, its tiles, the problem and its bytes."""
    import math

    con = gemm.contraction
    m, n, k = con.size
    i64 = ir.IntegerType.get_signless(64)
    operands = [con.a, con.b, gemm.output]
    if gemm.init_from is not None:
        operands.append(gemm.init_from.source)
    elif gemm.init is None:
        operands.append(con.c)
    if gemm.epilogue:
        operands += [o for o in gemm.epilogue.inputs if o is not None]
    nbytes = sum(math.prod(o.shape) * o.element_bytes for o in operands)
    return ir.DictAttr.get(
        {
            "strategy": ir.StringAttr.get(strategy(con.a.element)),
            "block": ir.DenseI64ArrayAttr.get([cfg.block_m, cfg.block_n, cfg.block_k]),
            "warp": ir.DenseI64ArrayAttr.get([cfg.warp_m, cfg.warp_n]),
            "stages": ir.IntegerAttr.get(i64, cfg.stages),
            "size": ir.DenseI64ArrayAttr.get([con.batch_count, m, n, k]),
            "element": ir.StringAttr.get(con.a.element),
            "bytes": ir.IntegerAttr.get(i64, nbytes),
        }
    )


def strategy(element: str) -> str:
    return "mma.sync.m16n8k8.tf32" if element == "f32" else "mma.sync.m16n8k16"


def describe(gemm: Gemm, cfg: TileConfig) -> str:
    con = gemm.contraction
    m, n, k = con.size
    batch = f"{con.batch_count}x" if con.batch else ""
    fused = [
        w
        for w, present in (
            ("fill", gemm.init is not None),
            ("broadcast", gemm.init_from is not None),
            ("epilogue", gemm.epilogue),
        )
        if present
    ]
    return (
        f"{batch}{m}x{n}x{k} {con.a.element} -> f32 on {strategy(con.a.element)}: "
        f"block {cfg.block_m}x{cfg.block_n}x{cfg.block_k}, {cfg.warps} warps of "
        f"{cfg.warp_m}x{cfg.warp_n}, {cfg.stages} stages"
        + ("; fused " + " and ".join(fused) if fused else "")
    )
