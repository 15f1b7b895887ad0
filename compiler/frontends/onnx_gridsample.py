"""Making ``GridSample`` safe for torch-mlir's lowering.

torch-mlir's GridSample with ``padding_mode="zeros"`` reads outside the input
for grid points outside [-1, 1] (the suite sees garbage such as -66.7 where ONNX
gives 0), and its ``nearest`` mode rounds ties differently from ONNX. So:

- ``nearest`` (and ``cubic``, which it does not lower either) is refused with
  a clear error;
- 2-d ``linear`` sampling with zero padding samples a copy of the input padded
  by two zero pixels on each side, with the grid rescaled to the padded image
  and clamped to its zero border. Every sample then lies inside the padded
  input, and bilinear weights against the zero border give exactly what zero
  padding defines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.frontends import onnx_model as om

if TYPE_CHECKING:
    import onnx

_MARK = "__safe_grid"  # suffix of grids already rescaled
_PAD = 2  # zero pixels added on each side of each spatial axis


def _axis_map(size: int, align_corners: bool) -> tuple[float, float]:
    """(scale, limit): padded normalized coordinate = clamp(scale * g, -limit, limit)."""
    if align_corners:
        return (size - 1) / (size + 2 * _PAD - 1), (size + 1) / (size + 2 * _PAD - 1)
    return size / (size + 2 * _PAD), (size + 1) / (size + 2 * _PAD)


def _safe(model: onnx.ModelProto, node: onnx.NodeProto, source: str, shapes: dict) -> list | None:
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper

    attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
    mode = attrs.get("mode", b"linear")
    if mode == b"nearest":
        raise om.unsupported_node(
            model, node, source, "mode 'nearest' (torch-mlir rounds ties differently) is not supported"
        )
    if mode in (b"cubic", b"bicubic"):
        raise om.unsupported_node(model, node, source, f"mode '{mode.decode()}' is not supported")
    if attrs.get("padding_mode", b"zeros") != b"zeros" or node.input[1].endswith(_MARK):
        return None
    shape = shapes.get(node.input[0])
    grid_type = next(
        (
            vi.type.tensor_type.elem_type
            for vi in [*model.graph.input, *model.graph.value_info]
            if vi.name == node.input[1]
        ),
        None,
    )
    if shape is None or len(shape) != 4 or grid_type is None:
        raise om.unsupported_node(
            model, node, source, "zero padding of an input without a static 2-d shape is not supported"
        )
    dtype = onnx.helper.tensor_dtype_to_np_dtype(grid_type)
    align = bool(attrs.get("align_corners", 0))
    (sx, lx), (sy, ly) = _axis_map(shape[3], align), _axis_map(shape[2], align)
    p = f"{node.name or node.output[0]}__gs"
    inits = [
        numpy_helper.from_array(np.array([0, 0, _PAD, _PAD, 0, 0, _PAD, _PAD], np.int64), f"{p}_pads"),
        numpy_helper.from_array(np.array([sx, sy]).astype(dtype), f"{p}_scale"),
        numpy_helper.from_array(np.array([lx, ly]).astype(dtype), f"{p}_hi"),
        numpy_helper.from_array(-np.array([lx, ly]).astype(dtype), f"{p}_lo"),
    ]
    model.graph.initializer.extend(inits)
    grid = f"{p}{_MARK}"
    nodes = [
        helper.make_node("Pad", [node.input[0], f"{p}_pads"], [f"{p}_x"], mode="constant"),
        helper.make_node("Mul", [node.input[1], f"{p}_scale"], [f"{p}_g"]),
        helper.make_node("Max", [f"{p}_g", f"{p}_lo"], [f"{p}_g1"]),
        helper.make_node("Min", [f"{p}_g1", f"{p}_hi"], [grid]),
    ]
    safe = helper.make_node("GridSample", [f"{p}_x", grid], list(node.output), name=node.name)
    safe.attribute.extend(node.attribute)
    return [*nodes, safe]


def make_grid_samples_safe(model: onnx.ModelProto, source: str) -> int:
    """Rewrite or refuse each ``GridSample`` (see the module docstring); returns how many were rewritten."""
    from mlc.compiler.frontends.onnx_fold import _static_shapes

    shapes = _static_shapes(model)
    return om.replace_nodes(
        model,
        lambda node: (
            _safe(model, node, source, shapes) if node.op_type == "GridSample" and not node.domain else None
        ),
    )
