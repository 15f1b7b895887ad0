"""Loop nests around an op, and values that can be recomputed at the function entry.

``LoopNest`` gives, for an op inside ``scf.for`` loops, each enclosing loop's
induction variable and bounds as polynomials. ``Hoister`` decides which SSA
values are *symbols* (computable from the function arguments alone) and
recomputes them at the function entry, where the run-time checks and the
memref views of a raised function are built.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.raising.addresses import NotAffine
from mlc.compiler.raising.poly import Poly
from mlc.compiler.raising.ranges import Ranges
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

# Unit attribute on an ``scf.for`` whose ``ub - lb`` is known to be a multiple of its step
# (``scf-while-to-for`` sets it; the loop readers here and ``reroll-loops`` rely on it).

# Ops that can run at the function entry even where the original only ran them
# under a guard: they cannot trap, and overflow flags are dropped when copied.
_SAFE = {
    "arith.constant",
    "arith.addi",
    "arith.subi",
    "arith.muli",
    "arith.andi",
    "arith.ori",
    "arith.xori",
    "arith.extsi",
    "arith.extui",
    "arith.trunci",
    "arith.index_cast",
    "arith.index_castui",
    "arith.select",
    "arith.cmpi",
    "arith.maxsi",
    "arith.minsi",
    "arith.maxui",
    "arith.minui",
}


@dataclass(frozen=True)
class Loop:
    """An enclosing ``scf.for``: ``iv`` in ``[lb, ub)`` by ``step`` (lb, ub polynomials).

    ``first`` and ``last`` bound the values ``iv`` takes, in symbols and outer
    induction variables: normally ``lb`` and ``ub - step`` (when the trip range
    is a known multiple of the step) or ``ub - 1``. A bound that is not
    expressible so (the resume point of a remainder loop, chosen at run time)
    is replaced by a constant bound of its value range.
    """

    op: ir.Operation
    iv: ir.Value
    iv_atom: int
    lb: Poly
    ub: Poly
    step: int
    first: Poly
    last: Poly


class LoopNest:
    """Enclosing loops of ops in one function (cached per loop)."""

    def __init__(self, func: ir.Operation, se: ScalarEvolution, hoister: Hoister) -> None:
        self.func, self.se, self.hoister = func, se, hoister
        self._loops: dict = {}

    def loops(self, op: ir.Operation) -> list[Loop]:
        """Enclosing ``scf.for`` loops, outermost first; raises ``NotAffine`` inside other loops."""
        chain: list[Loop] = []
        parent = op.parent
        while parent is not None and parent.operation != self.func:
            name = parent.name
            if name == "scf.for":
                chain.append(self._loop(parent.operation))
            elif name in ("scf.while", "affine.for", "scf.parallel", "scf.forall"):
                raise NotAffine("it is inside a loop whose trip count is not known")
            parent = parent.operation.parent
        return chain[::-1]

    def _loop(self, op: ir.Operation) -> Loop:
        if op in self._loops:
            return self._loops[op]
        lb, ub, step = list(op.operands)[:3]
        st = constant_int(step)
        if st is None or st <= 0:
            raise NotAffine("a loop around it has a non-constant step")
        iv = op.regions[0].blocks[0].arguments[0]
        lbe, ube = self.se.expr(lb), self.se.expr(ub)
        if lbe.fits or ube.fits or not (lbe.exact and ube.exact):
            raise NotAffine("a loop bound around it uses narrow arithmetic that may wrap")
        ranges = Ranges(op)
        first, last = lbe.poly, ube.poly - 1
        if lbe.poly.is_const() and ube.poly.is_const():
            lo, hi = lbe.poly.constant, ube.poly.constant
            last = Poly.const(lo + max(hi - 1 - lo, 0) // st * st)
        elif st > 1 and (
            attributes.STEP_DIVIDES_TRIP in op.attributes
            or (ranges.known_multiple(lb, st) and ranges.known_multiple(ub, st))
        ):
            last = ube.poly - st
        outer = {self.se.atoms.id(v) for v in self._outer_ivs(op)}
        if not self._expressible(first, outer):
            first = self._unmasked(first, ranges, upper=False)
            if not self._expressible(first, outer):
                first = self._range_end(ranges, lb, low=True)
        if not self._expressible(last, outer):
            last = self._unmasked(last, ranges, upper=True)
            if not self._expressible(last, outer):
                last = self._range_end(ranges, ub, low=False) - 1
        loop = Loop(op, iv, self.se.atoms.id(iv), lbe.poly, ube.poly, st, first, last)
        self._loops[op] = loop
        return loop

    def _outer_ivs(self, op: ir.Operation) -> list[ir.Value]:
        ivs, parent = [], op.parent
        while parent is not None and parent.operation != self.func:
            if parent.name == "scf.for":
                ivs.append(parent.operation.regions[0].blocks[0].arguments[0])
            parent = parent.operation.parent
        return ivs

    def _expressible(self, poly: Poly, ivs: set[int]) -> bool:
        return affine_in(poly, ivs) and all(
            a in ivs or self.hoister.is_symbol(self.se.atoms.value(a)) for a in poly.atoms()
        )

    def _unmasked(self, poly: Poly, ranges: Ranges, upper: bool) -> Poly:
        """``poly`` with each term ``c * (x & m)`` of a non-negative ``x`` bounded by ``x`` or 0
        (an upper bound if ``upper``, else a lower one): clearing bits of a non-negative
        number never makes it larger. Clang's remainder loop of a loop unrolled at run time
        runs ``n & 3`` trips; bounded by ``n`` it stays inside the loop it was split from."""
        for atom in poly.atoms():
            x = _masked_operand(self.se.atoms.value(atom))
            coef = poly.coefficient(atom)
            if x is None or not coef.is_const() or poly.degree(atom) != 1 or not ranges.range(x).nonneg:
                continue
            e = self.se.expr(x)
            if not e.exact or e.fits:
                continue
            poly = poly.substitute(atom, e.poly if (coef.constant > 0) == upper else Poly.const(0))
        return poly

    @staticmethod
    def _range_end(ranges: Ranges, value: ir.Value, low: bool) -> Poly:
        r = ranges.range(value)
        end = r.lo if low else r.hi
        if end is None:
            raise NotAffine("a loop bound around it is neither computable from the arguments nor bounded")
        return Poly.const(end)


def _masked_operand(value: ir.Value) -> ir.Value | None:
    """``x`` where ``value`` is ``x & m`` for a constant ``m`` (through casts that keep its
    value), else None."""
    op = defining_op(value)
    while op is not None and op.name in ("arith.index_cast", "arith.extsi", "arith.extui"):
        op = defining_op(op.operands[0])
    if op is None or op.name != "arith.andi":
        return None
    a, b = op.operands
    if constant_int(b) is not None:
        return a
    return b if constant_int(a) is not None else None


class Hoister:
    """Recomputes symbol values at the function entry (before ``anchor``)."""

    def __init__(self, func: ir.Operation, anchor: ir.Operation) -> None:
        self.entry = func.regions[0].blocks[0]
        self.anchor = anchor
        self._copies: dict = {}

    def is_symbol(self, value: ir.Value, depth: int = 0) -> bool:
        """Whether ``value`` is a function argument or a safe computation of arguments."""
        from mlir import ir

        if isinstance(value.owner, ir.Block):
            return value.owner == self.entry
        op = defining_op(value)
        if op is None or depth > 24 or len(op.regions):
            return False
        name = op.name
        if name in SHIFTS or name in DIVISIONS:
            if not defined_for_all(op):
                return False
        elif name not in _SAFE:
            return False
        return all(self.is_symbol(v, depth + 1) for v in op.operands)

    def hoist(self, value: ir.Value) -> ir.Value:
        """``value`` recomputed at the entry (itself if it is an argument)."""
        from mlir import ir

        if isinstance(value.owner, ir.Block):
            return value
        if value in self._copies:
            return self._copies[value]
        op = defining_op(value)
        operands = [self.hoist(v) for v in op.operands]
        copy = op.clone(ip=ir.InsertionPoint(self.anchor))
        for i, v in enumerate(operands):
            copy.operands[i] = v
        if "overflowFlags" in copy.attributes:
            # A copy runs unguarded: it must not turn a wrap into poison.
            copy.attributes["overflowFlags"] = ir.Attribute.parse("#arith.overflow<none>")
        for old, new in zip(op.results, copy.results, strict=True):
            self._copies[old] = new
        return self._copies[value]


def check_symbols(poly: Poly, se: ScalarEvolution, hoister: Hoister, ivs: set[int], what: str) -> None:
    """Raise ``NotAffine`` unless every atom of ``poly`` is an induction variable or a symbol."""
    for a in poly.atoms():
        if a in ivs:
            continue
        if not hoister.is_symbol(se.atoms.value(a)):
            raise NotAffine(f"{what} depends on a value computed inside the function ({_describe(se, a)})")


def _describe(se: ScalarEvolution, atom: int) -> str:
    value = se.atoms.value(atom)
    op = defining_op(value)
    if op is None:
        return "a loop-carried value"
    return f"the result of {op.name}"


def affine_in(poly: Poly, ivs: set[int]) -> bool:
    """Whether every monomial of ``poly`` has at most one induction variable, to the first power."""
    return all(sum(1 for a in m if a in ivs) <= 1 for m in poly.terms)
