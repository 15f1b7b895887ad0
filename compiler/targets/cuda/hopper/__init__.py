"""The CUDA target's sm_90 GEMM path: which GEMM kernels take ``hopper-gemm``, their chip.

On ``sm_90`` a GEMM kernel that ``tensorize-gemm`` would take goes to ``hopper-gemm``
(TMA + mbarrier + wgmma) instead when its operands fit it (f16/bf16, k-contiguous A, k- or
n-contiguous B, 16-byte-aligned rows; see ``passes/hopper_gemm``); the others keep
``mma.sync``. ``wgmma`` needs the architecture-specific target ``sm_90a``: the ``gpu.module``s
of these kernels get it, every other module keeps ``sm_90``. Tensor maps: ``tensor_maps``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.targets.cuda.options import CudaOptions

if TYPE_CHECKING:
    from mlir import ir

    from mlc.passes.hopper_gemm import HopperConfig

HOPPER_ARCH = "sm_90"
WGMMA_CHIP = "sm_90a"  # wgmma and setmaxnreg exist only in the architecture-specific target
# (block m, n, k, stages): 128x256 tiles when the problem has a wave of them, else 128x128.
TILES = ((128, 256, 64, 3), (128, 128, 64, 4))


def choose_config(kfunc: ir.Operation, options: CudaOptions) -> HopperConfig | None:
    """The ``hopper-gemm`` tiles for GEMM kernel ``kfunc``, or None when it does not take it."""
    import math

    from mlc.passes.hopper_gemm import HopperConfig, check_hopper
    from mlc.passes.tensorize_gemm import NotAGemm, match_kernel

    if options.arch != HOPPER_ARCH:
        return None
    try:
        gemm = match_kernel(kfunc)
    except NotAGemm:
        return None
    con = gemm.contraction
    m, n, _ = con.size
    for i, (bm, bn, bk, stages) in enumerate(TILES):
        blocks = con.batch_count * math.ceil(m / bm) * math.ceil(n / bn)
        if blocks < options.spec.sm_count and i < len(TILES) - 1:
            continue
        cfg = HopperConfig(bm, bn, bk, stages)
        try:
            check_hopper(gemm, cfg)
        except NotAGemm:
            continue
        return cfg
    return None


def pass_spec(cfg: HopperConfig) -> str:
    return f"hopper-gemm{{block={cfg.block_m},{cfg.block_n},{cfg.block_k} stages={cfg.stages}}}"


def is_hopper_kernel(kfunc: ir.Operation) -> bool:
    from mlir import ir

    from mlc.passes.hopper_gemm import STRATEGY

    attr = kfunc.attributes.get(attributes.TENSORIZED, None)
    return attr is not None and ir.StringAttr(ir.DictAttr(attr)["strategy"]).value == STRATEGY


def dynamic_shared_bytes(kfunc: ir.Operation) -> int:
    """The dynamic shared memory a ``hopper-gemm`` kernel's launch asks for."""
    from mlir import ir

    return ir.IntegerAttr(ir.DictAttr(kfunc.attributes[attributes.TENSORIZED])["dynamic_shared"]).value


def attach_wgmma_targets(module: ir.Module, options: CudaOptions) -> None:
    """Give the ``gpu.module``s launched by ``hopper-gemm`` kernels the ``sm_90a`` target
    (run before ``nvvm-attach-target``, which leaves modules that have targets alone)."""
    from mlir import ir

    from mlc.compiler.targets.cuda.kernels import is_kernel_function

    names = set()
    for o in module.body.operations:
        kfunc = o.operation
        if not is_kernel_function(kfunc) or not is_hopper_kernel(kfunc):
            continue

        def visit(op: ir.Operation) -> ir.WalkResult:
            if op.name == "gpu.launch_func":
                names.add(str(ir.SymbolRefAttr(op.attributes["kernel"])).lstrip("@").split("::@")[0])
            return ir.WalkResult.ADVANCE

        kfunc.walk(visit)
    spec = options.spec
    target = ir.Attribute.parse(
        f'#nvvm.target<O = {options.opt_level}, chip = "{WGMMA_CHIP}", features = "{spec.ptx_features}">'
    )
    for o in module.body.operations:
        op = o.operation
        if op.name == "gpu.module" and ir.StringAttr(op.attributes["sym_name"]).value in names:
            op.attributes["targets"] = ir.ArrayAttr.get([target])


def tensor_map_params_to_pointers(module: ir.Module) -> None:
    """Make every ``!nvgpu.tensormap.descriptor`` parameter of a kernel in a ``gpu.module`` an
    ``!llvm.ptr`` (the tensor map's device address, which is what upstream lowers it to), cast
    back at the kernel's entry for the nvgpu ops (and cast to it at the launches):
    ``convert-gpu-to-nvvm`` cannot convert that type in a signature, and the casts fold away
    in ``reconcile-unrealized-casts``."""
    from mlir import ir

    ptr = ir.Type.parse("!llvm.ptr")
    _cast_launch_operands(module, ptr)
    for o in module.body.operations:
        if o.operation.name != "gpu.module":
            continue
        for f in o.operation.regions[0].blocks[0].operations:
            func = f.operation
            if func.name != "gpu.func":
                continue
            entry = func.regions[0].blocks[0]
            changed = False
            for arg in entry.arguments:
                if not str(arg.type).startswith("!nvgpu.tensormap.descriptor"):
                    continue
                tm_type = arg.type
                arg.set_type(ptr)
                with ir.InsertionPoint.at_block_begin(entry), func.location:
                    cast = ir.Operation.create(
                        "builtin.unrealized_conversion_cast", results=[tm_type], operands=[arg]
                    )
                arg.replace_all_uses_except(cast.results[0], cast)
                changed = True
            if changed:
                ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
                func.attributes["function_type"] = ir.TypeAttr.get(
                    ir.FunctionType.get([a.type for a in entry.arguments], ftype.results)
                )


def _cast_launch_operands(module: ir.Module, ptr: ir.Type) -> None:
    from mlir import ir

    launches: list[ir.Operation] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "gpu.launch_func":
            launches.append(op)
        return ir.WalkResult.ADVANCE

    for o in module.body.operations:
        if o.operation.name == "func.func":
            o.operation.walk(visit)
    for launch in launches:
        for i, v in enumerate(list(launch.operands)):
            if str(v.type).startswith("!nvgpu.tensormap.descriptor"):
                with ir.InsertionPoint(launch), launch.location:
                    cast = ir.Operation.create(
                        "builtin.unrealized_conversion_cast", results=[ptr], operands=[v]
                    )
                launch.operands[i] = cast.results[0]


DYNAMIC_SHARED_ALIGN = 1024  # the 128-byte swizzle repeats every 1024 bytes; tiles start on it


def declare_dynamic_shared(module: ir.Module) -> None:
    """Make the dynamic shared memory of each kernel a 1024-byte-aligned external declaration
    (``.extern .shared .align 1024 .b8 x[]``): upstream lowers ``gpu.dynamic_shared_memory``
    to an internal zero-sized global, which the NVPTX backend prints as one static byte, and
    aligns it to 16 bytes, which breaks the swizzle shared between TMA and wgmma."""
    from mlir import ir

    for o in module.body.operations:
        if o.operation.name != "gpu.module":
            continue
        for g in o.operation.regions[0].blocks[0].operations:
            op = g.operation
            if op.name == "llvm.mlir.global" and ir.StringAttr(op.attributes["sym_name"]).value.startswith(
                "__dynamic_shmem__"
            ):
                op.attributes["linkage"] = ir.Attribute.parse("#llvm.linkage<external>")
                op.attributes["alignment"] = ir.IntegerAttr.get(
                    ir.IntegerType.get_signless(64), DYNAMIC_SHARED_ALIGN
                )
