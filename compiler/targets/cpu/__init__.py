"""The CPU target: linalg-on-tensors -> tiled, vectorized loops -> LLVM -> ExecutionEngine.

``compile(text)`` lowers in a child process (the MLIR build asserts on some IR)
and JIT-compiles the resulting llvm dialect here; the result is a
``CpuFunction`` taking and returning numpy arrays. This is mlc's reference
executor: GPU results are checked against it.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlc.compiler.isolation import call_in_subprocess
from mlc.compiler.targets.cpu.executable import CpuFunction
from mlc.compiler.targets.cpu.lowering import lower_to_llvm
from mlc.compiler.targets.cpu.signature import Signature

DESCRIPTION = "the host CPU through LLVM and the MLIR ExecutionEngine"

__all__ = ["DESCRIPTION", "CpuFunction", "CpuProgram", "compile", "load", "lower"]


@dataclass(frozen=True)
class CpuProgram:
    """What the crash-prone half of compilation produces: llvm-dialect text and the signature."""

    llvm_text: str
    signature: Signature


def lower(text: str, *, entry: str | None = None, vectorize: bool = True) -> CpuProgram:
    """Lower tensor- or buffer-level IR to a ``CpuProgram`` (in this process)."""
    return CpuProgram(*lower_to_llvm(text, entry, vectorize))


def load(program: CpuProgram, *, opt_level: int = 3) -> CpuFunction:
    """JIT-compile a ``CpuProgram`` into a callable."""
    return CpuFunction(program.llvm_text, program.signature, opt_level=opt_level)


def compile(
    text: str,
    *,
    entry: str | None = None,
    vectorize: bool = True,
    isolate: bool = True,
    opt_level: int = 3,
    timeout: float | None = None,
) -> CpuFunction:
    """Compile tensor- or buffer-level IR for the host CPU.

    ``entry`` names the function to run (default: the only public one);
    ``vectorize`` tiles and vectorizes contractions, convolutions and reductions;
    ``isolate`` lowers in a child process, so that a crash in MLIR raises an
    ``InternalCompilerError`` with the input saved instead of killing the caller.
    """
    if isolate:
        program = call_in_subprocess(
            lower,
            text,
            entry=entry,
            vectorize=vectorize,
            stage="the CPU backend",
            repro_files={"input.mlir": text},
            timeout=timeout,
        )
    else:
        program = lower(text, entry=entry, vectorize=vectorize)
    return load(program, opt_level=opt_level)
