"""Comparing outputs against the CPU reference stored in an artifact."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlc.compiler.errors import InputError
from mlc.runtime.artifact import Artifact, check_inputs
from mlc.runtime.dtypes import bits_dtype

# (rtol, atol as a fraction of the largest reference magnitude) per dtype family.
TOLERANCES = {
    "float16": (1e-2, 1e-2),
    "bfloat16": (2e-2, 2e-2),
    "float32": (1e-3, 1e-4),
    "float64": (1e-9, 1e-12),
}


@dataclass(frozen=True)
class Comparison:
    name: str
    ok: bool
    max_abs_error: float
    max_rel_error: float
    shape: tuple[int, ...]

    def __str__(self) -> str:
        verdict = "ok" if self.ok else "MISMATCH"
        return (
            f"{self.name}: {verdict} (max abs error {self.max_abs_error:.3g}, "
            f"max rel error {self.max_rel_error:.3g}, shape {list(self.shape)})"
        )


def _as_float(a: np.ndarray, dtype: str) -> np.ndarray:
    if dtype == "bfloat16":  # as its bits (manifests, npz) or as ml_dtypes.bfloat16 (the Python API)
        return (a.view(bits_dtype(dtype)).astype(np.uint32) << 16).view(np.float32).astype(np.float64)
    return a.astype(np.float64)


def compare(name: str, got: np.ndarray, want: np.ndarray, dtype: str) -> Comparison:
    """Elementwise closeness with the tolerance of ``dtype`` (exact for integers)."""
    if got.shape != want.shape:
        return Comparison(name, False, float("inf"), float("inf"), tuple(got.shape))
    g, w = _as_float(np.asarray(got), dtype), _as_float(np.asarray(want), dtype)
    diff = np.abs(g - w)
    max_abs = float(diff.max()) if diff.size else 0.0
    max_rel = float((diff / np.maximum(np.abs(w), 1e-30)).max()) if diff.size else 0.0
    if dtype not in TOLERANCES:
        return Comparison(name, max_abs == 0.0, max_abs, max_rel, tuple(got.shape))
    rtol, atol = TOLERANCES[dtype]
    scale = max(float(np.abs(w).max()) if w.size else 0.0, 1.0)
    ok = bool(np.all(diff <= atol * scale + rtol * np.abs(w))) and bool(
        np.all(np.isfinite(g) == np.isfinite(w))
    )
    return Comparison(name, ok, max_abs, max_rel, tuple(got.shape))


def check_run(artifact: Artifact, run) -> list[Comparison]:
    """Run ``run(inputs) -> numpy outputs`` on the check inputs and compare with the stored reference.

    Inputs the model writes in place (``inout<i>`` in the reference) are compared too.
    """
    m = artifact.manifest
    if artifact.reference is None or m.check is None:
        raise InputError(
            "the artifact carries no CPU reference", hint="compile it with mlc-compile --reference"
        )
    inputs = check_inputs(m.inputs, int(m.check["seed"]))
    outputs = run(inputs)
    results = [
        compare(spec.name, np.asarray(got), artifact.reference[f"output{i}"], spec.dtype)
        for i, (spec, got) in enumerate(zip(m.outputs, outputs, strict=True))
    ]
    for i, spec in enumerate(m.inputs):
        if f"inout{i}" in artifact.reference:
            results.append(
                compare(f"{spec.name} (in place)", inputs[i], artifact.reference[f"inout{i}"], spec.dtype)
            )
    return results
