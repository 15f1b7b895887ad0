"""What ``tile`` and ``coalesce`` share: validating sizes and walking the nests of a module."""

from __future__ import annotations

import math
from collections.abc import Iterator

from mlir import ir

from mlc.compiler.diagnostics import remark
from mlc.compiler.errors import MlcError
from mlc.compiler.mapping.build import constant_steps
from mlc.compiler.mapping.nest import (
    Parallelized,
    functions,
    is_mapped,
    lower_to_loops,
    outermost_loops,
    parallelize,
)

MAX_BLOCK = 1024


def check_sizes(name: str, block: tuple[int, ...], thread_tile: tuple[int, ...], loc: ir.Location) -> None:
    """Reject impossible sizes with a located error."""
    if len(block) > 3 or len(thread_tile) > 3:
        raise MlcError(f"{name}: block and thread-tile take at most 3 values (x,y,z)", loc=loc)
    if any(b < 0 for b in block):
        raise MlcError(f"{name}: block sizes must be positive (0 picks one), got {list(block)}", loc=loc)
    if math.prod(b for b in block if b > 0) > MAX_BLOCK:
        raise MlcError(f"{name}: a block of {list(block)} threads exceeds {MAX_BLOCK} threads", loc=loc)
    if any(t < 1 for t in thread_tile):
        raise MlcError(f"{name}: thread-tile values must be at least 1, got {list(thread_tile)}", loc=loc)


def flat_nests(module: ir.Operation, pass_name: str, verbose: bool = True) -> Iterator[ir.Operation]:
    """Lower linalg/affine to loops, parallelize sequential bands, then yield each outermost
    unmapped ``scf.parallel`` that can be mapped (others get a remark saying why not)."""
    lower_to_loops(module)
    for fn in list(functions(module)):
        for loop in outermost_loops(fn, ("scf.for",)):
            result = parallelize(loop)
            if isinstance(result, Parallelized):
                kept = f"; kept sequential: {', '.join(result.sequential)}" if result.sequential else ""
                remark(
                    result.loop.location,
                    f"{pass_name}: parallelized loops {', '.join(result.parallel)}{kept}",
                )
            elif verbose:
                remark(loop.location, f"{pass_name}: loop nest left sequential: {result}")
        for loop in outermost_loops(fn, ("scf.parallel",)):
            if is_mapped(loop):
                continue
            if len(loop.results):
                remark(loop.location, f"{pass_name}: scf.parallel with reductions is not mapped")
                continue
            if constant_steps(loop) is None:
                remark(loop.location, f"{pass_name}: scf.parallel with non-constant steps is not mapped")
                continue
            yield loop
