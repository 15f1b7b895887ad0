"""Split-K (``compiler/targets/cuda/split_k.py``): GEMMs whose output tiles leave most SMs
idle are split along K into partial products (a batched GEMM on the GEMM strategies) and a
second kernel that sums them in order; emulated on the CPU against numpy, f32 (simt-gemm) and
f16 (tensor cores), a batch-1 linear layer, the rule, and the kernels in the PTX."""

from __future__ import annotations

import numpy as np
import pytest

from mlc.compiler import targets
from mlc.compiler.targets import CompileRequest
from mlc.compiler.targets.cuda.emulate import emulate
from mlc.compiler.targets.cuda.options import CudaOptions
from mlc.compiler.targets.cuda.split_k import splits


def matmul_mlir(m: int, n: int, k: int, dt: str = "f32", init: float = 0.0) -> str:
    a, b, c = f"tensor<{m}x{k}x{dt}>", f"tensor<{k}x{n}x{dt}>", f"tensor<{m}x{n}xf32>"
    return f"""
func.func @main(%a: {a}, %b: {b}) -> {c} {{
  %init = arith.constant {init!r} : f32
  %e = tensor.empty() : {c}
  %c0 = linalg.fill ins(%init : f32) outs(%e : {c}) -> {c}
  %c = linalg.matmul ins(%a, %b : {a}, {b}) outs(%c0 : {c}) -> {c}
  return %c : {c}
}}
"""


def _compile(text: str, **options):
    return targets.get("cuda").compile(text, CompileRequest(keep_stages=("map",), run_ptxas=False, **options))


def _check(m: int, n: int, k: int, dt: str = "f32", init: float = 0.0) -> object:
    out = _compile(matmul_mlir(m, n, k, dt, init))
    rng = np.random.default_rng(k)
    npdt = np.float16 if dt == "f16" else np.float32
    a, b = rng.standard_normal((m, k)).astype(npdt), rng.standard_normal((k, n)).astype(npdt)
    (got,) = emulate(out.artifact, out.stages["map"], [a, b])
    want = init + a.astype(np.float64) @ b.astype(np.float64)
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4 * np.sqrt(k))
    return out.artifact.manifest


def test_the_rule_splits_only_what_cannot_fill_the_gpu():
    spec = CudaOptions(arch="sm_90").spec  # 132 SMs
    assert splits(256, 256, 16384, spec) == 8  # 16 tiles: 8 parts, 128 blocks
    assert splits(256, 256, 16384, spec, element_bytes=2, tensor=True) == 8
    assert splits(1, 1024, 4096, spec) == 4  # a batch-1 linear layer: 16 tiles
    assert splits(1, 4096, 4096, spec) == 1  # 64 tiles already draw the DRAM bandwidth
    assert splits(1024, 1024, 1024, spec) == 1  # 256 tiles fill the GPU
    assert splits(64, 64, 256, spec) == 1  # K too short to split
    assert splits(64, 48, 512, spec, element_bytes=2, tensor=True) == 1  # a launch costs more


def test_a_small_f32_gemm_is_split_and_summed_in_order():
    manifest = _check(64, 64, 1024, init=0.5)  # the fill's constant joins the sum
    parts, total = manifest.kernels
    assert "split-K: 4 partial products of K = 256" in parts.source_op
    assert total.source_op == "split-K sum of 4 partial products, in order"
    assert manifest.launches()[0].grid == (1, 1, 4)  # a block per part
    assert len(manifest.launches()) == 2  # the output's fill is gone


def test_f16_on_tensor_cores_and_a_batch_one_linear_layer():
    manifest = _check(64, 64, 4096, dt="f16")
    assert "split-K: 16 partial products" in manifest.kernels[0].source_op
    manifest = _check(1, 512, 4096)
    assert "split-K: 8 partial products" in manifest.kernels[0].source_op


def test_no_split_k_keeps_one_kernel():
    out = _compile(matmul_mlir(64, 64, 1024), split_k=False)
    assert len(out.artifact.manifest.launches()) == 1


@pytest.mark.parametrize("dt", ["f32", "f16"])
def test_the_split_gemm_and_its_sum_are_kernels_in_the_ptx(dt):
    out = _compile(matmul_mlir(256, 256, 16384, dt), emit="ptx")
    names = sorted(out.files)
    assert any("splitk_kernel" in n for n in names) and any("splitk_sum_kernel" in n for n in names)
    (launch, _) = _compile(matmul_mlir(256, 256, 16384, dt)).artifact.manifest.launches()
    assert launch.grid[2] == 8  # 16 output tiles x 8 parts
