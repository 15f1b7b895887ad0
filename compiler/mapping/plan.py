"""A GPU mapping plan for one parallel loop nest: which loop dimension goes to which id, and tile sizes.

``SizeOptions`` is what a plan is asked for: the options ``tile`` and ``coalesce``
share, declared once here (both passes inherit the fields as their options, with
defaults from the target's limits).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from mlc.compiler.errors import MlcError
from mlc.compiler.targets.limits import DEFAULT_GPU, MAX_THREADS_PER_BLOCK
from mlc.passes import option

if TYPE_CHECKING:
    from mlir import ir

AXES = "xyz"
# Which loops take threadIdx.x, y, z: loop order (as gpu-map-parallel-loops), innermost first, or
# the coalescing cost model.
Order = Literal["loop", "innermost", "coalesced"]


@dataclass(frozen=True)
class SizeOptions:
    """Sizes per hardware dimension (x, y, z), so they keep their meaning whichever loop takes x."""

    block: tuple[int, ...] = option((), "threads per block along x,y,z (0 or unset: heuristic)")
    thread_tile: tuple[int, ...] = option((), "iterations per thread along x,y,z (default 1)")
    max_threads: int = option(DEFAULT_GPU.register_safe_threads, "threads per block the heuristic aims for")
    sm_count: int = option(DEFAULT_GPU.sm_count, "SMs of the target (the heuristic keeps >= 2 blocks per SM)")

    def request(self) -> SizeOptions:
        """These sizes alone (without the other options of the pass that holds them)."""
        return SizeOptions(**{f.name: getattr(self, f.name) for f in dataclasses.fields(SizeOptions)})

    def check(self, name: str, loc: ir.Location) -> None:
        """Reject impossible sizes with a located error (``name``: the pass)."""
        block, tile = self.block, self.thread_tile
        if len(block) > 3 or len(tile) > 3:
            raise MlcError(f"{name}: block and thread-tile take at most 3 values (x,y,z)", loc=loc)
        if any(b < 0 for b in block):
            raise MlcError(f"{name}: block sizes must be positive (0 picks one), got {list(block)}", loc=loc)
        if math.prod(b for b in block if b > 0) > MAX_THREADS_PER_BLOCK:
            raise MlcError(
                f"{name}: a block of {list(block)} threads exceeds {MAX_THREADS_PER_BLOCK} threads", loc=loc
            )
        if any(t < 1 for t in tile):
            raise MlcError(f"{name}: thread-tile values must be at least 1, got {list(tile)}", loc=loc)
        if not 1 <= self.max_threads <= MAX_THREADS_PER_BLOCK:
            raise MlcError(
                f"{name}: max-threads must be between 1 and {MAX_THREADS_PER_BLOCK}, got {self.max_threads}",
                loc=loc,
            )
        if self.sm_count < 1:
            raise MlcError(f"{name}: sm-count must be at least 1, got {self.sm_count}", loc=loc)


@dataclass
class DimPlan:
    """How one dimension of a flat ``scf.parallel`` is distributed.

    The block tile of the dimension is ``threads * per_thread * vector`` iterations; thread
    ``t`` of a block handles iterations ``(t + r * threads) * vector + v`` of the tile for
    ``r < per_thread`` and ``v < vector`` (cyclic over threads, so consecutive threads take
    consecutive iterations, with ``vector`` contiguous iterations per thread).
    """

    index: int  # dimension of the flat loop
    thread: int | None = None  # hardware dimension for threadIdx (0..2), None if not thread-mapped
    block: int | None = None  # hardware dimension for blockIdx (0..2), None: a loop inside the kernel
    threads: int = 1
    per_thread: int = 1
    vector: int = 1

    @property
    def tile(self) -> int:
        return self.threads * self.per_thread * self.vector


@dataclass
class Plan:
    dims: list[DimPlan]
    # What the user asked for (0 = heuristic), kept so that a later pass re-planning the
    # nest for another threadIdx.x honours the request rather than the resolved sizes.
    requested: SizeOptions = SizeOptions()

    def by_thread(self, hw: int) -> DimPlan | None:
        return next((d for d in self.dims if d.thread == hw), None)

    @property
    def block_shape(self) -> tuple[int, int, int]:
        shape = [1, 1, 1]
        for d in self.dims:
            if d.thread is not None:
                shape[d.thread] = d.threads
        return tuple(shape)

    def describe(self, labels: list[str]) -> str:
        parts = []
        for d in sorted((d for d in self.dims if d.thread is not None), key=lambda d: d.thread):
            extra = f"x{d.per_thread}" if d.per_thread > 1 else ""
            vec = f", vector {d.vector}" if d.vector > 1 else ""
            parts.append(f"threadIdx.{AXES[d.thread]} = {labels[d.index]} ({d.threads}{extra}{vec})")
        seq = [labels[d.index] for d in self.dims if d.thread is None]
        text = ", ".join(parts)
        if seq:
            text += f"; per block: {', '.join(seq)}"
        return text
