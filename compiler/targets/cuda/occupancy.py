"""The occupancy-aware rule that picks tile sizes (threads per block) for a parallel loop nest.

The default mapping stage merges the leading dimensions of loops with more than
three (``mapped_extents``), tiles each kernel's outer ``scf.parallel`` and maps
it innermost-first: the innermost (contiguous, in row-major buffers) loop
dimension goes to ``x``, the next to ``y``, the third to ``z``. The rule then
chooses how many threads a block gets:

* candidates are 256, 128, 64 and 32 threads per block, largest first (from the
  register-safe block of ``limits.GpuSpec`` down to a warp);
* the first candidate whose grid has at least ``MIN_BLOCKS_PER_SM`` blocks on
  every SM is taken. Large loops get 256-thread blocks (8 resident blocks fill an
  SM); small loops get smaller blocks so that every SM still receives work;
* threads are dealt to the mapped dimensions innermost first, each dimension
  taking at most the next power of two of its extent and at most the hardware
  limit of its block dimension, so consecutive threads of a warp touch
  consecutive addresses of the innermost dimension.

256 is the ceiling because 256 threads × 255 registers (the most ptxas ever
assigns) still fit the 64K-register file of an SM, so a launch never fails for
lack of registers (``GpuSpec.register_safe_threads``). Tiles that do not divide
a loop are handled by the tiling itself (``affine.min`` bounds, guarded by
``scf.if`` in the kernel).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from mlc.compiler.errors import UnsupportedError
from mlc.compiler.targets.limits import MAX_BLOCK, MAX_GRID, WARP_SIZE, GpuSpec

MIN_BLOCKS_PER_SM = 2


@dataclass(frozen=True)
class LaunchShape:
    """Tile sizes for a loop nest (loop order) and the launch they produce (x, y, z)."""

    tile_sizes: tuple[int, ...]
    block: tuple[int, int, int]
    grid: tuple[int, int, int]

    @property
    def threads(self) -> int:
        return math.prod(self.block)

    @property
    def blocks(self) -> int:
        return math.prod(self.grid)


def mapped_extents(extents: tuple[int, ...], max_dims: int = 3) -> tuple[int, ...]:
    """The loop extents after ``collapse-parallel-loops{max-dims}`` merged the leading ones."""
    if len(extents) <= max_dims:
        return extents
    merged = len(extents) - max_dims + 1
    return (math.prod(extents[:merged]), *extents[merged:])


def _pow2_ceil(n: int) -> int:
    return 1 << max(0, (n - 1).bit_length())


def thread_candidates(spec: GpuSpec) -> tuple[int, ...]:
    """Threads per block the rule tries, largest first: powers of two from the register-safe
    block down to a warp."""
    out = [spec.register_safe_threads]
    while out[-1] > WARP_SIZE:
        out.append(out[-1] // 2)
    return tuple(out)


def _deal(extents: tuple[int, ...], threads: int) -> LaunchShape:
    """Give ``threads`` to the mapped (innermost three) dimensions, innermost first."""
    tiles = [1] * len(extents)
    block, grid = [1, 1, 1], [1, 1, 1]
    left = threads
    if len(extents) > 3:
        raise UnsupportedError(f"at most three loop dimensions can be mapped, got {list(extents)}")
    for hw, dim in enumerate(range(len(extents) - 1, -1, -1)):
        tile = max(1, min(left, _pow2_ceil(extents[dim]), MAX_BLOCK[hw]))
        tiles[dim], block[hw] = tile, tile
        grid[hw] = -(-extents[dim] // tile)
        left = max(1, left // tile)
    return LaunchShape(tuple(tiles), (block[0], block[1], block[2]), (grid[0], grid[1], grid[2]))


def choose_launch(extents: tuple[int, ...], spec: GpuSpec) -> LaunchShape:
    """Tile sizes for a parallel loop nest with static ``extents`` (see the module doc)."""
    if not extents:
        raise UnsupportedError("a kernel needs at least one parallel loop to map to the GPU")
    if any(e <= 0 for e in extents):
        raise UnsupportedError(f"parallel loop extents must be static and positive, got {list(extents)}")
    candidates = thread_candidates(spec)
    shape = _deal(extents, candidates[-1])
    for threads in candidates:
        candidate = _deal(extents, threads)
        if candidate.blocks >= MIN_BLOCKS_PER_SM * spec.sm_count:
            shape = candidate
            break
    for hw in range(3):
        if shape.grid[hw] > MAX_GRID[hw]:
            raise UnsupportedError(
                f"loop extents {list(extents)} need {shape.grid[hw]} blocks in grid dimension "
                f"{'xyz'[hw]}, more than the {MAX_GRID[hw]} the hardware allows",
                hint="reshape the computation so that the innermost dimension is the largest",
            )
    return shape
