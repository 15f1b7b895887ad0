"""One random ONNX graph as a differential case: mlc (CPU, CUDA emulator) against onnxruntime."""

from __future__ import annotations

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
    """mlc's outputs for ``model`` on ``target`` (``cuda``: the emulator), computed in a forked child."""
    from mlc.compiler.isolation import call_forked

    ordered = [inputs[i.name] for i in model.graph.input]
    return call_forked(
        _run_mlc,
        model.SerializeToString(),
        ordered,
        target,
        stage=f"difftest ({target})",
        timeout=TIMEOUT_S,
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


def run_case(seed: int, target: str = "cpu", out_dir: Path | None = None, reduce: bool = True) -> Outcome:
    """Generate graph ``seed``, run it, and reduce and save it if it fails."""
    model = onnx_graphs.random_graph(seed)
    outcome, detail, err = check(model, seed, target)
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
