"""Capture MLIR diagnostics as ``Diagnostic`` records, and let Python passes emit their own.

MLIR reports errors raised during parsing and pass execution through
``MLIRError.error_diagnostics`` and everything else through the context's
diagnostic handler. The Python bindings can only emit *errors*
(``Location.emit_error``), so remarks and warnings from mlc passes go through
``emit`` below into the active ``DiagnosticSink``. Both streams end up in one
list, which the CLI prints and ``--verify-diagnostics`` checks.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mlc.compiler.errors import Diagnostic

if TYPE_CHECKING:
    from mlir import ir

_SEVERITY = {"ERROR": "error", "WARNING": "warning", "REMARK": "remark", "NOTE": "note"}


def location_parts(loc: ir.Location) -> tuple[str | None, int | None, int | None]:
    """(file, line, col) of the first file location inside ``loc``, else Nones."""
    if loc.is_a_file():
        return loc.filename, loc.start_line, loc.start_col
    if loc.is_a_name():
        return location_parts(loc.child_loc)
    if loc.is_a_callsite():
        return location_parts(loc.callee)
    if loc.is_a_fused():
        for sub in loc.locations:
            parts = location_parts(sub)
            if parts[0] is not None:
                return parts
    return None, None, None


def _severity(sev: object) -> str:
    return _SEVERITY.get(getattr(sev, "name", str(sev)).split(".")[-1], "error")


def convert(diag: ir.Diagnostic | ir.DiagnosticInfo, rename: dict[str, str] | None = None) -> Diagnostic:
    """Turn an MLIR diagnostic (live or captured) into a ``Diagnostic``."""
    file, line, col = location_parts(diag.location)
    if rename is None and _ACTIVE:
        rename = _ACTIVE[-1].rename
    if rename and file in rename:
        file = rename[file]
    notes = tuple(convert(n, rename) for n in diag.notes)
    return Diagnostic(_severity(diag.severity), str(diag.message), file, line, col, notes)


class DiagnosticSink:
    """Collects diagnostics from an MLIR context and from mlc passes, in order."""

    def __init__(self, rename: dict[str, str] | None = None) -> None:
        self.rename = dict(rename or {})
        self.diagnostics: list[Diagnostic] = []

    def handle(self, diag: ir.Diagnostic) -> bool:
        self.diagnostics.append(convert(diag, self.rename))
        return True

    def add_mlir_error(self, err: ir.MLIRError) -> list[Diagnostic]:
        """Record the diagnostics carried by an ``MLIRError``; returns them."""
        new = [convert(d, self.rename) for d in err.error_diagnostics]
        self.diagnostics.extend(new)
        return new

    def add(self, severity: str, message: str, loc: ir.Location | None = None) -> None:
        file, line, col = location_parts(loc) if loc is not None else (None, None, None)
        if self.rename and file in self.rename:
            file = self.rename[file]
        self.diagnostics.append(Diagnostic(severity, message, file, line, col))


_ACTIVE: list[DiagnosticSink] = []


@contextlib.contextmanager
def capture(context: ir.Context, sink: DiagnosticSink | None = None) -> Iterator[DiagnosticSink]:
    """Route the context's diagnostics and ``emit`` calls into ``sink`` for the block."""
    sink = sink or DiagnosticSink()
    handler = context.attach_diagnostic_handler(sink.handle)
    _ACTIVE.append(sink)
    try:
        yield sink
    finally:
        _ACTIVE.pop()
        handler.detach()


def emit(severity: str, message: str, loc: ir.Location) -> None:
    """Emit a remark/warning/error from Python code (e.g. a pass) at ``loc``.

    Errors also go through MLIR (``Location.emit_error``) so that a failing pass
    reports them in its ``MLIRError``; remarks and warnings, which the bindings
    cannot emit, go to the innermost active sink.
    """
    if severity == "error":
        loc.emit_error(message)
        return
    if _ACTIVE:
        _ACTIVE[-1].add(severity, message, loc)


def remark(loc: ir.Location, message: str) -> None:
    """Emit a remark at ``loc`` (shown by the CLI, checked by ``expected-remark``)."""
    emit("remark", message, loc)


def warning(loc: ir.Location, message: str) -> None:
    """Emit a warning at ``loc``."""
    emit("warning", message, loc)
