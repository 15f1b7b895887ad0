"""The one dtype table: names, numpy / ml_dtypes types, MLIR element types, sizes.

A dtype is named as numpy (or ml_dtypes) names it: ``float32``, ``bfloat16``,
``float8_e4m3fn``. Artifacts, signatures, the targets and the runtime all use
these names; ``mlc.compiler.dtypes`` maps them to and from ``mlir.ir`` types.

Types numpy lacks (bfloat16, the float8/float4 and int4/int2 families) are
ml_dtypes types; ``numpy_dtype`` returns them. Where raw memory crosses ctypes,
a memref descriptor or an ``.npz`` file, which know nothing of ml_dtypes, a value
travels as the plain numpy dtype of its bits (``bits_dtype``: uint16 for bfloat16).

This module needs only numpy and ml_dtypes (imported on first use of such a type),
so the runtime can use it on a machine without MLIR.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class DType:
    name: str  # numpy / ml_dtypes name
    mlir: str  # the MLIR element type that holds it (signless for signed integers)
    itemsize: int  # bytes per element in memory
    bits: str  # the plain numpy dtype with the same bits (itself for numpy's own types)

    @property
    def is_float(self) -> bool:
        return self.name.startswith(("float", "bfloat"))


_TABLE = (
    DType("bool", "i1", 1, "bool"),
    DType("int8", "i8", 1, "int8"),
    DType("int16", "i16", 2, "int16"),
    DType("int32", "i32", 4, "int32"),
    DType("int64", "i64", 8, "int64"),
    DType("uint8", "ui8", 1, "uint8"),
    DType("uint16", "ui16", 2, "uint16"),
    DType("uint32", "ui32", 4, "uint32"),
    DType("uint64", "ui64", 8, "uint64"),
    DType("float16", "f16", 2, "float16"),
    DType("bfloat16", "bf16", 2, "uint16"),
    DType("float32", "f32", 4, "float32"),
    DType("float64", "f64", 8, "float64"),
    # Narrow types a frontend carries in one byte (see frontends.onnx_dtypes).
    DType("float8_e4m3fn", "f8E4M3FN", 1, "uint8"),
    DType("float8_e4m3fnuz", "f8E4M3FNUZ", 1, "uint8"),
    DType("float8_e5m2", "f8E5M2", 1, "uint8"),
    DType("float8_e5m2fnuz", "f8E5M2FNUZ", 1, "uint8"),
    DType("float8_e8m0fnu", "f8E8M0FNU", 1, "uint8"),
    DType("float4_e2m1fn", "f4E2M1FN", 1, "uint8"),
    DType("int4", "i4", 1, "int8"),
    DType("int2", "i2", 1, "int8"),
    DType("uint4", "ui4", 1, "uint8"),
    DType("uint2", "ui2", 1, "uint8"),
)
DTYPES: dict[str, DType] = {d.name: d for d in _TABLE}
# MLIR element type -> dtype name; ``index`` is held as int64.
_FROM_MLIR = {d.mlir: d.name for d in _TABLE} | {"index": "int64"}
# Narrow ml_dtypes types carried in one byte: floats as their bit codes (a view), integers as
# values (a conversion).
NARROW_CODES = {d.name: d.bits for d in _TABLE if d.name.startswith(("float8", "float4"))}
NARROW_INTS = {d.name: d.bits for d in _TABLE if d.name in ("int4", "int2", "uint4", "uint2")}


def lookup(name: str) -> DType:
    """The entry of dtype ``name``; ``KeyError`` if mlc has none."""
    return DTYPES[name]


def itemsize(name: str) -> int:
    return DTYPES[name].itemsize


def from_mlir(element: str) -> str | None:
    """The dtype name of an MLIR element type spelled ``element`` (``"bf16"``), or None."""
    return _FROM_MLIR.get(element)


@functools.cache
def numpy_dtype(name: str) -> np.dtype:
    """``np.dtype`` of dtype ``name``: ml_dtypes' type for bfloat16 and the narrow types."""
    entry = DTYPES.get(name)
    if entry is not None and entry.bits != name:
        import ml_dtypes

        return np.dtype(getattr(ml_dtypes, name))
    return np.dtype(name)


def bits_dtype(name: str) -> np.dtype:
    """The plain numpy dtype holding the bits of dtype ``name`` (uint16 for bfloat16)."""
    entry = DTYPES.get(name)
    return np.dtype(entry.bits if entry is not None else name)
