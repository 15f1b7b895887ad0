"""`.ll` kernels on the CUDA target: artifacts whose kernels pass ptxas, emulated against the native kernel.

A representative subset (a BLAS kernel, strided accesses, a 2-D stencil as linalg and as affine
loops, a reduction, a scalar result, a loop-carried recurrence run as one thread); the whole suite
is ``python -m mlc.benchmarks.ll_cuda`` (``benchmarks/results/ll_cuda.md``), which compares them
with the native kernels here too (run as a program).
"""

from __future__ import annotations

import numpy as np
import pytest

from mlc.compiler.compile_api import build
from mlc.compiler.compile_driver import main
from mlc.compiler.errors import InputError, UnsupportedError
from mlc.compiler.targets.cuda import ptxas
from mlc.compiler.targets.cuda.emulate import emulate_c, run_c
from mlc.runtime import host_exprs

from conftest import ll_cuda_rows, ll_kernels, ll_path

SUBSET = [
    ("matmul", "O2"),
    ("strided_access", "O1"),
    ("simple_conv2d", "O1"),
    ("simple_conv2d", "O2"),
    ("row_sum", "O2"),
    ("dot", "O2"),
    ("prefix_recurrence", "O2"),
]
_BUILT: dict = {}


def compile_kernel(name: str, opt: str):
    """(artifact, map-stage IR) of the kernel ``name`` at ``opt``."""
    out = build(str(ll_path(name, opt)), "cuda", keep_stages=("map",))
    return out.artifact, out.stages["map"]


def built(name: str, opt: str):
    if (name, opt) not in _BUILT:
        _BUILT[name, opt] = compile_kernel(name, opt)
    return _BUILT[name, opt]


@pytest.fixture(scope="module")
def native(tmp_path_factory):
    return ll_cuda_rows(tmp_path_factory.mktemp("ll_cuda"), SUBSET)


@pytest.mark.parametrize(("name", "opt"), SUBSET, ids=[f"{n}-{o}" for n, o in SUBSET])
def test_artifact_matches_native_kernel(name, opt, native):
    artifact, _ = built(name, opt)
    m = artifact.manifest
    assert m.c_abi is not None and m.kernels
    if ptxas.ptxas_path():
        assert all(k.resources is not None and k.resources["registers"] > 0 for k in m.kernels)
    params = m.c_abi["params"]
    args = ll_kernels()[name]["args"]
    assert [p["kind"] for p in params] == ["array" if a[0].endswith("*") else "scalar" for a in args]
    row = native[name, opt]
    assert row["built"] and row["equal"] == "yes", row["note"]


def test_manifest_records_the_c_signature():
    artifact, _ = built("matmul", "O2")
    abi = artifact.manifest.c_abi
    kinds = [(p["kind"], p["dtype"]) for p in abi["params"]]
    assert kinds == [("scalar", "int32"), ("array", "float32"), ("array", "float32"), ("array", "float32")]
    assert [p["written"] for p in abi["params"][1:]] == [False, False, True]
    assert sorted(map(tuple, abi["noalias"])) == [(1, 3), (2, 3)]
    assert any("noalias" in a for a in abi["assumptions"])
    # the grid of the matmul depends on n: computed per run
    assert any(s.grid_exprs is not None for s in artifact.manifest.launches())


def test_sizes_are_bound_at_run_time():
    artifact, map_ir = built("matmul", "O2")
    for n in (1, 40):
        a = np.random.default_rng(n).uniform(-1, 1, n * 64).astype(np.float32)
        b = np.random.default_rng(1).uniform(-1, 1, 64 * 48).astype(np.float32)
        c = np.zeros(n * 48, np.float32)
        args, _ = emulate_c(artifact, map_ir, [n, a, b, c])
        np.testing.assert_allclose(
            args[3].reshape(n, 48), a.reshape(n, 64) @ b.reshape(64, 48), rtol=1e-5, atol=1e-5
        )


def test_short_array_is_a_clear_error():
    artifact, map_ir = built("matmul", "O2")
    a, b, c = np.zeros(10 * 64, np.float32), np.zeros(64 * 48, np.float32), np.zeros(5 * 48, np.float32)
    with pytest.raises(InputError, match=r"argument 3 of @matmul holds 240 elements, but the kernels reach"):
        emulate_c(artifact, map_ir, [10, a, b, c])


def test_overlapping_noalias_arrays_are_refused():
    artifact, map_ir = built("matmul", "O2")
    memory = np.zeros(4 * 64 + 64 * 48, np.float32)
    a, c = memory[: 4 * 64], memory[64 : 64 + 4 * 48]
    b = np.zeros(64 * 48, np.float32)
    # in this process (a child would get copies): the check fails before any kernel runs
    with pytest.raises(InputError, match=r"arguments 1 and 3 of @matmul overlap; the compiler assumed"):
        run_c(artifact, map_ir, [4, a, b, c])


def test_failed_run_time_check_names_the_assumption(tmp_path):
    artifact, map_ir = compile_kernel("scale_copy_alias", "O2")
    memory = np.zeros(64, np.float32)
    with pytest.raises(InputError, match=r"run-time check failed: argument 1 and argument 2 do not overlap"):
        run_c(artifact, map_ir, [16, memory[:16], memory[8:24]])


def test_unraised_kernel_is_refused_with_the_reason():
    with pytest.raises(UnsupportedError, match=r"@gather_indirect was not raised from LLVM IR"):
        build(str(ll_path("gather_indirect", "O2")), "cuda", run_ptxas=False)


def test_cli_emits_ptx_and_prints_what_it_found(tmp_path, capfd):
    ll = str(ll_path("strided_access", "O1"))
    assert main([ll, "--target", "cuda", "--emit", "ptx", "-o", str(tmp_path / "ptx"), "--verbose"]) == 0
    ptx = sorted(p.name for p in (tmp_path / "ptx").iterdir())
    assert ptx and all(name.endswith(".ptx") for name in ptx)
    err = capfd.readouterr().err
    assert "@strided_access: raised to linalg" in err
    assert "trip count 70" in err and "stride in elements per loop" in err
    assert "kernel: linalg.fill, linalg.generic" in err


def test_mlc_run_emulates_a_kernel_from_c(tmp_path):
    """mlc-compile --emulation, then mlc-run --emulate with the C arguments in an .npz: the
    written array comes back as the output; too short an array is a clear error."""
    from mlc.compiler.targets import get

    from conftest import run_tool

    out = tmp_path / "sa.mlc"
    ll = str(ll_path("strided_access", "O2"))
    assert main([ll, "--target", "cuda", "--emulation", "-o", str(out)]) == 0
    rng = np.random.default_rng(1)
    a = rng.standard_normal(37 * 70)
    np.savez(tmp_path / "in.npz", arg0=np.int32(37), arg1=a, arg2=np.zeros(70))
    proc = run_tool(
        "mlc-run",
        str(out),
        "--emulate",
        "--inputs",
        str(tmp_path / "in.npz"),
        "--outputs",
        str(tmp_path / "out.npz"),
    )
    assert proc.returncode == 0, proc.stderr
    with np.load(tmp_path / "out.npz") as got:
        np.testing.assert_allclose(got["arg2"], a.reshape(37, 70).sum(axis=0), rtol=1e-12)

    from mlc.runtime.artifact import read

    fn = get("cuda").load(read(out), emulate=True)
    assert fn.output_names == ["arg2"]
    b = np.zeros(70)
    np.testing.assert_allclose(fn(np.int32(37), a, b), a.reshape(37, 70).sum(axis=0), rtol=1e-12)

    proc = run_tool("mlc-run", str(out), "--emulate")
    assert proc.returncode == 1
    assert "argument 2 of @strided_access holds 1 elements, but the kernels reach 70" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_host_expressions():
    exprs = [
        ["param", "i32", [], 0],
        ["const", "index", [], 0],
        ["arith.index_cast", "index", [0], 32],
        ["arith.maxsi", "index", [2, 1], None],
        ["const", "index", [], 16],
        ["arith.ceildivsi", "index", [3, 4], None],
        ["arith.cmpi", "i1", [0, 1], [6, 32]],  # ult: -1 as unsigned is large
        ["arith.addi", "i32", [0, 0], None],
        ["const", "index", [], 1],
        ["extent", "index", [1, 3, 4, 4, 8], None],  # offset 0, sizes (n, 16), strides (16, 1)
    ]
    assert host_exprs.evaluate(exprs, [37], {})[3:] == [37, 16, 3, 0, 74, 1, 37 * 16]
    negative = host_exprs.evaluate(exprs, [-1], {})
    assert negative[3] == 0 and negative[6] == 0 and negative[9] == 0
    assert host_exprs.evaluate(exprs, [2**31 - 1], {})[7] == -2
