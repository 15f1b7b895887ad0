"""Reading MLIR input: files or stdin, ``// -----`` splitting, and located parsing."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mlc.compiler.errors import InputError

if TYPE_CHECKING:
    from mlir import ir

SPLIT_MARKER = "// -----"
_SPLIT_RE = re.compile(r"^// -----\s*$", re.M)
# MLIR names the buffer of ``Module.parse`` "-"; diagnostics are renamed to the real file.
PARSE_BUFFER_NAME = "-"


@dataclass(frozen=True)
class Source:
    """Input text with the name used in diagnostics (``<stdin>`` for standard input)."""

    name: str
    text: str

    def line(self, number: int) -> str | None:
        """The text of 1-based line ``number``, if it exists."""
        lines = self.text.splitlines()
        return lines[number - 1] if 0 < number <= len(lines) else None


@dataclass(frozen=True)
class Chunk:
    """One ``// -----`` section; ``first_line`` is its 1-based line in the whole input."""

    text: str
    first_line: int

    def padded(self) -> str:
        """The chunk preceded by blank lines, so parsed locations keep whole-file line numbers."""
        return "\n" * (self.first_line - 1) + self.text


def read_source(path: str) -> Source:
    """Read ``path`` (``-`` for stdin) as UTF-8, raising ``InputError`` on failure."""
    if path == "-":
        return Source("<stdin>", sys.stdin.read())
    p = Path(path)
    if not p.exists():
        raise InputError(f"could not open input file '{path}': no such file")
    if p.is_dir():
        raise InputError(f"could not open input file '{path}': is a directory")
    try:
        return Source(path, p.read_text(encoding="utf-8"))
    except UnicodeDecodeError as e:
        raise InputError(
            f"input file '{path}' is not UTF-8 text (byte {e.start})",
            hint="mlc-opt reads textual MLIR; use mlc-translate for models and .ll files",
        ) from None
    except OSError as e:
        raise InputError(f"could not read input file '{path}': {e.strerror}") from None


def split_chunks(text: str, split: bool) -> list[Chunk]:
    """Split on ``// -----`` lines (as ``mlir-opt --split-input-file`` does)."""
    if not split:
        return [Chunk(text, 1)]
    chunks, start, line = [], 0, 1
    for m in _SPLIT_RE.finditer(text):
        chunks.append(Chunk(text[start : m.start()], line))
        line += text.count("\n", start, m.end()) + 1
        start = m.end() + 1
    chunks.append(Chunk(text[start:], line))
    return chunks


def parse_module(context: ir.Context, chunk: Chunk, name: str = PARSE_BUFFER_NAME) -> ir.Module:
    """Parse a chunk; raises ``ir.MLIRError`` with located diagnostics on bad IR.

    Locations name ``name`` as their file, as mlir-opt's do.
    """
    from mlir import ir

    module = ir.Module.parse(chunk.padded(), context)
    if name != PARSE_BUFFER_NAME:
        rename_locations(module.operation, PARSE_BUFFER_NAME, name)
    return module


def _renamed(loc: ir.Location, old: str, new: str) -> ir.Location:
    from mlir import ir

    if loc.is_a_file():
        if loc.filename != old:
            return loc
        if (loc.start_line, loc.start_col) == (loc.end_line, loc.end_col):
            return ir.Location.file(new, loc.start_line, loc.start_col)
        return ir.Location.file(new, loc.start_line, loc.start_col, loc.end_line, loc.end_col)
    if loc.is_a_name():
        return ir.Location.name(loc.name_str, _renamed(loc.child_loc, old, new))
    if loc.is_a_callsite():
        return ir.Location.callsite(_renamed(loc.callee, old, new), [_renamed(loc.caller, old, new)])
    if loc.is_a_fused():
        return ir.Location.fused([_renamed(sub, old, new) for sub in loc.locations])
    return loc


def rename_locations(root: ir.Operation, old: str, new: str) -> None:
    """Rewrite file locations named ``old`` to ``new`` on every op and block argument."""
    from mlir import ir

    def visit(op: ir.Operation) -> ir.WalkResult:
        op.location = _renamed(op.location, old, new)
        for region in op.regions:
            for block in region.blocks:
                for arg in block.arguments:
                    arg.set_location(_renamed(arg.location, old, new))
        return ir.WalkResult.ADVANCE

    root.walk(visit)
