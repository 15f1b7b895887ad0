"""Input values a program was compiled for, and the run-time check that they were given.

A frontend may fold some graph inputs into constants when it knows their values
(``specialize`` in ``mlc.compiler.frontends.onnx.import_model``): torch-mlir
needs reduction axes, shapes, pads and scales to be constants. The specialized
values are recorded on the entry function as ``mlc.specialized`` (a JSON
string) and travel in the backend's signature, so the compiled callable still
accepts those inputs by name and refuses values other than the ones it was
compiled for. It is never silently wrong.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from mlc.compiler.errors import InputError

if TYPE_CHECKING:
    from mlir import ir

ATTR = "mlc.specialized"


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
        from mlc.compiler.targets.cpu.signature import numpy_dtype

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


def encode(values: Mapping[str, Any]) -> str:
    """The ``mlc.specialized`` attribute text for ``values`` (name -> array)."""
    return json.dumps(records(tuple(SpecializedValue.of(name, value) for name, value in values.items())))


def attach(func: ir.Operation, values: Mapping[str, Any]) -> None:
    """Record ``values`` on the entry function ``func``."""
    from mlir import ir

    if values:
        func.attributes[ATTR] = ir.StringAttr.get(encode(values))


def read(func: ir.Operation) -> tuple[SpecializedValue, ...]:
    """The values recorded on ``func`` (none if it was not specialized)."""
    from mlir import ir

    if ATTR not in func.attributes:
        return ()
    try:
        data = json.loads(ir.StringAttr(func.attributes[ATTR]).value)
    except ValueError as e:
        raise InputError(f"malformed {ATTR} attribute on the entry function: {e}") from None
    return from_records(data)
