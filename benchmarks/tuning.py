"""The auto-tuner on the CPU: default, tuned and exhaustive-best GEMM schedules, and a whole model.

    python -m mlc.benchmarks.tuning [--seconds 30] [--model examples/resnet_tiny.onnx] [--model-budget 4m]

For a subset of the GEMM and convolution (as GEMM) shapes of ResNet-50 (batch 1,
224x224) and BERT-base (sequence 128), each shape is

* measured with the default schedule (``blocking_for``);
* tuned by ``mlc.compiler.tuning.search`` for ``--seconds`` of wall time;
* measured exhaustively over ``space.small_space`` (a small enumerable space);

then the default, the tuned best and the exhaustive best are re-timed side by side,
one call of each after the other for ``--timing`` seconds (median of each), so that
the load of a shared machine hits all three alike. The analytic cost model's ranking of the exhaustive
points against their measured times is reported (Spearman, top-3 recall).

A whole model is then tuned (``mlc.tune``) within ``--model-budget`` into a fresh
database, compiled with and without it, and both builds timed interleaved.

Results: ``benchmarks/results/tuning.{json,md}`` and ``tuning.svg`` (best so far
against trials, per shape).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from mlc.compiler.tuning import analytic, metrics, space
from mlc.compiler.tuning.measure import LocalRunner, build_kernel, operand_shapes
from mlc.compiler.tuning.search import Budget, cost_model, tune_workload
from mlc.compiler.tuning.trial import Trial
from mlc.passes.pack_contractions.gemm import GemmShape
from mlc.runtime.timing import samples

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
# (model, layer, GemmShape): convolutions as im2col GEMMs C[f, oh*ow] = W[f, c*kh*kw] x col
SHAPES = [
    ("ResNet-50", "conv2_x 3x3 (64, 56x56)", GemmShape(1, 64, 3136, 576, False)),
    ("ResNet-50", "conv4_x 3x3 (256, 14x14)", GemmShape(1, 256, 196, 2304, False)),
    ("ResNet-50", "conv5_x 1x1 (2048, 7x7)", GemmShape(1, 2048, 49, 512, False)),
    ("ResNet-50", "fc (2048 -> 1000)", GemmShape(0, 1, 1000, 2048, False)),
    ("BERT-base", "QKV / output projection", GemmShape(0, 128, 768, 768, False)),
    ("BERT-base", "FFN up (768 -> 3072)", GemmShape(0, 128, 3072, 768, False)),
    ("BERT-base", "attention scores (12 heads)", GemmShape(12, 128, 128, 64, True)),
]


def _inputs(workload):
    rng = np.random.default_rng(0)
    a, b, _, _ = operand_shapes(workload)
    return rng.standard_normal(a, dtype=np.float32), rng.standard_normal(b, dtype=np.float32)


def interleaved(calls: dict[str, Callable[[], object]], seconds: float) -> dict[str, float]:
    """Median seconds of each call, timed one call of each after the other (in alternating order)
    for about ``seconds``, so that the changing load of a shared machine hits all of them alike."""
    first = {name: samples(fn, 1, warmup=1)[0] for name, fn in calls.items()}
    rounds = int(min(2000, max(15, seconds / max(sum(first.values()), 1e-9))))
    times: dict[str, list[float]] = {name: [] for name in calls}
    order = list(calls.items())
    for i in range(rounds):
        for name, fn in order if i % 2 else order[::-1]:  # neither always runs first
            times[name] += samples(fn, 1, warmup=0)
    return {name: statistics.median(t) for name, t in times.items()}


def side_by_side(workload, configs: dict[str, dict], seconds: float) -> dict[str, float]:
    """Median seconds of each named config's kernel, ``interleaved``."""
    a, b = _inputs(workload)
    fns = {name: build_kernel(Trial(workload, c)) for name, c in configs.items()}
    return interleaved({name: (lambda fn=fn: fn(a, b)) for name, fn in fns.items()}, seconds)


def _ranked(metric, pred, actual, *args) -> float:
    """``metric`` (``metrics``), NaN where there are too few points for it."""
    return metric(pred, actual, *args) if len(pred) >= max([2, *args]) else float("nan")


def bench_shape(model, layer, shape, seconds: float, timing: float, runner, target: str) -> dict:
    workload = space.gemm_workload(shape, target)
    flops = 2 * max(1, shape.batch) * shape.m * shape.n * shape.k
    start = time.monotonic()
    outcome = tune_workload(workload, runner, cost_model("analytic"), Budget(seconds=seconds))
    tuned_wall = time.monotonic() - start
    history, best = [], float("inf")
    for r in outcome.results:
        if r.status == "ok" and r.seconds is not None:
            best = min(best, r.seconds)
        history.append(best if best < float("inf") else None)
    small = space.small_space(workload)
    start = time.monotonic()
    results = runner.measure([Trial(workload, c) for c in small])
    exhaustive_wall = time.monotonic() - start
    ok = [r for r in results if r.status == "ok"]
    ex_best = min(ok, key=lambda r: r.seconds)
    scores = analytic.AnalyticCostModel().predict([r.trial for r in ok])
    speeds = [-r.seconds for r in ok]  # higher is better, as the metrics take it
    tuned_best = outcome.best
    final = side_by_side(
        workload,
        {
            "default": space.default_config(workload),
            "tuned": dict(tuned_best.trial.config),
            "exhaustive": dict(ex_best.trial.config),
        },
        timing,
    )
    tuned_scores = analytic.AnalyticCostModel().predict(
        [r.trial for r in outcome.results if r.status == "ok"]
    )
    tuned_speeds = [-r.seconds for r in outcome.results if r.status == "ok"]
    return {
        "model": model,
        "layer": layer,
        "shape": {
            "batch": shape.batch,
            "m": shape.m,
            "n": shape.n,
            "k": shape.k,
            "a_batched": shape.a_batched,
        },
        "gflop": flops / 1e9,
        "default_config": space.default_config(workload),
        "tuned_config": dict(tuned_best.trial.config),
        "exhaustive_config": dict(ex_best.trial.config),
        "space_points": sum(1 for _ in space.points(workload)),
        "small_space_points": len(small),
        "tuned_trials": outcome.new_trials,
        "tuned_wall_s": tuned_wall,
        "exhaustive_wall_s": exhaustive_wall,
        "seconds": final,
        "gflops": {k: flops / v / 1e9 for k, v in final.items()},
        "tuned_over_exhaustive": final["exhaustive"] / final["tuned"],
        "speedup_over_default": final["default"] / final["tuned"],
        "best_so_far": history,
        "statuses": {
            s: sum(1 for r in outcome.results if r.status == s) for s in {r.status for r in outcome.results}
        },
        "analytic_spearman_small_space": _ranked(metrics.spearman, scores, speeds),
        "analytic_top3_recall_small_space": _ranked(metrics.top_k_recall, scores, speeds, 3),
        "analytic_spearman_tuned_trials": _ranked(metrics.spearman, tuned_scores, tuned_speeds),
    }


def bert_block(path: Path, seq: int = 128, hidden: int = 768, ffn: int = 3072) -> Path:
    """An ONNX model of BERT-base's dense layers for one sequence: the attention output
    projection, then the feed-forward block (up, GELU-free ReLU, down), random weights."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    weights = {
        "w_out": rng.standard_normal((hidden, hidden), dtype=np.float32) / hidden**0.5,
        "w_up": rng.standard_normal((hidden, ffn), dtype=np.float32) / hidden**0.5,
        "w_down": rng.standard_normal((ffn, hidden), dtype=np.float32) / ffn**0.5,
    }
    nodes = [
        helper.make_node("MatMul", ["x", "w_out"], ["h"]),
        helper.make_node("MatMul", ["h", "w_up"], ["u"]),
        helper.make_node("Relu", ["u"], ["r"]),
        helper.make_node("MatMul", ["r", "w_down"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes,
        "bert_base_dense",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [seq, hidden])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [seq, hidden])],
        [numpy_helper.from_array(w, name) for name, w in weights.items()],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.save(model, path)
    return path


def bench_model(path: str, budget: str, seconds: float) -> dict:
    import mlc
    from mlc.compiler import compile_api

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "tuning.jsonl")
        start = time.monotonic()
        report = mlc.tune(path, "cpu", budget, tuning_db=db, model="analytic")
        wall = time.monotonic() - start
        default = compile_api.compile(path, "cpu", tuning_db="", cache=False)
        tuned = compile_api.compile(path, "cpu", tuning_db=db, cache=False)
    rng = np.random.default_rng(0)
    inputs = [rng.standard_normal(v.shape).astype(v.dtype) for v in default.signature.inputs]
    got, want = (r if isinstance(r, tuple) else (r,) for r in (tuned(*inputs), default(*inputs)))
    same = all(np.allclose(g, w, rtol=1e-3, atol=1e-3) for g, w in zip(got, want, strict=True))
    med = interleaved({"default": lambda: default(*inputs), "tuned": lambda: tuned(*inputs)}, 3 * seconds)
    return {
        "model": path,
        "budget": budget,
        "tune_wall_s": wall,
        "workloads": len(report.found),
        "trials": report.trials,
        "kernel_estimate_speedup": report.speedup(),
        "seconds": med,
        "end_to_end_speedup": med["default"] / med["tuned"],
        "outputs_match": bool(same),
    }


def plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    for row in rows:
        hist = row["best_so_far"]
        first = next((h for h in hist if h), None)
        if not first:
            continue
        ax.plot(range(1, len(hist) + 1), [first / h if h else None for h in hist], label=row["layer"])
    ax.set_xlabel("trials")
    ax.set_ylabel("best so far (speedup over the first, default, trial)")
    ax.set_title("mlc-tune on the CPU (loaded shared machine)")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path)


def markdown(data: dict) -> str:
    lines = [
        "# The auto-tuner on the CPU",
        "",
        f"`python -m mlc.benchmarks.tuning --seconds {data['seconds_per_shape']:g}` on {data['machine']}, "
        f"target `{data['target']}`. The machine is a shared 2-core VM loaded by other jobs: times are "
        "noisy, so default, tuned and exhaustive-best schedules are re-timed side by side, one call of "
        f"each after the other for about {data['timing_s']:g} s, median of each. "
        "Shapes: a representative subset of ResNet-50 and BERT-base "
        "(all of them would not fit the time this machine has).",
        "",
        "| model | layer | GEMM (b, m, n, k) | GFLOP | default GF/s | tuned GF/s | exhaustive GF/s | "
        "tuned / exhaustive | tuned / default | trials | space | Spearman (analytic) | top-3 recall |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in data["shapes"]:
        s, g = r["shape"], r["gflops"]
        lines.append(
            f"| {r['model']} | {r['layer']} | {s['batch']}, {s['m']}, {s['n']}, {s['k']} | "
            f"{r['gflop']:.3f} | {g['default']:.1f} | {g['tuned']:.1f} | {g['exhaustive']:.1f} | "
            f"{r['tuned_over_exhaustive']:.2f} | "
            f"{r['speedup_over_default']:.2f}x | {r['tuned_trials']} in {r['tuned_wall_s']:.0f} s | "
            f"{r['space_points']} ({r['small_space_points']} small) | "
            f"{r['analytic_spearman_small_space']:.2f} | {r['analytic_top3_recall_small_space']:.2f} |"
        )
    ratios = [r["tuned_over_exhaustive"] for r in data["shapes"]]
    lines += [
        "",
        f"Tuned / exhaustive best: geomean {data['geomean_tuned_over_exhaustive']:.2f}, "
        f"{sum(x >= 0.9 for x in ratios)} of {len(ratios)} shapes at 0.9 or more (goal: at least 0.9 within "
        f"{data['seconds_per_shape']:g} s of tuning). Tuned / default: geomean "
        f"{data['geomean_speedup_over_default']:.2f}x.",
        "",
        "The exhaustive space is `space.small_space` (register blocks of 4+ rows and one or two vectors, "
        "cache depths of half/once/twice the default's, the default's cache block); the tuner searches the "
        "whole space, so it can beat that best (a ratio above 1).",
        "",
        "![best so far against trials](tuning.svg)",
        "",
    ]
    if data.get("models"):
        lines += [
            "## Whole models",
            "",
            f"Each tuned by `mlc.tune(model, budget='{data['models'][0]['budget']}')` into a fresh database, "
            "compiled with it and without it (`--no-tuning-db`), both builds timed interleaved.",
            "",
            "| model | GEMM workloads | trials | tuning time | default | tuned | end to end | "
            "the kernels' estimate | outputs |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for m in data["models"]:
            lines.append(
                f"| {m['model']} | {m['workloads']} | {m['trials']} | {m['tune_wall_s']:.0f} s | "
                f"{m['seconds']['default'] * 1e3:.3f} ms | {m['seconds']['tuned'] * 1e3:.3f} ms | "
                f"**{m['end_to_end_speedup']:.2f}x** | {m['kernel_estimate_speedup'] or float('nan'):.2f}x | "
                f"{'match' if m['outputs_match'] else 'DIFFER'} |"
            )
        lines.append("")
    lines += ["What these figures say, and how earlier runs compare: [README](README.md#cpu-auto-tuning)", ""]
    return "\n".join(lines)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=30.0, help="tuning time per shape")
    p.add_argument("--timing", type=float, default=4.0, help="seconds of interleaved timing per comparison")
    p.add_argument("--shapes", type=int, default=len(SHAPES), help="the first N shapes only")
    p.add_argument("--model-budget", default="4m", help="tuning budget of each whole model")
    p.add_argument("--no-model", action="store_true")
    ns = p.parse_args()
    target = space.cpu_target().name()
    rows = []
    with LocalRunner() as runner:
        for model, layer, shape in SHAPES[: ns.shapes]:
            rows.append(bench_shape(model, layer, shape, ns.seconds, ns.timing, runner, target))
            print(
                json.dumps({k: rows[-1][k] for k in ("layer", "gflops", "tuned_over_exhaustive")}), flush=True
            )
    geo = lambda xs: float(np.exp(np.mean(np.log(xs))))  # noqa: E731
    data = {
        "machine": f"{platform.processor() or platform.machine()} ({space.cpu_target().cpu}), loaded",
        "target": target,
        "seconds_per_shape": ns.seconds,
        "timing_s": ns.timing,
        "shapes": rows,
        "geomean_tuned_over_exhaustive": geo([r["tuned_over_exhaustive"] for r in rows]),
        "geomean_speedup_over_default": geo([r["speedup_over_default"] for r in rows]),
    }
    if not ns.no_model:
        with tempfile.TemporaryDirectory() as tmp:
            models = {
                "examples/resnet_tiny.onnx": ROOT / "examples" / "resnet_tiny.onnx",
                "BERT-base dense layers (seq 128: 768x768, 768x3072, 3072x768)": bert_block(
                    Path(tmp) / "b.onnx"
                ),
            }
            data["models"] = []
            for name, path in models.items():
                data["models"].append({**bench_model(str(path), ns.model_budget, ns.timing), "model": name})
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "tuning.json").write_text(json.dumps(data, indent=1, default=str) + "\n")
    plot(rows, RESULTS / "tuning.svg")
    (RESULTS / "tuning.md").write_text(markdown(data))
    print(markdown(data))


if __name__ == "__main__":
    main()
