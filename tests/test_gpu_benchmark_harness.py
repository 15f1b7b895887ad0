"""The GPU benchmark harness runs where mlc is not installed: it imports mlc from the checkout.

``benchmarks/gpu/run.py`` is run as the program it is (never imported here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN_PY = ROOT / "benchmarks" / "gpu" / "run.py"


def test_run_py_imports_mlc_from_the_checkout_without_mlir():
    """In a process where mlc is not installed and mlir cannot be imported, run.py lists the cases
    (imported from the checkout); the runtime it launches with imports there too."""
    code = (
        "import runpy, sys\n"
        "sys.meta_path = [f for f in sys.meta_path if 'Editable' not in repr(f)]\n"
        "for blocked in ('mlir', 'torch_mlir'): sys.modules[blocked] = None\n"
        "try:\n"
        "    import mlc\n"
        "    raise SystemExit('mlc should not be importable here')\n"
        "except ImportError:\n"
        "    pass\n"
        f"sys.argv = [{str(RUN_PY)!r}, '--list-cases']\n"
        "try:\n"
        "    runpy.run_path(sys.argv[0], run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    assert e.code == 0, e.code\n"
        "import mlc.runtime, mlc.runtime.check\n"
        "print(mlc.__file__)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, cwd="/"
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[-1] == str(ROOT / "__init__.py")
    assert "matmul_f16" in lines and "transformer_block" in lines


def test_run_py_without_artifacts_says_what_to_do(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(RUN_PY), "--out", str(tmp_path / "r")],
        capture_output=True,
        text=True,
        env={**os.environ, "MLC_GPU_ARTIFACTS": str(tmp_path / "none")},
    )
    assert proc.returncode == 2
    assert "run python benchmarks/gpu/build.py first" in proc.stderr or "no CUDA GPU" in proc.stderr


def test_results_table_times_both_mappings_side_by_side(tmp_path):
    timing = {"ok": True, "launches": 2}
    report = {
        "environment": {"gpu": "H100", "arch": "sm_90"},
        "tests": {"cnn": {"ok": True}},
        "cases": {
            "matmul_f32": {
                "ok": True,
                "dtype": "float32",
                "shapes": [[1024, 1024], [1024, 1024]],
                "torch_eager_ms": 0.25,
                "torch_compile_ms": None,
                "mappings": {
                    "mlc": {**timing, "ms": 0.5, "ratio_vs_eager": 2.0, "ratio_vs_compile": None},
                    "upstream": {**timing, "ms": 1.0, "ratio_vs_eager": 4.0, "ratio_vs_compile": None},
                },
            }
        },
    }
    (tmp_path / "report.json").write_text(json.dumps(report))
    cmd = [sys.executable, str(RUN_PY), "--markdown-from", str(tmp_path / "report.json")]
    proc = subprocess.run([*cmd, "--out", str(tmp_path / "r")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "r.md").read_text()
    assert "| mlc ms | upstream ms | eager ms |" in text
    row = "| matmul_f32 | float32 | 1024x1024 1024x1024 | 0.500 | 1.000 | 0.250 | n/a | 2.00 | 4.00 | 0.50 |"
    assert row in text


def test_results_list_attention_against_sdpa(tmp_path):
    mlc = {"ok": True, "launches": 2, "ms": 0.3, "ratio_vs_eager": 0.5, "ratio_vs_compile": None}
    case = {
        "ok": True,
        "dtype": "float32",
        "shapes": [[4, 8, 256, 64]] * 3,
        "torch_eager_ms": 0.6,
        "torch_compile_ms": None,
        "torch_sdpa_ms": 0.1,
        "mappings": {"mlc": {**mlc, "ratio_vs_sdpa": 3.0}},
    }
    report = {"environment": {}, "tests": {}, "cases": {"attention_f32": case}}
    (tmp_path / "report.json").write_text(json.dumps(report))
    cmd = [sys.executable, str(RUN_PY), "--markdown-from", str(tmp_path / "report.json")]
    proc = subprocess.run([*cmd, "--out", str(tmp_path / "r")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "r.md").read_text()
    assert "- attention_f32: mlc 0.300 ms, F.scaled_dot_product_attention 0.100 ms, ratio 3.00" in text
