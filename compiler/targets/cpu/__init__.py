"""The CPU target: linalg-on-tensors -> tiled, vectorized loops -> LLVM -> native code.

``compile(text, request)`` (the target protocol, ``mlc.compiler.targets``)
runs the stage list (``stages``: ``input`` -> ``boundary`` -> ``prepare`` ->
``tile`` -> ``bufferize`` -> ``vectors`` -> ``loops`` -> ``llvm``), adds a packed entry point, and builds a
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
from mlc.compiler.targets import CompileOutput, CompileRequest, compiler_record
from mlc.compiler.targets.cpu.jit import CpuFunction
from mlc.compiler.targets.cpu.stages import STAGES as STAGE_LIST
from mlc.compiler.targets.cpu.stages import CpuOptions, module_text, read_signature, tuned_note
from mlc.runtime.cpu.artifact import CpuArtifact
from mlc.runtime.cpu.executable import NativeFunction
from mlc.runtime.signature import Signature

DESCRIPTION = "the host CPU: native code in a shared library, loaded with ctypes"
EMITS = ("artifact", "c-lib", "llvm", "mlir")
STAGES = STAGE_LIST.names  # what --from-stage/--to-stage accept

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
    text: str, *, entry: str | None = None, vectorize: bool = True, mcpu: str = "native", threads: int = 1
) -> CpuProgram:
    """Lower tensor- or buffer-level IR to a ``CpuProgram`` (in this process).

    ``threads`` other than 1 emits calls to the thread pool of the native library's
    support code, which the JIT (``CpuFunction``) lacks: keep 1 for a program to JIT.
    """
    from mlc.compiler.targets.cpu.lowering import lower_to_llvm

    return CpuProgram(*lower_to_llvm(text, entry, vectorize, mcpu=mcpu, threads=threads))


def compile(
    ir_text: str, request: CompileRequest, on_stage: Callable[[str], None] | None = None
) -> CompileOutput:
    """Compile IR at stage ``request.from_stage`` as ``request`` says (in this process; callers isolate)."""
    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.compiler.diagnostics import DiagnosticSink, capture
    from mlc.compiler.source import PARSE_BUFFER_NAME, Chunk, parse_module
    from mlc.compiler.targets.cpu import native

    if request.emit not in EMITS:
        raise InputError(f"the cpu target cannot emit '{request.emit}'", hint=f"it emits {', '.join(EMITS)}")
    if request.to_stage is not None and request.emit != "mlir":
        raise InputError("--to-stage only applies to --emit mlir")
    stop = request.to_stage or STAGE_LIST.last
    if request.reference and STAGE_LIST.index(request.from_stage) > 0:
        raise InputError("--reference needs the model at the 'input' stage (it runs the lowered module)")
    if request.threads < 0:
        raise InputError(f"--threads must be 0 (all cores) or positive, not {request.threads}")
    options = CpuOptions(
        request.function,
        request.vectorize,
        request.mcpu,
        request.opt_level,
        request.threads,
        request.schedules,
        vector_math=request.vector_math,
    )
    sink = DiagnosticSink(rename={"-": request.source or "<input>"})
    timings: list[tuple[str, float]] = []
    with make_context() as ctx, capture(ctx, sink), ir.Location.unknown():
        try:
            module = parse_module(ctx, Chunk(ir_text, 1), request.source or PARSE_BUFFER_NAME)
        except ir.MLIRError as e:
            raise InputError("could not parse the input IR", diagnostics=sink.add_mlir_error(e)) from None
        if STAGE_LIST.index(request.from_stage) > 0:
            read_signature(module)  # a later stage's IR must carry what 'boundary' recorded
        STAGE_LIST.run(
            module,
            options,
            start=request.from_stage,
            stop=stop,
            dump_dir=request.dump_dir,
            on_stage=on_stage,
            timings=timings,
        )
        notes = [d.format() for d in sink.diagnostics if d.severity in ("warning", "error")]
        notes += tuned_note(module)
        if request.emit == "mlir":
            return CompileOutput(files={f"{stop}.mlir": module_text(module)}, notes=notes, timings=timings)
        signature = read_signature(module)
        if request.emit == "llvm":
            _, target = native.target_for(request.mcpu)
            ll, _ = native.packed_llvm_ir(module, signature.entry, target["triple"])
            return CompileOutput(files={f"{signature.entry}.ll": ll}, notes=notes, timings=timings)
        if request.emit == "c-lib":
            from mlc.compiler.targets.cpu import c_export

            if on_stage:
                on_stage("c-lib")
            cpu, target = native.target_for(request.mcpu)
            ll, symbol = native.packed_llvm_ir(module, signature.entry, target["triple"])
            api = c_export.source(signature, symbol)
            libs = native.c_library(ll, api, cpu=cpu, opt_level=request.opt_level, triple=target["triple"])
            return CompileOutput(files={**libs, "model.h": c_export.HEADER}, notes=notes, timings=timings)
        if on_stage:
            on_stage("native")
        record = {
            "function": request.function,
            "vectorize": request.vectorize,
            "opt_level": request.opt_level,
            "threads": request.threads,
        }
        artifact = STAGE_LIST.make_artifact(module, options, compiler_record(request, record), timings)
        if request.reference:
            from mlc.compiler.targets.cpu.reference import add_reference

            if on_stage:
                on_stage("reference")
            program = CpuProgram(module_text(module), signature)
            if request.threads != 1:  # the JIT that may compute the reference has no thread pool
                program = lower(
                    ir_text, entry=request.function, vectorize=request.vectorize, mcpu=request.mcpu
                )
            add_reference(artifact, program)
        return CompileOutput(artifact=artifact, notes=notes, timings=timings)


def load(compiled: CpuArtifact | CpuProgram, *, opt_level: int = 3) -> NativeFunction | CpuFunction:
    """A callable on numpy arrays: a ``CpuArtifact``'s library, or a ``CpuProgram`` JIT-compiled."""
    if isinstance(compiled, CpuProgram):
        return CpuFunction(compiled.llvm_text, compiled.signature, opt_level=opt_level)
    return compiled.load()
