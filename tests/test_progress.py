"""Progress lines: drawn on a terminal only, silent in pipes and logs, off with --quiet."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys

from mlc.compiler.progress import Progress

from conftest import DATA, ROOT


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _draw(stream: io.StringIO, quiet: bool = False) -> str:
    with Progress("compiling", total=3, quiet=quiet, stream=stream) as bar:
        for stage in ("lower", "map", "ptx"):
            bar.update(stage)
            bar.advance()
    return stream.getvalue()


def test_terminal_shows_stage_and_count():
    out = _draw(_Terminal())
    assert "compiling: ptx" in out and "3/3" in out


def test_silent_when_not_a_terminal_or_quiet():
    assert _draw(io.StringIO()) == ""
    assert _draw(_Terminal(), quiet=True) == ""


def _compile_on_a_terminal(*extra: str) -> str:
    """Run mlc-compile with stderr on a pseudo-terminal; what it drew there."""
    master, slave = pty.openpty()
    cmd = [sys.executable, "-m", "mlc.tools.mlc_compile", str(DATA / "c_api" / "matmul_and_sum.mlir")]
    proc = subprocess.Popen([*cmd, "--target", "cuda", "-o", os.devnull, *extra], stderr=slave, cwd=ROOT)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    assert proc.wait(timeout=300) == 0
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_mlc_compile_shows_its_stages_on_a_terminal():
    drawn = _compile_on_a_terminal()
    assert "compiling matmul_and_sum.mlir for cuda" in drawn and "ptx" in drawn
    assert "compiling" not in _compile_on_a_terminal("--quiet")
