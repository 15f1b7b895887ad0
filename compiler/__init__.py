"""The mlc compiler library: contexts, pipelines, diagnostics and drivers.

Heavy modules (MLIR, torch-mlir) are imported lazily by the submodules that need
them, so ``import mlc.compiler`` stays cheap.
"""

from typing import Any

from mlc.compiler.errors import (
    Diagnostic,
    InputError,
    InternalCompilerError,
    MlcError,
    PassFailure,
    PipelineError,
)

__all__ = [
    "Diagnostic",
    "InputError",
    "InternalCompilerError",
    "MlcError",
    "PassFailure",
    "Pipeline",
    "PipelineError",
    "build",
    "compile",
    "import_torch",
    "optimize",
]


def __getattr__(name: str) -> Any:
    """Lazy access to the heavier API entry points."""
    if name == "Pipeline":
        from mlc.compiler.pipeline import Pipeline

        return Pipeline
    if name in ("compile", "build"):
        from mlc.compiler import compile_api

        return getattr(compile_api, name)
    if name == "import_torch":
        from mlc.compiler.frontends.torch_export import import_torch

        return import_torch
    if name == "optimize":
        from mlc.compiler.optimizer import optimize

        return optimize
    raise AttributeError(f"module 'mlc.compiler' has no attribute '{name}'")
