"""The ``simt-gemm`` pass: f32 GEMM-class kernels as register-blocked CUDA-core kernels.

For f32 inputs without ``--allow-tf32`` (no tensor cores): the block tile is staged in shared
memory by ``tensorize-gemm``'s ``cp.async`` pipeline (same copies, predication and stages),
and each thread accumulates an 8 x 8 register tile with 8 ``vector.fma`` of 8 lanes (64 FMAs)
per k: 8 values of A and 8 of B read from shared memory for 64 multiply-adds, where the
mapped kernel reads both from global memory for each one.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import memref, nvgpu, scf, vector

from mlc.compiler.diagnostics import remark
from mlc.compiler.index_expr import Ix, all_of
from mlc.passes import Pass, option
from mlc.passes.tensorize_gemm.config import TileConfig
from mlc.passes.tensorize_gemm.contraction import NotAGemm, match_kernel
from mlc.passes.tensorize_gemm.kernel import _Emitter, _globalize, _guarded, _when, _zero, drop_unused_views

__all__ = ["SimtEmitter", "SimtGemm"]

THREAD_TILE = 8  # each thread's outputs: 8 x 8, rows tr + 16 i, columns tc + 16 j
THREAD_GRID = 16  # threads along m and along n: a 128 x 128 block of 256 threads


class SimtEmitter(_Emitter):
    """``tensorize-gemm``'s staging and pipeline; FMAs on a per-thread register tile."""

    def _thread_body(self, ids: list[Ix], tid: Ix, element: ir.Type) -> None:
        cfg = self.cfg
        self.batch = self._batch_coords(ids[0] if self.con.batch else None)
        self.m0, self.n0 = ids[-2] * cfg.block_m, ids[-1] * cfg.block_n
        self.tid = tid
        self.tr, self.tc = tid // THREAD_GRID, tid % THREAD_GRID
        acc = self.load_acc(ir.VectorType.get([THREAD_TILE], self.f32))  # one vector per row
        stages = cfg.stages
        prologue = min(stages - 1, self.k_tiles)
        group = None
        for s in range(prologue):
            tokens = []
            last = s == self.k_tiles - 1 and self.K % cfg.block_k != 0
            for name, st in (("a", self.a), ("b", self.b)):
                tokens += self.copy(name, st, Ix(s), Ix(s), last)
            group = nvgpu.device_async_create_group(tokens) if tokens else group
        loop = scf.ForOp(Ix(0).ir(), Ix(self.k_tiles).ir(), Ix(1).ir(), acc)
        with ir.InsertionPoint(loop.body):
            k = Ix(loop.induction_variable)
            if group is not None:
                nvgpu.device_async_wait(group, num_groups=prologue - 1)
            from mlir.dialects import gpu

            gpu.BarrierOp()
            ahead = k + (stages - 1)
            tokens = []
            for name, st in (("a", self.a), ("b", self.b)):
                tokens += self.copy(name, st, ahead, ahead % stages, True)
            if tokens:
                nvgpu.device_async_create_group(tokens)
            scf.YieldOp(self.fma(k % stages, list(loop.inner_iter_args)))
        if group is not None:
            nvgpu.device_async_wait(group, num_groups=0)
        self.store(list(loop.results))

    def _site(self, i: int, j: int) -> tuple[Ix, Ix]:
        return self.m0 + self.tr + THREAD_GRID * i, self.n0 + self.tc + THREAD_GRID * j

    def _inside(self, row: Ix, col: Ix):
        cfg = self.cfg
        return all_of(
            [
                row.lt(self.M) if self.M % cfg.block_m else True,
                col.lt(self.N) if self.N % cfg.block_n else True,
            ]
        )

    def load_acc(self, row_type: ir.VectorType) -> list[ir.Value]:
        if self.gemm.init is not None:
            return [_zero(row_type, self.gemm.init) for _ in range(THREAD_TILE)]
        c = self.con.c
        rows = []
        for i in range(THREAD_TILE):
            values = []
            for j in range(THREAD_TILE):
                row, col = self._site(i, j)
                if self.gemm.init_from is not None:  # a broadcast bias
                    values.append(self.init_value(row, col, self._inside(row, col)))
                    continue
                idx = self._indices(c, self._coords(row, col))
                load = lambda idx=idx: memref.load(c.value, idx)  # noqa: E731
                values.append(_guarded(self._inside(row, col), load, self.f32, 0.0))
            rows.append(vector.from_elements(row_type, values))
        return rows

    def _tile_value(self, name: str, st, stage: Ix, r: Ix, kk: int) -> ir.Value:
        """Element (row r of the block tile, k kk) of A (``name`` a) or (k kk, column r) of B."""
        idx = [stage, Ix(kk), r] if st.transpose else [stage, r, Ix(kk)]
        return memref.load(self.smem[name], [i.ir() for i in idx])

    def fma(self, stage: Ix, acc: list[ir.Value]) -> list[ir.Value]:
        """Per k: the thread's 8 values of A (its rows) times its 8 of B (its columns)."""
        vec = ir.VectorType.get([THREAD_TILE], self.f32)
        for kk in range(self.cfg.block_k):
            b = [
                self._tile_value("b", self.b, stage, self.tc + THREAD_GRID * j, kk)
                for j in range(THREAD_TILE)
            ]
            b_row = vector.from_elements(vec, b)
            for i in range(THREAD_TILE):
                a = self._tile_value("a", self.a, stage, self.tr + THREAD_GRID * i, kk)
                acc[i] = vector.fma(vector.broadcast(vec, a), b_row, acc[i])
        return acc

    def store(self, acc: list[ir.Value]) -> None:
        out = self.gemm.output
        for i in range(THREAD_TILE):
            for j in range(THREAD_TILE):
                row, col = self._site(i, j)
                value = vector.extract(acc[i], [], [j])
                idx = self._indices(out, self._out_coords(row, col))

                def store_one(idx=idx, value=value, row=row, col=col) -> None:
                    memref.store(self._result(value, row, col), out.value, idx)

                _when(self._inside(row, col), store_one)


CONFIG = TileConfig(128, 128, 16, 32, 64, 3)  # 8 warps of 256 threads; 48 KiB of shared memory


@dataclass(frozen=True)
class SimtGemm(Pass):
    """Rewrite every kernel function whose body is one GEMM-class contraction with f32 inputs
    and accumulator (``tensorize-gemm``'s matcher) into a register-blocked CUDA-core kernel:
    128 x 128 x 16 block tiles staged in shared memory by a ``stages``-deep ``cp.async``
    pipeline (edges zero-filled), 256 threads each accumulating 8 x 8 outputs with
    ``vector.fma`` (64 FMAs) from 8 + 8 shared-memory values per k, the fused fill and
    elementwise epilogue applied at the guarded stores. Other kernels are left alone, with a
    remark saying why."""

    NAME = "simt-gemm"
    SUMMARY = "f32 GEMM kernels on CUDA cores: shared-memory tiles, 8x8 register blocking per thread"

    stages: int = option(3, "shared-memory pipeline depth")

    def run(self, op: ir.Operation) -> None:
        from mlc.compiler.targets.cuda.kernels import is_kernel_function

        cfg = TileConfig(
            CONFIG.block_m, CONFIG.block_n, CONFIG.block_k, CONFIG.warp_m, CONFIG.warp_n, self.stages
        )
        funcs = [o.operation for o in op.regions[0].blocks[0].operations if is_kernel_function(o.operation)]
        for kfunc in funcs:
            try:
                gemm = match_kernel(kfunc)
                con = gemm.contraction
                if (con.a.element, con.b.element, con.c.element) != ("f32", "f32", "f32"):
                    raise NotAGemm(f"its inputs are {con.a.element}, {con.b.element}, not f32")
                emit_simt_gemm(kfunc, gemm, cfg)
            except NotAGemm as e:
                remark(kfunc.location, f"simt-gemm: not rewritten: {e}")
                continue
            m, n, k = con.size
            remark(
                kfunc.location,
                f"simt-gemm: {m}x{n}x{k} f32, block 128x128x16, 8x8 per thread, {cfg.stages} stages",
            )


def emit_simt_gemm(kfunc: ir.Operation, gemm, cfg: TileConfig) -> None:
    from mlc.passes.tensorize_gemm.contraction import compute_ops

    generic = gemm.contraction.generic
    body = kfunc.regions[0].blocks[0]
    with kfunc.context, generic.location:
        em = SimtEmitter(gemm, cfg)
        with ir.InsertionPoint.at_block_begin(body):
            em.alloc_tiles(ir.F32Type.get())
        with ir.InsertionPoint(generic):
            em.emit()
    for op in compute_ops(kfunc):
        if op.name.startswith("linalg."):
            op.erase()
    drop_unused_views(kfunc)
    _globalize(kfunc, em.smem, em.thread_loop)
