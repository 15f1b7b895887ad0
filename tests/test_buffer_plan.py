"""Buffer planning: liveness, arena offsets, soundness and savings."""

from __future__ import annotations

import random

import pytest

from mlc.compiler.buffer_plan import BufferPlan, LiveRange, conflicts, live_ranges, peak_live, plan


def test_live_ranges_span_first_to_last_use():
    ranges = live_ranges([{0, 1}, {1, 2}, {2}, {0}], {0: 100, 1: 50, 2: 10, 7: 5})
    assert ranges == [LiveRange(0, 100, 0, 3), LiveRange(1, 50, 0, 1), LiveRange(2, 10, 1, 2)]


def test_buffers_with_disjoint_lifetimes_share_memory():
    ranges = [LiveRange(0, 1000, 0, 1), LiveRange(1, 1000, 2, 3), LiveRange(2, 1000, 4, 5)]
    result = plan(ranges)
    assert set(result.offsets.values()) == {0}
    assert result.arena_bytes == 1024 and result.naive_bytes == 3 * 1024


def test_a_kernel_never_writes_over_its_own_input():
    # buffer 0 is read for the last time by the step that first writes buffer 1
    ranges = [LiveRange(0, 256, 0, 1), LiveRange(1, 256, 1, 2)]
    result = plan(ranges)
    assert result.offsets[0] != result.offsets[1]
    assert conflicts(ranges, result) == []


def test_offsets_are_aligned():
    result = plan([LiveRange(0, 3, 0, 0), LiveRange(1, 5, 0, 0), LiveRange(2, 7, 0, 0)], alignment=128)
    assert all(off % 128 == 0 for off in result.offsets.values())


@pytest.mark.parametrize("seed", range(20))
def test_random_plans_are_sound_and_never_worse_than_naive(seed):
    rng = random.Random(seed)
    ranges = []
    for b in range(rng.randint(1, 40)):
        first = rng.randint(0, 30)
        ranges.append(LiveRange(b, rng.randint(1, 1 << 16), first, first + rng.randint(0, 8)))
    result = plan(ranges)
    assert conflicts(ranges, result) == []
    assert peak_live(ranges) <= result.arena_bytes <= result.naive_bytes


def test_plan_round_trips_through_json():
    result = plan([LiveRange(3, 100, 0, 2), LiveRange(5, 40, 1, 1)])
    assert BufferPlan.from_json(result.to_json()) == result


def test_peak_live_counts_overlapping_buffers_only():
    assert peak_live([LiveRange(0, 10, 0, 1), LiveRange(1, 20, 1, 2), LiveRange(2, 40, 3, 3)]) == 40
    assert peak_live([]) == 0
