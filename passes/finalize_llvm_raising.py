"""Keep each lifted function only if it was raised all the way; otherwise restore its LLVM body."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.diagnostics import remark
from mlc.compiler.raising.calls import touches_only_errno
from mlc.compiler.raising.originals import restore_original
from mlc.passes import Pass

if TYPE_CHECKING:
    from mlir import ir

# What may remain of the llvm dialect in a raised function.
_ALLOWED_LLVM = {
    "llvm.getelementptr",
    "llvm.icmp",
    "llvm.ptrtoint",
    "llvm.insertelement",
    "llvm.extractelement",
    "llvm.shufflevector",
    "llvm.mlir.poison",
    "llvm.mlir.undef",
    "llvm.mlir.zero",
    "llvm.select",
}


def blocker(fn: ir.Operation, fallback: str) -> ir.Operation | None:
    """The first op showing that ``fn`` is not fully raised, or None."""
    from mlir import ir

    found: list[ir.Operation] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        name = op.name
        if name == "llvm.call" and (
            touches_only_errno(op) or ir.FlatSymbolRefAttr(op.attributes["callee"]).value == fallback
        ):
            return ir.WalkResult.ADVANCE
        if (
            name.startswith("cf.")
            or name == "scf.while"
            or (name.startswith("llvm.") and name not in _ALLOWED_LLVM and not name.startswith("llvm.intr."))
            or name in ("llvm.intr.masked.load", "llvm.intr.masked.store")
            or name.startswith("llvm.intr.mem")
        ):
            found.append(op)
            return ir.WalkResult.INTERRUPT
        return ir.WalkResult.ADVANCE

    fn.walk(visit)
    return found[0] if found else None


@dataclass(frozen=True)
class FinalizeLlvmRaising(Pass):
    """End the raising pipeline: all or nothing per function.

    A function lifted by ``lift-llvm-to-core`` counts as raised when its loops
    are all ``scf.for``/``affine.for`` (or linalg ops) and its memory accesses
    all go through memref views: no ``scf.while``, no ``cf`` branch, no
    ``llvm.load``/``llvm.store``/``llvm.call`` other than the guarded call to
    its own fallback. Such a function keeps its fallback only if it calls it,
    and loses its ``llvm.intr.assume`` hints. Any other lifted function is
    replaced by its untouched original ``llvm.func`` (calls to it become
    ``llvm.call`` again), with a remark; the remarks of the earlier passes say
    what stopped them.
    """

    NAME = "finalize-llvm-raising"
    SUMMARY = "restore the original llvm.func of every function that was not fully raised"

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        body = op.regions[0].blocks[0]
        by_name = {
            ir.StringAttr(f.attributes["sym_name"]).value: f.operation
            for f in body.operations
            if "sym_name" in f.attributes
        }
        for name, fn in list(by_name.items()):
            original = by_name.get(name + attributes.ORIGINAL_SUFFIX)
            if name.endswith(attributes.ORIGINAL_SUFFIX) or fn.name != "func.func" or original is None:
                continue
            stop = blocker(fn, name + attributes.ORIGINAL_SUFFIX)
            if stop is not None:
                remark(fn.location, f"@{name} stays in the llvm dialect: '{stop.name}' could not be raised")
                restore_original(op, fn, original)
                continue
            _drop_hints(fn)
            if not _calls(fn, name + attributes.ORIGINAL_SUFFIX):
                original.erase()


def _drop_hints(fn: ir.Operation) -> None:
    from mlir import ir

    hints: list[ir.Operation] = []

    def visit(o: ir.Operation) -> ir.WalkResult:
        if o.name == "llvm.intr.assume":
            hints.append(o)
        return ir.WalkResult.ADVANCE

    fn.walk(visit)
    for h in hints:
        h.erase()


def _calls(fn: ir.Operation, callee: str) -> bool:
    from mlir import ir

    hit = []

    def visit(o: ir.Operation) -> ir.WalkResult:
        if o.name == "llvm.call" and ir.FlatSymbolRefAttr(o.attributes["callee"]).value == callee:
            hit.append(o)
            return ir.WalkResult.INTERRUPT
        return ir.WalkResult.ADVANCE

    fn.walk(visit)
    return bool(hit)
