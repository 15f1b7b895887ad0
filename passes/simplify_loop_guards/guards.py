"""Deciding that an ``scf.if`` only guards loops that are empty when it fails, and removing it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.raising.known import speculatable
from mlc.compiler.raising.ranges import Ranges, condition_facts
from mlc.compiler.raising.scev import ScalarEvolution, defining_op

if TYPE_CHECKING:
    from mlir import ir


def _speculatable(op: ir.Operation) -> bool:
    """Whether ``op`` may be hoisted out of the guard: an assumption must stay under its guard."""
    return speculatable(op) and op.name != "llvm.intr.assume"


def _empty_when(loop: ir.Operation, ranges: Ranges, se: ScalarEvolution) -> bool:
    lb, ub = list(loop.operands)[:2]
    trips = se.expr(ub).poly - se.expr(lb).poly
    r = ranges.poly_range(trips, se.atoms)
    return r.hi is not None and r.hi <= 0


def remove_guard(guard: ir.Operation) -> bool:
    """Inline ``guard`` if it is redundant (see ``RemoveLoopGuards``); returns whether it did."""
    from mlir import ir

    if len(guard.regions[1].blocks) == 0:
        else_ops: list = []
        else_yields: list = []
    else:
        else_ops = list(guard.regions[1].blocks[0].operations)
        else_yields = list(else_ops[-1].operands)
        else_ops = else_ops[:-1]
    then_ops = list(guard.regions[0].blocks[0].operations)
    then_yields = list(then_ops[-1].operands)
    then_ops = then_ops[:-1]
    if any(not _speculatable(o.operation) for o in else_ops):
        return False
    ranges = Ranges(guard, condition_facts(guard.operands[0], False))
    se = ScalarEvolution()
    loops = [o.operation for o in then_ops if o.operation.name in ("scf.for", "affine.for")]
    sink: list[tuple[ir.Operation, ir.Operation]] = []
    for o in then_ops:
        op = o.operation
        if op.name == "scf.for":
            if not _empty_when(op, ranges, se):
                return False
        elif op.name == "affine.for":
            return False
        elif not _speculatable(op):
            target = _sink_target(op, loops)
            if target is None:
                return False
            sink.append((op, target))
    for t, e in zip(then_yields, else_yields, strict=True):
        if t == e:
            continue
        producer = defining_op(t)
        if producer is None or producer not in loops:
            if se.expr(t).poly != se.expr(e).poly or not _constant_or_outside(e, guard):
                return False
            continue
        index = ir.OpResult(t).result_number
        if list(producer.operands)[3 + index] != e:
            return False
    for op, loop in sink:
        op.move_before(next(iter(loop.regions[0].blocks[0].operations)))
    for o in then_ops:
        op = o.operation
        if any(op == moved for moved, _ in sink):
            continue
        op.move_before(guard)
        if "overflowFlags" in op.attributes and op.name.startswith("arith."):
            op.attributes["overflowFlags"] = ir.Attribute.parse("#arith.overflow<none>")
    for result, value in zip(guard.results, then_yields, strict=True):
        result.replace_all_uses_with(value)
    guard.erase()
    return True


def hoist_guard(guard: ir.Operation) -> bool:
    """``for i { if c { S } }`` -> ``if c { for i { S } }`` when c is loop-invariant; returns whether done."""
    from mlc.compiler.raising.scev import is_inside

    loop = guard.parent
    if loop is None or loop.name not in ("scf.for", "affine.for") or len(loop.results) or len(guard.results):
        return False
    loop = loop.operation
    if len(guard.regions[1].blocks) and len(list(guard.regions[1].blocks[0].operations)) > 1:
        return False
    if is_inside(guard.operands[0], loop):
        return False
    body = list(loop.regions[0].blocks[0].operations)
    if len(body) != 2 or body[0].operation != guard:
        return False
    loop_yield = body[1].operation
    then_ops = [o.operation for o in guard.regions[0].blocks[0].operations]
    guard.move_before(loop)
    loop.move_before(then_ops[-1])
    for op in then_ops[:-1]:
        op.move_before(loop_yield)
    return True


def _sink_target(op: ir.Operation, loops: list[ir.Operation]) -> ir.Operation | None:
    """The loop a load may move into: all its uses are in it, and nothing in it writes that memref.

    A load the compiler hoisted out of a loop only runs when the loop runs once
    it is back inside; the value is the same since the loop does not write the
    view (views of different arguments never overlap after ``ptr-to-memref``).
    """
    from mlc.compiler.raising.scev import is_inside

    if op.name not in ("memref.load", "affine.load", "vector.load"):
        return None
    uses = [u.owner for r in op.results for u in r.uses]
    for loop in loops:
        if uses and all(_within(u, loop) for u in uses):
            view = op.operands[0]
            writers = []

            def visit(o: ir.Operation, writers=writers, view=view) -> ir.WalkResult:
                if (
                    o.name in ("memref.store", "affine.store", "vector.store") and o.operands[1] == view
                ) or o.name in ("llvm.call", "func.call", "llvm.store"):
                    writers.append(o)
                return ir.WalkResult.ADVANCE

            from mlir import ir

            loop.walk(visit)
            return None if writers or is_inside(view, loop) else loop
    return None


def _within(op, loop: ir.Operation) -> bool:
    parent = op.operation.parent if hasattr(op, "operation") else op.parent
    while parent is not None:
        if parent.operation == loop:
            return True
        parent = parent.operation.parent
    return False


def _constant_or_outside(value: ir.Value, guard: ir.Operation) -> bool:
    from mlc.compiler.raising.scev import is_inside

    return not is_inside(value, guard)
