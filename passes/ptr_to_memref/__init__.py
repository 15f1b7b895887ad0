"""Raise ``llvm.load``/``llvm.store`` through pointer arguments to accesses of strided memref views."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.diagnostics import remark
from mlc.passes import Pass, option
from mlc.passes.ptr_to_memref.memref_views import FunctionRaiser, Unraisable

if TYPE_CHECKING:
    from mlir import ir


@dataclass(frozen=True)
class PtrToMemref(Pass):
    """Give every pointer argument of a function a memref view and access the views instead.

    Each load and store must address ``arg + offset`` where ``offset`` is
    affine in the enclosing ``scf.for`` induction variables, with symbolic
    coefficients allowed (``i * n + j``). The coefficients become the strides of
    a ``memref.reinterpret_cast`` of ``mlc_ptr.to_memref %arg``: byte offset
    ``i*560 + j*8`` on f64 becomes ``[i, j]`` on a ``memref<?x70xf64>``;
    vector loads and stores become ``vector.load``/``vector.store``. A step
    that is not a multiple of the next stride is a diagonal over the smaller
    strides (``161 = 160 + 1``), and whole rows move between indices until each
    stays inside its row. The extremes of an index are taken over the iterations
    that reach the access: an enclosing loop with no trip at some outer
    iteration (``for j in [100 - t, 100)`` at ``t = 0``) narrows the outer range.
    The function keeps its C signature.

    A local array (an ``llvm.alloca`` of a constant number of scalars or arrays
    of scalars, at the function's top level) becomes a ``memref.alloca`` of its
    length, viewed the same way, provided its address is used only to load and
    store (a ``ptrtoint``, a call or a stored pointer lets it escape, with a
    remark). It cannot overlap an argument, so it needs no overlap check;
    its ``llvm.alloca`` and lifetime markers go.

    Where the view promises more than the LLVM IR guarantees (no wrap of 32-bit
    index arithmetic, indices inside their rows, no overlap between arguments
    that are not ``noalias``), the function checks it at entry and calls the
    original LLVM body (``@<name>.mlc.orig``, kept by ``lift-llvm-to-core``)
    when it does not hold. The checked and the assumed facts are listed in the
    function's ``mlc.assumptions`` attribute. A function with an access that
    cannot be raised (indirect index, pointer loaded from memory, call with
    unknown effects) is left unchanged, with a remark at that access.
    """

    NAME = "ptr-to-memref"
    SUMMARY = "raise pointer loads/stores to strided memref views of the pointer arguments and local arrays"

    checks: bool = option(True, "guard assumptions with run-time checks (else: refuse to raise)")

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        symbols = {
            ir.StringAttr(f.attributes["sym_name"]).value
            for f in op.regions[0].blocks[0].operations
            if "sym_name" in f.attributes
        }
        funcs = [f for f in op.regions[0].blocks[0].operations if f.operation.name == "func.func"]
        for fn in funcs:
            if not fn.regions[0].blocks:
                continue
            name = ir.StringAttr(fn.attributes["sym_name"]).value
            fallback = (
                name + attributes.ORIGINAL_SUFFIX
                if name + attributes.ORIGINAL_SUFFIX in symbols and self.checks
                else None
            )
            raiser = FunctionRaiser(fn.operation)
            try:
                raiser.analyze()
                if raiser.checks and fallback is None:
                    raise Unraisable(f"it needs run-time checks ({raiser.checks[0].what})", fn.location)
                if not raiser.views:
                    continue
                with fn.location:
                    facts = raiser.rewrite(fallback)
            except Unraisable as e:
                remark(e.loc, f"@{name} not raised to memrefs: {e}")
                continue
            if facts:
                fn.attributes[attributes.ASSUMPTIONS] = ir.ArrayAttr.get(
                    [ir.StringAttr.get(f) for f in facts]
                )
