"""``mlc-run`` and ``mlc-translate`` on ONNX models: numerics against onnxruntime, and bad input."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from conftest import ROOT, run_tool

EXAMPLES = ROOT / "examples"


def small_model(tmp_path, *, external: bool = False):
    """y = relu(x @ w + b) with a bool side output; weights optionally in an external file."""
    rng = np.random.default_rng(0)
    w = numpy_helper.from_array(rng.standard_normal((8, 16)).astype(np.float32), "w")
    b = numpy_helper.from_array(rng.standard_normal(16).astype(np.float32), "b")
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["xw"], name="mm"),
        helper.make_node("Add", ["xw", "b"], ["z"], name="bias"),
        helper.make_node("Relu", ["z"], ["y"], name="relu"),
        helper.make_node("Greater", ["z", "zero"], ["pos"], name="gt"),
    ]
    zero = numpy_helper.from_array(np.zeros((), np.float32), "zero")
    graph = helper.make_graph(
        nodes,
        "small",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [4, 8])],
        [
            helper.make_tensor_value_info("y", TensorProto.FLOAT, [4, 16]),
            helper.make_tensor_value_info("pos", TensorProto.BOOL, [4, 16]),
        ],
        [w, b, zero],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    path = tmp_path / "small.onnx"
    if external:
        onnx.save(
            model,
            path,
            save_as_external_data=True,
            all_tensors_to_one_file=True,
            location="small.weights",
            size_threshold=0,
        )
        assert (tmp_path / "small.weights").exists()
    else:
        onnx.save(model, path)
    return path


@pytest.mark.parametrize("model", ["resnet_tiny", "transformer_tiny"])
def test_examples_match_onnxruntime(model):
    r = run_tool("mlc-run", str(EXAMPLES / f"{model}.onnx"), "--check")
    assert r.returncode == 0, r.stderr
    assert "check passed" in r.stdout


def test_inputs_and_outputs_npz_with_external_data(tmp_path):
    path = small_model(tmp_path, external=True)
    x = np.random.default_rng(3).standard_normal((4, 8)).astype(np.float32)
    np.savez(tmp_path / "in.npz", x=x)
    r = run_tool(
        "mlc-run",
        str(path),
        "--inputs",
        str(tmp_path / "in.npz"),
        "--outputs",
        str(tmp_path / "out.npz"),
        "--check",
    )
    assert r.returncode == 0, r.stderr
    model = onnx.load(str(path))
    w, b = (numpy_helper.to_array(t) for t in model.graph.initializer[:2])
    with np.load(tmp_path / "out.npz") as out:
        np.testing.assert_allclose(out["y"], np.maximum(x @ w + b, 0), rtol=1e-5, atol=1e-6)
        assert out["pos"].dtype == np.bool_
        np.testing.assert_array_equal(out["pos"], x @ w + b > 0)


def test_mlir_input_runs_without_check(tmp_path):
    text = run_tool("mlc-translate", str(small_model(tmp_path))).stdout
    (tmp_path / "small.mlir").write_text(text)
    r = run_tool("mlc-run", str(tmp_path / "small.mlir"))
    assert r.returncode == 0, r.stderr
    assert "y: float32[4x16]" in r.stdout and "pos: bool[4x16]" in r.stdout
    r = run_tool("mlc-run", str(tmp_path / "small.mlir"), "--check")
    assert r.returncode == 1 and "--check needs an .onnx or .pt2 model" in r.stderr


@pytest.mark.parametrize(
    ("arrays", "message"),
    [
        ({"x": np.zeros((4, 9), np.float32)}, "input 'x' has shape [4x9], expected float32[4x8]"),
        ({"x": np.zeros((4, 8), np.int32)}, "input 'x' has dtype int32, expected float32"),
        ({"x": np.zeros((4, 8), np.float32), "bias": np.zeros(1)}, "in.npz: unknown input 'bias'"),
    ],
)
def test_bad_inputs_are_clean_errors(tmp_path, arrays, message):
    path = small_model(tmp_path)
    np.savez(tmp_path / "in.npz", **arrays)
    r = run_tool("mlc-run", str(path), "--inputs", str(tmp_path / "in.npz"))
    assert r.returncode == 1
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_bad_files_are_clean_errors(tmp_path):
    corrupt = tmp_path / "corrupt.onnx"
    corrupt.write_bytes(b"\x08\x07" + bytes(range(256)) * 4)
    truncated = tmp_path / "truncated.onnx"
    truncated.write_bytes((EXAMPLES / "resnet_tiny.onnx").read_bytes()[:5000])
    for path, message in [
        (corrupt, "not a valid ONNX model"),
        (truncated, "not a valid ONNX model"),
        (tmp_path / "missing.onnx", "no such file"),
        (tmp_path / "model.tflite", "mlc-run takes .mlc, .mlir, .onnx, .pt2 files"),
    ]:
        r = run_tool("mlc-run", str(path))
        assert r.returncode == 1, path
        assert message in r.stderr, r.stderr
        assert "Traceback" not in r.stderr


def test_unsupported_op_names_node_and_opset(tmp_path):
    graph = helper.make_graph(
        [helper.make_node("Frobnicate", ["x"], ["y"], name="attn_1", domain="com.example")],
        "custom",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2])],
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.example", 2)]
    )
    onnx.save(model, tmp_path / "model.onnx")
    r = run_tool("mlc-run", str(tmp_path / "model.onnx"))
    assert r.returncode == 1
    assert "model.onnx: node 'attn_1' (com.example.Frobnicate, opset 2): not supported" in r.stderr


def test_function_body_expansion(tmp_path):
    """An op torch-mlir does not convert is expanded into its ONNX function body and runs."""
    graph = helper.make_graph(
        [helper.make_node("Swish", ["x"], ["y"], name="swish", alpha=0.7)],
        "swish",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3, 4, 5])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 3, 4, 5])],
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 24)]), tmp_path / "swish.onnx")
    r = run_tool(
        "mlc-translate", str(tmp_path / "swish.onnx"), "--verbose", "-o", str(tmp_path / "swish.mlir")
    )
    assert r.returncode == 0, r.stderr
    assert "expanded into their ONNX function bodies: Swish" in r.stderr
    x = np.linspace(-3, 3, 120, dtype=np.float32).reshape(2, 3, 4, 5)
    np.savez(tmp_path / "in.npz", x=x)
    r = run_tool(
        "mlc-run",
        str(tmp_path / "swish.onnx"),
        "--inputs",
        str(tmp_path / "in.npz"),
        "--outputs",
        str(tmp_path / "out.npz"),
    )
    assert r.returncode == 0, r.stderr
    with np.load(tmp_path / "out.npz") as out:
        np.testing.assert_allclose(out["y"], x / (1 + np.exp(-0.7 * x)), rtol=1e-5, atol=1e-6)


def test_cuda_artifact_runs_emulated_and_checks(tmp_path):
    from cuda_support import CUDA_DATA

    source = str(CUDA_DATA / "matmul_odd.mlir")
    out = tmp_path / "m.mlc"
    proc = run_tool("mlc-compile", source, "--target", "cuda", "--reference", "--emulation", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    proc = run_tool("mlc-run", str(out), "--emulate", "--check")
    assert proc.returncode == 0, proc.stderr
    assert "check result0: ok" in proc.stdout and "ran on cuda (emulated on the CPU)" in proc.stdout

    plain = tmp_path / "plain.mlc"
    assert run_tool("mlc-compile", source, "--target", "cuda", "-o", str(plain)).returncode == 0
    proc = run_tool("mlc-run", str(plain), "--emulate")
    assert proc.returncode == 1 and "carries no map-stage IR" in proc.stderr and "--emulation" in proc.stderr
    proc = run_tool("mlc-run", str(plain), "--emulate", "--check")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr


def test_python_api_compiles_for_either_target():
    import mlc.compiler as mc

    from cuda_support import CUDA_DATA

    text = (CUDA_DATA / "matmul_odd.mlir").read_text()
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal((100, 37), np.float32), rng.standard_normal((37, 50), np.float32)
    on_cpu = mc.compile(text, target="cpu")(a, b)
    emulated = mc.compile(text, target="cuda", emulate=True)(a, b)
    np.testing.assert_allclose(emulated, on_cpu, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(on_cpu, np.exp(a @ b + 1.5).reshape(-1), rtol=1e-4)


def test_onnx_model_on_emulated_cuda_keeps_graph_names(tmp_path):
    rng = np.random.default_rng(0)
    w = numpy_helper.from_array(rng.standard_normal((8, 6)).astype(np.float32), "w")
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["features", "w"], ["z"]), helper.make_node("Relu", ["z"], ["scores"])],
        "mm_relu",
        [helper.make_tensor_value_info("features", TensorProto.FLOAT, [4, 8])],
        [helper.make_tensor_value_info("scores", TensorProto.FLOAT, [4, 6])],
        [w],
    )
    path = tmp_path / "mm_relu.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)
    proc = run_tool("mlc-run", str(path), "--target", "cuda", "--emulate", "--check")
    assert proc.returncode == 0, proc.stderr
    assert "ran on cuda (emulated on the CPU)" in proc.stdout and "check scores:" in proc.stdout
    assert "check passed" in proc.stdout


def test_check_skips_what_onnx_leaves_undefined(tmp_path):
    """A float-to-int8 Cast out of range is undefined in ONNX: --check compares the other elements."""
    cast = helper.make_node("Cast", ["x"], ["q"], to=TensorProto.INT8)
    graph = helper.make_graph(
        [cast],
        "cast",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [6])],
        [helper.make_tensor_value_info("q", TensorProto.INT8, [6])],
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21)]), tmp_path / "cast.onnx")
    np.savez(tmp_path / "in.npz", x=np.array([1.5, -3.2, 300.0, -1e4, np.nan, 127.9], np.float32))
    r = run_tool("mlc-run", str(tmp_path / "cast.onnx"), "--inputs", str(tmp_path / "in.npz"), "--check")
    assert r.returncode == 0, r.stderr
    assert "check: 3 elements ONNX leaves undefined (out-of-range casts) are not compared" in r.stdout
    np.savez(tmp_path / "in.npz", x=np.array([1.5, -3.2, 30.0, -1e2, 0.0, 127.9], np.float32))
    r = run_tool("mlc-run", str(tmp_path / "cast.onnx"), "--inputs", str(tmp_path / "in.npz"), "--check")
    assert r.returncode == 0, r.stderr
    assert "undefined" not in r.stdout and "check passed: max relative error 0" in r.stdout
