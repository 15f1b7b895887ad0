"""``vectorize-depthwise`` through the real CPU pipeline: NCHW depthwise convolutions against
numpy and onnxruntime, over strides, dilations, widths that are not a multiple of the vector
and the three ways the accumulator starts (bias broadcast, fill, an arbitrary tensor)."""

from __future__ import annotations

import numpy as np
import pytest

import mlc.compiler as mc


def _t(shape) -> str:
    return f"tensor<{'x'.join(map(str, shape))}xf32>"


def reference(x, w, init, stride, dilation) -> np.ndarray:
    _, _, kh, kw = (0, 0, *w.shape[1:])
    out = init.copy()
    oh, ow = out.shape[2:]
    for i in range(kh):
        for j in range(kw):
            rows = slice(i * dilation, i * dilation + stride * (oh - 1) + 1, stride)
            cols = slice(j * dilation, j * dilation + stride * (ow - 1) + 1, stride)
            out += x[:, :, rows, cols].astype(np.float64) * w[None, :, i, j, None, None]
    return out.astype(np.float32)


def conv_text(xs, ws, os_, stride, dilation, init: str) -> str:
    c = xs[1]
    args = {"bias": f"%bias: {_t([c])}", "fill": "%v: f32", "init": f"%i: {_t(os_)}"}[init]
    start = {
        "bias": f"%b = linalg.broadcast ins(%bias : {_t([c])}) outs(%e : {_t(os_)}) dimensions = [0, 2, 3]",
        "fill": f"%b = linalg.fill ins(%v : f32) outs(%e : {_t(os_)}) -> {_t(os_)}",
        "init": f"%b = linalg.copy ins(%i : {_t(os_)}) outs(%e : {_t(os_)}) -> {_t(os_)}",
    }[init]
    return f"""
func.func @f(%x: {_t(xs)}, %w: {_t(ws)}, {args}) -> {_t(os_)} {{
  %e = tensor.empty() : {_t(os_)}
  {start}
  %r = linalg.depthwise_conv_2d_nchw_chw {{dilations = dense<{dilation}> : vector<2xi64>,
      strides = dense<{stride}> : vector<2xi64>}}
      ins(%x, %w : {_t(xs)}, {_t(ws)}) outs(%b : {_t(os_)}) -> {_t(os_)}
  return %r : {_t(os_)}
}}"""


CASES = [
    # (n, c, h, w, k, stride, dilation, init)
    (1, 8, 18, 34, 3, 1, 1, "bias"),  # two full 16-lane chunks
    (1, 4, 21, 37, 3, 2, 1, "bias"),  # stride 2, 18 columns: the last chunk moves back
    (2, 3, 9, 9, 3, 1, 1, "fill"),  # narrower than a vector, two images
    (1, 5, 16, 40, 5, 1, 2, "init"),  # 5x5, dilation 2, an arbitrary init
    (1, 16, 15, 15, 3, 2, 1, "fill"),  # 7 columns
]


@pytest.mark.parametrize(("n", "c", "h", "w", "k", "stride", "dilation", "init"), CASES)
def test_depthwise_matches_numpy(n, c, h, w, k, stride, dilation, init):
    span = dilation * (k - 1) + 1
    os_ = [n, c, (h - span) // stride + 1, (w - span) // stride + 1]
    rng = np.random.default_rng(0)
    x = rng.standard_normal((n, c, h, w)).astype(np.float32)
    wt = rng.standard_normal((c, k, k)).astype(np.float32)
    if init == "bias":
        third = rng.standard_normal(c).astype(np.float32)
        start = np.broadcast_to(third[None, :, None, None], os_)
    elif init == "fill":
        third = np.float32(0.25)
        start = np.full(os_, third, np.float32)
    else:
        third = start = rng.standard_normal(os_).astype(np.float32)
    fn = mc.compile(conv_text(x.shape, wt.shape, os_, stride, dilation, init), target="cpu", isolate=False)
    got = fn(x, wt, third)
    np.testing.assert_allclose(got, reference(x, wt, start, stride, dilation), rtol=1e-5, atol=1e-5)


def test_onnx_depthwise_layer_matches_onnxruntime(tmp_path):
    ort = pytest.importorskip("onnxruntime")
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(1)
    c = 24
    w = numpy_helper.from_array(rng.standard_normal((c, 1, 3, 3)).astype(np.float32), "w")
    b = numpy_helper.from_array(rng.standard_normal(c).astype(np.float32), "b")
    nodes = [
        helper.make_node("Conv", ["x", "w", "b"], ["y0"], group=c, kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
        helper.make_node("Clip", ["y0", "lo", "hi"], ["y1"]),  # ReLU6, fused into the first kernel
        helper.make_node(
            "Conv", ["y1", "w", "b"], ["y2"], group=c, kernel_shape=[3, 3], pads=[1, 1, 1, 1], strides=[2, 2]
        ),
        helper.make_node("Relu", ["y2"], ["y3"]),
        helper.make_node("Add", ["y3", "y2"], ["y"]),  # y2 has two users: the ReLU stays apart
    ]
    graph = helper.make_graph(
        nodes,
        "depthwise",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, c, 30, 30])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, c, 15, 15])],
        [w, b, numpy_helper.from_array(np.float32(0), "lo"), numpy_helper.from_array(np.float32(6), "hi")],
    )
    path = tmp_path / "depthwise.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)
    x = rng.standard_normal((1, c, 30, 30)).astype(np.float32)
    got = mc.compile(str(path), target="cpu", isolate=False)(x)
    want = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)
    # the convolutions became the kernel, not scalar loops; the clip is in the first one's store
    stages = mc.build(str(path), "cpu", emit="mlir", to_stage="pack", isolate=False).files
    (text,) = stages.values()
    assert "linalg.depthwise_conv" not in text and text.count("scf.forall (") == 2
    assert text.count("linalg.generic") == 2  # the ReLU and the Add
