"""``mlc-opt``: mlir-opt-compatible driver for mlc and upstream passes."""

import sys

from mlc.compiler.opt_driver import main

if __name__ == "__main__":
    sys.exit(main())
