"""``mlc-run``: compile a model for a target and run it on numpy inputs."""

import sys

from mlc.compiler.run_driver import main

if __name__ == "__main__":
    sys.exit(main())
