"""Reading caller arrays without copies: ``__cuda_array_interface__``, DLPack, or host memory.

A device array (numba, cupy, torch on CUDA, anything exporting the CUDA array
interface or a CUDA DLPack capsule) is used in place: only its pointer, shape,
dtype and strides are read. Anything else is taken as host memory with
``numpy.asarray`` and uploaded by the program.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any

import numpy as np

from mlc.compiler.errors import InputError

_DL_CUDA, _DL_CUDA_MANAGED, _DL_CPU = 2, 13, 1
_DL_CODES = {0: "int", 1: "uint", 2: "float", 4: "bfloat", 6: "bool"}


@dataclass
class DeviceView:
    """A caller's device array: address, shape, numpy-style dtype name, byte strides (None: C order)."""

    ptr: int
    shape: tuple[int, ...]
    dtype: str
    strides: tuple[int, ...] | None
    stream: int | None = None  # CUDA array interface: the stream the producer used
    owner: Any = None  # keeps the exporter (or the DLPack capsule) alive


def _typestr_dtype(typestr: str) -> str:
    if typestr in ("<V2", "|V2"):
        return "bfloat16"
    return np.dtype(typestr).name


def from_cuda_array_interface(obj: Any) -> DeviceView:
    cai = obj.__cuda_array_interface__
    if cai.get("mask") is not None:
        raise InputError("masked device arrays are not supported")
    strides = cai.get("strides")
    return DeviceView(
        int(cai["data"][0]),
        tuple(int(d) for d in cai["shape"]),
        _typestr_dtype(cai["typestr"]),
        tuple(int(s) for s in strides) if strides is not None else None,
        cai.get("stream"),
        obj,
    )


class _DLDevice(ctypes.Structure):
    _fields_ = (("device_type", ctypes.c_int32), ("device_id", ctypes.c_int32))


class _DLDataType(ctypes.Structure):
    _fields_ = (("code", ctypes.c_uint8), ("bits", ctypes.c_uint8), ("lanes", ctypes.c_uint16))


class _DLTensor(ctypes.Structure):
    _fields_ = (
        ("data", ctypes.c_void_p),
        ("device", _DLDevice),
        ("ndim", ctypes.c_int32),
        ("dtype", _DLDataType),
        ("shape", ctypes.POINTER(ctypes.c_int64)),
        ("strides", ctypes.POINTER(ctypes.c_int64)),
        ("byte_offset", ctypes.c_uint64),
    )


def dlpack_device_type(obj: Any) -> int | None:
    """The DLPack device type of ``obj`` (2 is CUDA), or None if it does not speak DLPack."""
    if not hasattr(obj, "__dlpack__") or not hasattr(obj, "__dlpack_device__"):
        return None
    return int(obj.__dlpack_device__()[0])


def from_dlpack(obj: Any, stream: int | None) -> DeviceView:
    """Read a CUDA DLPack capsule in place (the capsule stays alive in ``owner``)."""
    capsule = obj.__dlpack__(stream=stream) if stream is not None else obj.__dlpack__()
    get = ctypes.pythonapi.PyCapsule_GetPointer
    get.restype, get.argtypes = ctypes.c_void_p, [ctypes.py_object, ctypes.c_char_p]
    tensor = _DLTensor.from_address(get(capsule, b"dltensor"))
    dt = tensor.dtype
    if dt.lanes != 1 or dt.code not in _DL_CODES:
        raise InputError(f"DLPack dtype code {dt.code} with {dt.lanes} lanes is not supported")
    kind = _DL_CODES[dt.code]
    dtype = "bool" if kind == "bool" else f"{kind}{dt.bits}"
    shape = tuple(tensor.shape[i] for i in range(tensor.ndim))
    elem = max(dt.bits // 8, 1)
    strides = tuple(tensor.strides[i] * elem for i in range(tensor.ndim)) if tensor.strides else None
    return DeviceView(
        int(tensor.data or 0) + int(tensor.byte_offset), shape, dtype, strides, None, (obj, capsule)
    )


def contiguous_strides(shape: tuple[int, ...], itemsize: int) -> tuple[int, ...]:
    out, run = [], itemsize
    for d in reversed(shape):
        out.append(run)
        run *= max(d, 1)
    return tuple(reversed(out))


def is_c_contiguous(view: DeviceView, itemsize: int) -> bool:
    if view.strides is None:
        return True
    want = contiguous_strides(view.shape, itemsize)
    return all(s == w or d == 1 for s, w, d in zip(view.strides, want, view.shape, strict=True))


def as_device_view(obj: Any, stream: int | None) -> DeviceView | None:
    """A zero-copy view of a device array, or None if ``obj`` lives in host memory."""
    if hasattr(obj, "__cuda_array_interface__"):
        return from_cuda_array_interface(obj)
    device = dlpack_device_type(obj)
    if device in (_DL_CUDA, _DL_CUDA_MANAGED):
        return from_dlpack(obj, stream)
    return None
