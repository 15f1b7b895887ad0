"""``fuse-loops``: fuse adjacent ``affine.for`` loops with equal bounds that touch the same arrays."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import remark
from mlc.passes import Pass

if TYPE_CHECKING:
    from mlir import ir


def _same_bounds(a: ir.Operation, b: ir.Operation) -> bool:
    va, vb = a.opview, b.opview
    return (
        va.lowerBoundMap.value == vb.lowerBoundMap.value
        and va.upperBoundMap.value == vb.upperBoundMap.value
        and a.attributes["step"] == b.attributes["step"]
        and list(a.operands) == list(b.operands)
    )


def _iv(loop: ir.Operation) -> ir.Value:
    return loop.regions[0].blocks[0].arguments[0]


def _body(loop: ir.Operation) -> list[ir.Operation]:
    return [o.operation for o in loop.regions[0].blocks[0].operations][:-1]


def _nested(ops: list[ir.Operation]) -> list[ir.Operation]:
    from mlir import ir

    out: list[ir.Operation] = []

    def visit(o: ir.Operation) -> ir.WalkResult:
        out.append(o)
        return ir.WalkResult.ADVANCE

    for o in ops:
        o.walk(visit, ir.WalkOrder.PRE_ORDER)
    return out


def _retarget(ops: list[ir.Operation], old: ir.Value, new: ir.Value) -> None:
    for o in _nested(ops):
        for i, v in enumerate(o.operands):
            if v == old:
                o.operands[i] = new


@dataclass(frozen=True)
class FuseLoops(Pass):
    """Fuse each pair of adjacent ``affine.for`` loops with the same bounds whose bodies access a
    common array, so that what the first writes is still in cache when the second reads it.

    The second loop's body moves to the end of the first's. That runs iteration
    ``i`` of both before iteration ``i + 1`` of either, which is legal when no
    element is touched by both bodies (one writing) in different iterations: the
    dependence test of ``mlc.compiler.analysis.dependence`` decides on the fused
    loop, and an illegal fusion is undone. Fusion repeats until no pair is left,
    so nests fuse level by level. Loops with results, or whose bodies share no
    array (nothing to save), are left alone; each fusion and each refusal of a
    pair that shares an array is a remark. The inverse of ``distribute-loops``:
    distribution exposes kernels, fusion then recovers locality on the loops that
    stay loops.
    """

    NAME = "fuse-loops"
    SUMMARY = "fuse adjacent affine loops with equal bounds that access the same arrays, where legal"

    def run(self, op: ir.Operation) -> None:
        refused: set[str] = set()
        while _fuse_one(op, refused):
            pass


def _fuse_one(root: ir.Operation, refused: set[str]) -> bool:
    """Fuse the first legal pair found; True if one was fused."""
    from mlir import ir

    blocks: list[ir.Block] = []

    def visit(o: ir.Operation) -> ir.WalkResult:
        for region in o.regions:
            blocks.extend(region.blocks)
        return ir.WalkResult.ADVANCE

    root.walk(visit, ir.WalkOrder.PRE_ORDER)
    for block in blocks:
        ops = [o.operation for o in block.operations]
        for a, b in itertools.pairwise(ops):
            if a.name != "affine.for" or b.name != "affine.for" or len(a.results) or len(b.results):
                continue
            key = f"{a.location}|{b.location}"
            if key in refused or not _same_bounds(a, b):
                continue
            if _try(a, b):
                return True
            refused.add(key)
    return False


def _try(a: ir.Operation, b: ir.Operation) -> bool | None:
    """Fuse ``b`` into ``a`` if legal (True), undo it if not (False); None if they share no array."""
    from mlc.compiler.analysis.dependence import carried_between
    from mlc.compiler.analysis.kernels import loop_kernel

    first, second = _body(a), _body(b)
    yield_a = list(a.regions[0].blocks[0].operations)[-1].operation
    yield_b = list(b.regions[0].blocks[0].operations)[-1].operation
    for o in second:
        o.move_before(yield_a)
    _retarget(second, _iv(b), _iv(a))
    kernel = loop_kernel(a)
    inner_a, inner_b = _nested(first), _nested(second)
    acc_a = [x for x in kernel.accesses if any(x.op == o for o in inner_a)]
    acc_b = [x for x in kernel.accesses if any(x.op == o for o in inner_b)]
    if not {x.root for x in acc_a} & {x.root for x in acc_b}:
        why: str | None = None
        shared = False
    else:
        shared = True
        var = next(n for n, v in kernel.vars.items() if v.loop is not None and v.loop == a)
        why = carried_between(acc_a, acc_b, var, kernel.vars)
    if shared and why is None:
        remark(a.location, "loop fused with the next one (they access the same arrays)")
        b.erase()
        return True
    for o in second:
        o.move_before(yield_b)
    _retarget(second, _iv(a), _iv(b))
    if shared:
        remark(a.location, f"loop not fused with the next one: {why}")
        return False
    return None
