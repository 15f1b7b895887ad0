"""The one exception family for user-facing errors, and the diagnostic record.

Every error a user can cause is an ``MlcError``. The command-line tools print
``str(error)`` (``file:line:col: error: ...`` plus notes) and exit with status 1;
tracebacks only appear under ``--debug``. Their ``ArgumentParser`` makes usage
errors part of the family. Standard library only: the compiler and the runtime
(``mlc.runtime``, which runs without MLIR) both raise these.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Diagnostic:
    """One diagnostic with an optional source position and attached notes."""

    severity: str  # "error" | "warning" | "remark" | "note"
    message: str
    file: str | None = None
    line: int | None = None
    col: int | None = None
    notes: tuple[Diagnostic, ...] = field(default=())

    def where(self) -> str:
        """``file:line:col`` (as much of it as is known), or '' when unlocated."""
        if self.file is None:
            return ""
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)

    def format(self, indent: str = "") -> str:
        """Render as mlir-opt does: ``file:line:col: severity: message``, notes below."""
        where = self.where()
        head = f"{indent}{where + ': ' if where else ''}{self.severity}: {self.message}"
        return "\n".join([head, *(n.format(indent) for n in self.notes)])


class MlcError(Exception):
    """Base of every user-facing mlc error.

    ``diagnostics`` carries located messages (from MLIR or from mlc itself);
    ``hint`` is one line telling the user what to try next.

    The one way to locate an error at an op is ``loc=op.location``: the location's
    file, line and column are taken at once (``file``/``line``/``col``, what the
    message prints), and the live ``ir.Location`` is kept only for a pass to
    report at; it is dropped when the error is pickled, so an error raised in a
    child process reaches the caller with its class and location intact.
    """

    kind = "error"

    def __init__(
        self,
        message: str,
        *,
        diagnostics: tuple[Diagnostic, ...] | list[Diagnostic] = (),
        hint: str | None = None,
        file: str | None = None,
        line: int | None = None,
        col: int | None = None,
        loc: object | None = None,
        step_index: int | None = None,
        details: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.diagnostics = tuple(diagnostics)
        self.hint = hint
        if loc is not None and file is None:
            from mlc.compiler.diagnostics import location_parts

            file, line, col = location_parts(loc)  # type: ignore[arg-type]
        self.file, self.line, self.col = file, line, col
        # The ``ir.Location`` to report at, for errors raised inside passes (not pickled).
        self.loc = loc
        # Index of the failing pipeline step (for reproducers) and a traceback (for --debug).
        self.step_index = step_index
        self.details = details

    def __reduce__(self):
        return (type(self), self.args, {**self.__dict__, "loc": None})

    def __str__(self) -> str:
        lines = []
        if not self._message_is_redundant():
            lines.append(Diagnostic("error", self.message, self.file, self.line, self.col).format())
        lines.extend(d.format() for d in self.diagnostics)
        if self.hint:
            lines.append(f"note: {self.hint}")
        return "\n".join(lines)

    def _message_is_redundant(self) -> bool:
        return any(d.message == self.message for d in self.diagnostics)


class InputError(MlcError):
    """The input could not be read or parsed (missing file, bad IR, corrupt model)."""


class MissingExtra(InputError, ImportError):
    """A feature needs an optional extra that is not installed; the hint names the pip command.

    It is an ``ImportError`` too, so code that falls back when an optional module is
    missing (the learned cost model, say) falls back on it as well.
    """


class PipelineError(MlcError):
    """The pass pipeline is malformed: unknown pass, bad option name or value."""


class UnsupportedError(MlcError):
    """The input is valid but uses something mlc does not handle yet."""


class PassFailure(MlcError):
    """A pass signalled failure. ``reproducer`` says how to replay the failing step."""

    def __init__(self, message: str, *, reproducer: str | None = None, **kw) -> None:
        super().__init__(message, **kw)
        self.reproducer = reproducer

    def __str__(self) -> str:
        text = super().__str__()
        return f"{text}\n{self.reproducer}" if self.reproducer else text


class InternalCompilerError(MlcError):
    """mlc or a library under it crashed; the input was saved for reproduction."""

    kind = "internal compiler error"

    def __init__(self, message: str, *, reproducer: str | None = None, **kw) -> None:
        super().__init__(message, **kw)
        self.reproducer = reproducer

    def __str__(self) -> str:
        text = f"internal compiler error: {self.message}"
        if self.hint:
            text += f"\nnote: {self.hint}"
        return f"{text}\n{self.reproducer}" if self.reproducer else text


class ArgumentParser(argparse.ArgumentParser):
    """An argparse parser whose usage errors are ``PipelineError``s (``tool: error: ...``, exit 1).

    Under the umbrella command (``umbrella`` set by ``mlc``), ``mlc-compile`` calls itself
    ``mlc compile`` in usage and help."""

    umbrella: str | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        prog = kwargs.get("prog")
        if self.umbrella and isinstance(prog, str) and prog.startswith(f"{self.umbrella}-"):
            kwargs["prog"] = f"{self.umbrella} {prog.removeprefix(self.umbrella + '-')}"
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise PipelineError(message, hint=f"{self.prog} --help lists the options")
