"""Joining loops that together cover one range (the loop rewrites of ``merge-loop-versions``).

* two consecutive loops with the same body (as element-wise expressions, see
  ``reroll``), where the second starts where the first ends and takes its
  results as initial values, become one loop over both ranges; the first may
  sit in one branch of an ``scf.if`` that yields its end (or its start, in the
  other branch) to the second;
* a conditional copy of a loop's body right after it, at the loop's upper
  bound (a peeled last iteration), becomes one more iteration of the loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.raising.known import (
    Context,
    block_ops,
    body_key,
    fact_substitutions,
    speculatable,
    substitute_key,
    under_facts,
)
from mlc.compiler.raising.poly import Poly, quotient
from mlc.compiler.raising.ranges import condition_facts
from mlc.compiler.raising.scev import constant_int, defining_op
from mlc.passes.merge_loop_versions.versions import flag_condition

if TYPE_CHECKING:
    from mlir import ir


def absorb_peel(loop: ir.Operation, op: ir.Operation) -> bool:
    """``for i in [lb, ub): S(i)`` then ``if c: S(ub)`` -> ``for i in [lb, ub + (c ? 1 : 0)): S(i)``.

    ``op`` (an ``scf.if`` or an ``scf.index_switch`` on a widened ``i1``, right
    after ``loop``) has one region that runs the loop body once more, at an
    index equal to ``ub`` where it runs, on the loop's results; its other
    regions just yield the loop's results.
    """

    from mlc.compiler.raising.evaluate import Evaluator, NoReroll, rename_acc

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
        _, yields = block_ops(peel)
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
        shifted = rename_acc(substitute_key(_key(template), body.iv_atom, value_poly), results)
        if shifted != rename_acc(_key(extra), results):
            continue
        ub = loop.operands[1]
        pu = ctx.poly(ub)
        if pu is None or not ctx.zero(ctx.normalize(value_poly) - pu):
            continue
        # An empty loop (ub < lb) with the copy run at ub is not one more iteration.
        pl = ctx.poly(loop.operands[0])
        if pl is None or not ctx.nonneg(pu - pl):
            continue
        # The condition may be computed between the loop and ``op``: it must move in front.
        cond, runs_when = _peel_condition(op, peel)
        if not _hoist_slice(cond, loop):
            continue
        _extend(loop, op, cond, runs_when)
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
        cond = flag_condition(op.operands[0])
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
    ops, yields = block_ops(region)
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


def _peel_condition(op: ir.Operation, peel: ir.Region) -> tuple[ir.Value, bool]:
    """The ``i1`` that decides ``op`` and whether ``peel`` runs when it is true."""
    from mlir import ir

    if op.name == "scf.if":
        return op.operands[0], peel == op.regions[0]
    cases = list(ir.DenseI64ArrayAttr(op.attributes["cases"]))
    index = list(op.regions).index(peel)
    value = (({0, 1} - set(cases)) if index == 0 else {cases[index - 1]}).pop()
    return flag_condition(op.operands[0]), bool(value)


def _extend(loop: ir.Operation, op: ir.Operation, cond: ir.Value, runs_when: bool) -> None:
    """Run ``loop`` one more time where ``op``'s peeled copy would have run (when ``cond`` is
    ``runs_when``), and drop ``op``."""
    from mlir import ir

    from mlc.compiler.raising.materialize import Builder

    b = Builder(ir.InsertionPoint(loop), loop.location)
    extra = b.op("arith.index_castui", [cond], [ir.IndexType.get()]).result
    if not runs_when:
        extra = b.binary("arith.subi", b.index_const(1), extra)
    _hoist_slice(loop.operands[1], loop)
    loop.operands[1] = b.binary("arith.addi", loop.operands[1], extra)
    loop.operands[1] = _simplest(Context(loop), loop.operands[1], loop)
    for r, v in zip(op.results, loop.results, strict=True):
        r.replace_all_uses_with(v)
    op.erase()


def concatenate(first: ir.Operation, second: ir.Operation) -> bool:
    """Merge two consecutive loops with the same body, the second resuming where the first stops."""

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
    if not _same_bodies(ctx, first, second):
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


def concatenate_guarded(guard: ir.Operation, second: ir.Operation) -> bool:
    """``r = if c { for [lb, ub) S; yield ub } else { yield lb }`` then ``for [r, n) S`` -> ``for [lb, n) S``.

    The first loop may run under a condition that the second does not test
    (clang's specialization for a run-time stride of 1): its body must equal
    the second's under the facts of its branch. Carried values pass through
    ``guard`` the same way as the start index.
    """
    from mlc.compiler.raising.scev import is_inside

    if guard.name != "scf.if" or second.name != "scf.for" or not guard.regions[1].blocks:
        return False
    found = _guarded_loop(guard)
    if found is None:
        return False
    first, loop_yields, other_yields, other_at = found
    if constant_int(first.operands[2]) != 1 or constant_int(second.operands[2]) != 1:
        return False
    lb1, ub1 = first.operands[0], first.operands[1]
    lb2, ub2 = second.operands[0], second.operands[1]
    if is_inside(lb1, guard) and constant_int(lb1) is None:
        return False
    if any(is_inside(v, guard) or _is_result_of(v, guard) for v in (ub2,)):
        return False
    inits1, inits2, results1 = list(first.operands)[3:], list(second.operands)[3:], list(first.results)
    if len(inits1) != len(inits2) or any(is_inside(v, guard) for v in inits1):
        return False
    for j, v in enumerate(inits2):
        if not _is_result_of(v, guard):
            return False
        k = _result_number(v)
        if loop_yields[k] != results1[j] or any(u.owner.operation != second for u in v.uses):
            return False
    if any(u.owner.operation not in _terminators(guard) for r in results1 for u in r.uses):
        return False
    in_loop, in_other = Context(first), Context(other_at)
    for j, v in enumerate(inits2):
        if not in_other.equal(other_yields[_result_number(v)], inits1[j]):
            return False
    start_loop = _branch_poly(in_loop, lb2, guard, loop_yields)
    start_other = _branch_poly(in_other, lb2, guard, other_yields)
    pl1, pu1, pu2 = in_loop.poly(lb1), in_loop.poly(ub1), in_loop.poly(ub2)
    lo_other = in_other.poly(lb1)
    if None in (start_loop, start_other, pl1, pu1, pu2, lo_other):
        return False
    if not in_loop.zero(start_loop - pu1) or not in_other.zero(start_other - lo_other):
        return False
    if not in_loop.nonneg(pu1 - pl1) or not in_loop.nonneg(pu2 - pu1):
        return False
    if not _same_bodies(in_loop, first, second):
        return False
    from mlir import ir

    from mlc.compiler.raising.materialize import Builder

    start = lb1
    if is_inside(lb1, guard):
        start = Builder(ir.InsertionPoint(second), second.location).index_const(constant_int(lb1))
    second.operands[0] = start
    for j in range(len(inits2)):
        second.operands[3 + j] = inits1[j]
    for j, r in enumerate(results1):
        r.replace_all_uses_with(inits1[j])
    first.erase()
    return True


def _guarded_loop(guard: ir.Operation):
    """``(loop, yields of its region, yields of the other, an op in the other)`` when one
    region of ``guard`` runs one ``scf.for`` and pure ops, the other only pure ops."""
    regions = [guard.regions[0], guard.regions[1]]
    for mine, theirs in ((0, 1), (1, 0)):
        ops, yields = block_ops(regions[mine])
        other_ops, other_yields = block_ops(regions[theirs])
        loops = [o for o in ops if not speculatable(o)]
        if len(loops) != 1 or loops[0].name != "scf.for":
            continue
        if any(not speculatable(o) for o in other_ops):
            continue
        at = list(regions[theirs].blocks[0].operations)[-1].operation
        return loops[0], yields, other_yields, at
    return None


def _terminators(op: ir.Operation) -> list[ir.Operation]:
    return [list(r.blocks[0].operations)[-1].operation for r in op.regions if r.blocks]


def _is_result_of(value: ir.Value, op: ir.Operation) -> bool:
    # A block argument has no producer, and the bindings' ``==`` refuses None.
    producer = defining_op(value)
    return producer is not None and producer == op


def _result_number(value: ir.Value) -> int:
    from mlir import ir

    return ir.OpResult(value).result_number


def _branch_poly(ctx: Context, value: ir.Value, guard: ir.Operation, yields: list[ir.Value]) -> Poly | None:
    """``value``'s polynomial with ``guard``'s results replaced by what one of its branches yields."""
    p = ctx.poly(value)
    if p is None:
        return None
    for a in p.atoms():
        v = ctx.se.atoms.value(a)
        if _is_result_of(v, guard):
            y = ctx.poly(yields[_result_number(v)])
            if y is None:
                return None
            p = p.substitute(a, y)
    return ctx.normalize(p)


def _simplest(ctx: Context, value: ir.Value, before: ir.Operation) -> ir.Value:
    """``value`` recomputed from its normalized polynomial in front of ``before`` (else itself)."""
    from mlir import ir

    from mlc.compiler.raising.materialize import Builder
    from mlc.compiler.raising.scev import is_inside

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


def _same_bodies(ctx: Context, first: ir.Operation, second: ir.Operation) -> bool:
    """Whether the two loops' bodies do the same, element by element, under the facts at ``ctx``."""
    from mlc.compiler.raising.evaluate import Evaluator, NoReroll, rename
    from mlc.compiler.raising.poly import Atoms

    shared = Atoms()
    try:
        a, b = Evaluator(first, shared, hoisted=True), Evaluator(second, shared, hoisted=True)
        body_a, body_b = a.run(), b.run()
    except NoReroll:
        return False
    facts = fact_substitutions(ctx, shared)
    return under_facts(facts, body_key(body_a)) == under_facts(
        facts, rename(body_key(body_b), b.iv_atom, a.iv_atom)
    )
