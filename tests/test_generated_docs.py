"""Reference pages (passes, commands, targets) are generated from the code; the committed ones are current."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys

from mlc.passes import Pass, option
from mlc.passes._docs import BEGIN, END, documented_passes, generate, page, stale

from conftest import ROOT

DOCS = ROOT / "docs" / "passes"


def test_committed_pages_are_up_to_date():
    proc = subprocess.run(
        [sys.executable, "-m", "mlc.tools.gen_docs", "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert stale(DOCS) == []


def test_every_pass_has_a_page_with_its_options():
    pages = generate(DOCS)
    names = [cls.NAME for cls in documented_passes()]
    for cls in documented_passes():
        text = pages[DOCS / f"{cls.NAME}.md"]
        assert cls.doc().splitlines()[0] in text
        for o in cls.options():
            assert f"| `{o.name}` |" in text
    index = pages[DOCS / "README.md"]
    assert all(f"[`{name}`]({name}.md)" in index for name in names)


@dataclasses.dataclass(frozen=True)
class _Example(Pass):
    """Do nothing, for the generator's test.

    A second paragraph."""

    NAME = "example-pass"
    width: int = option(4, "how wide")

    def run(self, op) -> None:
        return None


def test_generated_block_follows_the_code_and_keeps_the_prose():
    hand = "# example-pass\n\nProse written by hand.\n"
    first = page(_Example, hand)
    assert first.startswith(hand) and "| `width` | int | `4` | how wide |" in first
    changed = dataclasses.make_dataclass(
        "_Changed", [("width", int, option(8, "how much wider"))], bases=(_Example,), frozen=True
    )
    changed.__doc__ = _Example.__doc__
    second = page(changed, first)
    assert second.count(BEGIN) == 1 and second.count(END) == 1 and "Prose written by hand." in second
    assert "`8` | how much wider" in second and "`4`" not in second


def test_command_and_target_pages_follow_the_code():
    from mlc.compiler import targets
    from mlc.compiler.reference_docs import targets_page, tool_pages
    from mlc.compiler.umbrella import SUBCOMMANDS

    docs = ROOT / "docs"
    tools = tool_pages(docs)
    for name in SUBCOMMANDS:
        text = tools[docs / "tools" / f"{name}.md"]
        assert re.search(rf"usage: mlc[ -]{name} ", text) and "--help" in text  # mlc-opt spells its usage
    assert "--emit {artifact,ptx,llvm,mlir,c-lib,cubin,obj,exe}" in tools[
        docs / "tools" / "compile.md"
    ].replace("\n", "")
    page = targets_page(docs)[docs / "targets.md"]
    for name in targets.available():
        assert f"| `{name}` | {targets.get(name).DESCRIPTION} |" in page
