"""``mlc bench``: compile, check and time a model against its reference runtime (no report)."""

from __future__ import annotations

from mlc.compiler import optimize_driver


def main(argv: list[str] | None = None) -> int:
    return optimize_driver.main(argv, tool="mlc-bench")
