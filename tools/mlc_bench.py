"""``mlc-bench``: ``mlc bench`` (compile, check and time a model against its reference runtime)."""

import sys

from mlc.compiler.bench_driver import main

if __name__ == "__main__":
    sys.exit(main())
