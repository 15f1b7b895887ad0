"""Loading and checking ONNX models before they reach torch-mlir.

Everything here is pure ``onnx``/``numpy``: it reads the model (with external
data), runs the checker and shape inference, rejects element types that
torch-mlir cannot take (some of which abort the process), and describes the
model's interface (input/output names and numpy dtypes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlc.compiler.errors import InputError, UnsupportedError

if TYPE_CHECKING:
    import onnx

# ONNX TensorProto element type -> numpy dtype name, for the types mlc runs (uint16/32/64
# through ``widen_unsigned``). Every other type is refused before import: torch-mlir
# aborts on some of them (int4, ...) and the CPU backend has no lowering for the rest.
SUPPORTED_ELEM_TYPES = {
    1: "float32",
    2: "uint8",
    4: "uint16",
    12: "uint32",
    13: "uint64",
    3: "int8",
    5: "int16",
    6: "int32",
    7: "int64",
    9: "bool",
    10: "float16",
    11: "float64",
    16: "bfloat16",
}


@dataclass(frozen=True)
class ValueSpec:
    """One graph input or output: name, numpy dtype name and shape (None = dynamic)."""

    name: str
    dtype: str
    shape: tuple[int | None, ...]


def elem_type_name(elem_type: int) -> str:
    """The numpy name of an ONNX element type (its ONNX name where numpy has none, e.g. string)."""
    import onnx

    try:
        dtype = onnx.helper.tensor_dtype_to_np_dtype(elem_type)
    except (KeyError, ValueError, TypeError):
        dtype = None
    if dtype is None or dtype.kind == "O":
        return onnx.TensorProto.DataType.Name(elem_type).lower()
    return dtype.name


def load_model(path: str) -> onnx.ModelProto:
    """Read ``path`` with its external data; corrupt files raise ``InputError``."""
    import onnx
    from google.protobuf.message import DecodeError

    try:
        model = onnx.load(path, load_external_data=False)
    except (DecodeError, RuntimeWarning, ValueError, OSError) as e:
        raise InputError(f"{path}: not a valid ONNX model ({short_message(e)})") from None
    if not model.opset_import:
        raise InputError(f"{path}: not a valid ONNX model (no opset_import; is the file truncated?)")
    if not model.graph.output:
        raise InputError(f"{path}: not a valid ONNX model (the graph has no outputs; is the file truncated?)")
    try:
        onnx.load_external_data_for_model(model, str(Path(path).resolve().parent))
    except (OSError, ValueError) as e:
        raise InputError(f"{path}: could not read the model's external data ({short_message(e)})") from None
    return model


def short_message(e: BaseException) -> str:
    """The first line of an exception's message (library messages can run for pages)."""
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__


def opset_of(model: onnx.ModelProto, domain: str) -> int | None:
    for imp in model.opset_import:
        if imp.domain in (domain, "ai.onnx" if domain == "" else domain):
            return imp.version
    return None


# Initializers of at least this many raw bytes stay out of the model that ONNX's checker, shape
# inference and version converter see (``without_weights``): each serializes the whole model,
# weights included, and none reads a large tensor's values.
DETACH_BYTES = 1 << 16
_DETACHED = "mlc-detached-weights"


def _detached(t: onnx.TensorProto) -> bool:
    return any(e.value == _DETACHED for e in t.external_data)


def _skeleton(model: onnx.ModelProto) -> onnx.ModelProto:
    """A copy of ``model`` whose large initializers have no bytes (marked as external data),
    built without copying those bytes (every copy of a big model costs seconds of page faults)."""
    import onnx

    skeleton = onnx.ModelProto()
    _copy_fields(model, skeleton, skip="graph")
    _copy_fields(model.graph, skeleton.graph, skip="initializer")
    for t in model.graph.initializer:
        copy = skeleton.graph.initializer.add()
        # ``ByteSize`` rather than ``len(t.raw_data)``: reading the field copies the bytes.
        small = not t.HasField("raw_data") or t.ByteSize() < DETACH_BYTES
        if t.data_location != onnx.TensorProto.DEFAULT or small:
            copy.CopyFrom(t)
            continue
        _copy_fields(t, copy, skip="raw_data")
        copy.data_location = onnx.TensorProto.EXTERNAL
        entry = copy.external_data.add()
        entry.key, entry.value = "location", _DETACHED
    return skeleton


def _copy_fields(source: Any, target: Any, skip: str) -> None:
    """Copy every set field of the protobuf message ``source`` but ``skip`` into ``target``."""
    for field, value in source.ListFields():
        if field.name == skip:
            continue
        if field.is_repeated:
            getattr(target, field.name).extend(value)
        elif field.message_type is not None:
            getattr(target, field.name).CopyFrom(value)
        else:
            setattr(target, field.name, value)


def without_weights(
    model: onnx.ModelProto, step: Callable[[onnx.ModelProto], onnx.ModelProto]
) -> onnx.ModelProto:
    """``step`` run on a copy of ``model`` without the large initializers' bytes; returns its
    result with those initializers copied in from ``model`` (once each), which is left as it was."""
    result = step(_skeleton(model))
    originals = {t.name: t for t in model.graph.initializer}
    for t in result.graph.initializer:
        if _detached(t):
            t.CopyFrom(originals[t.name])
    return result


def check_and_infer(model: onnx.ModelProto, source: str) -> onnx.ModelProto:
    """Run the ONNX checker and shape inference; returns the model with value infos."""
    import onnx

    try:
        try:
            onnx.checker.check_model(model)
        except ValueError:  # a model over 2 GB in memory can only be checked from its file
            if not Path(source).is_file():
                raise InputError(
                    f"{source}: the model is over 2 GB",
                    hint="save it with save_as_external_data=True and import the file",
                ) from None
            onnx.checker.check_model(source)
    except onnx.checker.ValidationError as e:
        raise InputError(f"{source}: the ONNX checker rejected the model: {short_message(e)}") from None
    try:
        return without_weights(
            model, lambda m: onnx.shape_inference.infer_shapes(m, strict_mode=True, data_prop=True)
        )
    except onnx.shape_inference.InferenceError as e:
        raise InputError(f"{source}: ONNX shape inference failed: {short_message(e)}") from None
    except ValueError:
        return model


def reinfer(model: onnx.ModelProto) -> onnx.ModelProto:
    """Shape inference again after a rewrite (best effort: keeps ``model`` if it fails)."""
    import onnx

    try:
        return without_weights(model, lambda m: onnx.shape_inference.infer_shapes(m, data_prop=True))
    except (onnx.shape_inference.InferenceError, ValueError):
        return model


def _value_types(model: onnx.ModelProto) -> dict[str, onnx.TypeProto]:
    g = model.graph
    types = {}
    for vi in [*g.input, *g.value_info, *g.output]:
        types[vi.name] = vi.type
    return types


# Operator domains torch-mlir converts (the default ONNX domain and Microsoft's contrib ops).
SUPPORTED_DOMAINS = ("", "ai.onnx", "com.microsoft")


def check_domains(model: onnx.ModelProto, source: str) -> None:
    """Refuse ops of domains torch-mlir does not convert (ai.onnx.ml, training, custom)."""
    for node in model.graph.node:
        if node.domain not in SUPPORTED_DOMAINS and not any(f.domain == node.domain for f in model.functions):
            raise unsupported_node(
                model, node, source, f"not supported (the '{node.domain}' domain is not supported)"
            )


def check_types(model: onnx.ModelProto, source: str) -> None:
    """Refuse values whose type torch-mlir or the CPU backend cannot handle.

    The error names the first node that produces or consumes such a value.
    """
    import onnx

    types = _value_types(model)
    for init in model.graph.initializer:
        if init.data_type not in SUPPORTED_ELEM_TYPES:
            raise UnsupportedError(
                f"{source}: initializer '{init.name}' has element type "
                f"{elem_type_name(init.data_type)}, which is not supported",
                hint=f"supported element types: {', '.join(sorted(set(SUPPORTED_ELEM_TYPES.values())))}",
            )
    for node in model.graph.node:
        for attr in node.attribute:
            if attr.type == onnx.AttributeProto.GRAPH or attr.type == onnx.AttributeProto.GRAPHS:
                continue
            if attr.type == onnx.AttributeProto.TENSOR and attr.t.data_type not in SUPPORTED_ELEM_TYPES:
                raise unsupported_node(
                    model, node, source, f"tensor type {elem_type_name(attr.t.data_type)} is not supported"
                )
        for name in [*node.input, *node.output]:
            t = types.get(name)
            if t is None or not name:
                continue
            problem = _type_problem(t)
            if problem:
                raise unsupported_node(model, node, source, f"value '{name}' has {problem}")
    for vi in [*model.graph.input, *model.graph.output]:
        problem = _type_problem(vi.type)
        if problem:
            raise UnsupportedError(f"{source}: graph value '{vi.name}' has {problem}")


def _type_problem(t: onnx.TypeProto) -> str | None:
    kind = t.WhichOneof("value")
    if kind is None:
        return None
    if kind != "tensor_type":
        return f"a {kind.removesuffix('_type')} type; only tensors are supported"
    if t.tensor_type.elem_type not in SUPPORTED_ELEM_TYPES:
        return f"element type {elem_type_name(t.tensor_type.elem_type)}, which is not supported"
    return None


def node_label(model: onnx.ModelProto, node: onnx.NodeProto) -> str:
    """``node 'name' (OpType, opset N)``, as used in every per-node message."""
    opset = opset_of(model, node.domain)
    op = node.op_type if not node.domain else f"{node.domain}.{node.op_type}"
    name = node.name or (node.output[0] if node.output else "")
    return f"node '{name}' ({op}, opset {opset})"


def unsupported_node(model: onnx.ModelProto, node: onnx.NodeProto, source: str, why: str) -> UnsupportedError:
    return UnsupportedError(f"{source}: {node_label(model, node)}: {why}")


def interface(model: onnx.ModelProto) -> tuple[list[ValueSpec], list[ValueSpec]]:
    """The runtime inputs (graph inputs without initializers) and the outputs."""
    initialized = {i.name for i in model.graph.initializer}

    def spec(vi: onnx.ValueInfoProto) -> ValueSpec:
        tt = vi.type.tensor_type
        dims = tuple(d.dim_value if d.HasField("dim_value") else None for d in tt.shape.dim)
        return ValueSpec(
            vi.name, SUPPORTED_ELEM_TYPES.get(tt.elem_type) or elem_type_name(tt.elem_type), dims
        )

    inputs = [spec(vi) for vi in model.graph.input if vi.name not in initialized]
    return inputs, [spec(vi) for vi in model.graph.output]


# Unsigned types torch-mlir cannot take (it aborts on ui16/ui64), carried in the next wider
# signed type: add, sub and mul then agree modulo 2^bits, and comparisons, division and
# min/max agree for every value below 2^63. The interface keeps the declared type.
WIDENED = {4: 6, 12: 7, 13: 7}  # uint16 -> int32, uint32 -> int64, uint64 -> int64
_DTYPE_ATTRS = ("to", "dtype", "output_dtype")


def _widen_tensor(t: onnx.TensorProto) -> None:
    import numpy as np
    import onnx

    if t.data_type not in WIDENED:
        return
    target = WIDENED[t.data_type]
    arr = onnx.numpy_helper.to_array(t).astype(np.dtype(onnx.helper.tensor_dtype_to_np_dtype(target)))
    t.CopyFrom(onnx.numpy_helper.from_array(arr, t.name))


def _widen_graph(graph: onnx.GraphProto) -> None:
    import onnx

    for vi in [*graph.input, *graph.output, *graph.value_info]:
        tt = vi.type.tensor_type if vi.type.WhichOneof("value") == "tensor_type" else None
        if tt is not None and tt.elem_type in WIDENED:
            tt.elem_type = WIDENED[tt.elem_type]
    for init in graph.initializer:
        _widen_tensor(init)
    for node in graph.node:
        for attr in node.attribute:
            if attr.type == onnx.AttributeProto.INT and attr.name in _DTYPE_ATTRS and attr.i in WIDENED:
                attr.i = WIDENED[attr.i]
            elif attr.type == onnx.AttributeProto.TENSOR:
                _widen_tensor(attr.t)
            elif attr.type == onnx.AttributeProto.GRAPH:
                _widen_graph(attr.g)
            elif attr.type == onnx.AttributeProto.GRAPHS:
                for g in attr.graphs:
                    _widen_graph(g)


# Ops whose result depends on the exact range of their integer output type (saturation).
_RANGE_EXACT = ("QuantizeLinear", "DynamicQuantizeLinear", "QLinearConv", "QLinearMatMul")


def widen_unsigned(model: onnx.ModelProto, source: str) -> list[str]:
    """Carry uint16/uint32/uint64 values in int32/int64 (see ``WIDENED``); returns the names widened.

    Ops that saturate to their output type's range would compute in the wrong
    range and are refused.
    """
    g = model.graph
    types = _value_types(model)
    for node in g.node:
        for out in node.output:
            t = types.get(out)
            if node.op_type in _RANGE_EXACT and t is not None and t.tensor_type.elem_type in WIDENED:
                raise unsupported_node(
                    model,
                    node,
                    source,
                    f"a result of element type {elem_type_name(t.tensor_type.elem_type)} "
                    "is not supported (it saturates)",
                )
    names = [
        vi.name
        for vi in [*g.input, *g.output, *g.value_info]
        if vi.type.WhichOneof("value") == "tensor_type" and vi.type.tensor_type.elem_type in WIDENED
    ]
    names += [i.name for i in g.initializer if i.data_type in WIDENED]
    _widen_graph(g)
    return names


def name_nodes(model: onnx.ModelProto) -> None:
    """Give unnamed nodes a name (their first output) so messages can point at them."""
    for i, node in enumerate(model.graph.node):
        if not node.name:
            node.name = node.output[0] if node.output and node.output[0] else f"{node.op_type}_{i}"


def replace_nodes(model: onnx.ModelProto, rewrite: Callable[[onnx.NodeProto], list | None]) -> int:
    """Replace each node of the main graph for which ``rewrite`` returns nodes (in place, in
    order); ``rewrite`` sees the graph as it was. Returns how many nodes were replaced."""
    g = model.graph
    nodes, done = [], 0
    for node in g.node:
        new = rewrite(node)
        if new is None:
            nodes.append(node)
        else:
            nodes.extend(new)
            done += 1
    if done:
        del g.node[:]
        g.node.extend(nodes)
    return done


class NodeEmitter:
    """Emits nodes and initializers with fresh value names into lists, to splice into ``model``."""

    def __init__(self, model: onnx.ModelProto, tag: str = "mlc") -> None:
        g = model.graph
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[onnx.TensorProto] = []
        self._used = {n for node in g.node for n in [*node.input, *node.output]}
        self._used |= {i.name for i in g.initializer} | {i.name for i in g.input}
        self._tag = tag
        self._count = 0

    def fresh(self, hint: str) -> str:
        """A value name not used in the model nor handed out before."""
        while True:
            self._count += 1
            name = f"{hint}__{self._tag}{self._count}"
            if name not in self._used:
                self._used.add(name)
                return name

    def op(self, op_type: str, inputs: list[str], hint: str, out: str | None = None, **attrs) -> str:
        """Append an ``op_type`` node; returns its (only) output's name."""
        import onnx

        out = out or self.fresh(hint)
        self.nodes.append(onnx.helper.make_node(op_type, inputs, [out], name=out, **attrs))
        return out
