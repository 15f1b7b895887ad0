"""Numerical correctness of the CPU backend on cases that once gave silent wrong answers."""

from __future__ import annotations

import numpy as np
import pytest

import mlc.compiler as mc

COUNT_TRUE = """
func.func @f(%a: tensor<3x5xi64>) -> (tensor<3xi64>, tensor<3x5xi1>) {
  %c0 = arith.constant 0 : i64
  %c2 = arith.constant 2 : i64
  %e = tensor.empty() : tensor<3x5xi1>
  %m = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
      iterator_types = ["parallel", "parallel"]} ins(%a : tensor<3x5xi64>) outs(%e : tensor<3x5xi1>) {
  ^bb0(%x: i64, %o: i1):
    %r = arith.remsi %x, %c2 : i64
    %z = arith.cmpi eq, %r, %c0 : i64
    linalg.yield %z : i1
  } -> tensor<3x5xi1>
  %i = tensor.empty() : tensor<3xi64>
  %f = linalg.fill ins(%c0 : i64) outs(%i : tensor<3xi64>) -> tensor<3xi64>
  %s = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>],
      iterator_types = ["parallel", "reduction"]} ins(%m : tensor<3x5xi1>) outs(%f : tensor<3xi64>) {
  ^bb0(%x: i1, %o: i64):
    %w = arith.extui %x : i1 to i64
    %y = arith.addi %w, %o : i64
    linalg.yield %y : i64
  } -> tensor<3xi64>
  return %s, %m : tensor<3xi64>, tensor<3x5xi1>
}
"""


@pytest.mark.parametrize("vectorize", [True, False])
def test_reduction_over_a_bool_tensor(vectorize):
    """Bool buffers hold a byte per element; vector loads of i1 would read packed bits."""
    fn = mc.compile(COUNT_TRUE, target="cpu", isolate=False, vectorize=vectorize)
    a = np.arange(15, dtype=np.int64).reshape(3, 5) * np.array([1, 2, 3, 5, 7])
    count, mask = fn(a)  # the mask has a second use, so it stays a tensor of its own
    np.testing.assert_array_equal(mask, a % 2 == 0)
    np.testing.assert_array_equal(count, (a % 2 == 0).sum(axis=1))
