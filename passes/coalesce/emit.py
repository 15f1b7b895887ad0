"""Emitting index expressions (``Expr``) back into IR as ``affine.apply``."""

from __future__ import annotations

from mlir import ir
from mlir.dialects import affine, arith

from mlc.compiler.analysis.expr import Div, Expr, Var


class NotEmittable(Exception):
    """The expression has a term affine maps cannot express, or a variable without a value."""


def _affine(expr: Expr, position: dict[str, int]) -> ir.AffineExpr:
    out = ir.AffineConstantExpr.get(expr.const)
    for atom, coef in expr.terms:
        if isinstance(atom, Var):
            if atom.name not in position:
                raise NotEmittable(f"no value for {atom.name}")
            term = ir.AffineDimExpr.get(position[atom.name])
        elif isinstance(atom, Div):
            arg = _affine(atom.arg, position)
            if atom.kind == "floordiv":
                term = ir.AffineExpr.get_floor_div(arg, atom.divisor)
            elif atom.kind == "mod":
                term = ir.AffineExpr.get_mod(arg, atom.divisor)
            else:
                term = ir.AffineExpr.get_ceil_div(arg, atom.divisor)
        else:
            raise NotEmittable(f"non-affine term {atom}")
        out = out + term * coef
    return out


def emit_index(expr: Expr, values: dict[str, ir.Value], loc: ir.Location) -> ir.Value:
    """An index value computing ``expr`` at the current insertion point."""
    if expr.is_constant():
        return arith.ConstantOp(ir.IndexType.get(), expr.const, loc=loc).result
    names = sorted(expr.variables())
    missing = [n for n in names if n not in values]
    if missing:
        raise NotEmittable(f"no value for {', '.join(missing)}")
    position = {n: i for i, n in enumerate(names)}
    amap = ir.AffineMap.get(len(names), 0, [_affine(expr, position)])
    return affine.AffineApplyOp(amap, [values[n] for n in names], loc=loc).result
