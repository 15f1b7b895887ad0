"""What ``tile`` and ``coalesce`` share: walking the nests of a module (their sizes: ``plan.SizeOptions``)."""

from __future__ import annotations

from collections.abc import Iterator

from mlir import ir

from mlc.compiler.diagnostics import remark
from mlc.compiler.mapping.build import constant_steps
from mlc.compiler.mapping.nest import (
    Parallelized,
    functions,
    is_mapped,
    lower_to_loops,
    outermost_loops,
    parallelize,
)


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
