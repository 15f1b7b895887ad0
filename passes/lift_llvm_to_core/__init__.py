"""Lift ``llvm.func`` bodies to ``func``/``cf``/``arith``/``math`` so that upstream passes apply."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.diagnostics import remark
from mlc.compiler.raising.originals import keep_original
from mlc.passes import Pass, option
from mlc.passes.lift_llvm_to_core import core_ops

if TYPE_CHECKING:
    from mlir import ir


@dataclass(frozen=True)
class LiftLlvmToCore(Pass):
    """Turn each ``llvm.func`` that contains a loop into a ``func.func`` on core dialects.

    Control flow becomes ``cf`` (so upstream ``lift-cf-to-scf`` can structure
    it), integer and float arithmetic, comparisons, casts and math intrinsics
    become ``arith``/``math``, and ``llvm.fmuladd`` becomes what ``llc`` makes
    of it on the function's target: ``math.fma`` where the target has fast FMA
    (x86 with the ``fma`` feature, AArch64), else ``arith.mulf`` +
    ``arith.addf``. Pointers stay ``!llvm.ptr`` with
    ``llvm.getelementptr``/``load``/``store``; ``ptr-to-memref`` raises them
    later. Hints that carry no semantics (``llvm.assume``, lifetime markers) are
    dropped. Calls to a lifted function become ``func.call``.

    With ``keep-original`` each lifted function's untouched body is kept as a
    private ``llvm.func @<name>.mlc.orig``: later passes call it when a run-time
    check of an assumption fails, and ``finalize-llvm-raising`` restores it when
    raising does not get all the way. Functions that cannot be lifted (variadic,
    exception handling, indirect branches) stay as they are, with a remark.
    Run on mlc's own output (a module written back as LLVM IR), the fallback
    copies and the functions that have one are left as they are.
    """

    NAME = "lift-llvm-to-core"
    SUMMARY = "lift llvm.func bodies with loops to func/cf/arith/math"

    keep_original: bool = option(True, "keep a private copy of each lifted llvm.func as @<name>.mlc.orig")

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        funcs = [f for f in op.regions[0].blocks[0].operations if f.operation.name == "llvm.func"]
        symbols = {ir.StringAttr(f.attributes["sym_name"]).value for f in funcs}
        lifted: list[str] = []
        for fn in funcs:
            if not fn.regions[0].blocks or not core_ops.has_loop(fn):
                continue
            name = ir.StringAttr(fn.attributes["sym_name"]).value
            # mlc's own output read again: a fallback copy, or a function raised before, which has one.
            if name.endswith(attributes.ORIGINAL_SUFFIX) or name + attributes.ORIGINAL_SUFFIX in symbols:
                continue
            reason = core_ops.unsupported_reason(fn)
            if reason is not None:
                remark(fn.location, f"@{name} not raised: {reason}")
                continue
            if self.keep_original:
                keep_original(fn, name + attributes.ORIGINAL_SUFFIX)
            core_ops.lift_function(fn)
            lifted.append(name)
        if lifted:
            core_ops.retarget_calls(op, set(lifted))
