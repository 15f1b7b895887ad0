"""A GPU mapping plan for one parallel loop nest: which loop dimension goes to which id, and tile sizes."""

from __future__ import annotations

from dataclasses import dataclass

AXES = "xyz"


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
    requested_block: tuple[int, ...] = ()
    requested_tile: tuple[int, ...] = ()
    max_threads: int = 256
    sm_count: int = 132

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
