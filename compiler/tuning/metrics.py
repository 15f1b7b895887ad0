"""How well a cost model ranks schedules against measurements: Spearman correlation and top-k recall.

Both take a model's ``scores`` (higher: predicted faster) and the measured
``seconds`` of the same trials (lower: faster), so a perfect model has a
Spearman correlation of 1 and a top-k recall of 1.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def ranks(values: Sequence[float]) -> list[float]:
    """The rank of each value (0 for the smallest), ties sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for t in range(i, j + 1):
            out[order[t]] = (i + j) / 2
        i = j + 1
    return out


def spearman(scores: Sequence[float], seconds: Sequence[float]) -> float:
    """Spearman's rank correlation of ``scores`` with the measured speed (``-seconds``); NaN if undefined."""
    if len(scores) != len(seconds):
        raise ValueError("scores and seconds differ in length")
    if len(scores) < 2:
        return math.nan
    a, b = ranks(scores), ranks([-s for s in seconds])
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b, strict=True))
    var = math.sqrt(sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b))
    return cov / var if var else math.nan


def top_k_recall(scores: Sequence[float], seconds: Sequence[float], k: int) -> float:
    """The fraction of the ``k`` fastest measured trials that are among the ``k`` best scored."""
    if len(scores) != len(seconds):
        raise ValueError("scores and seconds differ in length")
    k = min(k, len(scores))
    if k <= 0:
        return math.nan
    fastest = set(sorted(range(len(seconds)), key=lambda i: seconds[i])[:k])
    predicted = set(sorted(range(len(scores)), key=lambda i: -scores[i])[:k])
    return len(fastest & predicted) / k
