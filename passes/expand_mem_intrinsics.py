"""``expand-mem-intrinsics``: ``llvm.intr.memset``/``memcpy`` as loops of element stores."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import remark
from mlc.passes import Pass

if TYPE_CHECKING:
    from mlir import ir

_SIZES = {"f64": 8, "f32": 4, "f16": 2, "bf16": 2, "i64": 8, "i32": 4, "i16": 2, "i8": 1}


def _root(ptr: ir.Value) -> ir.Value:
    """The pointer a chain of ``llvm.getelementptr`` starts from."""
    from mlir import ir

    while isinstance(ptr, ir.OpResult) and ptr.owner.name == "llvm.getelementptr":
        ptr = ptr.owner.operands[0]
    return ptr


def _element_types(func: ir.Operation) -> dict[ir.Value, set[str]]:
    """For each root pointer, the scalar types its loads and stores access (vector lanes as scalars)."""
    from mlir import ir

    types: dict[ir.Value, set[str]] = {}

    def scalar(t: ir.Type) -> str:
        return str(ir.VectorType(t).element_type) if isinstance(t, ir.VectorType) else str(t)

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "llvm.load":
            types.setdefault(_root(op.operands[0]), set()).add(scalar(op.results[0].type))
        elif op.name == "llvm.store":
            types.setdefault(_root(op.operands[1]), set()).add(scalar(op.operands[0].type))
        return ir.WalkResult.ADVANCE

    func.walk(visit)
    return types


def _constant(value: ir.Value) -> int | None:
    from mlir import ir

    if isinstance(value, ir.OpResult) and value.owner.name in ("arith.constant", "llvm.mlir.constant"):
        attr = value.owner.attributes["value"]
        if isinstance(attr, ir.IntegerAttr):
            return attr.value
    return None


def _terms(nbytes: ir.Value, size: int) -> tuple[list[tuple[ir.Value, int]], int] | None:
    """``nbytes / size`` as ``sum(x * q) + c`` when every term of ``nbytes`` is a multiple of
    ``size``: constants, products and left shifts by constants, and sums of those."""
    from mlir import ir

    c = _constant(nbytes)
    if c is not None:
        return ([], c // size) if c % size == 0 else None
    if not isinstance(nbytes, ir.OpResult):
        return None
    owner = nbytes.owner
    a, b = ([*list(owner.operands), None, None])[:2]
    if owner.name in ("arith.addi", "llvm.add"):
        left, right = _terms(a, size), _terms(b, size)
        if left is None or right is None:
            return None
        return left[0] + right[0], left[1] + right[1]
    factor = None
    if owner.name in ("arith.muli", "llvm.mul"):
        if _constant(a) is not None:
            a, b = b, a
        factor = _constant(b)
    elif owner.name in ("arith.shli", "llvm.shl"):
        shift = _constant(b)
        factor = 1 << shift if shift is not None and 0 <= shift < 63 else None
    if factor is None or factor % size:
        return None
    return [(a, factor // size)], 0


def _count_value(parts: list[tuple[ir.Value, int]], constant: int) -> ir.Value:
    """``sum(x * q) + constant``, built at the current insertion point."""
    from mlir.dialects import arith

    total = None
    for x, q in parts:
        term = x if q == 1 else arith.MulIOp(x, arith.ConstantOp(x.type, q).result).result
        total = term if total is None else arith.AddIOp(total, term).result
    if constant:
        total = arith.AddIOp(total, arith.ConstantOp(total.type, constant).result).result
    return total


def _element(roots: list[ir.Value], types: dict[ir.Value, set[str]]) -> str | None:
    """The one scalar type the roots are accessed as, if there is exactly one."""
    seen = set().union(*(types.get(r, set()) for r in roots))
    if len(seen) != 1:
        return None
    (elem,) = seen
    return elem if elem in _SIZES else None


@dataclass(frozen=True)
class ExpandMemIntrinsics(Pass):
    """Rewrite ``llvm.intr.memset(p, 0, n)`` and ``llvm.intr.memcpy(d, s, n)`` into ``scf.for`` loops.

    Clang turns zero-initialised rows (``for j: y[j] = 0``) into ``memset`` and
    copy loops into ``memcpy``; pointer raising cannot see through them, so a
    kernel with one used to stay in LLVM. Where the pointer is otherwise
    accessed as one scalar type ``T`` (from its loads and stores) and the length
    is ``count * sizeof(T)`` (a constant, a product or shift by a multiple of the
    size, or a sum of those: clang copies rows ``0..i`` as ``(i << 3) + 8`` bytes),
    the intrinsic becomes a loop over ``count`` elements storing ``T`` zero (memset)
    or loading from the source and storing to the destination (memcpy), which the
    rest of the raising pipeline turns into ``linalg.fill`` and a copy. memset of
    a non-zero byte, volatile intrinsics and pointers accessed as several types
    are left alone, with a remark. The function's original body (kept by
    ``lift-llvm-to-core``) is untouched.
    """

    NAME = "expand-mem-intrinsics"
    SUMMARY = "rewrite memset-to-zero and memcpy into loops of element loads and stores"

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        for fn in op.regions[0].blocks[0].operations:
            if fn.operation.name != "func.func" or not fn.regions[0].blocks:
                continue
            found: list[ir.Operation] = []

            def visit(o: ir.Operation, found: list[ir.Operation] = found) -> ir.WalkResult:
                if o.name in ("llvm.intr.memset", "llvm.intr.memcpy"):
                    found.append(o)
                return ir.WalkResult.ADVANCE

            fn.operation.walk(visit)
            if found:
                types = _element_types(fn.operation)
                for intr in found:
                    _expand(intr, types)


def _expand(intr: ir.Operation, types: dict[ir.Value, set[str]]) -> None:
    from mlir import ir
    from mlir.dialects import arith, llvm, scf

    name = intr.name.removeprefix("llvm.intr.")
    if "isVolatile" in intr.attributes and ir.BoolAttr(intr.attributes["isVolatile"]).value:
        remark(intr.location, f"{name} not expanded: it is volatile")
        return
    dst, second, nbytes = list(intr.operands)[:3]
    roots = [_root(dst)] + ([_root(second)] if name == "memcpy" else [])
    elem = _element(roots, types)
    if elem is None:
        remark(
            intr.location, f"{name} not expanded: its pointer is not accessed as one scalar type elsewhere"
        )
        return
    if name == "memset" and _constant(second) != 0:
        remark(intr.location, "memset not expanded: it stores a byte other than zero")
        return
    count = _terms(nbytes, _SIZES[elem])
    if count is None or (not count[0] and count[1] < 0):
        remark(intr.location, f"{name} not expanded: its length is not a multiple of the {elem} size")
        return
    with intr.location, ir.InsertionPoint(intr):
        index, i64 = ir.IndexType.get(), ir.IntegerType.get_signless(64)
        etype = ir.Type.parse(elem)
        parts, constant = count
        if parts:
            upper = arith.IndexCastOp(index, _count_value(parts, constant)).result
        else:
            upper = arith.ConstantOp(index, constant).result
        zero_index = arith.ConstantOp(index, 0).result
        one = arith.ConstantOp(index, 1).result
        if name == "memset":
            attr = (
                ir.FloatAttr.get(etype, 0.0) if elem.startswith(("f", "bf")) else ir.IntegerAttr.get(etype, 0)
            )
            fill = arith.ConstantOp(etype, attr).result
        loop = scf.ForOp(zero_index, upper, one)
        with ir.InsertionPoint(loop.body):
            at = arith.IndexCastOp(i64, loop.induction_variable).result
            ptr_t = ir.Type.parse("!llvm.ptr")

            def gep(base: ir.Value) -> ir.Value:
                return llvm.GEPOp(ptr_t, base, [at], [-(2**31)], etype, llvm.GEPNoWrapFlags.none).result

            value = fill if name == "memset" else llvm.LoadOp(etype, gep(second)).result
            llvm.StoreOp(value, gep(dst))
            scf.YieldOp([])
    remark(intr.location, f"{name} expanded into a loop of {elem} stores")
    intr.erase()
