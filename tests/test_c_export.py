"""``mlc-compile --target cpu --emit c-lib``: a C program links the library and checks its outputs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import onnx
import pytest

from conftest import DATA, ROOT, run_tool

CHECK_C = DATA / "c_api" / "check_model.c"
pytestmark = pytest.mark.skipif(shutil.which("cc") is None, reason="needs the system C compiler (cc)")


def _export(model: Path, out: Path) -> None:
    proc = run_tool("mlc-compile", str(model), "--target", "cpu", "--emit", "c-lib", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert {"libmodel.so", "libmodel.a", "model.h"} <= {p.name for p in out.iterdir()}


def _check(lib: Path, data: Path, inputs: list[np.ndarray], expected: list[np.ndarray]) -> str:
    """Build check_model.c against ``lib`` twice (shared and static) and run both; their stdout."""
    for i, x in enumerate(inputs):
        np.ascontiguousarray(x).tofile(data / f"input{i}.bin")
    for i, y in enumerate(expected):
        np.ascontiguousarray(y).tofile(data / f"expected{i}.bin")
    shared, static = data / "check_shared", data / "check_static"
    cc = ["cc", "-O1", "-Wall", "-Werror", f"-I{lib}", str(CHECK_C)]
    subprocess.run([*cc, f"-L{lib}", "-lmodel", "-lm", "-o", str(shared)], check=True)
    subprocess.run([*cc, str(lib / "libmodel.a"), "-lm", "-o", str(static)], check=True)
    outs = []
    for program, env in ((shared, {"LD_LIBRARY_PATH": str(lib)}), (static, {})):
        proc = subprocess.run([str(program), str(data)], capture_output=True, text=True, env=env)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        outs.append(proc.stdout)
    assert outs[0] == outs[1]
    return outs[0]


def test_c_program_runs_two_outputs(tmp_path):
    lib = tmp_path / "lib"
    _export(DATA / "c_api" / "matmul_and_sum.mlir", lib)
    rng = np.random.default_rng(0)
    a = rng.standard_normal((4, 8), dtype=np.float32)
    b = rng.standard_normal((8, 3), dtype=np.float32)
    out = _check(lib, tmp_path, [a, b], [a @ b, a.sum(axis=1)])
    assert "output 0 output0 float32 rank 2 elements 12" in out
    assert "output 1 output1 float32 rank 1 elements 4" in out
    # The check program does compare: a wrong expectation fails it.
    (a @ b + 1).tofile(tmp_path / "expected0.bin")
    proc = subprocess.run([str(tmp_path / "check_static"), str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 1


def test_c_program_runs_resnet_tiny_like_onnxruntime(tmp_path):
    ort = pytest.importorskip("onnxruntime")
    model = ROOT / "examples" / "resnet_tiny.onnx"
    lib = tmp_path / "lib"
    _export(model, lib)
    header = (lib / "model.h").read_text()
    assert "mlc_model_run" in header and "mlc_tensor_desc" in header
    graph = onnx.load(model).graph
    rng = np.random.default_rng(1)
    inputs = {}
    for value in graph.input:
        dims = [d.dim_value for d in value.type.tensor_type.shape.dim]
        inputs[value.name] = rng.standard_normal(dims, dtype=np.float32)
    expected = ort.InferenceSession(str(model), providers=["CPUExecutionProvider"]).run(None, inputs)
    out = _check(lib, tmp_path, list(inputs.values()), expected)
    assert out.count("worst error") == len(graph.output)


def test_dynamic_shapes_are_refused(tmp_path):
    src = tmp_path / "dyn.mlir"
    src.write_text(
        "func.func @main(%a: tensor<?xf32>) -> tensor<?xf32> {\n"
        "  %b = math.exp %a : tensor<?xf32>\n  return %b : tensor<?xf32>\n}\n"
    )
    proc = run_tool("mlc-compile", str(src), "--target", "cpu", "--emit", "c-lib", "-o", str(tmp_path / "o"))
    assert proc.returncode == 1
    assert "c-lib needs static shapes" in proc.stderr and "Traceback" not in proc.stderr


def test_c_lib_needs_an_output_directory():
    proc = run_tool(
        "mlc-compile", str(DATA / "c_api" / "matmul_and_sum.mlir"), "--target", "cpu", "--emit", "c-lib"
    )
    assert proc.returncode == 1 and "name a directory with -o DIR" in proc.stderr


@pytest.mark.skipif(shutil.which("ptxas") is None, reason="--emit cubin needs ptxas (CUDA toolkit)")
def test_cuda_cubin_export(tmp_path):
    import json

    out = tmp_path / "cubin"
    proc = run_tool(
        "mlc-compile",
        str(DATA / "c_api" / "matmul_and_sum.mlir"),
        "--target",
        "cuda",
        "--emit",
        "cubin",
        "-o",
        str(out),
    )
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    kernels = {k["name"] for k in manifest["kernels"]}
    cubins = {p.stem for p in out.glob("*.cubin")}
    assert kernels == cubins and len(kernels) >= 2
    for path in out.glob("*.cubin"):
        data = path.read_bytes()
        assert data[:4] == b"\x7fELF" and path.stem.encode() in data  # a CUDA ELF defining the kernel
    launched = {s["kernel"] for s in manifest["steps"] if s["kind"] == "launch"}
    assert launched <= kernels
