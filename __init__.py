"""mlc: an ML compiler for NVIDIA GPUs built on the upstream MLIR Python bindings.

Subpackages: ``mlc.compiler`` (driver, pipelines, frontends, targets),
``mlc.runtime`` (loading and running artifacts, without MLIR), ``mlc.passes``
(mlc's own passes), ``mlc.dialects`` (IRDL dialects), ``mlc.tools``
(command-line entry points) and ``mlc.benchmarks``.
"""

__version__ = "0.1.0"


def __getattr__(name: str):
    """``mlc.compile`` and ``mlc.build``: the compile entry point (``mlc.compiler.compile_api``), and
    ``mlc.tune`` (``mlc.compiler.tuning.tune``), lazily."""
    if name in ("compile", "build"):
        from mlc.compiler import compile_api

        return getattr(compile_api, name)
    if name == "tune":
        from mlc.compiler.tuning.tune import tune

        return tune
    raise AttributeError(f"module 'mlc' has no attribute '{name}'")
