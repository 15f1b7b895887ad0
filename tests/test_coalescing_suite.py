"""The coalescing benchmark suite: every kernel keeps its outputs, reaches its ideal or says why."""

from __future__ import annotations

import json
import shutil

import pytest

from mlc.benchmarks.coalescing.suite import SUITE, evaluate, inputs_for, load

# Accesses no mapping coalesces: the strided gather reads every other element, and the NCHW
# convolution's input rows start at offsets (kh, kw, c) that are not 32-byte aligned.
NOT_COALESCIBLE = {("strided_access", "load", "%arg0"), ("conv2d_nchw", "load", "%arg0")}


@pytest.fixture(scope="module")
def results():
    return {}


@pytest.mark.parametrize("kernel", SUITE, ids=[k.name for k in SUITE])
def test_suite_kernel(kernel, results):
    row, _ = evaluate(kernel, gpu=shutil.which("ptxas") is not None)
    assert row.identical, f"{kernel.name}: outputs differ from the input's"
    if row.ptxas:
        assert "ok" in row.ptxas and "error" not in row.ptxas
    for access in row.accesses:
        key = (kernel.name, access.kind, access.buffer)
        assert access.scalar is not None, f"{key}: no matching access after coalesce"
        if key in NOT_COALESCIBLE:
            assert access.scalar > access.ideal and access.why, key
        else:
            assert access.scalar <= access.ideal + 1e-6, (key, access.scalar)
        if key not in NOT_COALESCIBLE:
            assert access.after is not None and access.after <= access.after_ideal + 1e-6, key
    assert row.after_sectors <= row.before_sectors


def test_artifact_for_the_gpu_launcher(tmp_path):
    from mlc.benchmarks.coalescing.artifact import write_artifact

    kernel = next(k for k in SUITE if k.name == "row_sum")
    text = load(kernel)
    _, modules = evaluate(kernel, cpu=False, gpu=False)
    write_artifact(kernel, text, modules, inputs_for(kernel, text), tmp_path)
    folder = tmp_path / "row_sum"
    manifest = json.loads((folder / "mlc.json").read_text())
    assert [b["arg"] for b in manifest["buffers"]] == [0, 1]
    launches = [s["launch"] for s in manifest["steps"]]
    assert len(launches) == 2
    assert launches[1]["block"][0] * launches[1]["block"][1] >= 32
    assert {"buffer": 0} in launches[1]["args"]
    for launch in launches:
        ptx = (folder / manifest["ptx"][launch["module"]]).read_text()
        assert f".entry {launch['kernel']}(" in ptx
    import numpy as np

    expected = np.load(folder / "expected.npz")
    assert expected.files == ["arr_1"]


@pytest.mark.gpu
def test_gpu_measure(tmp_path):
    numba_cuda = pytest.importorskip("numba.cuda")
    if not numba_cuda.is_available():
        pytest.skip("no CUDA GPU")
    import subprocess
    import sys
    from pathlib import Path

    from mlc.benchmarks.coalescing.artifact import write_artifact

    kernel = next(k for k in SUITE if k.name == "transpose")
    text = load(kernel)
    _, modules = evaluate(kernel, cpu=False, gpu=False)
    write_artifact(kernel, text, modules, inputs_for(kernel, text), tmp_path)
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "coalescing" / "gpu_measure.py"
    out = subprocess.run(
        [sys.executable, str(script), str(tmp_path), "--repeat", "3"], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert "| transpose | match |" in out.stdout


DYNAMIC = """
func.func @scaled_gather(%in: memref<?x?xf32>, %out: memref<?x?xf32>, %n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %two = arith.constant 2.0 : f32
  scf.for %i = %c0 to %n step %c1 {
    scf.for %j = %c0 to %m step %c1 {
      %k = arith.muli %j, %c2 : index
      %v = memref.load %in[%i, %k] : memref<?x?xf32>
      %w = arith.mulf %v, %two : f32
      memref.store %w, %out[%i, %j] : memref<?x?xf32>
    }
  }
  return
}
"""


def test_kernels_with_dynamic_shapes_are_specialized_to_their_arguments(tmp_path):
    """What a raised .ll kernel needs: dynamic memrefs and sizes passed as arguments."""
    import numpy as np

    from mlc.benchmarks.coalescing.artifact import write_artifact
    from mlc.benchmarks.coalescing.suite import SuiteKernel

    path = tmp_path / "gather.mlir"
    path.write_text(DYNAMIC)
    kernel = SuiteKernel(
        "gather",
        path,
        "scaled_gather",
        args=lambda rng: [
            rng.standard_normal((64, 256)).astype(np.float32),
            np.zeros((64, 128), np.float32),
            64,
            128,
        ],
    )
    text = load(kernel)
    assert "memref<64x256xf32>" in text
    row, modules = evaluate(kernel, gpu=False)
    assert row.identical
    strided = next(a for a in row.accesses if a.kind == "load")
    assert strided.scalar == 8 and "stride 2" in strided.why
    write_artifact(kernel, text, modules, inputs_for(kernel, text), tmp_path / "out")
    assert json.loads((tmp_path / "out" / "gather" / "baseline.json").read_text())["unsupported"]
    assert (tmp_path / "out" / "gather" / "inputs.npz").exists()
