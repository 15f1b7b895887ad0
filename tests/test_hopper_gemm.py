"""sm_90 GEMMs (hopper-gemm: TMA + mbarrier + wgmma): layouts, emulated numerics, PTX, ptxas,
the manifest's tensor maps and the runtime's encoding of them.

No GPU is needed: the kernels are replayed on the CPU with their TMA loads, mbarriers and
wgmma rewritten by emulate-tma-wgmma (the PTX ISA's accumulator layout, the descriptors'
addressing and the 128-byte swizzle), and compared with numpy in float64 on the same
16-bit inputs (PyTorch computes these GEMMs the same way: products of f16/bf16 values
summed in f32).
"""

from __future__ import annotations

import re
import shutil

import numpy as np
import pytest

from mlc.benchmarks.tensor_cores import gemm_mlir
from mlc.compiler.compile_api import build
from mlc.compiler.targets.cuda.emulate import emulate
from mlc.compiler.targets.cuda.hopper import layouts
from mlc.compiler.targets.limits import CUDA_ARCHS
from mlc.runtime.cuda.tensor_map import encode_args
from tests.cuda_support import CUDA_DATA, f32_sum_atol


def _bf16(x: np.ndarray) -> np.ndarray:
    bits = x.astype(np.float32).view(np.uint32)
    return ((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16).astype(np.uint16)


def _bf16_value(bits: np.ndarray) -> np.ndarray:
    return (bits.astype(np.uint32) << 16).view(np.float32)


def _compile(tmp_path, text: str, **options):
    path = tmp_path / "model.mlir"
    path.write_text(text)
    options.setdefault("arch", "sm_90")
    return build(str(path), "cuda", keep_stages=("map",), **options)


def _wgmma_kernels(out) -> list:
    return [k for k in out.artifact.manifest.kernels if k.model and k.model["strategy"].startswith("wgmma")]


# -- layouts ------------------------------------------------------------------------------


def test_swizzle_is_a_permutation_of_each_atom_and_spreads_columns_over_banks() -> None:
    offsets = np.arange(layouts.SWIZZLE_ATOM)
    physical = layouts.swizzle_128b(offsets)
    assert sorted(physical) == list(offsets)
    # the same 16-byte column of the 8 rows of an atom lands in 8 different chunks of 16 bytes
    # (8 x 4 banks): an 8-row ldmatrix-like read of one column is conflict-free
    for column in range(8):
        chunks = {int(layouts.swizzle_128b(row * 128 + column * 16)) % 128 // 16 for row in range(8)}
        assert len(chunks) == 8


@pytest.mark.parametrize("operand", ["a", "b_k_major", "b_n_major"])
def test_descriptor_reads_what_tma_wrote(operand: str) -> None:
    """A tile written as TMA writes its boxes (row-major boxes of 128-byte rows, swizzled)
    reads back element for element through the wgmma descriptors, per k-step of 16."""
    eb = 2
    rng = np.random.default_rng(0)
    if operand == "b_n_major":  # B[k, n], 64 x 256, in four boxes of 64 k-rows x 64 n
        tile = rng.integers(0, 2**15, (64, 256))
        box_rows = 64
        smem = np.full(4 * 64 * 64, -1)
        for j in range(4):
            for k in range(64):
                for c in range(64):
                    at = layouts.swizzle_128b(j * box_rows * 128 + k * 128 + c * eb)
                    smem[at // eb] = tile[k, 64 * j + c]
        for kk in range(4):
            start = kk * 16 * 128
            for k in range(16):
                for n in range(256):
                    at = layouts.swizzle_128b(layouts.mn_major_offset(start, k, n, eb, layouts.lbo(box_rows)))
                    assert smem[at // eb] == tile[16 * kk + k, n]
        return
    rows = 128
    tile = rng.integers(0, 2**15, (rows, 64))  # A[m, k] or B[n, k]: k innermost
    smem = np.full(rows * 64, -1)
    for r in range(rows):
        for c in range(64):
            smem[layouts.swizzle_128b(r * 128 + c * eb) // eb] = tile[r, c]
    for half in range(2):  # warpgroup 1 starts 64 rows (8 KB) further
        for kk in range(4):
            start = half * 64 * 128 + kk * 16 * eb
            for r in range(64):
                for k in range(16):
                    at = layouts.swizzle_128b(layouts.k_major_offset(start, r, k, eb))
                    assert smem[at // eb] == tile[64 * half + r, 16 * kk + k]


@pytest.mark.parametrize("n", [64, 128, 256])
def test_accumulator_layout_covers_the_tile_once(n: int) -> None:
    seen = np.zeros((64, n), int)
    for thread in range(128):
        for i in range(n // 2):
            seen[layouts.accumulator_position(thread, i)] += 1
    assert (seen == 1).all()


# -- emulated numerics ----------------------------------------------------------------------

CASES = {
    "odd_1000_cubed": dict(m=1000, n=1000, k=1000),
    "skinny_k_4096x4096x64": dict(m=4096, n=4096, k=64),
    "short_m_17x4096x4096": dict(m=17, n=4096, k=4096),
    "k_major_b_130x200x96": dict(m=130, n=200, k=96, tb=True),
    "batched_bf16_3x72x136x128": dict(m=72, n=136, k=128, dtype="bf16", batch=3),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hopper_gemm_matches_numpy(tmp_path, name: str) -> None:
    case = dict(CASES[name])
    dtype = case.get("dtype", "f16")
    out = _compile(tmp_path, gemm_mlir(**case))
    m = out.artifact.manifest
    (kernel,) = m.kernels  # the fill is the accumulator's start
    assert kernel in _wgmma_kernels(out)
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
    if case.get("tb"):
        b = np.swapaxes(b, -1, -2)
    np.testing.assert_allclose(got, a @ b, atol=f32_sum_atol(case["k"]), rtol=0)


def test_linear_layer_with_epilogue_is_one_wgmma_kernel(tmp_path) -> None:
    """x @ W^T + b, ReLU, f16 result: one kernel, its epilogue fused, W k-major (no transposed B)."""
    text = (CUDA_DATA / "linear_relu_f16.mlir").read_text()
    out = _compile(tmp_path, text)
    (kernel,) = out.artifact.manifest.kernels
    assert kernel in _wgmma_kernels(out)
    assert kernel.source_op == "linalg.fill + linalg.matmul + linalg.generic"
    rng = np.random.default_rng(2)
    x, w, b = (rng.uniform(-1, 1, s.shape).astype(np.float16) for s in out.artifact.manifest.inputs)
    (got,) = emulate(out.artifact, out.stages["map"], [x, w, b])
    exact = np.maximum(x.astype(np.float64) @ w.astype(np.float64).T + b, 0)
    np.testing.assert_allclose(got.astype(np.float64), exact, rtol=2**-10, atol=2**-13)


def test_unaligned_rows_keep_mma_sync(tmp_path) -> None:
    """K = 100: A's rows are 200 bytes apart, not a multiple of 16, which TMA needs."""
    out = _compile(tmp_path, gemm_mlir(64, 64, 100))
    (kernel,) = out.artifact.manifest.kernels
    assert kernel.model["strategy"] == "mma.sync.m16n8k16"


# -- PTX, ptxas, the manifest -------------------------------------------------------------


def _count(pattern: str, ptx: str) -> int:
    return len(re.findall(pattern, ptx))


@pytest.mark.parametrize("dtype", ["f16", "bf16"])
def test_ptx_of_a_4096_gemm(tmp_path, dtype: str) -> None:
    """128x256x64 blocks, 3 stages: per k-tile each of the two warpgroups issues 4
    wgmma.mma_async m64n256k16 (B n-major: transposed), thread 0 starts 1 + 4 TMA loads
    (A's 128x64 box, B's four 64x64 boxes), 2 k-tiles more in the prologue."""
    path = tmp_path / "mm.mlir"
    path.write_text(gemm_mlir(4096, 4096, 4096, dtype=dtype))
    out = build(str(path), "cuda", arch="sm_90", emit="ptx")
    (name,) = [n for n in out.files if "generic" in n]
    ptx = out.files[name]
    assert ".target sm_90a" in ptx
    assert _count(rf"wgmma\.mma_async\.sync\.aligned\.m64n256k16\.f32\.{dtype}\.{dtype}", ptx) == 4
    tma = r"cp\.async\.bulk\.tensor\.2d\.shared::cluster\.global\.mbarrier::complete_tx::bytes"
    assert _count(tma, ptx) == 15
    assert _count(r"mbarrier\.try_wait\.parity", ptx) == 1 and _count(r"mbarrier\.init", ptx) == 3
    assert _count(r"wgmma\.fence\.sync\.aligned", ptx) == 4
    assert ".extern .shared .align 1024 .b8 __dynamic_shmem__0[];" in ptx
    assert "mma.sync" not in ptx


@pytest.mark.skipif(shutil.which("ptxas") is None, reason="ptxas is not installed")
@pytest.mark.parametrize("dtype", ["f16", "bf16"])
def test_ptxas_no_spills_and_the_occupancy_target(tmp_path, dtype: str) -> None:
    path = tmp_path / "mm.mlir"
    path.write_text(gemm_mlir(4096, 4096, 4096, dtype=dtype))
    out = build(str(path), "cuda", arch="sm_90")
    (kernel,) = out.artifact.manifest.kernels
    (launch,) = out.artifact.manifest.launches()
    res, model = kernel.resources, kernel.model
    assert res["spill_stores"] == 0 and res["spill_loads"] == 0 and res["stack_bytes"] == 0
    assert res["registers"] <= 255
    spec = CUDA_ARCHS["sm_90"]
    assert launch.shared_bytes == 3 * (128 * 64 + 64 * 256) * 2  # the stages (the C tile fits in them)
    assert launch.shared_bytes + res["shared_bytes"] <= spec.shared_bytes_per_block
    assert launch.block == (256, 1, 1)
    assert model["meets_occupancy_target"]
    assert model["blocks_per_sm"] >= model["occupancy_target_blocks_per_sm"]
    assert model["kind"] == "analytic model, not a measurement" and "caveat" not in model
    assert model["bound"] == "tensor cores"


def test_manifest_describes_the_tensor_maps(tmp_path) -> None:
    out = _compile(tmp_path, gemm_mlir(72, 136, 128, dtype="bf16", batch=3), run_ptxas=False)
    (launch,) = out.artifact.manifest.launches()
    maps = [a for a in launch.args if a.kind == "tensormap"]
    assert len(maps) == 2
    a, b = (m.tensor_map for m in maps)
    # the batch folds into the rows; dims and strides innermost first, strides in bytes
    assert a == dict(
        dtype="bfloat16", dims=[128, 3 * 72], strides=[256], box=[64, 128], swizzle="swizzle_128b",
        l2promo="l2promo_128b", oob="zero",
    )  # fmt: skip
    assert b["dims"] == [136, 3 * 128] and b["strides"] == [272] and b["box"] == [64, 64]
    assert [m.buffer for m in maps] == [0, 1] and launch.shared_bytes > 48 * 1024


def test_runtime_encodes_what_the_manifest_says() -> None:
    desc = dict(
        dtype="float16", dims=[1000, 1000], strides=[2000], box=[64, 128], swizzle="swizzle_128b",
        l2promo="l2promo_128b", oob="zero",
    )  # fmt: skip
    args = encode_args(desc, 0x7F0000001000)
    assert args == (6, 2, 0x7F0000001000, [1000, 1000], [2000], [64, 128], [1, 1], 0, 3, 2, 0)
    with pytest.raises(Exception, match="16-byte-aligned"):
        encode_args(desc, 0x7F0000001008)
    with pytest.raises(Exception, match="16-byte-aligned"):
        encode_args({**desc, "strides": [2002]}, 0x7F0000001000)
