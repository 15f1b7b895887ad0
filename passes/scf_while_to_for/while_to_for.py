"""Turning ``scf.while`` loops with a counted exit into ``scf.for``.

``lift-cf-to-scf`` turns every CFG loop into an ``scf.while``; a rotated
(do-while) loop, as clang emits it, has its whole body in the "before" region
and an "after" region that only forwards values. This module finds the
induction variable (a loop-carried integer advanced by a constant step), reads
the exit test as ``iv + d <pred> N`` with loop-invariant ``d`` and ``N``
(through ``ScalarEvolution``, so ``i + 1 != n`` and ``i + k <= n`` both work),
and derives the exact trip count:

* a ``while`` loop runs while the test holds: ``iv`` in ``[s, U)``;
* a ``do-while`` loop also runs the first iteration that fails the test:
  ``[s, max(U, s) + step)``, or ``[s, U + step)`` for an equality exit, where
  leaving the loop without hitting ``N`` exactly would need a wrapping
  increment, which the ``nsw``/``nuw`` flag makes undefined.

Other loop-carried integers with a constant step become affine functions of
the new induction variable; everything else becomes an ``iter_args`` value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.raising.materialize import Builder
from mlc.compiler.raising.poly import Poly
from mlc.compiler.raising.ranges import Ranges, type_range
from mlc.compiler.raising.scev import (
    ScalarEvolution,
    constant_int,
    defining_op,
    int_width,
    is_inside,
    overflow,
)

if TYPE_CHECKING:
    from mlir import ir

# arith.cmpi predicates
EQ, NE, SLT, SLE, SGT, SGE, ULT, ULE, UGT, UGE = range(10)
# The exit test of ``-iv`` against ``-limit`` for each test of ``iv`` against ``limit``.
_NEGATED = {SGT: SLT, SGE: SLE, NE: NE}
_SWAP = {EQ: EQ, NE: NE, SLT: SGT, SLE: SGE, SGT: SLT, SGE: SLE, ULT: UGT, ULE: UGE, UGT: ULT, UGE: ULE}
_NEGATE = {EQ: NE, NE: EQ, SLT: SGE, SLE: SGT, SGT: SLE, SGE: SLT, ULT: UGE, ULE: UGT, UGT: ULE, UGE: ULT}
_UNSIGNED_TO_SIGNED = {ULT: SLT, ULE: SLE, UGT: SGT, UGE: SGE}


class NotCounted(Exception):
    """The loop is not a counted loop; the message says why (used in remarks)."""

    def __init__(self, message: str, loc: ir.Location | None = None) -> None:
        super().__init__(message)
        self.loc = loc


@dataclass
class _Iv:
    index: int  # position among the loop-carried values
    step: int
    flags: set[str]  # overflow flags of the increment
    loc: ir.Location  # where the increment is


def _block_arg_index(value: ir.Value, block: ir.Block) -> int | None:
    from mlir import ir

    if isinstance(value.owner, ir.Block) and value.owner == block:
        return ir.BlockArgument(value).arg_number
    return None


def _step_of(update: ir.Value, current: ir.Value, depth: int = 0) -> tuple[int, set[str], ir.Location] | None:
    """(step, overflow flags, location) if ``update`` is ``current + step`` with a constant step.

    Looks through ``scf.if``/``select`` whose every choice is such an update
    with the same step (the flags are then those all choices share). A poison
    choice may be any value, so it may be that update too: clang yields poison on
    the path that leaves a loop unrolled with its exit test inside the body.
    """
    from mlir import ir

    op = defining_op(update)
    if op is None or depth > 4:
        return None
    if op.name in ("arith.addi", "arith.subi"):
        a, b = op.operands
        if op.name == "arith.addi" and b == current and (c := constant_int(a)) is not None:
            return c, overflow(op), op.location
        if a == current and (c := constant_int(b)) is not None:
            return (c if op.name == "arith.addi" else -c), overflow(op), op.location
        return None
    if op.name == "arith.select":
        choices = list(op.operands)[1:]
    elif op.name == "scf.if" and all(r.blocks for r in op.regions):
        index = ir.OpResult(update).result_number
        choices = [list(r.blocks[0].operations)[-1].operands[index] for r in op.regions]
    else:
        return None
    found = [_step_of(c, current, depth + 1) for c in choices if not _is_poison(c)]
    if not found or any(f is None for f in found) or len({f[0] for f in found}) != 1:
        return None
    flags = set.intersection(*(f[1] for f in found))
    return found[0][0], flags, found[0][2]


def _is_poison(value: ir.Value) -> bool:
    op = defining_op(value)
    return op is not None and op.name in ("ub.poison", "llvm.mlir.poison", "llvm.mlir.undef")


def _condition(value: ir.Value) -> tuple[int, ir.Value, ir.Value, ir.Operation]:
    """(predicate, lhs, rhs, cmp op) of a loop-continuation condition."""
    from mlir import ir

    negate = False
    op = defining_op(value)
    if op is not None and op.name == "arith.xori":
        a, b = op.operands
        if constant_int(b) == 1:
            negate, op = True, defining_op(a)
        elif constant_int(a) == 1:
            negate, op = True, defining_op(b)
    if op is None or op.name != "arith.cmpi":
        raise NotCounted("its exit condition is not an integer comparison")
    pred = ir.IntegerAttr(op.attributes["predicate"]).value
    if negate:
        pred = _NEGATE[pred]
    return pred, op.operands[0], op.operands[1], op


class WhileToFor:
    """Converts one ``scf.while``; ``run()`` raises ``NotCounted`` when it does not apply."""

    def __init__(self, while_op: ir.Operation) -> None:
        self.w = while_op
        self.before = while_op.regions[0].blocks[0]
        self.after = while_op.regions[1].blocks[0]
        ranges = Ranges(while_op)
        self.se = ScalarEvolution(nonneg=lambda v: ranges.range(v).nonneg)

    def _invariant(self, poly: Poly) -> bool:
        return all(not is_inside(self.se.atoms.value(a), self.w) for a in poly.atoms())

    def run(self) -> ir.Operation:

        before_ops = list(self.before.operations)
        after_ops = list(self.after.operations)
        cond_op, yield_op = before_ops[-1], after_ops[-1]
        carried = list(self.before.arguments)
        inits = list(self.w.operands)
        forwarded = self.forwarded = list(cond_op.operands)[1:]
        yields = list(yield_op.operands)
        do_while = len(after_ops) == 1
        if do_while:
            nexts = []
            for y in yields:
                j = _block_arg_index(y, self.after)
                if j is not None:
                    nexts.append(forwarded[j])
                elif not is_inside(y, self.w):
                    nexts.append(y)
                else:
                    raise NotCounted("unsupported loop shape")
            body_values = carried
            perm = []
        else:
            if any(not _pure(o) for o in before_ops[:-1]):
                raise NotCounted("its exit test has side effects")
            perm = [_block_arg_index(r, self.before) for r in forwarded]
            if any(p is None for p in perm):
                raise NotCounted("unsupported loop shape")
            nexts = yields
            body_values = list(self.after.arguments)
        # Induction variables: carried integers advanced by a constant step.
        ivs: dict[int, _Iv] = {}
        for i, (cur, nxt) in enumerate(zip(carried, nexts, strict=True)):
            if int_width(cur.type) is None:
                continue
            probe = cur if do_while else self.after.arguments[perm.index(i)] if i in perm else None
            if probe is None:
                continue
            found = _step_of(nxt, probe)
            if found and found[0] != 0:
                ivs[i] = _Iv(i, *found)
        pred, lhs, rhs, cmp = _condition(cond_op.operands[0])
        primary, bound, offset, pred = self._exit_test(pred, lhs, rhs, ivs, carried, cmp)
        return self._rewrite(
            do_while, primary, bound, offset, pred, ivs, carried, inits, nexts, body_values, perm, cond_op
        )

    def _exit_test(self, pred, lhs, rhs, ivs, carried, cmp):
        """(iv, N, d, pred) for an exit test ``iv + d <pred> N``."""
        pl, pr = self.se.expr(lhs), self.se.expr(rhs)
        iv_atoms = {self.se.atoms.id(carried[i]): i for i in ivs}
        for side in (0, 1):
            ivp, other = (pl, pr) if side == 0 else (pr, pl)
            hits = [a for a in ivp.poly.atoms() if a in iv_atoms]
            if len(hits) != 1:
                continue
            atom = hits[0]
            if ivp.poly.coefficient(atom) != Poly.const(1) or ivp.poly.degree(atom) != 1:
                raise NotCounted("its exit test is not linear in the induction variable", cmp.location)
            d = ivp.poly - Poly.atom(atom)
            if not self._invariant(d) or not self._invariant(other.poly):
                raise NotCounted("its exit test depends on a value computed in the loop", cmp.location)
            if ivp.fits or other.fits or not (ivp.exact and other.exact):
                raise NotCounted("its exit test uses narrow arithmetic that may wrap", cmp.location)
            p = pred if side == 0 else _SWAP[pred]
            return iv_atoms[atom], other.poly, d, p
        if any(
            a not in iv_atoms and not self._invariant(Poly.atom(a)) for a in pl.poly.atoms() | pr.poly.atoms()
        ):
            raise NotCounted("its exit depends on data computed in the loop", cmp.location)
        raise NotCounted("no induction variable with a constant step controls its exit", cmp.location)

    @staticmethod
    def _pure_counter(current: ir.Value, nxt: ir.Value, cond_op: ir.Operation) -> bool:
        """Whether an induction variable only counts trips: used by its increment and the exit test."""
        update = defining_op(nxt)
        allowed = {update, defining_op(cond_op.operands[0]), cond_op}
        users = [u.owner for u in current.uses] + [u.owner for u in nxt.uses]
        return all(getattr(u, "operation", u) in allowed for u in users)

    def _check_no_wrap(
        self, iv: _Iv, pred: int, start: ir.Value, bound: Poly, offset: Poly, iv_type: ir.Type
    ) -> None:
        """Raise unless the induction variable provably reaches the exit without wrapping.

        ``nsw`` makes a signed wrap poison (and the exit test on it undefined);
        ``nuw`` does the same for unsigned wraps, which agree with signed
        arithmetic on non-negative values; a flagless counter must provably hit
        the bound: non-negative distance, a multiple of the step.
        """
        flags = iv.flags
        ranges = Ranges(self.w)
        limit = bound - offset
        s_r = ranges.range(start)
        lim_r = ranges.poly_range(limit, self.se.atoms)
        off_r = ranges.poly_range(offset, self.se.atoms)
        bound_r = ranges.poly_range(bound, self.se.atoms)
        if iv.step > 0:
            # Every value the test sees lies between ``start + offset`` and ``bound``.
            nonneg = s_r.nonneg and bound_r.nonneg and off_r.nonneg
        else:
            # The test sees ``start + offset`` first, then values down to the first that fails it:
            # above ``bound - |step|`` for ``>``, above ``bound - |step| - 1`` for ``>=``.
            least = -iv.step - (1 if pred == UGT else 0)
            nonneg = (s_r + off_r).nonneg and bound_r.lo is not None and bound_r.lo >= least
        if pred in (ULT, ULE) and iv.step < 0:
            nonneg = False  # an unsigned test below a bound does not stop a decreasing count
        if pred in _UNSIGNED_TO_SIGNED and not nonneg:
            raise NotCounted("its unsigned exit test cannot be proven to match a signed bound", iv.loc)
        if "nsw" in flags or ("nuw" in flags and nonneg and iv.step > 0):
            return
        full = type_range(iv_type)
        if pred == NE:
            distance = lim_r - s_r
            atoms = self.se.atoms
            multiple = iv.step in (1, -1) or (
                ranges.known_multiple(start, iv.step)
                and all(
                    c % iv.step == 0 or any(ranges.known_multiple(atoms.value(a), iv.step) for a in m)
                    for m, c in limit.terms.items()
                )
            )
            ok = multiple and (distance.nonneg if iv.step > 0 else (-distance).nonneg)
        elif pred in (SLT, SLE) and iv.step > 0:
            ok = lim_r.hi is not None and full.hi is not None and lim_r.hi + iv.step <= full.hi
        elif pred in (SGT, SGE) and iv.step < 0:
            ok = lim_r.lo is not None and full.lo is not None and lim_r.lo + iv.step >= full.lo
        else:
            ok = False
        if not ok:
            raise NotCounted("its induction variable may wrap around", iv.loc)

    def _rewrite(
        self, do_while, ivi, bound, offset, pred, ivs, carried, inits, nexts, body_values, perm, cond_op
    ):
        from mlir import ir
        from mlir.dialects import scf

        iv = ivs[ivi]
        step = iv.step
        start = inits[ivi]
        self._check_no_wrap(iv, pred, start, bound, offset, carried[ivi].type)
        pred = _UNSIGNED_TO_SIGNED.get(pred, pred)
        se = self.se
        b = Builder(ir.InsertionPoint(self.w), cond_op.location)
        index = ir.IndexType.get()
        s = b.cast(start, index)
        limit = bound - offset  # the test is ``iv <pred> limit``
        negated = step < -1
        if negated:
            # Count ``j = -iv`` up by ``-step``: ``iv > limit`` is ``j < -limit``, and the body's
            # ``iv`` is ``-j`` (an affine function of the new index, where a trip count would need
            # a division by the step).
            if pred not in _NEGATED:
                raise NotCounted(
                    "its exit test does not bound a decreasing induction variable", cond_op.location
                )
            pred, limit, step = _NEGATED[pred], -limit, -step
            s = b.binary("arith.subi", b.index_const(0), s)
        if step > 0:
            if pred == SLT:
                upper = limit
            elif pred == SLE:
                upper = limit + 1
            elif pred == NE:
                upper = limit
            else:
                raise NotCounted(
                    "its exit test does not bound an increasing induction variable", cond_op.location
                )
            u = b.poly(upper, se.atoms, index)
            if do_while:
                if pred != NE:
                    u = b.binary("arith.maxsi", u, s)
                u = b.binary("arith.addi", u, b.index_const(step))
            lb, ub, st = s, u, b.index_const(step)
            counter = False
        else:
            if step != -1:
                raise NotCounted("its induction variable decreases by more than one", iv.loc)
            lim = b.poly(limit, se.atoms, index)
            if pred == SGT:
                trips = b.binary("arith.subi", s, lim)
            elif pred == SGE:
                trips = b.binary("arith.addi", b.binary("arith.subi", s, lim), b.index_const(1))
            elif pred == NE:
                trips = b.binary("arith.subi", s, lim)
            else:
                raise NotCounted(
                    "its exit test does not bound a decreasing induction variable", cond_op.location
                )
            if do_while:
                if pred != NE:
                    trips = b.binary("arith.maxsi", trips, b.index_const(0))
                trips = b.binary("arith.addi", trips, b.index_const(1))
            lb, ub, st = b.index_const(0), trips, b.index_const(1)
            counter = True
        others = [i for i in range(len(carried)) if i not in ivs]
        derived = {i: v for i, v in ivs.items() if i == ivi or counter or v.step % step == 0}
        others += [i for i in ivs if i not in derived]
        base = ivi
        if not counter and do_while and self._pure_counter(carried[ivi], nexts[ivi], cond_op):
            # Count with the induction variable the body uses (``j = r + k``), not the trip counter ``k``.
            base = next((i for i, v in derived.items() if i != ivi and v.step == step), ivi)
            if base != ivi:
                start_base = b.cast(inits[base], index)
                ub = b.binary("arith.addi", start_base, b.binary("arith.subi", ub, lb))
                lb = start_base
        results = list(self.w.results)
        extra: list[ir.Value] = []
        result_src: dict[int, tuple[str, int]] = {}
        for j, r in enumerate(results):
            if not list(r.uses):
                continue
            if do_while:
                src = self.forwarded[j]
                k = next((i for i in others if nexts[i] == src), None)
                if k is not None:
                    result_src[j] = ("iter", others.index(k))
                elif (k := next((i for i in derived if nexts[i] == src), None)) is not None:
                    result_src[j] = ("final", k)
                else:
                    result_src[j] = ("iter", len(others) + len(extra))
                    extra.append(src)
            else:
                k = _block_arg_index(self.forwarded[j], self.before)
                result_src[j] = ("iter", others.index(k)) if k in others else ("final", k)
        init_values = [inits[i] for i in others]
        init_values += [b.op("ub.poison", [], [v.type]).result for v in extra]
        loop = scf.ForOp(lb, ub, st, init_values, loc=self.w.location, ip=ir.InsertionPoint(self.w))
        if pred == NE and step not in (1, -1) and not counter:
            # An equality exit is only reached if ``ub - lb`` is a multiple of the step.
            loop.operation.attributes[attributes.STEP_DIVIDES_TRIP] = ir.UnitAttr.get()
        body = loop.body
        bb = Builder(ir.InsertionPoint(body), cond_op.location)
        k = body.arguments[0]
        steps_done = k if counter else bb.binary("arith.subi", k, lb)
        mapping: dict[int, ir.Value] = {}
        for i, v in derived.items():
            t = carried[i].type
            if i == base and not counter and not (negated and i == ivi):
                mapping[i] = bb.cast(k, t)
                continue
            ratio = v.step if counter else v.step // step
            scaled = steps_done if ratio == 1 else bb.binary("arith.muli", steps_done, bb.index_const(ratio))
            mapping[i] = bb.cast(bb.binary("arith.addi", bb.cast(inits[i], index), scaled), t)
        for pos, i in enumerate(others):
            mapping[i] = body.arguments[1 + pos]
        terminator = scf.YieldOp(
            [nexts[i] for i in others] + extra, loc=self.w.location, ip=ir.InsertionPoint(body)
        )
        source = self.before if do_while else self.after
        for op in list(source.operations)[:-1]:
            op.operation.move_before(terminator.operation)
        for i, value in enumerate(body_values):
            value.replace_all_uses_with(mapping[i] if do_while else mapping[perm[i]])
        after = Builder(ir.InsertionPoint(self.w), cond_op.location)
        for j, (kind, pos) in result_src.items():
            if kind == "iter":
                results[j].replace_all_uses_with(loop.results[pos])
                continue
            trips = after.op("arith.ceildivsi", [after.binary("arith.subi", ub, lb), st], [index]).result
            ratio = ivs[pos].step if counter else ivs[pos].step // step * step
            final = after.binary(
                "arith.addi",
                after.cast(inits[pos], index),
                after.binary("arith.muli", trips, after.index_const(ratio)),
            )
            results[j].replace_all_uses_with(after.cast(final, carried[pos].type))
        self.w.erase()
        return loop.operation


def _pure(op: ir.OpView) -> bool:
    name = op.operation.name
    return name.startswith("arith.") or name in ("llvm.getelementptr", "ub.poison", "math.absi")
