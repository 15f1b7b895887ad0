"""The access analysis: index expressions, the warp metric, dependences and reports at every IR level."""

from __future__ import annotations

import json

import numpy as np
import pytest

from mlc.compiler.analysis import analyze_text
from mlc.compiler.analysis.expr import Expr
from mlc.compiler.analysis.model import THREAD_VARS, VarInfo
from mlc.compiler.analysis.warp import block_lanes, measure
from mlc.compiler.optimizer import optimize

TX, TY, TZ = (Expr.var(v) for v in THREAD_VARS)
LANES_32 = block_lanes((32, 1, 1), THREAD_VARS)


def test_divisions_split_off_multiples_of_the_divisor():
    k = Expr.var("k")
    e = (TX + k * 32).floordiv(32)
    assert e == k + TX.floordiv(32)
    assert (TX + k * 32 + 5).mod(32) == (TX + 5).mod(32)
    assert (k * 64 + 32).mod(32) == Expr.constant(0)
    assert (k * 4).floordiv(2) == k * 2
    inside, rest = e.split(frozenset(THREAD_VARS))
    assert inside == TX.floordiv(32) and rest == k


def test_substitution_and_evaluation():
    e = (Expr.var("i") * 3 + 1).mod(4)
    s = e.substitute({"i": TX + 2})
    assert np.array_equal(s.evaluate({THREAD_VARS[0]: np.arange(4)}), (3 * (np.arange(4) + 2) + 1) % 4)


@pytest.mark.parametrize(
    ("address", "elem", "expected"),
    [
        (TX, 4, 4.0),  # consecutive f32: 128 bytes
        (TX * 2, 4, 8.0),  # every other f32
        (TX * 64, 4, 32.0),  # one row per lane
        (TX, 8, 8.0),  # f64: 256 bytes
        (Expr.constant(7), 4, 1.0),  # broadcast
        (TX + 1, 4, 5.0),  # one element off: the span straddles five sectors
        (TX.floordiv(2), 4, 2.0),  # pairs of lanes share an element
    ],
)
def test_sectors_per_request(address, elem, expected):
    m = measure(address, elem, elem, LANES_32, {})
    assert m.status == "exact"
    assert m.value == pytest.approx(expected)


def test_misalignment_is_averaged_over_the_iteration_space():
    # x[j + tid] for j in 0..7: j = 0 is aligned (4 sectors), the others straddle 5.
    vars_ = {"j": VarInfo("j", "j", "sequential", 0, 1, 8)}
    m = measure(TX + Expr.var("j"), 4, 4, LANES_32, vars_)
    assert m.value == pytest.approx((4 + 7 * 5) / 8)
    assert m.status == "exact"


def test_narrow_blocks_span_several_rows():
    lanes = block_lanes((8, 4, 1), THREAD_VARS)
    # Row-major rows of 64 floats: 4 rows of 8 consecutive floats, one sector each.
    assert measure(TX + TY * 64, 4, 4, lanes, {}).value == pytest.approx(4.0)
    # Transposed: 8 columns of 4 consecutive floats.
    assert measure(TX * 64 + TY, 4, 4, lanes, {}).value == pytest.approx(8.0)


def test_vector_accesses_have_a_wider_ideal():
    assert measure(TX * 4, 4, 16, LANES_32, {}).value == pytest.approx(16.0)


def test_shared_memory_bank_conflicts():
    assert measure(TX * 32, 4, 4, LANES_32, {}, shared=True).value == pytest.approx(32.0)
    assert measure(TX * 33, 4, 4, LANES_32, {}, shared=True).value == pytest.approx(1.0)
    assert measure(TX, 4, 4, LANES_32, {}, shared=True).value == pytest.approx(1.0)


def test_unknown_index():
    m = measure(Expr.unknown("value of 'memref.load'"), 4, 4, LANES_32, {})
    assert m.value is None and m.status == "unknown" and "memref.load" in m.reason


TRANSPOSE = """
func.func @transpose(%A: memref<256x512xf32>, %B: memref<512x256xf32>) {
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j, i)>],
                  iterator_types = ["parallel", "parallel"]}
    ins(%A : memref<256x512xf32>) outs(%B : memref<512x256xf32>) {
  ^bb0(%a: f32, %b: f32):
    linalg.yield %a : f32
  }
  return
}
"""
MAP = (
    "func.func(convert-linalg-to-parallel-loops,"
    "scf-parallel-loop-tiling{parallel-loop-tile-sizes=32,8},gpu-map-parallel-loops)"
)


def _global(report):
    return [(a.kind, a.sectors_per_request) for k in report.kernels for a in k.accesses]


@pytest.mark.parametrize(
    "pipeline",
    [
        f"builtin.module({MAP})",
        f"builtin.module({MAP},func.func(convert-parallel-loops-to-gpu))",
        f"builtin.module({MAP},func.func(convert-parallel-loops-to-gpu),gpu-kernel-outlining,canonicalize)",
    ],
    ids=["mapped-loops", "gpu.launch", "gpu.func"],
)
def test_every_level_gives_the_same_numbers(pipeline):
    report = analyze_text(optimize(TRANSPOSE, pipeline, isolate=False))
    assert _global(report) == [("load", 32.0), ("store", 4.0)]
    kernel = report.kernels[0]
    assert kernel.block == (32, 8, 1)
    assert kernel.sectors_per_request == pytest.approx(18.0)
    assert kernel.bytes == 2 * 256 * 512 * 4


def test_unmapped_loops_report_the_default_and_the_best_choice():
    report = analyze_text(TRANSPOSE)
    load = report.kernels[0].accesses[0]
    assert load.assumed_x == "d0" and load.sectors_per_request == 32.0
    assert load.best_x == "d1" and load.candidates == {"d0": 32.0, "d1": 4.0}
    assert load.strides == {"d0": 512, "d1": 1}
    assert json.loads(report.to_json())["kernels"][0]["accesses"][1]["candidates"] == {"d0": 4.0, "d1": 32.0}


def test_bounds_checks_switch_lanes_off():
    # upstream tiling of a 1-wide dimension: 32 threads per warp, one of them active.
    text = """
    func.func @col(%A: memref<1x64xf32>) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c64 = arith.constant 64 : index
      %one = arith.constant 1.0 : f32
      scf.parallel (%i, %j) = (%c0, %c0) to (%c1, %c64) step (%c1, %c1) {
        memref.store %one, %A[%i, %j] : memref<1x64xf32>
        scf.reduce
      }
      return
    }
    """
    report = analyze_text(optimize(text, f"builtin.module({MAP})", isolate=False))
    store = report.kernels[0].accesses[0]
    assert store.sectors_per_request == pytest.approx(1.0)
    assert store.requests == 64 and store.bytes == 64 * 4


def test_partial_edge_tiles_are_counted_for_the_blocks_they_apply_to():
    # 48 elements in blocks of 32 threads: block 0 is full (4 sectors), block 1 has 16 active
    # lanes (2 sectors). The bounds check depends on the block index, not only on thread ids.
    text = """
    func.func @copy(%A: memref<48xf32>, %B: memref<48xf32>) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c32 = arith.constant 32 : index
      %c48 = arith.constant 48 : index
      scf.parallel (%b) = (%c0) to (%c48) step (%c32) {
        scf.parallel (%t) = (%c0) to (%c32) step (%c1) {
          %i = arith.addi %b, %t : index
          %in = arith.cmpi slt, %i, %c48 : index
          scf.if %in {
            %v = memref.load %A[%i] : memref<48xf32>
            memref.store %v, %B[%i] : memref<48xf32>
          }
          scf.reduce
        } {mapping = [#gpu.loop_dim_map<processor = thread_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
        scf.reduce
      } {mapping = [#gpu.loop_dim_map<processor = block_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
      return
    }
    """
    (kernel,) = analyze_text(text).kernels
    for access in kernel.accesses:
        assert access.requests == 2
        assert access.sectors == pytest.approx(6.0)
        assert access.sectors_per_request == pytest.approx(3.0)
        assert access.bytes == 48 * 4


def test_a_strip_cut_short_by_its_loop_bound_counts_what_it_runs():
    # Strip-mined by 32, as coalesce's staging does, over a loop of 16: one strip of 16.
    text = """
    func.func @strip(%A: memref<16x32xf32>, %B: memref<32xf32>) {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c16 = arith.constant 16 : index
      %c32 = arith.constant 32 : index
      scf.parallel (%t) = (%c0) to (%c32) step (%c1) {
        scf.for %st = %c0 to %c16 step %c32 {
          %end = arith.addi %st, %c32 : index
          %hi = arith.minsi %end, %c16 : index
          scf.for %j = %st to %hi step %c1 {
            %v = memref.load %A[%j, %t] : memref<16x32xf32>
            memref.store %v, %B[%t] : memref<32xf32>
          }
        }
        scf.reduce
      } {mapping = [#gpu.loop_dim_map<processor = thread_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
      return
    }
    """
    (kernel,) = analyze_text(text).kernels
    for access in kernel.accesses:
        assert access.requests == 16
    assert kernel.accesses[0].sectors == pytest.approx(16 * 4.0)
