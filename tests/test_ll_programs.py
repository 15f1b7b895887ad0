"""Whole C programs from LLVM IR: `mlc-compile prog.ll --emit exe` prints what the original prints.

The originals are the committed clang-22 ``.ll`` files of ``examples/programs``, built with the bundled
``opt``/``llc`` and the system C compiler, so no clang is needed.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from mlc.benchmarks.ll_programs import ll_path, raise_program, run_program

# A BLAS kernel vectorized behind alias checks, a time-loop stencil (and its
# vectorized -O2 form, whose shifted rows the views carry), a triangular solve unrolled by
# two, C99 VLA parameters with dynamic strides, kernels returning scalars, and a program
# with memset, and one with a local scratch row, a prefix memcpy and a bare exp2f.
PROGRAMS = [
    ("gemm", "O2"),
    ("trisolv", "O2"),
    ("jacobi_2d", "O1"),
    ("jacobi_2d", "O2"),
    ("vla_matmul", "O1"),
    ("norms", "O2"),
    ("histo_rows", "O1"),
    ("prefix_scratch", "O2"),
]


@pytest.mark.parametrize(("name", "opt"), PROGRAMS)
def test_program_prints_the_same(name, opt, tmp_path):
    outcome = run_program(name, opt, tmp_path)
    assert outcome.same, outcome.detail


def test_static_kernels_are_raised_and_keep_their_linkage():
    kernels = {o.kernel: o for o in raise_program("vla_matmul", "O1")}
    assert kernels["kernel_vla_matmul"].ops == ["linalg.fill", "linalg.matmul"]
    assert kernels["kernel_vla_scale"].stage == "linalg"


@pytest.mark.parametrize("opt", ["O1", "O2"])
def test_local_array_prefix_copy_and_bare_libm_call_are_raised(opt):
    stages = {o.kernel: o.stage for o in raise_program("prefix_scratch", opt)}
    assert stages == {"kernel_prefix_smooth": "affine", "kernel_octave_gain": "affine"}


def _mlc_compile(*args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "mlc.tools.mlc_compile", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600)


def test_binary_output_needs_a_file():
    proc = _mlc_compile(str(ll_path("norms", "O1")), "--target", "cpu", "--emit", "exe", "-o", "-")
    assert proc.returncode == 1
    assert "writes a binary file; name it with -o FILE" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_whole_program_has_no_entry_to_choose():
    proc = _mlc_compile(str(ll_path("norms", "O1")), "--target", "cpu", "--emit", "obj", "--function", "main")
    assert proc.returncode == 1
    assert "a whole program has no entry to choose" in proc.stderr


def test_obj_needs_a_program():
    proc = _mlc_compile(
        str(ll_path("norms", "O1").parent.parent.parent / "matmul.mlir"), "--target", "cpu", "--emit", "obj"
    )
    assert proc.returncode == 1
    assert "the cpu target cannot emit 'obj'" in proc.stderr


def test_programs_dir_raises_another_suite(tmp_path, capsys):
    from mlc.benchmarks.ll_programs import main

    suite = tmp_path / "suite"
    for opt in ("O1", "O2"):
        (suite / opt).mkdir(parents=True)
        (suite / opt / "other.ll").write_text(ll_path("prefix_scratch", opt).read_text())
    out = tmp_path / "table.md"
    assert main(["--raise-only", "--programs-dir", str(suite), "-o", str(out)]) == 0
    text = out.read_text()
    assert "| other | kernel_prefix_smooth | affine | affine |" in text
    assert "from `suite` (`--programs-dir`" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--programs-dir", "{suite}"], "add --raise-only"),
        (["--raise-only", "--programs-dir", "{missing}"], "no O1/ directory of .ll files"),
    ],
)
def test_programs_dir_errors(tmp_path, capsys, args, message):
    from mlc.benchmarks.ll_programs import main

    (tmp_path / "O1").mkdir()
    argv = [a.format(suite=tmp_path, missing=tmp_path / "nowhere") for a in args]
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2
    assert message in capsys.readouterr().err


def _mlc_bench(*args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "mlc.tools.mlc_bench", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600)


def test_mlc_bench_checks_and_times_a_program():
    proc = _mlc_bench(str(ll_path("gemm", "O2")), "--repeat", "1")
    assert proc.returncode == 0, proc.stderr
    assert "gemm.ll: same output as the original; median of 1 interleaved runs" in proc.stdout
    for label in ("original -O2", "original -O3", "mlc"):
        assert re.search(rf"^  {label} +\d+\.\d+ ms$", proc.stdout, re.M), proc.stdout
    assert re.search(r"speedup of mlc over the original -O3: \d+\.\d+x", proc.stdout)


@pytest.mark.parametrize(
    ("make", "args", "message"),
    [
        (lambda d: d / "missing.ll", (), "missing.ll: error: no such file"),
        (
            lambda d: ll_path("norms", "O1").parent.parent.parent / "kernels" / "O1" / "matmul.ll",
            (),
            "matmul.ll: error: defines no main function",
        ),
        (
            lambda d: (
                (d / "bad.ll").write_text("define i32 @main() {\n  %x = add i32 1\n  ret i32 0\n}\n")
                and d / "bad.ll"
            ),
            (),
            "bad.ll:3:3: error: expected ',' in arithmetic operation",
        ),
        (lambda d: ll_path("gemm", "O2"), ("--target", "cuda"), "builds .ll programs for the cpu only"),
        (lambda d: ll_path("gemm", "O2"), ("--repeat", "0"), "--repeat must be at least 1"),
    ],
)
def test_mlc_bench_bad_input(tmp_path, make, args, message):
    proc = _mlc_bench(str(make(tmp_path)), *args)
    assert proc.returncode == 1
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
