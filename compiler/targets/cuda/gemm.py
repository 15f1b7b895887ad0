"""Which kernels take the tensor-core GEMM path, with which tiles (the CUDA target's hook).

At the end of the ``kernels`` stage every kernel function that holds one GEMM-class
contraction (``tensorize-gemm``'s matcher) with f16 or bf16 inputs and an f32 accumulator
gets ``mlc.gemm``: the ``tensorize-gemm`` pass, with its options, that the ``map`` stage
runs on it instead of the mapping pipeline. f32 GEMMs stay on the SIMT path (TF32 is not
implemented; ``--allow-tf32`` is accepted and recorded, see ``docs/passes/tensorize-gemm.md``).

Tiles: 128x128x32 blocks of four 64x64 warp tiles when the problem has at least one such
block per SM; 64x64x32 blocks of four 32x32 warp tiles otherwise (small GEMMs get more
blocks); 3 stages unless a fourth fits in the static shared memory of a block.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from mlc.compiler.targets.cuda.kernels import is_kernel_function
from mlc.compiler.targets.cuda.options import CudaOptions

if TYPE_CHECKING:
    from mlir import ir

    from mlc.passes.tensorize_gemm import Contraction, TileConfig

GEMM_ATTR = "mlc.gemm"
TENSOR_CORE_ARCHS = ("sm_80", "sm_90")  # mma.sync m16n8k16 with ldmatrix and cp.async: sm_80 and later
# Candidate tiles, largest first: (block m, n, k, warp m, n).
TILES = ((128, 128, 32, 64, 64), (64, 64, 32, 32, 32))
STAGES = (4, 3)  # the deepest pipeline that fits, at least 3


def choose_config(con: Contraction, options: CudaOptions) -> TileConfig:
    """The tile configuration of a GEMM on ``options``' GPU (see the module doc)."""
    from mlc.passes.tensorize_gemm import TileConfig

    spec = options.spec
    m, n, _ = con.size
    eb = con.a.element_bytes
    for i, (bm, bn, bk, wm, wn) in enumerate(TILES):
        blocks = con.batch_count * math.ceil(m / bm) * math.ceil(n / bn)
        if blocks >= spec.sm_count or i == len(TILES) - 1:
            for stages in STAGES:
                cfg = TileConfig(bm, bn, bk, wm, wn, stages)
                if cfg.shared_bytes(eb) <= spec.static_shared_bytes:
                    return cfg
    raise AssertionError("no tile configuration fits")  # the last candidate always does


def pass_spec(cfg: TileConfig) -> str:
    """The ``tensorize-gemm`` pipeline element for ``cfg``."""
    return (
        f"tensorize-gemm{{block={cfg.block_m},{cfg.block_n},{cfg.block_k} "
        f"warp={cfg.warp_m},{cfg.warp_n} stages={cfg.stages}}}"
    )


def tensor_core_contraction(kfunc: ir.Operation, options: CudaOptions) -> Contraction | None:
    """The contraction of ``kfunc`` if it takes the tensor cores on ``options``' target."""
    from mlc.passes.tensorize_gemm import TENSOR_ELEMENTS, NotAGemm, match_kernel

    if options.arch not in TENSOR_CORE_ARCHS or "mlc.single_thread" in kfunc.attributes:
        return None
    try:
        con = match_kernel(kfunc).contraction
    except NotAGemm:
        return None
    if con.a.element not in TENSOR_ELEMENTS or con.b.element != con.a.element or con.c.element != "f32":
        return None
    return con


def mark_gemm_kernels(module: ir.Module, host: ir.Operation, options: CudaOptions) -> None:
    """Give every kernel function that takes the tensor-core path its ``mlc.gemm`` pass, and
    fuse into it the fill of its output before it and the elementwise kernel after it that
    is the only reader of its output (bias, activation, residual, cast: one kernel)."""
    from mlir import ir

    fuser = _Fuser(module, host)
    gemms = []
    for name, kfunc in fuser.kernels.items():
        con = tensor_core_contraction(kfunc, options)
        if con is not None:
            kfunc.attributes[GEMM_ATTR] = ir.StringAttr.get(pass_spec(choose_config(con, options)))
            gemms.append(name)
    for name in gemms:
        calls = [c for c in _host_calls(host) if _callee(c) == name]
        if len(calls) == 1:  # a kernel called once (they all are: one per compute op)
            fuser.fuse(calls[0])


def _host_calls(host: ir.Operation) -> list[ir.Operation]:
    return [o.operation for o in host.regions[0].blocks[0].operations if o.operation.name == "func.call"]


def _callee(call: ir.Operation) -> str:
    from mlir import ir

    return ir.FlatSymbolRefAttr(call.attributes["callee"]).value


def _only_linalg_op(kfunc: ir.Operation) -> ir.Operation | None:
    from mlc.passes.tensorize_gemm.contraction import compute_ops

    ops = compute_ops(kfunc)
    return ops[0] if len(ops) == 1 else None


def _between(call_a: ir.Operation, call_b: ir.Operation) -> list[ir.Operation]:
    ops = [o.operation for o in call_a.block.operations]
    i, j = ops.index(call_a), ops.index(call_b)
    return ops[i + 1 : j]


def _uses_value(op: ir.Operation, value: ir.Value) -> bool:
    return any(v == value for v in op.operands)


class _Fuser:
    """Merges a GEMM kernel's fill (before it) and elementwise consumer (after it) into it."""

    def __init__(self, module: ir.Module, host: ir.Operation) -> None:
        from mlc.compiler.targets.cuda.kernels import symbol_name

        self.module, self.host = module, host
        self.kernels = {
            symbol_name(o.operation): o.operation
            for o in module.body.operations
            if is_kernel_function(o.operation)
        }

    def fuse(self, call: ir.Operation) -> ir.Operation:
        """Fuse around the GEMM kernel ``call`` calls; returns the (possibly new) call."""
        from dataclasses import replace

        from mlc.passes.tensorize_gemm.contraction import (
            NotAGemm,
            fill_constant,
            match_epilogue,
            match_kernel,
        )

        kfunc = self.kernels[_callee(call)]
        con = match_kernel(kfunc).contraction
        c_param = list(kfunc.regions[0].blocks[0].arguments).index(con.c.value)
        c_host = call.operands[c_param]
        calls = _host_calls(self.host)
        at = calls.index(call)
        prev = calls[at - 1] if at > 0 else None
        if prev is not None and len(prev.operands) == 1 and prev.operands[0] == c_host:
            fill_func = self.kernels[_callee(prev)]
            fill = _only_linalg_op(fill_func)
            quiet = not any(_uses_value(op, c_host) for op in _between(prev, call))
            try:
                if fill is not None and quiet:
                    fill_constant(fill, fill_func.regions[0].blocks[0].arguments[0])
                    call = self._merge(prev, fill_func, call, kfunc, before=True)
            except NotAGemm:
                pass
        calls = _host_calls(self.host)
        at = calls.index(call)
        nxt = calls[at + 1] if at + 1 < len(calls) else None
        if nxt is not None and self._sole_consumer(c_host, call, nxt):
            epi_func = self.kernels[_callee(nxt)]
            epi = _only_linalg_op(epi_func)
            args = list(epi_func.regions[0].blocks[0].arguments)
            try:
                if epi is not None and list(nxt.operands).count(c_host) == 1:
                    c_in_epi = args[list(nxt.operands).index(c_host)]
                    match_epilogue(epi, replace(con.c, value=c_in_epi))
                    call = self._merge(nxt, epi_func, call, kfunc, before=False)
            except NotAGemm:
                pass
        return call

    def _sole_consumer(self, c_host: ir.Value, call: ir.Operation, nxt: ir.Operation) -> bool:
        """``c_host`` is an intermediate that only the GEMM (and its fill) write and ``nxt`` reads."""
        from mlir import ir

        if not isinstance(c_host, ir.OpResult) or c_host.owner.name != "memref.alloc":
            return False
        if any(_uses_value(op, c_host) for op in _between(call, nxt)):
            return False
        return all(use.owner.operation in (call, nxt) for use in c_host.uses)

    def _merge(self, other_call, other, call, kfunc, before: bool) -> ir.Operation:
        """Move ``other``'s body into ``kfunc`` (before or after its ops), pass its arguments,
        drop its call and function; returns the call of ``kfunc``."""
        from mlir import ir
        from mlir.dialects import func

        from mlc.compiler.targets.cuda.kernels import KERNEL_ATTR, WRITTEN_ATTR, written_params

        body = kfunc.regions[0].blocks[0]
        operands = list(call.operands)
        mapping = {}
        for arg, value in zip(other.regions[0].blocks[0].arguments, other_call.operands, strict=True):
            if value in operands:
                mapping[arg] = body.arguments[operands.index(value)]
            else:
                mapping[arg] = body.add_argument(arg.type, arg.location)
                operands.append(value)
        ops = [o.operation for o in other.regions[0].blocks[0].operations][:-1]
        anchor = body.operations[0] if before else body.operations[len(body.operations) - 1]
        for op in ops:
            copy = op.clone(ir.InsertionPoint(anchor))
            _remap(copy, mapping)
            for old, new in zip(op.results, copy.results, strict=True):
                mapping[old] = new
        ftype = ir.FunctionType.get([a.type for a in body.arguments], [])
        kfunc.attributes["function_type"] = ir.TypeAttr.get(ftype)
        kinds = [
            ir.StringAttr(other.attributes[KERNEL_ATTR]).value,
            ir.StringAttr(kfunc.attributes[KERNEL_ATTR]).value,
        ]
        kfunc.attributes[KERNEL_ATTR] = ir.StringAttr.get(" + ".join(kinds if before else kinds[::-1]))
        kfunc.attributes[WRITTEN_ATTR] = ir.DenseI64ArrayAttr.get(written_params(kfunc))
        # after: at the consumer's place, where its output exists (only allocations and views
        # lie between the two calls: nothing else reads or writes their buffers)
        with ir.InsertionPoint(call if before else other_call), call.location:
            new_call = func.CallOp([], ir.FlatSymbolRefAttr.get(_callee(call)), operands)
        call.erase()
        other_call.erase()
        other.erase()
        return new_call.operation


def _remap(op: ir.Operation, mapping: dict) -> None:
    """Replace, in ``op`` and everything nested in it, operands found in ``mapping``."""
    from mlir import ir

    def visit(o: ir.Operation) -> ir.WalkResult:
        for i, v in enumerate(list(o.operands)):
            if v in mapping:
                o.operands[i] = mapping[v]
        return ir.WalkResult.ADVANCE

    op.walk(visit)
