"""``collapse-parallel-loops``: merge the leading dimensions of wide ``scf.parallel`` loops."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import remark
from mlc.compiler.errors import MlcError
from mlc.passes import Pass, option

if TYPE_CHECKING:
    from mlir import ir


def _constant(value: ir.Value) -> int | None:
    from mlir import ir

    if not isinstance(value, ir.OpResult) or value.owner.name != "arith.constant":
        return None
    attr = value.owner.attributes["value"]
    return ir.IntegerAttr(attr).value if isinstance(attr, ir.IntegerAttr) else None


def _outermost_parallel_loops(root: ir.Operation) -> list[ir.Operation]:
    from mlir import ir

    found: list[ir.Operation] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "scf.parallel":
            found.append(op)
            return ir.WalkResult.SKIP
        return ir.WalkResult.ADVANCE

    root.walk(visit, ir.WalkOrder.PRE_ORDER)
    return found


def _bounds(loop: ir.Operation) -> tuple[list[int], list[int], list[int]] | None:
    """Constant (lower bounds, upper bounds, steps), or None if any is not a constant."""
    n = len(loop.regions[0].blocks[0].arguments)
    values = [_constant(v) for v in loop.operands[: 3 * n]]
    if any(v is None for v in values):
        return None
    return values[:n], values[n : 2 * n], values[2 * n :]  # type: ignore[return-value]


def _delinearize(flat: ir.Value, extents: list[int]) -> list[ir.Value]:
    """Row-major indices of ``flat`` in a box of ``extents`` (the last one varies fastest)."""
    from mlir import ir
    from mlir.dialects import arith

    index = ir.IndexType.get()
    out: list[ir.Value] = []
    rest = flat
    for extent in reversed(extents[1:]):
        c = arith.ConstantOp(index, extent).result
        out.append(arith.RemUIOp(rest, c).result)
        rest = arith.DivUIOp(rest, c).result
    out.append(rest)
    return list(reversed(out))


@dataclass(frozen=True)
class CollapseParallelLoops(Pass):
    """Merge the leading dimensions of every outermost ``scf.parallel`` that has more than
    ``max-dims`` of them into one, so that at most ``max-dims`` remain.

    GPU hardware has three grid and three block dimensions; ``gpu-map-parallel-loops``
    leaves the dimensions of a loop beyond the third sequential, which turns the
    innermost (contiguous) dimension of a 4-D elementwise op or convolution into a
    loop inside every thread. After collapsing, the merged dimension is recovered in
    the body with ``arith.remui``/``arith.divui`` by the constant extents. Loops
    whose bounds or steps are not constants, that start anywhere but 0, step by
    anything but 1, carry reductions or are already mapped are left alone, with a remark.
    """

    NAME = "collapse-parallel-loops"
    SUMMARY = "merge leading scf.parallel dimensions so that at most max-dims remain"
    PRIMARY_OPTION = "max_dims"

    max_dims: int = option(3, "the most dimensions a loop keeps")

    def run(self, op: ir.Operation) -> None:
        if self.max_dims < 1:
            raise MlcError(f"collapse-parallel-loops: max-dims must be at least 1, got {self.max_dims}")
        for loop in _outermost_parallel_loops(op):
            self._collapse(loop)

    def _collapse(self, loop: ir.Operation) -> None:
        from mlir import ir
        from mlir.dialects import arith, scf

        body = loop.regions[0].blocks[0]
        n = len(body.arguments)
        if n <= self.max_dims:
            return
        bounds = _bounds(loop)
        if bounds is None or len(loop.results) or any(bounds[0]) or any(s != 1 for s in bounds[2]):
            remark(loop.location, "not collapsed: bounds must be constant, from 0, step 1, no reductions")
            return
        if "mapping" in loop.attributes:
            remark(loop.location, "not collapsed: the loop is already mapped to the GPU")
            return
        upper = bounds[1]
        merged = n - self.max_dims + 1
        extents = [math.prod(upper[:merged]), *upper[merged:]]
        index = ir.IndexType.get()
        with ir.InsertionPoint(loop), loop.location:
            zero = arith.ConstantOp(index, 0).result
            one = arith.ConstantOp(index, 1).result
            ubs = [arith.ConstantOp(index, e).result for e in extents]
            new = scf.ParallelOp([], [zero] * len(extents), ubs, [one] * len(extents), [])
            block = new.region.blocks.append(*([index] * len(extents)))
        ops = [o.operation for o in body.operations]
        with ir.InsertionPoint(block), loop.location:
            leading = _delinearize(block.arguments[0], upper[:merged])
        for old, value in zip(body.arguments, [*leading, *list(block.arguments)[1:]], strict=True):
            old.replace_all_uses_with(value)
        for o in ops:
            block.append(o)
        loop.erase()
        remark(new.location, f"collapsed {n} loop dimensions {upper} into {extents}")
