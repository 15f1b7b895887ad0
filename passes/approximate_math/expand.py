"""Branch-free float32 expansions of exp, log, tanh and erf into arith (and cheap math) ops.

Every function takes an ``Emitter`` (which knows the value's type: ``f32`` or a vector of it,
and builds ops at the rewriter's insertion point) and the operand, and returns the result.
Both sides of every range split are computed and one is selected, so the code vectorizes
(``select`` on masks) and has no branches. Range reduction, the special values (±0, ±inf,
NaN) and the float32 range ends (overflow to inf, gradual underflow through the subnormals)
are handled explicitly; ``docs/passes/approximate-math.md`` states the error bounds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.passes.approximate_math import coefficients as C

if TYPE_CHECKING:
    from mlir import ir

LOG2E = 1.4426950408889634
# ln 2 = LN2_HI + LN2_LO, with LN2_HI's low mantissa bits zero so that k * LN2_HI is exact
# for every exponent k the reductions meet (|k| <= 151).
LN2_HI = 0.693359375
LN2_LO = -2.1219444005469057e-4
# exp's argument range: below EXP_LO the result rounds to 0, above EXP_HI it is inf.
EXP_LO = -104.0
EXP_HI = 88.8
MIN_NORMAL = 2.0**-126
SQRT_HALF = 0.7071067811865476
TANH_SMALL = 0.625  # below: the odd polynomial; above: 1 - 2 / (exp(2|x|) + 1)
ERF_SMALL = 1.0  # below: x * P(x^2); above: 1 - exp(-x^2) Q(x)
ERF_ONE = 3.92  # from here on erf(x) rounds to 1 in float32


class Emitter:
    """Builds float32 arithmetic on values of one type (``f32`` or ``vector<...xf32>``)."""

    def __init__(self, ftype: ir.Type, fma: bool) -> None:
        from mlir import ir

        self.ftype = ftype
        self.use_fma = fma
        i32 = ir.IntegerType.get_signless(32)
        if isinstance(ftype, ir.VectorType):
            vt = ir.VectorType(ftype)
            self.itype = ir.VectorType.get(vt.shape, i32, scalable=vt.scalable_dims)
        else:
            self.itype = i32

    def _splat(self, t: ir.Type, attr: ir.Attribute) -> ir.Value:
        from mlir import ir
        from mlir.dialects import arith

        if isinstance(t, ir.VectorType):
            attr = ir.DenseElementsAttr.get_splat(t, attr)
        return arith.constant(t, attr)

    def f(self, value: float) -> ir.Value:
        from mlir import ir

        return self._splat(self.ftype, ir.FloatAttr.get(ir.F32Type.get(), value))

    def i(self, value: int) -> ir.Value:
        from mlir import ir

        return self._splat(self.itype, ir.IntegerAttr.get(ir.IntegerType.get_signless(32), value))

    # float arithmetic
    def add(self, a, b):
        from mlir.dialects import arith

        return arith.addf(a, b)

    def sub(self, a, b):
        from mlir.dialects import arith

        return arith.subf(a, b)

    def mul(self, a, b):
        from mlir.dialects import arith

        return arith.mulf(a, b)

    def div(self, a, b):
        from mlir.dialects import arith

        return arith.divf(a, b)

    def fma(self, a, b, c):
        """``a * b + c``, rounded once where the target has FMA."""
        from mlir.dialects import math

        return math.fma(a, b, c) if self.use_fma else self.add(self.mul(a, b), c)

    def horner(self, coeffs, t):
        """``coeffs[0] + coeffs[1] t + ...``."""
        acc = self.f(coeffs[-1])
        for c in coeffs[-2::-1]:
            acc = self.fma(acc, t, self.f(c))
        return acc

    def min(self, a, b):
        from mlir.dialects import arith

        return arith.minnumf(a, b)

    def max(self, a, b):
        from mlir.dialects import arith

        return arith.maxnumf(a, b)

    def abs(self, a):
        from mlir.dialects import math

        return math.absf(a)

    def copysign(self, magnitude, sign):
        from mlir.dialects import math

        return math.copysign(magnitude, sign)

    def roundeven(self, a):
        from mlir.dialects import math

        return math.roundeven(a)

    def cmp(self, predicate: str, a, b):
        from mlir.dialects import arith

        return arith.cmpf(getattr(arith.CmpFPredicate, predicate), a, b)

    def select(self, cond, a, b):
        from mlir.dialects import arith

        return arith.select(cond, a, b)

    # integer views
    def as_int(self, a):
        from mlir.dialects import arith

        return arith.bitcast(self.itype, a)

    def as_float(self, a):
        from mlir.dialects import arith

        return arith.bitcast(self.ftype, a)

    def to_int(self, a):
        from mlir.dialects import arith

        return arith.fptosi(self.itype, a)

    def to_float(self, a):
        from mlir.dialects import arith

        return arith.sitofp(self.ftype, a)

    def iadd(self, a, b):
        from mlir.dialects import arith

        return arith.addi(a, b)

    def isub(self, a, b):
        from mlir.dialects import arith

        return arith.subi(a, b)

    def iand(self, a, b):
        from mlir.dialects import arith

        return arith.andi(a, b)

    def ior(self, a, b):
        from mlir.dialects import arith

        return arith.ori(a, b)

    def shl(self, a, n: int):
        from mlir.dialects import arith

        return arith.shli(a, self.i(n))

    def shr(self, a, n: int):
        from mlir.dialects import arith

        return arith.shrsi(a, self.i(n))

    def pow2(self, k):
        """``2^k`` for an integer ``k`` in the normal exponent range [-126, 127]."""
        return self.as_float(self.shl(self.iadd(k, self.i(127)), 23))


def exp(e: Emitter, x):
    """``exp(x)``: ``x = k ln2 + r`` (Cody-Waite, ``|r| <= ln2/2``), a polynomial for
    ``exp(r)``, then ``2^k`` applied as two factors ``2^(k>>1) 2^(k - (k>>1))`` so that the
    product overflows to inf and underflows through the subnormals with one rounding."""
    xc = e.max(e.min(x, e.f(EXP_HI)), e.f(EXP_LO))  # never NaN: maxnum/minnum drop it
    k = e.roundeven(e.mul(xc, e.f(LOG2E)))
    r = e.fma(k, e.f(-LN2_HI), xc)
    r = e.fma(k, e.f(-LN2_LO), r)
    p = e.add(e.fma(e.mul(r, r), e.horner(C.EXP, r), r), e.f(1.0))
    ki = e.to_int(k)
    k1 = e.shr(ki, 1)
    y = e.mul(e.mul(p, e.pow2(k1)), e.pow2(e.isub(ki, k1)))
    return e.select(e.cmp("UNO", x, x), x, y)


def log(e: Emitter, x):
    """``log(x)``: subnormals scaled by 2^23 first, ``x = 2^k m`` with ``m`` in
    ``[sqrt(1/2), sqrt(2))``, a polynomial for ``log(m)``, plus ``k ln2`` in two parts;
    ``log(±0) = -inf``, ``log(inf) = inf``, negative or NaN: NaN."""
    subnormal = e.cmp("OLT", x, e.f(MIN_NORMAL))
    xs = e.select(subnormal, e.mul(x, e.f(2.0**23)), x)
    bits = e.as_int(xs)
    k = e.isub(e.iand(e.shr(bits, 23), e.i(0xFF)), e.select(subnormal, e.i(126 + 23), e.i(126)))
    m = e.as_float(e.ior(e.iand(bits, e.i(0x007FFFFF)), e.i(0x3F000000)))  # [0.5, 1)
    low = e.cmp("OLT", m, e.f(SQRT_HALF))
    k = e.isub(k, e.select(low, e.i(1), e.i(0)))
    f = e.sub(e.select(low, e.add(m, m), m), e.f(1.0))
    kf = e.to_float(k)
    z = e.mul(f, f)
    y = e.mul(e.mul(f, z), e.horner(C.LOG, f))
    y = e.fma(kf, e.f(LN2_LO), y)
    y = e.fma(z, e.f(-0.5), y)
    y = e.fma(kf, e.f(LN2_HI), e.add(f, y))
    y = e.select(e.cmp("OEQ", x, e.f(float("inf"))), x, y)
    y = e.select(e.cmp("OEQ", x, e.f(0.0)), e.f(float("-inf")), y)
    return e.select(e.cmp("ULT", x, e.f(0.0)), e.f(float("nan")), y)


def tanh(e: Emitter, x):
    """``tanh(x)``: on ``a = |x|``, ``a + a^3 P(a^2)`` below 0.625, else
    ``1 - 2 / (exp(2a) + 1)`` (which reaches 1 exactly once exp overflows); then the sign of
    ``x`` (so ``tanh(-0) = -0``)."""
    a = e.abs(x)
    z = e.mul(a, a)
    small = e.fma(e.mul(a, z), e.horner(C.TANH, z), a)
    big = e.sub(e.f(1.0), e.div(e.f(2.0), e.add(exp(e, e.add(a, a)), e.f(1.0))))
    return e.copysign(e.select(e.cmp("OLT", a, e.f(TANH_SMALL)), small, big), x)


def erf(e: Emitter, x):
    """``erf(x)``: on ``a = |x|``, ``a (2/sqrt(pi) + a^2 P(a^2))`` below 1,
    ``1 - exp(-a^2) Q(a - 2)`` up to 3.92 and 1 beyond; then the sign of ``x`` (NaN stays
    NaN)."""
    a = e.abs(x)
    z = e.mul(a, a)
    small = e.fma(a, e.f(C.ERF_C0), e.mul(a, e.fma(z, e.horner(C.ERF_SMALL, z), e.f(C.ERF_C0_LO))))
    ac = e.min(a, e.f(ERF_ONE))
    q = e.horner(C.ERFC_LARGE, e.sub(ac, e.f(C.ERFC_CENTRE)))
    big = e.sub(e.f(1.0), e.mul(exp(e, e.mul(e.sub(e.f(0.0), ac), ac)), q))
    big = e.select(e.cmp("OGE", a, e.f(ERF_ONE)), e.f(1.0), big)
    y = e.copysign(e.select(e.cmp("OLT", a, e.f(ERF_SMALL)), small, big), x)
    return e.select(e.cmp("UNO", x, x), x, y)


EXPANSIONS = {"exp": exp, "log": log, "tanh": tanh, "erf": erf}


def sigmoid(e: Emitter, x):
    """``1 / (1 + exp(-x))`` as ``select(x >= 0, 1, t) / (1 + t)`` with ``t = exp(-|x|)``:
    exp never overflows, so large negative ``x`` underflows gradually (the plain form gives
    0 below -88.7 where the result is still a subnormal)."""
    t = exp(e, e.sub(e.f(0.0), e.abs(x)))
    numerator = e.select(e.cmp("OGE", x, e.f(0.0)), e.f(1.0), t)
    return e.div(numerator, e.add(e.f(1.0), t))
