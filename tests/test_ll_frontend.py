"""The .ll frontend and the tools on .ll input: import, errors, stages, remarks, the --verbose report."""

from __future__ import annotations

import pytest

from mlc.compiler.errors import InputError
from mlc.compiler.frontends import FrontendOptions, import_file

from conftest import ROOT, run_tool

KERNELS = ROOT / "examples" / "kernels"


def test_invalid_ll_gives_a_located_error(tmp_path):
    bad = tmp_path / "bad.ll"
    bad.write_text(
        "define void @f(ptr %p) {\n  %x = load i32, ptr %p\n  %y = add i32 %x, %z\n  ret void\n}\n"
    )
    with pytest.raises(InputError) as info:
        import_file(str(bad))
    assert str(info.value).startswith(f"{bad}:3:20: error: use of undefined value '%z'")
    done = run_tool("mlc-translate", str(bad))
    assert done.returncode == 1
    assert f"{bad}:3:20: error:" in done.stderr
    assert "Traceback" not in done.stderr


def test_llvm_stage_is_the_plain_import():
    text = import_file(str(KERNELS / "O1" / "axpy.ll"), FrontendOptions(stage="llvm")).text
    assert "llvm.func" in text and "func.func" not in text


@pytest.mark.parametrize(
    ("stage", "present", "absent"),
    [
        ("scf", ["scf.for", "memref.load"], ["affine.for", "llvm.load", "cf.br"]),
        ("affine", ["affine.for", "affine.load"], ["scf.for", "llvm.load"]),
        ("linalg", ["linalg.matmul", "linalg.fill"], ["affine.for", "llvm.load"]),
    ],
)
def test_stages(stage, present, absent):
    text = import_file(str(KERNELS / "O1" / "matmul.ll"), FrontendOptions(stage=stage)).text
    for word in present:
        assert word in text, word
    for word in absent:
        assert word not in text, word


def test_unknown_stage_is_an_input_error():
    with pytest.raises(InputError, match="stages: linalg, affine, scf, llvm"):
        import_file(str(KERNELS / "O1" / "axpy.ll"), FrontendOptions(stage="gpu"))


def test_remarks_say_why_a_kernel_stays_in_llvm():
    result = import_file(str(KERNELS / "O1" / "gather_indirect.ll"))
    assert "llvm.func local_unnamed_addr @gather_indirect" in result.text
    remarks = [d for d in result.diagnostics if d.severity == "remark"]
    why = [d for d in remarks if "indirect access" in d.message]
    assert why and why[0].file.endswith("gather_indirect.ll") and why[0].line == 24


def test_verbose_report_shows_the_strided_access_in_elements():
    done = run_tool(
        "mlc-translate", str(KERNELS / "O1" / "strided_access.ll"), "--verbose", "-o", "/dev/null"
    )
    assert done.returncode == 0, done.stderr
    report = done.stderr
    assert "@strided_access: raised to linalg" in report
    assert "arg1: memref<?x70xf64>, strides [70, 1]" in report
    # The inner loop (i1, over the rows) steps 70 doubles = 560 bytes through arg1.
    assert "load arg1[i1, i0]  stride in elements per loop: i0: 1; i1: 70" in report
    assert "for i1 in [0, arg0): trip count arg0" in report


def test_mlc_translate_remarks_flag():
    path = str(KERNELS / "O1" / "call_in_loop.ll")
    quiet = run_tool("mlc-translate", path, "-o", "/dev/null")
    loud = run_tool("mlc-translate", path, "--remarks", "-o", "/dev/null")
    assert "remark" not in quiet.stderr
    assert "it calls @record, whose memory effects are unknown" in loud.stderr


def test_mlc_opt_accepts_ll_input():
    done = run_tool("mlc-opt", str(KERNELS / "O1" / "vec_add.ll"), "--linalg-generalize-named-ops")
    assert done.returncode == 0, done.stderr
    assert "linalg.generic" in done.stdout and "linalg.add" not in done.stdout


def test_no_raise_keeps_llvm():
    done = run_tool("mlc-translate", str(KERNELS / "O1" / "vec_add.ll"), "--no-raise")
    assert done.returncode == 0
    assert "llvm.func" in done.stdout and "linalg" not in done.stdout
