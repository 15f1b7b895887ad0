"""Naming ``linalg.generic`` ops: proving a generic equal to a named op by generalizing the named op.

For each candidate named op (``linalg.matvec``, ``linalg.conv_2d``, ...) with
the generic's operand types, upstream ``linalg-generalize-named-ops`` gives its
definition as a generic. The generic matches when, for some order of its
inputs and some renaming of its loop dimensions, the indexing maps, the
iterator types and the body are the same. The renaming may move parallel
dimensions anywhere but must keep the reduction dimensions in their order, so
every output element is accumulated in the same sequence: the named op then
computes exactly (bit for bit) what the generic did. Commutative body ops
compare their operands unordered.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mlir import ir

# Named ops tried, with (number of inputs, number of outputs).
CANDIDATES: tuple[tuple[str, int, int], ...] = (
    ("linalg.matmul", 2, 1),
    ("linalg.batch_matmul", 2, 1),
    ("linalg.matvec", 2, 1),
    ("linalg.vecmat", 2, 1),
    ("linalg.batch_matvec", 2, 1),
    ("linalg.dot", 2, 1),
    ("linalg.conv_1d", 2, 1),
    ("linalg.conv_2d", 2, 1),
    ("linalg.conv_3d", 2, 1),
    ("linalg.copy", 1, 1),
)
_COMMUTATIVE = {
    "arith.addf",
    "arith.mulf",
    "arith.addi",
    "arith.muli",
    "arith.andi",
    "arith.ori",
    "arith.xori",
    "arith.maximumf",
    "arith.minimumf",
    "arith.maxnumf",
    "arith.minnumf",
    "arith.maxsi",
    "arith.minsi",
    "arith.maxui",
    "arith.minui",
}


@dataclass(frozen=True)
class Signature:
    """What a generic computes, independent of SSA names: maps, iterators and body."""

    maps: tuple[
        tuple[tuple[tuple[int, int], ...], ...], ...
    ]  # per operand, per result: ((dim, coef)..., (-1, const))
    iterators: tuple[str, ...]
    body: tuple


def _linear(expr: ir.AffineExpr) -> dict[int, int]:
    from mlir import ir

    if isinstance(expr, ir.AffineConstantExpr):
        return {-1: expr.value}
    if isinstance(expr, ir.AffineDimExpr):
        return {expr.position: 1}
    if isinstance(expr, ir.AffineAddExpr):
        out = _linear(expr.lhs)
        for k, v in _linear(expr.rhs).items():
            out[k] = out.get(k, 0) + v
        return out
    if isinstance(expr, ir.AffineMulExpr):
        lhs, rhs = _linear(expr.lhs), _linear(expr.rhs)
        if set(rhs) == {-1}:
            return {k: v * rhs[-1] for k, v in lhs.items()}
        if set(lhs) == {-1}:
            return {k: v * lhs[-1] for k, v in rhs.items()}
    raise ValueError("not a linear affine expression")


def _maps(op: ir.Operation) -> list[list[dict[int, int]]]:
    from mlir import ir

    return [
        [_linear(e) for e in ir.AffineMapAttr(m).value.results]
        for m in ir.ArrayAttr(op.attributes["indexing_maps"])
    ]


def _iterators(op: ir.Operation) -> list[str]:
    from mlir import ir

    return [str(a).split("<")[-1].rstrip(">") for a in ir.ArrayAttr(op.attributes["iterator_types"])]


def _body(op: ir.Operation) -> tuple | None:
    """The body as (op, operand keys, result types, attributes) tuples; None if it uses outside values."""
    from mlir import ir

    block = op.regions[0].blocks[0]
    keys: dict = {arg: ("arg", i) for i, arg in enumerate(block.arguments)}
    out = []
    for index, o in enumerate(block.operations):
        o = o.operation
        operand_keys = []
        for v in o.operands:
            if v not in keys:
                return None
            operand_keys.append(keys[v])
        if o.name in _COMMUTATIVE:
            operand_keys.sort()
        named = [o.attributes[i] for i in range(len(o.attributes))]
        attrs = tuple(sorted((a.name, str(a.attr)) for a in named))
        out.append((o.name, tuple(operand_keys), tuple(str(r.type) for r in o.results), attrs))
        for i, r in enumerate(o.results):
            keys[r] = ("op", index, i)
        _ = ir
    return tuple(out)


def _freeze(maps: list[list[dict[int, int]]]):
    return tuple(tuple(tuple(sorted(r.items())) for r in m) for m in maps)


def signature(op: ir.Operation) -> Signature | None:
    body = _body(op)
    if body is None:
        return None
    try:
        return Signature(_freeze(_maps(op)), tuple(_iterators(op)), body)
    except ValueError:
        return None


@cache
def named_signature(name: str, types: tuple[str, ...], n_ins: int) -> Signature | None:
    """The generic form of ``name`` on operands of ``types`` (None if it does not verify)."""
    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.compiler.errors import PassFailure
    from mlc.compiler.pipeline import Pipeline

    args = ", ".join(f"%a{i}: {t}" for i, t in enumerate(types))
    ins = ", ".join(f"%a{i}" for i in range(n_ins))
    outs = ", ".join(f"%a{i}" for i in range(n_ins, len(types)))
    text = (
        f"func.func @f({args}) {{\n  {name} ins({ins} : {', '.join(types[:n_ins])}) "
        f"outs({outs} : {', '.join(types[n_ins:])})\n  return\n}}"
    )
    with make_context():
        try:
            module = ir.Module.parse(text)
            Pipeline.parse("builtin.module(func.func(linalg-generalize-named-ops))").run_on(module)
        except (ir.MLIRError, PassFailure):
            return None
        func = next(iter(module.body.operations))
        generic = next(iter(func.regions[0].blocks[0].operations))
        if generic.operation.name != "linalg.generic":
            return None
        return signature(generic.operation)


def _rename(sig: Signature, perm: tuple[int, ...]) -> Signature:
    """``sig`` with dimension ``d`` renamed ``perm[d]``."""
    maps = tuple(
        tuple(tuple(sorted((perm[d] if d >= 0 else d, c) for d, c in r)) for r in m) for m in sig.maps
    )
    iterators = [""] * len(perm)
    for d, it in enumerate(sig.iterators):
        iterators[perm[d]] = it
    return Signature(maps, tuple(iterators), sig.body)


def _keeps_reduction_order(iterators: tuple[str, ...], perm: tuple[int, ...]) -> bool:
    reductions = [perm[d] for d, it in enumerate(iterators) if it == "reduction"]
    return reductions == sorted(reductions)


def _permute_inputs(sig: Signature, order: tuple[int, ...], n_ins: int) -> Signature:
    """``sig`` with its inputs reordered so that new input ``k`` is old input ``order[k]``."""
    new_index = {old: new for new, old in enumerate(order)}

    def key(k):
        if k[0] == "arg" and k[1] < n_ins:
            return ("arg", new_index[k[1]])
        return k

    body = []
    for name, operands, types, attrs in sig.body:
        mapped = [key(k) for k in operands]
        if name in _COMMUTATIVE:
            mapped.sort()
        body.append((name, tuple(mapped), types, attrs))
    maps = tuple(sig.maps[old] for old in order) + sig.maps[n_ins:]
    return Signature(maps, sig.iterators, tuple(body))


def match(op: ir.Operation) -> tuple[str, tuple[int, ...]] | None:
    """(named op, order of the generic's inputs) computing exactly what the generic ``op`` does."""
    from mlir import ir

    sig = signature(op)
    if sig is None:
        return None
    sizes = list(ir.DenseI32ArrayAttr(op.attributes["operandSegmentSizes"]))
    n_ins, n_outs = sizes
    operands = list(op.operands)
    n_dims = len(sig.iterators)
    for name, want_ins, want_outs in CANDIDATES:
        if (want_ins, want_outs) != (n_ins, n_outs):
            continue
        for order in itertools.permutations(range(n_ins)):
            types = tuple(str(operands[i].type) for i in order) + tuple(str(v.type) for v in operands[n_ins:])
            target = named_signature(name, types, n_ins)
            if target is None or len(target.iterators) != n_dims:
                continue
            mine = _permute_inputs(sig, order, n_ins)
            if mine.body != target.body:
                continue
            for perm in itertools.permutations(range(n_dims)):
                if _keeps_reduction_order(mine.iterators, perm) and _rename(mine, perm) == target:
                    return name, order
    return None
