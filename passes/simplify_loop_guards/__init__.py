"""Remove ``scf.if`` guards that only skip loops which would not run anyway, and hoist the others."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.passes import Pass
from mlc.passes.simplify_loop_guards.guards import hoist_guard, remove_guard

if TYPE_CHECKING:
    from mlir import ir


@dataclass(frozen=True)
class SimplifyLoopGuards(Pass):
    """Inline ``scf.if %c {loops} else {...}`` where ``!%c`` makes every loop in it empty.

    Compilers guard a rotated loop with its entry test (``n > 0``); once the
    loop is an ``scf.for`` with an exact trip count, the guard is redundant and
    stands between a loop and its parent, hiding a perfect nest. A guard goes
    when its else-branch has no side effects, every side effect of its
    then-branch is inside ``scf.for`` loops that are provably empty when the
    condition is false (range analysis under the negated condition and the
    enclosing ones), and each result it yields is the same on both sides in
    that case (a loop result is its init value when the loop is empty). The
    ops hoisted out of the then-branch lose their overflow flags, since they
    now also run when the condition is false. A load that LICM hoisted out of
    a loop into the guard moves back into the loop instead.

    A guard that must stay but is the whole body of a loop, with a condition
    that does not change in the loop, moves out of it (loop unswitching:
    ``for i: if c: S`` is ``if c: for i: S``), so that loop nests become
    perfect again.
    """

    NAME = "simplify-loop-guards"
    SUMMARY = "inline scf.if guards around loops that are empty when the guard fails; hoist invariant ones"

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        changed = True
        while changed:  # hoisting one guard can let another move or go
            changed = False
            guards: list[ir.Operation] = []

            def collect(o: ir.Operation, guards=guards) -> ir.WalkResult:
                if o.name == "scf.if":
                    guards.append(o)
                return ir.WalkResult.ADVANCE

            op.walk(collect, ir.WalkOrder.POST_ORDER)
            for guard in guards:
                with guard.location:
                    if remove_guard(guard):
                        changed = True
                        continue
                    while hoist_guard(guard):
                        changed = True
