"""``mlc-report``: an HTML report of a compiled artifact."""

import sys

from mlc.compiler.report_driver import main

if __name__ == "__main__":
    sys.exit(main())
