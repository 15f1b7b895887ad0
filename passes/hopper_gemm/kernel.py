"""Emitting the sm_90 GEMM kernel (TMA + mbarrier + wgmma) in place of a matched contraction.

Like ``tensorize-gemm``, the contraction becomes GPU-mapped loops (an ``scf.parallel`` over
(batch, m tiles, n tiles) mapped to blocks, and one over the block's threads mapped to thread
x). Before them, in the kernel function (host side), each input gets a tensor map
(``nvgpu.tma.create.descriptor``: 2-D, 128-byte swizzle, out-of-bounds elements read as zero);
the runtime encodes it at launch (``cuTensorMapEncodeTiled``) and passes its device address.
Each thread of the block then runs:

1. thread 0 initializes one ``mbarrier`` per stage and prefetches the tensor maps; a
   ``fence.mbarrier_init`` and a block barrier publish the barriers;
2. a prologue: thread 0 arms stage ``s``'s barrier with the bytes of k-tile ``s``
   (``mbarrier.arrive.expect_tx``) and starts its TMA loads (``cp.async.bulk.tensor``) into
   shared-memory slot ``s``, for k-tiles ``0 .. stages-2``;
3. the k loop: a block barrier (every warpgroup is done reading the slot of k-tile
   ``k-1``), thread 0 loads k-tile ``k+stages-1`` into that slot, every thread waits on
   k-tile ``k``'s barrier (``mbarrier.try_wait.parity``, parity ``(k / stages) % 2``), and each
   warpgroup issues, per 16-deep k-step, one ``wgmma.mma_async`` m64nNk16 reading its 64 rows
   of A and all of B from shared memory through matrix descriptors
   (``nvgpu.warpgroup.generate.descriptor``), accumulating in f32 registers;
4. the epilogue: each warpgroup stores its accumulator fragment to shared memory
   (``nvgpu.warpgroup.mma.store``, reusing the slots), and every thread reads it back
   row-major (coalesced), adds C (or the fused fill constant), applies the fused elementwise
   epilogue and stores the elements inside the output.

Shared memory is dynamic (``gpu.dynamic_shared_memory``; the launch asks for
``HopperConfig.shared_bytes``): slot ``s`` holds A's ``block_m x 64`` tile (k innermost,
one 128-byte swizzled row per m) and then B's tile: k-major B (``B[n, k]``, a linear layer's
weight) as ``block_n`` rows of k, n-major B (``B[k, n]``) as ``block_n / 64`` boxes of 64 rows
of k by 64 n (wgmma's transposed B). A descriptor's start address moves by 32 bytes per
k-step inside a swizzled row (k-major) or by 16 rows = 2048 bytes (n-major B), and by 64 rows
= 8 KB per warpgroup in A.

Edges: TMA zero-fills what lies outside the operand, so partial tiles contribute zeros;
the epilogue stores only elements inside the output. Batched operands are seen as 2-D, the
batch folded into the rows (they must be contiguous in it): rows past a matrix's end then
come from the next matrix, which is harmless for A (they only reach output rows that are not
stored) and for k-major B (output columns not stored); for n-major B they are k rows, which
is only harmless when K is a multiple of 64, so the router sends other batched GEMMs to
``tensorize-gemm``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from mlir import ir
from mlir.dialects import arith, gpu, memref, nvgpu, nvvm, scf

from mlc.compiler.index_expr import Ix, all_of
from mlc.passes.hopper_gemm.config import (
    SWIZZLE_ATOM_ROWS,
    SWIZZLE_BYTES,
    TMA_ALIGN,
    TMA_BOX_MAX,
    WARPGROUP,
    WGMMA_K,
    WGMMA_M,
    HopperConfig,
)
from mlc.passes.tensorize_gemm.contraction import Gemm, NotAGemm, Operand
from mlc.passes.tensorize_gemm.kernel import _Emitter, _when

WORKGROUP = "#gpu.address_space<workgroup>"
N_MAJOR_BOX = 64  # n elements per box of an n-major B tile (128 bytes)
WAIT_TICKS = 10_000_000  # mbarrier.try_wait.parity's suspend-time hint


@dataclass(frozen=True)
class TmaOperand:
    """An input as the 2-D tensor its tensor map describes: ``rows`` of ``cols`` elements
    (the operand's contiguous loop ``inner``), rows ``row_stride`` elements apart, the
    batch folded into the rows (``rows = batch x extent(outer)``); the box is ``box_rows`` by
    64 elements."""

    operand: Operand
    outer: int
    inner: int
    rows: int
    cols: int
    row_stride: int
    box_rows: int

    @property
    def tensor_type(self) -> str:
        return f"memref<{self.box_rows}x64x{self.operand.element}, 3>"

    @property
    def descriptor_type(self) -> ir.Type:
        return ir.Type.parse(
            f"!nvgpu.tensormap.descriptor<tensor = {self.tensor_type}, swizzle = swizzle_128b, "
            "l2promo = l2promo_128b, oob = zero, interleave = none>"
        )

    @property
    def box_bytes(self) -> int:
        return self.box_rows * 64 * self.operand.element_bytes


def tma_operand(op: Operand, con, outer: int, box_rows: int, name: str) -> TmaOperand:
    """``op`` as a 2-D tensor for TMA; raises ``NotAGemm`` when it cannot be one."""
    inner = op.contiguous()
    if inner is None or inner == outer or len(op.dims) != len(con.batch) + 2:
        raise NotAGemm(f"operand {name} has no unit-stride matrix dimension")
    if op.dims[: len(con.batch)] != tuple(con.batch) or op.dims[-2] != outer:
        raise NotAGemm(f"operand {name}'s batch dimensions do not lead")
    eb = op.element_bytes
    row_stride = op.strides[-2]
    for i in range(len(con.batch)):  # the batch folds into the rows: contiguous in them
        if op.strides[i] != op.strides[i + 1] * op.shape[i + 1]:
            raise NotAGemm(f"operand {name} is not contiguous along its batch")
    if (row_stride * eb) % TMA_ALIGN or (op.offset * eb) % TMA_ALIGN:
        raise NotAGemm(f"operand {name}'s rows are not {TMA_ALIGN}-byte aligned (TMA needs it)")
    rows = math.prod(op.shape[:-1])
    return TmaOperand(op, outer, inner, rows, op.shape[-1], row_stride, box_rows)


class HopperEmitter(_Emitter):
    """Builds the kernel; reuses ``tensorize-gemm``'s index and epilogue helpers."""

    def __init__(self, gemm: Gemm, cfg: HopperConfig) -> None:
        con = gemm.contraction
        self.gemm, self.con, self.cfg = gemm, con, cfg
        self.M, self.N, self.K = con.size
        self.extent = dict(enumerate(con.extents))
        if con.a.element not in ("f16", "bf16") or con.b.element != con.a.element:
            raise NotAGemm(
                f"wgmma takes f16 or bf16 inputs of one type, not {con.a.element}, {con.b.element}"
            )
        if con.c.element != "f32":
            raise NotAGemm(f"the accumulator is {con.c.element}, not f32")
        if gemm.init_from is not None:
            raise NotAGemm("a GEMM starting from a broadcast takes mma.sync (hopper-gemm starts from C or 0)")
        if con.implicit:
            raise NotAGemm("implicit GEMMs (convolutions) are not tiled by TMA here: they take mma.sync")
        if con.a.contiguous() != con.k:
            raise NotAGemm("A is not k-contiguous (wgmma reads A k-major from shared memory)")
        self.a = tma_operand(con.a, con, con.m, cfg.block_m, "A")
        self.b_n_major = con.b.contiguous() == con.n
        if self.b_n_major:
            self.b = tma_operand(con.b, con, con.k, cfg.block_k, "B")
            if con.batch and self.K % cfg.block_k:
                raise NotAGemm("a batched n-major B needs K to be a multiple of 64 (rows fold)")
        else:
            if cfg.block_n > TMA_BOX_MAX:
                raise NotAGemm(f"block-n {cfg.block_n} is more than one TMA box")
            self.b = tma_operand(con.b, con, con.n, cfg.block_n, "B")
        self.k_tiles = math.ceil(self.K / cfg.block_k)
        self.index = ir.IndexType.get()
        self.f32 = ir.F32Type.get()
        self.element = ir.Type.parse(con.a.element)
        self.acc_type = ir.Type.parse(
            f"!nvgpu.warpgroup.accumulator<fragmented = vector<{WGMMA_M}x{cfg.block_n}xf32>>"
        )
        self.bar_type = ir.Type.parse(
            f"!nvgpu.mbarrier.group<memorySpace = {WORKGROUP}, num_barriers = {cfg.stages}>"
        )

    # -- host side ------------------------------------------------------------------------
    def tensor_map(self, tm: TmaOperand) -> ir.Value:
        value = tm.operand.value
        el = ir.Type.parse(tm.operand.element)
        if len(tm.operand.dims) > 2:
            identity = tm.operand.offset == 0 and tm.row_stride == tm.cols
            layout = None if identity else ir.StridedLayoutAttr.get(tm.operand.offset, [tm.row_stride, 1])
            flat = ir.MemRefType.get([tm.rows, tm.cols], el, layout=layout)
            groups = [list(range(len(tm.operand.dims) - 1)), [len(tm.operand.dims) - 1]]
            value = memref.collapse_shape(flat, value, groups)
        unranked = memref.cast(ir.UnrankedMemRefType.get(el, None), value)
        box = [Ix(tm.box_rows).ir(), Ix(64).ir()]
        return nvgpu.tma_create_descriptor(tm.descriptor_type, unranked, box)

    # -- shared memory --------------------------------------------------------------------
    def _view(self, byte_offset: Ix, shape: list[int], element: ir.Type) -> ir.Value:
        t = ir.MemRefType.get(shape, element, memory_space=ir.Attribute.parse(WORKGROUP))
        return memref.view(t, self.smem, byte_offset.ir(), [])

    def _slot(self, slot: Ix) -> Ix:
        return slot * self.cfg.stage_bytes(self.con.a.element_bytes)

    # -- TMA ------------------------------------------------------------------------------
    def load(self, kt: Ix, slot: Ix, pred: ir.Value) -> None:
        """Thread ``pred`` arms ``slot``'s barrier and starts k-tile ``kt``'s TMA loads into it."""
        cfg = self.cfg
        nbytes = cfg.stage_bytes(self.con.a.element_bytes)
        nvgpu.mbarrier_arrive_expect_tx(self.bars, Ix(nbytes).ir(), slot.ir(), predicate=pred)
        k0 = kt * cfg.block_k
        base = self._slot(slot)
        a_view = self._view(base, [cfg.block_m, cfg.block_k], self.element)
        a_row = self.row_base(self.a) + self.m0
        nvgpu.tma_async_load(a_view, self.bars, self.tm_a, [k0.ir(), a_row.ir()], slot.ir(), predicate=pred)
        b_base = base + cfg.a_bytes(self.con.a.element_bytes)
        if self.b_n_major:
            for j in range(cfg.block_n // N_MAJOR_BOX):
                view = self._view(b_base + j * self.b.box_bytes, [cfg.block_k, N_MAJOR_BOX], self.element)
                coords = [(self.n0 + N_MAJOR_BOX * j).ir(), (self.row_base(self.b) + k0).ir()]
                nvgpu.tma_async_load(view, self.bars, self.tm_b, coords, slot.ir(), predicate=pred)
        else:
            view = self._view(b_base, [cfg.block_n, cfg.block_k], self.element)
            coords = [k0.ir(), (self.row_base(self.b) + self.n0).ir()]
            nvgpu.tma_async_load(view, self.bars, self.tm_b, coords, slot.ir(), predicate=pred)

    def row_base(self, tm: TmaOperand) -> Ix:
        """The first row of this block's matrix in ``tm``'s folded rows."""
        if not self.con.batch:
            return Ix(0)
        return self.batch_linear * self.extent[tm.outer]

    # -- wgmma ----------------------------------------------------------------------------
    def mma(self, slot: Ix, acc: ir.Value) -> ir.Value:
        cfg = self.cfg
        eb = self.con.a.element_bytes
        base = self._slot(slot)
        a_rows = self.wg * (WGMMA_M * SWIZZLE_BYTES)
        steps = cfg.block_k // WGMMA_K
        for kk in range(steps):
            a_view = self._view(base + a_rows + kk * WGMMA_K * eb, [WGMMA_M, WGMMA_K], self.element)
            b_start = base + cfg.a_bytes(eb)
            if self.b_n_major:
                b_start = b_start + kk * WGMMA_K * SWIZZLE_BYTES
            else:
                b_start = b_start + kk * WGMMA_K * eb
            b_view = self._view(b_start, [WGMMA_K, cfg.block_n], self.element)
            da_type = ir.Type.parse(
                f"!nvgpu.warpgroup.descriptor<tensor = memref<{WGMMA_M}x{WGMMA_K}x{self.element}, 3>>"
            )
            db_type = ir.Type.parse(
                f"!nvgpu.warpgroup.descriptor<tensor = memref<{WGMMA_K}x{cfg.block_n}x{self.element}, 3>>"
            )
            da = nvgpu.warpgroup_generate_descriptor(da_type, a_view, self.tm_a)
            db = nvgpu.warpgroup_generate_descriptor(db_type, b_view, self.tm_b)
            acc = nvgpu.warpgroup_mma(
                self.acc_type,
                da,
                db,
                acc,
                wait_group=0 if kk == steps - 1 else 1,
                transpose_b=True if self.b_n_major else None,
            )
        return acc

    # -- the kernel -----------------------------------------------------------------------
    def emit(self) -> ir.Operation:
        con, cfg = self.con, self.cfg
        self.tm_a = self.tensor_map(self.a)
        self.tm_b = self.tensor_map(self.b)
        uppers = [math.ceil(self.M / cfg.block_m), math.ceil(self.N / cfg.block_n)]
        processors = ["block_y", "block_x"]
        if con.batch:
            uppers.insert(0, con.batch_count)
            processors.insert(0, "block_z")
        blocks, ids = self._loop(uppers, processors)
        with ir.InsertionPoint(blocks.regions[0].blocks[0].operations[0]):
            self.thread_loop, (tid,) = self._loop([cfg.threads], ["thread_x"])
        with ir.InsertionPoint(self.thread_loop.regions[0].blocks[0].operations[0]):
            self._thread_body(ids, tid)
        return blocks

    def _thread_body(self, ids: list[Ix], tid: Ix) -> None:
        cfg = self.cfg
        self.batch_linear = ids[0] if self.con.batch else None
        self.batch = self._batch_coords(self.batch_linear)
        self.m0, self.n0 = ids[-2] * cfg.block_m, ids[-1] * cfg.block_n
        self.tid, self.wg = tid, tid // WARPGROUP
        dyn = ir.MemRefType.get(
            [ir.ShapedType.get_dynamic_size()],
            ir.IntegerType.get_signless(8),
            memory_space=ir.Attribute.parse(WORKGROUP),
        )
        self.smem = gpu.dynamic_shared_memory(dyn)
        self.bars = nvgpu.mbarrier_create(self.bar_type)
        first = arith.cmpi(arith.CmpIPredicate.eq, tid.ir(), Ix(0).ir())
        for s in range(cfg.stages):
            nvgpu.mbarrier_init(self.bars, Ix(1).ir(), Ix(s).ir(), predicate=first)
        nvgpu.tma_prefetch_descriptor(self.tm_a, predicate=first)
        nvgpu.tma_prefetch_descriptor(self.tm_b, predicate=first)
        nvvm.fence_mbarrier_init()  # the initialized barriers are visible to the TMA unit
        gpu.BarrierOp()  # and to every thread before anyone waits on them
        prologue = min(cfg.stages - 1, self.k_tiles)
        for s in range(prologue):
            self.load(Ix(s), Ix(s), first)
        acc0 = nvgpu.warpgroup_mma_init_accumulator(self.acc_type)
        loop = scf.ForOp(Ix(0).ir(), Ix(self.k_tiles).ir(), Ix(1).ir(), [acc0])
        with ir.InsertionPoint(loop.body):
            k = Ix(loop.induction_variable)
            gpu.BarrierOp()  # every warpgroup is done with the slot of k-tile k-1
            if self.k_tiles > cfg.stages - 1:  # else the prologue loaded every k-tile
                ahead = k + (cfg.stages - 1)
                self.load(ahead, ahead % cfg.stages, arith.andi(ahead.lt(self.k_tiles), first))
            slot = k % cfg.stages
            parity = arith.cmpi(arith.CmpIPredicate.ne, ((k // cfg.stages) % 2).ir(), Ix(0).ir())
            nvgpu.mbarrier_try_wait_parity(self.bars, parity, Ix(WAIT_TICKS).ir(), slot.ir())
            scf.YieldOp([self.mma(slot, loop.inner_iter_args[0])])
        self.epilogue(loop.results[0])

    def epilogue(self, acc: ir.Value) -> None:
        cfg = self.cfg
        gpu.BarrierOp()  # the slots are free: every wgmma completed (wait_group 0)
        part = self._view(self.wg * (WGMMA_M * cfg.block_n * 4), [WGMMA_M, cfg.block_n], self.f32)
        nvgpu.warpgroup_mma_store(acc, part)
        gpu.BarrierOp()
        tile = self._view(Ix(0), [cfg.block_m, cfg.block_n], self.f32)
        per_thread = cfg.block_m * cfg.block_n // cfg.threads
        loop = scf.ForOp(Ix(0).ir(), Ix(per_thread).ir(), Ix(1).ir(), [])
        with ir.InsertionPoint(loop.body):
            e = self.tid + Ix(loop.induction_variable) * cfg.threads
            row, col = e // cfg.block_n, e % cfg.block_n
            value = memref.load(tile, [row.ir(), col.ir()])
            gm, gn = self.m0 + row, self.n0 + col
            inside = all_of(
                [
                    gm.lt(self.M) if self.M % cfg.block_m else True,
                    gn.lt(self.N) if self.N % cfg.block_n else True,
                ]
            )

            def store(value=value, gm=gm, gn=gn) -> None:
                total = self._start(value, gm, gn)
                out = self.gemm.output
                idx = self._indices(out, self._out_coords(gm, gn))
                memref.store(self._result(total, gm, gn), out.value, idx)

            _when(inside, store)
            scf.YieldOp([])

    def _start(self, value: ir.Value, row: Ix, col: Ix) -> ir.Value:
        """The product plus what C started from: its contents, or the fused fill constant."""
        if self.gemm.init is None:
            c = self.con.c
            return arith.addf(memref.load(c.value, self._indices(c, self._coords(row, col))), value)
        if self.gemm.init == 0.0:
            return value
        return arith.addf(arith.constant(self.f32, self.gemm.init), value)


def emit_hopper_gemm(kfunc: ir.Operation, gemm: Gemm, cfg: HopperConfig) -> None:
    """Replace ``gemm``'s ops in ``kfunc`` by the sm_90 kernel (see the module doc)."""
    from mlc.passes.tensorize_gemm.contraction import compute_ops

    generic = gemm.contraction.generic
    with kfunc.context, generic.location:
        em = HopperEmitter(gemm, cfg)
        with ir.InsertionPoint(generic):
            em.emit()
    for op in compute_ops(kfunc):
        if op.name.startswith("linalg."):
            op.erase()


__all__ = ["SWIZZLE_ATOM_ROWS", "HopperEmitter", "TmaOperand", "emit_hopper_gemm", "tma_operand"]
