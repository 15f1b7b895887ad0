"""Shared fixtures of the CUDA tests: models compiled once per session (in a child process)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from mlc.compiler.compile_api import build
from mlc.compiler.targets import CompileOutput

CUDA_DATA = Path(__file__).parent / "data" / "cuda"
_CACHE: dict[str, CompileOutput] = {}


def compiled(name: str) -> CompileOutput:
    """``tests/data/cuda/<name>.mlir`` compiled with a CPU reference, keeping the ``map`` stage's IR."""
    if name not in _CACHE:
        _CACHE[name] = build(str(CUDA_DATA / f"{name}.mlir"), "cuda", reference=True, keep_stages=("map",))
    return _CACHE[name]


def torch_reference(name: str) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Inputs and PyTorch's outputs saved by ``tests/data/cuda/generate.py``."""
    data = np.load(CUDA_DATA / f"{name}.npz")
    count = lambda prefix: sum(k.startswith(prefix) for k in data.files)  # noqa: E731
    return [data[f"input{i}"] for i in range(count("input"))], [
        data[f"output{i}"] for i in range(count("output"))
    ]


@pytest.fixture(scope="session")
def cnn() -> CompileOutput:
    return compiled("cnn")


def f32_sum_atol(k: int) -> float:
    """Tolerance of an f32 accumulation of ``k`` products of values in [-1, 1) against float64:
    rounding differences (and those between summation orders) grow like sqrt(k)."""
    return 1e-4 * max(1.0, (k / 64) ** 0.5)
