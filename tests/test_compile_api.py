"""The one compile entry point (``mlc.compile``/``mlc.build``): errors, the compile cache, defaults."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

import mlc
from mlc.compiler.errors import InputError, UnsupportedError

from conftest import DATA, run_tool

BOOL_INTERMEDIATE = DATA / "bool_intermediate.mlir"
EXP = """func.func @f(%x: tensor<8xf32>) -> tensor<8xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]} ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = math.exp %a : f32
    linalg.yield %s : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}
"""


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    path = tmp_path / "cache"
    monkeypatch.setenv("MLC_CACHE_DIR", str(path))
    return path


def test_a_bad_input_gives_the_same_error_through_the_api_and_the_cli(tmp_path):
    # The error is raised in a child process (cuda/host.py, at an op): it must arrive as the
    # same UnsupportedError, located, not as an internal compiler error.
    with pytest.raises(UnsupportedError) as info:
        mlc.build(str(BOOL_INTERMEDIATE), "cuda", fuse_elementwise=False, cache=False)
    message = str(info.value)
    assert f"{BOOL_INTERMEDIATE}:4:8: error: buffers of element type i1 are not supported" in message
    proc = run_tool("mlc-compile", str(BOOL_INTERMEDIATE), "--target", "cuda", "--no-fuse", "--no-cache")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == f"mlc-compile: {message}"


def test_a_second_identical_compile_is_served_from_the_cache(cache_dir, tmp_path):
    source = tmp_path / "exp.mlir"
    source.write_text(EXP)
    first = mlc.build(str(source), "cpu")
    second = mlc.build(str(source), "cpu")
    assert not first.cached and second.cached
    assert second.artifact.library == first.artifact.library
    assert second.artifact.manifest == first.artifact.manifest
    x = np.linspace(-1, 1, 8, dtype=np.float32)
    np.testing.assert_allclose(second.artifact.load()(x), np.exp(x), rtol=1e-6)
    assert not mlc.build(str(source), "cpu", cache=False).cached
    # another option, another input or another target is another entry
    assert not mlc.build(str(source), "cpu", opt_level=1).cached
    source.write_text(EXP.replace("math.exp", "math.tanh"))
    assert not mlc.build(str(source), "cpu").cached
    assert len(list(cache_dir.glob("*.json"))) == 3


def test_a_damaged_or_foreign_cache_entry_is_ignored_with_a_warning(cache_dir, tmp_path):
    source = tmp_path / "exp.mlir"
    source.write_text(EXP)
    mlc.build(str(source), "cpu")
    (record,) = cache_dir.glob("*.json")
    artifact = record.with_suffix(".mlc")
    artifact.write_bytes(artifact.read_bytes()[:-10] + b"0123456789")
    out = mlc.build(str(source), "cpu")
    assert not out.cached
    assert any("ignored the damaged compile cache entry" in n and "digest" in n for n in out.notes)
    assert mlc.build(str(source), "cpu").cached  # the recompile replaced the entry

    other = tmp_path / "other.mlir"
    other.write_text(EXP.replace("math.exp", "math.tanh"))
    mlc.build(str(other), "cpu")
    (other_record,) = set(cache_dir.glob("*.json")) - {record}
    shutil.copyfile(other_record, record)  # an entry written for another key
    out = mlc.build(str(source), "cpu")
    assert not out.cached and any("another key" in n for n in out.notes)
    x = np.linspace(-1, 1, 8, dtype=np.float32)
    np.testing.assert_allclose(out.artifact.load()(x), np.exp(x), rtol=1e-6)

    record.write_text("{not json")
    out = mlc.build(str(source), "cpu")
    assert not out.cached and any("ignored the damaged compile cache entry" in n for n in out.notes)
    assert json.loads(record.read_text())["key"] == record.stem


def test_the_cli_uses_the_cache_and_no_cache_bypasses_it(cache_dir, tmp_path):
    source = tmp_path / "exp.mlir"
    source.write_text(EXP)
    env = {"MLC_CACHE_DIR": str(cache_dir)}
    args = ["mlc-compile", str(source), "-v", "-o", str(tmp_path / "a.mlc")]
    first = run_tool(*args, env=env)
    assert first.returncode == 0 and "served from the compile cache" not in first.stderr
    assert "mlc-compile: stage llvm:" in first.stderr and "mlc-compile: stage build:" in first.stderr
    second = run_tool(*args, env=env)
    assert second.returncode == 0 and "served from the compile cache" in second.stderr
    third = run_tool(*args, "--no-cache", env=env)
    assert third.returncode == 0 and "served from the compile cache" not in third.stderr
    run = run_tool("mlc-run", str(tmp_path / "a.mlc"))
    assert run.returncode == 0 and "ran on cpu" in run.stdout


def test_one_default_target_and_one_set_of_option_names(tmp_path):
    assert "default: cpu" in run_tool("mlc-compile", "--help").stdout
    assert "default: cpu" in run_tool("mlc-run", "--help").stdout
    assert type(mlc.build(EXP).artifact).__name__ == "CpuArtifact"
    two = EXP + EXP.replace("@f", "@g")
    x = np.ones(8, dtype=np.float32)
    np.testing.assert_allclose(mlc.compile(two, function="g")(x), np.exp(x), rtol=1e-6)
    path = tmp_path / "two.mlir"
    path.write_text(two)
    assert run_tool("mlc-run", str(path), "--function", "g").returncode == 0
    old = run_tool("mlc-run", str(path), "--entry", "g")
    assert old.returncode == 0 and "--entry is deprecated, use --function" in old.stderr
    with pytest.raises(InputError, match="unknown compile option"):
        mlc.build(EXP, entry="g")
