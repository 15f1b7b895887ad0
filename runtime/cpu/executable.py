"""Calling compiled CPU code with numpy arrays.

``NativeFunction`` loads the shared library of a CPU artifact with ``ctypes``
(no MLIR, no JIT). It shares the calling convention (``Executable``) with the
compiler's JIT executor (``mlc.compiler.targets.cpu.jit.CpuFunction``): both
call the packed wrapper ``fn(void **args)`` of the entry's C interface.

The entry function has ``llvm.emit_c_interface``: each memref argument is a
pointer to a descriptor ``{allocated, aligned, offset, sizes[r], strides[r]}``,
and results (memref descriptors allocated by the callee with ``malloc``, or
scalars) come back in a struct through a pointer passed first. Results are
copied into numpy arrays and their buffers freed.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
import tempfile
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from mlc.compiler.errors import InputError
from mlc.runtime.dtypes import numpy_dtype
from mlc.runtime.signature import Signature, ValueSpec, bind_inputs

# The failed check ids the support library keeps per call (MLC_MAX_FAILED in support.c).
FAILED_CHECKS_KEPT = 16
if TYPE_CHECKING:
    from mlc.runtime.cpu.artifact import CpuArtifact

_SCALAR_CTYPES = {
    "float32": ctypes.c_float,
    "float64": ctypes.c_double,
    "bool": ctypes.c_bool,
    "int8": ctypes.c_int8,
    "int16": ctypes.c_int16,
    "int32": ctypes.c_int32,
    "int64": ctypes.c_int64,
    "uint8": ctypes.c_uint8,
    "uint16": ctypes.c_uint16,
    "uint32": ctypes.c_uint32,
    "uint64": ctypes.c_uint64,
    "float16": ctypes.c_uint16,
    "bfloat16": ctypes.c_uint16,
}


@functools.cache
def descriptor_type(rank: int) -> type[ctypes.Structure]:
    """The ctypes layout of a ranked memref descriptor."""
    fields = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p), ("offset", ctypes.c_int64)]
    if rank:
        fields += [("sizes", ctypes.c_int64 * rank), ("strides", ctypes.c_int64 * rank)]
    return type(f"MemRef{rank}D", (ctypes.Structure,), {"_fields_": fields})


@functools.cache
def results_type(fields: tuple[Any, ...]) -> type[ctypes.Structure]:
    """The struct of a call's results, one per signature: ctypes caches the pointer type of every
    structure type it sees for good, so a new type per loaded program would leak."""
    return type("Results", (ctypes.Structure,), {"_fields_": [(f"r{i}", t) for i, t in enumerate(fields)]})


def _ctype(spec: ValueSpec) -> Any:
    if spec.is_tensor:
        assert spec.shape is not None
        return descriptor_type(len(spec.shape))
    return _SCALAR_CTYPES[spec.storage]


def descriptor_for(arr: np.ndarray) -> ctypes.Structure:
    """A descriptor viewing the C-contiguous array ``arr`` (no copy)."""
    desc = descriptor_type(arr.ndim)()
    ptr = arr.ctypes.data
    desc.allocated = desc.aligned = ptr
    desc.offset = 0
    if arr.ndim:
        desc.sizes[:] = list(arr.shape)
        desc.strides[:] = [s // arr.itemsize for s in arr.strides] if arr.size else [1] * arr.ndim
    return desc


@functools.cache
def _libc_free() -> Any:
    free = ctypes.CDLL(None).free
    free.argtypes = [ctypes.c_void_p]
    free.restype = None
    return free


@functools.cache
def _contiguous_strides(sizes: tuple[int, ...]) -> tuple[int, ...]:
    """The element strides of a C-contiguous array of ``sizes``."""
    strides, step = [], 1
    for n in reversed(sizes):
        strides.append(step)
        step *= n
    return tuple(reversed(strides))


def _array_from(desc: ctypes.Structure, spec: ValueSpec) -> np.ndarray:
    """Copy a result descriptor's data into a fresh numpy array (results may share a buffer)."""
    assert spec.shape is not None
    rank = len(spec.shape)
    storage = numpy_dtype(spec.storage)
    sizes = tuple(desc.sizes) if rank else ()
    strides = tuple(desc.strides) if rank else ()
    out = np.empty(sizes, dtype=storage)
    if out.size:
        base = desc.aligned + desc.offset * storage.itemsize
        if strides == _contiguous_strides(sizes):  # the usual case: one memmove
            ctypes.memmove(out.ctypes.data, base, out.nbytes)
            return spec.from_storage(out)
        extent = 1 + sum((n - 1) * s for n, s in zip(sizes, strides, strict=True))
        raw = np.ctypeslib.as_array((ctypes.c_char * (extent * storage.itemsize)).from_address(base))
        flat = np.frombuffer(raw, dtype=storage)
        view = np.lib.stride_tricks.as_strided(
            flat, shape=sizes, strides=tuple(s * storage.itemsize for s in strides)
        )
        out[...] = view
    return spec.from_storage(out)


class _StaticCall:
    """The ctypes arguments of one call, built once: for signatures whose inputs and outputs are
    all tensors of static shapes, stored in the dtype the user passes. A call whose arguments are
    C-contiguous arrays of exactly those dtypes and shapes only writes their addresses into the
    input descriptors (building the arguments anew took most of a small model's call)."""

    def __init__(self, signature: Signature, results_type: Any) -> None:
        self.results = results_type()
        self._results_ptr = ctypes.pointer(self.results)
        self._expected = [(numpy_dtype(s.dtype), s.shape) for s in signature.inputs]
        self._descriptors = []
        for spec in signature.inputs:
            assert spec.shape is not None
            desc = descriptor_type(len(spec.shape))()
            if spec.shape:
                desc.sizes[:] = list(spec.shape)
                desc.strides[:] = list(_contiguous_strides(spec.shape))
            self._descriptors.append(desc)
        self._pointers = [ctypes.pointer(d) for d in self._descriptors]
        slots = [self._results_ptr, *self._pointers]
        self._buf = (ctypes.c_void_p * len(slots))(*[ctypes.addressof(p) for p in slots])

    @classmethod
    def for_signature(cls, signature: Signature, results_type: Any) -> _StaticCall | None:
        def static(spec: ValueSpec) -> bool:
            return (
                spec.shape is not None
                and None not in spec.shape
                and all(spec.shape)
                and spec.storage == spec.dtype
            )

        if results_type is None or not all(map(static, (*signature.inputs, *signature.outputs))):
            return None
        return cls(signature, results_type)

    def bind(self, args: tuple) -> Any:
        """The packed arguments for ``args``, or None when they are not what this call expects
        (the general path then checks them and says what is wrong)."""
        if len(args) != len(self._expected):
            return None
        for arg, (dtype, shape), desc in zip(args, self._expected, self._descriptors, strict=True):
            if type(arg) is not np.ndarray or arg.dtype != dtype or arg.shape != shape:
                return None
            if not arg.flags.c_contiguous:
                return None
            desc.allocated = desc.aligned = arg.ctypes.data
        return self._buf


class Executable(ABC):
    """A compiled function: ``fn(*arrays)`` or ``fn(name=array, ...)`` returns an array or a tuple.

    Inputs are checked for count, dtype and shape (dynamic dimensions take any
    size); outputs are new arrays owned by the caller. Inputs specialized at
    compile time (``mlc.runtime.signature.SpecializedValue``) may be passed by name and
    must then equal the value compiled in. Subclasses provide ``_fn`` (the
    packed entry) and ``_take_failed_checks``.
    """

    signature: Signature
    _fn: Callable[[Any], Any]

    def _setup_results(self) -> None:
        outs = self.signature.outputs
        self._scalar_result = len(outs) == 1 and not outs[0].is_tensor
        if len(outs) > 1 or (outs and outs[0].is_tensor):
            self._results_type: Any = results_type(tuple(_ctype(s) for s in outs))
        else:
            self._results_type = None
        self._dynamic_outputs = [i for i, o in enumerate(outs) if o.is_tensor and None in (o.shape or ())]
        self._plan = _StaticCall.for_signature(self.signature, self._results_type)

    @abstractmethod
    def _take_failed_checks(self) -> list[int]:
        """Ids of the runtime checks that failed in the last call (and forget them)."""

    def _invoke(self, buf: Any) -> None:
        """Call the packed entry on the packed arguments ``buf``."""
        self._fn(buf)

    def _release(self, pointer: int) -> None:
        """Free a result buffer the compiled code allocated."""
        _libc_free()(pointer)

    def _free_results(self, results: Any) -> None:
        """Free the result buffers of a call whose results are discarded."""
        if results is None:
            return
        freed: set[int] = set()
        for i, spec in enumerate(self.signature.outputs):
            desc = getattr(results, f"r{i}")
            if spec.is_tensor and desc.allocated and desc.allocated not in freed:
                freed.add(desc.allocated)
                self._release(desc.allocated)

    @property
    def input_names(self) -> list[str]:
        return [s.name for s in self.signature.inputs]

    @property
    def output_names(self) -> list[str]:
        return [s.name for s in self.signature.outputs]

    def _bind(self, args: tuple, kwargs: dict) -> list[Any]:
        return bind_inputs(self.signature, args, kwargs)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        plan, self._plan = self._plan, None  # a call on another thread meanwhile takes the long way
        try:
            if plan is not None and not kwargs:
                buf = plan.bind(args)
                if buf is not None:
                    return self._finish(plan.results, buf)
        finally:
            self._plan = plan
        arrays = self._bind(args, kwargs)
        keep: list[Any] = []
        packed: list[Any] = []
        results = self._results_type() if self._results_type is not None else None
        if results is not None:
            res_ptr = ctypes.pointer(results)
            keep.append(res_ptr)
            packed.append(ctypes.pointer(res_ptr))
        for spec, arr in zip(self.signature.inputs, arrays, strict=True):
            if spec.is_tensor:
                desc = ctypes.pointer(descriptor_for(arr))
                keep += [arr, desc]
                packed.append(ctypes.pointer(desc))
            else:
                value = _SCALAR_CTYPES[spec.storage].from_buffer_copy(arr.tobytes())
                keep.append(value)
                packed.append(ctypes.pointer(value))
        scalar = None
        if self._scalar_result:
            scalar = _SCALAR_CTYPES[self.signature.outputs[0].storage]()
            packed.append(ctypes.pointer(scalar))
        buf = (ctypes.c_void_p * len(packed))(*[ctypes.cast(p, ctypes.c_void_p) for p in packed])
        if scalar is not None:
            self._run(results, buf)
            spec = self.signature.outputs[0]
            return spec.from_storage(np.frombuffer(bytes(scalar), dtype=numpy_dtype(spec.storage)))[0]
        return self._finish(results, buf)

    def _run(self, results: Any, buf: Any) -> None:
        """Call the entry on ``buf``; a failed runtime check frees the results and raises."""
        self._take_failed_checks()
        self._invoke(buf)
        failed_ids = self._take_failed_checks()
        if failed_ids:
            failed = [self.signature.checks[i] for i in dict.fromkeys(failed_ids)]
            self._free_results(results)
            raise InputError(f"@{self.signature.entry}: runtime check failed: {'; '.join(failed)}")

    def _finish(self, results: Any, buf: Any) -> Any:
        """Run the call packed in ``buf`` and return its results as new arrays."""
        self._run(results, buf)
        if results is None:
            return None
        outs = self.signature.outputs
        negative = [
            outs[i].name for i in self._dynamic_outputs if any(n < 0 for n in getattr(results, f"r{i}").sizes)
        ]
        if negative:
            self._free_results(results)
            raise InputError(
                f"@{self.signature.entry}: output {', '.join(negative)} came out with a negative size",
                hint="outputs with dynamic dimensions are sized by the inputs: check their sizes and values",
            )
        values = []
        for i, spec in enumerate(outs):
            field = getattr(results, f"r{i}")
            if spec.is_tensor:
                values.append(_array_from(field, spec))
            else:
                values.append(spec.from_storage(np.array(field, dtype=numpy_dtype(spec.storage)))[()])
        self._free_results(results)  # after every copy: two results can be one buffer
        return values[0] if len(values) == 1 else tuple(values)


def host_memory_bytes() -> int | None:
    """Physical memory of this machine (None where the OS does not say)."""
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def check_host_memory(signature: Signature, what: str) -> None:
    """Refuse, before anything is allocated, a program whose static outputs alone need more memory
    than the machine has (outputs with dynamic dimensions are sized by the call)."""
    need = sum(
        int(np.prod(s.shape, dtype=object)) * numpy_dtype(s.storage).itemsize
        for s in signature.outputs
        if s.is_tensor and s.shape is not None and None not in s.shape
    )
    have = host_memory_bytes()
    if have is not None and need > have:
        raise InputError(
            f"{what}: its outputs need {need / 2**30:.1f} GiB, more memory than this machine has "
            f"({have / 2**30:.1f} GiB)"
        )


def load_library(data: bytes, what: str) -> ctypes.CDLL:
    """``dlopen`` a shared library held in memory (through a private temporary file)."""
    fd, path = tempfile.mkstemp(prefix="mlc-cpu-", suffix=".so")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        return ctypes.CDLL(path, mode=os.RTLD_LOCAL)
    except OSError as e:
        raise InputError(f"{what}: could not load its shared library: {e}") from None
    finally:
        os.unlink(path)


def bind_weights(lib: ctypes.CDLL, artifact: CpuArtifact, what: str) -> np.ndarray | None:
    """Point the library's weight pointers (``CpuManifest.weights``) into an aligned copy of the
    artifact's weights; returns that copy, which must live as long as the library."""
    from mlc.runtime.cpu.artifact import WEIGHTS_ALIGNMENT

    slots = artifact.manifest.weights
    if not slots:
        return None
    raw = np.frombuffer(artifact.weights, dtype=np.uint8)
    store = np.empty(len(raw) + WEIGHTS_ALIGNMENT, dtype=np.uint8)
    start = -store.ctypes.data % WEIGHTS_ALIGNMENT
    blob = store[start : start + len(raw)]
    blob[:] = raw
    blob.flags.writeable = False
    base = blob.ctypes.data
    for symbol, offset, _ in slots:
        try:
            ctypes.c_void_p.in_dll(lib, symbol).value = base + offset
        except ValueError as e:
            raise InputError(f"{what}: its shared library lacks the weight pointer {symbol}: {e}") from None
    return store


def _dlclose(lib: ctypes.CDLL) -> None:
    import _ctypes

    _ctypes.dlclose(lib._handle)


class NativeFunction(Executable):
    """An executable in the shared library of a CPU artifact (``mlc.runtime.cpu.artifact``)."""

    def __init__(
        self, artifact: CpuArtifact, what: str = "the CPU artifact", threads: int | None = None
    ) -> None:
        self.artifact = artifact
        self.signature = artifact.manifest.signature
        check_host_memory(self.signature, what)
        self._lib = load_library(artifact.library, what)
        try:
            fn = getattr(self._lib, artifact.manifest.symbol)
            self._count = ctypes.c_int64.in_dll(self._lib, "mlc_failed_count")
            self._ids = (ctypes.c_int64 * FAILED_CHECKS_KEPT).in_dll(self._lib, "mlc_failed_checks")
        except (AttributeError, ValueError) as e:
            raise InputError(f"{what}: its shared library lacks a symbol: {e}") from None
        self._weights = bind_weights(self._lib, artifact, what)
        fn.argtypes = [ctypes.c_void_p]
        fn.restype = None
        self._fn = fn
        self._setup_results()
        self._mlc_free = getattr(self._lib, "mlc_free", None)  # absent from libraries built before it
        if self._mlc_free is not None:
            self._mlc_free.argtypes = [ctypes.c_void_p]
            self._mlc_free.restype = None
        # Absent from libraries built before it: their failed allocations are not caught.
        self._guarded = getattr(self._lib, "mlc_guarded_call", None)
        if self._guarded is not None:
            self._guarded.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
            self._guarded.restype = ctypes.c_int64
            self._fn_address = ctypes.cast(fn, ctypes.c_void_p)
            self._failed_alloc = ctypes.c_int64.in_dll(self._lib, "mlc_failed_alloc")
        if threads is None:
            threads = int(artifact.manifest.compiler.get("options", {}).get("threads", 0) or 0)
        self.set_threads(threads)
        # The library's failed-check record is one global: calls from several threads take turns.
        self._lock = threading.Lock()

    def _release(self, pointer: int) -> None:
        (self._mlc_free or _libc_free())(pointer)

    def _invoke(self, buf: Any) -> None:
        if self._guarded is None:
            self._fn(buf)
            return
        if self._guarded(self._fn_address, buf):
            size = self._failed_alloc.value
            why = (
                "a size computed from the inputs is negative (it overflowed)"
                if size < 0
                else f"{size / 2**30:.1f} GiB could not be allocated (more memory than the system gives)"
            )
            raise InputError(
                f"@{self.signature.entry}: the call was abandoned: {why}",
                hint="outputs with dynamic dimensions are sized by the inputs: check their sizes and values",
            )

    def set_threads(self, threads: int) -> None:
        """Run parallel loops on ``threads`` threads (0: all online cores)."""
        if threads < 0:
            raise InputError(f"the thread count must be 0 (all cores) or positive, not {threads}")
        setter = getattr(self._lib, "mlc_set_num_threads", None)
        if setter is not None:  # libraries built before the thread pool have none
            setter.argtypes = [ctypes.c_int64]
            setter.restype = None
            setter(threads)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            if self._lib is None:
                raise InputError("this program was closed")
            return super().__call__(*args, **kwargs)

    def close(self) -> None:
        """Unload the shared library (``dlclose``); the program cannot be called afterwards."""
        with self._lock:
            lib, self._lib = self._lib, None
            self._fn = self._count = self._ids = self._mlc_free = self._guarded = None
        if lib is not None:
            _dlclose(lib)
        self._weights = None

    def __del__(self) -> None:
        if getattr(self, "_lib", None) is not None:
            with contextlib.suppress(Exception):  # at interpreter exit modules may be gone
                self.close()

    def __enter__(self) -> NativeFunction:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _take_failed_checks(self) -> list[int]:
        n = min(self._count.value, FAILED_CHECKS_KEPT)
        failed = list(self._ids[:n])
        self._count.value = 0
        return failed
