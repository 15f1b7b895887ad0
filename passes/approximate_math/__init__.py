"""The ``approximate-math`` pass: float32 exp, log, tanh and erf as branch-free polynomials."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.passes import Pass, option
from mlc.passes.approximate_math.expand import EXPANSIONS, Emitter, sigmoid

if TYPE_CHECKING:
    from mlir import ir

# A pattern function signals "no match" by returning a true value.
_NO_MATCH = True


def _is_one(value: ir.Value) -> bool:
    """Whether ``value`` is the constant 1.0 (a scalar or a splat)."""
    from mlir import ir

    if not isinstance(value, ir.OpResult) or value.owner.name != "arith.constant":
        return False
    attr = value.owner.attributes["value"]
    if isinstance(attr, ir.DenseFPElementsAttr) and attr.is_splat:
        attr = attr.get_splat_value()
    return isinstance(attr, ir.FloatAttr) and attr.value == 1.0


def _produced_by(value: ir.Value, name: str) -> ir.Operation | None:
    from mlir import ir

    return value.owner if isinstance(value, ir.OpResult) and value.owner.name == name else None


def _sigmoid_input(div: ir.Operation) -> ir.Value | None:
    """``x`` when ``div`` is ``1 / (1 + exp(-x))`` (either order of the addition), as the
    ONNX and PyTorch frontends lower Sigmoid."""
    lhs, rhs = div.operands
    add = _produced_by(rhs, "arith.addf")
    if not _is_one(lhs) or add is None:
        return None
    for one, other in (tuple(add.operands), tuple(add.operands)[::-1]):
        ex = _produced_by(other, "math.exp")
        neg = ex and _produced_by(ex.operands[0], "arith.negf")
        if _is_one(one) and neg is not None:
            return neg.operands[0]
    return None


def _is_f32(t: ir.Type) -> bool:
    from mlir import ir

    if isinstance(t, ir.VectorType):
        t = ir.VectorType(t).element_type
    return isinstance(t, ir.F32Type)


@dataclass(frozen=True)
class ApproximateMath(Pass):
    """Replace each ``math.exp``, ``math.log``, ``math.tanh`` and ``math.erf`` on ``f32`` or
    on a vector of ``f32`` (anywhere: in a ``linalg.generic`` body, on vectors after
    vectorization, in plain loops) by polynomial approximations built from ``arith`` ops
    and the math ops that lower to single instructions (``fma``, ``roundeven``, ``absf``,
    ``copysign``): range reduction, minimax polynomials, and explicit handling of ±0, ±inf,
    NaN, subnormal inputs and results, overflow and underflow. The result has no branches
    and no calls, so it vectorizes where libm calls (``expf``, ``tanhf``, ``erff``,
    ``logf``) would stay scalar. With ``sigmoid``, ``1 / (1 + exp(-x))`` (how frontends
    lower Sigmoid) becomes ``select(x >= 0, 1, t) / (1 + t)`` with ``t = exp(-|x|)``, which
    cannot overflow. Errors stay within 1 float32 ULP (2 for sigmoid) over the whole range
    (bounds per function in ``docs/passes/approximate-math.md``). Ops on other types
    (f64, f16 before ``math-extend-to-supported-types``) are left alone."""

    NAME = "approximate-math"
    SUMMARY = "f32 exp/log/tanh/erf as vectorizable polynomial approximations (no libm calls)"
    PRIMARY_OPTION = "ops"

    ops: tuple[str, ...] = option(tuple(EXPANSIONS), "the math ops to approximate (exp, log, tanh, erf)")
    sigmoid: bool = option(True, "rewrite 1 / (1 + exp(-x)) as a sigmoid that cannot overflow")
    fma: bool = option(True, "evaluate with math.fma (false: mulf + addf, for targets without FMA)")

    def run(self, op: ir.Operation) -> None:
        from mlir.dialects import arith, math
        from mlir.rewrite import RewritePatternSet, apply_patterns_and_fold_greedily

        from mlc.compiler.errors import InputError

        unknown = [name for name in self.ops if name not in EXPANSIONS]
        if unknown:
            raise InputError(
                f"approximate-math: cannot approximate {', '.join(unknown)} "
                f"(ops is a list of {', '.join(EXPANSIONS)})"
            )
        classes = {"exp": math.ExpOp, "log": math.LogOp, "tanh": math.TanhOp, "erf": math.ErfOp}
        if self.sigmoid:
            # before exp is expanded, which would hide the form
            patterns = RewritePatternSet()
            patterns.add(arith.DivFOp, self._sigmoid)
            apply_patterns_and_fold_greedily(op, patterns.freeze())
        patterns = RewritePatternSet()
        for name in self.ops:
            patterns.add(classes[name], self._pattern(name))
        apply_patterns_and_fold_greedily(op, patterns.freeze())

    def _sigmoid(self, op, rewriter) -> bool | None:
        x = _sigmoid_input(op.operation)
        if x is None or not _is_f32(x.type):
            return _NO_MATCH
        with rewriter.ip, op.location:
            result = sigmoid(Emitter(x.type, self.fma), x)
        rewriter.replace_op(op, [result])
        return None

    def _pattern(self, name: str):
        expand = EXPANSIONS[name]

        def rewrite(op, rewriter) -> bool | None:
            x = op.operands[0]
            if not _is_f32(x.type):
                return _NO_MATCH
            with rewriter.ip, op.location:
                result = expand(Emitter(x.type, self.fma), x)
            rewriter.replace_op(op, [result])
            return None

        return rewrite
