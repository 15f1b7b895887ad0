"""Running CPU artifacts: ``artifact.CpuArtifact`` holds the shared library, ``executable.NativeFunction``
calls it with ctypes."""
