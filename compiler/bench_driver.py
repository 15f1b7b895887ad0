"""``mlc bench``: compile, check and time a model against its reference runtime (no report), or a
whole C program's LLVM IR (``.ll``) against the same IR built as it is (``ll_bench``)."""

from __future__ import annotations

import sys

from mlc.compiler import optimize_driver
from mlc.compiler.optimize_driver import SUFFIXES


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    inputs = [a for a in argv if not a.startswith("-")]
    if any(a.endswith(".ll") for a in inputs) and not any(a.endswith(SUFFIXES) for a in inputs):
        from mlc.compiler import ll_bench

        return ll_bench.main(argv)
    return optimize_driver.main(argv, tool="mlc-bench")
