"""Quasi-affine index expressions over named variables.

An ``Expr`` is a linear combination of *atoms* plus a constant. An atom is a
variable (a loop induction variable, a hardware id, a symbol) or a non-linear
term: ``floordiv``/``mod``/``ceildiv`` by a constant, a product of two
expressions, a ``min``/``max``, or ``Unknown`` when the value cannot be
described (a loaded value, an unsupported op). Terms whose coefficient is a
multiple of the divisor are moved out of ``floordiv``/``mod``, so
``(tid + 32*k) floordiv 32`` becomes ``k + tid floordiv 32`` and the parts that
depend on threads stay separate from the parts that do not.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np


class Atom(ABC):
    """A term of an ``Expr``: a variable or a non-linear sub-expression."""

    @abstractmethod
    def variables(self) -> frozenset[str]:
        """The variables the term depends on."""

    @abstractmethod
    def evaluate(self, env: Mapping[str, np.ndarray | int]) -> np.ndarray | int:
        """The term's value for the variable values in ``env`` (arrays evaluate elementwise)."""

    @abstractmethod
    def substitute(self, repl: Mapping[str, Expr]) -> Expr:
        """The term with variables replaced by expressions."""

    def unknowns(self) -> list[str]:
        return []


@dataclass(frozen=True)
class Var(Atom):
    name: str

    def variables(self) -> frozenset[str]:
        return frozenset((self.name,))

    def evaluate(self, env):
        return env[self.name]

    def substitute(self, repl):
        found = repl.get(self.name)
        return Expr.var(self.name) if found is None else found

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Div(Atom):
    """``arg floordiv c``, ``arg mod c`` or ``arg ceildiv c`` with a constant ``c > 0``."""

    kind: str  # "floordiv" | "mod" | "ceildiv"
    arg: Expr
    divisor: int

    def variables(self):
        return self.arg.variables()

    def evaluate(self, env):
        x = self.arg.evaluate(env)
        if self.kind == "floordiv":
            return np.floor_divide(x, self.divisor)
        if self.kind == "mod":
            return np.mod(x, self.divisor)
        return -np.floor_divide(-np.asarray(x), self.divisor)

    def substitute(self, repl):
        arg = self.arg.substitute(repl)
        return {"floordiv": arg.floordiv, "mod": arg.mod, "ceildiv": arg.ceildiv}[self.kind](self.divisor)

    def unknowns(self):
        return self.arg.unknowns()

    def __str__(self) -> str:
        return f"({self.arg} {self.kind} {self.divisor})"


@dataclass(frozen=True)
class Prod(Atom):
    """A product of two non-constant expressions."""

    lhs: Expr
    rhs: Expr

    def variables(self):
        return self.lhs.variables() | self.rhs.variables()

    def evaluate(self, env):
        return self.lhs.evaluate(env) * self.rhs.evaluate(env)

    def substitute(self, repl):
        return self.lhs.substitute(repl) * self.rhs.substitute(repl)

    def unknowns(self):
        return self.lhs.unknowns() + self.rhs.unknowns()

    def __str__(self) -> str:
        return f"({self.lhs} * {self.rhs})"


@dataclass(frozen=True)
class Extremum(Atom):
    kind: str  # "min" | "max"
    args: tuple[Expr, ...]

    def variables(self):
        return frozenset().union(*(a.variables() for a in self.args))

    def evaluate(self, env):
        vals = [a.evaluate(env) for a in self.args]
        out = vals[0]
        for v in vals[1:]:
            out = np.minimum(out, v) if self.kind == "min" else np.maximum(out, v)
        return out

    def substitute(self, repl):
        return Expr.extremum(self.kind, [a.substitute(repl) for a in self.args])

    def unknowns(self):
        return [u for a in self.args for u in a.unknowns()]

    def __str__(self) -> str:
        return f"{self.kind}({', '.join(map(str, self.args))})"


_BITWISE_SYMBOL = {"and": "&", "or": "|", "xor": "^"}


@dataclass(frozen=True)
class Bitwise(Atom):
    """``lhs & rhs``, ``lhs | rhs`` or ``lhs ^ rhs`` of non-negative integers (swizzled
    shared-memory indices XOR a row's bits into its column)."""

    kind: str  # "and" | "or" | "xor"
    lhs: Expr
    rhs: Expr

    def variables(self):
        return self.lhs.variables() | self.rhs.variables()

    def evaluate(self, env):
        fn = {"and": np.bitwise_and, "or": np.bitwise_or, "xor": np.bitwise_xor}[self.kind]
        return fn(
            np.asarray(self.lhs.evaluate(env), dtype=np.int64),
            np.asarray(self.rhs.evaluate(env), dtype=np.int64),
        )

    def substitute(self, repl):
        return Expr.bitwise(self.kind, self.lhs.substitute(repl), self.rhs.substitute(repl))

    def unknowns(self):
        return self.lhs.unknowns() + self.rhs.unknowns()

    def __str__(self) -> str:
        return f"({self.lhs} {_BITWISE_SYMBOL[self.kind]} {self.rhs})"


@dataclass(frozen=True)
class Unknown(Atom):
    """A value the analysis cannot describe; ``reason`` says why."""

    reason: str

    def variables(self):
        return frozenset()

    def evaluate(self, env):
        raise ValueError(f"cannot evaluate an unknown value ({self.reason})")

    def substitute(self, repl):
        return Expr.atom(self)

    def unknowns(self):
        return [self.reason]

    def __str__(self) -> str:
        return f"?({self.reason})"


@dataclass(frozen=True)
class Expr:
    """``const + sum(coef * atom)``; build with the class methods and operators."""

    terms: tuple[tuple[Atom, int], ...] = ()
    const: int = 0

    @staticmethod
    def make(terms: Mapping[Atom, int] | Iterable[tuple[Atom, int]], const: int = 0) -> Expr:
        acc: dict[Atom, int] = {}
        for atom, coef in terms.items() if isinstance(terms, Mapping) else terms:
            acc[atom] = acc.get(atom, 0) + coef
        kept = sorted(((a, c) for a, c in acc.items() if c != 0), key=lambda t: str(t[0]))
        return Expr(tuple(kept), int(const))

    @staticmethod
    def constant(value: int) -> Expr:
        return Expr((), int(value))

    @staticmethod
    def var(name: str) -> Expr:
        return Expr(((Var(name), 1),), 0)

    @staticmethod
    def atom(atom: Atom) -> Expr:
        return Expr(((atom, 1),), 0)

    @staticmethod
    def unknown(reason: str) -> Expr:
        return Expr.atom(Unknown(reason))

    @staticmethod
    def extremum(kind: str, args: list[Expr]) -> Expr:
        if all(a.is_constant() for a in args):
            vals = [a.const for a in args]
            return Expr.constant(min(vals) if kind == "min" else max(vals))
        uniq = tuple(dict.fromkeys(args))
        return uniq[0] if len(uniq) == 1 else Expr.atom(Extremum(kind, uniq))

    @staticmethod
    def bitwise(kind: str, lhs: Expr, rhs: Expr) -> Expr:
        if lhs.is_constant() and rhs.is_constant():
            fn = {"and": int.__and__, "or": int.__or__, "xor": int.__xor__}[kind]
            return Expr.constant(fn(lhs.const, rhs.const))
        if kind in ("or", "xor") and rhs.is_constant() and rhs.const == 0:
            return lhs
        if lhs.unknowns() or rhs.unknowns():
            return Expr.unknown((lhs.unknowns() + rhs.unknowns())[0])
        return Expr.atom(Bitwise(kind, lhs, rhs))

    # -- queries -------------------------------------------------------------
    def is_constant(self) -> bool:
        return not self.terms

    def variables(self) -> frozenset[str]:
        return frozenset().union(*(a.variables() for a, _ in self.terms))

    def unknowns(self) -> list[str]:
        return [u for a, _ in self.terms for u in a.unknowns()]

    def linear(self) -> dict[str, int] | None:
        """Coefficients by variable name if the expression is affine, else None."""
        if not all(isinstance(a, Var) for a, _ in self.terms):
            return None
        return {a.name: c for a, c in self.terms}

    def coefficient(self, name: str) -> int | None:
        """The coefficient of ``name`` if it only appears linearly; None if inside a non-linear atom."""
        coef = 0
        for atom, c in self.terms:
            if isinstance(atom, Var):
                if atom.name == name:
                    coef += c
            elif name in atom.variables():
                return None
        return coef

    def split(self, names: frozenset[str]) -> tuple[Expr, Expr] | None:
        """(part over ``names`` only, the rest) if no atom mixes both kinds of variables."""
        inside, outside = [], []
        for atom, c in self.terms:
            vs = atom.variables()
            if vs and vs <= names:
                inside.append((atom, c))
            elif vs & names:
                return None
            else:
                outside.append((atom, c))
        return Expr.make(inside), Expr.make(outside, self.const)

    def evaluate(self, env: Mapping[str, np.ndarray | int]) -> np.ndarray | int:
        total: np.ndarray | int = self.const
        for atom, c in self.terms:
            total = total + c * atom.evaluate(env)
        return total

    def substitute(self, repl: Mapping[str, Expr]) -> Expr:
        out = Expr.constant(self.const)
        for atom, c in self.terms:
            out = out + atom.substitute(repl) * c
        return out

    # -- arithmetic ----------------------------------------------------------
    def __add__(self, other: Expr | int) -> Expr:
        other = _lift(other)
        return Expr.make(list(self.terms) + list(other.terms), self.const + other.const)

    __radd__ = __add__

    def __neg__(self) -> Expr:
        return Expr.make([(a, -c) for a, c in self.terms], -self.const)

    def __sub__(self, other: Expr | int) -> Expr:
        return self + (-_lift(other))

    def __rsub__(self, other: Expr | int) -> Expr:
        return _lift(other) - self

    def __mul__(self, other: Expr | int) -> Expr:
        other = _lift(other)
        if other.is_constant():
            k = other.const
            return Expr.make([(a, c * k) for a, c in self.terms], self.const * k)
        if self.is_constant():
            return other * self
        if self.unknowns() or other.unknowns():
            return Expr.unknown((self.unknowns() + other.unknowns())[0])
        lhs, rhs = sorted((self, other), key=str)
        return Expr.atom(Prod(lhs, rhs))

    __rmul__ = __mul__

    def _divide(self, kind: str, c: int) -> Expr:
        if c <= 0:
            return Expr.unknown(f"{kind} by non-positive {c}")
        if c == 1:
            return Expr.constant(0) if kind == "mod" else self
        out_terms, rest = [], []
        for atom, coef in self.terms:
            (out_terms if coef % c == 0 else rest).append((atom, coef))
        q, r = divmod(self.const, c)
        if kind == "ceildiv" and rest == []:
            q, r = -((-self.const) // c), 0
            return Expr.make([(a, k // c) for a, k in out_terms], q)
        if not rest:
            if kind == "mod":
                return Expr.constant(r)
            return Expr.make([(a, k // c) for a, k in out_terms], q)
        remainder = Expr.make(rest, r)
        if kind == "mod":
            return Expr.atom(Div("mod", remainder, c))
        lifted = Expr.make([(a, k // c) for a, k in out_terms], q)
        return lifted + Expr.atom(Div(kind, remainder, c))

    def floordiv(self, c: int) -> Expr:
        return self._divide("floordiv", c)

    def ceildiv(self, c: int) -> Expr:
        return self._divide("ceildiv", c)

    def mod(self, c: int) -> Expr:
        return self._divide("mod", c)

    def __str__(self) -> str:
        parts = []
        for atom, c in self.terms:
            parts.append(str(atom) if c == 1 else f"{c}*{atom}")
        if self.const or not parts:
            parts.append(str(self.const))
        return " + ".join(parts).replace("+ -", "- ")


def _lift(x: Expr | int) -> Expr:
    return x if isinstance(x, Expr) else Expr.constant(int(x))


def gcd_all(values: Iterable[int]) -> int:
    out = 0
    for v in values:
        out = math.gcd(out, int(v))
    return out
