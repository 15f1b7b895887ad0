"""Re-assigning hardware ids among the dimensions of an already mapped nest (not tiled by mlc).

Any permutation of the processors of one ``scf.parallel`` is legal (its iterations are
independent). The thread-level permutation with the lowest traffic-weighted sectors per
request wins, and the block level is permuted the same way so that blockIdx.x keeps
following threadIdx.x.
"""

from __future__ import annotations

import itertools
import re

from mlir import ir

from mlc.compiler.analysis.kernels import loop_kernel, ops_of
from mlc.compiler.analysis.report import kernel_result

_PROC = re.compile(r"processor\s*=\s*(\w+)")


def _procs(op: ir.Operation) -> list[str]:
    return [_PROC.search(str(a)).group(1) for a in ir.ArrayAttr(op.attributes["mapping"])]


def _set_procs(op: ir.Operation, procs: list[str], original: list[ir.Attribute]) -> None:
    attrs = [
        ir.Attribute.parse(re.sub(r"processor\s*=\s*\w+", f"processor = {p}", str(a)))
        for a, p in zip(original, procs, strict=True)
    ]
    op.attributes["mapping"] = ir.ArrayAttr.get(attrs)


def _score(block_loop: ir.Operation) -> float:
    result = kernel_result(loop_kernel(block_loop))
    return result.sectors_per_request if result.sectors_per_request is not None else float("inf")


def thread_loop_of(block_loop: ir.Operation) -> ir.Operation | None:
    ops = list(ops_of(block_loop.regions[0].blocks[0]))
    inner = [o for o in ops if o.name == "scf.parallel" and "mapping" in o.attributes]
    return inner[0] if len(inner) == 1 else None


def remap(block_loop: ir.Operation) -> tuple[float, float]:
    """Permute thread (and matching block) processors for the best sectors per request.

    Returns (before, after) traffic-weighted sectors per request.
    """
    before = _score(block_loop)
    thread_loop = thread_loop_of(block_loop)
    if thread_loop is None:
        return before, before
    t_orig = list(ir.ArrayAttr(thread_loop.attributes["mapping"]))
    b_orig = list(ir.ArrayAttr(block_loop.attributes["mapping"]))
    t_procs, b_procs = _procs(thread_loop), _procs(block_loop)
    mapped = [i for i, p in enumerate(t_procs) if p.startswith("thread_")]
    best = (before, t_procs, b_procs)
    same_rank = len(t_procs) == len(b_procs)
    for perm in itertools.permutations(mapped):
        procs = list(t_procs)
        for src, dst in zip(mapped, perm, strict=True):
            procs[dst] = t_procs[src]
        blocks = list(b_procs)
        if same_rank:
            for src, dst in zip(mapped, perm, strict=True):
                blocks[dst] = b_procs[src]
        _set_procs(thread_loop, procs, t_orig)
        _set_procs(block_loop, blocks, b_orig)
        score = _score(block_loop)
        if score < best[0] - 1e-9:
            best = (score, procs, blocks)
    _set_procs(thread_loop, best[1], t_orig)
    _set_procs(block_loop, best[2], b_orig)
    return before, best[0]
