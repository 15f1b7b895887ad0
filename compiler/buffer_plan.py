"""Compile-time buffer planning: liveness of intermediates and their offsets in one device arena.

A model compiles to a sequence of steps (kernel launches). Every intermediate
buffer is live from the first step that touches it to the last one; two buffers
whose live ranges overlap must not share memory, all others may. The planner
places buffers greedily, largest first, each at the lowest aligned offset that
does not collide with an already placed buffer whose live range overlaps its own
(the classic greedy-by-size heuristic for offset assignment). The arena is then
allocated once and reused by every run.

Live ranges are closed intervals of step indices, so a kernel that reads a
buffer for the last time never writes its output over it.

The plan travels in the artifact's manifest as ``mlc.runtime.artifact.BufferPlan``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mlc.runtime.artifact import BufferPlan

DEFAULT_ALIGNMENT = 256


@dataclass(frozen=True)
class LiveRange:
    """Buffer ``buffer`` of ``nbytes`` bytes, live from step ``first`` to step ``last`` (inclusive)."""

    buffer: int
    nbytes: int
    first: int
    last: int

    def overlaps(self, other: LiveRange) -> bool:
        return self.first <= other.last and other.first <= self.last


def align_up(n: int, alignment: int) -> int:
    return -(-n // alignment) * alignment


def live_ranges(step_uses: Sequence[Iterable[int]], sizes: dict[int, int]) -> list[LiveRange]:
    """Live ranges of the buffers in ``sizes`` from the buffers each step uses.

    A buffer that no step uses gets no range (it needs no memory).
    """
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for step, used in enumerate(step_uses):
        for b in used:
            if b in sizes:
                first.setdefault(b, step)
                last[b] = step
    return [LiveRange(b, sizes[b], first[b], last[b]) for b in sorted(first)]


def peak_live(ranges: Sequence[LiveRange]) -> int:
    """The largest total size of buffers live at the same step."""
    events: dict[int, int] = {}
    for r in ranges:
        events[r.first] = events.get(r.first, 0) + r.nbytes
        events[r.last + 1] = events.get(r.last + 1, 0) - r.nbytes
    peak = live = 0
    for step in sorted(events):
        live += events[step]
        peak = max(peak, live)
    return peak


def plan(ranges: Sequence[LiveRange], alignment: int = DEFAULT_ALIGNMENT) -> BufferPlan:
    """Assign arena offsets so that buffers with overlapping live ranges never overlap in memory."""
    placed: list[tuple[LiveRange, int, int]] = []  # (range, start, end)
    offsets: dict[int, int] = {}
    for r in sorted(ranges, key=lambda r: (-r.nbytes, r.first, r.buffer)):
        size = align_up(max(r.nbytes, 1), alignment)
        busy = sorted((s, e) for other, s, e in placed if other.overlaps(r))
        offset = 0
        for start, end in busy:
            if offset + size <= start:
                break
            offset = max(offset, align_up(end, alignment))
        offsets[r.buffer] = offset
        placed.append((r, offset, offset + size))
    arena = max((end for _, _, end in placed), default=0)
    return BufferPlan(
        offsets=offsets,
        arena_bytes=arena,
        naive_bytes=sum(align_up(max(r.nbytes, 1), alignment) for r in ranges),
        peak_live_bytes=peak_live(ranges),
        alignment=alignment,
    )


def conflicts(ranges: Sequence[LiveRange], result: BufferPlan) -> list[tuple[int, int]]:
    """Pairs of buffers that are live at the same time and overlap in the arena (empty if sound)."""
    bad = []
    for i, a in enumerate(ranges):
        for b in ranges[i + 1 :]:
            if not a.overlaps(b):
                continue
            a0, b0 = result.offsets[a.buffer], result.offsets[b.buffer]
            if a0 < b0 + max(b.nbytes, 1) and b0 < a0 + max(a.nbytes, 1):
                bad.append((a.buffer, b.buffer))
    return bad
