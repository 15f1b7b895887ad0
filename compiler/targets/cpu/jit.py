"""The reference executor of the CPU target: llvm-dialect text JIT-compiled by the MLIR ExecutionEngine.

It shares the calling convention of ``mlc.runtime.cpu.executable`` (the packed
wrapper of the entry's C interface) with ``NativeFunction``, which runs the
shared library of an artifact instead.
"""

from __future__ import annotations

import ctypes

from mlc.compiler import isolation
from mlc.compiler.errors import MlcError
from mlc.compiler.targets.cpu.runtime_checks import CALLBACK
from mlc.runtime.cpu.executable import Executable
from mlc.runtime.signature import Signature


class CpuFunction(Executable):
    """An executable JIT-compiled from llvm-dialect text by the MLIR ExecutionEngine."""

    def __init__(self, llvm_text: str, signature: Signature, opt_level: int = 3) -> None:
        from mlir import ir
        from mlir.execution_engine import ExecutionEngine

        from mlc.compiler.context import make_context
        from mlc.compiler.toolchain import runner_libs

        if isolation.torch_mlir_loaded():
            raise MlcError(
                "the CPU backend cannot run code in a process that has loaded torch_mlir "
                "(its LLVM copy breaks the JIT's code)",
                hint="import models through mlc (its frontends run torch-mlir in a child process)",
            )
        self.signature = signature
        self._ctx = make_context()
        with self._ctx:
            module = ir.Module.parse(llvm_text)
            self._engine = ExecutionEngine(module, opt_level=opt_level, shared_libs=runner_libs())
        self._failed: list[int] = []
        self._on_check_failed = ctypes.CFUNCTYPE(None, ctypes.c_int64)(self._failed.append)
        if signature.checks:
            self._engine.register_runtime(CALLBACK, self._on_check_failed)
        self._fn = self._engine.lookup(signature.entry)
        self._setup_results()

    def _take_failed_checks(self) -> list[int]:
        failed = list(self._failed)
        self._failed.clear()
        return failed
