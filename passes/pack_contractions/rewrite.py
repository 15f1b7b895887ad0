"""Matching contractions and replacing them with packed GEMMs.

Each match is replaced by a call to a private helper function, written as MLIR
text for its exact shapes, which the pass then inlines. The helper reshapes the
operands into ``A[b?, m, k]``, ``B[b, k, n]`` and ``C[b, m, n]`` (an im2col
``linalg.generic`` for a convolution with a window), packs B into panels, runs
the ``linalg.contract`` and reshapes the result back.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from mlc.passes.pack_contractions.gemm import Blocking, GemmShape

if TYPE_CHECKING:
    from mlir import ir

TILES_ATTR = "mlc.gemm_tiles"
_counter = itertools.count()
# The indexing maps of the named ops without transposes or broadcasts.
GROUPED_CONV = "linalg.conv_2d_ngchw_gfchw"
CONVS = ("linalg.conv_2d_nchw_fchw", GROUPED_CONV)
# A group's GEMM needs this much depth (C/G * kh * kw) to beat a direct loop; depthwise-like
# groups (one input channel, a few taps) stay with their own kernels.
MIN_GROUP_K = 8
_DEFAULT_MAPS = {
    "linalg.matmul": "[affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, "
    "affine_map<(d0, d1, d2) -> (d0, d1)>]",
    "linalg.batch_matmul": "[affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, "
    "affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>]",
}


def _static_f32_shape(value: ir.Value) -> list[int] | None:
    from mlir import ir

    t = value.type
    if not isinstance(t, ir.RankedTensorType):
        return None
    rt = ir.RankedTensorType(t)
    if not rt.has_static_shape or str(rt.element_type) != "f32":
        return None
    return list(rt.shape)


def _pair(op: ir.Operation, name: str) -> tuple[int, int]:
    from mlir import ir

    if name not in op.attributes:
        return 1, 1
    values = [int(v) for v in ir.DenseIntElementsAttr(op.attributes[name])]
    return values[0], values[1]


def match_contraction(op: ir.Operation) -> GemmShape | None:
    """The GEMM that ``op`` computes, if the pass handles it."""
    if op.name not in ("linalg.matmul", "linalg.batch_matmul", *CONVS):
        return None
    if len(op.results) != 1 or len(op.operands) != 3:
        return None  # buffer semantics keep their path
    if "indexing_maps" in op.attributes and str(op.attributes["indexing_maps"]) != _DEFAULT_MAPS.get(op.name):
        return None  # so do transposed and broadcast variants
    shapes = [_static_f32_shape(v) for v in op.operands]
    if any(s is None for s in shapes):
        return None
    if op.name == "linalg.matmul":
        (m, k), (_, n), _ = shapes
        return GemmShape(0, m, n, k, a_batched=False)
    if op.name == "linalg.batch_matmul":
        (b, m, k), (_, _, n), _ = shapes
        return GemmShape(b, m, n, k, a_batched=True)
    if op.name == GROUPED_CONV:
        (batch, g, _, _, _), (_, f, c, kh, kw), (_, _, _, oh, ow) = shapes
        if batch != 1 or c * kh * kw < MIN_GROUP_K:
            return None  # one GEMM per group needs N = 1; thin groups are depthwise-like
        return GemmShape(g, f, oh * ow, c * kh * kw, a_batched=True)
    (batch, _, _, _), (f, c, kh, kw), (_, _, oh, ow) = shapes
    return GemmShape(batch, f, oh * ow, c * kh * kw, a_batched=False)


def _t(shape: list[int] | tuple[int, ...]) -> str:
    return f"tensor<{'x'.join(map(str, shape))}xf32>"


def _im2col(
    x: str, xs: list[int], ws: list[int], out: list[int], strides, dilations, result: str = "%col"
) -> tuple[str, str]:
    """Lines computing ``result : [n, c*kh*kw, oh*ow]`` from the input ``x``; returns (lines, value).

    For a grouped convolution (``xs`` is ``[1, g, c, h, w]``) ``n`` is the group: the batch
    of one GEMM per group."""
    grouped = len(xs) == 5
    n, c = (xs[1], xs[2]) if grouped else (xs[0], xs[1])
    kh, kw = ws[-2:]
    oh, ow = out[-2:]
    (sh, sw), (dh, dw) = strides, dilations
    col6 = [n, c, kh, kw, oh, ow]
    source = "0, n, c" if grouped else "n, c"
    lines = [
        f"  %col_e = tensor.empty() : {_t(col6)}",
        "  %col6 = linalg.generic {indexing_maps = ["
        f"affine_map<(n, c, y, x, h, w) -> ({source}, h * {sh} + y * {dh}, w * {sw} + x * {dw})>, "
        "affine_map<(n, c, y, x, h, w) -> (n, c, y, x, h, w)>], "
        'iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel"]} '
        f"ins({x} : {_t(xs)}) outs(%col_e : {_t(col6)}) {{",
        "  ^bb0(%v: f32, %o: f32):",
        "    linalg.yield %v : f32",
        f"  }} -> {_t(col6)}",
        f"  {result} = tensor.collapse_shape %col6 [[0], [1, 2, 3], [4, 5]] : {_t(col6)} into "
        f"{_t([n, c * kh * kw, oh * ow])}",
    ]
    return "\n".join(lines), result


def _grouped_operands(op: ir.Operation, x: list[int], w: list[int], out: list[int]) -> str:
    """Lines viewing a grouped convolution (batch 1) as one GEMM per group: ``%a`` is the
    filter ``[g, f, c*kh*kw]``, ``%b`` the input's columns ``[g, c*kh*kw, oh*ow]`` (the input
    itself for 1x1 stride 1) and ``%c`` the accumulator ``[g, f, oh*ow]``."""
    g, f, c, kh, kw = w
    h, wd = x[3], x[4]
    oh, ow = out[3], out[4]
    strides, dilations = _pair(op, "strides"), _pair(op, "dilations")
    lines = [
        f"  %a = tensor.collapse_shape %b_in [[0], [1], [2, 3, 4]] : {_t(w)} into {_t([g, f, c * kh * kw])}"
    ]
    if (kh, kw) == (1, 1) and strides == (1, 1) and (h, wd) == (oh, ow):
        lines.append(
            f"  %b = tensor.collapse_shape %a_in [[0, 1], [2], [3, 4]] : {_t(x)} into {_t([g, c, h * wd])}"
        )
    else:
        lines.append(_im2col("%a_in", x, w, out, strides, dilations, result="%b")[0])
    lines.append(
        f"  %c = tensor.collapse_shape %c_in [[0, 1], [2], [3, 4]] : {_t(out)} into {_t([g, f, oh * ow])}"
    )
    return "\n".join(lines)


def helper_text(op: ir.Operation, shape: GemmShape, blocking: Blocking, name: str) -> str:
    """The helper function computing ``op`` as a packed GEMM, as MLIR text."""
    a_in, b_in, c_in = (_static_f32_shape(v) for v in op.operands)
    assert a_in is not None and b_in is not None and c_in is not None
    mr, nr, mc, nc, kc = blocking.attribute()
    m, n, k = shape.m, shape.n, shape.k
    batched = shape.batch > 0
    bdims = [shape.batch] if batched else []
    panels = -(-n // nr)
    padded = panels * nr
    lines = [
        f"func.func private @{name}(%a_in: {_t(a_in)}, %b_in: {_t(b_in)}, %c_in: {_t(c_in)}) -> {_t(c_in)} {{"
    ]
    if op.name == GROUPED_CONV:
        lines.append(_grouped_operands(op, a_in, b_in, c_in))
        a_shape = [shape.batch, m, k]
        a_val, b_val, c_val = "%a", "%b", "%c"
    elif op.name == "linalg.conv_2d_nchw_fchw":
        f, c, kh, kw = b_in  # conv: ins(input, filter); the filter is A
        x_shape = a_in
        lines.append(
            f"  %a = tensor.collapse_shape %b_in [[0], [1, 2, 3]] : {_t(b_in)} into {_t([f, c * kh * kw])}"
        )
        strides, dilations = _pair(op, "strides"), _pair(op, "dilations")
        n_, _, h, w = x_shape
        if (kh, kw) == (1, 1) and strides == (1, 1) and (h, w) == (c_in[2], c_in[3]):
            lines.append(
                f"  %b = tensor.collapse_shape %a_in [[0], [1], [2, 3]] : {_t(x_shape)} into "
                f"{_t([n_, c, h * w])}"
            )
            b_val = "%b"
        else:
            text, b_val = _im2col("%a_in", x_shape, b_in, c_in, strides, dilations)
            lines.append(text)
        lines.append(
            f"  %c = tensor.collapse_shape %c_in [[0], [1], [2, 3]] : {_t(c_in)} into {_t([n_, m, n])}"
        )
        a_shape = [m, k]
        a_val, c_val = "%a", "%c"
    else:
        a_val, b_val, c_val = "%a_in", "%b_in", "%c_in"
        a_shape = [*bdims, m, k] if shape.a_batched else [m, k]
    b_shape, c_shape = [*bdims, k, n], [*bdims, m, n]
    packed = [*bdims, panels, k, nr]
    rank = len(b_shape)
    perm = [*range(rank - 2), rank - 1, rank - 2]
    pad = " padding_value(%zero : f32)" if padded != n else ""
    lines += [
        "  %zero = arith.constant 0.0 : f32",
        f"  %bp_e = tensor.empty() : {_t(packed)}",
        f"  %bp = linalg.pack {b_val}{pad} outer_dims_perm = {perm} inner_dims_pos = [{rank - 1}] "
        f"inner_tiles = [{nr}] into %bp_e : {_t(b_shape)} -> {_t(packed)}",
    ]
    c_padded = [*bdims, m, padded]
    if padded != n:
        lows = ", ".join(["0"] * rank)
        highs = ", ".join(["0"] * (rank - 1) + [str(padded - n)])
        lines += [
            f"  %cp = tensor.pad {c_val} low[{lows}] high[{highs}] {{",
            f"  ^bb0({', '.join(f'%i{i}: index' for i in range(rank))}):",
            "    tensor.yield %zero : f32",
            f"  }} : {_t(c_shape)} to {_t(c_padded)}",
        ]
        c_val = "%cp"
    c_tiled = [*bdims, m, panels, nr]
    groups = ", ".join([*(f"[{i}]" for i in range(rank - 1)), f"[{rank - 1}, {rank}]"])
    lines.append(
        f"  %cx = tensor.expand_shape {c_val} [{groups}] output_shape {c_tiled} : "
        f"{_t(c_padded)} into {_t(c_tiled)}"
    )
    dims = "(b, m, n1, n0, k)" if batched else "(m, n1, n0, k)"
    bd = "b, " if batched else ""
    a_map = f"({bd}m, k)" if shape.a_batched else "(m, k)"
    maps = (
        f"affine_map<{dims} -> {a_map}>, affine_map<{dims} -> ({bd}n1, k, n0)>, "
        f"affine_map<{dims} -> ({bd}m, n1, n0)>"
    )
    lines += [
        f"  %r = linalg.contract indexing_maps = [{maps}] ins({a_val}, %bp : {_t(a_shape)}, {_t(packed)}) "
        f"outs(%cx : {_t(c_tiled)}) {{{TILES_ATTR} = array<i64: {mr}, {nr}, {mc}, {nc}, {kc}>}} "
        f"-> {_t(c_tiled)}",
        f"  %rc = tensor.collapse_shape %r [{groups}] : {_t(c_tiled)} into {_t(c_padded)}",
    ]
    result = "%rc"
    if padded != n:
        zeros = ", ".join(["0"] * rank)
        sizes = ", ".join(map(str, c_shape))
        ones = ", ".join(["1"] * rank)
        lines.append(
            f"  %rs = tensor.extract_slice %rc[{zeros}] [{sizes}] [{ones}] : {_t(c_padded)} to {_t(c_shape)}"
        )
        result = "%rs"
    if op.name in CONVS:
        dims = "[[0, 1], [2], [3, 4]]" if op.name == GROUPED_CONV else "[[0], [1], [2, 3]]"
        lines.append(
            f"  %out = tensor.expand_shape {result} {dims} output_shape {c_in} : "
            f"{_t(c_shape)} into {_t(c_in)}"
        )
        result = "%out"
    lines += [f"  return {result} : {_t(c_in)}", "}"]
    return "\n".join(lines)


def replace_with_gemm(op: ir.Operation, shape: GemmShape, blocking: Blocking) -> None:
    """Replace ``op`` by a call to a new helper function computing it as a packed GEMM."""
    from mlir import ir
    from mlir.dialects import func

    name = f"__mlc_packed_gemm_{next(_counter)}"
    parsed = ir.Module.parse(helper_text(op, shape, blocking, name))
    helper = parsed.body.operations[0].operation
    helper.detach_from_parent()
    module = op
    while module.name != "builtin.module":
        module = module.parent
    ir.InsertionPoint(module.regions[0].blocks[0]).insert(helper)
    with ir.InsertionPoint(op), op.location:
        call = func.CallOp([op.results[0].type], ir.FlatSymbolRefAttr.get(name), list(op.operands))
    op.results[0].replace_all_uses_with(call.results[0])
    op.erase()
