"""The GPU benchmark harness runs where mlc is not installed: it imports mlc from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_run_py_imports_mlc_from_the_checkout_without_mlir():
    code = (
        "import sys\n"
        "sys.meta_path = [f for f in sys.meta_path if 'Editable' not in repr(f)]\n"
        "for blocked in ('mlir', 'torch_mlir'): sys.modules[blocked] = None\n"
        "try:\n"
        "    import mlc\n"
        "    raise SystemExit('mlc should not be importable here')\n"
        "except ImportError:\n"
        "    pass\n"
        f"sys.path.insert(0, {str(ROOT / 'benchmarks' / 'gpu')!r})\n"
        "import run\n"
        "run.import_mlc_from_checkout()\n"
        "import mlc.compiler.runtime, mlc.compiler.runtime.check, mlc.benchmarks.gpu.models as models\n"
        "print(mlc.__file__)\n"
        "print(sorted(models.CASES))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, cwd="/"
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == str(ROOT / "__init__.py")
    assert "matmul_f16" in lines[1] and "transformer_block" in lines[1]


def test_run_py_without_artifacts_says_what_to_do(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "gpu" / "run.py"), "--out", str(tmp_path / "r")],
        capture_output=True,
        text=True,
        env={**os.environ, "MLC_GPU_ARTIFACTS": str(tmp_path / "none")},
    )
    assert proc.returncode == 2
    assert "run python benchmarks/gpu/build.py first" in proc.stderr or "no CUDA GPU" in proc.stderr
