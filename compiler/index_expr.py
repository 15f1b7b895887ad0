"""Index arithmetic on Python ints and IR ``index`` values behind one set of operators.

``Ix`` wraps an ``int`` or an ``ir.Value`` of type ``index``. ``+ - * // % ^`` and
comparisons fold when both sides are constants and otherwise emit ``arith`` ops at the
current insertion point and location, so one formula (a fragment layout, a tile
offset) can be evaluated in Python and emitted as IR. ``//`` and ``%`` are unsigned:
they are only used on non-negative indices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from mlir import ir

IndexLike = Union[int, "Ix"]


def _arith():
    from mlir.dialects import arith

    return arith


class Ix:
    """An index: a constant (``value`` is an int) or an SSA value."""

    __slots__ = ("value",)

    def __init__(self, value: int | ir.Value) -> None:
        self.value = value

    # -- conversion ---------------------------------------------------------------------
    @staticmethod
    def of(x: IndexLike | ir.Value) -> Ix:
        return x if isinstance(x, Ix) else Ix(x)

    @property
    def const(self) -> int | None:
        return self.value if isinstance(self.value, int) else None

    def ir(self) -> ir.Value:
        """The value as an SSA ``index`` (a constant is materialized here)."""
        if isinstance(self.value, int):
            from mlir import ir

            return _arith().ConstantOp(ir.IndexType.get(), self.value).result
        return self.value

    # -- arithmetic ---------------------------------------------------------------------
    def _binary(self, other: IndexLike, fold, op: str) -> Ix:
        o = Ix.of(other)
        if self.const is not None and o.const is not None:
            return Ix(fold(self.const, o.const))
        return Ix(getattr(_arith(), op)(self.ir(), o.ir()))

    def __add__(self, other: IndexLike) -> Ix:
        if Ix.of(other).const == 0:
            return self
        if self.const == 0:
            return Ix.of(other)
        return self._binary(other, lambda a, b: a + b, "addi")

    __radd__ = __add__

    def __sub__(self, other: IndexLike) -> Ix:
        if Ix.of(other).const == 0:
            return self
        return self._binary(other, lambda a, b: a - b, "subi")

    def __rsub__(self, other: IndexLike) -> Ix:
        return Ix.of(other) - self

    def __mul__(self, other: IndexLike) -> Ix:
        o = Ix.of(other)
        if o.const == 1:
            return self
        if self.const == 1:
            return o
        if o.const == 0 or self.const == 0:
            return Ix(0)
        return self._binary(o, lambda a, b: a * b, "muli")

    __rmul__ = __mul__

    def __floordiv__(self, other: IndexLike) -> Ix:
        if Ix.of(other).const == 1:
            return self
        return self._binary(other, lambda a, b: a // b, "divui")

    def __mod__(self, other: IndexLike) -> Ix:
        if Ix.of(other).const == 1:
            return Ix(0)
        return self._binary(other, lambda a, b: a % b, "remui")

    def __xor__(self, other: IndexLike) -> Ix:
        if Ix.of(other).const == 0:
            return self
        return self._binary(other, lambda a, b: a ^ b, "xori")

    def min(self, other: IndexLike) -> Ix:
        return self._binary(other, min, "minsi")

    def max(self, other: IndexLike) -> Ix:
        return self._binary(other, max, "maxsi")

    # -- comparisons (i1 values; a Python bool when both sides are constants) ------------
    def _compare(self, other: IndexLike, predicate: str, fold) -> bool | ir.Value:
        o = Ix.of(other)
        if self.const is not None and o.const is not None:
            return fold(self.const, o.const)
        arith = _arith()
        return arith.CmpIOp(getattr(arith.CmpIPredicate, predicate), self.ir(), o.ir()).result

    def lt(self, other: IndexLike) -> bool | ir.Value:
        return self._compare(other, "slt", lambda a, b: a < b)

    def ge(self, other: IndexLike) -> bool | ir.Value:
        return self._compare(other, "sge", lambda a, b: a >= b)


def select(cond: bool | ir.Value, a: IndexLike, b: IndexLike) -> Ix:
    """``cond ? a : b`` (folded when ``cond`` is a Python bool)."""
    if isinstance(cond, bool):
        return Ix.of(a if cond else b)
    return Ix(_arith().SelectOp(cond, Ix.of(a).ir(), Ix.of(b).ir()).result)


def all_of(conds: list[bool | ir.Value]) -> bool | ir.Value:
    """The conjunction of ``conds`` (True when all are constant true; False when one is false)."""
    dynamic = []
    for c in conds:
        if isinstance(c, bool):
            if not c:
                return False
        else:
            dynamic.append(c)
    if not dynamic:
        return True
    result = dynamic[0]
    for c in dynamic[1:]:
        result = _arith().AndIOp(result, c).result
    return result
