"""The occupancy-aware rule that picks tile sizes (threads per block) for a parallel loop nest.

The default mapping stage merges the leading dimensions of loops with more than
three (``mapped_extents``), tiles each kernel's outer ``scf.parallel`` and maps
it innermost-first: the innermost (contiguous, in row-major buffers) loop
dimension goes to ``x``, the next to ``y``, the third to ``z``. The rule then
chooses how many threads a block gets:

* candidates are 256, 128, 64 and 32 threads per block, largest first;
* the first candidate whose grid has at least ``MIN_BLOCKS_PER_SM`` blocks on
  every SM is taken. Large loops get 256-thread blocks (8 resident blocks fill an
  SM); small loops get smaller blocks so that every SM still receives work;
* threads are dealt to the mapped dimensions innermost first, each dimension
  taking at most the next power of two of its extent and at most the hardware
  limit of its block dimension, so consecutive threads of a warp touch
  consecutive addresses of the innermost dimension.

256 is the ceiling because 256 threads × 255 registers (the most ptxas ever
assigns) still fit the 64K-register file of an SM, so a launch never fails for
lack of registers. Tiles that do not divide a loop are handled by the tiling
itself (``affine.min`` bounds, guarded by ``scf.if`` in the kernel).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from mlc.compiler.errors import UnsupportedError

THREAD_CANDIDATES = (256, 128, 64, 32)
MIN_BLOCKS_PER_SM = 2


@dataclass(frozen=True)
class GpuSpec:
    """What the launch rule, the tensor-core GEMM and its performance model need to know about a
    GPU architecture: its limits, and the peak numbers of its reference part."""

    arch: str
    sm_count: int
    ptx_features: str
    max_block: tuple[int, int, int] = (1024, 1024, 64)
    max_grid: tuple[int, int, int] = (2**31 - 1, 65535, 65535)
    static_shared_bytes: int = 48 * 1024  # per block, without opting in to dynamic shared memory
    shared_bytes_per_sm: int = 0
    registers_per_sm: int = 65536
    max_threads_per_sm: int = 2048
    max_blocks_per_sm: int = 32
    tensor_tflops: float = 0.0  # dense f16/bf16 tensor-core peak (f32 accumulation) of the reference part
    tf32_tflops: float = 0.0  # dense tf32 tensor-core peak
    simt_tflops: float = 0.0  # f32 FMA peak of the CUDA cores
    dram_gbps: float = 0.0  # DRAM bandwidth
    reference_sm_count: int = 0  # SMs the peaks above are for (they scale with --sm-count)
    shared_reserved_per_block: int = 1024  # shared memory the driver reserves per block (sm_80+)
    register_granularity: int = 256  # registers are allocated per warp in units of this many
    memory_latency_ns: float = 500.0  # an assumed round figure for a global load, for the pipeline model
    part: str = ""


# The reference parts, from NVIDIA's data sheets: A100 SXM4 80 GB (sm_80) and H100 SXM5 (sm_90).
# --sm-count overrides the SM count (the peaks are then scaled by it in the performance model).
ARCHS: dict[str, GpuSpec] = {
    "sm_80": GpuSpec(
        "sm_80",
        108,
        "+ptx70",
        shared_bytes_per_sm=164 * 1024,
        tensor_tflops=312.0,
        tf32_tflops=156.0,
        simt_tflops=19.5,
        dram_gbps=2039.0,
        reference_sm_count=108,
        part="A100 SXM4 80GB",
    ),
    "sm_90": GpuSpec(
        "sm_90",
        132,
        "+ptx80",
        shared_bytes_per_sm=228 * 1024,
        tensor_tflops=989.4,
        tf32_tflops=494.7,
        simt_tflops=66.9,
        dram_gbps=3350.0,
        reference_sm_count=132,
        part="H100 SXM5",
    ),
}


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


def _deal(extents: tuple[int, ...], threads: int, spec: GpuSpec) -> LaunchShape:
    """Give ``threads`` to the mapped (innermost three) dimensions, innermost first."""
    tiles = [1] * len(extents)
    block, grid = [1, 1, 1], [1, 1, 1]
    left = threads
    if len(extents) > 3:
        raise UnsupportedError(f"at most three loop dimensions can be mapped, got {list(extents)}")
    for hw, dim in enumerate(range(len(extents) - 1, -1, -1)):
        tile = max(1, min(left, _pow2_ceil(extents[dim]), spec.max_block[hw]))
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
    shape = _deal(extents, THREAD_CANDIDATES[-1], spec)
    for threads in THREAD_CANDIDATES:
        candidate = _deal(extents, threads, spec)
        if candidate.blocks >= MIN_BLOCKS_PER_SM * spec.sm_count:
            shape = candidate
            break
    for hw in range(3):
        if shape.grid[hw] > spec.max_grid[hw]:
            raise UnsupportedError(
                f"loop extents {list(extents)} need {shape.grid[hw]} blocks in grid dimension "
                f"{'xyz'[hw]}, more than the {spec.max_grid[hw]} the hardware allows",
                hint="reshape the computation so that the innermost dimension is the largest",
            )
    return shape
