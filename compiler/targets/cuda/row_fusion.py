"""Row fusion, in the ``kernels`` stage: consecutive kernels that work row by row become one.

A kernel is a *row op* when its ``linalg.generic``'s leading loops index every operand's
leading dimensions in order (``passes/row_kernel.py``, ``max_rows``), and the rest of its
loops (the row) are all parallel (elementwise, fills, copies, transposes and broadcasts
inside a row) or all reduce (a reduction of the row, with any parallel loops of extent 1).
Walking the host's kernel calls in order, a call joins the group before it when the two
share leading row loops of the same extents (the group then runs over the common prefix),
every view of a buffer the group touches keeps those leading dimensions apart (so a row's
threads touch only that row's memory), and the cost rule says the fused kernel is faster.

The cost rule (``modelled_us``, an analytic model): a kernel costs its launch overhead, plus
the larger of its bytes at the DRAM bandwidth scaled by the share of the SMs its blocks
occupy and its threads' round trips to memory (one per ``LOADS_IN_FLIGHT`` row elements a
thread takes, per op). Fusing never recomputes anything here: each op still runs once per element
and its intermediates still go through memory, so what it saves is launches, and what it
may cost is parallelism (fewer, longer rows). A group that reduces, or that holds more than
one op, is marked ``mlc.rows`` for the ``row-kernel`` pass (the ``map`` stage runs it); a
lone elementwise kernel stays with the ordinary mapping.

Threads per row: a warp for rows of up to ``WARP_ROW_LIMIT`` elements, else a block of
``BLOCK_ROW_THREADS`` (also for a single row, a full reduction). 256 threads is what every
part can launch whatever the registers a thread needs (``GpuSpec.register_safe_threads``).

A tree (``tree_split``): a group whose one reduction has one result and whose other ops
are one element per row (fills, an epilogue such as mean's divide), none of those before
it writing what it reads, has few rows but long ones (a full reduction is one row). Its
reduction then runs over ``split`` blocks per row, each folding a grid-strided share of the
row into a partial (``row-kernel`` with ``split``: a first kernel); the rest of the group
is a second row kernel in which the reduction folds the row's ``split`` partials instead,
in order, with the output's initial value (deterministic: no atomics), followed by the
epilogue. ``split`` fills the GPU (``threads_per_sm / BLOCK_ROW_THREADS`` blocks per SM,
over the rows) but leaves each thread at least ``TREE_MIN_PER_THREAD`` elements; the tree
is taken when its modelled time (``tree_us``: two launches) beats the single kernel's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.targets.cuda.options import CudaOptions
from mlc.compiler.targets.limits import WARP_SIZE, GpuSpec

if TYPE_CHECKING:
    from mlir import ir

# On a fused kernel function: {dims, threads, rows_per_block, roots: per parameter, the first
# parameter that views the same host buffer; split: blocks per row of a tree's first level}.
WARP_ROW_LIMIT = 1024  # longest row (elements of one op) a warp takes alone
BLOCK_ROW_THREADS = 256
WARPS_PER_BLOCK = 4  # rows per block when a warp takes a row
# The cost rule's assumption: a thread has this many of its loads of one op in flight (the
# loop unrolled by ptxas), so each group of them costs one memory round trip.
LOADS_IN_FLIGHT = 4
# A tree's first level leaves each of its threads at least this many elements of its row.
TREE_MIN_PER_THREAD = 4 * LOADS_IN_FLIGHT


@dataclass
class _Member:
    call: ir.Operation
    kfunc: ir.Operation
    generic: ir.Operation
    extents: tuple[int, ...]
    max_rows: int
    nbytes: int


@dataclass
class _Group:
    members: list[_Member] = field(default_factory=list)
    rows: int = 0  # leading row loops

    @property
    def lead(self) -> tuple[int, ...]:
        return self.members[0].extents[: self.rows]


def _bytes(generic: ir.Operation) -> int:
    from mlir import ir

    total = 0
    for v in generic.operands:
        if isinstance(v.type, ir.MemRefType):
            t = ir.MemRefType(v.type)
            total += math.prod(t.shape) * max(1, _element_bits(t.element_type) // 8)
    return total


def _element_bits(t: ir.Type) -> int:
    from mlir import ir

    if isinstance(t, ir.IntegerType):
        return ir.IntegerType(t).width
    if isinstance(t, ir.FloatType):
        return ir.FloatType(t).width
    return 64


def threads_per_row(row_elements: int, nrows: int) -> int:
    """A warp for a short row; a block of ``BLOCK_ROW_THREADS`` for a long one, or for the
    only row (a full reduction)."""
    if row_elements <= WARP_SIZE or (row_elements <= WARP_ROW_LIMIT and nrows > 1):
        return WARP_SIZE
    return BLOCK_ROW_THREADS


def rows_per_block(threads: int, nrows: int) -> int:
    if threads > WARP_SIZE:
        return 1
    for b in (WARPS_PER_BLOCK, 2):
        if nrows % b == 0:
            return b
    return 1


def modelled_us(members: list[_Member], rows: int, spec: GpuSpec) -> float:
    """The cost rule's time for ``members`` as one kernel over ``rows`` leading loops (a model)."""
    nrows = math.prod(members[0].extents[:rows])
    longest = max(math.prod(m.extents[rows:]) for m in members)
    threads = threads_per_row(longest, nrows)
    share = min(1.0, nrows / rows_per_block(threads, nrows) / spec.sm_count)
    bandwidth = spec.dram_gbps * 1e3 * share  # bytes per microsecond
    sizes = [math.prod(m.extents[rows:]) for m in members]
    trips = sum(math.ceil(math.ceil(n / threads) / LOADS_IN_FLIGHT) for n in sizes)
    # a row shorter than the threads given it leaves some idle: its accesses go that much slower
    memory = (
        sum(m.nbytes * threads / min(n, threads) for m, n in zip(members, sizes, strict=True)) / bandwidth
    )
    return spec.launch_overhead_us + max(memory, trips * spec.memory_latency_ns / 1e3)


def _pass_us(nbytes: int, row: int, nrows: int, blocks: int, spec: GpuSpec) -> float:
    """One kernel of ``blocks`` blocks of ``BLOCK_ROW_THREADS`` moving ``nbytes`` over ``nrows``
    rows of ``row`` elements (a model, ``modelled_us``'s terms)."""
    share = min(1.0, blocks / spec.sm_count)
    memory = nbytes / (spec.dram_gbps * 1e3 * share)
    per_thread = math.ceil(row * nrows / (blocks * BLOCK_ROW_THREADS))
    trips = math.ceil(per_thread / LOADS_IN_FLIGHT)
    return spec.launch_overhead_us + max(memory, trips * spec.memory_latency_ns / 1e3)


def tree_us(nbytes: int, row: int, nrows: int, split: int, spec: GpuSpec, acc_bytes: int = 4) -> float:
    """The modelled time of a reduction of ``nrows`` rows of ``row`` elements (``nbytes`` in
    all) as a tree of ``split`` blocks per row: the first kernel, then the second reducing
    the partials (one block per row)."""
    partial_bytes = nrows * split * acc_bytes
    first = _pass_us(nbytes + partial_bytes, row, nrows, nrows * split, spec)
    return first + _pass_us(partial_bytes, split, nrows, nrows, spec)


def tree_split(nbytes: int, row: int, nrows: int, spec: GpuSpec, acc_bytes: int = 4) -> int:
    """Blocks per row for a reduction of ``nrows`` rows of ``row`` elements: enough to fill the
    GPU with blocks of ``BLOCK_ROW_THREADS``, at least ``TREE_MIN_PER_THREAD`` elements a
    thread; 1 (no tree) when that is under 2 or the tree is not modelled faster than a block
    per row."""
    full = spec.sm_count * (spec.threads_per_sm // BLOCK_ROW_THREADS)
    split = min(math.ceil(row / (BLOCK_ROW_THREADS * TREE_MIN_PER_THREAD)), full // nrows)
    if split < 2:
        return 1
    single = _pass_us(nbytes, row, nrows, nrows, spec)
    return split if tree_us(nbytes, row, nrows, split, spec, acc_bytes) < single else 1


def _alone_us(group: _Group, spec: GpuSpec) -> float:
    """The modelled time of ``group`` as it would run unfused: a lone elementwise kernel takes
    the ordinary mapping, a thread per element."""
    if len(group.members) > 1 or _reduces(group.members[0]):
        return modelled_us(group.members, group.rows, spec)
    m = group.members[0]
    elements = math.prod(m.extents)
    share = min(1.0, elements / BLOCK_ROW_THREADS / spec.sm_count)
    memory = m.nbytes / (spec.dram_gbps * 1e3 * share)
    trips = math.ceil(elements / (spec.sm_count * spec.threads_per_sm))
    return spec.launch_overhead_us + max(memory, trips * spec.memory_latency_ns / 1e3)


def _host_root(member: _Member, value: ir.Value) -> object:
    """The host buffer behind the kernel's operand ``value`` (itself when not a parameter)."""
    from mlir import ir

    from mlc.compiler.targets.cuda.gemm import _root

    if isinstance(value, ir.BlockArgument) and value.owner.owner == member.kfunc:
        return _root(member.call.operands[value.arg_number])
    return value


def _admissible(members: list[_Member], rows: int) -> bool:
    """Every member is a row op over ``rows`` leading loops, and none writes a buffer that one
    reads whatever the row (a free input)."""
    from mlc.passes.row_kernel import NotARowOp, row_op

    written, free = [], []
    for m in members:
        try:
            op = row_op(m.generic, rows)
        except NotARowOp:
            return False
        n_in = len(m.generic.opview.inputs)
        written += [_host_root(m, v) for v in m.generic.operands[n_in:]]
        free += [_host_root(m, m.generic.operands[k]) for k in op.free]
    return not any(f == w for f in free for w in written)


def _idle(members: list[_Member], rows: int) -> float:
    """The share of a row's threads that its shortest op leaves idle (the tie-break)."""
    nrows = math.prod(members[0].extents[:rows])
    sizes = [math.prod(m.extents[rows:]) for m in members]
    threads = threads_per_row(max(sizes), nrows)
    return 1 - min(sizes) / threads if min(sizes) < threads else 0.0


def _best_rows(member: _Member, spec: GpuSpec) -> int | None:
    """The leading row loops that the cost rule runs ``member`` over fastest, alone."""
    times = {
        r: modelled_us([member], r, spec) for r in range(member.max_rows, -1, -1) if _admissible([member], r)
    }
    return min(times, key=lambda r: (round(times[r], 3), _idle([member], r), -r)) if times else None


def _views_keep_rows(members: list[_Member], rows: int) -> bool:
    """Every view the members index by rows of one buffer has the same strides on the leading
    ``rows`` dimensions, and starts inside the first row: row r of one view is row r of all."""
    from mlir import ir

    from mlc.passes.row_kernel import row_op

    if rows == 0:
        return True
    seen: dict = {}
    for m in members:
        free = set(row_op(m.generic, rows).free)
        for k, v in enumerate(m.generic.operands):
            if k in free or not isinstance(v.type, ir.MemRefType):
                continue
            strides, offset = ir.MemRefType(v.type).get_strides_and_offset()
            lead = tuple(strides[:rows])
            if offset >= min(lead):
                return False
            if seen.setdefault(_host_root(m, v), lead) != lead:
                return False
    return True


def _member(call: ir.Operation, kernels: dict) -> _Member | None:
    from mlir import ir

    from mlc.compiler.errors import MlcError
    from mlc.compiler.targets.cuda.gemm import _callee
    from mlc.compiler.targets.cuda.kernels import _iterators, _loop_extents
    from mlc.passes.row_kernel import max_rows

    kfunc = kernels.get(_callee(call))
    if kfunc is None or attributes.GEMM in kfunc.attributes or attributes.SINGLE_THREAD in kfunc.attributes:
        return None
    ops = [o.operation for o in kfunc.regions[0].blocks[0].operations]
    compute = [o for o in ops if o.name not in ("arith.constant", "func.return")]
    if len(compute) != 1 or compute[0].name != "linalg.generic":
        return None
    generic = compute[0]
    if any(not isinstance(v.type, ir.MemRefType | ir.FloatType | ir.IntegerType) for v in generic.operands):
        return None
    try:
        extents = _loop_extents(generic, len(_iterators(generic)))
    except MlcError:
        return None
    return _Member(call, kfunc, generic, tuple(extents), max_rows(generic), _bytes(generic))


def _join(group: _Group, m: _Member, spec: GpuSpec) -> int | None:
    """The leading row loops ``group`` with ``m`` would run over, if the cost rule fuses them."""
    mine = _best_rows(m, spec)
    if mine is None:
        return None
    members = [*group.members, m]
    apart = _alone_us(group, spec) + _alone_us(_Group([m], mine), spec)
    times = {
        r: modelled_us(members, r, spec)
        for r in range(min(x.max_rows for x in members), -1, -1)
        if all(x.extents[:r] == m.extents[:r] for x in group.members)
        and _admissible(members, r)
        and _views_keep_rows(members, r)
    }
    if not times:
        return None
    best = min(times, key=lambda r: (round(times[r], 3), _idle(members, r), -r))
    return best if times[best] <= apart else None


def _groups(host: ir.Operation, kernels: dict, spec: GpuSpec) -> list[_Group]:
    from mlc.compiler.targets.cuda.gemm import _host_calls

    groups: list[_Group] = []
    current: _Group | None = None
    for call in _host_calls(host):
        m = _member(call, kernels)
        if m is None:
            current = None
            continue
        r = _join(current, m, spec) if current is not None else None
        if r is not None and current is not None:
            current.members.append(m)
            current.rows = r
            continue
        best = _best_rows(m, spec)
        current = _Group([m], best) if best is not None else None
        if current is not None:
            groups.append(current)
    return [g for g in groups if len(g.members) > 1 or any(_reduces(x) for x in g.members)]


def _reduces(m: _Member) -> bool:
    from mlc.compiler.targets.cuda.kernels import _iterators

    return "reduction" in _iterators(m.generic)


def fuse_rows(module: ir.Module, host: ir.Operation, options: CudaOptions) -> None:
    """Merge each group of row kernels into one kernel function marked ``mlc.rows``."""
    from mlc.compiler.targets.cuda.kernels import kernel_functions

    spec = options.spec
    kernels = kernel_functions(module)
    for group in _groups(host, kernels, spec):
        _merge(group, spec)


def _tree(group: _Group, spec: GpuSpec) -> tuple[_Member, int] | None:
    """The reduction of ``group`` and its blocks per row, when ``group`` runs as a tree (see
    the module doc)."""
    from mlir import ir

    reducing = [m for m in group.members if _reduces(m)]
    if len(reducing) != 1 or len(reducing[0].generic.opview.outputs) != 1:
        return None
    red = reducing[0]
    if any(math.prod(m.extents[group.rows :]) != 1 for m in group.members if m is not red):
        return None
    written = [
        _host_root(m, v)
        for m in group.members[: group.members.index(red)]
        for v in m.generic.operands[len(m.generic.opview.inputs) :]
    ]
    read = [_host_root(red, v) for v in red.generic.operands[: len(red.generic.opview.inputs)]]
    if any(r == w for r in read for w in written):
        return None
    acc_bytes = max(1, _element_bits(ir.MemRefType(red.generic.opview.outputs[0].type).element_type) // 8)
    row = math.prod(red.extents[group.rows :])
    split = tree_split(red.nbytes, row, math.prod(group.lead), spec, acc_bytes)
    return (red, split) if split > 1 else None


def _inputs(red: _Member, group: _Group) -> list:
    """The host values only ``red``'s inputs use in ``group``'s calls."""
    args = list(red.kfunc.regions[0].blocks[0].arguments)
    n_in = len(red.generic.opview.inputs)
    ins = [red.call.operands[args.index(v)] for v in red.generic.operands[:n_in] if v in args]
    outs = [red.call.operands[args.index(v)] for v in red.generic.operands[n_in:] if v in args]
    others = [v for m in group.members if m is not red for v in m.call.operands]
    return [v for v in ins if v not in others and v not in outs]


def _kernel_function(name: str, members: list[_Member], operands: list, where: ir.Operation) -> tuple:
    """A kernel function ``name`` of ``operands`` (host values) holding a copy of every op of
    ``members``' kernels, before ``where``; with the copy of each member's ``linalg.generic``.
    A member's parameter whose host value is not in ``operands`` must be used only by ops
    the caller then erases."""
    from mlir import ir
    from mlir.dialects import func

    from mlc.compiler.targets.cuda.gemm import _remap

    with where.location, ir.InsertionPoint(where):
        kfunc = func.FuncOp(name, ir.FunctionType.get([v.type for v in operands], []), visibility="private")
        block = kfunc.add_entry_block()
        with ir.InsertionPoint(block):
            ret = func.ReturnOp([])
    copies = []
    for m in members:
        mapping = {
            arg: block.arguments[operands.index(v)]
            for arg, v in zip(m.kfunc.regions[0].blocks[0].arguments, m.call.operands, strict=True)
            if v in operands
        }
        for o in list(m.kfunc.regions[0].blocks[0].operations)[:-1]:
            copy = o.operation.clone(ir.InsertionPoint(ret))
            _remap(copy, mapping)
            for old, new in zip(o.operation.results, copy.results, strict=True):
                mapping[old] = new
            if o.operation == m.generic:
                copies.append(copy)
    return kfunc, copies


def _fold_partials(reduction: ir.Operation, partials: ir.Value, rows: int) -> None:
    """Replace ``reduction`` (a copy in the second kernel of a tree) by the reduction of
    ``partials`` (``rows`` leading dimensions, then the parts) into its output, with its
    combiner."""
    from mlir import ir
    from mlir.dialects import linalg

    from mlc.compiler.targets.cuda.split_k import _generic_op
    from mlc.passes.row_kernel import _combine, _combiner, _maps

    body = reduction.regions[0].blocks[0]
    n_in = len(reduction.opview.inputs)
    acc = body.arguments[n_in]
    combiner = _combiner(body.operations[len(body.operations) - 1].operands[0], acc)
    out_map = _maps(reduction)[n_in]
    lead = [ir.AffineDimExpr.get(i) for i in range(rows)]
    zeros = [ir.AffineConstantExpr.get(0)] * (out_map.n_dims - rows)  # the reduced loops
    at = ir.AffineMap.get(rows + 1, 0, [*lead, *zeros])
    maps = [
        ir.AffineMap.get_identity(rows + 1),
        ir.AffineMap.get(rows + 1, 0, [e.compose(at) for e in out_map.results]),
    ]
    with reduction.location, ir.InsertionPoint(reduction):
        fold = _generic_op(
            [partials], [reduction.opview.outputs[0]], maps, ["parallel"] * rows + ["reduction"]
        )
        block = fold.regions[0].blocks.append(acc.type, acc.type)
        with ir.InsertionPoint(block):
            linalg.YieldOp([_combine(combiner.name, block.arguments[0], block.arguments[1], combiner)])
    reduction.erase()


def _mark(kfunc: ir.Operation, operands: list, rows: int, threads: int, per_block: int, split: int) -> None:
    """Mark ``kfunc`` (called with ``operands``) for the ``row-kernel`` pass, and record the
    parameters it writes (a tree's first level writes only its partials, the last)."""
    from mlir import ir

    from mlc.compiler.targets.cuda.gemm import _root
    from mlc.compiler.targets.cuda.kernels import written_params

    i64 = ir.IntegerType.get_signless(64)
    roots = [_root(v) for v in operands]
    spec = {
        "roots": ir.DenseI64ArrayAttr.get([roots.index(r) for r in roots]),
        "dims": ir.IntegerAttr.get(i64, rows),
        "threads": ir.IntegerAttr.get(i64, threads),
        "rows_per_block": ir.IntegerAttr.get(i64, per_block),
    }
    if split > 1:
        spec["split"] = ir.IntegerAttr.get(i64, split)
    kfunc.attributes[attributes.ROWS] = ir.DictAttr.get(spec)
    written = [len(operands) - 1] if split > 1 else written_params(kfunc.operation)
    kfunc.attributes[attributes.WRITTEN] = ir.DenseI64ArrayAttr.get(written)


def _merge(group: _Group, spec: GpuSpec) -> None:
    from mlir import ir
    from mlir.dialects import func, memref

    from mlc.compiler.targets.cuda.kernels import symbol_name

    first = group.members[0]
    last = group.members[-1]
    tree = _tree(group, spec)
    # What the second kernel of a tree no longer reads: the reduction's inputs.
    dropped = _inputs(tree[0], group) if tree is not None else []
    operands: list = []
    for m in group.members:
        for v in m.call.operands:
            if v not in operands and v not in dropped:
                operands.append(v)
    nrows = math.prod(group.lead)
    lead = "x".join(map(str, group.lead)) or "1"
    calls = []
    if tree is not None:
        red, split = tree
        acc = ir.MemRefType(red.generic.opview.outputs[0].type).element_type
        acc_bytes = max(1, _element_bits(acc) // 8)
        with ir.InsertionPoint(last.call), last.call.location:
            partials = memref.alloc(ir.MemRefType.get([*group.lead, split], acc), [], [])
        first_operands = [*dict.fromkeys(red.call.operands), partials]
        name = symbol_name(red.kfunc) + "_tree"
        level, _ = _kernel_function(name, [red], first_operands, first.kfunc)
        _mark(level, first_operands, group.rows, BLOCK_ROW_THREADS, 1, split)
        row = math.prod(red.extents[group.rows :])
        what = ir.StringAttr(red.kfunc.attributes[attributes.KERNEL]).value
        level.attributes[attributes.KERNEL] = ir.StringAttr.get(
            f"{what} (tree reduction, first level: {nrows} row(s) ({lead}) of {row}, {split} blocks per row, "
            f"modelled {tree_us(red.nbytes, row, nrows, split, spec, acc_bytes):.1f} us for both levels vs "
            f"{_pass_us(red.nbytes, row, nrows, nrows, spec):.1f} us in a block per row)"
        )
        calls.append((name, first_operands))
        operands.append(partials)
    name = symbol_name(first.kfunc) + "_rows"
    merged, copies = _kernel_function(name, group.members, operands, first.kfunc)
    longest = max(math.prod(m.extents[group.rows :]) for m in group.members)
    if tree is not None:
        _fold_partials(copies[group.members.index(red)], merged.arguments[-1], group.rows)
        longest = split
    threads = threads_per_row(longest, nrows)
    per_block = rows_per_block(threads, nrows)
    _mark(merged, operands, group.rows, threads, per_block, 1)
    kinds = [ir.StringAttr(m.kfunc.attributes[attributes.KERNEL]).value for m in group.members]
    fused_us = modelled_us(group.members, group.rows, spec)
    apart_us = sum(_alone_us(_Group([m], _best_rows(m, spec) or 0), spec) for m in group.members)
    who = "a warp" if threads == WARP_SIZE else f"a block of {threads} threads"
    why = f"row kernel: {nrows} row(s) ({lead}), {who} per row" + (
        f"; fused, modelled {fused_us:.1f} us vs {apart_us:.1f} us apart"
        if len(kinds) > 1 and not tree
        else ""
    )
    if tree is not None:
        why += f"; a tree's second level: the reduction folds {split} partials per row in order"
    merged.attributes[attributes.KERNEL] = ir.StringAttr.get(" + ".join(kinds) + f" ({why})")
    calls.append((name, operands))
    with ir.InsertionPoint(last.call), last.call.location:
        for callee, args in calls:
            func.CallOp([], ir.FlatSymbolRefAttr.get(callee), args)
    for m in group.members:
        m.call.erase()
        m.kfunc.erase()
