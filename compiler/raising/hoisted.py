"""Loads that loop-invariant code motion hoisted out of a loop, read as if they were in it.

The vectorizer's copy of a loop loads ``A[i][k]`` once before the loop (its
alias check allows it), the scalar copy loads it in every iteration. To compare
the two element by element, ``Evaluator(..., hoisted=True)`` reads such a
value through: a load in the loop's block, before the loop, whose base pointer
nothing writes between the load and the loop's end, gives the same value in
every iteration. As everywhere in raising, accesses through different pointer
arguments are taken as independent (``ptr-to-memref`` checks it afterwards);
a call, or a store whose base is not known, writes every base.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.raising.addresses import NotAffine, address
from mlc.compiler.raising.scev import ScalarEvolution, defining_op

if TYPE_CHECKING:
    from mlir import ir

_WRITERS = ("llvm.store", "llvm.call", "func.call", "llvm.atomicrmw", "llvm.cmpxchg", "llvm.fence")


class Written:
    """The base pointers written from one op of a block to the end of a loop after it."""

    def __init__(self, loop: ir.Operation) -> None:
        self.loop = loop
        self.se = ScalarEvolution(widen=True)
        self._in_loop = self._bases([loop])

    def _bases(self, ops: list[ir.Operation]) -> set | None:
        """The bases that ``ops`` (and the ops in them) store through; None for any base."""
        from mlir import ir

        bases: set | None = set()

        def visit(o: ir.Operation) -> ir.WalkResult:
            nonlocal bases
            if o.name.startswith("llvm.intr.mem") or (o.name in _WRITERS and o.name != "llvm.store"):
                bases = None
                return ir.WalkResult.INTERRUPT
            if o.name == "llvm.store":
                try:
                    bases.add(address(o.operands[1], self.se).base)
                except NotAffine:
                    bases = None
                    return ir.WalkResult.INTERRUPT
            return ir.WalkResult.ADVANCE

        for op in ops:
            op.walk(visit)
            if bases is None:
                return None
        return bases

    def unchanged(self, load: ir.Operation) -> bool:
        """Whether ``load`` (in the loop's block, before it) reads memory that stays as it is
        until the loop ends."""
        if load.block != self.loop.block or self._in_loop is None:
            return False
        ops = [o.operation for o in self.loop.block.operations]
        between = self._bases(ops[ops.index(load) + 1 : ops.index(self.loop)])
        if between is None:
            return False
        try:
            base = address(load.operands[0], self.se).base
        except NotAffine:
            return False
        return base not in between and base not in self._in_loop


def hoisted_load(value: ir.Value, written: Written) -> ir.Operation | None:
    """The scalar ``llvm.load`` defining ``value``, if it may be read as if it ran in the loop."""
    op = defining_op(value)
    if op is None or op.name != "llvm.load" or "volatile_" in op.attributes:
        return None
    if str(value.type).startswith("vector<") or not written.unchanged(op):
        return None
    return op
