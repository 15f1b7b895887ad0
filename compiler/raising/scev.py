"""Scalar evolution on core-dialect IR: integer SSA values as polynomials over atoms.

``ScalarEvolution.expr(v)`` follows ``arith`` integer arithmetic and casts
back from ``v`` until it reaches values it treats as atoms (block arguments,
loop induction variables, loads, anything non-polynomial). See ``poly`` for
what an ``Expr`` promises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mlc.compiler.raising.poly import Atoms, Expr, Poly

if TYPE_CHECKING:
    from mlir import ir

_WIDTH = re.compile(r"^i(\d+)$")


def int_width(t: ir.Type) -> int | None:
    """Bit width of an integer or index type (index counts as 64), else None."""
    text = str(t)
    if text == "index":
        return 64
    m = _WIDTH.match(text)
    return int(m.group(1)) if m else None


def defining_op(value: ir.Value) -> ir.Operation | None:
    """The op that defines ``value``, or None for a block argument."""
    from mlir import ir

    owner = value.owner
    if isinstance(owner, ir.Block):
        return None
    return owner.operation if isinstance(owner, ir.OpView) else owner


def constant_int(value: ir.Value) -> int | None:
    """The value of an integer ``arith.constant`` (signed), else None."""
    from mlir import ir

    op = defining_op(value)
    if op is None or op.name not in ("arith.constant", "llvm.mlir.constant"):
        return None
    attr = op.attributes["value"]
    if isinstance(attr, ir.IntegerAttr):
        width = int_width(value.type)
        v = attr.value
        if width == 1:
            return v & 1
        return v
    return None


def overflow(op: ir.Operation) -> set[str]:
    """The overflow flags of an arith op ({"nsw", "nuw"} or a subset)."""
    if "overflowFlags" not in op.attributes:
        return set()
    text = str(op.attributes["overflowFlags"])
    return {f for f in ("nsw", "nuw") if f in text}


class ScalarEvolution:
    """Polynomial forms of integer values, with a per-instance cache."""

    def __init__(self, atoms: Atoms | None = None) -> None:
        self.atoms = atoms or Atoms()
        self._cache: dict = {}

    def atom(self, value: ir.Value) -> Expr:
        return Expr(Poly.atom(self.atoms.id(value)))

    def expr(self, value: ir.Value) -> Expr:
        if value in self._cache:
            return self._cache[value]
        result = self._compute(value)
        self._cache[value] = result
        return result

    def _compute(self, value: ir.Value) -> Expr:
        width = int_width(value.type)
        c = constant_int(value)
        if c is not None:
            return Expr(Poly.const(c))
        op = defining_op(value)
        if op is None or width is None:
            return self.atom(value)
        name = op.name
        if name in ("arith.addi", "arith.subi", "arith.muli"):
            a, b = (self.expr(v) for v in op.operands)
            if name == "arith.addi":
                poly = a.poly + b.poly
            elif name == "arith.subi":
                poly = a.poly - b.poly
            else:
                poly = a.poly * b.poly
            return self._narrow(poly, a.fits + b.fits, width, overflow(op))
        if name == "arith.shli":
            k = constant_int(op.operands[1])
            if k is None or not 0 <= k < width:
                return self.atom(value)
            a = self.expr(op.operands[0])
            return self._narrow(a.poly * (1 << k), a.fits, width, overflow(op))
        if name in ("arith.extsi", "arith.index_cast"):
            inner = op.operands[0]
            a = self.expr(inner)
            src = int_width(inner.type) or 64
            if src <= width:
                return a
            return self._narrow(a.poly, a.fits, width, set())
        if name in ("arith.extui", "arith.index_castui"):
            inner = op.operands[0]
            src = int_width(inner.type) or 64
            if src <= width and self.known_nonneg(inner):
                return self.expr(inner)
            if src > width:
                a = self.expr(inner)
                return self._narrow(a.poly, a.fits, width, set())
            return self.atom(value)
        if name == "arith.trunci":
            a = self.expr(op.operands[0])
            return self._narrow(a.poly, a.fits, width, overflow(op))
        if name in ("scf.if", "arith.select"):
            return self._same_on_all_paths(op, value)
        return self.atom(value)

    def _same_on_all_paths(self, op: ir.Operation, value: ir.Value) -> Expr:
        """An ``scf.if`` result or ``select`` whose choices are all the same polynomial."""
        from mlir import ir

        if op.name == "arith.select":
            choices = list(op.operands)[1:]
        else:
            index = ir.OpResult(value).result_number
            choices = []
            for region in op.regions:
                if not region.blocks:
                    return self.atom(value)
                choices.append(list(region.blocks[0].operations)[-1].operands[index])
        exprs = [self.expr(c) for c in choices]
        if all(e == exprs[0] for e in exprs):
            return exprs[0]
        return self.atom(value)

    @staticmethod
    def _narrow(poly: Poly, fits, width: int, flags: set[str]) -> Expr:
        if width >= 64 or "nsw" in flags or poly.is_const():
            return Expr(poly, fits)
        return Expr(poly, (*fits, (poly, width)))

    def known_nonneg(self, value: ir.Value, depth: int = 0) -> bool:
        """Whether ``value``, read as a signed integer, is provably >= 0."""
        c = constant_int(value)
        if c is not None:
            return c >= 0
        op = defining_op(value)
        if depth > 8:
            return False
        if op is None:
            return self._nonneg_iv(value, depth)
        name = op.name
        args = list(op.operands)
        if name in ("arith.extui", "arith.index_castui"):
            src, dst = int_width(args[0].type), int_width(value.type)
            return bool(src and dst and src < dst) or self.known_nonneg(args[0], depth + 1)
        if name in ("arith.extsi", "arith.index_cast"):
            return self.known_nonneg(args[0], depth + 1)
        if name == "arith.andi":
            return any(self.known_nonneg(a, depth + 1) for a in args)
        if name == "arith.shrui":
            k = constant_int(args[1])
            return (k is not None and k > 0) or self.known_nonneg(args[0], depth + 1)
        if name == "arith.divui":
            return self.known_nonneg(args[0], depth + 1)
        if name in ("arith.remui", "arith.maxsi"):
            return any(self.known_nonneg(a, depth + 1) for a in args)
        if name in ("arith.addi", "arith.muli") and "nsw" in overflow(op):
            return all(self.known_nonneg(a, depth + 1) for a in args)
        if name in ("arith.divsi", "arith.remsi", "arith.minsi", "arith.shrsi"):
            return all(self.known_nonneg(a, depth + 1) for a in args)
        return False

    def _nonneg_iv(self, value: ir.Value, depth: int) -> bool:
        from mlir import ir

        block = value.owner
        parent = block.owner
        if parent is None or parent.operation.name not in ("scf.for", "affine.for"):
            return False
        if ir.BlockArgument(value).arg_number != 0 or parent.operation.name == "affine.for":
            return False
        lb = parent.operation.operands[0]
        return self.known_nonneg(lb, depth + 1)
