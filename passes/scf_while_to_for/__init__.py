"""Raise counted ``scf.while`` loops (what ``lift-cf-to-scf`` makes of CFG loops) to ``scf.for``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import remark
from mlc.passes import Pass
from mlc.passes.scf_while_to_for.while_to_for import NotCounted, WhileToFor

if TYPE_CHECKING:
    from mlir import ir


@dataclass(frozen=True)
class ScfWhileToFor(Pass):
    """Turn ``scf.while`` loops with a computable trip count into ``scf.for`` over ``index``.

    Both loop forms are handled: ``while`` (test first) and the rotated
    ``do-while`` form clang emits at ``-O1`` and above (body first, test at the
    end). The induction variable is a loop-carried integer advanced by a
    constant step; the exit test may compare any expression ``iv + d`` with a
    loop-invariant bound ``N`` (``!=``, ``<``, ``<=`` and their unsigned forms
    where both sides are provably non-negative; ``>``, ``>=``, ``!=`` for
    loops counting down by one). The trip count is exact, including the
    do-while's guaranteed first iteration (``ub = max(U, lb) + step``), so no
    guard is needed for correctness. Other carried integers with a constant
    step become affine in the new induction variable; all other carried values
    become ``iter_args``. Inner loops go first; one that fails is tried again
    after an outer loop became an ``scf.for`` (its bounds may show that a
    flagless counter reaches its bound). Loops that are not counted
    (data-dependent exits, geometric updates such as ``i *= 2``) stay
    ``scf.while`` with a remark.
    """

    NAME = "scf-while-to-for"
    SUMMARY = "turn counted scf.while loops into scf.for with recovered trip counts"

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        # Inner loops first; those that fail are tried again once an outer loop has become an
        # ``scf.for``, whose bounds may be what proves an inner counter does not wrap.
        while True:
            loops: list[ir.Operation] = []

            def collect(o: ir.Operation, loops=loops) -> ir.WalkResult:
                if o.name == "scf.while":
                    loops.append(o)
                return ir.WalkResult.ADVANCE

            op.walk(collect, ir.WalkOrder.POST_ORDER)
            failed = []
            for loop in loops:
                try:
                    with loop.location:
                        WhileToFor(loop).run()
                except NotCounted as e:
                    failed.append((loop, e))
            if len(failed) in (0, len(loops)):
                break
        for loop, e in failed:
            remark(e.loc or loop.location, f"loop not raised to scf.for: {e}")
