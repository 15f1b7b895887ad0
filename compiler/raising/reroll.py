"""Rerolling unrolled and vectorized loops (the work of ``reroll-loops``).

A loop with step ``U`` whose body does, for ``c = 0 .. U-1``, the work of one
iteration at ``iv + c`` (what the loop unroller and the loop vectorizer
produce) is the same as a loop with step 1 running that work once. To prove
it, the body is evaluated symbolically *per element*: every vector value is
split into lanes, every load and store into one access per lane. Values
become hash-consed expression trees whose leaves are constants, values from
outside the loop, integer polynomials in the induction variable, element
loads and accumulators (``iter_args``).

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

from mlc.compiler.raising.materialize import Builder
from mlc.compiler.raising.poly import Atoms, Poly, quotient
from mlc.compiler.raising.ranges import Ranges
from mlc.compiler.raising.scev import ScalarEvolution, constant_int, defining_op, int_width
from mlc.compiler.raising.while_to_for import STEP_DIVIDES_TRIP

if TYPE_CHECKING:
    from mlir import ir

# An expression: ("const", type, text) | ("outside", value) | ("int", type, poly) | ("acc", k)
# | ("load", base, (byte offset,), type) | ("op", name, attrs, type, args) | ("poison",)
Node = tuple


# Pure ops that may be left over, unused, from earlier rewrites.
_DEAD_IF_UNUSED = {
    "llvm.getelementptr",
    "arith.index_cast",
    "arith.index_castui",
    "arith.extsi",
    "arith.extui",
    "arith.trunci",
    "arith.addi",
    "arith.muli",
    "arith.subi",
    "arith.constant",
    "llvm.mlir.constant",
}


# Ops whose lanes can be read off when they build a vector outside the loop.
_LANE_BUILDERS = {
    "llvm.insertelement",
    "llvm.shufflevector",
    "llvm.mlir.poison",
    "ub.poison",
    "arith.constant",
    "llvm.mlir.constant",
    "vector.broadcast",
}


class NoReroll(Exception):
    """The loop is not an unrolled copy of a simpler loop; the message says why."""


@dataclass
class Effect:
    """One scalar store, in program order (``view``: the base pointer; ``index``: byte offset)."""

    position: int
    view: ir.Value
    index: tuple[Poly, ...]
    value: Node
    elem: str


@dataclass
class Access:
    """One scalar memory access (load or store), for the reordering check."""

    position: int
    view: ir.Value
    index: tuple[Poly, ...]
    store: bool
    copy: int = -1


@dataclass
class Body:
    """The symbolic per-element form of a loop body."""

    effects: list[Effect] = field(default_factory=list)
    accesses: list[Access] = field(default_factory=list)
    yields: list[Node] = field(default_factory=list)


class Evaluator:
    """Evaluates a loop body into per-lane expressions."""

    def __init__(
        self,
        loop: ir.Operation,
        atoms: Atoms | None = None,
        block: ir.Block | None = None,
        accumulators: list[ir.Value] | None = None,
    ) -> None:
        """Evaluate the body of ``loop``; or, with ``block``, a straight-line region of the op
        ``loop`` (no induction variable) in which ``accumulators`` play the carried values."""
        self.loop = loop
        self.block = block if block is not None else loop.regions[0].blocks[0]
        self.se = ScalarEvolution(atoms)
        self.lanes: dict = {}
        if block is None:
            self.iv = self.block.arguments[0]
            carried = list(self.block.arguments)[1:]
        else:
            self.iv, carried = None, list(accumulators or [])
        self.iv_atom = self.se.atoms.id(self.iv) if self.iv is not None else -1
        for k, arg in enumerate(carried):
            if str(arg.type).startswith("vector"):
                raise NoReroll("it carries a vector value (a reassociated reduction)")
            self.lanes[arg] = [("acc", k)]

    def _value(self, v: ir.Value) -> list[Node]:
        from mlir import ir

        if v in self.lanes:
            return self.lanes[v]
        if not self._inside(v) and str(v.type).startswith("vector<"):
            # A vector built outside the loop (a splat of a scalar, a constant): its lanes.
            op = defining_op(v)
            if op is None or op.name not in _LANE_BUILDERS:
                raise NoReroll("it uses a vector computed outside the loop")
            self.lanes[v] = self._pure(op, v, ir)
            return self.lanes[v]
        if not self._inside(v):
            node: Node = ("outside", v)
            width = int_width(v.type)
            if width is not None:
                node = ("int", str(v.type), self.se.expr(v).poly)
            return [node]
        raise NoReroll("a value is used before it is defined")

    def _inside(self, v: ir.Value) -> bool:
        from mlc.compiler.raising.while_to_for import is_inside

        return is_inside(v, self.loop)

    def _index(self, values) -> tuple[Poly, ...]:
        out = []
        for v in values:
            e = self.se.expr(v)
            if not e.exact or e.fits:
                raise NoReroll("an index is not exact integer arithmetic")
            if any(a != self.iv_atom and self._inside(self.se.atoms.value(a)) for a in e.poly.atoms()):
                raise NoReroll("an index depends on a value computed in the loop")
            out.append(e.poly)
        return tuple(out)

    def _memory(self, op: ir.Operation, position: int, body: Body) -> None:
        """A load or store: one access per lane, at ``base + offset + lane * size`` bytes."""
        from mlc.compiler.raising.addresses import NotAffine, address, layout

        store = op.name == "llvm.store"
        if "volatile_" in op.attributes:
            raise NoReroll("it has a volatile access")
        ptr = op.operands[1] if store else op.operands[0]
        vtype = op.operands[0].type if store else op.results[0].type
        elem = _scalar(vtype)
        try:
            addr = address(ptr, ScalarEvolution(self.se.atoms, widen=True))
            size = layout(elem)[0]
        except NotAffine as e:
            raise NoReroll(str(e)) from None
        if self._inside(addr.base):
            raise NoReroll("an address is based on a pointer computed in the loop")
        offset = addr.offset.poly
        if any(a != self.iv_atom and self._inside(self.se.atoms.value(a)) for a in offset.atoms()):
            raise NoReroll("an address depends on a value computed in the loop")
        lanes = self._value(op.operands[0]) if store else None
        nodes = []
        for lane in range(_lanes(vtype)):
            at = (offset + lane * size,)
            body.accesses.append(Access(position, addr.base, at, store=store))
            if store:
                body.effects.append(Effect(position, addr.base, at, lanes[lane], elem))
            else:
                nodes.append(("load", addr.base, at, elem))
        if not store:
            self.lanes[op.results[0]] = nodes

    def run(self) -> Body:
        from mlir import ir

        body = Body()
        for position, o in enumerate(self.block.operations):
            op = o.operation
            name = op.name
            if name == "scf.yield":
                for v in op.operands:
                    lanes = self._value(v)
                    if len(lanes) != 1:
                        raise NoReroll("it yields a vector")
                    body.yields.append(lanes[0])
                continue
            if name in ("llvm.load", "llvm.store"):
                self._memory(op, position, body)
                continue
            if name == "llvm.getelementptr" and _only_addresses(op.results[0]):
                continue  # read through by ``address`` at the accesses
            if name == "llvm.intr.assume":
                continue  # a hint: what it asserts is not computed
            if name in _DEAD_IF_UNUSED and not any(list(r.uses) for r in op.results):
                continue
            if op.regions or name.startswith(("scf.", "memref.", "affine.", "llvm.call", "func.")):
                raise NoReroll(f"its body contains {name}")
            result = op.results[0] if len(op.results) == 1 else None
            if result is None:
                raise NoReroll(f"its body contains {name}")
            self.lanes[result] = self._pure(op, result, ir)
        return body

    def _pure(self, op: ir.Operation, result: ir.Value, ir) -> list[Node]:
        name = op.name
        rtype = result.type
        width = int_width(rtype)
        if width is not None and name.startswith("arith."):
            e = self.se.expr(result)
            if (
                e.exact
                and not e.fits
                and all(a == self.iv_atom or not self._inside(self.se.atoms.value(a)) for a in e.poly.atoms())
            ):
                return [("int", str(rtype), e.poly)]
        if name in ("arith.constant", "llvm.mlir.constant"):
            attr = op.attributes["value"]
            n = _lanes(rtype)
            if isinstance(attr, ir.DenseElementsAttr) and attr.is_splat:
                return [("const", _scalar(rtype), str(attr.get_splat_value()))] * n
            if n == 1:
                return [("const", str(rtype), str(attr))]
            raise NoReroll("a vector constant is not a splat")
        if name in ("ub.poison", "llvm.mlir.poison", "llvm.mlir.undef"):
            return [("poison",)] * _lanes(rtype)
        if name == "llvm.insertelement":
            vec, value = self._value(op.operands[0]), self._value(op.operands[1])
            p = constant_int(op.operands[2])
            if p is None or not 0 <= p < len(vec):
                raise NoReroll("insertelement at a variable position")
            out = list(vec)
            out[p] = value[0]
            return out
        if name == "llvm.shufflevector":
            a, b = self._value(op.operands[0]), self._value(op.operands[1])
            mask = list(ir.DenseI32ArrayAttr(op.attributes["mask"]))
            both = a + b
            return [("poison",) if m < 0 else both[m] for m in mask]
        if name == "llvm.extractelement":
            vec = self._value(op.operands[0])
            p = constant_int(op.operands[1])
            if p is None or not 0 <= p < len(vec):
                raise NoReroll("extractelement at a variable position")
            return [vec[p]]
        if name == "vector.broadcast":
            scalar = self._value(op.operands[0])
            return scalar * _lanes(rtype)
        if not name.startswith(("arith.", "math.")):
            raise NoReroll(f"its body contains {name}")
        operands = [self._value(v) for v in op.operands]
        n = _lanes(rtype)
        named = [op.attributes[i] for i in range(len(op.attributes))]
        attrs = tuple(sorted((a.name, str(a.attr)) for a in named))
        out = []
        for lane in range(n):
            args = tuple(x[lane] if len(x) > 1 else x[0] for x in operands)
            out.append(("op", name, attrs, _scalar(rtype), args))
        return out


def _only_addresses(value: ir.Value) -> bool:
    """Whether ``value`` (a pointer) is only used as the address of loads, stores and further GEPs."""
    for use in value.uses:
        user = use.owner
        name = user.operation.name if hasattr(user, "operation") else user.name
        if name == "llvm.load" and use.operand_number == 0:
            continue
        if name == "llvm.store" and use.operand_number == 1:
            continue
        if name == "llvm.getelementptr" and use.operand_number == 0 and _only_addresses(user.results[0]):
            continue
        return False
    return True


def _lanes(t: ir.Type) -> int:
    text = str(t)
    if text.startswith("vector<"):
        dims = text[len("vector<") : -1].rsplit("x", 1)[0]
        if "x" in dims:
            raise NoReroll("it uses a multi-dimensional vector")
        return int(dims)
    return 1


def _scalar(t: ir.Type) -> str:
    text = str(t)
    return text[len("vector<") : -1].rsplit("x", 1)[1] if text.startswith("vector<") else text


def shift(node: Node, atom: int, c: int, memo: dict | None = None) -> Node:
    """``node`` with the induction variable ``atom`` replaced by ``atom + c``."""
    if c == 0:
        return node
    memo = {} if memo is None else memo
    key = id(node)
    if key in memo:
        return memo[key][1]
    kind = node[0]
    if kind == "int":
        out = (kind, node[1], node[2].substitute(atom, Poly.atom(atom) + c))
    elif kind == "load":
        out = (kind, node[1], tuple(p.substitute(atom, Poly.atom(atom) + c) for p in node[2]), *node[3:])
    elif kind == "op":
        out = (*node[:4], tuple(shift(a, atom, c, memo) for a in node[4]))
    else:
        out = node
    memo[key] = (node, out)
    return out


def rename(node, old: int, new: int):
    """``node`` (an expression, or nested tuples/lists of them) with atom ``old`` renamed ``new``."""
    if isinstance(node, Poly):
        return node.substitute(old, Poly.atom(new))
    if isinstance(node, tuple | list):
        return tuple(rename(x, old, new) for x in node)
    return node


def rename_acc(node, values: list[ir.Value]):
    """``node`` with accumulator leaves ``("acc", k)`` written as the values they stand for."""
    if isinstance(node, tuple) and len(node) == 2 and node[0] == "acc":
        return ("outside", values[node[1]])
    if isinstance(node, tuple | list):
        return tuple(rename_acc(x, values) for x in node)
    return node


def _replace_acc(node: Node, k: int, by: Node) -> Node:
    if node[0] == "acc" and node[1] == k:
        return by
    if node[0] == "op":
        return (*node[:4], tuple(_replace_acc(a, k, by) for a in node[4]))
    return node


def _mentions_acc(node: Node) -> bool:
    if node[0] == "acc":
        return True
    return node[0] == "op" and any(_mentions_acc(a) for a in node[4])


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
    for e, c in zip(body.effects, copies, strict=True):
        base = _unshift_index(e.index, atom, c)
        t = next((t for t in template if t.view == e.view and t.index == base), None)
        if t is None or _mentions_acc(e.value) or shift(t.value, atom, c) != e.value:
            raise NoReroll("its unrolled copies do not compute the same thing")
    updates = [_chain_template(y, k, atom, factor) for k, y in enumerate(body.yields)]
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
            raise NoReroll("a store does not depend on the loop index")
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
            if a.store and a.copy != s.copy:
                raise NoReroll("two copies store to the same element")
            if not a.store and a.position > s.position:
                raise NoReroll("a copy reads an element another copy stores")


def rebuild(loop: ir.Operation, evaluator: Evaluator, plan: Plan) -> ir.Operation:
    """Replace ``loop`` by a step-1 loop running copy 0 of its body."""
    from mlir import ir
    from mlir.dialects import scf

    lb, ub, step = list(loop.operands)[:3]
    inits = list(loop.operands)[3:]
    b = Builder(ir.InsertionPoint(loop), loop.location)
    ranges = Ranges(loop)
    if STEP_DIVIDES_TRIP in loop.attributes or (
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
        key = id(node)
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
