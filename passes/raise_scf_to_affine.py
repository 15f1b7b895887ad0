"""Raise ``scf.for`` loops whose bounds are affine in outer loops and symbols to ``affine.for``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import remark
from mlc.compiler.raising.addresses import NotAffine
from mlc.compiler.raising.affine_bounds import AffineBound
from mlc.compiler.raising.materialize import Builder
from mlc.compiler.raising.nest import Hoister
from mlc.compiler.raising.ranges import Ranges
from mlc.compiler.raising.scev import ScalarEvolution, constant_int
from mlc.passes import Pass

if TYPE_CHECKING:
    from mlir import ir


@dataclass(frozen=True)
class RaiseScfToAffine(Pass):
    """Turn ``scf.for`` into ``affine.for`` where the bounds allow it.

    Bounds are read as polynomials (scalar evolution); they must be affine in
    the induction variables of enclosing ``affine.for`` loops (the map's
    dimensions) with everything else computable from the function arguments
    (the map's symbols, recomputed at the function entry so that they are
    valid affine symbols; a product of symbols becomes one symbol). A lower
    bound may be a max and an upper bound a min of such expressions (signed,
    or unsigned and ``usub.sat`` of non-negative values), and ``x & -2^k`` of a
    non-negative ``x`` is ``(x floordiv 2^k) * 2^k`` (``raising.affine_bounds``). The step
    must be a constant. ``iter_args`` carry over. Loads and stores are left to
    the upstream ``affine-raise-from-memref``, which runs after this pass in
    the ``.ll`` pipeline. Loops that stay ``scf.for`` get a remark.
    """

    NAME = "raise-scf-to-affine"
    SUMMARY = "turn scf.for with affine bounds into affine.for"

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        for fn in [f for f in op.regions[0].blocks[0].operations if f.operation.name == "func.func"]:
            if not fn.regions[0].blocks:
                continue
            loops: list[ir.Operation] = []

            def collect(o: ir.Operation, loops=loops) -> ir.WalkResult:
                if o.name == "scf.for":
                    loops.append(o)
                return ir.WalkResult.ADVANCE

            fn.operation.walk(collect, ir.WalkOrder.PRE_ORDER)
            entry = fn.regions[0].blocks[0]
            hoister = Hoister(fn.operation, next(iter(entry.operations)))
            for loop in loops:
                try:
                    with loop.location:
                        _raise_loop(loop, hoister)
                except NotAffine as e:
                    remark(loop.location, f"loop not raised to affine.for: {e}")


def _affine_dims(loop: ir.Operation) -> list[ir.Value]:
    """Induction variables of the ``affine.for`` loops around ``loop``, outermost first."""
    dims = []
    parent = loop.parent
    while parent is not None and parent.name != "func.func":
        if parent.name == "affine.for":
            dims.append(parent.operation.regions[0].blocks[0].arguments[0])
        parent = parent.operation.parent
    return dims[::-1]


def _raise_loop(loop: ir.Operation, hoister: Hoister) -> None:
    from mlir import ir
    from mlir.dialects import affine

    lb, ub, step = list(loop.operands)[:3]
    inits = list(loop.operands)[3:]
    st = constant_int(step)
    if st is None or st <= 0:
        raise NotAffine("its step is not a positive constant")
    ranges = Ranges(loop)
    se = ScalarEvolution(nonneg=lambda v: ranges.range(v).nonneg)
    dims = _affine_dims(loop)
    b = Builder(ir.InsertionPoint(hoister.anchor), loop.location)
    lb_map, lb_ops = AffineBound(se, dims, hoister, b, ranges, "lower bound").map(lb, lower=True)
    ub_map, ub_ops = AffineBound(se, dims, hoister, b, ranges, "upper bound").map(ub, lower=False)
    new = affine.AffineForOp(
        lb_map,
        ub_map,
        st,
        inits,
        lower_bound_operands=lb_ops,
        upper_bound_operands=ub_ops,
        loc=loop.location,
        ip=ir.InsertionPoint(loop),
    )
    old_body = loop.regions[0].blocks[0]
    body = new.regions[0].blocks[0]
    old_ops = list(old_body.operations)
    terminator = old_ops[-1]
    yield_op = affine.AffineYieldOp(
        list(terminator.operands), loc=terminator.location, ip=ir.InsertionPoint(body)
    )
    for op in old_ops[:-1]:
        op.operation.move_before(yield_op.operation)
    for old, new_arg in zip(old_body.arguments, body.arguments, strict=True):
        old.replace_all_uses_with(new_arg)
    for old, res in zip(loop.results, new.results, strict=True):
        old.replace_all_uses_with(res)
    loop.erase()
