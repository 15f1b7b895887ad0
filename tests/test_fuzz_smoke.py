"""The mutation fuzzer's fixed-seed smoke run (a few dozen inputs), its outcome classes and the
inputs fuzzing found that once escaped as tracebacks or crashes."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from mlc.compiler.errors import InputError
from mlc.compiler.testing import fuzz
from mlc.runtime import read

DATA = Path(__file__).parent / "data" / "fuzz"
SMOKE = {"mlir": range(0, 10), "ll": range(0, 10), "onnx": range(0, 6)}


def test_outcome_classes():
    assert fuzz.classify(0, "") == ("ok", "")
    assert fuzz.classify(1, "x.mlir:3:4: error: expected ')'")[0] == "error"
    assert fuzz.classify(1, "Traceback (most recent call last):\n  ...\nKeyError: 'x'")[0] == "traceback"
    assert fuzz.classify(-11, "")[0] == "crash"
    assert fuzz.classify(1, "mlc-opt: internal compiler error: assertion failed")[0] == "crash"
    assert fuzz.classify(None, "")[0] == "hang"
    assert fuzz.classify(2, "usage: ...")[0] == "crash"


def test_mutations_are_reproducible_and_change_the_input():
    import numpy as np

    text = (fuzz.ROOT / "examples" / "kernels" / "O1" / "dot.ll").read_text()
    a = fuzz.mutate_text(text, np.random.default_rng(3))
    assert a == fuzz.mutate_text(text, np.random.default_rng(3))
    changed = sum(fuzz.mutate_text(text, np.random.default_rng(s))[0] != text for s in range(20))
    assert changed >= 15


@pytest.mark.parametrize("kind", fuzz.KINDS)
def test_fuzz_smoke(kind):
    with tempfile.TemporaryDirectory() as tmp:
        results = [fuzz.fuzz_one(kind, s, Path(tmp)) for s in SMOKE[kind]]
    bad = [r for r in results if r.outcome in ("traceback", "crash", "hang")]
    assert not bad, bad
    assert any(r.outcome == "error" for r in results)  # the mutations do break inputs


def test_damaged_archive_found_by_atheris_is_a_clean_error():
    """atheris (``benchmarks/fuzz_atheris.py artifact``): zipfile raised OSError (EINVAL) on
    this archive's directory, and the reader let it through as a traceback."""
    with pytest.raises(InputError, match="not a zip archive, or a damaged one"):
        read(DATA / "artifact-seek-einval.mlc")
