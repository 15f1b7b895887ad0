"""``fold-batch-norm`` on a real ONNX Conv -> BatchNormalization -> Relu: the batch norm's
generics leave the graph, and the compiled CPU function still matches onnxruntime."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

from mlc.compiler.compile_api import build
from mlc.compiler.context import make_context
from mlc.passes.fold_batch_norm import FoldBatchNorm


def _conv_bn_relu(conv_bias: bool) -> onnx.ModelProto:
    rng = np.random.default_rng(1)

    def init(name: str, a: np.ndarray) -> onnx.TensorProto:
        return numpy_helper.from_array(a.astype(np.float32), name)

    inits = [
        init("w", rng.standard_normal((8, 3, 3, 3)) * 0.3),
        init("scale", rng.uniform(0.5, 1.5, 8)),
        init("shift", rng.standard_normal(8)),
        init("mean", rng.standard_normal(8)),
        init("var", rng.uniform(0.5, 1.5, 8)),
    ]
    conv_in = ["x", "w"]
    if conv_bias:
        inits.append(init("b", rng.standard_normal(8)))
        conv_in.append("b")
    nodes = [
        helper.make_node("Conv", conv_in, ["c"], pads=[1, 1, 1, 1]),
        helper.make_node("BatchNormalization", ["c", "scale", "shift", "mean", "var"], ["n"], epsilon=1e-5),
        helper.make_node("Relu", ["n"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes,
        "conv_bn_relu",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 8, 8])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 8, 8, 8])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model


def _imported(path: Path) -> str:
    """The ONNX file ``path`` as the frontend imports it. The import runs in a child process
    (``build``'s default): torch-mlir's bindings abort a process that already holds upstream's."""
    (text,) = build(str(path), "cpu", emit="mlir", to_stage="input", cache=False).files.values()
    return text


def _generics(text: str) -> tuple[list[str], list[str]]:
    """The bodies of the ``linalg.generic`` ops of ``text`` before and after the pass (``_bodies``)."""
    from mlir import ir

    with make_context():
        module = ir.Module.parse(text)
        before = _bodies(module)
        FoldBatchNorm().run(module.operation)
        return before, _bodies(module)


def _bodies(module: object) -> list[str]:
    """The op names in the body of each ``linalg.generic`` of ``module``, one string per generic."""
    from mlir import ir

    found: list[str] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "linalg.generic":
            found.append(" ".join(inner.name for inner in op.regions[0].blocks[0].operations))
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return found


@pytest.mark.parametrize("conv_bias", [False, True])
def test_batch_norm_generics_are_folded_away(conv_bias, tmp_path):
    path = tmp_path / "conv_bn_relu.onnx"
    onnx.save(_conv_bn_relu(conv_bias), str(path))
    before, after = _generics(_imported(path))
    assert any("math.rsqrt" in body for body in before)
    assert any("arith.subf" in body for body in before)
    # only the ReLU remains
    assert after == ["arith.cmpf arith.select linalg.yield"]


@pytest.mark.parametrize("conv_bias", [False, True])
def test_folded_model_matches_onnxruntime(conv_bias, tmp_path):
    path = tmp_path / "conv_bn_relu.onnx"
    onnx.save(_conv_bn_relu(conv_bias), str(path))
    x = np.random.default_rng(2).standard_normal((1, 3, 8, 8)).astype(np.float32)
    ref = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    with build(str(path), "cpu", cache=False).artifact.load() as fn:
        np.testing.assert_allclose(fn(x), ref, rtol=1e-4, atol=1e-5)


def test_resnet_tiny_with_residual_adds_matches_onnxruntime():
    """Residual adds after a batch norm read another tensor: they must stay out of the fold."""
    path = Path(__file__).resolve().parents[1] / "examples" / "resnet_tiny.onnx"
    before, after = _generics(_imported(path))
    assert len(after) < len(before) and not any("math.rsqrt" in body for body in after)
    x = np.random.default_rng(0).standard_normal((1, 3, 64, 64)).astype(np.float32)
    ref = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"image": x})[0]
    with build(str(path), "cpu", cache=False).artifact.load() as fn:
        np.testing.assert_allclose(fn(x), ref, rtol=1e-4, atol=1e-5)
