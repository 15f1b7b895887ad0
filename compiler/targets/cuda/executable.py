"""A CUDA artifact as a callable on numpy arrays: on the GPU, or replayed on the CPU.

``CudaExecutable`` gives CUDA artifacts the executable interface of the target
protocol (``signature``, ``input_names``, ``output_names``, call with arrays):
inputs are checked against the manifest, then run by the runtime's ``Program``
(numba-cuda, no MLIR) or, with ``emulate=True``, by
``mlc.compiler.targets.cuda.emulate`` from the ``map``-stage IR the artifact
carries (``mlc-compile --emulation``; needs MLIR, no GPU).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import numpy as np

from mlc.compiler.artifact import Artifact
from mlc.compiler.errors import InputError, MlcError
from mlc.compiler.targets.cpu.signature import Signature, ValueSpec, bind_inputs, numpy_dtype


def signature_of(artifact: Artifact) -> Signature:
    m = artifact.manifest
    return Signature(
        m.entry,
        tuple(ValueSpec(t.name, t.dtype, tuple(t.shape)) for t in m.inputs),
        tuple(ValueSpec(t.name, t.dtype, tuple(t.shape)) for t in m.outputs),
    )


def _emulator(artifact: Artifact) -> Callable[[list[np.ndarray]], list[np.ndarray]]:
    from mlc.compiler.targets.cuda.emulate import Emulator, emulate

    if artifact.map_ir is None:
        raise InputError(
            "this CUDA artifact carries no map-stage IR to emulate",
            hint="compile it with mlc-compile --target cuda --emulation",
        )
    map_ir = artifact.map_ir
    if "torch_mlir" in sys.modules:  # its LLVM breaks the JIT in this process
        return lambda xs: emulate(artifact, map_ir, xs)
    return Emulator(artifact, map_ir).run


def _device(artifact: Artifact) -> Callable[[list[np.ndarray]], list[np.ndarray]]:
    from mlc.compiler.runtime.program import Program

    try:
        program = Program(artifact)
    except MlcError as e:
        e.hint = e.hint or "without a GPU, mlc-run --emulate (or emulate=True) runs it on the CPU"
        raise
    return lambda xs: list(program(*xs, to_numpy=True))


class CudaExecutable:
    """``fn(*arrays)`` or ``fn(name=array)``: the outputs as numpy arrays (one, or a tuple)."""

    def __init__(self, artifact: Artifact, emulate: bool = False) -> None:
        self.artifact = artifact
        self.signature = signature_of(artifact)
        self.emulated = emulate
        self._run = _emulator(artifact) if emulate else _device(artifact)

    @property
    def input_names(self) -> list[str]:
        return [s.name for s in self.signature.inputs]

    @property
    def output_names(self) -> list[str]:
        return [s.name for s in self.signature.outputs]

    def run_arrays(self, arrays: list[np.ndarray]) -> list[np.ndarray]:
        """Run on arrays as the manifest holds them (bfloat16 as uint16 bits), unchecked."""
        return self._run(arrays)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        arrays = [
            a.view(np.uint16) if s.dtype == "bfloat16" else a
            for s, a in zip(self.signature.inputs, bind_inputs(self.signature, args, kwargs), strict=True)
        ]
        outs = [
            np.asarray(o).view(numpy_dtype("bfloat16")) if s.dtype == "bfloat16" else np.asarray(o)
            for s, o in zip(self.signature.outputs, self.run_arrays(arrays), strict=True)
        ]
        return outs[0] if len(outs) == 1 else tuple(outs)
