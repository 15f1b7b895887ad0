"""The catalog of upstream MLIR passes, read from the bundled ``mlir-opt --help``.

The Python bindings cannot enumerate registered passes, but the ``mlir-opt``
built from the same LLVM revision lists every pass, pipeline and option.
"""

from __future__ import annotations

import functools
import re
import subprocess
from dataclasses import dataclass

from mlc.compiler.errors import PipelineError
from mlc.compiler.toolchain import tool

_PASS_RE = re.compile(r"^ {6}--([A-Za-z0-9][\w.-]*)\s+-\s+(.*)$")
_OPT_RE = re.compile(r"^ {8}--([A-Za-z0-9][\w.-]*)(?:=<(\w+)>)?\s+-\s+(.*)$")


@dataclass(frozen=True)
class UpstreamPass:
    """One pass or named pipeline of upstream MLIR."""

    name: str
    summary: str
    options: tuple[tuple[str, str, str], ...]  # (name, type, doc)
    is_pipeline: bool


@functools.cache
def catalog() -> dict[str, UpstreamPass]:
    """Every upstream pass and pass pipeline known to the bundled mlir-opt."""
    text = subprocess.run(
        [str(tool("mlir-opt")), "--help"], capture_output=True, text=True, check=True
    ).stdout
    passes: dict[str, UpstreamPass] = {}
    section = None
    current: tuple[str, str, list[tuple[str, str, str]]] | None = None

    def flush() -> None:
        if current is not None:
            name, summary, opts = current
            passes[name] = UpstreamPass(name, summary, tuple(opts), section == "pipelines")

    for line in text.splitlines():
        stripped = line.strip()
        if stripped in ("Passes:", "Pass Pipelines:"):
            flush()
            current = None
            section = "passes" if stripped == "Passes:" else "pipelines"
            continue
        if section is None:
            continue
        if m := _PASS_RE.match(line):
            flush()
            current = (m.group(1), m.group(2).strip(), [])
        elif (m := _OPT_RE.match(line)) and current is not None:
            current[2].append((m.group(1), m.group(2) or "flag", m.group(3).strip()))
        elif line and not line.startswith(" " * 4):
            flush()
            current, section = None, None
    flush()
    return passes


def resolve_flags(flags: list[str]) -> str:
    """The pipeline mlir-opt builds from pass flags, with its implicit nesting.

    ``["--affine-loop-tile=tile-size=4", "--canonicalize"]`` becomes
    ``builtin.module(func.func(affine-loop-tile{...}),canonicalize{...})``.
    mlir-opt itself parses the flags, so options and nesting match it exactly.
    """
    proc = subprocess.run(
        [str(tool("mlir-opt")), *flags, "--dump-pass-pipeline", "-o", "/dev/null", "-"],
        input="",
        capture_output=True,
        text=True,
    )
    out = proc.stderr
    if proc.returncode != 0 or "builtin.module(" not in out:
        msgs = [
            ln.replace("<unknown>:0: error:", "").removeprefix("mlir-opt: ").strip()
            for ln in out.splitlines()
        ]
        detail = "; ".join(m for m in msgs if m)
        raise PipelineError(f"invalid pass options in '{' '.join(flags)}': {detail}")
    body = out[out.index("builtin.module(") :]
    return "".join(part.strip() for part in body.splitlines())
