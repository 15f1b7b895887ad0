"""The calling convention of a compiled function, as plain data.

A ``Signature`` is computed by the compiler from the tensor-level entry function
(and the interface a frontend recorded on it), pickled across the compile
process boundary or stored in a CPU artifact, and used at call time to check and
convert numpy arrays. It holds no MLIR objects. Inputs folded in at compile time
(``SpecializedValue``, see ``mlc.compiler.specialization``) may still be passed
by name and must equal the value compiled in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mlc.compiler.errors import InputError
from mlc.runtime.dtypes import NARROW_CODES, numpy_dtype

# dtypes stored with another dtype of the same width at the buffer boundary.
_STORAGE = {"bool": "int8"}


@dataclass(frozen=True)
class ValueSpec:
    """One argument or result: a ranked tensor (``shape`` with None for dynamic dims) or a scalar."""

    name: str
    dtype: str  # what the user passes or gets (numpy dtype name)
    shape: tuple[int | None, ...] | None  # None: a scalar, not a tensor
    carrier: str | None = None  # a wider dtype the compiled code uses instead (uint16 in int32)

    @property
    def storage(self) -> str:
        """The dtype of the buffer the compiled code reads or writes."""
        return self.carrier or _STORAGE.get(self.dtype, self.dtype)

    def to_storage(self, arr: np.ndarray) -> np.ndarray:
        storage = numpy_dtype(self.storage)
        return arr.astype(storage) if self.carrier and self.dtype not in NARROW_CODES else arr.view(storage)

    def from_storage(self, arr: np.ndarray) -> np.ndarray:
        dtype = numpy_dtype(self.dtype)
        return arr.astype(dtype) if self.carrier and self.dtype not in NARROW_CODES else arr.view(dtype)

    @property
    def is_tensor(self) -> bool:
        return self.shape is not None

    def describe(self) -> str:
        if self.shape is None:
            return f"{self.dtype} scalar"
        dims = "x".join("?" if d is None else str(d) for d in self.shape)
        return f"{self.dtype}[{dims}]"


@dataclass(frozen=True)
class SpecializedValue:
    """One input folded into the program: its name, dtype name, shape and raw bytes."""

    name: str
    dtype: str
    shape: tuple[int, ...]
    data: bytes

    @classmethod
    def of(cls, name: str, value: Any) -> SpecializedValue:
        arr = np.array(value, order="C")  # ascontiguousarray would make a rank-0 value 1-d
        return cls(name, arr.dtype.name, tuple(arr.shape), arr.tobytes())

    def array(self) -> np.ndarray:
        return np.frombuffer(self.data, dtype=numpy_dtype(self.dtype)).reshape(self.shape)

    def check(self, value: Any, entry: str) -> None:
        """Raise ``InputError`` unless ``value`` equals the value compiled in."""
        want = self.array()
        got = np.asarray(value)
        if (
            got.dtype != want.dtype
            or got.shape != want.shape
            or not np.array_equal(got, want, equal_nan=True)
        ):
            raise InputError(
                f"@{entry}: input '{self.name}' was specialized at compile time to "
                f"{_show(want)}, but the call gives {_show(got)}",
                hint="compile again with this value (or without specializing this input)",
            )


def _show(arr: np.ndarray) -> str:
    text = np.array2string(arr, threshold=8, separator=", ")
    return f"{arr.dtype}{list(arr.shape)} {text}"


def records(values: tuple[SpecializedValue, ...]) -> list[dict]:
    """``values`` as JSON records (the ``mlc.specialized`` attribute, artifact manifests)."""
    return [{"name": v.name, "dtype": v.dtype, "shape": list(v.shape), "hex": v.data.hex()} for v in values]


def from_records(data: list[dict]) -> tuple[SpecializedValue, ...]:
    """The values of JSON ``records``."""
    try:
        return tuple(
            SpecializedValue(r["name"], r["dtype"], tuple(r["shape"]), bytes.fromhex(r["hex"])) for r in data
        )
    except (ValueError, KeyError, TypeError) as e:
        raise InputError(f"malformed specialized-input records: {e}") from None


@dataclass(frozen=True)
class Signature:
    entry: str
    inputs: tuple[ValueSpec, ...]
    outputs: tuple[ValueSpec, ...]
    checks: tuple[str, ...] = ()  # messages of the runtime checks, by id (targets.cpu.runtime_checks)
    specialized: tuple[SpecializedValue, ...] = ()  # inputs folded in at compile time


def check_input(spec: ValueSpec, value: object, entry: str) -> np.ndarray:
    """Check one call argument against ``spec``; returns it as a contiguous storage array."""
    if spec.is_tensor:
        if not isinstance(value, np.ndarray):
            if np.isscalar(value) and spec.shape == ():
                value = np.asarray(value, dtype=numpy_dtype(spec.dtype))
            else:
                raise InputError(
                    f"@{entry}: input '{spec.name}' must be a numpy array ({spec.describe()}), "
                    f"got {type(value).__name__}"
                )
        arr = value
        if arr.dtype != numpy_dtype(spec.dtype):
            raise InputError(
                f"@{entry}: input '{spec.name}' has dtype {arr.dtype}, "
                f"expected {spec.dtype} ({spec.describe()})"
            )
        assert spec.shape is not None
        if arr.ndim != len(spec.shape) or any(
            d is not None and d != s for d, s in zip(spec.shape, arr.shape, strict=True)
        ):
            got = "x".join(map(str, arr.shape)) or "scalar"
            raise InputError(f"@{entry}: input '{spec.name}' has shape [{got}], expected {spec.describe()}")
        return np.ascontiguousarray(spec.to_storage(arr))
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if not isinstance(value, int | float | bool | np.generic):
        raise InputError(
            f"@{entry}: input '{spec.name}' must be a {spec.describe()}, got {type(value).__name__}"
        )
    return spec.to_storage(np.asarray(value, dtype=numpy_dtype(spec.dtype)))


def bind_inputs(sig: Signature, args: tuple, kwargs: dict) -> list[np.ndarray]:
    """Match positional and keyword arguments to ``sig.inputs`` and check each; storage arrays in order.

    A keyword argument may name an input specialized at compile time: it must equal that value."""
    names = [s.name for s in sig.inputs]
    if len(args) > len(names):
        raise InputError(f"@{sig.entry} takes {len(names)} inputs, got {len(args) + len(kwargs)}")
    values: dict[str, object] = dict(zip(names, args, strict=False))
    specialized = {v.name: v for v in sig.specialized}
    for key, value in kwargs.items():
        if key in specialized:
            specialized[key].check(value, sig.entry)
            continue
        if key not in names:
            raise InputError(f"@{sig.entry} has no input named '{key}'", hint=f"inputs: {', '.join(names)}")
        if key in values:
            raise InputError(f"@{sig.entry}: input '{key}' given twice")
        values[key] = value
    missing = [n for n in names if n not in values]
    if missing:
        raise InputError(
            f"@{sig.entry}: missing input{'s' if len(missing) > 1 else ''} "
            f"{', '.join(repr(m) for m in missing)}",
            hint=f"@{sig.entry} takes {len(names)} inputs: {', '.join(s.describe() for s in sig.inputs)}",
        )
    return [check_input(spec, values[spec.name], sig.entry) for spec in sig.inputs]
