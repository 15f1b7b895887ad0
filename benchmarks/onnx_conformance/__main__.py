"""``python -m mlc.benchmarks.onnx_conformance [-k PATTERN] [--out DIR]``: run the node suite."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mlc.benchmarks.onnx_conformance.runner import SuiteOptions, run_suite

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "results"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m mlc.benchmarks.onnx_conformance", description=__doc__)
    p.add_argument("-k", dest="pattern", help="only cases whose name contains this (a regex)")
    p.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="results folder (default: benchmarks/results)"
    )
    p.add_argument("--name", default="onnx_conformance", help="results file stem (default: onnx_conformance)")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds per case (default 120)")
    p.add_argument("--sample", type=int, default=1, metavar="N", help="run every N-th selected case")
    p.add_argument("--jobs", type=int, default=1, help="parallel shard processes (default 1)")
    p.add_argument("--shard", default="0/1", metavar="I/N", help="run only cases[I::N] (used by --jobs)")
    p.add_argument("--opt-level", type=int, default=0, help="LLVM optimization level of the JIT (default 0)")
    p.add_argument("--quiet", action="store_true", help="no per-case lines")
    ns = p.parse_args(argv)
    index, _, count = ns.shard.partition("/")
    options = SuiteOptions(
        pattern=ns.pattern,
        sample=ns.sample,
        shard=(int(index), int(count or 1)),
        jobs=ns.jobs,
        timeout=ns.timeout,
        opt_level=ns.opt_level,
        verbose=not ns.quiet,
    )
    summary = run_suite(options, ns.out, ns.name)
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
