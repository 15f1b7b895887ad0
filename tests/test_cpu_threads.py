"""Parallel loops on the CPU thread pool (``mlc.compiler.targets.cpu.threads``): equal at any thread count."""

from __future__ import annotations

import ctypes
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import mlc.compiler as mc
from mlc.compiler.errors import InputError
from mlc.compiler.targets.cpu import lower

# A convolution (an im2col GEMM) and a matmul: two GEMMs with several (m, n) blocks each.
MODEL = """
func.func @f(%x: tensor<1x8x20x20xf32>, %w: tensor<64x8x3x3xf32>,
             %a: tensor<64x324xf32>, %m: tensor<324x96xf32>) -> (tensor<1x64x18x18xf32>, tensor<64x96xf32>) {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x64x18x18xf32>
  %c = linalg.fill ins(%z : f32) outs(%e : tensor<1x64x18x18xf32>) -> tensor<1x64x18x18xf32>
  %y = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>}
     ins(%x, %w : tensor<1x8x20x20xf32>, tensor<64x8x3x3xf32>) outs(%c : tensor<1x64x18x18xf32>)
     -> tensor<1x64x18x18xf32>
  %e2 = tensor.empty() : tensor<64x96xf32>
  %c2 = linalg.fill ins(%z : f32) outs(%e2 : tensor<64x96xf32>) -> tensor<64x96xf32>
  %r = linalg.matmul ins(%a, %m : tensor<64x324xf32>, tensor<324x96xf32>) outs(%c2 : tensor<64x96xf32>)
     -> tensor<64x96xf32>
  return %y, %r : tensor<1x64x18x18xf32>, tensor<64x96xf32>
}
"""


def _inputs():
    rng = np.random.default_rng(0)
    return (
        rng.standard_normal((1, 8, 20, 20)).astype(np.float32),
        rng.standard_normal((64, 8, 3, 3)).astype(np.float32),
        rng.standard_normal((64, 324)).astype(np.float32),
        rng.standard_normal((324, 96)).astype(np.float32),
    )


def _reference(x, w, a, m):
    y = np.zeros((1, 64, 18, 18))
    for i in range(3):
        for j in range(3):
            y[0] += np.einsum("chw,fc->fhw", x[0, :, i : i + 18, j : j + 18], w[:, :, i, j])
    return y, a @ m


def _check(got, want) -> None:
    for g, r in zip(got, want, strict=True):
        np.testing.assert_allclose(g, r, rtol=1e-4, atol=1e-3)


@pytest.fixture(scope="module")
def pooled():
    return mc.compile(MODEL, target="cpu", isolate=False)


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_pool_sizes_agree(pooled, threads):
    pooled.set_threads(threads)
    getter = pooled._lib.mlc_get_num_threads
    getter.restype = ctypes.c_int64
    assert getter() == threads
    for _ in range(3):  # the pool is reused between calls
        _check(pooled(*_inputs()), _reference(*_inputs()))


def test_one_thread_calls_no_pool():
    assert lower(MODEL, threads=0).llvm_text.count("llvm.call @mlc_parallel_for") == 2  # one per GEMM
    assert "mlc_parallel_for" not in lower(MODEL, threads=1).llvm_text
    fn = mc.compile(MODEL, target="cpu", isolate=False, threads=1)
    _check(fn(*_inputs()), _reference(*_inputs()))


def test_compiled_thread_count_is_the_default():
    fn = mc.compile(MODEL, target="cpu", isolate=False, threads=2)
    getter = fn._lib.mlc_get_num_threads
    getter.restype = ctypes.c_int64
    assert getter() == 2


def test_bad_thread_counts(pooled):
    with pytest.raises(InputError, match="0 \\(all cores\\) or positive"):
        mc.compile(MODEL, target="cpu", isolate=False, threads=-1)
    with pytest.raises(InputError, match="positive"):
        pooled.set_threads(-2)


def test_cli_threads(tmp_path):
    src = tmp_path / "model.mlir"
    src.write_text(MODEL)
    art = tmp_path / "model.mlc"
    bin_dir = Path(sys.executable).parent
    compile_cmd = [str(bin_dir / "mlc-compile"), str(src), "--target", "cpu"]
    subprocess.run([*compile_cmd, "--threads", "2", "-o", str(art)], check=True)
    x, w, a, m = _inputs()
    np.savez(tmp_path / "in.npz", input0=x, input1=w, input2=a, input3=m)
    for n in ("1", "2"):
        out = tmp_path / f"out{n}.npz"
        run = [str(bin_dir / "mlc-run"), str(art), "--threads", n]
        subprocess.run([*run, "--inputs", str(tmp_path / "in.npz"), "--outputs", str(out)], check=True)
        with np.load(out) as got:
            _check([got[k] for k in got.files], _reference(x, w, a, m))
    bad = subprocess.run([*compile_cmd, "--threads", "-3", "-o", str(art)], capture_output=True, text=True)
    assert bad.returncode == 1 and "--threads must be 0" in bad.stderr


def _native_threads() -> int:
    return len(list(Path("/proc/self/task").iterdir()))


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads through /proc")
def test_closing_a_program_joins_its_workers():
    """dlclose unmaps the code the pool's workers wait in: close must stop and join them first
    (they used to be left parked there, and crashed the process when they woke)."""
    before = _native_threads()
    for _ in range(3):
        fn = mc.compile(MODEL, target="cpu", isolate=False, threads=3)
        _check(fn(*_inputs()), _reference(*_inputs()))
        assert _native_threads() >= before + 2  # two workers beside the caller
        fn.close()
        assert _native_threads() == before


# An elementwise op large enough to split (2 x 64 x 48 x 48 elements) and a small one.
ELEMENTWISE = """
func.func @f(%x: tensor<2x64x48x48xf32>, %s: tensor<8x8xf32>) -> (tensor<2x64x48x48xf32>, tensor<8x8xf32>) {
  %e = tensor.empty() : tensor<2x64x48x48xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, c, h, w)>,
                                        affine_map<(n, c, h, w) -> (n, c, h, w)>],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<2x64x48x48xf32>) outs(%e : tensor<2x64x48x48xf32>) {
  ^bb0(%v: f32, %o: f32):
    %t = math.tanh %v : f32
    linalg.yield %t : f32
  } -> tensor<2x64x48x48xf32>
  %es = tensor.empty() : tensor<8x8xf32>
  %z = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%s : tensor<8x8xf32>) outs(%es : tensor<8x8xf32>) {
  ^bb0(%v: f32, %o: f32):
    %t = math.tanh %v : f32
    linalg.yield %t : f32
  } -> tensor<8x8xf32>
  return %y, %z : tensor<2x64x48x48xf32>, tensor<8x8xf32>
}
"""


def test_large_elementwise_ops_run_in_parallel_chunks():
    """The large op is split along its batch (2 chunks, the largest divisor of 2 up to 16),
    the small one is not; the results agree with numpy at every thread count."""
    assert lower(ELEMENTWISE, threads=0).llvm_text.count("llvm.call @mlc_parallel_for") == 1
    assert "mlc_parallel_for" not in lower(ELEMENTWISE, threads=1).llvm_text
    rng = np.random.default_rng(3)
    x = rng.standard_normal((2, 64, 48, 48)).astype(np.float32)
    s = rng.standard_normal((8, 8)).astype(np.float32)
    fn = mc.compile(ELEMENTWISE, target="cpu", isolate=False)
    for threads in (1, 2, 3):
        fn.set_threads(threads)
        y, z = fn(x, s)
        np.testing.assert_allclose(y, np.tanh(x), rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(z, np.tanh(s), rtol=1e-5, atol=1e-6)


SIGMOID = """
func.func @f(%x: tensor<16x4096xf32>) -> tensor<16x4096xf32> {
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<16x4096xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<16x4096xf32>) outs(%e : tensor<16x4096xf32>) {
  ^bb0(%v: f32, %o: f32):
    %n = arith.negf %v : f32
    %x2 = math.exp %n : f32
    %d = arith.addf %x2, %one : f32
    %r = arith.divf %one, %d : f32
    linalg.yield %r : f32
  } -> tensor<16x4096xf32>
  return %y : tensor<16x4096xf32>
}
"""


def test_chunks_compute_what_the_whole_op_computes():
    """The outlined chunk gets its own copy of the constant 1.0, so the stable sigmoid pattern
    (approximate-math) still matches there: down to -88.7 (a denormal result) and in every bit,
    the chunked op equals the one-thread op."""
    x = np.linspace(-104.0, 90.0, 16 * 4096, dtype=np.float32).reshape(16, 4096)
    x[0, :4] = [-88.72, -2.98e-8, np.inf, -np.inf]
    whole = mc.compile(SIGMOID, target="cpu", isolate=False, threads=1)(x)
    chunked = mc.compile(SIGMOID, target="cpu", isolate=False, threads=2)
    assert "mlc_parallel_for" in lower(SIGMOID, threads=2).llvm_text
    np.testing.assert_array_equal(chunked(x).view(np.uint32), whole.view(np.uint32))
    assert whole[0, 0] == np.float32(2.947088e-39)


def test_generated_code_allocates_through_the_block_cache():
    """malloc and free of the generated code are renamed (as symbols) to the support library's
    mlc_alloc and mlc_free, which keep freed blocks for the next call."""
    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.compiler.targets.cpu import native

    program = lower(MODEL, threads=0)
    assert "@malloc" in program.llvm_text
    with make_context():
        module = ir.Module.parse(program.llvm_text)
        ir_text, _ = native.packed_llvm_ir(module, program.signature.entry, "x86_64-unknown-linux-gnu")
        assert "@malloc(" in str(module), "the module itself is left as it was"
    assert "@mlc_alloc(" in ir_text
    assert "@malloc(" not in ir_text and "@free(" not in ir_text
