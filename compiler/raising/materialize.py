"""Emitting ``arith`` ops that compute a polynomial over atoms at an insertion point."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.raising.poly import Atoms, Poly
from mlc.compiler.raising.scev import int_width

if TYPE_CHECKING:
    from mlir import ir


class Builder:
    """Small helper creating ``arith`` ops at one insertion point with one location."""

    def __init__(self, ip: ir.InsertionPoint, loc: ir.Location) -> None:
        self.ip, self.loc = ip, loc

    def op(self, name: str, operands, result_types, attributes=None) -> ir.Operation:
        from mlir import ir

        return ir.Operation.create(
            name,
            results=list(result_types),
            operands=list(operands),
            attributes=attributes or {},
            loc=self.loc,
            ip=self.ip,
        )

    def const(self, value: int, type_: ir.Type) -> ir.Value:
        from mlir import ir

        # Parsed, not IntegerAttr.get: that goes through int64 and mangles wide negative values.
        # Polynomial coefficients can exceed the type (a division by a constant is a multiplication
        # by its inverse modulo 2^64); the ops built here wrap, so the constant is taken modulo 2^w.
        width = 64 if isinstance(type_, ir.IndexType) else int_width(type_)
        if width is not None and width > 1:
            value = (value + (1 << (width - 1))) % (1 << width) - (1 << (width - 1))
        attr = ir.Attribute.parse(f"{value} : {type_}")
        return self.op("arith.constant", [], [type_], {"value": attr}).result

    def index_const(self, value: int) -> ir.Value:
        from mlir import ir

        return self.const(value, ir.IndexType.get())

    def binary(self, name: str, a: ir.Value, b: ir.Value) -> ir.Value:
        return self.op(name, [a, b], [a.type]).result

    def cast(self, value: ir.Value, type_: ir.Type) -> ir.Value:
        """Sign-extend, truncate or index-cast an integer value to ``type_``."""
        src, dst = str(value.type), str(type_)
        if src == dst:
            return value
        if src == "i1":
            # i1 atoms stand for 0 or 1 (see ``poly``): widen them unsigned.
            name = "arith.index_castui" if dst == "index" else "arith.extui"
            return self.op(name, [value], [type_]).result
        if src == "index" or dst == "index":
            return self.op("arith.index_cast", [value], [type_]).result
        ws, wd = int_width(value.type), int_width(type_)
        if ws is None or wd is None:
            raise ValueError(f"cannot cast {src} to {dst}")
        name = "arith.extsi" if wd > ws else "arith.trunci"
        return self.op(name, [value], [type_]).result

    def poly(self, poly: Poly, atoms: Atoms, type_: ir.Type) -> ir.Value:
        """``poly`` evaluated in ``type_`` (atoms are sign-extended or index-cast into it)."""
        total: ir.Value | None = None
        for monomial, coef in sorted(poly.terms.items(), key=lambda t: (len(t[0]), t[0])):
            term: ir.Value | None = None
            for atom_id in monomial:
                value = self.cast(atoms.value(atom_id), type_)
                term = value if term is None else self.binary("arith.muli", term, value)
            if term is None:
                term = self.const(coef, type_)
            elif coef != 1:
                term = self.binary("arith.muli", term, self.const(coef, type_))
            total = term if total is None else self.binary("arith.addi", total, term)
        return total if total is not None else self.const(0, type_)
