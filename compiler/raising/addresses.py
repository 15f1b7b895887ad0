"""Addresses as (base pointer, byte offset polynomial): reading ``llvm.getelementptr`` chains.

``address(ptr)`` walks GEPs back to the pointer they start from and sums the
byte offsets they add, using the x86-64/SysV data layout for type sizes (the
layout clang uses for the ``.ll`` files mlc imports). Struct field offsets
use natural alignment; packed structs have none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.raising.poly import Expr, Poly
from mlc.compiler.raising.scev import ScalarEvolution, defining_op

if TYPE_CHECKING:
    from mlir import ir

DYNAMIC_INDEX = -2147483648  # rawConstantIndices marker for an index taken from the operands
# Nested aggregate types print without the ``!llvm.`` prefix (``!llvm.array<4 x array<4 x f32>>``).
_ARRAY = re.compile(r"(?:!llvm\.)?array<(\d+) x (.+)>")
_STRUCT = re.compile(r"(?:!llvm\.)?struct<(packed )?\((.*)\)>")
_SCALAR_SIZES = {"f16": 2, "bf16": 2, "f32": 4, "f64": 8, "f80": 16, "f128": 16, "!llvm.ptr": 8, "index": 8}


class NotAffine(Exception):
    """An address mlc cannot express; the message says why."""


def array_elements(text: str) -> tuple[str, int]:
    """The innermost element type of a (nested) ``!llvm.array`` type and the number of them:
    ``!llvm.array<10 x array<20 x f64>>`` is ``("f64", 200)``; any other type is one of itself."""
    count = 1
    while m := _ARRAY.fullmatch(text.strip()):
        count *= int(m.group(1))
        text = m.group(2)
    return text.strip(), count


def scalar_size(text: str) -> int | None:
    if text in _SCALAR_SIZES:
        return _SCALAR_SIZES[text]
    m = re.fullmatch(r"i(\d+)", text)
    if m:
        bits = int(m.group(1))
        return 1 if bits <= 8 else 2 if bits <= 16 else 4 if bits <= 32 else 8 if bits <= 64 else 16
    return None


def _split_top(text: str) -> list[str]:
    """Split a comma-separated list at nesting depth 0."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        if c in "<([{":
            depth += 1
        elif c in ">)]}":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    tail = text[start:].strip()
    return [*parts, tail] if tail else parts


def layout(text: str) -> tuple[int, int]:
    """(size, alignment) in bytes of an LLVM dialect or builtin type written as ``text``."""
    text = text.strip()
    size = scalar_size(text)
    if size is not None:
        return size, min(size, 16)
    m = re.fullmatch(r"vector<(\d+)x(.+)>", text)
    if m:
        elem, _ = layout(m.group(2))
        total = int(m.group(1)) * elem
        return total, total
    m = _ARRAY.fullmatch(text)
    if m:
        elem, align = layout(m.group(2))
        return int(m.group(1)) * elem, align
    m = _STRUCT.fullmatch(text)
    if m:
        _, size, align = struct_offsets(m.group(2), packed=bool(m.group(1)))
        return size, align
    raise NotAffine(f"the size of type {text} is not known")


def struct_offsets(fields_text: str, packed: bool) -> tuple[list[int], int, int]:
    """Field offsets, total size and alignment of a struct body."""
    offsets, offset, max_align = [], 0, 1
    for field in _split_top(fields_text):
        size, align = layout(field)
        align = 1 if packed else align
        offset = (offset + align - 1) // align * align
        offsets.append(offset)
        offset += size
        max_align = max(max_align, align)
    size = (offset + max_align - 1) // max_align * max_align
    return offsets, size, max_align


@dataclass(frozen=True)
class Address:
    """``base + offset`` bytes."""

    base: ir.Value
    offset: Expr


def _gep_offset(gep: ir.Operation, se: ScalarEvolution) -> Expr:
    from mlir import ir

    elem = str(ir.TypeAttr(gep.attributes["elem_type"]).value)
    raw = list(ir.DenseI32ArrayAttr(gep.attributes["rawConstantIndices"]))
    dynamic = list(gep.operands)[1:]
    poly, fits = Poly(), []
    current = elem
    for position, raw_index in enumerate(raw):
        if raw_index == DYNAMIC_INDEX:
            e = se.signed(dynamic.pop(0))
            index, fits = e.poly, [*fits, *e.fits]
        else:
            index = Poly.const(raw_index)
        if position == 0:
            poly = poly + index * layout(current)[0]
            continue
        m = _ARRAY.fullmatch(current) or re.fullmatch(r"vector<(\d+)x(.+)>", current)
        if m:
            current = m.group(2)
            poly = poly + index * layout(current)[0]
            continue
        s = _STRUCT.fullmatch(current)
        if s and index.is_const():
            fields = _split_top(s.group(2))
            offsets, _, _ = struct_offsets(s.group(2), packed=bool(s.group(1)))
            poly = poly + offsets[index.constant]
            current = fields[index.constant]
            continue
        raise NotAffine(f"cannot index into {current}")
    return Expr(poly, tuple(fits))


def address(ptr: ir.Value, se: ScalarEvolution) -> Address:
    """The base pointer and byte offset of ``ptr``."""
    offset = Expr(Poly())
    value = ptr
    for _ in range(64):
        op = defining_op(value)
        if op is None or op.name != "llvm.getelementptr":
            return Address(value, offset)
        step = _gep_offset(op, se)
        offset = Expr(offset.poly + step.poly, offset.fits + step.fits)
        value = op.operands[0]
    raise NotAffine("the address is computed by too many getelementptr steps")
