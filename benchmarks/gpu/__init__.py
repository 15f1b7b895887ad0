"""GPU benchmark of mlc's CUDA artifacts against PyTorch eager, built here and run on a GPU machine.

``python benchmarks/gpu/build.py`` (needs the MLIR stack, torch and torch-mlir)
compiles every case into ``benchmarks/gpu/artifacts/``; ``python
benchmarks/gpu/run.py`` (needs only numpy, numba-cuda and torch with CUDA) checks
and times them on the GPU and writes ``benchmarks/results/cuda_vs_torch.{json,md}``.
"""
