"""Tensor-level IR -> llvm dialect for the CPU: the pipelines and rewrites of the CPU stages.

The stage list itself (``boundary``, ``prepare``, ``tile``, ``bufferize``,
``vectors``, ``loops``, ``llvm``) is ``mlc.compiler.targets.cpu.stages``; this
module holds what they run and the signature of the entry function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.dtypes import element_dtype
from mlc.compiler.errors import InputError, PassFailure, UnsupportedError
from mlc.compiler.isolation import progress
from mlc.compiler.pipeline import ONE_SHOT_BUFFERIZE, Pipeline
from mlc.runtime.dtypes import NARROW_CODES, NARROW_INTS
from mlc.runtime.signature import Signature, ValueSpec

if TYPE_CHECKING:
    from mlir import ir

# Elementwise arith on tensors to linalg; the contractions are then packed and tiled
# (``pack``) before elementwise fusion, which would otherwise fuse producers such as a GELU
# into a matmul (recomputing them once per reduction step) and generalize named ops
# through reshapes.
TO_LINALG = "builtin.module(func.func(convert-elementwise-to-linalg))"
PREPARE = (
    "builtin.module(func.func(linalg-fuse-elementwise-ops,canonicalize,cse),"
    "math-extend-to-supported-types{target-type=f32},"
    "func.func(arith-emulate-unsupported-floats{source-types=bf16,f16 target-type=f32}))"
)
BUFFERIZE = (
    f"builtin.module({ONE_SHOT_BUFFERIZE},"
    "buffer-deallocation-pipeline,convert-bufferization-to-memref,canonicalize)"
)
# Integer powers by a constant (x^3 in tanh-GELU) as multiplications, not calls of an
# outlined loop (convert-math-to-funcs), which would keep the loop around them scalar.
EXPAND_MATH = "builtin.module(func.func(math-expand-ops{ops=fpowi}))"
LOOPS = (
    "builtin.module("
    "func.func(convert-linalg-to-loops),"
    "lower-affine,"
    "func.func(convert-vector-to-scf{full-unroll=true},lower-vector-mask))"
)
TO_LLVM = (
    "builtin.module("
    "convert-scf-to-cf,"
    "func.func(arith-expand{include-bf16=true}),"
    "convert-math-to-funcs,"
    "convert-math-to-llvm,"
    "convert-math-to-libm,"
    "expand-strided-metadata,"
    "lower-affine,"
    "convert-vector-to-llvm{enable-x86vector=false},"
    "finalize-memref-to-llvm,"
    "convert-to-llvm,"
    "reconcile-unrealized-casts)"
)


# Unsigned dtypes a frontend may carry in a wider signed integer (see onnx_model.WIDENED).
_WIDENED = {"uint16": "int32", "uint32": "int64", "uint64": "int64"}
# dtypes that share a signless MLIR integer type and may stand for one another.
_SAME_BITS = {
    "int8": "uint8",
    "uint8": "int8",
    "int16": "uint16",
    "uint16": "int16",
    "int32": "uint32",
    "uint32": "int32",
    "int64": "uint64",
    "uint64": "int64",
}


def value_spec(t: ir.Type, name: str, declared: str | None, where: str) -> ValueSpec:
    """The spec of a function argument or result of type ``t``."""
    from mlir import ir

    if isinstance(t, ir.RankedTensorType | ir.MemRefType):
        shaped = ir.ShapedType(t)
        shape = tuple(
            None if shaped.is_dynamic_dim(i) else shaped.get_dim_size(i) for i in range(shaped.rank)
        )
        elem = element_dtype(shaped.element_type, "CPU", where=where)
    elif isinstance(t, ir.UnrankedTensorType | ir.UnrankedMemRefType):
        raise UnsupportedError(f"{where}: unranked type {t} is not supported by the CPU backend")
    else:
        shape, elem = None, element_dtype(t, "CPU", where=where)
    if declared is None or declared == elem:
        return ValueSpec(name, elem, shape)
    if _SAME_BITS.get(elem) == declared:
        return ValueSpec(name, declared, shape)
    if _WIDENED.get(declared) == elem:
        return ValueSpec(name, declared, shape, carrier=elem)
    carrier = NARROW_CODES.get(declared) or NARROW_INTS.get(declared)
    if carrier is not None and elem in (carrier, _SAME_BITS[carrier]):
        return ValueSpec(name, declared, shape, carrier=carrier)
    raise InputError(f"{where}: the recorded dtype {declared} does not match the IR type {t}")


def signature_of(func: ir.Operation) -> Signature:
    """The ``Signature`` of a tensor-level entry function (before the boundary rewrite)."""
    from mlir import ir

    from mlc.compiler import interface, specialization

    name = ir.StringAttr(func.attributes["sym_name"]).value
    ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
    iface = interface.read(func)

    def specs(types, names, dtypes, kind):
        if names is not None and len(names) != len(types):
            raise InputError(f"@{name}: {len(names)} {kind} names recorded for {len(types)} {kind}s")
        out = []
        for i, t in enumerate(types):
            label = names[i] if names else f"{kind}{i}"
            out.append(value_spec(t, label, dtypes[i] if dtypes else None, f"@{name} {kind} '{label}'"))
        return tuple(out)

    return Signature(
        name,
        specs(ftype.inputs, iface.input_names, iface.input_dtypes, "input"),
        specs(ftype.results, iface.output_names, iface.output_dtypes, "output"),
        specialized=specialization.read(func),
    )


def widen_bool_boundary(func: ir.Operation) -> None:
    """Make i1 tensor arguments and results i8, converting at the function's edges."""
    from mlir import ir
    from mlir.dialects import arith

    i1, i8 = ir.IntegerType.get_signless(1), ir.IntegerType.get_signless(8)

    def widened(t: ir.Type) -> ir.Type | None:
        if isinstance(t, ir.RankedTensorType) and ir.RankedTensorType(t).element_type == i1:
            rt = ir.RankedTensorType(t)
            return ir.RankedTensorType.get(rt.shape, i8, rt.encoding)
        return None

    ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
    block = func.regions[0].blocks[0]
    inputs = []
    for arg, t in zip(block.arguments, ftype.inputs, strict=True):
        wide = widened(t)
        inputs.append(wide or t)
        if wide is None:
            continue
        arg.set_type(wide)
        with ir.InsertionPoint.at_block_begin(block), func.location:
            narrow = arith.TruncIOp(t, arg)
        arg.replace_all_uses_except(narrow.result, narrow.operation)
    results = [widened(t) or t for t in ftype.results]
    for blk in func.regions[0].blocks:
        term = blk.operations[len(blk.operations) - 1]
        if term.operation.name != "func.return":
            continue
        for i, value in enumerate(term.operands):
            if widened(value.type) is not None:
                with ir.InsertionPoint(term), term.location:
                    term.operands[i] = arith.ExtUIOp(results[i], value).result
    func.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(inputs, results))


def _run(module: ir.Module, pipeline: str, stage: str) -> None:
    progress(stage=f"cpu {stage}")
    try:
        Pipeline.parse(pipeline).run_on(module)
    except PassFailure as e:
        raise PassFailure(
            f"CPU backend, stage '{stage}': {e.message}", diagnostics=e.diagnostics[1:]
        ) from None


def lower_to_llvm(
    text: str, entry: str | None = None, vectorize: bool = True, *, mcpu: str = "native", threads: int = 1
) -> tuple[str, Signature]:
    """Lower tensor-level (or buffer-level) IR to the llvm dialect; returns (text, signature)."""
    from mlc.compiler.targets.cpu.stages import CpuOptions, compile_stages

    options = CpuOptions(function=entry, vectorize=vectorize, mcpu=mcpu, threads=threads)
    module_text, signature = compile_stages(text, options)
    return module_text, signature
