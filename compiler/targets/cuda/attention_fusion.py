"""Attention fusion, in the ``kernels`` stage: ``Q Kᵀ``, its elementwise prologue, softmax and
``P V`` become one kernel for the ``fused-attention`` pass (``passes/fused_attention.py``).

Walking the host's kernel calls in order, every call of a contraction starts a window that
ends at a later contraction call; the window's kernels (each one generic op) are merged in
order into one kernel function, with fills of the scores and of the output in front of the
contractions when their buffers hold a constant at that point (a fill, or a copy of one: the
first contraction's accumulator). The merged function is kept when ``match_attention`` finds
attention in it and every intermediate it writes (scores, maxima, sums, probabilities) is dead
after the window (read by no later kernel, not returned): the kernel computes them in
registers only. The fills and copies that only fed the intermediates are then dropped
(``gemm._Fuser.drop_dead_calls``). Runs before the GEMM strategies and row fusion pick their
kernels, so neither takes attention's pieces first.

Nothing is recomputed, but the fused kernel runs both contractions on the CUDA cores, where
apart they may take the tensor cores. The cost rule (``modelled_us``, an analytic model)
weighs that: fused, a launch plus the larger of the contractions' FLOPs at
``SIMT_EFFICIENCY`` of the CUDA cores' peak and Q, K, V and O's bytes at DRAM bandwidth;
apart, ``APART_LAUNCHES`` launches plus the contractions at ``GEMM_EFFICIENCY`` of the peak of
the units they would take (tensor cores for 16-bit inputs where the target has them) plus
``SCORE_TRIPS`` round trips of the f32 scores through DRAM. The efficiencies are assumptions
(no GPU has calibrated them yet).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.targets.cuda.gemm import TENSOR_CORE_ARCHS
from mlc.compiler.targets.cuda.options import CudaOptions

if TYPE_CHECKING:
    from mlir import ir

    from mlc.passes.fused_attention import Attention

MAX_WINDOW = 16  # kernel calls from the first contraction to the second, at most
SIMT_EFFICIENCY = 0.25  # of the f32 FMA peak: the fused kernel reads two shared operands per FMA
GEMM_EFFICIENCY = 0.5  # of the peak, for the GEMM strategies' kernels
APART_LAUNCHES = 3  # Q K^T (with its scale), the softmax row kernel, P V
SCORE_TRIPS = 4  # the scores written, read by softmax, the probabilities written and read


def modelled_us(att: Attention, options: CudaOptions) -> tuple[float, float]:
    """The cost rule's times (fused, apart) for ``att`` on ``options``' GPU (a model)."""
    spec = options.spec
    flops = 2.0 * att.rows * att.n * (att.dk + att.dv)
    io = 4.0 * (att.rows * (att.dk + att.dv) + att.rows // att.m * att.n * (att.dk + att.dv))
    bandwidth = spec.dram_gbps * 1e3  # bytes per microsecond
    fused = spec.launch_overhead_us + max(flops / (spec.simt_tflops * 1e6 * SIMT_EFFICIENCY), io / bandwidth)
    tensor = att.inputs != "f32" and options.tensor_cores and options.arch in TENSOR_CORE_ARCHS
    peak = spec.tensor_tflops if tensor else spec.simt_tflops
    scores = SCORE_TRIPS * 4.0 * att.rows * att.n
    apart = APART_LAUNCHES * spec.launch_overhead_us + flops / (peak * 1e6 * GEMM_EFFICIENCY)
    return fused, apart + (scores + io) / bandwidth


def _generic(kfunc: ir.Operation) -> ir.Operation | None:
    ops = [o.operation for o in kfunc.regions[0].blocks[0].operations]
    compute = [o for o in ops if o.name not in ("arith.constant", "func.return")]
    return compute[0] if len(compute) == 1 and compute[0].name == "linalg.generic" else None


def _is_contraction(kfunc: ir.Operation | None) -> bool:
    from mlc.passes.fused_attention import _contraction, _contraction_body

    g = _generic(kfunc) if kfunc is not None else None
    return g is not None and _contraction(g) and _contraction_body(g)


def _fill_into(value: ir.Value, constant: float) -> None:
    """A ``linalg.generic`` filling all of ``value`` (a memref) with ``constant``, here."""
    from mlir import ir
    from mlir.dialects import arith, linalg

    t = ir.MemRefType(value.type)
    cst = arith.ConstantOp(t.element_type, constant).result
    maps = [ir.AffineMap.get(t.rank, 0, []), ir.AffineMap.get_identity(t.rank)]
    parallel = ir.Attribute.parse("#linalg.iterator_type<parallel>")
    op = linalg.GenericOp(
        [],
        [cst],
        [value],
        ir.ArrayAttr.get([ir.AffineMapAttr.get(m) for m in maps]),
        ir.ArrayAttr.get([parallel] * t.rank),
    )
    block = op.regions[0].blocks.append(t.element_type, t.element_type)
    with ir.InsertionPoint(block):
        linalg.YieldOp([block.arguments[0]])


def _constant(fuser, call: ir.Operation, value: ir.Value) -> float | None:
    """The constant ``value`` (a host buffer) holds when ``call`` runs, if a fill put it there."""
    from mlc.passes.tensorize_gemm.contraction import NotAGemm, fill_constant

    fill = fuser._constant_source(call, value)
    if fill is None:
        return None
    from mlc.compiler.targets.cuda.gemm import _callee

    kfunc = fuser.kernels[_callee(fill)]
    g = _generic(kfunc)
    try:
        return fill_constant(g, kfunc.regions[0].blocks[0].arguments[0]) if g is not None else None
    except NotAGemm:
        return None


def _merge(window: list[ir.Operation], kernels: dict, inits: list[tuple[int, ir.Value, float]]):
    """One kernel function holding the window's kernels' ops in order, ``inits`` (position in
    the window, host buffer, constant) filled before the member at that position; returns the
    function and its operands."""
    from mlir import ir
    from mlir.dialects import func

    from mlc.compiler.targets.cuda.gemm import _callee, _remap, _root
    from mlc.compiler.targets.cuda.kernels import symbol_name

    first = kernels[_callee(window[0])]
    operands: list = []
    for c in window:
        for v in c.operands:
            if v not in operands:
                operands.append(v)
    name = symbol_name(first) + "_attention"
    with first.location, ir.InsertionPoint(first):
        merged = func.FuncOp(name, ir.FunctionType.get([v.type for v in operands], []), visibility="private")
        block = merged.add_entry_block()
        with ir.InsertionPoint(block):
            ret = func.ReturnOp([])
    for pos, c in enumerate(window):
        kfunc = kernels[_callee(c)]
        with first.location, ir.InsertionPoint(ret):
            for at, buf, constant in inits:
                if at == pos:
                    _fill_into(block.arguments[operands.index(buf)], constant)
        mapping = {
            arg: block.arguments[operands.index(v)]
            for arg, v in zip(kfunc.regions[0].blocks[0].arguments, c.operands, strict=True)
        }
        for o in list(kfunc.regions[0].blocks[0].operations)[:-1]:
            copy = o.operation.clone(ir.InsertionPoint(ret))
            _remap(copy, mapping)
            for old, new in zip(o.operation.results, copy.results, strict=True):
                mapping[old] = new
    roots = [_root(v) for v in operands]
    return merged, operands, [roots.index(r) for r in roots]


def _try_window(fuser, host: ir.Operation, window: list[ir.Operation], options: CudaOptions) -> bool:
    from mlir import ir
    from mlir.dialects import func

    from mlc.compiler.targets.cuda.gemm import _callee, _host_calls, _is_dead_after, _root
    from mlc.compiler.targets.cuda.kernels import written_params
    from mlc.passes.fused_attention import NotAttention, match_attention

    kernels = fuser.kernels
    if any(_generic(kernels[_callee(c)]) is None for c in window if _callee(c) in kernels):
        return False
    if any(_callee(c) not in kernels for c in window):
        return False
    qk, pv = window[0], window[-1]
    s_buf, o_buf = qk.operands[len(qk.operands) - 1], pv.operands[len(pv.operands) - 1]
    s_init, o_init = _constant(fuser, qk, s_buf), _constant(fuser, pv, o_buf)
    if s_init is None and o_init is None:
        return False
    inits = [(0, s_buf, s_init)] if s_init is not None else []
    inits += [(len(window) - 1, o_buf, o_init)] if o_init is not None else []
    merged, operands, roots = _merge(window, kernels, inits)
    try:
        att = match_attention(merged, roots)
    except NotAttention:
        merged.erase()
        return False
    # the intermediates are dead after the window
    calls = _host_calls(host)
    later = calls[calls.index(pv) + 1 :]
    o_root = _root(o_buf)
    written = {
        _root(c.operands[i])
        for c in window
        for i in ir.DenseI64ArrayAttr(kernels[_callee(c)].attributes[attributes.WRITTEN])
    }
    for root in written - {o_root}:
        if not _is_dead_after(root, later, kernels, host):
            merged.erase()
            return False
    fused_us, apart_us = modelled_us(att, options)
    if fused_us > apart_us:
        merged.erase()
        return False
    kinds = [ir.StringAttr(kernels[_callee(c)].attributes[attributes.KERNEL]).value for c in window]
    merged.attributes[attributes.KERNEL] = ir.StringAttr.get(
        " + ".join(kinds) + f" (fused attention: {att.rows} query rows x {att.n} keys, the scores in "
        f"registers; modelled {fused_us:.1f} us vs {apart_us:.1f} us apart)"
    )
    merged.attributes[attributes.WRITTEN] = ir.DenseI64ArrayAttr.get(written_params(merged.operation))
    merged.attributes[attributes.ATTENTION] = ir.DictAttr.get({"roots": ir.DenseI64ArrayAttr.get(roots)})
    with ir.InsertionPoint(pv), pv.location:
        func.CallOp(
            [], ir.FlatSymbolRefAttr.get(ir.StringAttr(merged.attributes["sym_name"]).value), operands
        )
    for c in window:
        name = _callee(c)
        c.erase()
        if not any(_callee(x) == name for x in _host_calls(host)):
            kernels.pop(name).erase()
    kernels[ir.StringAttr(merged.attributes["sym_name"]).value] = merged
    return True


def fuse_attention(module: ir.Module, host: ir.Operation, options: CudaOptions) -> None:
    """Merge each attention (see the module doc) into one kernel marked ``mlc.attention``."""
    from mlc.compiler.targets.cuda.gemm import _callee, _Fuser, _host_calls

    fuser = _Fuser(module, host)
    start = 0
    while True:
        calls = _host_calls(host)
        found = False
        for i in range(start, len(calls)):
            if not _is_contraction(fuser.kernels.get(_callee(calls[i]))):
                continue
            for end in range(i + 4, min(i + MAX_WINDOW, len(calls))):
                if _is_contraction(fuser.kernels.get(_callee(calls[end]))) and _try_window(
                    fuser, host, calls[i : end + 1], options
                ):
                    found = True
                    break
            if found:
                start = i
                break
        if not found:
            break
    fuser.drop_dead_calls()
