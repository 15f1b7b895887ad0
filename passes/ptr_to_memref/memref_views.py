"""Raising pointer accesses of one function to memref views (the work of ``ptr-to-memref``).

For every ``llvm.load``/``llvm.store`` the address is read as ``base + offset``
(``addresses``), with ``base`` a pointer argument (or a local array that does
not escape: an ``llvm.alloca``, which becomes a ``memref.alloca``) and ``offset`` a polynomial
that is affine in the enclosing ``scf.for`` induction variables and whose other
atoms are symbols (computable from the arguments). All accesses through one
argument share one view: ``mlc_ptr.to_memref`` + ``memref.reinterpret_cast``.

Delinearization: the distinct induction-variable coefficients of a base (in
elements) become the strides of its view, outermost first, plus a unit stride;
each access becomes a multi-dimensional index (``i*560 + j*8`` bytes of f64 ->
``[i, j]`` on strides ``[70, 1]``). Inner dimensions get the size implied by
the stride above them (70, or a symbolic row length); the outer one the
largest index reached plus one.

What the view promises and the original code does not guarantee becomes a
run-time check at the function entry; when one fails the function calls its
original LLVM body (``@<name>.mlc.orig``) instead:

* narrow index arithmetic without ``nsw`` does not wrap (``sext(i32 x)``);
* indices stay inside their dimension, so distinct indices are distinct
  elements (a written view must not overlap itself);
* views through different arguments that may alias (no ``noalias`` on either)
  do not overlap where one of them is written.

Facts that need no check are recorded too (``mlc.assumptions``): arguments
that are ``noalias`` (C ``restrict``) are taken not to overlap.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mlc.compiler.raising.addresses import NotAffine, address, array_elements, layout, scalar_size
from mlc.compiler.raising.calls import touches_only_errno
from mlc.compiler.raising.materialize import Builder
from mlc.compiler.raising.nest import Hoister, Loop, LoopNest, affine_in
from mlc.compiler.raising.poly import Poly, quotient
from mlc.compiler.raising.ranges import Ranges
from mlc.compiler.raising.scev import ScalarEvolution, constant_int, defining_op
from mlc.passes.ptr_to_memref.bounds import Bounds, symbol_interval

if TYPE_CHECKING:
    from mlir import ir


@dataclass
class Access:
    op: ir.Operation
    is_store: bool
    elem: str  # element type text
    lanes: int  # 1, or the vector length
    offset: Poly  # in elements
    loops: list[Loop]
    indices: list[Poly] = field(default_factory=list)


@dataclass
class View:
    base: ir.Value
    arg_number: int  # the pointer argument; negative for a local array (an ``llvm.alloca``)
    elem: str
    accesses: list[Access]
    strides: list[Poly] = field(default_factory=list)
    sizes: list[Poly | None] = field(default_factory=list)  # None: the outer extent
    value: ir.Value | None = None
    local_elements: int = 0  # the local array's length in elements

    @property
    def written(self) -> bool:
        return any(a.is_store for a in self.accesses)

    @property
    def local(self) -> bool:
        return self.arg_number < 0

    @property
    def name(self) -> str:
        return f"local array {-1 - self.arg_number}" if self.local else f"argument {self.arg_number}"


@dataclass
class Check:
    """A condition on symbols: ``lhs <= rhs`` (polynomials), checked in 128-bit arithmetic.

    ``what`` says what it guarantees; ``where`` the source position it comes from.
    """

    what: str
    lhs: Poly | tuple[str, ...]
    rhs: Poly | tuple[str, ...]
    where: str = ""


class Unraisable(Exception):
    """Raised with the op and the reason when a function's accesses cannot become memref accesses."""

    def __init__(self, message: str, loc: ir.Location) -> None:
        super().__init__(message)
        self.loc = loc


def _element_of(t: ir.Type) -> tuple[str, int]:
    text = str(t)
    if text.startswith("vector<"):
        dims, elem = text[len("vector<") : -1].rsplit("x", 1)
        if "x" in dims or "[" in dims:
            raise NotAffine(f"it accesses a {text} (only 1-D vectors are supported)")
        return elem, int(dims)
    return text, 1


class FunctionRaiser:
    """Raises the pointer accesses of one ``func.func``."""

    def __init__(self, func: ir.Operation) -> None:
        self.func = func
        self.se = ScalarEvolution()
        self.entry = func.regions[0].blocks[0]
        self.hoister = Hoister(func, next(iter(self.entry.operations)))
        self.nest = LoopNest(func, self.se, self.hoister)
        self.args = list(self.entry.arguments)
        self.views: dict[int, View] = {}
        self.loop_depths: dict[int, tuple[Loop, int]] = {}
        self.checks: list[Check] = []
        self.notes: list[str] = []
        self.parameters: set[int] = set()

    # -- analysis -------------------------------------------------------------------------------
    def analyze(self) -> None:
        """Find every access and its view; raises ``Unraisable`` on the first one that cannot be."""
        from mlir import ir

        found: list[ir.Operation] = []

        def visit(op: ir.Operation) -> ir.WalkResult:
            found.append(op)
            return ir.WalkResult.ADVANCE

        self.func.walk(visit)
        for op in found:
            name = op.name
            if name in ("llvm.load", "llvm.store"):
                self._access(op)
            elif (name == "llvm.call" and not touches_only_errno(op)) or name == "func.call":
                raise Unraisable(f"it calls @{_callee(op)}, whose memory effects are unknown", op.location)
            elif name.startswith("llvm.intr.mem") or name in ("llvm.atomicrmw", "llvm.cmpxchg", "llvm.fence"):
                raise Unraisable(f"it uses {name}", op.location)
            elif name == "llvm.mlir.addressof":
                raise Unraisable("it accesses a global variable", op.location)
        for view in self.views.values():
            self._delinearize(view)
        self._plan_checks()

    def _access(self, op: ir.Operation) -> None:
        from mlir import ir

        is_store = op.name == "llvm.store"
        if "volatile_" in op.attributes or (
            "ordering" in op.attributes and ir.IntegerAttr(op.attributes["ordering"]).value
        ):
            raise Unraisable("it uses a volatile or atomic access", op.location)
        ptr = op.operands[1] if is_store else op.operands[0]
        vtype = op.operands[0].type if is_store else op.results[0].type
        try:
            elem, lanes = _element_of(vtype)
            if elem.startswith("!llvm"):
                raise NotAffine(f"it {'stores' if is_store else 'loads'} a {elem}")
            loops = self.nest.loops(op)
            for depth, loop in enumerate(loops):
                self.loop_depths[loop.iv_atom] = (loop, depth)
            ivs = {lp.iv_atom for lp in loops}
            addr = address(ptr, ScalarEvolution(self.se.atoms, widen=True))
        except NotAffine as e:
            raise Unraisable(str(e), op.location) from None
        base = addr.base
        local = _local_array(base, self.func)
        if local is None and not (isinstance(base.owner, ir.Block) and base.owner == self.entry):
            raise Unraisable(
                "its address is not based on a pointer argument or a local array (it is loaded or computed)",
                op.location,
            )
        size = layout(elem)[0]
        poly = addr.offset.poly
        if not affine_in(poly, ivs):
            raise Unraisable(
                "its address is not an affine function of the loop induction variables", op.location
            )
        try:
            self._parameters(poly, ivs, op)
        except NotAffine as e:
            raise Unraisable(str(e), op.location) from None
        ivs = ivs | self.parameters
        if not poly.divisible_by(size):
            raise Unraisable(f"its byte offset is not a multiple of the {elem} size", op.location)
        for fits_poly, lo, hi in addr.offset.fits:
            self._fits_check(fits_poly, lo, hi, op)
        if local is None:
            arg = ir.BlockArgument(base).arg_number
            view = self.views.setdefault(arg, View(base, arg, elem, []))
        else:
            view = self._local_view(base, local, elem, op)
        if view.elem != elem:
            raise Unraisable(f"{view.name} is accessed both as {view.elem} and as {elem}", op.location)
        view.accesses.append(Access(op, is_store, elem, lanes, poly.exact_div(size), loops))

    def _local_view(self, base: ir.Value, local: tuple[str, int], elem: str, op: ir.Operation) -> View:
        """The view of the local array ``base`` (``_local_array``'s element type and length)."""
        for view in self.views.values():
            if view.local and view.base == base:
                return view
        elem_of_array, count = local
        if elem_of_array != elem:
            raise Unraisable(f"a local array of {elem_of_array} is accessed as {elem}", op.location)
        escape = _escape(base)
        if escape is not None:
            raise Unraisable(
                f"the address of a local array escapes (it is used by {escape.name})", escape.location
            )
        key = -1 - sum(v.local for v in self.views.values())
        view = self.views[key] = View(base, key, elem, [], local_elements=count)
        return view

    def _parameters(self, poly: Poly, ivs: set[int], op: ir.Operation) -> None:
        """Accept atoms that are neither induction variables nor symbols if their range is bounded.

        They are loop-invariant values chosen at run time, such as the point where
        a remainder loop resumes; the checks and view sizes use their range.
        """
        for a in poly.atoms() - ivs:
            if a in self.loop_depths or self.hoister.is_symbol(self.se.atoms.value(a)):
                continue
            value = self.se.atoms.value(a)
            if _derived_from_load(value):
                raise NotAffine("its address depends on a value loaded from memory (indirect access)")
            r = Ranges(op).range(value)
            if r.lo is None or r.hi is None:
                raise NotAffine("its address depends on a value of unknown range")
            first, last = Poly.const(r.lo), Poly.const(r.hi)
            self.loop_depths[a] = (Loop(None, value, a, first, last + 1, 1, first, last), -1)
            self.parameters.add(a)

    def _fits_check(self, poly: Poly, lo: int, hi: int, op: ir.Operation) -> None:
        what = "narrow index arithmetic does not wrap"
        self.checks.append(Check(what, Poly.const(lo), poly, _where(op)))
        self.checks.append(Check(what, poly, Poly.const(hi), _where(op)))

    # -- delinearization ------------------------------------------------------------------------
    def _delinearize(self, view: View) -> None:
        ivs = set(self.loop_depths) - self.parameters
        strides: list[Poly] = [Poly.const(1)]
        for acc in view.accesses:
            for iv in acc.offset.atoms() & ivs:
                coef = _positive(acc.offset.coefficient(iv))
                if coef not in strides:
                    strides.append(coef)
        kept: list[Poly] = []
        for c in sorted(strides, key=_stride_key):  # smallest first: a diagonal of kept strides goes
            if _parts(c, kept) is None:
                kept.append(c)
        strides = sorted(kept, key=_stride_key, reverse=True)
        view.strides = strides
        for acc in view.accesses:
            acc.indices = self._split(acc.offset, strides, ivs)
        view.sizes = [None]
        for outer, inner in itertools.pairwise(strides):
            view.sizes.append(quotient(outer, inner))
        bounds = self._bounds()
        for acc in view.accesses:
            _carry_into_rows(acc, view.sizes, bounds.inside(acc.loops), Ranges(acc.op), self.se.atoms)

    def _split(self, offset: Poly, strides: list[Poly], ivs: set[int]) -> list[Poly]:
        """The index of ``offset`` along each stride (the strides include 1, so it always exists)."""
        indices = [Poly() for _ in strides]
        rest = offset
        for iv in sorted(offset.atoms() & ivs):
            c = offset.coefficient(iv)
            sign = 1 if c == _positive(c) else -1
            parts = {strides.index(_positive(c)): 1} if _positive(c) in strides else _parts(c, strides)
            for d, q in parts.items():
                indices[d] = indices[d] + Poly.atom(iv) * (sign * q)
            rest = rest - c * Poly.atom(iv)
        for monomial, coef in rest.terms.items():
            if not monomial:
                continue
            term = Poly({monomial: coef})
            d, q = next((d, q) for d, s in enumerate(strides) if (q := quotient(term, s)) is not None)
            indices[d] = indices[d] + q
        value = rest.constant
        for d, s in enumerate(strides):
            if s.is_const() and value:
                whole = abs(value) // s.constant * (1 if value > 0 else -1)
                indices[d] = indices[d] + whole
                value -= whole * s.constant
        return indices

    # -- checks ---------------------------------------------------------------------------------
    def _bounds(self) -> Bounds:
        return Bounds(self.loop_depths, self.se.atoms)

    def _plan_checks(self) -> None:
        bounds = self._bounds()
        for view in self.views.values():
            name = view.name
            for d in range(len(view.strides)):
                for acc in view.accesses:
                    where = bounds.inside(acc.loops)
                    index = acc.indices[d]
                    last = index + (acc.lanes - 1) if d == len(view.strides) - 1 else index
                    self._add(where, f"indices of {name} are not negative", Poly(), index, acc)
                    if d > 0 and view.sizes[d] is not None:
                        self._add(
                            where, f"indices of {name} stay inside its rows", last, view.sizes[d] - 1, acc
                        )
        views = list(self.views.values())
        for i, p in enumerate(views):
            for q in views[i + 1 :]:
                if not (p.written or q.written) or p.local or q.local:  # a local array is its own object
                    continue
                pa, qa = _noalias(self.func, p.arg_number), _noalias(self.func, q.arg_number)
                if pa or qa:
                    self.notes.append(
                        f"argument {p.arg_number} and argument {q.arg_number} do not overlap (noalias)"
                    )
                    continue
                what = f"argument {p.arg_number} and argument {q.arg_number} do not overlap"
                self.checks.append(Check(what, ("disjoint", str(p.arg_number), str(q.arg_number)), ()))

    def _add(self, bounds: Bounds, what: str, lhs: Poly, rhs: Poly, acc: Access) -> None:
        """Record ``lhs <= rhs`` where ``acc`` runs, unless it holds statically: over the loop
        nest, or by the ranges at the access (the ``scf.if`` guards around it, such as the exit
        test that skips the last copy in the final trip of a loop unrolled by clang)."""
        diff = rhs - lhs
        low = bounds.symbolic(diff, want_max=False)
        if low is not None and (
            (low.is_const() and low.constant >= 0) or symbol_interval(low, self.se.atoms).nonneg
        ):
            return
        if Ranges(acc.op).poly_range(diff, self.se.atoms).nonneg:
            return
        # The check compares the extremes of both sides: where they are known to cross, it fails
        # for every input, and a raised version behind it would never run.
        hi, lo = bounds.symbolic(lhs, want_max=True), bounds.symbolic(rhs, want_max=False)
        if hi is not None and lo is not None:
            gap = symbol_interval(hi - lo, self.se.atoms)
            if gap.lo is not None and gap.lo > 0:
                raise Unraisable(
                    f"the run-time check that {what} would fail for every input", acc.op.location
                )
        self.checks.append(Check(what, lhs, rhs))

    # -- rewriting ------------------------------------------------------------------------------
    def rewrite(self, fallback: str | None) -> list[str]:
        """Build the views and replace the accesses; returns the stated assumptions."""
        from mlir import ir

        anchor = next(iter(self.entry.operations))
        b = Builder(ir.InsertionPoint(anchor), self.func.location)
        symbols = self._hoist_symbols()
        bounds = self._bounds()
        index = ir.IndexType.get()
        for view in self.views.values():
            self._build_view(view, b, bounds, symbols, index)
        conditions = [c for c in self.checks]
        if conditions:
            if fallback is None:
                raise Unraisable(
                    "it needs run-time checks but has no original to fall back to", self.func.location
                )
            ok = self._emit_checks(b, bounds, symbols)
            self._guard(ok, fallback)
        for view in self.views.values():
            for acc in view.accesses:
                self._replace(view, acc, symbols)
        _erase_dead_addresses(self.func)
        for view in self.views.values():
            if view.local:
                _erase_local_array(view.base)
        return _describe_checks(self.checks) + self.notes

    def _hoist_symbols(self) -> dict[int, ir.Value]:
        symbols: dict[int, ir.Value] = {}
        for a, value in enumerate(self.se.atoms.values):
            if a in self.loop_depths:
                continue
            if self.hoister.is_symbol(value):
                symbols[a] = self.hoister.hoist(value)
        return symbols

    def _build_view(self, view: View, b: Builder, bounds: Bounds, symbols, index) -> None:
        from mlir import ir

        elem_type = ir.Type.parse(view.elem)
        if view.local:
            base = b.op(
                "memref.alloca",
                [],
                [ir.MemRefType.get([view.local_elements], elem_type)],
                {"operandSegmentSizes": ir.DenseI32ArrayAttr.get([0, 0])},
            ).result
        else:
            base = b.op("mlc_ptr.to_memref", [view.base], [ir.MemRefType.get([], elem_type)]).result
        sizes: list[ir.Value | int] = []
        for d, size in enumerate(view.sizes):
            if size is None:
                hi = None
                for acc in view.accesses:
                    top = acc.indices[d] + (acc.lanes - 1 if d == len(view.strides) - 1 else 0)
                    v = bounds.emit(top, True, b, index, symbols)
                    hi = v if hi is None else b.binary("arith.maxsi", hi, v)
                extent = b.binary("arith.addi", hi, b.index_const(1))
                sizes.append(b.binary("arith.maxsi", extent, b.index_const(0)))
            elif size.is_const():
                sizes.append(size.constant)
            else:
                sizes.append(b.poly(size, _atoms_with(self.se.atoms, symbols), index))
        strides: list[ir.Value | int] = [
            s.constant if s.is_const() else b.poly(s, _atoms_with(self.se.atoms, symbols), index)
            for s in view.strides
        ]
        dyn = ir.ShapedType.get_dynamic_size()
        shape = [s if isinstance(s, int) else dyn for s in sizes]
        static_strides = [s if isinstance(s, int) else dyn for s in strides]
        layout_attr = ir.StridedLayoutAttr.get(0, static_strides)
        mtype = ir.MemRefType.get(shape, elem_type, layout_attr)
        if _is_identity(shape, static_strides):
            mtype = ir.MemRefType.get(shape, elem_type)
        operands = (
            [base]
            + [s for s in sizes if not isinstance(s, int)]
            + [s for s in strides if not isinstance(s, int)]
        )
        n_sizes = sum(1 for s in sizes if not isinstance(s, int))
        n_strides = sum(1 for s in strides if not isinstance(s, int))
        attrs = {
            "operandSegmentSizes": ir.DenseI32ArrayAttr.get([1, 0, n_sizes, n_strides]),
            "static_offsets": ir.DenseI64ArrayAttr.get([0]),
            "static_sizes": ir.DenseI64ArrayAttr.get(shape),
            "static_strides": ir.DenseI64ArrayAttr.get(static_strides),
        }
        view.value = b.op("memref.reinterpret_cast", operands, [mtype], attrs).result

    def _emit_checks(self, b: Builder, bounds: Bounds, symbols) -> ir.Value:
        from mlir import ir

        i128 = ir.IntegerType.get_signless(128)
        ok: ir.Value | None = None
        for check in _unique(self.checks):
            if isinstance(check.lhs, tuple):
                cond = self._disjoint(b, bounds, symbols, int(check.lhs[1]), int(check.lhs[2]))
            else:
                lhs = bounds.emit(check.lhs, True, b, i128, symbols)
                rhs = bounds.emit(check.rhs, False, b, i128, symbols)
                cond = b.op(
                    "arith.cmpi", [lhs, rhs], [ir.IntegerType.get_signless(1)], {"predicate": _pred("sle")}
                ).result
            ok = cond if ok is None else b.binary("arith.andi", ok, cond)
        return ok

    def _disjoint(self, b: Builder, bounds: Bounds, symbols, p: int, q: int) -> ir.Value:
        from mlir import ir

        i64 = ir.IntegerType.get_signless(64)
        i1 = ir.IntegerType.get_signless(1)
        ends = []
        for arg in (p, q):
            view = self.views[arg]
            size = layout(view.elem)[0]
            lo = hi = None
            for acc in view.accesses:
                a = bounds.emit(acc.offset, False, b, i64, symbols)
                z = bounds.emit(acc.offset + (acc.lanes - 1), True, b, i64, symbols)
                lo = a if lo is None else b.binary("arith.minsi", lo, a)
                hi = z if hi is None else b.binary("arith.maxsi", hi, z)
            addr = b.op("llvm.ptrtoint", [view.base], [i64]).result
            start = b.binary("arith.addi", addr, b.binary("arith.muli", lo, b.const(size, i64)))
            end = b.binary(
                "arith.addi",
                addr,
                b.binary("arith.muli", b.binary("arith.addi", hi, b.const(1, i64)), b.const(size, i64)),
            )
            ends.append((start, end))
        (ps, pe), (qs, qe) = ends
        before = b.op("arith.cmpi", [pe, qs], [i1], {"predicate": _pred("ule")}).result
        after = b.op("arith.cmpi", [qe, ps], [i1], {"predicate": _pred("ule")}).result
        return b.binary("arith.ori", before, after)

    def _guard(self, ok: ir.Value, fallback: str) -> None:
        """Move the body under ``scf.if %ok`` and call ``@fallback`` otherwise."""
        from mlir import ir

        ops = list(self.entry.operations)
        ret = ops[-1]
        first = next(o for o in ops if o.operation == ok.owner.operation)
        body = ops[ops.index(first) + 1 : -1]
        result_types = [v.type for v in ret.operands]
        ifop = ir.Operation.create(
            "scf.if",
            results=result_types,
            operands=[ok],
            regions=2,
            loc=self.func.location,
            ip=ir.InsertionPoint(ret),
        )
        then_block = ifop.regions[0].blocks.append()
        else_block = ifop.regions[1].blocks.append()
        then_yield = ir.Operation.create(
            "scf.yield", operands=list(ret.operands), loc=ret.location, ip=ir.InsertionPoint(then_block)
        )
        for op in body:
            if op.operation.name in ("mlc_ptr.to_memref", "memref.reinterpret_cast", "memref.alloca"):
                continue
            op.operation.move_before(then_yield)
        call = ir.Operation.create(
            "llvm.call",
            results=result_types,
            operands=list(self.args),
            attributes={
                "callee": ir.FlatSymbolRefAttr.get(fallback),
                "operandSegmentSizes": ir.DenseI32ArrayAttr.get([len(self.args), 0]),
                "op_bundle_sizes": ir.DenseI32ArrayAttr.get([]),
                "CConv": ir.Attribute.parse("#llvm.cconv<ccc>"),
                "TailCallKind": ir.Attribute.parse("#llvm.tailcallkind<none>"),
                "fastmathFlags": ir.Attribute.parse("#llvm.fastmath<none>"),
            },
            loc=self.func.location,
            ip=ir.InsertionPoint(else_block),
        )
        ir.Operation.create(
            "scf.yield", operands=list(call.results), loc=ret.location, ip=ir.InsertionPoint(else_block)
        )
        for i in range(len(ret.operands)):
            ret.operands[i] = ifop.results[i]

    def _replace(self, view: View, acc: Access, symbols) -> None:
        from mlir import ir

        op = acc.op
        b = Builder(ir.InsertionPoint(op), op.location)
        index = ir.IndexType.get()
        atoms = _atoms_with(
            self.se.atoms, {**symbols, **{a: lp.iv for a, (lp, _) in self.loop_depths.items()}}
        )
        # (parameters map to themselves: ``Loop.iv`` holds the value)
        idx = [b.poly(p, atoms, index) for p in acc.indices]
        if acc.is_store:
            value = op.operands[0]
            if acc.lanes == 1:
                b.op("memref.store", [value, view.value, *idx], [])
            else:
                b.op("vector.store", [value, view.value, *idx], [])
            op.erase()
            return
        rtype = op.results[0].type
        name = "memref.load" if acc.lanes == 1 else "vector.load"
        new = b.op(name, [view.value, *idx], [rtype])
        op.results[0].replace_all_uses_with(new.result)
        op.erase()


class _atoms_with:
    def __init__(self, atoms, values: dict[int, ir.Value]) -> None:
        self.atoms, self.values_map = atoms, values

    def value(self, atom_id: int) -> ir.Value:
        return self.values_map[atom_id]


def _carry_into_rows(acc: Access, sizes: list[Poly | None], bounds: Bounds, ranges: Ranges, atoms) -> None:
    """Move whole rows between an index and the one outside it until the index stays in its row.

    ``_split`` divides a constant offset towards zero: ``8*i - 1992`` bytes of f64 on
    rows of 250 is ``[0, i - 249]``, negative for every ``i < 249``, where
    ``[-1, i + 1]`` stays inside the row. The element is the same (``k`` rows of
    ``size`` columns moved), so only the checks it needs change. The extremes are
    the loop nest's, narrowed by the ranges at the access (its guards).
    """
    last = len(sizes) - 1
    for d in range(last, 0, -1):
        size = sizes[d]
        if size is None or not size.is_const() or size.constant <= 0:
            continue
        lanes = acc.lanes - 1 if d == last else 0
        at = ranges.poly_range(acc.indices[d], atoms)
        lo = _tighter(bounds.symbolic(acc.indices[d], want_max=False), at.lo, max)
        hi = _tighter(bounds.symbolic(acc.indices[d] + lanes, want_max=True), at.hi and at.hi + lanes, min)
        if lo is None or hi is None:
            continue
        n = size.constant
        k = -(lo // n) if lo < 0 else -(hi // n)  # rows to move in (k > 0) or out (k < 0)
        if k and lo + k * n >= 0 and hi + k * n < n:
            acc.indices[d] = acc.indices[d] + k * n
            acc.indices[d - 1] = acc.indices[d - 1] - k


def _tighter(extreme: Poly | None, ranged: int | None, pick) -> int | None:
    """The tighter of a constant loop-nest extreme and a range end (None: unknown)."""
    known = [v for v in (extreme.constant if extreme is not None and extreme.is_const() else None, ranged)]
    known = [v for v in known if v is not None]
    return pick(known) if known else None


def _is_identity(shape: list[int], strides: list[int]) -> bool:
    """Whether static ``strides`` are the row-major strides of ``shape`` (dynamic sizes: -1 marks)."""
    expected: int | None = 1
    for size, stride in zip(reversed(shape), reversed(strides), strict=True):
        if expected is None or stride != expected:
            return False
        expected = size * expected if size >= 0 else None
    return True


def _unique(checks: list[Check]) -> list[Check]:
    seen, out = set(), []
    for c in checks:
        key = (repr(c.lhs), repr(c.rhs))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _describe_checks(checks: list[Check]) -> list[str]:
    """One line per kind of check, with the source positions it covers."""
    grouped: dict[str, list[str]] = {}
    for c in checks:
        places = grouped.setdefault(c.what, [])
        if c.where and c.where not in places:
            places.append(c.where)
    return [
        f"checked at entry: {what}" + (f" ({', '.join(places)})" if places else "")
        for what, places in grouped.items()
    ]


def _pred(name: str):
    from mlir import ir

    order = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"]
    return ir.IntegerAttr.get(ir.IntegerType.get_signless(64), order.index(name))


def _parts(c: Poly, strides: list[Poly]) -> dict[int, int] | None:
    """``|c|`` as ``sum(q[d] * strides[d])`` over the smaller constant strides, when it is not a
    multiple of the next one: a diagonal step. The peeled first iteration of ``A[k][i]`` for
    ``k = i + 1`` steps ``161 = 160 + 1`` elements per ``i`` on rows of 160; as a stride of its
    own it would make a dimension of ``161 / 160`` rows. None when ``c`` is a stride of its own."""
    if not c.is_const():
        return None
    left = abs(c.constant)
    smaller = [(d, s.constant) for d, s in enumerate(strides) if s.is_const() and 0 < s.constant < left]
    smaller.sort(key=lambda t: -t[1])
    if not smaller or left % smaller[0][1] == 0:
        return None
    parts = {}
    for d, s in smaller:
        q, left = divmod(left, s)
        if q:
            parts[d] = q
    return parts if left == 0 else None


def _positive(p: Poly) -> Poly:
    if p.is_const():
        return Poly.const(abs(p.constant))
    lead = max(p.terms.items(), key=lambda t: (len(t[0]), t[0]))
    return -p if lead[1] < 0 else p


def _stride_key(p: Poly):
    degree = max((len(m) for m in p.terms), default=0)
    return (degree, abs(p.constant) if p.is_const() else 0, repr(p))


def _noalias(func: ir.Operation, arg: int) -> bool:
    from mlir import ir

    if "arg_attrs" not in func.attributes:
        return False
    attrs = ir.ArrayAttr(func.attributes["arg_attrs"])
    return arg < len(attrs) and "llvm.noalias" in ir.DictAttr(attrs[arg])


def _erase_dead_addresses(func: ir.Operation) -> None:
    """Erase the address computations (``llvm.getelementptr`` chains) the rewritten accesses left unused."""
    from mlir import ir

    while True:
        dead: list[ir.Operation] = []

        def visit(op: ir.Operation, dead=dead) -> ir.WalkResult:
            if op.name == "llvm.getelementptr" and not list(op.results[0].uses):
                dead.append(op)
            return ir.WalkResult.ADVANCE

        func.walk(visit)
        if not dead:
            return
        for op in dead:
            op.erase()


_LIFETIME = ("llvm.intr.lifetime.start", "llvm.intr.lifetime.end")


def _local_array(base: ir.Value, func: ir.Operation) -> tuple[str, int] | None:
    """``(element type, length)`` when ``base`` is an ``llvm.alloca`` of a constant number of
    scalars or (nested) arrays of scalars at the top level of ``func``; else None."""
    op = defining_op(base)
    if op is None or op.name != "llvm.alloca" or op.parent != func:
        return None
    count = constant_int(op.operands[0])
    elem, per_count = array_elements(str(op.attributes["elem_type"]))
    if count is None or count <= 0 or scalar_size(elem) is None or elem == "!llvm.ptr":
        return None
    return elem, count * per_count


def _escape(ptr: ir.Value) -> ir.Operation | None:
    """A use of ``ptr`` (or of an address computed from it) other than as the address of a load
    or store or as a lifetime marker: one that lets the address out of the function."""
    todo = [ptr]
    while todo:
        value = todo.pop()
        for use in value.uses:
            user = use.owner
            if user.name == "llvm.getelementptr" and use.operand_number == 0:
                todo.append(user.results[0])
            elif not (
                (user.name == "llvm.load" and use.operand_number == 0)
                or (user.name == "llvm.store" and use.operand_number == 1)
                or user.name in _LIFETIME
            ):
                return user
    return None


def _erase_local_array(ptr: ir.Value) -> None:
    """Erase an ``llvm.alloca`` whose accesses became ``memref.alloca`` accesses, with its
    lifetime markers."""
    for use in list(ptr.uses):
        if use.owner.name in _LIFETIME:
            use.owner.erase()
    if not list(ptr.uses):
        ptr.owner.erase()


def _derived_from_load(value: ir.Value, depth: int = 0) -> bool:
    """Whether ``value`` is computed from a value read from memory (or cannot be traced)."""
    from mlir import ir

    op = defining_op(value)
    if op is None:
        parent = value.owner.owner
        if parent is None or parent.operation.name in ("func.func",):
            return False
        # Loop-carried values other than induction variables are not tracked.
        return not (parent.operation.name == "scf.for" and ir.BlockArgument(value).arg_number == 0)
    if depth > 16 or op.name in (
        "llvm.load",
        "memref.load",
        "affine.load",
        "vector.load",
        "llvm.call",
        "func.call",
    ):
        return True
    operands = list(op.operands)
    if op.name == "scf.if":
        index = ir.OpResult(value).result_number
        operands = [operands[0]] + [
            list(r.blocks[0].operations)[-1].operands[index] for r in op.regions if r.blocks
        ]
    return any(_derived_from_load(v, depth + 1) for v in operands)


def _callee(op: ir.Operation) -> str:
    from mlir import ir

    if "callee" in op.attributes:
        return ir.FlatSymbolRefAttr(op.attributes["callee"]).value
    return "(indirect)"


def _where(op: ir.Operation) -> str:
    from mlc.compiler.diagnostics import location_parts

    file, line, col = location_parts(op.location)
    return f"{file}:{line}:{col}" if file else op.name
