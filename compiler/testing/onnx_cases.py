"""One random ONNX graph as a differential case: mlc (CPU, CUDA emulator) against onnxruntime."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import onnx

from mlc.compiler.errors import InternalCompilerError, MlcError
from mlc.compiler.testing import onnx_graphs
from mlc.compiler.testing.compare import RTOL, Outcome, compare_all

# A case compiles and runs in a forked child with this limit (a hang is a crash).
TIMEOUT_S = 300.0
_NAMES = {
    onnx.TensorProto.FLOAT16: "float16",
    onnx.TensorProto.FLOAT: "float32",
    onnx.TensorProto.DOUBLE: "float64",
}


def rtol(model: onnx.ModelProto) -> float | None:
    """The tolerance for ``model``: that of its least precise float type (None: integers only)."""
    types = {i.type.tensor_type.elem_type for i in (*model.graph.input, *model.graph.output)}
    types |= {n.attribute[0].i for n in model.graph.node if n.op_type == "Cast" and n.attribute}
    # LayerNormalization's stash_type (default 1) makes its first stage float32 whatever the input.
    for n in model.graph.node:
        if n.op_type == "LayerNormalization":
            types.add(next((a.i for a in n.attribute if a.name == "stash_type"), onnx.TensorProto.FLOAT))
    floats = [_NAMES[t] for t in types if t in _NAMES]
    if not floats:
        return None
    return max(RTOL[f] for f in floats)


def reference(model: onnx.ModelProto, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
    """onnxruntime's outputs, graph optimizations off (the reference runs the graph as written)."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    sess = ort.InferenceSession(model.SerializeToString(), opts, providers=["CPUExecutionProvider"])
    return list(sess.run(None, inputs))


def _run_mlc(model_bytes: bytes, inputs: list[np.ndarray], target: str) -> list[np.ndarray]:
    import mlc.compiler as mc
    from mlc.compiler.frontends.onnx import import_model

    imported = import_model(onnx.load_from_string(model_bytes))
    fn = mc.compile(imported.text, target=target, isolate=False, emulate=target == "cuda")
    result = fn(*inputs)
    outs = result if isinstance(result, (tuple, list)) else (result,)
    return [np.asarray(o) for o in outs]


def run_mlc(model: onnx.ModelProto, inputs: dict[str, np.ndarray], target: str = "cpu") -> list[np.ndarray]:
    """mlc's outputs for ``model`` on ``target`` (``cuda``: the emulator), computed in a child.

    The child imports torch-mlir, whose LLVM clashes with the MLIR bindings' when they are
    already loaded: ``isolation.call`` forks only from a process that holds neither, and starts
    a fresh interpreter otherwise (a test process, say)."""
    from mlc.compiler import isolation

    ordered = [inputs[i.name] for i in model.graph.input]
    return isolation.call(
        _run_mlc,
        model.SerializeToString(),
        ordered,
        target,
        stage=f"difftest ({target})",
        timeout=TIMEOUT_S,
        limit_memory_=True,
    )


def check(model: onnx.ModelProto, seed: int, target: str = "cpu") -> tuple[str, str, float]:
    """(outcome, detail, error) of ``model`` on its seeded inputs."""
    inputs = onnx_graphs.random_inputs(model, seed)
    try:
        onnx.checker.check_model(model, full_check=True)
        ref = reference(model, inputs)
    except Exception as e:  # the peer rejects it: a case the generator should not make
        return "invalid", f"{type(e).__name__}: {str(e).splitlines()[0][:300]}", 0.0
    try:
        got = run_mlc(model, inputs, target)
    except InternalCompilerError as e:
        return "crash", str(e).splitlines()[0][:500], 0.0
    except MlcError as e:
        return "unsupported", str(e).splitlines()[0][:500], 0.0
    why = compare_all(got, ref, [o.name for o in model.graph.output], rtol(model))
    if why is None:
        return "ok", "", 0.0
    return "mismatch", why[0], why[1]


def combine(models: list[onnx.ModelProto]) -> onnx.ModelProto:
    """One model computing every model of ``models`` side by side (names prefixed ``g<i>_``)."""
    from onnx import compose, helper

    parts = [compose.add_prefix(m, f"g{i}_") for i, m in enumerate(models)]
    graph = helper.make_graph(
        [n for p in parts for n in p.graph.node],
        "difftest_batch",
        [i for p in parts for i in p.graph.input],
        [o for p in parts for o in p.graph.output],
        [t for p in parts for t in p.graph.initializer],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", onnx_graphs.OPSET)])
    model.ir_version = models[0].ir_version
    return model


def _named_graph(message: str, n: int) -> int | None:
    """The batch position of the graph whose node an error names (``node 'g<i>_...'``), or None."""
    found = re.search(r"node 'g(\d+)_", message)
    return int(found.group(1)) if found and int(found.group(1)) < n else None


def check_batch(seeds: list[int], target: str = "cpu") -> dict[int, tuple[str, str, float]]:
    """``check`` of the graphs of ``seeds``, compiled together as one model where they can be.

    One compilation for many graphs: the graphs are independent, so each output is still
    compared with onnxruntime's for its own graph. A batch that mlc refuses or crashes on is
    split in halves until the graph responsible is alone (or, where the error names a node, that
    node's graph is checked alone and the rest stay batched); a mismatch is confirmed on the
    graph alone.
    """
    results: dict[int, tuple[str, str, float]] = {}
    models, refs, inputs = {}, {}, {}
    for seed in seeds:
        model = onnx_graphs.random_graph(seed)
        inputs[seed] = onnx_graphs.random_inputs(model, seed)
        try:
            onnx.checker.check_model(model, full_check=True)
            refs[seed] = reference(model, inputs[seed])
            models[seed] = model
        except Exception as e:
            results[seed] = ("invalid", f"{type(e).__name__}: {str(e).splitlines()[0][:300]}", 0.0)

    def solve(group: list[int]) -> None:
        if len(group) == 1:
            results[group[0]] = check(models[group[0]], group[0], target)
            return
        batch = combine([models[s] for s in group])
        feed = {f"g{i}_{k}": v for i, s in enumerate(group) for k, v in inputs[s].items()}
        try:
            got = run_mlc(batch, feed, target)
        except MlcError as e:  # some graph is refused or crashes: find which
            named = _named_graph(str(e), len(group))
            if named is not None:  # the error names a node: check its graph alone, batch the rest
                solve([group[named]])
                solve(group[:named] + group[named + 1 :])
                return
            half = len(group) // 2
            solve(group[:half])
            solve(group[half:])
            return
        start = 0
        for s in group:
            names = [o.name for o in models[s].graph.output]
            mine = got[start : start + len(names)]
            start += len(names)
            why = compare_all(mine, refs[s], names, rtol(models[s]))
            results[s] = ("ok", "", 0.0) if why is None else check(models[s], s, target)
            if why is not None and results[s][0] == "ok":
                results[s] = ("mismatch", f"only when compiled with other graphs: {why[0]}", why[1])

    if models:
        solve(sorted(models))
    return results


def run_case(
    seed: int,
    target: str = "cpu",
    out_dir: Path | None = None,
    reduce: bool = True,
    known: tuple[str, str, float] | None = None,
) -> Outcome:
    """Generate graph ``seed``, run it (unless its result is ``known``), and reduce and save it if it
    fails."""
    model = onnx_graphs.random_graph(seed)
    outcome, detail, err = known if known is not None else check(model, seed, target)
    info: dict[str, Any] = {
        "target": target,
        "ops": len(model.graph.node),
        "graph": onnx_graphs.describe(model),
    }
    result = Outcome("onnx", seed, outcome, detail, err, info)
    if outcome in ("mismatch", "crash") and out_dir is not None:
        from mlc.compiler.testing.reduce import reduce_graph

        small = model
        if reduce:
            small = reduce_graph(model, lambda m: check(m, seed, target)[0] == outcome)
        result.info["reduced_ops"] = len(small.graph.node)
        result.info["reduced_graph"] = onnx_graphs.describe(small)
        result.reproducer = str(save(small, seed, target, outcome, detail, out_dir))
    return result


def save(model: onnx.ModelProto, seed: int, target: str, outcome: str, detail: str, out_dir: Path) -> Path:
    """Write the reproduction: the model, its inputs, the reference outputs and how to rerun it."""
    d = Path(out_dir) / f"onnx-{target}-{seed}"
    d.mkdir(parents=True, exist_ok=True)
    onnx.save(model, d / "model.onnx")
    inputs = onnx_graphs.random_inputs(model, seed)
    np.savez(d / "inputs.npz", **inputs)
    emulate = " --target cuda --emulate" if target == "cuda" else ""
    (d / "README.md").write_text(
        f"# difftest onnx seed {seed} ({target}): {outcome}\n\n{detail}\n\n"
        f"Ops: {onnx_graphs.describe(model)}\n\n"
        "Reproduce (compares with onnxruntime):\n\n"
        f"    mlc-run model.onnx --inputs inputs.npz --check{emulate}\n"
    )
    return d
