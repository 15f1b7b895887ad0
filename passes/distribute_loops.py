"""``distribute-loops``: loop fission of ``affine.for`` nests into perfect nests, where legal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import remark
from mlc.passes import Pass, option

if TYPE_CHECKING:
    from mlir import ir

# Ops whose memory effects the access model sees (loads and stores) or that have none.
_KNOWN_PREFIXES = ("arith.", "math.", "affine.", "scf.", "index.")
_KNOWN_OPS = frozenset({"memref.load", "memref.store", "memref.dim"})


def _body_ops(loop: ir.Operation) -> list[ir.Operation]:
    ops = [o.operation for o in loop.regions[0].blocks[0].operations]
    return ops[:-1]  # the affine.yield


def _unknown_effects(loop: ir.Operation) -> ir.Operation | None:
    """The first op in ``loop`` whose memory effects the dependence test cannot see."""
    from mlir import ir

    found: list[ir.Operation] = []

    def visit(o: ir.Operation) -> ir.WalkResult:
        name = o.name
        if not name.startswith(_KNOWN_PREFIXES) and name not in _KNOWN_OPS:
            found.append(o)
            return ir.WalkResult.INTERRUPT
        return ir.WalkResult.ADVANCE

    loop.walk(visit, ir.WalkOrder.PRE_ORDER)
    return found[0] if found else None


def _statements(ops: list[ir.Operation]) -> list[list[int]]:
    """The body split into statements: contiguous runs of ops closed under use of each other's results."""
    from mlir import ir

    index = {o: i for i, o in enumerate(ops)}
    parent = list(range(len(ops)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, o in enumerate(ops):
        used: list[ir.Value] = []

        def collect(inner: ir.Operation, used: list[ir.Value] = used) -> ir.WalkResult:
            used.extend(inner.operands)
            return ir.WalkResult.ADVANCE

        o.walk(collect, ir.WalkOrder.PRE_ORDER)
        for v in used:
            if isinstance(v, ir.OpResult) and v.owner in index:
                parent[find(index[v.owner])] = find(i)
    # Merge overlapping groups so that each statement is a contiguous run of ops.
    spans: dict[int, list[int]] = {}
    for i in range(len(ops)):
        spans.setdefault(find(i), []).append(i)
    runs = sorted((min(s), max(s)) for s in spans.values())
    merged: list[list[int]] = []
    for lo, hi in runs:
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [list(range(lo, hi + 1)) for lo, hi in merged]


def _within(op: ir.Operation, roots: list[ir.Operation]) -> bool:
    while op is not None:
        if op in roots:
            return True
        op = op.parent
        if op is None or op.name == "func.func":
            return False
    return False


@dataclass(frozen=True)
class DistributeLoops(Pass):
    """Split each ``affine.for`` whose body holds several statements into one loop per statement.

    A statement is a contiguous run of the body's ops closed under SSA use (a
    nested loop nest, or a load-compute-store chain). Loops are visited inner
    first, so an imperfect nest becomes a sequence of perfect nests: gemm's
    ``for i { for j: C[i][j] *= beta; for k, j: C[i][j] += alpha*A[i][k]*B[k][j] }``
    becomes a scaling nest and a matmul nest that ``raise-affine-to-linalg``
    recognises. Distribution runs all iterations of one statement before the
    next, so it is legal when no element is touched by two statements (one of
    them writing) in different iterations of the loop; the dependence test of
    ``mlc.compiler.analysis.dependence`` decides. Statements that cannot be
    separated stay together. Loops with results (iter_args), and loops containing
    ops whose memory effects the test cannot see (calls, llvm ops), are left
    alone. Every distribution, and every refusal, is a remark.
    """

    NAME = "distribute-loops"
    SUMMARY = "loop fission: split imperfect affine loop nests into perfect ones where legal"

    max_depth: int = option(8, "distribute only loops nested at most this deep (1: outermost only)")

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        loops: list[tuple[ir.Operation, int]] = []

        def collect(o: ir.Operation) -> ir.WalkResult:
            if o.name == "affine.for":
                depth, p = 1, o.parent
                while p is not None and p.name == "affine.for":
                    depth, p = depth + 1, p.parent
                loops.append((o, depth))
            return ir.WalkResult.ADVANCE

        op.walk(collect, ir.WalkOrder.POST_ORDER)
        for loop, depth in loops:
            if depth <= self.max_depth:
                _distribute(loop)


def _distribute(loop: ir.Operation) -> None:
    from mlc.compiler.analysis.dependence import carried_between
    from mlc.compiler.analysis.kernels import loop_kernel

    if len(loop.results):
        return
    ops = _body_ops(loop)
    groups = _statements(ops)
    if len(groups) < 2:
        return
    bad = _unknown_effects(loop)
    if bad is not None:
        why = f"'{bad.name}' has memory effects the dependence test cannot see"
        remark(loop.location, f"loop not distributed: {why}")
        return
    kernel = loop_kernel(loop)
    var = next(n for n, v in kernel.vars.items() if v.loop is not None and v.loop == loop)
    accesses = [[a for a in kernel.accesses if _within(a.op, [ops[i] for i in g])] for g in groups]
    # Merge statements p..q whenever a dependence between p and q is carried by the loop.
    reasons: list[str] = []
    changed = True
    while changed:
        changed = False
        for p in range(len(groups)):
            for q in range(p + 1, len(groups)):
                why = carried_between(accesses[p], accesses[q], var, kernel.vars)
                if why is None:
                    continue
                reasons.append(why)
                groups[p : q + 1] = [[i for g in groups[p : q + 1] for i in g]]
                accesses[p : q + 1] = [[a for acc in accesses[p : q + 1] for a in acc]]
                changed = True
                break
            if changed:
                break
    if len(groups) < 2:
        remark(loop.location, f"loop not distributed: {reasons[0]}")
        return
    note = f" (kept together: {reasons[0]})" if reasons else ""
    remark(loop.location, f"loop distributed into {len(groups)} loops{note}")
    _split(loop, groups)


def _split(loop: ir.Operation, groups: list[list[int]]) -> None:
    """Replace ``loop`` by one copy per group, each keeping only that group's ops."""
    from mlir import ir

    n = len(_body_ops(loop))
    for group in groups:
        copy = loop.clone(ip=ir.InsertionPoint(loop))
        body = _body_ops(copy)
        keep = set(group)
        for i in reversed(range(n)):
            if i not in keep:
                body[i].erase()
    loop.erase()
