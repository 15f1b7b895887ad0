"""Emitting the tensor-core GEMM kernel in place of a matched contraction.

The contraction is replaced by GPU-mapped loops (the ``map`` stage's contract): an
``scf.parallel`` over (batch, m tiles, n tiles) mapped to block z/y/x and, inside it, an
``scf.parallel`` over the block's threads mapped to thread x. Each thread then runs, in
warp-uniform control flow:

1. its accumulator fragments (``vector<2x2xf32>`` per 16x8 mma tile of its warp tile)
   start from C, since the contraction accumulates into its output;
2. a prologue copies k-tiles ``0 .. stages-2`` of A and B into their shared-memory stages
   (``nvgpu.device_async_copy``, i.e. ``cp.async``), one copy group per k-tile;
3. the k loop waits until k-tile ``k`` has landed (``device_async_wait``: at most
   ``stages-2`` groups still in flight), synchronizes the block (``gpu.barrier``), starts
   copying k-tile ``k+stages-1`` into the stage that k-tile ``k-1`` used (every thread is
   past computing it), and for each 16-deep k-step loads the warp's A and B fragments with
   ``nvgpu.ldmatrix`` and issues one ``nvgpu.mma.sync`` m16n8k16 per 16x8 tile;
4. the accumulators are stored to C.

With f32 inputs (``tf32``) the inputs are rounded to TF32 and multiplied by ``mma.sync``
m16n8k8; tiles ldmatrix cannot load (transposed 32-bit) use per-element shared loads.

Edges are predicated: a copy whose elements lie partly or wholly outside A or B reads only
those inside and zero-fills the rest (``cp.async``'s source size; the source address is
clamped into the operand), so partial tiles contribute zeros, and the epilogue stores only
elements inside C. Operands whose rows are not 4-byte aligned are copied with plain loads
and stores instead, with the same predication.

The shared tiles keep the operand's contiguous dimension innermost, so each copy moves one
chunk (16 bytes when aligned) of a row; ``ldmatrix`` (``.trans`` for an m- or n-contiguous
tile) turns rows into fragments. The tiles start as ``memref.alloc``s in the workgroup
address space so that upstream ``nvgpu-optimize-shared-memory`` can swizzle them (the
16-byte column XOR the row bits: no bank conflicts for the copies nor for ``ldmatrix``),
then become ``memref.global``s read inside the thread loop, as the rest of the CUDA
pipeline expects.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from mlir import ir
from mlir.dialects import arith, gpu, memref, nvgpu, scf, vector

from mlc.compiler.index_expr import IndexLike, Ix, all_of, select
from mlc.compiler.mapping.build import dim_map
from mlc.compiler.pipeline import Pipeline
from mlc.compiler.targets.cuda.fragments import (
    MMA_K,
    MMA_K_TF32,
    MMA_M,
    MMA_N,
    WARP,
    a_position_tf32,
    b_position_tf32,
    c_position,
    ldmatrix_provided,
)
from mlc.passes.tensorize_gemm.config import TileConfig
from mlc.passes.tensorize_gemm.contraction import ZERO_INDEX, Gemm, NotAGemm, Operand

COPY_BYTES = (16, 8, 4)  # the sizes cp.async copies
WORKGROUP = "#gpu.address_space<workgroup>"
SWIZZLE_FUNC = "func.func(nvgpu-optimize-shared-memory)"


@dataclass(frozen=True)
class Staging:
    """How one operand is staged in shared memory: tile rows run along loop ``outer``,
    columns along loop ``inner`` (the operand's unit-stride dimension)."""

    operand: Operand
    outer: int
    inner: int
    rows: int
    cols: int
    transpose: bool  # ldmatrix .trans: the tile is m- (A) or n-contiguous (B)
    chunk: int  # elements per copy; 1: plain loads and stores

    @property
    def is_async(self) -> bool:
        return self.chunk > 1


def _chunk(op: Operand, inner_memref_dim: int) -> int:
    """The largest cp.async size (in elements) every row start of ``op`` is aligned to."""
    eb = op.element_bytes
    others = [s for i, s in enumerate(op.strides) if i != inner_memref_dim and op.shape[i] > 1]
    for nbytes in COPY_BYTES:
        n = nbytes // eb
        if op.run is not None and op.run % n:
            continue  # a gathered operand's chunks stay within its innermost loop
        if n >= 1 and op.offset % n == 0 and all(s % n == 0 for s in others):
            return n
    return 1


def staging(op: Operand, k: int, other: int, tile: dict[int, int], name: str) -> Staging:
    """How operand ``op`` (A: ``other`` = m, B: ``other`` = n) is staged."""
    inner = op.contiguous()
    if inner not in (k, other):
        if op.terms is None:
            raise NotAGemm(f"operand {name} is contiguous along neither of its matrix dimensions")
        outer = k  # a gathered operand without a contiguous axis: element by element
        return Staging(op, outer, other, tile[outer], tile[other], True, 1)
    outer = other if inner == k else k
    return Staging(op, outer, inner, tile[outer], tile[inner], inner != k, _chunk(op, len(op.dims) - 1))


def ldmatrix_offsets(
    lane: IndexLike, a_operand: bool, transpose: bool, mma_k: int
) -> tuple[IndexLike, IndexLike]:
    """(row, k) offsets, in a block of 16 rows by ``mma_k`` elements of k, of the row whose
    address ``lane`` gives to an ldmatrix.x4 that loads it: its matrices in the order of the
    fragment registers (A: the rows' halves first, B: the k halves first). With ``transpose``
    the tile is stored k-major, and the lane addresses a row of k."""
    mat, row = ldmatrix_provided(lane, 4)
    r_blk, k_blk = (mat % 2, mat // 2) if a_operand else (mat // 2, mat % 2)
    if transpose:
        return 8 * r_blk, mma_k // 2 * k_blk + row
    return 8 * r_blk + row, mma_k // 2 * k_blk


class _Emitter:
    """Builds the kernel body; one instance per GEMM."""

    def __init__(self, gemm: Gemm, cfg: TileConfig) -> None:
        con = gemm.contraction
        self.gemm, self.con, self.cfg = gemm, con, cfg
        m, n, k = con.size
        self.M, self.N, self.K = m, n, k
        self.tile = {con.m: cfg.block_m, con.n: cfg.block_n, con.k: cfg.block_k}
        self.extent = dict(enumerate(con.extents))
        self.a = staging(con.a, con.k, con.m, self.tile, "A")
        self.b = staging(con.b, con.k, con.n, self.tile, "B")
        if con.c.element != "f32":
            raise NotAGemm(f"the accumulator is {con.c.element}, not f32")
        self.k_tiles = math.ceil(k / cfg.block_k)
        self.tf32 = con.a.element == "f32"  # f32 inputs multiply as TF32 (m16n8k8)
        self.mma_k = MMA_K_TF32 if self.tf32 else MMA_K
        self.per_register = 1 if self.tf32 else 2  # elements per 32-bit fragment register
        self.index = ir.IndexType.get()
        self.acc_type = ir.VectorType.get([2, 2], ir.F32Type.get())
        self.f32 = ir.F32Type.get()
        self.smem: dict[str, ir.Value] = {}

    # -- helpers ---------------------------------------------------------------------------
    def _loop(self, uppers: list[int], processors: list[str]) -> tuple[ir.Operation, list[Ix]]:
        zero, one = Ix(0).ir(), Ix(1).ir()
        loop = scf.ParallelOp([], [zero] * len(uppers), [Ix(u).ir() for u in uppers], [one] * len(uppers), [])
        block = loop.region.blocks.append(*([self.index] * len(uppers)))
        with ir.InsertionPoint(block):
            scf.ReduceOp([], 0)
        loop.attributes["mapping"] = ir.ArrayAttr.get([dim_map(p) for p in processors])
        return loop, [Ix(a) for a in block.arguments]

    def _indices(self, op: Operand, coords: dict[int, Ix]) -> list[ir.Value]:
        return self._gather(op, coords)[0]

    def _gather(self, op: Operand, coords: dict[int, Ix]) -> tuple[list[ir.Value], bool | ir.Value]:
        """``op``'s indices at the axis coordinates ``coords`` and whether they lie inside it
        (a padded image: outside reads as zero; the indices are then clamped into it)."""
        if op.terms is None:
            return [Ix(0).ir() if d == ZERO_INDEX else coords[d].ir() for d in op.dims], True
        loops: dict[int, Ix] = {}  # a gathered operand: the generic's loops at these axes
        extents: dict[int, int] = {}
        for axis, flat in coords.items():
            inner = 1
            group = self.con.decompose[axis]
            for i, (loop, extent) in enumerate(reversed(group)):
                v = flat // inner
                loops[loop] = v if i == len(group) - 1 else v % extent
                extents[loop] = extent
                inner *= extent
        indices, inside = [], []
        for i, terms in enumerate(op.terms):
            index = Ix(0)
            for loop, coef in terms:
                index = index + loops[loop] * coef
            low = op.low[i] if op.low else 0
            top = sum(coef * (extents[loop] - 1) for loop, coef in terms) - low
            index = index - low
            if low:
                inside.append(index.ge(0))
                index = index.max(0)
            if top >= op.shape[i]:
                inside.append(index.lt(op.shape[i]))
                index = index.min(op.shape[i] - 1)
            indices.append(index.ir())
        return indices, all_of(inside)

    def make_views(self) -> None:
        """The collapse_shape views of an implicit GEMM's plain operands (here, at the
        insertion point): they replace the operands in everything emitted after."""
        if not self.con.implicit:
            return
        views = {}
        for name in ("a", "b", "c"):
            op = getattr(self.con, name)
            if op.reassociation is not None:
                views[name] = replace(op, value=_collapse(op), reassociation=None)
        self.con = replace(self.con, **views)
        self.gemm = replace(self.gemm, contraction=self.con)
        self.a = replace(self.a, operand=self.con.a)
        self.b = replace(self.b, operand=self.con.b)

    def _batch_coords(self, linear: Ix | None) -> dict[int, Ix]:
        coords: dict[int, Ix] = {}
        inner = 1
        for d in reversed(self.con.batch):
            coords[d] = (linear // inner) % self.extent[d]
            inner *= self.extent[d]
        return coords

    # -- shared memory ---------------------------------------------------------------------
    def alloc_tiles(self, element: ir.Type) -> None:
        for name, st in (("a", self.a), ("b", self.b)):
            t = ir.MemRefType.get(
                [self.cfg.stages, st.rows, st.cols], element, memory_space=ir.Attribute.parse(WORKGROUP)
            )
            self.smem[name] = memref.alloc(t, [], [])

    # -- copies ----------------------------------------------------------------------------
    def copy(self, name: str, st: Staging, kt: Ix, stage: Ix, k_may_exceed: bool) -> list[ir.Value]:
        """Copy k-tile ``kt`` of one operand into ``stage``; returns the async tokens."""
        cfg, con = self.cfg, self.con
        origin = {con.k: kt * cfg.block_k, con.m: self.m0, con.n: self.n0}
        exceeds = {
            con.m: self.M % cfg.block_m != 0,
            con.n: self.N % cfg.block_n != 0,
            con.k: k_may_exceed,
        }
        per_row = st.cols // st.chunk
        total = st.rows * per_row
        tokens: list[ir.Value] = []
        for i in range(math.ceil(total / cfg.threads)):
            c = self.tid + cfg.threads * i
            if (i + 1) * cfg.threads > total:
                c = c % total  # fewer chunks than threads: some copy a chunk twice (same data)
            self._copy_chunk(name, st, c, per_row, origin, exceeds, stage, tokens)
        return tokens

    def _copy_chunk(self, name, st: Staging, c: Ix, per_row, origin, exceeds, stage, tokens) -> None:
        r, q = c // per_row, c % per_row
        g_outer = origin[st.outer] + r
        g_inner = origin[st.inner] + q * st.chunk
        e_outer, e_inner = self.extent[st.outer], self.extent[st.inner]
        row_ok = g_outer.lt(e_outer) if exceeds[st.outer] else True
        coords = dict(self.batch)
        coords[st.outer] = g_outer.min(e_outer - 1) if exceeds[st.outer] else g_outer
        last_chunk = (e_inner - 1) // st.chunk * st.chunk
        coords[st.inner] = g_inner.min(last_chunk) if exceeds[st.inner] else g_inner
        src = st.operand.value
        dst = [stage.ir(), r.ir(), (q * st.chunk).ir()]
        src_idx, pad_ok = self._gather(st.operand, coords)
        row_ok = all_of([row_ok, pad_ok])
        smem = self.smem[name]
        if st.is_async:
            inside = (Ix(e_inner) - g_inner).max(0).min(st.chunk) if exceeds[st.inner] else Ix(st.chunk)
            valid = select(row_ok, inside, 0)
            copy = nvgpu.device_async_copy(
                smem,
                dst,
                src,
                src_idx,
                st.chunk,
                src_elements=None if valid.const == st.chunk else valid.ir(),
                bypass_l1=st.chunk * st.operand.element_bytes == 16 or None,
            )
            tokens.append(copy)
            return
        ok = all_of([row_ok, g_inner.lt(e_inner) if exceeds[st.inner] else True])
        value = memref.load(src, src_idx)
        if not isinstance(ok, bool):
            zero = arith.constant(value.type, 0.0)
            value = arith.select(ok, value, zero)
        memref.store(value, smem, dst)

    # -- mma ---------------------------------------------------------------------------------
    def _ldmatrix(self, name: str, st: Staging, stage: Ix, r0: Ix, k0: int, offs, element) -> ir.Value:
        r_off, k_off = offs
        idx = [stage, k0 + k_off, r0 + r_off] if st.transpose else [stage, r0 + r_off, k0 + k_off]
        vt = ir.VectorType.get([4, self.per_register], element)
        return nvgpu.ldmatrix(vt, self.smem[name], [i.ir() for i in map(Ix.of, idx)], st.transpose, 4)

    def _tf32_fragment(self, name: str, st: Staging, stage: Ix, r0: Ix, k0: int, a_operand: bool) -> ir.Value:
        """A tf32 fragment of an m- or n-contiguous tile (ldmatrix cannot transpose 32-bit
        elements): one shared load per element, where the PTX layout puts it."""
        count = 4 if a_operand else 2
        frag = _zero(ir.VectorType.get([count, 1], self.f32), 0.0)
        for i in range(count):
            if a_operand:
                row, k = a_position_tf32(self.lane, i)
            else:
                k, row = b_position_tf32(self.lane, i)
            value = memref.load(self.smem[name], [stage.ir(), Ix.of(k0 + k).ir(), (r0 + row).ir()])
            frag = vector.insert(value, frag, [], [i, 0])
        return frag

    def _operand_fragments(self, name: str, st: Staging, stage: Ix, r0: Ix, k0: int, a_operand: bool):
        """The fragments of one 16-row block (A: one 16 x k tile; B: two 8 x k tiles)."""
        element = ir.Type.parse(st.operand.element)
        if self.tf32 and st.transpose:
            if a_operand:
                return [_round_tf32(self._tf32_fragment(name, st, stage, r0, k0, True))]
            return [
                _round_tf32(self._tf32_fragment(name, st, stage, r0 + 8 * h, k0, False)) for h in range(2)
            ]
        offs = self.a_offs if a_operand else self.b_offs
        loaded = self._ldmatrix(name, st, stage, r0, k0, offs, element)
        if self.tf32:
            loaded = _round_tf32(loaded)
        if a_operand:
            return [loaded]
        frag_type = ir.VectorType.get([2, self.per_register], element)
        frags = []
        for half in range(2):  # rows 0-1: the first n-tile, rows 2-3: the second
            frag = _zero(frag_type, 0.0)
            for r in range(2):
                frag = vector.insert(vector.extract(loaded, [], [2 * half + r]), frag, [], [r])
            frags.append(frag)
        return frags

    def compute(self, stage: Ix, acc: dict, element: ir.Type) -> dict:
        cfg = self.cfg
        mt, nt = cfg.warp_tiles
        for kk in range(cfg.block_k // self.mma_k):
            k0 = kk * self.mma_k
            a_frags = [
                self._operand_fragments("a", self.a, stage, self.wrow + MMA_M * i, k0, True)[0]
                for i in range(mt)
            ]
            b_frags = []
            for j in range(nt // 2):
                b_frags += self._operand_fragments("b", self.b, stage, self.wcol + 2 * MMA_N * j, k0, False)
            for i in range(mt):
                for j in range(nt):
                    acc[i, j] = nvgpu.mma_sync(
                        self.acc_type,
                        a_frags[i],
                        b_frags[j],
                        acc[i, j],
                        [MMA_M, MMA_N, self.mma_k],
                        tf32_enabled=True if self.tf32 else None,
                    )
        return acc

    # -- C access ----------------------------------------------------------------------------
    def _c_sites(self, i: int, j: int, r: int) -> tuple[Ix, Ix]:
        row, col = c_position(self.lane, 2 * r)
        return self.m0 + self.wrow + MMA_M * i + row, self.n0 + self.wcol + MMA_N * j + col

    def _c_conditions(self, row: Ix, col: Ix) -> tuple[bool | ir.Value, bool | ir.Value]:
        """(element (row, col) is inside C, element (row, col + 1) is inside C)."""
        cfg = self.cfg
        row_ok = row.lt(self.M) if self.M % cfg.block_m else True
        col_ok = col.lt(self.N) if self.N % cfg.block_n else True
        second = col_ok if self.N % 2 == 0 else (col + 1).lt(self.N)
        return all_of([row_ok, col_ok]), all_of([row_ok, second])

    def _paired(self, op: Operand, column_dim: int, column_extent: int) -> bool:
        """Columns ``col``, ``col + 1`` (col even) of ``op`` are one aligned 2-element vector:
        its innermost dimension (loop ``column_dim``, ``column_extent`` long) is the columns."""
        others = [s for i, s in enumerate(op.strides) if i != len(op.dims) - 1 and op.shape[i] > 1]
        return (
            op.contiguous() == column_dim
            and column_extent % 2 == 0
            and op.offset % 2 == 0
            and all(s % 2 == 0 for s in others)
        )

    def _coords(self, row: Ix, col: Ix) -> dict[int, Ix]:
        """Contraction loop -> coordinate, at element (row, col) of C."""
        coords = dict(self.batch)
        coords[self.con.m], coords[self.con.n] = row, col
        return coords

    def _out_coords(self, row: Ix, col: Ix, spec=None) -> dict[int, Ix]:
        """The output's loops -> coordinate at element (row, col) of C: the contraction's
        loops, or the epilogue's (each a slice of one contraction loop, see ``Epilogue``);
        ``spec``: those of another elementwise op on C (a ``Broadcast``'s ``coords``)."""
        ep = self.gemm.epilogue
        coords = self._coords(row, col)
        if spec is None and ep is None:
            return coords
        out = {}
        for i, (d, divisor, size) in enumerate(spec if spec is not None else ep.coords):
            v = coords[d] // divisor
            out[i] = v if divisor * size == self.extent[d] else v % size
        return out

    def init_value(self, row: Ix, col: Ix, ok: bool | ir.Value) -> ir.Value:
        """The initial accumulator at (row, col) of C broadcast from ``init_from`` (0 outside)."""
        init = self.gemm.init_from
        idx = self._indices(init.source, self._out_coords(row, col, init.coords))
        value = _guarded(ok, lambda: memref.load(init.source.value, idx), init.source_type(), 0.0)
        return value if init.source.element == "f32" else arith.extf(self.f32, value)

    def load_c(self, i: int, j: int) -> ir.Value:
        acc = _zero(self.acc_type, 0.0)
        pair_type = ir.VectorType.get([2], self.f32)
        c = self.con.c.value
        for r in range(2):
            row, col = self._c_sites(i, j, r)
            first, second = self._c_conditions(row, col)
            if self.gemm.init_from is not None:
                elems = [self.init_value(row, col + e, ok) for e, ok in enumerate((first, second))]
                value = vector.from_elements(pair_type, elems)
            elif self._paired(self.con.c, self.con.n, self.N):
                idx = self._indices(self.con.c, self._coords(row, col))
                value = _guarded(
                    first, lambda idx=idx: vector.load(pair_type, c, idx, alignment=8), pair_type, 0.0
                )
            else:
                elems = []
                for e, ok in enumerate((first, second)):
                    idx = self._indices(self.con.c, self._coords(row, col + e))
                    elems.append(_guarded(ok, lambda idx=idx: memref.load(c, idx), self.f32, 0.0))
                value = vector.from_elements(pair_type, elems)
            acc = vector.insert(value, acc, [], [r])
        return acc

    def _result(self, value: ir.Value, row: Ix, col: Ix) -> ir.Value:
        """What is stored for accumulator element ``value`` at (``row``, ``col``): the
        epilogue's body applied to it (its other inputs loaded there), or the value itself."""
        ep = self.gemm.epilogue
        if ep is None:
            return value
        block = ep.generic.regions[0].blocks[0]
        mapping: dict = {}
        for arg, operand in zip(block.arguments, ep.inputs, strict=False):
            if operand is None:
                mapping[arg] = value
            else:
                mapping[arg] = memref.load(operand.value, self._indices(operand, self._out_coords(row, col)))
        ops = [o.operation for o in block.operations]
        for op in ops[:-1]:
            for operand in op.operands:
                if operand not in mapping and _is_constant(operand):  # captured: defined after us
                    mapping[operand] = operand.owner.operation.clone().results[0]
            copy = op.clone()
            for k, operand in enumerate(op.operands):
                if operand in mapping:
                    copy.operands[k] = mapping[operand]
            for old, new in zip(op.results, copy.results, strict=True):
                mapping[old] = new
        yielded = ops[-1].operands[0]
        return mapping.get(yielded, yielded)

    def store_out(self, i: int, j: int, acc: ir.Value) -> None:
        ep = self.gemm.epilogue
        out = self.gemm.output
        dest = out.value
        element = ir.MemRefType(dest.type).element_type
        if ep is None:
            paired = self._paired(out, self.con.n, self.N)
        else:
            d, divisor, size = ep.coords[out.dims[-1]]
            paired = d == self.con.n and divisor == 1 and self._paired(out, out.dims[-1], size)
        for r in range(2):
            row, col = self._c_sites(i, j, r)
            first, second = self._c_conditions(row, col)
            elems = [vector.extract(acc, [], [r, e]) for e in range(2)] if ep or not paired else []
            if paired:
                idx = self._indices(out, self._out_coords(row, col))

                def store_pair(idx=idx, elems=elems, row=row, col=col, r=r) -> None:
                    if ep is None:
                        pair = vector.extract(acc, [], [r])
                    else:
                        values = [self._result(v, row, col + e) for e, v in enumerate(elems)]
                        pair = vector.from_elements(ir.VectorType.get([2], element), values)
                    vector.store(pair, dest, idx, alignment=2 * out.element_bytes)

                _when(first, store_pair)
                continue
            for e, ok in enumerate((first, second)):
                idx = self._indices(out, self._out_coords(row, col + e))

                def store_one(idx=idx, v=elems[e], row=row, col=col + e) -> None:
                    memref.store(self._result(v, row, col), dest, idx)

                _when(ok, store_one)

    # -- the kernel --------------------------------------------------------------------------
    def emit(self) -> None:
        con, cfg = self.con, self.cfg
        element = ir.Type.parse(con.a.element)
        if con.b.element != con.a.element:
            raise NotAGemm(f"the inputs have different element types ({con.a.element}, {con.b.element})")
        self.make_views()
        con = self.con
        uppers = [math.ceil(self.M / cfg.block_m), math.ceil(self.N / cfg.block_n)]
        processors = ["block_y", "block_x"]
        if con.batch:
            uppers.insert(0, con.batch_count)
            processors.insert(0, "block_z")
        blocks, ids = self._loop(uppers, processors)
        with ir.InsertionPoint(blocks.regions[0].blocks[0].operations[0]):
            self.thread_loop, (tid,) = self._loop([cfg.threads], ["thread_x"])
        with ir.InsertionPoint(self.thread_loop.regions[0].blocks[0].operations[0]):
            self._thread_body(ids, tid, element)

    def _thread_body(self, ids: list[Ix], tid: Ix, element: ir.Type) -> None:
        cfg = self.cfg
        self.batch = self._batch_coords(ids[0] if self.con.batch else None)
        by, bx = ids[-2], ids[-1]
        self.m0, self.n0 = by * cfg.block_m, bx * cfg.block_n
        self.tid = tid
        warp, self.lane = tid // WARP, tid % WARP
        self.wrow = (warp // cfg.warps_n) * cfg.warp_m
        self.wcol = (warp % cfg.warps_n) * cfg.warp_n
        self.a_offs = ldmatrix_offsets(self.lane, True, self.a.transpose, self.mma_k)
        self.b_offs = ldmatrix_offsets(self.lane, False, self.b.transpose, self.mma_k)
        mt, nt = cfg.warp_tiles
        keys = [(i, j) for i in range(mt) for j in range(nt)]
        if self.gemm.init is None:
            acc = {key: self.load_c(*key) for key in keys}
        else:
            acc = {key: _zero(self.acc_type, self.gemm.init) for key in keys}
        uses_async = self.a.is_async or self.b.is_async
        stages = cfg.stages
        group = None
        prologue = min(stages - 1, self.k_tiles)  # k-tiles in flight when the loop starts
        for s in range(prologue):
            tokens = []
            last = s == self.k_tiles - 1 and self.K % cfg.block_k != 0
            for name, st in (("a", self.a), ("b", self.b)):
                tokens += self.copy(name, st, Ix(s), Ix(s), last)
            if uses_async:
                group = nvgpu.device_async_create_group(tokens)
        loop = scf.ForOp(Ix(0).ir(), Ix(self.k_tiles).ir(), Ix(1).ir(), [acc[key] for key in keys])
        with ir.InsertionPoint(loop.body):
            k = Ix(loop.induction_variable)
            if uses_async:  # k-tile k is the oldest group: the later ones may stay in flight
                nvgpu.device_async_wait(group, num_groups=prologue - 1)
            gpu.BarrierOp()
            ahead = k + (stages - 1)
            tokens = []
            for name, st in (("a", self.a), ("b", self.b)):
                tokens += self.copy(name, st, ahead, ahead % stages, True)
            if uses_async:
                nvgpu.device_async_create_group(tokens)
            carried = dict(zip(keys, loop.inner_iter_args, strict=True))
            carried = self.compute(k % stages, carried, element)
            scf.YieldOp([carried[key] for key in keys])
        if uses_async:
            nvgpu.device_async_wait(group, num_groups=0)
        for key, value in zip(keys, loop.results, strict=True):
            self.store_out(*key, value)


TF32_ROUND = 0x1000  # half of the 13 mantissa bits TF32 drops
TF32_MASK = -0x2000  # clears them (0xFFFFE000 as i32)


def _round_tf32(value: ir.Value) -> ir.Value:
    """f32 values rounded to TF32 (to nearest, ties away from zero, as ``cvt.rna.tf32.f32``):
    plain integer arithmetic, so the CPU emulation rounds the same way."""
    vt = ir.VectorType(value.type)
    it = ir.VectorType.get(vt.shape, ir.IntegerType.get_signless(32))
    bits = arith.bitcast(it, value)

    def splat(v: int) -> ir.Value:
        return arith.constant(it, ir.DenseElementsAttr.get_splat(it, ir.IntegerAttr.get(it.element_type, v)))

    rounded = arith.andi(arith.addi(bits, splat(TF32_ROUND)), splat(TF32_MASK))
    return arith.bitcast(vt, rounded)


def _collapse(op: Operand) -> ir.Value:
    """``op``'s memref collapsed into its GEMM view (``op.reassociation``)."""
    source = ir.MemRefType(op.value.type)
    strides, offset = source.get_strides_and_offset()
    row_major = [math.prod(source.shape[i + 1 :]) for i in range(source.rank)]
    layout = None
    if offset != 0 or list(strides) != row_major:
        layout = ir.StridedLayoutAttr.get(op.offset, list(op.strides))
    result = ir.MemRefType.get(list(op.shape), source.element_type, layout, source.memory_space)
    groups = ir.ArrayAttr.get(
        [
            ir.ArrayAttr.get([ir.IntegerAttr.get(ir.IntegerType.get_signless(64), i) for i in g])
            for g in op.reassociation
        ]
    )
    return memref.collapse_shape(result, op.value, groups)


def _is_constant(value: ir.Value) -> bool:
    return isinstance(value, ir.OpResult) and value.owner.name == "arith.constant"


def _guarded(cond: bool | ir.Value, load, result_type: ir.Type, zero: float) -> ir.Value:
    """``load()`` where ``cond`` holds, else ``zero`` (no load outside)."""
    if cond is True:
        return load()
    if cond is False:
        return _zero(result_type, zero)
    branch = scf.IfOp(cond, [result_type], has_else=True)
    with ir.InsertionPoint(branch.then_block):
        scf.YieldOp([load()])
    with ir.InsertionPoint(branch.else_block):
        scf.YieldOp([_zero(result_type, zero)])
    return branch.results[0]


def _zero(t: ir.Type, value: float) -> ir.Value:
    if isinstance(t, ir.VectorType):
        elem = ir.VectorType(t).element_type
        return arith.constant(t, ir.DenseElementsAttr.get_splat(t, ir.FloatAttr.get(elem, value)))
    return arith.constant(t, value)


def _when(cond: bool | ir.Value, body) -> None:
    if cond is False:
        return
    if cond is True:
        body()
        return
    branch = scf.IfOp(cond)
    with ir.InsertionPoint(branch.then_block):
        body()
        scf.YieldOp([])


def _globalize(kfunc: ir.Operation, allocs: dict[str, ir.Value], thread_loop: ir.Operation) -> None:
    """Turn the shared tiles (allocs at function entry) into ``memref.global``s read at the start
    of the thread loop."""
    from mlc.compiler.targets.cuda.kernels import symbol_name

    base = symbol_name(kfunc)
    body = thread_loop.regions[0].blocks[0]
    for name, value in allocs.items():
        t = value.type
        if not value.uses:
            continue
        with ir.InsertionPoint(kfunc), kfunc.location:
            memref.GlobalOp(
                f"{base}_smem_{name}", ir.TypeAttr.get(t), sym_visibility="private", alignment=128
            )
        alloc = value.owner
        with ir.InsertionPoint.at_block_begin(body), alloc.location:
            tile = memref.get_global(t, f"{base}_smem_{name}")
        value.replace_all_uses_with(tile)
        alloc.erase()


def drop_unused_views(kfunc: ir.Operation) -> None:
    """Erase the views no op reads any more (a padded image's subview, once the GEMM reads
    the image itself)."""
    for o in list(kfunc.regions[0].blocks[0].operations):
        op = o.operation
        if op.name == "memref.subview" and not list(op.results[0].uses):
            op.erase()


def emit_gemm(kfunc: ir.Operation, gemm: Gemm, cfg: TileConfig, swizzle: bool = True) -> None:
    """Replace ``gemm``'s ops in ``kfunc`` by the tensor-core kernel (see the module doc);
    ``swizzle=False`` leaves the shared tiles unswizzled (to measure what swizzling buys)."""

    from mlc.passes.tensorize_gemm.contraction import compute_ops

    generic = gemm.contraction.generic
    body = kfunc.regions[0].blocks[0]
    with kfunc.context, generic.location:
        em = _Emitter(gemm, cfg)
        with ir.InsertionPoint.at_block_begin(body):
            em.alloc_tiles(ir.Type.parse(gemm.contraction.a.element))
        with ir.InsertionPoint(generic):
            em.emit()
    for op in compute_ops(kfunc):
        if op.name.startswith("linalg."):
            op.erase()
    drop_unused_views(kfunc)
    if swizzle:
        Pipeline.parse(SWIZZLE_FUNC).run_on(kfunc)
    _globalize(kfunc, em.smem, em.thread_loop)
