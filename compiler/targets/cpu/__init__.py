"""The CPU target: linalg-on-tensors -> tiled, vectorized loops -> LLVM -> native code.

``compile(text, request)`` (the target protocol, ``mlc.compiler.targets``)
lowers the module (``lowering``), adds a packed entry point, and builds a
self-contained shared library with the bundled ``opt``/``llc`` and the system C
compiler (``native``); the result is a ``CpuArtifact`` that ``load`` opens with
``ctypes`` as a ``NativeFunction`` taking and returning numpy arrays.

The JIT path stays available for the reference checks and the conformance
runner: ``lower`` returns a picklable ``CpuProgram`` (llvm-dialect text and the
signature), and ``load`` of a ``CpuProgram`` JIT-compiles it with the MLIR
ExecutionEngine (a ``CpuFunction``; not in a process that imported torch-mlir).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mlc.compiler.errors import InputError
from mlc.compiler.targets import CompileOutput, CompileRequest
from mlc.compiler.targets.cpu.jit import CpuFunction
from mlc.runtime.cpu.artifact import CpuArtifact, CpuManifest
from mlc.runtime.cpu.executable import NativeFunction
from mlc.runtime.signature import Signature

DESCRIPTION = "the host CPU: native code in a shared library, loaded with ctypes"
EMITS = ("artifact", "llvm", "mlir")
STAGES = ("input", "llvm")  # what --from-stage accepts: tensor-level input, or its llvm-dialect lowering

__all__ = [
    "DESCRIPTION",
    "EMITS",
    "STAGES",
    "CpuArtifact",
    "CpuFunction",
    "CpuProgram",
    "NativeFunction",
    "compile",
    "load",
    "lower",
]


@dataclass(frozen=True)
class CpuProgram:
    """What the crash-prone half of compilation produces: llvm-dialect text and the signature."""

    llvm_text: str
    signature: Signature


def lower(
    text: str, *, entry: str | None = None, vectorize: bool = True, vector_bits: int = 512, threads: int = 1
) -> CpuProgram:
    """Lower tensor- or buffer-level IR to a ``CpuProgram`` (in this process).

    ``threads`` other than 1 emits calls to the thread pool of the native library's
    support code, which the JIT (``CpuFunction``) lacks: keep 1 for a program to JIT.
    """
    from mlc.compiler.targets.cpu.lowering import lower_to_llvm

    return CpuProgram(*lower_to_llvm(text, entry, vectorize, vector_bits, threads))


def compile(
    ir_text: str, request: CompileRequest, on_stage: Callable[[str], None] | None = None
) -> CompileOutput:
    """Compile tensor-level IR as ``request`` says (in this process; callers isolate)."""
    from mlc import __version__
    from mlc.compiler.targets.cpu import native

    if request.emit not in EMITS:
        raise InputError(f"the cpu target cannot emit '{request.emit}'", hint=f"it emits {', '.join(EMITS)}")
    if request.from_stage != "input" or request.to_stage is not None or request.dump_dir is not None:
        raise InputError(
            "the cpu target has no resumable stages: --from-stage, --to-stage and --dump-dir apply to cuda"
        )
    if request.threads < 0:
        raise InputError(f"--threads must be 0 (all cores) or positive, not {request.threads}")
    cpu, target = native.target_for(request.mcpu)
    if on_stage:
        on_stage("lower")
    program = lower(
        ir_text,
        entry=request.function,
        vectorize=request.vectorize,
        vector_bits=native.vector_bits(target),
        threads=request.threads,
    )
    if request.emit == "mlir":
        return CompileOutput(files={"llvm.mlir": program.llvm_text})
    ll, symbol = native.packed_llvm_ir(program.llvm_text, program.signature.entry, target["triple"])
    if request.emit == "llvm":
        return CompileOutput(files={f"{program.signature.entry}.ll": ll})
    if on_stage:
        on_stage("native")
    library = native.shared_library(ll, cpu=cpu, opt_level=request.opt_level, triple=target["triple"])
    compiler = {
        "mlc": __version__,
        "llvm": "22.1.8",
        "source": request.source,
        "options": {
            "function": request.function,
            "vectorize": request.vectorize,
            "opt_level": request.opt_level,
            "threads": request.threads,
        },
    }
    artifact = CpuArtifact(CpuManifest(target, program.signature, symbol, compiler), library)
    if request.reference:
        from mlc.compiler.targets.cpu.reference import add_reference

        if on_stage:
            on_stage("reference")
        sequential = program
        if request.threads != 1:  # the JIT that may compute the reference has no thread pool
            sequential = lower(
                ir_text,
                entry=request.function,
                vectorize=request.vectorize,
                vector_bits=native.vector_bits(target),
            )
        add_reference(artifact, sequential)
    return CompileOutput(artifact=artifact)


def load(compiled: CpuArtifact | CpuProgram, *, opt_level: int = 3) -> NativeFunction | CpuFunction:
    """A callable on numpy arrays: a ``CpuArtifact``'s library, or a ``CpuProgram`` JIT-compiled."""
    if isinstance(compiled, CpuProgram):
        return CpuFunction(compiled.llvm_text, compiled.signature, opt_level=opt_level)
    return compiled.load()
