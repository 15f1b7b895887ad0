"""Unrolling ONNX ``Scan`` and ``Loop`` loops of a static, short length.

torch-mlir does not convert ``Scan``, and its loop lowerings do not bufferize
on the CPU path. A ``Scan`` whose sequence length is known (a static input
dimension) and at most ``MAX_TRIPS`` becomes straight-line code: per
iteration, a ``Gather`` picks each scan input's slice, a renamed copy of the
body computes the next states, and each scan output is the ``Concat`` of the
iterations' values (unsqueezed on the output axis). A ``Loop`` is unrolled
the same way when its trip count is a known constant (at most ``MAX_TRIPS``)
and its condition provably stays true. Bodies with nested subgraphs are left
alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import onnx

# Longest sequence unrolled: beyond it the straight-line program grows too large.
MAX_TRIPS = 64


def _static_shapes(model: onnx.ModelProto) -> dict[str, tuple[int, ...]]:
    from mlc.compiler.frontends.onnx_fold import _static_shapes

    shapes = _static_shapes(model)
    for init in model.graph.initializer:
        shapes[init.name] = tuple(init.dims)
    return shapes


def _ints(node: onnx.NodeProto, name: str, count: int) -> list[int]:
    values = next((list(a.ints) for a in node.attribute if a.name == name), None)
    return values if values is not None else [0] * count


def _unroll(
    model: onnx.ModelProto, node: onnx.NodeProto, shapes: dict, opset: int
) -> list[onnx.NodeProto] | None:
    import numpy as np
    from onnx import helper, numpy_helper

    body = next((a.g for a in node.attribute if a.name == "body"), None)
    m = next((a.i for a in node.attribute if a.name == "num_scan_inputs"), 0)
    if body is None or m < 1 or any(a.g.node or a.graphs for b in body.node for a in b.attribute):
        return None
    n = len(node.input) - m
    k = len(body.output) - n
    scans = list(node.input[n:])
    in_axes, in_dirs = _ints(node, "scan_input_axes", m), _ints(node, "scan_input_directions", m)
    out_axes, out_dirs = _ints(node, "scan_output_axes", k), _ints(node, "scan_output_directions", k)
    first = shapes.get(scans[0])
    if first is None:
        return None
    rank = len(first)
    trips = first[in_axes[0] % rank]
    if trips > MAX_TRIPS:
        return None
    prefix = f"{node.name or node.output[0]}__it"
    nodes: list[onnx.NodeProto] = []
    initializers = []

    def const(name: str, value: object) -> str:
        initializers.append(numpy_helper.from_array(np.asarray(value, dtype=np.int64), name))
        return name

    states = list(node.input[:n])
    per_iteration: list[list[str]] = [[] for _ in range(k)]
    for t in range(trips):
        p = f"{prefix}{t}_"
        rename = {}
        for i, vi in enumerate(body.input):
            if i < n:
                rename[vi.name] = states[i]
            else:
                j = i - n
                x = scans[j]
                axis = in_axes[j] % len(shapes.get(x, first))
                index = t if in_dirs[j] == 0 else trips - 1 - t
                rename[vi.name] = f"{p}{vi.name}"
                nodes.append(
                    helper.make_node("Gather", [x, const(f"{p}idx{j}", index)], [f"{p}{vi.name}"], axis=axis)
                )
        for init in body.initializer:
            copy = numpy_helper.to_array(init)
            rename[init.name] = f"{p}{init.name}"
            initializers.append(numpy_helper.from_array(copy, f"{p}{init.name}"))
        for b in body.node:
            for out in b.output:
                if out:
                    rename[out] = f"{p}{out}"
        nodes.extend(_renamed_body(body, rename, p))
        outs = [rename.get(o.name, o.name) for o in body.output]
        states = outs[:n]
        for j in range(k):
            per_iteration[j].append(outs[n + j])
    for i in range(n):
        if node.output[i]:
            nodes.append(helper.make_node("Identity", [states[i]], [node.output[i]]))
    for j in range(k):
        out = node.output[n + j] if n + j < len(node.output) else ""
        if not out:
            continue
        values = per_iteration[j] if out_dirs[j] == 0 else per_iteration[j][::-1]
        axis = out_axes[j]
        parts = []
        for t, v in enumerate(values):
            if opset >= 13:
                unsqueeze = helper.make_node(
                    "Unsqueeze", [v, const(f"{prefix}_axes{j}_{t}", [axis])], [f"{prefix}_u{j}_{t}"]
                )
            else:
                unsqueeze = helper.make_node("Unsqueeze", [v], [f"{prefix}_u{j}_{t}"], axes=[axis])
            nodes.append(unsqueeze)
            parts.append(f"{prefix}_u{j}_{t}")
        nodes.append(helper.make_node("Concat", parts, [out], axis=axis))
    model.graph.initializer.extend(initializers)
    return nodes


def _renamed_body(body: onnx.GraphProto, rename: dict[str, str], prefix: str) -> list[onnx.NodeProto]:
    """Copies of ``body``'s nodes for one iteration: values renamed by ``rename``, nodes by ``prefix``."""
    from onnx import helper

    copies = []
    for b in body.node:
        copy = helper.make_node(
            b.op_type,
            [rename.get(x, x) if x else "" for x in b.input],
            [rename.get(x, x) if x else "" for x in b.output],
            name=f"{prefix}{b.name}",
            domain=b.domain,
        )
        copy.attribute.extend(b.attribute)
        copies.append(copy)
    return copies


def unroll_scans(model: onnx.ModelProto) -> int:
    """Unroll every unrollable ``Scan`` of the main graph (opset 9 and later); returns how many."""
    from mlc.compiler.frontends.onnx_model import opset_of, replace_nodes

    opset = opset_of(model, "") or 0
    if opset < 9:
        return 0  # Scan-8 has a batch axis and sequence lengths
    shapes = _static_shapes(model)
    return replace_nodes(
        model,
        lambda node: (
            _unroll(model, node, shapes, opset) if node.op_type == "Scan" and not node.domain else None
        ),
    )


def _always_true(body: onnx.GraphProto) -> bool:
    """Whether the body's condition output is its condition input (or true) in every iteration."""
    from onnx import numpy_helper

    cond_in, cond_out = body.input[1].name, body.output[0].name
    producers = {o: n for n in body.node for o in n.output}
    seen = set()
    while cond_out != cond_in and cond_out not in seen:
        seen.add(cond_out)
        node = producers.get(cond_out)
        if node is None or node.op_type not in ("Identity", "Constant"):
            return False
        if node.op_type == "Constant":
            value = next((a.t for a in node.attribute if a.name == "value"), None)
            return value is not None and bool(numpy_helper.to_array(value).all())
        cond_out = node.input[0]
    return cond_out == cond_in


def _unroll_loop(model: onnx.ModelProto, node: onnx.NodeProto, opset: int) -> list[onnx.NodeProto] | None:
    import numpy as np
    from onnx import helper, numpy_helper

    body = next((a.g for a in node.attribute if a.name == "body"), None)
    known = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    trip = known.get(node.input[0]) if node.input and node.input[0] else None
    cond = known.get(node.input[1]) if len(node.input) > 1 and node.input[1] else np.array(True)
    if body is None or trip is None or cond is None or not bool(np.asarray(cond).all()):
        return None
    trips = int(np.asarray(trip).reshape(-1)[0])
    n = len(node.input) - 2
    k = len(body.output) - 1 - n
    nested = any(a.g.node or a.graphs for b in body.node for a in b.attribute)
    if trips > MAX_TRIPS or (trips == 0 and k) or nested or not _always_true(body):
        return None
    prefix = f"{node.name or node.output[0]}__iter"
    nodes: list[onnx.NodeProto] = []
    inits = []
    states = list(node.input[2:])
    per_iteration: list[list[str]] = [[] for _ in range(k)]
    for t in range(trips):
        p = f"{prefix}{t}_"
        inits.append(numpy_helper.from_array(np.array(t, dtype=np.int64), f"{p}i"))
        inits.append(numpy_helper.from_array(np.array(True), f"{p}c"))
        rename = {body.input[0].name: f"{p}i", body.input[1].name: f"{p}c"}
        rename.update({vi.name: states[i] for i, vi in enumerate(body.input[2:])})
        for init in body.initializer:
            rename[init.name] = f"{p}{init.name}"
            inits.append(numpy_helper.from_array(numpy_helper.to_array(init), f"{p}{init.name}"))
        rename.update({o: f"{p}{o}" for b in body.node for o in b.output if o})
        nodes.extend(_renamed_body(body, rename, p))
        outs = [rename.get(o.name, o.name) for o in body.output]
        states = outs[1 : 1 + n]
        for j in range(k):
            per_iteration[j].append(outs[1 + n + j])
    for i in range(n):
        if i < len(node.output) and node.output[i]:
            nodes.append(helper.make_node("Identity", [states[i]], [node.output[i]]))
    for j in range(k):
        out = node.output[n + j] if n + j < len(node.output) else ""
        if not out:
            continue
        parts = []
        for t, v in enumerate(per_iteration[j]):
            name = f"{prefix}_u{j}_{t}"
            if opset >= 13:
                inits.append(numpy_helper.from_array(np.array([0], dtype=np.int64), f"{name}_axes"))
                nodes.append(helper.make_node("Unsqueeze", [v, f"{name}_axes"], [name]))
            else:
                nodes.append(helper.make_node("Unsqueeze", [v], [name], axes=[0]))
            parts.append(name)
        nodes.append(helper.make_node("Concat", parts, [out], axis=0))
    model.graph.initializer.extend(inits)
    return nodes


def unroll_loops(model: onnx.ModelProto) -> int:
    """Unroll each ``Loop`` with a constant trip count and a condition that stays true; returns how many."""
    from mlc.compiler.frontends.onnx_model import opset_of, replace_nodes

    opset = opset_of(model, "") or 0
    return replace_nodes(
        model,
        lambda node: _unroll_loop(model, node, opset) if node.op_type == "Loop" and not node.domain else None,
    )
