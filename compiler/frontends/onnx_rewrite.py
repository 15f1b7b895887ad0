"""ONNX graph rewrites that let torch-mlir lower more models.

Run on the main graph before import, after constant folding:

- ``inline_constant_ifs``: an ``If`` whose condition is a known constant (an
  initializer, often after folding or value specialization) is replaced by the
  nodes of the branch it takes. torch-mlir lowers ``If`` to ``scf.if`` only for
  branches with identical result types, and then not always to linalg.
- ``decompose_losses``: ``NegativeLogLikelihoodLoss`` and
  ``SoftmaxCrossEntropyLoss`` become ``GatherElements``/``Gather``/``Where``
  and reductions; torch-mlir's ``nll_loss_forward`` lowering takes only
  2-d inputs and no negative ignore index.

- ``rewrite_ops``: ``Pad(mode="wrap")`` with constant pads becomes Slice +
  Concat (torch-mlir's own lowering of it does not terminate), ``Resize``
  with an ``axes`` attribute a full-rank ``Resize``, ``Dropout`` that drops
  nothing an ``Identity``, ``Compress`` with a constant condition a
  ``Gather``, a vector-by-batch ``MatMul`` a matrix product and
  ``LpNormalization`` a division that gives 0 for a zero norm, and a ``Gemm``
  with ``alpha`` but no ``C`` gets a zero ``C`` (torch-mlir drops ``alpha``
  otherwise: found by the differential tester), and ``ReduceL2`` becomes
  ``Sqrt(ReduceSumSquare)`` (torch-mlir's computes doubles in float32).
  ``align_corners`` Resize with fractional sizes and LSTM peepholes (which
  torch-mlir would get silently wrong) are refused.

``simplify(model, source)`` runs folding and these rewrites.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mlc.compiler.frontends import (
    onnx_fold,
    onnx_functions,
    onnx_gridsample,
    onnx_numerics,
    onnx_quant,
    onnx_unroll,
)
from mlc.compiler.frontends import onnx_model as om

if TYPE_CHECKING:
    import onnx

# Rounds of fold -> inline -> fold: each round can expose a new constant condition.
_ROUNDS = 4


def simplify(model: onnx.ModelProto, source: str) -> onnx.ModelProto:
    """Fold constants, inline constant ``If``s and decompose losses until nothing changes.

    Then rewrite the ops torch-mlir cannot take as they are (``rewrite_ops``).
    """
    if not model.graph.value_info:
        model = om.reinfer(model)  # e.g. after value specialization cleared them
    model = onnx_functions.expand_misconverted(model)
    changed = decompose_losses(model)
    for _ in range(_ROUNDS):
        n = onnx_fold.fold_constants(model) + inline_constant_ifs(model)
        changed += n
        if not n:
            break
        model = om.reinfer(model)
    if changed:
        model = om.reinfer(model)
    if onnx_unroll.unroll_scans(model) + onnx_unroll.unroll_loops(model):
        model = om.reinfer(model)
    if (
        rewrite_ops(model, source)
        + onnx_gridsample.make_grid_samples_safe(model, source)
        + onnx_quant.rewrite_quantized(model)
        + onnx_numerics.guard_bit_shifts(model)
        + onnx_numerics.widen_low_precision(model)
    ):
        model = om.reinfer(model)
    return model


def _known(model: onnx.ModelProto) -> dict[str, onnx.TensorProto]:
    inputs = {vi.name for vi in model.graph.input}
    return {i.name: i for i in model.graph.initializer if i.name not in inputs}


def inline_constant_ifs(model: onnx.ModelProto) -> int:
    """Replace each ``If`` with a constant condition by its taken branch; returns how many."""
    from onnx import helper, numpy_helper

    g = model.graph
    known = _known(model)
    names = {n for node in g.node for n in node.output} | {i.name for i in g.initializer}
    names |= {vi.name for vi in g.input}
    nodes, inlined = [], 0
    for node in g.node:
        cond = known.get(node.input[0]) if node.op_type == "If" and not node.domain else None
        if cond is None:
            nodes.append(node)
            continue
        value = numpy_helper.to_array(cond)
        branch_name = "then_branch" if bool(value.reshape(-1)[0]) else "else_branch"
        branch = next(a.g for a in node.attribute if a.name == branch_name)
        inner = {n for b in branch.node for n in b.output} | {i.name for i in branch.initializer}
        if value.size != 1 or inner & names or len(branch.output) != len(node.output):
            nodes.append(node)
            continue
        names |= inner
        g.initializer.extend(branch.initializer)
        g.value_info.extend(branch.value_info)
        nodes.extend(branch.node)
        for inner_out, out in zip(branch.output, node.output, strict=True):
            if out:
                nodes.append(helper.make_node("Identity", [inner_out.name], [out], name=f"{node.name}_{out}"))
        inlined += 1
    if inlined:
        del g.node[:]
        g.node.extend(nodes)
    return inlined


class _Builder:
    """Emits nodes and constants named after the node they replace."""

    def __init__(self, model: onnx.ModelProto, node: onnx.NodeProto) -> None:
        self.model, self.prefix, self.nodes, self.count = model, node.name or node.output[0], [], 0
        self.opset = om.opset_of(model, "") or 13

    def fresh(self) -> str:
        self.count += 1
        return f"{self.prefix}__{self.count}"

    def const(self, value: object, dtype: str = "int64") -> str:
        import numpy as np
        from onnx import numpy_helper

        name = self.fresh()
        self.model.graph.initializer.append(numpy_helper.from_array(np.asarray(value, dtype=dtype), name))
        return name

    def op(self, op_type: str, inputs: list[str], out: str | None = None, **attrs: object) -> str:
        from onnx import helper

        out = out or self.fresh()
        self.nodes.append(helper.make_node(op_type, inputs, [out], name=self.fresh(), **attrs))
        return out

    def unsqueeze1(self, x: str, axis: int = 1) -> str:
        if self.opset >= 13:
            return self.op("Unsqueeze", [x, self.const([axis])])
        return self.op("Unsqueeze", [x], axes=[axis])

    def squeeze1(self, x: str, axis: int = 1, out: str | None = None) -> str:
        if self.opset >= 13:
            return self.op("Squeeze", [x, self.const([axis])], out)
        return self.op("Squeeze", [x], out, axes=[axis])


def _elem_type(model: onnx.ModelProto, name: str) -> int | None:
    for vi in [*model.graph.input, *model.graph.value_info, *model.graph.output]:
        if vi.name == name and vi.type.WhichOneof("value") == "tensor_type":
            return vi.type.tensor_type.elem_type
    return None


def _nll(
    b: _Builder, log_prob: str, target: str, weight: str | None, attrs: dict, out: str, elem: int
) -> None:
    """Emit ``NegativeLogLikelihoodLoss(log_prob, target, weight)`` into ``out``.

    The mean divides by the sum of the weights of the elements not ignored
    (without weights: their count), as the ONNX spec and its function bodies say.
    """
    import onnx

    reduction = attrs.get("reduction", b"mean")
    reduction = reduction.decode() if isinstance(reduction, bytes) else reduction
    t = b.op("Cast", [target], to=onnx.TensorProto.INT64)
    mask = None
    if "ignore_index" in attrs:
        mask = b.op("Not", [b.op("Equal", [t, b.const(attrs["ignore_index"])])])
        t = b.op("Where", [mask, t, b.const(0)])
    picked = b.squeeze1(b.op("GatherElements", [log_prob, b.unsqueeze1(t)], axis=1))
    w = b.op("Gather", [weight, t], axis=0) if weight else None
    if mask is not None:
        fmask = b.op("Cast", [mask], to=elem)
        w = b.op("Mul", [w, fmask]) if w else fmask
    loss = b.op("Neg", [picked])
    if w:
        loss = b.op("Mul", [loss, w])
    if reduction == "none":
        b.op("Identity", [loss], out)
    elif reduction == "sum":
        b.op("ReduceSum", [loss], out, keepdims=0)
    elif w:
        b.op("Div", [b.op("ReduceSum", [loss], keepdims=0), b.op("ReduceSum", [w], keepdims=0)], out)
    else:
        b.op("ReduceMean", [loss], out, keepdims=0)


def decompose_losses(model: onnx.ModelProto) -> int:
    """Decompose NLL and softmax cross-entropy losses (default domain); returns how many."""
    import onnx

    def rewrite(node: onnx.NodeProto) -> list[onnx.NodeProto] | None:
        elem = _elem_type(model, node.input[0]) if node.input else None
        if (
            node.domain
            or node.op_type not in ("NegativeLogLikelihoodLoss", "SoftmaxCrossEntropyLoss")
            or not elem
        ):
            return None
        b = _Builder(model, node)
        if node.op_type == "SoftmaxCrossEntropyLoss" and b.opset < 13:
            return None  # LogSoftmax before opset 13 flattens the trailing dimensions
        attrs = {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}
        weight = node.input[2] if len(node.input) > 2 and node.input[2] else None
        log_prob = node.input[0]
        if node.op_type == "SoftmaxCrossEntropyLoss":
            log_prob = b.op("LogSoftmax", [node.input[0]], axis=1)
            if len(node.output) > 1 and node.output[1]:
                b.op("Identity", [log_prob], node.output[1])
        _nll(b, log_prob, node.input[1], weight, attrs, node.output[0], elem)
        return b.nodes

    return om.replace_nodes(model, rewrite)


def _const_input(model: onnx.ModelProto, node: onnx.NodeProto, i: int) -> Any:
    """The value of ``node``'s input ``i`` if it is a known constant, else None (also when absent)."""
    from onnx import numpy_helper

    if i >= len(node.input) or not node.input[i]:
        return None
    init = _known(model).get(node.input[i])
    return None if init is None else numpy_helper.to_array(init)


def _static_shape(model: onnx.ModelProto, name: str) -> tuple[int, ...] | None:
    shapes = onnx_fold._static_shapes(model)
    return shapes.get(name)


def _wrap_pad(model: onnx.ModelProto, node: onnx.NodeProto, source: str) -> list[onnx.NodeProto] | None:
    """``Pad(mode="wrap")`` with constant pads as Slice + Concat per padded axis."""
    import numpy as np

    pads = _const_input(model, node, 1)
    shape = _static_shape(model, node.input[0])
    axes = _const_input(model, node, 3)
    has_axes = len(node.input) > 3 and node.input[3]
    if pads is None or shape is None or (has_axes and axes is None):
        raise om.unsupported_node(
            model, node, source, "mode 'wrap' is supported only with constant pads and a static input shape"
        )
    rank = len(shape)
    axes = [int(a) % rank for a in axes] if axes is not None else list(range(rank))
    k = len(axes)
    if any(p < 0 or p > shape[axes[j % k]] for j, p in enumerate(pads)):
        raise om.unsupported_node(
            model, node, source, "mode 'wrap' with negative pads or pads over a dimension"
        )
    b = _Builder(model, node)
    x = node.input[0]
    for j, axis in enumerate(axes):
        before, after = int(pads[j]), int(pads[j + k])
        parts = []
        if before:
            parts.append(
                b.op("Slice", [x, b.const([-before]), b.const([np.iinfo(np.int64).max]), b.const([axis])])
            )
        parts.append(x)
        if after:
            parts.append(b.op("Slice", [x, b.const([0]), b.const([after]), b.const([axis])]))
        x = b.op("Concat", parts, axis=axis) if len(parts) > 1 else x
    b.op("Identity", [x], node.output[0])
    return b.nodes


def _resize_full_rank(model: onnx.ModelProto, node: onnx.NodeProto) -> list[onnx.NodeProto] | None:
    """``Resize`` with an ``axes`` attribute and constant scales or sizes, as a full-rank Resize."""
    import numpy as np
    from onnx import helper

    axes = next((list(a.ints) for a in node.attribute if a.name == "axes"), None)
    shape = _static_shape(model, node.input[0])
    if axes is None or shape is None:
        return None
    rank = len(shape)
    axes = [a % rank for a in axes]
    scales, sizes = _const_input(model, node, 2), _const_input(model, node, 3)
    b = _Builder(model, node)
    inputs = list(node.input) + [""] * (4 - len(node.input))
    if sizes is not None:
        full = np.array(shape, dtype=np.int64)
        full[axes] = sizes
        inputs[3] = b.const(full)
    elif scales is not None:
        full = np.ones(rank, dtype=scales.dtype)
        full[axes] = scales
        inputs[2] = b.const(full, dtype=scales.dtype.name)
    else:
        return None
    roi = _const_input(model, node, 1)
    if roi is not None and roi.size:
        full = np.concatenate([np.zeros(rank), np.ones(rank)]).astype(roi.dtype)
        full[axes] = roi[: len(axes)]
        full[[rank + a for a in axes]] = roi[len(axes) :]
        inputs[1] = b.const(full, dtype=roi.dtype.name)
    while inputs and not inputs[-1]:
        inputs.pop()  # torch-mlir crashes on trailing empty optional inputs
    attrs = [a for a in node.attribute if a.name != "axes"]
    new = helper.make_node("Resize", inputs, list(node.output), name=node.name)
    new.attribute.extend(attrs)
    return [*b.nodes, new]


def _check_resize_align_corners(model: onnx.ModelProto, node: onnx.NodeProto, source: str) -> None:
    """Refuse ``align_corners`` Resize whose scales give fractional output sizes.

    ONNX then maps coordinates by the unrounded size ``input * scale``;
    torch-mlir uses the rounded one, which would be silently wrong.
    """
    import numpy as np

    mode = next((a.s for a in node.attribute if a.name == "coordinate_transformation_mode"), b"")
    scales = _const_input(model, node, 2)
    shape = _static_shape(model, node.input[0])
    if mode != b"align_corners" or scales is None or not scales.size:
        return
    axes = next((list(a.ints) for a in node.attribute if a.name == "axes"), None)
    if shape is None or len(scales) != len(axes or shape):
        fractional = True
    else:
        dims = np.array(shape, dtype=np.float64)[axes] if axes else np.array(shape, dtype=np.float64)
        sizes = dims * scales.astype(np.float64)
        fractional = bool(np.any(np.abs(sizes - np.round(sizes)) > 1e-6))
    if fractional:
        raise om.unsupported_node(
            model,
            node,
            source,
            "coordinate_transformation_mode 'align_corners' with scales that give a fractional "
            "output size (give sizes instead) is not supported",
        )


def _inference_dropout(model: onnx.ModelProto, node: onnx.NodeProto) -> list[onnx.NodeProto] | None:
    """``Dropout`` that drops nothing (not training, or ratio 0) as Identity and an all-true mask."""
    import numpy as np
    import onnx

    has_training = len(node.input) > 2 and node.input[2]
    training = _const_input(model, node, 2)
    ratio = _const_input(model, node, 1)
    if has_training and training is None:
        return None
    if has_training and bool(training) and not (ratio is not None and float(ratio) == 0.0):
        return None
    wants_mask = len(node.output) > 1 and node.output[1]
    if wants_mask and _elem_type(model, node.output[1]) != onnx.TensorProto.BOOL:
        return None  # Dropout before opset 10 gives a mask of the data type
    b = _Builder(model, node)
    b.op("Identity", [node.input[0]], node.output[0])
    if wants_mask:
        true = onnx.numpy_helper.from_array(np.array([True]))
        b.op("ConstantOfShape", [b.op("Shape", [node.input[0]])], node.output[1], value=true)
    return b.nodes


def _constant_compress(model: onnx.ModelProto, node: onnx.NodeProto) -> list[onnx.NodeProto] | None:
    """``Compress`` with a constant condition as a ``Gather`` of the selected indices."""
    import numpy as np

    cond = _const_input(model, node, 1)
    if cond is None:
        return None
    axis = next((a.i for a in node.attribute if a.name == "axis"), None)
    shape = _static_shape(model, node.input[0])
    if shape is None:
        return None
    length = int(np.prod(shape)) if axis is None else shape[axis % len(shape)]
    indices = np.nonzero(cond.reshape(-1)[:length])[0].astype(np.int64)
    b = _Builder(model, node)
    x = node.input[0] if axis is not None else b.op("Reshape", [node.input[0], b.const([-1])])
    b.op("Gather", [x, b.const(indices)], node.output[0], axis=0 if axis is None else axis)
    return b.nodes


def _rank(model: onnx.ModelProto, name: str) -> int | None:
    for vi in [*model.graph.input, *model.graph.value_info, *model.graph.output]:
        if vi.name == name and vi.type.WhichOneof("value") == "tensor_type":
            tt = vi.type.tensor_type
            return len(tt.shape.dim) if tt.HasField("shape") else None
    init = next((i for i in model.graph.initializer if i.name == name), None)
    return None if init is None else len(init.dims)


def _vector_matmul(model: onnx.ModelProto, node: onnx.NodeProto) -> list[onnx.NodeProto] | None:
    """``MatMul`` of a vector and a batch of matrices as a matrix product (torch-mlir needs 2-d+)."""
    a, b = (_rank(model, n) for n in node.input[:2])
    if a is None or b is None or not ((a == 1 and b >= 3) or (b == 1 and a >= 3)):
        return None
    bld = _Builder(model, node)
    if a == 1:
        product = bld.op("MatMul", [bld.unsqueeze1(node.input[0], 0), node.input[1]])
        bld.squeeze1(product, -2, node.output[0])
    else:
        product = bld.op("MatMul", [node.input[0], bld.unsqueeze1(node.input[1], 1)])
        bld.squeeze1(product, -1, node.output[0])
    return bld.nodes


def _lp_normalization(model: onnx.ModelProto, node: onnx.NodeProto) -> list[onnx.NodeProto] | None:
    """``LpNormalization`` as ``x / norm`` with a zero norm giving zeros (as ONNX does), not NaN."""
    attrs = {a.name: a.i for a in node.attribute}
    p, axis = attrs.get("p", 2), attrs.get("axis", -1)
    if p not in (1, 2):
        return None
    b = _Builder(model, node)
    reduce = "ReduceL2" if p == 2 else "ReduceL1"
    if b.opset >= 18:
        norm = b.op(reduce, [node.input[0], b.const([axis])], keepdims=1)
    else:
        norm = b.op(reduce, [node.input[0]], axes=[axis], keepdims=1)
    zero, one = (
        b.op("CastLike", [b.const(0.0, "float32"), norm]),
        b.op("CastLike", [b.const(1.0, "float32"), norm]),
    )
    safe = b.op("Where", [b.op("Equal", [norm, zero]), one, norm])
    b.op("Div", [node.input[0], safe], node.output[0])
    return b.nodes


def _gemm_alpha_without_c(model: onnx.ModelProto, node: onnx.NodeProto) -> list[onnx.NodeProto] | None:
    """``Gemm`` with ``alpha != 1`` and no ``C``, given a zero ``C`` (torch-mlir drops ``alpha`` without)."""
    from onnx import helper

    attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
    if attrs.get("alpha", 1.0) == 1.0 or (len(node.input) > 2 and node.input[2]):
        return None
    b = _Builder(model, node)
    zero = b.op("CastLike", [b.const(0.0, "float32"), node.input[0]])
    b.op("Gemm", [node.input[0], node.input[1], zero], node.output[0], **attrs)
    return b.nodes


def _reduce_l2(model: onnx.ModelProto, node: onnx.NodeProto) -> list[onnx.NodeProto] | None:
    """``ReduceL2`` as ``Sqrt(ReduceSumSquare)``: torch-mlir computes a double one in float32, and
    aborts on some (after a ``GlobalMaxPool``: found by the differential tester)."""
    b = _Builder(model, node)
    attrs = {a.name: a.i for a in node.attribute}
    squares = b.op("ReduceSumSquare", list(node.input), **attrs)
    b.op("Sqrt", [squares], node.output[0])
    return b.nodes


def _check_lstm(model: onnx.ModelProto, node: onnx.NodeProto, source: str) -> None:
    """torch-mlir's LSTM ignores peephole weights: refuse them rather than compute without."""
    if len(node.input) > 7 and node.input[7]:
        raise om.unsupported_node(model, node, source, "peephole weights (input P) are not supported")


def rewrite_ops(model: onnx.ModelProto, source: str) -> int:
    """Rewrite ops torch-mlir cannot take as they are (wrap Pad, Resize with axes); returns how many."""

    def rewrite(node: onnx.NodeProto) -> list[onnx.NodeProto] | None:
        if node.domain:
            return None
        if node.op_type == "Pad":
            mode = next((a.s for a in node.attribute if a.name == "mode"), b"constant")
            return _wrap_pad(model, node, source) if mode == b"wrap" else None
        if node.op_type == "LSTM":
            _check_lstm(model, node, source)
            return None
        if node.op_type == "Resize":
            _check_resize_align_corners(model, node, source)
            return _resize_full_rank(model, node)
        simple = _SIMPLE_REWRITES.get(node.op_type)
        return simple(model, node) if simple else None

    return om.replace_nodes(model, rewrite)


_SIMPLE_REWRITES = {
    "LpNormalization": _lp_normalization,
    "MatMul": _vector_matmul,
    "Dropout": _inference_dropout,
    "Compress": _constant_compress,
    "Gemm": _gemm_alpha_without_c,
    "ReduceL2": _reduce_l2,
}
