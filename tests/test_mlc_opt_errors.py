"""Bad input to mlc-opt: a located message, exit code 1, and never a traceback."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

from conftest import DATA

GOOD = DATA / "upstream" / "matmul_affine.mlir"


def _clean_failure(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    return proc.stderr


def test_missing_file(mlc_opt):
    err = _clean_failure(mlc_opt("does/not/exist.mlir", "--canonicalize"))
    assert "mlc-opt: error: could not open input file 'does/not/exist.mlir': no such file" in err


def test_directory_as_input(mlc_opt, tmp_path):
    assert "is a directory" in _clean_failure(mlc_opt(str(tmp_path)))


def test_binary_input(mlc_opt, tmp_path):
    bad = tmp_path / "model.onnx"
    bad.write_bytes(b"\x08\x07\xff\xfe\x00garbage")
    assert "not UTF-8 text" in _clean_failure(mlc_opt(str(bad)))


def test_unparsable_ir_is_located(mlc_opt, tmp_path):
    bad = tmp_path / "bad.mlir"
    bad.write_text("func.func @f(%a: i32) -> i32 {\n  %b = arith.addi %a, %a : i64\n  return %b : i32\n}\n")
    err = _clean_failure(mlc_opt(str(bad)))
    assert f"{bad}:2:" in err
    assert "expects different type than prior uses" in err
    assert re.search(r"\n\s+\^", err), "a caret under the offending column"


def test_verifier_error_is_located(mlc_opt, tmp_path):
    bad = tmp_path / "v.mlir"
    bad.write_text("func.func @f() {\n  %0 = arith.constant 1 : i32\n  return %0 : i32\n}\n")
    err = _clean_failure(mlc_opt(str(bad)))
    assert f"{bad}:3:3: error: 'func.return' op has 1 operands" in err


def test_unknown_pass_suggests_names(mlc_opt):
    err = _clean_failure(mlc_opt(str(GOOD), "--canonicalise"))
    assert "unknown pass 'canonicalise'" in err
    assert "did you mean 'canonicalize'" in err


def test_unknown_pass_in_pipeline(mlc_opt):
    err = _clean_failure(mlc_opt(str(GOOD), "--pass-pipeline=builtin.module(func.func(cannonicalize))"))
    assert "unknown pass 'cannonicalize'" in err and "'canonicalize'" in err


def test_bad_upstream_option_value(mlc_opt):
    err = _clean_failure(mlc_opt(str(GOOD), "--affine-loop-tile=tile-size=abc"))
    assert "tile-size" in err and "abc" in err


def test_bad_upstream_option_name_in_pipeline(mlc_opt):
    err = _clean_failure(mlc_opt(str(GOOD), "--pass-pipeline=builtin.module(canonicalize{max-iteration=3})"))
    assert "max-iteration" in err


def test_bad_mlc_option_value(mlc_opt, plugin_args):
    err = _clean_failure(mlc_opt(str(GOOD), *plugin_args, "--test-count-ops=scale=many"))
    assert "pass 'test-count-ops': option scale expects an integer, got 'many'" in err


def test_bad_mlc_option_name_suggests(mlc_opt, plugin_args):
    err = _clean_failure(mlc_opt(str(GOOD), *plugin_args, "--test-count-ops=scal=2"))
    assert "has no option 'scal'" in err and "did you mean 'scale'" in err


def test_bad_mlc_enum_value(mlc_opt, plugin_args):
    err = _clean_failure(mlc_opt(str(GOOD), *plugin_args, "--test-count-ops=mode=some"))
    assert "must be one of all, top" in err


def test_malformed_pipeline_points_at_column(mlc_opt):
    err = _clean_failure(mlc_opt(str(GOOD), "--pass-pipeline=builtin.module(canonicalize"))
    assert "expected ')'" in err and "^" in err


def test_pipeline_and_flags_conflict(mlc_opt):
    err = _clean_failure(mlc_opt(str(GOOD), "--pass-pipeline=builtin.module(cse)", "--canonicalize"))
    assert "cannot be combined" in err


def test_unknown_driver_argument(mlc_opt):
    err = _clean_failure(mlc_opt(str(GOOD), str(GOOD)))
    assert "unexpected argument" in err


def test_bad_driver_option_value(mlc_opt):
    err = _clean_failure(mlc_opt(str(GOOD), "--mlir-elide-elementsattrs-if-larger=lots"))
    assert "invalid int value" in err


def test_unwritable_output(mlc_opt):
    err = _clean_failure(mlc_opt(str(GOOD), "-o", "/nonexistent-dir/out.mlir"))
    assert "could not write output file" in err


def test_failing_pass_prints_a_working_reproduction(mlc_opt, plugin_args, tmp_path):
    src = tmp_path / "in.mlir"
    src.write_text("func.func @good() {\n  return\n}\nfunc.func @worse() {\n  return\n}\n")
    pipeline = "builtin.module(canonicalize,test-fail-on{name=worse},cse)"
    err = _clean_failure(mlc_opt(str(src), *plugin_args, f"--pass-pipeline={pipeline}"))
    assert f"{src}:4:1: error: refusing to process @worse" in err
    cmd = err.split("reproduce with:\n", 1)[1].strip().splitlines()[0]
    argv = shlex.split(cmd)
    assert argv[:3] == ["mlc-opt", argv[1], "--pass-pipeline=builtin.module(test-fail-on{name=worse})"]
    assert argv[3:] == plugin_args
    saved = Path(argv[1])
    assert saved.is_file() and "@worse" in saved.read_text()
    again = mlc_opt(*argv[1:])
    assert "refusing to process @worse" in _clean_failure(again)


def test_upstream_crash_is_an_internal_compiler_error(mlc_opt, tmp_path):
    src = tmp_path / "i1.mlir"
    src.write_text(
        "func.func @f(%m: memref<4xi1>, %i: index) -> i1 {\n"
        "  %v = memref.load %m[%i] : memref<4xi1>\n  return %v : i1\n}\n"
    )
    err = _clean_failure(mlc_opt(str(src), "--canonicalize", "--finalize-memref-to-llvm"))
    assert "mlc-opt: internal compiler error: assertion failed" in err
    assert "while running pass 'finalize-memref-to-llvm' (step 2)" in err
    assert "PLEASE submit a bug report" not in err
    cmd = shlex.split(err.split("reproduce with:\n", 1)[1].strip().splitlines()[0])
    assert Path(cmd[1]).read_text() == src.read_text()
    assert (Path(cmd[1]).parent / "crash.log").read_text().count("Assertion") == 1


def test_python_bug_in_pass_is_internal_error_without_traceback(mlc_opt, plugin_args):
    proc = mlc_opt(str(GOOD), *plugin_args, "--test-python-bug")
    err = _clean_failure(proc)
    assert "internal compiler error: pass 'test-python-bug' raised ZeroDivisionError" in err


def test_debug_shows_the_traceback(mlc_opt, plugin_args):
    proc = mlc_opt(str(GOOD), *plugin_args, "--test-python-bug", "--debug")
    assert proc.returncode == 1
    assert "Traceback" in proc.stderr and "1 // 0" in proc.stderr


def test_missing_plugin(mlc_opt):
    err = _clean_failure(mlc_opt(str(GOOD), "--load-pass-plugin", "/no/such/plugin.py"))
    assert "pass plugin '/no/such/plugin.py' does not exist" in err
