"""``mlc``: one command with the tools as subcommands (``mlc compile``, ``mlc run``, ...).

Each subcommand is the tool of the same name (``mlc compile`` is ``mlc-compile``,
which stays as an alias), so options are spelled the same everywhere: ``-o``,
``--target``, ``--arch``, ``--debug``, ``-q/--quiet``. ``mlc optimize`` is the
turnkey path (``optimize_driver``); ``mlc bench`` times an artifact or model
against its reference runtime (``mlc optimize`` restricted to timing and checks).
"""

from __future__ import annotations

import importlib
import sys

from mlc.compiler.errors import ArgumentParser
from mlc.passes._options import closest

# subcommand -> (driver module with main(argv), one line of help)
SUBCOMMANDS = {
    "optimize": ("mlc.compiler.optimize_driver", "import, compile, check, time and report a model in one go"),
    "compile": ("mlc.compiler.compile_driver", "compile a model (.onnx, .pt2, .ll, .mlir) into an artifact"),
    "run": (
        "mlc.compiler.run_driver",
        "run an artifact or a model on numpy inputs, --check against its runtime",
    ),
    "bench": (
        "mlc.compiler.bench_driver",
        "time a model against onnxruntime or torch, or a C program's .ll against itself",
    ),
    "tune": ("mlc.compiler.tune_driver", "tune a model's GEMM schedules into the tuning database"),
    "report": ("mlc.compiler.report_driver", "write an HTML report of an artifact"),
    "opt": ("mlc.compiler.opt_driver", "run passes on MLIR (mlir-opt with mlc's passes)"),
    "translate": ("mlc.compiler.translate_driver", "import a model or .ll into MLIR"),
}


def usage() -> str:
    width = max(map(len, SUBCOMMANDS))
    lines = ["usage: mlc <command> [options]   (mlc <command> --help: its options)", "", "commands:"]
    lines += [f"  {name:{width}}  {text}" for name, (_, text) in SUBCOMMANDS.items()]
    lines += ["", "Each command is also installed as mlc-<command> (mlc-compile, mlc-run, ...)."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0 if argv else 1
    name, rest = argv[0], argv[1:]
    if name not in SUBCOMMANDS:
        near = closest(name, list(SUBCOMMANDS))
        hint = f" (did you mean {' or '.join(near)}?)" if near else ""
        print(f"mlc: error: unknown command '{name}'{hint}\n\n{usage()}", file=sys.stderr)
        return 1
    ArgumentParser.umbrella = "mlc"  # usage and help say 'mlc compile', not 'mlc-compile'
    return importlib.import_module(SUBCOMMANDS[name][0]).main(rest)
