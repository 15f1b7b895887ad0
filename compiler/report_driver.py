"""The ``mlc-report`` driver: an artifact in, one self-contained HTML page out (``mlc.compiler.report``)."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from mlc.compiler.cli import input_reproducer, run_tool
from mlc.compiler.errors import ArgumentParser, InputError, MlcError

TOOL = "mlc-report"


def parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog=TOOL,
        allow_abbrev=False,
        description="Write an HTML report of an artifact (.mlc): per-kernel tables, access heat maps, "
        "a roofline, tiling pictures, the fusion graph, and for .ll inputs the loop nests. One file, "
        "figures embedded.",
    )
    p.add_argument(
        "input",
        help="artifact written by mlc-compile (cuda: compile with --emulation for the "
        "access maps and tiling pictures)",
    )
    p.add_argument("-o", dest="output", metavar="PATH", help="the HTML file (default: <input stem>.html)")
    p.add_argument("--timings", metavar="JSON", help="measured kernel times, {kernel: microseconds}")
    p.add_argument("--debug", action="store_true", help="show Python tracebacks of internal errors")
    return p


def write_report(artifact: str, output: str | Path, timings: str | None = None) -> Path:
    """Build the report of ``artifact`` and write it to ``output``; returns the path."""
    from mlc.compiler.report import build

    page = build(artifact, timings)
    out = Path(output)
    try:
        out.write_text(page)
    except OSError as e:
        raise InputError(f"could not write '{out}': {e.strerror}") from None
    return out


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``mlc-report``; returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        ns = parser().parse_args(argv)
    except MlcError as e:
        print(f"{TOOL}: {e}", file=sys.stderr)
        return 1

    def work() -> int:
        try:
            out = write_report(ns.input, ns.output or Path(ns.input).with_suffix(".html").name, ns.timings)
        except MlcError as e:
            print(f"{TOOL}: {e}", file=sys.stderr)
            if ns.debug:
                traceback.print_exc()
            return 1
        print(f"{TOOL}: wrote {out}", file=sys.stderr)
        return 0

    return run_tool(TOOL, work, input_reproducer(TOOL, ns.input), "the report", debug=ns.debug)
