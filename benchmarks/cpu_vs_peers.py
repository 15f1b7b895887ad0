"""mlc's CPU backend against onnxruntime and IREE llvm-cpu, side by side in one run.

    python -m mlc.benchmarks.cpu_vs_peers [--models squeezenet,resnet50,...] [--threads 1,2]
        [--repeat N] [--gemm 1024x1024x1024,...] [--no-iree] [--merge]

Models: the onnx package's light models (``onnx/backend/test/data/light``, whose
weights are graph inputs: they get seeded random values and become
initializers), the bundled ``transformer_tiny`` and ``resnet_tiny``, ResNet-50 at
224x224 from ``examples/make_models.py``, and BERT-base and GPT-2 small
(``peer_models``: transformers' configurations, random weights, batch 1, sequence
128). Each model is compiled once with the thread pool (``mlc.compiler.compile``;
the pool is sized per run with ``set_threads``, as ``mlc-run --threads`` does),
checked against onnxruntime (max error relative to the largest output, must stay
under 1e-3), and timed (median) with the same number of threads as onnxruntime
(``intra_op_num_threads``) and IREE (``iree_module``: ``iree-import-onnx`` at opset
17, ``iree-compile`` for llvm-cpu and the host CPU; ``local-sync`` for one thread,
``local-task`` with that many workers otherwise). IREE and transformers come with
the ``bench`` extra (``pip install 'mlc[bench]'``); without them IREE is reported as
missing and BERT/GPT-2 as failed. A model that fails to export or compile is
recorded with its error and the run goes on. ``--gemm`` adds f32 GEMMs in GFLOP/s
against numpy (OpenBLAS) and the FMA peak. Results go to
``benchmarks/results/cpu_vs_peers.{md,json,png}``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from mlc.benchmarks.peer_models import TRANSFORMERS, export_transformer, random_input
from mlc.runtime.timing import median_seconds

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
BUNDLED = ("transformer_tiny", "resnet_tiny")
# Every model the issue asks for: ResNet-50, the onnx package's light models, BERT-base, GPT-2.
LIGHT = (
    "bvlc_alexnet",
    "densenet121",
    "inception_v1",
    "inception_v2",
    "resnet50",
    "shufflenet",
    "squeezenet",
    "vgg19",
    "zfnet512",
)
TOLERANCE = 1e-3  # max error relative to the largest output
ALL_MODELS = (*LIGHT, "bert_base", "gpt2", "transformer_tiny", "resnet_tiny")


def light_dir() -> Path:
    import onnx

    return Path(onnx.__file__).parent / "backend" / "test" / "data" / "light"


def _random(shape: list[int], positive: bool, rng: np.random.Generator) -> np.ndarray:
    # He initialisation keeps ReLU activations alive through deep nets; biases and
    # batch-norm parameters stay near their usual values
    scale = math.sqrt(2.0 / max(1, int(np.prod(shape[1:])))) if len(shape) > 1 else 0.1
    value = rng.standard_normal(shape) * scale
    if positive:
        value = 1.0 + np.abs(value)
    return value.astype(np.float32)


def _positive_inputs(graph) -> set[str]:
    """Tensors that must be positive: the scale and variance operands of BatchNormalization (a
    negative variance makes the reference NaN, whatever the model calls the tensor)."""
    return {
        node.input[k]
        for node in graph.node
        if node.op_type == "BatchNormalization"
        for k in (1, 4)
        if k < len(node.input)
    }


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
    positive = _positive_inputs(model.graph)
    kept = []
    for node in model.graph.node:
        if node.op_type == "ConstantOfShape" and node.input and node.input[0] in shapes:
            shape = [int(v) for v in shapes[node.input[0]]]
            model.graph.initializer.append(
                numpy_helper.from_array(_random(shape, node.output[0] in positive, rng), node.output[0])
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
        model.graph.initializer.append(
            numpy_helper.from_array(_random(shape, i.name in positive, rng), i.name)
        )
    model.ir_version = max(model.ir_version, 4)  # initializers need not be graph inputs from IR 4 on
    keep = [i for i in model.graph.input if i.name not in {t.name for t in model.graph.initializer}]
    del model.graph.input[:]
    model.graph.input.extend(keep)
    onnx.save(model, str(out))
    return data.name


def model_path(name: str, tmp: Path) -> Path:
    if name in BUNDLED:
        return ROOT / "examples" / f"{name}.onnx"
    if name in TRANSFORMERS:
        return export_transformer(name, tmp / f"{name}.onnx")
    if name == "resnet50":
        if not (tmp / "resnet50.onnx").exists():
            make = [sys.executable, str(ROOT / "examples" / "make_models.py"), str(tmp), "--resnet50"]
            subprocess.run(make, check=True, capture_output=True)
        return tmp / "resnet50.onnx"
    src = light_dir() / f"light_{name}.onnx"
    out = tmp / f"{name}.onnx"
    with_random_weights(src, out)
    return out


def iree_module(path: Path, out: Path) -> Path | str:
    """``path`` compiled by IREE for llvm-cpu (this machine's CPU) into the directory ``out``
    (never next to a bundled model): the ``.vmfb``, or why it failed."""
    bindir = Path(sys.executable).parent
    mlir, vmfb = out / f"{path.stem}.iree.mlir", out / f"{path.stem}.vmfb"
    steps = [
        [str(bindir / "iree-import-onnx"), str(path), "--opset-version", "17", "-o", str(mlir)],
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


def _input(path: Path) -> tuple[str, list[int], np.ndarray]:
    """The model's one non-initializer input: its name, shape (dynamic dims 1) and a seeded value."""
    import onnx
    from onnx import helper

    model = onnx.load(str(path), load_external_data=False)
    init = {i.name for i in model.graph.initializer}
    inp = next(i for i in model.graph.input if i.name not in init)
    shape = [d.dim_value or 1 for d in inp.type.tensor_type.shape.dim]
    dtype = np.dtype(helper.tensor_dtype_to_np_dtype(inp.type.tensor_type.elem_type)).name
    return inp.name, shape, random_input(shape, dtype, np.random.default_rng(1))


def _error(got: np.ndarray, ref: np.ndarray) -> float:
    return float(np.abs(np.asarray(got, dtype=np.float64) - ref).max() / max(np.abs(ref).max(), 1e-30))


def bench(name: str, path: Path, threads: int, repeat: int, fn, compile_s: float, vmfb) -> dict:
    """One row: ``fn`` (compiled once with the thread pool) run on ``threads`` threads, against
    onnxruntime and IREE (``vmfb``, see ``iree_module``) on as many threads, timed in turn."""
    name_in, shape, x = _input(path)
    sess = ort_session(path, threads)
    ref = sess.run(None, {name_in: x})[0]
    fn.set_threads(threads)
    out = fn(x)
    out = out[0] if isinstance(out, tuple) else out
    row = {
        "model": name,
        "input": "x".join(map(str, shape)),
        "cpu": host_cpu(),
        "threads": threads,
        "compile_s": compile_s,
        "max_rel_error": _error(out, ref),
        "onnxruntime_s": median_seconds(lambda: sess.run(None, {name_in: x}), repeat),
        "mlc_s": median_seconds(lambda: fn(x), repeat),
    }
    row["ratio"] = row["mlc_s"] / row["onnxruntime_s"]
    iree = _iree(vmfb, threads, x)
    if isinstance(iree, str):
        row["iree"] = iree
    else:
        row["iree"] = {
            "s": iree[0],
            "max_rel_error": _error(iree[1], ref),
            "mlc_ratio": row["mlc_s"] / iree[0],
        }
    return row


def _geomean(values: list[float]) -> float:
    return math.exp(sum(math.log(v) for v in values) / len(values))


def host_cpu() -> str:
    """The CPU LLVM names this machine (rows merged from several runs may come from different
    machines: each row says which)."""
    from mlc.compiler.targets.cpu import native

    return native.target_for("native")[0]


def ort_session(path: Path, threads: int):
    """An onnxruntime CPU session on ``threads`` intra-op threads, with its warnings (unused
    initializers of the light models) silenced."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def matches(row: dict) -> bool:
    """Whether mlc's output matched onnxruntime's (a NaN error does not): rows that did not are
    marked WRONG and left out of the geomeans."""
    return bool(row["max_rel_error"] < TOLERANCE)


def render(rows: list[dict], gemms: list[dict] | None = None, failed: dict[str, str] | None = None) -> str:
    lines = [
        "# CPU: mlc vs onnxruntime and IREE llvm-cpu, median latency, same thread count",
        "",
        f"machine: {platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}; "
        f"load average {'/'.join(f'{v:.0f}' for v in os.getloadavg())} at the end: other jobs shared this "
        "machine, so absolute times are inflated and vary; the peers of a row are timed one after the "
        "other in the same minute, so read the ratios.",
        "",
        "| model | input | cpu | threads | onnxruntime | IREE | mlc | mlc / ort | mlc / IREE | mlc compile "
        "| max rel. error |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        iree = r["iree"]
        iree_s = f"{iree['s'] * 1e3:.2f} ms" if isinstance(iree, dict) else "-"
        iree_r = f"{iree['mlc_ratio']:.2f}x" if isinstance(iree, dict) else "-"
        lines.append(
            f"| {r['model']} | {r['input']} | {r.get('cpu', '?')} | {r['threads']} "
            f"| {r['onnxruntime_s'] * 1e3:.2f} ms "
            f"| {iree_s} | "
            f"{r['mlc_s'] * 1e3:.2f} ms | {r['ratio']:.2f}x | {iree_r} | {r['compile_s']:.1f} s | "
            f"{r['max_rel_error']:.1e}{'' if matches(r) else ' WRONG'} |"
        )
    for t in sorted({r["threads"] for r in rows}):
        mine = [r for r in rows if r["threads"] == t and matches(r)]
        lines.append(
            f"\ngeomean mlc / onnxruntime at {t} thread(s): {_geomean([r['ratio'] for r in mine]):.2f}x "
            f"over {len(mine)} models"
        )
        vs_iree = [r["iree"]["mlc_ratio"] for r in mine if isinstance(r["iree"], dict)]
        if vs_iree:
            lines.append(
                f"geomean mlc / IREE at {t} thread(s): {_geomean(vs_iree):.2f}x over {len(vs_iree)} models"
            )
    notes = sorted({f"{r['model']}: {r['iree']}" for r in rows if isinstance(r["iree"], str)})
    if notes:
        lines += ["", "IREE llvm-cpu not measured:", *(f"- {n}" for n in notes)]
    if failed:
        lines += ["", "Not measured (mlc or the export failed):", *(f"- {k}: {v}" for k, v in failed.items())]
    if gemms:
        lines += [
            "",
            "## f32 GEMM, GFLOP/s",
            "",
            "| M x N x K | threads | numpy (OpenBLAS) | onnxruntime | mlc | mlc / numpy | FMA peak "
            "| mlc / peak |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for g in gemms:
            peak = g["peak_gflops"]
            lines.append(
                f"| {g['shape']} | {g['threads']} | {g['numpy_gflops']:.1f} "
                f"| {g['onnxruntime_gflops']:.1f} | "
                f"{g['mlc_gflops']:.1f} | {g['mlc_gflops'] / g['numpy_gflops']:.2f} | "
                f"{'-' if peak is None else f'{peak:.0f}'} | "
                f"{'-' if peak is None else format(g['mlc_gflops'] / peak, '.2f')} |"
            )
        lines.append(f"\npeak: {gemms[0]['peak_note']}; numpy's BLAS threads: OPENBLAS_NUM_THREADS.")
    return "\n".join(lines) + "\n"


_NUMPY_GEMM = """
import sys, numpy as np
from mlc.runtime.timing import median_seconds
m, n, k, repeat = map(int, sys.argv[1:])
rng = np.random.default_rng(0)
a = rng.standard_normal((m, k)).astype(np.float32)
b = rng.standard_normal((k, n)).astype(np.float32)
print(median_seconds(lambda: a @ b, repeat))
"""


def numpy_gemm_seconds(m: int, n: int, k: int, threads: int, repeat: int) -> float:
    """numpy's (OpenBLAS's) median time of one f32 GEMM on ``threads`` threads, in a child process
    (OpenBLAS reads its thread count when it loads)."""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": str(threads), "OMP_NUM_THREADS": str(threads)}
    cmd = [sys.executable, "-c", _NUMPY_GEMM, str(m), str(n), str(k), str(repeat)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    return float(proc.stdout.split()[-1])


def _gemm_row(fn, sess, shape: tuple[int, int, int], threads: int, repeat: int) -> dict:
    from mlc.benchmarks.peer_models import fma_peak_gflops

    m, n, k = shape
    rng = np.random.default_rng(0)
    a = rng.standard_normal((m, k)).astype(np.float32)
    b = rng.standard_normal((k, n)).astype(np.float32)
    flops = 2.0 * m * n * k
    fn.set_threads(threads)
    peak, note = fma_peak_gflops(threads)
    return {
        "shape": f"{m}x{n}x{k}",
        "threads": threads,
        "max_rel_error": _error(fn(a, b), a.astype(np.float64) @ b),
        "numpy_gflops": flops / numpy_gemm_seconds(m, n, k, threads, repeat) / 1e9,
        "onnxruntime_gflops": flops / median_seconds(lambda: sess.run(None, {"a": a, "b": b}), repeat) / 1e9,
        "mlc_gflops": flops / median_seconds(lambda: fn(a, b), repeat) / 1e9,
        "peak_gflops": peak,
        "peak_note": note,
    }


def gemm_rows(shapes: list[tuple[int, int, int]], threads: list[int], repeat: int, tmp: Path) -> list[dict]:
    """f32 GEMMs (``peer_models.gemm_model``) in GFLOP/s: mlc, numpy and onnxruntime, per thread count."""

    import mlc.compiler as mc
    from mlc.benchmarks.peer_models import gemm_model

    rows = []
    for m, n, k in shapes:
        path = gemm_model(m, n, k, tmp / f"gemm_{m}x{n}x{k}.onnx")
        fn = mc.compile(str(path), target="cpu", cache=False)
        for t in threads:
            print(f"gemm {m}x{n}x{k} at {t} thread(s) ...", flush=True)
            sess = ort_session(path, t)
            rows.append(_gemm_row(fn, sess, (m, n, k), t, repeat))
    return rows


def plot(rows: list[dict], out: Path) -> None:
    """Bars of mlc's time over onnxruntime's and over IREE's, per model and thread count."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [f"{r['model']}\n{r['threads']}t" for r in rows]
    xs = np.arange(len(rows))
    fig, ax = plt.subplots(figsize=(max(6, 0.7 * len(rows)), 4))
    ax.bar(xs - 0.2, [r["ratio"] for r in rows], 0.4, label="mlc / onnxruntime")
    ax.bar(
        xs + 0.2,
        [r["iree"]["mlc_ratio"] if isinstance(r["iree"], dict) else 0 for r in rows],
        0.4,
        label="mlc / IREE llvm-cpu",
    )
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_yscale("log")
    ax.set_ylabel("latency ratio (lower is better for mlc)")
    ax.set_xticks(xs, labels, fontsize=7)
    ax.legend()
    ax.set_title("mlc CPU latency relative to peers (loaded 2-core machine)")
    fig.tight_layout()
    fig.savefig(out / "cpu_vs_peers.png", dpi=120)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument(
        "--models",
        default="all",
        help="comma-separated names, or 'all' (the default): " + ", ".join(ALL_MODELS),
    )
    p.add_argument("--threads", default="1,2", help="comma-separated thread counts")
    p.add_argument("--repeat", type=int, default=10)
    p.add_argument("--gemm", default="1024x1024x1024,4096x4096x1024", help="MxNxK,... ('' for none)")
    p.add_argument("--no-iree", action="store_true", help="leave IREE out (its compiles are slow)")
    p.add_argument("--out", type=Path, default=RESULTS)
    p.add_argument("--merge", action="store_true", help="keep the other models' rows of an earlier run")
    ns = p.parse_args(argv)
    names = list(ALL_MODELS) if ns.models == "all" else [m for m in ns.models.split(",") if m]
    threads = [int(v) for v in ns.threads.split(",")]
    rows: list[dict] = []
    results = ns.out / "cpu_vs_peers.json"
    earlier = json.loads(results.read_text()) if ns.merge and results.exists() else {}
    if isinstance(earlier, list):  # the layout before GEMM rows
        earlier = {"models": earlier}
    rows = [r for r in earlier.get("models", []) if r["model"] not in names]
    failed: dict[str, str] = {k: v for k, v in earlier.get("failed", {}).items() if k not in names}
    gemms: list[dict] = earlier.get("gemm", [])
    with tempfile.TemporaryDirectory(prefix="mlc-peers-") as tmp:
        import mlc.compiler as mc

        for name in names:
            try:
                path = model_path(name, Path(tmp))
                print(f"compiling {name} ...", flush=True)
                start = time.perf_counter()
                fn = mc.compile(str(path), target="cpu", cache=False)
                compile_s = time.perf_counter() - start
            except Exception as e:  # recorded, and the run goes on with the next model
                failed[name] = f"{type(e).__name__}: {str(e).splitlines()[0][:300] if str(e) else ''}"
                write(rows, gemms, failed, ns.out)
                continue
            vmfb = None if ns.no_iree else _iree_or_missing(path, Path(tmp))
            for t in threads:
                print(f"{name} at {t} thread(s) ...", flush=True)
                rows.append(bench(name, path, t, ns.repeat, fn, compile_s, vmfb))
            write(rows, gemms, failed, ns.out)  # after every model: a long run keeps what it measured
        if ns.gemm:
            shapes = [tuple(int(v) for v in g.split("x")) for g in ns.gemm.split(",")]
            gemms = gemm_rows(shapes, threads, ns.repeat, Path(tmp))  # type: ignore[arg-type]
    print(write(rows, gemms, failed, ns.out))
    return 0


def _iree_or_missing(path: Path, out: Path) -> Path | str | None:
    try:
        import iree.runtime  # noqa: F401
    except ImportError:
        return None
    print(f"IREE compiling {path.stem} ...", flush=True)
    return iree_module(path, out)


def write(rows: list[dict], gemms: list[dict], failed: dict[str, str], out: Path) -> str:
    out.mkdir(parents=True, exist_ok=True)
    data = {"models": rows, "gemm": gemms, "failed": failed}
    (out / "cpu_vs_peers.json").write_text(json.dumps(data, indent=1) + "\n")
    table = render(rows, gemms, failed)
    (out / "cpu_vs_peers.md").write_text(table)
    if rows:
        plot(rows, out)
    return table


if __name__ == "__main__":
    sys.exit(main())
