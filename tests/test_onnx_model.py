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
