"""Differential testing against peers (``mlc.compiler.testing``): the command line.

    python -m mlc.benchmarks.difftest --kind onnx --seed 0 --n 2000 [--target cuda]
    python -m mlc.benchmarks.difftest --kind kernels --seed 0 --n 1000
    python -m mlc.benchmarks.difftest --kind tuned --seed 0 --n 200     # random tuned GEMM schedules
    python -m mlc.benchmarks.difftest --kind loops --seed 0 --n 500

Each case's outcome goes to ``--log`` (JSON lines; ``--resume`` continues a run), and
every mismatch or crash, reduced, to ``--out`` (default ``benchmarks/results/difftest/``).
Exit status 1 if any case was a mismatch or a crash.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from mlc.compiler.testing.compare import OUTCOMES
from mlc.compiler.testing.difftest import KINDS, ONNX_BATCH, run_many, summarize

RESULTS = Path(__file__).resolve().parent / "results" / "difftest"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m mlc.benchmarks.difftest", description=__doc__.split("\n")[0])
    p.add_argument("--kind", choices=KINDS, default="onnx")
    p.add_argument("--seed", type=int, default=0, help="first seed")
    p.add_argument("--n", type=int, default=10, help="number of cases")
    p.add_argument("--target", choices=("cpu", "cuda"), default="cpu", help="onnx: cuda runs the emulator")
    p.add_argument("--out", type=Path, default=RESULTS, help="where reproductions are saved")
    p.add_argument("--log", type=Path, help="JSON-lines log of every case")
    p.add_argument("--resume", action="store_true", help="skip the seeds already in --log")
    p.add_argument("--batch", type=int, default=ONNX_BATCH, help="onnx: graphs compiled together")
    p.add_argument("--rerun", action="store_true", help="with --resume: run the logged failures again")
    p.add_argument("--no-reduce", action="store_true", help="save failing cases as generated")
    p.add_argument("-q", "--quiet", action="store_true", help="print only failures and the summary")
    p.add_argument("--summarize", nargs="+", type=Path, metavar="LOG", help="count the outcomes of logs")
    p.add_argument("--json", type=Path, help="with --summarize: also write the counts here")
    return p.parse_args(argv)


def count_logs(logs: list[Path]) -> dict[tuple[str, str], Counter]:
    """Outcomes in JSON-lines logs by (kind, strategy or stage); a seed logged twice counts once
    (its last line)."""
    last: dict[tuple[str, str, int], dict] = {}
    for log in logs:
        for line in log.read_text().splitlines():
            r = json.loads(line)
            last[(r["kind"], r["info"].get("target", ""), r["seed"])] = r
    rows: dict[tuple[str, str], Counter] = {}
    for r in last.values():
        group = r["info"].get("strategy") or r["info"].get("stage") or r["info"].get("target") or "-"
        if r["kind"] == "onnx":
            group = r["info"].get("target", "-")
        rows.setdefault((r["kind"], group), Counter())[r["outcome"]] += 1
    return rows


def summarize_logs(logs: list[Path], json_out: Path | None = None) -> str:
    """A markdown table of the outcomes in JSON-lines logs, by kind and by strategy or stage
    (and, with ``json_out``, the same counts as JSON)."""
    rows = count_logs(logs)
    if json_out is not None:
        data = [{"kind": k, "group": g, "cases": sum(c.values()), **c} for (k, g), c in sorted(rows.items())]
        json_out.write_text(json.dumps(data, indent=1) + "\n")
    head = "| kind | strategy / stage | cases | " + " | ".join(OUTCOMES) + " |"
    lines = [head, "|" + " --- |" * (3 + len(OUTCOMES))]
    for (kind, group), c in sorted(rows.items()):
        lines.append(
            f"| {kind} | {group} | {sum(c.values())} | " + " | ".join(str(c[o]) for o in OUTCOMES) + " |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ns = parse_args(argv)
    if ns.summarize:
        print(summarize_logs(ns.summarize, ns.json))
        return 0
    outcomes = []
    seeds = range(ns.seed, ns.seed + ns.n)
    reduce = not ns.no_reduce
    runs = run_many(ns.kind, seeds, ns.out, ns.log, ns.target, reduce, ns.resume, ns.batch, ns.rerun)
    for r in runs:
        outcomes.append(r.to_json())
        if not ns.quiet or r.outcome in ("mismatch", "crash"):
            where = f" -> {r.reproducer}" if r.reproducer else ""
            print(f"{ns.kind} {r.seed}: {r.outcome} {r.detail[:160]}{where}", flush=True)
    counts = summarize(outcomes)
    print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "no cases")
    return 1 if counts["mismatch"] or counts["crash"] else 0


if __name__ == "__main__":
    sys.exit(main())
