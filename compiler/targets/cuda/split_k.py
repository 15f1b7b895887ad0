"""Split-K, in the ``kernels`` stage: a GEMM whose output tiles cannot fill the GPU is split
along K into partial products, summed in order by a second kernel.

A kernel that is one plain GEMM (``tensorize-gemm``'s matcher, no batch loop, f32
accumulator) with ``tiles = ceil(M / 64) * ceil(N / 64)`` output tiles (the GEMM strategies'
small block) fewer than half the SMs is split ``S`` ways, ``S`` the divisor of K with
``S <= SMs / tiles`` and ``K / S >= MIN_CHUNK`` (each part keeps a K loop worth pipelining)
that the cost rule (``_modelled_us``, an analytic model: FLOPs at ``GEMM_EFFICIENCY`` of the
peak and bytes at DRAM bandwidth, both scaled by the share of SMs the blocks occupy, plus a
launch and the partials' round trip when split) makes fastest; 1 (no split) when none beats
the GEMM as it is:

* the GEMM becomes a batched one over the split: A and B are viewed with their K dimension
  expanded to ``(S, K / S)`` (``memref.expand_shape``, no copy), and partial ``s`` is written to
  ``P[s]`` of a new ``S x M x N`` f32 buffer (filled with 0 in the same kernel); the GEMM
  strategies take it as a batched GEMM, ``S`` times the blocks;
* a second, elementwise kernel writes ``C = c + P[0] + P[1] + ... + P[S-1]``, in that order
  (``c`` the constant the output was filled with, whose fill is then dropped; else ``C``'s
  previous contents): the result does not depend on how the blocks were scheduled, and
  differs from the unsplit GEMM only by the order of the f32 additions.

The rule's constants are ``MIN_CHUNK``, ``GEMM_EFFICIENCY``, ``SM_BANDWIDTH`` and the tile
``TILE``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.targets.cuda.gemm import input_elements
from mlc.compiler.targets.cuda.options import CudaOptions
from mlc.compiler.targets.limits import GpuSpec

if TYPE_CHECKING:
    from mlir import ir

TILE = 64  # the GEMM strategies' small block tile (``gemm.TILES``)
MIN_CHUNK = 256  # the least K a part keeps
GEMM_EFFICIENCY = 0.5  # of the peak, for the GEMM strategies' kernels (an assumption)
SM_BANDWIDTH = 4.0  # an SM draws up to this many times its fair share of DRAM bandwidth (an assumption)


def _modelled_us(
    m: int, n: int, k: int, parts: int, spec: GpuSpec, element_bytes: int, tensor: bool
) -> float:
    """The GEMM's time split ``parts`` ways (a model): the larger of its FLOPs on the SMs its
    blocks occupy and its bytes at the DRAM bandwidth those SMs draw, plus, when split, a
    launch and the partial products written and read once."""
    blocks = math.ceil(m / TILE) * math.ceil(n / TILE) * parts
    share = min(1.0, blocks / spec.sm_count)
    peak = (spec.tensor_tflops if tensor else spec.simt_tflops) * GEMM_EFFICIENCY * 1e6  # FLOP/us
    flops = 2.0 * m * n * k
    nbytes = element_bytes * (m * k + k * n) + 4 * m * n
    bandwidth = spec.dram_gbps * 1e3  # bytes per microsecond
    t = max(flops / (peak * share), nbytes / (bandwidth * min(1.0, SM_BANDWIDTH * share)))
    if parts > 1:
        t += spec.launch_overhead_us + 2 * 4 * parts * m * n / bandwidth
    return t


def splits(m: int, n: int, k: int, spec: GpuSpec, element_bytes: int = 4, tensor: bool = False) -> int:
    """How many ways to split K of an ``m x n x k`` GEMM (1: do not): the modelled fastest of
    the divisors ``S`` of K with ``S * tiles <= SMs`` and ``K / S >= MIN_CHUNK``."""
    tiles = math.ceil(m / TILE) * math.ceil(n / TILE)
    if 2 * tiles > spec.sm_count:
        return 1
    candidates = [s for s in range(1, min(spec.sm_count // tiles, k // MIN_CHUNK) + 1) if k % s == 0]
    times = {s: _modelled_us(m, n, k, s, spec, element_bytes, tensor) for s in candidates or [1]}
    return min(times, key=lambda s: (round(times[s], 3), s))


def _expand_k(value: ir.Value, dim: int, s: int) -> ir.Value:
    """``value`` (a memref) with dimension ``dim`` viewed as ``(s, size / s)``."""
    from mlir import ir
    from mlir.dialects import memref

    t = ir.MemRefType(value.type)
    shape = list(t.shape)
    strides, offset = t.get_strides_and_offset()
    chunk = shape[dim] // s
    new_shape = [*shape[:dim], s, chunk, *shape[dim + 1 :]]
    new_strides = [*strides[:dim], strides[dim] * chunk, strides[dim], *strides[dim + 1 :]]
    canonical = [math.prod(new_shape[i + 1 :]) for i in range(len(new_shape))]
    layout = (
        None if (new_strides == canonical and offset == 0) else ir.StridedLayoutAttr.get(offset, new_strides)
    )
    result = ir.MemRefType.get(new_shape, t.element_type, layout=layout)
    groups = [[i] for i in range(dim)] + [[dim, dim + 1]] + [[i + 1] for i in range(dim + 1, len(shape))]
    return memref.expand_shape(result, value, groups, [], new_shape)


def _generic_op(inputs: list, outputs: list, maps: list, iterators: list[str]):
    from mlir import ir
    from mlir.dialects import linalg

    return linalg.GenericOp(
        [],
        inputs,
        outputs,
        ir.ArrayAttr.get([ir.AffineMapAttr.get(m) for m in maps]),
        ir.ArrayAttr.get([ir.Attribute.parse(f"#linalg.iterator_type<{it}>") for it in iterators]),
    )


def _shifted(amap: ir.AffineMap, k: int, n_dims: int) -> list:
    """``amap``'s results with every loop moved up by one and loop ``k`` as ``(d0, k + 1)``."""
    from mlir import ir

    out = []
    for e in amap.results:
        d = ir.AffineDimExpr(e).position
        out += (
            [ir.AffineDimExpr.get(0), ir.AffineDimExpr.get(k + 1)]
            if d == k
            else [ir.AffineDimExpr.get(d + 1)]
        )
    del n_dims
    return out


def _split(fuser, call: ir.Operation, kfunc: ir.Operation, generic: ir.Operation, con, s: int) -> None:
    from mlir import ir
    from mlir.dialects import arith, func, linalg, memref

    from mlc.compiler.targets.cuda.attention_fusion import _constant
    from mlc.compiler.targets.cuda.kernels import symbol_name, written_params

    args = list(kfunc.regions[0].blocks[0].arguments)
    a_host, b_host, c_host = (call.operands[args.index(o.value)] for o in (con.a, con.b, con.c))
    n_loops = len(con.extents)
    m, n, k = con.size
    c_init = _constant(fuser, call, c_host)
    f32 = ir.F32Type.get()
    with call.location, ir.InsertionPoint(call):
        a_view = _expand_k(a_host, con.a.dims.index(con.k), s)
        b_view = _expand_k(b_host, con.b.dims.index(con.k), s)
        c_type = ir.MemRefType(c_host.type)
        partial = memref.alloc(ir.MemRefType.get([s, *c_type.shape], f32), [], [])
    name = symbol_name(kfunc)
    maps = [ir.AffineMapAttr(x).value for x in ir.ArrayAttr(generic.attributes["indexing_maps"])]
    iterators = ["parallel"] + [
        str(x).split("<")[-1].rstrip(">") for x in ir.ArrayAttr(generic.attributes["iterator_types"])
    ]
    with kfunc.location, ir.InsertionPoint(kfunc):
        parts = func.FuncOp(
            f"{name}_splitk",
            ir.FunctionType.get([a_view.type, b_view.type, partial.type], []),
            visibility="private",
        )
        block = parts.add_entry_block()
        with ir.InsertionPoint(block):
            pa, pb, pp = block.arguments
            zero = arith.ConstantOp(f32, 0.0).result
            rank = len(c_type.shape) + 1
            fill = _generic_op(
                [zero],
                [pp],
                [ir.AffineMap.get(rank, 0, []), ir.AffineMap.get_identity(rank)],
                ["parallel"] * rank,
            )
            fb = fill.regions[0].blocks.append(f32, f32)
            with ir.InsertionPoint(fb):
                linalg.YieldOp([fb.arguments[0]])
            new_maps = [
                ir.AffineMap.get(n_loops + 1, 0, _shifted(maps[0], con.k, n_loops)),
                ir.AffineMap.get(n_loops + 1, 0, _shifted(maps[1], con.k, n_loops)),
                ir.AffineMap.get(n_loops + 1, 0, [ir.AffineDimExpr.get(0), *_shifted(maps[2], -1, n_loops)]),
            ]
            gemm = _generic_op([pa, pb], [pp], new_maps, iterators)
            old = generic.regions[0].blocks[0]
            nb = gemm.regions[0].blocks.append(*[x.type for x in old.arguments])
            mapping = dict(zip(old.arguments, nb.arguments, strict=True))
            with ir.InsertionPoint(nb):
                for o in old.operations:
                    copy = o.operation.clone()
                    for i, v in enumerate(list(copy.operands)):
                        copy.operands[i] = mapping.get(v, v)
                    for x, y in zip(o.operation.results, copy.results, strict=True):
                        mapping[x] = y
            func.ReturnOp([])
        rank = len(c_type.shape)
        total = func.FuncOp(
            f"{name}_splitk_sum", ir.FunctionType.get([partial.type, c_host.type], []), visibility="private"
        )
        block = total.add_entry_block()
        with ir.InsertionPoint(block):
            pp, pc = block.arguments
            dims = [ir.AffineDimExpr.get(i) for i in range(rank)]
            part_maps = [ir.AffineMap.get(rank, 0, [ir.AffineConstantExpr.get(i), *dims]) for i in range(s)]
            op = _generic_op(
                [pp] * s, [pc], [*part_maps, ir.AffineMap.get_identity(rank)], ["parallel"] * rank
            )
            sb = op.regions[0].blocks.append(*([f32] * (s + 1)))
            with ir.InsertionPoint(sb):
                acc = arith.ConstantOp(f32, c_init).result if c_init is not None else sb.arguments[s]
                for i in range(s):
                    acc = arith.addf(acc, sb.arguments[i])
                linalg.YieldOp([acc])
            func.ReturnOp([])
    what = ir.StringAttr(kfunc.attributes[attributes.KERNEL]).value
    parts.attributes[attributes.KERNEL] = ir.StringAttr.get(
        f"{what} (split-K: {s} partial products of K = {k // s}; {math.ceil(m / TILE) * math.ceil(n / TILE)} "
        f"output tiles)"
    )
    total.attributes[attributes.KERNEL] = ir.StringAttr.get(f"split-K sum of {s} partial products, in order")
    for f in (parts, total):
        f.attributes[attributes.WRITTEN] = ir.DenseI64ArrayAttr.get(written_params(f.operation))
    with call.location, ir.InsertionPoint(call):
        func.CallOp([], ir.FlatSymbolRefAttr.get(f"{name}_splitk"), [a_view, b_view, partial])
        func.CallOp([], ir.FlatSymbolRefAttr.get(f"{name}_splitk_sum"), [partial, c_host])
    call.erase()
    fuser.kernels.pop(name).erase()
    fuser.kernels[f"{name}_splitk"] = parts
    fuser.kernels[f"{name}_splitk_sum"] = total


def split_k(module: ir.Module, host: ir.Operation, options: CudaOptions) -> None:
    """Split the K loop of every GEMM whose output tiles leave most SMs idle (see the module doc)."""
    from mlc.compiler.targets.cuda.attention_fusion import _generic
    from mlc.compiler.targets.cuda.gemm import _callee, _Fuser, _host_calls
    from mlc.passes.tensorize_gemm.contraction import NotAGemm, _match_plain

    fuser = _Fuser(module, host)
    for call in _host_calls(host):
        kfunc = fuser.kernels.get(_callee(call))
        generic = _generic(kfunc) if kfunc is not None else None
        if generic is None or attributes.ATTENTION in kfunc.attributes:
            continue
        try:
            con = _match_plain(generic)
        except NotAGemm:
            continue
        m, n, k = con.size
        if con.batch or con.c.element != "f32":
            continue
        tensor = con.a.element in input_elements(options) and con.a.element != "f32"
        s = splits(m, n, k, options.spec, con.a.element_bytes, tensor)
        if s > 1:
            _split(fuser, call, kfunc, generic, con, s)
    fuser.drop_dead_calls()
