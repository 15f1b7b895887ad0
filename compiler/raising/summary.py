"""What raising found, in words: loops with trip counts, arrays with strides, accesses, kernels.

``collect(module)`` reads a module in the middle of the ``.ll`` pipeline (loops
are ``scf.for``, accesses go through memref views) and ``render`` writes the
report for ``mlc-translate --verbose``, adding each function's final state and
the linalg ops it became. Strides are given in elements of the array's
element type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.raising.poly import Poly
from mlc.compiler.raising.scev import ScalarEvolution, defining_op

if TYPE_CHECKING:
    from mlir import ir

_ACCESS_OPS = {
    "memref.load": "load",
    "memref.store": "store",
    "vector.load": "vector load",
    "vector.store": "vector store",
}


@dataclass
class LoopInfo:
    name: str
    depth: int
    lb: str
    ub: str
    step: int
    trips: str


@dataclass
class ArrayInfo:
    arg: str
    type: str
    strides: list[str]
    accesses: list[str] = field(default_factory=list)


@dataclass
class FunctionInfo:
    name: str
    loops: list[LoopInfo] = field(default_factory=list)
    arrays: dict[str, ArrayInfo] = field(default_factory=dict)
    assumptions: list[str] = field(default_factory=list)


class _Namer:
    """Names for atoms: ``argN`` for function arguments, ``iN`` for loop indices."""

    def __init__(self, se: ScalarEvolution, entry: ir.Block) -> None:
        self.se, self.entry = se, entry
        self.loops: dict = {}

    def __call__(self, atom: int) -> str:
        from mlir import ir

        value = self.se.atoms.value(atom)
        if value in self.loops:
            return self.loops[value]
        if isinstance(value.owner, ir.Block) and value.owner == self.entry:
            return f"arg{ir.BlockArgument(value).arg_number}"
        op = defining_op(value)
        return f"<{op.name if op is not None else 'value'}>"

    def poly(self, p: Poly) -> str:
        return p.format(self)


def _strides_of(view: ir.Value, se: ScalarEvolution, namer: _Namer) -> tuple[list[Poly], str] | None:
    from mlir import ir

    op = defining_op(view)
    if op is None or op.name != "memref.reinterpret_cast":
        return None
    static = list(ir.DenseI64ArrayAttr(op.attributes["static_strides"]))
    sizes = list(ir.DenseI64ArrayAttr(op.attributes["static_sizes"]))
    dynamic = list(op.operands)[1 + sum(1 for s in sizes if s == ir.ShapedType.get_dynamic_size()) :]
    strides = []
    for s in static:
        if s == ir.ShapedType.get_dynamic_stride_or_offset():
            strides.append(se.expr(dynamic.pop(0)).poly)
        else:
            strides.append(Poly.const(s))
    base = defining_op(op.operands[0])
    arg = "?"
    if base is not None and base.name == "mlc_ptr.to_memref":
        arg = _arg_name(base.operands[0])
    return strides, arg


def _arg_name(value: ir.Value) -> str:
    from mlir import ir

    if isinstance(value.owner, ir.Block):
        return f"arg{ir.BlockArgument(value).arg_number}"
    return "?"


def collect(module: ir.Module) -> dict[str, FunctionInfo]:
    """Loops and accesses of every ``func.func`` in ``module``."""
    from mlir import ir

    out: dict[str, FunctionInfo] = {}
    for fn in module.body.operations:
        if fn.operation.name != "func.func" or not fn.regions[0].blocks:
            continue
        name = ir.StringAttr(fn.attributes["sym_name"]).value
        info = FunctionInfo(name)
        if attributes.ASSUMPTIONS in fn.attributes:
            info.assumptions = [
                ir.StringAttr(a).value for a in ir.ArrayAttr(fn.attributes[attributes.ASSUMPTIONS])
            ]
        se = ScalarEvolution()
        namer = _Namer(se, fn.regions[0].blocks[0])
        ops: list[tuple[ir.Operation, int]] = []

        def visit(op: ir.Operation, ops=ops) -> ir.WalkResult:
            depth, parent = 0, op.parent
            while parent is not None and parent.name != "func.func":
                depth += parent.name in ("scf.for", "affine.for")
                parent = parent.operation.parent
            ops.append((op, depth))
            return ir.WalkResult.ADVANCE

        fn.operation.walk(visit, ir.WalkOrder.PRE_ORDER)
        for op, depth in ops:
            if op.name == "scf.for":
                iv = op.regions[0].blocks[0].arguments[0]
                namer.loops[iv] = f"i{len(namer.loops)}"
                lb, ub = (se.expr(v).poly for v in list(op.operands)[:2])
                step = _const(op.operands[2])
                trips = ub - lb
                trips_text = namer.poly(trips) if step == 1 else f"ceil(({namer.poly(trips)}) / {step})"
                info.loops.append(
                    LoopInfo(namer.loops[iv], depth, namer.poly(lb), namer.poly(ub), step, trips_text)
                )
            elif op.name in _ACCESS_OPS:
                _access(op, se, namer, info)
        out[name] = info
    return out


def _const(value: ir.Value) -> int:
    from mlc.compiler.raising.scev import constant_int

    c = constant_int(value)
    return c if c is not None else 0


def _access(op: ir.Operation, se: ScalarEvolution, namer: _Namer, info: FunctionInfo) -> None:
    is_store = op.name.endswith("store")
    operands = list(op.operands)
    view, indices = (operands[1], operands[2:]) if is_store else (operands[0], operands[1:])
    found = _strides_of(view, se, namer)
    if found is None:
        return
    strides, arg = found
    array = info.arrays.get(arg)
    if array is None:
        array = ArrayInfo(arg, str(view.type), [namer.poly(s) for s in strides])
        info.arrays[arg] = array
    index_polys = [se.expr(i).poly for i in indices]
    ivs = [v for v in namer.loops if se.atoms.id(v) in set().union(*(p.atoms() for p in index_polys))]
    per_loop = []
    for iv in ivs:
        atom = se.atoms.id(iv)
        stride = Poly()
        for s, p in zip(strides, index_polys, strict=True):
            stride = stride + s * p.coefficient(atom)
        per_loop.append(f"{namer.loops[iv]}: {namer.poly(stride)}")
    where = ", ".join(namer.poly(p) for p in index_polys)
    strides_text = "; ".join(per_loop) if per_loop else "loop-invariant"
    array.accesses.append(
        f"{_ACCESS_OPS[op.name]} {arg}[{where}]  stride in elements per loop: {strides_text}"
    )


def render(infos: dict[str, FunctionInfo], module: ir.Module) -> str:
    """The report, with each function's final state read from ``module``."""
    from mlir import ir

    lines: list[str] = []
    for fn in module.body.operations:
        kind = fn.operation.name
        if kind not in ("func.func", "llvm.func") or not fn.regions[0].blocks:
            continue
        name = ir.StringAttr(fn.attributes["sym_name"]).value
        if name.endswith(attributes.ORIGINAL_SUFFIX):
            continue
        if kind == "llvm.func":
            lines.append(f"@{name}: not raised (stays in the llvm dialect; --remarks says why)")
            continue
        info = infos.get(name, FunctionInfo(name))
        kernels = _kernels(fn.operation)
        lines.append(f"@{name}: raised to {raised_stage(fn.operation)}")
        if info.loops:
            lines.append("  loops:")
            for lp in info.loops:
                step = f" step {lp.step}" if lp.step != 1 else ""
                indent = "  " * (lp.depth + 2)
                lines.append(f"{indent}for {lp.name} in [{lp.lb}, {lp.ub}){step}: trip count {lp.trips}")
        if info.arrays:
            lines.append("  arrays (pointer arguments viewed as memrefs; strides in elements):")
            for array in info.arrays.values():
                lines.append(f"    {array.arg}: {array.type}, strides [{', '.join(array.strides)}]")
                lines.extend(f"      {a}" for a in array.accesses)
        if kernels:
            lines.append(f"  kernel: {', '.join(kernels)}")
        for a in info.assumptions:
            lines.append(f"  assumes: {a}")
    return "\n".join(lines)


def raised_stage(fn: ir.Operation) -> str:
    """How far raising took the function ``fn``: ``llvm`` (it stayed an ``llvm.func``), ``linalg``
    (every loop became a linalg op), ``affine`` (some loops are ``affine.for``) or ``scf``."""
    from mlir import ir

    if fn.name == "llvm.func":
        return "llvm"
    names: set[str] = set()

    def visit(op: ir.Operation) -> ir.WalkResult:
        names.add(op.name)
        return ir.WalkResult.ADVANCE

    fn.walk(visit)
    if _kernels(fn) and not names & {"affine.for", "scf.for", "scf.while"}:
        return "linalg"
    return "affine" if "affine.for" in names else "scf"


def _kernels(fn: ir.Operation) -> list[str]:
    from mlir import ir

    names: list[str] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name.startswith("linalg.") and op.name != "linalg.yield" and op.parent.name != "linalg.generic":
            names.append(op.name)
        return ir.WalkResult.ADVANCE

    fn.walk(visit)
    return names
