"""Quantized ONNX ops spelled out in plain arithmetic where torch-mlir gets them wrong.

- ``QLinearMatMul`` on batched (3-d and up) operands with per-tensor scales and
  zero points: torch-mlir's result is off (e.g. 38 where ONNX gives 41). It
  becomes an int32 matmul of the zero-point-shifted operands, scaled by
  ``a_scale * b_scale / y_scale`` in float32, rounded half to even, shifted
  by ``y_zero_point`` and saturated to the output type.
- ``DequantizeLinear`` with per-axis (1-d) scales: torch-mlir broadcasts them
  along the wrong axis. It becomes ``(x - zero_point) * scale`` with the
  scale reshaped onto the axis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import onnx

_INT_RANGE = {2: (0, 255), 3: (-128, 127), 4: (0, 65535), 5: (-32768, 32767)}  # uint8, int8, uint16, int16


def _info(model: onnx.ModelProto) -> dict[str, tuple[int, tuple | None]]:
    g = model.graph
    info: dict[str, tuple[int, tuple | None]] = {i.name: (i.data_type, tuple(i.dims)) for i in g.initializer}
    for vi in [*g.input, *g.value_info, *g.output]:
        if vi.type.WhichOneof("value") == "tensor_type":
            tt = vi.type.tensor_type
            dims = tuple(d.dim_value if d.HasField("dim_value") else None for d in tt.shape.dim)
            info[vi.name] = (tt.elem_type, dims if tt.HasField("shape") else None)
    return info


def _size1(info: dict, name: str) -> bool:
    shape = info.get(name, (0, None))[1]
    return shape is not None and all(d == 1 for d in shape)


def _qlinear_matmul(model: onnx.ModelProto, node: onnx.NodeProto, info: dict) -> list | None:
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    if len(node.input) != 8 or not all(_size1(info, node.input[i]) for i in (1, 2, 4, 5, 6, 7)):
        return None
    ranks = [len(info.get(node.input[i], (0, ()))[1] or ()) for i in (0, 3)]
    out_type = info.get(node.output[0], (0, None))[0]
    if max(ranks) < 3 or out_type not in _INT_RANGE:
        return None
    a, a_s, a_zp, b, b_s, b_zp, y_s, y_zp = node.input
    p = f"{node.name or node.output[0]}__q"
    lo, hi = _INT_RANGE[out_type]
    model.graph.initializer.extend(
        [numpy_helper.from_array(np.array(v, np.float32), f"{p}_{n}") for n, v in (("lo", lo), ("hi", hi))]
    )

    def make(op: str, inputs: list[str], out: str, **attrs: object) -> onnx.NodeProto:
        return helper.make_node(op, inputs, [f"{p}_{out}"], **attrs)

    i32, f32 = TensorProto.INT32, TensorProto.FLOAT
    nodes = [
        make("Cast", [a], "a", to=i32),
        make("Cast", [a_zp], "azp", to=i32),
        make("Sub", [f"{p}_a", f"{p}_azp"], "ai"),
        make("Cast", [b], "b", to=i32),
        make("Cast", [b_zp], "bzp", to=i32),
        make("Sub", [f"{p}_b", f"{p}_bzp"], "bi"),
        make("MatMul", [f"{p}_ai", f"{p}_bi"], "prod"),
        make("Cast", [a_s], "as", to=f32),
        make("Cast", [b_s], "bs", to=f32),
        make("Cast", [y_s], "ys", to=f32),
        make("Mul", [f"{p}_as", f"{p}_bs"], "abs"),
        make("Div", [f"{p}_abs", f"{p}_ys"], "scale"),
        make("Cast", [f"{p}_prod"], "prodf", to=f32),
        make("Mul", [f"{p}_prodf", f"{p}_scale"], "scaled"),
        make("Round", [f"{p}_scaled"], "rounded"),
        make("Cast", [y_zp], "yzp", to=f32),
        make("Add", [f"{p}_rounded", f"{p}_yzp"], "shifted"),
        make("Clip", [f"{p}_shifted", f"{p}_lo", f"{p}_hi"], "clipped"),
        helper.make_node("Cast", [f"{p}_clipped"], [node.output[0]], to=out_type),
    ]
    return nodes


def _dequantize_per_axis(model: onnx.ModelProto, node: onnx.NodeProto, info: dict) -> list | None:
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    attrs = {a.name: a.i for a in node.attribute}
    x_shape = info.get(node.input[0], (0, None))[1]
    s_type, s_shape = info.get(node.input[1], (0, None))
    if x_shape is None or s_shape is None or len(s_shape) != 1 or s_shape[0] in (None, 1):
        return None
    if attrs.get("block_size", 0) or s_type not in (
        TensorProto.FLOAT,
        TensorProto.FLOAT16,
        TensorProto.BFLOAT16,
    ):
        return None
    rank = len(x_shape)
    axis = attrs.get("axis", 1) % rank
    target = [1] * rank
    target[axis] = s_shape[0]
    p = f"{node.name or node.output[0]}__dq"
    model.graph.initializer.append(numpy_helper.from_array(np.array(target, np.int64), f"{p}_shape"))
    f32 = TensorProto.FLOAT
    nodes = [helper.make_node("Cast", [node.input[0]], [f"{p}_x"], to=f32)]
    value = f"{p}_x"
    if len(node.input) > 2 and node.input[2]:
        nodes += [
            helper.make_node("Cast", [node.input[2]], [f"{p}_zp"], to=f32),
            helper.make_node("Reshape", [f"{p}_zp", f"{p}_shape"], [f"{p}_zpr"]),
            helper.make_node("Sub", [value, f"{p}_zpr"], [f"{p}_xs"]),
        ]
        value = f"{p}_xs"
    nodes += [
        helper.make_node("Cast", [node.input[1]], [f"{p}_s"], to=f32),
        helper.make_node("Reshape", [f"{p}_s", f"{p}_shape"], [f"{p}_sr"]),
        helper.make_node("Mul", [value, f"{p}_sr"], [f"{p}_y"]),
        helper.make_node("Cast", [f"{p}_y"], [node.output[0]], to=s_type),
    ]
    return nodes


def rewrite_quantized(model: onnx.ModelProto) -> int:
    """Rewrite the quantized ops described in the module docstring; returns how many."""
    from mlc.compiler.frontends.onnx_model import replace_nodes

    info = _info(model)

    def rewrite(node: onnx.NodeProto) -> list[onnx.NodeProto] | None:
        if not node.domain and node.op_type == "QLinearMatMul":
            return _qlinear_matmul(model, node, info)
        if not node.domain and node.op_type == "DequantizeLinear":
            return _dequantize_per_axis(model, node, info)
        return None

    return replace_nodes(model, rewrite)
