"""Frontends: turn an input file (ONNX, PyTorch export, LLVM IR, MLIR) into MLIR text.

Each frontend is a module with ``SUFFIXES``, ``STAGES`` (the stages it can stop
at, default first) and ``import_file(path, options) -> ImportResult``. It raises
``MlcError`` subclasses for bad input. Frontends are imported lazily, so a
missing optional dependency (torch) only matters when its format is used.

A frontend that sets ``USES_TORCH_MLIR`` must not run in a process that compiles
afterwards: torch-mlir aborts on some inputs, and once loaded its LLVM copy makes
the MLIR ExecutionEngine's code wrong in that process (constant folding, the CPU
reference and CUDA emulation all JIT-compile after an import). Frontends do not
isolate themselves: the boundary does (``compile_api.build`` imports such a model
in a fresh interpreter; the tools fork first; see ``mlc.compiler.isolation``).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from mlc.compiler.errors import Diagnostic, InputError, UnsupportedError

# suffix -> frontend module (under mlc.compiler.frontends)
_BY_SUFFIX = {
    ".mlir": "mlir_text",
    ".onnx": "onnx",
    ".pt2": "torch_export",
    ".ll": "llvm_ir",
}


@dataclass(frozen=True)
class FrontendOptions:
    """Options shared by all frontends; ``stage`` None means the frontend's default."""

    stage: str | None = None
    raise_loops: bool = True  # .ll: run the raising pipeline
    verbose: bool = False  # print a summary of what was found
    remarks: bool = False  # report remarks (e.g. why a loop was not raised)
    # .onnx: graph input name -> value to compile for (see mlc.compiler.specialization)
    specialize: Mapping[str, Any] | None = None


@dataclass
class ImportResult:
    """MLIR assembly in the upstream ``mlir`` context, plus what the frontend has to say."""

    text: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    summary: str | None = None


def supported_suffixes() -> list[str]:
    return sorted(_BY_SUFFIX)


def frontend_for(path: str) -> ModuleType:
    """The frontend module for ``path``'s suffix."""
    suffix = Path(path).suffix.lower()
    name = _BY_SUFFIX.get(suffix)
    if name is None:
        raise InputError(
            f"'{path}': unknown input format '{suffix or '(no suffix)'}'",
            hint=f"supported: {', '.join(supported_suffixes())}",
        )
    try:
        return importlib.import_module(f"mlc.compiler.frontends.{name}")
    except ModuleNotFoundError as e:
        if e.name and e.name.startswith("mlc."):
            raise UnsupportedError(
                f"'{path}': the {suffix} frontend is not available in this build"
            ) from None
        raise UnsupportedError(f"'{path}': the {suffix} frontend needs the '{e.name}' package") from None


def import_file(path: str, options: FrontendOptions | None = None) -> ImportResult:
    """Import ``path`` with the frontend its suffix selects."""
    options = options or FrontendOptions()
    frontend = frontend_for(path)
    if not Path(path).is_file():
        raise InputError(f"could not open input file '{path}': no such file")
    if options.stage is not None and options.stage not in frontend.STAGES:
        raise InputError(
            f"'{path}': unknown stage '{options.stage}' for {Path(path).suffix} input",
            hint=f"stages: {', '.join(frontend.STAGES)}",
        )
    return frontend.import_file(path, options)
