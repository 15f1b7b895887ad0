"""mlc's tuner against TVM's MetaSchedule: the same CPU GEMMs, the same trial budget, the same machine.

    python -m mlc.benchmarks.metaschedule [--trials 32] [--shapes bert_proj,square_512] [--from-json]

TVM is not a dependency of mlc and this script installs nothing: install
``apache-tvm`` yourself (``pip install apache-tvm``) into the environment that
runs it. Without it the results say why there is no comparison.

For each shape, one thread on both sides:

- mlc: ``search.tune_workload`` with the search's default cost model and the
  local runner (``measure_trial``: compile, check, median of repeated runs), for
  ``--trials`` measurements; the best schedule's artifact is written out;
- TVM (in a child process, which never imports MLIR): ``tune_tir`` on the same
  GEMM as a TE compute, on target ``llvm`` with the host's CPU and one core, for
  the same number of trials (``max_trials_global``), its default evolutionary
  search and XGBoost model; the best schedule is compiled;
- the two best kernels are then timed side by side in the child, interleaved
  (mlc's through ``mlc.runtime``, which needs no MLIR).

Reported: each tuner's best-so-far GFLOP/s against trials and wall time (from
its own measurements), the time and trials each took to reach 90% of the lower of
the two final figures, and the final GFLOP/s of both timed side by side.
Results go to ``benchmarks/results/metaschedule.{json,md}``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
SHAPES = {"bert_proj": (128, 768, 768), "bert_ffn_up": (128, 3072, 768), "square_512": (512, 512, 512)}
REACH = 0.9  # time to reach this fraction of the lower final GFLOP/s
ROUNDS = 7  # of the side-by-side timing


def tvm_missing() -> str | None:
    """Why TVM cannot run here, or None (it is imported only in the child, away from MLIR)."""
    if importlib.util.find_spec("tvm") is None:
        return "apache-tvm is not installed in this environment (pip install apache-tvm)"
    return None


def _gflops(m: int, n: int, k: int, seconds: float) -> float:
    return 2 * m * n * k / seconds / 1e9


def _curve_point(start: float, trials: int, best: float) -> dict:
    return {"seconds": round(time.monotonic() - start, 2), "trials": trials, "best_gflops": best}


def tune_mlc(name: str, shape: tuple[int, int, int], trials: int, out_dir: Path) -> dict:
    """mlc's search on one GEMM; its best schedule's artifact is written to ``out_dir``."""
    from mlc.compiler import compile_api
    from mlc.compiler.tuning import space
    from mlc.compiler.tuning.measure import LocalRunner, _compile_options, kernel_text
    from mlc.compiler.tuning.search import Budget, cost_model, tune_workload
    from mlc.passes.pack_contractions.gemm import GemmShape

    m, n, k = shape
    workload = space.gemm_workload(GemmShape(0, m, n, k, False), space.cpu_target("native", 1).name())
    curve: list[dict] = []
    state = {"best": 0.0, "count": 0}
    start = time.monotonic()

    def on_result(outcome, result) -> None:
        state["count"] += 1
        if result.status == "ok" and result.seconds:
            state["best"] = max(state["best"], _gflops(m, n, k, result.seconds))
        curve.append(_curve_point(start, state["count"], state["best"]))

    model = cost_model("auto")
    with LocalRunner() as runner:
        outcome = tune_workload(workload, runner, model, Budget(trials=trials), on_result=on_result)
    elapsed = time.monotonic() - start
    best = outcome.best
    assert best is not None, f"no schedule of {name} could be measured"
    options = _compile_options(workload, dict(best.trial.config))
    built = compile_api.build(kernel_text(workload), "cpu", cache=False, **options)
    path = out_dir / f"{name}.mlc"
    built.artifact.write(path)
    return {
        "model": type(model).__name__,
        "trials": outcome.new_trials,
        "seconds": round(elapsed, 1),
        "curve": curve,
        "best_config": dict(best.trial.config),
        "default_gflops": _gflops(m, n, k, outcome.default.seconds)
        if outcome.default and outcome.default.seconds
        else None,
        "artifact": str(path),
    }


def tune_tvm(
    name: str, shape: tuple[int, int, int], trials: int, mcpu: str, work_dir: Path
) -> tuple[dict, object]:
    """MetaSchedule on one GEMM; returns its record and the compiled best function."""
    import tvm
    from tvm import te
    from tvm.ir.utils import derived_object
    from tvm.s_tir import meta_schedule as ms

    m, n, k = shape
    a = te.placeholder((m, k), name="A")
    b = te.placeholder((k, n), name="B")
    r = te.reduce_axis((0, k), name="k")
    c = te.compute((m, n), lambda i, j: te.sum(a[i, r] * b[r, j], axis=r), name="C")
    mod = tvm.IRModule({"main": te.create_prim_func([a, b, c])})
    target = tvm.target.Target({"kind": "llvm", "mcpu": mcpu, "num-cores": 1})
    curve: list[dict] = []
    state: dict = {"best": 0.0, "count": 0, "errors": 0, "first_error": None}
    start = time.monotonic()

    @derived_object
    class Record(ms.measure_callback.PyMeasureCallback):
        def apply(self, task_scheduler, task_id, candidates, builder_results, runner_results):
            for built, ran in zip(builder_results, runner_results, strict=True):
                state["count"] += 1
                secs = [float(s) for s in ran.run_secs] if ran.run_secs else []
                if built.error_msg is None and ran.error_msg is None and secs:
                    state["best"] = max(state["best"], _gflops(m, n, k, float(np.median(secs))))
                else:
                    state["errors"] += 1
                    state["first_error"] = (
                        state["first_error"] or (built.error_msg or ran.error_msg or "")[-2000:]
                    )
                curve.append(_curve_point(start, state["count"], state["best"]))

    db = ms.tir_integration.tune_tir(
        mod=mod,
        target=target,
        work_dir=str(work_dir / name),
        max_trials_global=trials,
        num_trials_per_iter=min(16, trials),
        num_tuning_cores=1,
        builder=ms.builder.LocalBuilder(max_workers=1, timeout_sec=600),
        runner=ms.runner.LocalRunner(timeout_sec=300),
        measure_callbacks=[*ms.measure_callback.MeasureCallback.create("default"), Record()],
        seed=0,
    )
    elapsed = time.monotonic() - start
    sch = ms.tir_integration.compile_tir(db, mod, target)
    if sch is None:
        raise RuntimeError(f"MetaSchedule found no valid schedule of {name} in {trials} trials")
    fn = tvm.compile(sch.mod, target=target)["main"]
    record = {
        "trials": state["count"],
        "errors": state["errors"],
        "seconds": round(elapsed, 1),
        "curve": curve,
    }
    return record, fn


def time_side_by_side(shape: tuple[int, int, int], mlc_artifact: str, tvm_fn) -> dict:
    """Both best kernels on the same inputs, interleaved; checked against numpy first."""
    import tvm

    import mlc.runtime
    from mlc.runtime.timing import samples

    m, n, k = shape
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal((m, k), dtype=np.float32), rng.standard_normal((k, n), dtype=np.float32)
    want = a @ b
    mlc_fn = mlc.runtime.load(mlc_artifact)
    dev = tvm.cpu()
    ta, tb, tc = (
        tvm.runtime.tensor(a, dev),
        tvm.runtime.tensor(b, dev),
        tvm.runtime.empty((m, n), "float32", dev),
    )
    tvm_fn(ta, tb, tc)
    for got, who in ((np.asarray(mlc_fn(a, b)), "mlc"), (tc.numpy(), "TVM")):
        assert np.allclose(got, want, rtol=1e-3, atol=1e-3 * float(np.abs(want).max())), f"{who} is wrong"
    mlc_times, tvm_times = [], []
    first = samples(lambda: mlc_fn(a, b), 1)[0]
    repeat = max(3, int(0.1 / max(first, 1e-9)))
    for _ in range(ROUNDS):
        mlc_times += samples(lambda: mlc_fn(a, b), repeat)
        tvm_times += samples(lambda: tvm_fn(ta, tb, tc), repeat)
    return {
        "mlc_gflops": _gflops(m, n, k, float(np.median(mlc_times))),
        "tvm_gflops": _gflops(m, n, k, float(np.median(tvm_times))),
    }


def _reach(curve: list[dict], gflops: float | None) -> dict | None:
    if gflops is None:
        return None
    hit = next((p for p in curve if p["best_gflops"] >= gflops), None)
    return {"seconds": hit["seconds"], "trials": hit["trials"]} if hit else None


def child(spec_path: str, out_path: str) -> int:
    """The TVM side (a process without MLIR): tune each shape, then time both best kernels."""
    os.environ.setdefault("TVM_NUM_THREADS", "1")
    spec = json.loads(Path(spec_path).read_text())
    import tvm

    out: dict = {"tvm_version": tvm.__version__, "shapes": {}}
    with tempfile.TemporaryDirectory(prefix="mlc-metaschedule-") as work:
        for name, entry in spec["shapes"].items():
            shape = tuple(entry["shape"])
            record, fn = tune_tvm(name, shape, spec["trials"], spec["mcpu"], Path(work))
            record["final"] = time_side_by_side(shape, entry["artifact"], fn) if fn is not None else None
            out["shapes"][name] = record
            print(f"TVM {name}: {record['trials']} trials in {record['seconds']:.0f} s", flush=True)
            Path(out_path).write_text(json.dumps(out))
    return 0


def markdown(data: dict) -> str:
    lines = [
        "# mlc-tune against TVM MetaSchedule (CPU GEMMs)",
        "",
        f"Written by `python -m mlc.benchmarks.metaschedule` on {data['machine']}.",
        "",
    ]
    if data.get("unavailable"):
        return "\n".join(
            [*lines, f"No comparison: TVM's MetaSchedule could not run here ({data['unavailable']}).", ""]
        )
    lines += [
        f"Both tuners had {data['trials']} trials per shape and one thread; TVM {data['tvm_version']} "
        f"(`tune_tir`, target llvm for this CPU, its evolutionary search and XGBoost model), mlc with "
        f"`tune_workload` and its `{data['mlc_model']}` cost model. The machine was shared with other "
        "jobs while this ran (2 cores for up to 8 engineers), so wall times are long and noisy, and they "
        "are comparable only within a row. *mlc default*: the default schedule as the tuner measured it. "
        "*Final*: the best kernel of each, timed side by side "
        "(interleaved, median). *Reach*: the wall time and trials each tuner took, by its own "
        f"measurements, to reach {REACH:.0%} of the lower of the two final figures; a tuner's own "
        "timings (taken under a different load than the final ones) may stay below it. MetaSchedule "
        "builds and runs a whole batch of candidates (16) before it reports any, so its reach time is "
        "the end of the batch that reached the goal; mlc measures and reports one trial at a time.",
        "",
        "| shape (m x n x k) | mlc default | mlc final | TVM final | mlc / TVM | mlc reach | TVM reach | "
        "mlc tuning | TVM tuning |",
        "|---|---|---|---|---|---|---|---|---|",
    ]

    def reach(r: dict | None) -> str:
        return (
            f"{r['seconds']:.0f} s ({r['trials']} trial{'s' if r['trials'] > 1 else ''})"
            if r
            else "not reached"
        )

    for name, r in data["shapes"].items():
        m, n, k = r["shape"]
        f = r["final"]
        tvm_final = f"{f['tvm_gflops']:.1f}" if f["tvm_gflops"] else f"none ({r['tvm']['errors']} failed)"
        ratio = f"{f['mlc_gflops'] / f['tvm_gflops']:.2f}" if f["tvm_gflops"] else "-"
        default = f"{r['mlc']['default_gflops']:.1f}" if r["mlc"]["default_gflops"] else "-"
        lines.append(
            f"| {name} ({m}x{n}x{k}) | {default} | {f['mlc_gflops']:.1f} | {tvm_final} | "
            f"{ratio} | {reach(r['mlc_reach'])} | {reach(r['tvm_reach'])} | "
            f"{r['mlc']['seconds']:.0f} s | {r['tvm']['seconds']:.0f} s |"
        )
    ratios = [
        r["final"]["mlc_gflops"] / r["final"]["tvm_gflops"]
        for r in data["shapes"].values()
        if r["final"]["tvm_gflops"]
    ]
    if ratios:
        mean = float(np.exp(np.mean(np.log(ratios))))
        lines += ["", f"Final mlc / TVM, geometric mean over {len(ratios)} shape(s): {mean:.2f}."]
    lines += [
        "",
        "GFLOP/s throughout; the curves of best-so-far against trials and time are in the JSON.",
        "",
        "Setting TVM up (recorded so it can be repeated): `pip install apache-tvm` (0.27.0.post1, a "
        "py3-none manylinux wheel) pulls apache-tvm-ffi 0.1.15.post2, with which `tune_tir` segfaults in "
        "`tvm::ffi::ToJSONGraph` when it writes its database; apache-tvm-ffi 0.1.14.post0 works. "
        'Targets are JSON dicts in 0.27 (`{"kind": "llvm", "mcpu": ...}`; the old '
        "`llvm -mcpu=...` string is refused). MetaSchedule's builder times out at 30 s by default, "
        "which on this loaded machine failed every build; the benchmark gives builds 600 s. TVM's "
        "tuning time includes several minutes of its own start-up per shape (worker pools that import "
        "TVM, the design space) under this load.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=32, help="measurements per shape, each tuner")
    parser.add_argument("--shapes", default=",".join(SHAPES), help=f"of {', '.join(SHAPES)}")
    parser.add_argument("--from-json", action="store_true", help="rewrite the .md from the results' .json")
    parser.add_argument("--name", default="metaschedule", help="of the results' files (NAME.json, NAME.md)")
    parser.add_argument("--tvm-child", nargs=2, metavar=("SPEC", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.tvm_child:
        return child(*args.tvm_child)
    if args.from_json:
        text = markdown(json.loads((RESULTS / f"{args.name}.json").read_text()))
        (RESULTS / f"{args.name}.md").write_text(text)
        print(text)
        return 0
    from mlc.compiler.tuning.space import cpu_target

    names = args.shapes.split(",")
    data: dict = {
        "machine": f"{platform.machine()} ({cpu_target('native', 1).name()})",
        "trials": args.trials,
    }
    missing = tvm_missing()
    if missing is None:
        with tempfile.TemporaryDirectory(prefix="mlc-metaschedule-") as work:
            spec = {"trials": args.trials, "mcpu": cpu_target("native", 1).cpu, "shapes": {}}
            mlc_side = {}
            for name in names:
                mlc_side[name] = tune_mlc(name, SHAPES[name], args.trials, Path(work))
                print(
                    f"mlc {name}: {mlc_side[name]['trials']} trials in {mlc_side[name]['seconds']:.0f} s",
                    flush=True,
                )
                spec["shapes"][name] = {"shape": SHAPES[name], "artifact": mlc_side[name]["artifact"]}
            spec_path, out_path = Path(work) / "spec.json", Path(work) / "tvm.json"
            spec_path.write_text(json.dumps(spec))
            cmd = [
                sys.executable,
                "-m",
                "mlc.benchmarks.metaschedule",
                "--tvm-child",
                str(spec_path),
                str(out_path),
            ]
            proc = subprocess.run(cmd)
            if proc.returncode != 0 or not out_path.exists():
                missing = f"the TVM side failed (exit status {proc.returncode})"
            else:
                tvm_side = json.loads(out_path.read_text())
        if missing is None:
            data["tvm_version"] = tvm_side["tvm_version"]
            data["mlc_model"] = next(iter(mlc_side.values()))["model"]
            data["shapes"] = {}
            for name in names:
                mlc_r, tvm_r = mlc_side[name], tvm_side["shapes"][name]
                final = tvm_r.pop("final")
                if final is None:  # no TVM schedule compiled and ran: mlc's own figure, no reach
                    final = {"mlc_gflops": max(p["best_gflops"] for p in mlc_r["curve"]), "tvm_gflops": None}
                goal = REACH * min(final["mlc_gflops"], final["tvm_gflops"]) if final["tvm_gflops"] else None
                mlc_r.pop("artifact")
                data["shapes"][name] = {
                    "shape": SHAPES[name],
                    "final": final,
                    "goal_gflops": goal,
                    "mlc_reach": _reach(mlc_r["curve"], goal),
                    "tvm_reach": _reach(tvm_r["curve"], goal),
                    "mlc": mlc_r,
                    "tvm": tvm_r,
                }
    if missing is not None:
        data["unavailable"] = missing
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.name}.json").write_text(json.dumps(data, indent=1) + "\n")
    (RESULTS / f"{args.name}.md").write_text(markdown(data))
    print(markdown(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
