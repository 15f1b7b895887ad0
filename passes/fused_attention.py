"""The ``fused-attention`` pass: scaled-dot-product attention as one flash-attention kernel.

A kernel function marked ``mlc.attention`` (by the CUDA ``kernels`` stage's attention fusion,
``compiler/targets/cuda/attention_fusion.py``) holds the ops of attention in program order:

* fills of the intermediates (the scores start at a constant, the row maximum at -inf, the
  row sum at 0, the output at a constant);
* ``S = Q Kᵀ``: a contraction over loops ``(batch..., i, j, k)``;
* a *prologue*: any elementwise ops on the scores (scale, additive or boolean mask, causal
  mask from ``linalg.index``), each reading other buffers through its own indexing maps;
* softmax over ``j``: a max reduction, ``exp(x - max)`` (one op or two), a sum reduction, and
  the division by the sum, on its own or fused into the second contraction;
* ``O = P V``: a contraction over loops ``(batch..., i, d, j)``.

``match_attention`` checks all of that (each intermediate row-major, read and written at the
same row and column by every op, used by nothing but the next op) and the pass replaces it by
a kernel in which no intermediate touches memory: a block per ``WARPS`` query rows of one
batch (a warp per row), K and V tiles of ``KEYS`` keys staged in shared memory by the whole
block, lane ``j`` scoring key ``j`` of the tile (the prologue applied in registers), the
running maximum and sum combined with ``gpu.shuffle xor`` (online softmax: earlier partial
sums rescaled by ``exp(m_old - m_new)``; a row whose scores so far are all -inf subtracts 0
instead of -inf, so a fully masked row gives 0/0 = NaN, as the unfused ops do), and lane
``d`` accumulating output column ``d`` (and ``d + 32``, ...) from the tile's probabilities in
shared memory. SIMT, f32: no tensor cores yet. Rows past the end of ``i`` (an odd sequence
length) compute a copy of the last row and do not store it; keys past the end of ``j`` score
-inf.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from mlir import ir
from mlir.dialects import arith, gpu, memref, scf
from mlir.dialects import math as mmath

from mlc.compiler import attributes
from mlc.compiler.diagnostics import remark
from mlc.compiler.errors import MlcError
from mlc.compiler.targets.limits import STATIC_SHARED_BYTES_PER_BLOCK, WARP_SIZE
from mlc.passes import Pass
from mlc.passes.row_kernel import delinearize, map_indices

WARPS = 4  # query rows per block, a warp each
KEYS = WARP_SIZE  # keys per K/V tile: a lane each
WORKGROUP_SPACE = 3
INPUT_ELEMENTS = ("f32", "f16", "bf16")  # of Q, K and V; the scores and softmax are f32


class NotAttention(Exception):
    """The ops are not attention as ``match_attention`` takes it (the message says why)."""


def _maps(g: ir.Operation) -> list[ir.AffineMap]:
    return [ir.AffineMapAttr(a).value for a in ir.ArrayAttr(g.attributes["indexing_maps"])]


def _iterators(g: ir.Operation) -> list[str]:
    return [str(a).split("<")[-1].rstrip(">") for a in ir.ArrayAttr(g.attributes["iterator_types"])]


def _body_ops(g: ir.Operation) -> list[ir.Operation]:
    return [o.operation for o in g.regions[0].blocks[0].operations]


def _n_in(g: ir.Operation) -> int:
    return len(g.opview.inputs)


def _dims_used(amap: ir.AffineMap) -> set[int]:
    import re

    return {int(d) for e in amap.results for d in re.findall(r"\bd(\d+)\b", str(e))}


def _coeffs(value: ir.Value, amap: ir.AffineMap) -> tuple[dict[int, int], int] | None:
    """The element offset of ``value`` at ``amap``'s indices as a linear form in the loops
    (coefficient per loop, constant), when each index is a loop or a constant."""
    strides, offset = ir.MemRefType(value.type).get_strides_and_offset()
    coef: dict[int, int] = {}
    const = offset
    for stride, e in zip(strides, amap.results, strict=True):
        if isinstance(e, ir.AffineDimExpr):
            d = ir.AffineDimExpr(e).position
            coef[d] = coef.get(d, 0) + stride
        elif isinstance(e, ir.AffineConstantExpr):
            const += stride * ir.AffineConstantExpr(e).value
        else:
            return None
    return {d: c for d, c in coef.items() if c}, const


def _extents(g: ir.Operation) -> tuple[int, ...]:
    from mlc.compiler.targets.cuda.kernels import _loop_extents

    return tuple(_loop_extents(g, len(_iterators(g))))


@dataclass
class _Op:
    """One op of the chain: its generic, the loops that index rows (leading) and the column."""

    generic: ir.Operation
    lead: tuple[int, ...]  # extents of the row loops
    col: int | None  # the loop over j (None: the op has none, e.g. GEMM2's d-loop ops)


@dataclass
class Attention:
    """The roles ``match_attention`` found."""

    qk: ir.Operation
    q: int  # operand index in qk
    k: int
    prologue: list[ir.Operation]
    row_max: ir.Operation
    exp: list[ir.Operation]
    row_sum: ir.Operation
    div: ir.Operation | None
    pv: ir.Operation
    p: int  # operand indices in pv
    v: int
    l_in_pv: int | None  # pv reads the row sum itself (the division fused into it)
    s_init: float
    o_init: float
    rows: int  # query rows in all (batch x i)
    m: int  # query rows per batch (the i extent)
    n: int  # keys
    dk: int
    dv: int
    roots: list[int]
    inputs: str = "f32"  # Q's element type

    def root(self, g: ir.Operation, k: int) -> int:
        v = g.operands[k]
        if not isinstance(v, ir.BlockArgument):
            raise NotAttention("an operand is not a parameter of the kernel")
        return self.roots[v.arg_number]


def _fill(g: ir.Operation) -> float | None:
    """The constant a fill writes, or None when ``g`` is not a fill."""
    view = g.opview
    if len(view.inputs) != 1 or isinstance(view.inputs[0].type, ir.ShapedType):
        return None
    ops = _body_ops(g)
    block = g.regions[0].blocks[0]
    if len(ops) != 1 or ops[0].operands[0] != block.arguments[0] or _maps(g)[0].results:
        return None
    v = view.inputs[0]
    if isinstance(v, ir.OpResult) and v.owner.name == "arith.constant":
        attr = v.owner.attributes["value"]
        if isinstance(attr, ir.FloatAttr):
            return ir.FloatAttr(attr).value
    raise NotAttention("a fill of an intermediate is not a float constant")


def _contraction(g: ir.Operation) -> bool:
    it = _iterators(g)
    return len(it) >= 3 and it[-1] == "reduction" and all(x == "parallel" for x in it[:-1])


def _reduction(g: ir.Operation) -> bool:
    it = _iterators(g)
    return it[-1] == "reduction" and it.count("reduction") == 1 and not _contraction_body(g)


def _contraction_body(g: ir.Operation) -> bool:
    """``g``'s body is ``acc + a * b``, ``a`` and ``b`` inputs (widened or not) or, for one of
    them, computed from inputs (a division fused in)."""
    if _n_in(g) < 2:
        return False
    try:
        _mul_add(g, lambda v: True)
    except NotAttention:
        return False
    return True


def _trace(value: ir.Value, g: ir.Operation) -> int | None:
    """The operand index of ``g`` whose block argument ``value`` is (or widens)."""
    block = g.regions[0].blocks[0]
    while isinstance(value, ir.OpResult) and value.owner.name == "arith.extf":
        value = value.owner.operands[0]
    if isinstance(value, ir.BlockArgument) and value.owner == block:
        return value.arg_number
    return None


def _mul_add(g: ir.Operation, factor_ok) -> tuple[int, int]:
    """``g``'s body is ``acc + a * b`` (``factor_ok(value)`` may accept a computed factor);
    returns the operand indices of the two factors (a computed factor: -1)."""
    ops = _body_ops(g)
    block = g.regions[0].blocks[0]
    acc = block.arguments[len(block.arguments) - 1]
    add, yld = ops[-2], ops[-1]
    if add.name != "arith.addf" or yld.operands[0] != add.results[0] or acc not in list(add.operands):
        raise NotAttention("a contraction's body is not acc + a * b")
    mul = [v for v in add.operands if v != acc]
    if len(mul) != 1 or not isinstance(mul[0], ir.OpResult) or mul[0].owner.name != "arith.mulf":
        raise NotAttention("a contraction's body is not acc + a * b")
    out = []
    for v in mul[0].owner.operands:
        k = _trace(v, g)
        if k is None:
            if not factor_ok(v):
                raise NotAttention("a contraction multiplies a computed value")
            k = -1
        out.append(k)
    return out[0], out[1]


def _combiner(g: ir.Operation, name: str) -> None:
    ops = _body_ops(g)
    block = g.regions[0].blocks[0]
    if (
        len(ops) != 2
        or ops[0].name != name
        or set(ops[0].operands) != {block.arguments[0], block.arguments[1]}
        or ops[1].operands[0] != ops[0].results[0]
        or _n_in(g) != 1
        or len(g.opview.outputs) != 1
    ):
        raise NotAttention(f"the row reduction is not one {name} of the row")


def match_attention(kfunc: ir.Operation, roots: list[int]) -> Attention:
    """The attention in ``kfunc``'s ops (see the module doc), or ``NotAttention``."""
    ops = [o.operation for o in kfunc.regions[0].blocks[0].operations]
    generics = [o for o in ops if o.name == "linalg.generic"]
    if any(o.name.startswith("linalg.") and o.name != "linalg.generic" for o in ops):
        raise NotAttention("a linalg op is not generic")
    current: dict[int, float] = {}  # buffers holding a fill's constant, at this point
    filled: set[int] = set()
    starts: dict[ir.Operation, dict[int, float]] = {}  # what ``current`` was before each op
    roles: list[ir.Operation] = []
    for g in generics:
        c = _fill(g)
        out = g.operands[len(g.operands) - 1]
        if not isinstance(out, ir.BlockArgument):
            raise NotAttention("an op's output is not a parameter")
        if c is None:
            starts[g] = dict(current)
            roles.append(g)
            current.pop(roots[out.arg_number], None)
            continue
        current[roots[out.arg_number]] = c
        filled.add(roots[out.arg_number])
    if len(roles) < 2 or not _contraction(roles[0]) or not _contraction(roles[-1]):
        raise NotAttention("the ops do not start and end with a contraction")
    if len(roles) < 5:
        raise NotAttention("no softmax (max, exp, sum) between the two contractions")
    qk, pv = roles[0], roles[-1]
    reductions = [g for g in roles[1:-1] if _iterators(g)[-1] == "reduction"]
    if len(reductions) != 2:
        raise NotAttention("softmax needs two row reductions (max, sum)")
    row_max, row_sum = reductions
    _combiner(row_max, "arith.maximumf")
    _combiner(row_sum, "arith.addf")
    i_max, i_sum = roles.index(row_max), roles.index(row_sum)
    prologue, exp, after = roles[1:i_max], roles[i_max + 1 : i_sum], roles[i_sum + 1 : -1]
    if any(_iterators(g).count("reduction") for g in prologue + exp + after) or len(after) > 1:
        raise NotAttention("an op between the contractions is neither elementwise nor softmax's")

    # the contractions: S[lead, j] = sum_k Q K; O[lead, d] = sum_j P V
    ext1, ext2 = _extents(qk), _extents(pv)
    n1, n2 = len(ext1), len(ext2)
    q, k = _mul_add(qk, lambda v: False)
    m1 = _maps(qk)
    if n1 - 2 in _dims_used(m1[q]):  # the factor that follows the key is K
        q, k = k, q
    if n1 - 2 in _dims_used(m1[q]) or n1 - 3 in _dims_used(m1[k]) or _n_in(qk) != 2:
        raise NotAttention("Q K: Q depends on the key or K on the query row")
    att = Attention(
        qk,
        q,
        k,
        prologue,
        row_max,
        exp,
        row_sum,
        after[0] if after else None,
        pv,
        -1,
        -1,
        None,
        0.0,
        0.0,
        math.prod(ext1[:-2]),
        ext1[-3],
        ext1[-2],
        ext1[-1],
        ext2[-2],
        roots,
    )
    rows, n = att.rows, att.n
    if math.prod(ext2[:-2]) != rows or ext2[-3] != att.m or ext2[-1] != n:
        raise NotAttention("the two contractions do not run over the same rows and keys")

    def chain_access(g: ir.Operation, kk: int, lead: int, col: int | None) -> None:
        """Operand ``kk`` of ``g`` is row-major over rows x keys (or rows, ``col`` None)."""
        ex = _extents(g)
        if math.prod(ex[:lead]) != rows or (col is not None and ex[col] != n):
            raise NotAttention("an op of softmax does not run over the score rows")
        got = _coeffs(g.operands[kk], _maps(g)[kk])
        width = n if col is not None else 1
        want = {d: math.prod(ex[d + 1 : lead]) * width for d in range(lead)}
        if col is not None:
            want[col] = want.get(col, 0) + 1
        want = {d: c for d, c in want.items() if c and ex[d] > 1}
        if got is None or {d: c for d, c in got[0].items() if ex[d] > 1} != want or got[1] != 0:
            raise NotAttention("an intermediate is not read and written row by row")

    # the score chain: every value is known by its buffer (root parameter)
    s_root = att.root(qk, 2)
    chain_access(qk, 2, n1 - 2, n1 - 2)
    if s_root not in starts[qk]:
        raise NotAttention("the scores do not start from a constant")
    att.s_init = starts[qk][s_root]
    live = {s_root}
    for g in prologue:
        nin = _n_in(g)
        nd = len(_iterators(g))
        for kk in range(len(g.operands)):
            if isinstance(g.operands[kk].type, ir.MemRefType) and att.root(g, kk) in live:
                chain_access(g, kk, nd - 1, nd - 1)
        if len(g.opview.outputs) != 1:
            raise NotAttention("a prologue op has several outputs")
        if not any(
            isinstance(v.type, ir.MemRefType) and att.root(g, kk) in live
            for kk, v in enumerate(g.operands[:nin])
        ):
            raise NotAttention("an elementwise op between the contractions does not read the scores")
        out_arg = g.regions[0].blocks[0].arguments[nin]
        if list(out_arg.uses) and att.root(g, nin) not in live:
            raise NotAttention("a prologue op reads its output")
        live.add(att.root(g, nin))
    x_root = att.root(row_max, 0)
    nd = len(_iterators(row_max))
    chain_access(row_max, 0, nd - 1, nd - 1)
    chain_access(row_max, 1, nd - 1, None)
    m_root = att.root(row_max, 1)
    if x_root not in live or starts[row_max].get(m_root) != -math.inf:
        raise NotAttention("the row maximum does not start at -inf over the scores")
    # exp(x - max): subf then math.exp, in one op or two
    names = [o.name for g in exp for o in _body_ops(g)[:-1]]
    if names != ["arith.subf", "math.exp"]:
        raise NotAttention("softmax's numerator is not exp(x - max)")
    sub = _body_ops(exp[0])[0]
    lhs, rhs = (_trace(v, exp[0]) for v in sub.operands)
    if lhs is None or rhs is None or att.root(exp[0], lhs) != x_root or att.root(exp[0], rhs) != m_root:
        raise NotAttention("softmax's numerator is not exp(x - max)")
    nd = len(_iterators(exp[0]))
    chain_access(exp[0], lhs, nd - 1, nd - 1)
    chain_access(exp[0], rhs, nd - 1, None)
    for a, b in itertools.pairwise(exp):
        if att.root(b, 0) != att.root(a, _n_in(a)):
            raise NotAttention("softmax's numerator is not exp(x - max)")
    e_root = att.root(exp[-1], _n_in(exp[-1]))
    chain_access(exp[-1], _n_in(exp[-1]), nd - 1, nd - 1)
    nd = len(_iterators(row_sum))
    if att.root(row_sum, 0) != e_root or starts[row_sum].get(att.root(row_sum, 1)) != 0.0:
        raise NotAttention("the row sum does not start at 0 over exp(x - max)")
    chain_access(row_sum, 0, nd - 1, nd - 1)
    chain_access(row_sum, 1, nd - 1, None)
    l_root = att.root(row_sum, 1)
    p_root = e_root
    if att.div is not None:
        d = att.div
        ops = _body_ops(d)
        nd = len(_iterators(d))
        rounds = len(ops) == 3 and ops[1].name == "arith.truncf"  # P narrowed for a 16-bit P V
        if len(ops) != (3 if rounds else 2) or ops[0].name != "arith.divf":
            raise NotAttention("softmax's last op is not a division by the sum")
        a, b = (_trace(v, d) for v in ops[0].operands)
        if a is None or b is None or att.root(d, a) != e_root or att.root(d, b) != l_root:
            raise NotAttention("softmax's last op is not a division by the sum")
        chain_access(d, a, nd - 1, nd - 1)
        chain_access(d, b, nd - 1, None)
        chain_access(d, _n_in(d), nd - 1, nd - 1)
        p_root = att.root(d, _n_in(d))

    # P V, the division possibly inside it
    def fused_division(v: ir.Value) -> bool:
        if not isinstance(v, ir.OpResult) or v.owner.name != "arith.divf" or att.div is not None:
            return False
        a, b = (_trace(x, pv) for x in v.owner.operands)
        if a is None or b is None or att.root(pv, a) != e_root or att.root(pv, b) != l_root:
            return False
        att.l_in_pv = b
        att.p = a
        return True

    f1, f2 = _mul_add(pv, fused_division)
    if len([o for o in _body_ops(pv) if o.name != "arith.extf"]) != (4 if att.l_in_pv is not None else 3):
        raise NotAttention("P V's body is not acc + p * v")
    others = [x for x in (f1, f2) if x != -1]
    if att.l_in_pv is None:
        roots_of = {x: att.root(pv, x) for x in others}
        ps = [x for x in others if roots_of[x] == p_root]
        if len(ps) != 1:
            raise NotAttention("P V does not read the probabilities")
        att.p = ps[0]
    vs = [x for x in others if x != att.p]
    if len(vs) != 1:
        raise NotAttention("P V does not read V")
    att.v = vs[0]
    m2 = _maps(pv)
    if n2 - 3 in _dims_used(m2[att.v]):
        raise NotAttention("V depends on the query row")
    chain_access(pv, att.p, n2 - 2, n2 - 1)
    if att.l_in_pv is not None:
        chain_access(pv, att.l_in_pv, n2 - 2, None)
    o_root = att.root(pv, _n_in(pv))
    if o_root not in starts[pv]:
        raise NotAttention("the output does not start from a constant")
    att.o_init = starts[pv][o_root]
    chain = live | {m_root, l_root, e_root, p_root} | {att.root(g, _n_in(g)) for g in exp}
    if filled - chain - {o_root}:
        raise NotAttention("a fill between the contractions is not of an intermediate")
    # the scores never reach memory: V must be what P V would read, O what only P V writes
    written_before_pv = {att.root(g, kk) for g in roles[:-1] for kk in range(_n_in(g), len(g.operands))}
    if att.root(pv, att.v) in written_before_pv | {o_root}:
        raise NotAttention("V is overwritten before P V reads it")
    for g in roles:
        for kk in range(len(g.operands)):
            if g is not pv and att.root(g, kk) == o_root:
                raise NotAttention("the output is read or written before P V")
    for g in (row_max, row_sum, *exp):
        for v in g.operands:
            if isinstance(v.type, ir.MemRefType) and str(ir.MemRefType(v.type).element_type) != "f32":
                raise NotAttention("softmax is not in f32")
    for g, kk in ((qk, 2), (pv, _n_in(pv))):
        if str(ir.MemRefType(g.operands[kk].type).element_type) != "f32":
            raise NotAttention("the contractions do not accumulate in f32")
    for g, kk in ((qk, q), (qk, k), (pv, att.v)):
        if str(ir.MemRefType(g.operands[kk].type).element_type) not in INPUT_ELEMENTS:
            raise NotAttention(f"Q, K and V must be one of {', '.join(INPUT_ELEMENTS)}")
    att.inputs = str(ir.MemRefType(qk.operands[q].type).element_type)
    if att.dk > 128 or att.dv > 128:
        raise NotAttention("head dimensions over 128")
    return att


def _idx(v: int) -> ir.Value:
    return arith.ConstantOp(ir.IndexType.get(), v).result


def _f32(v: float) -> ir.Value:
    return arith.ConstantOp(ir.F32Type.get(), v).result


def _clone_body(g: ir.Operation, mapping: dict, ivs: list[ir.Value]) -> list[ir.Value]:
    from mlc.compiler.targets.cuda.gemm import _remap

    ops = _body_ops(g)
    for inner in ops[:-1]:
        if inner.name == "linalg.index":
            mapping[inner.results[0]] = ivs[ir.IntegerAttr(inner.attributes["dim"]).value]
            continue
        copy = inner.clone()
        _remap(copy, mapping)
        for old, new in zip(inner.results, copy.results, strict=True):
            mapping[old] = new
    return [mapping.get(v, v) for v in ops[-1].operands]


def _shuffle(value: ir.Value, name: str) -> ir.Value:
    i32 = ir.IntegerType.get_signless(32)
    full = arith.ConstantOp(i32, WARP_SIZE).result
    for off in (16, 8, 4, 2, 1):
        other = gpu.ShuffleOp(value, arith.ConstantOp(i32, off).result, full, gpu.ShuffleMode.XOR).results[0]
        value = arith.maximumf(value, other) if name == "max" else arith.addf(value, other)
    return value


def shared_bytes(dk: int, dv: int) -> int:
    """Static shared memory of the fused kernel: the block's Q rows, a K and a V tile, P."""
    return 4 * (WARPS * dk + KEYS * (dk + 1) + KEYS * dv + WARPS * KEYS)


class _Emitter:
    def __init__(self, kfunc: ir.Operation, att: Attention) -> None:
        self.kfunc, self.att = kfunc, att

    def _global(self, name: str, shape: list[int], element: ir.Type | None = None) -> ir.Value:
        from mlc.compiler.targets.cuda.kernels import symbol_name

        space = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), WORKGROUP_SPACE)
        t = ir.MemRefType.get(shape, element or ir.F32Type.get(), memory_space=space)
        full = f"{symbol_name(self.kfunc)}_{name}"
        with ir.InsertionPoint(self.kfunc):
            memref.GlobalOp(full, ir.TypeAttr.get(t), sym_visibility="private", alignment=16)
        return memref.get_global(t, full)

    def emit(self) -> None:
        from mlc.compiler.mapping.build import dim_map

        a = self.att
        tiles_i = -(-a.m // WARPS)
        blocks = (a.rows // a.m) * tiles_i
        block_loop = scf.ParallelOp([], [_idx(0)], [_idx(blocks)], [_idx(1)], [])
        block_loop.attributes["mapping"] = ir.ArrayAttr.get([dim_map("block_x")])
        with ir.InsertionPoint(block_loop.region.blocks.append(ir.IndexType.get())):
            threads = scf.ParallelOp([], [_idx(0)] * 2, [_idx(WARP_SIZE), _idx(WARPS)], [_idx(1)] * 2, [])
            threads.attributes["mapping"] = ir.ArrayAttr.get([dim_map("thread_x"), dim_map("thread_y")])
            scf.ReduceOp([], 0)
        body = threads.region.blocks.append(ir.IndexType.get(), ir.IndexType.get())
        blk = block_loop.region.blocks[0].arguments[0]
        with ir.InsertionPoint(body):
            self._thread_body(blk, *body.arguments, tiles_i)
            scf.ReduceOp([], 0)

    def _thread_body(self, blk: ir.Value, tx: ir.Value, ty: ir.Value, tiles_i: int) -> None:
        a = self.att
        element = [ir.MemRefType(v.type).element_type for v in (a.qk.operands[a.q], a.qk.operands[a.k])]
        qs = self._global("attn_q", [WARPS, a.dk], element[0])
        ks = self._global("attn_k", [KEYS, a.dk + 1], element[1])
        v_element = ir.MemRefType(a.pv.operands[a.v].type).element_type
        vs = self._global("attn_v", [KEYS, a.dv], v_element)
        ps = self._global("attn_p", [WARPS, KEYS])
        batch = arith.divui(blk, _idx(tiles_i))
        i0 = arith.muli(arith.remui(blk, _idx(tiles_i)), _idx(WARPS))
        i = arith.addi(i0, ty)
        ic = arith.minui(i, _idx(a.m - 1))
        base = arith.muli(batch, _idx(a.m))
        r_c, r_0 = arith.addi(base, ic), arith.addi(base, i0)
        ext1, ext2 = _extents(a.qk), _extents(a.pv)
        lead1_c, lead1_0 = delinearize(r_c, ext1[:-2]), delinearize(r_0, ext1[:-2])
        lead2_c, lead2_0 = delinearize(r_c, ext2[:-2]), delinearize(r_0, ext2[:-2])
        qmap, kmap = _maps(a.qk)[a.q], _maps(a.qk)[a.k]
        qv, kv = a.qk.operands[a.q], a.qk.operands[a.k]
        vmap, vv = _maps(a.pv)[a.v], a.pv.operands[a.v]
        lt = arith.addi(arith.muli(ty, _idx(WARP_SIZE)), tx)
        nthreads = WARP_SIZE * WARPS

        def strided(count: int, fn) -> None:
            """``fn(e)`` for e = lt, lt + threads, ... < count."""
            loop = scf.ForOp(_idx(0), _idx(-(-count // nthreads)), _idx(1))
            with ir.InsertionPoint(loop.body):
                e = arith.addi(arith.muli(loop.induction_variable, _idx(nthreads)), lt)
                if count % nthreads:
                    branch = scf.IfOp(arith.cmpi(arith.CmpIPredicate.ult, e, _idx(count)))
                    with ir.InsertionPoint(branch.then_block):
                        fn(e)
                        scf.YieldOp([])
                else:
                    fn(e)
                scf.YieldOp([])

        # this warp's query row into shared memory
        def load_q(e: ir.Value) -> None:
            w, kk = arith.divui(e, _idx(a.dk)), arith.remui(e, _idx(a.dk))
            row = arith.minui(arith.addi(i0, w), _idx(a.m - 1))
            lead = delinearize(arith.addi(base, row), ext1[:-2])
            memref.store(memref.load(qv, map_indices(qmap, [*lead, _idx(0), kk])), qs, [w, kk])

        strided(WARPS * a.dk, load_q)
        ninf = _f32(-math.inf)
        nq = -(-a.dv // WARP_SIZE)
        ntiles = -(-a.n // KEYS)
        loop = scf.ForOp(_idx(0), _idx(ntiles), _idx(1), [ninf, _f32(0.0)] + [_f32(0.0)] * nq)
        with ir.InsertionPoint(loop.body):
            t = loop.induction_variable
            m_old, l_old, *acc = loop.inner_iter_args
            j0 = arith.muli(t, _idx(KEYS))
            gpu.BarrierOp()  # the previous tile is consumed (and, first, Q is in place)

            def load_kv(e: ir.Value, width: int, dst: ir.Value, src: ir.Value, amap, lead, key_last) -> None:
                jj, c = arith.divui(e, _idx(width)), arith.remui(e, _idx(width))
                j = arith.minui(arith.addi(j0, jj), _idx(a.n - 1))
                ivs = [*lead, c, j] if key_last else [*lead, j, c]
                memref.store(memref.load(src, map_indices(amap, ivs)), dst, [jj, c])

            strided(KEYS * a.dk, lambda e: load_kv(e, a.dk, ks, kv, kmap, lead1_0, False))
            strided(KEYS * a.dv, lambda e: load_kv(e, a.dv, vs, vv, vmap, lead2_0, True))
            gpu.BarrierOp()
            # lane tx scores key j0 + tx
            j = arith.addi(j0, tx)
            jc = arith.minui(j, _idx(a.n - 1))
            dot = scf.ForOp(_idx(0), _idx(a.dk), _idx(1), [_f32(a.s_init)])
            with ir.InsertionPoint(dot.body):
                kk = dot.induction_variable
                block = a.qk.regions[0].blocks[0]
                mapping = {
                    block.arguments[a.q]: memref.load(qs, [ty, kk]),
                    block.arguments[a.k]: memref.load(ks, [tx, kk]),
                    block.arguments[2]: dot.inner_iter_args[0],
                }
                scf.YieldOp(_clone_body(a.qk, mapping, [*lead1_c, jc, kk]))
            values = {a.root(a.qk, 2): dot.results[0]}
            for g in a.prologue:
                self._elementwise(g, values, r_c, jc)
            x = values[a.root(a.row_max, 0)]
            inside = arith.cmpi(arith.CmpIPredicate.ult, j, _idx(a.n))
            x = arith.select(inside, x, ninf)
            values[a.root(a.row_max, 0)] = x
            m_new = arith.maximumf(m_old, _shuffle(x, "max"))
            safe = arith.select(arith.cmpf(arith.CmpFPredicate.OEQ, m_new, ninf), _f32(0.0), m_new)
            values[a.root(a.row_max, 1)] = safe
            for g in a.exp:
                self._elementwise(g, values, r_c, jc)
            p = values[a.root(a.row_sum, 0)]
            alpha = mmath.exp(arith.subf(m_old, safe))
            l_new = arith.addf(arith.mulf(l_old, alpha), _shuffle(p, "sum"))
            memref.store(p, ps, [ty, tx])
            gpu.BarrierOp()
            out = []
            for qd in range(nq):
                d = arith.minui(arith.addi(tx, _idx(qd * WARP_SIZE)), _idx(a.dv - 1))
                inner = scf.ForOp(_idx(0), _idx(KEYS), _idx(1), [arith.mulf(acc[qd], alpha)])
                with ir.InsertionPoint(inner.body):
                    jj = inner.induction_variable
                    vj = memref.load(vs, [jj, d])
                    vj = vj if v_element == ir.F32Type.get() else arith.extf(ir.F32Type.get(), vj)
                    prod = arith.mulf(memref.load(ps, [ty, jj]), vj)
                    scf.YieldOp([arith.addf(inner.inner_iter_args[0], prod)])
                out.append(inner.results[0])
            scf.YieldOp([m_new, l_new, *out])
        _, l_final, *acc = loop.results
        omap, ov = _maps(a.pv)[_n_in(a.pv)], a.pv.operands[_n_in(a.pv)]
        row_ok = arith.cmpi(arith.CmpIPredicate.ult, i, _idx(a.m))
        for qd in range(nq):
            d = arith.addi(tx, _idx(qd * WARP_SIZE))
            ok = arith.andi(row_ok, arith.cmpi(arith.CmpIPredicate.ult, d, _idx(a.dv)))
            branch = scf.IfOp(ok)
            with ir.InsertionPoint(branch.then_block):
                value = arith.addf(_f32(a.o_init), arith.divf(acc[qd], l_final))
                memref.store(value, ov, map_indices(omap, [*lead2_c, d, _idx(0)]))
                scf.YieldOp([])

    def _elementwise(self, g: ir.Operation, values: dict, r: ir.Value, j: ir.Value) -> None:
        """``g``'s body for this lane's element, its score-chain inputs from ``values``, the
        others loaded (at the row ``r``, key ``j``); its result joins ``values``."""
        a = self.att
        ext = _extents(g)
        ivs = [*delinearize(r, ext[:-1]), j]
        block = g.regions[0].blocks[0]
        maps = _maps(g)
        mapping: dict = {}
        for kk, v in enumerate(g.operands):
            arg = block.arguments[kk]
            if not list(arg.uses):
                continue
            if not isinstance(v.type, ir.MemRefType):
                mapping[arg] = v
            elif a.root(g, kk) in values:
                mapping[arg] = values[a.root(g, kk)]
            else:
                mapping[arg] = memref.load(v, map_indices(maps[kk], ivs))
        (result,) = _clone_body(g, mapping, ivs)
        values[a.root(g, _n_in(g))] = result


@dataclass(frozen=True)
class FusedAttention(Pass):
    """Rewrite every kernel function marked ``mlc.attention`` (by the CUDA ``kernels`` stage's
    attention fusion) whose ops are scaled-dot-product attention (``Q Kᵀ``, elementwise
    scale and masks, softmax, ``P V``) into one flash-attention kernel: a warp per query
    row, four rows per block, K/V tiles of 32 keys in shared memory, online softmax with
    ``gpu.shuffle xor``; the scores and probabilities never reach memory. SIMT f32."""

    NAME = "fused-attention"
    SUMMARY = "attention (Q K^T, scale, mask, softmax, P V) as one flash-attention kernel (SIMT)"

    def run(self, op: ir.Operation) -> None:
        from mlc.compiler.targets.cuda.kernels import marked_kernels

        for kfunc, spec in marked_kernels(op, attributes.ATTENTION):
            roots = list(ir.DenseI64ArrayAttr(spec["roots"]))
            try:
                att = match_attention(kfunc, roots)
            except NotAttention as e:
                raise MlcError(f"fused-attention: {e}", loc=kfunc.location) from None
            if shared_bytes(att.dk, att.dv) > STATIC_SHARED_BYTES_PER_BLOCK:
                raise MlcError("fused-attention: the tiles do not fit in shared memory", loc=kfunc.location)
            body = kfunc.regions[0].blocks[0]
            generics = [x.operation for x in body.operations if x.operation.name == "linalg.generic"]
            ret = body.operations[len(body.operations) - 1].operation
            with kfunc.context, att.qk.location, ir.InsertionPoint(ret):
                _Emitter(kfunc, att).emit()
            for g in generics:
                g.erase()
            remark(
                kfunc.location,
                f"fused-attention: {att.rows} query rows x {att.n} keys, head dims {att.dk}/{att.dv}; "
                f"{WARPS} rows per block, {KEYS}-key tiles",
            )
