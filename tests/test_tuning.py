"""The auto-tuner: schedule space, measurement, search, database, mlc-compile --tuning-db and mlc-tune."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from mlc.compiler.errors import InputError
from mlc.compiler.tuning import database, space
from mlc.compiler.tuning.analytic import AnalyticCostModel, estimate
from mlc.compiler.tuning.measure import kernel_text, measure_trial
from mlc.compiler.tuning.search import Budget, parse_budget, tune_workload
from mlc.compiler.tuning.trial import Trial, TrialResult
from mlc.passes.pack_contractions.gemm import GemmShape

from conftest import run_tool

M, N, K = 32, 64, 64  # the tiny GEMM most tests tune


@pytest.fixture(scope="module")
def target() -> str:
    return space.cpu_target().name()


@pytest.fixture
def workload(target):
    return space.gemm_workload(GemmShape(0, M, N, K, False), target)


def matmul_mlir(m: int = M, n: int = N, k: int = K) -> str:
    return kernel_text(space.gemm_workload(GemmShape(0, m, n, k, False), space.cpu_target().name()))


def _other(workload) -> dict:
    """A valid schedule of ``workload`` other than the default."""
    default = space.default_config(workload)
    return next(p for p in space.points(workload) if p != default and p["mr"] == 4 and p["kc"] == 32)


# -- the space --


def test_every_point_is_valid_and_the_default_is_in_the_space(workload):
    points = list(space.points(workload))
    assert len(points) > 20
    assert all(space.check(workload, p) is None for p in points)
    assert space.default_config(workload) in points
    small = space.small_space(workload)
    assert small and all(p in points for p in small)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"mr": 5}, r"mr=5 does not divide m=32"),
        ({"kc": 48}, r"kc=48 does not divide k=64"),
        ({"mr": 16, "nr": 64, "mc": 32}, r"needs \d+ vector registers, the CPU has \d+"),
        ({"nr": 12}, r"not a whole number of"),  # of 8 (AVX2) or 16 (AVX-512) lanes
        ({"mc": 12}, r"mc=12 does not divide m=32"),
        ({"nr": "16"}, r"non-integer"),
    ],
)
def test_invalid_configs_are_rejected_with_a_reason(workload, change, reason):
    config = {**space.default_config(workload), **change}
    if space.CpuTarget.parse(workload.target).vector_bits != 512 and "registers" in reason:
        pytest.skip("the register example is sized for AVX-512")
    assert re.search(reason, space.check(workload, config) or "")


def test_cache_limits_reject_oversized_blocks(target):
    big = space.gemm_workload(GemmShape(0, 64, 64, 8192, False), target)
    config = {**space.default_config(big), "kc": 8192}
    assert "exceeds L1" in (space.check(big, config) or "")
    assert sum(space.rejections(big).values()) > 0


def test_measure_rejects_an_invalid_trial_before_compiling(workload):
    result = measure_trial(Trial(workload, {**space.default_config(workload), "mr": 5}))
    assert result.status == "invalid" and "does not divide" in result.error


def test_measure_times_a_real_kernel(workload):
    result = measure_trial(Trial(workload, _other(workload)))
    assert result.status == "ok", result.error
    assert result.seconds > 0 and len(result.samples) >= 3
    assert result.seconds == sorted(result.samples)[len(result.samples) // 2]


@pytest.mark.parametrize(
    ("shape", "kind"),
    [(GemmShape(3, 16, 32, 16, True), "batch_gemm"), (GemmShape(2, 16, 40, 24, False), "conv_gemm")],
)
def test_each_gemm_kind_is_measured_and_checked_against_numpy(target, shape, kind):
    w = space.gemm_workload(shape, target)
    assert w.kind == kind and space.gemm_shape(w) == shape
    config = next(p for p in space.points(w) if p != space.default_config(w))
    result = measure_trial(Trial(w, config))  # "ok" only when the result matched numpy
    assert result.status == "ok", result.error


def test_analytic_model_prefers_full_register_blocks(workload):
    lanes = space.CpuTarget.parse(workload.target).vector_bits // 32
    base = space.default_config(workload)
    narrow = {**base, "mr": 1, "nr": lanes, "mc": base["mc"], "nc": base["nc"] * base["nr"] // lanes}
    scores = AnalyticCostModel().predict([Trial(workload, base), Trial(workload, narrow)])
    assert scores[0] > scores[1]
    assert estimate(Trial(workload, base)).bound in ("compute", "L2", "L3", "memory")


# -- search --


class FormulaRunner:
    """A runner whose 'time' is a fixed function of the config: the search must find its minimum."""

    def __init__(self):
        self.measured: list[dict] = []

    def measure(self, trials):
        out = []
        for t in trials:
            self.measured.append(dict(t.config))
            c = t.config
            seconds = 1.0 + abs(c["mr"] - 4) + abs(c["kc"] - 32) / 16 + (c["nc"] != 1) * 0.5 + c["mc"] / 64
            out.append(TrialResult(t, "ok", seconds, (seconds,)))
        return out


def test_search_measures_the_default_first_never_repeats_and_keeps_to_the_budget(workload):
    runner = FormulaRunner()
    outcome = tune_workload(workload, runner, AnalyticCostModel(), Budget(trials=40), seed=1)
    assert runner.measured[0] == space.default_config(workload)
    assert len(runner.measured) == outcome.new_trials == 40
    # the search measures each schedule once; at the end the best two and the default again
    searched, confirmed = runner.measured[:-3], runner.measured[-3:]
    assert len({json.dumps(c, sort_keys=True) for c in searched}) == len(searched)
    assert all(c in searched for c in confirmed) and space.default_config(workload) in confirmed
    best = min(space.points(workload), key=lambda c: runner.measure([Trial(workload, c)])[0].seconds)
    assert outcome.best.seconds <= 1.5 * FormulaRunner().measure([Trial(workload, best)])[0].seconds
    assert outcome.speedup >= 1.0


def test_the_learned_model_guides_the_search_when_installed(workload):
    pytest.importorskip("xgboost")
    from mlc.compiler.tuning.learned import XGBCostModel
    from mlc.compiler.tuning.search import cost_model

    model = cost_model("auto")
    assert isinstance(model, XGBCostModel)
    outcome = tune_workload(workload, FormulaRunner(), model, Budget(trials=24), seed=2)
    assert model.trained and outcome.new_trials == 24 and outcome.speedup >= 1.0


def test_search_resumes_from_previous_results(workload):
    first = tune_workload(workload, FormulaRunner(), AnalyticCostModel(), Budget(trials=8))
    runner = FormulaRunner()
    tune_workload(workload, runner, AnalyticCostModel(), Budget(trials=8), previous=first.results)
    before = {json.dumps(dict(r.trial.config), sort_keys=True) for r in first.results}
    assert not before & {json.dumps(c, sort_keys=True) for c in runner.measured}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("10m", Budget(seconds=600)),
        ("90s", Budget(seconds=90)),
        ("1.5h", Budget(seconds=5400)),
        ("200", Budget(trials=200)),
    ],
)
def test_budgets_parse(text, want):
    assert parse_budget(text) == want


@pytest.mark.parametrize("text", ["", "ten", "-5m", "0", "1.5", "5d", "3 minutes"])
def test_bad_budgets_are_input_errors(text):
    with pytest.raises(InputError, match="bad budget"):
        parse_budget(text)


# -- the database --


def _result(workload, config, seconds=1e-3, status="ok"):
    return TrialResult(Trial(workload, config), status, seconds if status == "ok" else None, (seconds,))


def test_database_round_trip_best_export_and_import(tmp_path, workload):
    db = database.Database(tmp_path / "t.jsonl")
    other = _other(workload)
    results = [
        _result(workload, space.default_config(workload), 2e-3),
        _result(workload, other, 1e-3),
        _result(workload, {**other, "kc": 16}, status="compile_error"),
    ]
    db.add(results)
    loaded = db.load(workload.target)
    assert loaded.warnings == [] and loaded.results == results
    assert loaded.best()[workload.key()].trial.config == other
    count, _ = db.export(tmp_path / "out.jsonl", workload.target)
    assert count == 3
    fresh = database.Database(tmp_path / "fresh.jsonl")
    assert fresh.import_from(tmp_path / "out.jsonl")[0] == 3
    assert fresh.load().results == results


def test_corrupt_stale_and_foreign_records_are_ignored_with_warnings(tmp_path, workload):
    path = tmp_path / "t.jsonl"
    db = database.Database(path)
    good = _result(workload, _other(workload))
    db.add([good])
    record = database.record_of(good)
    tampered = json.loads(json.dumps(record))
    tampered["result"]["seconds"] = 1e-9  # a faster time than measured: the digest no longer matches
    stale = {**record, "mlc": "0.0.1"}
    invalid_cfg = database.record_of(_result(workload, {**space.default_config(workload), "mr": 5}))
    wrong_key = {**record, "key": "gemm-0000000000000000"}
    foreign_w = space.gemm_workload(GemmShape(0, M, N, K, False), "cpu:othercpu:v256:t1")
    foreign = database.record_of(_result(foreign_w, space.default_config(foreign_w)))
    with path.open("a") as f:
        for line in ("{not json", json.dumps(tampered), json.dumps(stale), json.dumps(invalid_cfg)):
            f.write(line + "\n")
        f.write(json.dumps(wrong_key) + "\n" + json.dumps(foreign) + "\n")
    loaded = db.load(workload.target)
    assert loaded.results == [good]
    text = "\n".join(loaded.warnings)
    assert ":2: ignored a tuning record: not JSON" in text
    assert ":3: ignored a tuning record: corrupt: its digest" in text
    assert ":4: ignored a tuning record: stale: written by mlc 0.0.1" in text
    assert ":5: ignored a tuning record: its schedule is invalid: mr=5" in text
    assert ":6: ignored a tuning record: corrupt: its key" in text
    assert "ignored 1 tuning record(s) of other targets" in text


# -- mlc-compile uses the database --


def _schedules(text: str) -> list[dict]:
    found = re.search(r'mlc\.gemm_schedules = "((?:[^"\\]|\\.)*)"', text)
    assert found, "no mlc.gemm_schedules on the module"
    return json.loads(found.group(1).replace("\\22", '"'))


def test_mlc_compile_builds_the_tuned_blocking_and_stays_correct(tmp_path, workload):
    src = tmp_path / "mm.mlir"
    src.write_text(matmul_mlir())
    db = tmp_path / "t.jsonl"
    other = _other(workload)
    database.Database(db).add(
        [_result(workload, space.default_config(workload), 2e-3), _result(workload, other)]
    )

    def tiles(*args):
        proc = run_tool("mlc-compile", str(src), "--emit", "mlir", "--to-stage", "pack", *args)
        assert proc.returncode == 0, proc.stderr
        return _schedules(proc.stdout)

    tuned = tiles("--tuning-db", str(db))
    assert tuned == [{"gemm": [0, M, N, K], "tiles": space.blocking_of(other).attribute(), "tuned": True}]
    default = tiles("--no-tuning-db")
    assert default[0]["tiles"] == space.blocking_of(space.default_config(workload)).attribute()
    assert default[0]["tuned"] is False

    import mlc

    fn = mlc.compile(str(src), "cpu", tuning_db=str(db))
    rng = np.random.default_rng(0)
    a = rng.standard_normal((M, K), dtype=np.float32)
    b = rng.standard_normal((K, N), dtype=np.float32)
    np.testing.assert_allclose(fn(a, b), a @ b, rtol=1e-4, atol=1e-4)


def test_the_tuned_schedules_key_the_compile_cache(tmp_path, workload):
    from mlc.compiler import compile_api

    db = tmp_path / "t.jsonl"
    other = _other(workload)
    database.Database(db).add([_result(workload, other, 1e-3)])
    text = matmul_mlir()
    first = compile_api.build(text, "cpu", emit="mlir", to_stage="pack", tuning_db=str(db))
    database.Database(db).add([_result(workload, space.default_config(workload), 1e-4)])  # now faster
    second = compile_api.build(text, "cpu", emit="mlir", to_stage="pack", tuning_db=str(db))
    assert not second.cached
    assert _schedules(first.files["pack.mlir"])[0]["tiles"] == space.blocking_of(other).attribute()
    default = space.blocking_of(space.default_config(workload)).attribute()
    assert _schedules(second.files["pack.mlir"])[0]["tiles"] == default
    third = compile_api.build(text, "cpu", emit="mlir", to_stage="pack", tuning_db=str(db))
    assert third.cached


def test_mlc_compile_warns_about_a_corrupt_database(tmp_path):
    src = tmp_path / "mm.mlir"
    src.write_text(matmul_mlir())
    db = tmp_path / "t.jsonl"
    db.write_text("garbage\n")
    proc = run_tool("mlc-compile", str(src), "--tuning-db", str(db), "-o", str(tmp_path / "mm.mlc"))
    assert proc.returncode == 0, proc.stderr
    assert "t.jsonl:1: ignored a tuning record: not JSON" in proc.stderr


# -- mlc-tune --


def test_mlc_tune_tunes_records_and_resumes(tmp_path):
    src = tmp_path / "mm.mlir"
    src.write_text(matmul_mlir())
    db = tmp_path / "t.jsonl"
    proc = run_tool("mlc-tune", str(src), "--budget", "3", "--tuning-db", str(db), "--cost-model", "analytic")
    assert proc.returncode == 0, proc.stderr
    assert f"gemm m={M} n={N} k={K} x1: default" in proc.stdout
    first = database.Database(db).load()
    assert len(first.results) == 3 and first.warnings == []
    proc = run_tool("mlc-tune", str(src), "--budget", "2", "--tuning-db", str(db), "--cost-model", "analytic")
    assert proc.returncode == 0, proc.stderr
    again = database.Database(db).load().results
    configs = [json.dumps(dict(r.trial.config), sort_keys=True) for r in again]
    assert len(again) == 5 and len(set(configs)) == 5  # resumed: the default and the others not remeasured


def test_mlc_tune_lists_the_space(tmp_path):
    src = tmp_path / "mm.mlir"
    src.write_text(matmul_mlir())
    proc = run_tool("mlc-tune", str(src), "--space", "--limit", "2")
    assert proc.returncode == 0, proc.stderr
    assert f"gemm m={M} n={N} k={K}  from 1 op(s): linalg.matmul" in proc.stdout
    assert re.search(r"\d+ valid points \(mr, nr, mc, nc, kc\); rejected: \d+ divisibility", proc.stdout)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--budget", "ten"], "mlc-tune: error: bad budget 'ten'"),
        (["--budget", "0"], "bad budget '0'"),
        (["--target", "tpu"], "unknown target 'tpu'"),
        (["--target", "cuda"], "no schedule space for the cuda target yet"),
        (["--cost-model", "magic"], "invalid choice: 'magic'"),
    ],
)
def test_mlc_tune_errors(tmp_path, args, message):
    src = tmp_path / "mm.mlir"
    src.write_text(matmul_mlir())
    proc = run_tool("mlc-tune", str(src), "--tuning-db", str(tmp_path / "t.jsonl"), *args)
    assert proc.returncode == 1
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "t.jsonl").exists()


def test_mlc_tune_unreachable_ray_cluster_is_an_error(tmp_path):
    src = tmp_path / "mm.mlir"
    src.write_text(matmul_mlir())
    proc = run_tool("mlc-tune", str(src), "--ray", "127.0.0.1:1", "--tuning-db", str(tmp_path / "t.jsonl"))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    # without the mlc[ray] extra it says so; with it, that nothing listens there
    assert "needs ray" in proc.stderr or "cannot reach the Ray cluster at 127.0.0.1:1" in proc.stderr
    assert not (tmp_path / "t.jsonl").exists()


def test_mlc_tune_missing_input_is_an_error():
    proc = run_tool("mlc-tune", "/nonexistent/model.onnx", "--budget", "1")
    assert proc.returncode == 1 and "no such file" in proc.stderr and "Traceback" not in proc.stderr


def test_the_best_schedule_is_judged_by_the_median_of_its_measurements(workload):
    default, other = space.default_config(workload), _other(workload)
    lucky_once = [
        _result(workload, other, 1e-3),
        _result(workload, other, 5e-3),
        _result(workload, other, 6e-3),
    ]
    loaded = database.Loaded([*lucky_once, _result(workload, default, 2e-3)], [])
    best = loaded.best()[workload.key()]
    assert best.trial.config == default and best.seconds == 2e-3
    assert database.fastest(lucky_once).seconds == 5e-3


def test_mlc_tune_interrupted_keeps_every_record_and_resumes(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    src = tmp_path / "mm.mlir"
    src.write_text(matmul_mlir())
    db = tmp_path / "t.jsonl"
    args = [
        sys.executable,
        "-m",
        "mlc.tools.mlc_tune",
        str(src),
        "--tuning-db",
        str(db),
        "--cost-model",
        "analytic",
    ]
    proc = subprocess.Popen([*args, "--budget", "10m"], stderr=subprocess.PIPE, text=True, env=os.environ)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not db.exists() or len(db.read_text().splitlines()) < 2):
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted after" in err and "the same command resumes" in err and "Traceback" not in err
    kept = database.Database(db).load()
    assert kept.warnings == [] and len(kept.results) >= 2
    again = subprocess.run(
        [*args, "--budget", "2"], capture_output=True, text=True, env=os.environ, timeout=300
    )
    assert again.returncode == 0, again.stderr
    results = database.Database(db).load().results
    assert len(results) == len(kept.results) + 2
    configs = [json.dumps(dict(r.trial.config), sort_keys=True) for r in results[: len(kept.results) + 2]]
    assert len(set(configs[len(kept.results) :]) & set(configs[: len(kept.results)])) == 0
