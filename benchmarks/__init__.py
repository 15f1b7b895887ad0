"""Benchmark harness and suites; results are written to ``benchmarks/results/``.

Speed is always reported as a ratio against a peer (PyTorch, cuBLAS,
onnxruntime) measured side by side in the same run.
"""
