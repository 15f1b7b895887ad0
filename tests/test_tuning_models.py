"""The learned cost model and the ranking metrics: features, cold start, online training, ranking quality."""

from __future__ import annotations

import importlib.util
import itertools
import math
import random
import sys

import numpy as np
import pytest

from mlc.compiler.errors import MlcError
from mlc.compiler.tuning.metrics import ranks, spearman, top_k_recall
from mlc.compiler.tuning.trial import Trial, TrialResult, Workload

needs_xgboost = pytest.mark.skipif(
    importlib.util.find_spec("xgboost") is None, reason="xgboost is the optional extra mlc[tune]"
)


def gemm(m: int, n: int, k: int) -> Workload:
    return Workload("gemm", {"m": m, "n": n, "k": k}, "float32", "cpu")


def space(w: Workload) -> list[Trial]:
    sizes = (4, 8, 16, 32, 64, 128)
    return [Trial(w, {"mr": a, "nr": b, "kc": c}) for a, b, c in itertools.product(sizes, sizes, sizes)]


def synthetic_seconds(t: Trial) -> float:
    """A machine whose speed falls with bytes per flop, padding and a register tile past 32x32."""
    s, c = t.workload.shape, t.config
    flops = 2 * s["m"] * s["n"] * s["k"]
    per_flop = 1 / c["mr"] + 1 / c["nr"] + 1 / c["kc"]
    padded = math.prod(
        -(-s[d] // c[key]) * c[key] / s[d] for d, key in (("m", "mr"), ("n", "nr"), ("k", "kc"))
    )
    spill = 4.0 if c["mr"] * c["nr"] > 32 * 32 else 1.0
    return flops / 1e11 * (1 + 8 * per_flop) * padded * spill


def measured(trials, noise=0.05, seed=0) -> list[TrialResult]:
    rng = random.Random(seed)
    return [TrialResult(t, "ok", synthetic_seconds(t) * (1 + noise * rng.random())) for t in trials]


class Constant:
    """A fallback model with a known answer."""

    def predict(self, trials):
        return [7.0] * len(trials)

    def update(self, results):
        pass


def test_spearman_and_top_k_against_hand_worked_cases():
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([4, 3, 2, 1], [10, 20, 30, 40]) == pytest.approx(-1.0)
    # d = (0, 0, 1, -1): 1 - 6 * 2 / (4 * 15)
    assert spearman([1, 2, 4, 3], [1, 2, 3, 4]) == pytest.approx(0.8)
    assert spearman([5, 5, 5], [1, 2, 3]) == 0.0
    assert list(ranks(np.array([3.0, 1.0, 3.0, 2.0]))) == [3.5, 1.0, 3.5, 2.0]
    assert top_k_recall([0.9, 0.1, 0.8, 0.2], [1.0, 0.0, 0.5, 0.9], 2) == 0.5
    assert top_k_recall([1, 2, 3, 4], [1, 2, 3, 4], 4) == 1.0
    # A constant prediction earns nothing from the input order.
    assert top_k_recall([0, 0, 0, 0], [4, 3, 2, 1], 1) == 0.0


def test_metrics_reject_bad_input():
    with pytest.raises(ValueError, match="equally long"):
        spearman([1, 2], [1, 2, 3])
    with pytest.raises(ValueError, match="k must be"):
        top_k_recall([1, 2], [1, 2], 3)
    with pytest.raises(ValueError, match="finite"):
        spearman([1, float("nan")], [1, 2])


def test_features_are_generic_over_the_config():
    from mlc.compiler.tuning.learned import features

    f = features(
        Trial(gemm(128, 768, 768), {"mr": 8, "mc": 64, "nr": 32, "kc": 256, "packed": True, "order": "mnk"})
    )
    assert f["shape.m"] == 7 and f["shape.volume"] == pytest.approx(math.log2(128 * 768 * 768))
    assert f["cfg.mr"] == 3 and f["cfg.packed"] == 1.0 and f["cfg.order=mnk"] == 1.0
    assert f["cfg.kc|k"] == 1.0 and f["cfg.kc/k"] == pytest.approx(math.log2(256 / 768))
    assert f["cfg.mc|n"] == 1.0 and f["cfg.mc.pad.m"] == 0.0
    # mr and mc tile m (inner 8, outer 64), nr tiles n, kc tiles k.
    assert f["tile.inner.volume"] == pytest.approx(math.log2(8 * 32 * 256))
    assert f["tile.outer.volume"] == pytest.approx(math.log2(64 * 32 * 256))
    assert f["tile.inner.bytes_per_iter"] == pytest.approx(4 * (1 / 8 + 1 / 32 + 1 / 256))
    assert f["tile.outer.count"] == pytest.approx(math.log2(2 * 24 * 3))
    padded = features(Trial(gemm(100, 64, 64), {"mr": 32}))
    assert padded["cfg.mr|m"] == 0.0 and padded["cfg.mr.pad.m"] == pytest.approx(28 / 128)


def test_features_of_the_cpu_gemm_space():
    """The space's workloads carry an absent batch (0) and a flag; its nc counts panels of nr columns."""
    from mlc.compiler.tuning.learned import features, volume

    w = Workload("gemm", {"batch": 0, "m": 64, "n": 96, "k": 32, "a_batched": 0}, "f32", "cpu:x:v512:t1")
    t = Trial(w, {"mr": 8, "nr": 32, "mc": 32, "nc": 3, "kc": 32})
    f = features(t)
    assert volume(t) == 64 * 96 * 32 and f["itemsize"] == 4.0
    assert f["shape.batch"] == -1.0 and "cfg.mr/batch" not in f
    assert f["cfg.nc*nr"] == pytest.approx(math.log2(96))
    assert all(math.isfinite(v) for v in f.values())


@needs_xgboost
def test_cold_start_uses_the_fallback_then_the_trees():
    from mlc.compiler.tuning.learned import XGBCostModel

    trials = space(gemm(128, 128, 128))
    assert XGBCostModel().predict(trials[:3]) == [0.0, 0.0, 0.0]
    model = XGBCostModel(fallback=Constant(), min_samples=8)
    model.update(measured(trials[:7]))
    assert not model.trained and model.predict(trials[:2]) == [7.0, 7.0]
    model.update(measured(trials[7:8]))
    assert model.trained and model.predict(trials[:2]) != [7.0, 7.0]


@needs_xgboost
def test_lost_trials_are_not_learned_and_failed_ones_rank_last():
    from mlc.compiler.tuning.learned import XGBCostModel

    trials = space(gemm(128, 128, 128))
    rng = random.Random(1)
    sample = rng.sample(trials, 120)
    model = XGBCostModel(min_samples=8)
    model.update([TrialResult(t, "worker_lost") for t in sample[:10]])
    assert not model.trained
    # Every trial with kc == 128 fails to compile.
    results = [
        TrialResult(t, "compile_error") if t.config["kc"] == 128 else r
        for t, r in zip(sample, measured(sample), strict=True)
    ]
    model.update(results)
    held_out = [t for t in trials if t not in sample]
    scores = model.predict(held_out)
    failing = [s for t, s in zip(held_out, scores, strict=True) if t.config["kc"] == 128]
    working = [s for t, s in zip(held_out, scores, strict=True) if t.config["kc"] != 128]
    assert np.mean(failing) < np.percentile(working, 10)


@needs_xgboost
def test_the_trained_model_ranks_unseen_schedules_and_shapes():
    from mlc.compiler.tuning.learned import XGBCostModel

    train_w, test_w = gemm(128, 768, 768), gemm(512, 512, 512)
    train = random.Random(2).sample(space(train_w), 150)
    model = XGBCostModel()
    model.update(measured(train))
    # Unseen schedules of the trained shape, and every schedule of an unseen shape.
    for trials in ([t for t in space(train_w) if t not in train], space(test_w)):
        actual = [-synthetic_seconds(t) for t in trials]
        pred = model.predict(trials)
        assert spearman(pred, actual) > 0.8
        assert top_k_recall(pred, actual, 10) >= 0.3
        assert spearman(pred, actual) > spearman([0.0] * len(trials), actual) + 0.5


def test_without_xgboost_the_error_says_what_to_install(monkeypatch):
    from mlc.compiler.tuning.learned import XGBCostModel

    monkeypatch.setitem(sys.modules, "xgboost", None)
    with pytest.raises(MlcError) as info:
        XGBCostModel()
    assert "pip install mlc[tune]" in str(info.value)
    # The search's "auto" model falls back on the analytic one (it catches ImportError).
    assert isinstance(info.value, ImportError)
    from mlc.compiler.tuning.analytic import AnalyticCostModel
    from mlc.compiler.tuning.search import cost_model

    assert isinstance(cost_model("auto"), AnalyticCostModel)
