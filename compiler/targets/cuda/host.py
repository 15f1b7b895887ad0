"""The host program: what the entry function does, read off its IR at compile time.

After the ``kernels`` stage the entry function only allocates buffers, takes
views of them, names constants and calls kernel functions. This module reads
it into a ``HostProgram``: the buffers (inputs, weights, intermediates), the
kernel calls in order with each argument resolved to a view of a buffer or a
constant scalar, and the returned views. Nothing of it runs at run time: views
(reshapes, subviews, casts) are resolved here to a buffer plus a static layout,
and constants need no launch. From the ``gpu`` stage on, each kernel call also
expands to the ``gpu.launch_func``s in its kernel function.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.dtypes import buffer_dtype, element_dtype
from mlc.compiler.errors import UnsupportedError
from mlc.compiler.targets.cuda.kernels import symbol_name
from mlc.runtime.artifact import BUFFER_ALIGNMENT
from mlc.runtime.dtypes import itemsize

if TYPE_CHECKING:
    from mlir import ir

VIEW_OPS = (
    "memref.expand_shape",
    "memref.collapse_shape",
    "memref.subview",
    "memref.reinterpret_cast",
    "memref.cast",
    "memref.transpose",
    "memref.view",
)
IGNORED_OPS = ("memref.dealloc",)


@dataclass
class Buffer:
    """A root allocation: ``input`` (``index`` = argument position), ``weight`` or ``intermediate``."""

    id: int
    kind: str
    dtype: str
    shape: tuple[int, ...]
    name: str
    index: int | None = None
    global_name: str | None = None

    @property
    def nbytes(self) -> int:
        return math.prod(self.shape) * itemsize(self.dtype)


@dataclass(frozen=True)
class View:
    """A memref value: buffer ``buffer`` seen with a static layout (element offset and strides).

    ``byte_shift`` moves the base pointer itself (only ``memref.view`` does that).
    """

    buffer: int
    dtype: str
    shape: tuple[int, ...]
    strides: tuple[int, ...]
    offset: int
    byte_shift: int
    type: str


@dataclass(frozen=True)
class Scalar:
    """A constant scalar operand."""

    dtype: str
    value: int | float
    type: str


Operand = View | Scalar


@dataclass(frozen=True)
class Launch:
    """One ``gpu.launch_func``: the kernel (its ``gpu.binary`` and entry name), the launch and the args."""

    binary: str
    kernel: str
    grid: tuple[int, int, int]
    block: tuple[int, int, int]
    shared_bytes: int
    args: tuple[Operand, ...]


@dataclass
class Call:
    """A call of kernel function ``callee`` with resolved arguments."""

    callee: str
    source_op: str
    args: tuple[Operand, ...]
    loc: str
    written: tuple[int, ...] = ()  # indices of the arguments whose memory the kernel writes
    launches: list[Launch] = field(default_factory=list)


@dataclass
class HostProgram:
    entry: str
    buffers: list[Buffer]
    calls: list[Call]
    outputs: list[View]

    def inputs(self) -> list[Buffer]:
        return sorted((b for b in self.buffers if b.kind == "input"), key=lambda b: b.index or 0)


def _layout(t: ir.MemRefType, loc: ir.Location) -> tuple[tuple[int, ...], int]:
    if not t.has_static_shape:
        raise UnsupportedError(
            f"dynamic shape {t} in the host code", loc=loc, hint="the CUDA target needs static shapes"
        )
    strides, offset = t.get_strides_and_offset()
    if offset < 0 or any(s < 0 for s in strides):
        raise UnsupportedError(f"dynamic layout {t} in the host code", loc=loc)
    return tuple(strides), offset


def _identity(t: ir.MemRefType) -> bool:
    strides, offset = t.get_strides_and_offset()
    expected, run = [], 1
    for dim in reversed(t.shape):
        expected.append(run)
        run *= dim
    return offset == 0 and all(
        s == e or d == 1 for s, e, d in zip(strides, reversed(expected), t.shape, strict=True)
    )


def loc_text(loc: ir.Location) -> str:
    text = str(loc)
    return text[4:-1] if text.startswith("loc(") else text


def _scalar(op: ir.Operation) -> Scalar | None:
    from mlir import ir

    attr = op.attributes["value"]
    t = str(attr.type)
    dtype = "int8" if t == "i1" else buffer_dtype(attr.type)
    if isinstance(attr, ir.IntegerAttr) and dtype:
        return Scalar(dtype, int(attr.value), t)
    if isinstance(attr, ir.FloatAttr) and dtype:
        return Scalar(dtype, float(attr.value), t)
    return None


class _Reader:
    def __init__(self, module: ir.Module, func: ir.Operation) -> None:
        self.module, self.func = module, func
        self.buffers: list[Buffer] = []
        self.values: dict = {}
        self.globals_by_name: dict[str, int] = {}
        self.symbols = {
            symbol_name(o.operation): o.operation
            for o in module.body.operations
            if "sym_name" in o.operation.attributes
        }

    def new_buffer(self, kind: str, t: ir.MemRefType, name: str, loc: ir.Location, **kw) -> View:
        if not _identity(t):
            raise UnsupportedError(f"{kind} buffer of type {t} must have the identity layout", loc=loc)
        _layout(t, loc)
        dtype = element_dtype(t.element_type, "CUDA", booleans=False, loc=loc)
        buf = Buffer(len(self.buffers), kind, dtype, tuple(t.shape), name, **kw)
        self.buffers.append(buf)
        strides, offset = _layout(t, loc)
        return View(buf.id, dtype, buf.shape, strides, offset, 0, str(t))

    def view_of(self, source: View, t: ir.MemRefType, loc: ir.Location, shift: int = 0) -> View:
        strides, offset = _layout(t, loc)
        dtype = element_dtype(t.element_type, "CUDA", booleans=False, loc=loc)
        return View(source.buffer, dtype, tuple(t.shape), strides, offset, source.byte_shift + shift, str(t))

    def operand(self, value: ir.Value, user: ir.Operation) -> Operand:
        if value not in self.values:
            producer = value.owner.name if hasattr(value.owner, "name") else "a block argument"
            raise UnsupportedError(
                f"'{user.name}' uses a value computed on the host by '{producer}', "
                "which the CUDA target cannot run",
                loc=user.location,
            )
        return self.values[value]

    def read(self) -> HostProgram:
        from mlir import ir

        body = self.func.regions[0].blocks[0]
        for i, arg in enumerate(body.arguments):
            if not isinstance(arg.type, ir.MemRefType):
                raise UnsupportedError(
                    f"argument {i} of @{symbol_name(self.func)} is not a buffer ({arg.type})",
                    loc=self.func.location,
                )
            self.values[arg] = self.new_buffer("input", arg.type, f"arg{i}", self.func.location, index=i)
        calls: list[Call] = []
        outputs: list[View] = []
        for o in body.operations:
            op = o.operation
            name = op.name
            if name in IGNORED_OPS:
                continue
            if name == "arith.constant":
                scalar = _scalar(op)
                if scalar is None:
                    raise UnsupportedError(
                        f"constant {op.attributes['value']} on the host is not supported", loc=op.location
                    )
                self.values[op.results[0]] = scalar
            elif name in ("memref.alloc", "memref.alloca"):
                if len(op.operands):
                    raise UnsupportedError(
                        "allocation with dynamic sizes",
                        loc=op.location,
                        hint="the CUDA target needs static shapes",
                    )
                self.values[op.results[0]] = self.new_buffer(
                    "intermediate", op.results[0].type, f"buffer at {loc_text(op.location)}", op.location
                )
            elif name == "memref.get_global":
                self.values[op.results[0]] = self._global(op)
            elif name in VIEW_OPS:
                source = self.operand(op.operands[0], op)
                if not isinstance(source, View):
                    raise UnsupportedError(f"'{name}' of a non-buffer value", loc=op.location)
                shift = 0
                if name == "memref.view":
                    s = self.operand(op.operands[1], op)
                    if not isinstance(s, Scalar) or len(op.operands) > 2:
                        raise UnsupportedError("memref.view with a dynamic shift or sizes", loc=op.location)
                    shift = int(s.value)
                    if shift % BUFFER_ALIGNMENT:
                        raise UnsupportedError(
                            f"memref.view shifting a buffer by {shift} bytes: kernels need buffers "
                            f"aligned to {BUFFER_ALIGNMENT} bytes",
                            loc=op.location,
                        )
                self.values[op.results[0]] = self.view_of(source, op.results[0].type, op.location, shift)
            elif name == "func.call":
                callee = ir.FlatSymbolRefAttr(op.attributes["callee"]).value
                target = self.symbols.get(callee)
                if target is None or attributes.KERNEL not in target.attributes:
                    raise UnsupportedError(
                        f"call of @{callee}, which is not a kernel function", loc=op.location
                    )
                source_op = ir.StringAttr(target.attributes[attributes.KERNEL]).value
                args = tuple(self.operand(v, op) for v in op.operands)
                written = (
                    ir.DenseI64ArrayAttr(target.attributes[attributes.WRITTEN])
                    if attributes.WRITTEN in target.attributes
                    else []
                )
                calls.append(Call(callee, source_op, args, loc_text(op.location), tuple(written)))
            elif name == "func.return":
                for v in op.operands:
                    result = self.operand(v, op)
                    if not isinstance(result, View):
                        raise UnsupportedError("the entry function must return buffers", loc=op.location)
                    outputs.append(result)
            else:
                raise UnsupportedError(
                    f"'{name}' in the host code is not supported by the CUDA target",
                    loc=op.location,
                    hint="the host code may only allocate, view, and call kernels",
                )
        return HostProgram(symbol_name(self.func), self.buffers, calls, outputs)

    def _global(self, op: ir.Operation) -> View:
        from mlir import ir

        name = ir.FlatSymbolRefAttr(op.attributes["name"]).value
        decl = self.symbols.get(name)
        if decl is None or "constant" not in decl.attributes:
            raise UnsupportedError(
                f"global @{name} is not a constant",
                loc=op.location,
                hint="only constant globals (weights) are supported",
            )
        t = op.results[0].type
        if name not in self.globals_by_name:
            view = self.new_buffer("weight", t, name, op.location, global_name=name)
            self.globals_by_name[name] = view.buffer
        buf = self.buffers[self.globals_by_name[name]]
        strides, offset = _layout(t, op.location)
        return View(buf.id, buf.dtype, buf.shape, strides, offset, 0, str(t))


def read_host_program(module: ir.Module, func: ir.Operation) -> HostProgram:
    """The host program of entry function ``func`` (see the module doc)."""
    return _Reader(module, func).read()


def _constant_int(value: ir.Value, scalars: dict) -> int:
    s = scalars.get(value)
    if not isinstance(s, Scalar):
        raise UnsupportedError("launch sizes must be constants")
    return int(s.value)


def expand_launches(module: ir.Module, program: HostProgram) -> None:
    """Fill in each call's launches from the ``gpu.launch_func``s of its kernel function."""
    from mlir import ir
    from mlir.dialects import gpu  # registers the LaunchFuncOp view that op.opview returns

    from mlc.compiler.targets.cuda.hopper import dynamic_shared_bytes, is_hopper_kernel
    from mlc.compiler.targets.cuda.hopper.tensor_maps import HOST_OPS as TENSOR_MAP_OPS
    from mlc.compiler.targets.cuda.hopper.tensor_maps import resolve as resolve_tensor_map

    funcs = {
        symbol_name(o.operation): o.operation
        for o in module.body.operations
        if o.operation.name == "func.func"
    }
    for call in program.calls:
        kfunc = funcs[call.callee]
        block = kfunc.regions[0].blocks[0]
        values: dict = dict(zip(block.arguments, call.args, strict=True))
        call.launches = []
        for o in block.operations:
            op = o.operation
            if op.name == "arith.constant":
                scalar = _scalar(op)
                if scalar is not None:
                    values[op.results[0]] = scalar
            elif op.name in TENSOR_MAP_OPS:
                resolve_tensor_map(op, values)
            elif op.name == "gpu.launch_func":
                launch: gpu.LaunchFuncOp = op.opview
                ref = ir.SymbolRefAttr(launch.attributes["kernel"])
                binary, kernel = str(ref).lstrip("@").split("::@")
                grid = tuple(
                    _constant_int(v, values) for v in (launch.gridSizeX, launch.gridSizeY, launch.gridSizeZ)
                )
                block_dims = tuple(
                    _constant_int(v, values)
                    for v in (launch.blockSizeX, launch.blockSizeY, launch.blockSizeZ)
                )
                shared = launch.dynamicSharedMemorySize
                args = []
                for v in launch.kernelOperands:
                    if v not in values:
                        raise UnsupportedError(
                            f"kernel @{kernel}: an argument is computed in the host code", loc=op.location
                        )
                    args.append(values[v])
                call.launches.append(
                    Launch(
                        binary,
                        kernel,
                        grid,
                        block_dims,
                        dynamic_shared_bytes(kfunc)
                        if is_hopper_kernel(kfunc)
                        else 0
                        if shared is None
                        else _constant_int(shared, values),
                        tuple(args),
                    )  # type: ignore[arg-type]
                )
