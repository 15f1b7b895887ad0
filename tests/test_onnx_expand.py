"""ONNX ops expanded before import (``onnx_expand``): numerics against ONNX's reference."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper
from onnx.reference import ReferenceEvaluator

from mlc.compiler import compile as mlc_compile


def _run(tmp_path, nodes, inputs, outputs, feeds, initializers=(), opset=28, domains=()):
    graph = helper.make_graph(
        nodes,
        "expand",
        [helper.make_tensor_value_info(n, t, s) for n, t, s in inputs],
        [helper.make_tensor_value_info(n, t, s) for n, t, s in outputs],
        list(initializers),
    )
    opsets = [helper.make_opsetid("", opset), *(helper.make_opsetid(d, 1) for d in domains)]
    model = helper.make_model(graph, opset_imports=opsets)
    path = tmp_path / "m.onnx"
    onnx.save(model, path)
    got = mlc_compile(str(path), target="cpu")(*feeds.values())
    want = ReferenceEvaluator(model).run(None, feeds)
    return (got if isinstance(got, tuple) else (got,)), want


@pytest.mark.parametrize("reverse", [0, 1])
@pytest.mark.parametrize("exclusive", [0, 1])
def test_cumprod_constant_axis(tmp_path, reverse, exclusive):
    rng = np.random.default_rng(7)
    x = rng.uniform(0.9, 1.1, (3, 37, 2)).astype(np.float32)
    xi = rng.integers(-3, 4, (3, 37, 2)).astype(np.int64)  # products wrap modulo 2^64
    axis = onnx.numpy_helper.from_array(np.array(1, np.int64), "axis")
    nodes = [
        helper.make_node("CumProd", ["x", "axis"], ["y"], reverse=reverse, exclusive=exclusive),
        helper.make_node("CumProd", ["xi", "axis"], ["yi"], reverse=reverse, exclusive=exclusive),
    ]
    got, want = _run(
        tmp_path,
        nodes,
        [("x", TensorProto.FLOAT, [3, 37, 2]), ("xi", TensorProto.INT64, [3, 37, 2])],
        [("y", TensorProto.FLOAT, [3, 37, 2]), ("yi", TensorProto.INT64, [3, 37, 2])],
        {"x": x, "xi": xi},
        [axis],
    )
    np.testing.assert_allclose(got[0], want[0], rtol=1e-5)
    np.testing.assert_array_equal(got[1], want[1])


@pytest.mark.parametrize("axis", [0, 2, -1, -3])
def test_cumprod_axis_given_at_run_time(tmp_path, axis):
    x = np.random.default_rng(1).integers(-4, 5, (4, 3, 5)).astype(np.int32)
    nodes = [helper.make_node("CumProd", ["x", "axis"], ["y"], exclusive=1)]
    got, want = _run(
        tmp_path,
        nodes,
        [("x", TensorProto.INT32, [4, 3, 5]), ("axis", TensorProto.INT32, [])],
        [("y", TensorProto.INT32, [4, 3, 5])],
        {"x": x, "axis": np.array(axis, np.int32)},
    )
    np.testing.assert_array_equal(got[0], want[0])


def test_swiglu_and_swish(tmp_path):
    rng = np.random.default_rng(2)
    a, b = rng.standard_normal((2, 6, 8)).astype(np.float32)
    nodes = [
        helper.make_node("SwiGLU", ["a", "b"], ["y"], alpha=1.702),
        helper.make_node("Swish", ["a"], ["s"], alpha=0.5),
    ]
    got, want = _run(
        tmp_path,
        nodes,
        [("a", TensorProto.FLOAT, [6, 8]), ("b", TensorProto.FLOAT, [6, 8])],
        [("y", TensorProto.FLOAT, [6, 8]), ("s", TensorProto.FLOAT, [6, 8])],
        {"a": a, "b": b},
    )
    for g, w in zip(got, want, strict=True):
        np.testing.assert_allclose(g, w, rtol=1e-5, atol=1e-6)


BITCASTS = [
    (TensorProto.FLOAT, TensorProto.UINT32),
    (TensorProto.UINT32, TensorProto.FLOAT),
    (TensorProto.DOUBLE, TensorProto.UINT64),
    (TensorProto.FLOAT16, TensorProto.INT16),
    (TensorProto.BFLOAT16, TensorProto.UINT16),
    (TensorProto.UINT16, TensorProto.BFLOAT16),
    (TensorProto.FLOAT16, TensorProto.BFLOAT16),
    (TensorProto.UINT16, TensorProto.INT16),
    (TensorProto.INT16, TensorProto.UINT16),
    (TensorProto.INT8, TensorProto.UINT8),
    (TensorProto.BOOL, TensorProto.INT8),
]


def test_bitcast_keeps_the_bits(tmp_path):
    nodes, inputs, outputs, feeds = [], [], [], {}
    for i, (src, dst) in enumerate(BITCASTS):
        dtype = helper.tensor_dtype_to_np_dtype(src)
        raw = np.random.default_rng(i).integers(0, 256, (5 * 3 * dtype.itemsize,), np.uint8)
        if src == TensorProto.BOOL:
            raw = raw % 2
        x = raw.view(dtype).reshape(5, 3)
        # a NaN's payload is not guaranteed through float ops; keep the inputs numbers
        if dtype.kind == "f" or dtype.name == "bfloat16":
            x = np.where(np.isfinite(x.astype(np.float64)), x, np.zeros((), dtype)).astype(dtype)
        feeds[f"x{i}"] = x
        inputs.append((f"x{i}", src, ["n", 3]))
        outputs.append((f"y{i}", dst, ["n", 3]))
        nodes.append(helper.make_node("BitCast", [f"x{i}"], [f"y{i}"], to=dst))
    got, want = _run(tmp_path, nodes, inputs, outputs, feeds, opset=26)
    for (name, _, _), g, w in zip(outputs, got, want, strict=True):
        assert g.dtype == w.dtype, name
        np.testing.assert_array_equal(g.view(np.uint8), w.view(np.uint8), err_msg=name)


@pytest.mark.parametrize("mode", ["linear", "circular"])
@pytest.mark.parametrize("with_indices", [True, False])
def test_tensor_scatter(tmp_path, mode, with_indices):
    rng = np.random.default_rng(5)
    past = rng.standard_normal((3, 2, 7, 4)).astype(np.float32)
    update = rng.standard_normal((3, 2, 3, 4)).astype(np.float32)
    writes = np.array([0, 4, 6] if mode == "circular" else [0, 4, 2], np.int64)
    inputs = [("past", TensorProto.FLOAT, [3, 2, 7, 4]), ("update", TensorProto.FLOAT, [3, 2, 3, 4])]
    feeds = {"past": past, "update": update}
    names = ["past", "update"]
    if with_indices:
        inputs.append(("writes", TensorProto.INT64, [3]))
        feeds["writes"] = writes
        names.append("writes")
    nodes = [helper.make_node("TensorScatter", names, ["present"], mode=mode, axis=2)]
    got, want = _run(tmp_path, nodes, inputs, [("present", TensorProto.FLOAT, [3, 2, 7, 4])], feeds, opset=24)
    np.testing.assert_array_equal(got[0], want[0])


TRAINING = "ai.onnx.preview.training"


@pytest.mark.parametrize(
    ("op", "attrs", "states"),
    [
        ("Adagrad", {"decay_factor": 0.1, "epsilon": 1e-5, "norm_coefficient": 0.001}, 1),
        ("Momentum", {"alpha": 0.9, "beta": 0.1, "mode": "nesterov", "norm_coefficient": 0.01}, 1),
        ("Momentum", {"alpha": 0.9, "beta": 0.1, "mode": "standard", "norm_coefficient": 0.0}, 1),
        ("Adam", {"alpha": 0.9, "beta": 0.999, "epsilon": 1e-7, "norm_coefficient_post": 0.01}, 2),
    ],
)
@pytest.mark.parametrize("step", [0, 3])
def test_training_optimizers_two_tensors(tmp_path, op, attrs, states, step):
    rng = np.random.default_rng(len(op) + step)
    groups = ["X", "G", "V", "H"][: 2 + states]
    names = [f"{g}{i}" for g in groups for i in (1, 2)]
    shapes = {"1": [3, 4], "2": [5]}
    feeds = {"R": np.array(0.1, np.float32), "T": np.array(step, np.int64)}
    for name in names:
        values = rng.standard_normal(shapes[name[-1]]).astype(np.float32)
        feeds[name] = np.abs(values) if name[0] in "VH" else values  # accumulated squares are >= 0
    inputs = [("R", TensorProto.FLOAT, []), ("T", TensorProto.INT64, [])]
    inputs += [(n, TensorProto.FLOAT, shapes[n[-1]]) for n in names]
    outs = [f"{g}{i}_new" for g in groups[:1] + groups[2:] for i in (1, 2)]
    node = helper.make_node(op, ["R", "T", *names], outs, domain=TRAINING, **attrs)
    outputs = [(n, TensorProto.FLOAT, shapes[n.split("_")[0][-1]]) for n in outs]
    got, want = _run(tmp_path, [node], inputs, outputs, feeds, domains=(TRAINING,))
    for g, w in zip(got, want, strict=True):
        np.testing.assert_allclose(g, w, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("rank", [1, 3])
def test_ml_binarizer_and_array_feature_extractor(tmp_path, rank):
    shape = [6] if rank == 1 else [2, 3, 6]
    x = np.random.default_rng(rank).standard_normal(shape).astype(np.float32)
    idx = np.array([[4, 0, 4]], np.int64)
    ml = "ai.onnx.ml"
    nodes = [
        helper.make_node("Binarizer", ["x"], ["b"], domain=ml, threshold=0.25),
        helper.make_node("ArrayFeatureExtractor", ["x", "i"], ["f"], domain=ml),
    ]
    out_shape = [1, 3] if rank == 1 else [2, 3, 3]
    got, want = _run(
        tmp_path,
        nodes,
        [("x", TensorProto.FLOAT, shape), ("i", TensorProto.INT64, [1, 3])],
        [("b", TensorProto.FLOAT, shape), ("f", TensorProto.FLOAT, out_shape)],
        {"x": x, "i": idx},
        opset=21,
        domains=(ml,),
    )
    for g, w in zip(got, want, strict=True):
        np.testing.assert_array_equal(g, w)


def test_flex_attention_gqa_with_a_causal_score_mod(tmp_path):
    rng = np.random.default_rng(11)
    q = rng.standard_normal((2, 4, 5, 8)).astype(np.float32)
    k, v = rng.standard_normal((2, 2, 2, 6, 8)).astype(np.float32)
    mask = np.tril(np.ones((5, 6), bool))
    score_mod = helper.make_graph(
        [helper.make_node("Where", ["keep", "s", "neg"], ["s_out"])],
        "causal",
        [helper.make_tensor_value_info("s", TensorProto.FLOAT, [2, 4, 5, 6])],
        [helper.make_tensor_value_info("s_out", TensorProto.FLOAT, [2, 4, 5, 6])],
        [
            onnx.numpy_helper.from_array(mask, "keep"),
            onnx.numpy_helper.from_array(np.array(-np.inf, np.float32), "neg"),
        ],
    )
    node = helper.make_node(
        "FlexAttention", ["q", "k", "v"], ["y"], domain="ai.onnx.preview", scale=0.3, score_mod=score_mod
    )
    got, want = _run(
        tmp_path,
        [node],
        [
            ("q", TensorProto.FLOAT, [2, 4, 5, 8]),
            ("k", TensorProto.FLOAT, [2, 2, 6, 8]),
            ("v", TensorProto.FLOAT, [2, 2, 6, 8]),
        ],
        [("y", TensorProto.FLOAT, [2, 4, 5, 8])],
        {"q": q, "k": k, "v": v},
        opset=26,
        domains=("ai.onnx.preview",),
    )
    np.testing.assert_allclose(got[0], want[0], rtol=1e-5, atol=1e-6)
