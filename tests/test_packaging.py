"""A non-editable install must carry every subpackage and data file, and build without warnings."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from conftest import ROOT

SOURCES = {"compiler", "passes", "runtime", "dialects", "tools", "benchmarks", "examples"}
DATA = ["dialects/*.mlir", "examples/*.onnx", "examples/kernels/*.c", "examples/kernels/O*/*.ll"]
DATA += ["benchmarks/coalescing/kernels/*.mlir", "compiler/targets/cpu/support.c"]
DATA += ["examples/programs/*.c", "examples/programs/O*/*.ll"]


def test_wheel_contains_all_packages(tmp_path):
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
    proc = subprocess.run(
        [*pip_wheel, "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    # pip shows what setuptools warns about: deprecated settings, folders missing from `packages`
    assert "Warning" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    wheel = next(tmp_path.glob("mlc-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = [p for p in ROOT.glob("*/**/*.py") if p.relative_to(ROOT).parts[0] in SOURCES]
    for module in modules:
        if "__pycache__" not in module.parts:
            rel = module.relative_to(ROOT).as_posix()
            assert f"mlc/{rel}" in names, f"{rel} is missing from the wheel (see setup.py)"
    for pattern in DATA:
        files = list(ROOT.glob(pattern))
        assert files, pattern
        for f in files:
            assert f"mlc/{f.relative_to(ROOT).as_posix()}" in names, f"{f} is missing (package data)"
    assert "mlc/__init__.py" in names
    assert "mlc/setup.py" not in names, "the setup script is not a module of mlc"
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    for tool in ROOT.glob("tools/mlc_*.py"):
        assert tool.stem.replace("_", "-") in text, f"{tool.name} has no console script"
