"""The original ``llvm.func`` kept beside a lifted function, and putting it back.

``lift-llvm-to-core`` keeps a private copy of every function it lifts,
``@<name>.mlc.orig``; the raising passes call it where a run-time check of
theirs fails (``ptr-to-memref``), and ``finalize-llvm-raising`` drops the
copies no code needs or restores the original where the raising did not get
far enough.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler import attributes

if TYPE_CHECKING:
    from mlir import ir

# The copy is internal; what it had is saved here and restored with it.


def keep_original(fn: ir.Operation, new_name: str) -> None:
    """Insert a private copy of ``fn`` named ``new_name`` right after it."""
    from mlir import ir

    copy = fn.operation.clone(ip=ir.InsertionPoint(fn))
    copy.move_after(fn.operation)
    copy.attributes["sym_name"] = ir.StringAttr.get(new_name)
    if "linkage" in copy.attributes:
        copy.attributes[attributes.SAVED_LINKAGE] = copy.attributes["linkage"]
    copy.attributes["linkage"] = ir.Attribute.parse("#llvm.linkage<internal>")
    if "dso_local" in copy.attributes:
        copy.attributes[attributes.SAVED_DSO_LOCAL] = ir.UnitAttr.get()
        del copy.attributes["dso_local"]
    # The fallback calls to the copy are built with the C calling convention (clang makes
    # internal functions fastcc); a mismatch between call and callee is undefined behaviour.
    if "CConv" in copy.attributes:
        copy.attributes[attributes.SAVED_CCONV] = copy.attributes["CConv"]
    copy.attributes["CConv"] = ir.Attribute.parse("#llvm.cconv<ccc>")


def restore_original(module: ir.Operation, lifted: ir.Operation, original: ir.Operation) -> None:
    """Put the kept ``llvm.func`` ``original`` back in place of the lifted function ``lifted``."""
    from mlir import ir

    name = ir.StringAttr(lifted.attributes["sym_name"]).value
    original.move_before(lifted)
    lifted.erase()
    original.attributes["sym_name"] = ir.StringAttr.get(name)
    if attributes.SAVED_LINKAGE in original.attributes:
        original.attributes["linkage"] = original.attributes[attributes.SAVED_LINKAGE]
        del original.attributes[attributes.SAVED_LINKAGE]
    if attributes.SAVED_DSO_LOCAL in original.attributes:
        original.attributes["dso_local"] = ir.UnitAttr.get()
        del original.attributes[attributes.SAVED_DSO_LOCAL]
    if attributes.SAVED_CCONV in original.attributes:
        original.attributes["CConv"] = original.attributes[attributes.SAVED_CCONV]
        del original.attributes[attributes.SAVED_CCONV]
    # Calls to it were func.call, which has no calling convention: take the function's own.
    cconv = original.attributes.get("CConv", None)
    calls: list[ir.Operation] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "func.call" and ir.FlatSymbolRefAttr(op.attributes["callee"]).value == name:
            calls.append(op)
        return ir.WalkResult.ADVANCE

    module.walk(visit)
    for call in calls:
        new = ir.Operation.create(
            "llvm.call",
            results=[r.type for r in call.results],
            operands=list(call.operands),
            attributes={
                "callee": call.attributes["callee"],
                "operandSegmentSizes": ir.DenseI32ArrayAttr.get([len(call.operands), 0]),
                "op_bundle_sizes": ir.DenseI32ArrayAttr.get([]),
                "CConv": cconv or ir.Attribute.parse("#llvm.cconv<ccc>"),
                "TailCallKind": ir.Attribute.parse("#llvm.tailcallkind<none>"),
                "fastmathFlags": ir.Attribute.parse("#llvm.fastmath<none>"),
            },
            loc=call.location,
            ip=ir.InsertionPoint(call),
        )
        for old, value in zip(call.results, new.results, strict=True):
            old.replace_all_uses_with(value)
        call.erase()
