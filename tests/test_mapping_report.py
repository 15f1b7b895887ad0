"""The CUDA pipeline's mapping stage as the access analysis measures it: mlc's mapping against
upstream's on a row reduction, and the table ``benchmarks/mapping`` makes of such figures (run as a
black box)."""

from __future__ import annotations

from mlc.compiler.analysis import analyze_text
from mlc.compiler.compile_api import build

from conftest import run_benchmark
from cuda_support import CUDA_DATA

ROW_MAX = "main_k3_generic"  # max over the rows of a 64x33 matrix: strided for upstream


def mapped_kernels(mapping: str):
    """Kernel function name -> the analysis of it, for ``reduce_all`` compiled up to ``map``."""
    out = build(
        str(CUDA_DATA / "reduce_all.mlir"),
        "cuda",
        emit="mlir",
        to_stage="map",
        mapping=mapping,
        row_fusion=False,
    )
    return {k.name.lstrip("@"): k for k in analyze_text(next(iter(out.files.values()))).kernels}


def test_staged_row_reduction_moves_fewer_sectors_than_upstream():
    up, new = mapped_kernels("upstream")[ROW_MAX], mapped_kernels("mlc")[ROW_MAX]
    staged = lambda k: any(a.space == "shared" for a in k.accesses)  # noqa: E731
    assert not staged(up) and staged(new)
    assert new.sectors < up.sectors
    assert up.sectors / up.requests > 3 * new.ideal_sectors_per_request


def test_the_benchmark_tabulates_each_kernel_under_both_mappings(tmp_path):
    out = tmp_path / "cuda_mapping.md"
    run_benchmark("mapping.run", "--models", str(CUDA_DATA / "reduce_all.mlir"), "--output", str(out))
    text = out.read_text()
    assert "## reduce_all" in text and f"| {ROW_MAX} | 32x1x1 | 64x1x1, staged |" in text
    assert "| **all** |" in text
