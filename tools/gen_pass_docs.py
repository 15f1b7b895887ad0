"""``python -m mlc.tools.gen_pass_docs [--check]``: write (or check) the generated pages in docs/passes."""

import argparse
import sys
from pathlib import Path

from mlc.passes._docs import generate, stale

DOCS = Path(__file__).resolve().parent.parent / "docs" / "passes"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m mlc.tools.gen_pass_docs", description=__doc__)
    p.add_argument("--check", action="store_true", help="fail if a committed page is out of date")
    ns = p.parse_args(argv)
    if ns.check:
        old = stale(DOCS)
        for path in old:
            print(f"{path}: out of date; run python -m mlc.tools.gen_pass_docs", file=sys.stderr)
        return 1 if old else 0
    for path, text in generate(DOCS).items():
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
