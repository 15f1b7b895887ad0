"""Packed GEMMs on the CPU (``pack-contractions`` and the CPU target's tiling), against numpy.

Shapes are chosen to hit the edges of the blocking: N not a multiple of the panel
width, M not a multiple of the register rows, K with no small divisor, batches,
strided and dilated convolutions, and both microkernels (AVX-512, AVX2).
"""

from __future__ import annotations

import numpy as np
import pytest

import mlc.compiler as mc

MCPU = {512: "native", 256: "x86-64-v3"}


def _t(shape) -> str:
    return f"tensor<{'x'.join(map(str, shape))}xf32>"


def _matmul(m: int, n: int, k: int, batch: int | None) -> str:
    b = [batch] if batch else []
    op = "linalg.batch_matmul" if batch else "linalg.matmul"
    a, bt, c = _t([*b, m, k]), _t([*b, k, n]), _t([*b, m, n])
    return f"""
func.func @f(%a: {a}, %b: {bt}) -> {c} {{
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : {c}
  %c = linalg.fill ins(%z : f32) outs(%e : {c}) -> {c}
  %r = {op} ins(%a, %b : {a}, {bt}) outs(%c : {c}) -> {c}
  return %r : {c}
}}"""


def _conv(x, w, stride: int, dilation: int) -> tuple[str, tuple[int, ...]]:
    n, _, h, wd = x
    f, _, kh, kw = w
    oh = (h - dilation * (kh - 1) - 1) // stride + 1
    ow = (wd - dilation * (kw - 1) - 1) // stride + 1
    out = (n, f, oh, ow)
    return (
        f"""
func.func @f(%x: {_t(x)}, %w: {_t(w)}, %bias: tensor<{f}xf32>) -> {_t(out)} {{
  %e = tensor.empty() : {_t(out)}
  %c = linalg.broadcast ins(%bias : tensor<{f}xf32>) outs(%e : {_t(out)}) dimensions = [0, 2, 3]
  %r = linalg.conv_2d_nchw_fchw
     {{dilations = dense<{dilation}> : vector<2xi64>, strides = dense<{stride}> : vector<2xi64>}}
     ins(%x, %w : {_t(x)}, {_t(w)}) outs(%c : {_t(out)}) -> {_t(out)}
  return %r : {_t(out)}
}}""",
        out,
    )


def conv_reference(x, w, bias, stride: int, dilation: int, out) -> np.ndarray:
    _, _, oh, ow = out
    kh, kw = w.shape[2:]
    r = np.broadcast_to(bias[None, :, None, None], out).astype(np.float64).copy()
    for i in range(kh):
        for j in range(kw):
            patch = x[:, :, i * dilation :: stride, j * dilation :: stride][:, :, :oh, :ow]
            r += np.einsum("nchw,fc->nfhw", patch, w[:, :, i, j])
    return r


@pytest.mark.parametrize("bits", [512, 256])
@pytest.mark.parametrize(
    ("m", "n", "k", "batch"),
    [(64, 64, 64, None), (37, 40, 131, None), (3, 5, 7, None), (16, 96, 256, 2), (130, 33, 300, None)],
)
def test_matmul(m, n, k, batch, bits):
    rng = np.random.default_rng(0)
    b = (batch,) if batch else ()
    a = rng.standard_normal((*b, m, k)).astype(np.float32)
    bm = rng.standard_normal((*b, k, n)).astype(np.float32)
    fn = mc.compile(_matmul(m, n, k, batch), target="cpu", isolate=False, mcpu=MCPU[bits])
    np.testing.assert_allclose(fn(a, bm), a @ bm, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize(
    ("x", "w", "stride", "dilation"),
    [
        ((1, 16, 8, 8), (32, 16, 1, 1), 1, 1),  # 1x1: a GEMM on the input
        ((1, 3, 17, 17), (8, 3, 3, 3), 2, 1),
        ((2, 4, 12, 10), (6, 4, 3, 3), 1, 2),
        ((1, 8, 9, 9), (16, 8, 1, 1), 2, 1),  # strided 1x1: im2col
        ((1, 3, 23, 23), (10, 3, 7, 7), 2, 1),
    ],
)
def test_conv(x, w, stride, dilation):
    rng = np.random.default_rng(1)
    xv = rng.standard_normal(x).astype(np.float32)
    wv = rng.standard_normal(w).astype(np.float32)
    bias = rng.standard_normal(w[0]).astype(np.float32)
    text, out = _conv(x, w, stride, dilation)
    fn = mc.compile(text, target="cpu", isolate=False)
    ref = conv_reference(xv, wv, bias, stride, dilation, out)
    np.testing.assert_allclose(fn(xv, wv, bias), ref, rtol=1e-4, atol=1e-4)


def _grouped_conv(x, w, stride: int, dilation: int) -> tuple[str, tuple[int, ...]]:
    n, g, _, h, wd = x
    _, f, _, kh, kw = w
    oh = (h - dilation * (kh - 1) - 1) // stride + 1
    ow = (wd - dilation * (kw - 1) - 1) // stride + 1
    out = (n, g, f, oh, ow)
    return (
        f"""
func.func @f(%x: {_t(x)}, %w: {_t(w)}) -> {_t(out)} {{
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : {_t(out)}
  %c = linalg.fill ins(%z : f32) outs(%e : {_t(out)}) -> {_t(out)}
  %r = linalg.conv_2d_ngchw_gfchw
     {{dilations = dense<{dilation}> : vector<2xi64>, strides = dense<{stride}> : vector<2xi64>}}
     ins(%x, %w : {_t(x)}, {_t(w)}) outs(%c : {_t(out)}) -> {_t(out)}
  return %r : {_t(out)}
}}""",
        out,
    )


@pytest.mark.parametrize(
    ("x", "w", "stride", "dilation"),
    [
        ((1, 4, 17, 9, 9), (4, 12, 17, 1, 1), 1, 1),  # 1x1: one GEMM per group on the input
        ((1, 3, 4, 11, 11), (3, 5, 4, 3, 3), 2, 1),  # im2col per group
        ((1, 2, 3, 12, 10), (2, 6, 3, 3, 3), 1, 2),
        ((1, 4, 1, 8, 8), (4, 4, 1, 1, 1), 1, 1),  # one tap per group: left to the direct loop
    ],
)
def test_grouped_conv(x, w, stride, dilation):
    rng = np.random.default_rng(2)
    xv = rng.standard_normal(x).astype(np.float32)
    wv = rng.standard_normal(w).astype(np.float32)
    text, out = _grouped_conv(x, w, stride, dilation)
    fn = mc.compile(text, target="cpu", isolate=False)
    zero = np.zeros(w[1], np.float32)
    ref = np.stack(
        [conv_reference(xv[:, i], wv[i], zero, stride, dilation, out[:1] + out[2:]) for i in range(x[1])],
        axis=1,
    )
    np.testing.assert_allclose(fn(xv, wv), ref, rtol=1e-4, atol=1e-4)
