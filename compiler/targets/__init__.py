"""Compilation targets, found by name: the package ``mlc.compiler.targets.<name>``.

The hardware limits of every target are in ``limits``, which options and
heuristics default from.

Every target module implements one protocol, used by ``mlc-compile``,
``mlc-run`` and ``mlc.compiler.compile(module, target=...)``:

* ``DESCRIPTION``: one line for humans;
* ``EMITS``: what ``compile`` can produce: ``"artifact"`` and exported forms
  (``"ptx"``, ``"llvm"``, ``"mlir"``);
* ``STAGES``: the named stages ``--from-stage``/``--to-stage`` accept;
* ``compile(ir_text, request: CompileRequest, on_stage=None) -> CompileOutput``:
  compile MLIR text in this process (callers isolate it: ``mlc-compile`` forks,
  the Python API uses a subprocess); options that do not apply to a target are
  ignored, impossible combinations raise ``InputError``;
* ``load(artifact) -> executable``: an artifact of this target (from ``compile``
  or ``mlc.runtime.artifact.read``) as a callable on arrays, with
  ``signature.inputs``/``signature.outputs`` (``mlc.runtime.signature.ValueSpec``),
  ``input_names`` and ``output_names``. Running an artifact on its device needs
  no MLIR (only numpy, ctypes, and numba-cuda for a GPU); the cuda target's
  ``load(artifact, emulate=True)`` replays it on the CPU, which does.

Targets are imported only when named, so a missing optional dependency of one
target does not affect the others.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from mlc.compiler.errors import InputError
from mlc.compiler.targets.limits import DEFAULT_CUDA_ARCH

# The target every tool and the Python API compile for unless told otherwise: the one every
# machine can run.
DEFAULT_TARGET = "cpu"


@dataclass(frozen=True)
class CompileRequest:
    """What ``mlc-compile`` asks of a target; a target ignores options that do not apply to it."""

    emit: str = "artifact"  # artifact | ptx | llvm | mlir | c-lib (cpu) | cubin (cuda) | obj, exe (.ll)
    arch: str = DEFAULT_CUDA_ARCH  # cuda: the GPU architecture
    mcpu: str = "native"  # cpu: the CPU to compile for (native, or a portable x86-64 level)
    opt_level: int = 3  # cpu: LLVM optimization level
    threads: int = 0  # cpu: threads of the parallel loops (0: all cores at run time; 1: no thread pool)
    vectorize: bool = True  # cpu: tile and vectorize contractions, convolutions and reductions
    vector_math: bool = True  # cpu: f32 exp/log/tanh/erf/sigmoid as polynomials (false: libm calls)
    emulation: bool = False  # cuda: keep the map stage's IR in the artifact, for mlc-run --emulate
    sm_count: int | None = None
    mapping: str = "mlc"  # the mapping stage: a target's named mapping, or pipeline text
    from_stage: str = "input"
    to_stage: str | None = None  # --emit mlir: the stage to print (default: the last)
    dump_dir: str | None = None
    function: str | None = None
    fuse_elementwise: bool = True
    row_fusion: bool = True  # cuda: fuse row-wise kernels into row kernels (``row_fusion``)
    attention_fusion: bool = True  # cuda: attention (QK^T, softmax, PV) as one kernel (``attention_fusion``)
    split_k: bool = True  # cuda: split the K loop of GEMMs that cannot fill the GPU (``split_k``)
    split_k: bool = True  # cuda: split the K loop of GEMMs that cannot fill the GPU (``split_k``)
    tensor_cores: bool = True  # cuda: GEMM-class ops with 16-bit inputs on tensor cores (sm_80+)
    allow_tf32: bool = False  # cuda: f32 GEMMs may round their inputs to TF32 on tensor cores
    fold_constants: bool = True
    run_ptxas: bool = True
    reference: bool = False  # store reference outputs for seeded inputs in the artifact
    source: str | None = None  # the input file, recorded in the manifest
    keep_stages: tuple[str, ...] = ()  # stages whose IR is returned in CompileOutput.stages
    tuning_db: str | None = None  # cpu: tuning database (None: the default one if it exists; "": none)
    schedules: str = ""  # cpu: tuned schedules, JSON {workload key: config}; build() fills it from tuning_db


@dataclass
class CompileOutput:
    """An artifact (``emit == 'artifact'``) or named files of an exported form, plus notes for the user."""

    artifact: Any = None
    files: dict[str, str | bytes] = field(default_factory=dict)  # bytes: binaries (libraries, cubins)
    notes: list[str] = field(default_factory=list)
    stages: dict[str, str] = field(default_factory=dict)
    timings: list[tuple[str, float]] = field(default_factory=list)  # (stage, seconds) per stage run
    cached: bool = False  # served from the compile cache (``mlc.compiler.cache``)


# The LLVM the bundled MLIR bindings and tools are built from (pyproject.toml pins them).
LLVM_VERSION = "22.1.8"


def compiler_record(request: CompileRequest, options: dict[str, Any]) -> dict[str, Any]:
    """What an artifact's manifest records about the compiler that made it."""
    from mlc import __version__

    return {"mlc": __version__, "llvm": LLVM_VERSION, "source": request.source, "options": options}


def available() -> list[str]:
    """Names of the targets in this build (the packages here; ``limits`` is a module they share)."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg and not m.name.startswith("_"))


def get(name: str) -> ModuleType:
    """The target module called ``name``."""
    if name not in available():
        raise InputError(f"unknown target '{name}'", hint=f"targets: {', '.join(available())}")
    return importlib.import_module(f"{__name__}.{name}")
