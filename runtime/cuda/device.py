"""The device layer of the runtime: memory, PTX modules, launches and copies through numba-cuda.

``Program`` talks to a ``Device``; ``NumbaDevice`` is the real one. Launches go
through ``numba.cuda.cudadrv.driver.launch_kernel`` where that exists (older
numba-cuda) and through ``cuda.core``'s ``launch`` otherwise (numba-cuda 0.2x and
later launch their own kernels that way). numba is imported only when a
device is created, so reading artifacts needs numpy alone.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import numpy as np

from mlc.compiler.errors import MlcError
from mlc.runtime.cuda.tensor_map import DEFAULT_DYNAMIC_SHARED, Driver

# Kernel parameter: ("ptr", address) or (numpy dtype name, value).
KernelArg = tuple[str, int | float]

_CTYPES: dict[str, Callable[[Any], Any]] = {
    "ptr": ctypes.c_void_p,
    "int8": ctypes.c_int8,
    "int16": ctypes.c_int16,
    "int32": ctypes.c_int32,
    "int64": ctypes.c_int64,
    "uint8": ctypes.c_uint8,
    "uint16": ctypes.c_uint16,
    "uint32": ctypes.c_uint32,
    "uint64": ctypes.c_uint64,
    "float32": ctypes.c_float,
    "float64": ctypes.c_double,
    "float16": lambda v: ctypes.c_uint16(int(np.float16(v).view(np.uint16))),
    "bfloat16": lambda v: ctypes.c_uint16(int(np.float32(v).view(np.uint32)) >> 16),
}


def to_ctypes(args: Sequence[KernelArg]) -> list:
    """Kernel parameters as ctypes values, in order."""
    return [_CTYPES[kind](value) for kind, value in args]


class Device(Protocol):
    """What ``Program`` needs from a GPU (or from a stand-in in tests)."""

    def alloc(self, nbytes: int) -> Any: ...
    def pointer(self, memory: Any) -> int: ...
    def upload(self, data: np.ndarray, stream: Any) -> Any: ...
    def load_kernel(self, ptx: str, name: str) -> Any: ...
    def launch(
        self, kernel: Any, grid, block, shared_bytes: int, args: Sequence[KernelArg], stream: Any
    ) -> None: ...
    def copy(self, dst: int, src: int, nbytes: int, stream: Any) -> None: ...
    def tensor_map(self, desc: dict[str, Any], address: int) -> int: ...
    def array(self, ptr: int, dtype: str, shape, strides, owner: Any) -> Any: ...
    def to_numpy(self, array: Any, stream: Any) -> np.ndarray: ...
    def new_stream(self) -> Any: ...
    def wait_for(self, producer_stream: int, stream: Any) -> None: ...
    def stream_handle(self, stream: Any) -> int: ...
    def synchronize(self, stream: Any) -> None: ...

    @property
    def max_grid(self) -> tuple[int, int, int]:
        """The most blocks a launch may have along x, y and z."""
        ...


def _handle(handle: Any) -> int:
    """A driver handle (ctypes or cuda-python object) as an integer."""
    return int(getattr(handle, "value", None) or int(handle))


def launcher() -> Callable:
    """``launch(fn, grid, block, shared_bytes, stream, ctypes_args)`` with whichever API this
    numba-cuda has: ``driver.launch_kernel``, or cuda.core's ``launch``."""
    from numba.cuda.cudadrv import driver

    if hasattr(driver, "launch_kernel"):

        def classic(fn, grid, block, shared, stream, args):
            driver.launch_kernel(fn.handle, *grid, *block, shared, stream.handle, args)

        return classic
    try:
        from cuda.core import LaunchConfig, launch
    except ImportError:
        from cuda.core.experimental import LaunchConfig, launch

    def core(fn, grid, block, shared, stream, args):
        launch(
            stream, LaunchConfig(grid=tuple(grid), block=tuple(block), shmem_size=shared), fn.kernel, *args
        )

    return core


class NumbaDevice:
    """The current CUDA device, through numba-cuda."""

    def __init__(self) -> None:
        try:
            from numba import cuda
        except ImportError as e:
            raise MlcError("the mlc runtime needs numba-cuda: pip install numba-cuda") from e
        if not cuda.is_available():
            raise MlcError("no CUDA GPU is available (numba.cuda.is_available() is False)")
        self.cuda = cuda
        self.context = cuda.current_context()
        self._launch = launcher()
        gpu = cuda.get_current_device()
        self._max_grid = (gpu.MAX_GRID_DIM_X, gpu.MAX_GRID_DIM_Y, gpu.MAX_GRID_DIM_Z)
        self._driver: Any = None  # tensor_map.Driver, made when a kernel first needs it
        self._maps: dict[tuple, Any] = {}  # (address, map) -> its device copy
        self._shared_limits: dict[int, int] = {}  # function handle -> dynamic shared limit set

    @property
    def max_grid(self) -> tuple[int, int, int]:
        return self._max_grid

    def alloc(self, nbytes: int) -> Any:
        return self.cuda.device_array(max(nbytes, 1), dtype=np.uint8)

    def pointer(self, memory: Any) -> int:
        return int(memory.__cuda_array_interface__["data"][0])

    def upload(self, data: np.ndarray, stream: Any) -> Any:
        return self.cuda.to_device(np.ascontiguousarray(data), stream=stream)

    def load_kernel(self, ptx: str, name: str) -> Any:
        module = self.context.create_module_ptx(ptx)
        return module.get_function(name), module

    def launch(
        self, kernel: Any, grid, block, shared_bytes: int, args: Sequence[KernelArg], stream: Any
    ) -> None:
        fn = kernel[0]
        if shared_bytes > DEFAULT_DYNAMIC_SHARED:
            handle = _handle(fn.handle)
            if self._shared_limits.get(handle, 0) < shared_bytes:
                self.driver.allow_dynamic_shared(handle, shared_bytes)
                self._shared_limits[handle] = shared_bytes
        self._launch(fn, grid, block, shared_bytes, stream, to_ctypes(args))

    @property
    def driver(self) -> Driver:
        if self._driver is None:
            self._driver = Driver()
        return self._driver

    def tensor_map(self, desc: dict[str, Any], address: int) -> int:
        """The device address of the tensor map ``desc`` of memory at ``address`` (see
        ``tensor_map``), encoded once per address."""
        key = (address, repr(sorted(desc.items())))
        memory = self._maps.get(key)
        if memory is None:
            data = np.frombuffer(self.driver.encode(desc, address), np.uint8)
            memory = self._maps[key] = self.cuda.to_device(data)
        return self.pointer(memory)

    def copy(self, dst: int, src: int, nbytes: int, stream: Any) -> None:
        src_arr = self.array(src, "uint8", (nbytes,), None, None)
        self.array(dst, "uint8", (nbytes,), None, None).copy_to_device(src_arr, stream=stream)

    def array(self, ptr: int, dtype: str, shape, strides, owner: Any) -> Any:
        typestr = "<u2" if dtype == "bfloat16" else np.dtype(dtype).str
        desc = {
            "shape": tuple(shape),
            "strides": strides,
            "typestr": typestr,
            "data": (ptr, False),
            "version": 3,
        }
        return self.cuda.from_cuda_array_interface(desc, owner=owner, sync=False)

    def to_numpy(self, array: Any, stream: Any) -> np.ndarray:
        return array.copy_to_host(stream=stream)

    def new_stream(self) -> Any:
        return self.cuda.stream()

    def wait_for(self, producer_stream: int, stream: Any) -> None:
        cuda = self.cuda
        if producer_stream == 1:
            producer = cuda.legacy_default_stream()
        elif producer_stream == 2:
            producer = cuda.per_thread_default_stream()
        else:
            producer = cuda.external_stream(producer_stream)
        event = cuda.event(timing=False)
        event.record(producer)
        event.wait(stream)

    def stream_handle(self, stream: Any) -> int:
        handle = stream.handle
        return int(getattr(handle, "value", handle) or 0)

    def synchronize(self, stream: Any) -> None:
        stream.synchronize()
