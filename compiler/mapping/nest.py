"""Finding and normalizing the loop nests that ``tile`` and ``coalesce`` map to the GPU.

* ``lower_to_loops``: linalg on memrefs becomes ``scf.parallel`` loops
  (``convert-linalg-to-parallel-loops``) and affine loops become scf
  (``lower-affine``), so that every nest is an ``scf.parallel`` or ``scf.for``.
* ``parallelize``: a band of perfectly nested ``scf.for`` loops (e.g. raised
  from ``.ll``) becomes an ``scf.parallel`` over the loops that carry no
  dependence (``mlc.compiler.analysis.dependence``), with the others kept as
  ``scf.for`` inside in their original order. Moving dependence-free loops
  outermost is always legal.
* ``untile``: the inverse of ``build.materialize`` (recognized by its tags), so
  that ``coalesce`` can re-plan what ``tile`` produced with the same sizes.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir
from mlir.dialects import scf

from mlc.compiler import attributes
from mlc.compiler.analysis.dependence import analyze_dependences
from mlc.compiler.analysis.kernels import loop_kernel, mapping_of, ops_of
from mlc.compiler.mapping.build import (
    _new_parallel,
    index_const,
    read_plan_attr,
)
from mlc.compiler.mapping.plan import Plan
from mlc.compiler.pipeline import Pipeline

_AFFINE = ("affine.for", "affine.parallel", "affine.load", "affine.store", "affine.if")


def _has(op: ir.Operation, pred) -> bool:
    found = [False]

    def visit(o: ir.Operation) -> ir.WalkResult:
        if pred(o):
            found[0] = True
            return ir.WalkResult.INTERRUPT
        return ir.WalkResult.ADVANCE

    op.walk(visit)
    return found[0]


def lower_to_loops(module: ir.Operation) -> list[str]:
    """Lower linalg on memrefs and affine loops in place; returns what was done (for remarks)."""
    done = []
    if _has(
        module, lambda o: o.name.startswith("linalg.") and o.name not in ("linalg.yield", "linalg.index")
    ):
        Pipeline.parse("builtin.module(func.func(convert-linalg-to-parallel-loops))").run_on(module)
        done.append("linalg")
    if _has(module, lambda o: o.name in _AFFINE):
        Pipeline.parse("builtin.module(lower-affine)").run_on(module)
        done.append("affine")
    return done


def functions(module: ir.Operation):
    for op in ops_of(module.regions[0].blocks[0]):
        if op.name == "func.func" and op.regions[0].blocks:
            yield op


def outermost_loops(fn: ir.Operation, names=("scf.parallel", "scf.for")) -> list[ir.Operation]:
    """Outermost loops of ``fn`` (not inside another loop or a gpu.launch)."""
    out: list[ir.Operation] = []

    def scan(block) -> None:
        for op in ops_of(block):
            if op.name in names:
                out.append(op)
            elif op.name not in ("scf.parallel", "scf.for", "scf.while", "gpu.launch", "affine.for"):
                for region in op.regions:
                    for b in region.blocks:
                        scan(b)

    scan(fn.regions[0].blocks[0])
    return out


# -- parallelizing sequential bands ----------------------------------------------


def _hoist_constants(root: ir.Operation) -> None:
    """Move the constants of a loop nest before it (lower-affine materializes bounds inside)."""
    constants = []

    def visit(o: ir.Operation) -> ir.WalkResult:
        if o.name == "arith.constant":
            constants.append(o)
        return ir.WalkResult.ADVANCE

    root.walk(visit)
    for c in constants:
        c.move_before(root)


def _band(root: ir.Operation) -> list[ir.Operation]:
    band = [root]
    while True:
        body = band[-1].regions[0].blocks[0]
        ops = list(ops_of(body))
        if len(ops) != 2 or ops[0].name != "scf.for" or len(ops[0].results) or not _invariant(ops[0], root):
            return band
        band.append(ops[0])


def _invariant(loop: ir.Operation, root: ir.Operation) -> bool:
    """Whether the bounds of ``loop`` are defined outside ``root``."""
    for v in list(loop.operands)[:3]:
        owner = v.owner.owner if isinstance(v, ir.BlockArgument) else v.owner.operation
        while owner is not None and owner.name != "func.func":
            if owner == root:
                return False
            owner = owner.parent
    return True


@dataclass
class Parallelized:
    loop: ir.Operation  # the new scf.parallel
    parallel: list[str]  # labels of the loops that became parallel
    sequential: list[str]  # labels of the loops kept sequential, with reasons
    reasons: list[str]


def parallelize(root: ir.Operation) -> Parallelized | str:
    """Hoist the dependence-free loops of the band rooted at ``root`` into an scf.parallel.

    Returns the result, or a string saying why nothing could be parallelized.
    """
    if len(root.results):
        return "the loop carries values (iter_args)"
    _hoist_constants(root)
    band = _band(root)
    kernel = loop_kernel(root)
    by_loop = {info.loop: name for name, info in kernel.vars.items() if info.kind == "sequential"}
    band_vars = [by_loop[op] for op in band]
    deps = analyze_dependences(kernel.accesses, band_vars, kernel.vars)
    par = [v for v in band_vars if v not in deps.carried]
    labels = {v: kernel.vars[v].label for v in band_vars}
    reasons = [deps.carried[v] for v in band_vars if v in deps.carried]
    if not par:
        return "; ".join(reasons) or "no loop of the band is free of dependences"
    loc = root.location
    par_ops = [band[band_vars.index(v)] for v in par]
    seq_ops = [op for op in band if op not in par_ops]
    bounds = [list(op.operands)[:3] for op in par_ops]
    with loc:
        new_op, body = _new_parallel(
            [b[0] for b in bounds],
            [b[1] for b in bounds],
            [b[2] for b in bounds],
            loc,
            ir.InsertionPoint(root),
        )
    inner = body
    replace = {op: body.arguments[i] for i, op in enumerate(par_ops)}
    for op in seq_ops:
        lb, ub, step = list(op.operands)[:3]
        with ir.InsertionPoint(inner.operations[len(inner.operations) - 1]), op.location:
            for_op = scf.ForOp(lb, ub, step)
            with ir.InsertionPoint(for_op.body):
                scf.YieldOp([])
        replace[op] = for_op.induction_variable
        inner = for_op.body
    src = band[-1].regions[0].blocks[0]
    term = inner.operations[len(inner.operations) - 1]
    for op in list(src.operations)[:-1]:
        op.operation.move_before(term)
    for op, new in replace.items():
        op.regions[0].blocks[0].arguments[0].replace_all_uses_with(new)
    root.erase()
    return Parallelized(
        new_op.operation,
        [labels[v] for v in par],
        [labels[v] for v in band_vars if v not in par],
        reasons,
    )


# -- untiling --------------------------------------------------------------------


def untile(block_loop: ir.Operation) -> tuple[ir.Operation, Plan] | None:
    """Rebuild the flat scf.parallel that ``materialize`` tiled into ``block_loop``.

    Returns (flat loop, the recorded plan), or None when the nest is no longer in the
    form ``materialize`` produced (then it is left unchanged).
    """
    recorded = read_plan_attr(block_loop)
    if recorded is None:
        return None
    plan, steps = recorded
    body_ops = [op for op in ops_of(block_loop.regions[0].blocks[0])]
    if len(body_ops) != 2 or body_ops[0].name != "scf.parallel":
        return None
    thread_loop = body_ops[0]
    index_ops: dict[int, ir.Operation] = {}
    guard = None
    inner = thread_loop.regions[0].blocks[0]
    while True:
        ops = list(ops_of(inner))
        loops = [o for o in ops if attributes.TILE_LOOP in o.attributes]
        if loops:
            if len(ops) != 2:
                return None
            inner = loops[0].regions[0].blocks[0]
            continue
        break
    content = []
    for op in ops_of(inner):
        if attributes.TILE_INDEX in op.attributes:
            index_ops[ir.IntegerAttr(op.attributes[attributes.TILE_INDEX]).value] = op
        elif attributes.TILE_GUARD in op.attributes and op.name == "scf.if":
            guard = op
        elif attributes.TILE_GUARD not in op.attributes:
            content.append(op)
    n = len(plan.dims)
    if len(index_ops) != n:
        return None
    if guard is not None:
        if len(content) != 1:
            return None
        content = list(ops_of(guard.regions[0].blocks[0]))
    content = content[:-1]
    loc = block_loop.location
    bop = block_loop.opview
    with ir.InsertionPoint(block_loop), loc:
        steps_v = [index_const(s, loc) for s in steps]
        flat, body = _new_parallel(
            list(bop.lowerBound), list(bop.upperBound), steps_v, loc, ir.InsertionPoint(block_loop)
        )
    term = body.operations[len(body.operations) - 1]
    for op in content:
        op.move_before(term)
    for k in range(n):
        index_ops[k].results[0].replace_all_uses_with(body.arguments[k])
    block_loop.erase()
    return flat.operation, plan


def strip_tags(op: ir.Operation) -> None:
    """Remove the ``mlc.tile*`` attributes (once no later pass needs to untile)."""

    def visit(o: ir.Operation) -> ir.WalkResult:
        for tag in attributes.MAPPING_TAGS:
            if tag in o.attributes:
                del o.attributes[tag]
        return ir.WalkResult.ADVANCE

    op.walk(visit)


def is_mapped(op: ir.Operation) -> bool:
    return mapping_of(op) is not None


def is_tiled(op: ir.Operation) -> bool:
    return attributes.TILE in op.attributes
