"""The mlc runtime: load an artifact and run it on a GPU with numba-cuda.

It imports numpy only (numba when a GPU program is created) and never MLIR, so
it runs on machines that have no compiler installed::

    from mlc.compiler.runtime import load
    program = load("model.mlc")
    (y,) = program(x)                  # x: numpy, torch or cupy; y: a numba device array
    (y,) = program(x, to_numpy=True)   # or a numpy array
"""

from mlc.compiler.artifact import Artifact
from mlc.compiler.runtime.program import Program, load

__all__ = ["Artifact", "Program", "load"]
