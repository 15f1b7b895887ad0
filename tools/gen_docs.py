"""``python -m mlc.tools.gen_docs [--check]``: write (or check) the generated reference pages.

Those are docs/passes (each pass's Reference block, and the index), docs/tools (each command's --help)
and docs/targets.md.
"""

import argparse
import sys
from pathlib import Path

from mlc.compiler.reference_docs import targets_page, tool_pages
from mlc.passes._docs import generate

DOCS = Path(__file__).resolve().parent.parent / "docs"


def pages() -> dict[Path, str]:
    return {**generate(DOCS / "passes"), **tool_pages(DOCS), **targets_page(DOCS)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m mlc.tools.gen_docs", description=__doc__)
    p.add_argument("--check", action="store_true", help="fail if a committed page is out of date")
    ns = p.parse_args(argv)
    wanted = pages()
    old = [path for path, text in wanted.items() if not path.exists() or path.read_text() != text]
    if ns.check:
        for path in old:
            print(f"{path}: out of date; run python -m mlc.tools.gen_docs", file=sys.stderr)
        return 1 if old else 0
    for path in old:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(wanted[path])
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
