"""Recognising affine loop nests as ``linalg.generic`` ops (the work of ``raise-affine-to-linalg``).

A nest is a *band* of perfectly nested ``affine.for`` loops (each level may
also load and compute values for the levels below, as LICM leaves them),
ending in a *statement level* that is one of:

* straight-line code: loads, pure arithmetic, stores. Every store becomes an
  output; loops its index does not mention are reductions, which requires the
  stored value to read the output at the same index (``c[j] += a[i][j]``);
* a reduction in registers: an ``affine.for`` chain carrying one accumulator
  (``s = init; for k: s = g(s, ...)``), then stores of a function of the
  result. This becomes up to three generics on the stored array: its initial
  value (``linalg.fill`` for a constant), the reduction ``out = g(out, ...)``
  and the final function of the result, when there is one. At the top of a
  function, a reduction whose result is returned accumulates into a rank-0
  ``memref.alloca``.

Legality: every loop has step 1 and bounds that do not depend on the other
loops of the nest (a rectangular domain); stored indices are projected
permutations of the loops (distinct iterations of the parallel loops write
distinct elements); and an array written in the nest is read only at the
element the same iteration writes. Views of different arguments do not
overlap (``ptr-to-memref`` checked or assumed it). Linalg executes the
iteration space in the same lexicographic order as the loops, so
accumulations happen in the original order.

Operands are ``memref.subview``s of the raised views that start at the first
element the loop nest touches, so the indexing maps are plain loop dimensions
whenever the index is (``a[i - 1]`` for ``i`` from 1 reads the subview from
element 0); an index mixing loops (``in[i + k]``) keeps an affine map.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mlc.compiler.raising.poly import Poly
from mlc.compiler.raising.scev import ScalarEvolution, defining_op

if TYPE_CHECKING:
    from mlir import ir

_LOADS = {"affine.load", "memref.load"}
_STORES = {"affine.store", "memref.store"}
_PURE_PREFIXES = ("arith.", "math.")
_NOT_PURE = {"arith.divsi", "arith.divui", "arith.remsi", "arith.remui"}


class NotAKernel(Exception):
    """The nest does not match; the message says why (for remarks)."""

    def __init__(self, message: str, loc: ir.Location | None = None) -> None:
        super().__init__(message)
        self.loc = loc


@dataclass
class Dim:
    loop: ir.Operation
    iv: ir.Value
    reduction: bool = False


@dataclass(frozen=True)
class Access:
    view: ir.Value
    indices: tuple[Poly, ...]


@dataclass
class Statement:
    """One ``linalg.generic``: ``outputs`` (access per output) computed by ``compute`` ops."""

    dims: list[Dim]
    outputs: list[Access]
    results: list[ir.Value]  # the values stored / accumulated, one per output
    compute: list[ir.Operation]  # pure ops and loads (in program order) that produce them
    accumulators: tuple = ()  # values that stand for the output's current value (iter_args)
    fill: bool = False  # the single result is loop-invariant: emit linalg.fill


@dataclass
class Plan:
    """What replaces a nest: statements in order, and results of the nest to replace."""

    root: ir.Operation
    statements: list[Statement] = field(default_factory=list)
    scalar_result: ir.Value | None = None  # a returned reduction (root loop result)


def _pure(op: ir.Operation) -> bool:
    return op.name.startswith(_PURE_PREFIXES) and op.name not in _NOT_PURE and not op.regions


def _body(loop: ir.Operation) -> list[ir.Operation]:
    return [o.operation for o in loop.regions[0].blocks[0].operations][:-1]


def _yielded(loop: ir.Operation) -> list[ir.Value]:
    return list(list(loop.regions[0].blocks[0].operations)[-1].operands)


def affine_indices(op: ir.Operation, se: ScalarEvolution) -> tuple[ir.Value, tuple[Poly, ...]]:
    """(memref, index polynomials) of a load or store."""
    from mlir import ir

    operands = list(op.operands)
    view, idx = (operands[1], operands[2:]) if op.name in _STORES else (operands[0], operands[1:])
    if op.name.startswith("memref."):
        return view, tuple(se.expr(v).poly for v in idx)
    amap = ir.AffineMapAttr(op.attributes["map"]).value
    polys = [se.expr(v).poly for v in idx]
    dims = polys[: amap.n_dims]
    syms = polys[amap.n_dims :]
    return view, tuple(_affine_poly(e, dims, syms) for e in amap.results)


def _affine_poly(e: ir.AffineExpr, dims: list[Poly], syms: list[Poly]) -> Poly:
    from mlir import ir

    e = e.maybe_downcast() if hasattr(e, "maybe_downcast") else e
    if isinstance(e, ir.AffineConstantExpr):
        return Poly.const(e.value)
    if isinstance(e, ir.AffineDimExpr):
        return dims[e.position]
    if isinstance(e, ir.AffineSymbolExpr):
        return syms[e.position]
    if isinstance(e, ir.AffineAddExpr):
        return _affine_poly(e.lhs, dims, syms) + _affine_poly(e.rhs, dims, syms)
    if isinstance(e, ir.AffineMulExpr):
        return _affine_poly(e.lhs, dims, syms) * _affine_poly(e.rhs, dims, syms)
    raise NotAKernel("an index uses floordiv, ceildiv or mod")


class Matcher:
    """Matches the nest rooted at one outermost ``affine.for``."""

    def __init__(self, root: ir.Operation) -> None:
        self.root = root
        self.se = ScalarEvolution()

    def match(self) -> Plan:
        from mlir import ir

        calls: list[ir.Operation] = []
        escaping: list[ir.Operation] = []
        root = self.root

        def inside(op: ir.Operation) -> bool:
            while op is not None:
                if op == root:
                    return True
                op = op.parent
            return False

        def visit(op: ir.Operation) -> ir.WalkResult:
            if op.name in ("llvm.call", "func.call"):
                calls.append(op)
            if op != root and any(not inside(u.owner) for r in op.results for u in r.uses):
                escaping.append(op)
            return ir.WalkResult.ADVANCE

        root.walk(visit)
        if calls:
            # e.g. libm under -fmath-errno (mlc.compiler.raising.calls); a linalg body holds no calls.
            raise NotAKernel("the loop nest contains a call", calls[0].location)
        if escaping:
            raise NotAKernel("a value computed in the loop nest is used after it", escaping[0].location)
        plan = Plan(self.root)
        band: list[Dim] = []
        hoisted: list[ir.Operation] = []
        loop = self.root
        while True:
            self._check_loop(loop, band)
            if len(loop.results):
                return self._returned_reduction(plan, band, loop)
            band.append(Dim(loop, loop.regions[0].blocks[0].arguments[0]))
            ops = _body(loop)
            inner = [o for o in ops if o.name == "affine.for"]
            rest = [o for o in ops if o.name != "affine.for"]
            if (
                len(inner) == 1
                and not len(inner[0].results)
                and all(_pure(o) or o.name in _LOADS for o in rest)
            ):
                hoisted += rest
                loop = inner[0]
                continue
            plan.statements = self._statement_level(band, hoisted, ops)
            return plan

    def _check_loop(self, loop: ir.Operation, band: list[Dim]) -> None:
        from mlir import ir

        if ir.IntegerAttr(loop.attributes["step"]).value != 1:
            raise NotAKernel("a loop has a step other than 1", loop.location)
        for name in ("lowerBoundMap", "upperBoundMap"):
            if len(ir.AffineMapAttr(loop.attributes[name]).value.results) != 1:
                raise NotAKernel("a loop bound is a min or max", loop.location)
        outer = {d.iv for d in band}
        if any(v in outer for v in list(loop.operands)[: self._n_bound_operands(loop)]):
            raise NotAKernel(
                "the iteration space is not rectangular (a bound depends on an outer loop)", loop.location
            )

    @staticmethod
    def _n_bound_operands(loop: ir.Operation) -> int:
        from mlir import ir

        sizes = list(ir.DenseI32ArrayAttr(loop.attributes["operandSegmentSizes"]))
        return sizes[0] + sizes[1]

    def _access(self, op: ir.Operation) -> Access:
        view, indices = affine_indices(op, self.se)
        return Access(view, indices)

    # -- statement level ------------------------------------------------------------------------
    def _statement_level(self, band: list[Dim], hoisted: list[ir.Operation], ops: list[ir.Operation]):
        reductions = [o for o in ops if o.name == "affine.for"]
        stores = [o for o in ops if o.name in _STORES]
        others = [o for o in ops if o.name != "affine.for" and o.name not in _STORES]
        for o in others:
            if not (_pure(o) or o.name in _LOADS):
                raise NotAKernel(f"the loop body contains {o.name}", o.location)
        if not stores:
            raise NotAKernel("the loop nest stores nothing")
        if not reductions:
            return [self._elementwise(band, hoisted + others, stores)]
        if len(reductions) != 1 or len(reductions[0].results) != 1:
            raise NotAKernel("the loop body holds several loops or a loop carrying several values")
        return self._register_reduction(band, hoisted, others, reductions[0], stores)

    def _outputs(self, band: list[Dim], stores: list[ir.Operation]) -> list[Access]:
        outputs = []
        for s in stores:
            acc = self._access(s)
            if any(o.view == acc.view for o in outputs):
                raise NotAKernel("an array is stored to twice in one iteration", s.location)
            self._check_projected(acc, band, s)
            outputs.append(acc)
        return outputs

    def _check_projected(self, acc: Access, dims: list[Dim], where: ir.Operation) -> None:
        seen: set[int] = set()
        ivs = {self.se.atoms.id(d.iv): i for i, d in enumerate(dims)}
        for p in acc.indices:
            hits = [a for a in p.atoms() if a in ivs]
            if len(hits) > 1:
                raise NotAKernel("a stored index mixes loop indices", where.location)
            if hits:
                a = hits[0]
                if p.coefficient(a) != Poly.const(1) or p.degree(a) != 1 or a in seen:
                    raise NotAKernel("a stored index is not a plain loop index", where.location)
                seen.add(a)

    def _elementwise(
        self, band: list[Dim], compute: list[ir.Operation], stores: list[ir.Operation]
    ) -> Statement:
        outputs = self._outputs(band, stores)
        covered = [self._covered(o, band) for o in outputs]
        for i, d in enumerate(band):
            inside = [i in c for c in covered]
            if any(inside) and not all(inside):
                raise NotAKernel("outputs disagree on which loops are reductions")
            d.reduction = not any(inside)
        if any(d.reduction for d in band):
            for s, out in zip(stores, outputs, strict=True):
                if not self._reads_output(s.operands[0], out, compute):
                    raise NotAKernel(
                        "a value is overwritten across iterations of a loop its index ignores", s.location
                    )
        self._check_dependences(compute, outputs, allowed={o: o for o in outputs})
        return Statement(list(band), outputs, [s.operands[0] for s in stores], self._needed(compute, stores))

    def _covered(self, out: Access, dims: list[Dim]) -> set[int]:
        ids = {self.se.atoms.id(d.iv): i for i, d in enumerate(dims)}
        return {ids[a] for p in out.indices for a in p.atoms() if a in ids}

    def _reads_output(self, value: ir.Value, out: Access, compute: list[ir.Operation]) -> bool:
        loads = [o for o in compute if o.name in _LOADS and self._access(o) == out]
        return any(_depends_on(value, load.results[0]) for load in loads)

    def _check_dependences(self, compute: list[ir.Operation], outputs: list[Access], allowed: dict) -> None:
        written = {o.view for o in outputs}
        for o in compute:
            if o.name in _LOADS:
                acc = self._access(o)
                if acc.view in written and acc not in allowed:
                    raise NotAKernel("an array written in the nest is read at another element", o.location)

    @staticmethod
    def _needed(compute: list[ir.Operation], stores: list[ir.Operation]) -> list[ir.Operation]:
        """The ops of ``compute`` the stored values depend on, in order."""
        wanted: set = set()
        work = [s.operands[0] for s in stores]
        ops = {r: o for o in compute for r in o.results}
        while work:
            v = work.pop()
            op = ops.get(v)
            if op is None or op in wanted:
                continue
            wanted.add(op)
            work.extend(op.operands)
        return [o for o in compute if o in wanted]

    def _register_reduction(self, band, hoisted, others, red: ir.Operation, stores) -> list[Statement]:
        chain = self._chain(red)
        for loop in chain:
            self._check_loop(loop, band)
        before = [o for o in others if o.is_before_in_block(red)]
        after = [o for o in others if o not in before]
        outputs = self._outputs(band, stores)
        if len(outputs) != 1:
            raise NotAKernel("a reduction result is stored to several arrays")
        out = outputs[0]
        store = stores[0]
        if self._covered(out, band) != set(range(len(band))):
            raise NotAKernel(
                "the reduction result is stored at an index that ignores an outer loop", store.location
            )
        init = red.operands[self._n_bound_operands(red)]
        result = red.results[0]
        compute_before = hoisted + before
        # 1. initial value of the accumulator, stored to the output
        statements = []
        init_stmt = self._value_statement(band, out, init, compute_before)
        if init_stmt is not None:
            statements.append(init_stmt)
        # 2. the reduction itself
        rdims = [Dim(loop, loop.regions[0].blocks[0].arguments[0], reduction=True) for loop in chain]
        inner = chain[-1]
        body = [o for loop in chain for o in _body(loop) if o.name != "affine.for"]
        for o in body:
            if not (_pure(o) or o.name in _LOADS):
                raise NotAKernel(f"the reduction loop contains {o.name}", o.location)
        accs = tuple(loop.regions[0].blocks[0].arguments[1] for loop in chain)
        self._check_chain(chain)
        step = _yielded(inner)[0]
        # Values the reduction loop reads that are computed before it in the band (e.g. a mean
        # loaded once per row) go into its body too: the nest is erased after emission.
        used = {v for o in body for v in o.operands}
        feeding: list[ir.Operation] = []
        for o in reversed(before):
            if (o.name in _LOADS or _pure(o)) and any(r in used for r in o.results):
                feeding.insert(0, o)
                used.update(o.operands)
        compute = [o for o in hoisted if o.name in _LOADS or _pure(o)] + feeding + body
        self._check_dependences(compute, [out], allowed={})
        statements.append(
            Statement(
                list(band) + rdims,
                [out],
                [step],
                self._needed(compute, [_FakeStore(step)]),
                accumulators=accs,
            )
        )
        # 3. what is stored: a function of the result
        stored = store.operands[0]
        if stored != result:
            epilogue = Statement(
                list(band), [out], [stored], self._needed(hoisted + after, [store]), accumulators=(result,)
            )
            self._check_dependences(epilogue.compute, [out], allowed={out: out})
            statements.append(epilogue)
        return statements

    def _value_statement(self, band, out: Access, value: ir.Value, compute) -> Statement | None:
        """A statement storing ``value`` (computed before the reduction) to ``out``; None if it is ``out``."""
        op = defining_op(value)
        if op is not None and op.name in _LOADS and self._access(op) == out:
            return None
        fake = _FakeStore(value)
        needed = self._needed(compute, [fake])
        self._check_dependences(needed, [out], allowed={out: out})
        nest_values = {r for o in needed for r in o.results}
        invariant = not any(_depends_on_any(value, {d.iv for d in band} | nest_values))
        return Statement(list(band), [out], [value], needed, fill=invariant)

    @staticmethod
    def _chain(red: ir.Operation) -> list[ir.Operation]:
        chain = [red]
        while True:
            inner = [o for o in _body(chain[-1]) if o.name == "affine.for"]
            if not inner:
                return chain
            if len(inner) != 1 or len(inner[0].results) != 1:
                raise NotAKernel("a reduction loop holds several loops", inner[0].location if inner else None)
            chain.append(inner[0])

    def _check_chain(self, chain: list[ir.Operation]) -> None:
        for outer, inner in itertools.pairwise(chain):
            acc = outer.regions[0].blocks[0].arguments[1]
            if inner.operands[self._n_bound_operands(inner)] != acc or _yielded(outer)[0] != inner.results[0]:
                raise NotAKernel("the accumulator changes between nested reduction loops", inner.location)

    def _returned_reduction(self, plan: Plan, band: list[Dim], loop: ir.Operation) -> Plan:
        if band or len(loop.results) != 1:
            raise NotAKernel("a loop carrying values is not a single reduction", loop.location)
        chain = self._chain(loop)
        for lp in chain[1:]:
            self._check_loop(lp, band)
        self._check_chain(chain)
        body = [o for lp in chain for o in _body(lp) if o.name != "affine.for"]
        for o in body:
            if not (_pure(o) or o.name in _LOADS):
                raise NotAKernel(f"the reduction loop contains {o.name}", o.location)
        rdims = [Dim(lp, lp.regions[0].blocks[0].arguments[0], reduction=True) for lp in chain]
        accs = tuple(lp.regions[0].blocks[0].arguments[1] for lp in chain)
        step = _yielded(chain[-1])[0]
        plan.statements = [
            Statement(rdims, [], [step], self._needed(body, [_FakeStore(step)]), accumulators=accs)
        ]
        plan.scalar_result = loop.results[0]
        return plan


class _FakeStore:
    """Stands for a store of ``value`` when collecting the ops a value needs."""

    def __init__(self, value: ir.Value) -> None:
        self.operands = [value]


def _depends_on(value: ir.Value, source: ir.Value, depth: int = 0) -> bool:
    if value == source:
        return True
    op = defining_op(value)
    if op is None or depth > 64 or op.name in _LOADS:
        return False
    return any(_depends_on(v, source, depth + 1) for v in op.operands)


def _depends_on_any(value: ir.Value, sources: set, depth: int = 0):
    if value in sources:
        yield True
        return
    op = defining_op(value)
    if op is None or depth > 64:
        return
    for v in op.operands:
        yield from _depends_on_any(v, sources, depth + 1)
