"""The coalescing benchmark, run as its users run it: every kernel keeps its outputs, reaches its
ideal or says why, moves fewer sectors than upstream's default mapping, and its GPU artifact is
what ``gpu_measure.py`` launches.

The benchmark is a black box here (``python -m mlc.benchmarks.coalescing.run``, its JSON rows and
its artifact folder); what ``coalesce`` does on the same kernels is tested through the product in
``test_coalesce.py``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from conftest import COALESCING_KERNELS, NOT_COALESCIBLE, ROOT, run_benchmark

KERNELS = sorted(p.stem for p in COALESCING_KERNELS.glob("*.mlir"))


def run_suite(out, *only: str) -> list[dict]:
    """Run the benchmark (on ``only`` kernels, default all) with its artifact in ``out/artifact``."""
    args = ["--output", str(out / "coalescing.md"), "--json", str(out / "rows.json")]
    args += ["--artifact", str(out / "artifact"), *(["--only", *only] if only else [])]
    run_benchmark("coalescing.run", *args)
    return json.loads((out / "rows.json").read_text())


@pytest.fixture(scope="module")
def suite(tmp_path_factory):
    out = tmp_path_factory.mktemp("coalescing")
    return {r["name"]: r for r in run_suite(out)}, out


def test_every_kernel_of_the_suite_is_run(suite):
    rows, out = suite
    assert set(KERNELS) | {"strided_access_ll"} == set(rows)
    table = (out / "coalescing.md").read_text()
    assert all(f"| {name} |" in table for name in rows)


@pytest.mark.parametrize("name", [*KERNELS, "strided_access_ll"])
def test_suite_kernel(suite, name):
    row = suite[0][name]
    assert row["identical"], f"{name}: outputs differ from the input's"
    if shutil.which("ptxas"):
        assert "mlc ok" in row["ptxas"] and "error" not in row["ptxas"], row["ptxas"]
    for access in row["accesses"]:
        key = (name, access["kind"], access["buffer"])
        assert access["scalar"] is not None, f"{key}: no matching access after coalesce"
        if key in NOT_COALESCIBLE:
            assert access["scalar"] > access["ideal"] and access["why"], key
        else:
            assert access["scalar"] <= access["ideal"] + 1e-6, (key, access["scalar"])
            assert access["after"] is not None and access["after"] <= access["after_ideal"] + 1e-6, key
    assert row["after_sectors"] <= row["before_sectors"]


def test_a_strided_access_says_why_it_is_not_coalesced(suite):
    load = next(a for a in suite[0]["strided_access"]["accesses"] if a["kind"] == "load")
    assert load["scalar"] == 8 and "stride 2" in load["why"]


def test_artifact_for_the_gpu_launcher(suite):
    folder = suite[1] / "artifact" / "row_sum"
    manifest = json.loads((folder / "mlc.json").read_text())
    assert [b["arg"] for b in manifest["buffers"]] == [0, 1]
    launches = [s["launch"] for s in manifest["steps"]]
    assert len(launches) == 2
    assert launches[1]["block"][0] * launches[1]["block"][1] >= 32
    assert {"buffer": 0} in launches[1]["args"]
    for launch in launches:
        ptx = (folder / manifest["ptx"][launch["module"]]).read_text()
        assert f".entry {launch['kernel']}(" in ptx
    expected = np.load(folder / "expected.npz")
    assert expected.files == ["arr_1"]


def test_a_raised_kernel_is_specialized_to_its_arguments(suite):
    """The .ll kernel takes pointers and its size n: the suite fixes them to its arguments (37 rows
    of 70), so the analysis measures every access, and the arrays go with the artifact since the
    GPU machine cannot regenerate them."""
    rows, out = suite
    accesses = rows["strided_access_ll"]["accesses"]
    assert accesses and all(a["before"] is not None and a["scalar"] is not None for a in accesses)
    folder = out / "artifact" / "strided_access_ll"
    inputs = np.load(folder / "inputs.npz")
    assert [inputs[f].shape for f in inputs.files] == [(37 * 70,), (70,)]
    assert json.loads((folder / "baseline.json").read_text())["unsupported"]


@pytest.mark.gpu
def test_gpu_measure(tmp_path):
    numba_cuda = pytest.importorskip("numba.cuda")
    if not numba_cuda.is_available():
        pytest.skip("no CUDA GPU")
    run_suite(tmp_path, "transpose")
    script = ROOT / "benchmarks" / "coalescing" / "gpu_measure.py"
    cmd = [sys.executable, str(script), str(tmp_path / "artifact"), "--repeat", "3"]
    out = subprocess.run(cmd, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "| transpose | match |" in out.stdout
