"""Lower ``mlc_ptr.to_memref`` to an LLVM memref descriptor built on the pointer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.passes import Pass

if TYPE_CHECKING:
    from mlir import ir

OP = "mlc_ptr.to_memref"


@dataclass(frozen=True)
class LowerPtrViews(Pass):
    """Replace each ``mlc_ptr.to_memref %p : memref<T>`` by the descriptor ``{%p, %p, 0}``.

    The descriptor is built with ``llvm.insertvalue`` and handed to the memref
    world through ``builtin.unrealized_conversion_cast``; the usual
    ``finalize-memref-to-llvm`` + ``reconcile-unrealized-casts`` then fold the
    cast away. Run it before lowering memrefs to LLVM.
    """

    NAME = "lower-ptr-views"
    SUMMARY = "lower mlc_ptr.to_memref to a memref descriptor for LLVM lowering"

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        views: list[ir.Operation] = []

        def collect(o: ir.Operation) -> ir.WalkResult:
            if o.name == OP:
                views.append(o)
            return ir.WalkResult.ADVANCE

        op.walk(collect)
        for view in views:
            with view.location:
                _lower(view)


def _lower(view: ir.Operation) -> None:
    from mlir import ir

    ip = ir.InsertionPoint(view)
    ptr = view.operands[0]
    i64 = ir.IntegerType.get_signless(64)
    desc_type = ir.Type.parse("!llvm.struct<(ptr, ptr, i64)>")

    def create(name, operands, result, attrs=None):
        return ir.Operation.create(
            name, results=[result], operands=operands, attributes=attrs or {}, ip=ip
        ).result

    desc = create("llvm.mlir.undef", [], desc_type)
    zero = create("llvm.mlir.constant", [], i64, {"value": ir.IntegerAttr.get(i64, 0)})
    for pos, value in enumerate((ptr, ptr, zero)):
        attrs = {"position": ir.Attribute.parse(f"array<i64: {pos}>")}
        desc = create("llvm.insertvalue", [desc, value], desc_type, attrs)
    cast = create("builtin.unrealized_conversion_cast", [desc], view.results[0].type)
    view.results[0].replace_all_uses_with(cast)
    view.erase()
