"""The differential tester's driver: run many seeded cases of one kind, classify, reduce, save.

``python -m mlc.benchmarks.difftest --kind onnx --seed 0 --n 100`` runs graphs 0..99. Each
case's outcome (``compare.OUTCOMES``) is appended to a JSON-lines log as it finishes, so a
long run can be stopped and resumed (``--resume`` skips the seeds already logged).
Mismatches and crashes are reduced (``reduce``) and their reproductions saved.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from mlc.compiler.testing.compare import Outcome

KINDS = ("onnx", "kernels", "tuned", "loops")
_SETTLED = ("ok", "invalid")  # outcomes ``rerun`` does not run again
ONNX_BATCH = 16  # random graphs compiled together as one model (``onnx_cases.check_batch``)


def case_runner(kind: str, target: str = "cpu") -> Callable[..., Outcome]:
    """The function that runs one seeded case of ``kind``."""
    if kind == "onnx":
        from mlc.compiler.testing.onnx_cases import run_case

        return lambda seed, out_dir, reduce: run_case(seed, target, out_dir, reduce)
    if kind == "kernels":
        from mlc.compiler.testing.kernels import run_case as run_kernel

        return run_kernel
    if kind == "tuned":
        from mlc.compiler.testing.kernels import run_case as run_kernel

        return lambda seed, out_dir, reduce: run_kernel(seed, out_dir, reduce, tuned=True)
    if kind == "loops":
        from mlc.compiler.testing.loop_nests import run_case as run_nest

        return run_nest
    raise ValueError(f"unknown kind {kind!r}; kinds: {', '.join(KINDS)}")


def run_many(
    kind: str,
    seeds: range,
    out_dir: Path,
    log: Path | None = None,
    target: str = "cpu",
    reduce: bool = True,
    resume: bool = False,
    batch: int = ONNX_BATCH,
    rerun: bool = False,
) -> Iterator[Outcome]:
    """Run every seed of ``seeds`` and yield its outcome (appended to ``log`` as JSON lines);
    ONNX graphs ``batch`` at a time. ``resume`` skips the seeds ``log`` has; ``rerun`` (with
    ``resume``) runs again those of its seeds that failed or were unsupported (after a fix),
    their old lines dropped from ``log``."""
    run = case_runner(kind, target)
    done: set[int] = set()
    if resume and log is not None and log.exists():
        records = [json.loads(x) for x in log.read_text().splitlines() if x.strip()]
        again = {r["seed"] for r in records if rerun and r["seed"] in seeds and r["outcome"] not in _SETTLED}
        if again:
            kept = [r for r in records if r["seed"] not in again]
            log.write_text("".join(json.dumps(r) + "\n" for r in kept))
        done = {r["seed"] for r in records} - again
    todo = [s for s in seeds if s not in done]
    size = max(1, batch) if kind == "onnx" else 1
    for first in range(0, len(todo), size):
        group = todo[first : first + size]
        start = time.perf_counter()
        if kind == "onnx":
            from mlc.compiler.testing.onnx_cases import check_batch, run_case

            known = check_batch(group, target)
            results = [run_case(s, target, out_dir, reduce, known[s]) for s in group]
        else:
            results = [run(group[0], out_dir, reduce)]
        seconds = round((time.perf_counter() - start) / len(group), 2)
        for result in results:
            result.info["seconds"] = seconds
            if log is not None:
                with log.open("a") as f:
                    f.write(json.dumps(result.to_json()) + "\n")
            yield result


def summarize(outcomes: list[dict]) -> Counter:
    """Cases per outcome class."""
    return Counter(o["outcome"] for o in outcomes)
