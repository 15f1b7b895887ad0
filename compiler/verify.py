"""``--verify-diagnostics``: match ``// expected-error {{...}}`` comments against diagnostics.

Follows mlir-opt's syntax:
``expected-(error|warning|remark|note)[-re][@+N|@-N|@above|@below] [COUNT] {{text}}``.
The text must occur in the message (for ``-re``, ``{{regex}}`` parts are regular
expressions and the rest is literal). Every diagnostic must be expected and
every expectation must be produced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mlc.compiler.errors import Diagnostic
from mlc.compiler.source import Chunk

_EXPECT_RE = re.compile(
    r"expected-(error|warning|remark|note)(-re)?"
    r"(?:@(above|below|[+-]\d+))?\s*(\d+)?\s*\{\{(.*)\}\}"
)
# With --verify-diagnostics mlir-opt turns off the "see current operation" notes; the bindings cannot.
_IGNORED_NOTE = "see current operation"


@dataclass
class Expectation:
    severity: str
    line: int
    comment_line: int
    col: int
    text: str
    regex: re.Pattern[str] | None
    remaining: int

    def matches(self, diag: Diagnostic) -> bool:
        if diag.severity != self.severity or diag.line != self.line:
            return False
        if self.regex is not None:
            return bool(self.regex.search(diag.message))
        return self.text in diag.message


def _regex(text: str) -> re.Pattern[str]:
    parts = re.split(r"\{\{(.*?)\}\}", text)
    return re.compile("".join(p if i % 2 else re.escape(p) for i, p in enumerate(parts)))


def parse_expectations(chunk: Chunk) -> list[Expectation]:
    """All ``expected-*`` comments in a chunk, with whole-file line numbers."""
    out: list[Expectation] = []
    offsets = {None: 0, "above": -1, "below": 1}
    for i, line in enumerate(chunk.text.splitlines()):
        lineno = chunk.first_line + i
        code, sep, comment = line.partition("//")
        if not sep:
            continue
        for m in _EXPECT_RE.finditer(comment):
            sev, is_re, where, count, text = m.groups()
            target = lineno + (offsets[where] if where in offsets else int(where))
            out.append(
                Expectation(
                    sev,
                    target,
                    lineno,
                    len(code) + 3 + m.start(),
                    text,
                    _regex(text) if is_re else None,
                    int(count) if count else 1,
                )
            )
    return out


def _flatten(diags: list[Diagnostic]) -> list[Diagnostic]:
    out = []
    for d in diags:
        out.append(d)
        out.extend(n for n in _flatten(list(d.notes)) if not n.message.startswith(_IGNORED_NOTE))
    return out


def verify(expectations: list[Expectation], diags: list[Diagnostic], file: str) -> list[Diagnostic]:
    """The verification failures (empty when everything matched), as error diagnostics."""
    problems: list[Diagnostic] = []
    for d in _flatten(diags):
        exp = next((e for e in expectations if e.remaining > 0 and e.matches(d)), None)
        if exp is None:
            problems.append(
                Diagnostic("error", f"unexpected {d.severity}: {d.message}", d.file, d.line, d.col)
            )
        else:
            exp.remaining -= 1
    for e in expectations:
        if e.remaining > 0:
            problems.append(
                Diagnostic(
                    "error", f'expected {e.severity} "{e.text}" was not produced', file, e.comment_line, e.col
                )
            )
    return problems
