"""Remove loop versioning (minimum-trip and overlap checks) and merge remainder loops into their main loop."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.passes import Pass
from mlc.passes.merge_loop_versions.concatenation import absorb_peel, concatenate, concatenate_guarded
from mlc.passes.merge_loop_versions.versions import (
    eliminate_if,
    eliminate_select,
    eliminate_switch,
    merge_branch_loops,
    sink_into_branches,
    thread_into,
)

if TYPE_CHECKING:
    from mlir import ir


@dataclass(frozen=True)
class MergeLoopVersions(Pass):
    """Collapse the versions of a loop that an optimizer made back into one loop.

    Run after ``reroll-loops``. An ``scf.if``, ``scf.index_switch`` or ``arith.select`` goes
    when one of its branches, run in the situation of another, would be a
    no-op equivalent to it (its loops provably empty, its results equal):
    this removes minimum-trip-count checks and remainder guards. Two
    consecutive ``scf.for`` loops with identical bodies (compared element by
    element as in ``reroll-loops``), the second resuming at the first's end
    with its results, become one loop, whose upper bound is the second's when
    it is provably not below the first's. A conditional copy of the loop body
    right after the loop, at the loop's upper bound (a peeled last iteration),
    becomes one more iteration of the loop when its condition holds. A loop
    after an ``scf.if`` that starts where ``select`` on the same condition says
    (the scalar remainder of a loop versioned on an in-loop overlap check)
    moves into both branches, next to the loop version it finishes. Loop
    bodies are compared with loads hoisted out of a loop read as if they ran
    in it, where nothing writes their array until the loop ends. Applied
    until nothing changes.

    Like ``reroll-loops`` it treats accesses through different pointer
    arguments as independent where one is written; in the ``.ll`` pipeline,
    ``ptr-to-memref`` then guarantees it (``noalias`` or a run-time check that
    falls back to the original function).
    """

    NAME = "merge-loop-versions"
    SUMMARY = "remove minimum-trip/remainder versioning and merge remainder loops into their main loop"

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        for _ in range(256):
            changed = False
            ops: list[ir.Operation] = []

            def collect(o: ir.Operation, ops=ops) -> ir.WalkResult:
                if o.name in ("scf.if", "scf.index_switch", "scf.for", "arith.select"):
                    ops.append(o)
                return ir.WalkResult.ADVANCE

            op.walk(collect, ir.WalkOrder.POST_ORDER)
            for o in ops:
                with o.location:
                    if o.name == "scf.if":
                        done = eliminate_if(o) or merge_branch_loops(o) or _merge_with_next(o) or _thread(o)
                    elif o.name == "scf.index_switch":
                        done = eliminate_switch(o) or _thread(o)
                    elif o.name == "arith.select":
                        done = eliminate_select(o)
                    else:
                        done = _merge_with_next(o) or _sink(o)
                if done:
                    changed = True
                    break  # the walk list is stale now
            if not changed:
                return


def _merge_with_next(loop: ir.Operation) -> bool:
    """Merge ``loop`` (or the loop that the ``scf.if`` ``loop`` guards) with the loop after it."""
    block = loop.block
    ops = [o.operation for o in block.operations]
    index = next(i for i, o in enumerate(ops) if o == loop)
    for nxt in ops[index + 1 :]:
        if nxt.name == "scf.for":
            return concatenate_guarded(loop, nxt) if loop.name == "scf.if" else concatenate(loop, nxt)
        if nxt.name in ("scf.if", "scf.index_switch") and loop.name == "scf.for":
            return absorb_peel(loop, nxt)
        if nxt.regions or not _pure(nxt):
            return False
    return False


def _thread(user: ir.Operation) -> bool:
    """Thread ``user`` into the ``scf.if`` before it whose results decide it."""
    ops = [o.operation for o in user.block.operations]
    for prev in reversed(ops[: ops.index(user)]):
        if prev.name == "scf.if":
            return thread_into(prev, user)
        if prev.regions or not _pure(prev):
            return False
    return False


def _sink(loop: ir.Operation) -> bool:
    """Sink ``loop`` into both branches of the ``scf.if`` before it whose condition it selects on."""
    ops = [o.operation for o in loop.block.operations]
    for prev in reversed(ops[: ops.index(loop)]):
        if prev.name == "scf.if":
            return sink_into_branches(prev, loop)
        if prev.regions or not _pure(prev):
            return False
    return False


def _pure(op: ir.Operation) -> bool:
    return op.name.startswith(("arith.", "math.", "index.")) or op.name in ("llvm.getelementptr", "ub.poison")
