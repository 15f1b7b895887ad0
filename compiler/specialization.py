"""Input values a program was compiled for, and the run-time check that they were given.

A frontend may fold some graph inputs into constants when it knows their values
(``specialize`` in ``mlc.compiler.frontends.onnx.import_model``): torch-mlir
needs reduction axes, shapes, pads and scales to be constants. The specialized
values are recorded on the entry function as ``mlc.specialized`` (a JSON
string) and travel in the backend's signature, so the compiled callable still
accepts those inputs by name and refuses values other than the ones it was
compiled for. It is never silently wrong. The values themselves and their check
at call time are part of the calling convention (``mlc.runtime.signature``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from mlc.compiler import attributes
from mlc.compiler.errors import InputError
from mlc.runtime.signature import SpecializedValue, from_records, records

if TYPE_CHECKING:
    from mlir import ir


def encode(values: Mapping[str, Any]) -> str:
    """The ``mlc.specialized`` attribute text for ``values`` (name -> array)."""
    return json.dumps(records(tuple(SpecializedValue.of(name, value) for name, value in values.items())))


def attach(func: ir.Operation, values: Mapping[str, Any]) -> None:
    """Record ``values`` on the entry function ``func``."""
    from mlir import ir

    if values:
        func.attributes[attributes.SPECIALIZED] = ir.StringAttr.get(encode(values))


def read(func: ir.Operation) -> tuple[SpecializedValue, ...]:
    """The values recorded on ``func`` (none if it was not specialized)."""
    from mlir import ir

    if attributes.SPECIALIZED not in func.attributes:
        return ()
    try:
        data = json.loads(ir.StringAttr(func.attributes[attributes.SPECIALIZED]).value)
    except ValueError as e:
        raise InputError(f"malformed {attributes.SPECIALIZED} attribute on the entry function: {e}") from None
    return from_records(data)
