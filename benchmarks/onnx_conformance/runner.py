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
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mlc.benchmarks.onnx_conformance import worker
from mlc.benchmarks.onnx_conformance.cases import Case, load_cases
from mlc.benchmarks.onnx_conformance.check import CLASSES, PASS, Outcome, compile_case


class WorkerPool:
    """One restartable worker process."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.proc: subprocess.Popen | None = None
        self.restarts = 0

    def _start(self) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "mlc.benchmarks.onnx_conformance.worker"],
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


def run_cases(cases: Iterable[Case], timeout: float = 300.0, verbose: bool = False) -> list[Outcome]:
    preload()
    pool = WorkerPool(timeout)
    outcomes = []
    try:
        for case in cases:
            program = compile_case(case, timeout)
            outcome = program if isinstance(program, Outcome) else pool.run(case, program)
            outcomes.append(outcome)
            if verbose:
                print(
                    f"{outcome.klass:24} {outcome.seconds:7.2f}s {case.name}  {outcome.message[:160]}",
                    flush=True,
                )
    finally:
        pool.close()
    return outcomes


def summarize(outcomes: list[Outcome], total: int) -> str:
    counts = Counter(o.klass for o in outcomes)
    passed = counts.get(PASS, 0)
    lines = [
        f"ONNX node conformance on the CPU: {passed} of {total} cases pass "
        f"({100.0 * passed / max(total, 1):.1f}%)",
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


def run_suite(
    pattern: str | None, out: Path, name: str, timeout: float, verbose: bool = False, sample: int = 1
) -> str:
    cases = select_cases(pattern, sample)
    start = time.monotonic()
    outcomes = run_cases(cases, timeout, verbose)
    summary = summarize(outcomes, len(cases))
    out.mkdir(parents=True, exist_ok=True)
    records = [
        {"name": o.name, "class": o.klass, "message": o.message, "seconds": o.seconds} for o in outcomes
    ]
    meta = {
        "cases": len(cases),
        "pattern": pattern,
        "sample": sample,
        "wall_seconds": round(time.monotonic() - start, 1),
    }
    (out / f"{name}.json").write_text(json.dumps({"meta": meta, "cases": records}, indent=1) + "\n")
    (out / f"{name}.md").write_text(summary + f"\n\nwall time: {meta['wall_seconds']} s\n")
    return summary
