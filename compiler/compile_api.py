"""``mlc.compiler.compile``: turn a module into something callable on numpy arrays."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mlc.compiler import targets
from mlc.compiler.errors import InputError
from mlc.compiler.isolation import call_in_subprocess


def import_text(path: str) -> str:
    """Import a model or IR file with its frontend; returns the MLIR text."""
    from mlc.compiler.frontends import import_file

    return import_file(path).text


def module_text(module: Any) -> str:
    """MLIR text from a string, a path to a model or ``.mlir`` file, an ``ImportResult`` or an ``ir.Module``.

    Files are imported in a child process: torch-mlir can crash on bad models,
    and its LLVM must not share a process with the CPU backend's JIT.
    """
    from mlc.compiler.frontends import ImportResult, supported_suffixes

    if isinstance(module, ImportResult):
        return module.text
    if isinstance(module, Path) or (
        isinstance(module, str) and "\n" not in module and Path(module).suffix.lower() in supported_suffixes()
    ):
        return call_in_subprocess(import_text, str(module), stage=f"the import of {module}")
    if isinstance(module, str):
        return module
    if type(module).__module__.startswith("mlir.") and hasattr(module, "operation"):
        return module.operation.get_asm(large_elements_limit=None)
    raise InputError(f"cannot compile a {type(module).__name__}: expected MLIR text, a path or an ir.Module")


def compile(module: Any, target: str = "cpu", *, entry: str | None = None, **options: Any) -> Any:
    """Compile ``module`` (linalg-on-tensors or lower) for ``target``.

    Returns a callable taking and returning numpy arrays; which options a
    target takes is documented in ``mlc.compiler.targets.<target>``.
    """
    return targets.get(target).compile(module_text(module), entry=entry, **options)
