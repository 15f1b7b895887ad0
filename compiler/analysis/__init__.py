"""Memory-access analysis: strides, sectors per request and bytes moved, per kernel.

``analyze(module)`` works on linalg (on memrefs or tensors), affine/scf loops
(``scf.parallel`` with or without GPU mapping attributes) and GPU-mapped IR
(``gpu.launch``, outlined ``gpu.func``). Linalg and tensor IR is analysed on a
copy lowered the way the upstream GPU mapping would see it: bufferized, then
``convert-linalg-to-parallel-loops``; the results keep the linalg ops'
locations. ``analyze_text`` parses IR text first.

See ``docs/passes/access-report.md`` and ``docs/design.md`` (the coalescing metric).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.analysis.report import AccessResult, KernelResult, Report, kernel_result
from mlc.compiler.pipeline import ONE_SHOT_BUFFERIZE, Pipeline

if TYPE_CHECKING:
    from mlir import ir

__all__ = ["AccessResult", "KernelResult", "Report", "analyze", "analyze_text"]

_LINALG_TO_LOOPS = "builtin.module(func.func(convert-linalg-to-parallel-loops))"
_BUFFERIZE = f"builtin.module({ONE_SHOT_BUFFERIZE},func.func(buffer-hoisting),buffer-deallocation-pipeline)"


def _needs_lowering(op: ir.Operation) -> tuple[bool, bool]:
    """(has linalg structured ops, has tensor values in function bodies)."""
    from mlir import ir

    found = [False, False]

    def visit(o: ir.Operation) -> ir.WalkResult:
        if o.name.startswith("linalg.") and o.name not in ("linalg.yield", "linalg.index"):
            found[0] = True
            if any(isinstance(v.type, ir.RankedTensorType) for v in o.operands):
                found[1] = True
        return ir.WalkResult.ADVANCE

    op.walk(visit)
    return found[0], found[1]


def lowered_for_analysis(module_op: ir.Operation) -> ir.Module | None:
    """None when ``module_op`` can be analysed as it is, else a copy with linalg bufferized and
    lowered to parallel loops."""
    from mlir import ir

    from mlc.compiler.errors import PassFailure, UnsupportedError

    has_linalg, has_tensors = _needs_lowering(module_op)
    if not has_linalg:
        return None
    copy = ir.Module.parse(module_op.get_asm(enable_debug_info=True), module_op.context)
    try:
        if has_tensors:
            Pipeline.parse(_BUFFERIZE).run_on(copy)
        Pipeline.parse(_LINALG_TO_LOOPS).run_on(copy)
        _mark_linalg_nests(copy.operation, _linalg_locations(module_op))
    except PassFailure as e:
        raise UnsupportedError(
            f"access analysis: could not lower linalg to loops: {str(e).splitlines()[0]}",
            loc=module_op.location,
        ) from None
    return copy


def _linalg_locations(op: ir.Operation) -> set[str]:
    from mlir import ir

    locs: set[str] = set()

    def visit(o: ir.Operation) -> ir.WalkResult:
        if o.name.startswith("linalg."):
            locs.add(str(o.location))
        return ir.WalkResult.ADVANCE

    op.walk(visit)
    return locs


def _mark_linalg_nests(op: ir.Operation, locs: set[str]) -> None:
    """Tag the outermost loops that came from a linalg op, so their dimensions are named d0, d1, ..."""
    from mlir import ir

    from mlc.compiler.analysis.kernels import ops_of

    def scan(block: ir.Block) -> None:
        for o in ops_of(block):
            if o.name in ("scf.parallel", "scf.for") and str(o.location) in locs:
                o.attributes[attributes.LINALG_LOOPS] = ir.UnitAttr.get()
                continue
            for region in o.regions:
                for b in region.blocks:
                    scan(b)

    for region in op.regions:
        for b in region.blocks:
            scan(b)


def analyze(module_op: ir.Operation) -> Report:
    """The access report of a ``builtin.module`` operation."""
    from mlc.compiler.analysis.kernels import find_kernels

    copy = lowered_for_analysis(module_op)
    target = copy.operation if copy is not None else module_op
    return Report([kernel_result(k) for k in find_kernels(target)])


def analyze_text(text: str) -> Report:
    """Parse MLIR text in a fresh context and analyze it."""
    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.compiler.errors import InputError

    with make_context() as ctx, ir.Location.unknown(ctx):
        try:
            module = ir.Module.parse(text)
        except ir.MLIRError as e:
            raise InputError(f"could not parse the input: {str(e).splitlines()[0]}") from None
        return analyze(module.operation)
