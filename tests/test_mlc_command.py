"""The umbrella ``mlc`` command: subcommands over the mlc-* tools, and the turnkey ``mlc optimize``."""

from __future__ import annotations

import re

from conftest import ROOT, run_tool


def test_lists_its_commands_and_rejects_unknown_ones():
    proc = run_tool("mlc", "--help")
    assert proc.returncode == 0
    for name in ("optimize", "compile", "run", "bench", "report", "opt", "translate"):
        assert re.search(rf"^  {name} ", proc.stdout, re.M)
    proc = run_tool("mlc", "compil")
    assert proc.returncode == 1 and "did you mean compile?" in proc.stderr


def test_subcommands_are_the_tools_with_their_option_names():
    for name in ("compile", "run", "report", "optimize", "bench"):
        proc = run_tool("mlc", name, "--help")
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.startswith(f"usage: mlc {name} ")
        alias = run_tool(f"mlc-{name}", "--help")
        assert alias.returncode == 0 and alias.stdout.startswith(f"usage: mlc-{name} ")
        assert alias.stdout.replace(f"mlc-{name}", f"mlc {name}").split() == proc.stdout.split()
    for name in ("compile", "optimize"):
        text = run_tool("mlc", name, "--help").stdout
        assert "--target" in text and "-o " in text and "--debug" in text and "--quiet" in text


def test_optimize_resnet_tiny(tmp_path):
    out = tmp_path / "out"
    proc = run_tool(
        "mlc", "optimize", str(ROOT / "examples" / "resnet_tiny.onnx"), "-o", str(out), "--repeat", "3"
    )
    assert proc.returncode == 0, proc.stderr
    summary = proc.stdout
    assert re.search(
        r"cpu: .*resnet_tiny\.cpu\.mlc; check passed \(max relative error \S+ vs onnxruntime\)", summary
    )
    assert re.search(r"ms vs onnxruntime \S+ ms \(\S+x onnxruntime's speed\)", summary)
    kernels = int(re.search(r"cuda: .*resnet_tiny\.cuda\.mlc, (\d+) kernels", summary).group(1))
    assert kernels > 10
    assert "where the time goes" in summary and "conv_2d" in summary
    for name in ("resnet_tiny.cpu.mlc", "resnet_tiny.cuda.mlc", "resnet_tiny.report.html"):
        assert (out / name).stat().st_size > 0
    page = (out / "resnet_tiny.report.html").read_text()
    assert page.count("data:image/png;base64,") > kernels  # heat maps and tiling pictures per kernel


def test_optimize_refuses_what_it_cannot_do(tmp_path):
    proc = run_tool("mlc", "optimize", str(ROOT / "examples" / "matmul.mlir"), "-o", str(tmp_path))
    assert proc.returncode == 1 and "takes an .onnx or .pt2 model" in proc.stderr
    proc = run_tool("mlc", "optimize", str(ROOT / "examples" / "resnet_tiny.onnx"), "--tune-budget", "60")
    assert proc.returncode == 1 and "no tuner" in proc.stderr and "Traceback" not in proc.stderr
