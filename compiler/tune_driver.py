"""The ``mlc-tune`` driver: tune a model's GEMM schedules into the tuning database, or list their space.

``mlc-tune model.onnx --budget 10m`` measures schedules of every GEMM of the
model (``mlc.compiler.tuning.tune``) and appends each result to the tuning
database as it comes (``--tuning-db``, default next to the compile cache), which
``mlc-compile`` then reads. Ctrl-C stops it (exit 130) with nothing lost:
the same command resumes. ``--space`` lists each GEMM's schedule space
instead; ``--export``/``--import`` copy records between databases.

Exit codes: 0 done, 1 an error (bad input, budget or target, an unreachable
Ray cluster), 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback

from mlc.compiler.errors import ArgumentParser, InputError, MlcError

TOOL = "mlc-tune"


def parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog=TOOL,
        allow_abbrev=False,
        description="Tune the schedules of a model's GEMMs and convolutions on this machine, recording every "
        "measurement in a tuning database that mlc-compile reads.",
    )
    a = p.add_argument
    a("input", nargs="?", help="model or linalg-on-tensors .mlir file")
    a("--target", default="cpu", help="the target to tune for (default: cpu; the only one with a space yet)")
    a("--budget", default="10m", help="wall time (30s, 10m, 1h) or a number of trials (default: 10m)")
    a("--tuning-db", metavar="PATH", help="the tuning database (default: tuning.jsonl by the compile cache)")
    a("--ray", metavar="ADDRESS", help="measure on the Ray cluster at ADDRESS (needs mlc[ray])")
    a("--cost-model", default="auto", choices=("auto", "analytic", "learned"), help="what ranks candidates")
    a("--mcpu", default="native", metavar="CPU", help="the CPU to compile for (as mlc-compile --mcpu)")
    a("--threads", type=int, default=0, metavar="N", help="threads of the compiled code (as mlc-compile)")
    a("--seed", type=int, default=0, help="seed of the search")
    a("--space", action="store_true", help="list each GEMM's schedule space and exit")
    a("--limit", type=int, default=10, metavar="N", help="with --space: points listed per GEMM (default 10)")
    a("--export", metavar="PATH", help="write the database's trusted records of this target to PATH")
    a("--import", dest="import_", metavar="PATH", help="add the trusted records of the database PATH")
    a("-q", "--quiet", action="store_true", help="no progress bar (it is drawn on a terminal only)")
    a("--debug", action="store_true", help="show Python tracebacks of internal errors")
    return p


def _space_text(input_: str, ns: argparse.Namespace) -> str:
    from mlc.compiler.tuning import space
    from mlc.compiler.tuning.analytic import AnalyticCostModel
    from mlc.compiler.tuning.trial import Trial
    from mlc.compiler.tuning.tune import workloads_of

    lines = []
    for f in workloads_of(input_, ns.mcpu, ns.threads):
        w = f.workload
        points = list(space.points(w))
        scores = AnalyticCostModel().predict([Trial(w, p) for p in points])
        points = [p for _, p in sorted(zip(scores, points, strict=True), key=lambda sp: -sp[0])]
        lines.append(f"{_name(f.workload)}  from {f.count} op(s): " + ", ".join(sorted(set(f.ops))))
        lines.append(f"  key {w.key()}  target {w.target}")
        lines.append(f"  default {space.default_config(w)}")
        rejected = ", ".join(f"{n} {why}" for why, n in sorted(space.rejections(w).items()))
        params = ", ".join(space.PARAMS)
        lines.append(f"  {len(points)} valid points ({params}); rejected: {rejected or 'none'}")
        if points:
            lines.append("  the analytic model's best first:")
        for p in points[: max(0, ns.limit)]:
            lines.append("    " + " ".join(f"{k}={v}" for k, v in p.items()))
        if len(points) > ns.limit:
            lines.append(f"    ... {len(points) - ns.limit} more (--limit)")
    return "\n".join(lines) if lines else "no GEMMs or convolutions to tune"


def _name(workload) -> str:
    """``gemm m=.. n=.. k=..`` (``batch_gemm`` and ``conv_gemm`` with ``batch=..`` first)."""
    return f"{workload.kind} " + " ".join(f"{d}={v}" for d, v in workload.shape.items())


def _notes(lines: list[str]) -> None:
    for line in lines:
        print(line, file=sys.stderr)


def _run(ns: argparse.Namespace) -> int:
    from mlc.compiler import progress
    from mlc.compiler.tuning.database import Database, default_path
    from mlc.compiler.tuning.search import parse_budget
    from mlc.compiler.tuning.space import cpu_target
    from mlc.compiler.tuning.tune import check_target, tune

    check_target(ns.target)
    db = Database(ns.tuning_db or default_path())
    if ns.import_ or ns.export:
        if ns.import_:
            count, warnings = db.import_from(ns.import_)
            _notes([*warnings, f"{TOOL}: imported {count} record(s) into {db.path}"])
        if ns.export:
            count, warnings = db.export(ns.export, cpu_target(ns.mcpu, ns.threads).name())
            _notes([*warnings, f"{TOOL}: exported {count} record(s) to {ns.export}"])
        if ns.input is None:
            return 0
    if ns.input is None:
        raise InputError("no input file", hint=f"{TOOL} model.onnx --budget 10m")
    if ns.space:
        print(_space_text(ns.input, ns))
        return 0
    budget = parse_budget(ns.budget)
    start = time.monotonic()
    total = budget.trials if budget.trials is not None else budget.seconds
    state = {"workload": "", "trials": 0}
    unit = "trials" if budget.trials is not None else "s"
    with progress.Progress(f"tuning, {unit}", total=total, quiet=ns.quiet, eta=True) as bar:

        def on_workload(i, found):
            state["workload"] = f"gemm {i + 1}"

        def on_result(found, outcome, result):
            state["trials"] = done = int(state["trials"]) + 1
            speedup = outcome.speedup
            text = f"{state['workload']}, trial {done}" + (
                f", best {speedup:.2f}x the default" if speedup else ""
            )
            bar.set(done if budget.trials is not None else time.monotonic() - start, text)

        try:
            report = tune(
                ns.input,
                ns.target,
                budget,
                tuning_db=db.path,
                ray=ns.ray,
                model=ns.cost_model,
                mcpu=ns.mcpu,
                threads=ns.threads,
                seed=ns.seed,
                on_result=on_result,
                on_workload=on_workload,
            )
        except KeyboardInterrupt:
            print(
                f"{TOOL}: interrupted after {state['trials']} trial(s), all recorded in {db.path}; "
                "the same command resumes",
                file=sys.stderr,
            )
            return 130
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    print(summary(report))
    return 0


def summary(report) -> str:
    """One line per GEMM (its default and best time, the speedup) and the model's estimate."""
    lines = []
    for f, o in zip(report.found, report.outcomes, strict=False):
        best, default = o.best, o.default
        if best is None or default is None or default.seconds is None:
            lines.append(f"{_name(f.workload)}: nothing measured ({o.new_trials} trial(s))")
            continue
        lines.append(
            f"{_name(f.workload)} x{f.count}: default "
            f"{default.seconds * 1e3:.3f} ms, best {best.seconds * 1e3:.3f} ms ({o.speedup:.2f}x) "
            f"{dict(best.trial.config)}; {o.new_trials} new trial(s)"
        )
    if not report.found:
        lines.append("no GEMMs or convolutions to tune")
    speedup = report.speedup()
    tail = f", the GEMMs {speedup:.2f}x faster than with default schedules" if speedup else ""
    lines.append(f"{report.trials} trial(s) in {report.seconds:.0f} s into {report.database}{tail}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``mlc-tune``; returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    ns = None
    try:
        ns = parser().parse_args(argv)
        return _run(ns)
    except MlcError as e:
        if ns is not None and ns.debug:
            traceback.print_exc()
        print(f"{TOOL}: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # an internal error: one line, the traceback only with --debug
        if ns is not None and ns.debug:
            traceback.print_exc()
        _notes([f"{TOOL}: internal error: {type(e).__name__}: {e} (--debug shows the traceback)"])
        return 1
