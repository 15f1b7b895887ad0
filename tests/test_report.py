"""``mlc-report``: one self-contained HTML page, rendered in headless Chromium without console errors."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from conftest import DATA, run_tool

MODEL = DATA / "c_api" / "matmul_and_sum.mlir"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _browser() -> str | None:
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def _chrome(browser: str, *args: str) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0"]
    return subprocess.run([browser, *flags, *args], capture_output=True, text=True, timeout=120)


def _console(stderr: str) -> list[str]:
    """The page's console messages and uncaught errors, as Chromium logs them."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("report")
    artifact = tmp / "model.mlc"
    proc = run_tool("mlc-compile", str(MODEL), "--target", "cuda", "--emulation", "-o", str(artifact))
    assert proc.returncode == 0, proc.stderr
    (tmp / "timings.json").write_text('{"main_k1_matmul_kernel": 3.5}')
    page = tmp / "report.html"
    proc = run_tool("mlc-report", str(artifact), "-o", str(page), "--timings", str(tmp / "timings.json"))
    assert proc.returncode == 0, proc.stderr
    return page


def test_page_is_self_contained_with_every_section(report):
    text = report.read_text()
    for section in ("Kernels", "Access heat maps", "Roofline", "Tiling", "Fusion graph"):
        assert f">{section}</h2>" in text
    assert not re.search(r'(src|href)="(https?:|//)', text)  # nothing fetched from elsewhere
    kernels = ("main_k0_fill_kernel", "main_k1_matmul_kernel", "main_k2_fill_kernel")
    access = text[text.index('id="access"') : text.index('id="roofline"')]
    tiling = text[text.index('id="tiling"') : text.index('id="fusion"')]
    for kernel in kernels:  # element-wise and matmul kernels: a heat map and a tiling picture each
        assert f"<h3>{kernel}</h3>" in access and f"<h3>{kernel}</h3>" in tiling
    assert access.count("<h3>") == 4  # the reduction too (a row kernel: no block tile, said so)
    assert "Without a block tile" in tiling and "reduce" in tiling
    images = re.findall(r'src="data:image/png;base64,', text)
    assert len(images) == 1 + 4 + 3 + 1  # roofline, heat maps, tiling pictures, fusion graph
    # Per-kernel facts: the matmul kernel's launch, its measured time, every kernel named.
    assert "main_k1_matmul_kernel" in text and "linalg.matmul" in text and "3.5" in text
    assert "roofline model" in text and "not measured" in text


def test_renders_in_headless_chromium(report, tmp_path):
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium or Chrome on PATH (Debian: apt-get install -y chromium)")
    url = report.resolve().as_uri()
    dom = _chrome(browser, "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert _console(dom.stderr) == []
    assert '<a href="#roofline">Roofline</a>' in dom.stdout  # the page's script ran
    shot = tmp_path / "report.png"
    proc = _chrome(browser, "--window-size=1200,3000", f"--screenshot={shot}", url)
    assert proc.returncode == 0 and shot.exists(), proc.stderr[-2000:]
    assert _console(proc.stderr) == []
    import matplotlib.image

    pixels = matplotlib.image.imread(shot)
    assert pixels.shape[0] >= 3000 and pixels.shape[1] >= 1200
    colours = np.unique((pixels[..., :3] * 255).astype(np.uint8).reshape(-1, 3), axis=0)
    assert len(colours) > 50  # tables, text and figures, not a blank page


def test_console_errors_are_caught(tmp_path):
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium or Chrome on PATH (Debian: apt-get install -y chromium)")
    page = tmp_path / "bad.html"
    page.write_text("<!DOCTYPE html><html><head><script>undefinedFunction();</script></head></html>")
    assert any(
        "undefinedFunction" in line for line in _console(_chrome(browser, "--dump-dom", page.as_uri()).stderr)
    )


def test_bad_input_is_a_clear_error(tmp_path):
    bad = tmp_path / "x.mlc"
    bad.write_text("not an artifact")
    proc = run_tool("mlc-report", str(bad), "-o", str(tmp_path / "r.html"))
    assert proc.returncode == 1 and "not an mlc artifact" in proc.stderr and "Traceback" not in proc.stderr


def test_ll_input_shows_loop_nests_before_and_after(tmp_path):
    artifact = tmp_path / "axpy.mlc"
    source = Path(__file__).resolve().parent.parent / "examples" / "kernels" / "O1" / "axpy.ll"
    proc = run_tool("mlc-compile", str(source), "--target", "cuda", "--emulation", "-o", str(artifact))
    assert proc.returncode == 0, proc.stderr
    page = tmp_path / "axpy.html"
    assert run_tool("mlc-report", str(artifact), "-o", str(page)).returncode == 0
    text = page.read_text()
    loops = text[text.index(">Loop nests</h2>") :]
    assert "for i0 in [0, arg0)" in loops and "stride in elements per loop: i0: 1" in loops
    assert "threadIdx.x=1" in loops  # after mapping: consecutive threads, consecutive elements
