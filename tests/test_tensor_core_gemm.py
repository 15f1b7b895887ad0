"""Tensor-core GEMMs (tensorize-gemm): fragment layouts, emulated numerics, PTX and ptxas, the model.

No GPU is needed: the kernels are replayed on the CPU with their warp-collective ops
rewritten by emulate-warp-collectives (the PTX ISA's per-lane layouts), and compared with
numpy in float64 on the same (16-bit or TF32-rounded) inputs.
"""

from __future__ import annotations

import re
import shutil

import numpy as np
import pytest

from mlc.compiler.compile_api import build
from mlc.compiler.targets.cuda import fragments as fr
from mlc.compiler.targets.cuda.emulate import emulate
from mlc.examples.gemm_ir import gemm_mlir
from mlc.passes.tensorize_gemm.kernel import ldmatrix_offsets
from tests.cuda_support import CUDA_DATA, f32_sum_atol, torch_reference

# f32 accumulation of K products of values in [-1, 1): the emulated sums differ from float64
# by rounding only.
ATOL = 1e-4


def _bf16(x: np.ndarray) -> np.ndarray:
    bits = x.astype(np.float32).view(np.uint32)
    return ((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16).astype(np.uint16)


def _bf16_value(bits: np.ndarray) -> np.ndarray:
    return (bits.astype(np.uint32) << 16).view(np.float32)


def _tf32_value(x: np.ndarray) -> np.ndarray:
    """x rounded to TF32 as the kernel rounds it (to nearest, ties away: cvt.rna)."""
    return ((x.astype(np.float32).view(np.uint32) + 0x1000) & 0xFFFFE000).view(np.float32)


def _compile(tmp_path, text: str, **options):
    path = tmp_path / "model.mlir"
    path.write_text(text)
    return build(str(path), "cuda", keep_stages=("map",), arch="sm_80", **options)


def _tensor_core_kernels(out) -> list:
    return [k for k in out.artifact.manifest.kernels if k.model]


# -- the fragment layouts -----------------------------------------------------------------


@pytest.mark.parametrize("bits", [16, 32])
@pytest.mark.parametrize("transpose", [False, True])
@pytest.mark.parametrize("a_operand", [True, False])
def test_ldmatrix_addressing_gives_the_mma_fragments(a_operand: bool, transpose: bool, bits: int) -> None:
    """The rows tensorize-gemm addresses, loaded as ldmatrix.x4 delivers them (PTX ISA), are the
    mma.sync fragments: A's 16 x k tile, or B's two 8 x k tiles, element by element."""
    if bits == 32 and transpose:
        pytest.skip("ldmatrix cannot transpose 32-bit elements (tf32 uses per-element loads)")
    mma_k = 16 if bits == 16 else 8
    per_reg = 2 if bits == 16 else 1
    rng = np.random.default_rng(0)
    tile = rng.integers(0, 1 << 20, (16, mma_k))  # rows (m for A, n for B) x k
    stored = tile.T if transpose else tile  # the shared tile keeps the contiguous dimension inner
    for lane in range(fr.WARP):
        for j in range(4):
            for e in range(per_reg):
                src = fr.ldmatrix_source(lane, j, e, transpose, bits)
                r_off, k_off = ldmatrix_offsets(src.provider, a_operand, transpose, mma_k)
                got = stored[k_off][r_off + src.column] if transpose else stored[r_off][k_off + src.column]
                i = j * per_reg + e
                if a_operand:
                    row, col = (fr.a_position if bits == 16 else fr.a_position_tf32)(lane, i)
                    assert got == tile[row][col], (lane, j, e)
                else:
                    half, i = divmod(i, 2 * per_reg)  # registers 0-1: the first n-tile
                    k, n = (fr.b_position if bits == 16 else fr.b_position_tf32)(lane, i)
                    assert got == tile[8 * half + n][k], (lane, j, e)


def test_accumulator_layout_covers_the_tile_once() -> None:
    seen = {fr.c_position(lane, i) for lane in range(fr.WARP) for i in range(4)}
    assert seen == {(r, c) for r in range(fr.MMA_M) for c in range(fr.MMA_N)}


# -- emulated numerics -------------------------------------------------------------------


CASES = {
    "odd_100x72x40": dict(m=100, n=72, k=40),
    "skinny_17x256x64": dict(m=17, n=256, k=64),
    "transposed_a": dict(m=48, n=64, k=80, ta=True),
    "transposed_b": dict(m=64, n=40, k=48, tb=True),
    "batched_bf16": dict(m=33, n=40, k=48, dtype="bf16", batch=3),
    "unaligned_rows_k37": dict(m=24, n=32, k=37),
    # the shapes, whole: odd edges everywhere, a short K, a short M
    "odd_1000_cubed": dict(m=1000, n=1000, k=1000),
    "skinny_k_4096x4096x64": dict(m=4096, n=4096, k=64),
    "short_m_17x4096x4096": dict(m=17, n=4096, k=4096),
}


@pytest.mark.parametrize("name", list(CASES))
def test_tensorized_gemm_matches_numpy(tmp_path, name: str) -> None:
    case = dict(CASES[name])
    dtype = case.get("dtype", "f16")
    out = _compile(tmp_path, gemm_mlir(**case))
    m = out.artifact.manifest
    (kernel,) = m.kernels  # the fill became the accumulator's initial value
    assert kernel.model is not None and "mma.sync" in kernel.model["strategy"]
    rng = np.random.default_rng(1)
    inputs, values = [], []
    for spec in m.inputs:
        x = rng.uniform(-1, 1, spec.shape)
        if dtype == "bf16":
            inputs.append(_bf16(x))
            values.append(_bf16_value(inputs[-1]).astype(np.float64))
        else:
            inputs.append(x.astype(np.float16))
            values.append(inputs[-1].astype(np.float64))
    (got,) = emulate(out.artifact, out.stages["map"], inputs)
    a, b = values
    if case.get("ta"):
        a = np.swapaxes(a, -1, -2)
    if case.get("tb"):
        b = np.swapaxes(b, -1, -2)
    np.testing.assert_allclose(got, a @ b, atol=f32_sum_atol(case["k"]), rtol=0)


def test_tf32_gemm_only_with_allow_tf32(tmp_path) -> None:
    text = gemm_mlir(40, 72, 24, dtype="f32", tb=True)
    assert not _tensor_core_kernels(_compile(tmp_path, text))
    out = _compile(tmp_path, text, allow_tf32=True)
    (kernel,) = _tensor_core_kernels(out)
    assert kernel.model["strategy"] == "mma.sync.m16n8k8.tf32"
    rng = np.random.default_rng(2)
    a, b = (rng.uniform(-1, 1, s.shape).astype(np.float32) for s in out.artifact.manifest.inputs)
    (got,) = emulate(out.artifact, out.stages["map"], [a, b])
    want = _tf32_value(a).astype(np.float64) @ _tf32_value(b).astype(np.float64).T
    np.testing.assert_allclose(got, want, atol=ATOL, rtol=0)
    assert np.abs(got - a.astype(np.float64) @ b.astype(np.float64).T).max() > 1e-5  # it did round


def test_linear_layer_with_epilogue_is_one_kernel(tmp_path) -> None:
    """x @ W^T + bias, ReLU, cast to f16: fill, GEMM and epilogue in one tensor-core kernel."""
    text = """
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%x: tensor<100x40xf16>, %w: tensor<72x40xf16>, %bias: tensor<72xf32>) -> tensor<100x72xf16> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<100x72xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<100x72xf32>) -> tensor<100x72xf32>
  %m = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>,
      affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>]
      ins(%x, %w : tensor<100x40xf16>, tensor<72x40xf16>)
      outs(%f : tensor<100x72xf32>) -> tensor<100x72xf32>
  %e2 = tensor.empty() : tensor<100x72xf16>
  %r = linalg.generic {indexing_maps = [#id, affine_map<(d0, d1) -> (d1)>, #id],
                       iterator_types = ["parallel", "parallel"]}
      ins(%m, %bias : tensor<100x72xf32>, tensor<72xf32>) outs(%e2 : tensor<100x72xf16>) {
  ^bb0(%a: f32, %b: f32, %o: f16):
    %s = arith.addf %a, %b : f32
    %relu = arith.maximumf %s, %zero : f32
    %t = arith.truncf %relu : f32 to f16
    linalg.yield %t : f16
  } -> tensor<100x72xf16>
  return %r : tensor<100x72xf16>
}
"""
    out = _compile(tmp_path, text)
    (kernel,) = out.artifact.manifest.kernels
    assert kernel.source_op == "linalg.fill + linalg.matmul + linalg.generic" and kernel.model
    rng = np.random.default_rng(3)
    x = rng.uniform(-1, 1, (100, 40)).astype(np.float16)
    w = rng.uniform(-1, 1, (72, 40)).astype(np.float16)
    bias = rng.uniform(-1, 1, 72).astype(np.float32)
    (got,) = emulate(out.artifact, out.stages["map"], [x, w, bias])
    exact = np.maximum(x.astype(np.float64) @ w.astype(np.float64).T + bias, 0)
    assert got.dtype == np.float16
    np.testing.assert_allclose(got.astype(np.float64), exact, rtol=2**-10, atol=2**-14)


def test_f16_result_matmul_accumulates_in_f32(tmp_path) -> None:
    """A plain .mlir ``linalg.matmul`` with f16 outs: widened to f32 accumulation (rounded once),
    then fill, GEMM and the cast back are one kernel."""
    text = """
func.func @main(%a: tensor<64x512xf16>, %b: tensor<512x48xf16>) -> tensor<64x48xf16> {
  %zero = arith.constant 0.0 : f16
  %e = tensor.empty() : tensor<64x48xf16>
  %f = linalg.fill ins(%zero : f16) outs(%e : tensor<64x48xf16>) -> tensor<64x48xf16>
  %m = linalg.matmul ins(%a, %b : tensor<64x512xf16>, tensor<512x48xf16>)
      outs(%f : tensor<64x48xf16>) -> tensor<64x48xf16>
  return %m : tensor<64x48xf16>
}
"""
    out = _compile(tmp_path, text)
    (kernel,) = out.artifact.manifest.kernels
    assert kernel.model is not None
    rng = np.random.default_rng(4)
    a = rng.uniform(-1, 1, (64, 512)).astype(np.float16)
    b = rng.uniform(-1, 1, (512, 48)).astype(np.float16)
    (got,) = emulate(out.artifact, out.stages["map"], [a, b])
    exact = a.astype(np.float64) @ b.astype(np.float64)
    # one rounding to f16 at the end: within half an ulp (f16 accumulation is off by far more)
    np.testing.assert_allclose(got.astype(np.float64), exact, rtol=2**-11, atol=2**-14)


def test_f16_transformer_gemms_on_tensor_cores_match_pytorch() -> None:
    """The f16 transformer block: the four projection GEMMs (QKV, output, both MLP layers)
    take the tensor cores with their fill and epilogue fused (QK^T and PV are in the fused
    attention kernel: at 16 keys it is launch-bound, see ``attention_fusion``); the emulated
    model matches PyTorch within f16 rounding."""
    out = build(str(CUDA_DATA / "transformer_block_f16.mlir"), "cuda", keep_stages=("map",), arch="sm_80")
    m = out.artifact.manifest
    gemms = _tensor_core_kernels(out)
    assert len(gemms) == 4
    assert all(
        k.source_op.startswith("linalg.fill + linalg.") and k.source_op.endswith("+ linalg.generic")
        for k in gemms
    )
    assert len(m.kernels) == 9  # 11 with attention apart; 34 with no row fusion either
    inputs, (want,) = torch_reference("transformer_block_f16")
    (got,) = emulate(out.artifact, out.stages["map"], inputs)
    np.testing.assert_allclose(got.astype(np.float32), want.astype(np.float32), atol=4e-3, rtol=0)


def test_no_tensor_cores_keeps_the_simt_kernel(tmp_path) -> None:
    out = _compile(tmp_path, gemm_mlir(64, 64, 32), tensor_cores=False)
    assert not _tensor_core_kernels(out)


# -- PTX, ptxas and the model -------------------------------------------------------------


def _instructions(ptx: str) -> dict[str, int]:
    words = re.findall(r"\b(mma\.sync[\w.]*|ldmatrix[\w.]*|cp\.async[\w.]*|bar\.sync)", ptx)
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


@pytest.mark.parametrize("arch", ["sm_80"])  # sm_90 takes hopper-gemm: test_hopper_gemm.py
@pytest.mark.parametrize("dtype", ["f16", "bf16"])
def test_ptx_of_a_4096_gemm(tmp_path, arch: str, dtype: str) -> None:
    """128x128x32 blocks of four 64x64 warp tiles, 3 stages: per k-tile each warp issues
    4 x 8 x 2 mma.sync, loads A with 8 ldmatrix.x4 and B with 8 ldmatrix.x4.trans, and each
    thread copies 4 + 4 16-byte chunks with cp.async (2 k-tiles more in the prologue)."""
    path = tmp_path / "mm.mlir"
    path.write_text(gemm_mlir(4096, 4096, 4096, dtype=dtype))
    out = build(str(path), "cuda", arch=arch, emit="ptx")
    (name,) = [n for n in out.files if "generic" in n]
    ptx = out.files[name]
    counts = _instructions(ptx)
    assert counts[f"mma.sync.aligned.m16n8k16.row.col.f32.{dtype}.{dtype}.f32"] == 64
    assert counts["ldmatrix.sync.aligned.m8n8.x4.shared.b16"] == 8
    assert counts["ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16"] == 8
    assert counts["cp.async.cg.shared.global"] == 3 * 8
    assert counts["cp.async.commit_group"] == 3
    assert re.search(r"cp\.async\.wait_group\s+1;", ptx) and re.search(r"cp\.async\.wait_group\s+0;", ptx)
    assert f".target {arch}" in ptx


@pytest.mark.skipif(shutil.which("ptxas") is None, reason="ptxas is not installed")
@pytest.mark.parametrize("arch", ["sm_80"])
def test_ptxas_no_spills_and_the_occupancy_target(tmp_path, arch: str) -> None:
    path = tmp_path / "mm.mlir"
    path.write_text(gemm_mlir(4096, 4096, 4096))
    out = build(str(path), "cuda", arch=arch)
    (kernel,) = out.artifact.manifest.kernels
    res, model = kernel.resources, kernel.model
    assert res["spill_stores"] == 0 and res["spill_loads"] == 0 and res["stack_bytes"] == 0
    assert res["shared_bytes"] == 3 * (128 + 128) * 32 * 2
    assert res["registers"] <= 255
    assert (
        model["meets_occupancy_target"] and model["blocks_per_sm"] >= model["occupancy_target_blocks_per_sm"]
    )
    assert model["kind"] == "analytic model, not a measurement"
    assert model["bound"] == "tensor cores" and 0 < model["fraction_of_peak"] <= 1


def test_model_bounds_and_occupancy() -> None:
    from mlc.compiler.targets.cuda.perf_model import gemm_model, occupancy
    from mlc.compiler.targets.limits import CUDA_ARCHS as ARCHS

    a100 = ARCHS["sm_80"]
    assert occupancy(128, 232, 49152, a100) == (2, "registers")
    assert occupancy(128, 64, 96 * 1024, a100) == (1, "shared memory")

    def model(m, n, k, stages=3, registers=232):
        record = {"block": [128, 128, 32], "size": [1, m, n, k], "stages": stages, "element": "f16"}
        record["bytes"] = 2 * (m * k + k * n) + 4 * m * n
        grid = (-(-n // 128), -(-m // 128), 1)
        return gemm_model(record, grid, 128, {"registers": registers, "shared_bytes": 49152}, a100)

    big = model(8192, 8192, 8192)
    assert big["bound"] == "tensor cores" and big["fraction_of_peak"] > 0.9
    assert model(8192, 8192, 8192, stages=2)["time_us"] >= big["time_us"]
    # one block, on one SM: with one k-tile in flight its load latency (assumed 500 ns) is
    # longer than the tile's 0.36 us of tensor-core work; with two it is hidden
    assert model(128, 128, 8192, stages=2)["bound"] == "memory latency (pipeline depth)"
    assert model(128, 128, 8192, stages=3)["bound"] == "tensor cores"
    assert model(16384, 16384, 32)["bound"] == "DRAM bandwidth"  # 2 flops per byte
