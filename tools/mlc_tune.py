"""``mlc-tune``: tune a model's GEMM schedules on this machine into the tuning database."""

import sys

from mlc.compiler.tune_driver import main

if __name__ == "__main__":
    sys.exit(main())
