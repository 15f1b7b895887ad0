"""Wall-clock samples of a callable: the one timing loop of mlc's tools and benchmarks.

A speed is reported as a ratio against a peer timed by the same loop in the same run;
one absolute time on a shared machine means little.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def samples(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Seconds of each of ``repeat`` calls of ``fn``, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def median_seconds(fn: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    """The median of ``samples``: robust to the other jobs of a shared machine."""
    return statistics.median(samples(fn, repeat, warmup))


def best_seconds(fn: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    """The fastest of ``samples``: the kernel's own speed, for throughput figures."""
    return min(samples(fn, repeat, warmup))
