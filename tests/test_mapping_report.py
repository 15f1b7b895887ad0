"""benchmarks/mapping: the analysis' figures per kernel under two mappings, and their table."""

from __future__ import annotations

from mlc.benchmarks.mapping.run import measure, render

from cuda_support import CUDA_DATA


def test_staged_row_reduction_moves_fewer_sectors_than_upstream():
    source = CUDA_DATA / "reduce_all.mlir"
    results = {"reduce_all": {"upstream": measure(source, "upstream"), "mlc": measure(source, "mlc")}}
    up, new = results["reduce_all"]["upstream"], results["reduce_all"]["mlc"]
    row_max = "main_k3_generic"  # max over the rows of a 64x33 matrix: strided for upstream
    assert not up[row_max].staged and new[row_max].staged
    assert new[row_max].sectors < up[row_max].sectors
    assert up[row_max].per_request > 3 * new[row_max].ideal
    text = render(results, {"upstream": "upstream", "mlc": "mlc"})
    assert "## reduce_all" in text and f"| {row_max} | 32x1x1 | 64x1x1, staged |" in text
    assert "| **all** |" in text
