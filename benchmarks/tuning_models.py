"""How well the cost models rank CPU GEMM schedules against real measurements.

    python -m mlc.benchmarks.tuning_models [--trials 40] [--seed 0] [--from-json]

For a few GEMM shapes of BERT-base and ResNet-50, random points of the schedule
space (``tuning.space``) are compiled and timed for real (``measure.LocalRunner``:
``measure_trial`` in a worker process, one thread, the median of repeated runs).
Then, per shape:

- the analytic model (``analytic.AnalyticCostModel``) scores the shape's trials;
- the learned model (``learned.XGBCostModel``) is trained on half of them (a
  seeded random split) and scores the other half (``learned, same shape``);
- a learned model trained on the other shapes only scores all of this shape's
  trials (``learned, other shapes``: a shape it has never seen).

Each is reported as Spearman's correlation with the measured throughput and the
recall of the true top 5 among the predicted top 5 (``tuning.metrics``), the
analytic model on the same held-out half as the learned one. ``--from-json``
recomputes the metrics from the measurements already in
``benchmarks/results/tuning_models.json`` instead of measuring again.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import random
import time
from pathlib import Path

from mlc.compiler.tuning import space
from mlc.compiler.tuning.analytic import AnalyticCostModel
from mlc.compiler.tuning.learned import XGBCostModel, volume
from mlc.compiler.tuning.measure import LocalRunner
from mlc.compiler.tuning.metrics import spearman, top_k_recall
from mlc.compiler.tuning.trial import Trial, TrialResult
from mlc.passes.pack_contractions.gemm import GemmShape

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
# (name, m, n, k): BERT-base at 128 tokens (QKV/output projection, FFN up and down), a square GEMM,
# and ResNet-50's 3x3 convolution of stage 3 as an im2col GEMM (196 pixels, 256 filters, 2304 = 256*9).
SHAPES = (
    ("bert_proj", 128, 768, 768),
    ("bert_ffn_up", 128, 3072, 768),
    ("bert_ffn_down", 128, 768, 3072),
    ("square_512", 512, 512, 512),
    ("resnet_conv3", 196, 256, 2304),
)
TOP_K = 5
SPLITS = 5  # random halvings each held-out score is averaged over


def measure(trials_per_shape: int, seed: int) -> dict[str, list[dict]]:
    """Every shape's measured trials (``TrialResult.to_json``), the default schedule first."""
    target = space.cpu_target("native", threads=1).name()
    out: dict[str, list[dict]] = {}
    with LocalRunner(isolate=True) as runner:
        for name, m, n, k in SHAPES:
            workload = space.gemm_workload(GemmShape(0, m, n, k, False), target)
            points = list(space.points(workload))
            picked = random.Random(seed).sample(points, min(trials_per_shape, len(points)))
            configs = [
                space.default_config(workload),
                *(c for c in picked if c != space.default_config(workload)),
            ]
            start = time.monotonic()
            results = runner.measure([Trial(workload, c) for c in configs])
            ok = sum(r.status == "ok" for r in results)
            print(f"{name}: {ok}/{len(results)} measured in {time.monotonic() - start:.0f} s", flush=True)
            out[name] = [r.to_json() for r in results]
    return out


def _throughput(results: list[TrialResult]) -> list[float]:
    return [math.log(volume(r.trial) / (r.seconds or math.inf)) for r in results]


def _scores(pred: list[float], results: list[TrialResult]) -> dict[str, float]:
    actual = _throughput(results)
    return {
        "spearman": spearman(pred, actual),
        f"top{TOP_K}": top_k_recall(pred, actual, min(TOP_K, len(pred))),
    }


def _mean(scores: list[dict[str, float]]) -> dict[str, float]:
    return {key: sum(s[key] for s in scores) / len(scores) for key in scores[0]}


def evaluate(measured: dict[str, list[dict]], seed: int, splits: int = SPLITS) -> dict[str, dict]:
    """Per shape: the analytic and both learned models' Spearman and top-k recall, each the mean
    over ``splits`` seeded random halvings (and xgboost seeds)."""
    ok = {
        name: [r for r in map(TrialResult.from_json, rows) if r.status == "ok" and r.seconds]
        for name, rows in measured.items()
    }
    analytic = AnalyticCostModel()
    report: dict[str, dict] = {}
    for name, results in ok.items():
        held_analytic, held_learned, transfer = [], [], []
        for split in range(seed, seed + splits):
            shuffled = random.Random(split).sample(results, len(results))
            train, test = shuffled[: len(results) // 2], shuffled[len(results) // 2 :]
            same = XGBCostModel(seed=split)
            same.update(train)
            others = XGBCostModel(seed=split)
            others.update([r for other, rs in ok.items() if other != name for r in rs])
            held_analytic.append(_scores(analytic.predict([r.trial for r in test]), test))
            held_learned.append(_scores(same.predict([r.trial for r in test]), test))
            transfer.append(_scores(others.predict([r.trial for r in results]), results))
        best = min(r.seconds for r in results)
        default = next(
            (r.seconds for r in results if dict(r.trial.config) == space.default_config(r.trial.workload)),
            None,
        )
        report[name] = {
            "shape": dict(results[0].trial.workload.shape),
            "measured": len(results),
            "held_out": len(results) - len(results) // 2,
            "best_gflops": 2 * volume(results[0].trial) / best / 1e9,
            "default_gflops": 2 * volume(results[0].trial) / default / 1e9 if default else None,
            "analytic_held_out": _mean(held_analytic),
            "learned_same_shape": _mean(held_learned),
            "analytic_all": _scores(analytic.predict([r.trial for r in results]), results),
            "learned_other_shapes": _mean(transfer),
        }
    return report


def markdown(data: dict) -> str:
    lines = [
        "# Cost models: ranking quality on measured CPU GEMM schedules",
        "",
        f"Written by `python -m mlc.benchmarks.tuning_models` on {data['machine']}, "
        f"{data['trials_per_shape']} random schedules per shape (plus the default), one thread, "
        "the median of repeated runs. The machine was shared and loaded while this ran, so timings "
        "carry noise that no model can predict.",
        "",
        "Spearman: rank correlation with the measured throughput (1 is a perfect ranking). "
        f"Top-{TOP_K}: the fraction of the truly fastest {TOP_K} among the predicted fastest {TOP_K}. "
        "*Held out*: the half of the shape's trials the same-shape learned model was not trained on "
        f"(the analytic model is scored on the same half); the mean over {SPLITS} random halvings. "
        "*All*: every trial of the shape, scored by the analytic model and by a learned model trained "
        "only on the other shapes. The measurements of the later shapes were taken with a newer main "
        "(weights handling of the CPU target; the GEMM code generation unchanged) and while the "
        "MetaSchedule comparison ran.",
        "",
        "| shape (m x n x k) | trials | analytic, held out | learned, same shape | "
        "analytic, all | learned, other shapes | default GFLOP/s | best GFLOP/s |",
        "|---|---|---|---|---|---|---|---|",
    ]

    def cell(s: dict) -> str:
        return f"{s['spearman']:+.2f} / {s[f'top{TOP_K}']:.1f}"

    for name, r in data["shapes"].items():
        s = r["shape"]
        default = f"{r['default_gflops']:.1f}" if r["default_gflops"] else "-"
        lines.append(
            f"| {name} ({s['m']}x{s['n']}x{s['k']}) | {r['measured']} ({r['held_out']} held out) | "
            f"{cell(r['analytic_held_out'])} | {cell(r['learned_same_shape'])} | {cell(r['analytic_all'])} | "
            f"{cell(r['learned_other_shapes'])} | {default} | {r['best_gflops']:.1f} |"
        )
    lines += ["", "Each cell: Spearman / top-5 recall.", ""]
    for key, label in (
        ("analytic_held_out", "analytic, held out"),
        ("learned_same_shape", "learned, same shape"),
        ("analytic_all", "analytic, all"),
        ("learned_other_shapes", "learned, other shapes"),
    ):
        rows = [r[key] for r in data["shapes"].values()]
        mean_s = sum(x["spearman"] for x in rows) / len(rows)
        mean_k = sum(x[f"top{TOP_K}"] for x in rows) / len(rows)
        lines.append(f"- mean over shapes, {label}: Spearman {mean_s:+.2f}, top-{TOP_K} recall {mean_k:.2f}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=40, help="random schedules measured per shape")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--from-json", action="store_true", help="reuse the measurements in the results")
    args = parser.parse_args(argv)
    path = RESULTS / "tuning_models.json"
    if args.from_json:
        old = json.loads(path.read_text())
        measured, trials, machine = old["measurements"], old["trials_per_shape"], old["machine"]
    else:
        measured, trials = measure(args.trials, args.seed), args.trials
        machine = f"{platform.processor() or platform.machine()} ({space.cpu_target('native', 1).name()})"
    data = {
        "machine": machine,
        "trials_per_shape": trials,
        "seed": args.seed,
        "shapes": evaluate(measured, args.seed),
        "measurements": measured,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1) + "\n")
    (RESULTS / "tuning_models.md").write_text(markdown(data))
    print(markdown(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
