"""Tuning a model: find its GEMMs, search each one's schedule, record every trial in the database.

``tune("model.onnx", budget="10m")`` (also ``mlc.tune``) is what ``mlc-tune``
runs. The GEMMs (matmuls, batch matmuls, convolutions as GEMMs) are read from
the model at the CPU target's ``boundary`` stage with the matcher of
``pack-contractions``, so the workloads are exactly the ones ``mlc-compile``
will look up. The budget is shared equally among the distinct workloads; one
cost model learns across all of them. Every result is appended to the tuning
database as it is measured, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlc.compiler.errors import InputError, MlcError
from mlc.compiler.tuning import space
from mlc.compiler.tuning.database import Database, default_path
from mlc.compiler.tuning.search import Budget, Outcome, cost_model, parse_budget, tune_workload
from mlc.compiler.tuning.trial import Runner, TrialResult, Workload

TARGETS = ("cpu",)  # the targets with a schedule space


@dataclass(frozen=True)
class Found:
    """A workload of a model, how many ops compute it and which."""

    workload: Workload
    count: int
    ops: tuple[str, ...]


def _gemms_in(text: str) -> list[tuple[dict, str]]:
    """(GemmShape fields, op name) of each contraction ``pack-contractions`` would pack, in order."""
    from dataclasses import asdict

    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.passes.pack_contractions.rewrite import match_contraction

    found: list[tuple[dict, str]] = []
    with make_context(), ir.Location.unknown():
        module = ir.Module.parse(text)

        def visit(op: ir.Operation) -> ir.WalkResult:
            shape = match_contraction(op) if op.name.startswith("linalg.") else None
            if shape is not None:
                found.append((asdict(shape), op.name))
            return ir.WalkResult.ADVANCE

        module.operation.walk(visit)
    return found


def workloads_of(source: Any, mcpu: str = "native", threads: int = 0) -> list[Found]:
    """The GEMM workloads of a model or ``.mlir`` file (or MLIR text) for the CPU target."""
    from mlc.compiler import compile_api, isolation
    from mlc.passes.pack_contractions.gemm import GemmShape

    out = compile_api.build(source, "cpu", emit="mlir", to_stage="boundary", mcpu=mcpu, tuning_db="")
    text = next(iter(out.files.values()))
    gemms = isolation.call(_gemms_in, text, stage="finding the GEMMs", repro=isolation.Reproducer({}))
    target = space.cpu_target(mcpu, threads).name()
    counts: dict[str, Found] = {}
    for fields, op in gemms:
        workload = space.gemm_workload(GemmShape(**fields), target)
        prev = counts.get(workload.key())
        ops = (*prev.ops, op) if prev else (op,)
        counts[workload.key()] = Found(workload, len(ops), ops)
    return list(counts.values())


@dataclass
class Report:
    """The outcome of tuning a model: one ``Outcome`` per workload."""

    found: list[Found]
    outcomes: list[Outcome] = field(default_factory=list)
    database: Path | None = None
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)  # about database records that were ignored

    @property
    def trials(self) -> int:
        return sum(o.new_trials for o in self.outcomes)

    def speedup(self) -> float | None:
        """The GEMMs' time with default schedules over their time with the best ones, each weighted
        by how many ops of the model compute it (an estimate from kernel timings)."""
        default = best = 0.0
        for f, o in zip(self.found, self.outcomes, strict=False):
            if o.default is None or o.default.seconds is None or o.best is None:
                return None
            default += f.count * o.default.seconds
            best += f.count * (o.best.seconds or 0.0)
        return default / best if best else None


def make_runner(ray: str | None = None) -> Runner:
    """A ``LocalRunner``, or with ``ray`` (a cluster address) the Ray runner, imported lazily."""
    if ray is None:
        from mlc.compiler.tuning.measure import LocalRunner

        return LocalRunner()
    try:
        from mlc.compiler.tuning.ray_runner import RayRunner
    except ImportError as e:
        raise InputError(
            f"--ray needs the Ray runner, which cannot be imported: {e}", hint="pip install 'mlc[ray]'"
        ) from None
    try:
        return RayRunner(ray)
    except MlcError:  # ray not installed, or the cluster unreachable: the runner says which
        raise
    except Exception as e:  # what a cluster that is down raises depends on the Ray version
        raise InputError(f"could not reach the Ray cluster at '{ray}': {type(e).__name__}: {e}") from None


def check_target(target: str) -> None:
    from mlc.compiler import targets

    if target in TARGETS:
        return
    if target in targets.available():
        raise InputError(
            f"no schedule space for the {target} target yet", hint=f"mlc-tune tunes {', '.join(TARGETS)}"
        )
    raise InputError(f"unknown target '{target}'", hint=f"targets: {', '.join(targets.available())}")


def tune(
    source: Any,
    target: str = "cpu",
    budget: str | Budget = "10m",
    *,
    tuning_db: str | Path | None = None,
    ray: str | None = None,
    runner: Runner | None = None,
    model: str = "auto",
    mcpu: str = "native",
    threads: int = 0,
    seed: int = 0,
    on_result: Callable[[Found, Outcome, TrialResult], None] | None = None,
    on_workload: Callable[[int, Found], None] | None = None,
) -> Report:
    """Tune the GEMMs of ``source`` for ``target`` within ``budget`` (``10m``, ``90s``, ``200`` trials),
    recording into ``tuning_db`` (default: next to the compile cache); returns a ``Report``.

    A later ``mlc-compile`` (``mlc.compile``) with the same database builds the tuned schedules.
    """
    check_target(target)
    if isinstance(budget, str):
        budget = parse_budget(budget)
    if threads < 0:
        raise InputError(f"threads must be 0 (all cores) or positive, not {threads}")
    chosen = cost_model(model)
    db = Database(tuning_db if tuning_db is not None else default_path())
    start = time.monotonic()
    own = runner is None
    runner = runner or make_runner(ray)  # first: an unreachable cluster fails at once
    try:
        found = workloads_of(source, mcpu, threads)
        report = Report(found, database=db.path)
        loaded = db.load(found[0].workload.target if found else None)
        report.warnings = loaded.warnings
        for i, f in enumerate(found):
            if on_workload is not None:
                on_workload(i, f)
            left = len(found) - i  # the budget not spent yet, shared by the workloads not tuned yet
            share = Budget(
                None if budget.trials is None else max(1, (budget.trials - report.trials) // left),
                None
                if budget.seconds is None
                else max(0.0, budget.seconds - (time.monotonic() - start)) / left,
            )
            report.outcomes.append(
                tune_workload(
                    f.workload,
                    runner,
                    chosen,
                    share,
                    previous=loaded.of(f.workload),
                    record=db.add,
                    on_result=(lambda o, r, f=f: on_result(f, o, r)) if on_result is not None else None,
                    seed=seed + i,
                )
            )
        report.seconds = time.monotonic() - start
    finally:
        if own and hasattr(runner, "close"):
            runner.close()
    return report
