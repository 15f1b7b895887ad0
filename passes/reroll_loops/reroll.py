"""Rerolling unrolled and vectorized loops (the work of ``reroll-loops``).

A loop with step ``U`` whose body does, for ``c = 0 .. U-1``, the work of one
iteration at ``iv + c`` (what the loop unroller and the loop vectorizer
produce) is the same as a loop with step 1 running that work once. To prove
it, the body is evaluated symbolically per element (``raising.evaluate``).

The stores then fall into *streams* (same memref, same index up to a
multiple of the index's step along ``iv``); each stream must hold exactly
``U`` stores at copies ``0 .. U-1``, and the value stored by copy ``c`` must be
copy 0's value with ``iv`` replaced by ``iv + c``. A carried value must be a
chain: copy 0's update applied ``U`` times, copy ``c`` to the result of copy
``c - 1`` (the order of a floating-point reduction is kept). Finally, running
copy 0 entirely before copy 1 (and so on) must not move a store across an
access of the same element. The loop is then rebuilt from copy 0 alone, with
scalar operations and step 1, over ``[lb, lb + U * ceil((ub - lb) / U))`` -
exactly the elements the unrolled loop covered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.raising.evaluate import Body, Effect, Evaluator, Node, NoReroll, shift
from mlc.compiler.raising.materialize import Builder
from mlc.compiler.raising.poly import Poly, quotient
from mlc.compiler.raising.ranges import Ranges
from mlc.compiler.raising.scev import constant_int

if TYPE_CHECKING:
    from mlir import ir


def _replace_acc(node: Node, k: int, by: Node) -> Node:
    if node[0] == "acc" and node[1] == k:
        return by
    if node[0] == "op":
        return (*node[:4], tuple(_replace_acc(a, k, by) for a in node[4]))
    return node


def _with_accs(node: Node, values: tuple[Node, ...]) -> Node:
    """``node`` with each accumulator ``("acc", k)`` replaced by ``values[k]``."""
    if node[0] == "acc":
        return values[node[1]]
    if node[0] == "op":
        return (*node[:4], tuple(_with_accs(a, values) for a in node[4]))
    return node


def _contains(node: Node, leaf: Node) -> bool:
    if node == leaf:
        return True
    return node[0] == "op" and any(_contains(a, leaf) for a in node[4])


@dataclass
class Plan:
    """Copy 0 of an unrolled loop: its stores (in order) and its accumulator updates."""

    factor: int
    stores: list[Effect]
    updates: list[Node]
    load_order: dict = field(default_factory=dict)  # load node -> position of its op in the body


def _loads(plan: Plan) -> list[Node]:
    found: dict = {}

    def walk(node: Node) -> None:
        if node[0] == "load":
            found[node] = None
        elif node[0] == "op":
            for a in node[4]:
                walk(a)

    for e in plan.stores:
        walk(e.value)
    for u in plan.updates:
        walk(u)
    return list(found)


def plan_reroll(body: Body, atom: int, factor: int) -> Plan:
    """Prove the body is ``factor`` shifted copies of one iteration; return copy 0."""
    copies = _store_copies(body, atom, factor)
    template = [e for e, c in zip(body.effects, copies, strict=True) if c == 0]
    updates = [_chain_template(y, k, atom, factor) for k, y in enumerate(body.yields)]
    # The carried values each copy starts from: copy ``c`` stores what copy 0 stores, shifted by
    # ``c`` and applied to them (a running maximum stored in every iteration, as at -O2 when the
    # store cannot leave the loop).
    carried = [tuple(("acc", k) for k in range(len(updates)))]
    for c in range(factor - 1):
        carried.append(tuple(_with_accs(shift(u, atom, c), carried[c]) for u in updates))
    for e, c in zip(body.effects, copies, strict=True):
        base = _unshift_index(e.index, atom, c)
        t = next((t for t in template if t.view == e.view and t.index == base), None)
        if t is None or _with_accs(shift(t.value, atom, c), carried[c]) != e.value:
            raise NoReroll("its unrolled copies do not compute the same thing")
    _check_order(body, atom, factor, copies)
    order = {}
    for a in body.accesses:
        if not a.store:
            order.setdefault(("load", a.view, a.index), a.position)
    return Plan(factor, template, updates, order)


def _unshift_index(index: tuple[Poly, ...], atom: int, c: int) -> tuple[Poly, ...]:
    return tuple(p.substitute(atom, Poly.atom(atom) - c) for p in index)


def _store_copies(body: Body, atom: int, factor: int) -> list[int]:
    """The copy each store belongs to: its offset, in iterations, from the first store of its stream.

    Two stores are in one stream when their indices differ by an integer
    multiple of the index's step along ``iv`` (``4 * rows`` bytes per iteration
    is a step like ``4``).
    """
    streams: list[tuple[object, tuple[Poly, ...], tuple[Poly, ...], list[tuple[int, int]]]] = []
    for i, e in enumerate(body.effects):
        coefs = tuple(p.coefficient(atom) for p in e.index)
        if all(c == Poly() for c in coefs):
            # One element stored by every copy: the copies are its stores in program order.
            same = [
                m for view, step, first, m in streams if view == e.view and step == coefs and first == e.index
            ]
            if same:
                same[0].append((i, len(same[0])))
            else:
                streams.append((e.view, coefs, e.index, [(i, 0)]))
            continue
        rest = tuple(p.without([atom]) for p in e.index)
        for view, step, first, members in streams:
            if view != e.view or step != coefs:
                continue
            q = _iterations_apart(rest, first, coefs)
            if q is not None:
                members.append((i, q))
                break
        else:
            streams.append((e.view, coefs, rest, [(i, 0)]))
    copies = [-1] * len(body.effects)
    for _, _, _, members in streams:
        if len(members) != factor:
            raise NoReroll("its stores do not come in as many copies as the step")
        base = min(q for _, q in members)
        if sorted(q - base for _, q in members) != list(range(factor)):
            raise NoReroll("its stores are not one copy per iteration")
        for i, q in members:
            copies[i] = q - base
    return copies


def _iterations_apart(index: tuple[Poly, ...], first: tuple[Poly, ...], step: tuple[Poly, ...]) -> int | None:
    """The integer ``q`` with ``index = first + q * step``, if there is one."""
    q = None
    for a, b, s in zip(index, first, step, strict=True):
        diff = a - b
        if s == Poly():
            if diff != Poly():
                return None
            continue
        k = quotient(diff, s)
        if k is None or not k.is_const() or (q is not None and k.constant != q):
            return None
        q = k.constant
    return q


def _chain_template(y: Node, k: int, atom: int, factor: int) -> Node:
    """Copy 0's update of accumulator ``k``, given the unrolled loop's final value ``y``.

    ``y`` must be ``T(T(...T(acc, iv)..., iv + U - 2), iv + U - 1)`` for one update
    ``T``. The previous accumulator is a subtree of ``y`` (it may occur several
    times, as in ``x > acc ? x : acc``); each candidate gives a ``T`` to check.
    """
    leaf: Node = ("acc", k)
    if not _contains(y, leaf):
        raise NoReroll("a carried value does not depend on its previous value")
    candidates = sorted({n for n in _subtrees(y) if n != y and _contains(n, leaf)}, key=_size, reverse=True)
    for previous in candidates or [leaf]:
        top = _replace_subtree(y, previous, leaf)
        template = shift(top, atom, -(factor - 1))
        expected: Node = leaf
        for c in range(factor):
            expected = _replace_acc(shift(template, atom, c), k, expected)
        if expected == y:
            return template
    raise NoReroll("a carried value is not updated the same way by every copy")


def _subtrees(node: Node):
    yield node
    if node[0] == "op":
        for a in node[4]:
            yield from _subtrees(a)


def _size(node: Node) -> int:
    return 1 + (sum(_size(a) for a in node[4]) if node[0] == "op" else 0)


def _replace_subtree(node: Node, old: Node, new: Node) -> Node:
    if node == old:
        return new
    if node[0] == "op":
        return (*node[:4], tuple(_replace_subtree(a, old, new) for a in node[4]))
    return node


def _check_order(body: Body, atom: int, factor: int, store_copies: list[int]) -> None:
    """Running the copies one after the other must not move a store across the same element."""
    copy_of_store = {}
    for e, c in zip(body.effects, store_copies, strict=True):
        copy_of_store[(e.position, e.view, e.index)] = c
    for a in body.accesses:
        if a.store:
            a.copy = copy_of_store[(a.position, a.view, a.index)]
    stores = [a for a in body.accesses if a.store]
    for s in stores:
        for a in body.accesses:
            if a is s or a.view != s.view or a.index != s.index:
                continue
            if a.store and a.copy != s.copy and not _invariant(s.index, atom):
                raise NoReroll("two copies store to the same element")
            if not a.store and _invariant(s.index, atom):
                raise NoReroll("a copy reads the element that every copy stores")
            if not a.store and a.position > s.position:
                raise NoReroll("a copy reads an element another copy stores")


def _invariant(index: tuple[Poly, ...], atom: int) -> bool:
    """Whether ``index`` names the same element in every iteration (its copies store it in
    order, copy ``c`` in iteration ``iv + c`` once rerolled)."""
    return all(p.coefficient(atom) == Poly() for p in index)


def rebuild(loop: ir.Operation, evaluator: Evaluator, plan: Plan) -> ir.Operation:
    """Replace ``loop`` by a step-1 loop running copy 0 of its body."""
    from mlir import ir
    from mlir.dialects import scf

    lb, ub, step = list(loop.operands)[:3]
    inits = list(loop.operands)[3:]
    b = Builder(ir.InsertionPoint(loop), loop.location)
    ranges = Ranges(loop)
    if attributes.STEP_DIVIDES_TRIP in loop.attributes or (
        ranges.known_multiple(lb, plan.factor) and ranges.known_multiple(ub, plan.factor)
    ):
        new_ub = ub
    else:
        trips = b.op("arith.ceildivsi", [b.binary("arith.subi", ub, lb), step], [ub.type]).result
        new_ub = b.binary("arith.addi", lb, b.binary("arith.muli", trips, step))
    new = scf.ForOp(lb, new_ub, b.index_const(1), inits, loc=loop.location, ip=ir.InsertionPoint(loop))
    body = new.body
    bb = Builder(ir.InsertionPoint(body), loop.location)
    iv = body.arguments[0]
    accs = list(body.arguments)[1:]
    atoms = _Substitute(evaluator.se.atoms, evaluator.iv, iv)
    emitted: dict = {}

    def emit(node: Node) -> ir.Value:
        key = node  # equal trees are one value: each load is emitted once, before the stores
        if key in emitted:
            return emitted[key][1]
        kind = node[0]
        if kind == "const":
            value = bb.op(
                "arith.constant", [], [ir.Type.parse(node[1])], {"value": ir.Attribute.parse(f"{node[2]}")}
            ).result
        elif kind == "outside":
            value = node[1]
        elif kind == "int":
            value = bb.poly(node[2], atoms, ir.Type.parse(node[1]))
        elif kind == "acc":
            value = accs[node[1]]
        elif kind == "load":
            value = bb.op(
                "llvm.load",
                [_address(bb, node[1], node[2][0], atoms)],
                [ir.Type.parse(node[3])],
                {"ordering": ir.IntegerAttr.get(ir.IntegerType.get_signless(64), 0)},
            ).result
        elif kind == "op":
            args = [emit(a) for a in node[4]]
            attrs = {name: ir.Attribute.parse(text) for name, text in node[2]}
            value = bb.op(node[1], args, [ir.Type.parse(node[3])], attrs).result
        else:
            raise NoReroll("a poison lane is used")
        emitted[key] = (node, value)
        return value

    # Loads first, in their original order: no load of copy 0 follows a store to its element.
    for node in sorted(_loads(plan), key=lambda n: plan.load_order.get(n, 0)):
        emit(node)
    for e in plan.stores:
        value = emit(e.value)
        bb.op(
            "llvm.store",
            [value, _address(bb, e.view, e.index[0], atoms)],
            [],
            {"ordering": ir.IntegerAttr.get(ir.IntegerType.get_signless(64), 0)},
        )
    scf.YieldOp([emit(u) for u in plan.updates], loc=loop.location, ip=ir.InsertionPoint(body))
    for old, res in zip(loop.results, new.results, strict=True):
        old.replace_all_uses_with(res)
    loop.erase()
    return new.operation


def _address(b: Builder, base: ir.Value, offset: Poly, atoms) -> ir.Value:
    """``base + offset`` bytes, as an ``i8`` getelementptr."""
    from mlir import ir

    i64 = ir.IntegerType.get_signless(64)
    attrs = {
        "elem_type": ir.TypeAttr.get(ir.IntegerType.get_signless(8)),
        "rawConstantIndices": ir.DenseI32ArrayAttr.get([-2147483648]),
    }
    return b.op("llvm.getelementptr", [base, b.poly(offset, atoms, i64)], [base.type], attrs).result


class _Substitute:
    """Atoms with the old induction variable replaced by the new one."""

    def __init__(self, atoms, old: ir.Value, new: ir.Value) -> None:
        self.atoms, self.old, self.new = atoms, old, new

    def value(self, atom_id: int) -> ir.Value:
        v = self.atoms.value(atom_id)
        return self.new if v == self.old else v


def reroll(loop: ir.Operation) -> ir.Operation:
    """Reroll ``loop`` (raises ``NoReroll`` when it is not an unrolled loop)."""
    factor = constant_int(loop.operands[2])
    if factor is None or factor <= 1:
        raise NoReroll("its step is 1 or not a constant")
    evaluator = Evaluator(loop)
    body = evaluator.run()
    plan = plan_reroll(body, evaluator.iv_atom, factor)
    return rebuild(loop, evaluator, plan)
