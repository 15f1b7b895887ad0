"""``mlc``: the umbrella command (``mlc optimize``, ``mlc compile``, ``mlc run``, ...)."""

import sys

from mlc.compiler.umbrella import main

if __name__ == "__main__":
    sys.exit(main())
