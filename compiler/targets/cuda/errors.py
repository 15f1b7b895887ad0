"""Locating errors of the CUDA target at an op: picklable file/line/col instead of an ``ir.Location``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import location_parts

if TYPE_CHECKING:
    from mlir import ir


def at(loc: ir.Location) -> dict:
    """Keyword arguments placing an ``MlcError`` at ``loc`` (errors cross process boundaries pickled)."""
    file, line, col = location_parts(loc)
    return {"file": file, "line": line, "col": col}
