"""Comparing mlc's outputs with a peer's, and the outcome classes of a differential case."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

# What a case can come to. Only ``mismatch`` and ``crash`` are failures of mlc; ``unsupported``
# is a clean, located error (an op or type mlc refuses), ``invalid`` a case the peer rejects.
OUTCOMES = ("ok", "mismatch", "unsupported", "crash", "invalid")
# Relative tolerance by the least precise float type a case computes in; integers are exact.
RTOL = {"float16": 1e-2, "float32": 1e-4, "float64": 1e-9}


@dataclass
class Outcome:
    """The result of one case: its kind, seed and class, and what differed."""

    kind: str
    seed: int
    outcome: str
    detail: str = ""
    max_error: float = 0.0
    info: dict[str, Any] = field(default_factory=dict)
    reproducer: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


def mismatch(got: np.ndarray, ref: np.ndarray, rtol: float | None) -> tuple[str, float] | None:
    """Why ``got`` differs from ``ref`` (None if it does not).

    Floats: every element within ``rtol`` of the reference, relative to the larger of the
    element and the output's largest magnitude (so cancellation in a sum is not a miscompile),
    or of 1 where the reference is all zeros (an exact cancellation, such as a layer norm of
    equal values, leaves rounding error of the inputs' scale); NaN only where the reference
    has NaN. ``rtol`` None: bit for bit.
    """
    got, ref = np.asarray(got), np.asarray(ref)
    if got.shape != ref.shape:
        return f"shape {list(got.shape)} instead of {list(ref.shape)}", float("inf")
    if got.dtype != ref.dtype:
        return f"dtype {got.dtype} instead of {ref.dtype}", float("inf")
    if got.size == 0:
        return None
    if rtol is None or not np.issubdtype(ref.dtype, np.floating):
        if np.array_equal(got, ref, equal_nan=np.issubdtype(ref.dtype, np.floating)):
            return None
        same = (got == ref) | (np.isnan(got) & np.isnan(ref)) if got.dtype.kind == "f" else got == ref
        bad = np.flatnonzero(~same)
        i = tuple(int(k) for k in np.unravel_index(bad[0], ref.shape))
        err = float(np.max(np.abs(got.astype(np.float64) - ref.astype(np.float64))))
        return f"{bad.size} of {ref.size} elements differ, first at {list(i)}: {got[i]} vs {ref[i]}", err
    g, r = got.astype(np.float64), ref.astype(np.float64)
    nan = np.isnan(g) != np.isnan(r)
    finite = np.isfinite(r)
    scale = float(np.max(np.abs(r[finite]))) if finite.any() else 1.0
    scale = scale or 1.0
    err = np.where(np.isnan(r) | ~finite, np.where(g == r, 0.0, np.inf), np.abs(g - r))
    err = np.where(np.isnan(r) & np.isnan(g), 0.0, err)
    limit = rtol * np.maximum(np.abs(r), scale)
    bad = np.flatnonzero(nan.ravel() | (err > limit).ravel())
    worst = float(np.max(err / scale)) if err.size else 0.0
    if not bad.size:
        return None
    i = tuple(int(k) for k in np.unravel_index(bad[0], ref.shape))
    return (
        f"{bad.size} of {ref.size} elements differ beyond rtol {rtol:g}, first at {list(i)}: "
        f"{float(g[i])!r} vs {float(r[i])!r}"
    ), worst


def compare_all(got: list[np.ndarray], ref: list[np.ndarray], names: list[str], rtol: float | None):
    """The first output that differs, as (detail, error), or None."""
    if len(got) != len(ref):
        return f"{len(got)} outputs instead of {len(ref)}", float("inf")
    for name, g, r in zip(names, got, ref, strict=True):
        why = mismatch(g, r, rtol)
        if why is not None:
            return f"output '{name}': {why[0]}", why[1]
    return None
