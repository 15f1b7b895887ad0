"""The ``mlc-translate`` driver: import a model or LLVM IR file and print MLIR.

Imports run in a forked child: torch-mlir and the MLIR libraries can abort on
inputs they do not handle, and that must become an internal compiler error.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from mlc.compiler.cli import input_reproducer, run_tool
from mlc.compiler.errors import ArgumentParser, MlcError

TOOL = "mlc-translate"


def _parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog=TOOL,
        allow_abbrev=False,
        description="Import ONNX models (.onnx), torch.export programs (.pt2), LLVM IR (.ll) or MLIR "
        "(.mlir) and print MLIR.",
    )
    a = p.add_argument
    a("input", help="model or IR file")
    a("-o", dest="output", default="-", metavar="FILE", help="output file (default: stdout)")
    a("--stage", help="where to stop (ONNX/torch: torch|linalg; .ll: see --help of the frontend)")
    a("--no-raise", dest="raise_loops", action="store_false", help=".ll: stop at the llvm dialect")
    a(
        "--raise",
        dest="raise_loops",
        action="store_true",
        help=".ll: raise loops and kernels (default)",
    )
    a(
        "--verbose",
        action="store_true",
        help="print what was found (loops, strides, kernels) to stderr",
    )
    a("--remarks", action="store_true", help="print remarks, e.g. why something was not raised")
    a("--debug", action="store_true", help="show Python tracebacks of internal errors")
    p.set_defaults(raise_loops=True)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``mlc-translate``; returns the exit code."""
    from mlc.compiler.frontends import FrontendOptions, import_file

    argv = sys.argv[1:] if argv is None else argv
    try:
        ns = _parser().parse_args(argv)
    except MlcError as e:
        print(f"{TOOL}: {e}", file=sys.stderr)
        return 1
    options = FrontendOptions(
        stage=ns.stage, raise_loops=ns.raise_loops, verbose=ns.verbose, remarks=ns.remarks
    )

    def work() -> int:
        try:
            result = import_file(ns.input, options)
        except MlcError as e:
            print(f"{TOOL}: {e}", file=sys.stderr)
            if ns.debug:
                traceback.print_exc()
            return 1
        shown = [d for d in result.diagnostics if ns.remarks or d.severity != "remark"]
        for d in shown:
            print(d.format(), file=sys.stderr)
        if ns.verbose and result.summary:
            print(result.summary, file=sys.stderr)
        if ns.output == "-":
            sys.stdout.write(result.text)
        else:
            try:
                Path(ns.output).write_text(result.text)
            except OSError as e:
                print(
                    f"{TOOL}: error: could not write output file '{ns.output}': {e.strerror}",
                    file=sys.stderr,
                )
                return 1
        return 0

    return run_tool(TOOL, work, input_reproducer(TOOL, ns.input), "the import", debug=ns.debug)
