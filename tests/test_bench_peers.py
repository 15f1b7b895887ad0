"""The CPU peer benchmark's model preparation and its correctness gate (``benchmarks/cpu_vs_peers``)."""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper

from mlc.benchmarks.cpu_vs_peers import TOLERANCE, matches, ort_session, with_random_weights


def _bn_model(path) -> None:
    """Conv -> BatchNormalization whose parameters are graph inputs named as Caffe2 names them
    (``riv``: running inverse variance; no 'var' in any name)."""
    names = ["w", "bn_s", "bn_b", "bn_rm", "bn_riv"]
    shapes = [[4, 3, 3, 3], [4], [4], [4], [4]]
    graph = helper.make_graph(
        [
            helper.make_node("Conv", ["x", "w"], ["c"], pads=[1, 1, 1, 1]),
            helper.make_node("BatchNormalization", ["c", *names[1:]], ["y"]),
        ],
        "bn",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 8, 8])]
        + [
            helper.make_tensor_value_info(n, TensorProto.FLOAT, s) for n, s in zip(names, shapes, strict=True)
        ],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4, 8, 8])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(path))


def test_batch_norm_variances_get_positive_values_whatever_their_names(tmp_path):
    _bn_model(tmp_path / "in.onnx")
    data = with_random_weights(tmp_path / "in.onnx", tmp_path / "out.onnx")
    assert data == "x"
    model = onnx.load(str(tmp_path / "out.onnx"))
    inits = {i.name: onnx.numpy_helper.to_array(i) for i in model.graph.initializer}
    assert (inits["bn_riv"] > 0).all() and (inits["bn_s"] > 0).all()
    assert (np.abs(inits["bn_rm"]) < 1).all()  # the others stay small normals (positive ones are >= 1)
    x = np.random.default_rng(0).standard_normal((1, 3, 8, 8)).astype(np.float32)
    y = ort_session(tmp_path / "out.onnx", 1).run(None, {"x": x})[0]
    assert np.isfinite(y).all()


def test_rows_off_by_the_tolerance_or_nan_do_not_match():
    assert matches({"max_rel_error": TOLERANCE / 10})
    assert not matches({"max_rel_error": TOLERANCE})
    assert not matches({"max_rel_error": float("nan")})
