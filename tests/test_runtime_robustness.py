"""Runtime robustness: repeated loading, calls from several threads, degenerate and huge shapes."""

from __future__ import annotations

import gc
import json
import threading
from pathlib import Path

import numpy as np
import pytest

from mlc.compiler.compile_api import build
from mlc.compiler.errors import InputError
from mlc.runtime import read
from mlc.runtime.artifact import Artifact, BufferPlan, BufferSpec, KernelSpec, Manifest
from mlc.runtime.cpu.artifact import CpuManifest
from mlc.runtime.cuda.program import Program

from conftest import ROOT

DYNAMIC_MATMUL = (ROOT / "tests" / "data" / "dynamic_matmul.mlir").read_text()


@pytest.fixture(scope="module")
def artifact(tmp_path_factory):
    d = tmp_path_factory.mktemp("robust")
    (d / "mm.mlir").write_text(DYNAMIC_MATMUL)
    path = d / "mm.mlc"
    build(str(d / "mm.mlir"), target="cpu").artifact.write(path)
    return path


def _rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc to read RSS")
def test_load_and_unload_1000_times_keeps_memory_flat(artifact):
    art = read(artifact)
    a, b = np.ones((3, 4), np.float32), np.ones((4, 2), np.float32)

    def cycle(n: int, close: bool) -> None:
        for _ in range(n):
            fn = art.load()
            np.testing.assert_array_equal(fn(a, b), a @ b)
            if close:
                fn.close()
            del fn
        gc.collect()

    cycle(100, True)  # warm up: allocator pools, ctypes caches
    before = _rss_bytes()
    cycle(450, True)
    cycle(450, False)  # dropped without close: unloaded when collected
    grown = _rss_bytes() - before
    assert grown < 2 * 2**20, f"RSS grew by {grown / 2**20:.1f} MiB over 900 loads"


def test_a_closed_program_refuses_calls(artifact):
    fn = read(artifact).load()
    fn.close()
    fn.close()  # twice is fine
    with pytest.raises(InputError, match="this program was closed"):
        fn(np.ones((1, 1), np.float32), np.ones((1, 1), np.float32))


def test_calls_from_several_threads_are_safe(artifact):
    """Eight threads call one program at once; every result is right, and a failed runtime check
    in one call (the library keeps them in one global) is reported to that call only."""
    fn = read(artifact).load()
    errors: list[str] = []

    def worker(tid: int) -> None:
        rng = np.random.default_rng(tid)
        for i in range(40):
            m, k, n = (int(x) for x in rng.integers(1, 9, 3))
            a = rng.standard_normal((m, k)).astype(np.float32)
            if (tid + i) % 5 == 0:
                try:
                    fn(a, np.ones((k + 1, n), np.float32))
                    errors.append(f"thread {tid}: mismatched shapes were accepted")
                except InputError as e:
                    if "inner dimensions must agree" not in str(e):
                        errors.append(f"thread {tid}: {e}")
                continue
            b = rng.standard_normal((k, n)).astype(np.float32)
            try:
                got = fn(a, b)
            except InputError as e:
                errors.append(f"thread {tid}: a good call failed: {e}")
                continue
            if not np.allclose(got, a @ b, rtol=1e-5, atol=1e-5):
                errors.append(f"thread {tid}: wrong result")

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[:5]


def test_zero_size_dimensions(artifact):
    fn = read(artifact).load()
    empty = fn(np.ones((0, 5), np.float32), np.ones((5, 2), np.float32))
    assert empty.shape == (0, 2)
    zeros = fn(np.ones((3, 0), np.float32), np.ones((0, 2), np.float32))
    np.testing.assert_array_equal(zeros, np.zeros((3, 2), np.float32))


def _with_output_shape(artifact, tmp_path, shape):
    art = read(artifact)
    data = art.manifest.to_json()
    data["outputs"][0]["shape"] = shape
    art.manifest = CpuManifest.from_json(data)
    out = tmp_path / "big.mlc"
    art.write(out)
    return out


def test_more_memory_than_the_machine_has_is_refused_before_loading(artifact, tmp_path):
    big = _with_output_shape(artifact, tmp_path, [2**22, 2**22])  # 64 TiB of float32
    with pytest.raises(InputError, match="more memory than this machine has"):
        read(big).load()


def test_sizes_over_2_63_are_malformed(artifact, tmp_path):
    path = _with_output_shape(artifact, tmp_path, [2**22, 2**22])
    with zipfile_manifest(path) as data:
        data["outputs"][0]["shape"] = [2**40, 2**40]
    with pytest.raises(InputError, match="more than 2\\^63"):
        read(path)


class zipfile_manifest:
    """Edit an archive's manifest in place (the members stay as they are)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> dict:
        import zipfile

        with zipfile.ZipFile(self.path) as z:
            self.members = {n: z.read(n) for n in z.namelist()}
        self.data = json.loads(self.members["manifest.json"])
        return self.data

    def __exit__(self, *exc: object) -> None:
        import zipfile

        self.members["manifest.json"] = json.dumps(self.data).encode()
        with zipfile.ZipFile(self.path, "w") as z:
            for name, blob in self.members.items():
                z.writestr(name, blob)


class SmallDevice:
    """A device with little free memory that records allocations (none must happen)."""

    def __init__(self, free: int) -> None:
        self.free, self.allocs = free, []

    def free_bytes(self) -> int:
        return self.free

    def alloc(self, nbytes: int):
        self.allocs.append(nbytes)
        raise AssertionError("allocated before checking that the program fits")

    upload = new_stream = alloc


def _cuda_manifest(arena: int, out_bytes: int) -> Manifest:
    n = out_bytes // 4
    return Manifest(
        target={"kind": "cuda", "arch": "sm_90"},
        entry="f",
        inputs=(),
        outputs=(),
        buffers=(BufferSpec(0, "output", "float32", (n,), out_bytes, "y", index=0),),
        kernels=(KernelSpec("k", "kernels/k.ptx", "linalg.generic", "loc"),),
        steps=(),
        calls=(),
        plan=BufferPlan({}, arena, arena, arena, 256),
        weights_bytes=0,
    )


def test_a_cuda_program_that_cannot_fit_is_refused_before_allocation():
    art = Artifact(_cuda_manifest(3 * 2**30, 2**30), {"kernels/k.ptx": ""}, b"")
    device = SmallDevice(free=2**30)
    with pytest.raises(InputError, match=r"needs 4096\.0 MiB of device memory .* 1024\.0 MiB free"):
        Program(art, device)
    assert device.allocs == []


def test_cuda_manifest_with_impossible_sizes_is_malformed(tmp_path):
    art = Artifact(_cuda_manifest(0, 16), {"kernels/k.ptx": ""}, b"")
    path = tmp_path / "k.mlc"
    art.write(path)
    with zipfile_manifest(path) as data:
        data["buffers"][0]["shape"] = [2**62, 4]
    with pytest.raises(InputError, match="more than 2\\^63"):
        Artifact.read(path)


@pytest.fixture(scope="module")
def sized_by_argument(tmp_path_factory):
    """``fill(n)``: a float32 vector of n ones, allocated by the compiled code."""
    path = tmp_path_factory.mktemp("alloc") / "fill.mlc"
    build(str(ROOT / "tests" / "data" / "fill_sized_by_argument.mlir"), target="cpu").artifact.write(path)
    return read(path).load()


@pytest.mark.parametrize(
    ("n", "message"),
    [
        (2**46, "could not be allocated"),  # 256 TiB: more than any address space gives
        (2**61, "negative \\(it overflowed\\)"),  # 2^63 bytes: the int64 size wraps negative
        (-1, "negative size"),
    ],
)
def test_a_dynamic_output_that_cannot_be_allocated_is_a_clear_error(sized_by_argument, n, message):
    """The compiled code allocates dynamic outputs itself: a failed allocation abandons the call
    with an error instead of writing through a null pointer, and the program stays usable."""
    with pytest.raises(InputError, match=message):
        sized_by_argument(np.int64(n))
    np.testing.assert_array_equal(sized_by_argument(np.int64(3)), np.ones(3, np.float32))
