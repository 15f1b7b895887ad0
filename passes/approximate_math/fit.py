"""Regenerate the polynomial coefficients of ``approximate-math`` (``coefficients.py``).

    python -m mlc.passes.approximate_math.fit

Each polynomial is a weighted minimax fit on its reduced range, found by Lawson's
iteratively reweighted least squares on 2,000 Chebyshev nodes in float64 (references from
mpmath at 40 digits). The weight makes the error relative to the final result, which is what
a ULP bound measures. Prints each fit's worst weighted error next to float32's 2^-24.
"""

from __future__ import annotations

import mpmath
import numpy as np

from mlc.passes.approximate_math.coefficients import ERFC_CENTRE

mpmath.mp.dps = 40


def _nodes(lo: float, hi: float, n: int = 2000) -> np.ndarray:
    k = np.arange(n)
    return (lo + hi) / 2 + (hi - lo) / 2 * np.cos(np.pi * (k + 0.5) / n)


def lawson(t: np.ndarray, target: np.ndarray, weight: np.ndarray, degree: int) -> tuple[np.ndarray, float]:
    """Coefficients (constant first) of the polynomial in ``t`` that minimizes the largest
    ``weight * |p(t) - target|``, and that error."""
    v = np.vander(t, degree + 1, increasing=True)
    lw = np.full(t.size, 1.0 / t.size)
    coeffs = np.zeros(degree + 1)
    for _ in range(200):
        s = np.sqrt(lw) * weight
        coeffs = np.linalg.lstsq(v * s[:, None], target * s, rcond=None)[0]
        err = np.abs(weight * (v @ coeffs - target))
        lw = lw * err
        lw /= lw.sum()
    return coeffs, float(np.abs(weight * (v @ coeffs - target)).max())


def _f(fn, xs: np.ndarray) -> np.ndarray:
    return np.array([float(fn(mpmath.mpf(float(x)))) for x in xs])


def fits() -> dict[str, tuple[np.ndarray, float]]:
    out = {}
    # exp(r) = 1 + r + r^2 P(r), |r| <= ln2/2.
    r = _nodes(-0.34658, 0.34658)
    e = _f(mpmath.exp, r)
    out["EXP"] = lawson(r, _f(lambda x: (mpmath.exp(x) - 1 - x) / x**2, r), r**2 / e, 4)
    # log(1 + f) = f - f^2/2 + f^3 P(f), sqrt(1/2) - 1 <= f < sqrt(2) - 1.
    f = _nodes(-0.29290, 0.41422)
    out["LOG"] = lawson(
        f, _f(lambda x: (mpmath.log1p(x) - x + x**2 / 2) / x**3, f), np.abs(f**3 / _f(mpmath.log1p, f)), 7
    )
    # tanh(x) = x + x^3 P(x^2), |x| < 0.625.
    x = _nodes(1e-4, 0.625)
    out["TANH"] = lawson(x**2, _f(lambda y: (mpmath.tanh(y) - y) / y**3, x), x**3 / _f(mpmath.tanh, x), 4)
    # erf(x) = x (2/sqrt(pi) + x^2 P(x^2)), |x| < 1 (2/sqrt(pi) as a float32 and its
    # remainder: erf(x) is then x 2/sqrt(pi) rounded once for tiny x).
    x = _nodes(1e-4, 1.0)
    out["ERF_SMALL"] = lawson(
        x**2, _f(lambda y: (mpmath.erf(y) / y - 2 / mpmath.sqrt(mpmath.pi)) / y**2, x), x**2, 5
    )
    # erf(x) = 1 - exp(-x^2) Q(x - 2), 1 <= x < 3.92: weight exp(-x^2) (absolute error of
    # erf). Centred at 2 so that float32 Horner steps do not cancel.
    x = _nodes(1.0, 3.92)
    q = _f(lambda y: mpmath.erfc(y) * mpmath.exp(y**2), x)
    out["ERFC_LARGE"] = lawson(x - ERFC_CENTRE, q, np.exp(-(x**2)), 9)
    return out


def main() -> None:
    for name, (coeffs, err) in fits().items():
        print(f"# worst weighted error {err:.3g} (2^-24 = {2.0**-24:.3g})")
        print(f"{name} = ({', '.join(repr(float(np.float32(c))) for c in coeffs)})")


if __name__ == "__main__":
    main()
