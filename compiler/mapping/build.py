"""Materialize a ``Plan``: turn a flat ``scf.parallel`` into a block-level and a thread-level
``scf.parallel`` carrying ``#gpu.loop_dim_map`` attributes (the form upstream
``convert-parallel-loops-to-gpu`` lowers to ``gpu.launch``).

The generated ops carry discardable attributes so that ``untile`` can recover the
flat loop: ``mlc.tile`` on the block-level loop (the plan), ``mlc.tile_index = k`` on
the op computing the loop index of dimension ``k`` and ``mlc.tile_guard`` on the
bounds check.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import affine, arith, scf

from mlc.compiler import attributes
from mlc.compiler.analysis.values import const_int
from mlc.compiler.mapping.plan import AXES, DimPlan, Plan, SizeOptions


def dim_map(processor: str) -> ir.Attribute:
    return ir.Attribute.parse(
        f"#gpu.loop_dim_map<processor = {processor}, map = (d0) -> (d0), bound = (d0) -> (d0)>"
    )


def index_const(value: int, loc: ir.Location) -> ir.Value:
    return arith.ConstantOp(ir.IndexType.get(), value, loc=loc).result


@dataclass
class Nest:
    """Handles into a materialized nest."""

    block_loop: ir.Operation
    thread_loop: ir.Operation
    thread_ivs: dict[int, ir.Value]  # flat dim -> thread iv
    indices: dict[int, ir.Value]  # flat dim -> loop index value
    per_thread_loops: list[ir.Operation]  # scf.for loops over per_thread, outermost first
    guard: ir.Operation | None
    body: ir.Block  # where the original body now lives
    plan: Plan


def _plan_attr(plan: Plan, steps: list[int]) -> ir.Attribute:
    def arr(values) -> str:
        values = list(values)
        return f"array<i64: {', '.join(str(v) for v in values)}>" if values else "array<i64>"

    dims = sorted(plan.dims, key=lambda d: d.index)
    text = (
        "{"
        f"threads = {arr(d.threads for d in dims)}, "
        f"per_thread = {arr(d.per_thread for d in dims)}, "
        f"vector = {arr(d.vector for d in dims)}, "
        f"thread_dim = {arr(-1 if d.thread is None else d.thread for d in dims)}, "
        f"block_dim = {arr(-1 if d.block is None else d.block for d in dims)}, "
        f"step = {arr(steps)}, "
        f"requested_block = {arr(plan.requested.block)}, "
        f"requested_tile = {arr(plan.requested.thread_tile)}, "
        f"max_threads = {plan.requested.max_threads} : i64, "
        f"sm_count = {plan.requested.sm_count} : i64"
        "}"
    )
    return ir.Attribute.parse(text)


def read_plan_attr(op: ir.Operation) -> tuple[Plan, list[int]] | None:
    """The plan ``materialize`` recorded on a block-level loop, and the original steps."""
    if attributes.TILE not in op.attributes:
        return None
    attr = ir.DictAttr(op.attributes[attributes.TILE])
    fields = {
        name: list(ir.DenseI64ArrayAttr(attr[name]))
        for name in ("threads", "per_thread", "vector", "thread_dim", "block_dim", "step")
    }
    dims = []
    for k in range(len(fields["threads"])):
        dims.append(
            DimPlan(
                index=k,
                thread=None if fields["thread_dim"][k] < 0 else fields["thread_dim"][k],
                block=None if fields["block_dim"][k] < 0 else fields["block_dim"][k],
                threads=fields["threads"][k],
                per_thread=fields["per_thread"][k],
                vector=fields["vector"][k],
            )
        )
    requested = SizeOptions(
        block=tuple(ir.DenseI64ArrayAttr(attr["requested_block"])),
        thread_tile=tuple(ir.DenseI64ArrayAttr(attr["requested_tile"])),
        max_threads=ir.IntegerAttr(attr["max_threads"]).value,
        sm_count=ir.IntegerAttr(attr["sm_count"]).value,
    )
    plan = Plan(dims, requested)
    return plan, fields["step"]


def _new_parallel(lbs, ubs, steps, loc, ip) -> tuple[ir.Operation, ir.Block]:
    op = scf.ParallelOp([], lbs, ubs, steps, [], loc=loc, ip=ip)
    block = op.region.blocks.append(*([ir.IndexType.get()] * len(lbs)))
    with ir.InsertionPoint(block):
        scf.ReduceOp([], 0, loc=loc)
    return op, block


def constant_steps(loop: ir.Operation) -> list[int] | None:
    steps = [const_int(v) for v in loop.opview.step]
    return None if any(s is None or s <= 0 for s in steps) else steps


def needs_guard(loop: ir.Operation, k: int, tile: int, step: int) -> bool:
    lb = const_int(loop.opview.lowerBound[k])
    ub = const_int(loop.opview.upperBound[k])
    return lb is None or ub is None or (ub - lb) % (tile * step) != 0


def materialize(flat: ir.Operation, plan: Plan) -> Nest:
    """Replace the flat ``scf.parallel`` ``flat`` by the two-level mapped nest of ``plan``."""
    loc = flat.location
    pop = flat.opview
    n = len(plan.dims)
    steps = constant_steps(flat)
    dims = sorted(plan.dims, key=lambda d: d.index)
    consts: dict[int, ir.Value] = {}

    def const(value: int) -> ir.Value:
        if value not in consts:
            consts[value] = index_const(value, loc)
        return consts[value]

    with ir.InsertionPoint(flat), loc:
        lbs = list(pop.lowerBound)
        ubs = list(pop.upperBound)
        block_steps = [const(steps[k] * dims[k].tile) for k in range(n)]
        thread_dims = [d for d in dims if d.thread is not None]
        zero = const(0)
        one = const(1)
        counts = [const(d.threads) for d in thread_dims]
        loop_counts = {d.index: const(d.per_thread) for d in dims if d.per_thread > 1}
        block_op, block_body = _new_parallel(lbs, ubs, block_steps, loc, ir.InsertionPoint(flat))
    block_op.attributes["mapping"] = ir.ArrayAttr.get(
        [dim_map("sequential" if d.block is None else f"block_{AXES[d.block]}") for d in dims]
    )
    block_op.attributes[attributes.TILE] = _plan_attr(plan, steps)
    term = block_body.operations[len(block_body.operations) - 1]
    with loc:
        thread_op, thread_body = _new_parallel(
            [zero] * len(thread_dims), counts, [one] * len(thread_dims), loc, ir.InsertionPoint(term)
        )
    thread_op.attributes["mapping"] = ir.ArrayAttr.get(
        [dim_map(f"thread_{AXES[d.thread]}") for d in thread_dims]
    )
    thread_ivs = {d.index: thread_body.arguments[i] for i, d in enumerate(thread_dims)}
    block_ivs = list(block_body.arguments)

    inner = thread_body
    loops = []
    r_ivs: dict[int, ir.Value] = {}
    for d in dims:
        if d.per_thread > 1:
            with ir.InsertionPoint(inner.operations[len(inner.operations) - 1]), loc:
                for_op = scf.ForOp(zero, loop_counts[d.index], one)
                with ir.InsertionPoint(for_op.body):
                    scf.YieldOp([])
            for_op.attributes[attributes.TILE_LOOP] = ir.UnitAttr.get()
            loops.append(for_op.operation)
            r_ivs[d.index] = for_op.induction_variable
            inner = for_op.body
    indices: dict[int, ir.Value] = {}
    guard_conds = []
    with ir.InsertionPoint(inner.operations[len(inner.operations) - 1]), loc:
        for d in dims:
            k = d.index
            operands, expr = [block_ivs[k]], ir.AffineExpr.get_dim(0)
            stride = steps[k] * d.vector
            if k in thread_ivs:
                operands.append(thread_ivs[k])
                expr = expr + ir.AffineExpr.get_dim(len(operands) - 1) * stride
            if k in r_ivs:
                operands.append(r_ivs[k])
                expr = expr + ir.AffineExpr.get_dim(len(operands) - 1) * (stride * d.threads)
            amap = ir.AffineMap.get(len(operands), 0, [expr])
            apply = affine.AffineApplyOp(amap, operands)
            apply.attributes[attributes.TILE_INDEX] = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), k)
            indices[k] = apply.result
            if needs_guard(flat, k, d.tile, steps[k]):
                cmp = arith.CmpIOp(arith.CmpIPredicate.slt, apply.result, ubs[k])
                cmp.attributes[attributes.TILE_GUARD] = ir.UnitAttr.get()
                guard_conds.append(cmp.result)
        guard = None
        body = inner
        if guard_conds:
            cond = guard_conds[0]
            for c in guard_conds[1:]:
                andi = arith.AndIOp(cond, c)
                andi.attributes[attributes.TILE_GUARD] = ir.UnitAttr.get()
                cond = andi.result
            guard = scf.IfOp(cond).operation
            guard.attributes[attributes.TILE_GUARD] = ir.UnitAttr.get()
            with ir.InsertionPoint(guard.regions[0].blocks[0]):
                scf.YieldOp([])
            body = guard.regions[0].blocks[0]
    _move_body(flat, body, [indices[k] for k in range(n)])
    flat.erase()
    return Nest(block_op.operation, thread_op.operation, thread_ivs, indices, loops, guard, body, plan)


def _move_body(flat: ir.Operation, target: ir.Block, new_ivs: list[ir.Value]) -> None:
    src = flat.regions[0].blocks[0]
    term = target.operations[len(target.operations) - 1]
    ops = list(src.operations)
    for op in ops[:-1]:
        op.operation.move_before(term)
    for iv, new in zip(src.arguments, new_ivs, strict=True):
        iv.replace_all_uses_with(new)
