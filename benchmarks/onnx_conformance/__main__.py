"""``python -m mlc.benchmarks.onnx_conformance [-k PATTERN] [--out DIR]``: run the node suite."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mlc.benchmarks.onnx_conformance.runner import run_suite

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
    p.add_argument("--quiet", action="store_true", help="no per-case lines")
    ns = p.parse_args(argv)
    summary = run_suite(ns.pattern, ns.out, ns.name, ns.timeout, verbose=not ns.quiet, sample=ns.sample)
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
