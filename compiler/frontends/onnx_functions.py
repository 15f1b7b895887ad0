"""Expanding ONNX ops into their function bodies at the ONNX level.

torch-mlir's importer can expand an op into its ONNX function body itself, but
then the body's shape computations (``Shape -> Range -> ReduceMean`` axes in
RMSNormalization, the rank test in AffineGrid's ``If``) reach torch-mlir
unfolded, and it cannot lower them. Expanding in ONNX instead lets constant
folding (``onnx_fold``) and the rewrites (``onnx_rewrite``) see the body.

Each node to expand gets its own model-local function, made from the schema's
function body for the model's opset (context-dependent bodies are built for
that node's input types), which ``onnx.inliner`` then inlines.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from typing import TYPE_CHECKING

from mlc.compiler.frontends import onnx_model as om

if TYPE_CHECKING:
    import onnx

# The private domain the per-node functions live in while they are inlined.
_DOMAIN = "mlc.expand"


def _function(
    node: onnx.NodeProto, opset: int, types: dict[str, onnx.TypeProto]
) -> onnx.FunctionProto | None:
    import onnx

    try:
        schema = onnx.defs.get_schema(node.op_type, max_inclusive_version=opset)
    except onnx.defs.SchemaError:
        return None
    plain = [v for v in schema.function_opset_versions if v <= opset]
    dependent = [v for v in schema.context_dependent_function_opset_versions if v <= opset]
    proto = onnx.FunctionProto()
    if plain and (not dependent or max(plain) >= max(dependent)):
        proto.ParseFromString(schema.get_function_with_opset_version(max(plain)))
    elif dependent:
        if any(name and name not in types for name in node.input):
            return None
        input_types = [
            types[n].SerializeToString() if n else onnx.TypeProto().SerializeToString() for n in node.input
        ]
        try:
            data = schema.get_context_dependent_function_with_opset_version(
                max(dependent), node.SerializeToString(), input_types
            )
        except Exception:  # onnx raises its own error types when the body cannot be built
            return None
        proto.ParseFromString(data)
    else:
        return None
    present = {a.name for a in node.attribute}
    for name, attr in schema.attributes.items():
        if name not in present and attr.default_value.name:
            node.attribute.append(attr.default_value)
    return proto


def _misconverted(node: onnx.NodeProto) -> bool:
    """Whether torch-mlir converts ``node`` wrongly (or not at all) where its ONNX body works."""
    attrs = {a.name: a for a in node.attribute}
    # torch-mlir's SpaceToDepth ignores the mode and always computes DCR; its RotaryEmbedding
    # does not lower to linalg, and crashes the process without position ids; its tanh-approximate
    # Gelu uses 0.797724 for sqrt(2/pi) = 0.7978846 (relative errors near 1e-3).
    if node.op_type == "RotaryEmbedding":
        return True
    if node.op_type == "Gelu":
        return "approximate" in attrs and attrs["approximate"].s == b"tanh"
    return node.op_type == "SpaceToDepth" and "mode" in attrs and attrs["mode"].s == b"CRD"


def expand_misconverted(model: onnx.ModelProto) -> onnx.ModelProto:
    """``model`` with the nodes torch-mlir would convert wrongly expanded into their bodies."""
    if not any(_misconverted(n) for n in model.graph.node if not n.domain):
        return model
    return expand_ops(model, {n.op_type for n in model.graph.node}, select=_misconverted) or model


def expand_ops(
    model: onnx.ModelProto, ops: Set[str], select: Callable[[onnx.NodeProto], bool] | None = None
) -> onnx.ModelProto | None:
    """A copy of ``model`` with main-graph nodes of ``ops`` (default domain) inlined, or None.

    ``select`` narrows the nodes expanded further.
    """
    import onnx
    from onnx import helper, inliner

    opset = om.opset_of(model, "") or onnx.defs.onnx_opset_version()
    copy = onnx.ModelProto()
    copy.CopyFrom(model)
    g = copy.graph
    types = {vi.name: vi.type for vi in [*g.input, *g.value_info, *g.output]}
    for init in g.initializer:
        types.setdefault(init.name, helper.make_tensor_type_proto(init.data_type, list(init.dims)))
    count = 0
    for i, node in enumerate(g.node):
        if node.domain or node.op_type not in ops or (select is not None and not select(node)):
            continue
        proto = _function(node, opset, types)
        if proto is None:
            return None
        proto.name, proto.domain = f"{node.op_type}_{i}", _DOMAIN
        node.op_type, node.domain = proto.name, _DOMAIN
        copy.functions.append(proto)
        count += 1
    if not count:
        return None
    copy.opset_import.append(helper.make_opsetid(_DOMAIN, 1))
    try:
        inlined = inliner.inline_local_functions(copy)
    except Exception:  # the inliner raises its own error types
        return None
    keep = [o for o in inlined.opset_import if o.domain != _DOMAIN]
    del inlined.opset_import[:]
    inlined.opset_import.extend(keep)
    if any(n.domain == _DOMAIN for n in inlined.graph.node):
        return None
    om.name_nodes(inlined)
    return inlined
