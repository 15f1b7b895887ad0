"""A learned cost model: gradient-boosted trees on schedule features, trained online.

As TVM's XGBoost model does, it scores a trial from features of its kernel and
schedule, and it is refitted on every measurement the search brings back.

Features (``features``) are generic over the JSON of a ``Trial``; no kernel kind
is special-cased:

- the workload: log2 of each shape entry, of the product of the positive ones
  (the iteration space; a 0 is an absent dim or a false flag) and the element size;
- each config entry: log2 of a number (booleans as 0/1, strings one-hot), and
  against each shape dim: log2(value / dim), whether the dim divides by it, and
  the fraction of the padded range that is padding; log2 of the product of each
  pair of numbers (a block of ``nc`` panels of ``nr`` columns is ``nc * nr`` wide);
- tiles per dim: a config key belongs to a dim when one of its words starts with
  the dim's name (``mc``, ``mr`` and ``tile_m`` belong to ``m``). The largest
  value on a dim is its outer tile, the smallest its inner one (a dim without one
  is untiled). For both levels: the tile's iteration volume, the bytes its
  operands touch (``itemsize * sum(volume / tile_d)``, exact for a GEMM's three
  matrices), bytes per iteration, and the number of outer tiles (the parallel
  work units).

The target is log2 of the throughput (iterations per second) relative to the best
measured on the same workload, so workloads of any size train one model and the
model ranks within a workload. A trial that failed to compile or run, or timed out,
counts as 4x slower than the workload's slowest success; one whose worker was lost
says nothing about its schedule and is left out.

Cold start: until ``min_samples`` trials have been measured successfully,
``predict`` returns the ``fallback`` model's scores (the analytic model, say), or
0.0 for every trial without one, which makes a search guided by it a random one.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence

import numpy as np

from mlc.compiler.errors import MissingExtra
from mlc.compiler.tuning.trial import CostModel, Trial, TrialResult
from mlc.runtime.dtypes import DTYPES, from_mlir

FAILED_PENALTY = 2.0  # log2: a failed trial scores 4x slower than its workload's slowest success
_WORD = re.compile(r"[A-Za-z]+")


def _log2(x: float) -> float:
    return math.log2(x) if x > 0 else -1.0


def _dims_of(key: str, dims: Sequence[str]) -> list[str]:
    """The shape dims a config key tiles: those one of its words starts with."""
    words = [w.lower() for w in _WORD.findall(key)]
    return [d for d in dims if any(w.startswith(d.lower()) for w in words)]


def _itemsize(dtype: str) -> int:
    """Bytes per element of a dtype named as numpy or as MLIR does (``float32``, ``f32``); 4 if unknown."""
    entry = DTYPES.get(dtype) or DTYPES.get(from_mlir(dtype) or "")
    return entry.itemsize if entry is not None else 4


def features(trial: Trial) -> dict[str, float]:
    """The named features of a trial (see the module docstring)."""
    shape = {k: int(v) for k, v in trial.workload.shape.items()}
    dims = {d: n for d, n in shape.items() if n > 0}  # 0: an absent dim (no batch) or a false flag
    itemsize = _itemsize(trial.workload.dtype)
    out: dict[str, float] = {f"shape.{d}": _log2(n) for d, n in shape.items()}
    out["shape.volume"] = _log2(volume(trial))
    out["itemsize"] = float(itemsize)

    numbers: dict[str, int] = {}
    tiles: dict[str, list[int]] = {d: [] for d in dims}
    for key, value in trial.config.items():
        if isinstance(value, bool):
            out[f"cfg.{key}"] = float(value)
        elif isinstance(value, str):
            out[f"cfg.{key}={value}"] = 1.0
        else:
            v = numbers[key] = int(value)
            out[f"cfg.{key}"] = _log2(v)
            if v <= 0:
                continue
            for d, n in dims.items():
                out[f"cfg.{key}/{d}"] = math.log2(v / n)
                out[f"cfg.{key}|{d}"] = float(n % v == 0)
                out[f"cfg.{key}.pad.{d}"] = (-n % v) / (n + (-n % v))
            for d in _dims_of(key, list(dims)):
                tiles[d].append(min(v, dims[d]))
    for (a, x), (b, y) in itertools.combinations(sorted(numbers.items()), 2):
        out[f"cfg.{a}*{b}"] = _log2(x * y)

    for level, pick in (("outer", max), ("inner", min)):
        tile = {d: pick(ts) if ts else dims[d] for d, ts in tiles.items()}
        tvol = math.prod(tile.values())
        touched = itemsize * sum(tvol / t for t in tile.values())
        out[f"tile.{level}.volume"] = _log2(tvol)
        out[f"tile.{level}.bytes"] = _log2(touched)
        out[f"tile.{level}.bytes_per_iter"] = touched / tvol
        out[f"tile.{level}.count"] = _log2(math.prod(-(-dims[d] // t) for d, t in tile.items()))
    return out


def volume(trial: Trial) -> int:
    """The iteration space: the product of the workload's positive shape entries."""
    return math.prod(n for n in trial.workload.shape.values() if n > 0)


def _import_xgboost():
    try:
        import xgboost
    except ImportError as e:
        raise MissingExtra(
            "the learned cost model needs xgboost, which is not installed",
            hint="pip install mlc[tune]",
        ) from e
    return xgboost


class XGBCostModel:
    """Gradient-boosted trees (xgboost) on ``features``, refitted on every ``update``."""

    def __init__(
        self,
        *,
        fallback: CostModel | None = None,
        min_samples: int = 8,
        rounds: int = 80,
        max_depth: int = 6,
        seed: int = 0,
        threads: int = 1,
    ) -> None:
        self._xgb = _import_xgboost()
        self.fallback = fallback
        self.min_samples = min_samples
        self._params = {
            "objective": "reg:squarederror",
            "eta": 0.2,
            "max_depth": max_depth,
            "min_child_weight": 1.0,
            "subsample": 0.9,
            "seed": seed,
            "nthread": threads,
        }
        self._rounds = rounds
        self._results: list[TrialResult] = []
        self._names: list[str] = []
        self._booster = None

    @property
    def trained(self) -> bool:
        """Whether predictions come from the trees (past the cold start)."""
        return self._booster is not None

    def update(self, results: Sequence[TrialResult]) -> None:
        """Add measurements and refit on all of them."""
        self._results.extend(r for r in results if r.status != "worker_lost")
        if sum(1 for r in self._results if r.status == "ok" and r.seconds) < self.min_samples:
            return
        rows, targets = self._training_set()
        self._names = sorted({n for row in rows for n in row})
        matrix = self._xgb.DMatrix(self._matrix(rows), label=np.asarray(targets), missing=np.nan)
        self._booster = self._xgb.train(self._params, matrix, num_boost_round=self._rounds)

    def predict(self, trials: Sequence[Trial]) -> list[float]:
        """Higher is predicted faster. Before training: the fallback's scores, or zeros."""
        if not trials:
            return []
        if self._booster is None:
            return list(self.fallback.predict(trials)) if self.fallback else [0.0] * len(trials)
        matrix = self._xgb.DMatrix(self._matrix([features(t) for t in trials]), missing=np.nan)
        return [float(x) for x in self._booster.predict(matrix)]

    def _matrix(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        index = {n: i for i, n in enumerate(self._names)}
        matrix = np.full((len(rows), len(self._names)), np.nan, dtype=np.float32)
        for i, row in enumerate(rows):
            for name, value in row.items():
                j = index.get(name)
                if j is not None:
                    matrix[i, j] = value
        return matrix

    def _training_set(self) -> tuple[list[dict[str, float]], list[float]]:
        """Features and relative log2 throughputs of the results on workloads with a success."""
        by_workload: dict[str, list[TrialResult]] = {}
        for r in self._results:
            by_workload.setdefault(r.trial.workload.key(), []).append(r)
        rows, targets = [], []
        for group in by_workload.values():
            size = volume(group[0].trial)
            speed = {id(r): math.log2(size / r.seconds) for r in group if r.status == "ok" and r.seconds}
            if not speed:
                continue
            best, worst = max(speed.values()), min(speed.values())
            for r in group:
                rows.append(features(r.trial))
                targets.append(speed.get(id(r), worst - FAILED_PENALTY) - best)
        return rows, targets
