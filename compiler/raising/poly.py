"""Integer polynomials over SSA values: the symbolic form of loop bounds and addresses.

An ``Expr`` describes an integer SSA value as a polynomial with integer
coefficients over *atoms* (SSA values that are not decomposed further: function
arguments, induction variables, loaded values). This is the analysis the
raising passes reason with, in the spirit of LLVM's scalar evolution:

Atoms are read as signed integers, except ``i1`` atoms, which stand for 0 or 1.

* ``exact``: the value, read as a signed integer, is ``poly``. Otherwise
  (narrow arithmetic without ``nsw``, which wraps) only ``value = poly`` modulo
  2^width is known. 64-bit arithmetic counts as exact: it is taken modulo 2^64
  like the address computations it feeds.
* ``fits``: conditions ``(p, lo, hi)`` under which the above holds, meaning
  ``lo <= p <= hi``. They arise where a wrapping narrow value is widened:
  ``sext(a + b)`` equals ``sext(a) + sext(b)`` only when ``a + b`` does not
  wrap, ``zext(x)`` equals ``x`` only when ``0 <= x < 2^width``. Arithmetic with
  ``nsw`` needs no condition (a wrap would be poison there).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mlir import ir

Monomial = tuple[int, ...]  # sorted atom ids; () is the constant term


class Poly:
    """An immutable polynomial ``sum(coef * prod(atoms))`` with integer coefficients."""

    __slots__ = ("_hash", "terms")

    def __init__(self, terms: Mapping[Monomial, int] | None = None) -> None:
        self.terms: dict[Monomial, int] = {m: c for m, c in (terms or {}).items() if c}
        self._hash: int | None = None

    @staticmethod
    def const(c: int) -> Poly:
        return Poly({(): c})

    @staticmethod
    def atom(atom_id: int) -> Poly:
        return Poly({(atom_id,): 1})

    def __add__(self, other: Poly | int) -> Poly:
        other = _lift(other)
        out = dict(self.terms)
        for m, c in other.terms.items():
            out[m] = out.get(m, 0) + c
        return Poly(out)

    __radd__ = __add__

    def __neg__(self) -> Poly:
        return Poly({m: -c for m, c in self.terms.items()})

    def __sub__(self, other: Poly | int) -> Poly:
        return self + (-_lift(other))

    def __rsub__(self, other: Poly | int) -> Poly:
        return _lift(other) - self

    def __mul__(self, other: Poly | int) -> Poly:
        other = _lift(other)
        out: dict[Monomial, int] = {}
        for m1, c1 in self.terms.items():
            for m2, c2 in other.terms.items():
                m = tuple(sorted(m1 + m2))
                out[m] = out.get(m, 0) + c1 * c2
        return Poly(out)

    __rmul__ = __mul__

    def __eq__(self, other: object) -> bool:
        if isinstance(other, int):
            other = Poly.const(other)
        return isinstance(other, Poly) and self.terms == other.terms

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self.terms.items()))
        return self._hash

    def __repr__(self) -> str:
        return self.format(lambda a: f"a{a}")

    def format(self, name) -> str:
        """Human-readable text; ``name(atom_id)`` names atoms."""
        if not self.terms:
            return "0"
        parts = []
        for m, c in sorted(self.terms.items(), key=lambda t: (-len(t[0]), t[0])):
            body = "*".join(name(a) for a in m)
            if not body:
                parts.append(str(c))
            elif c == 1:
                parts.append(body)
            elif c == -1:
                parts.append(f"-{body}")
            else:
                parts.append(f"{c}*{body}")
        return " + ".join(parts).replace("+ -", "- ")

    @property
    def constant(self) -> int:
        return self.terms.get((), 0)

    def is_const(self) -> bool:
        return all(not m for m in self.terms)

    def atoms(self) -> set[int]:
        return {a for m in self.terms for a in m}

    def degree(self, atom_id: int) -> int:
        return max((m.count(atom_id) for m in self.terms), default=0)

    def coefficient(self, atom_id: int) -> Poly:
        """The coefficient of ``atom_id`` when the polynomial is linear in it."""
        out: dict[Monomial, int] = {}
        for m, c in self.terms.items():
            if atom_id in m:
                rest = list(m)
                rest.remove(atom_id)
                out[tuple(rest)] = out.get(tuple(rest), 0) + c
        return Poly(out)

    def without(self, atom_ids: Iterable[int]) -> Poly:
        """The terms that mention none of ``atom_ids``."""
        drop = set(atom_ids)
        return Poly({m: c for m, c in self.terms.items() if not drop.intersection(m)})

    def substitute(self, atom_id: int, value: Poly) -> Poly:
        out = Poly()
        for m, c in self.terms.items():
            term = Poly.const(c)
            for a in m:
                term = term * (value if a == atom_id else Poly.atom(a))
            out = out + term
        return out

    def divisible_by(self, k: int) -> bool:
        return all(c % k == 0 for c in self.terms.values())

    def exact_div(self, k: int) -> Poly:
        return Poly({m: c // k for m, c in self.terms.items()})

    def content(self) -> int:
        """The gcd of the coefficients (0 for the zero polynomial)."""
        from math import gcd

        g = 0
        for c in self.terms.values():
            g = gcd(g, c)
        return g


def _lift(x: Poly | int) -> Poly:
    return x if isinstance(x, Poly) else Poly.const(x)


@dataclass(frozen=True)
class Expr:
    """An SSA integer value as a polynomial, exact under the ``fits`` conditions."""

    poly: Poly
    fits: tuple[tuple[Poly, int, int], ...] = ()
    exact: bool = True


@dataclass
class Atoms:
    """Numbering of the SSA values used as polynomial atoms (in order of discovery)."""

    values: list = field(default_factory=list)
    ids: dict = field(default_factory=dict)

    def id(self, value: ir.Value) -> int:
        if value not in self.ids:
            self.ids[value] = len(self.values)
            self.values.append(value)
        return self.ids[value]

    def value(self, atom_id: int) -> ir.Value:
        return self.values[atom_id]

    def __iter__(self) -> Iterator[ir.Value]:
        return iter(self.values)


def quotient(a: Poly, b: Poly) -> Poly | None:
    """``a / b`` when it is a polynomial: ``b`` a constant, a single monomial, or ``a = k * b``."""
    if b.is_const():
        k = b.constant
        return a.exact_div(k) if k and a.divisible_by(k) else None
    if len(b.terms) > 1:
        (bm, bc) = max(b.terms.items())
        if bm not in a.terms or a.terms[bm] % bc:
            return None
        k = a.terms[bm] // bc
        return Poly.const(k) if a == b * k else None
    ((bm, bc),) = b.terms.items()
    out = {}
    for m, c in a.terms.items():
        rest = list(m)
        for atom in bm:
            if atom not in rest:
                return None
            rest.remove(atom)
        if c % bc:
            return None
        out[tuple(rest)] = c // bc
    return Poly(out)
