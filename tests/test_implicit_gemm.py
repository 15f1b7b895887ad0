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
from mlc.compiler.frontends.torch_export import import_torch
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
    (kernel,) = out.artifact.manifest.kernels  # padding (fill + copy) and the fill fused in
    assert kernel.model["strategy"] == "mma.sync.m16n8k16"
    pad = "linalg.map + linalg.copy + " if conv.pad else ""
    assert kernel.source_op == f"{pad}linalg.fill + linalg.conv_2d_{conv.layout}_" + (
        "fchw" if conv.layout == "nchw" else "hwcf"
    )
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


# ResNet-50's convolution kinds at batch 1 with their real shapes (input 224 x 224): the stem's
# 7x7/2, a bottleneck's 1x1 reduce at 56 x 56, the strided 3x3 of stage 3's first block, a 3x3
# of stage 4 and a 1x1 expand of stage 5. The emulator replays each in a few seconds.
RESNET = {
    "stem_7x7s2_3to64_224": Conv(1, 3, 224, 224, 64, 7, 7, stride=2, pad=3),
    "conv2_1x1_256to64_56": Conv(1, 256, 56, 56, 64, 1, 1),
    "conv3_3x3s2_128_56": Conv(1, 128, 56, 56, 128, 3, 3, stride=2, pad=1),
    "conv4_3x3_256_14_nhwc": Conv(1, 256, 14, 14, 256, 3, 3, pad=1, layout="nhwc"),
    "conv5_1x1_512to2048_7_nhwc": Conv(1, 512, 7, 7, 2048, 1, 1, layout="nhwc"),
}


@pytest.mark.parametrize("name", list(RESNET))
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
    """The f32 test CNN (PyTorch, NCHW): each convolution is one simt-gemm implicit GEMM with
    its padding (the image read unpadded, zero outside) and its bias (the initial accumulator)
    fused; the first one's batch norm and ReLU (an elementwise op rewriting its output in
    place) is its epilogue. 8 kernels (10 before). The model still matches PyTorch."""
    from tests.cuda_support import compiled, torch_reference

    out = compiled("cnn")
    ops = [k.source_op for k in out.artifact.manifest.kernels if "conv_2d" in k.source_op]
    fused = "linalg.map + linalg.copy + linalg.broadcast + linalg.conv_2d_nchw_fchw"
    assert ops == [f"{fused} + linalg.generic", fused]
    assert len(out.artifact.manifest.kernels) == 8
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


def test_torch_f16_conv_batch_norm_relu_is_one_tensor_core_kernel(tmp_path) -> None:
    """A PyTorch f16 Conv2d + BatchNorm2d (inference) + ReLU through torch-mlir: padding, the
    conv bias, the convolution (accumulating in f32) and batch norm + ReLU in one mma.sync
    kernel; within f16 rounding of PyTorch in f32."""
    torch.manual_seed(0)
    nn = torch.nn
    model = nn.Sequential(nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU()).eval()
    with torch.no_grad():
        model[1].running_mean.uniform_(-1, 1)
        model[1].running_var.uniform_(0.5, 2)
    model = model.half()
    x = torch.rand(2, 16, 10, 10, dtype=torch.float16) * 2 - 1
    path = tmp_path / "model.mlir"
    path.write_text(import_torch(model, [x]).text)  # torch-mlir in a child: its LLVM clashes with ours
    out = build(str(path), "cuda", keep_stages=("map",), arch="sm_80")
    (kernel,) = out.artifact.manifest.kernels
    assert kernel.model["strategy"] == "mma.sync.m16n8k16" and kernel.source_op.endswith("+ linalg.generic")
    (got,) = emulate(out.artifact, out.stages["map"], [x.numpy()])
    want = model.float()(x.float()).detach().numpy()
    np.testing.assert_allclose(got.astype(np.float32), want, atol=2e-3, rtol=2**-10)


@pytest.mark.slow  # the emulator replays 20 kernels: about 2.5 minutes
def test_onnx_resnet_convs_are_implicit_gemms_matching_onnxruntime() -> None:
    """examples/resnet_tiny.onnx: all 12 convolutions are simt-gemm implicit GEMMs with their
    padding and their epilogue (batch norm, ReLU, the residual add) fused; the emulated model
    matches onnxruntime."""
    from pathlib import Path

    ort = pytest.importorskip("onnxruntime")
    model = Path(__file__).resolve().parent.parent / "examples" / "resnet_tiny.onnx"
    out = build(str(model), "cuda", keep_stages=("map",), arch="sm_80")
    convs = [k for k in out.artifact.manifest.kernels if "conv_2d" in k.source_op]
    assert len(convs) == 12 and out.stages["map"].count('mlc.gemm = "simt-gemm"') == 12
    assert sum(k.source_op.endswith("+ linalg.generic") for k in convs) == 9
    session = ort.InferenceSession(str(model))
    spec = session.get_inputs()[0]
    x = np.random.default_rng(0).standard_normal([d if isinstance(d, int) else 1 for d in spec.shape])
    x = x.astype(np.float32)
    (want,) = session.run(None, {spec.name: x})
    (got,) = emulate(out.artifact, out.stages["map"], [x])
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)


BIAS_MATMUL = """
func.func @main(%a: tensor<100x64xf16>, %b: tensor<64x72xf16>, %bias: tensor<72xf32>) -> tensor<100x72xf32> {
  %e = tensor.empty() : tensor<100x72xf32>
  %bb = linalg.broadcast ins(%bias : tensor<72xf32>) outs(%e : tensor<100x72xf32>) dimensions = [0]
  %r = linalg.matmul ins(%a, %b : tensor<100x64xf16>, tensor<64x72xf16>)
      outs(%bb : tensor<100x72xf32>) -> tensor<100x72xf32>
  return %r : tensor<100x72xf32>
}
"""


@pytest.mark.parametrize("arch", ["sm_80", "sm_90"])
def test_gemm_starting_from_a_broadcast_bias_is_one_kernel(tmp_path, arch: str) -> None:
    """A matmul accumulating into a broadcast bias: the bias is the initial accumulator, one
    kernel. On sm_90 it keeps mma.sync (hopper-gemm starts from C or zero)."""
    path = tmp_path / "mm.mlir"
    path.write_text(BIAS_MATMUL)
    out = build(str(path), "cuda", keep_stages=("map",), arch=arch)
    (kernel,) = out.artifact.manifest.kernels
    assert kernel.source_op == "linalg.broadcast + linalg.matmul"
    assert kernel.model["strategy"] == "mma.sync.m16n8k16"
    rng = np.random.default_rng(4)
    a = rng.uniform(-1, 1, (100, 64)).astype(np.float16)
    b = rng.uniform(-1, 1, (64, 72)).astype(np.float16)
    bias = rng.uniform(-1, 1, 72).astype(np.float32)
    (got,) = emulate(out.artifact, out.stages["map"], [a, b, bias])
    np.testing.assert_allclose(got, a.astype(np.float64) @ b + bias, atol=ATOL, rtol=0)


@pytest.mark.parametrize("layout", ["nhwc", "nchw"])
def test_conv_shared_memory_has_no_bank_conflicts(tmp_path, layout: str) -> None:
    """The access report: every shared-memory access of a padded 3x3 convolution (cp.async
    chunks for NHWC, element-by-element stores of the gathered image for NCHW, ldmatrix of
    both tiles) is conflict-free with the swizzle."""
    from mlc.compiler.analysis import analyze_text
    from mlc.compiler.optimizer import optimize

    path = tmp_path / "conv.mlir"
    path.write_text(conv_mlir(Conv(2, 64, 10, 10, 64, 3, 3, pad=1, layout=layout)))
    kernels = build(str(path), "cuda", arch="sm_80", emit="mlir", to_stage="kernels").files["kernels.mlir"]
    pipeline = "builtin.module(tensorize-gemm{block=64,64,32 warp=32,32 stages=3})"
    report = analyze_text(optimize(kernels, pipeline, isolate=False))
    shared = [a for k in report.kernels for a in k.accesses if a.space == "shared"]
    assert {a.kind for a in shared} == {"load", "store"}
    assert all(a.bank_conflicts == 1 for a in shared)
