"""CPU reference outputs of a model, computed from its bufferized IR with the ExecutionEngine.

The artifact can carry them (``mlc-compile --reference``), so that a run on a
GPU machine, which has no MLIR, can be checked against the CPU
(``python -m mlc.runtime.cli run out.mlc --check``).
"""

from __future__ import annotations

import numpy as np

from mlc.compiler.memref_exec import MemrefFunction
from mlc.compiler.optimizer import optimize
from mlc.runtime.artifact import TensorSpec, check_inputs
from mlc.runtime.dtypes import bits_dtype

OUT_PARAMS = (
    "builtin.module(buffer-results-to-out-params{modify-public-functions hoist-static-allocs},canonicalize)"
)
# The CPU lowering calls libm, which has no rsqrt and no f16 functions: expand and extend first.
CPU_MATH = "builtin.module(func.func(math-expand-ops{ops=rsqrt},math-extend-to-supported-types))"
CHECK_SEED = 1234


def reference_outputs(
    bufferized_ir: str, entry: str, inputs: list[np.ndarray], outputs: list[TensorSpec]
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Run ``@entry`` of the bufferized module on the CPU; results become out-parameters.

    Returns the outputs and the inputs as the function left them (kernels from C
    write their results into their arguments).
    """
    text = optimize(optimize(bufferized_ir, OUT_PARAMS, isolate=False), CPU_MATH, isolate=False)
    results = [np.zeros(o.shape, bits_dtype(o.dtype)) for o in outputs]
    args = [np.array(x, copy=True, order="C") for x in inputs]
    MemrefFunction(text, entry)(*args, *results)
    return results, args


def reference_data(
    bufferized_ir: str, entry: str, inputs: list[TensorSpec], outputs: list[TensorSpec], written: list[int]
) -> dict:
    """The arrays of ``reference.npz``: ``output<i>``, and ``inout<i>`` for each input written in place."""
    results, args = reference_outputs(bufferized_ir, entry, check_inputs(inputs, CHECK_SEED), outputs)
    return {f"output{i}": a for i, a in enumerate(results)} | {f"inout{i}": args[i] for i in written}
