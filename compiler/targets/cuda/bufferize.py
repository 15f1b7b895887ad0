"""The ``bufferize`` stage: linalg on tensors -> linalg on memrefs, one host function.

(A function raised from C is at the buffer level already: its stage list, ``stages.C_FUNCTION``,
runs ``c_function.prepare`` instead.)

Float16/bfloat16 contractions are made to accumulate in f32 first (``widen-accumulators``).
Elementwise producers are fused into their consumers (fewer kernels, fewer
intermediates), except into GEMMs that will take the tensor cores (``gemm``); then
One-Shot Bufferize turns tensors into buffers across the function boundary with
identity layouts. Constants become ``memref.global``s
(the weights); ``tensor.empty`` becomes ``memref.alloc`` (an intermediate).

The entry function's arguments are marked read-only, so bufferization never
writes into the caller's input arrays. Shapes must be static: the kernels use
the bare-pointer ABI, in which a pointer is all a kernel gets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.errors import UnsupportedError
from mlc.compiler.pipeline import ONE_SHOT_BUFFERIZE
from mlc.compiler.targets.cuda.kernels import entry_function, symbol_name
from mlc.compiler.targets.cuda.options import CudaOptions

if TYPE_CHECKING:
    from mlir import ir

# 16-bit float contractions accumulate in f32, whatever the frontend emitted (widen-accumulators).
WIDEN = "builtin.module(widen-accumulators)"
FUSE = "builtin.module(func.func(linalg-fuse-elementwise-ops),canonicalize,cse)"
BUFFERIZE = (
    "builtin.module(eliminate-empty-tensors,empty-tensor-to-alloc-tensor,"
    f"{ONE_SHOT_BUFFERIZE},canonicalize,cse)"
)


def _check_signature(func: ir.Operation) -> None:
    from mlir import ir

    ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
    for kind, types in (("argument", ftype.inputs), ("result", ftype.results)):
        for i, t in enumerate(types):
            if not isinstance(t, ir.RankedTensorType | ir.MemRefType):
                raise UnsupportedError(
                    f"@{symbol_name(func)}: {kind} {i} has type {t}; the CUDA target takes ranked tensors",
                    loc=func.location,
                )
            shaped = t
            if not shaped.has_static_shape:
                raise UnsupportedError(
                    f"@{symbol_name(func)}: {kind} {i} has the dynamic shape {t}",
                    loc=func.location,
                    hint="the CUDA target needs static shapes; export the model with fixed input shapes",
                )
            if str(shaped.element_type) == "i1":
                raise UnsupportedError(
                    f"@{symbol_name(func)}: {kind} {i} is a boolean tensor ({t})",
                    loc=func.location,
                    hint="pass booleans as i8/ui8 at the model boundary",
                )


def _mark_read_only(func: ir.Operation) -> None:
    """``bufferization.writable = false`` on tensor arguments (memref arguments are the caller's buffers)."""
    from mlir import ir

    args = func.regions[0].blocks[0].arguments
    old = (
        [ir.DictAttr(d) for d in ir.ArrayAttr(func.attributes["arg_attrs"])]
        if "arg_attrs" in func.attributes
        else [ir.DictAttr.get({}) for _ in args]
    )
    attrs = []
    for arg, d in zip(args, old, strict=True):
        entries = {d[i].name: d[i].attr for i in range(len(d))}
        if isinstance(arg.type, ir.RankedTensorType):
            entries["bufferization.writable"] = ir.BoolAttr.get(False)
        attrs.append(ir.DictAttr.get(entries))
    func.attributes["arg_attrs"] = ir.ArrayAttr.get(attrs)


def bufferize(module: ir.Module, options: CudaOptions) -> None:
    """Fuse elementwise ops (unless disabled) and bufferize the whole module."""
    from mlc.compiler.pipeline import Pipeline

    func = entry_function(module, options)
    _check_signature(func)
    _mark_read_only(func)
    from mlc.passes.fold_batch_norm import FoldBatchNorm

    FoldBatchNorm().run(module.operation)  # batch norms into conv weights and bias, before fusion
    Pipeline.parse(WIDEN).run(module)
    if options.fuse_elementwise:
        from mlc.compiler.targets.cuda.gemm import keep_gemm_operands

        keep_gemm_operands(module, options)
        Pipeline.parse(FUSE).run(module)
    Pipeline.parse(BUFFERIZE).run(module)
