"""The GitHub workflow validates against the workflow schema (as ``make lint`` checks it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"
CHECK = Path(sys.executable).with_name("check-jsonschema")
pytestmark = pytest.mark.skipif(not CHECK.exists(), reason="check-jsonschema is in the test extra")


def _validate(path: Path) -> subprocess.CompletedProcess:
    cmd = [str(CHECK), "--builtin-schema", "vendor.github-workflows", str(path)]
    return subprocess.run(cmd, capture_output=True, text=True)


def test_workflow_runs_make_test_on_both_pythons():
    proc = _validate(WORKFLOW)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = WORKFLOW.read_text()
    assert "make test" in text and '"3.11", "3.12"' in text and "cache: pip" in text


def test_a_broken_workflow_fails(tmp_path):
    broken = tmp_path / "ci.yml"
    broken.write_text(WORKFLOW.read_text().replace("runs-on:", "runs_on:"))
    assert _validate(broken).returncode != 0
