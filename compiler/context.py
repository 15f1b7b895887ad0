"""Creating MLIR contexts configured the way every mlc component expects."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mlir import ir


def make_context(*, allow_unregistered: bool = False) -> ir.Context:
    """A fresh context with all upstream dialects and mlc's own dialects.

    Multithreading is off: Python passes hold the GIL anyway, IR dumps must not
    interleave, and the CLI forks worker processes, which is only safe without
    a live thread pool.
    """
    from mlir import ir

    from mlc.dialects import load_all

    ctx = ir.Context()
    ctx.enable_multithreading(False)
    ctx.allow_unregistered_dialects = allow_unregistered
    load_all(ctx)
    return ctx
