"""Undoing loop versioning and remainder loops (the work of ``merge-loop-versions``).

After rerolling, clang's vectorized or unrolled loops look like

    if (n < VF)  { r = 0 }                          // too short: skip the fast loop
    else         { for i in [0, n & -VF): S(i); r = n & -VF }
    if (r != n)  { for i in [r, n): S(i) }          // the remainder

Three rewrites, applied until nothing changes, turn this into ``for i in
[0, n): S(i)``:

* an ``scf.if`` whose one branch would do nothing different from the other
  when the other runs (its loops are empty and its results equal under that
  branch's condition) is replaced by that branch;
* likewise an ``scf.index_switch`` on a flag computed from a comparison;
* two consecutive loops with the same body (as element-wise expressions, see
  ``reroll``), where the second starts where the first ends and takes its
  results as initial values, become one loop over both ranges.

"Equal under a condition" is decided by range analysis with the condition as
a fact, by comparing polynomials after normalizing bit tricks (``(x & -4) +
(x & 3) = x`` for non-negative ``x``, ``ceil(x / 4) * 4 = x`` for multiples of
4), and by equality facts (``a == b`` makes ``b - a`` zero).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.raising.poly import Poly, quotient
from mlc.compiler.raising.ranges import EQ, Ranges, condition_facts
from mlc.compiler.raising.scev import ScalarEvolution, constant_int, defining_op

if TYPE_CHECKING:
    from mlir import ir

_SPECULATABLE_PREFIXES = ("arith.", "math.")
_TRAPPING = {
    "arith.divsi",
    "arith.divui",
    "arith.remsi",
    "arith.remui",
    "arith.ceildivsi",
    "arith.floordivsi",
}
_PURE_LLVM = {"llvm.getelementptr", "llvm.mlir.constant", "llvm.mlir.poison", "llvm.mlir.zero", "ub.poison"}
_LOOPS = ("scf.for",)


def speculatable(op: ir.Operation) -> bool:
    """Whether ``op`` may run where it did not (no trap, no side effect; flags are dropped)."""
    name = op.name
    if name in _PURE_LLVM or name == "llvm.intr.assume":
        return True
    if name in _TRAPPING:
        k = constant_int(op.operands[1])
        return bool(k) and k != -1
    if name in ("arith.shli", "arith.shrui", "arith.shrsi"):
        return constant_int(op.operands[1]) is not None
    return name.startswith(_SPECULATABLE_PREFIXES) and not op.regions


class Context:
    """What is known at a program point, plus extra facts (a branch condition)."""

    def __init__(self, at: ir.Operation, facts: list | None = None) -> None:
        self.facts = list(facts or [])
        self.ranges = Ranges(at, self.facts)
        self.se = ScalarEvolution(nonneg=lambda v: self.ranges.range(v).nonneg)

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
        for b in p.atoms():
            other = defining_op(self.se.atoms.value(b))
            if b == a or other is None or other.name != "arith.andi" or p.coefficient(b) != coef:
                continue
            ops = list(other.operands)
            m2 = constant_int(ops[1]) if ops[0] == x else constant_int(ops[0]) if ops[1] == x else None
            if m2 is not None and m & m2 == 0 and (m | m2) & low == low:
                return p - coef * (Poly.atom(a) + Poly.atom(b)) + coef * inner.poly
        return None

    # -- questions ------------------------------------------------------------------------------
    def nonneg(self, p: Poly) -> bool:
        """Whether ``p >= 0`` holds: ranges, with ``x & m`` (non-negative x, m) at most ``x``."""
        if self.ranges.poly_range(p, self.se.atoms).nonneg:
            return True
        for a in p.atoms():
            op = defining_op(self.se.atoms.value(a))
            coef = p.coefficient(a)
            if op is None or op.name != "arith.andi" or not coef.is_const() or coef.constant >= 0:
                continue
            for x, m in ((op.operands[0], op.operands[1]), (op.operands[1], op.operands[0])):
                mask = constant_int(m)
                inner = self.se.expr(x)
                if mask is not None and mask >= 0 and self.ranges.range(x).nonneg and inner.exact:
                    return self.nonneg(p - coef * Poly.atom(a) + coef * inner.poly)
        return False

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


def ir_predicate(op: ir.Operation) -> int:
    from mlir import ir

    return ir.IntegerAttr(op.attributes["predicate"]).value


def _is_poison(v: ir.Value) -> bool:
    op = defining_op(v)
    return op is not None and op.name in ("ub.poison", "llvm.mlir.poison")


def _block_ops(region: ir.Region) -> tuple[list[ir.Operation], list[ir.Value]]:
    if not region.blocks:
        return [], []
    ops = [o.operation for o in region.blocks[0].operations]
    return ops[:-1], list(ops[-1].operands)


def _as_no_op(ctx: Context, ops: list[ir.Operation], yields: list[ir.Value]) -> list[ir.Value] | None:
    """What a region yields if, under ``ctx``, it does nothing else (its loops are empty); else None."""
    from mlir import ir

    loops = []
    for op in ops:
        if op.name in _LOOPS:
            if not ctx.empty(op):
                return None
            loops.append(op)
        elif not speculatable(op):
            return None
    out = []
    for v in yields:
        producer = defining_op(v)
        while producer is not None and producer in loops:
            v = list(producer.operands)[3 + ir.OpResult(v).result_number]
            producer = defining_op(v)
        out.append(v)
    return out


def _same_under(ctx: Context, keep: tuple, other: tuple) -> bool:
    """Whether region ``keep`` can run instead of region ``other`` where ``other`` runs (``ctx``).

    Both must do nothing there but yield (their loops empty, their ops pure), and
    yield equal values.
    """
    mine, theirs = _as_no_op(ctx, *keep), _as_no_op(ctx, *other)
    if mine is None or theirs is None:
        return False
    return all(ctx.equal(a, b) for a, b in zip(mine, theirs, strict=True))


def _inline(op: ir.Operation, ops: list[ir.Operation], yields: list[ir.Value]) -> None:
    """Replace ``op`` by ``ops`` (moved in front of it) and its results by ``yields``."""
    from mlir import ir

    for o in ops:
        if o.name == "llvm.intr.assume":
            o.erase()
            continue
        o.move_before(op)
        if "overflowFlags" in o.attributes and o.name.startswith("arith."):
            o.attributes["overflowFlags"] = ir.Attribute.parse("#arith.overflow<none>")
    for r, v in zip(op.results, yields, strict=True):
        r.replace_all_uses_with(v)
    op.erase()


def eliminate_if(op: ir.Operation) -> bool:
    """Replace ``scf.if`` by one branch when the other branch is that branch under its condition."""
    then_ops, then_yields = _block_ops(op.regions[0])
    else_ops, else_yields = _block_ops(op.regions[1])
    if not op.regions[1].blocks:
        return False
    cond = op.operands[0]
    then_region, else_region = (then_ops, then_yields), (else_ops, else_yields)
    for keep, other, holds in ((else_region, then_region, True), (then_region, else_region, False)):
        if _same_under(Context(op, condition_facts(cond, holds)), keep, other):
            _inline(op, *keep)
            return True
    return False


def _flag_condition(flag: ir.Value) -> ir.Value | None:
    """The ``i1`` a switch flag was widened from (``index_castui(extui(c))``), if any."""
    value = flag
    for _ in range(4):
        op = defining_op(value)
        if op is None or op.name not in ("arith.index_castui", "arith.index_cast", "arith.extui"):
            break
        value = op.operands[0]
    return value if str(value.type) == "i1" else None


def eliminate_switch(op: ir.Operation) -> bool:
    """Replace ``scf.index_switch`` on a widened ``i1`` by one case when the others are it under theirs."""
    from mlir import ir

    cond = _flag_condition(op.operands[0])
    if cond is None:
        return False
    cases = list(ir.DenseI64ArrayAttr(op.attributes["cases"]))
    regions = list(op.regions)  # default first, then the cases
    values: list[set[int]] = [{0, 1} - set(cases), *({c} for c in cases)]
    bodies = [_block_ops(r) for r in regions]
    for keep, kept in enumerate(bodies):
        ok = True
        for other, region in enumerate(bodies):
            if other == keep or not values[other]:
                continue
            if values[other] == {0, 1}:
                ok = False
                break
            (value,) = values[other]
            if not _same_under(Context(op, condition_facts(cond, bool(value))), kept, region):
                ok = False
                break
        if ok:
            _inline(op, *kept)
            return True
    return False


def absorb_peel(loop: ir.Operation, op: ir.Operation) -> bool:
    """``for i in [lb, ub): S(i)`` then ``if c: S(ub)`` -> ``for i in [lb, ub + (c ? 1 : 0)): S(i)``.

    ``op`` (an ``scf.if`` or an ``scf.index_switch`` on a widened ``i1``, right
    after ``loop``) has one region that runs the loop body once more, at an
    index equal to ``ub`` where it runs, on the loop's results; its other
    regions just yield the loop's results.
    """

    from mlc.compiler.raising.reroll import Evaluator, NoReroll, rename_acc

    if loop.name != "scf.for" or constant_int(loop.operands[2]) != 1:
        return False
    results = list(loop.results)
    regions = _condition_regions(op)
    if regions is None:
        return False
    for peel, peel_runs in regions:
        others = [(r, v) for r, v in regions if r is not peel]
        if not all(_passes_through(r, results) for r, _ in others):
            continue
        _, yields = _block_ops(peel)
        if len(yields) != len(results):
            continue
        ctx = Context(op, peel_runs)
        try:
            body = Evaluator(loop, ctx.se.atoms)
            template = body.run()
            extra = Evaluator(op, ctx.se.atoms, block=peel.blocks[0], accumulators=results).run()
        except NoReroll:
            continue
        where = _index_of_peel(template, extra, body.iv_atom)
        if where is None:
            continue
        value_poly = where
        shifted = rename_acc(_substitute_key(_key(template), body.iv_atom, value_poly), results)
        if shifted != rename_acc(_key(extra), results):
            continue
        ub = loop.operands[1]
        pu = ctx.poly(ub)
        if pu is None or not ctx.zero(ctx.normalize(value_poly) - pu):
            continue
        _extend(loop, op, peel, regions)
        return True
    return False


def _condition_regions(op: ir.Operation):
    """[(region, facts under which it runs)] for an scf.if or a switch on a widened i1."""
    from mlir import ir

    if op.name == "scf.if":
        if not op.regions[1].blocks:
            return None
        c = op.operands[0]
        return [(op.regions[0], condition_facts(c, True)), (op.regions[1], condition_facts(c, False))]
    if op.name == "scf.index_switch":
        cond = _flag_condition(op.operands[0])
        if cond is None:
            return None
        cases = list(ir.DenseI64ArrayAttr(op.attributes["cases"]))
        values = [{0, 1} - set(cases), *({c} for c in cases)]
        out = []
        for region, vals in zip(op.regions, values, strict=True):
            if len(vals) == 1:
                (v,) = vals
                out.append((region, condition_facts(cond, bool(v))))
            elif vals:
                return None
        return out
    return None


def _passes_through(region: ir.Region, results: list[ir.Value]) -> bool:
    ops, yields = _block_ops(region)
    return not any(not speculatable(o) for o in ops) and yields == results


def _key(body) -> tuple:
    return (tuple((e.view, e.index, e.value, e.elem) for e in body.effects), tuple(body.yields))


def _index_of_peel(template, extra, iv: int) -> Poly | None:
    """The index the peeled copy runs at, from its first store or load, or None."""
    pairs = [(a, b) for a, b in zip(template.accesses, extra.accesses, strict=False)]
    if len(template.accesses) != len(extra.accesses) or not pairs:
        return None
    a, b = pairs[0]
    if a.view != b.view:
        return None
    p, q = a.index[0], b.index[0]
    coef = p.coefficient(iv)
    if coef == Poly() or p.degree(iv) != 1:
        return None
    return quotient(q - p.without([iv]), coef)


def _substitute_key(key, iv: int, value: Poly):
    if isinstance(key, Poly):
        return key.substitute(iv, value)
    if isinstance(key, tuple | list):
        return tuple(_substitute_key(x, iv, value) for x in key)
    return key


def _extend(loop: ir.Operation, op: ir.Operation, peel: ir.Region, regions) -> None:
    """Run ``loop`` one more time where ``peel`` would have run, and drop ``op``."""
    from mlir import ir

    from mlc.compiler.raising.materialize import Builder

    b = Builder(ir.InsertionPoint(loop), loop.location)
    if op.name == "scf.if":
        cond = op.operands[0]
        runs_when = peel == op.regions[0]
    else:
        cond = _flag_condition(op.operands[0])
        cases = list(ir.DenseI64ArrayAttr(op.attributes["cases"]))
        index = list(op.regions).index(peel)
        value = (({0, 1} - set(cases)) if index == 0 else {cases[index - 1]}).pop()
        runs_when = bool(value)
    extra = b.op("arith.index_castui", [cond], [ir.IndexType.get()]).result
    if not runs_when:
        extra = b.binary("arith.subi", b.index_const(1), extra)
    _hoist_slice(loop.operands[1], loop)
    loop.operands[1] = b.binary("arith.addi", loop.operands[1], extra)
    loop.operands[1] = _simplest(Context(loop), loop.operands[1], loop)
    for r, v in zip(op.results, loop.results, strict=True):
        r.replace_all_uses_with(v)
    op.erase()


def eliminate_select(op: ir.Operation) -> bool:
    """``select(c, a, b)`` is ``b`` when ``a == b`` under ``c`` (and ``a`` when they agree under ``!c``)."""
    cond, a, b = op.operands
    for holds, keep in ((True, b), (False, a)):
        if Context(op, condition_facts(cond, holds)).equal(a, b):
            op.results[0].replace_all_uses_with(keep)
            op.erase()
            return True
    return False


def concatenate(first: ir.Operation, second: ir.Operation) -> bool:
    """Merge two consecutive loops with the same body, the second resuming where the first stops."""
    from mlc.compiler.raising.poly import Atoms
    from mlc.compiler.raising.reroll import Evaluator, NoReroll, rename

    if first.name != "scf.for" or second.name != "scf.for":
        return False
    if constant_int(first.operands[2]) != 1 or constant_int(second.operands[2]) != 1:
        return False
    results = list(first.results)
    inits = list(second.operands)[3:]
    if len(results) != len(inits) or any(r != i for r, i in zip(results, inits, strict=True)):
        return False
    if any(u.owner.operation != second for r in results for u in r.uses):
        return False
    ctx = Context(first)
    lb1, ub1, lb2, ub2 = (
        ctx.poly(v) for v in (first.operands[0], first.operands[1], second.operands[0], second.operands[1])
    )
    if None in (lb1, ub1, lb2, ub2) or not ctx.zero(lb2 - ub1) or not ctx.nonneg(ub1 - lb1):
        return False
    shared = Atoms()
    try:
        a, b = Evaluator(first, shared), Evaluator(second, shared)
        body_a, body_b = a.run(), b.run()
    except NoReroll:
        return False
    if _body_key(body_a) != rename(_body_key(body_b), b.iv_atom, a.iv_atom):
        return False
    if not ctx.nonneg(ub2 - ub1):
        return False
    if not _hoist_slice(second.operands[1], first):
        return False
    first.operands[1] = _simplest(ctx, second.operands[1], first)
    for old, new in zip(second.results, first.results, strict=True):
        old.replace_all_uses_with(new)
    second.erase()
    return True


def _simplest(ctx: Context, value: ir.Value, before: ir.Operation) -> ir.Value:
    """``value`` recomputed from its normalized polynomial in front of ``before`` (else itself)."""
    from mlir import ir

    from mlc.compiler.raising.materialize import Builder
    from mlc.compiler.raising.while_to_for import is_inside

    p = ctx.poly(value)
    if p is None or len(p.terms) > len(ctx.se.expr(value).poly.terms):
        return value
    atoms = [ctx.se.atoms.value(a) for a in p.atoms()]
    if any(_after(v, before) or is_inside(v, before) for v in atoms):
        return value
    return Builder(ir.InsertionPoint(before), before.location).poly(p, ctx.se.atoms, value.type)


def _after(value: ir.Value, op: ir.Operation) -> bool:
    """Whether ``value`` is defined by an op after ``op`` in its block."""
    producer = defining_op(value)
    if producer is None or producer.block != op.block:
        return False
    return op.is_before_in_block(producer)


def _hoist_slice(value: ir.Value, before: ir.Operation) -> bool:
    """Move the ops computing ``value`` that follow ``before`` in its block in front of it."""
    block_ops = [o.operation for o in before.block.operations]
    start = next(i for i, o in enumerate(block_ops) if o == before)
    later = set(block_ops[start + 1 :])
    needed: list[ir.Operation] = []
    work = [value]
    while work:
        op = defining_op(work.pop())
        if op is None or op not in later or op in needed:
            continue
        if op == before or op.regions:
            return False
        needed.append(op)
        work.extend(op.operands)
    if any(r == v for op in needed for v in op.operands for r in before.results):
        return False
    for op in sorted(needed, key=block_ops.index):
        op.move_before(before)
    return True


def _body_key(body) -> tuple:
    """Everything a loop body does, in order: accesses, stored values, carried values."""
    return (
        tuple((a.store, a.view, a.index) for a in body.accesses),
        tuple((e.view, e.index, e.value, e.elem) for e in body.effects),
        tuple(body.yields),
    )
