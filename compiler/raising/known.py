"""What is known at a program point: polynomials and ranges under branch conditions.

``Context(op, facts)`` reads integer values as polynomials (scalar evolution)
normalized with what holds at ``op`` (the conditions of the enclosing
``scf.if`` ops, plus extra ``facts``): bit tricks such as ``(x & -4) + (x & 3)
= x`` for non-negative ``x``, ``ceil(x / 4) * 4 = x`` for multiples of 4,
``x & 3 = n - r`` where a fact puts ``n - r`` in ``[0, 3]`` and ``r`` is a
multiple of 4, and ``select(c, a, b) = a`` where ``c`` is known. On top of
that it answers ``zero``, ``nonneg``, ``equal`` and ``empty`` (a loop that runs
no iteration). The loop-merging rewrites of ``merge-loop-versions`` are built on
these questions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.raising.poly import Poly
from mlc.compiler.raising.ranges import EQ, Interval, Ranges, condition_facts
from mlc.compiler.raising.scev import (
    DIVISIONS,
    SHIFTS,
    ScalarEvolution,
    constant_int,
    defined_for_all,
    defining_op,
)

if TYPE_CHECKING:
    from mlir import ir

_SPECULATABLE_PREFIXES = ("arith.", "math.", "index.")
_PURE_LLVM = {"llvm.getelementptr", "llvm.mlir.constant", "llvm.mlir.poison", "llvm.mlir.zero", "ub.poison"}
_LOOPS = ("scf.for",)


def speculatable(op: ir.Operation) -> bool:
    """Whether ``op`` may run where it did not (no trap, no side effect; flags are dropped)."""
    name = op.name
    if name in _PURE_LLVM or name == "llvm.intr.assume":
        return True
    if name in DIVISIONS or name in SHIFTS:
        return defined_for_all(op)
    return name.startswith(_SPECULATABLE_PREFIXES) and not op.regions


class Context:
    """What is known at a program point, plus extra facts (a branch condition)."""

    def __init__(
        self, at: ir.Operation, facts: list | None = None, truths: dict | None = None, atoms=None
    ) -> None:
        """``atoms``: share atom numbering with other contexts (to compare their polynomials)."""
        self.facts = list(facts or [])
        self.ranges = Ranges(at, self.facts, truths)
        self.se = ScalarEvolution(atoms, nonneg=lambda v: self.ranges.range(v).nonneg)

    # -- polynomials ----------------------------------------------------------------------------
    def poly(self, value: ir.Value) -> Poly | None:
        e = self.se.expr(value)
        return self.normalize(e.poly) if e.exact and not e.fits else None

    def normalize(self, p: Poly) -> Poly:
        for _ in range(8):
            q = self._step(p)
            if q == p:
                return p
            p = q
        return p

    def _step(self, p: Poly) -> Poly:
        atoms = self.se.atoms
        for a in sorted(p.atoms()):
            op = defining_op(atoms.value(a))
            if op is None:
                continue
            coef = p.coefficient(a)
            if op.name in ("arith.ceildivsi", "arith.divsi", "arith.floordivsi", "arith.divui"):
                k = constant_int(op.operands[1])
                x = op.operands[0]
                if k and coef.is_const() and coef.constant % k == 0 and self.ranges.known_multiple(x, k):
                    inner = self.se.expr(x)
                    if inner.exact and not inner.fits:
                        return p - coef * Poly.atom(a) + coef.exact_div(k) * inner.poly
            if op.name == "arith.select":
                chosen = self.ranges.range(op.operands[0])
                if chosen.lo is not None and chosen.lo == chosen.hi:
                    inner = self.se.expr(op.operands[1] if chosen.lo else op.operands[2])
                    if inner.exact and not inner.fits:
                        return p.substitute(a, inner.poly)
            if op.name == "arith.andi":
                found = self._masked(p, a, op)
                if found is not None:
                    return found
            if op.name == "arith.cmpi" and constant_int(op.operands[1]) == 0:
                # ``x != 0`` is x, and ``x == 0`` is 1 - x, for x in {0, 1}
                pred = ir_predicate(op)
                x = op.operands[0]
                r = self.ranges.range(x)
                inner = self.se.expr(x)
                boolean = r.lo is not None and r.lo >= 0 and r.hi is not None and r.hi <= 1
                if pred in (0, 1) and boolean and inner.exact and not inner.fits:
                    bit = inner.poly if pred == 1 else 1 - inner.poly
                    return p - coef * Poly.atom(a) + coef * bit
        return p

    def _masked(self, p: Poly, a: int, op: ir.Operation) -> Poly | None:
        """``x & m`` that keeps all of x, or ``(x & m1) + (x & m2)`` that together do."""
        x, m = op.operands[0], constant_int(op.operands[1])
        if m is None:
            x, m = op.operands[1], constant_int(op.operands[0])
        if m is None:
            return None
        r = self.ranges.range(x)
        if not r.nonneg or r.hi is None:
            return None
        inner = self.se.expr(x)
        if not inner.exact or inner.fits:
            return None
        low = (1 << r.hi.bit_length()) - 1
        coef = p.coefficient(a)
        if m & low == low:
            return p - coef * Poly.atom(a) + coef * inner.poly
        rest = self._low_bits(inner.poly, m)
        if rest is not None:
            return p - coef * Poly.atom(a) + coef * rest
        for b in p.atoms():
            other = defining_op(self.se.atoms.value(b))
            if b == a or other is None or other.name != "arith.andi" or p.coefficient(b) != coef:
                continue
            ops = list(other.operands)
            m2 = constant_int(ops[1]) if ops[0] == x else constant_int(ops[0]) if ops[1] == x else None
            if m2 is not None and m & m2 == 0 and (m | m2) & low == low:
                return p - coef * (Poly.atom(a) + Poly.atom(b)) + coef * inner.poly
        return None

    def _low_bits(self, x: Poly, m: int) -> Poly | None:
        """``x & (2^k - 1)`` as ``x - y`` for a multiple ``y`` of ``2^k`` that a fact bounds ``x`` near.

        A fact that puts some ``d`` in ``[0, 2^k)`` (such as ``r - n >u -4``,
        i.e. ``n - r`` in ``[1, 3]``) with ``x - d`` a known multiple of ``2^k``
        gives ``x mod 2^k = d``.
        """
        if m <= 0 or m & (m + 1):
            return None
        window = Interval(0, m)
        for pred, fa, fb in self.ranges.facts:
            if pred == EQ:
                ea, eb = self.se.expr(fa), self.se.expr(fb)
                if ea.exact and eb.exact and not ea.fits and not eb.fits:
                    diff = ea.poly - eb.poly  # zero here
                    if self._multiple(x - diff, m + 1) or self._multiple(x + diff, m + 1):
                        return Poly()
            for v in (fa, fb):
                e = self.se.expr(v)
                if not e.exact or e.fits or e.poly.is_const():
                    continue
                rv = self.ranges.range(v)
                for d, rd in ((e.poly, rv), (-e.poly, -rv)):
                    if rd.within(window) and self._multiple(x - d, m + 1):
                        return d
        return None

    def _multiple(self, p: Poly, k: int) -> bool:
        """Whether every term of ``p`` is a multiple of ``k``."""
        from math import gcd

        for monomial, coef in p.terms.items():
            if coef % k == 0:
                continue
            if len(monomial) != 1:
                return False
            if not self.ranges.known_multiple(self.se.atoms.value(monomial[0]), k // gcd(coef, k)):
                return False
        return True

    # -- questions ------------------------------------------------------------------------------
    def nonneg(self, p: Poly) -> bool:
        """Whether ``p >= 0`` holds: ranges, with ``x & m`` (non-negative x, m) at most ``x``.

        Several ``- (x & m_i)`` with disjoint masks are together at least ``-x``.
        """
        if self.ranges.poly_range(p, self.se.atoms).nonneg:
            return True
        for a in p.atoms():
            masked = self._mask_of(a)
            coef = p.coefficient(a)
            if masked is None or not coef.is_const() or coef.constant >= 0:
                continue
            x, mask = masked
            inner = self.se.expr(x)
            if not inner.exact or inner.fits:
                continue
            group = [a]
            for b in sorted(p.atoms()):
                other = self._mask_of(b)
                same = b != a and other is not None and other[0] == x and p.coefficient(b) == coef
                if same and other[1] & mask == 0:
                    group.append(b)
                    mask |= other[1]
            rest = p
            for b in group:
                rest = rest - coef * Poly.atom(b)
            return self.nonneg(rest + coef * inner.poly)
        return False

    def _mask_of(self, atom: int) -> tuple[ir.Value, int] | None:
        """``(x, m)`` when ``atom`` is ``x & m`` with non-negative ``x`` and ``m``."""
        op = defining_op(self.se.atoms.value(atom))
        if op is None or op.name != "arith.andi":
            return None
        for x, m in ((op.operands[0], op.operands[1]), (op.operands[1], op.operands[0])):
            mask = constant_int(m)
            if mask is not None and mask >= 0 and self.ranges.range(x).nonneg:
                return x, mask
        return None

    def zero(self, p: Poly) -> bool:
        """Whether ``p == 0``: a constant, a point range, or the difference of an equality fact."""
        if p == Poly():
            return True
        r = self.ranges.poly_range(p, self.se.atoms)
        if r.lo == r.hi == 0:
            return True
        for pred, a, b in self.facts:
            if pred != EQ:
                continue
            pa, pb = self.poly(a), self.poly(b)
            if pa is None or pb is None:
                continue
            if self.normalize(p - (pa - pb)) == Poly() or self.normalize(p + (pa - pb)) == Poly():
                return True
        return False

    def equal(self, a: ir.Value, b: ir.Value) -> bool:
        """Whether values ``a`` and ``b`` are equal here (``ub.poison`` equals anything)."""
        if a == b or _is_poison(a) or _is_poison(b):
            return True
        pa, pb = self.poly(a), self.poly(b)
        if pa is not None and pb is not None and self.zero(pa - pb):
            return True
        ra, rb = self.ranges.range(a), self.ranges.range(b)
        return ra.lo is not None and ra.lo == ra.hi == rb.lo == rb.hi

    def empty(self, loop: ir.Operation) -> bool:
        lb, ub = list(loop.operands)[:2]
        pl, pu = self.poly(lb), self.poly(ub)
        if pl is None or pu is None:
            return False
        trips = pu - pl
        return self.zero(trips) or self.nonneg(-trips)


def branch_context(at: ir.Operation, cond: ir.Value, holds: bool, atoms=None) -> Context:
    """What is known at ``at`` where ``cond`` is ``holds``."""
    return Context(at, condition_facts(cond, holds), {cond: holds}, atoms)


def ir_predicate(op: ir.Operation) -> int:
    from mlir import ir

    return ir.IntegerAttr(op.attributes["predicate"]).value


def _is_poison(v: ir.Value) -> bool:
    op = defining_op(v)
    return op is not None and op.name in ("ub.poison", "llvm.mlir.poison")


def fact_substitutions(ctx: Context, atoms) -> list[tuple[int, Poly]]:
    """``(atom, poly)`` pairs from the equality facts at ``ctx`` (``n == 1`` makes ``n`` 1)."""
    from mlc.compiler.raising.scev import ScalarEvolution

    se = ScalarEvolution(atoms)
    subs = []
    for pred, a, b in ctx.ranges.facts:
        if pred != EQ:
            continue
        for x, y in ((a, b), (b, a)):
            ex, ey = se.expr(x), se.expr(y)
            if not (ex.exact and ey.exact) or ex.fits or ey.fits:
                continue
            atoms_x = ex.poly.atoms()
            if len(atoms_x) == 1 and ex.poly == Poly.atom(next(iter(atoms_x))):
                (k,) = atoms_x
                if k not in ey.poly.atoms():
                    subs.append((k, ey.poly))
                    break
    return subs


def under_facts(subs: list[tuple[int, Poly]], key):
    for atom, value in subs:
        key = substitute_key(key, atom, value)
    return key


def substitute_key(key, iv: int, value: Poly):
    if isinstance(key, Poly):
        return key.substitute(iv, value)
    if isinstance(key, tuple | list):
        return tuple(substitute_key(x, iv, value) for x in key)
    return key


def body_key(body) -> tuple:
    """Everything a loop body does, in order: accesses, stored values, carried values.

    Loads from a base the body does not store to are left out of the accesses:
    their values are in the stored and carried trees, and their order does not
    matter (nor whether they are hoisted out of the loop).
    """
    stored = {a.view for a in body.accesses if a.store}
    return (
        tuple((a.store, a.view, a.index) for a in body.accesses if a.view in stored),
        tuple((e.view, e.index, e.value, e.elem) for e in body.effects),
        tuple(body.yields),
    )


def block_ops(region: ir.Region) -> tuple[list[ir.Operation], list[ir.Value]]:
    if not region.blocks:
        return [], []
    ops = [o.operation for o in region.blocks[0].operations]
    return ops[:-1], list(ops[-1].operands)
