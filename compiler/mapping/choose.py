"""Choosing a mapping plan: which loop dimension each hardware id takes, and the tile sizes.

Default sizes (the heuristic ``tile`` documents):

* threadIdx.x gets 32 threads (a full warp along one dimension), or the next power of two
  of the dimension's extent when it is smaller; with a single thread-mapped dimension it
  gets up to ``max-threads``;
* threadIdx.y gets ``max-threads / bx`` threads, capped by its extent (power of two);
* while the grid has fewer than two blocks per SM (``sm-count``) and the block has more
  than 64 threads, the block is halved (y first, x not below 32), so that small problems
  still fill the GPU;
* each thread handles one element per dimension unless ``thread-tile`` says otherwise.

Dimensions that get no thread id are distributed over the remaining block ids (one index
per block) and, past three, become loops inside the kernel.
"""

from __future__ import annotations

import math

from mlc.compiler.analysis.model import Access, Kernel
from mlc.compiler.analysis.report import loop_candidates
from mlc.compiler.mapping.plan import DimPlan, Plan, SizeOptions
from mlc.compiler.targets.limits import MAX_GRID, WARP_SIZE


def _pow2_at_least(n: int) -> int:
    return 1 << max(0, math.ceil(math.log2(max(n, 1))))


def _weight(kernel: Kernel, access: Access) -> float:
    total = 1.0
    for n in access.seq_loops:
        c = kernel.vars[n].count
        total *= c if c is not None else 1
    return total


def stage_var(access: Access, kernel: Kernel) -> str | None:
    """The loop whose tile staging would read or write contiguously, if ``coalesce`` could stage
    the access (the conditions of ``mlc.passes.coalesce.stage.Stager.classify``, on the flat nest)."""
    if (
        access.space != "global"
        or access.op.name not in ("memref.load", "memref.store")
        or not access.indices
    ):
        return None
    others = [a for a in kernel.accesses if a.root == access.root and a is not access]
    if any(a.kind != access.kind for a in others):
        return None
    loops = {n for n, v in kernel.vars.items() if v.kind in ("parallel", "sequential")}
    used: list[str] = []
    for index in access.indices:
        lin = index.linear()
        if lin is None:
            return None
        tile = [v for v in lin if v in loops]
        if len(tile) > 1 or (tile and lin[tile[0]] != 1):
            return None
        used += tile
    if len(set(used)) != len(used) or access.contiguous_dim is None:
        return None
    lin = access.contiguous_dim.linear() or {}
    contiguous = [v for v in lin if v in loops]
    if len(contiguous) != 1:
        return None
    var = contiguous[0]
    seq = [v for v in used if kernel.vars[v].kind == "sequential"]
    if access.kind == "store" and (seq or access.seq_loops):
        return None
    if seq and (var not in seq or any(access.seq_loops.index(v) > access.seq_loops.index(var) for v in seq)):
        return None
    return var


def candidate_costs(kernel: Kernel, allow_staging: bool) -> dict[str, tuple[float, int]]:
    """Sectors moved per iteration for each parallel loop as threadIdx.x (a loop shorter than a
    warp leaves lanes idle, so it moves more per iteration), with the number of accesses that
    would need shared-memory staging to get there. A staged access counts ``STAGING_COST``
    times its ideal, so staging is only chosen when no mapping does as well without it."""
    costs = {name: [0.0, 0] for name in kernel.parallel}
    for access in kernel.accesses:
        if access.space != "global":
            continue
        weight = _weight(kernel, access)
        metrics = loop_candidates(kernel, access)
        contiguous = stage_var(access, kernel)
        for name in kernel.parallel:
            metric = metrics[name]
            value = metric.value if metric.value is not None else float(WARP_SIZE)  # a sector per lane
            lanes = max(metric.lanes, 1.0)
            ideal = float(access.access_bytes)
            if allow_staging and value > ideal + 1e-6 and contiguous is not None and contiguous != name:
                # Staged: the global side at its ideal, plus a pass through shared memory.
                costs[name][0] += weight * STAGING_COST * ideal / lanes
                costs[name][1] += 1
            else:
                costs[name][0] += weight * value / lanes
    return {k: (v[0], v[1]) for k, v in costs.items()}


def order_dims(
    kernel: Kernel, order: str, allow_staging: bool
) -> tuple[list[int], dict[str, tuple[float, int]]]:
    """Flat-loop dimensions in the order they take threadIdx.x, .y, .z, then the rest."""
    dims = sorted(kernel.parallel, key=lambda n: kernel.vars[n].dim)
    index = {n: kernel.vars[n].dim for n in dims}
    costs: dict[str, tuple[float, int]] = {}
    if order == "loop":
        ranked = dims
    elif order == "innermost":
        ranked = list(reversed(dims))
    else:
        costs = candidate_costs(kernel, allow_staging)
        position = {n: i for i, n in enumerate(dims)}
        best = min(dims, key=lambda n: (round(costs[n][0], 6), costs[n][1], -position[n]))
        ranked = [best] + [n for n in reversed(dims) if n != best]
    # A dimension of extent 1 gives a thread nothing to do: rank it last whatever the order.
    ranked = [n for n in ranked if kernel.vars[n].count != 1] + [
        n for n in ranked if kernel.vars[n].count == 1
    ]
    return [index[n] for n in ranked], costs


STAGE_WIDTH = 32  # elements a staged tile should span along the buffer's contiguous dimension
STAGING_COST = 2.0  # a staged access costs its ideal sectors twice (the extra shared-memory pass)


def make_plan(
    kernel: Kernel, ranked: list[int], sizes: SizeOptions, vector: int = 1, wide: frozenset[int] = frozenset()
) -> Plan:
    """Thread/block assignment and sizes for dimensions ranked for x, y, z.

    Dimensions in ``wide`` index the contiguous dimension of a buffer that will be staged
    through shared memory: their block tile is widened to ``STAGE_WIDTH`` iterations (more
    iterations per thread) so that the staged copy reads whole sectors.
    """
    counts = {kernel.vars[n].dim: kernel.vars[n].count for n in kernel.parallel}
    requested = list(sizes.block) + [0] * (3 - len(sizes.block))
    n_thread_dims = min(len(ranked), 3 if requested[2] > 1 else 2)
    thread_dims = ranked[:n_thread_dims]
    threads = []
    for hw, k in enumerate(thread_dims):
        if requested[hw] > 0:
            threads.append(requested[hw])
            continue
        extent = counts.get(k)
        if hw == 0:
            extent = math.ceil(extent / vector) if extent else extent
            cap = sizes.max_threads if n_thread_dims == 1 else WARP_SIZE
            threads.append(min(cap, _pow2_at_least(extent)) if extent else cap)
        else:
            room = max(1, sizes.max_threads // math.prod(threads))
            threads.append(min(room, _pow2_at_least(extent)) if extent else room)
    tiles = list(sizes.thread_tile) + [1] * (3 - len(sizes.thread_tile))
    tiles[0] *= vector

    def widen() -> None:
        for hw, k in enumerate(thread_dims):
            if k in wide and hw >= len(sizes.thread_tile):
                extent = counts.get(k) or STAGE_WIDTH
                tiles[hw] = max(1, min(STAGE_WIDTH, _pow2_at_least(extent)) // threads[hw])

    widen()

    def blocks() -> int | None:
        total = 1
        for hw, k in enumerate(thread_dims):
            c = counts.get(k)
            if c is None:
                return None
            total *= math.ceil(c / (threads[hw] * tiles[hw]))
        for k in ranked[n_thread_dims:]:
            c = counts.get(k)
            if c is None:
                return None
            total *= c
        return total

    auto = [hw for hw in range(n_thread_dims) if requested[hw] <= 0]
    while (b := blocks()) is not None and b < 2 * sizes.sm_count and math.prod(threads) > 64:
        shrink = next((hw for hw in reversed(auto) if hw > 0 and threads[hw] > 1), None)
        if shrink is None and 0 in auto and threads[0] > WARP_SIZE:
            shrink = 0
        if shrink is None:
            break
        threads[shrink] //= 2
        widen()
        if blocks() == b:  # the tile is pinned (staging): fewer threads would not add blocks
            threads[shrink] *= 2
            widen()
            break
    tiles[0] //= vector
    dims = []
    for hw, k in enumerate(thread_dims):
        dims.append(
            DimPlan(
                index=k,
                thread=hw,
                block=hw,
                threads=threads[hw],
                per_thread=tiles[hw],
                vector=vector if hw == 0 else 1,
            )
        )
    free_blocks = [b for b in range(3) if b >= n_thread_dims]
    for k in ranked[n_thread_dims:]:
        block = free_blocks.pop(0) if free_blocks else None
        dims.append(DimPlan(index=k, thread=None, block=block))
    _respect_grid_limits(dims, counts)
    return Plan(sorted(dims, key=lambda d: d.index), sizes.request())


def _respect_grid_limits(dims: list[DimPlan], counts: dict[int, int | None]) -> None:
    """blockIdx.y and .z are limited (to 65535): move a larger dimension onto x, or into the kernel."""
    by_block = {d.block: d for d in dims if d.block is not None}
    for hw in (1, 2):
        d = by_block.get(hw)
        if d is None or counts.get(d.index) is None:
            continue
        if math.ceil(counts[d.index] / d.tile) <= MAX_GRID[hw]:
            continue
        x = by_block.get(0)
        if (
            x is not None
            and counts.get(x.index) is not None
            and math.ceil(counts[x.index] / x.tile) <= MAX_GRID[hw]
        ):
            x.block, d.block = hw, 0
            by_block[0], by_block[hw] = d, x
        else:
            d.block = None
