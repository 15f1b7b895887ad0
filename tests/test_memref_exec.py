"""The memref-level CPU executor against numpy."""

from __future__ import annotations

import numpy as np
import pytest

from mlc.compiler.errors import InputError
from mlc.compiler.memref_exec import MemrefFunction, run_memref_function

MATMUL = (
    "func.func @mm(%A: memref<16x8xf32>, %B: memref<8x4xf32>, %C: memref<16x4xf32>) {\n"
    "  linalg.matmul ins(%A, %B : memref<16x8xf32>, memref<8x4xf32>) outs(%C : memref<16x4xf32>)\n"
    "  return\n}\n"
)
STRIDED = """
func.func @scale(%m: memref<?x?xf64, strided<[?, ?], offset: ?>>, %s: f64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %m, %c0 : memref<?x?xf64, strided<[?, ?], offset: ?>>
  %k = memref.dim %m, %c1 : memref<?x?xf64, strided<[?, ?], offset: ?>>
  scf.parallel (%i, %j) = (%c0, %c0) to (%n, %k) step (%c1, %c1) {
    %v = memref.load %m[%i, %j] : memref<?x?xf64, strided<[?, ?], offset: ?>>
    %w = arith.mulf %v, %s : f64
    memref.store %w, %m[%i, %j] : memref<?x?xf64, strided<[?, ?], offset: ?>>
  }
  return
}
func.func @expsum(%m: memref<?xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %m, %c0 : memref<?xf32>
  %z = arith.constant 0.0 : f32
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> f32 {
    %v = memref.load %m[%i] : memref<?xf32>
    %e = math.exp %v : f32
    %s = arith.addf %acc, %e : f32
    scf.yield %s : f32
  }
  return %r : f32
}
"""


def test_matmul_matches_numpy():
    rng = np.random.default_rng(0)
    a, b = rng.random((16, 8), np.float32), rng.random((8, 4), np.float32)
    c = np.zeros((16, 4), np.float32)
    run_memref_function(MATMUL, "mm", [a, b, c])
    np.testing.assert_allclose(c, a @ b, rtol=1e-5)


def test_strided_view_is_updated_in_place():
    big = np.arange(30.0).reshape(5, 6)
    expected = big.copy()
    expected[1:4, ::2] *= 2.0
    run_memref_function(STRIDED, "scale", [big[1:4, ::2], 2.0])
    np.testing.assert_array_equal(big, expected)


def test_scalar_result_and_libm():
    x = np.linspace(-1, 1, 50, dtype=np.float32)
    got = MemrefFunction(STRIDED, "expsum")(x)
    assert got == pytest.approx(float(np.exp(x).sum()), rel=1e-5)


def test_wrong_argument_count_is_an_input_error():
    fn = MemrefFunction(MATMUL, "mm")
    with pytest.raises(InputError, match="takes 3 arguments, got 1"):
        fn(np.zeros((16, 8), np.float32))


def test_missing_function():
    with pytest.raises(InputError, match="no function @nope"):
        MemrefFunction(MATMUL, "nope")
