"""The calling convention of a compiled CPU function, as plain data.

A ``Signature`` is computed from the tensor-level entry function (and the
interface a frontend recorded on it), pickled across the compile process
boundary, and used at call time to check and convert numpy arrays. It holds no
MLIR objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from mlc.compiler.errors import InputError, UnsupportedError
from mlc.compiler.specialization import SpecializedValue

if TYPE_CHECKING:
    from mlir import ir

# MLIR element type -> numpy dtype name of the values the user sees.
_ELEMENT_DTYPES = {
    "f16": "float16",
    "bf16": "bfloat16",
    "f32": "float32",
    "f64": "float64",
    "i1": "bool",
    "i8": "int8",
    "i16": "int16",
    "i32": "int32",
    "i64": "int64",
    "index": "int64",
    "ui8": "uint8",
    "ui16": "uint16",
    "ui32": "uint32",
    "ui64": "uint64",
}
# dtypes stored with another dtype of the same width at the buffer boundary.
_STORAGE = {"bool": "int8"}
# Unsigned dtypes a frontend may carry in a wider signed integer (see onnx_model.WIDENED).
_WIDENED = {"uint16": "int32", "uint32": "int64", "uint64": "int64"}
# dtypes that share a signless MLIR integer type and may stand for one another.
_SAME_BITS = {
    "int8": "uint8",
    "uint8": "int8",
    "int16": "uint16",
    "uint16": "int16",
    "int32": "uint32",
    "uint32": "int32",
    "int64": "uint64",
    "uint64": "int64",
}
# Narrow ml_dtypes types a frontend carries in one byte (see frontends.onnx_dtypes): floats as
# their bit codes (a view), integers as values (a conversion).
_NARROW_CODES = {
    "float8_e4m3fn": "uint8",
    "float8_e4m3fnuz": "uint8",
    "float8_e5m2": "uint8",
    "float8_e5m2fnuz": "uint8",
    "float4_e2m1fn": "uint8",
    "float8_e8m0fnu": "uint8",
}
_NARROW_INTS = {"int4": "int8", "int2": "int8", "uint4": "uint8", "uint2": "uint8"}


def numpy_dtype(name: str) -> np.dtype:
    """``np.dtype`` for a dtype name, including ml_dtypes' ``bfloat16``."""
    if name == "bfloat16" or name in _NARROW_CODES or name in _NARROW_INTS:
        import ml_dtypes

        return np.dtype(getattr(ml_dtypes, name))
    return np.dtype(name)


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
        return arr.astype(storage) if self.carrier and self.dtype not in _NARROW_CODES else arr.view(storage)

    def from_storage(self, arr: np.ndarray) -> np.ndarray:
        dtype = numpy_dtype(self.dtype)
        return arr.astype(dtype) if self.carrier and self.dtype not in _NARROW_CODES else arr.view(dtype)

    @property
    def is_tensor(self) -> bool:
        return self.shape is not None

    def describe(self) -> str:
        if self.shape is None:
            return f"{self.dtype} scalar"
        dims = "x".join("?" if d is None else str(d) for d in self.shape)
        return f"{self.dtype}[{dims}]"


@dataclass(frozen=True)
class Signature:
    entry: str
    inputs: tuple[ValueSpec, ...]
    outputs: tuple[ValueSpec, ...]
    checks: tuple[str, ...] = ()  # messages of the runtime checks, by id (see runtime_checks)
    specialized: tuple[SpecializedValue, ...] = ()  # inputs folded in at compile time


def element_dtype(t: ir.Type, where: str) -> str:
    name = _ELEMENT_DTYPES.get(str(t))
    if name is None:
        raise UnsupportedError(f"{where}: element type {t} is not supported by the CPU backend")
    return name


def value_spec(t: ir.Type, name: str, declared: str | None, where: str) -> ValueSpec:
    """The spec of a function argument or result of type ``t``."""
    from mlir import ir

    if isinstance(t, ir.RankedTensorType | ir.MemRefType):
        shaped = ir.ShapedType(t)
        shape = tuple(
            None if shaped.is_dynamic_dim(i) else shaped.get_dim_size(i) for i in range(shaped.rank)
        )
        elem = element_dtype(shaped.element_type, where)
    elif isinstance(t, ir.UnrankedTensorType | ir.UnrankedMemRefType):
        raise UnsupportedError(f"{where}: unranked type {t} is not supported by the CPU backend")
    else:
        shape, elem = None, element_dtype(t, where)
    if declared is None or declared == elem:
        return ValueSpec(name, elem, shape)
    if _SAME_BITS.get(elem) == declared:
        return ValueSpec(name, declared, shape)
    if _WIDENED.get(declared) == elem:
        return ValueSpec(name, declared, shape, carrier=elem)
    carrier = _NARROW_CODES.get(declared) or _NARROW_INTS.get(declared)
    if carrier is not None and elem in (carrier, _SAME_BITS[carrier]):
        return ValueSpec(name, declared, shape, carrier=carrier)
    raise InputError(f"{where}: the recorded dtype {declared} does not match the IR type {t}")


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
