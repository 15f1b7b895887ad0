"""Assembling PTX with ``ptxas`` (no GPU needed) and reading its resource report."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from mlc.compiler.errors import InternalCompilerError
from mlc.compiler.isolation import new_repro_dir

_PATTERNS = {
    "registers": re.compile(r"Used (\d+) registers"),
    "stack_bytes": re.compile(r"(\d+) bytes stack frame"),
    "spill_stores": re.compile(r"(\d+) bytes spill stores"),
    "spill_loads": re.compile(r"(\d+) bytes spill loads"),
    "shared_bytes": re.compile(r"(\d+) bytes smem"),
    "const_bytes": re.compile(r"(\d+) bytes cmem\[0\]"),
}


_TARGET = re.compile(r"^\.target\s+(sm_\w+)", re.MULTILINE)


def ptxas_path() -> str | None:
    return shutil.which("ptxas")


def parse_report(text: str) -> dict[str, int]:
    """Registers, spills, stack, shared and constant memory from ``ptxas -v`` output (0 if absent)."""
    return {key: int(m.group(1)) if (m := rx.search(text)) else 0 for key, rx in _PATTERNS.items()}


def assemble(ptx: str, arch: str, kernel: str) -> dict[str, int]:
    """Assemble ``ptx`` for ``arch`` (or the architecture-specific target it names, e.g.
    ``sm_90a`` for wgmma) and return its resource usage; raises if ptxas rejects it."""
    return _assemble(ptx, arch, kernel)[0]


def cubin(ptx: str, arch: str, kernel: str) -> bytes:
    """The cubin ``ptxas`` makes of ``ptx`` for ``arch`` (loadable with ``cuModuleLoadData``)."""
    return _assemble(ptx, arch, kernel)[1]


def _assemble(ptx: str, arch: str, kernel: str) -> tuple[dict[str, int], bytes]:
    target = _TARGET.search(ptx)
    if target is not None and target.group(1) == f"{arch}a":
        arch = target.group(1)
    exe = ptxas_path()
    if exe is None:
        raise FileNotFoundError("ptxas")
    with tempfile.TemporaryDirectory(prefix="mlc-ptxas-") as tmp:
        src = Path(tmp, f"{kernel}.ptx")
        src.write_text(ptx)
        proc = subprocess.run(
            [exe, f"-arch={arch}", "-v", str(src), "-o", str(Path(tmp, "out.cubin"))],
            capture_output=True,
            text=True,
        )
        binary = Path(tmp, "out.cubin").read_bytes() if proc.returncode == 0 else b""
    if proc.returncode != 0:
        repro = new_repro_dir()
        (repro / f"{kernel}.ptx").write_text(ptx)
        (repro / "ptxas.log").write_text(proc.stdout + proc.stderr)
        first = next((ln for ln in proc.stderr.splitlines() if ln.strip()), "ptxas failed")
        raise InternalCompilerError(
            f"ptxas rejected the PTX of kernel '{kernel}' for {arch}: {first}",
            reproducer=f"note: the PTX and the ptxas log were saved in {repro}\n"
            f"note: reproduce with:\n  ptxas -arch={arch} -v {repro / (kernel + '.ptx')}",
        )
    return parse_report(proc.stdout + proc.stderr), binary
