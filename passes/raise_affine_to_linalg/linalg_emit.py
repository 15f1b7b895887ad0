"""Building the linalg ops for a matched loop nest (see ``kernels``) and removing the nest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.raising.materialize import Builder
from mlc.compiler.raising.poly import Atoms, Poly
from mlc.compiler.raising.scev import ScalarEvolution
from mlc.passes.raise_affine_to_linalg.kernels import (
    _LOADS,
    Access,
    Dim,
    NotAKernel,
    Plan,
    Statement,
    affine_indices,
)

if TYPE_CHECKING:
    from mlir import ir

DYNAMIC = -9223372036854775808  # ShapedType dynamic size/stride/offset marker


class _Values(Atoms):
    """Atoms evaluated to themselves (symbols are in scope in front of the nest)."""

    def __init__(self, atoms: Atoms) -> None:
        super().__init__(atoms.values, atoms.ids)


class Emitter:
    """Replaces a matched nest by linalg ops, in front of it."""

    def __init__(self, plan: Plan, se: ScalarEvolution) -> None:
        from mlir import ir

        self.plan, self.se = plan, se
        self.b = Builder(ir.InsertionPoint(plan.root), plan.root.location)
        self.index = ir.IndexType.get()
        self._extents: dict = {}

    # -- loop extents ---------------------------------------------------------------------------
    def _bound(self, loop: ir.Operation, which: str) -> ir.Value:
        from mlir import ir

        amap = ir.AffineMapAttr(loop.attributes[f"{which}BoundMap"]).value
        sizes = list(ir.DenseI32ArrayAttr(loop.attributes["operandSegmentSizes"]))
        operands = list(loop.operands)
        ops = operands[: sizes[0]] if which == "lower" else operands[sizes[0] : sizes[0] + sizes[1]]
        return self.b.op("affine.apply", ops, [self.index], {"map": ir.AffineMapAttr.get(amap)}).result

    def extent(self, dim: Dim) -> tuple[ir.Value, ir.Value]:
        """(lower bound, trip count >= 0) of a dimension's loop, computed in front of the nest."""
        if dim.loop not in self._extents:
            lb, ub = self._bound(dim.loop, "lower"), self._bound(dim.loop, "upper")
            trips = self.b.binary("arith.subi", ub, lb)
            trips = self.b.binary("arith.maxsi", trips, self.b.index_const(0))
            self._extents[dim.loop] = (lb, trips)
        return self._extents[dim.loop]

    # -- operands -------------------------------------------------------------------------------
    def operand(self, access: Access, dims: list[Dim]) -> tuple[ir.Value, list]:
        """(subview, affine exprs of the loop dims) for an access."""
        from mlir import ir

        ivs = {self.se.atoms.id(d.iv): i for i, d in enumerate(dims)}
        offsets, sizes, strides, exprs, keep = [], [], [], [], []
        for p in access.indices:
            used = sorted(a for a in p.atoms() if a in ivs)
            rest = p
            for a in used:
                coef = p.coefficient(a)
                if not coef.is_const() or coef.constant <= 0 or p.degree(a) != 1:
                    raise NotAKernel("an index scales a loop index by a variable or a negative factor")
                rest = rest.substitute(a, Poly())
            offset = self.b.poly(rest, _Values(self.se.atoms), self.index)
            if not used:
                offsets.append(offset)
                sizes.append(1)
                strides.append(1)
                keep.append(False)
                continue
            expr = None
            span: ir.Value | int = 1
            for a in used:
                c = p.coefficient(a).constant
                lb, trips = self.extent(dims[ivs[a]])
                offset = self.b.binary(
                    "arith.addi", offset, self.b.binary("arith.muli", lb, self.b.index_const(c))
                )
                term = ir.AffineDimExpr.get(ivs[a]) * c
                expr = term if expr is None else expr + term
            if len(used) == 1:
                c = p.coefficient(used[0]).constant
                span = self.extent(dims[ivs[used[0]]])[1]
                stride = c
                expr = ir.AffineDimExpr.get(ivs[used[0]])
            else:
                total: ir.Value = self.b.index_const(1)
                for a in used:
                    c = p.coefficient(a).constant
                    trips = self.extent(dims[ivs[a]])[1]
                    steps = self.b.binary("arith.subi", trips, self.b.index_const(1))
                    total = self.b.binary(
                        "arith.addi", total, self.b.binary("arith.muli", steps, self.b.index_const(c))
                    )
                span = self.b.binary("arith.maxsi", total, self.b.index_const(0))
                stride = 1
            offsets.append(offset)
            sizes.append(span)
            strides.append(stride)
            keep.append(True)
            exprs.append(expr)
        view = self._subview(access.view, offsets, sizes, strides, keep)
        return view, exprs

    def _subview(self, source: ir.Value, offsets, sizes, strides, keep) -> ir.Value:
        from mlir import ir

        src = ir.MemRefType(source.type)
        src_strides, _ = src.get_strides_and_offset()
        static_offsets = [DYNAMIC] * len(offsets)
        static_sizes = [s if isinstance(s, int) else DYNAMIC for s in sizes]
        static_strides = [s if isinstance(s, int) else DYNAMIC for s in strides]
        result_strides = []
        for k, ss, st in zip(keep, src_strides, static_strides, strict=True):
            if k:
                result_strides.append(DYNAMIC if DYNAMIC in (ss, st) else ss * st)
        shape = [s for k, s in zip(keep, static_sizes, strict=True) if k]
        layout = ir.StridedLayoutAttr.get(DYNAMIC, result_strides)
        rtype = ir.MemRefType.get(shape, src.element_type, layout)
        dyn_sizes = [s for s in sizes if not isinstance(s, int)]
        dyn_strides = [s for s in strides if not isinstance(s, int)]
        attrs = {
            "operandSegmentSizes": ir.DenseI32ArrayAttr.get(
                [1, len(offsets), len(dyn_sizes), len(dyn_strides)]
            ),
            "static_offsets": ir.DenseI64ArrayAttr.get(static_offsets),
            "static_sizes": ir.DenseI64ArrayAttr.get(static_sizes),
            "static_strides": ir.DenseI64ArrayAttr.get(static_strides),
        }
        return self.b.op(
            "memref.subview", [source, *offsets, *dyn_sizes, *dyn_strides], [rtype], attrs
        ).result

    # -- ops ------------------------------------------------------------------------------------
    def statement(self, stmt: Statement, output_views: list[ir.Value] | None = None) -> ir.Operation | None:
        from mlir import ir

        dims = stmt.dims
        outs, out_exprs = [], []
        if output_views is not None:
            outs, out_exprs = list(output_views), [[] for _ in output_views]
        for acc in stmt.outputs:
            view, exprs = self.operand(acc, dims)
            outs.append(view)
            out_exprs.append(exprs)
        if stmt.fill:
            from mlir.dialects import linalg

            with self.b.ip, self.b.loc:
                linalg.fill(stmt.results[0], outs=[outs[0]])
            return None
        loads = [o for o in stmt.compute if o.name in _LOADS]
        inputs: list[Access] = []
        load_slot: dict = {}
        for load in loads:
            view, indices = affine_indices(load, self.se)
            acc = Access(view, indices)
            if acc in stmt.outputs:
                load_slot[load.results[0]] = ("out", stmt.outputs.index(acc))
                continue
            if acc not in inputs:
                inputs.append(acc)
            load_slot[load.results[0]] = ("in", inputs.index(acc))
        ins, in_exprs = [], []
        for acc in inputs:
            view, exprs = self.operand(acc, dims)
            ins.append(view)
            in_exprs.append(exprs)
        n = len(dims)
        maps = [ir.AffineMap.get(n, 0, e) for e in in_exprs + out_exprs]
        iterators = [
            ir.Attribute.parse(f"#linalg.iterator_type<{'reduction' if d.reduction else 'parallel'}>")
            for d in dims
        ]
        generic = ir.Operation.create(
            "linalg.generic",
            results=[],
            operands=[*ins, *outs],
            attributes={
                "indexing_maps": ir.ArrayAttr.get([ir.AffineMapAttr.get(m) for m in maps]),
                "iterator_types": ir.ArrayAttr.get(iterators),
                "operandSegmentSizes": _segments(len(ins), len(outs)),
            },
            regions=1,
            loc=self.plan.root.location,
            ip=self.b.ip,
        )
        types = [ir.MemRefType(v.type).element_type for v in [*ins, *outs]]
        block = generic.regions[0].blocks.append(*types)
        args = list(block.arguments)
        mapping: dict = {}
        for value, (kind, i) in load_slot.items():
            mapping[value] = args[i] if kind == "in" else args[len(ins) + i]
        for acc in stmt.accumulators:
            mapping[acc] = args[len(ins)]
        ip = ir.InsertionPoint(block)
        used = {v for op in stmt.compute if op.name not in _LOADS for v in op.operands}
        for d_index, d in enumerate(dims):
            if d.iv not in used:
                continue
            lb, _ = self.extent(d)
            idx = ir.Operation.create(
                "linalg.index",
                results=[self.index],
                attributes={"dim": ir.IntegerAttr.get(ir.IntegerType.get_signless(64), d_index)},
                loc=self.plan.root.location,
                ip=ip,
            ).result
            mapping[d.iv] = ir.Operation.create(
                "arith.addi", results=[self.index], operands=[idx, lb], loc=self.plan.root.location, ip=ip
            ).result
        for op in stmt.compute:
            if op.name in _LOADS:
                continue
            copy = op.clone(ip=ip)
            for i, v in enumerate(op.operands):
                if v in mapping:
                    copy.operands[i] = mapping[v]
            for old, new in zip(op.results, copy.results, strict=True):
                mapping[old] = new
        yielded = [mapping.get(v, v) for v in stmt.results]
        ir.Operation.create("linalg.yield", operands=yielded, loc=self.plan.root.location, ip=ip)
        return generic

    def emit(self) -> None:
        from mlir import ir

        plan = self.plan
        if plan.scalar_result is None:
            for stmt in plan.statements:
                self.statement(stmt)
        else:
            rtype = plan.scalar_result.type
            cell = self.b.op(
                "memref.alloca", [], [ir.MemRefType.get([], rtype)], {"operandSegmentSizes": _segments(0, 0)}
            )
            init = plan.root.operands[len(plan.root.operands) - 1]
            self.b.op("memref.store", [init, cell.result], [])
            stmt = plan.statements[0]
            self.statement(stmt, output_views=[cell.result])
            value = self.b.op("memref.load", [cell.result], [rtype]).result
            plan.scalar_result.replace_all_uses_with(value)
        _erase_nest(plan.root)


def _segments(*sizes: int):
    from mlir import ir

    return ir.DenseI32ArrayAttr.get(list(sizes))


def _erase_nest(root: ir.Operation) -> None:
    root.erase()
