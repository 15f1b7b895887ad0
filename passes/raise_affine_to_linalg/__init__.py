"""Recognise affine loop nests (elementwise, stencils, contractions, reductions) as linalg ops."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import remark
from mlc.passes import Pass
from mlc.passes.raise_affine_to_linalg.kernels import Matcher, NotAKernel
from mlc.passes.raise_affine_to_linalg.linalg_emit import Emitter

if TYPE_CHECKING:
    from mlir import ir


@dataclass(frozen=True)
class RaiseAffineToLinalg(Pass):
    """Replace each outermost ``affine.for`` nest that computes a kernel by ``linalg.generic`` ops.

    The nest is matched as a band of loops ending in straight-line code
    (elementwise ops, stencils, reductions into memory such as ``c[j] +=
    a[i][j]`` or ``C += A*B``) or in a reduction carried in a register (dot
    products, ``s = 0; for k: s += a*b; C[i][j] = s``). The generic's
    iteration space has one dimension per loop, in loop order, so it computes
    exactly what the loops did, in the same order; iterator types come from the
    stored indices, indexing maps from the accesses, operands are subviews of
    the memref views starting where the nest starts. An initial value becomes a
    ``linalg.fill`` or a generic in front of the reduction, a final function of
    the result a generic after it. Legality (rectangular domain, stored indices
    that are loop indices, no read of a written array at another element) is
    checked; a nest that fails stays as it is, with a remark saying why.
    ``specialize-linalg`` then names the generics that are named ops.
    """

    NAME = "raise-affine-to-linalg"
    SUMMARY = "turn affine loop nests that compute kernels into linalg.generic"

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        roots: list[ir.Operation] = []

        def collect(o: ir.Operation) -> ir.WalkResult:
            if o.name == "affine.for" and o.parent.name != "affine.for":
                roots.append(o)
                return ir.WalkResult.SKIP
            return ir.WalkResult.ADVANCE

        op.walk(collect, ir.WalkOrder.PRE_ORDER)
        for root in roots:
            try:
                matcher = Matcher(root)
                plan = matcher.match()
                with root.location:
                    Emitter(plan, matcher.se).emit()
            except NotAKernel as e:
                remark(e.loc or root.location, f"loop nest not raised to linalg: {e}")
