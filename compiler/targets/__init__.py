"""Compilation targets, found by name: ``mlc.compiler.targets.<name>``.

Two entry points exist per target (they are to be unified):

* ``mlc-compile`` calls ````compile(ir_text, request) -> CompileOutput``
  on targets listed in ``EMITS``-bearing modules (``cuda``);
* the Python API ``mlc.compiler.compile(module, target=...)`` calls a target's
  ``compile(module_text, *, entry=None, **options)`` returning a numpy callable (``cpu``).

Targets are imported only when named, so a missing optional dependency of one
target does not affect the others.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from mlc.compiler.errors import InputError, UnsupportedError

TARGETS = ("cuda", "cpu")


@dataclass(frozen=True)
class CompileRequest:
    """What ``mlc-compile`` asks of a target; a target ignores options that do not apply to it."""

    emit: str = "artifact"  # artifact | ptx | llvm | mlir
    arch: str = "sm_90"
    sm_count: int | None = None
    mapping: str = "mlc"  # the mapping stage: a target's named mapping, or pipeline text
    from_stage: str = "input"
    to_stage: str | None = None  # --emit mlir: the stage to print (default: the last)
    dump_dir: str | None = None
    function: str | None = None
    fuse_elementwise: bool = True
    fold_constants: bool = True
    run_ptxas: bool = True
    reference: bool = False  # store CPU reference outputs for seeded inputs in the artifact
    source: str | None = None  # the input file, recorded in the manifest
    keep_stages: tuple[str, ...] = ()  # stages whose IR is returned in CompileOutput.stages


@dataclass
class CompileOutput:
    """An artifact (``emit == 'artifact'``) or named files of an exported form, plus notes for the user."""

    artifact: Any = None
    files: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    stages: dict[str, str] = field(default_factory=dict)


def target_module(name: str) -> ModuleType:
    """The module implementing target ``name``."""
    if name not in TARGETS:
        raise UnsupportedError(f"unknown target '{name}'", hint=f"targets: {', '.join(TARGETS)}")
    try:
        return importlib.import_module(f"mlc.compiler.targets.{name}")
    except ModuleNotFoundError as e:
        if e.name == f"mlc.compiler.targets.{name}":
            raise UnsupportedError(
                f"the '{name}' target is not available in this build of mlc",
                hint="mlc-compile --target cuda builds GPU artifacts",
            ) from None
        raise


def available() -> list[str]:
    """Names of the targets in this build."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def get(name: str) -> ModuleType:
    """The target module called ``name``."""
    if name not in available():
        raise InputError(f"unknown target '{name}'", hint=f"targets: {', '.join(available())}")
    return importlib.import_module(f"{__name__}.{name}")
