"""Vectorizing along threadIdx.x: each thread handles ``V`` consecutive iterations of the
x loop with 64- or 128-bit ``vector.load``/``vector.store``.

Legal when, for the x loop (step 1, trip count and lower bound multiples of ``V``), every
access either does not move with it (a uniform scalar, broadcast to the vector) or moves
by exactly one element with every other term of its address a multiple of ``V`` (so the
``V`` elements are contiguous and ``V * element size`` aligned, given buffers aligned to
16 bytes as CUDA allocations are), no store is uniform along x, and the body is made of
element-wise ``arith``/``math`` ops, loads, stores and ``scf.for`` loops without
loop-carried values. Index computations stay scalar: they give the first element.

The vector accesses carry ``alignment = V * element size``: without it LLVM assumes the
element's alignment and NVPTX splits each access back into scalar loads. The buffers
passed to such a kernel must therefore be 16-byte aligned (the CUDA target's ABI).
"""

from __future__ import annotations

from mlir import ir
from mlir.dialects import vector

from mlc.compiler import attributes
from mlc.compiler.analysis.model import Kernel
from mlc.compiler.analysis.values import element_bytes

_ELEMENTWISE_PREFIXES = ("arith.", "math.")
_INDEX_OPS = ("affine.apply", "affine.min", "affine.max")


def _walk(block: ir.Block):
    for op in block.operations:
        op = op.operation
        yield op
        for region in op.regions:
            for b in region.blocks:
                yield from _walk(b)


def vector_width(kernel: Kernel, flat: ir.Operation, x_var: str, vector_bits: int) -> tuple[int, str]:
    """(V, '') when vectorizing the x loop ``x_var`` by V is legal and useful, else (1, why not)."""
    info = kernel.vars[x_var]
    if info.step != 1 or info.count is None or info.lb is None:
        return 1, "the x loop has no static trip count"
    widest = 0
    for access in kernel.accesses:
        if access.space != "global":
            continue
        if access.lanes != 1:
            return 1, "the loop already uses vector accesses"
        coef = access.address.coefficient(x_var)
        if coef is None:
            return 1, f"the address of {access.buffer} is not affine in the x loop"
        if coef == 0:
            if access.kind == "store":
                return 1, f"every thread would store to the same element of {access.buffer}"
            continue
        if coef != 1:
            return 1, f"{access.buffer} is strided along the x loop"
        widest = max(widest, access.elem_bytes)
    if not widest:
        return 1, "no access moves along the x loop"
    width = vector_bits // 8 // widest
    while width > 1:
        if _aligned(kernel, x_var, width) and info.count % width == 0 and info.lb % width == 0:
            break
        width //= 2
    if width < 2:
        return 1, "alignment or the trip count does not allow 64-bit accesses"
    reason = _body_blocker(flat)
    if reason:
        return 1, reason
    return width, ""


def _aligned(kernel: Kernel, x_var: str, width: int) -> bool:
    for access in kernel.accesses:
        if access.space != "global" or access.address.coefficient(x_var) != 1:
            continue
        lin = access.address.linear()
        if lin is None or access.address.const % width:
            return False
        if any(c % width for v, c in lin.items() if v != x_var):
            return False
    return True


def _body_blocker(flat: ir.Operation) -> str:
    for op in _walk(flat.regions[0].blocks[0]):
        name = op.name
        if name in ("memref.load", "memref.store", "scf.yield", "scf.reduce", *_INDEX_OPS):
            continue
        if name == "scf.for":
            if len(op.results):
                return "a loop in the body carries values"
            continue
        if name.startswith(_ELEMENTWISE_PREFIXES) and not op.regions:
            continue
        return f"'{name}' in the body is not vectorized"
    return ""


class _Vectorizer:
    def __init__(self, width: int) -> None:
        self.width = width
        self.varying: set = set()

    def vtype(self, t: ir.Type) -> ir.Type:
        with ir.Location.unknown():
            return ir.VectorType.get([self.width], t)

    def operand(self, v: ir.Value, where: ir.Operation) -> ir.Value:
        if v in self.varying:
            return v
        with ir.InsertionPoint(where), where.location:
            return vector.BroadcastOp(self.vtype(v.type), v).result

    def run(self, block: ir.Block) -> None:
        for op in list(block.operations):
            op = op.operation
            name = op.name
            if name == "scf.for":
                self.run(op.regions[0].blocks[0])
            elif name == "memref.load" and attributes.MOVING in op.attributes:
                vtype = self.vtype(op.results[0].type)
                with ir.InsertionPoint(op), op.location:
                    new = vector.LoadOp(
                        vtype, op.operands[0], list(op.operands)[1:], alignment=element_bytes(vtype)
                    )
                op.results[0].replace_all_uses_with(new.result)
                self.varying.add(new.result)
                op.erase()
            elif name == "memref.store" and attributes.MOVING in op.attributes:
                value = self.operand(op.operands[0], op)
                with ir.InsertionPoint(op), op.location:
                    vector.StoreOp(
                        value, op.operands[1], list(op.operands)[2:], alignment=element_bytes(value.type)
                    )
                op.erase()
            elif name.startswith(_ELEMENTWISE_PREFIXES) and any(v in self.varying for v in op.operands):
                self._elementwise(op)

    def _elementwise(self, op: ir.Operation) -> None:
        operands = [self.operand(v, op) for v in op.operands]
        results = [self.vtype(r.type) for r in op.results]
        attrs = {name: op.attributes[name] for name in op.attributes}
        with ir.InsertionPoint(op), op.location:
            new = ir.Operation.create(op.name, results=results, operands=operands, attributes=attrs)
        for old, res in zip(op.results, new.results, strict=True):
            old.replace_all_uses_with(res)
            self.varying.add(res)
        op.erase()


def vectorize_body(body: ir.Block, width: int) -> None:
    """Rewrite the scalar body of one vector chunk into vector ops (see the module doc); the
    loads and stores that move along x are the ones ``mark_moving`` marked."""
    _Vectorizer(width).run(body)


def mark_moving(kernel: Kernel, x_var: str) -> None:
    """Mark the accesses whose address moves by one element per x iteration."""
    for a in kernel.accesses:
        if a.space == "global" and a.address.coefficient(x_var) == 1:
            a.op.attributes[attributes.MOVING] = ir.UnitAttr.get()
