"""Expansions of ONNX ops that torch-mlir does not convert, into ops it does.

Each expansion is a small function from a node to replacement nodes (standard
ONNX ops only), run before import:

- ``CumProd`` (opset 26): a log-step (Hillis-Steele) scan along a static axis:
  ``ceil(log2 n)`` rounds of ``y *= y shifted by s`` (ones shifted in), with the
  ``exclusive`` and ``reverse`` variants as an initial shift and the mirrored
  shift. An axis given at run time scans every axis (up to rank 4, static
  shapes) and selects one. Integer results are exact (wrapping products); float products are
  associated differently from a sequential scan (rounding differs in the last
  bits).
- ``SwiGLU`` (opset 28): ``A * sigmoid(alpha * A) * B``; torch-mlir does not
  convert it, and its function expansion leaves the ``Swish`` inside ``SwiGLU``'s
  body unconverted (a top-level ``Swish`` is expanded into its function body).

- ``BitCast`` (opset 26) between integer types as ``Cast`` (see ``_bitcast``;
  float reinterpretations go on to ``torch_bitcast``).
- ``TensorScatter`` (opset 24) as ``ScatterElements`` with computed indices.
- the optimizers of ``ai.onnx.preview.training`` (Adagrad, Momentum, Adam): one
  update step as elementwise float64 math.
- ``ai.onnx.ml`` ``Binarizer`` and ``ArrayFeatureExtractor`` (a compare, a Gather).
- ``ai.onnx.preview`` ``FlexAttention`` (static shapes), its modifier subgraphs inlined;
  small constant subgraphs they create (Shape/Range) are folded afterwards.

A node that cannot be expanded (a dynamic scan axis length, an axis that is not
a constant) is left alone and reported later as unsupported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from mlc.compiler.frontends import onnx_model as om

if TYPE_CHECKING:
    import onnx


class _Emitter(om.NodeEmitter):
    """Emits the replacement nodes; knows the model's constants, static shapes and element types."""

    def __init__(self, model: onnx.ModelProto) -> None:
        super().__init__(model, tag="mlcx")
        g = model.graph
        self.model = model
        self.constants = {i.name: i for i in g.initializer}
        self.shapes: dict[str, tuple[int | None, ...]] = {}
        self.types: dict[str, int] = {}
        for vi in [*g.input, *g.value_info, *g.output]:
            if vi.type.WhichOneof("value") == "tensor_type" and vi.type.tensor_type.HasField("shape"):
                dims = vi.type.tensor_type.shape.dim
                self.shapes[vi.name] = tuple(d.dim_value if d.HasField("dim_value") else None for d in dims)
                self.types[vi.name] = vi.type.tensor_type.elem_type

    def const(self, value: np.ndarray, hint: str) -> str:
        import onnx

        name = self.fresh(hint)
        self.initializers.append(onnx.numpy_helper.from_array(value, name))
        return name

    def constant_value(self, name: str) -> np.ndarray | None:
        import onnx

        init = self.constants.get(name)
        return None if init is None else onnx.numpy_helper.to_array(init)


def _attrs(node: onnx.NodeProto) -> dict:
    import onnx

    return {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}


def _shift(e: _Emitter, y: str, axis: int, rank: int, s: int, reverse: bool, one: str, hint: str) -> str:
    """``y`` moved ``s`` places along ``axis`` (towards the end, or the start if ``reverse``), ones in."""
    axes = e.const(np.array([axis], np.int64), hint)
    if reverse:
        starts, ends = np.array([s], np.int64), np.array([np.iinfo(np.int64).max], np.int64)
    else:
        starts, ends = np.array([0], np.int64), np.array([-s], np.int64)
    part = e.op("Slice", [y, e.const(starts, hint), e.const(ends, hint), axes], hint)
    pads = np.zeros(2 * rank, np.int64)
    pads[axis + (rank if reverse else 0)] = s
    return e.op("Pad", [part, e.const(pads, hint), one], hint, mode="constant")


def _scan(
    e: _Emitter, x: str, axis: int, rank: int, n: int, reverse: bool, exclusive: bool, hint: str
) -> str:
    """The cumulative product of ``x`` along ``axis`` (of static length ``n``)."""
    import onnx

    dtype = onnx.helper.tensor_dtype_to_np_dtype(e.types[x])
    one = e.const(np.array(1, dtype), hint)
    y = x
    if exclusive and n == 1:  # an empty product: ones
        y = e.op("Add", [e.op("Mul", [x, e.const(np.array(0, dtype), hint)], hint), one], hint)
    elif exclusive:
        y = _shift(e, y, axis, rank, 1, reverse, one, hint)
    s = 1
    while s < n:
        y = e.op("Mul", [y, _shift(e, y, axis, rank, s, reverse, one, hint)], hint)
        s *= 2
    return y


# A scan axis known only at run time: every axis up to this rank is scanned and one picked.
_MAX_RUNTIME_AXIS_RANK = 4


def _cumprod(e: _Emitter, node: onnx.NodeProto) -> bool:
    x, out = node.input[0], node.output[0]
    shape = e.shapes.get(x)
    if shape is None or x not in e.types or not shape or 0 in shape:
        return False
    rank = len(shape)
    attrs = _attrs(node)
    reverse, exclusive = bool(attrs.get("reverse", 0)), bool(attrs.get("exclusive", 0))
    axis_value = e.constant_value(node.input[1])
    if axis_value is not None or rank == 1:
        axis = int(axis_value.reshape(())) % rank if axis_value is not None else 0
        if shape[axis] is None:
            return False
        e.op("Identity", [_scan(e, x, axis, rank, shape[axis], reverse, exclusive, out)], out, out=out)
        return True
    if rank > _MAX_RUNTIME_AXIS_RANK or None in shape:
        return False
    import onnx

    ax = e.op("Reshape", [node.input[1], e.const(np.zeros(0, np.int64), out)], out)
    ax = e.op("Cast", [ax], out, to=onnx.TensorProto.INT64)
    y = _scan(e, x, 0, rank, shape[0], reverse, exclusive, out)
    for k in range(1, rank):
        hit = e.op(
            "Or",
            [
                e.op("Equal", [ax, e.const(np.array(k, np.int64), out)], out),
                e.op("Equal", [ax, e.const(np.array(k - rank, np.int64), out)], out),
            ],
            out,
        )
        y = e.op("Where", [hit, _scan(e, x, k, rank, shape[k], reverse, exclusive, out), y], out)
    e.op("Identity", [y], out, out=out)
    return True


def _swish_of(e: _Emitter, a: str, alpha: float, hint: str) -> str:
    import onnx

    scaled = a
    if alpha != 1.0:
        dtype = onnx.helper.tensor_dtype_to_np_dtype(e.types.get(a, onnx.TensorProto.FLOAT))
        scaled = e.op("Mul", [a, e.const(np.array(alpha, dtype), hint)], hint)
    return e.op("Mul", [a, e.op("Sigmoid", [scaled], hint)], hint)


def _swiglu(e: _Emitter, node: onnx.NodeProto) -> bool:
    if node.input[0] not in e.types:
        return False
    gate = _swish_of(e, node.input[0], float(_attrs(node).get("alpha", 1.0)), node.output[0])
    e.op("Mul", [gate, node.input[1]], node.output[0], out=node.output[0])
    return True


def _tensor_scatter(e: _Emitter, node: onnx.NodeProto) -> bool:
    """``TensorScatter`` (opset 24) as ``ScatterElements`` along the sequence axis.

    The index of update element ``s`` of batch ``b`` is ``write_indices[b] + s``
    (modulo the cache length in "circular" mode).
    """
    import onnx

    past, update, out = node.input[0], node.input[1], node.output[0]
    cache, upd = e.shapes.get(past), e.shapes.get(update)
    if cache is None or upd is None or len(cache) != len(upd) or len(cache) < 2:
        return False
    attrs = _attrs(node)
    rank = len(cache)
    axis = int(attrs.get("axis", -2)) % rank
    mode = attrs.get("mode", b"linear")
    mode = mode.decode() if isinstance(mode, bytes) else mode
    if axis == 0 or upd[axis] is None or mode not in ("linear", "circular"):
        return False
    dims = [1] * rank
    dims[axis] = upd[axis]
    idx = e.const(np.arange(upd[axis], dtype=np.int64).reshape(dims), out)
    if len(node.input) > 2 and node.input[2]:
        batch = [1] * rank
        batch[0] = -1
        writes = e.op("Cast", [node.input[2]], out, to=onnx.TensorProto.INT64)
        idx = e.op("Add", [e.op("Reshape", [writes, e.const(np.array(batch, np.int64), out)], out), idx], out)
    if mode == "circular":
        if cache[axis] is None:
            return False
        idx = e.op("Mod", [idx, e.const(np.array(cache[axis], np.int64), out)], out)
    idx = e.op("Expand", [idx, e.op("Shape", [update], out)], out)
    e.op("ScatterElements", [past, idx, update], out, out=out, axis=axis)
    return True


# Opset of the default domain added to a model that had none (its ops came from other domains).
DEFAULT_OPSET = 21
_TRAINING = "ai.onnx.preview.training"
# Optimizer -> number of per-tensor input groups (X, G and the optimizer's states).
_OPTIMIZER_GROUPS = {"Adagrad": 3, "Momentum": 3, "Adam": 4}


def _attr_default(node: onnx.NodeProto, name: str):
    import onnx

    attrs = _attrs(node)
    if name in attrs:
        value = attrs[name]
        return value.decode() if isinstance(value, bytes) else value
    schema = onnx.defs.get_schema(node.op_type, domain=node.domain)
    return onnx.helper.get_attribute_value(schema.attributes[name].default_value)


def _optimizer(e: _Emitter, node: onnx.NodeProto) -> bool:
    """One step of Adagrad, Momentum or Adam (ai.onnx.preview.training) as float64 math.

    The formulas are those of the operator specs; every tensor is updated with
    the shared learning rate ``R`` and step count ``T``, and the results are cast
    back to the inputs' types.
    """
    import onnx

    groups = _OPTIMIZER_GROUPS[node.op_type]
    n = (len(node.input) - 2) // groups
    if n < 1 or len(node.input) != 2 + groups * n or len(node.output) != (groups - 1) * n:
        return False
    hint = node.output[0]
    f64 = onnx.TensorProto.DOUBLE

    def c(v: float) -> str:
        return e.const(np.array(v, np.float64), hint)

    def op(name: str, *args: str) -> str:
        return e.op(name, list(args), hint)

    def wide(name: str) -> str:
        return e.op("Cast", [name], hint, to=f64)

    r, t = wide(node.input[0]), wide(node.input[1])
    started = op("Greater", t, c(0.0))
    a = {k: float(_attr_default(node, k)) for k in ("norm_coefficient",)}
    for i in range(n):
        ins = [node.input[2 + g * n + i] for g in range(groups)]
        outs = [node.output[g * n + i] for g in range(groups - 1)]
        x, g_, *states = (wide(v) for v in ins)
        g_reg = op("Add", op("Mul", c(a["norm_coefficient"]), x), g_)
        if node.op_type == "Adagrad":
            decay, eps = (float(_attr_default(node, k)) for k in ("decay_factor", "epsilon"))
            rate = op("Div", r, op("Add", c(1.0), op("Mul", t, c(decay))))
            h_new = op("Add", states[0], op("Mul", g_reg, g_reg))
            scale = op("Add", op("Sqrt", h_new), c(eps))
            new = [op("Sub", x, op("Div", op("Mul", rate, g_reg), scale)), h_new]
        elif node.op_type == "Momentum":
            alpha, beta = (float(_attr_default(node, k)) for k in ("alpha", "beta"))
            beta_t = e.op("Where", [started, c(beta), c(1.0)], hint)
            v_new = op("Add", op("Mul", c(alpha), states[0]), op("Mul", beta_t, g_reg))
            step = v_new
            if _attr_default(node, "mode") == "nesterov":
                step = op("Add", g_reg, op("Mul", c(alpha), v_new))
            new = [op("Sub", x, op("Mul", r, step)), v_new]
        else:
            alpha, beta, eps, post = (
                float(_attr_default(node, k)) for k in ("alpha", "beta", "epsilon", "norm_coefficient_post")
            )
            v_new = op("Add", op("Mul", c(alpha), states[0]), op("Mul", c(1 - alpha), g_reg))
            h_new = op("Add", op("Mul", c(beta), states[1]), op("Mul", c(1 - beta), op("Mul", g_reg, g_reg)))
            scale = op("Add", op("Sqrt", h_new), c(eps))
            bias = op(
                "Div",
                op("Sqrt", op("Sub", c(1.0), op("Pow", c(beta), t))),
                op("Sub", c(1.0), op("Pow", c(alpha), t)),
            )
            rate = e.op("Where", [started, op("Mul", r, bias), r], hint)
            x_new = op("Sub", x, op("Mul", rate, op("Div", v_new, scale)))
            new = [op("Mul", c(1 - post), x_new), v_new, h_new]
        for value, out, src in zip(new, outs, [ins[0], *ins[2:]], strict=True):
            e.op("Cast", [value], hint, out=out, to=e.types.get(src, onnx.TensorProto.FLOAT))
    return True


def _binarizer(e: _Emitter, node: onnx.NodeProto) -> bool:
    """ai.onnx.ml ``Binarizer``: 1 where x > threshold, else 0, in x's type."""
    import onnx

    x, out = node.input[0], node.output[0]
    if x not in e.types:
        return False
    dtype = onnx.helper.tensor_dtype_to_np_dtype(e.types[x])
    threshold = e.const(np.array(float(_attr_default(node, "threshold")), dtype), out)
    e.op("Cast", [e.op("Greater", [x, threshold], out)], out, out=out, to=e.types[x])
    return True


def _array_feature_extractor(e: _Emitter, node: onnx.NodeProto) -> bool:
    """ai.onnx.ml ``ArrayFeatureExtractor``: a Gather on the last axis (a vector becomes 1 x n)."""
    x, out = node.input[0], node.output[0]
    shape = e.shapes.get(x)
    if shape is None or not shape:
        return False
    flat = e.op("Reshape", [node.input[1], e.const(np.array([-1], np.int64), out)], out)
    picked = e.op("Gather", [x, flat], out, axis=len(shape) - 1)
    target = [1, -1] if len(shape) == 1 else [0] * (len(shape) - 1) + [-1]
    e.op("Reshape", [picked, e.const(np.array(target, np.int64), out)], out, out=out)
    return True


def _inline_graph(e: _Emitter, graph: onnx.GraphProto, value: str, hint: str) -> str | None:
    """Emit the nodes of a one-input, one-output ``graph`` applied to ``value``; returns its result."""
    import onnx

    if len(graph.input) != 1 or len(graph.output) != 1:
        return None
    names = {graph.input[0].name: value}
    for init in graph.initializer:
        copy = onnx.TensorProto()
        copy.CopyFrom(init)
        copy.name = names[init.name] = e.fresh(hint)
        e.initializers.append(copy)
    for node in graph.node:
        if any(a.type in (onnx.AttributeProto.GRAPH, onnx.AttributeProto.GRAPHS) for a in node.attribute):
            return None
        copy = onnx.NodeProto()
        copy.CopyFrom(node)
        copy.input[:] = [names.get(n, n) for n in node.input]
        for i, out in enumerate(node.output):
            if out:
                copy.output[i] = names[out] = e.fresh(hint)
        copy.name = copy.output[0] if copy.output else e.fresh(hint)
        e.nodes.append(copy)
    return names.get(graph.output[0].name)


def _flex_attention(e: _Emitter, node: onnx.NodeProto) -> bool:
    """ai.onnx.preview ``FlexAttention``: softmax(Q K^T * scale, modified) V, GQA by head repetition.

    As the reference: Q and K are each scaled by sqrt(scale), the scores are cast to the
    softmax precision (float32, or float64 for float64 inputs), and the ``score_mod``
    and ``prob_mod`` subgraphs are inlined.
    """
    import onnx

    q, k, v = node.input[:3]
    out = node.output[0]
    shapes = [e.shapes.get(n) for n in (q, k, v)]
    if any(sh is None or len(sh) != 4 or None in sh for sh in shapes) or q not in e.types:
        return False
    (b, hq, _, dim), (_, hkv, seq, _), (_, _, _, dv) = shapes
    attrs = _attrs(node)
    if hkv == 0 or hq % hkv:
        return False
    qtype = e.types[q]
    dtype = onnx.helper.tensor_dtype_to_np_dtype(qtype)
    scale = attrs.get("scale", 1.0 / np.sqrt(dim))
    root = e.const(np.array(np.sqrt(np.float32(scale)), dtype), out)

    def heads(t: str, d: int) -> str:
        if hq == hkv:
            return t
        group = hq // hkv
        t5 = e.op("Reshape", [t, e.const(np.array([b, hkv, 1, seq, d], np.int64), out)], out)
        wide = e.op("Expand", [t5, e.const(np.array([1, 1, group, 1, 1], np.int64), out)], out)
        return e.op("Reshape", [wide, e.const(np.array([b, hq, seq, d], np.int64), out)], out)

    kt = e.op("Transpose", [e.op("Mul", [heads(k, dim), root], out)], out, perm=[0, 1, 3, 2])
    scores = e.op("MatMul", [e.op("Mul", [q, root], out), kt], out)
    default = onnx.TensorProto.DOUBLE if qtype == onnx.TensorProto.DOUBLE else onnx.TensorProto.FLOAT
    compute = attrs.get("softmax_precision", default)
    scores = e.op("Cast", [scores], out, to=compute)
    if "score_mod" in attrs:
        scores = _inline_graph(e, attrs["score_mod"], scores, out)
        if scores is None:
            return False
    probs = e.op("Softmax", [scores], out, axis=-1)
    if "prob_mod" in attrs:
        probs = _inline_graph(e, attrs["prob_mod"], probs, out)
        if probs is None:
            return False
    y = e.op("MatMul", [probs, e.op("Cast", [heads(v, dv)], out, to=compute)], out)
    e.op("Cast", [y], out, out=out, to=e.types.get(v, qtype))
    return True


_PREVIEW = "ai.onnx.preview"
_ML = "ai.onnx.ml"
_ML_EXPANSIONS = {"Binarizer": _binarizer, "ArrayFeatureExtractor": _array_feature_extractor}


# ONNX float types and the signed integer type of the same width.
_FLOAT_INT = {1: 6, 11: 7, 10: 5, 16: 5}
_UNSIGNED_SIGNED = {2: 3, 4: 5, 12: 6, 13: 7}
_WIDTH = {1: 32, 2: 8, 3: 8, 4: 16, 5: 16, 6: 32, 7: 64, 9: 8, 10: 16, 11: 64, 12: 32, 13: 64, 16: 16}


def _bitcast(e: _Emitter, node: onnx.NodeProto) -> bool:
    """Integer, bool and unsigned BitCasts as ``Cast`` (+ mask); float ones keep a signed BitCast.

    Reinterpreting between integer types of one width is a conversion modulo
    2^width: ``Cast``, then a mask where the result is unsigned (mlc may carry
    it sign-extended in a wider type). What is left (float <-> signed integer or
    float) is lowered by ``torch_bitcast``.
    """
    x, out = node.input[0], node.output[0]
    src, dst = e.types.get(x), _attrs(node).get("to")
    if src not in _WIDTH or dst not in _WIDTH or _WIDTH[src] != _WIDTH[dst]:
        return False
    if src in _UNSIGNED_SIGNED:
        x, src = _cast(e, x, _UNSIGNED_SIGNED[src], out), _UNSIGNED_SIGNED[src]
    if src in _FLOAT_INT and dst in _FLOAT_INT:
        e.op("BitCast", [x], out, out=out, to=dst)
    elif src in _FLOAT_INT:
        signed = _FLOAT_INT[src]
        y = e.op("BitCast", [x], out, to=signed)
        _cast_masked(e, y, dst, out)
    elif dst in _FLOAT_INT:
        e.op("BitCast", [_cast(e, x, _FLOAT_INT[dst], out)], out, out=out, to=dst)
    else:
        _cast_masked(e, x, dst, out)
    return True


def _cast(e: _Emitter, x: str, to: int, hint: str, result: str | None = None) -> str:
    """``Cast(x, to)``; to int16 as ``CastLike`` (torch-mlir's ONNX Cast has no int16 target)."""
    import onnx

    if to != onnx.TensorProto.INT16:
        return e.op("Cast", [x], hint, out=result, to=to)
    return e.op("CastLike", [x, e.const(np.zeros((), np.int16), hint)], hint, out=result)


def _cast_masked(e: _Emitter, x: str, dst: int, out: str) -> None:
    """``out = Cast(x, dst)``, masked to ``dst``'s width when ``dst`` is unsigned and wider than a byte."""
    import onnx

    if dst not in (4, 12):
        _cast(e, x, dst, out, result=out)
        return
    y = _cast(e, x, dst, out)
    mask = np.array((1 << _WIDTH[dst]) - 1, onnx.helper.tensor_dtype_to_np_dtype(dst))
    e.op("BitwiseAnd", [y, e.const(mask, out)], out, out=out)


_EXPANSIONS: dict[str, Callable[[_Emitter, onnx.NodeProto], bool]] = {
    "CumProd": _cumprod,
    "SwiGLU": _swiglu,
    "BitCast": _bitcast,
    "TensorScatter": _tensor_scatter,
}


def _expansion(node: onnx.NodeProto) -> Callable[[_Emitter, onnx.NodeProto], bool] | None:
    if node.domain in ("", "ai.onnx"):
        return _EXPANSIONS.get(node.op_type)
    if node.domain == _TRAINING and node.op_type in _OPTIMIZER_GROUPS:
        return _optimizer
    if node.domain == _ML:
        return _ML_EXPANSIONS.get(node.op_type)
    if node.domain == _PREVIEW and node.op_type == "FlexAttention":
        return _flex_attention
    return None


def expand_ops(model: onnx.ModelProto) -> onnx.ModelProto:
    """``model`` with the ops above expanded (a re-inferred copy), or ``model`` if none were."""
    import onnx

    if not any(_expansion(n) is not None for n in model.graph.node):
        return model
    from mlc.compiler.frontends import onnx_fold

    copy = onnx.ModelProto()
    copy.CopyFrom(model)
    e = _Emitter(copy)
    changed = False
    for node in copy.graph.node:
        expand = _expansion(node)
        if expand is not None and expand(e, node):
            changed = True
        else:
            e.nodes.append(node)
    if not changed:
        return model
    del copy.graph.node[:]
    copy.graph.node.extend(e.nodes)
    if om.opset_of(copy, "") is None:  # expanded from a model of only another domain
        copy.opset_import.append(onnx.helper.make_opsetid("", DEFAULT_OPSET))
        needed = onnx.helper.find_min_ir_version_for(list(copy.opset_import), ignore_unknown=True)
        copy.ir_version = max(copy.ir_version, needed)  # else shape inference rejects the opset
    copy.graph.initializer.extend(e.initializers)
    copy = om.reinfer(copy)
    if onnx_fold.fold_constants(copy):  # shapes and ranges the expansions left computable
        copy = om.reinfer(copy)
    return copy
