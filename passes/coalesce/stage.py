"""Staging uncoalesced accesses through shared (workgroup) memory.

An access no mapping coalesces (a transpose side, a row of a matrix read by a thread
along a sequential loop) is staged when each of its indices is ``uniform + v`` for at
most one *tile variable* ``v`` (a thread-mapped loop dimension, or the sequential loop
being staged) and the index of the buffer's contiguous dimension varies with a tile
variable other than threadIdx.x's. The tile is then a dense box: the block's threads copy
it cooperatively with consecutive threads on consecutive elements of the contiguous
dimension (coalesced), through a ``memref.global`` in address space 3 whose rows are
padded to avoid bank conflicts, with ``gpu.barrier`` between the phases:

* a load indexed by thread-mapped dimensions only: the block tile is copied in at the start
  of the thread-level loop, before a barrier;
* a store likewise: written to shared memory, then copied out after a barrier at the end;
* a load indexed by a sequential loop ``s``: ``s`` is strip-mined by ``stage-tile``; each
  strip is copied in, the loop runs over the strip, and barriers separate the phases. The
  bounds check of partial tiles moves inside, so every thread reaches every barrier.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from mlir import ir
from mlir.dialects import arith, gpu, memref, scf

from mlc.compiler.analysis.expr import Expr
from mlc.compiler.analysis.kernels import ops_of
from mlc.compiler.analysis.model import THREAD_VARS, Kernel, VarInfo
from mlc.compiler.analysis.values import Tracer, const_int, element_bytes
from mlc.compiler.analysis.warp import block_lanes, measure
from mlc.compiler.mapping.build import Nest, index_const, needs_guard
from mlc.compiler.targets.limits import STATIC_SHARED_BYTES_PER_BLOCK, WARP_SIZE
from mlc.passes.coalesce.emit import NotEmittable, emit_index

SHARED_SPACE = 3
_PURE_PREFIXES = ("arith.", "math.", "index.")
_PURE_OPS = ("affine.apply", "affine.min", "affine.max")


class CannotStage(Exception):
    pass


@dataclass
class StageReport:
    staged: list[tuple[ir.Location, str]] = field(default_factory=list)
    skipped: list[tuple[ir.Location, str]] = field(default_factory=list)


def _is_pure(op: ir.Operation) -> bool:
    return (op.name.startswith(_PURE_PREFIXES) or op.name in _PURE_OPS) and not op.regions


def _owner_symbol(op: ir.Operation) -> str | None:
    """The symbol name of the function (or other symbol) enclosing ``op``.

    Shared-memory tiles are named after it: a kernel's tiles then keep distinct names when
    kernels mapped in separate modules are merged into one (as the CUDA pipeline does)."""
    parent = op.parent
    while parent is not None and parent.name != "builtin.module":
        if "sym_name" in parent.attributes:
            return ir.StringAttr(parent.attributes["sym_name"]).value
        parent = parent.parent
    return None


def _parent_chain(op: ir.Operation, stop: ir.Operation) -> list[ir.Operation]:
    """Ancestors of ``op`` below ``stop``, innermost first."""
    chain = []
    parent = op.parent
    while parent is not None and parent != stop:
        chain.append(parent)
        parent = parent.parent
    return chain


@dataclass
class _Box:
    """One staged access: its box in the buffer and how to index it."""

    op: ir.Operation
    kind: str  # load | store
    view: ir.Value
    elem: ir.Type
    dims: list[int]  # buffer dims with a tile variable, contiguous one last
    extents: list[int]
    origins: dict[int, Expr]  # buffer dim -> origin (uniform)
    local: dict[int, Expr]  # buffer dim -> local coordinate in the compute phase
    uniform: dict[int, Expr]  # buffer dims without tile variable -> index
    pad: int = 0
    global_name: str = ""
    seq_var: str | None = None  # the staged sequential loop's variable
    loc: ir.Location | None = None

    @property
    def shape(self) -> list[int]:
        return [*self.extents[:-1], self.extents[-1] + self.pad]


class Stager:
    """Stages the uncoalesced accesses of one materialized nest."""

    def __init__(self, nest: Nest, module: ir.Operation, stage_tile: int, padding: int) -> None:
        self.nest = nest
        self.module = module
        self.stage_tile = stage_tile
        self.padding = padding
        self.report = StageReport()
        self.plan = nest.plan
        self.block_ivs = list(nest.block_loop.regions[0].blocks[0].arguments)
        self.thread_body = nest.thread_loop.regions[0].blocks[0]
        self.owner = _owner_symbol(nest.block_loop)
        self.shared_bytes = 0  # of the tiles staged so far in this nest
        self._logical_tracer()

    # -- expressions in block/thread/loop variables ----------------------------------
    def _logical_tracer(self) -> None:
        kernel = Kernel("", None, None, "")
        self.tracer = Tracer(kernel, None)
        self.values: dict[str, ir.Value] = {}
        for k, iv in enumerate(self.block_ivs):
            self._bind(iv, f"b{k}")
        for k, iv in self.nest.thread_ivs.items():
            self._bind(iv, f"t{k}")
        dims_with_loops = [d.index for d in self.plan.dims if d.per_thread > 1]
        for k, loop in zip(dims_with_loops, self.nest.per_thread_loops, strict=True):
            self._bind(loop.regions[0].blocks[0].arguments[0], f"r{k}")

    def _bind(self, value: ir.Value, name: str) -> None:
        self.tracer.bind(value, Expr.var(name))
        self.values[name] = value

    def expr(self, value: ir.Value) -> Expr:
        e = self.tracer.expr(value)
        self.values.update(self.tracer.values)
        return e

    def _thread_vars(self) -> set[str]:
        return {f"t{k}" for k in self.nest.thread_ivs}

    def _inner_loop_vars(self, op: ir.Operation) -> dict[str, ir.Operation]:
        """Loop variables of the original body's scf.for loops around ``op``."""
        out = {}
        for parent in _parent_chain(op, self.nest.thread_loop):
            if parent.name == "scf.for" and parent not in self.nest.per_thread_loops:
                iv = parent.regions[0].blocks[0].arguments[0]
                out[next(iter(self.expr(iv).variables()))] = parent
        return out

    # -- classification --------------------------------------------------------------
    def classify(self, op: ir.Operation, writes: set, reads: set):
        """('parallel'|'sequential', box, staged loop) for a stageable access, else raise."""
        if op.name not in ("memref.load", "memref.store"):
            raise CannotStage(f"'{op.name}' is not staged")
        store = op.name == "memref.store"
        operands = list(op.operands)
        view = operands[1] if store else operands[0]
        indices = operands[2:] if store else operands[1:]
        if _defined_inside(view, self.nest.block_loop):
            raise CannotStage("the buffer is defined inside the loop nest")
        if (view in writes) if not store else (view in reads):
            raise CannotStage("the buffer is both read and written in the loop nest")
        mtype = ir.MemRefType(view.type)
        contiguous = _contiguous_dim(mtype)
        if contiguous is None:
            raise CannotStage("the buffer has no unit-stride dimension")
        exprs = [self.expr(v) for v in indices]
        loops = self._inner_loop_vars(op)
        thread_vars = self._thread_vars()
        x_dim = self.plan.by_thread(0)
        x_var = f"t{x_dim.index}" if x_dim is not None else None
        if x_var is not None and exprs[contiguous].coefficient(x_var) not in (None, 0):
            stride = exprs[contiguous].coefficient(x_var)
            if stride == 1:
                raise CannotStage(
                    "already contiguous along threadIdx.x (the extra sectors come from alignment, "
                    "partial warps or the block shape, which a staged copy would keep)"
                )
            raise CannotStage(
                f"stride {stride} along threadIdx.x: a dense tile would move {stride}x the bytes it uses"
            )
        tile_vars: dict[int, str] = {}
        for j, e in enumerate(exprs):
            lin = e.linear()
            if lin is None:
                raise CannotStage(f"index {j} is not affine")
            tvars = [v for v in lin if v in thread_vars or v in loops]
            if len(tvars) > 1:
                raise CannotStage(f"index {j} combines several loop variables, its tile is not a box")
            if tvars and lin[tvars[0]] != 1:
                raise CannotStage(f"index {j} moves by {lin[tvars[0]]} per iteration: its tile is not dense")
            if tvars:
                tile_vars[j] = tvars[0]
        if len(set(tile_vars.values())) != len(tile_vars):
            raise CannotStage("a loop variable indexes several dimensions")
        wc = tile_vars.get(contiguous)
        if wc is None:
            raise CannotStage("the contiguous dimension does not vary within a tile")
        if wc in loops:  # loops around the staged one are uniform within each of its strips
            tile_vars = {
                j: v for j, v in tile_vars.items() if not (v in loops and _encloses(loops[v], loops[wc]))
            }
        seq_vars = [v for v in tile_vars.values() if v in loops]
        if not seq_vars:
            box = self._parallel_box(op, view, mtype, exprs, tile_vars, contiguous, store, set(loops))
            return "parallel", box, None
        if store:
            raise CannotStage("stores along a sequential loop are not staged")
        if seq_vars != [wc]:
            raise CannotStage("the index varies with a sequential loop other than the contiguous one")
        outer_loops = [v for v in loops if v != wc and any(v in e.variables() for e in exprs)]
        s_loop = loops[wc]
        for v in outer_loops:
            if not _encloses(loops[v], s_loop):
                raise CannotStage("the index varies with a loop nested inside the staged loop")
        if const_int(s_loop.opview.step) != 1:
            raise CannotStage("the staged loop does not have step 1")
        inside = {v for v, lp in loops.items() if _encloses(s_loop, lp)}
        strip = self.strip(s_loop)
        box = self._sequential_box(op, view, mtype, exprs, tile_vars, contiguous, wc, inside, strip)
        return "sequential", box, s_loop

    def strip(self, loop: ir.Operation) -> int:
        """Strip length of a staged loop: ``stage-tile``, or its trip count when that is shorter."""
        fop = loop.opview
        lb, ub = const_int(fop.lowerBound), const_int(fop.upperBound)
        if lb is None or ub is None:
            return self.stage_tile
        return max(1, min(self.stage_tile, ub - lb))

    def _dims_order(self, tile_vars: dict[int, str], contiguous: int) -> list[int]:
        return [j for j in sorted(tile_vars) if j != contiguous] + [contiguous]

    def _parallel_box(self, op, view, mtype, exprs, tile_vars, contiguous, store, inner_loops) -> _Box:
        if store:
            chain = _parent_chain(op, self.nest.thread_loop)
            if any(p.name not in ("scf.if", "scf.for") for p in chain) or any(
                p.name == "scf.if" and p != self.nest.guard for p in chain
            ):
                raise CannotStage("the store is conditional")
            if any(p.name == "scf.for" and p not in self.nest.per_thread_loops for p in chain):
                raise CannotStage("the store is inside a sequential loop")
        zero = {v: Expr.constant(0) for v in self._thread_vars()}
        zero.update({f"r{d.index}": Expr.constant(0) for d in self.plan.dims if d.per_thread > 1})
        box = self._box(op, view, mtype, exprs, tile_vars, contiguous, zero, inner_loops)
        for j in box.dims:
            box.extents.append(self.plan.dims[int(tile_vars[j][1:])].tile)
        return box

    def _sequential_box(
        self, op, view, mtype, exprs, tile_vars, contiguous, s_var, inner_loops, strip: int
    ) -> _Box:
        zero: dict[str, Expr] = {v: Expr.constant(0) for v in self._thread_vars()}
        zero[s_var] = Expr.var("st")
        box = self._box(op, view, mtype, exprs, tile_vars, contiguous, zero, inner_loops)
        box.seq_var = s_var
        for j in box.dims:
            if tile_vars[j] == s_var:
                box.extents.append(strip)
            else:
                box.extents.append(self.plan.dims[int(tile_vars[j][1:])].threads)
        return box

    def _box(self, op, view, mtype, exprs, tile_vars, contiguous, zero, inner_loops) -> _Box:
        dims = self._dims_order(tile_vars, contiguous)
        origins, local, uniform = {}, {}, {}
        inner = self._thread_vars() | set(tile_vars.values()) | set(inner_loops)
        for j, e in enumerate(exprs):
            if j in tile_vars:
                origins[j] = e.substitute(zero)
                local[j] = e - origins[j]
            else:
                if e.variables() & inner:
                    raise CannotStage(f"index {j} varies within the tile")
                uniform[j] = e
        box = _Box(op, op.name[7:], view, mtype.element_type, dims, [], origins, local, uniform)
        box.loc = op.location
        return box

    def reserve(self, boxes: list[_Box]) -> None:
        """Count the tiles of ``boxes`` against the static shared memory a block may use."""
        need = sum(math.prod(b.shape) * element_bytes(b.elem) for b in boxes)
        if self.shared_bytes + need > STATIC_SHARED_BYTES_PER_BLOCK:
            raise CannotStage(
                f"its tiles would need {self.shared_bytes + need} bytes of shared memory, more than the "
                f"{STATIC_SHARED_BYTES_PER_BLOCK} a block may use statically (try a smaller stage-tile)"
            )
        self.shared_bytes += need

    # -- code generation -------------------------------------------------------------
    def _global(self, box: _Box) -> ir.Value:
        shape = "x".join(str(s) for s in box.shape)
        mtype = ir.MemRefType.parse(f"memref<{shape}x{box.elem}, {SHARED_SPACE}>")
        table = ir.SymbolTable(self.module)
        base = f"__mlc_stage_{self.owner}_" if self.owner else "__mlc_stage"
        k = 0
        while f"{base}{k}" in table:
            k += 1
        box.global_name = f"{base}{k}"
        body = self.module.regions[0].blocks[0]
        with ir.InsertionPoint.at_block_begin(body), self.module.location:
            g = memref.GlobalOp(box.global_name, ir.TypeAttr.get(mtype), sym_visibility="private")
            g.attributes["alignment"] = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), 16)
        first = self.thread_body.operations[0]
        with ir.InsertionPoint(first), box.loc:
            return memref.GetGlobalOp(mtype, box.global_name).result

    def _linear_thread(self) -> tuple[Expr, int]:
        expr, scale = Expr.constant(0), 1
        for hw in range(3):
            d = self.plan.by_thread(hw)
            if d is None:
                continue
            expr = expr + Expr.var(f"t{d.index}") * scale
            scale *= d.threads
        return expr, scale

    def _coords(self, box: _Box, element: Expr) -> list[Expr]:
        coords = []
        rest = element
        for extent in reversed(box.extents):
            coords.append(rest.mod(extent))
            rest = rest.floordiv(extent)
        return list(reversed(coords))

    def emit_copy(
        self,
        box: _Box,
        smem: ir.Value,
        loop_bounds: dict[int, ir.Value],
        where: ir.Operation,
        extra: dict[str, ir.Value],
    ) -> None:
        """Copy the box between global and shared memory, before ``where``."""
        loc = box.loc
        linear, nthreads = self._linear_thread()
        total = math.prod(box.extents)
        trips = math.ceil(total / nthreads)
        values = {**self.values, **extra}
        with ir.InsertionPoint(where), loc:
            loop = scf.ForOp(index_const(0, loc), index_const(trips, loc), index_const(1, loc))
            with ir.InsertionPoint(loop.body):
                scf.YieldOp([])
        it = loop.induction_variable
        values["it"] = it
        element = linear + Expr.var("it") * nthreads
        coords = self._coords(box, element)
        term = loop.body.operations[0]
        with ir.InsertionPoint(term), loc:
            conds = []
            if total % nthreads:
                conds.append(_lt(emit_index(element, values, loc), index_const(total, loc)))
            idx_global = {}
            smem_idx = []
            for j, c in zip(box.dims, coords, strict=True):
                g = emit_index(box.origins[j] + c, values, loc)
                idx_global[j] = g
                smem_idx.append(emit_index(c, values, loc))
                if j in loop_bounds:
                    conds.append(_lt(g, loop_bounds[j]))
            for j, e in box.uniform.items():
                idx_global[j] = emit_index(e, values, loc)
            gidx = [idx_global[j] for j in range(len(idx_global))]
            inner = term
            if conds:
                cond = conds[0]
                for c in conds[1:]:
                    cond = arith.AndIOp(cond, c).result
                guard = scf.IfOp(cond)
                with ir.InsertionPoint(guard.then_block):
                    inner = scf.YieldOp([])
            with ir.InsertionPoint(inner):
                if box.kind == "load":
                    v = memref.LoadOp(box.view, gidx).result
                    memref.StoreOp(v, smem, smem_idx)
                else:
                    v = memref.LoadOp(smem, smem_idx).result
                    memref.StoreOp(v, box.view, gidx)

    def replace_access(self, box: _Box, smem: ir.Value, extra: dict[str, ir.Value]) -> None:
        op = box.op
        values = {**self.values, **extra}
        with ir.InsertionPoint(op), op.location:
            idx = [emit_index(box.local[j], values, op.location) for j in box.dims]
            if box.kind == "load":
                new = memref.LoadOp(smem, idx)
                op.results[0].replace_all_uses_with(new.result)
            else:
                memref.StoreOp(op.operands[0], smem, idx)
        op.erase()

    def choose_padding(self, box: _Box, local_vars: dict[str, VarInfo]) -> None:
        """The row padding with the fewest bank conflicts for the copy and the compute accesses."""
        if self.padding >= 0:
            box.pad = self.padding
            return
        hw = {}
        for d in self.plan.dims:
            if d.thread is not None:
                hw[f"t{d.index}"] = Expr.var(THREAD_VARS[d.thread])
        linear, nthreads = self._linear_thread()
        copy_coords = self._coords(box, linear + Expr.var("it") * nthreads)
        if box.seq_var is not None:
            hw[box.seq_var] = Expr.var("st") + Expr.var("sl")
        compute = [box.local[j].substitute(hw) for j in box.dims]
        copy = [c.substitute(hw) for c in copy_coords]
        lanes = block_lanes(self.plan.block_shape, THREAD_VARS)
        vars_ = dict(local_vars)
        vars_["it"] = VarInfo("it", "it", "sequential", 0, 1, math.ceil(math.prod(box.extents) / nthreads))
        vars_["sl"] = VarInfo("sl", "sl", "sequential", 0, 1, self.stage_tile)
        eb = element_bytes(box.elem)
        best = None
        for pad in range(0, 9):
            strides = _row_major([*box.extents[:-1], box.extents[-1] + pad])
            cost = 0.0
            for coords in (compute, copy):
                address = sum((c * s for c, s in zip(coords, strides, strict=True)), Expr.constant(0))
                m = measure(address, eb, eb, lanes, vars_, shared=True)
                cost += m.value if m.value is not None else WARP_SIZE
            if best is None or cost < best[0] - 1e-9:
                best = (cost, pad)
        box.pad = best[1]


def _row_major(shape: list[int]) -> list[int]:
    strides, acc = [], 1
    for s in reversed(shape):
        strides.append(acc)
        acc *= s
    return list(reversed(strides))


def _lt(a: ir.Value, b: ir.Value) -> ir.Value:
    return arith.CmpIOp(arith.CmpIPredicate.slt, a, b).result


def _contiguous_dim(mtype: ir.MemRefType) -> int | None:
    strides, _ = mtype.get_strides_and_offset()
    for j in range(mtype.rank - 1, -1, -1):
        if strides[j] == 1:
            return j
    if str(mtype.layout).startswith("affine_map") and mtype.rank:
        return mtype.rank - 1
    return None


def _defined_inside(value: ir.Value, op: ir.Operation) -> bool:
    owner = value.owner.owner if isinstance(value, ir.BlockArgument) else value.owner.operation
    while owner is not None:
        if owner == op:
            return True
        owner = owner.parent
    return False


def _encloses(outer: ir.Operation, inner: ir.Operation) -> bool:
    parent = inner.parent
    while parent is not None:
        if parent == outer:
            return True
        parent = parent.parent
    return False


def _barrier(where: ir.Operation, loc: ir.Location) -> None:
    with ir.InsertionPoint(where), loc:
        gpu.BarrierOp()


def _buffers(nest: Nest) -> tuple[set, set]:
    writes, reads = set(), set()

    def visit(o: ir.Operation) -> ir.WalkResult:
        name = o.name
        if name in ("memref.store", "vector.store", "vector.transfer_write", "affine.store"):
            writes.add(o.operands[1])
        elif name in ("memref.load", "vector.load", "vector.transfer_read", "affine.load"):
            reads.add(o.operands[0])
        return ir.WalkResult.ADVANCE

    nest.thread_loop.walk(visit)
    return writes, reads


def stage_accesses(
    nest: Nest, module: ir.Operation, ops: list[ir.Operation], stage_tile: int, padding: int
) -> StageReport:
    """Stage ``ops`` (uncoalesced accesses of ``nest``) where possible."""
    stager = Stager(nest, module, stage_tile, padding)
    writes, reads = _buffers(nest)
    parallel: list[_Box] = []
    sequential: dict[ir.Operation, list[_Box]] = {}
    for op in ops:
        try:
            kind, box, loop = stager.classify(op, writes, reads)
        except (CannotStage, NotEmittable) as e:
            stager.report.skipped.append((op.location, str(e)))
            continue
        if kind == "parallel":
            parallel.append(box)
        else:
            sequential.setdefault(loop, []).append(box)
    for loop, boxes in sequential.items():
        try:
            _stage_sequential(stager, loop, boxes)
        except (CannotStage, NotEmittable) as e:
            for b in boxes:
                stager.report.skipped.append((b.op.location, str(e)))
    if parallel:
        try:
            _stage_parallel(stager, parallel)
        except CannotStage as e:
            stager.report.skipped.extend((b.op.location, str(e)) for b in parallel)
    return stager.report


def _stage_parallel(stager: Stager, boxes: list[_Box]) -> None:
    nest = stager.nest
    loads = [b for b in boxes if b.kind == "load"]
    stores = [b for b in boxes if b.kind == "store"]
    vars_ = {
        f"r{d.index}": VarInfo(f"r{d.index}", "r", "sequential", 0, 1, d.per_thread) for d in nest.plan.dims
    }
    term = stager.thread_body.operations[len(stager.thread_body.operations) - 1]
    for box in boxes:
        stager.choose_padding(box, vars_)
    stager.reserve(boxes)
    smems = {id(b): stager._global(b) for b in boxes}
    anchor = _after_globals(stager)
    for box in loads:
        stager.emit_copy(box, smems[id(box)], _tile_bounds(stager, box, anchor), anchor, {})
    if loads:
        _barrier(anchor, loads[0].loc)
    messages = [_message(b) for b in boxes]
    store_loc = stores[0].loc if stores else None
    for box in boxes:
        stager.replace_access(box, smems[id(box)], {})
    if stores:
        _barrier(term, store_loc)
    for box in stores:
        stager.emit_copy(box, smems[id(box)], _tile_bounds(stager, box, term), term, {})
    stager.report.staged.extend(messages)


def _message(box: _Box, strip: int | None = None) -> tuple[ir.Location, str]:
    shape = "x".join(map(str, box.shape))
    text = (
        f"{box.kind} of {box.view.get_name()} staged through @{box.global_name} ({shape}, padding {box.pad})"
    )
    if strip:
        text += f" in strips of {strip}"
    return box.loc, text


def _after_globals(stager: Stager) -> ir.Operation:
    for op in ops_of(stager.thread_body):
        if op.name != "memref.get_global":
            return op
    return stager.thread_body.operations[0]


def _tile_bounds(stager: Stager, box: _Box, where: ir.Operation) -> dict[int, ir.Value]:
    """Bounds on buffer indices (per box dim) where a tile can run past its loop's bound.

    A box index ``origin + c`` along a thread-mapped dimension ``k`` is in range when the
    loop index ``b_k + (origin - b_k) + c`` is below the loop bound, i.e. when the buffer
    index is below ``ub_k + origin - b_k``.
    """
    nest = stager.nest
    out = {}
    ubs = list(nest.block_loop.opview.upperBound)
    for j in box.dims:
        origin = box.origins[j]
        for d in nest.plan.dims:
            bvar = f"b{d.index}"
            if bvar in origin.variables() and needs_guard(nest.block_loop, d.index, 1, d.tile):
                with ir.InsertionPoint(where), ubs[d.index].location:
                    bound = stager.expr(ubs[d.index]) + origin - Expr.var(bvar)
                    out[j] = emit_index(bound, stager.values, ubs[d.index].location)
    return out


def _stage_sequential(stager: Stager, loop: ir.Operation, boxes: list[_Box]) -> None:
    nest = stager.nest
    if len(loop.results):
        raise CannotStage("the staged loop carries values (iter_args)")
    chain = _parent_chain(loop, nest.thread_loop)
    thread_vars = stager._thread_vars()
    for parent in chain:
        if parent.name == "scf.if" and parent != nest.guard:
            raise CannotStage("the staged loop is conditional")
        if parent.name not in ("scf.if", "scf.for"):
            raise CannotStage(f"the staged loop is inside '{parent.name}'")
        if parent.name == "scf.for":
            bounds = [stager.expr(b) for b in list(parent.operands)[:3]]
            if any(b.variables() & thread_vars for b in bounds):
                raise CannotStage("an enclosing loop has thread-dependent bounds")
    for item in [loop, *chain[:-1]]:
        for sib in ops_of(item.parent.regions[0].blocks[0]):
            if sib != item and not _is_pure(sib) and sib.name not in ("scf.yield", "scf.reduce"):
                raise CannotStage(f"'{sib.name}' beside the staged loop would need a bounds check")
    fop = loop.opview
    lb, ub, step = fop.lowerBound, fop.upperBound, fop.step
    for v in (lb, ub):
        if stager.expr(v).variables() & thread_vars:
            raise CannotStage("the staged loop has thread-dependent bounds")
    vars_ = {
        f"r{d.index}": VarInfo(f"r{d.index}", "r", "sequential", 0, 1, d.per_thread) for d in nest.plan.dims
    }
    for box in boxes:
        stager.choose_padding(box, vars_)
    stager.reserve(boxes)  # before the nest changes: a refusal leaves it as it was
    s_var = boxes[0].seq_var
    cond = None
    if nest.guard is not None and nest.guard in chain:
        cond = nest.guard.operands[0]
        for op in list(ops_of(nest.guard.regions[0].blocks[0]))[:-1]:
            op.move_before(nest.guard)
        nest.guard.erase()
        nest.guard = None
    loc = loop.location
    tile = stager.strip(loop)
    with ir.InsertionPoint(loop), loc:
        outer = scf.ForOp(lb, ub, index_const(tile, loc))
        with ir.InsertionPoint(outer.body):
            outer_term = scf.YieldOp([])
    st = outer.induction_variable
    stager.values["st"] = st
    smems = {id(b): stager._global(b) for b in boxes}
    lbc, ubc = const_int(lb), const_int(ub)
    exact = lbc is not None and ubc is not None and (ubc - lbc) % tile == 0
    for box in boxes:
        bounds = _tile_bounds(stager, box, outer_term)
        if not exact:
            j = next(j for j in box.dims if s_var in box.local[j].variables())
            with ir.InsertionPoint(outer_term), loc:
                bound = stager.expr(ub) + box.origins[j] - Expr.var("st")
                bounds[j] = emit_index(bound, stager.values, loc)
        stager.emit_copy(box, smems[id(box)], bounds, outer_term, {"st": st})
    _barrier(outer_term, loc)
    with ir.InsertionPoint(outer_term), loc:
        hi = arith.AddIOp(st, index_const(tile, loc)).result
        if not exact:
            hi = arith.MinSIOp(hi, ub).result
        where = outer_term
        if cond is not None:
            guard = scf.IfOp(cond)
            with ir.InsertionPoint(guard.then_block):
                where = scf.YieldOp([])
        with ir.InsertionPoint(where):
            inner = scf.ForOp(st, hi, step)
            with ir.InsertionPoint(inner.body):
                inner_term = scf.YieldOp([])
    _barrier(outer_term, loc)
    body = loop.regions[0].blocks[0]
    for op in list(ops_of(body))[:-1]:
        op.move_before(inner_term)
    body.arguments[0].replace_all_uses_with(inner.induction_variable)
    loop.erase()
    stager.values[s_var] = inner.induction_variable
    messages = [_message(b, tile) for b in boxes]
    for box in boxes:
        stager.replace_access(box, smems[id(box)], {"st": st})
    stager.report.staged.extend(messages)
