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
            nested = sequentialize_nested(loop)
            if nested is None:
                remark(loop.location, f"{pass_name}: scf.parallel nested in it has reductions; not mapped")
                continue
            if nested and verbose:
                remark(
                    loop.location,
                    f"{pass_name}: {nested} nested scf.parallel run sequentially in each thread",
                )
            yield loop


def sequentialize_nested(loop: ir.Operation) -> int | None:
    """Turn the ``scf.parallel`` loops nested in ``loop`` (e.g. under the ``scf.for`` of a reduction
    over a middle dimension) into ``scf.for`` nests; returns how many (None if one has results).

    A mapping distributes the dimensions of ``loop`` itself; a nested parallel loop is then run
    by each thread, in order, as running parallel iterations in order is always allowed.
    """
    from mlir.dialects import scf

    inner: list[ir.Operation] = []

    def walk(op: ir.Operation) -> None:
        for region in op.regions:
            for block in region.blocks:
                for child in block.operations:
                    walk(child.operation)
                    if child.operation.name == "scf.parallel":
                        inner.append(child.operation)

    walk(loop)
    if any(len(p.results) for p in inner):
        return None
    for par in inner:  # innermost first: ``walk`` lists children before their parents
        pop = par.opview
        ivs, ip = [], ir.InsertionPoint(par)
        with par.location:
            for lb, ub, step in zip(pop.lowerBound, pop.upperBound, pop.step, strict=True):
                for_op = scf.ForOp(lb, ub, step, ip=ip)
                with ir.InsertionPoint(for_op.body):
                    scf.YieldOp([])
                ivs.append(for_op.induction_variable)
                ip = ir.InsertionPoint.at_block_terminator(for_op.body)
        block = pop.region.blocks[0]
        terminator = ivs[-1].owner.operations[len(ivs[-1].owner.operations) - 1]
        for arg, iv in zip(block.arguments, ivs, strict=True):
            arg.replace_all_uses_with(iv)
        for op in list(block.operations)[:-1]:
            op.operation.move_before(terminator)
        par.erase()
    return len(inner)
