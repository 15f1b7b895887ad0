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
``BLOCK_ROW_THREADS`` (also for a single row, a full reduction: one block; a tree over
several blocks is not done yet). 256 threads is what every part can launch whatever the
registers a thread needs (``GpuSpec.register_safe_threads``).
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
# parameter that views the same host buffer}.
WARP_ROW_LIMIT = 1024  # longest row (elements of one op) a warp takes alone
BLOCK_ROW_THREADS = 256
WARPS_PER_BLOCK = 4  # rows per block when a warp takes a row
# The cost rule's assumption: a thread has this many of its loads of one op in flight (the
# loop unrolled by ptxas), so each group of them costs one memory round trip.
LOADS_IN_FLIGHT = 4


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


def _merge(group: _Group, spec: GpuSpec) -> None:
    from mlir import ir
    from mlir.dialects import func

    from mlc.compiler.targets.cuda.gemm import _remap, _root
    from mlc.compiler.targets.cuda.kernels import symbol_name, written_params

    first = group.members[0]
    last = group.members[-1]
    operands: list = []
    for m in group.members:
        for v in m.call.operands:
            if v not in operands:
                operands.append(v)
    name = symbol_name(first.kfunc) + "_rows"
    with first.kfunc.location, ir.InsertionPoint(first.kfunc):
        merged = func.FuncOp(name, ir.FunctionType.get([v.type for v in operands], []), visibility="private")
        block = merged.add_entry_block()
        with ir.InsertionPoint(block):
            ret = func.ReturnOp([])
    for m in group.members:
        mapping = {
            arg: block.arguments[operands.index(v)]
            for arg, v in zip(m.kfunc.regions[0].blocks[0].arguments, m.call.operands, strict=True)
        }
        for o in list(m.kfunc.regions[0].blocks[0].operations)[:-1]:
            copy = o.operation.clone(ir.InsertionPoint(ret))
            _remap(copy, mapping)
            for old, new in zip(o.operation.results, copy.results, strict=True):
                mapping[old] = new
    nrows = math.prod(group.lead)
    longest = max(math.prod(m.extents[group.rows :]) for m in group.members)
    threads = threads_per_row(longest, nrows)
    per_block = rows_per_block(threads, nrows)
    i64 = ir.IntegerType.get_signless(64)
    roots = [_root(v) for v in operands]
    merged.attributes[attributes.ROWS] = ir.DictAttr.get(
        {
            "roots": ir.DenseI64ArrayAttr.get([roots.index(r) for r in roots]),
            "dims": ir.IntegerAttr.get(i64, group.rows),
            "threads": ir.IntegerAttr.get(i64, threads),
            "rows_per_block": ir.IntegerAttr.get(i64, per_block),
        }
    )
    kinds = [ir.StringAttr(m.kfunc.attributes[attributes.KERNEL]).value for m in group.members]
    fused_us = modelled_us(group.members, group.rows, spec)
    apart_us = sum(_alone_us(_Group([m], _best_rows(m, spec) or 0), spec) for m in group.members)
    lead = "x".join(map(str, group.lead)) or "1"
    who = "a warp" if threads == WARP_SIZE else f"a block of {threads} threads"
    why = f"row kernel: {nrows} row(s) ({lead}), {who} per row" + (
        f"; fused, modelled {fused_us:.1f} us vs {apart_us:.1f} us apart" if len(kinds) > 1 else ""
    )
    merged.attributes[attributes.KERNEL] = ir.StringAttr.get(" + ".join(kinds) + f" ({why})")
    merged.attributes[attributes.WRITTEN] = ir.DenseI64ArrayAttr.get(written_params(merged.operation))
    with ir.InsertionPoint(last.call), last.call.location:
        func.CallOp([], ir.FlatSymbolRefAttr.get(name), operands)
    for m in group.members:
        m.call.erase()
        m.kfunc.erase()
