"""Tensor-level IR -> llvm dialect for the CPU, as named stages.

This is the part of CPU compilation that can crash (MLIR asserts are on), so
``mlc.compiler.targets.cpu.compile`` runs it in a child process and only the
resulting llvm-dialect text and the ``Signature`` come back.

Stages:
  ``boundary``  bool tensors cross the function boundary as i8 (i1 buffers
                cannot be loaded through memref-to-llvm);
  ``prepare``   elementwise ops to linalg, then (after ``pack``) elementwise fusion;
  ``pack``      matmuls and convolutions to packed GEMMs (the ``pack-contractions`` pass);
  ``tile``      tiling and vectorization of matmuls, convolutions and reductions
                (``mlc.compiler.targets.cpu.tiling``);
  ``bufferize`` one-shot bufferization with callee-allocated results and deallocation;
  ``threads``   outermost parallel loops outlined for the thread pool (``threads``);
  ``loops``     linalg to loops, n-D vector transfers unrolled, then i1 loads and
                stores rewritten (``bool_memory``);
  ``llvm``      control flow, vectors, math (libm), memrefs -> llvm dialect.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from mlc.compiler.errors import InputError, PassFailure, UnsupportedError
from mlc.compiler.isolation import progress
from mlc.compiler.targets.cpu import bool_memory, runtime_checks, threads, tiling
from mlc.runtime.signature import NARROW_CODES, NARROW_INTS, Signature, ValueSpec

if TYPE_CHECKING:
    from mlir import ir

# Elementwise arith on tensors to linalg; the contractions are then packed (``pack``) before
# elementwise fusion, which would otherwise fuse producers such as a GELU into a matmul
# (recomputing them once per reduction step) and generalize named ops through reshapes.
TO_LINALG = "builtin.module(func.func(convert-elementwise-to-linalg))"
PREPARE = (
    "builtin.module(func.func(linalg-fuse-elementwise-ops,canonicalize,cse),"
    "math-extend-to-supported-types{target-type=f32},"
    "func.func(arith-emulate-unsupported-floats{source-types=bf16,f16 target-type=f32}))"
)
BUFFERIZE = (
    "builtin.module(one-shot-bufferize{bufferize-function-boundaries "
    "function-boundary-type-conversion=identity-layout-map},"
    "buffer-deallocation-pipeline,convert-bufferization-to-memref,canonicalize)"
)
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


# MLIR element type -> numpy dtype name of the values the user sees.
_ELEMENT_DTYPES = {
    "f16": "float16",
    "bf16": "bfloat16",
    "f32": "float32",
    "f64": "float64",
    "i1": "bool",
    "i8": "int8",
    "i16": "int16",
    "i32": "int32",
    "i64": "int64",
    "index": "int64",
    "ui8": "uint8",
    "ui16": "uint16",
    "ui32": "uint32",
    "ui64": "uint64",
}
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


def element_dtype(t: ir.Type, where: str) -> str:
    name = _ELEMENT_DTYPES.get(str(t))
    if name is None:
        raise UnsupportedError(f"{where}: element type {t} is not supported by the CPU backend")
    return name


def value_spec(t: ir.Type, name: str, declared: str | None, where: str) -> ValueSpec:
    """The spec of a function argument or result of type ``t``."""
    from mlir import ir

    if isinstance(t, ir.RankedTensorType | ir.MemRefType):
        shaped = ir.ShapedType(t)
        shape = tuple(
            None if shaped.is_dynamic_dim(i) else shaped.get_dim_size(i) for i in range(shaped.rank)
        )
        elem = element_dtype(shaped.element_type, where)
    elif isinstance(t, ir.UnrankedTensorType | ir.UnrankedMemRefType):
        raise UnsupportedError(f"{where}: unranked type {t} is not supported by the CPU backend")
    else:
        shape, elem = None, element_dtype(t, where)
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
    from mlir import ir, passmanager

    progress(stage=f"cpu {stage}")
    try:
        passmanager.PassManager.parse(pipeline).run(module.operation)
    except ir.MLIRError as e:
        from mlc.compiler.diagnostics import convert

        diags = [convert(d) for d in e.error_diagnostics]
        first = diags[0].message if diags else str(e).splitlines()[0]
        raise PassFailure(f"CPU backend, stage '{stage}': {first}", diagnostics=diags[1:]) from None


def lower_to_llvm(
    text: str, entry: str | None = None, vectorize: bool = True, vector_bits: int = 512, threads_: int = 1
) -> tuple[str, Signature]:
    """Lower tensor-level (or buffer-level) IR to the llvm dialect; returns (text, signature).

    ``vector_bits`` is the SIMD width the GEMM microkernels are blocked for. With
    ``threads_`` other than 1 the parallel loops call the support library's thread pool
    (``mlc.compiler.targets.cpu.threads``), which only the native shared library links;
    1 keeps them sequential.
    """
    from mlir import ir

    from mlc.compiler import interface
    from mlc.compiler.context import make_context
    from mlc.compiler.diagnostics import DiagnosticSink, capture

    ctx = make_context()
    sink = DiagnosticSink()
    with ctx, capture(ctx, sink), ir.Location.unknown():
        try:
            module = ir.Module.parse(text)
        except ir.MLIRError as e:
            raise InputError(
                "could not parse the module to compile", diagnostics=sink.add_mlir_error(e)
            ) from None
        func = interface.entry_function(module, entry)
        signature = signature_of(func)
        widen_bool_boundary(func)
        func.attributes["llvm.emit_c_interface"] = ir.UnitAttr.get()
        checks = runtime_checks.rewrite_asserts(module)
        _run(module, TO_LINALG, "prepare")
        if vectorize:
            from mlc.passes.pack_contractions import PackContractions

            progress(stage="cpu pack")
            PackContractions(vector_bits=vector_bits).run(module.operation)
            tiling.tile_gemms(module)
        _run(module, PREPARE, "prepare")
        if vectorize:
            progress(stage="cpu tile")
            tiling.tile_and_vectorize(module)
        _run(module, BUFFERIZE, "bufferize")
        progress(stage="cpu threads")
        threads.outline_foralls(module, threads_)
        if vectorize:
            progress(stage="cpu lower vectors")
            tiling.lower_vectors(module)
        _run(module, LOOPS, "loops")
        bool_memory.rewrite_i1_accesses(module)
        _run(module, TO_LLVM, "llvm")
        threads.define_launchers(module)
        return module.operation.get_asm(large_elements_limit=None), replace(signature, checks=tuple(checks))
