"""The ``emulate-warp-collectives`` pass: warp-collective GPU ops as per-thread code for the CPU."""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import arith, gpu, memref, scf, vector

from mlc.compiler.analysis.kernels import mapping_of
from mlc.compiler.errors import MlcError
from mlc.compiler.index_expr import Ix, select
from mlc.compiler.targets.cuda.fragments import (
    MMA_K,
    MMA_K_TF32,
    MMA_M,
    MMA_N,
    WARP,
    a_position,
    a_position_tf32,
    b_position,
    b_position_tf32,
    c_position,
    ldmatrix_source,
)
from mlc.passes import Pass

WORKGROUP = "#gpu.address_space<workgroup>"
_THREADS = ("thread_x", "thread_y", "thread_z")
_ASYNC = ("nvgpu.device_async_create_group", "nvgpu.device_async_wait")


def _thread_loop(op: ir.Operation) -> ir.Operation:
    parent = op.parent
    while parent is not None:
        if parent.name == "scf.parallel":
            procs = [p for p, _ in (mapping_of(parent) or [])]
            if any(p in _THREADS for p in procs):
                return parent
        parent = parent.parent
    raise MlcError(
        f"emulate-warp-collectives: '{op.name}' is not inside a thread-mapped scf.parallel", loc=op.location
    )


def _threads(loop: ir.Operation) -> tuple[Ix, int]:
    """The linear thread id (x + y*bx + z*bx*by, as the GPU forms warps) in ``loop``'s body,
    and the number of threads."""
    from mlc.compiler.analysis.values import const_int

    pop = loop.opview
    procs = [p for p, _ in mapping_of(loop)]
    sizes, ivs = {}, {}
    for i, proc in enumerate(procs):
        lb, ub, step = (const_int(v) for v in (pop.lowerBound[i], pop.upperBound[i], pop.step[i]))
        if lb != 0 or step != 1 or ub is None or proc not in _THREADS:
            raise MlcError(
                "emulate-warp-collectives: thread loops must run from 0 with step 1 to a constant",
                loc=loop.location,
            )
        sizes[proc], ivs[proc] = ub, Ix(loop.regions[0].blocks[0].arguments[i])
    linear, stride = Ix(0), 1
    for proc in _THREADS:
        if proc in sizes:
            linear = linear + ivs[proc] * stride
            stride *= sizes[proc]
    return linear, stride


class _Scratch:
    """Workgroup scratch buffers, one per shape and function (barriers separate their uses)."""

    def __init__(self) -> None:
        self.globals: dict[tuple[str, str], str] = {}

    def get(self, op: ir.Operation, shape: list[int], element: ir.Type) -> ir.Value:
        func = op.parent
        while func.name != "func.func" and func.name != "gpu.func":
            func = func.parent
        fname = ir.StringAttr(func.attributes["sym_name"]).value
        mtype = ir.MemRefType.get(shape, element, memory_space=ir.Attribute.parse(WORKGROUP))
        key = (fname, str(mtype))
        if key not in self.globals:
            name = f"{fname}_warp_scratch_{len([k for k in self.globals if k[0] == fname])}"
            with ir.InsertionPoint(func), func.location:
                memref.GlobalOp(name, ir.TypeAttr.get(mtype), sym_visibility="private")
            self.globals[key] = name
        return memref.get_global(mtype, self.globals[key])


@dataclass
class _Lanes:
    lane: Ix
    warp: Ix
    warps: int


def _lanes(op: ir.Operation) -> _Lanes:
    tid, count = _threads(_thread_loop(op))
    return _Lanes(tid % WARP, tid // WARP, -(-count // WARP))


def _f32(value: ir.Value) -> ir.Value:
    if str(value.type) == "f32":
        return value
    return arith.extf(ir.F32Type.get(), value)


def _ldmatrix(op: ir.Operation, scratch: _Scratch) -> None:
    """Each lane publishes its row address; after a barrier each lane reads its elements from
    the rows the PTX layout assigns it (``fragments.ldmatrix_source``)."""
    view = op.opview
    src = view.srcMemref
    indices = list(view.indices)
    rtype = ir.VectorType(op.results[0].type)
    tiles, per_reg = rtype.shape
    transpose = ir.BoolAttr(op.attributes["transpose"]).value
    bits = ir.FloatType(rtype.element_type).width
    lanes = _lanes(op)
    rank = len(indices)
    addr = scratch.get(op, [lanes.warps, WARP, rank], ir.IndexType.get())
    for d, value in enumerate(indices):
        memref.store(value, addr, [lanes.warp.ir(), lanes.lane.ir(), Ix(d).ir()])
    gpu.BarrierOp()
    result = _splat(rtype, 0.0)
    for j in range(tiles):
        for e in range(per_reg):
            where = ldmatrix_source(lanes.lane, j, e, transpose, bits)
            row = [
                memref.load(addr, [lanes.warp.ir(), Ix.of(where.provider).ir(), Ix(d).ir()])
                for d in range(rank)
            ]
            row[-1] = (Ix(row[-1]) + where.column).ir()
            result = vector.insert(memref.load(src, row), result, [], [j, e])
    gpu.BarrierOp()
    op.results[0].replace_all_uses_with(result)
    op.erase()


TF32_DROPPED = -0x2000  # mask keeping the 19 bits of a tf32 in an f32 (mma.sync ignores the rest)


def _tf32(value: ir.Value) -> ir.Value:
    i32 = ir.IntegerType.get_signless(32)
    bits = arith.bitcast(i32, value)
    return arith.bitcast(ir.F32Type.get(), arith.andi(bits, arith.constant(i32, TF32_DROPPED)))


def _mma_sync(op: ir.Operation, scratch: _Scratch) -> None:
    """Each lane publishes its A and B elements where the PTX layout puts them in the A
    (16 x k) and B (k x 8) tiles; after a barrier each lane computes its four accumulator
    elements. m16n8k16 on f16/bf16, and m16n8k8 on tf32 (f32 registers, of which mma.sync
    uses the 19 tf32 bits)."""
    view = op.opview
    shape = [ir.IntegerAttr(a).value for a in ir.ArrayAttr(op.attributes["mmaShape"])]
    atype = ir.VectorType(view.matrixA.type)
    tf32 = "tf32Enabled" in op.attributes
    width = ir.FloatType(atype.element_type).width
    if not (shape == [MMA_M, MMA_N, MMA_K] and width == 16) and not (
        tf32 and shape == [MMA_M, MMA_N, MMA_K_TF32] and width == 32
    ):
        raise MlcError(
            f"emulate-warp-collectives: only mma.sync m16n8k16 on 16-bit floats and m16n8k8 on tf32 "
            f"are emulated, got {shape} on {atype.element_type}",
            loc=op.location,
        )
    k_size = shape[2]
    a_at, b_at = (a_position_tf32, b_position_tf32) if tf32 else (a_position, b_position)
    widen = _tf32 if tf32 else _f32
    per_register = atype.shape[1]
    f32 = ir.F32Type.get()
    lanes = _lanes(op)
    w, lane = lanes.warp, lanes.lane
    tile_a = scratch.get(op, [lanes.warps, MMA_M, k_size], f32)
    tile_b = scratch.get(op, [lanes.warps, MMA_N, k_size], f32)  # stored n-major: B^T
    for i in range(4 * per_register):
        row, col = a_at(lane, i)
        value = widen(vector.extract(view.matrixA, [], [i // per_register, i % per_register]))
        memref.store(value, tile_a, [w.ir(), Ix.of(row).ir(), Ix.of(col).ir()])
    for i in range(2 * per_register):
        k, n = b_at(lane, i)
        value = widen(vector.extract(view.matrixB, [], [i // per_register, i % per_register]))
        memref.store(value, tile_b, [w.ir(), Ix.of(n).ir(), Ix.of(k).ir()])
    gpu.BarrierOp()
    rtype = ir.VectorType(op.results[0].type)
    row_type = ir.VectorType.get([k_size], f32)
    result = _splat(rtype, 0.0)
    for i in range(4):
        row, col = c_position(lane, i)
        a_row = vector.load(row_type, tile_a, [w.ir(), Ix.of(row).ir(), Ix(0).ir()])
        b_col = vector.load(row_type, tile_b, [w.ir(), Ix.of(col).ir(), Ix(0).ir()])
        acc = vector.extract(view.matrixC, [], [i // 2, i % 2])
        dot = vector.reduction(f32, vector.CombiningKind.ADD, arith.mulf(a_row, b_col), acc=acc)
        result = vector.insert(dot, result, [], [i // 2, i % 2])
    gpu.BarrierOp()
    op.results[0].replace_all_uses_with(result)
    op.erase()


def _async_copy(op: ir.Operation) -> None:
    """A synchronous copy: the first ``srcElements`` elements, zeros for the rest."""
    view = op.opview
    n = ir.IntegerAttr(view.dstElements).value
    src_idx, dst_idx = list(view.srcIndices), list(view.dstIndices)
    count = Ix(view.srcElements) if view.srcElements is not None else Ix(n)
    element = ir.MemRefType(view.dst.type).element_type
    for e in range(n):
        s = [*src_idx[:-1], (Ix(src_idx[-1]) + e).ir()]
        d = [*dst_idx[:-1], (Ix(dst_idx[-1]) + e).ir()]
        inside = Ix(e).lt(count)
        if inside is True:
            value = memref.load(view.src, s)
        else:
            branch = scf.IfOp(inside, [element], has_else=True)
            with ir.InsertionPoint(branch.then_block):
                scf.YieldOp([memref.load(view.src, s)])
            with ir.InsertionPoint(branch.else_block):
                scf.YieldOp([arith.constant(element, 0.0)])
            value = branch.results[0]
        memref.store(value, view.dst, d)


def _shuffle(op: ir.Operation, scratch: _Scratch) -> None:
    """Each lane publishes its value; after a barrier each lane reads its source lane's."""
    from mlc.compiler.analysis.values import const_int

    view = op.opview
    if const_int(view.width) != WARP:
        raise MlcError(
            "emulate-warp-collectives: only gpu.shuffle over the whole warp (width 32)", loc=op.location
        )
    lanes = _lanes(op)
    value = view.value
    buf = scratch.get(op, [lanes.warps, WARP], value.type)
    memref.store(value, buf, [lanes.warp.ir(), lanes.lane.ir()])
    gpu.BarrierOp()
    mode = str(op.attributes["mode"]).split()[-1].rstrip(">")
    offset = Ix(arith.index_cast(ir.IndexType.get(), view.offset))
    source = {"xor": lanes.lane ^ offset, "down": lanes.lane + offset, "idx": offset}.get(mode)
    if mode == "up":
        source = lanes.lane - offset
        valid = lanes.lane.ge(offset)
    elif source is None:
        raise MlcError(f"emulate-warp-collectives: unknown shuffle mode '{mode}'", loc=op.location)
    else:
        valid = source.lt(WARP)
    if isinstance(valid, bool):
        valid = arith.constant(ir.IntegerType.get_signless(1), int(valid))
    src_lane = select(valid, source, lanes.lane)
    got = memref.load(buf, [lanes.warp.ir(), src_lane.ir()])
    gpu.BarrierOp()
    op.results[0].replace_all_uses_with(got)
    op.results[1].replace_all_uses_with(valid)
    op.erase()


def _splat(t: ir.VectorType, value: float) -> ir.Value:
    return arith.constant(t, ir.DenseElementsAttr.get_splat(t, ir.FloatAttr.get(t.element_type, value)))


@dataclass(frozen=True)
class EmulateWarpCollectives(Pass):
    """Rewrite the warp-collective ops of GPU-mapped loops (``scf.parallel`` mapped to thread
    ids) into per-thread code with the same results when the threads run one after another
    (the CPU emulator; run ``serialize-barriers`` afterwards). A collective becomes: every lane
    publishes its operands into workgroup scratch memory (indexed by warp and lane), a
    ``gpu.barrier``, every lane computes its own result from its peers' operands with the
    per-lane layouts of the PTX ISA (``mlc.compiler.targets.cuda.fragments``), and a second
    barrier before the scratch is reused. Covered: ``nvgpu.ldmatrix`` (x1/x2/x4, ``.trans``,
    16- and 32-bit elements), ``nvgpu.mma.sync`` m16n8k16 on f16/bf16 and m16n8k8 on tf32
    (the low 13 bits of each f32 operand ignored, as the hardware does) with f32 accumulators,
    ``gpu.shuffle`` (xor, up, down, idx over 32 lanes) and ``gpu.lane_id``;
    ``nvgpu.device_async_copy`` becomes a synchronous copy (zero-filling past
    ``srcElements``) and its groups and waits disappear, so the emulation checks the copies
    and the barriers but not that every copy is waited for."""

    NAME = "emulate-warp-collectives"
    SUMMARY = "warp-collective GPU ops (ldmatrix, mma.sync, shuffles, cp.async) as per-thread CPU code"

    def run(self, op: ir.Operation) -> None:
        found: dict[str, list[ir.Operation]] = {}

        def collect(o: ir.Operation) -> ir.WalkResult:
            if o.name.startswith("nvgpu.") or o.name in ("gpu.shuffle", "gpu.lane_id"):
                found.setdefault(o.name, []).append(o)
            return ir.WalkResult.ADVANCE

        op.walk(collect)
        unknown = [name for name in found if name not in _REWRITES and name not in _ASYNC]
        if unknown:
            first = found[unknown[0]][0]
            raise MlcError(
                f"emulate-warp-collectives: '{unknown[0]}' has no CPU emulation", loc=first.location
            )
        for copy in found.get("nvgpu.device_async_copy", []):
            if any(u.owner.name not in _ASYNC for u in copy.results[0].uses):
                raise MlcError(
                    "emulate-warp-collectives: an async-copy token is used by other ops", loc=copy.location
                )
        for name in _ASYNC[::-1]:  # waits use groups' tokens, groups use copies'
            for o in found.get(name, []):
                o.erase()
        scratch = _Scratch()
        for name, rewrite in _REWRITES.items():
            for o in found.get(name, []):
                with ir.InsertionPoint(o), o.location:
                    rewrite(o, scratch)


def _lane_id(op: ir.Operation, scratch: _Scratch) -> None:
    op.results[0].replace_all_uses_with(_lanes(op).lane.ir())
    op.erase()


def _copy(op: ir.Operation, scratch: _Scratch) -> None:
    _async_copy(op)
    op.erase()


_REWRITES = {
    "nvgpu.device_async_copy": _copy,
    "nvgpu.ldmatrix": _ldmatrix,
    "nvgpu.mma.sync": _mma_sync,
    "gpu.shuffle": _shuffle,
    "gpu.lane_id": _lane_id,
}
