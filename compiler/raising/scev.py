"""Scalar evolution on core-dialect IR: integer SSA values as polynomials over atoms.

``ScalarEvolution.expr(v)`` follows ``arith`` integer arithmetic and casts
back from ``v`` until it reaches values it treats as atoms (block arguments,
loop induction variables, loads, anything non-polynomial). See ``poly`` for
what an ``Expr`` promises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mlc.compiler.raising.poly import Atoms, Expr, Poly

if TYPE_CHECKING:
    from mlir import ir

_WIDTH = re.compile(r"^i(\d+)$")


def int_width(t: ir.Type) -> int | None:
    """Bit width of an integer or index type (index counts as 64), else None."""
    text = str(t)
    if text == "index":
        return 64
    m = _WIDTH.match(text)
    return int(m.group(1)) if m else None


def defining_op(value: ir.Value) -> ir.Operation | None:
    """The op that defines ``value``, or None for a block argument."""
    from mlir import ir

    owner = value.owner
    if isinstance(owner, ir.Block):
        return None
    return owner.operation if isinstance(owner, ir.OpView) else owner


def is_inside(value: ir.Value, op: ir.Operation) -> bool:
    """Whether ``value`` is defined inside a region of ``op``."""
    from mlir import ir

    owner = value.owner
    current = owner.owner if isinstance(owner, ir.Block) else owner.operation.parent
    while current is not None:
        if current.operation == op:
            return True
        current = current.operation.parent
    return False


def constant_int(value: ir.Value) -> int | None:
    """The value of an integer ``arith.constant`` (signed), else None."""
    from mlir import ir

    op = defining_op(value)
    if op is None or op.name not in ("arith.constant", "llvm.mlir.constant"):
        return None
    attr = op.attributes["value"]
    if isinstance(attr, ir.IntegerAttr):
        width = int_width(value.type)
        v = attr.value
        if width == 1:
            return v & 1
        return v
    return None


# Integer divisions and remainders (undefined for a zero divisor, and for -1 on signed overflow)
# and shifts (poison for an amount of at least the bit width).
DIVISIONS = frozenset(
    {
        "arith.divsi",
        "arith.divui",
        "arith.remsi",
        "arith.remui",
        "arith.ceildivsi",
        "arith.floordivsi",
        "index.divs",
        "index.divu",
        "index.rems",
        "index.remu",
        "index.ceildivs",
        "index.ceildivu",
        "index.floordivs",
    }
)
SHIFTS = frozenset({"arith.shli", "arith.shrui", "arith.shrsi"})


def defined_for_all(op: ir.Operation) -> bool:
    """Whether a division or shift ``op`` is defined whatever its first operand: its divisor is a
    constant other than 0 and -1, or its shift amount a constant below the bit width."""
    k = constant_int(op.operands[1])
    if op.name in SHIFTS:
        width = int_width(op.operands[0].type)
        return k is not None and width is not None and 0 <= k < width
    return bool(k) and k != -1


def _widened(e: Expr, width: int, signed: bool) -> Expr:
    """A wrapping ``width``-bit value, extended: exact when ``poly`` lies in the (un)signed range."""
    lo, hi = (-(1 << (width - 1)), (1 << (width - 1)) - 1) if signed else (0, (1 << width) - 1)
    if e.poly.is_const():
        return Expr(Poly.const((e.poly.constant - lo) % (1 << width) + lo))
    return Expr(e.poly, (*e.fits, (e.poly, lo, hi)))


def low_zero_bits(value: ir.Value, depth: int = 0) -> int:
    """How many low bits of ``value`` are provably 0 (through arithmetic, casts and the
    induction variables of ``scf.for`` loops whose start and step have them)."""
    from mlir import ir

    c = constant_int(value)
    if c is not None:
        return 64 if c == 0 else (c & -c).bit_length() - 1
    if depth > 12:
        return 0
    op = defining_op(value)
    if op is None:
        parent = value.owner.owner
        is_iv = parent is not None and parent.operation.name == "scf.for"
        if is_iv and ir.BlockArgument(value).arg_number == 0:
            lb, _, step = list(parent.operation.operands)[:3]
            return min(low_zero_bits(lb, depth + 1), low_zero_bits(step, depth + 1))
        return 0
    name, args = op.name, list(op.operands)
    if name in ("arith.extsi", "arith.extui", "arith.index_cast", "arith.index_castui", "arith.trunci"):
        return low_zero_bits(args[0], depth + 1)
    if name in ("arith.addi", "arith.subi", "arith.ori", "arith.xori"):
        return min(low_zero_bits(a, depth + 1) for a in args)
    if name == "arith.muli":
        return sum(low_zero_bits(a, depth + 1) for a in args)
    if name == "arith.andi":
        return max(low_zero_bits(a, depth + 1) for a in args)
    if name == "arith.shli" and (k := constant_int(args[1])) is not None and 0 <= k < 64:
        return low_zero_bits(args[0], depth + 1) + k
    if name == "arith.select":
        return min(low_zero_bits(a, depth + 1) for a in args[1:])
    return 0


def xor_constant(args) -> tuple[ir.Value, int] | None:
    """``(x, c)`` when ``x ^ c`` is an addition: ``x + c`` for ``c`` in ``[0, 2^k)``, ``-x + c``
    for ``c`` in ``[-2^k, 0)``, where the low ``k`` bits of ``x`` are 0 (``~x = -x - 1`` for any
    ``x``). Neither wraps."""
    for x, m in ((args[0], args[1]), (args[1], args[0])):
        c = constant_int(m)
        if c is None or int_width(x.type) in (None, 1):
            continue
        low = c if c >= 0 else ~c
        if low == 0 or low.bit_length() <= low_zero_bits(x):
            return x, c
    return None


def overflow(op: ir.Operation) -> set[str]:
    """The overflow flags of an arith op ({"nsw", "nuw"} or a subset)."""
    if "overflowFlags" not in op.attributes:
        return set()
    text = str(op.attributes["overflowFlags"])
    return {f for f in ("nsw", "nuw") if f in text}


class ScalarEvolution:
    """Polynomial forms of integer values, with a per-instance cache."""

    def __init__(self, atoms: Atoms | None = None, widen: bool = False, nonneg=None) -> None:
        """``widen``: look through ``zext`` and low-bit masks of values of unknown sign too,
        at the price of ``fits`` conditions (addresses want that; trip counts do not).
        ``nonneg``: an extra oracle ``value -> bool`` (range analysis at a program point)."""
        self.atoms = atoms or Atoms()
        self.widen = widen
        self.nonneg_oracle = nonneg
        self._cache: dict = {}

    def atom(self, value: ir.Value) -> Expr:
        return Expr(Poly.atom(self.atoms.id(value)))

    def expr(self, value: ir.Value) -> Expr:
        if value in self._cache:
            return self._cache[value]
        result = self._compute(value)
        self._cache[value] = result
        return result

    def signed(self, value: ir.Value) -> Expr:
        """``value`` sign-extended to 64 bits (as a GEP index is): always exact, maybe with conditions."""
        e = self.expr(value)
        width = int_width(value.type) or 64
        return e if e.exact else _widened(e, width, signed=True)

    def _compute(self, value: ir.Value) -> Expr:
        width = int_width(value.type)
        c = constant_int(value)
        if c is not None:
            return Expr(Poly.const(c))
        op = defining_op(value)
        if op is None or width is None:
            return self.atom(value)
        name, args = op.name, list(op.operands)
        if name in ("arith.addi", "arith.subi", "arith.muli"):
            a, b = (self.expr(v) for v in args)
            poly = (
                a.poly + b.poly
                if name == "arith.addi"
                else a.poly - b.poly
                if name == "arith.subi"
                else a.poly * b.poly
            )
            exact = a.exact and b.exact and (width >= 64 or "nsw" in overflow(op))
            return Expr(poly, a.fits + b.fits, exact)
        if name == "arith.shli":
            k = constant_int(args[1])
            if k is None or not 0 <= k < width:
                return self.atom(value)
            a = self.expr(args[0])
            return Expr(a.poly * (1 << k), a.fits, a.exact and (width >= 64 or "nsw" in overflow(op)))
        src = int_width(args[0].type) if args else None
        if name in ("arith.extsi", "arith.index_cast") and src is not None:
            a = self.expr(args[0])
            if src == 1 and width > 1:
                return Expr(-a.poly, a.fits, a.exact)  # an i1 atom is 0 or 1; sign extension makes -1
            if src <= width:
                return a if a.exact else _widened(a, src, signed=True)
            return Expr(a.poly, a.fits, a.exact and width >= 64)
        if name in ("arith.extui", "arith.index_castui") and src is not None:
            a = self.expr(args[0])
            if src > width:
                return Expr(a.poly, a.fits, width >= 64)
            if a.exact and self.known_nonneg(args[0]):
                return a
            return _widened(a, src, signed=False) if self.widen else self.atom(value)
        if name == "arith.trunci":
            a = self.expr(args[0])
            return Expr(a.poly, a.fits, a.exact and ("nsw" in overflow(op) or width >= 64))
        if name == "arith.andi" and self.widen:
            return self._low_bits(value, args)
        if name == "arith.xori" and (x_c := xor_constant(args)) is not None:
            # clang's ``k - i - 1`` is ``k + ~i``; unrolled, ``k + (i ^ -2)`` for an even ``i``
            x, c = x_c
            a = self.expr(x)
            return Expr((a.poly if c >= 0 else -a.poly) + c, a.fits, a.exact)
        if name in ("scf.if", "arith.select"):
            return self._same_on_all_paths(op, value)
        return self.atom(value)

    def _low_bits(self, value: ir.Value, args: list) -> Expr:
        """``x & (2^k - 1)``: x itself when it lies in ``[0, 2^k)``."""
        for x, m in ((args[0], args[1]), (args[1], args[0])):
            mask = constant_int(m)
            if mask is not None and mask > 0 and mask & (mask + 1) == 0:
                a = self.expr(x)
                return Expr(a.poly, (*a.fits, (a.poly, 0, mask)))
        return self.atom(value)

    def _same_on_all_paths(self, op: ir.Operation, value: ir.Value) -> Expr:
        """An ``scf.if`` result or ``select`` whose choices are all the same polynomial."""
        from mlir import ir

        if op.name == "arith.select":
            choices = list(op.operands)[1:]
        else:
            index = ir.OpResult(value).result_number
            choices = []
            for region in op.regions:
                if not region.blocks:
                    return self.atom(value)
                choices.append(list(region.blocks[0].operations)[-1].operands[index])
        exprs = [self.expr(c) for c in choices]
        if all(e == exprs[0] for e in exprs):
            return exprs[0]
        if len(exprs) == 2:
            merged = self._equal_where_chosen(op.operands[0], *exprs)
            if merged is not None:
                return merged
        return self.atom(value)

    def _equal_where_chosen(self, cond: ir.Value, then: Expr, other: Expr) -> Expr | None:
        """``x == k ? a : b`` (or ``x != k ? b : a``) is ``b`` where ``b`` at ``x = k`` is ``a``.

        clang merges a peeled first iteration back as a phi: ``j == 0 ? 0 : j * 16000``.
        """
        from mlir import ir

        test = defining_op(cond)
        if test is None or test.name != "arith.cmpi":
            return None
        predicate = ir.IntegerAttr(test.attributes["predicate"]).value
        if predicate not in (0, 1):  # eq, ne
            return None
        special, general = (then, other) if predicate == 0 else (other, then)
        diff = self.expr(test.operands[0]).poly - self.expr(test.operands[1]).poly
        atoms = diff.atoms()
        if len(atoms) != 1:
            return None
        (a,) = atoms
        coef = diff.coefficient(a)
        if diff.degree(a) != 1 or not coef.is_const() or abs(coef.constant) != 1:
            return None
        at = (diff - coef * Poly.atom(a)) * -coef.constant  # the atom's value where the test holds
        return general if general.poly.substitute(a, at) == special.poly else None

    def known_nonneg(self, value: ir.Value, depth: int = 0) -> bool:
        """Whether ``value``, read as a signed integer, is provably >= 0."""
        if self.nonneg_oracle is not None and depth == 0 and self.nonneg_oracle(value):
            return True
        c = constant_int(value)
        if c is not None:
            return c >= 0
        op = defining_op(value)
        if depth > 8:
            return False
        if op is None:
            return self._nonneg_iv(value, depth)
        name = op.name
        args = list(op.operands)
        if name in ("arith.extui", "arith.index_castui"):
            src, dst = int_width(args[0].type), int_width(value.type)
            return bool(src and dst and src < dst) or self.known_nonneg(args[0], depth + 1)
        if name in ("arith.extsi", "arith.index_cast"):
            return self.known_nonneg(args[0], depth + 1)
        if name == "arith.andi":
            return any(self.known_nonneg(a, depth + 1) for a in args)
        if name == "arith.shrui":
            k = constant_int(args[1])
            return (k is not None and k > 0) or self.known_nonneg(args[0], depth + 1)
        if name == "arith.divui":
            return self.known_nonneg(args[0], depth + 1)
        if name in ("arith.remui", "arith.maxsi"):
            return any(self.known_nonneg(a, depth + 1) for a in args)
        if name in ("arith.addi", "arith.muli") and "nsw" in overflow(op):
            return all(self.known_nonneg(a, depth + 1) for a in args)
        if name in ("arith.divsi", "arith.remsi", "arith.minsi", "arith.shrsi"):
            return all(self.known_nonneg(a, depth + 1) for a in args)
        return False

    def _nonneg_iv(self, value: ir.Value, depth: int) -> bool:
        from mlir import ir

        block = value.owner
        parent = block.owner
        if parent is None or parent.operation.name not in ("scf.for", "affine.for"):
            return False
        if ir.BlockArgument(value).arg_number != 0 or parent.operation.name == "affine.for":
            return False
        lb = parent.operation.operands[0]
        return self.known_nonneg(lb, depth + 1)
