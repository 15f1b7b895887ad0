"""MLIR element types as mlc dtypes: the thin MLIR layer over ``mlc.runtime.dtypes``.

The table itself (names, numpy / ml_dtypes types, MLIR spellings, sizes) lives in
``mlc.runtime.dtypes`` so that the runtime can read it without MLIR.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mlc.compiler.errors import UnsupportedError
from mlc.runtime.dtypes import NARROW_CODES, NARROW_INTS, from_mlir

if TYPE_CHECKING:
    from mlir import ir


def buffer_dtype(t: ir.Type, *, booleans: bool = True) -> str | None:
    """The dtype name of the buffer element type ``t``, or None where the targets hold none:
    types without a dtype, the narrow types (frontends carry those in wider integers), and
    ``i1`` unless ``booleans``."""
    name = from_mlir(str(t))
    if name is None or name in NARROW_CODES or name in NARROW_INTS or (name == "bool" and not booleans):
        return None
    return name


def element_dtype(t: ir.Type, target: str, *, booleans: bool = True, where: str = "", **at: Any) -> str:
    """``buffer_dtype`` of ``t``, or an ``UnsupportedError`` naming ``target`` (placed by ``at``,
    prefixed by ``where``)."""
    name = buffer_dtype(t, booleans=booleans)
    if name is None:
        hint = "store booleans as i8 at buffer boundaries" if str(t) == "i1" else None
        prefix = f"{where}: " if where else ""
        raise UnsupportedError(
            f"{prefix}element type {t} is not supported by the {target} target", hint=hint, **at
        )
    return name
