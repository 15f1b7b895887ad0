"""SSA values to index expressions, and memref accesses to element addresses.

``Tracer.expr(value)`` follows the defining ops of an index value (arith,
affine.apply/min/max, index casts, gpu ids, memref.dim) down to variables the
kernel has declared (loop induction variables, hardware ids) and to function
arguments, which become symbols. ``Tracer.address(memref, indices)`` adds the
layout: the element offset into the root buffer, looking through subviews,
casts and reinterpret_casts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mlir import ir

from mlc.compiler.analysis.expr import Expr
from mlc.compiler.analysis.model import BLOCK_VARS, THREAD_VARS, Kernel, VarInfo

_DYN = ir.ShapedType.get_dynamic_stride_or_offset()
_DYN_SIZE = ir.ShapedType.get_dynamic_size()
_HW = {"x": 0, "y": 1, "z": 2}


def const_int(value: ir.Value) -> int | None:
    """The integer value of ``value`` if it is defined by an integer/index constant."""
    if not isinstance(value, ir.OpResult):
        return None
    op = value.owner
    if op.operation.name != "arith.constant":
        return None
    attr = op.attributes["value"]
    return attr.value if isinstance(attr, ir.IntegerAttr) else None


def memory_space(memref_type: ir.MemRefType) -> str:
    """'shared' for workgroup memory (address space 3), 'private' for 5, else 'global'."""
    space = memref_type.memory_space
    if space is None:
        return "global"
    text = str(space)
    if text in ("3", "3 : i64", "3 : i32") or "workgroup" in text:
        return "shared"
    if text in ("5", "5 : i64", "5 : i32") or "private" in text:
        return "private"
    return "global"


def element_bytes(t: ir.Type) -> int:
    if isinstance(t, ir.VectorType):
        return element_bytes(t.element_type) * _numel(t.shape)
    if isinstance(t, ir.IndexType):
        return 8
    width = getattr(t, "width", None)
    if width is None:
        for cls in (ir.IntegerType, ir.FloatType):
            try:
                width = cls(t).width
                break
            except (ValueError, TypeError):
                continue
    return max(1, (width or 32) // 8)


def _numel(shape) -> int:
    n = 1
    for s in shape:
        n *= s
    return n


@dataclass
class Buffer:
    """A memref value resolved to its root buffer: ``address = offset + sum(index_k * strides[k])``."""

    root: Any
    name: str
    space: str
    offset: Expr
    strides: list[Expr]


class Tracer:
    """Builds ``Expr``s for index values inside one kernel."""

    def __init__(self, kernel: Kernel, names: ir.AsmState | None, env: dict | None = None) -> None:
        self.kernel = kernel
        self.names = names
        self.env: dict[ir.Value, Expr] = dict(env or {})
        self.constants: dict[ir.Value, int] = {}
        self.values: dict[str, ir.Value] = {}  # variable name -> the SSA value it stands for

    def name_of(self, value: ir.Value) -> str:
        return value.get_name(self.names) if self.names is not None else value.get_name()

    def bind(self, value: ir.Value, expr: Expr) -> None:
        self.env[value] = expr

    def symbol(self, value: ir.Value, label: str | None = None) -> Expr:
        label = label or self.name_of(value)
        name = f"sym:{label}"
        if name not in self.kernel.vars:
            self.kernel.vars[name] = VarInfo(name, label, "symbol")
        self.values[name] = value
        expr = Expr.var(name)
        self.env[value] = expr
        return expr

    def expr(self, value: ir.Value) -> Expr:
        found = self.env.get(value)
        if found is not None:
            return found
        if value in self.constants:
            return Expr.constant(self.constants[value])
        if isinstance(value, ir.BlockArgument):
            return self.symbol(value)
        result = self._op_expr(value)
        self.env[value] = result
        return result

    def _operands(self, op) -> list[Expr]:
        return [self.expr(v) for v in op.operands]

    def _op_expr(self, value: ir.OpResult) -> Expr:
        op = value.owner
        name = op.operation.name
        if name == "arith.constant":
            c = const_int(value)
            return Expr.constant(c) if c is not None else Expr.unknown("non-integer constant")
        if name in ("arith.index_cast", "arith.index_castui", "arith.extsi", "arith.extui", "arith.trunci"):
            return self.expr(op.operands[0])
        if name in ("arith.addi", "arith.subi", "arith.muli"):
            a, b = self._operands(op)
            return a + b if name == "arith.addi" else a - b if name == "arith.subi" else a * b
        if name in ("arith.divsi", "arith.divui", "arith.floordivsi", "arith.ceildivsi", "arith.ceildivui"):
            a, b = self._operands(op)
            if not b.is_constant():
                return Expr.unknown(f"{name} by a non-constant")
            return a.ceildiv(b.const) if "ceil" in name else a.floordiv(b.const)
        if name in ("arith.remsi", "arith.remui"):
            a, b = self._operands(op)
            return a.mod(b.const) if b.is_constant() else Expr.unknown(f"{name} by a non-constant")
        if name == "arith.shli":
            a, b = self._operands(op)
            return a * (1 << b.const) if b.is_constant() else Expr.unknown("shift by a non-constant")
        if name in ("arith.shrsi", "arith.shrui"):
            a, b = self._operands(op)
            return a.floordiv(1 << b.const) if b.is_constant() else Expr.unknown("shift by a non-constant")
        if name == "arith.andi":
            a, b = self._operands(op)
            if b.is_constant() and b.const > 0 and (b.const + 1) & b.const == 0:
                return a.mod(b.const + 1)
            return Expr.bitwise("and", a, b)
        if name in ("arith.ori", "arith.xori"):
            a, b = self._operands(op)
            return Expr.bitwise("or" if name == "arith.ori" else "xor", a, b)
        if name in ("arith.minsi", "arith.minui", "arith.maxsi", "arith.maxui"):
            return Expr.extremum("min" if "min" in name else "max", self._operands(op))
        if name == "arith.select":
            return self._select(op)
        if name == "affine.apply":
            return self._affine_results(op, self._operands(op))[0]
        if name in ("affine.min", "affine.max"):
            return Expr.extremum(name[7:], self._affine_results(op, self._operands(op)))
        if name in ("gpu.thread_id", "gpu.block_id", "gpu.block_dim", "gpu.grid_dim", "gpu.global_id"):
            return self._gpu_id(op)
        if name == "gpu.lane_id":
            return (Expr.var(THREAD_VARS[0]) + self._block_size(0) * Expr.var(THREAD_VARS[1])).mod(32)
        if name == "memref.dim":
            return self._dim(op)
        return Expr.unknown(f"value of '{name}'")

    def _select(self, op) -> Expr:
        """``select(x < 0, a, b)`` as ``lower-affine`` emits for floordiv/mod: ``b`` (indices are >= 0)."""
        cond, _, on_false = op.operands
        if isinstance(cond, ir.OpResult) and cond.owner.operation.name == "arith.cmpi":
            cmp = cond.owner
            pred = ir.IntegerAttr(cmp.attributes["predicate"]).value
            rhs = self.expr(cmp.operands[1])
            if pred == 2 and rhs.is_constant() and rhs.const == 0:  # slt x, 0
                return self.expr(on_false)
        return Expr.unknown("arith.select")

    def _affine_results(self, op, operands: list[Expr]) -> list[Expr]:
        amap = op.attributes["map"].value
        dims, syms = operands[: amap.n_dims], operands[amap.n_dims :]
        return [affine_to_expr(e, dims, syms) for e in amap.results]

    def _block_size(self, dim: int) -> Expr:
        block = self.kernel.block
        if block is not None and block[dim] is not None:
            return Expr.constant(block[dim])
        return Expr.unknown(f"blockDim.{'xyz'[dim]}")

    def _gpu_id(self, op) -> Expr:
        dim = _HW[str(op.attributes["dimension"]).split()[-1].strip(">").split("<")[-1]]
        name = op.operation.name
        if name == "gpu.thread_id":
            return Expr.var(THREAD_VARS[dim])
        if name == "gpu.block_id":
            return Expr.var(BLOCK_VARS[dim])
        if name == "gpu.block_dim":
            return self._block_size(dim)
        if name == "gpu.global_id":
            return Expr.var(BLOCK_VARS[dim]) * self._block_size(dim) + Expr.var(THREAD_VARS[dim])
        grid = self.kernel.grid
        if grid is not None and grid[dim] is not None:
            return Expr.constant(grid[dim])
        return Expr.unknown(f"gridDim.{'xyz'[dim]}")

    def _dim(self, op) -> Expr:
        source, index = op.operands
        idx = self.expr(index)
        mtype = ir.MemRefType(source.type) if isinstance(source.type, ir.MemRefType) else None
        if mtype is not None and idx.is_constant() and not mtype.is_dynamic_dim(idx.const):
            return Expr.constant(mtype.shape[idx.const])
        if idx.is_constant():
            return self.symbol(op.result, f"dim({self.name_of(source)},{idx.const})")
        return Expr.unknown("memref.dim with a dynamic index")

    # -- memrefs -------------------------------------------------------------
    def buffer(self, memref: ir.Value) -> Buffer:
        mtype = ir.MemRefType(memref.type)
        owner = memref.owner if isinstance(memref, ir.OpResult) else None
        name = owner.operation.name if owner is not None else None
        if name in ("memref.subview",):
            return self._subview(owner, mtype)
        if name in ("memref.cast", "memref.assume_alignment", "memref.memory_space_cast"):
            parent = self.buffer(owner.operands[0])
            return Buffer(parent.root, parent.name, memory_space(mtype), parent.offset, parent.strides)
        if name == "memref.reinterpret_cast":
            return self._reinterpret(owner, mtype)
        if name == "memref.get_global":
            sym = str(owner.attributes["name"]).lstrip("@")
            root = Buffer(f"@{sym}", f"@{sym}", memory_space(mtype), Expr.constant(0), [])
            return self._from_type(mtype, root)
        root = Buffer(memref, self._buffer_name(memref), memory_space(mtype), Expr.constant(0), [])
        return self._from_type(mtype, root, source=memref)

    def _buffer_name(self, memref: ir.Value) -> str:
        """Arguments by name; allocations by where they are, which survives re-printing."""
        if isinstance(memref, ir.OpResult):
            from mlc.compiler.diagnostics import location_parts

            _, line, col = location_parts(memref.owner.location)
            if line is not None:
                return f"{memref.owner.operation.name.split('.')[-1]}@{line}:{col}"
        return self.name_of(memref)

    def _static_lists(self, op, names: tuple[str, ...]) -> list[list[Expr]]:
        """Static/dynamic offsets, sizes and strides of a view op, dynamic ones from its operands."""
        dyn = iter(self.expr(v) for v in list(op.operands)[1:])
        out = []
        for attr_name in names:
            vals = []
            for v in ir.DenseI64ArrayAttr(op.attributes[attr_name]):
                vals.append(next(dyn) if v in (_DYN, _DYN_SIZE) else Expr.constant(v))
            out.append(vals)
        return out

    def _reinterpret(self, op, mtype: ir.MemRefType) -> Buffer:
        parent = self.buffer(op.operands[0])
        (offset,), _, strides = self._static_lists(op, ("static_offsets", "static_sizes", "static_strides"))
        return Buffer(parent.root, parent.name, memory_space(mtype), offset, strides)

    def _from_type(self, mtype: ir.MemRefType, base: Buffer, source=None) -> Buffer:
        strides, offset = mtype.get_strides_and_offset()
        off = self._layout_symbol(base, "offset") if offset == _DYN else Expr.constant(offset)
        exprs: list[Expr] = []
        for k, s in enumerate(strides):
            if s != _DYN:
                exprs.append(Expr.constant(s))
            elif source is not None and _is_identity(mtype):
                exprs.append(self._identity_stride(mtype, source, k))
            else:
                exprs.append(self._layout_symbol(base, f"stride{k}"))
        return Buffer(base.root, base.name, base.space, base.offset + off, exprs)

    def _identity_stride(self, mtype: ir.MemRefType, source: ir.Value, k: int) -> Expr:
        stride = Expr.constant(1)
        for j in range(k + 1, mtype.rank):
            if mtype.is_dynamic_dim(j):
                stride = stride * self._size_symbol(source, j)
            else:
                stride = stride * mtype.shape[j]
        return stride

    def _size_symbol(self, source: ir.Value, j: int) -> Expr:
        label = f"dim({self.name_of(source)},{j})"
        name = f"sym:{label}"
        if name not in self.kernel.vars:
            self.kernel.vars[name] = VarInfo(name, label, "symbol")
        return Expr.var(name)

    def _layout_symbol(self, base: Buffer, what: str) -> Expr:
        label = f"{what}({base.name})"
        name = f"sym:{label}"
        if name not in self.kernel.vars:
            self.kernel.vars[name] = VarInfo(name, label, "symbol")
        return Expr.var(name)

    def _subview(self, op, mtype: ir.MemRefType) -> Buffer:
        parent = self.buffer(op.operands[0])
        src_type = ir.MemRefType(op.operands[0].type)
        offsets, sizes, steps = self._static_lists(op, ("static_offsets", "static_sizes", "static_strides"))
        off = parent.offset
        for o, s in zip(offsets, parent.strides, strict=False):
            off = off + o * s
        strides = [s * t for s, t in zip(parent.strides, steps, strict=False)]
        if mtype.rank < src_type.rank:
            keep = _kept_dims(sizes, mtype.rank)
            strides = [strides[k] for k in keep]
        return Buffer(parent.root, parent.name, memory_space(mtype), off, strides)


def _is_identity(mtype: ir.MemRefType) -> bool:
    return str(mtype.layout).startswith("affine_map") and ir.AffineMapAttr(mtype.layout).value == (
        ir.AffineMap.get_identity(mtype.rank)
    )


def _kept_dims(sizes: list[Expr], rank: int) -> list[int]:
    """Dimensions a rank-reducing subview keeps: unit dimensions are dropped from the left."""
    drop = len(sizes) - rank
    keep = []
    for k, s in enumerate(sizes):
        if drop and s.is_constant() and s.const == 1:
            drop -= 1
            continue
        keep.append(k)
    return keep


def affine_to_expr(e: ir.AffineExpr, dims: list[Expr], syms: list[Expr]) -> Expr:
    """Evaluate an affine expression over ``Expr`` operands."""
    if isinstance(e, ir.AffineDimExpr):
        return dims[e.position]
    if isinstance(e, ir.AffineSymbolExpr):
        return syms[e.position]
    if isinstance(e, ir.AffineConstantExpr):
        return Expr.constant(e.value)
    e = e.maybe_downcast() if not isinstance(e, ir.AffineBinaryExpr) else e
    if isinstance(e, ir.AffineDimExpr | ir.AffineSymbolExpr | ir.AffineConstantExpr):
        return affine_to_expr(e, dims, syms)
    lhs, rhs = affine_to_expr(e.lhs, dims, syms), affine_to_expr(e.rhs, dims, syms)
    if isinstance(e, ir.AffineAddExpr):
        return lhs + rhs
    if isinstance(e, ir.AffineMulExpr):
        return lhs * rhs
    if not rhs.is_constant():
        return Expr.unknown("affine division by a symbol")
    if isinstance(e, ir.AffineModExpr):
        return lhs.mod(rhs.const)
    if isinstance(e, ir.AffineFloorDivExpr):
        return lhs.floordiv(rhs.const)
    return lhs.ceildiv(rhs.const)
