"""``interchange-loops``: move a dependence-free loop innermost where its accesses are unit-stride."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import remark
from mlc.passes import Pass, option

if TYPE_CHECKING:
    from mlir import ir


def _band(outer: ir.Operation) -> list[ir.Operation]:
    """The perfectly nested ``affine.for`` loops starting at ``outer``, without results."""
    band = [outer]
    while True:
        ops = [o.operation for o in band[-1].regions[0].blocks[0].operations]
        if len(ops) != 2 or ops[0].name != "affine.for" or len(ops[0].results):
            return band
        band.append(ops[0])


def _rectangular(band: list[ir.Operation]) -> bool:
    ivs = [loop.regions[0].blocks[0].arguments[0] for loop in band]
    return all(v not in ivs for loop in band for v in loop.operands)


def _var(kernel, loop: ir.Operation) -> str:
    return next(n for n, v in kernel.vars.items() if v.loop is not None and v.loop == loop)


def _cost(accesses, var: str, strided: int) -> int:
    """Memory cost of running ``var`` innermost: 0 per invariant access, 1 per unit-stride one."""
    total = 0
    for a in accesses:
        lin = a.address.linear()
        coef = None if lin is None else lin.get(var, 0)
        total += 0 if coef == 0 else 1 if coef in (1, -1) else strided
    return total


@dataclass(frozen=True)
class InterchangeLoops(Pass):
    """Reorder each perfect band of ``affine.for`` loops so that its innermost loop walks memory
    with unit stride.

    For the innermost body's accesses, each loop of the band gets a cost: 0 per
    access that does not depend on it, 1 per unit-stride access, ``strided-cost``
    per other access (flattened addresses of the access analysis). The cheapest
    loop that carries no dependence (``mlc.compiler.analysis.dependence``) moves
    innermost, the others keeping their order. A loop that carries no dependence
    can take any position in the band, and every element's operations keep their
    order, so the results are bit-identical. This is the strided-access case of a
    ``for j { for i: A[i][j] }`` nest, and of ``linalg.matmul`` lowered to
    ``i, j, k`` loops (``j`` moves inside ``k``). Bands with triangular bounds or
    loop results are left alone. Each interchange is a remark.
    """

    NAME = "interchange-loops"
    SUMMARY = "move a dependence-free loop innermost where its accesses are unit-stride"

    strided_cost: int = option(8, "cost of one access that is neither invariant nor unit-stride")

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        outers: list[ir.Operation] = []

        def collect(o: ir.Operation) -> ir.WalkResult:
            if o.name == "affine.for" and not len(o.results):
                outers.append(o)
                return ir.WalkResult.SKIP
            return ir.WalkResult.ADVANCE

        op.walk(collect, ir.WalkOrder.PRE_ORDER)
        for outer in outers:
            self._interchange(outer)

    def _interchange(self, outer: ir.Operation) -> None:
        from mlc.compiler.analysis.dependence import analyze_dependences
        from mlc.compiler.analysis.kernels import loop_kernel

        band = _band(outer)
        if len(band) < 2 or not _rectangular(band):
            return
        kernel = loop_kernel(outer)
        names = [
            next(n for n, v in kernel.vars.items() if v.loop is not None and v.loop == lp) for lp in band
        ]
        deps = analyze_dependences(kernel.accesses, names, kernel.vars)
        costs = [_cost(kernel.accesses, n, self.strided_cost) for n in names]
        free = [i for i in range(len(band)) if names[i] not in deps.carried]
        if not free:
            return
        best = min(free, key=lambda i: (costs[i], -i))
        if best == len(band) - 1 or costs[best] >= costs[-1]:
            return
        label = kernel.vars[names[best]].label
        remark(
            band[best].location,
            f"loop {label} moved innermost: memory cost {costs[-1]} -> {costs[best]} "
            f"(it carries no dependence)",
        )
        order = [lp for i, lp in enumerate(band) if i != best] + [band[best]]
        _rebuild(band, order)


def _rebuild(band: list[ir.Operation], order: list[ir.Operation]) -> None:
    """Replace the band by loops with the same bounds in ``order`` around the same body."""
    with band[0].location:
        _build(band, order)
    band[0].erase()


def _build(band: list[ir.Operation], order: list[ir.Operation]) -> None:
    from mlir import ir
    from mlir.dialects import affine

    ip = ir.InsertionPoint(band[0])
    new_ivs = {}
    yield_op = None
    for old in order:
        view = old.opview
        n_lb = view.lowerBoundMap.value.n_inputs
        operands = list(old.operands)
        new = affine.AffineForOp(
            view.lowerBoundMap.value,
            view.upperBoundMap.value,
            ir.IntegerAttr(old.attributes["step"]).value,
            lower_bound_operands=operands[:n_lb],
            upper_bound_operands=operands[n_lb:],
            loc=old.location,
            ip=ip,
        )
        body = new.regions[0].blocks[0]
        yield_op = affine.AffineYieldOp([], loc=old.location, ip=ir.InsertionPoint(body))
        ip = ir.InsertionPoint(yield_op.operation)
        new_ivs[old] = body.arguments[0]
    inner = band[-1].regions[0].blocks[0]
    for o in list(inner.operations)[:-1]:
        o.operation.move_before(yield_op.operation)
    for old in band:
        old.regions[0].blocks[0].arguments[0].replace_all_uses_with(new_ivs[old])
