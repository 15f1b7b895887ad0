"""One planned arena per call for the intermediates of each function (the ``bufferize`` stage).

One-shot bufferization allocates every intermediate with its own ``memref.alloc``
and the deallocation pipeline frees them all at the end of the function, so
every buffer is live for the whole call. Here each function's top-level
allocations that are freed in the same block (so they do not escape: results
are not freed) get a live range, from the allocation to the last operation of
the block that uses it or a view of it (a use nested in a loop counts as the
loop). ``mlc.compiler.buffer_plan`` places them in one arena, buffers whose live
ranges do not overlap sharing memory; the arena is allocated once when the
function starts and freed before it returns, and every buffer becomes a
``memref.view`` at its offset. The per-op allocations and frees are gone from
the hot path, and the arena is as large as the most memory live at once rather
than the sum of all intermediates. The plan is recorded on the function
(``attributes.CPU_ARENA``: arena and naive bytes, buffers).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.buffer_plan import LiveRange, plan

if TYPE_CHECKING:
    from mlir import ir

ALIGNMENT = 64  # what bufferization asks of each allocation
_VIEWS = (
    "memref.subview",
    "memref.expand_shape",
    "memref.collapse_shape",
    "memref.cast",
    "memref.reinterpret_cast",
    "memref.view",
)


def _nbytes(t: ir.MemRefType) -> int | None:
    """Bytes of a static, identity-layout memref of whole-byte elements, else None."""
    from mlir import ir

    if not t.has_static_shape or t != ir.MemRefType.get(t.shape, t.element_type):
        return None  # dynamic, strided or in another memory space
    elem = t.element_type
    if isinstance(elem, ir.IntegerType | ir.FloatType):
        bits = ir.IntegerType(elem).width if isinstance(elem, ir.IntegerType) else ir.FloatType(elem).width
    else:
        return None
    if bits % 8:
        return None
    n = 1
    for d in t.shape:
        n *= d
    return n * bits // 8


def _top_level(op: ir.Operation, block: ir.Block) -> ir.Operation | None:
    """The ancestor of ``op`` (or ``op``) that is directly in ``block``."""
    while op is not None:
        if op.block == block:
            return op
        parent = op.parent
        op = parent.operation if parent is not None and parent.name != "func.func" else None
    return None


def _last_use(value: ir.Value, block: ir.Block, index: dict, skip: ir.Operation) -> int | None:
    """The index in ``block`` of the last op using ``value`` or a view of it (None: used outside)."""
    last = -1
    work = [value]
    while work:
        v = work.pop()
        for use in v.uses:
            user = use.owner.operation
            if user == skip:
                continue
            top = _top_level(user, block)
            if top is None or top.name == "func.return":
                return None
            last = max(last, index[top])
            if user.name in _VIEWS:
                work.extend(user.results)
    return last


def plan_function(func: ir.Operation) -> dict | None:
    """Put the intermediates of ``func``'s body in one arena; the plan's summary, None if none moved."""
    from mlir import ir
    from mlir.dialects import arith, memref

    if len(func.regions[0].blocks) != 1:
        return None
    block = func.regions[0].blocks[0]
    ops = [o.operation for o in block.operations]
    index = {op: i for i, op in enumerate(ops)}
    candidates: list[tuple[ir.Operation, ir.Operation, LiveRange]] = []
    for i, op in enumerate(ops):
        if op.name != "memref.alloc" or len(op.operands):
            continue
        size = _nbytes(ir.MemRefType(op.results[0].type))
        deallocs = [u.owner.operation for u in op.results[0].uses if u.owner.name == "memref.dealloc"]
        if size is None or len(deallocs) != 1 or deallocs[0].block != block:
            continue
        last = _last_use(op.results[0], block, index, deallocs[0])
        if last is None:
            continue
        candidates.append((op, deallocs[0], LiveRange(len(candidates), size, i, max(i, last))))
    if len(candidates) < 2:
        return None
    result = plan([r for _, _, r in candidates], ALIGNMENT)
    i8 = ir.IntegerType.get_signless(8)
    index_t = ir.IndexType.get()
    arena_type = ir.MemRefType.get([max(result.arena_bytes, 1)], i8)
    with ir.InsertionPoint.at_block_begin(block), func.location:
        arena = memref.AllocOp(arena_type, [], [], alignment=ALIGNMENT).result
    for alloc, dealloc, r in candidates:
        with ir.InsertionPoint(alloc), alloc.location:
            offset = arith.ConstantOp(index_t, result.offsets[r.buffer]).result
            view = memref.ViewOp(alloc.results[0].type, arena, offset, []).result
        alloc.results[0].replace_all_uses_with(view)
        dealloc.erase()
        alloc.erase()
    terminator = block.operations[len(block.operations) - 1]
    with ir.InsertionPoint(terminator), func.location:
        memref.DeallocOp(arena)
    summary = {
        "buffers": len(candidates),
        "arena_bytes": result.arena_bytes,
        "naive_bytes": result.naive_bytes,
        "peak_live_bytes": result.peak_live_bytes,
    }
    func.attributes[attributes.CPU_ARENA] = ir.StringAttr.get(json.dumps(summary))
    return summary


def plan_arenas(module: ir.Module) -> list[dict]:
    """``plan_function`` on every function of ``module`` with a body; the summaries of those planned."""
    out = []
    for op in module.body.operations:
        op = op.operation
        if op.name == "func.func" and op.regions[0].blocks:
            summary = plan_function(op)
            if summary is not None:
                out.append(summary)
    return out
