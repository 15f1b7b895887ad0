"""Calls that a raised function may keep: to functions that touch no memory but ``errno``.

clang keeps libm calls such as ``sqrt`` as calls under ``-fmath-errno`` (the
default on Linux) and marks their declarations ``memory(errnomem: write)``.
Such a call reads no memory and writes none that the function's arrays can
alias, so it can stay an ``llvm.call`` inside raised loops: its value and its
``errno`` write are exactly the original's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mlir import ir

_EFFECT = re.compile(r"(\w+) = (none|read|write|readwrite)")
# Memory kinds a kept call may touch (clang's errno), and those it must not.
_MAY_WRITE = {"errnoMem"}


def _module_of(op: ir.Operation) -> ir.Operation | None:
    parent = op.parent
    while parent is not None and parent.name != "builtin.module":
        parent = parent.parent
    return parent


def touches_only_errno(call: ir.Operation) -> bool:
    """Whether ``call`` is a direct ``llvm.call`` of a function whose memory effects are at most errno."""
    from mlir import ir

    if call.name != "llvm.call" or "callee" not in call.attributes:
        return False
    module = _module_of(call)
    if module is None:
        return False
    name = ir.FlatSymbolRefAttr(call.attributes["callee"]).value
    try:
        callee = ir.SymbolTable(module)[name]
    except KeyError:
        return False
    if "memory_effects" not in callee.attributes or "no_unwind" not in callee.attributes:
        return False
    effects = dict(_EFFECT.findall(str(callee.attributes["memory_effects"])))
    return bool(effects) and all(v == "none" or k in _MAY_WRITE for k, v in effects.items())
