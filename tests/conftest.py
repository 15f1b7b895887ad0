"""Shared fixtures: running the command-line tools and the bundled mlir-opt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "tests" / "plugins" / "mlc_test_passes.py"
DATA = ROOT / "tests" / "data"
# The coalescing benchmark's kernels, read as data; the accesses among them no mapping coalesces:
# the strided gather reads every other element, and the NCHW convolution's input rows start at
# offsets (kh, kw, c) that are not 32-byte aligned.
COALESCING_KERNELS = ROOT / "benchmarks" / "coalescing" / "kernels"
NOT_COALESCIBLE = {("strided_access", "load", "%arg0"), ("conv2d_nchw", "load", "%arg0")}
# The .ll kernels compiled from C (examples/kernels): their description, read as data.
LL_KERNELS = ROOT / "examples" / "kernels"
LL_OPT_LEVELS = ("O1", "O2")
# Tests never read or fill the user's compile cache: one fresh cache per session (the tools
# they run inherit it); tests of the cache itself use their own directories.
os.environ["MLC_CACHE_DIR"] = tempfile.mkdtemp(prefix="mlc-test-cache-")


def ll_kernels() -> dict[str, dict]:
    """``kernels.json``: per kernel its C arguments, category, expected stage per level, sweep."""
    return json.loads((LL_KERNELS / "kernels.json").read_text())


def ll_path(name: str, opt: str) -> Path:
    return LL_KERNELS / opt / f"{name}.ll"


def run_benchmark(module: str, *args: str) -> subprocess.CompletedProcess:
    """Run ``python -m mlc.benchmarks.<module>`` as its users do (tests never import benchmarks)."""
    proc = subprocess.run(
        [sys.executable, "-m", f"mlc.benchmarks.{module}", *args],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=3600,
    )
    assert proc.returncode == 0, proc.stderr
    return proc


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


def ll_cuda_rows(tmp_path, subset, *args: str) -> dict:
    """The ll_cuda benchmark's rows for ``subset``: each artifact run against the native kernel."""
    rows = {}
    for opt in sorted({o for _, o in subset}):
        names = [n for n, o in subset if o == opt]
        out = tmp_path / f"{opt}.json"
        run_benchmark(
            "ll_cuda", *names, "--opt", opt, "--out", str(tmp_path / "t.md"), "--json", str(out), *args
        )
        rows |= {(r["kernel"], r["opt"]): r for r in json.loads(out.read_text())}
    return rows
