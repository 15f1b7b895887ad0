"""A CUDA artifact as a callable on numpy arrays: on the GPU, or replayed on the CPU.

``CudaExecutable`` gives CUDA artifacts the executable interface of the target
protocol (``signature``, ``input_names``, ``output_names``, call with arrays):
inputs are checked against the manifest, then run by the runtime's ``Program``
(numba-cuda, no MLIR) or, with ``emulate=True``, by
``mlc.compiler.targets.cuda.emulate`` from the ``map``-stage IR the artifact
carries (``mlc-compile --emulation``; needs MLIR, no GPU).

An artifact compiled from C (``manifest.c_abi``) takes the C function's
arguments (numbers as 0-d arrays or Python scalars, arrays as 1-D arrays of any
length); its outputs are the arrays the function writes, then its C result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from mlc.compiler import isolation
from mlc.compiler.errors import InputError, MlcError
from mlc.runtime.artifact import Artifact
from mlc.runtime.dtypes import numpy_dtype
from mlc.runtime.signature import Signature, ValueSpec, bind_inputs


def _spec(t: Any) -> ValueSpec:
    return ValueSpec(t.name, t.dtype, tuple(None if d < 0 else d for d in t.shape))


def signature_of(artifact: Artifact) -> Signature:
    """The artifact's inputs and outputs (dynamic dimensions as ``None``)."""
    m = artifact.manifest
    outputs = tuple(_spec(t) for t in m.outputs)
    if m.c_abi is not None:
        written = tuple(_spec(m.inputs[i]) for i in _written_params(artifact))
        outputs = written + outputs
    return Signature(m.entry, tuple(_spec(t) for t in m.inputs), outputs)


def _written_params(artifact: Artifact) -> list[int]:
    return [i for i, p in enumerate(artifact.manifest.c_abi["params"]) if p.get("written")]


def _c_emulator(artifact: Artifact) -> Callable[[list[np.ndarray]], list[np.ndarray]]:
    from mlc.compiler.targets.cuda.emulate import emulate_c

    map_ir = _map_ir(artifact)
    written = _written_params(artifact)

    def run(args: list) -> list[np.ndarray]:
        after, outputs = emulate_c(artifact, map_ir, args)
        return [after[i] for i in written] + list(outputs)

    return run


def _c_device(artifact: Artifact) -> Callable[[list[np.ndarray]], list[np.ndarray]]:
    program = _program(artifact)
    written = _written_params(artifact)

    def run(args: list) -> list[np.ndarray]:
        outputs = program(*args, to_numpy=True)
        return [args[i] for i in written] + list(outputs)

    return run


def _map_ir(artifact: Artifact) -> str:
    if artifact.map_ir is None:
        raise InputError(
            "this CUDA artifact carries no map-stage IR to emulate",
            hint="compile it with mlc-compile --target cuda --emulation",
        )
    return artifact.map_ir


def _emulator(artifact: Artifact) -> Callable[[list[np.ndarray]], list[np.ndarray]]:
    from mlc.compiler.targets.cuda.emulate import Emulator, emulate

    map_ir = _map_ir(artifact)
    if isolation.torch_mlir_loaded():  # its LLVM breaks the JIT in this process
        return lambda xs: emulate(artifact, map_ir, xs)
    return Emulator(artifact, map_ir).run


def _program(artifact: Artifact) -> Any:
    from mlc.runtime.cuda.program import Program

    try:
        return Program(artifact)
    except MlcError as e:
        e.hint = e.hint or "without a GPU, mlc-run --emulate (or emulate=True) runs it on the CPU"
        raise


def _device(artifact: Artifact) -> Callable[[list[np.ndarray]], list[np.ndarray]]:
    program = _program(artifact)
    return lambda xs: list(program(*xs, to_numpy=True))


class CudaExecutable:
    """``fn(*arrays)`` or ``fn(name=array)``: the outputs as numpy arrays (one, or a tuple)."""

    def __init__(self, artifact: Artifact, emulate: bool = False) -> None:
        self.artifact = artifact
        self.signature = signature_of(artifact)
        self.emulated = emulate
        if artifact.manifest.c_abi is not None:
            self._run = _c_emulator(artifact) if emulate else _c_device(artifact)
        else:
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
        if self.artifact.manifest.c_abi is not None:
            return self._call_c(args, kwargs)
        arrays = [
            a.view(np.uint16) if s.dtype == "bfloat16" else a
            for s, a in zip(self.signature.inputs, bind_inputs(self.signature, args, kwargs), strict=True)
        ]
        outs = [
            np.asarray(o).view(numpy_dtype("bfloat16")) if s.dtype == "bfloat16" else np.asarray(o)
            for s, o in zip(self.signature.outputs, self.run_arrays(arrays), strict=True)
        ]
        return outs[0] if len(outs) == 1 else tuple(outs)

    def _call_c(self, args: tuple, kwargs: dict) -> Any:
        """Call a function compiled from C: arrays are updated in place, as natively."""
        if kwargs:
            names = self.input_names
            unknown = sorted(set(kwargs) - set(names))
            if unknown:
                raise InputError(f"@{self.signature.entry}: unknown argument {unknown[0]!r}")
            args = (*args, *(kwargs[n] for n in names[len(args) :] if n in kwargs))
        values = [
            a.item() if isinstance(a, np.ndarray) and a.ndim == 0 and s.shape == () else a
            for s, a in zip(self.signature.inputs, args, strict=False)
        ]
        outs = self._run(values)
        return outs[0] if len(outs) == 1 else tuple(outs)
