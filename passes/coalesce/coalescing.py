"""The coalescing transformation behind the ``coalesce`` pass (whose options it takes).

For each parallel nest: choose the loop dimension for threadIdx.x (and y, z) that
minimizes traffic-weighted sectors per request, tile and map it (``build``),
vectorize along x where every access allows it (``vectorize``) and stage accesses that
stay uncoalesced through shared memory (``stage``). Every decision is reported as a
remark with the predicted sectors per request before and after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlir import ir

from mlc.compiler.analysis.kernels import loop_kernel
from mlc.compiler.analysis.report import KernelResult, kernel_result, loop_candidates
from mlc.compiler.diagnostics import remark
from mlc.compiler.mapping.build import materialize
from mlc.compiler.mapping.choose import make_plan, order_dims, stage_var
from mlc.compiler.mapping.driver import flat_nests
from mlc.compiler.mapping.nest import functions, is_mapped, is_tiled, outermost_loops, strip_tags, untile
from mlc.compiler.mapping.plan import SizeOptions
from mlc.passes.coalesce.remap import remap
from mlc.passes.coalesce.stage import stage_accesses
from mlc.passes.coalesce.vectorize import mark_moving, vector_width, vectorize_body

if TYPE_CHECKING:
    from mlc.passes.coalesce import Coalesce


def _fmt(x: float | None) -> str:
    if x is None:
        return "unknown"
    return f"{x:.0f}" if abs(x - round(x)) < 0.005 else f"{x:.2f}"


def coalesce_module(module: ir.Operation, options: Coalesce) -> None:
    """Run the coalescing transformation on every nest of ``module``."""
    for fn in list(functions(module)):
        for loop in outermost_loops(fn, ("scf.parallel",)):
            if not is_mapped(loop):
                continue
            if is_tiled(loop):
                loc = loop.location
                found = untile(loop)
                if found is None:
                    remark(loc, "coalesce: nest changed since tile; only its processors are permuted")
                    _remap(loop)
                    continue
                flat, plan = found
                coalesce_nest(module, flat, options, plan.requested)  # the sizes tile was asked for
            else:
                _remap(loop)
    for loop in list(flat_nests(module, "coalesce", verbose=False)):
        coalesce_nest(module, loop, options, sizes=options)
    strip_tags(module)


def _remap(loop: ir.Operation) -> None:
    before, after = remap(loop)
    if after < before:
        remark(
            loop.location, f"coalesce: permuted hardware ids: {_fmt(before)} -> {_fmt(after)} sectors/request"
        )
    else:
        remark(loop.location, f"coalesce: kept the mapping ({_fmt(before)} sectors/request)")


def _staged_dims(kernel, x_var: str) -> frozenset[int]:
    """Parallel dimensions that index the contiguous dimension of an access staging will handle."""
    out = set()
    for access in kernel.accesses:
        var = stage_var(access, kernel)
        if var is None or var == x_var or kernel.vars[var].kind != "parallel":
            continue
        metric = loop_candidates(kernel, access)[x_var]
        if metric.value is not None and metric.value > access.access_bytes + 1e-6:
            out.add(kernel.vars[var].dim)
    return frozenset(out)


def _uncoalesced(block_loop: ir.Operation) -> list[ir.Operation]:
    kernel = loop_kernel(block_loop)
    result = kernel_result(kernel)
    out = []
    for access, res in zip(
        (a for a in kernel.accesses if a.space != "private"), result.accesses, strict=True
    ):
        if (
            res.space == "global"
            and res.sectors_per_request is not None
            and res.sectors_per_request > res.ideal + 1e-6
        ):
            out.append(access.op)
    return out


def coalesce_nest(
    module: ir.Operation, flat: ir.Operation, options: Coalesce, sizes: SizeOptions
) -> KernelResult:
    """Map one flat scf.parallel; returns the analysis of the result."""
    loc = flat.location
    kernel = loop_kernel(flat)
    before = kernel_result(kernel)
    ranked, costs = order_dims(kernel, options.order, allow_staging=options.stage)
    x_var = next(n for n in kernel.parallel if kernel.vars[n].dim == ranked[0])
    wide = _staged_dims(kernel, x_var) if options.stage else frozenset()
    ranked = ranked[:1] + [k for k in ranked[1:] if k in wide] + [k for k in ranked[1:] if k not in wide]
    width, why_scalar = 1, "vectorize=false"
    if options.vectorize:
        if costs and costs[x_var][1]:
            why_scalar = "accesses are staged through shared memory"
        else:
            width, why_scalar = vector_width(kernel, flat, x_var, options.vector_bits)
    if width > 1:
        mark_moving(kernel, x_var)
    plan = make_plan(kernel, ranked, sizes, vector=width, wide=wide)
    labels = [f"d{k}" for k in range(len(kernel.parallel))]
    nest = materialize(flat, plan)
    if width > 1:
        vectorize_body(nest.body, width)
    staged = ""
    if options.stage:
        todo = _uncoalesced(nest.block_loop)
        if todo:
            report = stage_accesses(nest, module, todo, options.stage_tile, options.padding)
            for where, text in report.staged:
                remark(where, f"coalesce: {text}")
            for where, text in report.skipped:
                remark(where, f"coalesce: not staged: {text}")
            if report.staged:
                staged = f", {len(report.staged)} staged"
    after = kernel_result(loop_kernel(nest.block_loop))
    if options.vectorize and width == 1:
        remark(loc, f"coalesce: not vectorized: {why_scalar}")
    remark(
        loc,
        f"coalesce: {plan.describe(labels)}{staged}; sectors/request {_fmt(before.sectors_per_request)} "
        f"(ideal {_fmt(before.ideal_sectors_per_request)}) with threadIdx.x = d0 -> "
        f"{_fmt(after.sectors_per_request)} (ideal {_fmt(after.ideal_sectors_per_request)})",
    )
    return after
