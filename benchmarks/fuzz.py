"""Mutation fuzzing of the tools (``mlc.compiler.testing.fuzz``): the command line.

    python -m mlc.benchmarks.fuzz --kind mlir --seed 0 --n 200 --keep benchmarks/results/fuzz

Prints the outcome of every input that is not ``ok`` or a clean ``error``, then a count per
outcome class; inputs that crash, hang or show a traceback are copied to ``--keep``.
Exit status 1 if there was any.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from mlc.compiler.testing.fuzz import KINDS, run


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m mlc.benchmarks.fuzz", description=__doc__.split("\n")[0])
    p.add_argument("--kind", choices=KINDS, action="append", help="input kinds (default: all)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--n", type=int, default=20, help="inputs per kind")
    p.add_argument("--keep", type=Path, help="where failing inputs are copied")
    p.add_argument("--json", type=Path, help="write every result here")
    ns = p.parse_args(argv)
    results = []
    for kind in ns.kind or KINDS:
        for r in run(kind, range(ns.seed, ns.seed + ns.n), ns.keep):
            results.append(r)
            if r.outcome not in ("ok", "error"):
                print(f"{kind} {r.seed} ({r.mutation}): {r.outcome}: {r.detail}", flush=True)
        counts = Counter(r.outcome for r in results if r.kind == kind)
        print(f"{kind}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), flush=True)
    if ns.json:
        ns.json.write_text(json.dumps([asdict(r) for r in results], indent=1))
    return 1 if any(r.outcome in ("traceback", "crash", "hang") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
