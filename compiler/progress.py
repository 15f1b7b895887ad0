"""Progress bars on long work (rich): the stage and the count, on a terminal only.

``Progress`` draws on stderr when it is a terminal and ``quiet`` is not set;
otherwise every method does nothing, so logs and pipes stay clean. The
command-line tools show the stages their forked child reports
(``isolation.progress``) through ``follow_stages``.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any, TextIO


def enabled(quiet: bool = False, stream: TextIO | None = None) -> bool:
    """Whether progress is drawn: not ``quiet``, and ``stream`` (stderr) is a terminal."""
    stream = stream or sys.stderr
    return not quiet and hasattr(stream, "isatty") and stream.isatty()


class Progress:
    """``with Progress("compiling", total=n) as p: p.update("lower"); p.advance()``."""

    def __init__(
        self,
        what: str,
        total: float | None = None,
        *,
        quiet: bool = False,
        stream: TextIO | None = None,
        eta: bool = False,
    ):
        self.what = what
        self.total = total
        self.count: float = 0
        self._bar: Any = None
        self._task: Any = None
        if enabled(quiet, stream):
            from rich import progress as rp
            from rich.console import Console

            columns: list[Any] = [rp.SpinnerColumn(), rp.TextColumn("{task.description}")]
            if total is not None:
                columns += [rp.BarColumn(), rp.MofNCompleteColumn()]
            columns.append(rp.TimeElapsedColumn())
            if eta and total is not None:
                columns.append(rp.TimeRemainingColumn())
            console = Console(file=stream or sys.stderr)
            self._bar = rp.Progress(*columns, console=console, transient=True)

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
            self._task = self._bar.add_task(self.what, total=self.total)
        return self

    def __exit__(self, kind: type | None, value: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()

    def update(self, stage: str) -> None:
        """Name the current stage; without a total, each new stage counts one."""
        if self.total is None:
            self.count += 1
        if self._bar is not None:
            label = (
                f"{self.what}: {stage}"
                if self.total is not None
                else f"{self.what}: step {self.count}, {stage}"
            )
            self._bar.update(self._task, description=label, completed=self.count)

    def advance(self, n: int = 1) -> None:
        self.count += n
        if self._bar is not None:
            self._bar.update(self._task, completed=self.count)

    def set(self, completed: float, description: str) -> None:
        """Set the count (in the units of ``total``) and the text after the label."""
        self.count = completed
        if self._bar is not None:
            self._bar.update(self._task, completed=completed, description=f"{self.what}: {description}")

    @property
    def active(self) -> bool:
        return self._bar is not None
