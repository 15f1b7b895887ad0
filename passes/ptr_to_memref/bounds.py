"""Extremes of polynomials over a loop nest: statically where the signs are known, else as code.

An induction variable ``iv`` of a loop ``[lb, ub)`` lies in ``[lb, ub - 1]``
whenever the loop body runs, so the maximum of ``c * iv + rest`` is reached at
``ub - 1`` for ``c > 0`` and at ``lb`` for ``c < 0``. Inner induction
variables are eliminated first: their bounds may mention outer ones
(triangular nests). When a coefficient is symbolic, its sign is unknown:
``symbolic`` gives up and ``emit`` computes both candidates and takes the
larger (smaller) at run time. The results over-approximate the values an
access can take, which is what run-time checks and view sizes need.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from mlc.compiler.raising.materialize import Builder
from mlc.compiler.raising.nest import Loop
from mlc.compiler.raising.poly import Atoms, Poly
from mlc.compiler.raising.ranges import Interval, type_range

if TYPE_CHECKING:
    from mlir import ir


class Bounds:
    """Extremes over the domain described by ``loops`` (induction-variable atom -> loop, depth)."""

    def __init__(self, loops: dict[int, tuple[Loop, int]], atoms: Atoms) -> None:
        self.loops, self.atoms = loops, atoms

    def inside(self, nest: list[Loop]) -> Bounds:
        """The bounds where the body of ``nest`` (outermost first) runs: each of its loops takes
        at least one trip there, which may narrow a constant bound of an outer one.

        Counting down from 2499, ``for j in [2500 - t, 2500)`` runs only for ``t >= 1``, so an
        access in its body never sees ``t = 0``.
        """
        narrowed = dict(self.loops)
        for inner in nest:
            room = inner.last - inner.first  # >= 0 where the loop runs
            atoms = room.atoms()
            if len(atoms) != 1 or next(iter(atoms)) not in narrowed:
                continue
            (a,) = atoms
            coef = room.coefficient(a)
            if room.degree(a) != 1 or not coef.is_const() or not coef.constant:
                continue
            c, rest = coef.constant, room.constant  # c * a + rest >= 0
            outer, depth = narrowed[a]
            if c > 0 and outer.first.is_const():
                first = Poly.const(max(outer.first.constant, -(rest // c)))
                narrowed[a] = (replace(outer, first=first), depth)
            elif c < 0 and outer.last.is_const():
                last = Poly.const(min(outer.last.constant, rest // -c))
                narrowed[a] = (replace(outer, last=last), depth)
        return Bounds(narrowed, self.atoms)

    def _innermost(self, poly: Poly) -> int | None:
        ivs = [a for a in poly.atoms() if a in self.loops]
        return max(ivs, key=lambda a: self.loops[a][1]) if ivs else None

    def _candidates(self, poly: Poly, iv: int, want_max: bool) -> tuple[Poly, ...] | Poly:
        loop = self.loops[iv][0]
        coef = poly.coefficient(iv)
        lo, hi = loop.first, loop.last
        if coef.is_const():
            pick = hi if (coef.constant > 0) == want_max else lo
            return poly.substitute(iv, pick)
        return poly.substitute(iv, hi), poly.substitute(iv, lo)

    def symbolic(self, poly: Poly, want_max: bool) -> Poly | None:
        """The extreme as a polynomial in symbols, or None when a coefficient sign is unknown."""
        for _ in range(64):
            iv = self._innermost(poly)
            if iv is None:
                return poly
            nxt = self._candidates(poly, iv, want_max)
            if isinstance(nxt, tuple):
                return None
            poly = nxt
        return None

    def emit(
        self, poly: Poly, want_max: bool, b: Builder, type_: ir.Type, symbols: dict[int, ir.Value]
    ) -> ir.Value:
        """Code computing the extreme in ``type_``; ``symbols`` maps atoms to values at ``b``."""
        iv = self._innermost(poly)
        if iv is None:
            return b.poly(poly, _Rebound(self.atoms, symbols), type_)
        nxt = self._candidates(poly, iv, want_max)
        if not isinstance(nxt, tuple):
            return self.emit(nxt, want_max, b, type_, symbols)
        first, second = (self.emit(p, want_max, b, type_, symbols) for p in nxt)
        return b.binary("arith.maxsi" if want_max else "arith.minsi", first, second)


class _Rebound(Atoms):
    """Atoms whose values are replaced (by their copies at the function entry)."""

    def __init__(self, atoms: Atoms, symbols: dict[int, ir.Value]) -> None:
        super().__init__(atoms.values, atoms.ids)
        self.symbols = symbols

    def value(self, atom_id: int) -> ir.Value:
        return self.symbols[atom_id]


def symbol_interval(poly: Poly, atoms: Atoms) -> Interval:
    """The range of a polynomial in symbols, from the types of the symbols alone."""
    total = Interval(0, 0)
    for monomial, coef in poly.terms.items():
        term = Interval(coef, coef)
        for a in monomial:
            term = term * type_range(atoms.value(a).type)
        total = total + term
    return total
