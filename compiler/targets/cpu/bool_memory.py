"""Loads and stores of ``i1`` through memory, in a form memref-to-llvm accepts.

The bundled MLIR asserts (``integralElementType.getWidth() >= 8``) when it
lowers ``memref.load``/``memref.store`` of ``i1``, which every boolean tensor
produces after bufferization (comparisons, masks, ``Where``). ``vector.load``
and ``vector.store`` of ``vector<1xi1>`` lower fine and access the same byte, so
these patterns rewrite the scalar accesses into one-element vector accesses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mlir import ir


def _is_i1_memref(value: ir.Value) -> bool:
    from mlir import ir

    t = value.type
    if not isinstance(t, ir.MemRefType):
        return False
    elem = ir.MemRefType(t).element_type
    return isinstance(elem, ir.IntegerType) and elem.width == 1


# A pattern function signals "no match" by returning a true value.
NO_MATCH = True


def _load_as_vector(op, rewriter) -> bool | None:
    from mlir import ir
    from mlir.dialects import vector

    if not _is_i1_memref(op.memref):
        return NO_MATCH
    with rewriter.ip, op.location:
        one = vector.LoadOp(ir.VectorType.get([1], op.result.type), op.memref, list(op.indices))
        scalar = vector.ExtractOp(one.result, [], [0])
    rewriter.replace_op(op, [scalar.result])
    return None


def _store_as_vector(op, rewriter) -> bool | None:
    from mlir import ir
    from mlir.dialects import vector

    if not _is_i1_memref(op.memref):
        return NO_MATCH
    with rewriter.ip, op.location:
        one = vector.BroadcastOp(ir.VectorType.get([1], op.value.type), op.value)
        vector.StoreOp(one.result, op.memref, list(op.indices))
    rewriter.erase_op(op.operation)
    return None


def rewrite_i1_accesses(module: ir.Module) -> None:
    """Turn every ``memref.load``/``memref.store`` of ``i1`` into a ``vector<1xi1>`` access."""
    from mlir.dialects import memref
    from mlir.rewrite import RewritePatternSet, apply_patterns_and_fold_greedily

    patterns = RewritePatternSet()
    patterns.add(memref.LoadOp, _load_as_vector)
    patterns.add(memref.StoreOp, _store_as_vector)
    apply_patterns_and_fold_greedily(module, patterns.freeze())
