"""mlc-opt must print exactly what the bundled mlir-opt prints for upstream pipelines."""

from __future__ import annotations

import shlex

import pytest

from conftest import DATA, mlir_opt, run_tool

CASES = sorted((DATA / "upstream").glob("*.mlir"))


def _args(path) -> list[str]:
    first = path.read_text().splitlines()[0]
    assert first.startswith("// ARGS:"), f"{path.name} must start with an ARGS line"
    return shlex.split(first.removeprefix("// ARGS:"))


def test_there_are_a_dozen_cases():
    assert len(CASES) >= 12


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_output_equals_mlir_opt(path):
    args = _args(path)
    expected = mlir_opt(str(path), *args)
    got = run_tool("mlc-opt", str(path), *args)
    assert expected.returncode == 0, expected.stderr
    assert got.returncode == 0, got.stderr
    assert got.stdout == expected.stdout


def test_stdin_equals_mlir_opt():
    text = (DATA / "upstream" / "scf_to_cf.mlir").read_text()
    args = ["--convert-scf-to-cf", "--mlir-print-debuginfo"]
    assert run_tool("mlc-opt", *args, stdin=text).stdout == mlir_opt(*args, stdin=text).stdout


def test_single_dash_flags_like_mlir_opt():
    path = DATA / "upstream" / "split_multi.mlir"
    expected = mlir_opt(str(path), "-split-input-file", "-canonicalize")
    got = run_tool("mlc-opt", str(path), "-split-input-file", "-canonicalize")
    assert got.stdout == expected.stdout
