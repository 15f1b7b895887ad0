"""What the command-line drivers share besides ``errors.ArgumentParser``: running the work isolated."""

from __future__ import annotations

import shlex
import sys
from collections.abc import Callable
from pathlib import Path

from mlc.compiler import isolation
from mlc.compiler.errors import InternalCompilerError, MlcError


def input_reproducer(tool: str, path: str, args: list[str] = ()) -> isolation.Reproducer:
    """A crash of ``tool`` on the file ``path`` saves it; the replay is ``tool <saved copy> args...``."""
    name = Path(path).name
    files = {name: Path(path).read_bytes()} if Path(path).is_file() else {}
    return isolation.Reproducer(files, command=lambda repro, _: shlex.join([tool, str(repro / name), *args]))


def run_tool(
    tool: str,
    work: Callable[[], int],
    repro: isolation.Reproducer,
    stage: str,
    debug: bool = False,
    show_progress: str | None = None,
) -> int:
    """Run a tool's ``work`` in a forked child (``isolation.call``) and return its exit code.

    The tool has touched no MLIR yet, so forking is cheap and safe. An ``MlcError``
    is printed as ``tool: file:line:col: error: ...`` (exit 1); a crash of the child
    as an internal compiler error with the reproducer ``repro`` saved. Python
    tracebacks of internal errors are shown only with ``debug``; ``show_progress``: a label
    for the progress line of the stages the child reports (on a terminal only).
    """
    try:
        return isolation.call(
            work, stage=stage, repro=repro, fresh=False, echo_stderr=True, show_progress=show_progress
        )
    except InternalCompilerError as e:
        print(f"{tool}: {e}", file=sys.stderr)
        if e.details and debug:
            print(e.details.rstrip(), file=sys.stderr)
        elif e.details:
            print(f"{tool}: note: rerun with --debug for the Python traceback", file=sys.stderr)
        return 1
    except MlcError as e:
        print(f"{tool}: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
