"""The CPU target's compile-time work: weights outside the code (``lib/weights.bin``), packed at
compile time (``fold-constant-layouts``), and the LLVM module compiled in parallel parts."""

from __future__ import annotations

import zipfile

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper
from test_artifact_integrity import _repack

from mlc.compiler.compile_api import build
from mlc.compiler.errors import InputError
from mlc.runtime.artifact import read
from mlc.runtime.cpu.artifact import WEIGHTS


@pytest.fixture(scope="module")
def cnn_fc(tmp_path_factory):
    """conv 3->8 (3x3) + relu + flatten + Gemm with transB (a 10x512 weight) + a small bias."""
    rng = np.random.default_rng(0)
    inits = [
        numpy_helper.from_array(rng.standard_normal((8, 3, 3, 3)).astype(np.float32) * 0.3, "w"),
        numpy_helper.from_array(rng.standard_normal(8).astype(np.float32) * 0.1, "b"),
        numpy_helper.from_array(rng.standard_normal((10, 512)).astype(np.float32) * 0.05, "fc"),
        numpy_helper.from_array(rng.standard_normal(10).astype(np.float32) * 0.1, "fcb"),
    ]
    nodes = [
        helper.make_node("Conv", ["x", "w", "b"], ["c"], pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["c"], ["r"]),
        helper.make_node("Flatten", ["r"], ["f"]),
        helper.make_node("Gemm", ["f", "fc", "fcb"], ["y"], transB=1),
    ]
    graph = helper.make_graph(
        nodes,
        "cnn_fc",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 8, 8])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 10])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    path = tmp_path_factory.mktemp("cnn_fc") / "cnn_fc.onnx"
    onnx.save(model, str(path))
    x = rng.standard_normal((1, 3, 8, 8)).astype(np.float32)
    ref = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    return path, x, ref


@pytest.fixture(scope="module")
def artifact_path(cnn_fc, tmp_path_factory):
    path, _, _ = cnn_fc
    out = tmp_path_factory.mktemp("art") / "cnn_fc.mlc"
    build(str(path), "cpu", cache=False).artifact.write(out)
    return out


def test_weights_live_in_the_blob_not_the_library(cnn_fc, artifact_path):
    _, x, ref = cnn_fc
    artifact = read(artifact_path)
    slots = artifact.manifest.weights
    # the 20 KiB FC weight (padded to whole panels of columns) and the 864 B conv weight: only
    # the first is above the 1 KiB threshold
    ((_, _, nbytes),) = slots
    assert nbytes >= 10 * 512 * 4 and nbytes % (512 * 4) == 0
    assert all(off % 256 == 0 for _, off, _ in slots)
    assert len(artifact.weights) >= 10 * 512 * 4
    with zipfile.ZipFile(artifact_path) as z:
        assert z.getinfo(WEIGHTS).compress_type == zipfile.ZIP_STORED
    # the weight's bytes are not in the library
    fc = np.asarray(onnx.numpy_helper.to_array(onnx.load(str(cnn_fc[0])).graph.initializer[2]))
    assert fc.T[:4].tobytes()[:64] not in artifact.library and fc.tobytes()[:64] not in artifact.library
    with artifact.load() as fn:
        np.testing.assert_allclose(fn(x), ref, rtol=1e-4, atol=1e-5)


def test_weights_are_stored_in_the_panel_layout(cnn_fc):
    """The transposed (transB) weight is packed at compile time: no transpose of a constant survives
    the pack stage, and the blob holds the weight's columns in panel order, not the ONNX layout."""
    path, _, _ = cnn_fc
    text = build(str(path), "cpu", cache=False, emit="mlir", to_stage="pack").files["pack.mlir"]
    for line in text.splitlines():
        if "linalg.transpose" in line:
            assert "ins(%cst" not in line, line
    artifact = build(str(path), "cpu", cache=False).artifact
    fc = onnx.numpy_helper.to_array(onnx.load(str(path)).graph.initializer[2])
    ((_, off, n),) = artifact.manifest.weights
    stored = np.frombuffer(artifact.weights[off : off + n], np.float32)
    padding = stored.size - fc.size  # columns padded to whole panels hold zeros
    assert np.count_nonzero(stored) == fc.size and padding >= 0
    assert sorted(stored[stored != 0].tolist()) == sorted(fc.ravel().tolist())  # the same values ...
    assert not np.array_equal(stored[: fc.size], fc.ravel())  # ... in another order than ONNX's


def test_a_weight_outside_the_blob_is_refused(artifact_path, tmp_path):
    bad = _repack(
        artifact_path,
        tmp_path / "bad.mlc",
        manifest=lambda m: {**m, "weights": [[s, o + 10**6, n] for s, o, n in m["weights"]]},
    )
    with pytest.raises(InputError, match=r"lie outside lib/weights.bin"):
        read(bad)


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_the_module_compiled_in_parts_gives_the_same_results(cnn_fc, monkeypatch, jobs):
    from mlc.compiler.targets.cpu import native

    monkeypatch.setenv("MLC_COMPILE_JOBS", jobs)
    assert native.compile_jobs() == int(jobs)
    path, x, ref = cnn_fc
    with build(str(path), "cpu", cache=False, isolate=False).artifact.load() as fn:
        np.testing.assert_allclose(fn(x), ref, rtol=1e-4, atol=1e-5)


def _arenas(text: str) -> list[dict]:
    import json
    import re

    return [json.loads(m.replace("\\22", '"')) for m in re.findall(r'mlc.cpu_arena = "(.*?)"', text)]


def test_intermediates_share_one_planned_arena():
    """resnet_tiny's 54 intermediates: one allocation per call, buffers that are never live together
    share memory, so the arena is the peak of live memory, far below the sum of the buffers."""
    from conftest import ROOT

    model = ROOT / "examples" / "resnet_tiny.onnx"
    text = build(str(model), "cpu", cache=False, emit="mlir", to_stage="bufferize").files["bufferize.mlir"]
    (arena,) = _arenas(text)
    assert arena["buffers"] > 40
    assert arena["arena_bytes"] == arena["peak_live_bytes"] < arena["naive_bytes"] / 3
    # what is left allocated: the arena and the result
    assert text.count("memref.alloc(") == 2 and text.count("memref.view") == arena["buffers"]
    assert text.count("memref.dealloc") == 1


def test_a_model_with_an_arena_matches_onnxruntime(cnn_fc):
    path, x, ref = cnn_fc
    text = build(str(path), "cpu", cache=False, emit="mlir", to_stage="bufferize").files["bufferize.mlir"]
    (arena,) = _arenas(text)
    assert arena["buffers"] >= 2 and arena["arena_bytes"] <= arena["naive_bytes"]
    with build(str(path), "cpu", cache=False).artifact.load() as fn:
        np.testing.assert_allclose(fn(x), ref, rtol=1e-4, atol=1e-5)
