"""ONNX backend node-test conformance of mlc's CPU path.

``python -m mlc.benchmarks.onnx_conformance`` runs every case of
``onnx.backend.test.case.node.collect_testcases(None)`` (or those matching
``-k``) through the ONNX frontend and the CPU backend, compares with the
suite's reference outputs, and writes per-case results and a summary by
failure class to ``benchmarks/results/``.
"""
