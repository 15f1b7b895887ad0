"""Binding the arguments of an artifact compiled from C, and checking what the compiler assumed.

Used by the GPU runtime and by the CPU emulator alike. Given the C arguments
(numpy or device arrays for pointers, numbers for scalars) and the address of
each array, ``bind`` evaluates the manifest's run-time expressions and fails
with an ``InputError`` that says what is wrong when

* an argument has the wrong kind or dtype, or an array is shorter than the
  elements its kernels reach for these sizes;
* two arrays overlap that the compiler assumed do not (``noalias``/``restrict``);
* a run-time check of the raising fails (its message names the assumption).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from mlc.compiler.errors import InputError
from mlc.runtime import host_exprs
from mlc.runtime.artifact import Manifest
from mlc.runtime.dtypes import itemsize


def bind(manifest: Manifest, args: Sequence[Any], arrays: dict[int, tuple[int, int, str]]) -> list:
    """The values of the manifest's expressions for ``args``.

    ``arrays`` maps the position of each array argument to (address, length in
    elements, dtype name) of the memory given for it.
    """
    abi = manifest.c_abi or {}
    params = abi["params"]
    if len(args) != len(params):
        raise InputError(f"@{manifest.entry} takes {len(params)} arguments, got {len(args)}")
    for i, (p, value) in enumerate(zip(params, args, strict=True)):
        if p["kind"] == "array":
            if i not in arrays:
                raise InputError(f"argument {i} of @{manifest.entry} must be an array of {p['dtype']}")
            if arrays[i][2] != p["dtype"]:
                raise InputError(f"argument {i}: expected an array of {p['dtype']}, got {arrays[i][2]}")
        elif not isinstance(value, int | float | np.integer | np.floating) or isinstance(value, bool):
            raise InputError(f"argument {i} of @{manifest.entry} must be a {p['dtype']} number")
    values = host_exprs.evaluate(abi["exprs"], list(args), {i: a[0] for i, a in arrays.items()})
    for check in abi["checks"]:
        if not values[check["expr"]]:
            raise InputError(f"@{manifest.entry}: {check['message']}")
    for position, refs in abi["extents"].items():
        need = max((values[r] for r in refs), default=0)
        have = arrays[int(position)][1]
        if need > have:
            raise InputError(
                f"argument {position} of @{manifest.entry} holds {have} elements, "
                f"but the kernels reach {need} for these sizes"
            )
    for i, j in abi["noalias"]:
        (a, na, da), (b, nb, db) = arrays[i], arrays[j]
        end_a, end_b = a + na * itemsize(da), b + nb * itemsize(db)
        if na and nb and a < end_b and b < end_a:
            raise InputError(
                f"arguments {i} and {j} of @{manifest.entry} overlap; the compiler assumed they do not "
                "(noalias/restrict) and parallelized on it"
            )
    return values
