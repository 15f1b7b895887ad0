"""Tiling and vectorization of the CPU backend's heavy ops (transform dialect).

Before bufferization, each convolution, contraction and reduction with static
loop ranges gets tile sizes from a small per-kind rule (below), is tiled with
``structured.tile_using_for`` and turned into vector ops with
``structured.vectorize``. 2-D convolutions are first decomposed to 1-D ones
(the windowed dims are tiled to 1), which the vectorizer handles. Elementwise
ops get a vector along their result's innermost dim (LLVM's loop vectorizer
left most of transformer_tiny's scalar: it cannot tell apart the buffers of one
arena).

After bufferization, ``lower_vectors`` hoists the accumulator transfers out of
the reduction loops and lowers contractions to outer products (FMAs on
vector registers), multi-reductions and transfers to what LLVM takes. The
pattern sets run one after the other, not as one greedy set: transfer
permutation, broadcast and shape-cast lowering undo what canonicalization does
and together never converge (and grow the IR without bound).

Every op's schedule runs in its own ``failures(suppress)`` sequence: an op the
vectorizer rejects keeps its (correct) scalar loops.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler import attributes

if TYPE_CHECKING:
    from mlir import ir

# Target vector width in f32 lanes for the innermost parallel dim, and rows per tile.
LANES = 16
ROWS = 8
# Named op -> its loop dims in iteration order, one letter each (see _named_ranges).
_LOOPS = {
    "linalg.matmul": "mnk",
    "linalg.batch_matmul": "bmnk",
    "linalg.matvec": "mk",
    "linalg.conv_2d_nchw_fchw": "nfhwcyx",
    "linalg.conv_2d_nhwc_hwcf": "nhwfyxc",
}
_TILE_ATTR = attributes.CPU_TILE_ID
_GEMM_ATTR = attributes.CPU_GEMM_ID
_SPLIT_ATTR = attributes.CPU_SPLIT_ID
# Elementwise ops of at least this many elements are split into at most PARALLEL_CHUNKS
# chunks of their outermost splittable dim: an scf.forall, run on the thread pool.
MIN_PARALLEL_ELEMENTS = 1 << 15
PARALLEL_CHUNKS = 16


@dataclass(frozen=True)
class Schedule:
    tile_sizes: tuple[int, ...]
    decompose: bool


def largest_divisor(n: int, at_most: int) -> int:
    """The largest divisor of ``n`` that is at most ``at_most`` (tiles then need no masking)."""
    for d in range(min(n, at_most), 0, -1):
        if n % d == 0:
            return d
    return 1


def _shape(value: ir.Value) -> list[int] | None:
    from mlir import ir

    t = value.type
    if not isinstance(t, ir.RankedTensorType):
        return None
    st = ir.RankedTensorType(t)
    if not st.has_static_shape:
        return None
    return list(st.shape)


def _named_ranges(op: ir.Operation) -> dict[str, int] | None:
    """Loop ranges of a known named op by dim letter, from its operand shapes."""
    shapes = [_shape(v) for v in op.operands]
    if any(s is None for s in shapes):
        return None
    name = op.name
    if name == "linalg.matmul" and len(shapes) == 3:
        (m, k), (_, n), _ = shapes
        return {"m": m, "n": n, "k": k}
    if name == "linalg.batch_matmul":
        (b, m, k), (_, _, n), _ = shapes
        return {"b": b, "m": m, "n": n, "k": k}
    if name == "linalg.matvec":
        (m, k), _, _ = shapes
        return {"m": m, "k": k}
    if name == "linalg.conv_2d_nchw_fchw":
        _, (f, c, y, x), (n, _, h, w) = shapes
        return {"n": n, "f": f, "h": h, "w": w, "c": c, "y": y, "x": x}
    if name == "linalg.conv_2d_nhwc_hwcf":
        _, (y, x, c, f), (n, h, w, _) = shapes
        return {"n": n, "h": h, "w": w, "f": f, "y": y, "x": x, "c": c}
    return None


def named_schedule(op: ir.Operation) -> Schedule | None:
    ranges = _named_ranges(op)
    if ranges is None:
        return None
    loops = _LOOPS[op.name]
    if op.name.startswith("linalg.conv_2d"):
        want = {"w": ROWS, "f": LANES, "c": ROWS}
        return Schedule(tuple(largest_divisor(ranges[d], want.get(d, 1)) for d in loops), decompose=True)
    want = {"m": ROWS, "n": 2 * LANES}
    if op.name == "linalg.matvec":
        want = {"m": LANES}
    return Schedule(tuple(largest_divisor(ranges[d], want.get(d, 1)) for d in loops), decompose=False)


def generic_schedule(op: ir.Operation) -> Schedule | None:
    """Tiles for a ``linalg.generic`` with reduction loops: vectorize along the input's contiguous dim."""
    from mlir import ir

    iterators = [str(a) for a in ir.ArrayAttr(op.attributes["iterator_types"])]
    maps = [ir.AffineMapAttr(a).value for a in ir.ArrayAttr(op.attributes["indexing_maps"])]
    if not any("reduction" in it for it in iterators):
        return elementwise_schedule(op, maps)
    ranges: dict[int, int] = {}
    for value, amap in zip(op.operands, maps, strict=False):
        shape = _shape(value)
        if shape is None:
            return None
        for size, expr in zip(shape, amap.results, strict=False):
            if isinstance(expr, ir.AffineDimExpr):
                ranges[expr.position] = size
    if len(ranges) != len(iterators):
        return None
    sizes = [1] * len(iterators)
    first = maps[0].results
    if first and isinstance(first[-1], ir.AffineDimExpr):
        inner = first[-1].position
        sizes[inner] = largest_divisor(ranges[inner], LANES)
    return Schedule(tuple(sizes), decompose=False)


def elementwise_schedule(op: ir.Operation, maps: list) -> Schedule | None:
    """Tiles for an all-parallel ``linalg.generic``: a vector along the result's innermost dim
    (LLVM's loop vectorizer leaves many of these loops scalar: it cannot tell the buffers of
    one arena apart)."""
    from mlir import ir

    shape = _shape(op.results[0])
    out = maps[-1].results
    if not shape or len(out) != len(shape) or not isinstance(out[-1], ir.AffineDimExpr):
        return None
    sizes = [1] * maps[-1].n_dims
    sizes[ir.AffineDimExpr(out[-1]).position] = largest_divisor(shape[-1], LANES)
    return Schedule(tuple(sizes), decompose=False)


def _has_bool_operand(op: ir.Operation) -> bool:
    """Whether ``op`` reads or writes ``i1`` tensors (never vectorized).

    i1 buffers hold one byte per element, but a vector transfer of ``i1`` loads packed bits.
    """
    from mlir import ir

    for value in op.operands:
        t = value.type
        if isinstance(t, ir.ShapedType) and str(ir.ShapedType(t).element_type) == "i1":
            return True
    return False


def schedule_for(op: ir.Operation) -> Schedule | None:
    if _has_bool_operand(op):
        return None
    if op.name in _LOOPS:
        return named_schedule(op)
    if op.name == "linalg.generic" and len(op.results) == 1:
        return generic_schedule(op)
    return None


def _script(scheduled: Sequence[tuple[int, Schedule]], extra: Sequence[str] = ()) -> str:
    parts = []
    for ident, s in scheduled:
        n = len(s.tile_sizes)
        loops = ", ".join(["!transform.any_op"] * (n - s.tile_sizes.count(0)))
        handle = "%d" if s.decompose else "%t"
        decompose = (
            "      %d = transform.structured.decompose %t : (!transform.any_op) -> !transform.any_op\n"
            if s.decompose
            else ""
        )
        parts.append(
            "    transform.sequence %root : !transform.any_op failures(suppress) {\n"
            "    ^bb0(%r: !transform.any_op):\n"
            f"      %op = transform.structured.match attributes{{{_TILE_ATTR} = {ident} : i64}} in %r"
            " : (!transform.any_op) -> !transform.any_op\n"
            f"      %t, %loops:{n} = transform.structured.tile_using_for %op tile_sizes "
            f"[{', '.join(map(str, s.tile_sizes))}] : (!transform.any_op) -> (!transform.any_op, {loops})\n"
            f"{decompose}"
            f"      transform.structured.vectorize {handle} : !transform.any_op\n"
            "    }\n"
        )
    return (
        "module attributes {transform.with_named_sequence} {\n"
        "  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {\n"
        + "".join(parts)
        + "".join(extra)
        + "    transform.yield\n  }\n}\n"
    )


def _gemm_script(ident: int, tiles: Sequence[int], batched: bool) -> str:
    """Cache blocks (a parallel loop over (m, n1) blocks, then k), then the mr x nr register block.

    The contraction is ``(b?, m, n1, n0, k)``; n0 (the panel width) stays whole, so the
    vectorized microkernel is ``mr`` broadcasts times ``nr`` lanes of FMAs per k.
    """
    mr, _nr, mc, nc, kc = tiles
    any_op = "!transform.any_op"
    if batched:
        cache = [1, mc, nc, 0, kc]
        reg, reg_order = [0, mr, 1, 0, 1], [0, 2, 1, 3, 4]
    else:
        cache = [mc, nc, 0, kc]
        reg, reg_order = [mr, 1, 0, 1], [1, 0, 2, 3]
    # The (m, n) cache blocks form an scf.forall, which runs on the thread pool (threads.py).
    par = [*cache[:-1], 0]
    k_only = [t if i == len(cache) - 1 else 0 for i, t in enumerate(cache)]
    n_reg = len(reg) - reg.count(0)
    return (
        f"    transform.sequence %root : {any_op} failures(suppress) {{\n"
        f"    ^bb0(%r: {any_op}):\n"
        f"      %op = transform.structured.match attributes{{{_GEMM_ATTR} = {ident} : i64}} in %r"
        f" : ({any_op}) -> {any_op}\n"
        f"      %p, %forall = transform.structured.tile_using_forall %op tile_sizes {par} "
        f": ({any_op}) -> ({any_op}, {any_op})\n"
        f"      %c, %kl = transform.structured.tile_using_for %p tile_sizes {k_only} "
        f": ({any_op}) -> ({any_op}, {any_op})\n"
        f"      %t, %tl:{n_reg} = transform.structured.tile_using_for %c tile_sizes {reg} "
        f"interchange = {reg_order} : ({any_op}) -> ({', '.join([any_op] * (n_reg + 1))})\n"
        f"      transform.structured.vectorize %t {{create_named_contraction}} : {any_op}\n"
        "    }\n"
    )


_LOWER_PACKS = """
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %packs = transform.structured.match ops{["linalg.pack"]} in %root
      : (!transform.any_op) -> !transform.op<"linalg.pack">
    transform.foreach %packs : !transform.op<"linalg.pack"> {
    ^bb0(%p: !transform.op<"linalg.pack">):
      %pad, %ex, %tr = transform.structured.lower_pack %p : (!transform.op<"linalg.pack">)
        -> (!transform.op<"tensor.pad">, !transform.op<"tensor.expand_shape">,
            !transform.op<"linalg.transpose">)
    }
    transform.yield
  }
}
"""
# After tiling: the accumulator of each register block moves out of its k loop into vector registers.
_HOIST = "builtin.module(func.func(canonicalize,loop-invariant-subset-hoisting,canonicalize))"


def tile_gemms(module: ir.Module) -> int:
    """Tile and vectorize the packed GEMMs (``mlc.gemm_tiles``, from ``pack-contractions``).

    Each gets its cache and register blocks, and the ``linalg.pack`` ops become pad +
    reshape + transpose. This runs before elementwise fusion, which would otherwise fold
    the GEMM's reshapes into it (a ``linalg.generic`` without a schedule) and fuse its
    elementwise producers in, recomputing them once per reduction step.
    """
    from mlir import ir, passmanager

    from mlc.passes.pack_contractions.rewrite import TILES_ATTR

    gemms: list[str] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "linalg.contract" and TILES_ATTR in op.attributes:
            ident = len(gemms)
            op.attributes[_GEMM_ATTR] = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), ident)
            tiles = list(ir.DenseI64ArrayAttr(op.attributes[TILES_ATTR]))
            out_map = ir.AffineMapAttr(ir.ArrayAttr(op.attributes["indexing_maps"])[2]).value
            gemms.append(_gemm_script(ident, tiles, batched=len(out_map.results) == 4))
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    if gemms:
        _apply(module, _script([], gemms))
        _apply(module, _LOWER_PACKS)
        passmanager.PassManager.parse(_HOIST).run(module.operation)
    return len(gemms)


def tile_and_vectorize(module: ir.Module) -> int:
    """Tile and vectorize the other heavy ops of a tensor-level module; returns how many were scheduled."""
    from mlir import ir

    scheduled: list[tuple[int, Schedule]] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        s = schedule_for(op) if op.name.startswith("linalg.") else None
        if s is not None and any(t > 1 for t in s.tile_sizes):
            ident = len(scheduled)
            op.attributes[_TILE_ATTR] = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), ident)
            scheduled.append((ident, s))
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    if scheduled:
        _apply(module, _script(scheduled))
    return len(scheduled)


def parallel_split(op: ir.Operation) -> tuple[int, ...] | None:
    """Tile sizes splitting an all-parallel ``linalg.generic`` (one static result of at least
    ``MIN_PARALLEL_ELEMENTS``) into chunks along its outermost dim that has a divisor in
    2..``PARALLEL_CHUNKS`` (so no chunk is partial); None for other ops."""
    from mlir import ir

    if op.name != "linalg.generic" or len(op.results) != 1 or _has_bool_operand(op):
        return None
    iterators = [str(a) for a in ir.ArrayAttr(op.attributes["iterator_types"])]
    if any("parallel" not in it for it in iterators):
        return None
    maps = ir.ArrayAttr(op.attributes["indexing_maps"])
    out_map = ir.AffineMapAttr(maps[len(maps) - 1]).value
    shape = _shape(op.results[0])
    if shape is None or math.prod(shape) < MIN_PARALLEL_ELEMENTS or not out_map.is_permutation:
        return None
    sizes = [0] * len(iterators)
    for size, expr in zip(shape, out_map.results, strict=True):
        chunks = largest_divisor(size, PARALLEL_CHUNKS)
        if chunks > 1:
            sizes[ir.AffineDimExpr(expr).position] = size // chunks
            return tuple(sizes)
    return None


def _split_script(ident: int, sizes: Sequence[int]) -> str:
    return (
        "    transform.sequence %root : !transform.any_op failures(suppress) {\n"
        "    ^bb0(%r: !transform.any_op):\n"
        f"      %op = transform.structured.match attributes{{{_SPLIT_ATTR} = {ident} : i64}} in %r"
        " : (!transform.any_op) -> !transform.any_op\n"
        f"      %t, %forall = transform.structured.tile_using_forall %op tile_sizes {list(sizes)} "
        ": (!transform.any_op) -> (!transform.any_op, !transform.any_op)\n"
        "    }\n"
    )


def split_elementwise(module: ir.Module) -> int:
    """Split the large elementwise ops of a tensor-level module into parallel chunks
    (``parallel_split``): the thread pool runs them (``threads``); with one thread the
    chunks are a sequential loop. Returns how many were split."""
    from mlir import ir

    splits: list[str] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        # Only ops at function level: a forall nested in another loop is not outlined.
        if op.name == "linalg.generic" and op.parent is not None and op.parent.name == "func.func":
            sizes = parallel_split(op)
            if sizes is not None:
                ident = len(splits)
                op.attributes[_SPLIT_ATTR] = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), ident)
                splits.append(_split_script(ident, sizes))
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    if splits:
        _apply(module, _script([], splits))
    return len(splits)


_LOWER_VECTORS = """
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %funcs = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    %loops = transform.structured.match ops{["scf.for"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_licm to %loops : !transform.any_op
    %hoisted = transform.structured.hoist_redundant_vector_transfers %funcs
      : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %hoisted {
      transform.apply_patterns.vector.lower_contraction lowering_strategy = "outerproduct"
      transform.apply_patterns.vector.lower_multi_reduction lowering_strategy = "innerparallel"
      transform.apply_patterns.vector.lower_outerproduct
      transform.apply_patterns.vector.lower_transpose lowering_strategy = "eltwise"
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    transform.apply_patterns to %hoisted {
      transform.apply_patterns.vector.transfer_permutation_patterns
      transform.apply_patterns.vector.lower_transfer max_transfer_rank = 1
    } : !transform.any_op
    transform.apply_patterns to %hoisted {
      transform.apply_patterns.vector.lower_broadcast
    } : !transform.any_op
    transform.apply_patterns to %hoisted {
      transform.apply_patterns.vector.lower_shape_cast
    } : !transform.any_op
    transform.yield
  }
}
"""


def lower_vectors(module: ir.Module) -> None:
    """After bufferization: hoist accumulators out of reduction loops, lower vector ops for LLVM."""
    _apply(module, _LOWER_VECTORS)


def _apply(module: ir.Module, script: str) -> None:
    from mlir import ir
    from mlir.dialects.transform import interpreter

    schedule = ir.Module.parse(script)
    interpreter.apply_named_sequence(module.operation, schedule.body.operations[0], schedule.operation)
