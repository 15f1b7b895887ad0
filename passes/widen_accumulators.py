"""The ``widen-accumulators`` pass: 16-bit float contractions accumulate in f32."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import remark
from mlc.passes import Pass, option

if TYPE_CHECKING:
    from mlir import ir

NARROW = ("f16", "bf16")


def _element(value: ir.Value) -> str:
    from mlir import ir

    return str(ir.ShapedType(value.type).element_type)


def _narrow_source(value: ir.Value) -> ir.Value | None:
    """The 16-bit tensor ``value`` is an exact f32 copy of: the input of an elementwise
    ``linalg.generic`` whose body only extends it (``arith.extf``)."""
    from mlir import ir

    if not isinstance(value, ir.OpResult) or value.owner.name != "linalg.generic":
        return None
    gen = value.owner.opview
    if len(gen.inputs) != 1 or len(gen.outputs) != 1 or len(gen.results) != 1:
        return None
    maps = [ir.AffineMapAttr(a).value for a in ir.ArrayAttr(gen.attributes["indexing_maps"])]
    if not all(m.is_permutation and m == ir.AffineMap.get_identity(m.n_dims) for m in maps):
        return None
    block = gen.regions[0].blocks[0]
    ops = [o.operation for o in block.operations]
    if len(ops) != 2 or ops[0].name != "arith.extf" or ops[0].operands[0] != block.arguments[0]:
        return None
    if ops[1].operands[0] != ops[0].results[0] or _element(gen.inputs[0]) not in NARROW:
        return None
    if str(ops[0].results[0].type) != "f32":
        return None
    return gen.inputs[0]


def _is_float_contraction(op: ir.Operation) -> bool:
    from mlir import ir
    from mlir.dialects import linalg

    view = op.opview
    if not hasattr(view, "inputs") or len(view.inputs) != 2 or len(view.outputs) != 1:
        return False
    if not all(isinstance(v.type, ir.RankedTensorType) for v in (*view.inputs, *view.outputs)):
        return False
    if not all(
        isinstance(ir.ShapedType(v.type).element_type, ir.FloatType) for v in (*view.inputs, *view.outputs)
    ):
        return False
    try:
        return linalg.isa_contraction_op(op)
    except (TypeError, ValueError):
        return False


# Rebuilt as themselves (mixed precision: their body extends the inputs), so that they keep
# their names (kernels and reports say matmul) and elementwise fusion does not treat them as
# generics.
NAMED = ("linalg.matmul", "linalg.batch_matmul")


def _rebuild(op: ir.Operation, inputs: list[ir.Value], init: ir.Value) -> ir.Value:
    """``op`` over ``inputs`` accumulating into the f32 ``init``: the same named op when it
    is one of ``NAMED``, else a ``linalg.generic``."""
    from mlir import ir
    from mlir.dialects import arith, linalg

    maps = list(linalg.get_indexing_maps(op))
    if op.name in NAMED:
        builder = getattr(linalg, op.name.split(".", 1)[1])
        return builder(*inputs, outs=[init], indexing_maps=[ir.AffineMapAttr(m).value for m in maps])
    out_dims = {e.position for e in ir.AffineMapAttr(maps[-1]).value.results}
    n = ir.AffineMapAttr(maps[-1]).value.n_dims
    iterators = [
        ir.Attribute.parse(f"#linalg.iterator_type<{'parallel' if d in out_dims else 'reduction'}>")
        for d in range(n)
    ]
    f32 = ir.F32Type.get()
    generic = linalg.GenericOp(
        [init.type], inputs, [init], ir.ArrayAttr.get(maps), ir.ArrayAttr.get(iterators)
    )
    types = [ir.ShapedType(v.type).element_type for v in (*inputs, init)]
    block = generic.regions[0].blocks.append(*types)
    with ir.InsertionPoint(block):
        x, y, acc = block.arguments
        wide = [a if str(a.type) == "f32" else arith.extf(f32, a) for a in (x, y)]
        linalg.YieldOp([arith.addf(acc, arith.mulf(*wide))])
    return generic.results[0]


def _wide_init(init: ir.Value) -> ir.Value:
    """The f32 version of a 16-bit init: a fill of the extended constant when ``init`` is a
    fill of a constant, else an elementwise extension."""
    from mlir import ir
    from mlir.dialects import arith, linalg, tensor

    f32 = ir.F32Type.get()
    fill = init.owner if isinstance(init, ir.OpResult) else None
    if fill is not None and fill.name == "linalg.fill":
        value = fill.operands[0]
        if isinstance(value, ir.OpResult) and value.owner.name == "arith.constant":
            constant = ir.FloatAttr(value.owner.attributes["value"]).value
            empty = tensor.empty(ir.RankedTensorType(init.type).shape, f32)
            return linalg.fill(arith.constant(f32, constant), outs=[empty])
    return _elementwise_cast(init, f32, widen=True)


def _elementwise_cast(value: ir.Value, element: ir.Type, widen: bool) -> ir.Value:
    """``value`` converted elementwise to ``element`` (extf when ``widen``, else truncf)."""
    from mlir import ir
    from mlir.dialects import arith, linalg, tensor

    rtype = ir.RankedTensorType(value.type)
    empty = tensor.empty(rtype.shape, element)
    identity = ir.AffineMapAttr.get(ir.AffineMap.get_identity(rtype.rank))
    parallel = ir.Attribute.parse("#linalg.iterator_type<parallel>")
    generic = linalg.GenericOp(
        [empty.type],
        [value],
        [empty],
        ir.ArrayAttr.get([identity, identity]),
        ir.ArrayAttr.get([parallel] * rtype.rank),
    )
    block = generic.regions[0].blocks.append(rtype.element_type, element)
    with ir.InsertionPoint(block):
        cast = arith.extf if widen else arith.truncf
        linalg.YieldOp([cast(element, block.arguments[0])])
    return generic.results[0]


@dataclass(frozen=True)
class WidenAccumulators(Pass):
    """On linalg on tensors, make every floating-point contraction (``linalg.matmul``,
    ``batch_matmul``, transposed variants, contraction ``linalg.generic``s: what
    ``ContractionOpInterface`` accepts) with a float16/bfloat16 result accumulate in f32: its
    init is extended to f32, the contraction extends its inputs and accumulates in f32
    (``linalg.matmul`` and ``batch_matmul`` stay named, mixed-precision ops; others become a
    ``linalg.generic``), and the result is rounded back once (as PyTorch and cuBLAS
    compute). With ``narrow-operands``, an f32 contraction whose input is only an extension
    of a float16/bfloat16 tensor (an elementwise ``arith.extf`` generic, as the PyTorch and ONNX
    frontends emit for half-precision linear layers) takes the 16-bit tensor and extends it in
    its body instead: the same numbers, and the GEMM can run on 16-bit tensor cores."""

    NAME = "widen-accumulators"
    SUMMARY = "f16/bf16 contractions accumulate in f32; f32 contractions of extended 16-bit inputs take them"

    narrow_operands: bool = option(True, "take the 16-bit source of inputs that are only extended to f32")

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        found: list[ir.Operation] = []

        def visit(o: ir.Operation) -> ir.WalkResult:
            if o.name.startswith("linalg.") and _is_float_contraction(o):
                found.append(o)
            return ir.WalkResult.ADVANCE

        op.walk(visit)
        for contraction in found:
            view = contraction.opview
            inputs = list(view.inputs)
            narrowed = [_narrow_source(v) if self.narrow_operands else None for v in inputs]
            inputs = [n if n is not None else v for n, v in zip(narrowed, inputs, strict=True)]
            init = view.outputs[0]
            out = _element(init)
            if out not in NARROW and not any(n is not None for n in narrowed):
                continue
            if out not in NARROW and out != "f32":
                continue
            with ir.InsertionPoint(contraction), contraction.location:
                wide_init = _wide_init(init) if out in NARROW else init
                result = _rebuild(contraction, inputs, wide_init)
                if out in NARROW:
                    result = _elementwise_cast(result, ir.ShapedType(init.type).element_type, widen=False)
            contraction.results[0].replace_all_uses_with(result)
            what = "accumulates in f32" if out in NARROW else "takes its 16-bit inputs"
            remark(contraction.location, f"widen-accumulators: {contraction.name} {what}")
            contraction.erase()
