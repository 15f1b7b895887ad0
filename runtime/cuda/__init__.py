"""Running CUDA artifacts: ``program.Program`` on a ``device.Device`` (numba-cuda's, or a stand-in)."""
