"""Reductions along the contiguous dim on the CPU (``compiler/targets/cpu/reductions.py``):
each 16-element chunk is reduced as a tree, with NaN, infinities and signed zeros as numpy
has them."""

from __future__ import annotations

import numpy as np
import pytest

import mlc.compiler as mc

ROWS, COLS = 12, 1024
# (combiner, init, numpy)
KINDS = {
    "maximumf": ("0xFF800000", np.max),
    "minimumf": ("0x7F800000", np.min),
    "addf": ("0.0", np.sum),
    "mulf": ("1.0", np.prod),
}


def reduction(combiner: str, init: str) -> str:
    t, r = f"tensor<{ROWS}x{COLS}xf32>", f"tensor<{ROWS}x1xf32>"
    return f"""
func.func @f(%x: {t}) -> {r} {{
  %c = arith.constant {init} : f32
  %e = tensor.empty() : {r}
  %f = linalg.fill ins(%c : f32) outs(%e : {r}) -> {r}
  %r = linalg.generic {{indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, 0)>],
      iterator_types = ["parallel", "reduction"]}} ins(%x : {t}) outs(%f : {r}) {{
  ^bb0(%in: f32, %out: f32):
    %y = arith.{combiner} %in, %out : f32
    linalg.yield %y : f32
  }} -> {r}
  return %r : {r}
}}"""


def rows(near_one: bool) -> np.ndarray:
    """Random rows with NaN, infinities and signed zeros in some; ``near_one`` keeps the values
    within 1e-3 of 1 so that products neither overflow nor underflow."""
    rng = np.random.default_rng(0)
    if near_one:
        x = (1 + rng.uniform(-1e-3, 1e-3, (ROWS, COLS))).astype(np.float32)
    else:
        x = rng.standard_normal((ROWS, COLS)).astype(np.float32)
    x[1, 700] = np.nan
    x[2, 5] = np.inf
    x[3, 1023] = -np.inf
    x[4] = -0.0
    x[5] = 0.0
    x[5, ::2] = -0.0
    x[6, 17] = np.nan
    x[6, 18] = np.inf
    return x


@pytest.mark.parametrize("combiner", list(KINDS))
def test_chunked_reductions_match_numpy(combiner):
    init, ref = KINDS[combiner]
    fn = mc.compile(reduction(combiner, init), target="cpu", isolate=False)
    x = rows(near_one=combiner == "mulf")
    got = fn(x)[:, 0]
    want = ref(x.astype(np.float64), axis=1).astype(np.float32)
    np.testing.assert_array_equal(np.isnan(got), np.isnan(want))
    np.testing.assert_allclose(got, want, rtol=2e-6 if combiner in ("addf", "mulf") else 0, atol=1e-5)
    if combiner in ("maximumf", "minimumf"):  # IEEE maximum/minimum: +0 > -0 (numpy's order-dependent)
        assert np.signbit(got[4]) and np.signbit(got[5]) == (combiner == "minimumf")


def test_chunks_reduce_as_trees():
    text = mc.build(
        reduction("maximumf", "0xFF800000"), "cpu", emit="mlir", to_stage="vectors", isolate=False
    )
    (ir_text,) = text.files.values()
    assert "vector.reduction <maximumf>" in ir_text and "fastmath<reassoc>" in ir_text
    assert "vector.multi_reduction" not in ir_text
