"""f32 GEMMs without --allow-tf32 (simt-gemm): shared-memory tiles, 8x8 register blocking.

Emulated on the CPU and compared with numpy in float64; ptxas on the 4096^3 kernel."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from mlc.benchmarks.tensor_cores import gemm_mlir
from mlc.compiler.compile_api import build
from mlc.compiler.targets.cuda.emulate import emulate

CASES = {
    "odd_130x200x72": dict(m=130, n=200, k=72),
    "transposed_a_and_b": dict(m=100, n=72, k=40, ta=True, tb=True),
    "unaligned_k37": dict(m=40, n=24, k=37),
    "batched": dict(m=33, n=40, k=48, batch=3),
}


@pytest.mark.parametrize("name", list(CASES))
def test_simt_gemm_matches_numpy(tmp_path, name: str) -> None:
    case = CASES[name]
    path = tmp_path / "mm.mlir"
    path.write_text(gemm_mlir(**case, dtype="f32"))
    out = build(str(path), "cuda", keep_stages=("map",), arch="sm_80")
    assert "vector.fma" in out.stages["map"] and "nvgpu.device_async_copy" in out.stages["map"]
    (kernel,) = out.artifact.manifest.kernels  # the fill is the accumulators' start
    assert kernel.model is None  # not a tensor-core kernel
    rng = np.random.default_rng(3)
    a, b = (rng.uniform(-1, 1, s.shape).astype(np.float32) for s in out.artifact.manifest.inputs)
    (got,) = emulate(out.artifact, out.stages["map"], [a, b])
    x, y = a.astype(np.float64), b.astype(np.float64)
    if case.get("ta"):
        x = np.swapaxes(x, -1, -2)
    if case.get("tb"):
        y = np.swapaxes(y, -1, -2)
    np.testing.assert_allclose(got, x @ y, atol=1e-5, rtol=0)


@pytest.mark.skipif(shutil.which("ptxas") is None, reason="ptxas is not installed")
def test_ptxas_no_spills(tmp_path) -> None:
    path = tmp_path / "mm.mlir"
    path.write_text(gemm_mlir(4096, 4096, 4096, dtype="f32"))
    out = build(str(path), "cuda", arch="sm_90", emit="ptx")
    (ptx,) = [v for k, v in out.files.items() if "generic" in k]
    assert ptx.count("fma.rn.f32") >= 8 * 8 * 16  # the k loop's body: 16 k of 64 FMAs
    assert "cp.async.cg.shared.global" in ptx and "mma.sync" not in ptx
    (kernel,) = build(str(path), "cuda", arch="sm_90").artifact.manifest.kernels
    res = kernel.resources
    assert res["spill_stores"] == 0 and res["spill_loads"] == 0 and res["stack_bytes"] == 0
    assert res["registers"] <= 255 and res["shared_bytes"] == 3 * (128 + 128) * 16 * 4
