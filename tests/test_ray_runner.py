"""The Ray runner on a local two-CPU cluster: results in order, no trial lost when a worker dies."""

from __future__ import annotations

import functools
import os
import signal
import socket
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from mlc.compiler.errors import MlcError
from mlc.compiler.tuning.trial import Trial, TrialResult, Workload

needs_ray = pytest.mark.skipif(
    __import__("importlib").util.find_spec("ray") is None, reason="ray is the optional extra mlc[ray]"
)

GEMM = Workload("gemm", {"m": 64, "n": 64, "k": 64}, "float32", "cpu")


def _trials(n: int, **extra) -> list[Trial]:
    return [Trial(GEMM, {"tile": 2**i, **extra}) for i in range(n)]


def time_numpy_gemm(trial: Trial) -> TrialResult:
    """A real measurement on the worker: numpy's GEMM at the trial's shape, median of 5."""
    s = trial.workload.shape
    a, b = np.ones((s["m"], s["k"]), np.float32), np.ones((s["k"], s["n"]), np.float32)
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        c = a @ b
        samples.append(time.perf_counter() - start)
    if c[0, 0] != s["k"]:
        return TrialResult(trial, "run_error", error="wrong product")
    return TrialResult(trial, "ok", float(np.median(samples)), tuple(samples), error=str(os.getpid()))


def die_once(marker: Path, trial: Trial) -> TrialResult:
    """The worker measuring ``victim`` exits on the first attempt (a crash mid-measurement)."""
    if trial.config.get("victim") and not marker.exists():
        marker.write_text("died")
        os._exit(1)
    return time_numpy_gemm(trial)


def always_die(trial: Trial) -> TrialResult:
    if trial.config.get("victim"):
        os._exit(1)
    return time_numpy_gemm(trial)


def sleep_then_measure(pidfile: Path, trial: Trial) -> TrialResult:
    """The victim's first attempt waits long enough to be killed from outside."""
    if trial.config.get("victim") and not pidfile.exists():
        pidfile.write_text(str(os.getpid()))
        time.sleep(60)
    return time_numpy_gemm(trial)


def raise_error(trial: Trial) -> TrialResult:
    raise ValueError(f"no kernel for {dict(trial.config)}")


@pytest.fixture(scope="module")
def cluster():
    """A local Ray cluster with 2 CPUs for the module; later runners reuse the connection."""
    from mlc.compiler.tuning.ray_runner import RayRunner

    with RayRunner(None, measure=time_numpy_gemm, num_cpus=2) as runner:
        yield runner


@needs_ray
def test_results_come_back_in_order_from_workers(cluster):
    trials = _trials(6)
    results = cluster.measure(trials)
    assert [r.trial for r in results] == trials
    assert all(r.status == "ok" and r.seconds > 0 for r in results)
    assert str(os.getpid()) not in {r.error for r in results}  # measured in worker processes


@needs_ray
def test_the_search_tunes_a_real_gemm_through_ray(cluster):
    """mlc's own measurement (compile, check against numpy, time) on the workers, guided by the search."""
    from mlc.compiler.tuning import space
    from mlc.compiler.tuning.analytic import AnalyticCostModel
    from mlc.compiler.tuning.ray_runner import RayRunner
    from mlc.compiler.tuning.search import Budget, tune_workload
    from mlc.passes.pack_contractions.gemm import GemmShape

    workload = space.gemm_workload(GemmShape(0, 32, 32, 32, False), space.cpu_target("native", 1).name())
    runner = RayRunner(None)  # the default measure: measure_trial
    outcome = tune_workload(workload, runner, AnalyticCostModel(), Budget(trials=5))
    assert outcome.new_trials == len(outcome.results) == 5
    assert all(r.status == "ok" and r.seconds > 0 for r in outcome.results), outcome.results
    assert outcome.default is not None and outcome.speedup >= 1.0


@needs_ray
def test_a_worker_that_dies_is_retried(cluster, tmp_path):
    from mlc.compiler.tuning.ray_runner import RayRunner

    marker = tmp_path / "died"
    runner = RayRunner(None, measure=functools.partial(die_once, marker), retries=2)
    trials = [*_trials(3), Trial(GEMM, {"tile": 8, "victim": True}), *_trials(2)]
    results = runner.measure(trials)
    assert marker.exists()
    assert [r.trial for r in results] == trials
    assert [r.status for r in results] == ["ok"] * len(trials)


@needs_ray
def test_a_worker_killed_from_outside_is_retried(cluster, tmp_path):
    from mlc.compiler.tuning.ray_runner import RayRunner

    pidfile = tmp_path / "pid"
    runner = RayRunner(None, measure=functools.partial(sleep_then_measure, pidfile), retries=1)

    def kill_victim():
        deadline = time.monotonic() + 60
        while not pidfile.exists() or not pidfile.read_text():
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(int(pidfile.read_text()), signal.SIGKILL)

    killer = threading.Thread(target=kill_victim)
    killer.start()
    trials = [Trial(GEMM, {"tile": 4, "victim": True}), *_trials(3)]
    start = time.monotonic()
    results = runner.measure(trials)
    killer.join()
    assert time.monotonic() - start < 50  # the victim did not sleep out its minute
    assert [r.trial for r in results] == trials
    assert [r.status for r in results] == ["ok"] * len(trials)


@needs_ray
def test_a_trial_whose_worker_keeps_dying_is_recorded_as_lost(cluster):
    from mlc.compiler.tuning.ray_runner import RayRunner

    runner = RayRunner(None, measure=always_die, retries=1)
    trials = [*_trials(2), Trial(GEMM, {"tile": 8, "victim": True}), *_trials(2)]
    results = runner.measure(trials)
    assert [r.trial for r in results] == trials
    assert [r.status for r in results] == ["ok", "ok", "worker_lost", "ok", "ok"]
    assert "WorkerCrashedError" in results[2].error


@needs_ray
def test_a_measure_that_raises_is_a_run_error(cluster):
    from mlc.compiler.tuning.ray_runner import RayRunner

    results = RayRunner(None, measure=raise_error).measure(_trials(2))
    assert [r.status for r in results] == ["run_error", "run_error"]
    assert "ValueError: no kernel for {'tile': 1}" in results[0].error


@needs_ray
def test_an_unreachable_cluster_is_a_clear_error_at_once():
    from mlc.compiler.tuning.ray_runner import RayRunner

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    start = time.monotonic()
    with pytest.raises(MlcError, match=f"cannot reach the Ray cluster at 127.0.0.1:{port}"):
        RayRunner(f"127.0.0.1:{port}", measure=time_numpy_gemm, connect_timeout=2)
    assert time.monotonic() - start < 10
    with pytest.raises(MlcError, match="bad Ray address"):
        RayRunner("head:port", measure=time_numpy_gemm)


def test_without_ray_the_error_says_what_to_install(monkeypatch):
    from mlc.compiler.tuning.ray_runner import RayRunner

    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(MlcError) as info:
        RayRunner(None, measure=time_numpy_gemm)
    assert "pip install mlc[ray]" in str(info.value)
    from mlc.compiler.tuning.tune import make_runner

    with pytest.raises(MlcError, match="measuring on Ray needs ray"):
        make_runner("127.0.0.1:6379")
