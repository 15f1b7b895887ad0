"""Undoing loop versioning (the branch rewrites of ``merge-loop-versions``).

After rerolling, clang's vectorized or unrolled loops look like

    if (n < VF)  { r = 0 }                          // too short: skip the fast loop
    else         { for i in [0, n & -VF): S(i); r = n & -VF }
    if (r != n)  { for i in [r, n): S(i) }          // the remainder

The rewrites here remove the branches (``concatenation`` then joins the loops):

* an ``scf.if`` whose one branch would do nothing different from the other
  when the other runs (its loops are empty and its results equal under that
  branch's condition) is replaced by that branch; likewise an
  ``scf.index_switch`` on a flag computed from a comparison, and a ``select``;
* an ``scf.if`` whose branches are the same code, or each one loop over the
  same range doing the same thing element by element (under the condition
  of the branch that is dropped), is replaced by one of them;
* a branch on a flag that an ``scf.if`` just computed is moved into both
  branches of that ``scf.if``, next to the loop version it belongs to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.raising.known import (
    Context,
    block_ops,
    body_key,
    branch_context,
    fact_substitutions,
    speculatable,
    under_facts,
)
from mlc.compiler.raising.scev import defining_op

if TYPE_CHECKING:
    from mlir import ir

_LOOPS = ("scf.for",)


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


def inline_region(
    op: ir.Operation, ops: list[ir.Operation], yields: list[ir.Value], speculated: bool = True
) -> None:
    """Replace ``op`` by ``ops`` (moved in front of it) and its results by ``yields``.

    ``speculated``: the ops may now run where they did not (drop their no-wrap flags and
    assumptions).
    """
    from mlir import ir

    for o in ops:
        if o.name == "llvm.intr.assume" and speculated:
            o.erase()
            continue
        o.move_before(op)
        if speculated and "overflowFlags" in o.attributes and o.name.startswith("arith."):
            o.attributes["overflowFlags"] = ir.Attribute.parse("#arith.overflow<none>")
    for r, v in zip(op.results, yields, strict=True):
        r.replace_all_uses_with(v)
    op.erase()


def eliminate_if(op: ir.Operation) -> bool:
    """Replace ``scf.if`` by one branch when the other branch is that branch under its condition."""
    then_ops, then_yields = block_ops(op.regions[0])
    else_ops, else_yields = block_ops(op.regions[1])
    if not op.regions[1].blocks:
        return False
    hinted: list[ir.Operation] = []
    if _same_code(op.regions[0].blocks[0], op.regions[1].blocks[0], {}, hinted):
        for o in hinted:  # keep only what both branches promised
            for name in _HINTS:
                if name in o.attributes:
                    del o.attributes[name]
        inline_region(op, then_ops, then_yields, speculated=False)
        return True
    cond = op.operands[0]
    then_region, else_region = (then_ops, then_yields), (else_ops, else_yields)
    for keep, other, holds in ((else_region, then_region, True), (then_region, else_region, False)):
        if _same_under(branch_context(op, cond, holds), keep, other):
            inline_region(op, *keep)
            return True
    return False


def merge_branch_loops(op: ir.Operation) -> bool:
    """``if c { for [a, b) S1 } else { for [a, b) S2 }`` -> ``for [a, b) S2`` when ``S1 = S2`` under ``c``.

    Each branch runs pure ops and one loop; the bounds, read under each branch's
    condition, must be the same polynomials of values from outside ``op``
    (``select(c, x, 0)`` is 0 in the else branch), and the kept loop's body must
    do, element by element, what the other does where the other runs (clang's
    copy of a loop specialized for a run-time stride of 1, or its copy for
    arrays that may overlap).
    """
    from mlir import ir

    from mlc.compiler.raising.evaluate import Evaluator, NoReroll, rename
    from mlc.compiler.raising.hoisted import Written, hoisted_load
    from mlc.compiler.raising.materialize import Builder
    from mlc.compiler.raising.poly import Atoms
    from mlc.compiler.raising.scev import is_inside

    if op.name != "scf.if" or op.results or not op.regions[1].blocks:
        return False
    loops, keepable = [], []
    for region in op.regions:
        ops, _ = block_ops(region)
        effects = [o for o in ops if not speculatable(o)]
        loop = effects[-1] if effects else None
        if loop is None or loop.name != "scf.for" or loop.results:
            return False
        # Loads hoisted out of the loop may stay before it, but then the branch does not become
        # the merged loop: they would run where the loop is empty.
        written = Written(loop)
        if any(o.name != "llvm.load" or hoisted_load(o.results[0], written) is None for o in effects[:-1]):
            return False
        loops.append(loop)
        keepable.append(len(effects) == 1)
    cond = op.operands[0]
    atoms = Atoms()
    ctxs = [branch_context(loops[0], cond, True, atoms), branch_context(loops[1], cond, False, atoms)]
    bounds = []
    for loop, ctx in zip(loops, ctxs, strict=True):
        polys = [ctx.poly(v) for v in list(loop.operands)[:3]]
        if None in polys or any(is_inside(atoms.value(a), op) for p in polys for a in p.atoms()):
            return False
        bounds.append(polys)
    if bounds[0] != bounds[1]:
        return False
    try:
        bodies = [Evaluator(loop, atoms, hoisted=True) for loop in loops]
        keys = [b.run() for b in bodies]
    except NoReroll:
        return False
    key0 = body_key(keys[0])
    key1 = rename(body_key(keys[1]), bodies[1].iv_atom, bodies[0].iv_atom)
    for keep, other in ((1, 0), (0, 1)):
        if not keepable[keep]:
            continue
        facts = fact_substitutions(ctxs[other], atoms)
        if under_facts(facts, key0) != under_facts(facts, key1):
            continue
        loop = loops[keep]
        b = Builder(ir.InsertionPoint(op), op.location)
        lb, ub = (b.poly(p, atoms, ir.IndexType.get()) for p in bounds[keep][:2])
        inline_region(op, *block_ops(op.regions[keep]))
        loop.operands[0], loop.operands[1] = lb, ub
        return True
    return False


def _same_code(a: ir.Block, b: ir.Block, mapping: dict, hinted: list) -> bool:
    """Whether blocks ``a`` and ``b`` do the same thing: op by op equal, values related by ``mapping``.

    Ops of ``a`` that differ from their twin only in optimization hints (alignment, TBAA)
    are added to ``hinted``.
    """
    ops_a, ops_b = list(a.operations), list(b.operations)
    if len(ops_a) != len(ops_b) or len(a.arguments) != len(b.arguments):
        return False
    for x, y in zip(a.arguments, b.arguments, strict=True):
        if x.type != y.type:
            return False
        mapping[x] = y
    for x, y in zip(ops_a, ops_b, strict=True):
        x, y = x.operation, y.operation
        if x.name != y.name or len(x.operands) != len(y.operands) or len(x.regions) != len(y.regions):
            return False
        if _attributes(x) != _attributes(y) or [r.type for r in x.results] != [r.type for r in y.results]:
            return False
        if _hints(x) != _hints(y):
            hinted.append(x)
        if any(mapping.get(u, u) != v for u, v in zip(x.operands, y.operands, strict=True)):
            return False
        for ra, rb in zip(x.regions, y.regions, strict=True):
            blocks_a, blocks_b = list(ra.blocks), list(rb.blocks)
            if len(blocks_a) != len(blocks_b) or len(blocks_a) > 1:
                return False
            if blocks_a and not _same_code(blocks_a[0], blocks_b[0], mapping, hinted):
                return False
        for u, v in zip(x.results, y.results, strict=True):
            mapping[u] = v
    return True


# Attributes of memory accesses that promise facts for optimization without changing what they do.
_HINTS = ("alignment", "tbaa", "alias_scopes", "noalias_scopes", "access_groups")


def _attributes(op: ir.Operation) -> dict[str, str]:
    return {name: str(op.attributes[name]) for name in op.attributes if name not in _HINTS}


def _hints(op: ir.Operation) -> dict[str, str]:
    return {name: str(op.attributes[name]) for name in op.attributes if name in _HINTS}


def thread_into(guard: ir.Operation, user: ir.Operation) -> bool:
    """Move ``user`` (a result-less ``scf.if``/``scf.index_switch`` on ``guard``'s results) into
    both branches of ``guard``, where its condition is what that branch yields.

    Clang decides a remainder loop with a flag out of its loop versions
    (``f = if c { main loop; yield r != n } else { yield 1 }; switch f``);
    threading puts each version's remainder next to its main loop, where
    ``concatenate`` and ``eliminate_switch`` can merge them.
    """

    if guard.name != "scf.if" or not guard.results or not guard.regions[1].blocks or user.results:
        return False
    if not (_has_loop(guard) and _has_loop(user)):
        return False
    block_ops = [o.operation for o in guard.block.operations]
    start, end = block_ops.index(guard), block_ops.index(user)
    between = block_ops[start + 1 : end]
    if any(o.regions or not speculatable(o) for o in between):
        return False
    selector = user.operands[0]
    if not _derived_from(selector, guard, set(between)):
        return False
    _clone_into_branches(guard, [*between, user], [])
    user.erase()
    return True


def sink_into_branches(guard: ir.Operation, loop: ir.Operation) -> bool:
    """Move the result-less ``loop`` after ``guard`` into both of its branches when the loop
    chooses with ``select`` on the guard's condition, which each branch knows.

    The vectorizer versions an inner loop on an in-loop overlap check ``c``:
    ``if c {} else {vector loop [0, m)}; for [select(c, 0, m), n) {scalar}``.
    ``if c {A} else {B}; L`` is ``if c {A; L} else {B; L}``; in each copy the
    select is its chosen operand, and each remainder sits next to its main loop,
    where ``concatenate`` and ``merge_branch_loops`` can merge them.
    """

    if guard.name != "scf.if" or not guard.regions[1].blocks or loop.results:
        return False
    cond = guard.operands[0]
    block_ops = [o.operation for o in guard.block.operations]
    between = block_ops[block_ops.index(guard) + 1 : block_ops.index(loop)]
    if any(o.regions or not speculatable(o) for o in between):
        return False
    selects = [s for s in _selects_used(loop, between) if s.operands[0] == cond]
    if not selects:
        return False
    _clone_into_branches(guard, [*between, loop], selects)
    loop.erase()
    return True


def _clone_into_branches(guard: ir.Operation, ops: list[ir.Operation], selects: list[ir.Operation]) -> None:
    """Clone ``ops`` (in order) to the end of both branches of the ``scf.if`` ``guard``, where
    its results are what that branch yields and each of ``selects`` (on its condition) is the
    operand it chooses there."""
    from mlir import ir

    for region, holds in zip(guard.regions, (True, False), strict=True):
        terminator = list(region.blocks[0].operations)[-1].operation
        mapping = {r: y for r, y in zip(guard.results, terminator.operands, strict=True)}
        mapping |= {s.results[0]: s.operands[1 if holds else 2] for s in selects}
        for o in ops:
            clone = o.clone(ir.InsertionPoint(terminator))
            _remap(clone, mapping)
            for old, new in zip(o.results, clone.results, strict=True):
                mapping[old] = new


def _selects_used(loop: ir.Operation, between: list[ir.Operation]) -> list[ir.Operation]:
    """The ``arith.select`` ops whose results ``loop`` (or an op nested in it) or ``between`` use."""
    from mlir import ir

    found: dict = {}

    def note(o: ir.Operation) -> ir.WalkResult:
        for v in o.operands:
            producer = defining_op(v)
            if producer is not None and producer.name == "arith.select":
                found[producer] = None
        return ir.WalkResult.ADVANCE

    for o in between:
        note(o)
    loop.walk(note)
    return list(found)


def _has_loop(op: ir.Operation) -> bool:
    from mlir import ir

    found = []

    def visit(o: ir.Operation) -> ir.WalkResult:
        if o.name == "scf.for":
            found.append(o)
            return ir.WalkResult.INTERRUPT
        return ir.WalkResult.ADVANCE

    op.walk(visit)
    return bool(found)


def _derived_from(value: ir.Value, guard: ir.Operation, between: set) -> bool:
    """Whether ``value`` is a result of ``guard``, or computed from one by ops in ``between``."""
    producer = defining_op(value)
    if producer == guard:
        return True
    if producer is None or producer not in between:
        return False
    return any(_derived_from(v, guard, between) for v in producer.operands)


def _remap(op: ir.Operation, mapping: dict) -> None:
    """Replace, in ``op`` and the ops nested in it, operands found in ``mapping``."""
    from mlir import ir

    def visit(o: ir.Operation) -> ir.WalkResult:
        for i, v in enumerate(o.operands):
            if v in mapping:
                o.operands[i] = mapping[v]
        return ir.WalkResult.ADVANCE

    op.walk(visit)


def flag_condition(flag: ir.Value) -> ir.Value | None:
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

    cond = flag_condition(op.operands[0])
    if cond is None:
        return False
    cases = list(ir.DenseI64ArrayAttr(op.attributes["cases"]))
    regions = list(op.regions)  # default first, then the cases
    values: list[set[int]] = [{0, 1} - set(cases), *({c} for c in cases)]
    bodies = [block_ops(r) for r in regions]
    for keep, kept in enumerate(bodies):
        ok = True
        for other, region in enumerate(bodies):
            if other == keep or not values[other]:
                continue
            if values[other] == {0, 1}:
                ok = False
                break
            (value,) = values[other]
            if not _same_under(branch_context(op, cond, bool(value)), kept, region):
                ok = False
                break
        if ok:
            inline_region(op, *kept)
            return True
    return False


def eliminate_select(op: ir.Operation) -> bool:
    """``select(c, a, b)`` is ``b`` when ``a == b`` under ``c`` (and ``a`` when they agree under ``!c``)."""
    cond, a, b = op.operands
    for holds, keep in ((True, b), (False, a)):
        if branch_context(op, cond, holds).equal(a, b):
            op.results[0].replace_all_uses_with(keep)
            op.erase()
            return True
    return False
