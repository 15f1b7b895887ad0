"""``mlc-translate``: import ONNX, torch.export, LLVM IR or MLIR files as MLIR."""

import sys

from mlc.compiler.translate_driver import main

if __name__ == "__main__":
    sys.exit(main())
