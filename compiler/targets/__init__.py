"""Compilation targets, found by name: ``mlc.compiler.targets.<name>``.

A target module defines ``compile(module_text, *, entry=None, **options)``
returning a callable that takes and returns numpy arrays, and ``DESCRIPTION``.
Targets are imported only when named, so a missing optional dependency of one
target does not affect the others.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from mlc.compiler.errors import InputError


def available() -> list[str]:
    """Names of the targets in this build."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def get(name: str) -> ModuleType:
    """The target module called ``name``."""
    if name not in available():
        raise InputError(f"unknown target '{name}'", hint=f"targets: {', '.join(available())}")
    return importlib.import_module(f"{__name__}.{name}")
