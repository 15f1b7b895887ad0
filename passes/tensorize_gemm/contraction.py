"""Recognizing a GEMM-class kernel: one ``linalg.generic`` contraction on memrefs.

A kernel function (the CUDA target's ``kernels`` stage) is a GEMM when its body holds
exactly one ``linalg.generic`` with two inputs ``A``, ``B`` and one output ``C`` such that

* one loop is a reduction (``k``), every other loop is parallel;
* every indexing map is a projected permutation; ``C`` is indexed by all parallel loops;
* each parallel loop indexed by ``A`` and ``B`` (and ``C``) is a batch loop; exactly one
  parallel loop is indexed by ``A`` and ``C`` only (``m``) and one by ``B`` and ``C`` only
  (``n``); ``A`` and ``B`` are both indexed by ``k``;
* the body is ``yield(out + x * y)`` (in either order), where ``x`` and ``y`` are the two
  inputs, each possibly extended (``arith.extf``) to the output type;
* every memref has a static shape, offset and strides.

This covers ``linalg.matmul``, ``batch_matmul``, their transposed variants and generic
contractions with permuted maps (e.g. a matmul with a transposed operand written as a
``generic``), after ``linalg-generalize-named-ops``. Whether a match takes the tensor cores
(element types, target) is decided by the caller.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from mlir import ir

PARALLEL, REDUCTION = "parallel", "reduction"


@dataclass(frozen=True)
class Operand:
    """One memref operand of the contraction: the loop indexing each memref dimension."""

    value: ir.Value
    dims: tuple[int, ...]  # loop dim indexing memref dim i
    shape: tuple[int, ...]
    strides: tuple[int, ...]  # elements
    offset: int  # elements
    element: str  # "f16", "bf16", "f32", ...
    # An implicit GEMM's operand (``implicit.py``): a plain one is the collapse_shape of its
    # memref dims ``reassociation`` (``dims`` etc. describe the collapsed view); a gathered
    # one's memref dims are indexed by ``terms`` ((loop, coefficient)s summed) of the loops
    # the axis coordinates decompose into, and it is contiguous along axis ``inner`` in runs
    # of ``run`` elements (None: the whole axis).
    reassociation: tuple[tuple[int, ...], ...] | None = None
    terms: tuple[tuple[tuple[int, int], ...], ...] | None = None
    inner: int | None = None
    run: int | None = None
    # A padded image (the kernel pads it first): ``value`` is the unpadded source, placed at
    # offsets ``low`` in the padded buffer the generic reads; elements outside it read as 0.
    low: tuple[int, ...] | None = None

    def stride_of(self, loop: int) -> int:
        """The stride (elements) of loop ``loop`` in this operand (0 when it does not index it)."""
        return sum(s for d, s in zip(self.dims, self.strides, strict=True) if d == loop)

    def contiguous(self) -> int | None:
        """The loop whose memref dimension has stride 1 and is the innermost, if any."""
        if self.terms is not None:
            return self.inner
        if not self.dims or self.strides[-1] != 1:
            return None
        return self.dims[-1]

    @property
    def element_bytes(self) -> int:
        return {"f16": 2, "bf16": 2, "f32": 4, "f64": 8}.get(self.element, 0)


@dataclass(frozen=True)
class Contraction:
    """A matched GEMM: ``C[batch, m, n] += A[batch, m, k] * B[batch, k, n]`` with any layouts."""

    generic: ir.Operation
    batch: tuple[int, ...]  # loop dims
    m: int
    n: int
    k: int
    extents: tuple[int, ...]  # per loop dim
    a: Operand
    b: Operand
    c: Operand
    # An implicit GEMM (``implicit.py``): per axis (batch..., m, n, k), the loops of the
    # generic it flattens, outer to inner, with their extents; None: each axis is one loop.
    decompose: tuple[tuple[tuple[int, int], ...], ...] | None = None

    @property
    def implicit(self) -> bool:
        return self.decompose is not None

    @property
    def batch_count(self) -> int:
        return math.prod(self.extents[d] for d in self.batch)

    @property
    def size(self) -> tuple[int, int, int]:
        return self.extents[self.m], self.extents[self.n], self.extents[self.k]

    @property
    def flops(self) -> int:
        m, n, k = self.size
        return 2 * self.batch_count * m * n * k


class NotAGemm(Exception):
    """Why a kernel is not a GEMM the tensorizer handles (a sentence for a remark)."""


def _iterators(generic: ir.Operation) -> list[str]:
    return [str(a).split("<")[-1].rstrip(">") for a in ir.ArrayAttr(generic.attributes["iterator_types"])]


def _maps(generic: ir.Operation) -> list[ir.AffineMap]:
    return [ir.AffineMapAttr(a).value for a in ir.ArrayAttr(generic.attributes["indexing_maps"])]


def _dims_of(amap: ir.AffineMap) -> tuple[int, ...]:
    dims = []
    for expr in amap.results:
        if not isinstance(expr, ir.AffineDimExpr):
            raise NotAGemm(f"indexing map {amap} is not a projected permutation")
        dims.append(expr.position)
    if len(set(dims)) != len(dims):
        raise NotAGemm(f"indexing map {amap} repeats a loop")
    return tuple(dims)


ZERO_INDEX = -1  # an epilogue input's dim of size 1 indexed by the constant 0 (a broadcast)


def _broadcast_dims(amap: ir.AffineMap, shape: list[int]) -> tuple[int, ...]:
    """``_dims_of`` for an epilogue input, whose size-1 dims may be indexed by 0 (``ZERO_INDEX``)."""
    dims = []
    for expr, size in zip(amap.results, shape, strict=True):
        if isinstance(expr, ir.AffineConstantExpr) and expr.value == 0 and size == 1:
            dims.append(ZERO_INDEX)
        elif isinstance(expr, ir.AffineDimExpr):
            dims.append(expr.position)
        else:
            raise NotAGemm(f"indexing map {amap} of the op after the contraction is not a broadcast")
    loops = [d for d in dims if d != ZERO_INDEX]
    if len(set(loops)) != len(loops):
        raise NotAGemm(f"indexing map {amap} repeats a loop")
    return tuple(dims)


def _operand(value: ir.Value, dims: tuple[int, ...]) -> Operand:
    if not isinstance(value.type, ir.MemRefType):
        raise NotAGemm("an operand is not a memref")
    mtype = ir.MemRefType(value.type)
    if not mtype.has_static_shape:
        raise NotAGemm(f"operand type {mtype} has a dynamic shape")
    strides, offset = mtype.get_strides_and_offset()
    dynamic = ir.ShapedType.get_dynamic_stride_or_offset()
    if offset == dynamic or dynamic in strides:
        raise NotAGemm(f"operand type {mtype} has a dynamic layout")
    return Operand(value, dims, tuple(mtype.shape), tuple(strides), offset, str(mtype.element_type))


def _source_arg(value: ir.Value, block: ir.Block) -> int | None:
    """The block argument ``value`` is (possibly through ``arith.extf``), by position."""
    if isinstance(value, ir.OpResult) and value.owner.name == "arith.extf":
        value = value.owner.operands[0]
    if isinstance(value, ir.BlockArgument) and value.owner == block:
        return value.arg_number
    return None


def _check_body(generic: ir.Operation) -> None:
    block = generic.regions[0].blocks[0]
    ops = [o.operation for o in block.operations]
    yielded = ops[-1].operands
    if len(yielded) != 1 or not isinstance(yielded[0], ir.OpResult):
        raise NotAGemm("the body does not yield one computed value")
    add = yielded[0].owner
    if add.name != "arith.addf":
        raise NotAGemm(f"the body does not accumulate with arith.addf (it yields '{add.name}')")
    out = block.arguments[2]
    lhs, rhs = add.operands
    product = rhs if lhs == out else lhs if rhs == out else None
    if product is None or not isinstance(product, ir.OpResult) or product.owner.name != "arith.mulf":
        raise NotAGemm("the body is not out + x * y")
    sources = {_source_arg(v, block) for v in product.owner.operands}
    if sources != {0, 1}:
        raise NotAGemm("the product does not multiply the two inputs")
    allowed = {"arith.extf", "arith.mulf", "arith.addf", "linalg.yield"}
    extra = [o.name for o in ops if o.name not in allowed]
    if extra or len(ops) > 6:
        raise NotAGemm(f"the body computes more than a multiply-accumulate ({', '.join(extra)})")


def match_generic(generic: ir.Operation) -> Contraction:
    """The contraction ``generic`` computes, as a GEMM over its loops or (a convolution,
    several reduction loops) over groups of them; raises ``NotAGemm`` saying why not."""
    try:
        return _match_plain(generic)
    except NotAGemm as plain:
        from mlc.passes.tensorize_gemm.implicit import match_implicit

        try:
            return match_implicit(generic)
        except NotAGemm as implicit:
            if _could_be_implicit(generic):
                raise implicit from None
            raise plain from None


def _could_be_implicit(generic: ir.Operation) -> bool:
    """``generic`` has several reduction loops or an index that is not a loop."""
    if generic.name != "linalg.generic":
        return False
    maps = _maps(generic)
    loops_only = all(isinstance(e, ir.AffineDimExpr) for m in maps for e in m.results)
    return _iterators(generic).count(REDUCTION) > 1 or not loops_only


def _match_plain(generic: ir.Operation) -> Contraction:
    if generic.name != "linalg.generic":
        raise NotAGemm(f"'{generic.name}' is not a linalg.generic")
    view = generic.opview
    if len(view.inputs) != 2 or len(view.outputs) != 1:
        raise NotAGemm("it does not have two inputs and one output")
    iterators = _iterators(generic)
    reductions = [d for d, it in enumerate(iterators) if it == REDUCTION]
    if len(reductions) != 1:
        raise NotAGemm(f"it has {len(reductions)} reduction loops (a GEMM has one)")
    k = reductions[0]
    maps = [_dims_of(m) for m in _maps(generic)]
    a_dims, b_dims, c_dims = maps
    parallel = [d for d, it in enumerate(iterators) if it == PARALLEL]
    if sorted(c_dims) != parallel:
        raise NotAGemm("the output is not indexed by every parallel loop")
    if k not in a_dims or k not in b_dims:
        raise NotAGemm("the reduction loop does not index both inputs")
    batch = tuple(d for d in parallel if d in a_dims and d in b_dims)
    ms = [d for d in parallel if d in a_dims and d not in b_dims]
    ns = [d for d in parallel if d in b_dims and d not in a_dims]
    if len(ms) != 1 or len(ns) != 1 or len(batch) + 2 != len(parallel):
        raise NotAGemm("its parallel loops are not batch loops plus one row and one column loop")
    _check_body(generic)
    a = _operand(view.inputs[0], a_dims)
    b = _operand(view.inputs[1], b_dims)
    c = _operand(view.outputs[0], c_dims)
    extents = [0] * len(iterators)
    for op in (a, b, c):
        for d, size in zip(op.dims, op.shape, strict=True):
            extents[d] = size
    return Contraction(generic, batch, ms[0], ns[0], k, tuple(extents), a, b, c)


@dataclass(frozen=True)
class Epilogue:
    """An elementwise ``linalg.generic`` applied to the contraction's result before it is
    stored. It reads C (input ``acc_input``), directly or through a ``memref.expand_shape``,
    at the point it writes ``out``. Its loop ``i`` runs over ``(coordinate of contraction
    loop coords[i][0]) / coords[i][1] % coords[i][2]`` (the expanded dimension of C it
    indexes); its operands' ``dims`` are its own loops (``inputs`` is ``None`` at
    ``acc_input``)."""

    generic: ir.Operation
    acc_input: int
    inputs: tuple[Operand | None, ...]
    out: Operand
    coords: tuple[tuple[int, int, int], ...]


@dataclass(frozen=True)
class Broadcast:
    """C starts from ``source`` broadcast over it (a bias): an elementwise generic that writes
    all of C from ``source`` alone. ``coords`` as in ``Epilogue``; ``source.dims`` are its loops."""

    generic: ir.Operation
    source: Operand
    coords: tuple[tuple[int, int, int], ...]

    def source_type(self) -> ir.Type:
        return ir.MemRefType(self.source.value.type).element_type


def match_broadcast(generic: ir.Operation, c: Operand) -> Broadcast:
    """The broadcast ``generic`` initializes ``c`` with; raises ``NotAGemm``."""
    view = generic.opview
    if generic.name != "linalg.generic" or len(view.inputs) != 1 or list(view.outputs) != [c.value]:
        raise NotAGemm("the op before the contraction does not write its output from one input")
    maps = _maps(generic)
    if any(it != PARALLEL for it in _iterators(generic)) or maps[1] != ir.AffineMap.get_identity(
        maps[1].n_dims
    ):
        raise NotAGemm("the op before the contraction is not elementwise over its output")
    block = generic.regions[0].blocks[0]
    ops = [o.operation for o in block.operations]
    if len(ops) != 1 or ops[0].operands[0] != block.arguments[0]:
        raise NotAGemm("the op before the contraction is not a broadcast")
    value = view.inputs[0]
    if not isinstance(value.type, ir.MemRefType):
        raise NotAGemm("the op before the contraction broadcasts a scalar")
    source = _operand(value, _broadcast_dims(maps[0], ir.MemRefType(value.type).shape))
    return Broadcast(generic, source, _epilogue_coords(c.value, c))


@dataclass(frozen=True)
class Gemm:
    """What the tensorizer computes for one kernel: C starts from the constant ``init`` (a
    fused fill) or from its contents, accumulates the contraction, and is stored through the
    ``epilogue`` (into its output) when there is one."""

    contraction: Contraction
    init: float | None = None
    epilogue: Epilogue | None = None
    init_from: Broadcast | None = None  # C starts from a broadcast (a bias) instead

    @property
    def output(self) -> Operand:
        return self.epilogue.out if self.epilogue else self.contraction.c


def compute_ops(kfunc: ir.Operation) -> list[ir.Operation]:
    """The linalg ops of a kernel function's body, in order."""
    return [
        o.operation
        for o in kfunc.regions[0].blocks[0].operations
        if o.operation.name.startswith("linalg.") and o.operation.name != "linalg.yield"
    ]


def fill_constant(generic: ir.Operation, target: ir.Value) -> float:
    """The constant a fill ``generic`` writes into the whole of ``target``; raises ``NotAGemm``."""
    if generic.name != "linalg.generic":
        raise NotAGemm(f"'{generic.name}' before the contraction is not a fill")
    view = generic.opview
    if len(view.inputs) != 1 or len(view.outputs) != 1 or view.outputs[0] != target:
        raise NotAGemm("the op before the contraction does not fill its output")
    maps = _maps(generic)
    if maps[0].results or maps[1] != ir.AffineMap.get_identity(maps[1].n_dims):
        raise NotAGemm("the op before the contraction does not fill its whole output")
    block = generic.regions[0].blocks[0]
    ops = [o.operation for o in block.operations]
    if len(ops) != 1 or ops[0].operands[0] != block.arguments[0]:
        raise NotAGemm("the op before the contraction is not a fill")
    value = view.inputs[0]
    if not isinstance(value, ir.OpResult) or value.owner.name != "arith.constant":
        raise NotAGemm("the fill value is not a constant")
    attr = value.owner.attributes["value"]
    if not isinstance(attr, ir.FloatAttr):
        raise NotAGemm("the fill value is not a float")
    return ir.FloatAttr(attr).value


_EPILOGUE_OPS = ("arith.", "math.", "linalg.yield")


def _epilogue_coords(value: ir.Value, c: Operand) -> tuple[tuple[int, int, int], ...] | None:
    """How the dimensions of ``value`` (C itself, or an expand_shape of it) derive from the
    contraction's loops (see ``Epilogue``); None when ``value`` is neither."""
    if value == c.value and c.reassociation is not None:  # C is a collapse_shape of ``value``
        return _expanded(c, [list(g) for g in c.reassociation], ir.MemRefType(value.type).shape)
    if value == c.value:
        return tuple((d, 1, size) for d, size in zip(c.dims, c.shape, strict=True))
    if not isinstance(value, ir.OpResult) or value.owner.name != "memref.expand_shape":
        return None
    view = value.owner
    if view.operands[0] != c.value or c.reassociation is not None:
        return None
    groups = [
        [ir.IntegerAttr(i).value for i in ir.ArrayAttr(g)]
        for g in ir.ArrayAttr(view.attributes["reassociation"])
    ]
    return _expanded(c, groups, ir.MemRefType(value.type).shape)


def _expanded(c: Operand, groups: list[list[int]], shape) -> tuple[tuple[int, int, int], ...]:
    """The coordinates of the dims of a memref of ``shape`` whose dims ``groups[j]`` expand
    dim ``j`` of ``c``."""
    coords: list[tuple[int, int, int]] = []
    for j, group in enumerate(groups):
        inner = 1
        for i in reversed(group):
            coords.append((c.dims[j], inner, shape[i]))
            inner *= shape[i]
    order = [i for group in groups for i in reversed(group)]
    return tuple(coords[order.index(i)] for i in range(len(shape)))


def match_epilogue(generic: ir.Operation, c: Operand) -> Epilogue:
    """The epilogue ``generic`` applies to the contraction result ``c``; raises ``NotAGemm``."""
    if generic.name != "linalg.generic":
        raise NotAGemm(f"'{generic.name}' after the contraction is not elementwise")
    view = generic.opview
    if len(view.outputs) != 1 or any(it != PARALLEL for it in _iterators(generic)):
        raise NotAGemm("the op after the contraction is not elementwise with one output")
    maps = _maps(generic)
    found = [(i, _epilogue_coords(v, c)) for i, v in enumerate(view.inputs)]
    found = [(i, coords) for i, coords in found if coords is not None]
    if len(found) != 1:
        raise NotAGemm("the op after the contraction does not read its result exactly once")
    acc_input, coords = found[0]
    identity = ir.AffineMap.get_identity(len(coords))
    if maps[-1] != identity or maps[acc_input] != identity:
        raise NotAGemm("the op after the contraction does not read its result where it writes")
    block = generic.regions[0].blocks[0]
    if list(block.arguments[-1].uses):
        raise NotAGemm("the op after the contraction reads its output")
    for o in block.operations:
        name = o.operation.name
        if not name.startswith(_EPILOGUE_OPS) or o.operation.regions:
            raise NotAGemm(f"the op after the contraction computes '{name}'")
    out = _operand(view.outputs[0], tuple(range(len(coords))))
    if out.shape != tuple(size for _, _, size in coords):
        raise NotAGemm("the op after the contraction writes a different shape")
    inputs: list[Operand | None] = []
    for i, (value, amap) in enumerate(zip(view.inputs, maps, strict=False)):
        if i == acc_input:
            inputs.append(None)
        elif not isinstance(value.type, ir.MemRefType):
            raise NotAGemm("an input of the op after the contraction is not a memref")
        else:
            inputs.append(_operand(value, _broadcast_dims(amap, ir.MemRefType(value.type).shape)))
    return Epilogue(generic, acc_input, tuple(inputs), out, coords)


def match_kernel(kfunc: ir.Operation) -> Gemm:
    """The GEMM of a kernel function: one contraction, optionally preceded by a fill of its
    output and followed by an elementwise epilogue reading it."""
    ops = compute_ops(kfunc)
    reasons = []
    for i, op in enumerate(ops):
        try:
            con = match_generic(op)
        except NotAGemm as e:
            reasons.append(str(e))
            continue
        before, after = ops[:i], ops[i + 1 :]
        if con.implicit and len(before) in (2, 3):  # the image padded in the kernel first
            from mlc.passes.tensorize_gemm.implicit import padded_image

            con, before = padded_image(con, before[0], before[1]), before[2:]
        if len(before) > 1 or len(after) > 1:
            raise NotAGemm(f"the kernel holds {len(ops)} linalg ops around its contraction")
        init, init_from = None, None
        if before:
            try:
                init = fill_constant(before[0], con.c.value)
            except NotAGemm as e:
                try:
                    init_from = match_broadcast(before[0], con.c)
                except NotAGemm:
                    raise e from None
        epilogue = match_epilogue(after[0], con.c) if after else None
        return Gemm(con, init, epilogue, init_from)
    if len(ops) == 1 and reasons:
        raise NotAGemm(reasons[0])
    raise NotAGemm(f"the kernel holds {len(ops)} linalg ops and none is a GEMM contraction")
