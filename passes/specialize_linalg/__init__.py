"""Replace ``linalg.generic`` ops that compute a named op (matvec, conv_2d, ...) by that op."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.passes import Pass
from mlc.passes.specialize_linalg.named_ops import match

if TYPE_CHECKING:
    from mlir import ir


@dataclass(frozen=True)
class SpecializeLinalg(Pass):
    """Name the generics that are named ops, by comparing them with the named ops' own definitions.

    A candidate (``linalg.matmul``, ``batch_matmul``, ``matvec``, ``vecmat``,
    ``batch_matvec``, ``dot``, ``conv_1d``/``2d``/``3d``, ``copy``) is generalized
    by upstream ``linalg-generalize-named-ops`` on the generic's operand types;
    it replaces the generic when the two agree on indexing maps, iterator types
    and body for some order of the inputs and some renaming of the loops that
    keeps the reduction loops in order. The named op then performs the same
    arithmetic in the same order for every output element. Unlike upstream
    ``linalg-specialize-generic-ops`` (which the ``.ll`` pipeline runs
    afterwards for elementwise ops and transposed matmuls), loop order does not
    have to match: ``y[j] += A[i][j] * x[i]`` with ``i`` outermost is a
    ``linalg.vecmat``.
    """

    NAME = "specialize-linalg"
    SUMMARY = "replace linalg.generic by the named linalg op it computes (matvec, conv_2d, ...)"

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        generics: list[ir.Operation] = []

        def collect(o: ir.Operation) -> ir.WalkResult:
            if o.name == "linalg.generic":
                generics.append(o)
            return ir.WalkResult.ADVANCE

        op.walk(collect)
        for generic in generics:
            found = match(generic)
            if found is None:
                continue
            name, order = found
            _replace(generic, name, order)


def _replace(generic: ir.Operation, name: str, order: tuple[int, ...]) -> None:
    from mlir import ir
    from mlir.dialects import linalg

    n_ins = len(order)
    operands = list(generic.operands)
    ins = [operands[i] for i in order]
    outs = operands[n_ins:]
    builder = getattr(linalg, name.split(".", 1)[1])
    with ir.InsertionPoint(generic), generic.location:
        builder(*ins, outs=outs)
    generic.erase()
