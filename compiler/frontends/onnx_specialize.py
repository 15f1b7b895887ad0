"""Value specialization of ONNX graph inputs.

torch-mlir lowers many ONNX ops only when some operands are compile-time
constants: reduction axes, Reshape/Expand shapes, Slice starts and ends, Pad
pads, Resize scales and sizes, an If condition. When these come in as graph
inputs, a caller that knows their values can compile for them:
``specialize(model, {"axes": np.array([1])})`` turns those inputs into
initializers, which constant folding (``onnx_fold``) and the rewrites in
``onnx_rewrite`` then propagate. The frontend records the values on the entry
function (``mlc.compiler.specialization``) and the compiled callable refuses
any other value at run time.

``shape_operand_inputs(model)`` names the graph inputs that reach such an
operand; it is how the conformance runner (and ``mlc-run --specialize auto``)
chooses what to specialize. Data operands are never chosen: specializing them
would fold the computation away.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from mlc.compiler.errors import InputError

if TYPE_CHECKING:
    import onnx

# op type -> the input positions that torch-mlir needs constant (shape-like operands).
SHAPE_OPERANDS: dict[str, tuple[int, ...]] = {
    **{
        op: (1,)
        for op in (
            "ReduceSum",
            "ReduceMean",
            "ReduceMax",
            "ReduceMin",
            "ReduceProd",
            "ReduceL1",
            "ReduceL2",
            "ReduceLogSum",
            "ReduceLogSumExp",
            "ReduceSumSquare",
            "Squeeze",
            "Unsqueeze",
            "Reshape",
            "Expand",
            "Tile",
            "CumSum",
            "TopK",
            "OneHot",
            "Split",
            "Upsample",
            "Trilu",
            "AffineGrid",
            "CenterCropPad",
            "Compress",
        )
    },
    "ConstantOfShape": (0,),
    "Range": (0, 1, 2),
    "If": (0,),
    "Loop": (0, 1),
    "Slice": (1, 2, 3, 4),
    "Pad": (1, 3),
    "Resize": (1, 2, 3),
    "Dropout": (1, 2),
    "DFT": (1, 2),
    "STFT": (1, 3),
    "Col2Im": (1, 2),
    "MaxUnpool": (2,),
    "HannWindow": (0,),
    "HammingWindow": (0,),
    "BlackmanWindow": (0,),
}
# Ops through which a specializable value may flow on its way to a shape operand.
_PASS_THROUGH = {
    *("Cast", "CastLike", "Identity", "Concat", "Squeeze", "Unsqueeze", "Neg", "Add", "Sub", "Mul", "Div"),
    *("Ceil", "Floor", "Max", "Min", "Abs", "Relu"),
}
# Only small tensors are specialized: shape-like operands have a handful of elements.
MAX_ELEMENTS = 64


def _elements(vi: onnx.ValueInfoProto) -> int | None:
    if vi.type.WhichOneof("value") != "tensor_type":
        return None
    n = 1
    for d in vi.type.tensor_type.shape.dim:
        if not d.HasField("dim_value"):
            return None
        n *= d.dim_value
    return n


def shape_operand_inputs(model: onnx.ModelProto) -> list[str]:
    """Graph inputs (small, statically shaped) that feed a shape-like operand, in graph order."""
    g = model.graph
    producer = {out: node for node in g.node for out in node.output if out}
    wanted: set[str] = set()
    stack = [
        node.input[i] for node in g.node for i in SHAPE_OPERANDS.get(node.op_type, ()) if i < len(node.input)
    ]
    while stack:
        name = stack.pop()
        if not name or name in wanted:
            continue
        wanted.add(name)
        node = producer.get(name)
        if node is not None and node.op_type in _PASS_THROUGH:
            stack.extend(node.input)
    initialized = {i.name for i in g.initializer}
    return [
        vi.name
        for vi in g.input
        if vi.name in wanted
        and vi.name not in initialized
        and (_elements(vi) or 0) <= MAX_ELEMENTS
        and _elements(vi) is not None
    ]


def specialize(model: onnx.ModelProto, values: Mapping[str, Any], source: str) -> dict[str, Any]:
    """Turn the graph inputs named in ``values`` into initializers (in place).

    Clears the graph's value infos, to be inferred again with the constants.
    Returns the values as numpy arrays of the inputs' declared dtypes; a name
    that is not a graph input, or a value whose dtype or shape does not fit
    the input, is an ``InputError``.
    """
    import numpy as np
    import onnx
    from onnx import numpy_helper

    g = model.graph
    by_name = {vi.name: vi for vi in g.input}
    initialized = {i.name for i in g.initializer}
    arrays: dict[str, Any] = {}
    for name, value in values.items():
        vi = by_name.get(name)
        if vi is None or name in initialized or vi.type.WhichOneof("value") != "tensor_type":
            inputs = ", ".join(n for n in by_name if n not in initialized)
            raise InputError(
                f"{source}: cannot specialize '{name}': not a tensor graph input (inputs: {inputs})"
            )
        tt = vi.type.tensor_type
        dtype = onnx.helper.tensor_dtype_to_np_dtype(tt.elem_type)
        arr = np.asarray(value)
        if arr.dtype != dtype:
            raise InputError(f"{source}: specialized input '{name}' has dtype {arr.dtype}, expected {dtype}")
        dims = [d.dim_value if d.HasField("dim_value") else None for d in tt.shape.dim]
        if arr.ndim != len(dims) or any(
            d is not None and d != s for d, s in zip(dims, arr.shape, strict=True)
        ):
            raise InputError(
                f"{source}: specialized input '{name}' has shape {list(arr.shape)}, expected "
                f"{['?' if d is None else d for d in dims]}"
            )
        arrays[name] = arr
    keep = [vi for vi in g.input if vi.name not in arrays]
    del g.input[:]
    g.input.extend(keep)
    for name, arr in arrays.items():
        g.initializer.append(numpy_helper.from_array(arr, name))
    # Types inferred without the values (or recorded by an exporter) may be less precise
    # than what the constants now give: infer them again from scratch.
    del g.value_info[:]
    return arrays
