"""Replaying an artifact's host program on the CPU, with the kernels of the ``map`` stage.

This checks, on a machine without a GPU, everything of an artifact except the
device code generation itself: the buffer plan (intermediates really share the
arena at the planned offsets), weights, views and their offsets, outputs and
copies, and the kernels as mapped and tiled ``scf.parallel`` loops (tile
bounds, in-bounds guards, collapsed dimensions). Memory is one numpy array per
device allocation laid out exactly as the manifest says; each kernel call runs
its ``map``-stage kernel function through the ExecutionEngine, which runs the
parallel loops sequentially.
"""

from __future__ import annotations

import ctypes
import functools

import numpy as np

from mlc.compiler.errors import InputError
from mlc.compiler.memref_exec import lower_to_llvm
from mlc.compiler.optimizer import optimize
from mlc.compiler.targets.cuda.reference import CPU_MATH
from mlc.compiler.toolchain import runner_libs
from mlc.runtime.artifact import BUFFER_ALIGNMENT, ArgSpec, Artifact, BufferSpec, CopySpec
from mlc.runtime.cuda.device import to_ctypes
from mlc.runtime.dtypes import bits_dtype

# Kernels that stage through shared memory synchronize with gpu.barrier: on the CPU their
# thread loops are split at the barriers, and each block gets a fresh tile of its own.
# Warp-collective ops (the tensor-core kernels' ldmatrix, mma.sync, cp.async) first become
# per-thread code that exchanges operands through scratch memory across barriers.
# The sm_90 kernels' TMA loads, mbarriers and wgmma become per-thread code first.
SEQUENTIAL_BLOCKS = "builtin.module(emulate-tma-wgmma,emulate-warp-collectives,serialize-barriers)"


def kernel_functions_module(ir_text: str, names: set[str] | None = None) -> str:
    """The kernel functions of ``ir_text`` (the ``kernels`` or ``map`` stage), or just ``names``,
    public and with C interfaces, with the symbols they use (shared-memory tiles), ready to
    lower for the CPU."""
    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.compiler.targets.cuda.kernels import is_kernel_function, symbol_name

    with make_context():
        module = ir.Module.parse(ir_text)
        kept, others = [], []
        for o in module.body.operations:
            op = o.operation
            if is_kernel_function(op) and (names is None or symbol_name(op) in names):
                del op.attributes["sym_visibility"]
                op.attributes["llvm.emit_c_interface"] = ir.UnitAttr.get()
                kept.append(op)
            else:
                others.append(op)
        symbols = {symbol_name(op): op for op in others if "sym_name" in op.attributes}
        used: set[str] = set()
        todo = list(kept)
        while todo:  # what the kernels refer to, and what that refers to
            for name in _referenced_symbols(todo.pop()) - used:
                used.add(name)
                if name in symbols:
                    todo.append(symbols[name])
        for op in others:
            if "sym_name" not in op.attributes or symbol_name(op) not in used:
                op.erase()
        return optimize(optimize(str(module), SEQUENTIAL_BLOCKS, isolate=False), CPU_MATH, isolate=False)


def _referenced_symbols(op) -> set[str]:
    """Names of the symbols that ``op`` or anything nested in it refers to."""
    from mlir import ir

    names: set[str] = set()

    def visit(nested: ir.Operation) -> ir.WalkResult:
        for key in nested.attributes:
            attr = nested.attributes[key]
            if isinstance(attr, ir.FlatSymbolRefAttr):
                names.add(attr.value)
        return ir.WalkResult.ADVANCE

    op.walk(visit)
    return names


class CpuKernels:
    """All kernel functions of a module, lowered to LLVM once and invoked by name."""

    def __init__(self, module_text: str) -> None:
        from mlir import ir
        from mlir.execution_engine import ExecutionEngine

        from mlc.compiler.context import make_context
        from mlc.compiler.pipeline import Pipeline

        self._ctx = make_context()
        with self._ctx:
            module = ir.Module.parse(module_text)
            Pipeline.parse("builtin.module(lower-ptr-views)").run(module)  # kernels compiled from C
            lower_to_llvm(module)
            self._engine = ExecutionEngine(module, opt_level=0, shared_libs=runner_libs())

    def __call__(self, name: str, args: list) -> None:
        from mlir.runtime import get_ranked_memref_descriptor

        packed, keep = [], []
        for arg in args:
            if isinstance(arg, np.ndarray):
                desc = get_ranked_memref_descriptor(arg)
                keep.append(desc)
                packed.append(ctypes.pointer(ctypes.pointer(desc)))
            else:
                keep.append(arg)
                packed.append(ctypes.pointer(arg))
        self._engine.invoke(name, *packed)


def _aligned_bytes(nbytes: int) -> np.ndarray:
    """``nbytes`` zeroed bytes starting at a multiple of ``BUFFER_ALIGNMENT`` (kernels may use
    aligned vector accesses, on the CPU as on the GPU)."""
    raw = np.zeros(nbytes + BUFFER_ALIGNMENT, np.uint8)
    start = -raw.ctypes.data % BUFFER_ALIGNMENT
    return raw[start : start + nbytes]


@functools.cache
def _layout(type_text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    from mlir import ir

    from mlc.compiler.context import make_context

    with make_context():
        t = ir.MemRefType(ir.Type.parse(type_text))
        strides, _ = t.get_strides_and_offset()
        return tuple(t.shape), tuple(strides)


class Emulator:
    """Runs an artifact on the CPU (see the module doc)."""

    def __init__(self, artifact: Artifact, map_ir: str) -> None:
        self.artifact = artifact
        self.map_ir = map_ir
        self._kernels: CpuKernels | None = None
        m = artifact.manifest
        self.arena = _aligned_bytes(max(m.plan.arena_bytes, 1))
        self.weights = _aligned_bytes(max(len(artifact.weights), 1))
        self.weights[: len(artifact.weights)] = np.frombuffer(artifact.weights, np.uint8)

    def _memory(self, inputs: list[np.ndarray]) -> tuple[dict[int, np.ndarray], list]:
        """A uint8 array per buffer, backed by the arena, the weights or its own allocation
        (all aligned as the kernel ABI says), and the inputs that had to be copied to be."""
        memory: dict[int, np.ndarray] = {}
        copied = []
        for b in self.artifact.manifest.buffers:
            if b.kind == "input":
                data = np.ascontiguousarray(inputs[b.index or 0]).view(np.uint8).reshape(-1)
                if data.ctypes.data % BUFFER_ALIGNMENT:
                    aligned = _aligned_bytes(data.size)
                    aligned[:] = data
                    copied.append((inputs[b.index or 0], aligned))
                    data = aligned
                memory[b.id] = data
            elif b.kind == "weight" and b.offset is not None:
                memory[b.id] = self.weights[b.offset : b.offset + b.nbytes]
            elif b.kind == "intermediate" and b.offset is not None:
                memory[b.id] = self.arena[b.offset : b.offset + b.nbytes]
            else:
                memory[b.id] = _aligned_bytes(b.nbytes)
        return memory, copied

    def _operand(self, arg: ArgSpec, memory: dict[int, np.ndarray], buffers: tuple[BufferSpec, ...]):
        if arg.kind == "scalar":
            return to_ctypes([(arg.dtype or "int64", arg.value or 0)])[0]
        root = buffers[arg.buffer]
        dtype = bits_dtype(root.dtype)
        shape, strides = _layout(arg.type)
        base = memory[arg.buffer][arg.byte_offset :]
        return np.lib.stride_tricks.as_strided(
            base.view(dtype), shape=shape, strides=tuple(s * dtype.itemsize for s in strides)
        )

    def run(self, inputs: list[np.ndarray]) -> list[np.ndarray]:
        m = self.artifact.manifest
        if len(inputs) != len(m.inputs):
            raise InputError(f"the model takes {len(m.inputs)} inputs, got {len(inputs)}")
        memory, copied = self._memory(inputs)
        if self._kernels is None:
            self._kernels = CpuKernels(kernel_functions_module(self.map_ir))
        for call in m.calls:
            self._kernels(call.function, [self._operand(a, memory, m.buffers) for a in call.args])
        for step in m.steps:
            if isinstance(step, CopySpec):
                memory[step.dst][: step.nbytes] = memory[step.src][: step.nbytes]
        for original, aligned in copied:  # inputs written in place get the results
            np.copyto(original, aligned.view(original.dtype).reshape(original.shape))
        outputs = []
        for spec in m.outputs:
            dtype = bits_dtype(spec.dtype)
            base = memory[spec.buffer][spec.offset * dtype.itemsize :]
            view = np.lib.stride_tricks.as_strided(
                base.view(dtype), shape=spec.shape, strides=tuple(s * dtype.itemsize for s in spec.strides)
            )
            outputs.append(np.array(view))
        return outputs


def emulate(
    artifact: Artifact, map_ir: str, inputs: list[np.ndarray], *, isolate: bool = True
) -> list[np.ndarray]:
    """Run ``artifact`` on the CPU; ``map_ir`` is the IR of its ``map`` stage. Isolated by default."""
    if not isolate:
        return Emulator(artifact, map_ir).run(inputs)
    from mlc.compiler import isolation

    return isolation.call(
        emulate,
        artifact,
        map_ir,
        inputs,
        isolate=False,
        stage="CPU emulation",
        repro=isolation.Reproducer({"map.mlir": map_ir}),
    )


def _c_value(arg: ArgSpec, values: list, memory: dict[int, np.ndarray], buffers: tuple[BufferSpec, ...]):
    if arg.kind == "scalar":
        value = values[arg.expr] if arg.expr is not None else arg.value
        return to_ctypes([(arg.dtype or "int64", value or 0)])[0]
    data = memory[arg.buffer]
    if arg.type == "!llvm.ptr":
        return ctypes.c_void_p(data.ctypes.data + arg.byte_offset)
    shape, strides = _layout(arg.type)
    dtype = bits_dtype(buffers[arg.buffer].dtype)
    return np.lib.stride_tricks.as_strided(
        data.view(dtype), shape=shape, strides=tuple(s * dtype.itemsize for s in strides)
    )


def run_c(artifact: Artifact, map_ir: str, args: list) -> list[np.ndarray]:
    """Run an artifact compiled from C on the CPU: ``args`` are its C arguments (arrays are
    updated in place, as the native function would); returns its outputs (the C result as a
    0-d array, if any). The run-time checks are the GPU runtime's (``mlc.runtime.cuda.c_args``)."""
    from mlc.runtime.cuda.c_args import bind

    m = artifact.manifest
    memory: dict[int, np.ndarray] = {}
    arrays: dict[int, tuple[int, int, str]] = {}
    copied = []
    for b in m.buffers:
        if b.kind == "input":
            given = args[b.index or 0]
            if not isinstance(given, np.ndarray) or given.ndim != 1 or not given.flags.c_contiguous:
                raise InputError(f"argument {b.index}: expected a contiguous 1-D numpy array of {b.dtype}")
            arrays[b.index or 0] = (given.ctypes.data, given.size, given.dtype.name)
            data = given.view(np.uint8)
            if data.ctypes.data % BUFFER_ALIGNMENT:
                aligned = _aligned_bytes(data.size)
                aligned[:] = data
                copied.append((given, aligned))
                data = aligned
            memory[b.id] = data
        else:
            memory[b.id] = _aligned_bytes(max(b.nbytes, 1))
    values = bind(m, args, arrays)
    kernels = CpuKernels(kernel_functions_module(map_ir))
    for call in m.calls:
        if call.when is None or values[call.when]:
            kernels(call.function, [_c_value(a, values, memory, m.buffers) for a in call.args])
    for original, aligned in copied:
        np.copyto(original, aligned.view(original.dtype))
    outputs = []
    for spec in m.outputs:
        dtype = bits_dtype(spec.dtype)
        outputs.append(np.array(memory[spec.buffer][: dtype.itemsize].view(dtype).reshape(spec.shape)))
    return outputs


def emulate_c(artifact: Artifact, map_ir: str, args: list) -> tuple[list, list[np.ndarray]]:
    """``run_c`` in a child process; returns the arguments after the run and the outputs.

    The arguments reach the child as copies: arrays that overlap here do not overlap there
    (``run_c`` in this process checks aliasing as the GPU runtime does)."""
    from mlc.compiler import isolation

    return isolation.call(
        _run_c_returning_args,
        artifact,
        map_ir,
        args,
        stage="CPU emulation",
        repro=isolation.Reproducer({"map.mlir": map_ir}),
    )


def _run_c_returning_args(artifact: Artifact, map_ir: str, args: list) -> tuple[list, list[np.ndarray]]:
    outputs = run_c(artifact, map_ir, args)
    return args, outputs
