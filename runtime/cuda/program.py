"""``Program``: a loaded artifact, ready to run on a GPU.

Loading uploads the weights once, allocates the arena for intermediates once
and loads every kernel's PTX. A run binds the caller's inputs (device arrays in
place, host arrays uploaded), allocates the outputs (or uses the ones given),
launches the steps in order on one stream and returns the outputs.

Runs of one ``Program`` share its arena, so they are ordered on its stream; use
one ``Program`` per concurrent stream.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from mlc.compiler.errors import InputError, MlcError
from mlc.runtime.artifact import (
    BUFFER_ALIGNMENT,
    Artifact,
    CopySpec,
    LaunchSpec,
    Manifest,
    OutputSpec,
)
from mlc.runtime.cuda.arrays import DeviceView, as_device_view, contiguous_strides, is_c_contiguous
from mlc.runtime.cuda.device import Device, KernelArg
from mlc.runtime.dtypes import bits_dtype, itemsize


def _describe(dtype: str, shape: Sequence[int]) -> str:
    return f"{dtype}[{', '.join(str(d) for d in shape)}]"


class Program:
    """An artifact loaded on a device. Call it with the model inputs: ``outputs = program(x, y)``."""

    def __init__(self, artifact: Artifact, device: Device | None = None) -> None:
        target = artifact.manifest.target
        if target.get("kind") != "cuda":
            raise InputError(f"this artifact targets '{target.get('kind')}', not CUDA")
        if device is None:
            from mlc.runtime.cuda.device import NumbaDevice

            device = NumbaDevice()
        self.artifact = artifact
        self.manifest: Manifest = artifact.manifest
        self.device = device
        self.stream = device.new_stream()
        m = self.manifest
        self._weights = (
            device.upload(np.frombuffer(artifact.weights, np.uint8), self.stream) if m.weights_bytes else None
        )
        self._arena = device.alloc(m.plan.arena_bytes) if m.plan.arena_bytes else None
        self._kernels = {k.name: device.load_kernel(artifact.ptx[k.ptx], k.name) for k in m.kernels}
        self._inputs = {b.index: b for b in m.buffers if b.kind == "input"}
        self._fixed: dict[int, int] = {}
        for b in m.buffers:
            if b.kind == "weight" and b.offset is not None and self._weights is not None:
                self._fixed[b.id] = device.pointer(self._weights) + b.offset
            elif b.kind == "intermediate" and b.offset is not None and self._arena is not None:
                self._fixed[b.id] = device.pointer(self._arena) + b.offset
        device.synchronize(self.stream)

    @property
    def inputs(self):
        return self.manifest.inputs

    @property
    def outputs(self):
        return self.manifest.outputs

    def __call__(self, *inputs: Any, **kw: Any) -> tuple:
        return self.run(*inputs, **kw)

    def run(
        self,
        *inputs: Any,
        outputs: Sequence[Any] | None = None,
        to_numpy: bool = False,
        stream: Any = None,
        sync: bool = True,
    ) -> tuple:
        """Run the model.

        ``inputs``: numpy, torch or cupy arrays (device arrays are used in place).
        ``outputs``: optional device arrays to write the results into (C-contiguous,
        matching dtype and shape). Inputs the model writes in place (kernels from C)
        are updated: device arrays directly, host arrays by a copy back. Returns device
        arrays (numba), or numpy arrays with ``to_numpy``. ``sync=False`` returns
        without waiting for the GPU.
        """
        stream = self.stream if stream is None else stream
        m = self.manifest
        if m.c_abi is not None:  # compiled from C: the arguments are the C function's
            from mlc.runtime.cuda.c_program import run_c

            return run_c(self, inputs, to_numpy, stream)
        if len(inputs) != len(m.inputs):
            raise InputError(f"the model takes {len(m.inputs)} inputs, got {len(inputs)}")
        keep: list[Any] = []
        base = dict(self._fixed)
        handle = self.device.stream_handle(stream)
        copy_back: list[tuple[np.ndarray, int, Any]] = []
        for i, (value, spec) in enumerate(zip(inputs, m.inputs, strict=True)):
            buffer = self._inputs[i]
            base[buffer.id], host = self._bind_input(i, value, spec, handle, stream, keep)
            if buffer.written and host is not None:
                copy_back.append((host, base[buffer.id], keep[-1]))
        out_arrays = self._bind_outputs(outputs, base, keep)
        for step in m.steps:
            if isinstance(step, LaunchSpec):
                self.device.launch(
                    self._kernels[step.kernel],
                    step.grid,
                    step.block,
                    step.shared_bytes,
                    self._args(step, base),
                    stream,
                )
            elif isinstance(step, CopySpec):
                self.device.copy(base[step.dst], base[step.src], step.nbytes, stream)
        if copy_back:  # host inputs the model writes in place get the results
            self.device.synchronize(stream)
            for host, ptr, memory in copy_back:
                device_array = self.device.array(ptr, host.dtype.name, host.shape, None, memory)
                np.copyto(host, self.device.to_numpy(device_array, stream).reshape(host.shape))
                self.device.synchronize(stream)
        result = tuple(self.device.to_numpy(a, stream) for a in out_arrays) if to_numpy else tuple(out_arrays)
        if sync or to_numpy:
            self.device.synchronize(stream)
        return result

    def _bind_input(
        self, i: int, value: Any, spec, handle: int, stream: Any, keep: list
    ) -> tuple[int, np.ndarray | None]:
        """The device address of input ``i``, and the host array when it had to be uploaded."""
        name = f"input {i} ({spec.name})"
        want = _describe(spec.dtype, spec.shape)
        view = as_device_view(value, handle)
        if view is None:
            host = np.asarray(value)
            got = "bfloat16" if spec.dtype == "bfloat16" and host.dtype == np.uint16 else host.dtype.name
            if got != spec.dtype or tuple(host.shape) != tuple(spec.shape):
                raise InputError(f"{name}: expected {want}, got {_describe(got, host.shape)}")
            memory = self.device.upload(host.view(bits_dtype(spec.dtype)), stream)
            keep.append(memory)
            return self.device.pointer(memory), host
        self._check_view(name, view, spec.dtype, spec.shape)
        if view.stream not in (None, 0) and view.stream != handle:
            self.device.wait_for(int(view.stream), stream)
        keep.append(view.owner)
        return view.ptr, None

    @staticmethod
    def _check_view(name: str, view: DeviceView, dtype: str, shape: Sequence[int]) -> None:
        want = _describe(dtype, shape)
        got = "bfloat16" if dtype == "bfloat16" and view.dtype == "uint16" else view.dtype
        if got != dtype or tuple(view.shape) != tuple(shape):
            raise InputError(f"{name}: expected {want}, got {_describe(view.dtype, view.shape)}")
        size = itemsize(dtype)
        if not is_c_contiguous(view, size):
            raise InputError(
                f"{name}: the device array is not C-contiguous (strides {view.strides})",
                hint="pass a contiguous array, e.g. tensor.contiguous()",
            )
        if view.ptr % BUFFER_ALIGNMENT:
            raise InputError(
                f"{name}: the device pointer is not aligned to {BUFFER_ALIGNMENT} bytes "
                "(mlc's kernels use 128-bit accesses)",
                hint="pass an array that starts its own allocation, e.g. tensor.clone()",
            )

    def _bind_outputs(self, given: Sequence[Any] | None, base: dict[int, int], keep: list) -> list[Any]:
        m = self.manifest
        if given is not None and len(given) != len(m.outputs):
            raise InputError(f"the model has {len(m.outputs)} outputs, got {len(given)} output arrays")
        arrays = []
        for i, spec in enumerate(m.outputs):
            root = m.buffer(spec.buffer)
            if given is None:
                memory = self.device.alloc(root.nbytes)
                base[root.id] = self.device.pointer(memory)
                arrays.append(self._view(memory, spec, base[root.id]))
                continue
            view = as_device_view(given[i], None)
            if view is None:
                raise InputError(f"output {i}: output arrays must be device arrays")
            self._check_view(f"output {i}", view, spec.dtype, spec.shape)
            whole = spec.offset == 0 and math.prod(spec.shape) * itemsize(spec.dtype) == root.nbytes
            if not whole:
                raise InputError(f"output {i} is a view into a larger buffer; let the program allocate it")
            base[root.id] = view.ptr
            keep.append(view.owner)
            arrays.append(given[i])
        return arrays

    def _view(self, memory: Any, spec: OutputSpec, ptr: int) -> Any:
        size = itemsize(spec.dtype)
        strides = tuple(s * size for s in spec.strides)
        if strides == contiguous_strides(spec.shape, size):
            strides = None
        return self.device.array(ptr + spec.offset * size, spec.dtype, spec.shape, strides, memory)

    def _args(self, step: LaunchSpec, base: dict[int, int]) -> list[KernelArg]:
        args: list[KernelArg] = []
        for a in step.args:
            if a.kind == "buffer":
                if a.buffer not in base:
                    raise MlcError(
                        f"kernel {step.kernel}: buffer {a.buffer} has no memory (corrupt artifact?)"
                    )
                args.append(("ptr", base[a.buffer] + a.byte_offset))
            elif a.kind == "tensormap" and a.tensor_map is not None:
                if a.buffer not in base:
                    raise MlcError(
                        f"kernel {step.kernel}: buffer {a.buffer} has no memory (corrupt artifact?)"
                    )
                args.append(("ptr", self.device.tensor_map(a.tensor_map, base[a.buffer] + a.byte_offset)))
            else:
                args.append((a.dtype or "int64", a.value if a.value is not None else 0))
        return args
