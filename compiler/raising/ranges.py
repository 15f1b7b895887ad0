"""Integer value ranges and divisibility, with facts from the conditions that guard a program point.

``Ranges(context_op)`` answers ``range(v)`` (a signed interval, ends possibly
unbounded) for integer SSA values as seen at ``context_op``: the branch
conditions of the ``scf.if`` ops around it (``n > 2`` in the then-region,
``i >=u 4`` in the else-region of ``i <u 4``) narrow the ranges of the values
they compare, and ``scf.for`` induction variables range over their bounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.raising.poly import Atoms, Poly
from mlc.compiler.raising.scev import constant_int, defining_op, int_width, overflow, xor_constant

if TYPE_CHECKING:
    from mlir import ir

EQ, NE, SLT, SLE, SGT, SGE, ULT, ULE, UGT, UGE = range(10)
_SWAP = {EQ: EQ, NE: NE, SLT: SGT, SLE: SGE, SGT: SLT, SGE: SLE, ULT: UGT, ULE: UGE, UGT: ULT, UGE: ULE}
_NEGATE = {EQ: NE, NE: EQ, SLT: SGE, SLE: SGT, SGT: SLE, SGE: SLT, ULT: UGE, ULE: UGT, UGT: ULE, UGE: ULT}
# Values one range query may visit before it answers with the type's range (a deep DAG of facts
# would otherwise take exponential time: found by the differential tester).
STEP_BUDGET = 20_000


@dataclass(frozen=True)
class Interval:
    """A signed integer interval; None ends are unbounded."""

    lo: int | None
    hi: int | None

    def __add__(self, o: Interval) -> Interval:
        return Interval(_opt(self.lo, o.lo, int.__add__), _opt(self.hi, o.hi, int.__add__))

    def __neg__(self) -> Interval:
        return Interval(None if self.hi is None else -self.hi, None if self.lo is None else -self.lo)

    def __sub__(self, o: Interval) -> Interval:
        return self + (-o)

    def __mul__(self, o: Interval) -> Interval:
        ends = [self.lo, self.hi, o.lo, o.hi]
        if any(e is None for e in ends):
            if self.nonneg and o.nonneg:
                return Interval(self.lo * o.lo, None)
            return Interval(None, None)
        prods = [a * b for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
        return Interval(min(prods), max(prods))

    def meet(self, o: Interval) -> Interval:
        lo = o.lo if self.lo is None else self.lo if o.lo is None else max(self.lo, o.lo)
        hi = o.hi if self.hi is None else self.hi if o.hi is None else min(self.hi, o.hi)
        return Interval(lo, hi)

    def join(self, o: Interval) -> Interval:
        lo = None if self.lo is None or o.lo is None else min(self.lo, o.lo)
        hi = None if self.hi is None or o.hi is None else max(self.hi, o.hi)
        return Interval(lo, hi)

    def within(self, o: Interval) -> bool:
        return (o.lo is None or (self.lo is not None and self.lo >= o.lo)) and (
            o.hi is None or (self.hi is not None and self.hi <= o.hi)
        )

    @property
    def nonneg(self) -> bool:
        return self.lo is not None and self.lo >= 0


def _opt(a, b, f):
    return None if a is None or b is None else f(a, b)


UNBOUNDED = Interval(None, None)


def type_range(t: ir.Type) -> Interval:
    w = int_width(t)
    if w is None:
        return UNBOUNDED
    if w == 1:
        return Interval(0, 1)
    return Interval(-(1 << (w - 1)), (1 << (w - 1)) - 1)


def condition_facts(cond: ir.Value, holds: bool) -> list[tuple[int, ir.Value, ir.Value]]:
    """``(pred, lhs, rhs)`` comparisons known when ``cond`` is ``holds``."""
    op = defining_op(cond)
    if op is None:
        return []
    from mlir import ir

    if op.name == "arith.cmpi":
        pred = ir.IntegerAttr(op.attributes["predicate"]).value
        return [(pred if holds else _NEGATE[pred], op.operands[0], op.operands[1])]
    if (op.name == "arith.andi" and holds) or (op.name == "arith.ori" and not holds):
        return [f for v in op.operands for f in condition_facts(v, holds)]
    if op.name == "arith.xori" and constant_int(op.operands[1]) == 1:
        return condition_facts(op.operands[0], not holds)
    return []


def enclosing_facts(op: ir.Operation) -> list[tuple[int, ir.Value, ir.Value]]:
    """Facts from the ``scf.if`` conditions around ``op`` and the ``llvm.intr.assume`` before it."""
    facts = []
    child = op
    parent = op.parent
    while child is not None:
        for sibling in child.operation.block.operations:
            if sibling.operation == child.operation:
                break
            if sibling.operation.name == "llvm.intr.assume":
                facts += condition_facts(sibling.operation.operands[0], True)
        if parent is None:
            break
        if parent.name == "scf.if":
            in_then = _region_index(parent, child) == 0
            facts += condition_facts(parent.operands[0], in_then)
        if parent.name in ("func.func", "llvm.func"):
            break
        child, parent = parent, parent.parent
    return facts


def enclosing_truths(op: ir.Operation) -> dict:
    """The ``i1`` conditions of the ``scf.if`` ops around ``op``, with the value each has there."""
    truths = {}
    child, parent = op, op.parent
    while parent is not None and parent.name not in ("func.func", "llvm.func"):
        if parent.name == "scf.if":
            truths.setdefault(parent.operands[0], _region_index(parent, child) == 0)
        child, parent = parent, parent.parent
    return truths


def _region_index(parent: ir.Operation, child: ir.Operation) -> int:
    block = child.operation.block
    for i, region in enumerate(parent.regions):
        for b in region.blocks:
            if b == block:
                return i
    return -1


class Ranges:
    """Ranges of integer values at a program point (``context``)."""

    def __init__(
        self, context: ir.Operation, extra_facts: list | None = None, truths: dict | None = None
    ) -> None:
        """``truths``: ``i1`` values known to be true or false at ``context`` (besides the
        conditions of the enclosing ``scf.if`` ops)."""
        self.facts = enclosing_facts(context) + list(extra_facts or [])
        self.truths = {**enclosing_truths(context), **(truths or {})}
        self._cache: dict = {}
        self._busy: set = set()
        self._tainted = False
        self._steps = 0
        self._se = None

    def range(self, value: ir.Value, depth: int = 0) -> Interval:
        if value in self._cache:
            return self._cache[value]
        if depth == 0:
            self._steps = 0
        self._steps += 1
        if value in self._busy or depth > 40 or self._steps > STEP_BUDGET:
            # A cycle through facts, or a query that grew too large (values reached through many
            # facts are not cached while tainted, so a deep DAG of facts is exponential): answer
            # conservatively, and do not cache what depends on it.
            self._tainted = True
            return type_range(value.type)
        self._busy.add(value)
        outer_taint, self._tainted = self._tainted, False
        try:
            lattice = _lattice(value)
            r = _on_lattice(self._compute(value, depth + 1).meet(type_range(value.type)), lattice)
            for _ in range(2):  # twice, so that the order of the facts does not matter
                for pred, lhs, rhs in self.facts:
                    for a, b, p in ((lhs, rhs, pred), (rhs, lhs, _SWAP[pred])):
                        sign, c = 1, _offset_from(a, value)
                        if c is None:
                            # ``a = ±value + c`` modulo 2^width (their polynomials differ by a
                            # constant, or add up to one), which holds where that does not wrap
                            found = self._poly_offset(a, value)
                            if found is None:
                                continue
                            sign, c = found
                            if not ((r if sign > 0 else -r) + Interval(c, c)).within(type_range(a.type)):
                                continue
                        ra = ((r if sign > 0 else -r) + Interval(c, c)).meet(type_range(a.type))
                        refined = _refine(ra, p, self.range(b, depth + 1)) - Interval(c, c)
                        r = r.meet(refined if sign > 0 else -refined)
                        r = _on_lattice(r, lattice)
        finally:
            self._busy.discard(value)
        if not self._tainted:
            self._cache[value] = r
        self._tainted = self._tainted or outer_taint
        return r

    def _poly_offset(self, a: ir.Value, v: ir.Value) -> tuple[int, int] | None:
        """``(sign, c)`` when ``a = sign * v + c`` modulo 2^width: a fact on ``k - 1`` (``i64``)
        is one on ``k`` (``index``) after ``scf-while-to-for`` rewrote an outer counter in its new
        loop index, and a fact on ``i = 299 - k`` one on ``k`` where it counts ``i`` down."""
        width = int_width(a.type)
        if width is None or width == 1 or width != int_width(v.type) or constant_int(v) is not None:
            return None
        if self._se is None:
            from mlc.compiler.raising.scev import ScalarEvolution

            self._se = ScalarEvolution()
        ea, ev = self._se.expr(a), self._se.expr(v)
        if ea.fits or ev.fits:
            return None
        for sign in (1, -1):
            d = ea.poly - ev.poly * sign
            if d.is_const():
                return sign, d.constant
        return None

    def poly_range(self, poly: Poly, atoms: Atoms) -> Interval:
        total = Interval(0, 0)
        for monomial, coef in poly.terms.items():
            term = Interval(coef, coef)
            for a in monomial:
                term = term * self.range(atoms.value(a))
            total = total + term
        return total

    def _compute(self, value: ir.Value, depth: int) -> Interval:
        c = constant_int(value)
        if c is not None:
            return Interval(c, c)
        if value in self.truths:
            return Interval(1, 1) if self.truths[value] else Interval(0, 0)
        op = defining_op(value)
        if op is None:
            return self._block_arg(value, depth)
        name, args = op.name, list(op.operands)
        width = int_width(value.type)
        full = type_range(value.type)
        if name in ("arith.extsi", "arith.index_cast") and (int_width(args[0].type) or 64) <= (width or 64):
            if int_width(args[0].type) == 1 and (width or 64) > 1:
                return -self.range(args[0], depth)  # sign-extended true is -1
            return self.range(args[0], depth)
        if name in ("arith.extui", "arith.index_castui"):
            src = int_width(args[0].type) or 64
            inner = self.range(args[0], depth)
            if inner.nonneg:
                return inner
            return Interval(0, (1 << src) - 1) if src < (width or 64) else full
        if name in ("arith.trunci", "arith.index_cast"):
            inner = self.range(args[0], depth)
            return inner if inner.within(full) else full
        if name in ("arith.addi", "arith.subi", "arith.muli"):
            a, b = self.range(args[0], depth), self.range(args[1], depth)
            r = a + b if name == "arith.addi" else a - b if name == "arith.subi" else a * b
            return r if r.within(full) or "nsw" in overflow(op) else full
        if name == "arith.andi":
            a, b = self.range(args[0], depth), self.range(args[1], depth)
            out = full
            for x, y in ((a, b), (b, a)):
                if y.lo is not None and y.lo == y.hi and y.lo >= 0:
                    out = out.meet(Interval(0, y.lo))
                if x.nonneg:
                    out = out.meet(Interval(0, x.hi))
                    m = y.lo if y.lo is not None and y.lo == y.hi else None
                    if m is not None and x.hi is not None and clears_only_low_bits(m, x.hi):
                        # ``x & m`` rounds a non-negative x down to a multiple of 2^k.
                        k = (m & -m).bit_length() - 1
                        out = out.meet(Interval(x.lo >> k << k, x.hi >> k << k))
                    if m is not None and x.hi is not None:
                        low = (1 << x.hi.bit_length()) - 1
                        if m & low == low:
                            out = out.meet(x)  # the mask keeps every bit x can have
            return out
        if name == "arith.xori" and (x_c := xor_constant(args)) is not None:
            # ``~x`` is ``-x - 1``; ``x ^ c`` an addition where ``x`` has low zero bits (never wraps)
            x, c = x_c
            r = self.range(x, depth)
            return (r if c >= 0 else -r) + Interval(c, c)
        if name in ("arith.maxsi", "arith.minsi"):
            a, b = self.range(args[0], depth), self.range(args[1], depth)
            pick = max if name == "arith.maxsi" else min
            return Interval(_opt(a.lo, b.lo, pick), _opt(a.hi, b.hi, pick))
        if name in ("arith.maxui", "arith.minui", "llvm.intr.usub.sat"):
            return self._unsigned(name, self.range(args[0], depth), self.range(args[1], depth), full)
        if name in ("arith.divsi", "arith.divui", "arith.ceildivsi", "arith.floordivsi"):
            k = constant_int(args[1])
            a = self.range(args[0], depth)
            if k and k > 0 and a.nonneg:
                return Interval(a.lo // k, None if a.hi is None else -(-a.hi // k))
            return full
        if name in ("arith.remui", "arith.remsi"):
            k = constant_int(args[1])
            if k and k > 0 and (name == "arith.remui" or self.range(args[0], depth).nonneg):
                return Interval(0, k - 1)
            return full
        if name == "arith.shrui":
            k = constant_int(args[1])
            if k and width and 0 < k < width:
                return Interval(0, (1 << (width - k)) - 1)
            return full
        if name == "arith.select":
            cond = self.range(args[0], depth)
            if cond.lo == cond.hi == 1:
                return self.range(args[1], depth)
            if cond.lo == cond.hi == 0:
                return self.range(args[2], depth)
            return self.range(args[1], depth).join(self.range(args[2], depth))
        if name == "arith.cmpi":
            return self._compare(op, depth)
        if name == "scf.if":
            return self._if_result(op, value, depth)
        return full

    @staticmethod
    def _unsigned(name: str, a: Interval, b: Interval, full: Interval) -> Interval:
        """Unsigned ``max``, ``min`` and saturating subtraction (clang's ``MAX(0, i - b)``): where
        the operands are non-negative, unsigned order is signed order."""
        if name == "arith.minui" and (a.nonneg or b.nonneg):
            # not above a non-negative operand, unsigned: in [0, its largest value]
            his = [r.hi for r in (a, b) if r.nonneg and r.hi is not None]
            lo = min(a.lo, b.lo) if a.nonneg and b.nonneg else 0
            return Interval(lo, min(his) if his else None)
        if not (a.nonneg and b.nonneg):
            return full
        if name == "arith.maxui":
            return Interval(max(a.lo, b.lo), _opt(a.hi, b.hi, max))
        lo = 0 if b.hi is None else max(0, a.lo - b.hi)
        return Interval(lo, None if a.hi is None else max(0, a.hi - b.lo))

    def _compare(self, op: ir.Operation, depth: int) -> Interval:
        """An ``i1`` comparison decided by the ranges of its operands (or by a fact), else ``[0, 1]``."""
        from mlir import ir

        pred = ir.IntegerAttr(op.attributes["predicate"]).value
        a, b = self.range(op.operands[0], depth), self.range(op.operands[1], depth)
        for fp, fa, fb in self.facts:
            if (fa, fb) == (op.operands[0], op.operands[1]):
                if fp == pred:
                    return Interval(1, 1)
                if fp == _NEGATE[pred]:
                    return Interval(0, 0)
        if pred in (ULT, ULE, UGT, UGE):
            if not (a.nonneg and b.nonneg):
                return Interval(0, 1)
            pred = {ULT: SLT, ULE: SLE, UGT: SGT, UGE: SGE}[pred]
        if None in (a.lo, a.hi, b.lo, b.hi):
            return Interval(0, 1)
        always = {
            EQ: a.lo == a.hi == b.lo == b.hi,
            NE: a.hi < b.lo or b.hi < a.lo,
            SLT: a.hi < b.lo,
            SLE: a.hi <= b.lo,
            SGT: a.lo > b.hi,
            SGE: a.lo >= b.hi,
        }
        never = {
            EQ: a.hi < b.lo or b.hi < a.lo,
            NE: a.lo == a.hi == b.lo == b.hi,
            SLT: a.lo >= b.hi,
            SLE: a.lo > b.hi,
            SGT: a.hi <= b.lo,
            SGE: a.hi < b.lo,
        }
        if always[pred]:
            return Interval(1, 1)
        if never[pred]:
            return Interval(0, 0)
        return Interval(0, 1)

    def _if_result(self, op: ir.Operation, value: ir.Value, depth: int) -> Interval:
        """The join of what each branch yields, each under its own branch condition."""
        from mlir import ir

        index = ir.OpResult(value).result_number
        out: Interval | None = None
        for holds, region in zip((True, False), op.regions, strict=True):
            if not region.blocks:
                return type_range(value.type)
            term = list(region.blocks[0].operations)[-1]
            branch = Ranges.__new__(Ranges)
            branch.facts = self.facts + condition_facts(op.operands[0], holds)
            branch.truths = {**self.truths, op.operands[0]: holds}
            branch._cache, branch._busy, branch._tainted = {}, set(self._busy), False
            branch._steps = self._steps  # the branch's queries count against this query's budget
            branch._se = self._se
            r = branch.range(term.operands[index], depth)
            self._steps = branch._steps
            out = r if out is None else out.join(r)
        return out or type_range(value.type)

    def _block_arg(self, value: ir.Value, depth: int) -> Interval:
        from mlir import ir

        parent = value.owner.owner
        index = ir.BlockArgument(value).arg_number
        if parent is not None and parent.operation.name == "affine.for" and index == 0:
            return self._affine_iv(parent.operation, depth)
        if (
            parent is not None
            and parent.operation.name == "scf.for"
            and ir.BlockArgument(value).arg_number == 0
        ):
            lb, ub, step = list(parent.operation.operands)[:3]
            st = constant_int(step)
            if st and st > 0:
                lo, hi = self.range(lb, depth), self.range(ub, depth)
                return Interval(lo.lo, None if hi.hi is None else hi.hi - 1)
        return type_range(value.type)

    def _affine_iv(self, loop: ir.Operation, depth: int) -> Interval:
        """An ``affine.for`` index: at least every lower bound, below every upper bound."""
        from mlir import ir

        lb_map = ir.AffineMapAttr(loop.attributes["lowerBoundMap"]).value
        ub_map = ir.AffineMapAttr(loop.attributes["upperBoundMap"]).value
        operands = list(loop.operands)
        lb_ops = operands[: lb_map.n_inputs]
        ub_ops = operands[lb_map.n_inputs : lb_map.n_inputs + ub_map.n_inputs]
        los = [self._affine_expr(e, lb_ops, lb_map.n_dims, depth).lo for e in lb_map.results]
        his = [self._affine_expr(e, ub_ops, ub_map.n_dims, depth).hi for e in ub_map.results]
        lo = max((v for v in los if v is not None), default=None)
        hi = min((v for v in his if v is not None), default=None)
        return Interval(lo, None if hi is None else hi - 1)

    def _affine_expr(self, expr: ir.AffineExpr, operands: list, n_dims: int, depth: int) -> Interval:
        """The range of an affine expression of ``operands`` (dims, then symbols)."""
        from mlir import ir

        e = expr.maybe_downcast()
        if isinstance(e, ir.AffineConstantExpr):
            return Interval(e.value, e.value)
        if isinstance(e, ir.AffineDimExpr):
            return self.range(operands[e.position], depth)
        if isinstance(e, ir.AffineSymbolExpr):
            return self.range(operands[n_dims + e.position], depth)
        if isinstance(e, ir.AffineAddExpr | ir.AffineMulExpr):
            a, b = (self._affine_expr(x, operands, n_dims, depth) for x in (e.lhs, e.rhs))
            return a + b if isinstance(e, ir.AffineAddExpr) else a * b
        return Interval(None, None)

    def known_multiple(self, value: ir.Value, m: int, depth: int = 0) -> bool:
        """Whether ``value`` is provably a multiple of ``m``."""
        if m in (1, -1):
            return True
        c = constant_int(value)
        if c is not None:
            return c % m == 0
        op = defining_op(value)
        if op is None or depth > 20:
            return False
        name, args = op.name, list(op.operands)
        if name in ("arith.extsi", "arith.extui", "arith.index_cast", "arith.index_castui"):
            return self.known_multiple(args[0], m, depth + 1)
        if name in ("arith.addi", "arith.subi"):
            return all(self.known_multiple(a, m, depth + 1) for a in args)
        if name == "arith.muli":
            return any(self.known_multiple(a, m, depth + 1) for a in args)
        if name == "arith.shli":
            k = constant_int(args[1])
            return (k is not None and (1 << k) % m == 0) or self.known_multiple(args[0], m, depth + 1)
        if name == "arith.select":
            return all(self.known_multiple(a, m, depth + 1) for a in args[1:])
        if name == "arith.andi" and m > 0 and m & (m - 1) == 0:
            return any((c := constant_int(a)) is not None and c % m == 0 for a in args) or any(
                self.known_multiple(a, m, depth + 1) for a in args
            )
        return False


def _lattice(value: ir.Value) -> tuple[int, int] | None:
    """``(lb, step)`` when ``value`` is the induction variable of an ``scf.for`` with a constant
    start and a constant positive step: it only takes the values ``lb + k * step``."""
    from mlir import ir

    if not isinstance(value.owner, ir.Block) or ir.BlockArgument(value).arg_number != 0:
        return None
    parent = value.owner.owner
    if parent is None or parent.operation.name != "scf.for":
        return None
    lb, step = constant_int(parent.operation.operands[0]), constant_int(parent.operation.operands[2])
    return (lb, step) if lb is not None and step is not None and step > 1 else None


def _on_lattice(r: Interval, lattice: tuple[int, int] | None) -> Interval:
    """``r`` with its ends moved inwards to values ``lb + k * step``: the last trip of ``for i
    in [0, 504) step 8`` is 496, and 488 where a guard says ``i != 496``."""
    if lattice is None:
        return r
    lb, st = lattice
    lo = None if r.lo is None else lb + -((lb - r.lo) // st) * st
    hi = None if r.hi is None else lb + (r.hi - lb) // st * st
    return Interval(lo, hi)


def clears_only_low_bits(mask: int, hi: int) -> bool:
    """Whether ``mask`` keeps every bit of values in ``[0, hi]`` except some low ones (mask ``...1100``)."""
    if mask == 0:
        return False
    k = (mask & -mask).bit_length() - 1
    width = max(hi.bit_length(), k)
    if mask < 0:
        return True
    needed = ((1 << width) - 1) >> k << k
    return mask & needed == needed


def _offset_from(a: ir.Value, v: ir.Value, depth: int = 0) -> int | None:
    """``c`` when ``a`` is ``v + c`` through additions of constants (without wrap) and sign extensions."""
    if a == v:
        return 0
    op = defining_op(a)
    if op is None or depth > 6:
        return None
    args = list(op.operands)
    if op.name in ("arith.extsi", "arith.index_cast") and (int_width(args[0].type) or 64) <= (
        int_width(a.type) or 64
    ):
        return _offset_from(args[0], v, depth + 1)
    if op.name in ("arith.addi", "arith.subi") and "nsw" in overflow(op):
        k = constant_int(args[1])
        if k is not None:
            inner = _offset_from(args[0], v, depth + 1)
            return None if inner is None else inner + (k if op.name == "arith.addi" else -k)
        k = constant_int(args[0])
        if k is not None and op.name == "arith.addi":
            inner = _offset_from(args[1], v, depth + 1)
            return None if inner is None else inner + k
    return None


def _refine(r: Interval, pred: int, other: Interval) -> Interval:
    """``r`` narrowed by ``value <pred> other``."""
    if pred in (UGT, UGE) and other.hi is not None and other.lo == other.hi and other.hi < 0:
        # above a negative constant, unsigned: the top of the unsigned range, negative signed
        return r.meet(Interval(other.hi + (1 if pred == UGT else 0), -1))
    if pred in (ULT, ULE) and other.nonneg:
        pred = SLT if pred == ULT else SLE
        r = r.meet(Interval(0, None))
    elif pred in (UGT, UGE) and r.nonneg and other.nonneg:
        pred = SGT if pred == UGT else SGE
    if pred == SLT and other.hi is not None:
        return r.meet(Interval(None, other.hi - 1))
    if pred == SLE and other.hi is not None:
        return r.meet(Interval(None, other.hi))
    if pred == SGT and other.lo is not None:
        return r.meet(Interval(other.lo + 1, None))
    if pred == SGE and other.lo is not None:
        return r.meet(Interval(other.lo, None))
    if pred == EQ:
        return r.meet(other)
    if pred == NE and other.lo is not None and other.lo == other.hi:
        if r.lo == other.lo:
            return Interval(r.lo + 1, r.hi)
        if r.hi == other.lo:
            return Interval(r.lo, r.hi - 1)
    return r
