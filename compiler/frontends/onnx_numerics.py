"""ONNX rewrites that make the numbers come out as ONNX defines them.

- ``guard_bit_shifts``: ``BitShift`` by a negative amount or by the bit width
  or more gives 0 (or, shifting a negative signed value right, -1) in ONNX;
  LLVM's shifts are undefined there. The amount is clamped and the result
  selected explicitly.
- ``widen_low_precision``: matmuls, softmaxes, reductions and attention on
  float16/bfloat16 compute in float32 and round once at the end, as the
  reference does; accumulating in 16 bits loses several digits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import onnx

# Ops whose float16/bfloat16 inputs are widened to float32 (all their float outputs narrowed back).
WIDENED_OPS = (
    "MatMul",
    "Gemm",
    "Softmax",
    "LogSoftmax",
    "ReduceSum",
    "ReduceMean",
    "ReduceSumSquare",
    "ReduceL2",
    "ReduceLogSumExp",
    "Attention",
)
_LOW = (10, 16)  # TensorProto.FLOAT16, BFLOAT16
_INT_BITS = {2: 8, 3: 8, 4: 16, 5: 16, 12: 32, 6: 32, 13: 64, 7: 64}  # elem type -> width
_SIGNED = (3, 5, 6, 7)
_GUARDED = ("__guard_s", "__guard_w1")  # shift amounts of BitShifts already guarded


def _types(model: onnx.ModelProto) -> dict[str, int]:
    g = model.graph
    types = {i.name: i.data_type for i in g.initializer}
    for vi in [*g.input, *g.value_info, *g.output]:
        if vi.type.WhichOneof("value") == "tensor_type":
            types[vi.name] = vi.type.tensor_type.elem_type
    return types


def _replace(model: onnx.ModelProto, rewrite) -> int:
    from mlc.compiler.frontends.onnx_model import replace_nodes

    types = _types(model)
    return replace_nodes(model, lambda node: None if node.domain else rewrite(model, node, types))


def _const(model: onnx.ModelProto, name: str, value: object, dtype: object) -> str:
    import numpy as np
    from onnx import numpy_helper

    model.graph.initializer.append(numpy_helper.from_array(np.asarray(value, dtype=dtype), name))
    return name


def _bit_shift(model: onnx.ModelProto, node: onnx.NodeProto, types: dict[str, int]) -> list | None:
    import onnx
    from onnx import helper

    if node.op_type != "BitShift" or len(node.input) < 2:
        return None
    elem = types.get(node.input[0])
    if elem not in _INT_BITS or node.input[1].endswith(_GUARDED):
        return None
    dtype = onnx.helper.tensor_dtype_to_np_dtype(elem)
    bits = _INT_BITS[elem]
    left = next((a.s for a in node.attribute if a.name == "direction"), b"LEFT") == b"LEFT"
    p = f"{node.name or node.output[0]}__guard"
    x, s, out = node.input[0], node.input[1], node.output[0]
    big = helper.make_node("GreaterOrEqual", [s, _const(model, f"{p}_w", bits, dtype)], [f"{p}_big"])
    nodes = [big]
    out_of_range = f"{p}_big"
    if elem in _SIGNED:
        nodes.append(helper.make_node("Less", [s, _const(model, f"{p}_0", 0, dtype)], [f"{p}_neg"]))
        nodes.append(helper.make_node("Or", [f"{p}_big", f"{p}_neg"], [f"{p}_out"]))
        out_of_range = f"{p}_out"
    zero = _const(model, f"{p}_z", 0, dtype)
    nodes.append(helper.make_node("Where", [out_of_range, zero, s], [f"{p}_s"]))
    direction = b"LEFT" if left else b"RIGHT"
    nodes.append(helper.make_node("BitShift", [x, f"{p}_s"], [f"{p}_r"], name=node.name, direction=direction))
    if left or elem not in _SIGNED:
        fill = zero
    else:  # an arithmetic shift by the width or more leaves only the sign
        width_1 = _const(model, f"{p}_w1", bits - 1, dtype)
        nodes.append(helper.make_node("BitShift", [x, width_1], [f"{p}_sign"], direction=b"RIGHT"))
        fill = f"{p}_sign"
    nodes.append(helper.make_node("Where", [out_of_range, fill, f"{p}_r"], [out]))
    return nodes


def guard_bit_shifts(model: onnx.ModelProto) -> int:
    """Give ``BitShift`` ONNX's results for out-of-range amounts; returns how many were guarded."""
    return _replace(model, _bit_shift)


def _widen(model: onnx.ModelProto, node: onnx.NodeProto, types: dict[str, int]) -> list | None:
    from onnx import TensorProto, helper

    if node.op_type not in WIDENED_OPS or not any(types.get(n) in _LOW for n in node.input if n):
        return None
    if any(n and n not in types for n in node.output):
        return None
    p = f"{node.name or node.output[0]}__f32"
    nodes, inputs, outputs = [], [], []
    for i, name in enumerate(node.input):
        if name and types.get(name) in _LOW:
            nodes.append(helper.make_node("Cast", [name], [f"{p}_in{i}"], to=TensorProto.FLOAT))
            name = f"{p}_in{i}"
        inputs.append(name)
    narrow = []
    for i, name in enumerate(node.output):
        if name and types[name] in _LOW:
            outputs.append(f"{p}_out{i}")
            narrow.append(helper.make_node("Cast", [f"{p}_out{i}"], [name], to=types[name]))
        else:
            outputs.append(name)
    wide = helper.make_node(node.op_type, inputs, outputs, name=node.name)
    wide.attribute.extend(node.attribute)
    return [*nodes, wide, *narrow]


def widen_low_precision(model: onnx.ModelProto) -> int:
    """Compute the ``WIDENED_OPS`` on float16/bfloat16 values in float32; returns how many."""
    return _replace(model, _widen)
