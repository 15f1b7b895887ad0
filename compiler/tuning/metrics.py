"""How well a cost model ranks candidates: Spearman correlation and top-k recall.

Both take two equally long sequences of scores where higher is better: the
model's predictions and the measured truth (for example throughput, or minus
the time). numpy only.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def _scores(pred: Sequence[float], actual: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    p, a = np.asarray(pred, dtype=float), np.asarray(actual, dtype=float)
    if p.shape != a.shape or p.ndim != 1:
        raise ValueError(f"pred and actual must be 1-D and equally long (got {p.shape} and {a.shape})")
    if not (np.isfinite(p).all() and np.isfinite(a).all()):
        raise ValueError("pred and actual must be finite")
    return p, a


def ranks(values: np.ndarray) -> np.ndarray:
    """1-based ranks, ascending, with ties given their average rank."""
    order = np.argsort(values, kind="stable")
    ranked = np.empty(len(values), dtype=float)
    ranked[order] = np.arange(1, len(values) + 1)
    # Average the ranks of each group of equal values.
    uniq, inverse = np.unique(values, return_inverse=True)
    sums = np.bincount(inverse, weights=ranked, minlength=len(uniq))
    counts = np.bincount(inverse, minlength=len(uniq))
    return (sums / counts)[inverse]


def spearman(pred: Sequence[float], actual: Sequence[float]) -> float:
    """Spearman's rank correlation in [-1, 1]; 0 when either side is constant."""
    p, a = _scores(pred, actual)
    if len(p) < 2:
        raise ValueError("spearman needs at least two points")
    rp, ra = ranks(p) - (len(p) + 1) / 2, ranks(a) - (len(a) + 1) / 2
    denom = float(np.sqrt((rp * rp).sum() * (ra * ra).sum()))
    return float((rp * ra).sum() / denom) if denom > 0 else 0.0


def top_k_recall(pred: Sequence[float], actual: Sequence[float], k: int) -> float:
    """The fraction of the truly best ``k`` that are among the predicted best ``k``.

    Ties in the prediction are broken against the candidate (the pessimistic
    order), so a constant prediction cannot score by luck of the input order.
    """
    p, a = _scores(pred, actual)
    if not 1 <= k <= len(p):
        raise ValueError(f"k must be in [1, {len(p)}] (got {k})")
    true_best = set(np.argsort(-a, kind="stable")[:k].tolist())
    # Among equal predictions the truly worse candidate comes first.
    order = np.lexsort((a, -p))
    return len(true_best & set(order[:k].tolist())) / k
