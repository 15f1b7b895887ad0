"""The runtime without a GPU: imports, argument binding against a recording device, input validation."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass

import numpy as np
import pytest

from mlc.compiler.errors import InputError
from mlc.runtime import Program
from mlc.runtime.artifact import LaunchSpec
from mlc.runtime.cuda.arrays import as_device_view
from mlc.runtime.cuda.device import to_ctypes

from cuda_support import cnn, compiled  # noqa: F401  (fixture)


@dataclass
class Memory:
    ptr: int
    nbytes: int


class FakeArray:
    """A device array as numba, cupy or torch would export it."""

    def __init__(self, ptr, shape, typestr="<f4", strides=None, stream=None):
        self.__cuda_array_interface__ = {
            "shape": shape,
            "typestr": typestr,
            "data": (ptr, False),
            "strides": strides,
            "version": 3,
            "stream": stream,
        }


class RecordingDevice:
    """Stands in for a GPU: hands out addresses and records what the program asks for."""

    def __init__(self):
        self.next = 1 << 20
        self.allocs, self.uploads, self.launches, self.copies, self.waits = [], [], [], [], []

    def alloc(self, nbytes):
        mem = Memory(self.next, nbytes)
        self.next += (nbytes + 0xFFFF) & ~0xFFFF
        self.allocs.append(mem)
        return mem

    def pointer(self, memory):
        return memory.ptr

    def upload(self, data, stream):
        mem = self.alloc(data.nbytes)
        self.uploads.append((mem, bytes(np.ascontiguousarray(data).view(np.uint8))))
        return mem

    def load_kernel(self, ptx, name):
        assert f".entry {name}(" in ptx
        return name

    def launch(self, kernel, grid, block, shared_bytes, args, stream):
        to_ctypes(args)
        self.launches.append((kernel, tuple(grid), tuple(block), list(args)))

    def copy(self, dst, src, nbytes, stream):
        self.copies.append((dst, src, nbytes))

    def array(self, ptr, dtype, shape, strides, owner):
        return FakeArray(ptr, shape, np.dtype(dtype).str, strides)

    def to_numpy(self, array, stream):
        return np.zeros(array.__cuda_array_interface__["shape"])

    def new_stream(self):
        return "stream"

    def wait_for(self, producer, stream):
        self.waits.append(producer)

    def stream_handle(self, stream):
        return 77

    def synchronize(self, stream):
        pass


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ)


def test_runtime_import_loads_neither_mlir_nor_torch_mlir():
    proc = _python(
        "import sys\n"
        "import mlc.runtime, mlc.runtime.cli, mlc.runtime.check\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('mlir', 'torch_mlir', 'numba')))\n"
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


# Run first in the child: importing mlir or torch_mlir (or anything under them) fails.
BLOCK_MLIR = """
import importlib.abc, sys

class Blocked(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("mlir", "torch_mlir"):
            raise ImportError(f"{name} is blocked in this test")
        return None

sys.meta_path.insert(0, Blocked())
try:
    import mlir
    raise SystemExit("mlir should not be importable here")
except ImportError:
    pass
"""

MATMUL = """
func.func @mm(%x: tensor<4x8xf32>, %w: tensor<8x3xf32>) -> tensor<4x3xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x3xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %r = linalg.matmul ins(%x, %w : tensor<4x8xf32>, tensor<8x3xf32>)
                     outs(%f : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %r : tensor<4x3xf32>
}
"""


def test_runtime_reads_artifacts_where_mlir_cannot_be_imported(cnn, tmp_path):  # noqa: F811
    path = tmp_path / "cnn.mlc"
    cnn.artifact.write(path)
    proc = _python(
        BLOCK_MLIR + "sys.modules['torch'] = None\n"
        "import mlc.runtime.cli as cli\n"
        f"sys.exit(cli.main(['info', {str(path)!r}]))\n"
    )
    assert proc.returncode == 0, proc.stderr
    m = cnn.artifact.manifest
    assert f"kernels: {len(m.kernels)}, launches: {len(m.launches())}" in proc.stdout
    assert "arena" in proc.stdout and "naive sum" in proc.stdout


def test_runtime_runs_a_cpu_artifact_and_reads_a_cuda_one_without_mlir(cnn, tmp_path):  # noqa: F811
    """``mlc.runtime`` alone (numpy, ctypes) loads and runs a CPU artifact and reads a CUDA artifact's
    manifest in a process where mlir and torch_mlir cannot be imported; of ``mlc.compiler`` it loads
    only the error family."""
    from mlc.compiler.compile_api import build

    source = tmp_path / "mm.mlir"
    source.write_text(MATMUL)
    cpu_path, cuda_path = tmp_path / "mm.cpu.mlc", tmp_path / "cnn.mlc"
    build(str(source), target="cpu").artifact.write(cpu_path)
    cnn.artifact.write(cuda_path)
    rng = np.random.default_rng(3)
    x, w = rng.standard_normal((4, 8), dtype=np.float32), rng.standard_normal((8, 3), dtype=np.float32)
    np.save(tmp_path / "x.npy", x)
    np.save(tmp_path / "w.npy", w)
    proc = _python(
        BLOCK_MLIR
        + f"""
import numpy as np
import mlc.runtime
from mlc.runtime import Artifact, load, read
fn = load({str(cpu_path)!r})
y = fn(np.load({str(tmp_path / "x.npy")!r}), np.load({str(tmp_path / "w.npy")!r}))
np.save({str(tmp_path / "y.npy")!r}, y)
cuda = read({str(cuda_path)!r})
assert isinstance(cuda, Artifact), type(cuda)
print("kernels", len(cuda.manifest.kernels), "launches", len(cuda.manifest.launches()))
print("mlir", sorted(m for m in sys.modules if m.split(".")[0] in ("mlir", "torch_mlir")))
print("compiler", sorted(m for m in sys.modules if m.startswith("mlc.compiler")))
"""
    )
    assert proc.returncode == 0, proc.stderr
    np.testing.assert_allclose(np.load(tmp_path / "y.npy"), x @ w, rtol=1e-5, atol=1e-5)
    m = cnn.artifact.manifest
    lines = proc.stdout.splitlines()
    assert lines[0] == f"kernels {len(m.kernels)} launches {len(m.launches())}"
    assert lines[1] == "mlir []"
    assert lines[2] == "compiler ['mlc.compiler', 'mlc.compiler.errors']"


def test_load_uploads_weights_once_and_allocates_one_arena(cnn):  # noqa: F811
    device = RecordingDevice()
    m = cnn.artifact.manifest
    program = Program(cnn.artifact, device)
    assert [len(b) for _, b in device.uploads] == [len(cnn.artifact.weights)]
    assert [a.nbytes for a in device.allocs[1:]] == [m.plan.arena_bytes]
    before = len(device.allocs)
    x = FakeArray(0xA000000, (2, 3, 16, 16))
    program(x)
    program(x)
    assert len(device.uploads) == 1
    assert len(device.allocs) == before + 2  # one output buffer per run, nothing else
    assert len(device.launches) == 2 * len(m.launches())


def test_launch_arguments_follow_the_manifest(cnn):  # noqa: F811
    device = RecordingDevice()
    m = cnn.artifact.manifest
    program = Program(cnn.artifact, device)
    weights_ptr, arena_ptr = device.allocs[0].ptr, device.allocs[1].ptr
    x = FakeArray(0xA000000, (2, 3, 16, 16))
    (out,) = program(x)
    out_ptr = out.__cuda_array_interface__["data"][0]
    expected = {}
    for b in m.buffers:
        if b.kind == "input":
            expected[b.id] = 0xA000000  # used in place, not copied
        elif b.kind == "weight":
            expected[b.id] = weights_ptr + b.offset
        elif b.kind == "intermediate" and b.offset is not None:
            expected[b.id] = arena_ptr + b.offset
        elif b.kind == "output":
            expected[b.id] = out_ptr - m.outputs[b.index].offset * 4
    for step, (kernel, grid, block, args) in zip(m.launches(), device.launches, strict=True):
        assert (kernel, grid, block) == (step.kernel, step.grid, step.block)
        want = [("ptr", expected[a.buffer] + a.byte_offset) for a in step.args]
        assert args == want
    assert out.__cuda_array_interface__["shape"] == (2, 10)


def test_host_inputs_are_uploaded(cnn):  # noqa: F811
    device = RecordingDevice()
    program = Program(cnn.artifact, device)
    x = np.arange(2 * 3 * 16 * 16, dtype=np.float32).reshape(2, 3, 16, 16)
    program(x)
    assert device.uploads[-1][1] == x.tobytes()


def test_outputs_can_be_given(cnn):  # noqa: F811
    device = RecordingDevice()
    program = Program(cnn.artifact, device)
    target = FakeArray(0xB000000, (2, 10))
    (out,) = program(FakeArray(0xA000000, (2, 3, 16, 16)), outputs=[target])
    assert out is target
    last_kernel_args = device.launches[-1][3]
    assert ("ptr", 0xB000000) in last_kernel_args
    with pytest.raises(InputError, match=r"output 0: expected float32\[2, 10\], got float32\[10, 2\]"):
        program(FakeArray(0xA000000, (2, 3, 16, 16)), outputs=[FakeArray(0xB000000, (10, 2))])


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            np.zeros((2, 3, 16, 16), np.float64),
            r"input 0 \(arg0\): expected float32\[2, 3, 16, 16\], got float64",
        ),
        (
            np.zeros((1, 3, 16, 16), np.float32),
            r"expected float32\[2, 3, 16, 16\], got float32\[1, 3, 16, 16\]",
        ),
        (FakeArray(0xA000000, (2, 3, 16, 16), "<f2"), "got float16"),
        (FakeArray(0xA000000, (2, 3, 16, 16), strides=(4, 8, 16, 32)), "not C-contiguous"),
        (FakeArray(0xA000002, (2, 3, 16, 16)), "not aligned to 16 bytes"),
        (FakeArray(0xA000004, (2, 3, 16, 16)), r"not aligned to 16 bytes \(mlc's kernels use 128-bit"),
    ],
)
def test_bad_inputs_are_rejected_clearly(cnn, value, message):  # noqa: F811
    program = Program(cnn.artifact, RecordingDevice())
    with pytest.raises(InputError, match=message):
        program(value)


def test_wrong_number_of_inputs(cnn):  # noqa: F811
    program = Program(cnn.artifact, RecordingDevice())
    with pytest.raises(InputError, match="takes 1 inputs, got 2"):
        program(np.zeros(1), np.zeros(1))


def test_producer_streams_are_waited_for(cnn):  # noqa: F811
    device = RecordingDevice()
    program = Program(cnn.artifact, device)
    program(FakeArray(0xA000000, (2, 3, 16, 16), stream=1234))
    program(FakeArray(0xA000000, (2, 3, 16, 16), stream=77))  # our own stream: nothing to wait for
    assert device.waits == [1234]


def test_outputs_aliasing_inputs_and_weights_are_copied():
    out = compiled("alias_output")
    device = RecordingDevice()
    program = Program(out.artifact, device)
    x = FakeArray(0xA000000, (4, 6))
    results = program(x)
    assert [r.__cuda_array_interface__["shape"] for r in results] == [(4, 6), (24,), (2, 3), (4, 6)]
    srcs = [src for _, src, _ in device.copies]
    assert srcs.count(0xA000000) == 2 and len(device.copies) == 3


def test_host_inputs_written_in_place_are_copied_back():
    out = compiled("loops_inplace")
    device = RecordingDevice()
    program = Program(out.artifact, device)
    a, b = np.ones((64, 48), np.float32), np.ones((48, 40), np.float32)
    c = np.full((64, 40), 7.0, np.float32)
    assert program(a, b, c) == ()
    assert np.all(c == 0)  # the recording device's memory reads back as zeros
    assert np.all(a == 1) and np.all(b == 1)  # inputs the model only reads are left alone


def test_torch_cpu_tensors_are_host_inputs():
    torch = pytest.importorskip("torch")
    assert as_device_view(torch.zeros(3), None) is None
    assert as_device_view(np.zeros(3), None) is None


def test_run_without_a_gpu_fails_cleanly(cnn, tmp_path):  # noqa: F811
    from mlc.runtime.cli import main

    path = tmp_path / "cnn.mlc"
    cnn.artifact.write(path)
    try:
        from numba import cuda

        if cuda.is_available():
            pytest.skip("a GPU is present")
    except ImportError:
        pass
    assert main(["run", str(path), "--check"]) == 1


def test_every_launch_has_a_known_kernel(cnn):  # noqa: F811
    m = cnn.artifact.manifest
    names = {k.name for k in m.kernels}
    assert all(isinstance(s, LaunchSpec) and s.kernel in names for s in m.launches())


def test_dlpack_capsules_are_read_in_place():
    from mlc.runtime.cuda.arrays import from_dlpack

    host = np.arange(24, dtype=np.float32).reshape(4, 6)[:, 1:4]
    view = from_dlpack(host, None)
    assert view.ptr == host.ctypes.data
    assert (view.shape, view.dtype, view.strides) == ((4, 3), "float32", host.strides)
    assert as_device_view(host, None) is None  # a CPU capsule is host memory: it gets uploaded


@pytest.mark.parametrize("view", ["contiguous", "transposed", "sliced"])
def test_results_are_copied_out_of_their_descriptor_with_its_strides(view):
    """The copy of a result (one memmove when it is C-contiguous, a strided view otherwise)
    gives the array the descriptor describes."""
    from mlc.runtime.cpu.executable import _array_from, descriptor_for
    from mlc.runtime.signature import ValueSpec

    base = np.arange(60, dtype=np.float32).reshape(6, 10)
    arr = {"contiguous": base, "transposed": base.T, "sliced": base[1:5, 2:9:3]}[view]
    desc = descriptor_for(base)  # base is C-contiguous: arr is a view of its buffer
    desc.offset = (arr.ctypes.data - base.ctypes.data) // 4
    desc.sizes[:] = list(arr.shape)
    desc.strides[:] = [s // 4 for s in arr.strides]
    out = _array_from(desc, ValueSpec("y", "float32", arr.shape))
    np.testing.assert_array_equal(out, arr)
    assert out.flags.c_contiguous


STATIC_ADD = """
func.func @f(%x: tensor<4x8xf32>, %y: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<8x4xf32>) {
  %s = arith.addf %x, %y : tensor<4x8xf32>
  %e = tensor.empty() : tensor<8x4xf32>
  %t = linalg.transpose ins(%x : tensor<4x8xf32>) outs(%e : tensor<8x4xf32>) permutation = [1, 0]
  return %s, %t : tensor<4x8xf32>, tensor<8x4xf32>
}
"""


def test_static_calls_reuse_their_arguments_and_stay_checked():
    """A signature of static tensors gets its ctypes arguments built once (``_StaticCall``):
    successive calls see their own inputs; other arguments take the checked path (a strided
    input is copied, a wrong dtype or shape is a clear error); results are new arrays."""
    import mlc.compiler as mc

    fn = mc.compile(STATIC_ADD, target="cpu", isolate=False)
    assert fn._plan is not None
    rng = np.random.default_rng(0)
    xs = [rng.standard_normal((4, 8)).astype(np.float32) for _ in range(3)]
    firsts = []
    for x in xs:
        s, t = fn(x, xs[0])
        np.testing.assert_array_equal(s, x + xs[0])
        np.testing.assert_array_equal(t, x.T)
        firsts.append(s)
    np.testing.assert_array_equal(firsts[0], xs[0] + xs[0])  # not overwritten by later calls
    wide = rng.standard_normal((4, 16)).astype(np.float32)
    np.testing.assert_array_equal(fn(wide[:, ::2], xs[1])[0], wide[:, ::2] + xs[1])
    with pytest.raises(InputError, match="dtype float64"):
        fn(xs[0].astype(np.float64), xs[1])
    with pytest.raises(InputError, match="shape"):
        fn(xs[0].T, xs[1])
    with pytest.raises(InputError, match="takes 2 inputs"):
        fn(xs[0], xs[1], xs[2])


def test_static_calls_from_two_threads_get_their_own_results():
    """One thread holds the prebuilt arguments at a time; the other builds its own."""
    import threading

    import mlc.compiler as mc

    fn = mc.compile(STATIC_ADD, target="cpu", isolate=False)
    rng = np.random.default_rng(1)
    inputs = [rng.standard_normal((4, 8)).astype(np.float32) for _ in range(2)]
    wrong: list[int] = []

    def work(k: int) -> None:
        for _ in range(300):
            if not np.array_equal(fn(inputs[k], inputs[k])[0], 2 * inputs[k]):
                wrong.append(k)

    threads = [threading.Thread(target=work, args=(k,)) for k in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not wrong
