"""mlc-opt features beyond parity: mixed pipelines, dumps, diagnostics verification, help."""

from __future__ import annotations

from conftest import DATA

MM = DATA / "upstream" / "matmul_affine.mlir"
TWO_FUNCS = (
    "func.func @f(%a: i32) -> i32 {\n  %c0 = arith.constant 0 : i32\n"
    "  %b = arith.addi %a, %c0 : i32\n  return %b : i32\n}\n"
)


def test_mixed_pipeline_runs_mlc_pass_between_upstream_passes(mlc_opt, plugin_args, tmp_path):
    src = tmp_path / "f.mlir"
    src.write_text(TWO_FUNCS)
    proc = mlc_opt(
        str(src), *plugin_args, "--pass-pipeline=builtin.module(test-count-ops,canonicalize,test-count-ops)"
    )
    assert proc.returncode == 0, proc.stderr
    assert f"{src}:1:1: remark: ops=3" in proc.stderr
    assert f"{src}:1:1: remark: ops=1" in proc.stderr
    assert "arith.addi" not in proc.stdout


def test_mlc_pass_nested_under_func(mlc_opt, plugin_args):
    proc = mlc_opt(
        *plugin_args,
        "--pass-pipeline=builtin.module(func.func(canonicalize,test-count-ops{verbose}))",
        stdin=TWO_FUNCS,
    )
    assert proc.returncode == 0, proc.stderr
    assert "<stdin>:1:1: remark: ops=1 @f" in proc.stderr


def test_mlc_flags_with_options(mlc_opt, plugin_args):
    proc = mlc_opt(*plugin_args, "--test-count-ops=prefix=n scale=10 mode=top sizes=4,8", stdin=TWO_FUNCS)
    assert "remark: n=30 sizes=[4, 8]" in proc.stderr


def test_primary_option_shorthand(mlc_opt, plugin_args):
    proc = mlc_opt(*plugin_args, "--test-count-ops=count", stdin=TWO_FUNCS)
    assert "remark: count=3" in proc.stderr


def test_verify_diagnostics_accepts_expected(mlc_opt, plugin_args, tmp_path):
    src = tmp_path / "v.mlir"
    src.write_text(
        "// expected-remark@+1 {{ops=3}}\n"
        + TWO_FUNCS
        + "// -----\n"
        "func.func @bad() {\n  // expected-error@+1 {{'func.return' op has 1 operands}}\n"
        "  %0 = arith.constant 1 : i32\n  return %0 : i32\n}\n".replace(
            "  // expected-error@+1 {{'func.return' op has 1 operands}}\n  %0 = arith.constant 1 : i32\n",
            "  %0 = arith.constant 1 : i32\n  // expected-error@+1 {{'func.return' op has 1 operands}}\n",
        )
    )
    proc = mlc_opt(str(src), *plugin_args, "--split-input-file", "--verify-diagnostics", "--test-count-ops")
    assert proc.returncode == 0, proc.stderr


def test_verify_diagnostics_reports_missing_and_unexpected(mlc_opt, plugin_args, tmp_path):
    src = tmp_path / "v.mlir"
    src.write_text("// expected-remark@+1 {{ops=99}}\n" + TWO_FUNCS)
    proc = mlc_opt(str(src), *plugin_args, "--verify-diagnostics", "--test-count-ops")
    assert proc.returncode == 1
    assert f'{src}:1:4: error: expected remark "ops=99" was not produced' in proc.stderr
    assert f"{src}:2:1: error: unexpected remark: ops=3" in proc.stderr


def test_split_input_file_keeps_line_numbers(mlc_opt, tmp_path):
    src = tmp_path / "s.mlir"
    src.write_text(
        "func.func @a() {\n  return\n}\n// -----\nfunc.func @b() {\n  %0 = arith.constant 1 : i32\n"
        "  return %0 : i32\n}\n"
    )
    proc = mlc_opt(str(src), "--split-input-file")
    assert proc.returncode == 1
    assert f"{src}:7:3: error:" in proc.stderr
    assert proc.stdout.count("// -----") == 1 and "@a" in proc.stdout


def test_dump_dir_has_every_step(mlc_opt, plugin_args, tmp_path):
    out = tmp_path / "dumps"
    proc = mlc_opt(
        str(MM),
        *plugin_args,
        "--convert-linalg-to-affine-loops",
        "--test-count-ops",
        "--canonicalize",
        "--dump-dir",
        str(out),
    )
    assert proc.returncode == 0, proc.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "00_input.mlir",
        "01_convert-linalg-to-affine-loops.mlir",
        "02_test-count-ops.mlir",
        "03_canonicalize.mlir",
    ]
    assert "linalg.matmul" in (out / "00_input.mlir").read_text()
    assert "affine.for" in (out / "01_convert-linalg-to-affine-loops.mlir").read_text()


def test_print_ir_after_all(mlc_opt):
    proc = mlc_opt(str(MM), "--convert-linalg-to-affine-loops", "--canonicalize", "--mlir-print-ir-after-all")
    assert proc.returncode == 0
    assert "IR Dump After ConvertLinalgToAffineLoopsPass (convert-linalg-to-affine-loops)" in proc.stderr
    assert "IR Dump After Canonicalizer (canonicalize)" in proc.stderr


def test_output_file(mlc_opt, tmp_path):
    out = tmp_path / "o.mlir"
    proc = mlc_opt(str(MM), "--canonicalize", "-o", str(out))
    assert proc.returncode == 0 and proc.stdout == ""
    assert "linalg.matmul" in out.read_text()


def test_help_lists_mlc_and_upstream_passes(mlc_opt, plugin_args):
    proc = mlc_opt(*plugin_args, "--help")
    assert proc.returncode == 0
    assert "--pass-pipeline" in proc.stdout and "--split-input-file" in proc.stdout
    assert "--test-count-ops" in proc.stdout.split("mlc passes:")[1]
    upstream = proc.stdout.split("Upstream MLIR passes")[1]
    assert "--canonicalize" in upstream and "--gpu-lower-to-nvvm-pipeline" in upstream


def test_list_passes_shows_options(mlc_opt, plugin_args):
    proc = mlc_opt(*plugin_args, "--list-passes")
    assert "scale=<int> (default 1)" in proc.stdout
    assert "tile-size=<uint>" in proc.stdout
