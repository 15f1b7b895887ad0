"""Run memref-level functions on the CPU through the MLIR ExecutionEngine.

This is the reference executor for IR that already works on buffers (raised
``.ll`` kernels, loop nests before and after an mlc pass): numpy arrays are
passed as memref descriptors and modified in place. The lowering to the llvm
dialect is the CPU target's (its ``loops`` and ``llvm`` pipelines,
``mlc.compiler.targets.cpu.lowering``), so what runs here is what the CPU target compiles.
"""

from __future__ import annotations

import ctypes
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from mlc.compiler.dtypes import buffer_dtype
from mlc.compiler.errors import InputError, MlcError
from mlc.compiler.toolchain import runner_libs
from mlc.runtime.artifact import TensorSpec

if TYPE_CHECKING:
    from mlir import ir

_SCALARS = {
    "f32": ctypes.c_float,
    "f64": ctypes.c_double,
    "i8": ctypes.c_int8,
    "i16": ctypes.c_int16,
    "i32": ctypes.c_int32,
    "i64": ctypes.c_int64,
    "index": ctypes.c_int64,
}


def lower_to_llvm(module: ir.Module) -> None:
    """Lower memref-level ``module`` (linalg, affine, scf, vector, math) to the llvm dialect in place,
    as the CPU target does; raises ``PassFailure``."""
    from mlc.compiler.pipeline import Pipeline
    from mlc.compiler.targets.cpu.bool_memory import rewrite_i1_accesses
    from mlc.compiler.targets.cpu.lowering import LOOPS, TO_LLVM

    Pipeline.parse(LOOPS).run_on(module)
    rewrite_i1_accesses(module)  # as the CPU target's 'loops' stage: memref-to-llvm asserts on i1
    Pipeline.parse(TO_LLVM).run_on(module)


def _find_func(module: ir.Module, name: str):
    from mlir import ir

    for op in module.body.operations:
        if op.operation.name == "func.func" and ir.StringAttr(op.attributes["sym_name"]).value == name:
            return op
    raise InputError(f"no function @{name} in the module")


class MemrefFunction:
    """A compiled function taking numpy arrays (for memrefs) and Python scalars.

    ``fn(*args)`` runs it; memref arguments are updated in place and a scalar
    result, if any, is returned.
    """

    def __init__(self, module_text: str, name: str, opt_level: int = 2) -> None:
        from mlir import ir
        from mlir.execution_engine import ExecutionEngine

        from mlc.compiler.context import make_context

        self._ctx = make_context()
        with self._ctx, ir.Location.unknown():
            module = ir.Module.parse(module_text)
            func = _find_func(module, name)
            ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
            self.arg_types = [str(t) for t in ftype.inputs]
            self.result_types = [str(t) for t in ftype.results]
            if len(self.result_types) > 1 or any(t not in _SCALARS for t in self.result_types):
                raise MlcError(f"@{name}: only functions returning nothing or one scalar can be run")
            func.attributes["llvm.emit_c_interface"] = ir.UnitAttr.get()
            try:
                lower_to_llvm(module)
            except MlcError as e:
                raise MlcError(f"could not lower @{name} to LLVM: {e}") from None
            self._engine = ExecutionEngine(module, opt_level=opt_level, shared_libs=runner_libs())
        self.name = name

    def __call__(self, *args: np.ndarray | float | int) -> float | int | None:
        from mlir.runtime import get_ranked_memref_descriptor

        if len(args) != len(self.arg_types):
            raise InputError(f"@{self.name} takes {len(self.arg_types)} arguments, got {len(args)}")
        packed, keep = [], []
        for i, (arg, ty) in enumerate(zip(args, self.arg_types, strict=True)):
            if ty.startswith("memref<"):
                if not isinstance(arg, np.ndarray):
                    raise InputError(f"@{self.name}: argument {i} ({ty}) must be a numpy array")
                desc = get_ranked_memref_descriptor(arg)
                keep.append(desc)
                packed.append(ctypes.pointer(ctypes.pointer(desc)))
            elif ty in _SCALARS:
                value = _SCALARS[ty](arg)
                keep.append(value)
                packed.append(ctypes.pointer(value))
            else:
                raise InputError(f"@{self.name}: argument {i} has unsupported type {ty}")
        result = None
        if self.result_types:
            result = _SCALARS[self.result_types[0]]()
            packed.append(ctypes.pointer(result))
        self._engine.invoke(self.name, *packed)
        return result.value if result is not None else None


_POINTER = "!llvm.ptr"


def _signature(module: ir.Module, name: str) -> tuple[list[str], list[str]]:
    """Argument and result type names of ``@name`` (a ``func.func`` or an ``llvm.func``)."""
    from mlir import ir

    for op in module.body.operations:
        if op.operation.name not in ("func.func", "llvm.func"):
            continue
        if ir.StringAttr(op.attributes["sym_name"]).value != name:
            continue
        ftype = ir.TypeAttr(op.attributes["function_type"]).value
        if op.operation.name == "func.func":
            ft = ir.FunctionType(ftype)
            return [str(t) for t in ft.inputs], [str(t) for t in ft.results]
        args = [str(a.type) for a in op.regions[0].blocks[0].arguments] if op.regions[0].blocks else []
        result = str(ftype)[len("!llvm.func<") :].split(" (", 1)[0]
        return args, [] if result == "void" else [result]
    raise InputError(f"no function @{name} in the module")


class NativeFunction:
    """A compiled function with a C signature: scalars and ``!llvm.ptr`` arguments.

    This is how raised ``.ll`` kernels keep their ABI: pointers stay pointers.
    ``fn(*args)`` passes numpy arrays by their data pointer (updated in place)
    and Python numbers as scalars; it returns the scalar result, if any. The
    function may be a ``func.func`` or an ``llvm.func``.
    """

    def __init__(self, module_text: str, name: str, opt_level: int = 2) -> None:
        from mlir import ir
        from mlir.execution_engine import ExecutionEngine

        from mlc.compiler.context import make_context
        from mlc.compiler.pipeline import Pipeline

        self._ctx = make_context()
        with self._ctx, ir.Location.unknown():
            module = ir.Module.parse(module_text)
            self.arg_types, self.result_types = _signature(module, name)
            for t in [*self.arg_types, *self.result_types]:
                if t != _POINTER and t not in _SCALARS:
                    raise MlcError(f"@{name}: type {t} has no C equivalent; use MemrefFunction")
            try:
                Pipeline.parse("builtin.module(lower-ptr-views)").run(module)
                lower_to_llvm(module)
            except MlcError as e:
                raise MlcError(f"could not lower @{name} to LLVM: {e}") from None
            self._engine = ExecutionEngine(module, opt_level=opt_level, shared_libs=runner_libs())
        # ``raw_lookup`` finds the packed wrapper ``_mlir_<name>(void **args)`` that the
        # engine generates for every function: one pointer per argument, then the result.
        address = self._engine.raw_lookup(name)
        if not address:
            raise MlcError(f"@{name} was not found in the compiled module")
        self._fn = ctypes.CFUNCTYPE(None, ctypes.c_void_p)(address)
        self.name = name

    def __call__(self, *args: np.ndarray | float | int) -> float | int | None:
        if len(args) != len(self.arg_types):
            raise InputError(f"@{self.name} takes {len(self.arg_types)} arguments, got {len(args)}")
        values = []
        for i, (arg, ty) in enumerate(zip(args, self.arg_types, strict=True)):
            if ty == _POINTER:
                if not isinstance(arg, np.ndarray):
                    raise InputError(f"@{self.name}: argument {i} (a pointer) must be a numpy array")
                values.append(ctypes.c_void_p(arg.ctypes.data))
            else:
                values.append(_SCALARS[ty](arg))
        result = _SCALARS[self.result_types[0]]() if self.result_types else None
        slots = [*values, result] if result is not None else values
        packed = (ctypes.c_void_p * len(slots))(
            *(ctypes.cast(ctypes.pointer(v), ctypes.c_void_p) for v in slots)
        )
        self._fn(packed)
        return result.value if result is not None else None


def input_specs(module_text: str, name: str) -> list[TensorSpec]:
    """The memref arguments of ``@name`` as tensor specs (their seeded values are
    ``mlc.runtime.artifact.check_inputs``); every one must have a static shape."""
    from mlir import ir

    from mlc.compiler.context import make_context

    with make_context():
        module = ir.Module.parse(module_text)
        arg_types, _ = _signature(module, name)
        specs = []
        for i, text in enumerate(arg_types):
            t = ir.Type.parse(text)
            dtype = buffer_dtype(t.element_type, booleans=False) if isinstance(t, ir.MemRefType) else None
            if dtype is None or not t.has_static_shape:
                raise InputError(f"@{name}: argument {i} ({text}) is not a static memref of numbers")
            specs.append(TensorSpec(f"arg{i}", dtype, tuple(t.shape)))
    return specs


def run_memref_function(module_text: str, name: str, args: Sequence[np.ndarray | float | int]):
    """Compile and run ``@name`` once (see ``MemrefFunction``)."""
    return MemrefFunction(module_text, name)(*args)
