"""The model interface that frontends attach to the entry function.

Linalg-on-tensors has signless integers and no value names, so a frontend
records what the source model said on the public entry ``func.func``:

    mlc.input_names = ["x", ...], mlc.input_dtypes = ["uint8", ...]
    mlc.output_names = [...],     mlc.output_dtypes = [...]

dtypes are numpy dtype names (``bfloat16`` through ml_dtypes). Backends read
them to check inputs and to view outputs with the right type.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.errors import InputError

if TYPE_CHECKING:
    from mlir import ir


@dataclass(frozen=True)
class Interface:
    input_names: tuple[str, ...] | None = None
    input_dtypes: tuple[str, ...] | None = None
    output_names: tuple[str, ...] | None = None
    output_dtypes: tuple[str, ...] | None = None


def entry_function(module: ir.Module, name: str | None = None) -> ir.Operation:
    """The function to run: ``name`` if given, else the only public ``func.func``."""
    from mlir import ir

    funcs = [op for op in module.body.operations if op.operation.name == "func.func"]
    if name is not None:
        for f in funcs:
            if ir.StringAttr(f.attributes["sym_name"]).value == name:
                return f.operation
        raise InputError(f"no function @{name} in the module")
    public = [
        f
        for f in funcs
        if "sym_visibility" not in f.attributes and len(f.regions[0].blocks) > 0  # defined, public
    ]
    if len(public) != 1:
        names = ", ".join("@" + ir.StringAttr(f.attributes["sym_name"]).value for f in public) or "none"
        raise InputError(
            f"the module must have exactly one public function to run (found: {names})",
            hint="name the entry function explicitly",
        )
    return public[0].operation


def attach(func: ir.Operation, inputs: Sequence[tuple[str, str]], outputs: Sequence[tuple[str, str]]) -> None:
    """Record ``(name, dtype)`` pairs of the inputs and outputs on ``func``."""
    from mlir import ir

    def strings(items: Sequence[str]) -> ir.ArrayAttr:
        return ir.ArrayAttr.get([ir.StringAttr.get(s) for s in items])

    func.attributes[attributes.INPUT_NAMES] = strings([n for n, _ in inputs])
    func.attributes[attributes.INPUT_DTYPES] = strings([d for _, d in inputs])
    func.attributes[attributes.OUTPUT_NAMES] = strings([n for n, _ in outputs])
    func.attributes[attributes.OUTPUT_DTYPES] = strings([d for _, d in outputs])


def read(func: ir.Operation) -> Interface:
    """The interface recorded on ``func`` (fields are None where nothing was recorded)."""
    from mlir import ir

    values = []
    for key in attributes.INTERFACE:
        if key in func.attributes:
            values.append(tuple(ir.StringAttr(a).value for a in ir.ArrayAttr(func.attributes[key])))
        else:
            values.append(None)
    return Interface(*values)
