"""The elements of a case's reference outputs that ONNX leaves undefined.

ONNX's Cast, and CastLike with it, says: "Casting from floating point to:
[...] fixed point: undefined if OOR (out of range)." Some node cases still have
reference outputs computed that way (``x.astype(int4)`` on -9 .. 15 in the
Cast and CastLike generators), and numpy's answer there differs from one CPU to
the next. An element of a float-to-integer Cast is undefined when its input is
NaN or +-Inf, or truncates to a value outside the target type's range.

A graph output that such a Cast produces directly is undefined in exactly those
elements. A graph output computed from it through other nodes is taken as
undefined in all of its elements: which of them depend on the undefined ones is
not tracked. Casts inside subgraphs and function bodies are not looked at.
"""

from __future__ import annotations

from typing import Any

import numpy as np

CAST_OPS = ("Cast", "CastLike")


def _np_dtype(elem_type: int) -> np.dtype | None:
    from onnx import helper

    try:
        return np.dtype(helper.tensor_dtype_to_np_dtype(elem_type))
    except (KeyError, TypeError, ValueError):
        return None


def _is_float(dtype: np.dtype | None) -> bool:
    import ml_dtypes

    try:
        return dtype is not None and bool(ml_dtypes.finfo(dtype))
    except ValueError:
        return False


def _int_range(dtype: np.dtype | None) -> tuple[int, int] | None:
    """(min, max) of an integer type; None for anything else (bool, floats, strings)."""
    import ml_dtypes

    try:
        info = ml_dtypes.iinfo(dtype)
    except (TypeError, ValueError):
        return None
    return int(info.min), int(info.max)


def _elem_types(model: Any) -> dict[str, int]:
    import onnx

    graph = onnx.shape_inference.infer_shapes(model).graph
    types = {
        vi.name: vi.type.tensor_type.elem_type for vi in (*graph.input, *graph.output, *graph.value_info)
    }
    types.update({t.name: t.data_type for t in graph.initializer})
    return types


def _undefined_casts(model: Any) -> list[tuple[Any, tuple[int, int]]]:
    """The top-level float-to-integer Casts of ``model``, each with its target's range."""
    casts = [n for n in model.graph.node if n.op_type in CAST_OPS and n.domain in ("", "ai.onnx")]
    if not casts:
        return []
    types = _elem_types(model)
    found = []
    for node in casts:
        if node.op_type == "Cast":
            to = next((a.i for a in node.attribute if a.name == "to"), 0)
        else:
            to = types.get(node.input[1], 0)
        bounds = _int_range(_np_dtype(to))
        if bounds and _is_float(_np_dtype(types.get(node.input[0], 0))):
            found.append((node, bounds))
    return found


def out_of_range(x: np.ndarray, bounds: tuple[int, int]) -> np.ndarray:
    """Where a float-to-integer cast of ``x`` into ``bounds`` is undefined."""
    x = np.asarray(x).astype(np.float64)
    with np.errstate(invalid="ignore"):
        t = np.trunc(x)
        return ~np.isfinite(x) | (t < bounds[0]) | (t > bounds[1])


def _values(model: Any, feeds: dict[str, Any], names: set[str]) -> dict[str, np.ndarray]:
    """The values of ``names``: graph inputs and initializers, or else from ONNX's reference."""
    from onnx import numpy_helper

    values = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer if t.name in names}
    values.update({k: v for k, v in feeds.items() if k in names})
    if names - set(values):
        from onnx.reference import ReferenceEvaluator

        try:
            results = ReferenceEvaluator(model).run(None, feeds, intermediate=True)
        except Exception:  # the reference cannot run this model: its casts' inputs stay unknown
            return values
        values.update({k: v for k, v in results.items() if k in names})
    return values


def _names_used(node: Any) -> set[str]:
    """The inputs of ``node`` and of the nodes of its subgraphs (which may name outer values)."""
    graphs = [a.g for a in node.attribute if a.HasField("g")] + [g for a in node.attribute for g in a.graphs]
    return set(node.input).union(*(_names_used(n) for g in graphs for n in g.node))


def _downstream(model: Any, names: set[str]) -> set[str]:
    """``names`` and every value computed from them by the top-level nodes."""
    reached = set(names)
    for node in model.graph.node:  # nodes are in topological order
        if _names_used(node) & reached:
            reached.update(node.output)
    return reached


def undefined_elements(
    model: Any, feeds: dict[str, Any], outputs: list[np.ndarray]
) -> list[np.ndarray | None]:
    """For each graph output, a mask of its undefined elements, or None when all are defined."""
    casts = _undefined_casts(model)
    masks: list[np.ndarray | None] = [None] * len(outputs)
    if not casts:
        return masks
    values = _values(model, feeds, {n.input[0] for n, _ in casts})
    undefined = {}
    for node, bounds in casts:
        if node.input[0] not in values:
            continue
        mask = out_of_range(values[node.input[0]], bounds)
        if mask.any():
            undefined[node.output[0]] = mask
    tainted = _downstream(model, set(undefined))
    for i, (out, want) in enumerate(zip(model.graph.output, outputs, strict=False)):
        if out.name in undefined and undefined[out.name].shape == np.shape(want):
            masks[i] = undefined[out.name]
        elif out.name in tainted:
            masks[i] = np.ones(np.shape(want), bool)
    return masks
