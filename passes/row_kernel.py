"""The ``row-kernel`` pass: a group of row-wise linalg ops as one kernel, a warp or a block per row."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from mlir import ir
from mlir.dialects import arith, gpu, memref, scf

from mlc.compiler import attributes
from mlc.compiler.diagnostics import remark
from mlc.compiler.errors import MlcError
from mlc.compiler.targets.limits import WARP_SIZE
from mlc.passes import Pass

WORKGROUP_SPACE = 3
# The combiners a reduction may fold its elements with, and each one's identity.
COMBINERS = {
    "arith.addf": 0.0,
    "arith.mulf": 1.0,
    "arith.maximumf": -math.inf,
    "arith.maxnumf": -math.inf,
    "arith.minimumf": math.inf,
    "arith.minnumf": math.inf,
    "arith.addi": 0,
    "arith.muli": 1,
    "arith.ori": 0,
    "arith.xori": 0,
    "arith.andi": -1,
    "arith.maxsi": "min",
    "arith.minsi": "max",
    "arith.maxui": 0,
    "arith.minui": -1,
}


class NotARowOp(Exception):
    """A linalg op the row kernel cannot take (the message says why)."""


@dataclass(frozen=True)
class RowOp:
    """One ``linalg.generic`` seen as work on rows: loops ``0..rows-1`` index every operand's
    leading dimensions in order; the rest (the row) are parallel or reduction loops."""

    generic: ir.Operation
    rows: int  # leading row loops
    extents: tuple[int, ...]  # of every loop
    reduction: tuple[int, ...]  # loops that reduce
    free: tuple[int, ...] = ()  # inputs read whatever the row (see ``row_op``)

    @property
    def row_extents(self) -> tuple[int, ...]:
        return self.extents[self.rows :]

    @property
    def row_size(self) -> int:
        return math.prod(self.row_extents)

    @property
    def reduces(self) -> bool:
        return bool(self.reduction)


def _maps(generic: ir.Operation) -> list[ir.AffineMap]:
    return [ir.AffineMapAttr(a).value for a in ir.ArrayAttr(generic.attributes["indexing_maps"])]


def _iterators(generic: ir.Operation) -> list[str]:
    return [str(a).split("<")[-1].rstrip(">") for a in ir.ArrayAttr(generic.attributes["iterator_types"])]


def _uses_dims(expr: ir.AffineExpr, below: int) -> bool:
    """Whether ``expr`` depends on a dim below ``below``."""
    return any(int(d) < below for d in re.findall(r"\bd(\d+)\b", str(expr)))


def _indexes_rows(amap: ir.AffineMap, r: int) -> bool:
    """Whether ``amap``'s first ``r`` results are ``d0..d(r-1)`` and no other result uses them."""
    results = list(amap.results)
    if len(results) < r:
        return False
    lead = all(
        isinstance(e, ir.AffineDimExpr) and ir.AffineDimExpr(e).position == i
        for i, e in enumerate(results[:r])
    )
    return lead and not any(_uses_dims(e, r) for e in results[r:])


def max_rows(generic: ir.Operation) -> int:
    """The most leading parallel loops that index every output's leading dimensions in order
    (and no other output dimension)."""
    iterators = _iterators(generic)
    maps = _maps(generic)[len(generic.opview.inputs) :]
    best = 0
    for r in range(1, len(iterators) + 1):
        if iterators[r - 1] != "parallel" or not all(_indexes_rows(m, r) for m in maps):
            break
        best = r
    return best


def row_op(generic: ir.Operation, rows: int) -> RowOp:
    """``generic`` as a row op with ``rows`` leading row loops, or ``NotARowOp``. Inputs whose
    leading dimensions those loops do not index (weights broadcast over the rows) are *free*:
    read by any row, so nothing in the kernel may write them."""
    from mlc.compiler.targets.cuda.kernels import _loop_extents

    iterators = _iterators(generic)
    if rows > max_rows(generic):
        raise NotARowOp(f"its first {rows} loops do not index the outputs' leading dimensions")
    n_in = len(generic.opview.inputs)
    free = tuple(
        k
        for k, (v, m) in enumerate(zip(generic.operands[:n_in], _maps(generic)[:n_in], strict=True))
        if isinstance(v.type, ir.MemRefType) and not _indexes_rows(m, rows)
    )
    extents = _loop_extents(generic, len(iterators))
    rest = iterators[rows:]
    reduction = tuple(rows + i for i, it in enumerate(rest) if it == "reduction")
    if reduction:
        first = reduction[0]
        if any(it != "reduction" for it in iterators[first:]):
            raise NotARowOp("a parallel loop follows its reduction loops")
        if math.prod(extents[rows:first]) != 1:
            raise NotARowOp("it reduces and keeps parallel loops inside a row (a contraction)")
        if free:
            raise NotARowOp("it reduces an input that is not its row's (a contraction)")
        body = generic.regions[0].blocks[0]
        for k, value in enumerate(body.operations[len(body.operations) - 1].operands):
            _combiner(value, body.arguments[n_in + k])
    return RowOp(generic, rows, tuple(extents), reduction, free)


def _combiner(value: ir.Value, acc: ir.BlockArgument) -> ir.Operation:
    """The op that folds an element into the accumulator ``acc`` to give ``value``."""
    owner = value.owner if isinstance(value, ir.OpResult) else None
    if owner is None or owner.name not in COMBINERS or acc not in list(owner.operands):
        raise NotARowOp("its reduction is not one associative op folding into the accumulator")
    other = [v for v in owner.operands if v != acc]
    if len(other) != 1:
        raise NotARowOp("its reduction combines the accumulator with itself")
    return owner


def _idx(value: int) -> ir.Value:
    return arith.ConstantOp(ir.IndexType.get(), value).result


def delinearize(linear: ir.Value, extents: tuple[int, ...]) -> list[ir.Value]:
    """The row-major indices of ``linear`` in a space of ``extents``."""
    out = []
    for k, e in enumerate(extents):
        inner = math.prod(extents[k + 1 :])
        v = arith.divui(linear, _idx(inner)) if inner > 1 else linear
        out.append(arith.remui(v, _idx(e)) if k > 0 else v)
    return out


def map_indices(amap: ir.AffineMap, ivs: list[ir.Value]) -> list[ir.Value]:
    """The memref indices ``amap`` gives for the loop values ``ivs`` (an ``affine.apply`` only
    where a result is neither a loop nor a constant)."""
    from mlir.dialects import affine

    out = []
    for e in amap.results:
        if isinstance(e, ir.AffineDimExpr):
            out.append(ivs[ir.AffineDimExpr(e).position])
        elif isinstance(e, ir.AffineConstantExpr):
            out.append(_idx(ir.AffineConstantExpr(e).value))
        else:
            out.append(affine.apply(ir.AffineMap.get(len(ivs), 0, [e]), ivs))
    return out


def _identity(name: str, t: ir.Type) -> ir.Value:
    ident = COMBINERS[name]
    if isinstance(t, ir.FloatType):
        return arith.ConstantOp(t, float(ident)).result
    width = ir.IntegerType(t).width
    if ident == "min":
        ident = -(1 << (width - 1))
    elif ident == "max":
        ident = (1 << (width - 1)) - 1
    return arith.ConstantOp(t, ident).result


def _combine(name: str, a: ir.Value, b: ir.Value, like: ir.Operation) -> ir.Value:
    attrs = {"fastmath": like.attributes["fastmath"]} if "fastmath" in like.attributes else {}
    return ir.Operation.create(name, results=[a.type], operands=[a, b], attributes=attrs).results[0]


def _shuffle_xor(value: ir.Value, offset: int) -> ir.Value:
    """``value`` of the lane ``lane ^ offset``; 64-bit values move as two 32-bit halves,
    narrower ones widened to 32 bits."""
    i32 = ir.IntegerType.get_signless(32)
    t = value.type
    width = t.width if isinstance(t, ir.IntegerType) else ir.FloatType(t).width
    off = arith.ConstantOp(i32, offset).result
    full = arith.ConstantOp(i32, WARP_SIZE).result
    xor = gpu.ShuffleMode.XOR

    def shuffle32(v: ir.Value) -> ir.Value:
        return gpu.ShuffleOp(v, off, full, xor).results[0]

    if width == 32 and (isinstance(t, ir.F32Type) or t == i32):
        return shuffle32(value)
    as_int = ir.IntegerType.get_signless(width)
    bits = value if t == as_int else arith.bitcast(as_int, value)
    if width == 64:
        i64 = as_int
        c32 = arith.ConstantOp(i64, 32).result
        lo = shuffle32(arith.trunci(i32, bits))
        hi = shuffle32(arith.trunci(i32, arith.shrui(bits, c32)))
        got = arith.ori(arith.extui(i64, lo), arith.shli(arith.extui(i64, hi), c32))
    elif width < 32:
        got = arith.trunci(as_int, shuffle32(arith.extui(i32, bits)))
    else:
        raise MlcError(f"row-kernel: cannot shuffle a {t} value")
    return got if t == as_int else arith.bitcast(t, got)


def _root(value: ir.Value, roots: list[int]) -> ir.Value | int:
    """The buffer ``value`` views: a parameter stands for the host buffer it views (``roots``)."""
    from mlc.compiler.targets.cuda.host import VIEW_OPS

    while isinstance(value, ir.OpResult) and value.owner.name in VIEW_OPS:
        value = value.owner.operands[0]
    if isinstance(value, ir.BlockArgument) and roots:
        return roots[value.arg_number]
    return value


@dataclass(frozen=True)
class _Access:
    root: ir.Value | int
    key: tuple | None  # None: every thread touches it alike; else where lane j of a row goes
    write: bool


def _conflicts(earlier: _Access, later: _Access) -> bool:
    """Whether ``later`` must wait for a barrier after ``earlier`` (threads of a row differ)."""
    if earlier.root != later.root or not (earlier.write or later.write):
        return False
    if earlier.key is not None and earlier.key == later.key:
        return False  # the same thread touches the same element
    return not (earlier.write and earlier.key is None and not later.write)


class _Emitter:
    """Emits the row loops and, inside them, each op's code for one row."""

    def __init__(
        self,
        kfunc: ir.Operation,
        ops: list[RowOp],
        threads: int,
        per_block: int,
        roots: list[int],
        split: int = 1,
    ) -> None:
        self.kfunc, self.ops, self.roots = kfunc, ops, roots
        self.threads, self.per_block = threads, per_block
        self.split = split  # blocks per row: > 1 in a tree's first level
        self.partials: ir.Value | None = kfunc.regions[0].blocks[0].arguments[-1] if split > 1 else None
        self.rows = ops[0].rows
        self.lead = ops[0].extents[: self.rows]
        self.pending: list[_Access] = []
        self.scratch: dict[str, ir.Value] = {}
        self.barriers = 0
        self._extents: tuple[int, ...] = ()

    # -- the loops ---------------------------------------------------------------------
    def emit(self) -> None:
        from mlc.compiler.mapping.build import dim_map

        nrows = math.prod(self.lead)
        blocks = nrows // self.per_block * self.split
        block_loop = scf.ParallelOp([], [_idx(0)], [_idx(blocks)], [_idx(1)], [])
        block_loop.attributes["mapping"] = ir.ArrayAttr.get([dim_map("block_x")])
        with ir.InsertionPoint(block_loop.region.blocks.append(ir.IndexType.get())):
            dims = [self.threads] + ([self.per_block] if self.per_block > 1 else [])
            zero, one = _idx(0), _idx(1)
            thread_loop = scf.ParallelOp(
                [], [zero] * len(dims), [_idx(d) for d in dims], [one] * len(dims), []
            )
            procs = ["thread_x", "thread_y"][: len(dims)]
            thread_loop.attributes["mapping"] = ir.ArrayAttr.get([dim_map(p) for p in procs])
            scf.ReduceOp([], 0)
        self.thread_loop = thread_loop
        body = thread_loop.region.blocks.append(*([ir.IndexType.get()] * len(dims)))
        with ir.InsertionPoint(body):
            args = list(body.arguments)
            self.lane = args[0]
            self.block = row = block_loop.region.blocks[0].arguments[0]
            if self.split > 1:
                row = arith.divui(row, _idx(self.split)) if nrows > 1 else _idx(0)
                self.part = arith.remui(self.block, _idx(self.split)) if nrows > 1 else self.block
            if self.per_block > 1:
                row = arith.addi(arith.muli(row, _idx(self.per_block)), args[1])
            self.slot = args[1] if self.per_block > 1 else _idx(0)
            self.lead_ivs = delinearize(row, self.lead)
            for op in self.ops:
                self._emit_op(op)
            scf.ReduceOp([], 0)

    def _strided(self, n: int, carried: list[ir.Value], step) -> list[ir.Value]:
        """A loop over the ``n`` elements of a row, thread ``lane`` taking elements
        ``lane, lane + threads, ...`` (in a tree's first level, block ``part`` of the row
        taking the chunk of ``threads`` at ``part * threads``, then every ``split * threads``
        on: a grid-strided loop); ``step(ivs of the row element, carried)`` emits one
        element's code and returns the new carried values. Indices are affine in the loop
        counter, the block and the thread id (so the access analysis follows them); threads
        past the end of the row keep their carried values."""
        from mlir.dialects import affine

        stride = self.threads * self.split
        trips = -(-n // stride)
        loop = scf.ForOp(_idx(0), _idx(trips), _idx(1), carried)
        with ir.InsertionPoint(loop.body):
            i = loop.induction_variable
            d0, d1, d2 = (ir.AffineDimExpr.get(k) for k in range(3))
            part = d2 % self.split if math.prod(self.lead) > 1 else d2
            linear = d0 * stride + d1
            if self.split > 1:
                linear = linear + part * self.threads
            operands = [i, self.lane, self.block]

            def element() -> list[ir.Value]:
                ivs = []
                for k, e in enumerate(self._extents):
                    inner = math.prod(self._extents[k + 1 :])
                    expr = (
                        ir.AffineFloorDivExpr.get(linear, ir.AffineConstantExpr.get(inner))
                        if inner > 1
                        else linear
                    )
                    expr = expr % e if k > 0 or inner * e < n else expr
                    ivs.append(affine.apply(ir.AffineMap.get(3, 0, [expr]), operands))
                return step(ivs, list(loop.inner_iter_args))

            if n % stride == 0:
                scf.YieldOp(element())
            else:
                j = affine.apply(ir.AffineMap.get(3, 0, [linear]), operands)
                inside = arith.cmpi(arith.CmpIPredicate.ult, j, _idx(n))
                branch = scf.IfOp(inside, [v.type for v in carried], has_else=bool(carried))
                with ir.InsertionPoint(branch.then_block):
                    scf.YieldOp(element())
                if carried:
                    with ir.InsertionPoint(branch.else_block):
                        scf.YieldOp(list(loop.inner_iter_args))
                scf.YieldOp(list(branch.results))
        return list(loop.results)

    # -- one op --------------------------------------------------------------------------
    def _accesses(self, op: RowOp) -> list[_Access]:
        generic = op.generic
        maps = _maps(generic)
        n_in = len(generic.opview.inputs)
        out = []
        for k, (value, amap) in enumerate(zip(generic.operands, maps, strict=True)):
            if not isinstance(value.type, ir.MemRefType):
                continue
            write = k >= n_in
            uniform = op.row_size == 1 or (op.reduces and write)
            key = None if uniform else (str(value.type), op.row_extents, str(list(amap.results)[self.rows :]))
            if k in op.free:
                key = ("free", k)
            out.append(_Access(_root(value, self.roots), key, False))
            if write:
                out.append(_Access(_root(value, self.roots), key, True))
        return out

    def _sync(self, op: RowOp) -> None:
        accesses = self._accesses(op)
        if any(_conflicts(e, a) for a in accesses for e in self.pending):
            gpu.BarrierOp()
            self.barriers += 1
            self.pending = []
        self.pending += accesses

    def _emit_op(self, op: RowOp) -> None:
        self._sync(op)
        if op.reduces:
            self._emit_reduction(op)
        elif op.row_size == 1:
            self._emit_element(op, [_idx(0)] * len(op.row_extents))
        else:
            self._extents = op.row_extents

            def step(ivs: list[ir.Value], carried: list[ir.Value]) -> list[ir.Value]:
                self._emit_element(op, ivs)
                return []

            self._strided(op.row_size, [], step)

    def _load_inputs(self, op: RowOp, ivs: list[ir.Value], mapping: dict, outs: bool) -> None:
        generic = op.generic
        body = generic.regions[0].blocks[0]
        maps = _maps(generic)
        n_in = len(generic.opview.inputs)
        for k, (value, amap) in enumerate(zip(generic.operands, maps, strict=True)):
            arg = body.arguments[k]
            if (k >= n_in and not outs) or not list(arg.uses):
                continue
            if isinstance(value.type, ir.MemRefType):
                mapping[arg] = memref.load(value, map_indices(amap, ivs))
            else:
                mapping[arg] = value

    def _clone_body(self, op: RowOp, ivs: list[ir.Value], mapping: dict) -> list[ir.Value]:
        from mlc.compiler.targets.cuda.gemm import _remap

        body = op.generic.regions[0].blocks[0]
        ops = [o.operation for o in body.operations]
        for inner in ops[:-1]:
            if inner.name == "linalg.index":
                dim = ir.IntegerAttr(inner.attributes["dim"]).value
                mapping[inner.results[0]] = ivs[dim]
                continue
            copy = inner.clone()
            _remap(copy, mapping)
            for old, new in zip(inner.results, copy.results, strict=True):
                mapping[old] = new
        return [mapping.get(v, v) for v in ops[-1].operands]

    def _emit_element(self, op: RowOp, row_ivs: list[ir.Value]) -> None:
        ivs = self.lead_ivs + row_ivs
        mapping: dict = {}
        self._load_inputs(op, ivs, mapping, outs=True)
        results = self._clone_body(op, ivs, mapping)
        generic = op.generic
        n_in = len(generic.opview.inputs)
        maps = _maps(generic)
        if op.row_size == 1 and self._reads_what_it_writes(op):
            # every thread loads the row's one element before any stores its new value
            gpu.BarrierOp()
            self.barriers += 1
        for k, value in enumerate(results):
            buf = generic.operands[n_in + k]
            memref.store(value, buf, map_indices(maps[n_in + k], ivs))

    def _reads_what_it_writes(self, op: RowOp) -> bool:
        """Whether ``op`` loads (an input, or an output its body reads) from a buffer it stores to."""
        generic = op.generic
        body = generic.regions[0].blocks[0]
        n_in = len(generic.opview.inputs)
        memrefs = [
            (k, _root(v, self.roots))
            for k, v in enumerate(generic.operands)
            if isinstance(v.type, ir.MemRefType)
        ]
        read = [r for k, r in memrefs if list(body.arguments[k].uses)]
        return any(r in read for k, r in memrefs if k >= n_in)

    def _emit_reduction(self, op: RowOp) -> None:
        generic = op.generic
        body = generic.regions[0].blocks[0]
        n_in = len(generic.opview.inputs)
        accs = list(body.arguments)[n_in:]
        yields = list(body.operations[len(body.operations) - 1].operands)
        combiners = [_combiner(v, a) for v, a in zip(yields, accs, strict=True)]
        names = [c.name for c in combiners]
        partials = [_identity(n, a.type) for n, a in zip(names, accs, strict=True)]
        first = op.reduction[0]
        kept = [_idx(0)] * (first - op.rows)  # the row's parallel loops (all of extent 1)
        self._extents = op.extents[first:]

        def step(red: list[ir.Value], carried: list[ir.Value]) -> list[ir.Value]:
            ivs = self.lead_ivs + kept + red
            mapping = dict(zip(accs, carried, strict=True))
            self._load_inputs(op, ivs, mapping, outs=False)
            return self._clone_body(op, ivs, mapping)

        values = self._strided(op.row_size, partials, step)
        ivs = self.lead_ivs + kept + [_idx(0)] * len(op.reduction)
        maps = _maps(generic)
        if self.partials is not None:  # a block's partial, without the initial value
            outs, places = [self.partials], [[*self.lead_ivs, self.part]]
        else:  # the initial value joins lane 0's partial: every store below then depends on its load
            outs = list(generic.operands[n_in:])
            places = [map_indices(maps[n_in + k], ivs) for k in range(len(accs))]
            first_lane = arith.cmpi(arith.CmpIPredicate.eq, self.lane, _idx(0))
            values = [
                arith.select(first_lane, _combine(n, v, memref.load(out, at), c), v)
                for n, v, c, out, at in zip(names, values, combiners, outs, places, strict=True)
            ]
        for offset in (16, 8, 4, 2, 1):
            values = [
                _combine(n, v, _shuffle_xor(v, offset), c)
                for n, v, c in zip(names, values, combiners, strict=True)
            ]
        if self.threads > WARP_SIZE:
            values = [self._across_warps(n, v, c) for n, v, c in zip(names, values, combiners, strict=True)]
        if self.partials is not None:  # read by the next kernel only: thread 0 stores it
            only = scf.IfOp(arith.cmpi(arith.CmpIPredicate.eq, self.lane, _idx(0)))
            with ir.InsertionPoint(only.then_block):
                memref.store(values[0], self.partials, places[0])
                scf.YieldOp([])
            return
        for value, out, at in zip(values, outs, places, strict=True):
            memref.store(value, out, at)

    def _across_warps(self, name: str, value: ir.Value, comb: ir.Operation) -> ir.Value:
        """The block's total from each warp's (lane 0 publishes it in shared memory), summed
        in warp order by every thread: deterministic."""
        warps = self.threads // WARP_SIZE
        smem = self._scratch(value.type, warps)
        warp = arith.divui(self.lane, _idx(WARP_SIZE))
        lane = arith.remui(self.lane, _idx(WARP_SIZE))
        is_first = arith.cmpi(arith.CmpIPredicate.eq, lane, _idx(0))
        branch = scf.IfOp(is_first)
        with ir.InsertionPoint(branch.then_block):
            memref.store(value, smem, [self.slot, warp])
            scf.YieldOp([])
        gpu.BarrierOp()
        total = memref.load(smem, [self.slot, _idx(0)])
        for w in range(1, warps):
            total = _combine(name, total, memref.load(smem, [self.slot, _idx(w)]), comb)
        gpu.BarrierOp()
        self.barriers += 2
        return total

    def _scratch(self, element: ir.Type, warps: int) -> ir.Value:
        """A ``per_block x warps`` shared buffer of ``element`` (a ``memref.global`` in the
        workgroup space, read at the start of the thread loop)."""
        from mlc.compiler.targets.cuda.kernels import symbol_name

        key = str(element)
        if key not in self.scratch:
            space = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), WORKGROUP_SPACE)
            t = ir.MemRefType.get([self.per_block, warps], element, memory_space=space)
            name = f"{symbol_name(self.kfunc)}_rows_{key}"
            with ir.InsertionPoint(self.kfunc):
                memref.GlobalOp(name, ir.TypeAttr.get(t), sym_visibility="private", alignment=16)
            body = self.thread_loop.regions[0].blocks[0]
            with ir.InsertionPoint.at_block_begin(body):
                self.scratch[key] = memref.get_global(t, name)
        return self.scratch[key]


def emit_rows(
    kfunc: ir.Operation, rows: int, threads: int, per_block: int, roots: list[int], split: int = 1
) -> int:
    """Replace ``kfunc``'s linalg ops by the row kernel (with ``split > 1``, a tree's first
    level); returns the number of barriers."""
    body = kfunc.regions[0].blocks[0]
    generics = [o.operation for o in body.operations if o.operation.name == "linalg.generic"]
    ops = [row_op(g, rows) for g in generics]
    if split > 1:
        _check_first_level(kfunc, ops, split, per_block)
    ret = body.operations[len(body.operations) - 1].operation
    with kfunc.context, generics[0].location, ir.InsertionPoint(ret):  # after every constant
        em = _Emitter(kfunc, ops, threads, per_block, roots, split)
        em.emit()
    for g in generics:
        g.erase()
    return em.barriers


def _check_first_level(kfunc: ir.Operation, ops: list[RowOp], split: int, per_block: int) -> None:
    """A tree's first level holds one reduction with one result, a row per block, and its last
    parameter is the ``rows x split`` buffer of the partials, of the accumulator's type."""
    if len(ops) != 1 or not ops[0].reduces or len(ops[0].generic.opview.outputs) != 1:
        raise NotARowOp("a tree's first level (split > 1) holds one reduction with one result")
    if per_block != 1:
        raise NotARowOp("a tree's first level (split > 1) takes a block per part of a row")
    op = ops[0]
    partials = kfunc.regions[0].blocks[0].arguments[-1].type
    acc = ir.MemRefType(op.generic.opview.outputs[0].type).element_type
    want = [*op.extents[: op.rows], split]
    if (
        not isinstance(partials, ir.MemRefType)
        or ir.MemRefType(partials).shape != want
        or (ir.MemRefType(partials).element_type != acc)
    ):
        raise NotARowOp(
            f"the last parameter must be the partials, a memref<{'x'.join(map(str, want))}x{acc}>"
        )


@dataclass(frozen=True)
class RowKernel(Pass):
    """Rewrite every kernel function marked ``mlc.rows`` (by the CUDA ``kernels`` stage's row
    fusion, ``compiler/targets/cuda/row_fusion.py``) whose ops are ``linalg.generic``s over
    rows (their leading ``dims`` loops index every operand's leading dimensions; the rest are
    all parallel, or all reduction) into one kernel: a block per ``rows_per_block`` rows,
    ``threads`` threads per row (a warp, or a block of warps). Each op runs over its row
    with the threads taking consecutive elements; a reduction folds a partial per thread,
    then combines them with ``gpu.shuffle xor`` (offsets 16..1) and, across warps, through
    shared memory in warp order (deterministic). Barriers separate ops only where a thread
    may read or overwrite an element another thread of the row wrote or read.

    With ``split > 1`` in ``mlc.rows`` the kernel is a tree reduction's first level: its one
    reduction runs over ``split`` blocks per row, block ``b`` folding the chunks of
    ``threads`` at ``b * threads``, then every ``split * threads`` (a grid-strided loop), and
    its partial goes to ``[row, b]`` of the last parameter (without the output's initial
    value, which the second level, an ordinary row kernel over the partials, folds in)."""

    NAME = "row-kernel"
    SUMMARY = "row-wise op groups (softmax, layernorm, reductions) as one kernel: a warp or block per row"

    def run(self, op: ir.Operation) -> None:
        from mlc.compiler.targets.cuda.kernels import marked_kernels

        for kfunc, spec in marked_kernels(op, attributes.ROWS):
            keys = ("dims", "threads", "rows_per_block")
            rows, threads, per_block = (ir.IntegerAttr(spec[k]).value for k in keys)
            split = ir.IntegerAttr(spec["split"]).value if "split" in spec else 1
            try:
                roots = list(ir.DenseI64ArrayAttr(spec["roots"])) if "roots" in spec else []
                barriers = emit_rows(kfunc, rows, threads, per_block, roots, split)
            except NotARowOp as e:
                raise MlcError(f"row-kernel: {e}", loc=kfunc.location) from None
            tree = f", {split} blocks per row (a tree's first level)" if split > 1 else ""
            remark(
                kfunc.location,
                f"row-kernel: {threads} threads per row, {per_block} row(s) per block{tree}, "
                f"{barriers} barrier(s)",
            )
