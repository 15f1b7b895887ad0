"""Implicit GEMM: convolutions and contractions over several loops as one GEMM over loop groups.

A multiply-accumulate ``linalg.generic`` (two inputs, one output) whose loops are not one m,
one n and one k, such as a 2-D convolution (NCHW/FCHW or NHWC/HWCF, any stride and
dilation, the input ``x[n, c, oh * s + kh * d, ...]``) or a contraction over several
reduction loops, is a GEMM over *axes*, each a group of its loops flattened outer to inner:

* ``k``: the reduction loops (each indexes both inputs), in the order of the dims of the
  plain input (below);
* ``n``: the output's innermost loop indexes one input only (B); the parallel loops that
  index B and not A, ``m`` those that index A and not B. Each is the longest run of them
  that is consecutive and collapsible in the output and ends at the side's innermost;
  the side's other loops, and loops indexing both inputs, are batch axes (one loop each).

An operand whose dims are each indexed by one loop, grouped by axis in the groups' order
and collapsible (the output always; the filter of a convolution), is *plain*: a
``memref.collapse_shape`` of it (``reassociation``) is an ordinary GEMM operand. An input
that is not (the convolution's image) is *gathered*: an element's indices are sums of the
loops its axis coordinates decompose into (``terms``). It is contiguous along an axis when
its innermost dim has unit stride and is indexed by that axis' innermost loop alone; copies
of several elements then stay within that loop (``run``).

Padding: the frontends pad the image into a buffer first (``tensor.pad``: a fill with 0,
then a copy of the image into a subview). When the CUDA target has merged those two ops into
the convolution's kernel (``padded_image``), the GEMM reads the unpadded image instead, its
indices shifted by the subview's offsets, and elements outside it read as zero (``low``).
"""

from __future__ import annotations

import math
from dataclasses import replace

from mlir import ir

from mlc.passes.tensorize_gemm.contraction import (
    PARALLEL,
    REDUCTION,
    Contraction,
    NotAGemm,
    Operand,
    _check_body,
    _iterators,
    _maps,
    _operand,
)

Terms = tuple[tuple[int, int], ...]  # (loop, coefficient) summed


def _terms(expr: ir.AffineExpr) -> Terms:
    """``expr`` as a sum of loops times constants; raises ``NotAGemm`` otherwise."""
    if isinstance(expr, ir.AffineDimExpr):
        return ((expr.position, 1),)
    if isinstance(expr, ir.AffineAddExpr):
        return _terms(expr.lhs) + _terms(expr.rhs)
    if isinstance(expr, ir.AffineMulExpr):
        lhs, rhs = expr.lhs, expr.rhs
        if isinstance(lhs, ir.AffineConstantExpr):
            lhs, rhs = rhs, lhs
        if isinstance(lhs, ir.AffineDimExpr) and isinstance(rhs, ir.AffineConstantExpr) and rhs.value > 0:
            return ((lhs.position, rhs.value),)
    raise NotAGemm(f"index {expr} is not a sum of loops times positive constants")


def _collapsible(op: Operand, first: int, last: int) -> bool:
    """Memref dims ``first..last`` of ``op`` are one contiguous run (row-major among them)."""
    return all(op.strides[i] == op.strides[i + 1] * op.shape[i + 1] for i in range(first, last))


def _side_group(loops: list[int], c: Operand) -> tuple[list[int], list[int]]:
    """(the group, the rest as batch loops) of one side's parallel loops: the longest run of
    them consecutive and collapsible in the output, ending at the side's innermost."""
    pos = sorted(c.dims.index(loop) for loop in loops)
    start = len(pos) - 1
    while start > 0 and pos[start - 1] == pos[start] - 1 and _collapsible(c, pos[start - 1], pos[start]):
        start -= 1
    group = [c.dims[p] for p in pos[start:]]
    return group, [c.dims[p] for p in pos[:start]]


def _plain(op: Operand, axis_of: dict[int, int], groups: dict[int, list[int]]) -> Operand | None:
    """``op`` as a GEMM operand over axes (collapsing each axis' dims), or None (gathered)."""
    runs: list[list[int]] = []
    for i, loop in enumerate(op.dims):
        if runs and axis_of[op.dims[runs[-1][-1]]] == axis_of[loop]:
            runs[-1].append(i)
        else:
            runs.append([i])
    axes = [axis_of[op.dims[r[0]]] for r in runs]
    if len(set(axes)) != len(axes):
        return None
    for axis, run in zip(axes, runs, strict=True):
        if [op.dims[i] for i in run] != groups[axis] or not _collapsible(op, run[0], run[-1]):
            return None
    return Operand(
        op.value,
        tuple(axes),
        tuple(math.prod(op.shape[i] for i in r) for r in runs),
        tuple(op.strides[r[-1]] for r in runs),
        op.offset,
        op.element,
        reassociation=tuple(tuple(r) for r in runs) if len(runs) != len(op.dims) else None,
    )


def _gathered(
    value: ir.Value, terms: list[Terms], axis_of: dict[int, int], groups: dict[int, list[int]], extent
) -> Operand:
    """The gathered operand ``value`` indexed by ``terms`` (see the module doc)."""
    base = _operand(value, tuple(range(len(terms))))
    for t, size in zip(terms, base.shape, strict=True):
        if sum(coef * (extent[loop] - 1) for loop, coef in t) >= size:
            raise NotAGemm(f"an input of shape {list(base.shape)} is read outside its bounds")
    inner, run = None, None
    last = terms[-1]
    if base.strides[-1] == 1 and len(last) == 1 and last[0][1] == 1:
        loop = last[0][0]
        axis = axis_of[loop]
        if groups[axis][-1] == loop:
            inner = axis
            run = extent[loop] if len(groups[axis]) > 1 else None
    dims = tuple(axis_of[t[-1][0]] for t in terms)  # the axis of each dim's last loop: for bytes only
    return Operand(
        value,
        dims,
        base.shape,
        base.strides,
        base.offset,
        base.element,
        terms=tuple(terms),
        inner=inner,
        run=run,
    )


def match_implicit(generic: ir.Operation) -> Contraction:
    """The implicit GEMM ``generic`` computes (see the module doc); raises ``NotAGemm``."""
    view = generic.opview
    if len(view.inputs) != 2 or len(view.outputs) != 1:
        raise NotAGemm("it does not have two inputs and one output")
    iterators = _iterators(generic)
    reductions = [d for d, it in enumerate(iterators) if it == REDUCTION]
    parallel = [d for d, it in enumerate(iterators) if it == PARALLEL]
    if not reductions:
        raise NotAGemm("it has no reduction loop")
    maps = _maps(generic)
    terms = [[_terms(e) for e in m.results] for m in maps]
    if any(len(t) != 1 or t[0][1] != 1 for t in terms[2]):
        raise NotAGemm("the output is not indexed by loops alone")
    c = _operand(view.outputs[0], tuple(t[0][0] for t in terms[2]))
    if sorted(c.dims) != parallel:
        raise NotAGemm("the output is not indexed by every parallel loop once")
    if not parallel:
        raise NotAGemm("it has no parallel loop (a full reduction)")
    _check_body(generic)
    used = [{loop for t in ts for loop, _ in t} for ts in terms[:2]]
    if any(r not in used[0] or r not in used[1] for r in reductions):
        raise NotAGemm("a reduction loop does not index both inputs")
    inner = c.dims[-1]
    if (inner in used[0]) == (inner in used[1]):
        raise NotAGemm("the output's innermost loop indexes both inputs or neither")
    bi = 0 if inner in used[0] else 1
    ai = 1 - bi
    batch, m_loops, n_loops = [], [], []
    for loop in parallel:
        in_a, in_b = loop in used[ai], loop in used[bi]
        if not in_a and not in_b:
            raise NotAGemm("a parallel loop indexes neither input")
        (batch if in_a and in_b else m_loops if in_a else n_loops).append(loop)
    if not m_loops:
        raise NotAGemm("no parallel loop indexes A alone")
    m_group, rest_m = _side_group(m_loops, c)
    n_group, rest_n = _side_group(n_loops, c)
    batch = sorted(batch + rest_m + rest_n, key=c.dims.index)
    plain_inputs = [
        i
        for i in (ai, bi)
        if all(len(t) == 1 and t[0][1] == 1 for t in terms[i]) and len(set(terms[i])) == len(terms[i])
    ]
    if not plain_inputs:
        raise NotAGemm("neither input is indexed by loops alone")
    order = [t[0][0] for t in terms[plain_inputs[0]]]
    k_group = sorted(reductions, key=order.index)
    extent: dict[int, int] = dict(zip(c.dims, c.shape, strict=True))
    for i in plain_inputs:
        for t, size in zip(terms[i], ir.MemRefType(view.inputs[i].type).shape, strict=True):
            extent[t[0][0]] = size
    nb = len(batch)
    groups = {b: [loop] for b, loop in enumerate(batch)}
    groups.update({nb: m_group, nb + 1: n_group, nb + 2: k_group})
    axis_of = {loop: axis for axis, loops in groups.items() for loop in loops}
    operands = []
    for i in (ai, bi):
        if i in plain_inputs:
            op = _plain(_operand(view.inputs[i], tuple(t[0][0] for t in terms[i])), axis_of, groups)
            if op is not None:
                operands.append(op)
                continue
        operands.append(_gathered(view.inputs[i], terms[i], axis_of, groups, extent))
    out = _plain(c, axis_of, groups)
    if out is None:
        raise NotAGemm("the output does not collapse into its GEMM axes")
    extents = tuple(math.prod(extent[loop] for loop in groups[axis]) for axis in range(nb + 3))
    decompose = tuple(tuple((loop, extent[loop]) for loop in groups[axis]) for axis in range(nb + 3))
    a, b = operands
    return Contraction(generic, tuple(range(nb)), nb, nb + 1, nb + 2, extents, a, b, out, decompose)


def _zero_fill(generic: ir.Operation, target: ir.Value) -> bool:
    """``generic`` writes 0.0 into the whole of ``target`` (a fill, or a yield of the constant)."""
    if generic.name != "linalg.generic" or list(generic.opview.outputs) != [target]:
        return False
    if any(it != PARALLEL for it in _iterators(generic)):
        return False
    block = generic.regions[0].blocks[0]
    ops = [o.operation for o in block.operations]
    if len(ops) != 1:
        return False
    value = ops[0].operands[0]
    if isinstance(value, ir.BlockArgument) and value.owner == block:
        if value.arg_number >= len(generic.opview.inputs):
            return False
        value = generic.opview.inputs[value.arg_number]
    if not isinstance(value, ir.OpResult) or value.owner.name != "arith.constant":
        return False
    attr = value.owner.attributes["value"]
    return isinstance(attr, ir.FloatAttr) and ir.FloatAttr(attr).value == 0.0


def _copy_source(generic: ir.Operation) -> tuple[ir.Value, ir.Value] | None:
    """(source, destination) of an identity copy ``generic``, or None."""
    view = generic.opview
    if generic.name != "linalg.generic" or len(view.inputs) != 1 or len(view.outputs) != 1:
        return None
    maps = _maps(generic)
    if any(m != ir.AffineMap.get_identity(m.n_dims) for m in maps):
        return None
    block = generic.regions[0].blocks[0]
    ops = [o.operation for o in block.operations]
    if len(ops) != 1 or ops[0].operands[0] != block.arguments[0]:
        return None
    return view.inputs[0], view.outputs[0]


def padded_image(con: Contraction, fill: ir.Operation, copy: ir.Operation) -> Contraction:
    """``con`` reading the image that ``fill`` (zeros) and ``copy`` (the source into a static
    subview) pad, from the source itself; raises ``NotAGemm`` when they are not that."""
    names = [n for n in ("a", "b") if getattr(con, n).terms is not None]
    if not names:
        raise NotAGemm("the ops before the convolution do not pad its image")
    image = getattr(con, names[0])
    copied = _copy_source(copy)
    if not _zero_fill(fill, image.value) or copied is None:
        raise NotAGemm("the ops before the convolution do not pad its image with zeros")
    source, dest = copied
    view = dest.owner if isinstance(dest, ir.OpResult) else None
    if (
        view is None
        or view.name != "memref.subview"
        or view.operands[0] != image.value
        or len(view.operands) != 1
    ):
        raise NotAGemm("the copy before the convolution does not write a static subview of its image")
    low = list(ir.DenseI64ArrayAttr(view.attributes["static_offsets"]))
    if any(s != 1 for s in ir.DenseI64ArrayAttr(view.attributes["static_strides"])):
        raise NotAGemm("the image is padded with a strided subview")
    src = _operand(source, image.dims)
    if list(src.shape) != list(ir.DenseI64ArrayAttr(view.attributes["static_sizes"])):
        raise NotAGemm("the padding copy does not fill its subview")
    padded_inner = low[-1] != 0 or src.shape[-1] != image.shape[-1]
    padded = replace(
        image,
        value=src.value,
        shape=src.shape,
        strides=src.strides,
        offset=src.offset,
        low=tuple(low),
        inner=None if padded_inner else image.inner,
        run=None if padded_inner else image.run,
    )
    return replace(con, **{names[0]: padded})
