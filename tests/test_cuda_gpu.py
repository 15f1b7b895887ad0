"""CUDA artifacts on a real GPU: outputs against the CPU reference and PyTorch, zero-copy inputs.

Skipped without a GPU. On a GPU machine without MLIR, ``python benchmarks/gpu/run.py``
runs the same checks from prebuilt artifacts (see the README).
"""

from __future__ import annotations

import numpy as np
import pytest

from cuda_support import CUDA_DATA, compiled, torch_reference


def _gpu_available() -> bool:
    try:
        from numba import cuda

        return bool(cuda.is_available())
    except Exception:
        return False


pytestmark = [pytest.mark.gpu, pytest.mark.skipif(not _gpu_available(), reason="no CUDA GPU")]

MODELS = ["cnn", "transformer_block"]
ALL = [*MODELS, "matmul_odd", "reduce_all", "mean_16m", "alias_output", "elementwise4d_f16", "loops_inplace"]


@pytest.mark.parametrize("name", ALL)
def test_gpu_matches_cpu_reference(name):
    from mlc.runtime import Program
    from mlc.runtime.check import check_run

    artifact = compiled(name).artifact
    program = Program(artifact)
    results = check_run(artifact, lambda xs: program(*xs, to_numpy=True))
    assert all(r.ok for r in results), [str(r) for r in results]


@pytest.mark.parametrize("name", MODELS)
def test_gpu_matches_pytorch(name):
    from mlc.runtime import Program

    program = Program(compiled(name).artifact)
    inputs, expected = torch_reference(name)
    for got, want in zip(program(*inputs, to_numpy=True), expected, strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-3, atol=1e-4)


@pytest.mark.parametrize("name", MODELS)
def test_gpu_matches_pytorch_with_the_upstream_mapping(name):
    from mlc.compiler.compile_api import build
    from mlc.runtime import Program

    program = Program(build(str(CUDA_DATA / f"{name}.mlir"), "cuda", mapping="upstream").artifact)
    inputs, expected = torch_reference(name)
    for got, want in zip(program(*inputs, to_numpy=True), expected, strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-3, atol=1e-4)


def test_device_inputs_are_used_in_place_and_outputs_stay_on_the_device():
    from numba import cuda

    from mlc.runtime import Program

    program = Program(compiled("matmul_odd").artifact)
    a = np.random.default_rng(0).uniform(-1, 1, (100, 37)).astype(np.float32)
    b = np.random.default_rng(1).uniform(-1, 1, (37, 50)).astype(np.float32)
    (out,) = program(cuda.to_device(a), cuda.to_device(b))
    assert cuda.is_cuda_array(out)
    np.testing.assert_allclose(out.copy_to_host(), np.exp(a @ b + 1.5).reshape(-1), rtol=1e-4)


def test_torch_cuda_tensors_and_preallocated_outputs():
    torch = pytest.importorskip("torch")
    if not torch.cuda.is_available():
        pytest.skip("torch has no CUDA")
    from mlc.runtime import Program

    program = Program(compiled("elementwise4d_f16").artifact)
    x = torch.rand(3, 5, 7, 40, device="cuda", dtype=torch.float16)
    bias = torch.rand(5, device="cuda", dtype=torch.float16)
    out = torch.empty(3, 5, 7, 40, device="cuda", dtype=torch.float16)
    program(x, bias, outputs=[out])
    torch.testing.assert_close(out, torch.relu(x + bias[None, :, None, None]))


def test_mlc_run_checks_an_artifact_on_the_gpu(tmp_path):
    from conftest import run_tool

    out = tmp_path / "matmul_odd.mlc"
    compiled("matmul_odd").artifact.write(out)
    proc = run_tool("mlc-run", str(out), "--check")
    assert proc.returncode == 0, proc.stderr
    assert "check passed: cuda matches the reference" in proc.stdout


def test_python_api_runs_cuda_on_the_gpu():
    import mlc.compiler as mc

    text = (CUDA_DATA / "matmul_odd.mlir").read_text()
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal((100, 37), np.float32), rng.standard_normal((37, 50), np.float32)
    np.testing.assert_allclose(
        mc.compile(text, target="cuda")(a, b), np.exp(a @ b + 1.5).reshape(-1), rtol=1e-4
    )


LL_KERNELS = [("matmul", "O2"), ("simple_conv2d", "O1"), ("dot", "O2"), ("jacobi_1d", "O2"), ("gemm", "O2")]


@pytest.fixture(scope="module")
def on_gpu(tmp_path_factory):
    """The ll_cuda benchmark's rows with ``--device gpu``: each kernel compiled from .ll run on the
    GPU with host arrays (written ones copied back) against the native clang-compiled kernel, at
    its default sizes and a few of its sweep, equal to rounding (the GPU contracts a*b+c into fma)."""
    from conftest import ll_cuda_rows

    return ll_cuda_rows(tmp_path_factory.mktemp("ll_gpu"), LL_KERNELS, "--device", "gpu")


@pytest.mark.parametrize(("name", "opt"), LL_KERNELS, ids=[f"{n}-{o}" for n, o in LL_KERNELS])
def test_ll_kernel_on_gpu_matches_native(name, opt, on_gpu):
    row = on_gpu[name, opt]
    assert row["built"] and row["equal"] == "yes", row["note"]
