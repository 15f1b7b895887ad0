"""Large constants held out of MLIR text while it is parsed and printed again.

A frontend that must edit a printed module (``onnx._with_interface`` attaches the
entry's interface) would otherwise parse and print every weight as hex: VGG-19's
1.1 GB of text took 11 s. ``elide`` swaps each large ``dense<"0x...">`` literal for a
``dense_resource`` key that parses without bytes; ``restore`` puts the literals back
into the text printed after the edit. Keys print as they were parsed (one fresh
context), and an edit that drops a constant drops its key.
"""

from __future__ import annotations

import re

# Hex literals of at least this many characters are held out (smaller ones stay: shapes, scalars).
MIN_HEX_CHARS = 1024
_OPEN = 'dense<"0x'
_KEY = "mlc_elided_"
_KEY_RE = re.compile(rf"dense_resource<{_KEY}(\d+)>")


def elide(text: str) -> tuple[str, list[str]]:
    """``text`` with its large hex literals replaced by keys, and the literals in key order."""
    parts: list[str] = []
    held: list[str] = []
    pos = 0
    while (start := text.find(_OPEN, pos)) >= 0:
        end = text.find('"', start + len(_OPEN))
        if end < 0:
            break
        if end - start - len(_OPEN) >= MIN_HEX_CHARS and text.startswith(">", end + 1):
            parts += [text[pos:start], f"dense_resource<{_KEY}{len(held)}>"]
            held.append(text[start : end + 2])
            pos = end + 2
        else:
            parts.append(text[pos : end + 1])
            pos = end + 1
    parts.append(text[pos:])
    return "".join(parts), held


def restore(text: str, held: list[str]) -> str:
    """``text`` (printed from the parse of ``elide``'s text) with the literals back in place."""
    pieces = _KEY_RE.split(text)
    for i in range(1, len(pieces), 2):
        pieces[i] = held[int(pieces[i])]
    return "".join(pieces)
