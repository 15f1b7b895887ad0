"""Reroll unrolled and vectorized ``scf.for`` loops into step-1 loops over scalars."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import remark
from mlc.compiler.raising.evaluate import NoReroll
from mlc.passes import Pass
from mlc.passes.reroll_loops.reroll import reroll

if TYPE_CHECKING:
    from mlir import ir


@dataclass(frozen=True)
class RerollLoops(Pass):
    """Undo loop unrolling and vectorization where it provably changes nothing.

    Clang at ``-O2`` unrolls loops and vectorizes them (``<4 x float>`` loads,
    interleaved by 2). Once accesses are on memref views, a loop with step
    ``U`` is rerolled when its body is ``U`` copies of one scalar iteration at
    ``iv, iv + 1, ...`` (vector lanes counted as copies), carried values are
    chains of the same update (so floating-point reductions keep their order),
    and running the copies in sequence moves no store across an access of the
    same element. The rerolled loop covers exactly the iterations the unrolled
    one did; merging it with its remainder loop is left to
    ``merge-loop-versions``. Loops that do not qualify stay, with a remark.
    """

    NAME = "reroll-loops"
    SUMMARY = "turn unrolled/vectorized scf.for loops back into step-1 scalar loops"

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        loops: list[ir.Operation] = []

        def collect(o: ir.Operation) -> ir.WalkResult:
            if o.name == "scf.for":
                loops.append(o)
            return ir.WalkResult.ADVANCE

        op.walk(collect, ir.WalkOrder.POST_ORDER)
        for loop in loops:
            step = loop.operands[2].owner
            if (
                getattr(step, "name", "") == "arith.constant"
                and str(step.attributes["value"]).split(" ")[0] == "1"
            ):
                continue
            try:
                with loop.location:
                    reroll(loop)
            except NoReroll as e:
                remark(loop.location, f"loop not rerolled: {e}")
