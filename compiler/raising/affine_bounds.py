"""Loop bounds as affine maps: polynomials, and the clamps and roundings clang writes in them.

A bound is read as a polynomial (scalar evolution) in the induction variables
of the enclosing ``affine.for`` loops (the map's dimensions) and in values
computable from the function arguments (its symbols). Two more forms are
affine, where their operands are:

* a clamp: a lower bound ``max(a, b)`` (``arith.maxsi``; ``arith.maxui`` and
  ``usub.sat(x, c) = max(x - c, 0)`` of non-negative values, clang's
  ``MAX(0, i - b)``) is a map with the results ``a`` and ``b``; an upper bound
  ``min(a, b)`` likewise (``arith.minsi``, ``arith.minui``). A clamp may be
  scaled by a positive constant and added to: ``min(i, 1987) + 13`` is
  ``min(i + 13, 2000)``. The other clamp (a max in an upper bound, a min in a
  lower one) is one of its operands where the guards around the loop say which
  is larger: the end ``max(U, lb) + 1`` of a rotated loop is ``U + 1`` under its
  guard ``lb <= U``;
* a rounding: ``x & -2^k`` of a non-negative ``x`` (the end of a loop unrolled
  ``2^k`` times; clang may write the mask ``2^63 - 2^k``) is
  ``(x floordiv 2^k) * 2^k``.

Casts are looked through where they widen (sign extension commutes with signed
min and max; zero extension with unsigned ones of non-negative values).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.raising.addresses import NotAffine
from mlc.compiler.raising.poly import Poly
from mlc.compiler.raising.ranges import clears_only_low_bits
from mlc.compiler.raising.scev import constant_int, defining_op, int_width

if TYPE_CHECKING:
    from mlir import ir

    from mlc.compiler.raising.materialize import Builder
    from mlc.compiler.raising.nest import Hoister
    from mlc.compiler.raising.ranges import Ranges
    from mlc.compiler.raising.scev import ScalarEvolution

_SIGNED_CASTS = ("arith.extsi", "arith.index_cast")
_UNSIGNED_CASTS = ("arith.extui", "arith.index_castui")


class AffineBound:
    """Builds the affine map of one loop bound (``lower``: the max of its results, else the min)."""

    def __init__(
        self,
        se: ScalarEvolution,
        dims: list[ir.Value],
        hoister: Hoister,
        b: Builder,
        ranges: Ranges,
        what: str,
    ) -> None:
        self.se, self.dims, self.hoister, self.b, self.ranges, self.what = se, dims, hoister, b, ranges, what
        self.dim_ids = {se.atoms.id(d): i for i, d in enumerate(dims)}
        self.symbols: list[ir.Value] = []

    def map(self, value: ir.Value, lower: bool) -> tuple[ir.AffineMap, list[ir.Value]]:
        """(AffineMap, operands) of the bound ``value``; dims first, then symbols."""
        from mlir import ir

        exprs = [self._expr(p) for p in self._choices(self.se.expr(value).poly, lower, 0)]
        return ir.AffineMap.get(len(self.dims), len(self.symbols), exprs), [*self.dims, *self.symbols]

    def _choices(self, poly: Poly, lower: bool, depth: int) -> list[Poly]:
        """``poly`` as the max (``lower``) or min of polynomials without clamps."""
        for monomial, coef in poly.terms.items():
            if len(monomial) != 1 or coef <= 0 or depth > 4:
                continue
            atom = monomial[0]
            parts = self._clamp(self.se.atoms.value(atom), lower)
            if parts is None:
                continue
            rest = poly - Poly.atom(atom) * coef
            return [c for p in parts for c in self._choices(rest + p * coef, lower, depth + 1)]
        return [poly]

    def _clamp(self, value: ir.Value, lower: bool) -> list[Poly] | None:
        """The operands of the max (``lower``) or min that ``value`` is, as polynomials."""
        inner, unsigned = _widened_from(value)
        op = defining_op(inner)
        if op is None:
            return None
        name, args = op.name, list(op.operands)
        polys = self._polys(args)
        if polys is None:
            return None  # an operand that may wrap: the clamp is an atom like any other
        if name == ("arith.maxsi" if lower else "arith.minsi") and not unsigned:
            return polys
        if name == ("arith.minsi" if lower else "arith.maxsi") and not unsigned:
            # the other clamp, decided by the guards: ``max(U, lb) + 1``, the end of a rotated
            # loop, is ``U + 1`` under its guard ``lb <= U``
            a, b = polys
            if self._at_least(a, b):
                return [b if lower else a]
            if self._at_least(b, a):
                return [a if lower else b]
            return None
        if name == ("arith.maxui" if lower else "arith.minui") and all(self._nonneg(a) for a in args):
            return polys
        if lower and name == "llvm.intr.usub.sat" and self._nonneg(args[0]):
            c = constant_int(args[1])
            if c is not None and c >= 0:
                return [polys[0] - c, Poly.const(0)]
        return None

    def _at_least(self, a: Poly, b: Poly) -> bool:
        """Whether ``a >= b`` where the loop runs: by ranges, or by a comparison of the guards
        around it (signed, or unsigned of non-negative values) between values whose difference
        is ``a - b`` up to a constant."""
        from mlc.compiler.raising.ranges import SGE, SGT, SLE, SLT, UGE, UGT, ULE, ULT

        diff = a - b
        if self.ranges.poly_range(diff, self.se.atoms).nonneg:
            return True
        unsigned = {ULE: SLE, ULT: SLT, UGE: SGE, UGT: SGT}
        for pred, x, y in self.ranges.facts:
            if pred in unsigned and self._nonneg(x) and self._nonneg(y):
                pred = unsigned[pred]  # on non-negative values unsigned order is signed order
            if pred not in (SLE, SLT, SGE, SGT):
                continue
            ex, ey = self.se.expr(x), self.se.expr(y)
            if not (ex.exact and ey.exact) or ex.fits or ey.fits:
                continue
            # the fact says ``known >= margin``
            known, margin = (
                (ey.poly - ex.poly, 1 if pred == SLT else 0)
                if pred in (SLE, SLT)
                else (
                    ex.poly - ey.poly,
                    1 if pred == SGT else 0,
                )
            )
            rest = diff - known
            if rest.is_const() and rest.constant + margin >= 0:
                return True
        return False

    def _polys(self, values: list[ir.Value]) -> list[Poly] | None:
        """The polynomials of ``values``, or None if one of them may wrap."""
        exprs = [self.se.expr(v) for v in values]
        if any(not e.exact or e.fits for e in exprs):
            return None
        return [e.poly for e in exprs]

    def _nonneg(self, value: ir.Value) -> bool:
        return self.ranges.range(value).nonneg

    def _expr(self, poly: Poly) -> ir.AffineExpr:
        from mlir import ir

        expr = ir.AffineConstantExpr.get(poly.constant)
        for monomial, coef in poly.terms.items():
            if monomial:
                expr = expr + self._term(monomial) * coef
        return expr

    def _term(self, monomial: tuple) -> ir.AffineExpr:
        from mlir import ir

        in_dims = [a for a in monomial if a in self.dim_ids]
        if len(in_dims) > 1 or (in_dims and len(monomial) > 1):
            raise NotAffine(f"its {self.what} multiplies a loop index by a variable")
        if in_dims:
            return ir.AffineDimExpr.get(self.dim_ids[in_dims[0]])
        values = [self.se.atoms.value(a) for a in monomial]
        if len(values) == 1 and not self.hoister.is_symbol(values[0]):
            rounded = self._rounded(values[0])
            if rounded is not None:
                return rounded
        if not all(self.hoister.is_symbol(v) for v in values):
            raise NotAffine(f"its {self.what} depends on a value computed in the function")
        hoisted = [self.b.cast(self.hoister.hoist(v), ir.IndexType.get()) for v in values]
        value = hoisted[0]
        for extra in hoisted[1:]:
            value = self.b.binary("arith.muli", value, extra)
        self.symbols.append(value)
        return ir.AffineSymbolExpr.get(len(self.symbols) - 1)

    def _rounded(self, value: ir.Value) -> ir.AffineExpr | None:
        """``x & m`` of a non-negative ``x`` whose bits ``m`` keeps but the lowest ``k`` (``-2^k``,
        or ``2^63 - 2^k``) as ``(x floordiv 2^k) * 2^k``."""
        op = defining_op(_widened_from(value)[0])
        if op is None or op.name != "arith.andi":
            return None
        for x, m in (op.operands, reversed(list(op.operands))):
            mask, r = constant_int(m), self.ranges.range(x)
            polys = self._polys([x])
            if mask and r.nonneg and r.hi is not None and clears_only_low_bits(mask, r.hi) and polys:
                step = mask & -mask
                return _floordiv(self._expr(polys[0]), step) * step
        return None


def _floordiv(expr: ir.AffineExpr, k: int) -> ir.AffineExpr:
    from mlir import ir

    return ir.AffineFloorDivExpr.get(expr, ir.AffineConstantExpr.get(k))


def _widened_from(value: ir.Value) -> tuple[ir.Value, bool]:
    """``value`` with the casts that widen it (or keep its width) looked through, and whether
    one of them extends with zeros (which commutes with signed min and max only on
    non-negative values)."""
    unsigned = False
    for _ in range(8):
        op = defining_op(value)
        if op is None or op.name not in (*_SIGNED_CASTS, *_UNSIGNED_CASTS):
            break
        src, dst = int_width(op.operands[0].type), int_width(value.type)
        if src is None or dst is None or src > dst:
            break
        unsigned = unsigned or op.name in _UNSIGNED_CASTS
        value = op.operands[0]
    return value, unsigned
