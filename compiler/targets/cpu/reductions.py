"""Reductions of one vector to one value, as a tree instead of a chain of scalar ops.

The ``tile`` stage vectorizes a reduction along its contiguous dim into one
``vector.multi_reduction`` per chunk of 16 elements, reducing the whole chunk into a
one-element accumulator (``vector<1x16xf32> -> vector<1xf32>``). The ``vectors`` stage lowers
multi-reductions with the ``innerparallel`` strategy (right for reductions across rows,
where the vector runs along the kept dims), which turns such a chunk into 16 dependent scalar
ops: a serial chain, and for ``maximumf`` each link is a NaN- and signed-zero-aware max.
These patterns rewrite exactly those single-result multi-reductions into a
``vector.reduction`` of the flattened chunk (LLVM's shuffle tree), with ``reassoc`` so that
float additions and multiplications may be reassociated too (the chunk's lanes are summed
pairwise; the result differs from the sequential sum by rounding only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mlir import ir

# A pattern function signals "no match" by returning a true value.
_NO_MATCH = True
# Kinds whose vector.reduction LLVM lowers to a tree: every float kind but the NaN-free
# maxnumf/minnumf variants is covered by these.
_KINDS = ("add", "mul", "maximumf", "minimumf", "maxnumf", "minnumf")


def _to_one_value(op, rewriter) -> bool | None:
    from mlir import ir
    from mlir.dialects import vector

    src_t = ir.VectorType(op.source.type)
    kind = str(op.attributes["kind"])
    if not isinstance(src_t.element_type, ir.FloatType) or not any(f"<{k}>" in kind for k in _KINDS):
        return _NO_MATCH
    dims = (
        list(ir.DenseI64ArrayAttr(op.attributes["reduction_dims"]))
        if "reduction_dims" in op.attributes
        else []
    )
    rank = src_t.rank
    if dims != [rank - 1] or any(s != 1 for s in src_t.shape[:-1]) or src_t.scalable_dims[-1]:
        return _NO_MATCH
    acc_t = op.acc.type
    if not isinstance(acc_t, ir.VectorType):
        return _NO_MATCH
    elem = src_t.element_type
    with rewriter.ip, op.location:
        flat = vector.shape_cast(ir.VectorType.get([src_t.shape[-1]], elem), op.source)
        acc = vector.extract(op.acc, [], [0] * ir.VectorType(acc_t).rank)
        fastmath = ir.Attribute.parse("#arith.fastmath<reassoc>")
        total = vector.reduction(elem, op.attributes["kind"], flat, acc=acc, fastmath=fastmath)
        result = vector.broadcast(acc_t, total)
    rewriter.replace_op(op, [result])
    return None


def reduce_chunks_as_trees(module: ir.Module) -> None:
    """Rewrite every ``vector.multi_reduction`` of a ``[1, ..., 1, n]`` vector over its last
    dim into a reassociable ``vector.reduction``."""
    from mlir.dialects import vector
    from mlir.rewrite import RewritePatternSet, apply_patterns_and_fold_greedily

    patterns = RewritePatternSet()
    patterns.add(vector.MultiDimReductionOp, _to_one_value)
    apply_patterns_and_fold_greedily(module, patterns.freeze())
