"""``mlc-compile``: compile a model into a CUDA artifact, or export its PTX, LLVM IR or MLIR."""

import sys

from mlc.compiler.compile_driver import main

if __name__ == "__main__":
    sys.exit(main())
