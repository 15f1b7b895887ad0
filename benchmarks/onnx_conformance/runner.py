"""Drive the conformance run over many cases and write the results.

The runner compiles each case in a forked child (``check.compile_case``); it
loads torch_mlir before the upstream bindings, the only order in which both
work in one process, so the children do not pay for importing them. One worker
process JIT-compiles and runs the programs in turn. When it dies (the compiled
code of a case crashed it) or stops answering, the case is recorded as
``crash-at-run`` or ``timeout`` and a fresh worker takes the next case, so
interpreter start-up is paid per crash, not per case.
"""

from __future__ import annotations

import json
import re
import select
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from mlc.benchmarks.onnx_conformance import worker
from mlc.benchmarks.onnx_conformance.cases import Case, load_cases
from mlc.benchmarks.onnx_conformance.check import CLASSES, PASS, UNDEFINED, Outcome, compile_case


class WorkerPool:
    """One restartable worker process."""

    def __init__(self, timeout: float, opt_level: int = 0) -> None:
        self.timeout = timeout
        self.opt_level = opt_level
        self.proc: subprocess.Popen | None = None
        self.restarts = 0

    def _start(self) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "mlc.benchmarks.onnx_conformance.worker", str(self.opt_level)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )

    def run(self, case: Case, program: Any) -> Outcome:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = self._start()
        proc = self.proc
        assert proc.stdin is not None and proc.stdout is not None
        start = time.monotonic()
        try:
            worker.send(proc.stdin, (case, program))
            ready, _, _ = select.select([proc.stdout], [], [], self.timeout * 2 + 60)
            if not ready:
                self._kill()
                return Outcome(case.name, "timeout", f"no answer after {time.monotonic() - start:.0f} s", 0.0)
            return worker.receive(proc.stdout)
        except (EOFError, BrokenPipeError):
            code = proc.wait()
            self.proc = None
            self.restarts += 1
            return Outcome(
                case.name, "crash-at-run", f"worker exited with {code}", round(time.monotonic() - start, 3)
            )

    def _kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None
            self.restarts += 1

    def close(self) -> None:
        if self.proc is not None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait()
            self.proc = None


def select_cases(pattern: str | None, sample: int = 1) -> list[Case]:
    """Cases whose name matches ``pattern`` (all if None), then every ``sample``-th of them."""
    cases = load_cases()
    if pattern:
        rx = re.compile(pattern)
        cases = [c for c in cases if rx.search(c.name)]
    return cases[::sample]


def preload() -> None:
    """Import torch-mlir, then the upstream bindings, so forked children start with both."""
    import onnx  # noqa: F401
    import torch_mlir.extras.onnx_importer
    import torch_mlir.ir
    import torch_mlir.passmanager  # noqa: F401
    from mlir import ir, passmanager  # noqa: F401

    from mlc.compiler.context import make_context

    make_context()


def run_cases(
    cases: Iterable[Case], timeout: float = 120.0, verbose: bool = False, opt_level: int = 0
) -> list[Outcome]:
    """Run ``cases``; ``verbose``: a line per case, and a progress bar (case and count) on a terminal."""
    from mlc.compiler.progress import Progress

    cases = list(cases)
    preload()
    pool = WorkerPool(timeout, opt_level)
    outcomes = []
    try:
        with Progress("ONNX conformance", total=len(cases), quiet=not verbose) as bar:
            for case in cases:
                bar.update(case.name)
                program = compile_case(case, timeout)
                outcome = program if isinstance(program, Outcome) else pool.run(case, program)
                outcomes.append(outcome)
                bar.advance()
                if verbose:  # above the bar: rich redirects stdout while it draws
                    print(
                        f"{outcome.klass:24} {outcome.seconds:7.2f}s {case.name}  {outcome.message[:160]}",
                        flush=True,
                    )
    finally:
        pool.close()
    return outcomes


def summarize(outcomes: list[Outcome], total: int) -> str:
    counts = Counter(o.klass for o in outcomes)
    passed, undefined = counts.get(PASS, 0), counts.get(UNDEFINED, 0)
    headline = (
        f"ONNX node conformance on the CPU: {passed} of {total} cases pass "
        f"({100.0 * passed / max(total, 1):.1f}%)"
    )
    if undefined:
        headline += f"; {undefined} more match every element that ONNX defines ({UNDEFINED})"
    lines = [
        headline,
        "",
        "| class | cases | meaning |",
        "| --- | ---: | --- |",
    ]
    for klass, meaning in CLASSES.items():
        if counts.get(klass):
            lines.append(f"| {klass} | {counts[klass]} | {meaning} |")
    crashes = counts.get("crash-at-run", 0)
    lines += ["", f"worker process crashes: {crashes}"]
    return "\n".join(lines)


@dataclass(frozen=True)
class SuiteOptions:
    pattern: str | None = None  # regex on case names
    sample: int = 1  # every N-th selected case
    shard: tuple[int, int] = (0, 1)  # (index, count): this process runs cases[index::count]
    jobs: int = 1  # shards run in parallel processes
    timeout: float = 120.0  # seconds per case
    opt_level: int = 0  # LLVM optimization level of the JIT (the suite checks numerics, not speed)
    verbose: bool = False


def _run_shards(options: SuiteOptions, tmp: Path) -> list[dict]:
    """Run ``options.jobs`` shard processes and gather their per-case records."""
    procs = []
    for i in range(options.jobs):
        cmd = [
            sys.executable,
            "-m",
            "mlc.benchmarks.onnx_conformance",
            "--out",
            str(tmp),
            "--name",
            f"shard{i}",
            "--shard",
            f"{i}/{options.jobs}",
            "--sample",
            str(options.sample),
            "--timeout",
            str(options.timeout),
            "--opt-level",
            str(options.opt_level),
            *(["-k", options.pattern] if options.pattern else []),
            *([] if options.verbose else ["--quiet"]),
        ]
        procs.append(subprocess.Popen(cmd, stdout=None if options.verbose else subprocess.DEVNULL))
    for proc in procs:
        proc.wait()
    records = []
    for i in range(options.jobs):
        records += json.loads((tmp / f"shard{i}.json").read_text())["cases"]
    return sorted(records, key=lambda r: r["name"])


def run_suite(options: SuiteOptions, out: Path, name: str) -> str:
    """Run the selected cases and write ``name.json`` (per case) and ``name.md`` (summary) to ``out``."""
    start = time.monotonic()
    if options.jobs > 1:
        with tempfile.TemporaryDirectory(prefix="mlc-conformance-") as tmp:
            records = _run_shards(options, Path(tmp))
        total = len(records)
    else:
        index, count = options.shard
        cases = select_cases(options.pattern, options.sample)[index::count]
        outcomes = run_cases(cases, options.timeout, options.verbose, options.opt_level)
        records = [
            {"name": o.name, "class": o.klass, "message": o.message, "seconds": o.seconds} for o in outcomes
        ]
        total = len(cases)
    summary = summarize([Outcome(r["name"], r["class"], r["message"], r["seconds"]) for r in records], total)
    out.mkdir(parents=True, exist_ok=True)
    meta = {**asdict(options), "cases": total, "wall_seconds": round(time.monotonic() - start, 1)}
    (out / f"{name}.json").write_text(json.dumps({"meta": meta, "cases": records}, indent=1) + "\n")
    (out / f"{name}.md").write_text(summary + f"\n\nwall time: {meta['wall_seconds']} s\n")
    return summary
