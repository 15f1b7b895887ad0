"""Calls that a raised function may keep: to functions that touch no memory but ``errno``.

clang keeps libm calls such as ``sqrt`` as calls under ``-fmath-errno`` (the
default on Linux) and marks their declarations ``memory(errnomem: write)``.
Such a call reads no memory and writes none that the function's arrays can
alias, so it can stay an ``llvm.call`` inside raised loops: its value and its
``errno`` write are exactly the original's.

LLVM's own rewrites can declare a libm function with no attributes at all
(``pow(2.0f, x)`` becomes ``exp2f(x)`` declared bare). The C standard reserves
those names and gives them no effect but ``errno``, so a declaration named for
a ``<math.h>`` function counts the same (functions that write through a pointer
argument, such as ``frexp``, or a global, such as ``lgamma``, are not among them).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mlir import ir

_EFFECT = re.compile(r"(\w+) = (none|read|write|readwrite)")
# Memory kinds a kept call may touch (clang's errno), and those it must not.
_MAY_WRITE = {"errnoMem"}
_MATH = [
    "sqrt",
    "cbrt",
    "hypot",
    "exp",
    "exp2",
    "expm1",
    "log",
    "log2",
    "log10",
    "log1p",
    "pow",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "atan2",
    "sinh",
    "cosh",
    "tanh",
    "asinh",
    "acosh",
    "atanh",
    "erf",
    "erfc",
    "tgamma",
    "fabs",
    "floor",
    "ceil",
    "trunc",
    "round",
    "rint",
    "nearbyint",
    "fmod",
    "remainder",
    "fmin",
    "fmax",
    "fdim",
    "copysign",
    "fma",
]
# The double, float and long double forms of each.
LIBM_FUNCTIONS = frozenset(f"{base}{suffix}" for base in _MATH for suffix in ("", "f", "l"))


def _module_of(op: ir.Operation) -> ir.Operation | None:
    parent = op.parent
    while parent is not None and parent.name != "builtin.module":
        parent = parent.parent
    return parent


def _floats_to_float(call: ir.Operation) -> bool:
    """Whether ``call`` takes only floating-point values and returns one, as a math function does."""
    from mlir import ir

    types = [v.type for v in call.operands] + [r.type for r in call.results]
    return len(call.results) == 1 and all(isinstance(t, ir.FloatType) for t in types)


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
    if name in LIBM_FUNCTIONS and len(callee.regions[0].blocks) == 0:
        return _floats_to_float(call)
    if "memory_effects" not in callee.attributes or "no_unwind" not in callee.attributes:
        return False
    effects = dict(_EFFECT.findall(str(callee.attributes["memory_effects"])))
    return bool(effects) and all(v == "none" or k in _MAY_WRITE for k, v in effects.items())
