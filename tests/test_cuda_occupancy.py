"""The occupancy-aware launch rule of the CUDA target."""

from __future__ import annotations

import dataclasses
import math

import pytest

from mlc.compiler.errors import UnsupportedError
from mlc.compiler.targets.cuda.occupancy import (
    MIN_BLOCKS_PER_SM,
    choose_launch,
    mapped_extents,
    thread_candidates,
)
from mlc.compiler.targets.limits import CUDA_ARCHS

H100 = CUDA_ARCHS["sm_90"]


def test_large_loops_get_256_threads_on_the_innermost_dimension():
    shape = choose_launch((4096, 4096), H100)
    assert shape.threads == 256
    assert shape.block == (256, 1, 1)  # innermost loop -> threadIdx.x
    assert shape.tile_sizes == (1, 256)
    assert shape.grid == (16, 4096, 1)


def test_small_loops_get_smaller_blocks_so_every_sm_has_work():
    shape = choose_launch((128, 256), H100)  # 32K iterations
    assert shape.threads < 256
    assert shape.blocks >= MIN_BLOCKS_PER_SM * H100.sm_count
    tiny = choose_launch((7,), H100)
    assert tiny.block == (8, 1, 1) and tiny.grid == (1, 1, 1)


def test_threads_spill_over_to_outer_dimensions_of_narrow_loops():
    shape = choose_launch((512, 512, 3), H100)
    assert shape.block[0] == 4  # pow2 above the innermost extent 3
    assert shape.threads == 256 and shape.block[1] * shape.block[2] == 64


def test_more_sms_mean_smaller_blocks():
    small_gpu = choose_launch((256, 512), dataclasses.replace(H100, sm_count=8))
    big_gpu = choose_launch((256, 512), dataclasses.replace(H100, sm_count=1024))
    assert small_gpu.threads == 256
    assert big_gpu.threads == 64 and big_gpu.blocks == MIN_BLOCKS_PER_SM * 1024


def test_candidates_run_from_the_register_safe_block_down_to_a_warp():
    assert thread_candidates(H100) == (256, 128, 64, 32)
    assert H100.register_safe_threads * H100.registers_per_thread <= H100.registers_per_sm
    fewer_registers = dataclasses.replace(H100, registers_per_sm=32 * 1024)
    assert thread_candidates(fewer_registers) == (128, 64, 32)
    assert choose_launch((4096, 4096), fewer_registers).threads == 128


def test_tiles_cover_the_loop_even_when_they_do_not_divide_it():
    shape = choose_launch((100, 37), H100)
    for extent, tile, blocks in zip((100, 37), shape.tile_sizes, (shape.grid[1], shape.grid[0]), strict=True):
        assert blocks * tile >= extent > (blocks - 1) * tile


def test_leading_dimensions_are_merged_down_to_three():
    assert mapped_extents((2, 3, 4, 5, 6)) == (24, 5, 6)
    assert mapped_extents((5, 6)) == (5, 6)
    assert math.prod(mapped_extents((8, 64, 56, 56))) == 8 * 64 * 56 * 56


def test_grid_limits_are_reported():
    with pytest.raises(UnsupportedError, match="grid dimension y"):
        choose_launch((70000 * 256, 1), H100)
    with pytest.raises(UnsupportedError, match="static and positive"):
        choose_launch((0, 4), H100)
