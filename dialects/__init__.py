"""mlc's own dialects, defined in IRDL (``*.mlir`` files here) and loaded at runtime.

Each ``<name>.mlir`` file in this folder holds one ``irdl.dialect``. They are
loaded into every context made by ``mlc.compiler.context.make_context``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mlir import ir

_HERE = Path(__file__).parent


def dialect_files() -> list[Path]:
    """The IRDL definition files shipped with mlc."""
    return sorted(_HERE.glob("*.mlir"))


def load_all(context: ir.Context) -> None:
    """Load every mlc IRDL dialect into ``context`` (a no-op when there are none)."""
    from mlir import ir
    from mlir.dialects import irdl

    for path in dialect_files():
        module = ir.Module.parse(path.read_text(), context)
        irdl.load_dialects(module)
