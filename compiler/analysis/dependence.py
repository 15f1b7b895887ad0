"""A dependence test on the accesses of a loop nest: which loops carry no dependence at all.

For every pair of accesses to the same buffer where at least one writes, the
test looks for two iterations that touch the same element. When both
accesses go through the same memref value it compares them index by index
(out-of-bounds indices being undefined), otherwise by flattened address.
For *uniformly generated* pairs (same coefficients on both sides) the
distance vector ``d = y - x`` solves ``sum(c_v * d_v) = k_a - k_b``; when the
strides dominate each other (row-major accesses) the solutions are few and
are enumerated exactly. Other pairs are independent only if a GCD or range
test proves it. A loop is *parallel* when every possible dependence has
distance 0 along it; such loops can be run in parallel and moved outermost.
Distinct root buffers (function arguments) are assumed not to alias.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from mlc.compiler.analysis.expr import Expr, gcd_all
from mlc.compiler.analysis.model import Access, VarInfo

_UNKNOWN = "unknown"


@dataclass
class Dependences:
    """Loops that carry a dependence, each with the reason (the pair of accesses)."""

    carried: dict[str, str]

    def parallel(self, loops: list[str]) -> list[str]:
        return [v for v in loops if v not in self.carried]


def _bound(info: VarInfo | None) -> int | None:
    if info is None or info.count is None:
        return None
    return max(info.count - 1, 0)


def _solve(coefs: dict[str, int], rhs: int, vars: dict[str, VarInfo]) -> list[dict[str, int]] | str:
    """All integer distance vectors with sum(c*d) = rhs and |d_v| <= count_v - 1, or 'unknown'."""
    coefs = {v: c for v, c in coefs.items() if c}
    if not coefs:
        return [{}] if rhs == 0 else []
    if rhs % gcd_all(coefs.values()):
        return []
    order = sorted(coefs, key=lambda v: -abs(coefs[v]))
    bounds = [_bound(vars.get(v)) for v in order]
    if len(order) == 1:
        c = coefs[order[0]]
        d = rhs // c
        if rhs % c or (bounds[0] is not None and abs(d) > bounds[0]):
            return []
        return [{order[0]: d}]
    if any(b is None for b in bounds[1:]):
        return _UNKNOWN
    reach = [
        sum(abs(coefs[order[j]]) * bounds[j] for j in range(i + 1, len(order))) for i in range(len(order))
    ]
    if any(abs(coefs[order[i]]) <= reach[i] for i in range(len(order) - 1)):
        return _UNKNOWN
    out: list[dict[str, int]] = []

    def search(i: int, remaining: int, partial: dict[str, int]) -> None:
        v, c = order[i], coefs[order[i]]
        if i == len(order) - 1:
            if remaining % c == 0 and (bounds[i] is None or abs(remaining // c) <= bounds[i]):
                out.append({**partial, v: remaining // c})
            return
        base = remaining // c
        for d in (base - 1, base, base + 1):
            if bounds[i] is not None and abs(d) > bounds[i]:
                continue
            if abs(remaining - c * d) <= reach[i]:
                search(i + 1, remaining - c * d, {**partial, v: d})

    search(0, rhs, {})
    return out


def _range(e: Expr, vars: dict[str, VarInfo]) -> tuple[int, int] | None:
    lin = e.linear()
    if lin is None:
        return None
    lo = hi = e.const
    for v, c in lin.items():
        info = vars.get(v)
        if info is None or not info.known_range() or info.count == 0:
            return None
        a, b = c * info.lb, c * (info.lb + info.step * (info.count - 1))
        lo, hi = lo + min(a, b), hi + max(a, b)
    return lo, hi


def _equations(a: Access, b: Access) -> list[tuple[Expr, Expr]]:
    if a.view is not None and a.view == b.view and a.indices and len(a.indices) == len(b.indices):
        return list(zip(a.indices, b.indices, strict=True))
    return [(a.address, b.address)]


def _pair(a: Access, b: Access, common: list[str], vars: dict[str, VarInfo]) -> set[str] | None:
    """Common loops along which the pair may have a non-zero distance; None if independent."""
    forced_solutions: list[list[dict[str, int]]] = []
    unknown_vars: set[str] = set()
    mentioned: set[str] = set()
    for fa, fb in _equations(a, b):
        la, lb = fa.linear(), fb.linear()
        ra, rb = _range(fa, vars), _range(fb, vars)
        if ra and rb and (ra[1] < rb[0] or rb[1] < ra[0]):
            return None
        if la is None or lb is None:
            names = (fa.variables() | fb.variables()) & set(common)
            unknown_vars |= names
            mentioned |= names
            continue
        if la == lb:
            coefs = {v: c for v, c in la.items() if v in common}
            private = {
                v: c
                for v, c in la.items()
                if v not in common and vars.get(v, VarInfo(v, v, "symbol")).kind != "symbol"
            }
            mentioned |= set(coefs)
            if private:
                if (fb.const - fa.const) % gcd_all(list(la.values())):
                    return None
                unknown_vars |= set(coefs)
                continue
            sols = _solve(coefs, fa.const - fb.const, vars)
            if sols == _UNKNOWN:
                unknown_vars |= set(coefs)
            elif not sols:
                return None
            else:
                forced_solutions.append(sols)
            continue
        all_coefs = [c for c in la.values()] + [c for c in lb.values()]
        if all_coefs and (fb.const - fa.const) % gcd_all(all_coefs):
            return None
        names = (set(la) | set(lb)) & set(common)
        unknown_vars |= names
        mentioned |= names
    carried = {v for v in common if v not in mentioned} | unknown_vars
    consistent = []
    for combo in itertools.product(*forced_solutions):
        merged: dict[str, int] = {}
        ok = True
        for sol in combo:
            for v, d in sol.items():
                if merged.setdefault(v, d) != d:
                    ok = False
        if ok:
            consistent.append(merged)
    if forced_solutions and not consistent:
        return None
    for sol in consistent:
        carried |= {v for v, d in sol.items() if d != 0}
    if not carried and all(all(d == 0 for d in s.values()) for s in consistent):
        return set()
    return carried


def analyze_dependences(accesses: list[Access], loops: list[str], vars: dict[str, VarInfo]) -> Dependences:
    """Which of ``loops`` (variable names) carry a dependence between ``accesses``."""
    carried: dict[str, str] = {}
    loopset = set(loops)
    for i, a in enumerate(accesses):
        for b in accesses[i:]:
            if a.root != b.root or (a.kind == "load" and b.kind == "load"):
                continue
            if a.space == "private":
                continue
            common = [v for v in loops if v in a.seq_loops and v in b.seq_loops]
            common += [v for v in loopset if v in vars and vars[v].kind == "parallel" and v not in common]
            found = _pair(a, b, common, vars)
            if not found:
                continue
            for v in found:
                if v in loopset and v not in carried:
                    label = vars[v].label if v in vars else v
                    carried[v] = f"{a.kind}/{b.kind} of {a.buffer} may touch one element for two {label}"
    return Dependences(carried)


def carried_between(
    first: list[Access], second: list[Access], loop: str, vars: dict[str, VarInfo]
) -> str | None:
    """Whether ``loop`` may carry a dependence from an access of ``first`` to one of ``second``.

    ``first`` and ``second`` are the accesses of two parts of the loop's body. The
    parts may run as two loops (or the two loops as one) only if every element
    both touch, with at least one writing it, is touched in the same iteration of
    ``loop``: the reason (the pair of accesses) if that is not proven, else None.
    """
    for a in first:
        for b in second:
            if a.root != b.root or (a.kind == "load" and b.kind == "load") or a.space == "private":
                continue
            common = [v for v in a.seq_loops if v in b.seq_loops]
            found = _pair(a, b, common, vars)
            if found and loop in found:
                label = vars[loop].label if loop in vars else loop
                pair = f"{a.kind} of {a.buffer} and {b.kind} of {b.buffer}"
                return f"{pair} may touch one element in two {label}"
    return None
