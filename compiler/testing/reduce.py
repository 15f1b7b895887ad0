"""Delta debugging: shrink a failing case while it keeps failing the same way.

``reduce_graph`` works on ONNX graphs (cut the graph at the earliest failing value, then
bypass nodes one at a time: a node whose output has the shape and type of one of its
inputs is replaced by that input). ``reduce_sizes`` shrinks the integers of a case (shapes,
loop bounds) towards small values. Both keep a change only when the predicate still holds,
so the result is 1-minimal for the moves they try.
"""

from __future__ import annotations

from collections.abc import Callable

import onnx
from onnx import helper, shape_inference

from mlc.compiler.testing.onnx_graphs import prune

MAX_TESTS = 30  # predicate calls per reduction: each compiles and runs the case


def _types(model: onnx.ModelProto) -> dict[str, onnx.TypeProto]:
    inferred = shape_inference.infer_shapes(model)
    g = inferred.graph
    return {v.name: v.type for v in (*g.value_info, *g.input, *g.output)}


def _with_outputs(
    model: onnx.ModelProto, names: list[str], types: dict[str, onnx.TypeProto]
) -> onnx.ModelProto:
    out = onnx.ModelProto()
    out.CopyFrom(model)
    del out.graph.output[:]
    for n in names:
        vi = helper.make_value_info(n, types[n])
        out.graph.output.append(vi)
    return prune(out)


def _bypass(model: onnx.ModelProto, index: int, types: dict[str, onnx.TypeProto]) -> onnx.ModelProto | None:
    node = model.graph.node[index]
    inits = {t.name for t in model.graph.initializer}
    out_name = node.output[0]
    same = [i for i in node.input if i and i not in inits and i in types and types[i] == types.get(out_name)]
    if not same:
        return None
    src = same[0]
    new = onnx.ModelProto()
    new.CopyFrom(model)
    del new.graph.node[index]
    for n in new.graph.node:
        for k, name in enumerate(n.input):
            if name == out_name:
                n.input[k] = src
    for o in new.graph.output:
        if o.name == out_name:
            o.name = src
    names = [o.name for o in new.graph.output]
    if len(set(names)) != len(names):
        return None
    graph_inputs = {i.name for i in new.graph.input}
    if all(o.name in graph_inputs for o in new.graph.output):
        return None
    return prune(new)


def reduce_graph(model: onnx.ModelProto, fails: Callable[[onnx.ModelProto], bool]) -> onnx.ModelProto:
    """The smallest graph found that still ``fails``."""
    budget = [MAX_TESTS]

    def test(candidate: onnx.ModelProto) -> bool:
        if budget[0] <= 0:
            return False
        budget[0] -= 1
        try:
            onnx.checker.check_model(candidate)
        except onnx.checker.ValidationError:
            return False
        return fails(candidate)

    types = _types(model)
    best = model
    # 1. the earliest value at which the graph already fails, as the only output
    for node in model.graph.node:
        name = node.output[0]
        if name not in types or (
            name in {o.name for o in model.graph.output} and len(model.graph.output) == 1
        ):
            continue
        candidate = _with_outputs(model, [name], types)
        if len(candidate.graph.node) < len(best.graph.node) and test(candidate):
            best = candidate
            break
    # 2. bypass single nodes, last first, until none can go
    changed = True
    while changed and budget[0] > 0:
        changed = False
        types = _types(best)
        for i in reversed(range(len(best.graph.node))):
            candidate = _bypass(best, i, types)
            if candidate is not None and test(candidate):
                best, changed = candidate, True
                break
    return best


def reduce_sizes(
    sizes: dict[str, int],
    fails: Callable[[dict[str, int]], bool],
    floor: dict[str, int] | None = None,
    max_tests: int = MAX_TESTS,
) -> dict[str, int]:
    """``sizes`` with each value lowered (halving, then by one) while ``fails`` holds."""
    floor = floor or {}
    best = dict(sizes)
    tests = 0
    changed = True
    while changed and tests < max_tests:
        changed = False
        for key in sorted(best):
            lo = floor.get(key, 1)
            for value in dict.fromkeys((lo, best[key] // 2, best[key] - 1)):
                if not lo <= value < best[key] or tests >= max_tests:
                    continue
                candidate = {**best, key: value}
                tests += 1
                if fails(candidate):
                    best, changed = candidate, True
                    break
    return best
