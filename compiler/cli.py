"""What the command-line drivers share besides ``errors.ArgumentParser``: the crash report."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from mlc.compiler import isolation
from mlc.compiler.errors import InternalCompilerError


def crash_report(tool: str, path: str, stage: str) -> Callable[[str, list[dict]], InternalCompilerError]:
    """The report of a crash of ``tool`` on the input file ``path``: the input and the crash log are
    saved, and the error names the last stage the child reported (else ``stage``)."""

    def report(log: str, records: list[dict]) -> InternalCompilerError:
        repro = isolation.new_repro_dir()
        (repro / "crash.log").write_text(log)
        saved = repro / Path(path).name
        if Path(path).is_file():
            shutil.copyfile(path, saved)
        last = records[-1].get("stage", stage) if records else stage
        return InternalCompilerError(
            "",
            hint=f"while running the {last} stage",
            reproducer=f"note: the input and crash log were saved in {repro}\n"
            f"note: reproduce with:\n  {tool} {saved}",
        )

    return report
