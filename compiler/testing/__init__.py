"""Differential testing of mlc against peers, and mutation fuzzing of its frontends.

* ``onnx_graphs``: random valid ONNX graphs (chains and DAGs of the ops mlc supports), run by
  mlc's CPU backend (and the CUDA emulator) and by onnxruntime.
* ``kernels``: random GEMM, convolution and reduction shapes through every compile strategy,
  against numpy.
* ``loop_nests``: random affine loop nests in C, compiled by clang, raised by mlc and compared
  bit for bit with the clang-built original.
* ``reduce``: delta debugging of a mismatching case down to a minimal reproduction.
* ``difftest``: the driver (``python -m mlc.benchmarks.difftest``) and the outcome classes.
* ``fuzz``: a mutation fuzzer for ``.mlir``, ``.ll`` and ``.onnx`` inputs of the tools.
"""
