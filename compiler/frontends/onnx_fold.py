"""Constant folding on ONNX graphs before torch-mlir sees them.

torch-mlir needs many operands to be compile-time constants (reduction axes,
shapes fed to Reshape, Range bounds). Exporters and ONNX function bodies often
compute them with small subgraphs (``Shape -> Gather -> Range -> ReduceMean``).
This pass evaluates, with ONNX's reference implementation, every node whose
inputs are all known (initializers, folded values, or ``Shape`` of a statically
shaped value) and whose results are small, and replaces it with initializers.
Random ops, ops with subgraphs and non-default domains are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import onnx

# Fold only results up to this many elements: the aim is shapes and axes, not weights.
MAX_ELEMENTS = 4096
_NEVER = {
    "RandomNormal",
    "RandomNormalLike",
    "RandomUniform",
    "RandomUniformLike",
    "Multinomial",
    "Bernoulli",
    "Dropout",
}


def _static_shapes(model: onnx.ModelProto) -> dict[str, tuple[int, ...]]:
    shapes = {}
    for vi in [*model.graph.input, *model.graph.value_info, *model.graph.output]:
        if vi.type.WhichOneof("value") != "tensor_type" or not vi.type.tensor_type.HasField("shape"):
            continue
        dims = vi.type.tensor_type.shape.dim
        if all(d.HasField("dim_value") for d in dims):
            shapes[vi.name] = tuple(d.dim_value for d in dims)
    return shapes


def _shape_value(node: onnx.NodeProto, shape: tuple[int, ...]) -> np.ndarray:
    import numpy as np

    attrs = {a.name: a.i for a in node.attribute}
    rank = len(shape)
    start, end = attrs.get("start", 0), attrs.get("end", rank)
    start, end = (start + rank if start < 0 else start), (end + rank if end < 0 else end)
    return np.array(shape[max(0, start) : min(rank, end)], dtype=np.int64)


def _evaluate(model: onnx.ModelProto, node: onnx.NodeProto, feeds: dict[str, Any]) -> list[Any] | None:
    from onnx import helper
    from onnx.reference import ReferenceEvaluator

    inputs = [
        helper.make_tensor_value_info(name, helper.np_dtype_to_tensor_dtype(value.dtype), value.shape)
        for name, value in feeds.items()
    ]
    outputs = [helper.make_empty_tensor_value_info(name) for name in node.output if name]
    graph = helper.make_graph([node], "fold", inputs, outputs)
    tiny = helper.make_model(graph, opset_imports=list(model.opset_import), ir_version=model.ir_version)
    try:
        return list(ReferenceEvaluator(tiny).run(None, feeds))
    except Exception:  # the reference implementation raises many types; not folding is always safe
        return None


def fold_constants(model: onnx.ModelProto) -> int:
    """Fold what can be folded in ``model``'s main graph (in place); returns the number of nodes folded."""
    import numpy as np
    from onnx import numpy_helper

    g = model.graph
    overridable = {vi.name for vi in g.input}
    known: dict[str, Any] = {
        init.name: numpy_helper.to_array(init)
        for init in g.initializer
        if init.name not in overridable and int(np.prod(init.dims)) <= MAX_ELEMENTS
    }
    shapes = _static_shapes(model)
    keep_names = {o.name for o in g.output}
    kept, folded = [], 0
    for node in g.node:
        values = None
        plain = not any(a.g.node or a.graphs for a in node.attribute)
        if node.domain in ("", "ai.onnx") and node.op_type not in _NEVER and plain:
            if node.op_type == "Shape" and node.input[0] in shapes:
                values = [_shape_value(node, shapes[node.input[0]])]
            elif all(not name or name in known for name in node.input):
                values = _evaluate(model, node, {n: known[n] for n in node.input if n})
        outs = [n for n in node.output if n]
        if (
            values is None
            or len(values) != len(outs)
            or any(n in keep_names for n in outs)
            or any(not isinstance(v, np.ndarray) or v.size > MAX_ELEMENTS for v in values)
        ):
            kept.append(node)
            continue
        for name, value in zip(outs, values, strict=True):
            known[name] = value
            g.initializer.append(numpy_helper.from_array(np.asarray(value), name))
        folded += 1
    if folded:
        del g.node[:]
        g.node.extend(kept)
    return folded
