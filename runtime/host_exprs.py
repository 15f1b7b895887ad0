"""Integer expressions the host evaluates at run time: sizes, launch grids and checks of kernels from C.

An artifact compiled from a C function (``.ll``) has sizes known only at run
time. Its manifest holds them as a list of expressions, each one an entry
``[op, type, args, attr]``: ``op`` an ``arith`` op name (``arith.addi``,
``arith.maxsi``, ``arith.cmpi`` with its predicate in ``attr``, ...) or one of
``const`` (``attr``: the value), ``param`` (``attr``: the position of a scalar
argument), ``address`` (``attr``: the position of an array argument, its
address) and ``extent`` (elements a strided view reaches: args ``offset,
size..., stride...``; zero when a size is zero). ``args`` are indices of
earlier entries. Integers are two's complement of the type's width (``index``:
64 bits). Standard library only: the runtime evaluates these without MLIR.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mlc.compiler.errors import InputError

Expr = list  # [op, type, args, attr]

_CMP = {
    0: lambda a, b, u: a == b,
    1: lambda a, b, u: a != b,
    2: lambda a, b, u: a < b,
    3: lambda a, b, u: a <= b,
    4: lambda a, b, u: a > b,
    5: lambda a, b, u: a >= b,
    6: lambda a, b, u: u(a) < u(b),
    7: lambda a, b, u: u(a) <= u(b),
    8: lambda a, b, u: u(a) > u(b),
    9: lambda a, b, u: u(a) >= u(b),
}


def bits(type_name: str) -> int:
    if type_name == "index":
        return 64
    if type_name.startswith("i") and type_name[1:].isdigit():
        return int(type_name[1:])
    raise InputError(f"host expression of type {type_name} is not an integer")


def wrap(value: int, width: int) -> int:
    """``value`` as a signed integer of ``width`` bits (``i1``: 0 or 1)."""
    value &= (1 << width) - 1
    if width > 1 and value >> (width - 1):
        value -= 1 << width
    return value


def _trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _binary(op: str, a: int, b: int, width: int) -> int:
    def u(v: int) -> int:
        return v & ((1 << width) - 1)

    if b == 0 and ("div" in op or "rem" in op):
        return 0  # only ever used under a guard that excludes it (C: undefined)
    table = {
        "arith.addi": lambda: a + b,
        "arith.subi": lambda: a - b,
        "arith.muli": lambda: a * b,
        "arith.divsi": lambda: _trunc_div(a, b),
        "arith.remsi": lambda: a - _trunc_div(a, b) * b,
        "arith.divui": lambda: u(a) // u(b),
        "arith.remui": lambda: u(a) % u(b),
        "arith.ceildivsi": lambda: -((-a) // b),
        "arith.ceildivui": lambda: -((-u(a)) // u(b)),
        "arith.floordivsi": lambda: a // b,
        "arith.maxsi": lambda: max(a, b),
        "arith.minsi": lambda: min(a, b),
        "arith.maxui": lambda: a if u(a) >= u(b) else b,
        "arith.minui": lambda: a if u(a) <= u(b) else b,
        "arith.andi": lambda: a & b,
        "arith.ori": lambda: a | b,
        "arith.xori": lambda: a ^ b,
        "arith.shli": lambda: a << b,
        "arith.shrsi": lambda: a >> b,
        "arith.shrui": lambda: u(a) >> b,
    }
    return wrap(table[op](), width)


BINARY_OPS = tuple(
    f"arith.{name}"
    for name in [
        "addi",
        "subi",
        "muli",
        "divsi",
        "remsi",
        "divui",
        "remui",
        "ceildivsi",
        "ceildivui",
        "floordivsi",
        "maxsi",
        "minsi",
        "maxui",
        "minui",
        "andi",
        "ori",
        "xori",
        "shli",
        "shrsi",
        "shrui",
    ]
)
CASTS = ("arith.index_cast", "arith.index_castui", "arith.extsi", "arith.extui", "arith.trunci")
SUPPORTED = (*BINARY_OPS, *CASTS, "arith.cmpi", "arith.select", "const", "param", "address", "extent")


def evaluate(exprs: Sequence[Expr], params: Sequence[Any], addresses: dict[int, int]) -> list:
    """Values of ``exprs`` for the scalar arguments ``params`` (by position) and the addresses
    of the array arguments ``addresses`` (by position)."""
    values: list[int] = []
    for op, type_name, args, attr in exprs:
        v = [values[a] for a in args]
        if op == "const":
            values.append(attr)
        elif op == "param" and type_name.startswith("f"):
            values.append(float(params[attr]))
        elif op == "param":
            values.append(wrap(int(params[attr]), bits(type_name)))
        elif op == "address":
            values.append(addresses[attr])
        elif op == "extent":
            rank = (len(v) - 1) // 2
            sizes, strides = v[1 : 1 + rank], v[1 + rank :]
            reach = v[0] + sum((s - 1) * t for s, t in zip(sizes, strides, strict=True)) + 1
            values.append(0 if any(s <= 0 for s in sizes) else reach)
        elif op in CASTS:
            src_bits = attr
            x = v[0] & ((1 << src_bits) - 1) if op in ("arith.extui", "arith.index_castui") else v[0]
            values.append(wrap(x, bits(type_name)))
        elif op == "arith.cmpi":
            width = attr[1]
            values.append(int(_CMP[attr[0]](v[0], v[1], lambda x, w=width: x & ((1 << w) - 1))))
        elif op == "arith.select":
            values.append(v[1] if v[0] else v[2])
        elif op in BINARY_OPS:
            values.append(_binary(op, v[0], v[1], bits(type_name)))
        else:
            raise InputError(f"unknown host expression '{op}' (artifact from a newer mlc?)")
    return values
