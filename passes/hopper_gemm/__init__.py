"""The ``hopper-gemm`` pass: GEMM-class kernels for sm_90 (TMA, mbarrier pipeline, wgmma)."""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from mlc.compiler import attributes
from mlc.compiler.diagnostics import remark
from mlc.passes import Pass, option
from mlc.passes.hopper_gemm.config import HopperConfig
from mlc.passes.hopper_gemm.kernel import HopperEmitter, emit_hopper_gemm
from mlc.passes.tensorize_gemm.contraction import Gemm, NotAGemm, match_kernel

__all__ = ["HopperConfig", "HopperEmitter", "HopperGemm", "check_hopper", "describe"]

STRATEGY = "wgmma.m64nNk16"


@dataclass(frozen=True)
class HopperGemm(Pass):
    """Rewrite every kernel function (``mlc.kernel``) whose body is one GEMM-class
    ``linalg.generic`` contraction (``tensorize-gemm``'s matcher) with f16 or bf16 inputs, an
    f32 accumulator, a k-contiguous A and a k- or n-contiguous B into an sm_90 kernel: block
    tiles loaded by TMA (``cp.async.bulk.tensor``, tensor maps with 128-byte swizzle and zero
    fill outside the operands) into ``stages`` shared-memory slots, each completing on its own
    ``mbarrier``; warpgroups of 128 threads multiplying them with ``wgmma.mma_async`` m64nNk16
    into f32 registers; the fill before and the elementwise kernel after fused into the
    epilogue, edges predicated. Upstream ops throughout: ``nvgpu.tma.*``, ``nvgpu.mbarrier.*``,
    ``nvgpu.warpgroup.*``. Kernels that do not match are left alone, with a remark saying why."""

    NAME = "hopper-gemm"
    SUMMARY = "sm_90 GEMM kernels: TMA loads, mbarrier pipeline, wgmma from swizzled shared memory"

    block: tuple[int, ...] = option((128, 128, 64), "block tile m,n,k (k = 64: one 128-byte row)")
    stages: int = option(4, "shared-memory slots in the TMA pipeline (at least 3)")

    def config(self) -> HopperConfig:
        from mlc.compiler.errors import PipelineError

        if len(self.block) != 3:
            raise PipelineError("hopper-gemm: block takes m,n,k")
        return HopperConfig(*self.block, self.stages)

    def run(self, op: ir.Operation) -> None:
        from mlc.compiler.targets.cuda.kernels import is_kernel_function

        cfg = self.config()
        funcs = [o.operation for o in op.regions[0].blocks[0].operations if is_kernel_function(o.operation)]
        for kfunc in funcs:
            try:
                gemm = match_kernel(kfunc)
                emit_hopper_gemm(kfunc, gemm, cfg)
            except NotAGemm as e:
                remark(kfunc.location, f"hopper-gemm: not tensorized: {e}")
                continue
            kfunc.attributes[attributes.TENSORIZED] = record(gemm, cfg)
            remark(kfunc.location, f"hopper-gemm: {describe(gemm, cfg)}")


def check_hopper(gemm: Gemm, cfg: HopperConfig) -> None:
    """Raise ``NotAGemm`` (with the reason) unless ``hopper-gemm`` takes ``gemm``."""
    with ir.Location.unknown(gemm.contraction.generic.context):
        HopperEmitter(gemm, cfg)


def record(gemm: Gemm, cfg: HopperConfig) -> ir.Attribute:
    """What the performance model and the launch need: strategy, tiles, problem, bytes."""
    import math

    con = gemm.contraction
    m, n, k = con.size
    i64 = ir.IntegerType.get_signless(64)
    operands = [con.a, con.b, gemm.output]
    if gemm.init is None:
        operands.append(con.c)
    if gemm.epilogue:
        operands += [o for o in gemm.epilogue.inputs if o is not None]
    nbytes = sum(math.prod(o.shape) * o.element_bytes for o in operands)
    return ir.DictAttr.get(
        {
            "strategy": ir.StringAttr.get(STRATEGY),
            "block": ir.DenseI64ArrayAttr.get([cfg.block_m, cfg.block_n, cfg.block_k]),
            "warp": ir.DenseI64ArrayAttr.get([64, cfg.block_n]),
            "stages": ir.IntegerAttr.get(i64, cfg.stages),
            "size": ir.DenseI64ArrayAttr.get([con.batch_count, m, n, k]),
            "element": ir.StringAttr.get(con.a.element),
            "bytes": ir.IntegerAttr.get(i64, nbytes),
            "dynamic_shared": ir.IntegerAttr.get(i64, cfg.shared_bytes(con.a.element_bytes)),
        }
    )


def describe(gemm: Gemm, cfg: HopperConfig) -> str:
    con = gemm.contraction
    m, n, k = con.size
    batch = f"{con.batch_count}x" if con.batch else ""
    fused = [w for w, present in (("fill", gemm.init is not None), ("epilogue", gemm.epilogue)) if present]
    return (
        f"{batch}{m}x{n}x{k} {con.a.element} -> f32 on {STRATEGY} (TMA, {cfg.stages}-stage mbarrier "
        f"pipeline): block {cfg.block_m}x{cfg.block_n}x{cfg.block_k}, {cfg.warpgroups} warpgroups"
        + ("; fused " + " and ".join(fused) if fused else "")
    )
