"""CPU artifacts: ``mlc-compile --target cpu``, loaded with ctypes, checked against numpy and onnxruntime."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import zipfile

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from mlc.compiler import targets
from mlc.compiler.compile_api import build
from mlc.compiler.errors import InputError, UnsupportedError
from mlc.runtime.artifact import read
from mlc.runtime.cpu.artifact import ISA_FLAGS, LIBRARY, host_isa_flags

from conftest import ROOT, run_tool

DYNAMIC_MATMUL = (ROOT / "tests" / "data" / "dynamic_matmul.mlir").read_text()


def mlp_model(path):
    """softmax(relu(x @ w1 + b1) @ w2) with a dynamic batch, and a bool side output."""
    rng = np.random.default_rng(1)
    inits = [
        numpy_helper.from_array(rng.standard_normal((12, 32)).astype(np.float32), "w1"),
        numpy_helper.from_array(rng.standard_normal(32).astype(np.float32), "b1"),
        numpy_helper.from_array(rng.standard_normal((32, 5)).astype(np.float32), "w2"),
        numpy_helper.from_array(np.zeros((), np.float32), "zero"),
    ]
    nodes = [
        helper.make_node("MatMul", ["x", "w1"], ["h0"]),
        helper.make_node("Add", ["h0", "b1"], ["h1"]),
        helper.make_node("Relu", ["h1"], ["h"]),
        helper.make_node("MatMul", ["h", "w2"], ["logits"]),
        helper.make_node("Softmax", ["logits"], ["probs"], axis=-1),
        helper.make_node("Greater", ["logits", "zero"], ["positive"]),
    ]
    graph = helper.make_graph(
        nodes,
        "mlp",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", 12])],
        [
            helper.make_tensor_value_info("probs", TensorProto.FLOAT, ["batch", 5]),
            helper.make_tensor_value_info("positive", TensorProto.BOOL, ["batch", 5]),
        ],
        inits,
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)
    return path


@pytest.fixture(scope="module")
def mlp_artifact(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cpu_artifact")
    model = mlp_model(tmp / "mlp.onnx")
    out = tmp / "mlp.mlc"
    proc = run_tool("mlc-compile", str(model), "--target", "cpu", "--reference", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return model, out


@pytest.fixture(scope="module")
def matmul_artifact(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cpu_matmul")
    src = tmp / "mm.mlir"
    src.write_text(DYNAMIC_MATMUL)
    out = tmp / "mm.mlc"
    build(str(src), target="cpu").artifact.write(out)
    return out


def test_onnx_dynamic_batch_matches_onnxruntime(mlp_artifact):
    import onnxruntime as ort

    model, path = mlp_artifact
    artifact = read(path)
    m = artifact.manifest
    assert m.target["kind"] == "cpu" and m.target["isa"] == host_isa_flags()
    assert [(s.name, s.dtype, s.shape) for s in m.signature.inputs] == [("x", "float32", (None, 12))]
    assert [(s.name, s.dtype, s.shape) for s in m.signature.outputs] == [
        ("probs", "float32", (None, 5)),
        ("positive", "bool", (None, 5)),
    ]
    assert m.check["reference"] == "onnxruntime" and set(artifact.reference) == {"output0", "output1"}
    fn = targets.get("cpu").load(artifact)
    session = ort.InferenceSession(str(model), providers=["CPUExecutionProvider"])
    rng = np.random.default_rng(0)
    for batch in (1, 3, 17):
        x = rng.standard_normal((batch, 12)).astype(np.float32)
        probs, positive = fn(x)
        want_probs, want_positive = session.run(None, {"x": x})
        np.testing.assert_allclose(probs, want_probs, rtol=1e-5, atol=1e-6)
        np.testing.assert_array_equal(positive, want_positive)


def test_mlir_matmul_numerics_and_runtime_check(matmul_artifact):
    fn = targets.get("cpu").load(read(matmul_artifact))
    rng = np.random.default_rng(0)
    for m, k, n in [(1, 1, 1), (7, 33, 19), (64, 48, 80)]:
        a, b = rng.standard_normal((m, k), np.float32), rng.standard_normal((k, n), np.float32)
        np.testing.assert_allclose(fn(a, b), a @ b, rtol=1e-5, atol=1e-5)
    with pytest.raises(InputError, match="runtime check failed: inner dimensions must agree"):
        fn(np.zeros((2, 3), np.float32), np.zeros((4, 2), np.float32))
    with pytest.raises(InputError, match=r"input 'input0' has dtype float64, expected float32"):
        fn(np.zeros((2, 3)), np.zeros((3, 2), np.float32))


LOADER = """
import sys
import numpy as np
{preamble}
from mlc.runtime.artifact import read
from mlc.compiler.targets import get

fn = get("cpu").load(read(sys.argv[1]))
a = np.arange(6, dtype=np.float32).reshape(2, 3)
b = np.arange(12, dtype=np.float32).reshape(3, 4)
np.testing.assert_array_equal(fn(a, b), a @ b)
assert "mlir" not in sys.modules, "loading a CPU artifact imported mlir"
print("ok")
"""


@pytest.mark.parametrize("preamble", ["", "import torch_mlir.ir"], ids=["bare", "after-torch-mlir"])
def test_loads_in_a_fresh_process_without_mlir(matmul_artifact, preamble):
    if preamble:
        pytest.importorskip("torch_mlir")
    script = textwrap.dedent(LOADER.format(preamble=preamble))
    proc = subprocess.run(
        [sys.executable, "-c", script, str(matmul_artifact)], capture_output=True, text=True, cwd=ROOT
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr


def _rewrite(src, dst, *, manifest=None, library=None, drop=()):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for name in zin.namelist():
            if name in drop:
                continue
            data = zin.read(name)
            if name == "manifest.json" and manifest is not None:
                data = json.dumps(manifest(json.loads(data))).encode()
            if name == LIBRARY and library is not None:
                data = library
            zout.writestr(name, data)
    return dst


def test_bad_artifacts_are_clean_errors(matmul_artifact, tmp_path):
    data = matmul_artifact.read_bytes()
    truncated = tmp_path / "truncated.mlc"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="not a zip archive"):
        read(truncated)
    flipped = bytearray(data)
    start = data.index(b"\x7fELF") if b"\x7fELF" in data else len(data) // 3
    flipped[start + 200 : start + 260] = b"\0" * 60
    corrupt = tmp_path / "corrupt.mlc"
    corrupt.write_bytes(bytes(flipped))
    with pytest.raises(InputError, match="not a zip archive, or a damaged one"):
        read(corrupt)
    tampered = _rewrite(matmul_artifact, tmp_path / "tampered.mlc", library=b"not a shared library")
    with pytest.raises(InputError, match=f"member {LIBRARY} holds 20 bytes, the manifest recorded"):
        read(tampered)
    sealed = read(matmul_artifact)
    sealed.library = b"not a shared library"
    sealed.write(tmp_path / "garbage.mlc")
    with pytest.raises(InputError, match="could not load its shared library"):
        read(tmp_path / "garbage.mlc").load()
    missing = _rewrite(matmul_artifact, tmp_path / "missing.mlc", drop=(LIBRARY,))
    with pytest.raises(InputError, match=f"{LIBRARY} is missing from the archive"):
        read(missing)
    bad_shape = _rewrite(
        matmul_artifact,
        tmp_path / "shape.mlc",
        manifest=lambda m: {**m, "inputs": [{**m["inputs"][0], "shape": [-1, None]}, m["inputs"][1]]},
    )
    with pytest.raises(InputError, match="malformed mlc CPU artifact manifest"):
        read(bad_shape)


def test_artifact_for_another_cpu_is_refused(matmul_artifact, tmp_path):
    other = _rewrite(
        matmul_artifact,
        tmp_path / "arm.mlc",
        manifest=lambda m: {**m, "target": {**m["target"], "machine": "aarch64"}},
    )
    with pytest.raises(UnsupportedError, match="was compiled for aarch64 CPUs"):
        read(other).load()
    lacking = [f for f in ISA_FLAGS if f not in host_isa_flags()]
    if not lacking:
        pytest.skip("this machine has every instruction-set extension mlc knows")
    newer = _rewrite(
        matmul_artifact,
        tmp_path / "newer.mlc",
        manifest=lambda m: {**m, "target": {**m["target"], "isa": [*m["target"]["isa"], lacking[-1]]}},
    )
    proc = run_tool("mlc-run", str(newer))
    assert (
        proc.returncode == 1 and f"{lacking[-1]}" in proc.stderr and "which this machine lacks" in proc.stderr
    )
    assert "--mcpu x86-64-v3" in proc.stderr and "Traceback" not in proc.stderr


def test_portable_build_runs(tmp_path):
    src = tmp_path / "mm.mlir"
    src.write_text(DYNAMIC_MATMUL)
    out = build(str(src), target="cpu", mcpu="x86-64-v2").artifact
    assert out.manifest.target["cpu"] == "x86-64-v2" and out.manifest.target["isa"] == ["sse4_1", "sse4_2"]
    a, b = np.ones((3, 5), np.float32), np.ones((5, 2), np.float32)
    np.testing.assert_array_equal(out.load()(a, b), a @ b)


def test_mlc_run_checks_a_cpu_artifact(mlp_artifact, tmp_path):
    _, path = mlp_artifact
    proc = run_tool(
        "mlc-run", str(path), "--check", "--shape", "x=4x12", "--outputs", str(tmp_path / "o.npz")
    )
    assert proc.returncode == 0, proc.stderr
    assert "check probs: ok" in proc.stdout and "check positive: ok" in proc.stdout
    assert "matches the reference (onnxruntime)" in proc.stdout
    with np.load(tmp_path / "o.npz") as outs:
        assert outs["probs"].shape == (4, 5)
    wrong = tmp_path / "wrong.npz"
    np.savez(wrong, x=np.zeros((4, 11), np.float32))
    proc = run_tool("mlc-run", str(path), "--inputs", str(wrong))
    assert proc.returncode == 1 and "input 'x' has shape [4x11], expected float32[?x12]" in proc.stderr
    np.savez(wrong, x=np.zeros((4, 12), np.int32))
    proc = run_tool("mlc-run", str(path), "--inputs", str(wrong))
    assert proc.returncode == 1 and "input 'x' has dtype int32, expected float32" in proc.stderr
    proc = run_tool("mlc-run", str(path), "--emulate")
    assert proc.returncode == 1 and "--emulate (emulate=True) applies to cuda artifacts" in proc.stderr
    proc = run_tool("mlc-run", str(path), "--target", "cuda")
    assert proc.returncode == 1 and "is a cpu artifact, not cuda" in proc.stderr
    proc = run_tool("mlc-run", str(path), "--no-vectorize")
    assert proc.returncode == 1 and "apply when compiling a model, not to an artifact" in proc.stderr


def test_a_wrong_reference_fails_the_check(mlp_artifact, tmp_path):
    _, path = mlp_artifact
    artifact = read(path)
    artifact.reference["output0"] = artifact.reference["output0"] + 0.5
    bad = tmp_path / "bad_reference.mlc"
    artifact.write(bad)
    proc = run_tool("mlc-run", str(bad), "--check")
    assert proc.returncode == 1 and "check probs: MISMATCH" in proc.stdout, proc.stdout + proc.stderr


def test_half_types_through_the_reference_and_numpy():
    import ml_dtypes

    out = build(str(ROOT / "tests" / "data" / "cpu_half_types.mlir"), target="cpu", reference=True)
    artifact = out.artifact
    fn = artifact.load()
    assert all(row.ok for row in artifact.check(fn)), artifact.check(fn)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((5, 8)).astype(ml_dtypes.bfloat16)
    y = rng.standard_normal((5, 8)).astype(np.float16)
    tanh, total = fn(x, y)
    assert tanh.dtype == ml_dtypes.bfloat16 and total.dtype == np.float16
    np.testing.assert_allclose(tanh.astype(np.float32), np.tanh(x.astype(np.float32)), rtol=1e-2, atol=1e-2)
    np.testing.assert_allclose(
        total.astype(np.float32), y.astype(np.float32).sum(axis=1), rtol=1e-2, atol=1e-2
    )
