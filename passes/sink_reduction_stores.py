"""``sink-reduction-stores``: store a register reduction once after its loop, not every iteration."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import remark
from mlc.passes import Pass

if TYPE_CHECKING:
    from mlir import ir


def _defined_outside(value: ir.Value, loop: ir.Operation) -> bool:
    from mlir import ir

    owner = value.owner.owner if isinstance(value, ir.BlockArgument) else value.owner
    while owner is not None and owner.name != "func.func":
        if owner == loop:
            return False
        owner = owner.parent
    return True


def _trip_count_positive(loop: ir.Operation) -> bool:
    from mlir import ir

    view = loop.opview
    bounds = []
    for amap in (view.lowerBoundMap.value, view.upperBoundMap.value):
        if len(amap.results) != 1 or not isinstance(amap.results[0], ir.AffineConstantExpr):
            return False
        bounds.append(amap.results[0].value)
    return bounds[1] > bounds[0]


@dataclass(frozen=True)
class SinkReductionStores(Pass):
    """Move ``affine.store %acc, %M[...]`` of a loop's running reduction after the loop.

    At -O1 and above clang keeps a reduction ``T[i][j] += A[i][k] * B[k][j]`` in a
    register across the k loop but still stores it to ``T[i][j]`` in every iteration
    (it cannot prove the store dead). The stored value is the one the loop yields,
    at an address that does not change in the loop, so only the last store is
    observable: if the loop runs at least once (constant bounds) and nothing else
    in the loop touches that array, one store of the loop's result after it is
    equivalent. A store to the same element right before the loop (``T[i][j] *=
    beta`` whose result starts the reduction) is then dead and removed. The nest
    then has the ``s = init; for k: s += ...; T[i][j] = s`` form that
    ``raise-affine-to-linalg`` recognises as a contraction. Each store sunk is a
    remark; loops where the conditions fail are left alone silently.
    """

    NAME = "sink-reduction-stores"
    SUMMARY = "store a loop-carried reduction once after the loop instead of in every iteration"

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        loops: list[ir.Operation] = []

        def collect(o: ir.Operation) -> ir.WalkResult:
            if o.name == "affine.for" and len(o.results):
                loops.append(o)
            return ir.WalkResult.ADVANCE

        op.walk(collect, ir.WalkOrder.POST_ORDER)
        for loop in loops:
            _sink(loop)


def _sink(loop: ir.Operation) -> None:
    from mlir import ir

    from mlc.compiler.analysis.kernels import loop_kernel

    body = loop.regions[0].blocks[0]
    yielded = list(body.operations[len(body.operations) - 1].operands)
    stores = [
        o.operation
        for o in body.operations
        if o.operation.name == "affine.store" and o.operation.operands[0] in yielded
    ]
    if not stores or not _trip_count_positive(loop):
        return
    kernel = loop_kernel(loop)
    for store in stores:
        if not all(_defined_outside(v, loop) for v in list(store.operands)[1:]):
            continue
        mine = next(a for a in kernel.accesses if a.op == store)
        if any(a.root == mine.root and a.op != store for a in kernel.accesses):
            continue
        result = loop.results[yielded.index(store.operands[0])]
        remark(store.location, "store of the reduction moved after its loop")
        copy = store.clone(ip=ir.InsertionPoint.after(loop))
        copy.operands[0] = result
        store.erase()
        _drop_overwritten(loop, copy)


def _drop_overwritten(loop: ir.Operation, sunk: ir.Operation) -> None:
    """Erase a store to the sunk store's element right before ``loop``: nothing reads it (the loop
    does not touch that array) before the sunk store overwrites it."""
    ops = [o.operation for o in loop.block.operations]
    at = next(i for i, o in enumerate(ops) if o == loop)
    if at == 0:
        return
    prev = ops[at - 1]
    same = (
        prev.name == "affine.store"
        and list(prev.operands)[1:] == list(sunk.operands)[1:]
        and prev.attributes["map"] == sunk.attributes["map"]
    )
    if same:
        remark(prev.location, "store removed: the reduction's store after the loop overwrites it")
        prev.erase()
