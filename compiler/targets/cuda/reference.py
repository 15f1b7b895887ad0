"""CPU reference outputs of a model, computed from its bufferized IR with the ExecutionEngine.

The artifact can carry them (``mlc-compile --reference``), so that a run on a
GPU machine, which has no MLIR, can be checked against the CPU
(``python -m mlc.compiler.runtime.cli run out.mlc --check``).
"""

from __future__ import annotations

import numpy as np

from mlc.compiler.artifact import TensorSpec, check_inputs, numpy_dtype
from mlc.compiler.memref_exec import MemrefFunction
from mlc.compiler.optimizer import optimize

OUT_PARAMS = (
    "builtin.module(buffer-results-to-out-params{modify-public-functions hoist-static-allocs},canonicalize)"
)
# The CPU lowering calls libm, which has no rsqrt and no f16 functions: expand and extend first.
CPU_MATH = "builtin.module(func.func(math-expand-ops{ops=rsqrt},math-extend-to-supported-types))"
CHECK_SEED = 1234


def reference_outputs(
    bufferized_ir: str, entry: str, inputs: list[np.ndarray], outputs: list[TensorSpec]
) -> list[np.ndarray]:
    """Run ``@entry`` of the bufferized module on the CPU; results become out-parameters."""
    text = optimize(optimize(bufferized_ir, OUT_PARAMS, isolate=False), CPU_MATH, isolate=False)
    results = [np.zeros(o.shape, numpy_dtype(o.dtype)) for o in outputs]
    MemrefFunction(text, entry)(*[np.ascontiguousarray(x) for x in inputs], *results)
    return results


def reference_data(
    bufferized_ir: str, entry: str, inputs: list[TensorSpec], outputs: list[TensorSpec]
) -> dict:
    """The check record for the manifest and the reference arrays for ``reference.npz``."""
    arrays = reference_outputs(bufferized_ir, entry, check_inputs(inputs, CHECK_SEED), outputs)
    return {f"output{i}": a for i, a in enumerate(arrays)}
