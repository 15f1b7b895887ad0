"""Artifact integrity: every member sealed with its sha256, verified before any code is loaded."""

from __future__ import annotations

import hashlib
import json
import zipfile

import numpy as np
import pytest

from mlc import __version__
from mlc.compiler.compile_api import build
from mlc.compiler.errors import InputError
from mlc.runtime import load, read
from mlc.runtime.artifact import (
    MANIFEST,
    REFERENCE,
    VERSION,
    WEIGHTS,
    Artifact,
    BufferPlan,
    KernelSpec,
    Manifest,
)
from mlc.runtime.cpu import executable
from mlc.runtime.cpu.artifact import LIBRARY

from conftest import run_tool

MATMUL = """
func.func @mm(%a: tensor<3x5xf32>, %b: tensor<5x2xf32>) -> tensor<3x2xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<3x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<3x2xf32>) -> tensor<3x2xf32>
  %r = linalg.matmul ins(%a, %b : tensor<3x5xf32>, tensor<5x2xf32>)
                     outs(%f : tensor<3x2xf32>) -> tensor<3x2xf32>
  return %r : tensor<3x2xf32>
}
"""
PTX = "kernels/k.ptx"


@pytest.fixture(scope="module")
def cpu_artifact(tmp_path_factory):
    d = tmp_path_factory.mktemp("integrity")
    (d / "mm.mlir").write_text(MATMUL)
    path = d / "mm.mlc"
    build(str(d / "mm.mlir"), target="cpu", reference=True).artifact.write(path)
    return path


@pytest.fixture
def cuda_artifact(tmp_path):
    """A CUDA artifact written by the format's own writer (no compilation needed to test the container)."""
    manifest = Manifest(
        target={"kind": "cuda", "arch": "sm_90"},
        entry="f",
        inputs=(),
        outputs=(),
        buffers=(),
        kernels=(KernelSpec("k", PTX, "linalg.generic", "loc"),),
        steps=(),
        calls=(),
        plan=BufferPlan({}, 0, 0, 0, 256),
        weights_bytes=8,
    )
    path = tmp_path / "k.mlc"
    Artifact(manifest, {PTX: ".version 8.0\n.target sm_90\n"}, bytes(range(8))).write(path)
    return path


def _members(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _repack(src, dst, *, replace=None, drop=(), add=None, manifest=None):
    """A copy of the archive ``src`` with members replaced, dropped or added, without resealing."""
    members = _members(src)
    for name in drop:
        del members[name]
    members.update(replace or {})
    members.update(add or {})
    if manifest is not None:
        members[MANIFEST] = json.dumps(manifest(json.loads(members[MANIFEST]))).encode()
    with zipfile.ZipFile(dst, "w") as z:
        for name, blob in members.items():
            z.writestr(name, blob)
    return dst


def _flip(blob: bytes, at: int) -> bytes:
    out = bytearray(blob)
    out[at] ^= 0x01
    return bytes(out)


def test_manifest_seals_every_member(cpu_artifact, cuda_artifact):
    for path in (cpu_artifact, cuda_artifact):
        members = _members(path)
        data = json.loads(members.pop(MANIFEST))
        assert data["version"] == VERSION and data["mlc_version"] == __version__
        assert set(data["members"]) == set(members)
        for name, blob in members.items():
            assert data["members"][name] == {"bytes": len(blob), "sha256": hashlib.sha256(blob).hexdigest()}
    assert {LIBRARY, REFERENCE} <= set(_members(cpu_artifact))
    assert {PTX, WEIGHTS} <= set(_members(cuda_artifact))


def test_a_modified_library_is_refused_before_it_is_loaded(cpu_artifact, tmp_path, monkeypatch):
    lib = _members(cpu_artifact)[LIBRARY]
    bad = _repack(cpu_artifact, tmp_path / "flipped.mlc", replace={LIBRARY: _flip(lib, len(lib) // 2)})
    opened = []
    monkeypatch.setattr(executable, "load_library", lambda *a: opened.append(a))
    with pytest.raises(InputError, match=f"member {LIBRARY} does not match its sha256") as e:
        load(bad)
    assert "trusted source" in str(e.value.hint) and not opened
    truncated = _repack(cpu_artifact, tmp_path / "short.mlc", replace={LIBRARY: lib[: len(lib) - 100]})
    with pytest.raises(InputError, match=f"member {LIBRARY} holds {len(lib) - 100} bytes"):
        load(truncated)
    assert not opened


def test_a_modified_reference_is_refused(cpu_artifact, tmp_path):
    ref = _members(cpu_artifact)[REFERENCE]
    bad = _repack(cpu_artifact, tmp_path / "ref.mlc", replace={REFERENCE: _flip(ref, len(ref) - 10)})
    with pytest.raises(InputError, match=f"member {REFERENCE} does not match its sha256"):
        read(bad)


def test_unlisted_and_missing_members_are_refused(cpu_artifact, tmp_path):
    extra = _repack(cpu_artifact, tmp_path / "extra.mlc", add={"lib/evil.so": b"\x7fELF"})
    with pytest.raises(InputError, match=r"member lib/evil\.so is not listed in the manifest"):
        read(extra)
    gone = _repack(cpu_artifact, tmp_path / "gone.mlc", drop=(REFERENCE,))
    with pytest.raises(InputError, match=f"{REFERENCE} is missing from the archive"):
        read(gone)
    unsealed = _repack(
        cpu_artifact,
        tmp_path / "unsealed.mlc",
        manifest=lambda m: {k: v for k, v in m.items() if k != "members"},
    )
    with pytest.raises(InputError, match="no valid member checksums"):
        read(unsealed)


def test_cuda_members_are_verified(cuda_artifact, tmp_path):
    members = _members(cuda_artifact)
    assert read(cuda_artifact).weights == bytes(range(8))
    ptx = _repack(cuda_artifact, tmp_path / "ptx.mlc", replace={PTX: members[PTX].replace(b"90", b"80")})
    with pytest.raises(InputError, match=f"member {PTX} does not match its sha256"):
        read(ptx)
    weights = _repack(cuda_artifact, tmp_path / "w.mlc", replace={WEIGHTS: _flip(members[WEIGHTS], 3)})
    with pytest.raises(InputError, match=f"member {WEIGHTS} does not match its sha256"):
        Artifact.read(weights)


@pytest.mark.parametrize("kind", ["cpu", "cuda"])
def test_another_format_version_is_refused(cpu_artifact, cuda_artifact, tmp_path, kind):
    src = cpu_artifact if kind == "cpu" else cuda_artifact
    old = _repack(src, tmp_path / "old.mlc", manifest=lambda m: {**m, "version": 1, "mlc_version": "0.0.9"})
    with pytest.raises(InputError, match=r"version 1, written by mlc 0\.0\.9, is not supported") as e:
        read(old)
    assert f"reads version {VERSION}" in str(e.value) and "recompile" in str(e.value.hint)


def test_the_intact_artifact_still_runs(cpu_artifact):
    a = np.arange(15, dtype=np.float32).reshape(3, 5)
    b = np.arange(10, dtype=np.float32).reshape(5, 2)
    np.testing.assert_allclose(load(cpu_artifact)(a, b), a @ b, rtol=1e-6)


def test_mlc_run_reports_a_tampered_artifact(cpu_artifact, tmp_path):
    lib = _members(cpu_artifact)[LIBRARY]
    bad = _repack(cpu_artifact, tmp_path / "bad.mlc", replace={LIBRARY: _flip(lib, 1000)})
    proc = run_tool("mlc-run", str(bad))
    assert proc.returncode == 1 and "does not match its sha256" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and "internal compiler error" not in proc.stderr
