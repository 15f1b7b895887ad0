"""The ``gpu``, ``nvvm`` and ``ptx`` stages: mapped loops -> launches -> NVVM -> PTX.

* ``gpu``: kernels with no mapped loop (full reductions) are wrapped in a
  one-iteration loop mapped to a block; mapped ``scf.parallel`` loops become
  ``gpu.launch`` regions; launch sizes fold to constants, index computations
  are sunk into the launches (so are views built on pointer parameters, for
  kernels raised from C), and each launch is outlined into a ``gpu.module``
  named after its kernel function (``@main_k3_generic_kernel``), with a
  ``gpu.launch_func`` left in the kernel function.
* ``nvvm``: the NVVM target (chip, PTX features, optimization level) is attached
  and the device code is lowered to the LLVM and NVVM dialects. Memref
  parameters use the bare-pointer calling convention: one pointer each.
* ``ptx``: ``gpu-module-to-binary{format=isa}`` runs the NVPTX backend and keeps
  the PTX text in a ``gpu.binary``. No CUDA driver is needed for this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.errors import UnsupportedError
from mlc.compiler.targets.cuda.kernels import is_kernel_function, symbol_name
from mlc.compiler.targets.cuda.options import CudaOptions

if TYPE_CHECKING:
    from mlir import ir

TO_LAUNCHES = (
    "builtin.module(convert-parallel-loops-to-gpu,canonicalize,func.func(gpu-launch-sink-index-computations))"
)
OUTLINE = "builtin.module(gpu-kernel-outlining,canonicalize,cse)"
# bf16-mma-to-nvvm, convert-nvgpu-to-nvvm: the tensor-core kernels' mma.sync (bf16 first: upstream
# cannot lower it), ldmatrix and cp.async, and the sm_90 kernels' TMA, mbarrier and wgmma; no-ops
# elsewhere. Before scf-to-cf: it converts the wgmma accumulators that scf.for carries.
# convert-nvvm-to-llvm: NVVM ops written as inline PTX (mbarrier.try_wait.parity, wgmma fences).
DEVICE_TO_NVVM = (
    "gpu.module(expand-strided-metadata,lower-affine,bf16-mma-to-nvvm,convert-nvgpu-to-nvvm,convert-scf-to-cf,"
    "convert-gpu-to-nvvm{use-bare-ptr-memref-call-conv=1 index-bitwidth=64},convert-nvvm-to-llvm,"
    "canonicalize,cse,reconcile-unrealized-casts)"
)
TO_PTX = "builtin.module(gpu-module-to-binary{format=isa})"
TO_LLVM_BITCODE = "builtin.module(gpu-module-to-binary{format=llvm})"


def attach_pipeline(options: CudaOptions) -> str:
    spec = options.spec
    target = f"chip={spec.arch} features={spec.ptx_features} O={options.opt_level}"
    return f"builtin.module(nvvm-attach-target{{{target}}})"


NVVM_LOWERING = f"builtin.module(lower-ptr-views,{DEVICE_TO_NVVM})"


def run_pipeline(module: ir.Module, text: str) -> None:
    from mlc.compiler.pipeline import Pipeline

    Pipeline.parse(text).run(module)


def check_mapped(module: ir.Module, allow_arith: bool = False) -> None:
    """Every kernel function must now be launches only (its loops all went to the GPU);
    ``allow_arith``: and integer arithmetic on its parameters (launch sizes computed at run time)."""
    from mlc.compiler.targets.cuda.hopper.tensor_maps import HOST_OPS

    allowed = {"arith.constant", "gpu.launch_func", "func.return", *HOST_OPS}
    for o in module.body.operations:
        if not is_kernel_function(o.operation):
            continue
        for op in o.operation.regions[0].blocks[0].operations:
            name = op.operation.name
            if name not in allowed and not (allow_arith and name.startswith("arith.")):
                raise UnsupportedError(
                    f"kernel @{symbol_name(o.operation)}: '{op.operation.name}' was left on the host "
                    "after mapping (its loops carry no GPU mapping)",
                    loc=op.operation.location,
                    hint="the mapping pipeline must map every outer scf.parallel to blocks and threads",
                )


SINGLE_THREAD = "#gpu.loop_dim_map<processor = block_x, map = (d0) -> (d0), bound = (d0) -> (d0)>"


def has_mapped_loop(kfunc: ir.Operation) -> bool:
    return any(
        o.operation.name == "scf.parallel" and "mapping" in o.operation.attributes
        for o in kfunc.regions[0].blocks[0].operations
    )


def wrap_unmapped(module: ir.Module) -> None:
    """Run kernels whose loops are all sequential (full reductions) as one thread in one block.

    Their body is put in a one-iteration ``scf.parallel`` mapped to ``block_x``.
    """
    from mlir import ir
    from mlir.dialects import arith, scf

    for o in module.body.operations:
        kfunc = o.operation
        if not is_kernel_function(kfunc) or has_mapped_loop(kfunc):
            continue
        body = [op.operation for op in kfunc.regions[0].blocks[0].operations]
        work = [op for op in body if op.name not in ("arith.constant", "func.return")]
        if not work:
            continue
        # at the end of the body: every constant it uses is defined by then
        with ir.InsertionPoint(body[-1]), work[0].location:
            index = ir.IndexType.get()
            zero, one = arith.ConstantOp(index, 0), arith.ConstantOp(index, 1)
            loop = scf.ParallelOp([], [zero], [one], [one], [])
            loop.attributes["mapping"] = ir.ArrayAttr.get([ir.Attribute.parse(SINGLE_THREAD)])
            with ir.InsertionPoint(loop.region.blocks.append(index)):
                end = scf.ReduceOp([], 0)
        for op in work:
            op.move_before(end.operation)


def to_gpu(module: ir.Module, options: CudaOptions) -> None:
    """The ``gpu`` stage of a model: mapped loops -> ``gpu.launch`` -> outlined ``gpu.module``s."""
    wrap_unmapped(module)
    run_pipeline(module, TO_LAUNCHES)
    run_pipeline(module, OUTLINE)
    check_mapped(module)


def to_nvvm(module: ir.Module, options: CudaOptions) -> None:
    from mlc.compiler.targets.cpu.bool_memory import rewrite_i1_accesses
    from mlc.compiler.targets.cuda import hopper

    # memref-to-llvm asserts on scalar i1 loads and stores (a boolean constant a kernel reads)
    rewrite_i1_accesses(module)
    run_pipeline(module, attach_pipeline(options))
    hopper.attach_wgmma_targets(module, options)  # the wgmma kernels' modules: sm_90a
    hopper.tensor_map_params_to_pointers(module)
    run_pipeline(module, NVVM_LOWERING)
    hopper.declare_dynamic_shared(module)


def to_ptx(module: ir.Module, options: CudaOptions) -> None:
    run_pipeline(module, TO_PTX)


def binaries(module: ir.Module) -> dict[str, bytes]:
    """``gpu.binary`` name -> its object (PTX text for ``format=isa``, bitcode for ``format=llvm``)."""
    from mlir import ir
    from mlir.dialects import gpu

    out = {}
    for o in module.body.operations:
        if o.operation.name == "gpu.binary":
            objects = ir.ArrayAttr(o.operation.attributes["objects"])
            out[symbol_name(o.operation)] = bytes(gpu.ObjectAttr(objects[0]).object)
    return out


def lower_mapped(text: str, options: CudaOptions | None = None) -> tuple[str, dict[str, str]]:
    """Run IR whose loops carry GPU mappings (the output of ``tile`` and ``coalesce``) through the
    ``gpu``, ``nvvm`` and ``ptx`` stages, in this process: the host IR after ``gpu`` (launches of
    the outlined kernels) and the PTX of each kernel module, by module name."""
    from mlir import ir

    from mlc.compiler.context import make_context

    options = options or CudaOptions()
    with make_context():
        module = ir.Module.parse(text)
        to_gpu(module, options)
        host = str(module)
        to_nvvm(module, options)
        to_ptx(module, options)
        return host, {name: ptx.decode() for name, ptx in binaries(module).items()}
