"""mlc: an ML compiler for NVIDIA GPUs built on the upstream MLIR Python bindings.

Subpackages: ``mlc.compiler`` (driver, pipelines, frontends, targets),
``mlc.runtime`` (loading and running artifacts, without MLIR), ``mlc.passes``
(mlc's own passes), ``mlc.dialects`` (IRDL dialects), ``mlc.tools``
(command-line entry points) and ``mlc.benchmarks``.
"""

__version__ = "0.1.0"
