"""Which kernels take the tensor-core GEMM path, with which tiles (the CUDA target's hook).

At the end of the ``kernels`` stage every kernel function that holds one GEMM-class
contraction (``tensorize-gemm``'s matcher) with f16 or bf16 inputs and an f32 accumulator
gets ``mlc.gemm``: the ``tensorize-gemm`` pass, with its options, that the ``map`` stage
runs on it instead of the mapping pipeline. f32 GEMMs take ``simt-gemm`` (shared-memory
tiles, 8x8 register blocking per thread, FMAs) unless ``--allow-tf32``: then they take the
tensor cores too, inputs rounded to TF32.

Tiles: 128x128x32 blocks of four 64x64 warp tiles when the problem has at least one such
block per SM; 64x64x32 blocks of four 32x32 warp tiles otherwise (small GEMMs get more
blocks) and for convolutions whose image is staged element by element; 3 stages unless a
fourth fits in the static shared memory of a block.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.targets.cuda.options import CudaOptions
from mlc.compiler.targets.limits import STATIC_SHARED_BYTES_PER_BLOCK

if TYPE_CHECKING:
    from mlir import ir

    from mlc.passes.tensorize_gemm import Contraction, TileConfig

TENSOR_CORE_ARCHS = ("sm_80", "sm_90")  # mma.sync m16n8k16 with ldmatrix and cp.async: sm_80 and later
# Candidate tiles, largest first: (block m, n, k, warp m, n).
TILES = ((128, 128, 32, 64, 64), (64, 64, 32, 32, 32))
STAGES = (4, 3)  # the deepest pipeline that fits, at least 3
MIN_WARPS_PER_SM = 8  # the occupancy target: two warps per scheduler, to hide mma and ldmatrix latency


def occupancy_target(threads: int) -> int:
    """Blocks of ``threads`` that must be resident per SM to reach ``MIN_WARPS_PER_SM``."""
    return math.ceil(MIN_WARPS_PER_SM / math.ceil(threads / 32))


def choose_config(con: Contraction, options: CudaOptions) -> TileConfig:
    """The tile configuration of a GEMM on ``options``' GPU (see the module doc)."""
    from mlc.passes.tensorize_gemm import TileConfig

    spec = options.spec
    m, n, _ = con.size
    eb = con.a.element_bytes
    # A gathered operand (a convolution's image) staged element by element: its per-element
    # index arithmetic does not fit the large tile's registers (ptxas spills), the small does.
    small = any(
        o.terms is not None and (o.inner is None or (o.run or 16) % (16 // eb)) for o in (con.a, con.b)
    )
    for i, (bm, bn, bk, wm, wn) in enumerate(TILES):
        blocks = con.batch_count * math.ceil(m / bm) * math.ceil(n / bn)
        if blocks >= spec.sm_count or i == len(TILES) - 1:
            if small and i < len(TILES) - 1:
                continue
            for stages in STAGES:
                cfg = TileConfig(bm, bn, bk, wm, wn, stages)
                if cfg.shared_bytes(eb) <= STATIC_SHARED_BYTES_PER_BLOCK:
                    return cfg
    raise AssertionError("no tile configuration fits")  # the last candidate always does


def pass_spec(cfg: TileConfig, tf32: bool = False) -> str:
    """The ``tensorize-gemm`` pipeline element for ``cfg``."""
    return (
        f"tensorize-gemm{{block={cfg.block_m},{cfg.block_n},{cfg.block_k} "
        f"warp={cfg.warp_m},{cfg.warp_n} stages={cfg.stages}{' tf32=true' if tf32 else ''}}}"
    )


def input_elements(options: CudaOptions) -> tuple[str, ...]:
    """Input element types whose GEMMs take the tensor cores on ``options``' target."""
    from mlc.passes.tensorize_gemm import TENSOR_ELEMENTS

    return (*TENSOR_ELEMENTS, "f32") if options.allow_tf32 else TENSOR_ELEMENTS


def tensor_core_contraction(kfunc: ir.Operation, options: CudaOptions) -> Contraction | None:
    """The contraction of ``kfunc`` if it takes the tensor cores on ``options``' target."""
    from mlc.passes.tensorize_gemm import NotAGemm, match_kernel

    if options.arch not in TENSOR_CORE_ARCHS or attributes.SINGLE_THREAD in kfunc.attributes:
        return None
    if attributes.ATTENTION in kfunc.attributes:
        return None
    try:
        con = match_kernel(kfunc).contraction
    except NotAGemm:
        return None
    if (
        con.a.element not in input_elements(options)
        or con.b.element != con.a.element
        or con.c.element != "f32"
    ):
        return None
    return con


SIMT_SPEC = "simt-gemm"


def simt_contraction(kfunc: ir.Operation, options: CudaOptions) -> bool:
    """``kfunc`` is an f32 GEMM that ``simt-gemm`` takes (no TF32 asked for)."""
    from mlc.passes.tensorize_gemm import NotAGemm, match_kernel

    if options.arch not in TENSOR_CORE_ARCHS or attributes.ATTENTION in kfunc.attributes:
        return False
    if attributes.SINGLE_THREAD in kfunc.attributes:
        return False
    try:
        con = match_kernel(kfunc).contraction
    except NotAGemm:
        return False
    return (con.a.element, con.b.element, con.c.element) == ("f32", "f32", "f32")


def mark_gemm_kernels(module: ir.Module, host: ir.Operation, options: CudaOptions) -> None:
    """Give every kernel function that takes the tensor-core path its ``mlc.gemm`` pass, and
    fuse into it the fill of its output before it and the elementwise kernel after it that
    is the only reader of its output (bias, activation, residual, cast: one kernel)."""
    from mlir import ir

    from mlc.compiler.targets.cuda.hopper import choose_config as hopper_config
    from mlc.compiler.targets.cuda.hopper import pass_spec as hopper_spec

    fuser = _Fuser(module, host)
    gemms = []
    for name, kfunc in fuser.kernels.items():
        con = tensor_core_contraction(kfunc, options)
        if con is not None:
            hopper = hopper_config(kfunc, options)  # sm_90: TMA + wgmma where the operands fit
            spec = (
                hopper_spec(hopper)
                if hopper is not None
                else pass_spec(choose_config(con, options), tf32=con.a.element == "f32")
            )
            kfunc.attributes[attributes.GEMM] = ir.StringAttr.get(spec)
            gemms.append(name)
        elif simt_contraction(kfunc, options):  # f32 without TF32: register-blocked CUDA cores
            kfunc.attributes[attributes.GEMM] = ir.StringAttr.get(SIMT_SPEC)
            gemms.append(name)
    for name in gemms:
        calls = [c for c in _host_calls(host) if _callee(c) == name]
        if len(calls) == 1:  # a kernel called once (they all are: one per compute op)
            fuser.fuse(calls[0])
    fuser.drop_dead_calls()
    for name in gemms:  # hopper-gemm does not take every fused kernel (a broadcast start)
        kfunc = fuser.kernels[name]
        spec = ir.StringAttr(kfunc.attributes[attributes.GEMM]).value
        if spec.startswith("hopper-gemm") and hopper_config(kfunc, options) is None:
            con = tensor_core_contraction(kfunc, options)
            if con is not None:
                spec = pass_spec(choose_config(con, options), tf32=con.a.element == "f32")
                kfunc.attributes[attributes.GEMM] = ir.StringAttr.get(spec)


def _tensor_core_types(op: ir.Operation, options: CudaOptions) -> bool:
    """``op`` (linalg on tensors) is a contraction the tensor cores would take on this target."""
    from mlir import ir
    from mlir.dialects import linalg

    view = op.opview
    if not hasattr(view, "inputs") or len(view.inputs) != 2 or len(view.outputs) != 1:
        return False
    if not all(isinstance(v.type, ir.RankedTensorType) for v in (*view.inputs, *view.outputs)):
        return False
    elements = [str(ir.ShapedType(v.type).element_type) for v in (*view.inputs, *view.outputs)]
    if elements[0] not in input_elements(options) or elements[1] != elements[0] or elements[2] != "f32":
        return False
    try:
        return linalg.isa_contraction_op(op)
    except (TypeError, ValueError):
        return False


def keep_gemm_operands(module: ir.Module, options: CudaOptions) -> None:
    """Shield the operands and results of the contractions that will take the tensor cores from
    elementwise fusion (run just before it; its canonicalization removes the shields).

    Fusing an elementwise producer into a GEMM recomputes it for every output column, and
    propagating a reshape through it turns a matmul into a contraction over several loops;
    either one loses the GEMM. A pair of ``tensor.cast``s (to a dynamic shape and back) is
    something neither pattern looks through, and that canonicalization folds away.
    """
    from mlir import ir
    from mlir.dialects import tensor

    if not options.tensor_cores or options.arch not in TENSOR_CORE_ARCHS:
        return
    found: list[ir.Operation] = []

    def visit(o: ir.Operation) -> ir.WalkResult:
        if o.name.startswith("linalg.") and _tensor_core_types(o, options):
            found.append(o)
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)

    def shield(value: ir.Value) -> ir.Value:
        rtype = ir.RankedTensorType(value.type)
        dynamic = ir.RankedTensorType.get([ir.ShapedType.get_dynamic_size()] * rtype.rank, rtype.element_type)
        return tensor.cast(rtype, tensor.cast(dynamic, value))

    for op in found:
        with ir.InsertionPoint(op), op.location:
            for i, value in enumerate(list(op.operands)):
                op.operands[i] = shield(value)
        result = op.results[0]
        users = [u.owner.operation for u in result.uses]
        after = op.block.operations[_index_in(op) + 1].operation
        with ir.InsertionPoint(after), op.location:
            shielded = shield(result)
        for user in users:
            for i, v in enumerate(list(user.operands)):
                if v == result:
                    user.operands[i] = shielded


def _index_in(op: ir.Operation) -> int:
    for i, o in enumerate(op.block.operations):
        if o.operation == op:
            return i
    raise ValueError("operation not in its block")


def _host_calls(host: ir.Operation) -> list[ir.Operation]:
    return [o.operation for o in host.regions[0].blocks[0].operations if o.operation.name == "func.call"]


def _callee(call: ir.Operation) -> str:
    from mlir import ir

    return ir.FlatSymbolRefAttr(call.attributes["callee"]).value


class _Fuser:
    """Merges a GEMM kernel's fill (before it) and elementwise consumer (after it) into it."""

    def __init__(self, module: ir.Module, host: ir.Operation) -> None:
        from mlc.compiler.targets.cuda.kernels import kernel_functions

        self.module, self.host = module, host
        self.kernels = kernel_functions(module)

    def fuse(self, call: ir.Operation) -> ir.Operation:
        """Fuse around the GEMM kernel ``call`` calls; returns the (possibly new) call."""
        from mlc.passes.tensorize_gemm.contraction import match_kernel

        kfunc = self.kernels[_callee(call)]
        con = match_kernel(kfunc).contraction
        c_host = call.operands[list(kfunc.regions[0].blocks[0].arguments).index(con.c.value)]
        fill = self._constant_source(call, c_host)
        if fill is not None:  # the GEMM starts from the fill's constant, in its own output
            call = self._merge(fill, call, before=True, keep_other=True, alias=c_host) or call
            self.drop_dead_calls()
        else:
            bias = self._broadcast_source(call, c_host)
            if bias is not None:  # the GEMM starts from a broadcast bias
                call = self._merge(bias, call, before=True) or call
        pad = self._pad_calls(call, match_kernel(self.kernels[_callee(call)]).contraction)
        if pad is not None:  # the convolution reads the unpadded image, zero outside
            call = self._merge(pad, call, before=True) or call
        calls = _host_calls(self.host)
        at = calls.index(call)
        nxt = calls[at + 1] if at + 1 < len(calls) else None
        if nxt is not None and self._sole_consumer(c_host, call, nxt):
            call = self._merge(nxt, call, before=False) or call
        return call

    def _broadcast_source(self, call: ir.Operation, c_host: ir.Value) -> ir.Operation | None:
        """The call that last wrote ``c_host`` before ``call`` when it writes it from one other
        buffer (a broadcast bias) and no call between touches ``c_host`` or writes that buffer."""
        order = _host_calls(self.host)
        before = order[: order.index(call)]
        for i in range(len(before) - 1, -1, -1):
            earlier = before[i]
            if not any(_root(v) == _root(c_host) for v in earlier.operands):
                continue
            if len(earlier.operands) != 2 or earlier.operands[1] != c_host:
                return None
            if self._may_write(before[i + 1 :], _root(earlier.operands[0])):
                return None
            kfunc = self.kernels.get(_callee(earlier))
            return (
                earlier if kfunc is not None and _ints(kfunc.attributes[attributes.WRITTEN]) == [1] else None
            )
        return None

    def _pad_calls(self, call: ir.Operation, con) -> list[ir.Operation] | None:
        """The fill and copy calls that pad the image of the implicit GEMM ``call`` calls
        (``tensor.pad`` after bufferization: zeros into a buffer, then the image into a
        subview of it), when nothing else uses that buffer and nothing between the copy and
        ``call`` writes the image; else None."""
        from mlir import ir

        image = next((o for o in (con.a, con.b) if o.terms is not None), None)
        if image is None:
            return None
        args = list(self.kernels[_callee(call)].regions[0].blocks[0].arguments)
        padded = call.operands[args.index(image.value)]
        if not isinstance(padded, ir.OpResult) or padded.owner.name != "memref.alloc":
            return None
        users = [u.owner.operation for u in padded.uses]
        views = [u for u in users if u.name == "memref.subview"]
        calls = [u for u in users if u.name == "func.call" and u != call]
        if len(views) != 1 or len(calls) != 1 or len(users) != 3:
            return None
        view = views[0].results[0]
        copies = [u.owner.operation for u in view.uses]
        fill = calls[0]
        if len(copies) != 1 or copies[0].name != "func.call" or list(fill.operands) != [padded]:
            return None
        copy = copies[0]
        if len(copy.operands) != 2 or copy.operands[1] != view:
            return None
        order = _host_calls(self.host)
        if not order.index(fill) < order.index(copy) < order.index(call):
            return None
        if self._may_write(order[order.index(copy) + 1 : order.index(call)], _root(copy.operands[0])):
            return None
        return [fill, copy]

    def _may_write(self, calls: list[ir.Operation], root: ir.Value) -> bool:
        """One of ``calls`` may write the buffer ``root`` (or is not a kernel call)."""
        for between in calls:
            kfunc = self.kernels.get(_callee(between))
            if kfunc is None:
                return True
            written = [between.operands[i] for i in _ints(kfunc.attributes[attributes.WRITTEN])]
            if any(_root(v) == root for v in written):
                return True
        return False

    def _kind(self, call: ir.Operation) -> str:
        from mlir import ir

        return ir.StringAttr(self.kernels[_callee(call)].attributes[attributes.KERNEL]).value

    def _constant_source(self, call: ir.Operation, c_host: ir.Value) -> ir.Operation | None:
        """The fill kernel call whose constant the buffer ``c_host`` holds when ``call`` runs:
        the last kernel writing it is that fill, or a copy from a buffer holding it."""

        calls = _host_calls(self.host)
        target = c_host
        for earlier in reversed(calls[: calls.index(call)]):
            kfunc = self.kernels.get(_callee(earlier))
            if kfunc is None:
                return None
            written = [earlier.operands[i] for i in _ints(kfunc.attributes[attributes.WRITTEN])]
            if not any(_root(v) == _root(target) for v in written):
                continue
            kind = self._kind(earlier)
            if kind == "linalg.fill" and list(earlier.operands) == [target]:
                return earlier
            if kind == "linalg.copy" and earlier.operands[1] == target:
                target = earlier.operands[0]
                continue
            return None
        return None

    def drop_dead_calls(self) -> None:
        """Remove fill and copy kernel calls whose result no one reads any more (a GEMM that
        took their constant as its initial accumulator overwrites it first)."""
        changed = True
        while changed:
            changed = False
            calls = _host_calls(self.host)
            for i, call in enumerate(calls):
                if self._kind(call) not in ("linalg.fill", "linalg.copy"):
                    continue
                out = call.operands[-1]
                if _is_dead_after(out, calls[i + 1 :], self.kernels, self.host):
                    name = _callee(call)
                    call.erase()
                    if not any(_callee(c) == name for c in _host_calls(self.host)):
                        self.kernels.pop(name).erase()
                    changed = True
                    break

    def _sole_consumer(self, c_host: ir.Value, call: ir.Operation, nxt: ir.Operation) -> bool:
        """``c_host`` is an intermediate that only the GEMM writes and ``nxt`` reads (directly
        or through reshapes used by nothing else), or ``nxt`` overwrites it in place (an
        elementwise op on the GEMM's result, e.g. batch norm and ReLU after a convolution:
        later readers see the epilogue's result either way)."""
        from mlir import ir

        operands = list(nxt.operands)
        if operands.count(c_host) == 1:
            written = _ints(self.kernels[_callee(nxt)].attributes[attributes.WRITTEN])
            if operands.index(c_host) in written:
                return True
        if not isinstance(c_host, ir.OpResult) or c_host.owner.name != "memref.alloc":
            return False
        for use in c_host.uses:
            user = use.owner.operation
            if user in (call, nxt):
                continue
            if user.name not in _RESHAPES or any(u.owner.operation != nxt for u in user.results[0].uses):
                return False
        return True

    def _merge(
        self,
        other_call: ir.Operation | list[ir.Operation],
        call: ir.Operation,
        before: bool,
        keep_other: bool = False,
        alias: ir.Value | None = None,
    ) -> ir.Operation | None:
        """``call``'s kernel with the body of ``other_call``'s kernel (or of each of a list of
        calls, in order) moved in before or after its ops, when the result is still a GEMM
        ``tensorize-gemm`` takes; the host then calls it once with all kernels' arguments (and,
        with ``keep_other``, still calls the others; ``alias``: the other's only argument is
        taken to be this buffer). Returns the new call, or None (nothing changed)."""
        from mlir import ir
        from mlir.dialects import func

        from mlc.compiler.targets.cuda.kernels import written_params
        from mlc.passes.tensorize_gemm.contraction import NotAGemm, match_kernel

        others = other_call if isinstance(other_call, list) else [other_call]
        name = _callee(call)
        kfunc = self.kernels[name]
        merged = kfunc.clone(ir.InsertionPoint(kfunc))
        body = merged.regions[0].blocks[0]
        operands = list(call.operands)
        anchor = body.operations[0] if before else body.operations[len(body.operations) - 1]
        for oc in others:
            other = self.kernels[_callee(oc)]
            mapping: dict = {}
            views = []
            other_operands = [alias] if alias is not None else list(oc.operands)
            for arg, value in zip(other.regions[0].blocks[0].arguments, other_operands, strict=True):
                if value in operands:
                    mapping[arg] = body.arguments[operands.index(value)]
                elif _view_of(value, operands):
                    views.append((arg, value.owner.operation, operands.index(value.owner.operands[0])))
                else:
                    mapping[arg] = body.add_argument(arg.type, arg.location)
                    operands.append(value)
            ops = [o.operation for o in other.regions[0].blocks[0].operations][:-1]
            for arg, view, source in views:  # a view of one of our buffers: taken here
                copy = view.clone(ir.InsertionPoint(body.operations[0]))
                copy.operands[0] = body.arguments[source]
                mapping[arg] = copy.results[0]
            for op in ops:
                copy = op.clone(ir.InsertionPoint(anchor))
                _remap(copy, mapping)
                for old, new in zip(op.results, copy.results, strict=True):
                    mapping[old] = new
        merged.attributes["function_type"] = ir.TypeAttr.get(
            ir.FunctionType.get([a.type for a in body.arguments], [])
        )
        try:
            match_kernel(merged)
        except NotAGemm:
            merged.erase()
            return None
        kinds = [
            ir.StringAttr(self.kernels[_callee(oc)].attributes[attributes.KERNEL]).value for oc in others
        ]
        mine = ir.StringAttr(kfunc.attributes[attributes.KERNEL]).value
        merged.attributes[attributes.KERNEL] = ir.StringAttr.get(
            " + ".join([*kinds, mine] if before else [mine, *kinds])
        )
        merged.attributes[attributes.WRITTEN] = ir.DenseI64ArrayAttr.get(written_params(merged))
        kfunc.erase()
        self.kernels[name] = merged
        if not keep_other:
            for oc in others:
                other_name = _callee(oc)
                if other_name in self.kernels:
                    self.kernels.pop(other_name).erase()
        # after: at the consumer's place, where its output exists (only allocations and views
        # lie between the two calls: nothing else reads or writes their buffers)
        with ir.InsertionPoint(call if before else others[-1]), call.location:
            new_call = func.CallOp([], ir.FlatSymbolRefAttr.get(name), operands)
        call.erase()
        if not keep_other:
            for oc in others:
                oc.erase()
        return new_call.operation


_RESHAPES = ("memref.expand_shape", "memref.collapse_shape")


def _reshape_of(value: ir.Value, operands: list[ir.Value]) -> bool:
    """``value`` is a reshape of one of ``operands`` (a view of all of it)."""
    from mlir import ir

    owner = value.owner if isinstance(value, ir.OpResult) else None
    return owner is not None and owner.name in _RESHAPES and owner.operands[0] in operands


def _view_of(value: ir.Value, operands: list[ir.Value]) -> bool:
    """``value`` is a reshape or a static subview of one of ``operands`` (a view a merged
    kernel can take of its own argument)."""
    from mlir import ir

    if _reshape_of(value, operands):
        return True
    owner = value.owner if isinstance(value, ir.OpResult) else None
    return (
        owner is not None
        and owner.name == "memref.subview"
        and len(owner.operands) == 1
        and owner.operands[0] in operands
    )


def _ints(attr: ir.Attribute) -> list[int]:
    from mlir import ir

    return list(ir.DenseI64ArrayAttr(attr))


def _root(value: ir.Value) -> ir.Value:
    """The allocation (or argument) ``value`` views."""
    from mlir import ir

    from mlc.compiler.targets.cuda.host import VIEW_OPS

    while isinstance(value, ir.OpResult) and value.owner.name in VIEW_OPS:
        value = value.owner.operands[0]
    return value


def overwrites(generic: ir.Operation, arg: ir.Value) -> bool:
    """``generic`` is elementwise and writes all of ``arg`` without reading it."""
    from mlir import ir

    if generic.name != "linalg.generic":
        return False
    n_in = len(generic.opview.inputs)
    outs = list(generic.operands[n_in:])
    if arg not in outs or arg in list(generic.operands[:n_in]):
        return False
    k = n_in + outs.index(arg)
    amap = ir.AffineMapAttr(ir.ArrayAttr(generic.attributes["indexing_maps"])[k]).value
    parallel = all("parallel" in str(a) for a in ir.ArrayAttr(generic.attributes["iterator_types"]))
    unused = not list(generic.regions[0].blocks[0].arguments[k].uses)
    return parallel and unused and amap == ir.AffineMap.get_identity(amap.n_dims)


def _reads_first(kfunc: ir.Operation, param: int) -> bool:
    """Whether ``kfunc`` may read parameter ``param``'s contents before overwriting them (only
    a kernel that starts by filling it all does not)."""
    from mlc.passes.tensorize_gemm.contraction import NotAGemm, compute_ops, fill_constant

    ops = compute_ops(kfunc)
    if not ops:
        return False
    if len(ops) == 1 and overwrites(ops[0], kfunc.regions[0].blocks[0].arguments[param]):
        return False
    try:
        fill_constant(ops[0], kfunc.regions[0].blocks[0].arguments[param])
    except NotAGemm:
        return True
    return False


def _is_dead_after(buffer: ir.Value, later: list[ir.Operation], kernels: dict, host: ir.Operation) -> bool:
    """No one reads ``buffer`` (an allocation, not returned) before it is wholly overwritten."""
    from mlir import ir

    root = _root(buffer)
    if not isinstance(root, ir.OpResult) or root.owner.name != "memref.alloc":
        return False
    for call in later:
        kfunc = kernels[_callee(call)]
        for i, v in enumerate(call.operands):
            if _root(v) != root:
                continue
            whole = v == root or _reshape_of(v, [root])  # a reshape views all of it
            return whole and not _reads_first(kfunc, i)
    body = host.regions[0].blocks[0]
    ret = body.operations[len(body.operations) - 1].operation
    return not any(_root(v) == root for v in ret.operands)


def _remap(op: ir.Operation, mapping: dict) -> None:
    """Replace, in ``op`` and everything nested in it, operands found in ``mapping``."""
    from mlir import ir

    def visit(o: ir.Operation) -> ir.WalkResult:
        for i, v in enumerate(list(o.operands)):
            if v in mapping:
                o.operands[i] = mapping[v]
        return ir.WalkResult.ADVANCE

    op.walk(visit)
