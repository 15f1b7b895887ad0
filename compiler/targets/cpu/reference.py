"""Reference outputs for a CPU artifact (``mlc-compile --target cpu --reference``).

The check inputs are ``mlc.runtime.artifact.check_inputs`` from ``CHECK_SEED``,
with every dynamic dimension of size 1. The reference comes from the model's own
framework where it can (onnxruntime for ``.onnx``, torch for ``.pt2``), else from
the JIT executor (the MLIR ExecutionEngine on the same llvm dialect: it checks
the native build, not the lowering). ``mlc-run --check`` runs the artifact on
the same inputs and compares.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from mlc.compiler.errors import UnsupportedError
from mlc.runtime.cpu.artifact import CpuArtifact, check_input_arrays

if TYPE_CHECKING:
    from mlc.compiler.targets.cpu import CpuProgram

CHECK_SEED = 1234


def jit_outputs(program: CpuProgram, inputs: list[np.ndarray]) -> list[np.ndarray]:
    """Outputs of ``program`` JIT-compiled by the ExecutionEngine (in this process)."""
    from mlc.compiler.targets.cpu import load

    result = load(program)(*inputs)
    return [np.asarray(r) for r in (result if isinstance(result, tuple) else (result,))]


def _framework_outputs(
    source: str | None, names: list[str], inputs: list[np.ndarray]
) -> list[np.ndarray] | None:
    if source is None or Path(source).suffix.lower() not in (".onnx", ".pt2") or not Path(source).is_file():
        return None
    from mlc.compiler.run_driver import reference_outputs

    try:
        return [np.asarray(o) for o in reference_outputs(source, dict(zip(names, inputs, strict=True)))]
    except UnsupportedError:
        return None


def add_reference(artifact: CpuArtifact, program: CpuProgram) -> None:
    """Store reference outputs for the check inputs in ``artifact``."""
    sig = program.signature
    shapes = {s.name: [1 if d is None else d for d in s.shape] for s in sig.inputs if s.shape is not None}
    manifest = replace(artifact.manifest, check={"seed": CHECK_SEED, "shapes": shapes})
    inputs = check_input_arrays(manifest)
    source = manifest.compiler.get("source")
    outputs = _framework_outputs(source, [s.name for s in sig.inputs], inputs)
    if outputs is not None:
        how = "onnxruntime" if str(source).lower().endswith(".onnx") else "torch"
    else:  # never after a torch-mlir import in this process: the boundary imports such models apart
        outputs, how = jit_outputs(program, inputs), "mlc jit"
    artifact.manifest = replace(manifest, check={**manifest.check, "reference": how})
    artifact.reference = {
        f"output{i}": _storable(np.asarray(o), spec.dtype)
        for i, (spec, o) in enumerate(zip(sig.outputs, outputs, strict=True))
    }


def _storable(arr: np.ndarray, dtype: str) -> np.ndarray:
    """``arr`` as ``reference.npz`` holds it: bfloat16 as its uint16 bits (npz has no bfloat16)."""
    return arr.view(np.uint16) if dtype == "bfloat16" else arr
