"""Value specialization of ONNX inputs and the ONNX-level rewrites before import.

The rewrites are checked against ``onnx.reference`` on the original model (no
torch-mlir needed); specialization end to end through ``mlc-run``, and the
run-time check of specialized values on the CPU backend directly.
"""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper
from onnx.reference import ReferenceEvaluator

import mlc.compiler as mc
from mlc.compiler import specialization
from mlc.compiler.errors import InputError, UnsupportedError
from mlc.compiler.frontends import onnx_functions, onnx_rewrite, onnx_specialize
from mlc.compiler.frontends import onnx_model as om

from conftest import run_tool

F, I64 = TensorProto.FLOAT, TensorProto.INT64


def reduce_model(opset: int = 18) -> onnx.ModelProto:
    """y = ReduceSum(x, Cast(axes)) with the axes as a graph input (int32, cast to int64)."""
    nodes = [
        helper.make_node("Cast", ["axes"], ["axes64"], to=I64),
        helper.make_node("ReduceSum", ["x", "axes64"], ["y"], keepdims=0),
    ]
    graph = helper.make_graph(
        nodes,
        "reduce",
        [
            helper.make_tensor_value_info("x", F, [3, 4, 5]),
            helper.make_tensor_value_info("axes", TensorProto.INT32, [1]),
        ],
        [helper.make_tensor_value_info("y", F, [3, 4])],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])


def test_shape_operand_inputs_follow_casts_and_skip_data():
    assert onnx_specialize.shape_operand_inputs(reduce_model()) == ["axes"]


def test_specialize_turns_inputs_into_initializers_and_checks_them():
    model = reduce_model()
    values = onnx_specialize.specialize(model, {"axes": np.array([1], np.int32)}, "m.onnx")
    assert [vi.name for vi in model.graph.input] == ["x"]
    assert numpy_helper.to_array(model.graph.initializer[0]).tolist() == [1]
    assert values["axes"].dtype == np.int32
    with pytest.raises(InputError, match="not a tensor graph input"):
        onnx_specialize.specialize(reduce_model(), {"nope": np.array([1])}, "m.onnx")
    with pytest.raises(InputError, match="has dtype int64, expected int32"):
        onnx_specialize.specialize(reduce_model(), {"axes": np.array([1])}, "m.onnx")
    with pytest.raises(InputError, match="has shape"):
        onnx_specialize.specialize(reduce_model(), {"axes": np.array([1, 2], np.int32)}, "m.onnx")


def run_both(model: onnx.ModelProto, rewritten: onnx.ModelProto, feeds: dict) -> None:
    want = ReferenceEvaluator(model).run(None, feeds)
    got = ReferenceEvaluator(rewritten).run(None, feeds)
    for g, w in zip(got, want, strict=True):
        np.testing.assert_allclose(g, w, rtol=1e-5, atol=1e-6)


def rewritten(model: onnx.ModelProto) -> onnx.ModelProto:
    model = om.check_and_infer(model, "m.onnx")
    om.name_nodes(model)
    return onnx_rewrite.simplify(model, "m.onnx")


def nll_reference(log_prob, t, w, reduction, ignore):
    """The ONNX definition: weighted, ignored elements count zero, mean over the applied weights."""
    w = np.ones(log_prob.shape[1], log_prob.dtype) if w is None else w
    keep = t != ignore
    safe = np.where(keep, t, 0)
    picked = np.take_along_axis(log_prob, safe[:, None], axis=1)[:, 0]
    weights = w[safe] * keep
    loss = -picked * weights
    if reduction == "none":
        return loss
    return loss.sum() if reduction == "sum" else loss.sum() / weights.sum()


@pytest.mark.parametrize("reduction", ["none", "sum", "mean"])
@pytest.mark.parametrize("weighted", [False, True])
@pytest.mark.parametrize("op", ["NegativeLogLikelihoodLoss", "SoftmaxCrossEntropyLoss"])
def test_losses_decompose_exactly(op, reduction, weighted):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((3, 5, 2)).astype(np.float32)
    t = np.array([[1, -1], [4, 0], [-1, 2]], np.int64)  # -1 is the ignored index
    w = rng.random(5).astype(np.float32) if weighted else None
    inputs = ["x", "t", "w"] if weighted else ["x", "t"]
    node = helper.make_node(op, inputs, ["loss"], reduction=reduction, ignore_index=-1)
    graph = helper.make_graph(
        [node],
        "loss",
        [
            helper.make_tensor_value_info("x", F, x.shape),
            helper.make_tensor_value_info("t", I64, t.shape),
            *([helper.make_tensor_value_info("w", F, [5])] if weighted else []),
        ],
        [helper.make_tensor_value_info("loss", F, [3, 2] if reduction == "none" else [])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    new = rewritten(model)
    assert op not in {n.op_type for n in new.graph.node}
    feeds = {"x": x, "t": t, **({"w": w} if weighted else {})}
    got = ReferenceEvaluator(new).run(None, feeds)[0]
    log_prob = x - np.log(np.exp(x).sum(axis=1, keepdims=True)) if op == "SoftmaxCrossEntropyLoss" else x
    np.testing.assert_allclose(got, nll_reference(log_prob, t, w, reduction, -1), rtol=1e-5, atol=1e-6)


def test_if_with_a_constant_condition_is_inlined():
    then = helper.make_graph(
        [helper.make_node("Add", ["x", "x"], ["a"])], "then", [], [helper.make_tensor_value_info("a", F, [2])]
    )
    other = helper.make_graph(
        [helper.make_node("Neg", ["x"], ["b"])], "else", [], [helper.make_tensor_value_info("b", F, [2])]
    )
    graph = helper.make_graph(
        [helper.make_node("If", ["c"], ["y"], then_branch=then, else_branch=other)],
        "if",
        [
            helper.make_tensor_value_info("x", F, [2]),
            helper.make_tensor_value_info("c", TensorProto.BOOL, []),
        ],
        [helper.make_tensor_value_info("y", F, [2])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    x = np.array([1.0, -2.0], np.float32)
    for cond in (True, False):
        spec = onnx.ModelProto()
        spec.CopyFrom(model)
        onnx_specialize.specialize(spec, {"c": np.array(cond)}, "m.onnx")
        new = rewritten(spec)
        assert "If" not in {n.op_type for n in new.graph.node}
        np.testing.assert_array_equal(ReferenceEvaluator(new).run(None, {"x": x})[0], x + x if cond else -x)


def test_wrap_pad_and_resize_axes_rewrites_match_the_reference():
    pads = numpy_helper.from_array(np.array([1, 2, 0, 1], np.int64), "pads")
    scales = numpy_helper.from_array(np.array([2.0], np.float32), "scales")
    graph = helper.make_graph(
        [
            helper.make_node("Pad", ["x", "pads"], ["p"], mode="wrap"),
            helper.make_node("Resize", ["p", "", "scales"], ["y"], mode="nearest", axes=[1]),
        ],
        "pad_resize",
        [helper.make_tensor_value_info("x", F, [3, 4])],
        [helper.make_tensor_value_info("y", F, [4, 14])],
        [pads, scales],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 19)])
    new = rewritten(model)
    ops = [n.op_type for n in new.graph.node]
    assert "Pad" not in ops
    resize = next(n for n in new.graph.node if n.op_type == "Resize")
    assert not any(a.name == "axes" for a in resize.attribute)
    run_both(model, new, {"x": np.arange(12, dtype=np.float32).reshape(3, 4)})


def test_function_bodies_expand_in_onnx():
    graph = helper.make_graph(
        [helper.make_node("RMSNormalization", ["x", "s"], ["y"], axis=-1)],
        "rms",
        [helper.make_tensor_value_info("x", F, [2, 3]), helper.make_tensor_value_info("s", F, [3])],
        [helper.make_tensor_value_info("y", F, [2, 3])],
    )
    model = om.check_and_infer(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 23)]), "m")
    expanded = onnx_functions.expand_ops(model, {"RMSNormalization"})
    assert expanded is not None and "RMSNormalization" not in {n.op_type for n in expanded.graph.node}
    rng = np.random.default_rng(1)
    run_both(
        model, expanded, {"x": rng.standard_normal((2, 3)).astype(np.float32), "s": np.ones(3, np.float32)}
    )


SUM_ROWS = """
func.func @main(%x: tensor<2x3xf32>) -> tensor<2xf32> attributes {
    mlc.input_names = ["x"], mlc.input_dtypes = ["float32"],
    mlc.output_names = ["y"], mlc.output_dtypes = ["float32"], mlc.specialized = SPEC} {
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<2xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%init : tensor<2xf32>) -> tensor<2xf32>
  %r = linalg.reduce ins(%x : tensor<2x3xf32>) outs(%acc : tensor<2xf32>) dimensions = [1]
    (%a: f32, %b: f32) { %s = arith.addf %a, %b : f32
      linalg.yield %s : f32 }
  return %r : tensor<2xf32>
}
"""


def test_the_compiled_function_refuses_other_values_than_the_specialized_ones():
    spec = specialization.encode({"axes": np.array([1], np.int64)})
    text = SUM_ROWS.replace("SPEC", '"' + spec.replace('"', '\\"') + '"')
    fn = mc.compile(text, target="cpu", isolate=False)
    x = np.arange(6, dtype=np.float32).reshape(2, 3)
    np.testing.assert_array_equal(fn(x), x.sum(1))
    np.testing.assert_array_equal(fn(x=x, axes=np.array([1])), x.sum(1))
    with pytest.raises(InputError, match=r"input 'axes' was specialized at compile time to int64\[1\] \[1\]"):
        fn(x=x, axes=np.array([0]))
    with pytest.raises(InputError, match="specialized"):
        fn(x=x, axes=np.array(1))  # a rank-0 value is not the rank-1 value compiled in


def test_mlc_run_specializes_and_matches_onnxruntime(tmp_path):
    path = tmp_path / "reduce.onnx"
    onnx.save(reduce_model(), path)
    x = np.random.default_rng(2).standard_normal((3, 4, 5)).astype(np.float32)
    np.savez(tmp_path / "in.npz", x=x, axes=np.array([-1], np.int32))
    r = run_tool(
        "mlc-run", str(path), "--inputs", str(tmp_path / "in.npz"), "--specialize", "auto", "--check"
    )
    assert r.returncode == 0, r.stderr
    assert "check passed" in r.stdout
    r = run_tool("mlc-run", str(path), "--specialize", "axes")
    assert r.returncode == 1 and "--specialize needs --inputs" in r.stderr


@pytest.mark.parametrize("direction", ["LEFT", "RIGHT"])
def test_bit_shifts_out_of_range_follow_onnx(direction):
    x = np.array([-16, 16, 3, -1], np.int32)
    s = np.array([-1, 32, 40, 1], np.int32)
    graph = helper.make_graph(
        [helper.make_node("BitShift", ["x", "s"], ["y"], direction=direction)],
        "shift",
        [
            helper.make_tensor_value_info("x", TensorProto.INT32, [4]),
            helper.make_tensor_value_info("s", TensorProto.INT32, [4]),
        ],
        [helper.make_tensor_value_info("y", TensorProto.INT32, [4])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    new = rewritten(model)
    assert len([n for n in new.graph.node if n.op_type == "Where"]) == 2
    got = ReferenceEvaluator(new).run(None, {"x": x, "s": s})[0]
    # ONNX: out-of-range amounts (negative or >= 32) give 0, or the sign for right shifts.
    want = [0, 0, 0, -2] if direction == "LEFT" else [-1, 0, 0, -1]
    np.testing.assert_array_equal(got, want)


def test_16_bit_matmuls_compute_in_float32():
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["a", "b"], ["y"])],
        "mm",
        [helper.make_tensor_value_info(n, TensorProto.FLOAT16, [2, 2]) for n in "ab"],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT16, [2, 2])],
    )
    new = rewritten(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)]))
    assert [n.op_type for n in new.graph.node] == ["Cast", "Cast", "MatMul", "Cast"]
    a = np.array([[1, 2], [3, 4]], np.float16)
    np.testing.assert_array_equal(ReferenceEvaluator(new).run(None, {"a": a, "b": a})[0], a @ a)


def test_align_corners_resize_with_fractional_sizes_is_refused():
    scales = numpy_helper.from_array(np.array([1, 1, 0.6, 0.6], np.float32), "scales")
    graph = helper.make_graph(
        [
            helper.make_node(
                "Resize",
                ["x", "", "scales"],
                ["y"],
                mode="linear",
                coordinate_transformation_mode="align_corners",
            )
        ],
        "resize",
        [helper.make_tensor_value_info("x", F, [1, 1, 4, 4])],
        [helper.make_tensor_value_info("y", F, [1, 1, 2, 2])],
        [scales],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 19)])
    with pytest.raises(UnsupportedError, match=r"fractional output size .* is not supported"):
        rewritten(model)


@pytest.mark.parametrize("align_corners", [0, 1])
def test_zero_padded_grid_samples_stay_inside_the_input(align_corners):
    rng = np.random.default_rng(4)
    x = rng.standard_normal((1, 2, 3, 4)).astype(np.float32)
    grid = rng.uniform(-1.8, 1.8, (1, 5, 6, 2)).astype(np.float32)  # many points outside [-1, 1]
    graph = helper.make_graph(
        [
            helper.make_node(
                "GridSample", ["x", "g"], ["y"], align_corners=align_corners, padding_mode="zeros"
            )
        ],
        "gs",
        [helper.make_tensor_value_info("x", F, x.shape), helper.make_tensor_value_info("g", F, grid.shape)],
        [helper.make_tensor_value_info("y", F, [1, 2, 5, 6])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 22)])
    new = rewritten(model)
    clamped = next(n for n in new.graph.node if n.op_type == "Min").output[0]
    feeds = {"x": x, "g": grid}
    run_both(model, new, feeds)
    probe = onnx.ModelProto()
    probe.CopyFrom(new)
    probe.graph.output.append(helper.make_tensor_value_info(clamped, F, None))
    safe = ReferenceEvaluator(probe).run([clamped], feeds)[0]
    assert np.abs(safe).max() < 1.0  # every sample lies inside the padded input


def test_nearest_grid_samples_are_refused():
    graph = helper.make_graph(
        [helper.make_node("GridSample", ["x", "g"], ["y"], mode="nearest")],
        "gs",
        [
            helper.make_tensor_value_info("x", F, [1, 1, 2, 2]),
            helper.make_tensor_value_info("g", F, [1, 2, 2, 2]),
        ],
        [helper.make_tensor_value_info("y", F, [1, 1, 2, 2])],
    )
    with pytest.raises(UnsupportedError, match=r"mode 'nearest' .* is not supported"):
        rewritten(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 22)]))


def test_scans_unroll_into_straight_line_code():
    body = helper.make_graph(
        [
            helper.make_node("Add", ["s_in", "x_t"], ["s_out"]),
            helper.make_node("Mul", ["s_out", "x_t"], ["y_t"]),
        ],
        "body",
        [helper.make_tensor_value_info("s_in", F, [2]), helper.make_tensor_value_info("x_t", F, [2])],
        [helper.make_tensor_value_info("s_out", F, [2]), helper.make_tensor_value_info("y_t", F, [2])],
    )
    scan = helper.make_node(
        "Scan", ["s0", "xs"], ["s", "ys"], body=body, num_scan_inputs=1, scan_input_directions=[1]
    )
    graph = helper.make_graph(
        [scan],
        "scan",
        [helper.make_tensor_value_info("s0", F, [2]), helper.make_tensor_value_info("xs", F, [3, 2])],
        [helper.make_tensor_value_info("s", F, [2]), helper.make_tensor_value_info("ys", F, [3, 2])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    new = rewritten(model)
    assert "Scan" not in {n.op_type for n in new.graph.node}
    rng = np.random.default_rng(5)
    s0, xs = rng.random(2).astype(np.float32), rng.random((3, 2)).astype(np.float32)
    state, ys = s0, []
    for x in xs[::-1]:  # the scan input is read backwards; outputs come in iteration order
        state = state + x
        ys.append(state * x)
    got_s, got_ys = ReferenceEvaluator(new).run(None, {"s0": s0, "xs": xs})
    np.testing.assert_allclose(got_s, state, rtol=1e-6)
    np.testing.assert_allclose(got_ys, np.stack(ys), rtol=1e-6)


def test_loops_with_a_constant_trip_count_unroll():
    body = helper.make_graph(
        [
            helper.make_node("Identity", ["c_in"], ["c_out"]),
            helper.make_node("Cast", ["i"], ["i_f"], to=F),
            helper.make_node("Add", ["v_in", "i_f"], ["v_out"]),
            helper.make_node("Mul", ["v_out", "v_out"], ["sq"]),
        ],
        "body",
        [
            helper.make_tensor_value_info("i", I64, []),
            helper.make_tensor_value_info("c_in", TensorProto.BOOL, []),
            helper.make_tensor_value_info("v_in", F, [2]),
        ],
        [
            helper.make_tensor_value_info("c_out", TensorProto.BOOL, []),
            helper.make_tensor_value_info("v_out", F, [2]),
            helper.make_tensor_value_info("sq", F, [2]),
        ],
    )
    trips = numpy_helper.from_array(np.array(4, np.int64), "M")
    graph = helper.make_graph(
        [helper.make_node("Loop", ["M", "", "v0"], ["v", "sqs"], body=body)],
        "loop",
        [helper.make_tensor_value_info("v0", F, [2])],
        [helper.make_tensor_value_info("v", F, [2]), helper.make_tensor_value_info("sqs", F, [4, 2])],
        [trips],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    new = rewritten(model)
    assert "Loop" not in {n.op_type for n in new.graph.node}
    v = np.array([0.5, -1.0], np.float32)
    got_v, got_sqs = ReferenceEvaluator(new).run(None, {"v0": v})
    squares = []
    for i in range(4):
        v = v + i
        squares.append(v * v)
    np.testing.assert_allclose(got_v, v)
    np.testing.assert_allclose(got_sqs, np.stack(squares))


def test_batched_qlinear_matmul_and_per_axis_dequantize_match_the_reference():
    u8 = TensorProto.UINT8
    params = [
        numpy_helper.from_array(np.array([v], dt), n)
        for n, v, dt in [
            ("a_s", 0.05, np.float32),
            ("a_zp", 113, np.uint8),
            ("b_s", 0.02, np.float32),
            ("b_zp", 114, np.uint8),
            ("y_s", 0.03, np.float32),
            ("y_zp", 118, np.uint8),
        ]
    ]
    d_scale = numpy_helper.from_array(np.array([0.5, 2.0, 1.5], np.float32), "d_s")
    d_zp = numpy_helper.from_array(np.array([3, 0, 7], np.uint8), "d_zp")
    graph = helper.make_graph(
        [
            helper.make_node("QLinearMatMul", ["a", "a_s", "a_zp", "b", "b_s", "b_zp", "y_s", "y_zp"], ["y"]),
            helper.make_node("DequantizeLinear", ["y", "d_s", "d_zp"], ["z"], axis=1),
        ],
        "q",
        [
            helper.make_tensor_value_info("a", u8, [2, 3, 4]),
            helper.make_tensor_value_info("b", u8, [2, 4, 5]),
        ],
        [helper.make_tensor_value_info("y", u8, [2, 3, 5]), helper.make_tensor_value_info("z", F, [2, 3, 5])],
        [*params, d_scale, d_zp],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21)])
    new = rewritten(model)
    assert not {"QLinearMatMul", "DequantizeLinear"} & {n.op_type for n in new.graph.node}
    rng = np.random.default_rng(6)
    feeds = {
        "a": rng.integers(0, 256, (2, 3, 4)).astype(np.uint8),
        "b": rng.integers(0, 256, (2, 4, 5)).astype(np.uint8),
    }
    run_both(model, new, feeds)
