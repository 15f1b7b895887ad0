"""The ``emulate-tma-wgmma`` pass: the sm_90 kernels' TMA, mbarrier and wgmma ops as CPU code."""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import arith, gpu, memref, scf, vector

from mlc.compiler import attributes
from mlc.compiler.errors import MlcError
from mlc.compiler.index_expr import Ix, all_of
from mlc.compiler.targets.cuda.hopper import layouts
from mlc.passes import Pass
from mlc.passes.emulate_warp_collectives import _thread_loop, _threads

WORKGROUP = "#gpu.address_space<workgroup>"
_ERASED = (
    "nvvm.fence.mbarrier.init",
    "nvgpu.tma.prefetch.descriptor",
    "nvgpu.mbarrier.init",
    "nvgpu.mbarrier.arrive.expect_tx",
    "nvgpu.warpgroup.generate.descriptor",
)


def _fail(op: ir.Operation, what: str) -> MlcError:
    return MlcError(f"emulate-tma-wgmma: {what}", loc=op.location)


def _shape(text: str) -> tuple[list[int], str]:
    """Shape and element type of the ``memref<...>`` inside a type's text."""
    inner = text[text.index("memref<") + 7 :].split(",")[0].rstrip(">")
    *dims, element = inner.split("x")
    return [int(d) for d in dims], element


@dataclass
class _Smem:
    """The dynamic shared memory of one kernel, as a workgroup global, and typed views of it."""

    raw: ir.Value  # memref<N x i8, workgroup>

    def typed(self, element: ir.Type, nbytes: int) -> ir.Value:
        width = ir.IntegerType(element).width if isinstance(element, ir.IntegerType) else None
        bytes_ = (width or _float_bits(element)) // 8
        t = ir.MemRefType.get([nbytes // bytes_], element, memory_space=ir.Attribute.parse(WORKGROUP))
        return memref.view(t, self.raw, Ix(0).ir(), [])


def _float_bits(t: ir.Type) -> int:
    return {"f16": 16, "bf16": 16, "f32": 32, "f64": 64}[str(t)]


def _view_offset(value: ir.Value, op: ir.Operation) -> Ix:
    """The byte offset in dynamic shared memory of ``value``, a ``memref.view`` of it."""
    owner = value.owner if isinstance(value, ir.OpResult) else None
    if owner is None or owner.name != "memref.view":
        raise _fail(op, "a shared-memory operand is not a memref.view of dynamic shared memory")
    return Ix(owner.operands[1])


class _Kernel:
    """Rewrites the ops of one kernel function (see the pass doc)."""

    def __init__(self, kfunc: ir.Operation, nbytes: int) -> None:
        self.kfunc = kfunc
        self.nbytes = nbytes
        self.name = ir.StringAttr(kfunc.attributes["sym_name"]).value

    # -- memory ---------------------------------------------------------------------------
    def dynamic_shared(self, op: ir.Operation) -> None:
        t = ir.MemRefType.get(
            [self.nbytes], ir.IntegerType.get_signless(8), memory_space=ir.Attribute.parse(WORKGROUP)
        )
        name = f"{self.name}_dynamic_shared"
        with ir.InsertionPoint(self.kfunc), self.kfunc.location:
            memref.GlobalOp(name, ir.TypeAttr.get(t), sym_visibility="private", alignment=1024)
        with ir.InsertionPoint(op), op.location:
            whole = memref.get_global(t, name)
        for use in list(op.results[0].uses):
            if use.owner.name != "memref.view":
                raise _fail(use.owner, "dynamic shared memory is used other than through memref.view")
        op.results[0].replace_all_uses_with(whole)  # a view's source may have a static size
        op.erase()

    def smem(self, op: ir.Operation, value: ir.Value) -> _Smem:
        owner = value.owner if isinstance(value, ir.OpResult) else None
        if owner is None or owner.name != "memref.view":
            raise _fail(op, "a shared-memory operand is not a memref.view of dynamic shared memory")
        return _Smem(owner.operands[0])

    # -- TMA --------------------------------------------------------------------------------
    def tma_load(self, op: ir.Operation) -> None:
        """The box at the coordinates, zero outside the tensor, written swizzled into the view;
        done by the issuing thread at once (its mbarrier wait becomes a block barrier)."""
        desc = op.operands[2]
        source = _tensor_source(desc, op)
        src_type = ir.MemRefType(source.type)
        rows, cols = src_type.shape
        box_rows, box_cols = _shape(str(desc.type))[0]
        n_coords = len(src_type.shape)
        coords = [Ix(v) for v in op.operands[3 : 3 + n_coords]]
        predicate = op.operands[-1] if len(op.operands) > 3 + n_coords + 1 else None
        dst = op.operands[0]
        base = _view_offset(dst, op)
        element = src_type.element_type
        eb = _float_bits(element) // 8
        smem = self.smem(op, dst).typed(element, self.nbytes)

        def body() -> None:
            lo, hi, one = Ix(0).ir(), Ix(box_rows * box_cols).ir(), Ix(1).ir()
            loop = scf.ForOp(lo, hi, one, [])
            with ir.InsertionPoint(loop.body):
                e = Ix(loop.induction_variable)
                r, c = e // box_cols, e % box_cols
                g_row, g_col = coords[1] + r, coords[0] + c
                inside = all_of([g_row.lt(rows), g_col.lt(cols)])
                value = _guarded_load(source, [g_row.min(rows - 1), g_col.min(cols - 1)], inside, element)
                offset = layouts.swizzle_128b(base + r * layouts.SWIZZLE_ROW + c * eb)
                memref.store(value, smem, [(offset // eb).ir()])
                scf.YieldOp([])

        _when(predicate, body)
        op.erase()

    # -- wgmma -----------------------------------------------------------------------------
    def init_accumulator(self, op: ir.Operation) -> None:
        t = _per_thread(op.results[0].type)
        zero = arith.constant(t, ir.DenseElementsAttr.get_splat(t, ir.FloatAttr.get_f32(0.0)))
        op.results[0].replace_all_uses_with(zero)
        op.erase()

    def mma(self, op: ir.Operation) -> None:
        """Each thread accumulates its own values (``layouts.accumulator_position``) from A and
        B in shared memory, addressed through their descriptors and the swizzle."""
        da, db, acc = op.operands[0], op.operands[1], op.operands[2]
        (m, ka), element = _shape(str(da.type))
        (kb, n), _ = _shape(str(db.type))
        transpose_b = "transposeB" in op.attributes
        a_view, _ = _descriptor(da, op)
        b_view, b_map = _descriptor(db, op)
        a_start, b_start = _view_offset(a_view, op), _view_offset(b_view, op)
        el = ir.Type.parse(element)
        eb = _float_bits(el) // 8
        smem = self.smem(op, a_view).typed(el, self.nbytes)
        lead = layouts.lbo(_shape(str(b_map.type))[0][0])
        thread = self.thread(op) % 128
        count = m * n // 128
        f32 = ir.F32Type.get()
        loop = scf.ForOp(Ix(0).ir(), Ix(count).ir(), Ix(1).ir(), [acc])
        with ir.InsertionPoint(loop.body):
            i = Ix(loop.induction_variable)
            row, col = layouts.accumulator_position(thread, i)
            start = vector.extract(loop.inner_iter_args[0], [i.ir()], [ir.ShapedType.get_dynamic_size()])
            inner = scf.ForOp(Ix(0).ir(), Ix(ka).ir(), Ix(1).ir(), [start])
            with ir.InsertionPoint(inner.body):
                k = Ix(inner.induction_variable)
                a_at = layouts.swizzle_128b(layouts.k_major_offset(a_start, row, k, eb))
                if transpose_b:
                    b_at = layouts.mn_major_offset(b_start, k, col, eb, lead)
                else:
                    b_at = layouts.k_major_offset(b_start, col, k, eb)
                b_at = layouts.swizzle_128b(b_at)
                x = arith.extf(f32, memref.load(smem, [(a_at // eb).ir()]))
                y = arith.extf(f32, memref.load(smem, [(b_at // eb).ir()]))
                scf.YieldOp([arith.addf(inner.inner_iter_args[0], arith.mulf(x, y))])
            dynamic = [ir.ShapedType.get_dynamic_size()]
            new = vector.insert(inner.results[0], loop.inner_iter_args[0], [i.ir()], dynamic)
            scf.YieldOp([new])
        if kb != ka:
            raise _fail(op, f"A and B disagree on k ({ka}, {kb})")
        op.results[0].replace_all_uses_with(loop.results[0])
        op.erase()

    def mma_store(self, op: ir.Operation) -> None:
        acc, dst = op.operands[0], op.operands[1]
        rows, cols = ir.MemRefType(dst.type).shape
        thread = self.thread(op) % 128
        loop = scf.ForOp(Ix(0).ir(), Ix(rows * cols // 128).ir(), Ix(1).ir(), [])
        with ir.InsertionPoint(loop.body):
            i = Ix(loop.induction_variable)
            row, col = layouts.accumulator_position(thread, i)
            value = vector.extract(acc, [i.ir()], [ir.ShapedType.get_dynamic_size()])
            memref.store(value, dst, [row.ir(), col.ir()])
            scf.YieldOp([])
        op.erase()

    def thread(self, op: ir.Operation) -> Ix:
        return _threads(_thread_loop(op))[0]

    def retype_loops(self) -> None:
        """Loops carrying a wgmma accumulator carry each thread's ``vector<N/2 x f32>``."""

        def visit(op: ir.Operation) -> ir.WalkResult:
            if op.name == "scf.for":
                args = op.regions[0].blocks[0].arguments
                for i, result in enumerate(op.results):
                    if str(result.type).startswith("!nvgpu.warpgroup.accumulator"):
                        vt = _per_thread(result.type)
                        result.set_type(vt)
                        args[i + 1].set_type(vt)
            return ir.WalkResult.ADVANCE

        self.kfunc.walk(visit)

    def run(self, found: dict[str, list[ir.Operation]]) -> None:
        self.retype_loops()
        for name, rewrite in (
            ("gpu.dynamic_shared_memory", self.dynamic_shared),
            ("nvgpu.tma.async.load", self.tma_load),
            ("nvgpu.warpgroup.mma.init.accumulator", self.init_accumulator),
            ("nvgpu.warpgroup.mma", self.mma),
            ("nvgpu.warpgroup.mma.store", self.mma_store),
        ):
            for o in found.get(name, []):
                if name == "gpu.dynamic_shared_memory":
                    rewrite(o)
                    continue
                with ir.InsertionPoint(o), o.location:
                    rewrite(o)
        for name in _ERASED:
            for o in found.get(name, []):
                o.erase()
        for o in found.get("nvgpu.mbarrier.try_wait.parity", []):
            with ir.InsertionPoint(o), o.location:
                gpu.BarrierOp()  # the loads it waits for were done by their issuing thread
            o.erase()
        for name in ("nvgpu.mbarrier.create", "nvgpu.tma.create.descriptor"):
            for o in found.get(name, []):
                if any(True for _ in o.results[0].uses):
                    raise _fail(o, f"'{name}' is used by an op this pass does not emulate")
                o.erase()


@dataclass(frozen=True)
class EmulateTmaWgmma(Pass):
    """Rewrite the sm_90 ops of ``hopper-gemm`` kernels (GPU-mapped loops) into per-thread code
    with the same results when the threads run one after another (the CPU emulator; run
    ``emulate-warp-collectives`` and ``serialize-barriers`` afterwards):

    * ``gpu.dynamic_shared_memory`` becomes a workgroup global of the kernel's size
      (``mlc.tensorized``'s ``dynamic_shared``);
    * ``nvgpu.tma.async.load`` (2-D, 128-byte swizzle) becomes a copy, by the thread that issues
      it, of the box at its coordinates from the memref the tensor map was made from, zero
      outside it, each element written where the swizzle puts it
      (``mlc.compiler.targets.cuda.hopper.layouts``);
    * ``nvgpu.mbarrier.try_wait.parity`` becomes a block barrier (the copies it waits for
      are done), ``mbarrier.create/init/arrive.expect_tx``, ``fence.mbarrier_init``,
      tensor-map prefetches and creation disappear;
    * ``nvgpu.warpgroup.mma`` becomes, per thread, its ``N / 2`` accumulator values of the
      m64nNk16 product (the PTX ISA's fragment layout) read from shared memory through the
      descriptors' addressing (K-major or MN-major, SBO 1024, LBO as upstream sets it) and
      the swizzle; the accumulator is a ``vector<N/2 x f32>`` per thread;
      ``warpgroup.mma.init.accumulator`` is zeros and ``warpgroup.mma.store`` stores each
      thread's values at their positions.

    What this checks: the kernel's tiling, pipeline slots and barriers, edges, epilogue, and
    that TMA's swizzled writes and wgmma's descriptor reads agree under this model of the
    hardware. What it cannot check: that the hardware reads descriptors this way (a model,
    from the PTX ISA and upstream's lowering), the mbarrier phases (every wait is a barrier)
    and the asynchrony of wgmma."""

    NAME = "emulate-tma-wgmma"
    SUMMARY = "sm_90 TMA loads, mbarriers and wgmma as per-thread CPU code (the CUDA emulator)"

    def run(self, op: ir.Operation) -> None:
        from mlc.compiler.targets.cuda.kernels import is_kernel_function

        for o in op.regions[0].blocks[0].operations:
            kfunc = o.operation
            if kfunc.name != "func.func" or not is_kernel_function(kfunc):
                continue
            found: dict[str, list[ir.Operation]] = {}

            def collect(nested: ir.Operation, found=found) -> ir.WalkResult:
                if nested.name.startswith(("nvgpu.tma", "nvgpu.mbarrier", "nvgpu.warpgroup")) or (
                    nested.name in ("gpu.dynamic_shared_memory", "nvvm.fence.mbarrier.init")
                ):
                    found.setdefault(nested.name, []).append(nested)
                return ir.WalkResult.ADVANCE

            kfunc.walk(collect)
            if not found:
                continue
            with kfunc.location:
                _Kernel(kfunc, _dynamic_shared_bytes(kfunc)).run(found)


def _dynamic_shared_bytes(kfunc: ir.Operation) -> int:

    if attributes.TENSORIZED not in kfunc.attributes:
        raise _fail(kfunc, "a kernel with sm_90 ops has no mlc.tensorized record of its shared memory")
    record = ir.DictAttr(kfunc.attributes[attributes.TENSORIZED])
    if "dynamic_shared" not in record:
        raise _fail(kfunc, "a kernel with sm_90 ops has no dynamic_shared size")
    return ir.IntegerAttr(record["dynamic_shared"]).value


def _tensor_source(desc: ir.Value, op: ir.Operation) -> ir.Value:
    """The ranked memref a tensor map was made from (through its ``memref.cast``)."""
    owner = desc.owner if isinstance(desc, ir.OpResult) else None
    if owner is None or owner.name != "nvgpu.tma.create.descriptor":
        raise _fail(op, "a tensor map does not come from nvgpu.tma.create.descriptor in this function")
    cast = owner.operands[0].owner
    if not isinstance(owner.operands[0], ir.OpResult) or cast.name != "memref.cast":
        raise _fail(op, "a tensor map is not made from a memref.cast")
    source = cast.operands[0]
    if len(ir.MemRefType(source.type).shape) != 2:
        raise _fail(op, "only 2-D tensor maps are emulated")
    return source


def _descriptor(value: ir.Value, op: ir.Operation) -> tuple[ir.Value, ir.Value]:
    """(shared-memory view, tensor map) a warpgroup descriptor was generated from."""
    owner = value.owner if isinstance(value, ir.OpResult) else None
    if owner is None or owner.name != "nvgpu.warpgroup.generate.descriptor":
        raise _fail(op, "a wgmma operand is not a nvgpu.warpgroup.generate.descriptor")
    return owner.operands[0], owner.operands[1]


def _per_thread(t: ir.Type) -> ir.VectorType:
    """What one warpgroup thread holds of a fragmented accumulator type."""
    shape, _ = _fragment(t)
    return ir.VectorType.get([shape[0] * shape[1] // 128], ir.F32Type.get())


def _fragment(t: ir.Type) -> tuple[list[int], str]:
    text = str(t)
    inner = text[text.index("vector<") + 7 :].split(">")[0]
    *dims, element = inner.split("x")
    return [int(d) for d in dims], element


def _guarded_load(source: ir.Value, idx: list[Ix], inside, element: ir.Type) -> ir.Value:
    if inside is True:
        return memref.load(source, [i.ir() for i in idx])
    branch = scf.IfOp(inside, [element], has_else=True)
    with ir.InsertionPoint(branch.then_block):
        scf.YieldOp([memref.load(source, [i.ir() for i in idx])])
    with ir.InsertionPoint(branch.else_block):
        scf.YieldOp([arith.constant(element, 0.0)])
    return branch.results[0]


def _when(cond: ir.Value | None, body) -> None:
    if cond is None:
        body()
        return
    branch = scf.IfOp(cond)
    with ir.InsertionPoint(branch.then_block):
        body()
        scf.YieldOp([])
