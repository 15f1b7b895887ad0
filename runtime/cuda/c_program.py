"""Running an artifact compiled from C (``Manifest.c_abi``) on the GPU.

The arguments are the C function's: arrays (numpy arrays are uploaded and the
ones the kernels write are copied back; device arrays are used in place) and
numbers. ``c_args.bind`` checks them against what the compiler assumed, the
run-time sizes and grids are evaluated, and the launches whose grid is empty or
whose guard does not hold are skipped. Returns the C result (a 0-d array) as
the only output, or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from mlc.compiler.errors import InputError
from mlc.runtime.artifact import BUFFER_ALIGNMENT, LaunchSpec
from mlc.runtime.cuda.arrays import as_device_view, is_c_contiguous
from mlc.runtime.cuda.c_args import bind
from mlc.runtime.dtypes import numpy_dtype


def run_c(program, args: Sequence[Any], to_numpy: bool, stream: Any) -> tuple:
    """Run ``program`` (a ``runtime.Program`` of a C artifact) with the C arguments ``args``."""
    m = program.manifest
    device = program.device
    params = m.c_abi["params"]
    if len(args) != len(params):
        raise InputError(f"@{m.entry} takes {len(params)} arguments, got {len(args)}")
    handle = device.stream_handle(stream)
    keep: list[Any] = []
    arrays: dict[int, tuple[int, int, str]] = {}
    device_ptr: dict[int, int] = {}
    copy_back: list[tuple[np.ndarray, int, Any]] = []
    for i, (p, value) in enumerate(zip(params, args, strict=True)):
        if p["kind"] != "array":
            continue
        view = as_device_view(value, handle)
        if view is None:
            host = np.asarray(value)
            if host.ndim != 1 or not host.flags.c_contiguous:
                raise InputError(f"argument {i}: expected a contiguous 1-D array of {p['dtype']}")
            arrays[i] = (host.ctypes.data, host.size, host.dtype.name)
            memory = device.upload(host, stream)
            keep.append(memory)
            device_ptr[i] = device.pointer(memory)
            if p["written"]:
                copy_back.append((host, device_ptr[i], memory))
            continue
        itemsize = numpy_dtype(view.dtype).itemsize
        if len(view.shape) != 1 or not is_c_contiguous(view, itemsize):
            raise InputError(f"argument {i}: expected a contiguous 1-D device array of {p['dtype']}")
        if view.ptr % BUFFER_ALIGNMENT:
            raise InputError(
                f"argument {i}: the device pointer is not aligned to {BUFFER_ALIGNMENT} bytes "
                "(the kernels use 128-bit accesses)"
            )
        arrays[i] = (view.ptr, view.shape[0], view.dtype)
        device_ptr[i] = view.ptr
        keep.append(view.owner)
    values = bind(m, args, arrays)
    base: dict[int, int] = {}
    outputs = []
    for b in m.buffers:
        if b.kind == "input":
            base[b.id] = device_ptr[b.index or 0]
        else:
            memory = device.alloc(max(b.nbytes, 1))
            keep.append(memory)
            base[b.id] = device.pointer(memory)
            if b.kind == "output":
                outputs.append(device.array(base[b.id], b.dtype, b.shape, None, memory))
    for step in m.steps:
        if not isinstance(step, LaunchSpec) or (step.when is not None and not values[step.when]):
            continue
        dynamic = step.grid_exprs or (None, None, None)
        grid = tuple(values[d] if d is not None else g for g, d in zip(step.grid, dynamic, strict=True))
        if any(g <= 0 for g in grid):
            continue  # an empty iteration space
        if any(g > most for g, most in zip(grid, device.max_grid, strict=True)):
            raise InputError(
                f"kernel {step.kernel}: these sizes need a grid of {list(grid)} blocks, "
                f"more than the device allows ({list(device.max_grid)})"
            )
        kernel_args = [
            ("ptr", base[a.buffer] + a.byte_offset)
            if a.kind == "buffer"
            else (a.dtype or "int64", values[a.expr] if a.expr is not None else (a.value or 0))
            for a in step.args
        ]
        device.launch(program._kernels[step.kernel], grid, step.block, step.shared_bytes, kernel_args, stream)
    if copy_back:
        device.synchronize(stream)
        for host, ptr, memory in copy_back:
            array = device.array(ptr, host.dtype.name, host.shape, None, memory)
            np.copyto(host, device.to_numpy(array, stream).reshape(host.shape))
    result = tuple(device.to_numpy(a, stream) for a in outputs) if to_numpy else tuple(outputs)
    device.synchronize(stream)
    return result
