"""tile, coalesce and serialize-barriers: outputs unchanged on the CPU, accesses coalesced, PTX valid."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from mlc.compiler.analysis import analyze_text
from mlc.compiler.memref_exec import MemrefFunction, input_specs
from mlc.compiler.optimizer import optimize_with_remarks
from mlc.compiler.targets.cuda.lowering import lower_mapped
from mlc.compiler.targets.cuda.ptxas import assemble
from mlc.runtime.artifact import check_inputs

from conftest import COALESCING_KERNELS, NOT_COALESCIBLE

TRANSPOSE = """
func.func @transpose(%A: memref<100x70xf32>, %B: memref<70x100xf32>) {
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j, i)>],
                  iterator_types = ["parallel", "parallel"]}
    ins(%A : memref<100x70xf32>) outs(%B : memref<70x100xf32>) {
  ^bb0(%a: f32, %b: f32):
    linalg.yield %a : f32
  }
  return
}
"""
ROW_SUM = """
func.func @row_sum(%A: memref<77x45xf32>, %out: memref<77xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%out : memref<77xf32>)
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>],
                  iterator_types = ["parallel", "reduction"]}
    ins(%A : memref<77x45xf32>) outs(%out : memref<77xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %acc, %a : f32
    linalg.yield %s : f32
  }
  return
}
"""
MATMUL_BT = """
func.func @matmul_bt(%A: memref<50x30xf32>, %Bt: memref<40x30xf32>, %C: memref<50x40xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%C : memref<50x40xf32>)
  linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (j, k)>,
                                   affine_map<(i, j, k) -> (i, j)>],
                  iterator_types = ["parallel", "parallel", "reduction"]}
    ins(%A, %Bt : memref<50x30xf32>, memref<40x30xf32>) outs(%C : memref<50x40xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  }
  return
}
"""
SCALE_ADD = """
func.func @scale_add(%x: memref<96x1000xf32>, %b: memref<1000xf32>, %y: memref<96x1000xf32>) {
  %two = arith.constant 2.0 : f32
  affine.for %i = 0 to 96 {
    affine.for %j = 0 to 1000 {
      %v = affine.load %x[%i, %j] : memref<96x1000xf32>
      %c = affine.load %b[%j] : memref<1000xf32>
      %m = arith.mulf %v, %two : f32
      %s = arith.addf %m, %c : f32
      %e = math.exp %s : f32
      affine.store %e, %y[%i, %j] : memref<96x1000xf32>
    }
  }
  return
}
"""
STENCIL = """
func.func @stencil(%A: memref<33x64xf32>) {
  %half = arith.constant 0.5 : f32
  affine.for %i = 0 to 32 {
    affine.for %j = 0 to 64 {
      %v = affine.load %A[%i, %j] : memref<33x64xf32>
      %w = arith.mulf %v, %half : f32
      %u = affine.load %A[%i + 1, %j] : memref<33x64xf32>
      %s = arith.addf %u, %w : f32
      affine.store %s, %A[%i + 1, %j] : memref<33x64xf32>
    }
  }
  return
}
"""
POOL = """
func.func @pool(%A: memref<3x20x7x9xf32>, %out: memref<3x20xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%out : memref<3x20xf32>)
  linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, c, h, w)>,
                                   affine_map<(n, c, h, w) -> (n, c)>],
                  iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
    ins(%A : memref<3x20x7x9xf32>) outs(%out : memref<3x20xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %acc, %a : f32
    linalg.yield %s : f32
  }
  return
}
"""
KERNELS = {
    "transpose": TRANSPOSE,
    "pool": POOL,
    "row_sum": ROW_SUM,
    "matmul_bt": MATMUL_BT,
    "scale_add": SCALE_ADD,
    "stencil": STENCIL,
}
PIPELINES = [
    "builtin.module(coalesce)",
    "builtin.module(tile,coalesce)",
    "builtin.module(tile{block=16,4 thread-tile=2,2},coalesce)",
    "builtin.module(coalesce{vectorize=false stage-tile=8 padding=0})",
    "builtin.module(tile{order=coalesced})",
]


def run_pipeline(text: str, pipeline: str) -> tuple[str, list[str]]:
    """The IR after ``pipeline`` (with locations) and the remarks' messages."""
    out, remarks = optimize_with_remarks(text, pipeline, isolate=False)
    return out, [d.message for d in remarks]


def _run(text: str, name: str, seed: int = 1) -> list[np.ndarray]:
    args = check_inputs(input_specs(text, name), seed)
    MemrefFunction(text, name)(*args)
    return args


@pytest.mark.parametrize("pipeline", PIPELINES, ids=["coalesce", "tile-coalesce", "sizes", "options", "tile"])
@pytest.mark.parametrize("name", sorted(KERNELS))
def test_outputs_are_unchanged(name, pipeline):
    text = KERNELS[name]
    mapped, _ = run_pipeline(text, pipeline)
    serial, _ = run_pipeline(mapped, "builtin.module(serialize-barriers)")
    expected = _run(text, name)
    got = _run(serial, name)
    for e, g in zip(expected, got, strict=True):
        np.testing.assert_array_equal(g, e)


ALIGNED = {
    "transpose": TRANSPOSE.replace("100", "128").replace("70", "96"),
    "row_sum": ROW_SUM.replace("77", "128").replace("45", "64"),
    "scale_add": SCALE_ADD.replace("1000", "1024"),
}


@pytest.mark.parametrize(("name", "staged"), [("transpose", True), ("row_sum", True), ("scale_add", False)])
def test_accesses_reach_their_ideal(name, staged):
    """With sizes whose rows start on sector boundaries, every access reaches its ideal."""
    mapped, remarks = run_pipeline(ALIGNED[name], "builtin.module(coalesce{vectorize=false})")
    report = analyze_text(mapped)
    assert any("staged through" in r for r in remarks) == staged
    for kernel in report.kernels:
        for access in kernel.accesses:
            if access.space == "global":
                assert access.sectors_per_request <= access.ideal, access.summary()
            else:
                assert access.bank_conflicts == pytest.approx(1.0)


def test_the_stencil_keeps_its_carried_loop_sequential():
    _, remarks = run_pipeline(STENCIL, "builtin.module(coalesce)")
    assert any("parallelized loops" in r and "kept sequential" in r for r in remarks)


def test_vectorized_output():
    mapped, remarks = run_pipeline(SCALE_ADD.replace("1000", "1024"), "builtin.module(coalesce)")
    assert "vector<4xf32>" in mapped and "math.exp %" in mapped
    assert any("vector 4" in r for r in remarks)


@pytest.mark.skipif(shutil.which("ptxas") is None, reason="ptxas is not installed")
@pytest.mark.parametrize("name", ["transpose", "row_sum", "scale_add"])
def test_ptx_assembles(name):
    mapped, _ = run_pipeline(KERNELS[name], "builtin.module(tile,coalesce)")
    _, ptx = lower_mapped(mapped)
    assert ptx
    for module, text in ptx.items():
        assert ".entry " in text
        assert assemble(text, "sm_90", module)["registers"] > 0  # raises if ptxas rejects it


def _global_accesses(text: str):
    return [a for k in analyze_text(text).kernels for a in k.accesses if a.space == "global"]


@pytest.mark.parametrize("path", sorted(COALESCING_KERNELS.glob("*.mlir")), ids=lambda p: p.stem)
def test_the_benchmark_kernels_keep_their_outputs_and_reach_their_ideal(path):
    """On every kernel of the coalescing benchmark, read as data: the outputs stay bit-identical,
    and every global access reaches its ideal sectors per request, or is one no mapping
    coalesces and says why."""
    text, name = path.read_text(), path.stem
    scalar, _ = run_pipeline(text, "builtin.module(tile,coalesce{vectorize=false})")
    vector, _ = run_pipeline(text, "builtin.module(tile,coalesce)")
    expected = _run(text, name)
    for mapped in (scalar, vector):
        serial, _ = run_pipeline(mapped, "builtin.module(serialize-barriers)")
        for e, g in zip(expected, _run(serial, name), strict=True):
            np.testing.assert_array_equal(g, e)
    for mapped in (scalar, vector):
        for access in _global_accesses(mapped):
            key = (name, access.kind, access.buffer)
            if key in NOT_COALESCIBLE:
                assert access.sectors_per_request > access.ideal and access.why, key
            else:
                assert access.sectors_per_request <= access.ideal + 1e-6, (key, access.summary())
    if shutil.which("ptxas"):
        _, ptx = lower_mapped(vector)
        assert ptx and all(assemble(p, "sm_90", m)["registers"] > 0 for m, p in ptx.items())
