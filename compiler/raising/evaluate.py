"""Per-element symbolic evaluation of a loop body (what ``reroll-loops`` and ``merge-loop-versions`` compare).

The body is evaluated *per element*: every vector value is split into lanes,
every load and store into one access per lane, at ``base + byte offset`` (read
through ``llvm.getelementptr`` chains). Values become hash-consed expression
trees whose leaves are constants, values from outside the loop, integer
polynomials in the induction variable, element loads and accumulators
(``iter_args``). Two bodies, or two unrolled copies within one body, then do
the same work when their trees are equal (up to ``shift`` and ``rename``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mlc.compiler.raising.poly import Atoms, Poly
from mlc.compiler.raising.scev import ScalarEvolution, constant_int, defining_op, int_width, is_inside

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
        hoisted: bool = False,
    ) -> None:
        """Evaluate the body of ``loop``; or, with ``block``, a straight-line region of the op
        ``loop`` (no induction variable) in which ``accumulators`` play the carried values.
        ``hoisted``: read loads hoisted out of the loop as if they were in it (``raising.hoisted``)."""
        from mlc.compiler.raising.hoisted import Written

        self.loop = loop
        self.written = Written(loop) if hoisted and block is None else None
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
        if self.written is not None and not self._inside(v):
            nodes = self._read_through(v, ir)
            if nodes is not None:
                self.lanes[v] = nodes
                return nodes
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

    def _read_through(self, v: ir.Value, ir) -> list[Node] | None:
        """The lanes of ``v``, computed before the loop from hoisted loads; None if it is not."""
        from mlc.compiler.raising.addresses import NotAffine, address
        from mlc.compiler.raising.hoisted import hoisted_load

        load = hoisted_load(v, self.written)
        if load is not None:
            try:
                addr = address(load.operands[0], ScalarEvolution(self.se.atoms, widen=True))
            except NotAffine:
                return None
            return [("load", addr.base, (addr.offset.poly,), str(v.type))]
        op = defining_op(v)
        if op is None or op.block != self.loop.block or not self._from_hoisted(op, 8):
            return None
        return self._pure(op, v, ir)

    def _from_hoisted(self, op: ir.Operation, depth: int) -> bool:
        """Whether the pure float op ``op`` computes from a hoisted load (``depth`` ops back at most)."""
        from mlc.compiler.raising.hoisted import hoisted_load

        if depth == 0 or op.regions or int_width(op.results[0].type) is not None:
            return False
        if not op.name.startswith(("arith.", "math.")) and op.name not in _LANE_BUILDERS:
            return False
        for v in op.operands:
            if hoisted_load(v, self.written) is not None:
                return True
            producer = defining_op(v)
            same_block = producer is not None and producer.block == op.block
            if same_block and self._from_hoisted(producer, depth - 1):
                return True
        return False

    def _inside(self, v: ir.Value) -> bool:
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
