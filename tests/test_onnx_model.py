"""ONNX model checking: models over the protobuf limit are checked from their file."""

from __future__ import annotations

import onnx
import pytest
from onnx import TensorProto, helper

from mlc.compiler.errors import InputError
from mlc.compiler.frontends import onnx_model as om


def _relu_model() -> onnx.ModelProto:
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 3])
    graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g", [x], [y])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


@pytest.fixture
def over_2gb(monkeypatch):
    """Make the in-memory checker refuse every model as too large, recording file checks."""
    checked_files = []
    real = onnx.checker.check_model

    def check(model, *args, **kwargs):
        if isinstance(model, onnx.ModelProto):
            raise ValueError("Message onnx.ModelProto exceeds maximum protobuf size of 2GB")
        checked_files.append(model)
        return real(model, *args, **kwargs)

    monkeypatch.setattr(onnx.checker, "check_model", check)
    return checked_files


def test_large_model_is_checked_from_its_file(tmp_path, over_2gb):
    path = tmp_path / "m.onnx"
    onnx.save(_relu_model(), path)
    inferred = om.check_and_infer(onnx.load(path), str(path))
    assert over_2gb == [str(path)]
    assert [o.name for o in inferred.graph.output] == ["y"]


def test_large_model_in_memory_only_is_a_clear_error(over_2gb):
    with pytest.raises(InputError, match=r"model\.onnx: the model is over 2 GB"):
        om.check_and_infer(_relu_model(), "model.onnx")


def test_invalid_model_file_is_rejected(tmp_path, over_2gb):
    model = _relu_model()
    model.graph.node[0].input[0] = "missing"
    path = tmp_path / "bad.onnx"
    onnx.save(model, path)
    with pytest.raises(InputError, match=r"bad\.onnx: the ONNX checker rejected the model"):
        om.check_and_infer(model, str(path))


def _opset9_conv_pool() -> onnx.ModelProto:
    """Conv (a 72 KiB weight, a 64-byte bias) then MaxPool, at opset 9: torch-mlir lowers
    MaxPool only from opset 10, so the import upgrades it."""
    import numpy as np
    from onnx import numpy_helper

    rng = np.random.default_rng(0)
    w = numpy_helper.from_array(rng.standard_normal((16, 128, 3, 3)).astype(np.float32), "w")
    b = numpy_helper.from_array(rng.standard_normal(16).astype(np.float32), "b")
    nodes = [
        helper.make_node("Conv", ["x", "w", "b"], ["c"], pads=[1, 1, 1, 1]),
        helper.make_node("MaxPool", ["c"], ["y"], kernel_shape=[2, 2], strides=[2, 2]),
    ]
    graph = helper.make_graph(
        nodes,
        "conv_pool",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 128, 8, 8])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 16, 4, 4])],
        [w, b],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 9)])
    model.ir_version = 4
    return model


def test_the_step_sees_no_large_weights_and_its_result_has_them():
    model = _opset9_conv_pool()
    before = {t.name: t.raw_data for t in model.graph.initializer}
    seen = {}

    def step(m: onnx.ModelProto) -> onnx.ModelProto:
        seen.update({t.name: len(t.raw_data) for t in m.graph.initializer})
        return onnx.version_converter.convert_version(m, 17)

    upgraded = om.without_weights(model, step)
    assert seen == {"w": 0, "b": 64}  # only the tensor of at least DETACH_BYTES left
    assert upgraded.opset_import[0].version == 17
    for m in (model, upgraded):
        got = {t.name: t.raw_data for t in m.graph.initializer}
        assert got == before
        assert all(
            t.data_location == TensorProto.DEFAULT and not t.external_data for t in m.graph.initializer
        )


def test_the_model_is_left_as_it_was_when_the_step_fails():
    model = _opset9_conv_pool()
    before = {t.name: t.raw_data for t in model.graph.initializer}

    def fail(m: onnx.ModelProto) -> onnx.ModelProto:
        raise RuntimeError("converter failed")

    with pytest.raises(RuntimeError):
        om.without_weights(model, fail)
    assert {t.name: t.raw_data for t in model.graph.initializer} == before


def test_an_upgraded_model_keeps_its_weights(tmp_path):
    """End to end: the opset-9 model is upgraded with its weights held aside, and the compiled
    function still matches onnxruntime."""
    import numpy as np
    import onnxruntime as ort

    from mlc.compiler.compile_api import build

    path = tmp_path / "conv_pool.onnx"
    onnx.save(_opset9_conv_pool(), str(path))
    x = np.random.default_rng(1).standard_normal((1, 128, 8, 8)).astype(np.float32)
    ref = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    with build(str(path), "cpu", cache=False).artifact.load() as fn:
        np.testing.assert_allclose(fn(x), ref, rtol=1e-4, atol=1e-4)
