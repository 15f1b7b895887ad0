"""The mlc runtime: load a compiled artifact and run it, without MLIR.

It needs numpy (numba-cuda to run CUDA artifacts, created only with a GPU
program; ml_dtypes for bfloat16 and the narrow float types of CPU artifacts) and
never imports MLIR or torch-mlir, so it runs on machines that have no compiler
installed::

    from mlc.runtime import load
    program = load("model.mlc")        # a CUDA artifact: a Program on the current GPU
    (y,) = program(x)                  # x: numpy, torch or cupy; y: a numba device array
    (y,) = program(x, to_numpy=True)   # or a numpy array
    fn = load("model.cpu.mlc")         # a CPU artifact: its shared library, called with ctypes
    y = fn(x)                          # numpy in, numpy out

``artifact`` is the file format (the contract with the compiler, which writes
it), ``signature`` the calling convention, ``cuda`` and ``cpu`` run each kind,
``check`` compares with the reference an artifact carries, ``cli`` is the
command line (``python -m mlc.runtime.cli``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mlc.runtime.artifact import Artifact, read
from mlc.runtime.cpu.artifact import CpuArtifact
from mlc.runtime.cuda.program import Program

__all__ = ["Artifact", "CpuArtifact", "Program", "load", "read"]


def load(path: str | Path, device: Any = None) -> Any:
    """Load an artifact written by ``mlc-compile``: a CUDA one onto ``device`` (default: the current
    GPU) as a ``Program``, a CPU one as a ``NativeFunction`` (``device`` does not apply)."""
    artifact = read(path)
    if isinstance(artifact, CpuArtifact):
        return artifact.load(str(path))
    return Program(artifact, device)
