"""A non-editable install must carry every subpackage and data file."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_contains_all_packages(tmp_path):
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
    subprocess.run(
        [*pip_wheel, "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("mlc-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected_dirs = {
        p.parent.relative_to(ROOT).as_posix()
        for p in ROOT.glob("*/**/__init__.py")
        if p.parts[len(ROOT.parts)] in {"compiler", "passes", "runtime", "dialects", "tools", "benchmarks"}
    }
    for d in expected_dirs:
        assert f"mlc/{d}/__init__.py" in names, f"subpackage {d} is missing from the wheel (see pyproject)"
    for mlir in ROOT.glob("dialects/*.mlir"):
        assert f"mlc/dialects/{mlir.name}" in names
    assert "mlc/__init__.py" in names
    assert "mlc/compiler/targets/cpu/support.c" in names, "the CPU target links support.c into artifacts"
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    for tool in ROOT.glob("tools/mlc_*.py"):
        assert tool.stem.replace("_", "-") in text, f"{tool.name} has no console script"
