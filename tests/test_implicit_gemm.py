"""Convolutions as implicit GEMMs (tensorize-gemm, simt-gemm): emulated numerics vs PyTorch, PTX.

No GPU is needed: the kernels are replayed on the CPU (emulate-warp-collectives gives
mma.sync and ldmatrix their PTX ISA lane layouts) and compared with
``torch.nn.functional.conv2d`` in float64 on the same 16-bit inputs.
"""

from __future__ import annotations

import re
import shutil

import numpy as np
import pytest

from mlc.compiler.compile_api import build
from mlc.compiler.targets.cuda.emulate import emulate
from mlc.examples.conv_ir import Conv, conv_mlir

torch = pytest.importorskip("torch")

ATOL = 1e-4  # f32 accumulation of K products of values in [-1, 1): rounding only


def _compile(tmp_path, conv: Conv, arch: str = "sm_80", **options):
    path = tmp_path / "conv.mlir"
    path.write_text(conv_mlir(conv))
    return build(str(path), "cuda", keep_stages=("map",), arch=arch, **options)


def _bf16_round(x: np.ndarray) -> np.ndarray:
    bits = x.astype(np.float32).view(np.uint32)
    return (((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16) << 16).astype(np.uint32).view(np.float32)


def _inputs(conv: Conv, seed: int = 0) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """(what the artifact takes, the same values in float64)."""
    rng = np.random.default_rng(seed)
    shapes = [conv.image(conv.h, conv.w), conv.weight]
    given, exact = [], []
    for shape in shapes:
        x = rng.uniform(-1, 1, shape)
        if conv.dtype == "bf16":
            v = _bf16_round(x)
            given.append((v.view(np.uint32) >> 16).astype(np.uint16))
            exact.append(v.astype(np.float64))
        else:
            given.append(x.astype(np.float16 if conv.dtype == "f16" else np.float32))
            exact.append(given[-1].astype(np.float64))
    if conv.epilogue:
        for shape in ([conv.f], conv.output):
            given.append(rng.uniform(-1, 1, shape).astype(np.float32))
            exact.append(given[-1].astype(np.float64))
    return given, exact


def _torch_conv(conv: Conv, exact: list[np.ndarray]) -> np.ndarray:
    x, w = (torch.from_numpy(a) for a in exact[:2])
    if conv.layout == "nhwc":
        x, w = x.permute(0, 3, 1, 2), w.permute(3, 2, 0, 1)
    y = torch.nn.functional.conv2d(x, w, stride=conv.stride, padding=conv.pad, dilation=conv.dilation)
    if conv.epilogue:
        res = torch.from_numpy(exact[3])
        res = res.permute(0, 3, 1, 2) if conv.layout == "nhwc" else res
        y = torch.relu(y + torch.from_numpy(exact[2]).view(1, -1, 1, 1) + res)
    return (y.permute(0, 2, 3, 1) if conv.layout == "nhwc" else y).numpy()


def _gemm_kernels(out) -> list:
    return [k for k in out.artifact.manifest.kernels if "conv_2d" in k.source_op]


CASES = {
    # layout, stride, padding, dilation; odd channel counts (element-by-element staging)
    "nchw_f16_stride2_pad1": Conv(2, 16, 9, 7, 24, 3, 3, stride=2, pad=1),
    "nhwc_f16_pad1": Conv(1, 32, 8, 8, 40, 3, 3, pad=1, layout="nhwc"),
    "nhwc_bf16_dilation2": Conv(1, 16, 11, 9, 16, 3, 3, pad=2, dilation=2, layout="nhwc", dtype="bf16"),
    "nchw_f16_odd_channels": Conv(1, 5, 11, 7, 13, 3, 3, pad=1),
    "nhwc_f16_1x1_stride2": Conv(2, 64, 8, 8, 24, 1, 1, stride=2, layout="nhwc"),
    "nchw_f16_7x7_stride2_pad3": Conv(1, 3, 16, 16, 16, 7, 7, stride=2, pad=3),
}


@pytest.mark.parametrize("name", list(CASES))
def test_tensor_core_conv_matches_pytorch(tmp_path, name: str) -> None:
    conv = CASES[name]
    out = _compile(tmp_path, conv)
    (kernel,) = _gemm_kernels(out)
    assert kernel.model["strategy"] == "mma.sync.m16n8k16"
    assert kernel.source_op.startswith("linalg.fill + ")  # the fill is the initial accumulator
    given, exact = _inputs(conv)
    (got,) = emulate(out.artifact, out.stages["map"], given)
    np.testing.assert_allclose(got, _torch_conv(conv, exact), atol=ATOL, rtol=0)


def test_conv_bias_residual_relu_is_one_kernel(tmp_path) -> None:
    """relu(conv(x, w) + bias + residual): fill, convolution and epilogue in one kernel."""
    conv = Conv(2, 16, 8, 8, 32, 3, 3, layout="nhwc", epilogue=True)
    out = _compile(tmp_path, conv)
    (kernel,) = out.artifact.manifest.kernels
    assert kernel.source_op == "linalg.fill + linalg.conv_2d_nhwc_hwcf + linalg.generic"
    given, exact = _inputs(conv, seed=1)
    (got,) = emulate(out.artifact, out.stages["map"], given)
    np.testing.assert_allclose(got, _torch_conv(conv, exact), atol=ATOL, rtol=0)


def test_f32_conv_takes_simt_gemm_unless_tf32_is_allowed(tmp_path) -> None:
    conv = Conv(1, 8, 10, 10, 12, 3, 3, stride=2, pad=1, dtype="f32")
    out = _compile(tmp_path, conv)
    (kernel,) = _gemm_kernels(out)
    assert kernel.model is None and "vector.fma" in out.stages["map"]  # CUDA cores, exact f32
    given, exact = _inputs(conv, seed=2)
    (got,) = emulate(out.artifact, out.stages["map"], given)
    np.testing.assert_allclose(got, _torch_conv(conv, exact), atol=1e-5, rtol=0)
    tf32 = _compile(tmp_path, conv, allow_tf32=True)
    (kernel,) = _gemm_kernels(tf32)
    assert kernel.model["strategy"] == "mma.sync.m16n8k8.tf32"
    (got,) = emulate(tf32.artifact, tf32.stages["map"], given)
    np.testing.assert_allclose(got, _torch_conv(conv, exact), atol=1e-2, rtol=0)  # TF32 inputs


# ResNet-50's convolution kinds at batch 1 and reduced spatial size (the emulator replays every
# thread on the CPU): the stem's 7x7/2, a bottleneck's 1x1 reduce, 3x3 and 1x1 expand, and
# the strided 3x3 of a stage's first block, with their real channel counts.
RESNET = {
    "stem_7x7s2_3to64": Conv(1, 3, 20, 20, 64, 7, 7, stride=2, pad=3),
    "conv2_1x1_256to64": Conv(1, 256, 7, 7, 64, 1, 1),
    "conv3_3x3s2_128": Conv(1, 128, 9, 9, 128, 3, 3, stride=2, pad=1),
    "conv4_3x3_256_nhwc": Conv(1, 256, 6, 6, 256, 3, 3, pad=1, layout="nhwc"),
    "conv5_1x1_512to2048_nhwc": Conv(1, 512, 4, 4, 2048, 1, 1, layout="nhwc"),
}


SLOW = {"conv3_3x3s2_128", "conv4_3x3_256_nhwc", "conv5_1x1_512to2048_nhwc"}  # about 25 s each


@pytest.mark.parametrize(
    "name", [pytest.param(n, marks=pytest.mark.slow) if n in SLOW else n for n in RESNET]
)
def test_resnet50_conv_kinds_match_pytorch(tmp_path, name: str) -> None:
    conv = RESNET[name]
    out = _compile(tmp_path, conv)
    (kernel,) = _gemm_kernels(out)
    assert "mma.sync" in kernel.model["strategy"]
    given, exact = _inputs(conv, seed=3)
    (got,) = emulate(out.artifact, out.stages["map"], given)
    k = conv.c * conv.kh * conv.kw
    np.testing.assert_allclose(got, _torch_conv(conv, exact), atol=ATOL * k / 64, rtol=0)


def test_cnn_conv_batch_norm_relu_is_one_simt_kernel() -> None:
    """The f32 test CNN (PyTorch, NCHW): each convolution is one simt-gemm implicit GEMM; the
    first one's batch norm and ReLU (an elementwise op rewriting its output in place) is its
    epilogue. The model still matches PyTorch."""
    from tests.cuda_support import compiled, torch_reference

    out = compiled("cnn")
    ops = [k.source_op for k in out.artifact.manifest.kernels if "conv_2d" in k.source_op]
    assert ops == ["linalg.conv_2d_nchw_fchw + linalg.generic", "linalg.conv_2d_nchw_fchw"]
    assert out.stages["map"].count('mlc.gemm = "simt-gemm"') == 2
    inputs, (want,) = torch_reference("cnn")
    (got,) = emulate(out.artifact, out.stages["map"], inputs)
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)


# -- PTX ----------------------------------------------------------------------------------


def _count(ptx: str, word: str) -> int:
    return len(re.findall(rf"\b{re.escape(word)}\b", ptx))


@pytest.mark.parametrize("arch", ["sm_80", "sm_90"])
def test_ptx_of_a_resnet_conv(tmp_path, arch: str) -> None:
    """The 3x3 64-channel convolution of ResNet-50's first stage (NHWC, 56x56): mma.sync with
    f32 accumulators, ldmatrix and 16-byte cp.async of the gathered image and of the weights.
    On sm_90 too: convolutions are not tiled by TMA (hopper-gemm takes plain GEMMs)."""
    path = tmp_path / "conv.mlir"
    path.write_text(conv_mlir(Conv(8, 64, 56, 56, 64, 3, 3, pad=1, layout="nhwc")))
    out = build(str(path), "cuda", arch=arch, emit="ptx")
    (name,) = [n for n in out.files if "conv" in n]
    ptx = out.files[name]
    assert _count(ptx, "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32") == 64
    assert _count(ptx, "ldmatrix.sync.aligned.m8n8.x4.shared.b16") > 0
    assert _count(ptx, "cp.async.cg.shared.global") > 0
    assert f".target {arch}" in ptx


@pytest.mark.skipif(shutil.which("ptxas") is None, reason="ptxas is not installed")
def test_ptxas_conv_no_spills(tmp_path) -> None:
    path = tmp_path / "conv.mlir"
    path.write_text(conv_mlir(Conv(8, 64, 56, 56, 64, 3, 3, pad=1, layout="nhwc", epilogue=True)))
    out = build(str(path), "cuda", arch="sm_80")
    (kernel,) = _gemm_kernels(out)
    res, model = kernel.resources, kernel.model
    assert res["spill_stores"] == 0 and res["spill_loads"] == 0 and res["stack_bytes"] == 0
    assert model["meets_occupancy_target"]
