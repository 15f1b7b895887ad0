"""mlc's CPU backend against onnxruntime (and IREE llvm-cpu when installed), side by side in one run.

    python -m mlc.benchmarks.cpu_vs_peers [--models squeezenet,resnet50,...] [--threads 1,2] [--repeat N]

Models: the onnx package's light models (``onnx/backend/test/data/light``, whose
weights are graph inputs: they get seeded random values and become
initializers), the bundled ``transformer_tiny`` and ``resnet_tiny``, and
ResNet-50 at 224x224 from ``examples/make_models.py``. Each model is compiled
once with the thread pool (``mlc.compiler.compile``; the pool is sized per run with
``set_threads``, as ``mlc-run --threads`` does), checked
against onnxruntime (max error relative to the largest output, must stay under
1e-3), and both are timed (median) with the same number of threads
(onnxruntime: ``intra_op_num_threads``). IREE (``iree-base-compiler``,
``iree-base-runtime``) is an optional peer: it is measured when importable and
reported as missing otherwise. Results go to ``benchmarks/results/cpu_vs_peers.{md,json}``.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from mlc.runtime.timing import median_seconds

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
BUNDLED = ("transformer_tiny", "resnet_tiny")
DEFAULT_MODELS = ("squeezenet", "transformer_tiny", "resnet_tiny", "resnet50")


def light_dir() -> Path:
    import onnx

    return Path(onnx.__file__).parent / "backend" / "test" / "data" / "light"


def _random(shape: list[int], name: str, rng: np.random.Generator) -> np.ndarray:
    # He initialisation keeps ReLU activations alive through deep nets; biases and
    # batch-norm parameters stay near their usual values
    scale = math.sqrt(2.0 / max(1, int(np.prod(shape[1:])))) if len(shape) > 1 else 0.1
    value = rng.standard_normal(shape) * scale
    if len(shape) == 1 and any(k in name for k in ("scale", "gamma", "_s_", "var")):
        value = 1.0 + np.abs(value)  # batch-norm scales and variances stay positive
    return value.astype(np.float32)


def with_random_weights(path: Path, out: Path, seed: int = 0) -> str:
    """Write ``path`` with every graph input but the data input as a seeded random initializer.

    The outputs must stay informative (a dead network compares equal everywhere): weights
    get He-scaled normal values, rank-1 parameters small ones.
    """
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(path))
    rng = np.random.default_rng(seed)
    # The light models make their weights with ConstantOfShape from *__SHAPE initializers.
    shapes = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    kept = []
    for node in model.graph.node:
        if node.op_type == "ConstantOfShape" and node.input and node.input[0] in shapes:
            shape = [int(v) for v in shapes[node.input[0]]]
            model.graph.initializer.append(
                numpy_helper.from_array(_random(shape, node.output[0], rng), node.output[0])
            )
        else:
            kept.append(node)
    del model.graph.node[:]
    model.graph.node.extend(kept)
    used = {n for node in kept for n in node.input}
    inits = [i for i in model.graph.initializer if i.name in used or i.name not in shapes]
    del model.graph.initializer[:]
    model.graph.initializer.extend(inits)
    init = {i.name for i in model.graph.initializer}
    inputs = [i for i in model.graph.input if i.name not in init]
    consumers = {n: node for node in model.graph.node for n in node.input}
    data = next(
        (i for i in inputs if consumers.get(i.name) is not None and consumers[i.name].input[0] == i.name),
        inputs[0],
    )
    for i in inputs:
        if i is data:
            continue
        shape = [d.dim_value for d in i.type.tensor_type.shape.dim]
        model.graph.initializer.append(numpy_helper.from_array(_random(shape, i.name, rng), i.name))
    model.ir_version = max(model.ir_version, 4)  # initializers need not be graph inputs from IR 4 on
    keep = [i for i in model.graph.input if i.name not in {t.name for t in model.graph.initializer}]
    del model.graph.input[:]
    model.graph.input.extend(keep)
    onnx.save(model, str(out))
    return data.name


def model_path(name: str, tmp: Path) -> Path:
    if name in BUNDLED:
        return ROOT / "examples" / f"{name}.onnx"
    if name == "resnet50":
        if not (tmp / "resnet50.onnx").exists():
            make = [sys.executable, str(ROOT / "examples" / "make_models.py"), str(tmp), "--resnet50"]
            subprocess.run(make, check=True, capture_output=True)
        return tmp / "resnet50.onnx"
    src = light_dir() / f"light_{name}.onnx"
    out = tmp / f"{name}.onnx"
    with_random_weights(src, out)
    return out


def iree_module(path: Path) -> Path | str:
    """``path`` compiled by IREE for llvm-cpu (this machine's CPU): the ``.vmfb``, or why it failed."""
    bindir = Path(sys.executable).parent
    mlir, vmfb = path.with_suffix(".iree.mlir"), path.with_suffix(".vmfb")
    steps = [
        [str(bindir / "iree-import-onnx"), str(path), "-o", str(mlir)],
        [
            str(bindir / "iree-compile"),
            str(mlir),
            "--iree-hal-target-device=local",
            "--iree-hal-local-target-device-backends=llvm-cpu",
            "--iree-llvmcpu-target-cpu=host",
            "-o",
            str(vmfb),
        ],
    ]
    for cmd in steps:
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
            return f"{Path(cmd[0]).name} failed: {tail[0][:200]}"
    return vmfb


def _iree(vmfb: Path | str | None, threads: int, x: np.ndarray) -> tuple[float, np.ndarray] | str:
    """IREE llvm-cpu on ``threads`` threads (``local-task`` with that many workers; ``local-sync``
    for one): (median seconds, first output), or why it was not measured."""
    try:
        import iree.runtime as rt
    except ImportError:
        return "not installed (pip install 'mlc[bench]': iree-base-compiler, iree-base-runtime)"
    if vmfb is None:
        return "not installed (pip install 'mlc[bench]': iree-base-compiler, iree-base-runtime)"
    if isinstance(vmfb, str):
        return vmfb
    if threads == 1:
        config = rt.Config("local-sync")
    else:
        rt.flags.parse_flags(f"--task_topology_max_group_count={threads}")
        config = rt.Config("local-task")
    ctx = rt.SystemContext(config=config)
    vm = rt.VmModule.copy_buffer(ctx.instance, vmfb.read_bytes())
    ctx.add_vm_module(vm)
    module = ctx.modules[vm.name]
    fn = module[next(n for n in module.vm_module.function_names if not n.startswith("__") and "$" not in n)]
    out = fn(x)
    out = out[0] if isinstance(out, tuple | list) else out
    return median_seconds(lambda: fn(x), 5), np.asarray(out.to_host() if hasattr(out, "to_host") else out)


def bench(name: str, path: Path, threads: int, repeat: int, fn, compile_s: float) -> dict:
    """One row: ``fn`` (compiled once with the thread pool) run on ``threads`` threads."""
    import onnx
    import onnxruntime as ort

    model = onnx.load(str(path), load_external_data=False)
    init = {i.name for i in model.graph.initializer}
    inp = next(i for i in model.graph.input if i.name not in init)
    shape = [d.dim_value or 1 for d in inp.type.tensor_type.shape.dim]
    x = np.random.default_rng(1).standard_normal(shape).astype(np.float32)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    sess = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    ref = sess.run(None, {inp.name: x})[0]
    fn.set_threads(threads)
    out = fn(x)
    out = out[0] if isinstance(out, tuple) else out
    err = float(np.abs(out - ref).max() / max(np.abs(ref).max(), 1e-30))
    row = {
        "model": name,
        "input": "x".join(map(str, shape)),
        "threads": threads,
        "compile_s": compile_s,
        "max_rel_error": err,
        "onnxruntime_s": median_seconds(lambda: sess.run(None, {inp.name: x}), repeat),
        "mlc_s": median_seconds(lambda: fn(x), repeat),
    }
    row["ratio"] = row["mlc_s"] / row["onnxruntime_s"]
    iree = _iree(path, threads, {inp.name: x})
    row["iree"] = iree if isinstance(iree, str) else {"s": iree[0]}
    return row


def render(rows: list[dict]) -> str:
    lines = [
        "# CPU: mlc vs onnxruntime (and IREE llvm-cpu), median latency, same thread count",
        "",
        f"machine: {platform.machine()}, python {platform.python_version()}; other jobs share this 2-core "
        "machine, so absolute times vary between runs (both peers are timed in the same minutes).",
        "",
        "| model | input | threads | onnxruntime | mlc | mlc / ort | mlc compile | max rel. error |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(
            f"| {r['model']} | {r['input']} | {r['threads']} | {r['onnxruntime_s'] * 1e3:.2f} ms | "
            f"{r['mlc_s'] * 1e3:.2f} ms | {r['ratio']:.2f}x | {r['compile_s']:.1f} s | "
            f"{r['max_rel_error']:.1e} |"
        )
    for t in sorted({r["threads"] for r in rows}):
        ratios = [r["ratio"] for r in rows if r["threads"] == t]
        geo = math.exp(sum(math.log(v) for v in ratios) / len(ratios))
        lines.append(f"\ngeomean mlc / onnxruntime at {t} thread(s): {geo:.2f}x over {len(ratios)} models")
    notes = {str(r["iree"]) for r in rows if isinstance(r["iree"], str)}
    if notes:
        lines.append(f"\nIREE llvm-cpu: {'; '.join(sorted(notes))}.")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--models", default=",".join(DEFAULT_MODELS), help="comma-separated model names")
    p.add_argument("--threads", default="1,2", help="comma-separated thread counts")
    p.add_argument("--repeat", type=int, default=10)
    p.add_argument("--out", type=Path, default=RESULTS)
    p.add_argument("--merge", action="store_true", help="keep the other models' rows of an earlier run")
    ns = p.parse_args(argv)
    rows: list[dict] = []
    results = ns.out / "cpu_vs_peers.json"
    if ns.merge and results.exists():
        names = set(ns.models.split(","))
        rows = [r for r in json.loads(results.read_text()) if r["model"] not in names]
    with tempfile.TemporaryDirectory(prefix="mlc-peers-") as tmp:
        import mlc.compiler as mc

        for name in ns.models.split(","):
            path = model_path(name, Path(tmp))
            print(f"compiling {name} ...", flush=True)
            start = time.perf_counter()
            fn = mc.compile(str(path), target="cpu")
            compile_s = time.perf_counter() - start
            for t in (int(v) for v in ns.threads.split(",")):
                print(f"{name} at {t} thread(s) ...", flush=True)
                repeat = ns.repeat if name != "resnet50" else max(3, ns.repeat // 3)
                rows.append(bench(name, path, t, repeat, fn, compile_s))
            table = write(rows, ns.out)  # after every model: a long run keeps what it measured
    print(table)
    return 0


def write(rows: list[dict], out: Path) -> str:
    out.mkdir(parents=True, exist_ok=True)
    (out / "cpu_vs_peers.json").write_text(json.dumps(rows, indent=1) + "\n")
    table = render(rows)
    (out / "cpu_vs_peers.md").write_text(table)
    return table


if __name__ == "__main__":
    sys.exit(main())
