"""``mlc-optimize``: ``mlc optimize`` (import, compile, check, time and report a model)."""

import sys

from mlc.compiler.optimize_driver import main

if __name__ == "__main__":
    sys.exit(main())
