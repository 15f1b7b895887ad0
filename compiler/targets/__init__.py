"""Compilation targets: each turns linalg-on-tensors MLIR into an artifact or an exported form.

A target is a module ``mlc.compiler.targets.<name>`` with ``EMITS`` (the forms
it can write, ``artifact`` first) and ``compile(ir_text, request) ->
CompileOutput``; it runs in the caller's process (the caller isolates it).
Targets are imported only when named. ``cuda`` is built in; a target that is
not available raises a clear ``UnsupportedError``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from mlc.compiler.errors import UnsupportedError

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
