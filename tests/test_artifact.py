"""The artifact format: writing, reading, validation and the manifest contents."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace

import numpy as np
import pytest

from mlc.compiler.errors import InputError
from mlc.runtime.artifact import MANIFEST, Artifact, LaunchSpec, Manifest, TensorSpec, check_inputs

from cuda_support import cnn  # noqa: F401  (fixture)


def test_round_trip(cnn, tmp_path):  # noqa: F811
    path = tmp_path / "cnn.mlc"
    cnn.artifact.write(path)
    back = Artifact.read(path)
    assert back.manifest == cnn.artifact.manifest
    assert back.ptx == cnn.artifact.ptx
    assert back.weights == cnn.artifact.weights
    np.testing.assert_array_equal(back.reference["output0"], cnn.artifact.reference["output0"])
    with zipfile.ZipFile(path) as z:
        assert z.getinfo("weights.bin").compress_type == zipfile.ZIP_STORED
        assert sorted(n for n in z.namelist() if n.endswith(".ptx")) == sorted(cnn.artifact.ptx)


def test_manifest_describes_the_model(cnn):  # noqa: F811
    m = cnn.artifact.manifest
    assert m.target["kind"] == "cuda" and m.target["arch"] == "sm_90" and m.target["abi"] == "bare-pointer"
    assert m.inputs == (TensorSpec("arg0", "float32", (2, 3, 16, 16)),)
    assert [(o.dtype, o.shape) for o in m.outputs] == [("float32", (2, 10))]
    kinds = {b.kind for b in m.buffers}
    assert {"input", "weight", "intermediate", "output"} <= kinds
    for step in m.launches():
        kernel = m.kernel(step.kernel)
        assert f".entry {kernel.name}(" in cnn.artifact.ptx[kernel.ptx]
        assert all(1 <= b <= 1024 for b in step.block) and all(g >= 1 for g in step.grid)
        for arg in step.args:
            buffer = m.buffer(arg.buffer)
            assert buffer.kind != "intermediate" or buffer.offset is not None
        assert m.calls[step.call].function in kernel.name
    weights = [b for b in m.buffers if b.kind == "weight"]
    assert all(b.offset % 256 == 0 and b.offset + b.nbytes <= m.weights_bytes for b in weights)


def test_every_kernel_names_the_op_it_came_from(cnn):  # noqa: F811
    ops = {k.source_op for k in cnn.artifact.manifest.kernels}
    assert {"linalg.pooling_nchw_max", "linalg.generic"} <= ops
    # a fused kernel names each op it holds: the convolution with its pad, bias and epilogue
    assert "linalg.map + linalg.copy + linalg.broadcast + linalg.conv_2d_nchw_fchw" in ops
    assert all(k.loc.startswith('"') and "cnn.mlir" in k.loc for k in cnn.artifact.manifest.kernels)


def test_check_inputs_are_reproducible():
    specs = (
        TensorSpec("a", "float32", (3, 4)),
        TensorSpec("b", "int64", (5,)),
        TensorSpec("c", "bfloat16", (2,)),
    )
    a, b = check_inputs(specs, 7), check_inputs(specs, 7)
    for x, y in zip(a, b, strict=True):
        np.testing.assert_array_equal(x, y)
    assert a[0].dtype == np.float32 and np.all(np.abs(a[0]) <= 1)
    assert a[1].dtype == np.int64 and set(np.unique(a[1])) <= {0, 1}
    assert a[2].dtype == np.uint16


def test_not_an_artifact(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        Artifact.read(tmp_path / "missing.mlc")
    (tmp_path / "x.mlc").write_text("hello")
    with pytest.raises(InputError, match="not a zip archive"):
        Artifact.read(tmp_path / "x.mlc")
    with zipfile.ZipFile(tmp_path / "y.mlc", "w") as z:
        z.writestr("other.txt", "")
    with pytest.raises(InputError, match=r"no manifest\.json"):
        Artifact.read(tmp_path / "y.mlc")


def _rewrite_manifest(src, dst, edit):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.namelist():
            data = zin.read(item)
            if item == MANIFEST:
                data = json.dumps(edit(json.loads(data))).encode()
            zout.writestr(item, data)


def test_version_and_malformed_manifests_are_rejected(cnn, tmp_path):  # noqa: F811
    good = tmp_path / "good.mlc"
    cnn.artifact.write(good)
    _rewrite_manifest(good, tmp_path / "v.mlc", lambda d: {**d, "version": 99})
    with pytest.raises(InputError, match=r"version 99, written by mlc .*, is not supported"):
        Artifact.read(tmp_path / "v.mlc")
    _rewrite_manifest(good, tmp_path / "m.mlc", lambda d: {k: v for k, v in d.items() if k != "steps"})
    with pytest.raises(InputError, match="malformed mlc artifact manifest"):
        Artifact.read(tmp_path / "m.mlc")


def test_missing_ptx_is_reported(cnn, tmp_path):  # noqa: F811
    kernel = cnn.artifact.manifest.kernels[0]
    broken = replace(cnn.artifact, ptx={k: v for k, v in cnn.artifact.ptx.items() if k != kernel.ptx})
    broken.write(tmp_path / "b.mlc")
    with pytest.raises(InputError, match=f"kernel '{kernel.name}' has no PTX"):
        Artifact.read(tmp_path / "b.mlc")


def test_manifest_json_is_plain_data(cnn):  # noqa: F811
    data = json.loads(json.dumps(cnn.artifact.manifest.to_json()))
    assert Manifest.from_json(data) == cnn.artifact.manifest
    assert all(s["kind"] in ("launch", "copy") for s in data["steps"])
    assert isinstance(cnn.artifact.manifest.steps[0], LaunchSpec)
