"""Shared fixtures: running the command-line tools and the bundled mlir-opt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "tests" / "plugins" / "mlc_test_passes.py"
DATA = ROOT / "tests" / "data"


def run_tool(
    tool: str, *args: str, stdin: str | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    """Run ``python -m mlc.tools.<tool>`` and capture its output."""
    module = "mlc.tools." + tool.replace("-", "_")
    full_env = {**os.environ, "MLC_REPRO_DIR": os.environ.get("MLC_REPRO_DIR", "")} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


@pytest.fixture
def mlc_opt(tmp_path):
    """Run mlc-opt with reproducers saved under the test's temporary directory."""

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        return run_tool("mlc-opt", *args, stdin=stdin, env={"MLC_REPRO_DIR": str(tmp_path / "repro")})

    return run


@pytest.fixture
def plugin_args() -> list[str]:
    return ["--load-pass-plugin", str(PLUGIN)]


def mlir_opt(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    from mlc.compiler.toolchain import tool

    return subprocess.run([str(tool("mlir-opt")), *args], input=stdin, capture_output=True, text=True)
