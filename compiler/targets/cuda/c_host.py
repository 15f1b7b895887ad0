"""The artifact of a function compiled from C: its C signature, run-time sizes and checks.

The host code of such a function (after the ``ptx`` stage) is integer
arithmetic on the scalar arguments, ``cf.assert`` checks, kernel calls, and at
most a rank-0 buffer for a scalar result. It is recorded in the manifest's
``c_abi``:

* ``params``: the C arguments in order: ``{"name", "kind": "scalar", "dtype"}``
  or ``{"name", "kind": "array", "dtype", "buffer", "written", "noalias"}``;
* ``exprs``: the integer expressions (``mlc.runtime.host_exprs``) the host
  evaluates per run: kernel arguments, launch grids, checks and extents;
* ``checks``: ``{"expr", "message"}``: conditions the compiler assumed (the
  raising's run-time checks); a run fails with the message when one is false;
* ``extents``: per array argument, expressions for the number of elements its
  kernels reach: the array given must hold at least the largest;
* ``noalias``: pairs of array arguments the compiler assumed not to overlap
  (C ``restrict``, LLVM ``noalias``): a run with overlapping arrays fails;
* ``returns``: the dtype of the C function's result (output 0, a 0-d array), or None.

Inputs of the artifact are the C arguments (arrays 1-D of any length, scalars
as numbers); arrays the kernels write are updated in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mlc.compiler import attributes, buffer_plan
from mlc.compiler.dtypes import buffer_dtype
from mlc.compiler.errors import UnsupportedError
from mlc.compiler.targets.cuda import ptxas
from mlc.compiler.targets.cuda.c_function import assumptions
from mlc.compiler.targets.cuda.host import loc_text
from mlc.compiler.targets.cuda.kernels import entry_function, symbol_name
from mlc.compiler.targets.cuda.lowering import binaries
from mlc.compiler.targets.cuda.options import CudaOptions
from mlc.runtime import host_exprs
from mlc.runtime.artifact import (
    ArgSpec,
    Artifact,
    BufferSpec,
    CallSpec,
    KernelSpec,
    LaunchSpec,
    Manifest,
    OutputSpec,
    TensorSpec,
)
from mlc.runtime.dtypes import from_mlir, itemsize

if TYPE_CHECKING:
    from mlir import ir

# The MLIR types of the scalar parameters a C function may take.
SCALAR_TYPES = ("i8", "i16", "i32", "i64", "f32", "f64")


class _Exprs:
    """The expression list, built on demand from MLIR values (memoized by value)."""

    def __init__(self) -> None:
        self.exprs: list[list] = []
        self._consts: dict[tuple, int] = {}

    def add(self, op: str, type_name: str, args: list[int], attr: Any = None) -> int:
        key = (op, type_name, tuple(args), repr(attr))
        if key in self._consts:
            return self._consts[key]
        self.exprs.append([op, type_name, args, attr])
        self._consts[key] = len(self.exprs) - 1
        return self._consts[key]

    def const(self, value: int, type_name: str = "index") -> int:
        return self.add("const", type_name, [], int(value))

    def of(self, value: ir.Value, env: dict) -> Any:
        """The reference of ``value``: an expression id (int) or an ``("array", position)``/
        ``("buffer", id)`` tuple, from ``env`` or the op that defines it."""
        from mlir import ir

        if value in env:
            return env[value]
        owner = value.owner
        if not isinstance(owner, ir.Operation) and not hasattr(owner, "name"):
            raise UnsupportedError(f"a value of type {value.type} on the host cannot be computed")
        op = owner.operation if hasattr(owner, "operation") else owner
        name = op.name
        type_name = str(value.type)
        if name == "arith.constant" and isinstance(op.attributes["value"], ir.FloatAttr):
            ref = ("float", self.add("const", type_name, [], ir.FloatAttr(op.attributes["value"]).value))
        elif name == "ub.poison":  # any value will do: 0
            ref = (
                ("float", self.add("const", type_name, [], 0.0))
                if type_name.startswith(("f", "bf"))
                else self.const(0, type_name)
            )
        elif name == "arith.constant":
            attr = op.attributes["value"]
            if not isinstance(attr, ir.IntegerAttr):
                raise UnsupportedError(f"constant {attr} in the host code is not an integer", loc=op.location)
            ref = self.const(attr.value if type_name != "i1" else attr.value & 1, type_name)
        elif name == "llvm.ptrtoint":
            array = self.of(op.operands[0], env)
            ref = self.add("address", type_name, [], array[1])
        elif name in host_exprs.CASTS:
            src = str(op.operands[0].type)
            ref = self.add(name, type_name, [self.of(op.operands[0], env)], host_exprs.bits(src))
        elif name == "arith.cmpi":
            pred = ir.IntegerAttr(op.attributes["predicate"]).value
            width = host_exprs.bits(str(op.operands[0].type))
            ref = self.add(name, type_name, [self.of(v, env) for v in op.operands], [pred, width])
        elif name == "arith.select" or name in host_exprs.BINARY_OPS:
            ref = self.add(name, type_name, [self.of(v, env) for v in op.operands])
        else:
            raise UnsupportedError(
                f"'{name}' computes a value in the host code that mlc cannot evaluate at run time",
                loc=op.location,
            )
        env[value] = ref
        return ref


def _param_specs(func: ir.Operation) -> list[dict]:
    from mlir import ir

    args = func.regions[0].blocks[0].arguments
    arg_attrs = (
        [ir.DictAttr(d) for d in ir.ArrayAttr(func.attributes["arg_attrs"])]
        if "arg_attrs" in func.attributes
        else [None] * len(args)
    )
    params = []
    for i, arg in enumerate(args):
        t = str(arg.type)
        if t == "!llvm.ptr":
            noalias = arg_attrs[i] is not None and "llvm.noalias" in arg_attrs[i]
            params.append(
                {"name": f"arg{i}", "kind": "array", "dtype": None, "written": False, "noalias": noalias}
            )
        elif t in SCALAR_TYPES:
            params.append({"name": f"arg{i}", "kind": "scalar", "dtype": from_mlir(t)})
        else:
            raise UnsupportedError(f"argument {i} of @{symbol_name(func)} has type {t}", loc=func.location)
    return params


def _type_dtype(t: ir.Type) -> str:
    """The dtype of a scalar or element type (``i1`` travels as one byte, 0 or 1)."""
    return "uint8" if str(t) == "i1" else buffer_dtype(t) or ""


def _arg_spec(ref: Any, value_type: ir.Type, param_buffer: dict[int, int]) -> ArgSpec:
    if isinstance(ref, tuple) and ref[0] == "array":
        return ArgSpec("buffer", "!llvm.ptr", buffer=param_buffer[ref[1]])
    if isinstance(ref, tuple) and ref[0] == "buffer":
        return ArgSpec("buffer", str(value_type), buffer=ref[1])
    if isinstance(ref, tuple) and ref[0] == "float":
        return ArgSpec("scalar", str(value_type), dtype=_type_dtype(value_type), expr=ref[1])
    return ArgSpec("scalar", str(value_type), dtype=_type_dtype(value_type), expr=ref)


def build_c_artifact(module: ir.Module, options: CudaOptions, compiler: dict[str, Any] | None) -> Artifact:
    """The artifact of a C function at the ``ptx`` stage (see the module doc)."""
    from mlir.dialects import gpu  # noqa: F401  (registers the LaunchFuncOp view)

    func = entry_function(module, options)
    symbols = {
        symbol_name(o.operation): o.operation for o in module.body.operations if "sym_name" in o.attributes
    }
    params = _param_specs(func)
    exprs = _Exprs()
    env: dict = {}
    buffers: list[BufferSpec] = []
    param_buffer: dict[int, int] = {}
    for i, (arg, p) in enumerate(zip(func.regions[0].blocks[0].arguments, params, strict=True)):
        if p["kind"] == "array":
            env[arg] = ("array", i)
            param_buffer[i] = len(buffers)
            buffers.append(BufferSpec(len(buffers), "input", "uint8", (-1,), 0, p["name"], i))
            p["buffer"] = param_buffer[i]
        elif p["dtype"].startswith("float"):
            env[arg] = ("float", exprs.add("param", str(arg.type), [], i))
        else:
            env[arg] = exprs.add("param", str(arg.type), [], i)
    ptx_text = {name: data.decode() for name, data in binaries(module).items()}
    state = _State(exprs, env, buffers, param_buffer, params, symbols, ptx_text, options)
    state.visit(func.regions[0].blocks[0], None)
    checks, extents, calls, steps = state.checks, state.extents, state.calls, state.steps
    launched, outputs, returns = state.launched, state.outputs, state.returns
    for i, b in param_buffer.items():
        dtype = params[i]["dtype"] or "uint8"
        params[i]["dtype"] = dtype
        buffers[b] = BufferSpec(b, "input", dtype, (-1,), 0, params[i]["name"], i, None, params[i]["written"])
    noalias = [
        [i, j]
        for i in param_buffer
        for j in param_buffer
        if i < j
        and (params[i]["noalias"] or params[j]["noalias"])
        and (params[i]["written"] or params[j]["written"])
    ]
    spec = options.spec
    inputs = tuple(TensorSpec(p["name"], p["dtype"], (-1,) if p["kind"] == "array" else ()) for p in params)
    c_abi = {
        "params": params,
        "exprs": exprs.exprs,
        "checks": checks,
        "extents": {str(k): v for k, v in extents.items()},
        "noalias": noalias,
        "returns": returns,
        "assumptions": [*assumptions(func), "array arguments are aligned to 16 bytes"],
    }
    manifest = Manifest(
        target={"kind": "cuda", "arch": spec.arch, "ptx_features": spec.ptx_features, "abi": "bare-pointer"},
        entry=symbol_name(func),
        inputs=inputs,
        outputs=tuple(outputs),
        buffers=tuple(buffers),
        kernels=tuple(launched.values()),
        steps=tuple(steps),
        calls=tuple(calls),
        plan=buffer_plan.plan(buffer_plan.live_ranges([], {})),
        weights_bytes=0,
        compiler=compiler or {},
        c_abi=c_abi,
    )
    files = {k.ptx: ptx_text[k.name] for k in launched.values()}
    return Artifact(manifest, files, b"")


def _kernel_spec(kernel: str, source_op: str, loc: str, ptx_text: dict, options: CudaOptions) -> KernelSpec:
    if kernel not in ptx_text:
        raise UnsupportedError(f"kernel @{kernel} has no PTX: compile up to the 'ptx' stage first")
    resources = None
    if options.run_ptxas and ptxas.ptxas_path():
        resources = ptxas.assemble(ptx_text[kernel], options.arch, kernel)
    return KernelSpec(kernel, f"kernels/{kernel}.ptx", source_op, loc, resources)


def _record_views(kfunc: ir.Operation, refs: list, params: list[dict], exprs: _Exprs, extents: dict) -> None:
    """Element types of the arrays the kernel views, and the extent each view reaches."""
    from mlir import ir

    if attributes.POINTER_VIEWS not in kfunc.attributes:
        return
    for d in ir.ArrayAttr(kfunc.attributes[attributes.POINTER_VIEWS]):
        entry = ir.DictAttr(d)
        position = ir.IntegerAttr(entry["param"]).value
        t = ir.MemRefType(ir.TypeAttr(entry["type"]).value)
        extras = [refs[e] for e in ir.DenseI64ArrayAttr(entry["extras"])]
        array = refs[position]
        params[array[1]]["dtype"] = params[array[1]]["dtype"] or _type_dtype(t.element_type)
        strides, offset = t.get_strides_and_offset()
        dyn_size, dyn = ir.ShapedType.get_dynamic_size(), ir.ShapedType.get_dynamic_stride_or_offset()
        it = iter(extras)
        off = next(it) if offset == dyn else exprs.const(offset)
        sizes = [next(it) if s == dyn_size else exprs.const(s) for s in t.shape]
        stride_refs = [next(it) if s == dyn else exprs.const(s) for s in strides]
        extents.setdefault(array[1], []).append(exprs.add("extent", "index", [off, *sizes, *stride_refs]))


def _launches(
    kfunc: ir.Operation,
    refs: list,
    exprs: _Exprs,
    param_buffer: dict,
    call: int,
    steps: list,
    when: int | None,
) -> None:
    from mlir import ir

    env = dict(zip(kfunc.regions[0].blocks[0].arguments, refs, strict=True))
    for o in kfunc.regions[0].blocks[0].operations:
        op = o.operation
        if op.name != "gpu.launch_func":
            continue
        launch = op.opview
        ref = ir.SymbolRefAttr(launch.attributes["kernel"])
        kernel = str(ref).lstrip("@").split("::@")[1]
        sizes = []
        for v in (
            launch.gridSizeX,
            launch.gridSizeY,
            launch.gridSizeZ,
            launch.blockSizeX,
            launch.blockSizeY,
            launch.blockSizeZ,
        ):
            r = exprs.of(v, env)
            const = exprs.exprs[r]
            sizes.append(const[3] if const[0] == "const" else None)
            sizes.append(r)
        grid = tuple(sizes[2 * i] or 0 for i in range(3))
        block = tuple(sizes[2 * i] for i in range(3, 6))
        if any(b is None for b in block):
            raise UnsupportedError(f"kernel @{kernel}: its block size is not a constant", loc=op.location)
        grid_exprs = tuple(None if sizes[2 * i] is not None else sizes[2 * i + 1] for i in range(3))
        shared = launch.dynamicSharedMemorySize
        if shared is not None:
            raise UnsupportedError(
                f"kernel @{kernel}: dynamic shared memory is not supported here", loc=op.location
            )
        args = tuple(_arg_spec(exprs.of(v, env), v.type, param_buffer) for v in launch.kernelOperands)
        steps.append(
            LaunchSpec(
                kernel,
                grid,
                block,
                0,
                args,
                call,
                grid_exprs=grid_exprs if any(g is not None for g in grid_exprs) else None,
                when=when,
            )
        )


class _State:
    """Reads the host code, op by op, into the manifest's calls, launches, checks and extents."""

    def __init__(self, exprs, env, buffers, param_buffer, params, symbols, ptx_text, options) -> None:
        self.exprs, self.env, self.buffers, self.param_buffer = exprs, env, buffers, param_buffer
        self.params, self.symbols, self.ptx_text, self.options = params, symbols, ptx_text, options
        self.checks: list[dict] = []
        self.extents: dict[int, list[int]] = {}
        self.calls: list[CallSpec] = []
        self.steps: list[LaunchSpec] = []
        self.launched: dict[str, KernelSpec] = {}
        self.outputs: list[OutputSpec] = []
        self.returns: str | None = None

    def visit(self, block: ir.Block, when: int | None) -> None:
        from mlir import ir

        for o in block.operations:
            op = o.operation
            name = op.name
            if name.startswith("arith.") or name in (
                "llvm.ptrtoint",
                "memref.load",
                "scf.yield",
                "ub.poison",
            ):
                continue  # evaluated on demand
            if name == "cf.assert":
                message = ir.StringAttr(op.attributes["msg"]).value
                self.checks.append(
                    {"expr": self._when(self.exprs.of(op.operands[0], self.env), when, 1), "message": message}
                )
            elif name == "scf.if" and not len(op.results):
                if len(op.regions[1].blocks) and len(op.regions[1].blocks[0].operations) > 1:
                    raise UnsupportedError("host code with an else branch is not supported", loc=op.location)
                cond = self.exprs.of(op.operands[0], self.env)
                inner = cond if when is None else self.exprs.add("arith.andi", "i1", [when, cond])
                self.visit(op.regions[0].blocks[0], inner)
            elif name in ("memref.alloca", "memref.alloc"):
                self._alloc(op)
            elif name == "func.call":
                self._call(op, when)
            elif name == "func.return":
                self._return(op)
            elif name != "mlc_ptr.to_memref":
                raise UnsupportedError(
                    f"'{name}' in the host code is not supported by the CUDA target", loc=op.location
                )

    def _when(self, ref: int, when: int | None, otherwise: int) -> int:
        """``ref`` where ``when`` holds, else the constant ``otherwise``."""
        if when is None:
            return ref
        return self.exprs.add("arith.select", "index", [when, ref, self.exprs.const(otherwise)])

    def _active(self, launches: list[LaunchSpec], when: int | None) -> int | None:
        """When the call's launches do any work (every grid size positive): its arrays need only
        be as long as its views reach then (an empty loop reads nothing)."""
        active = when
        for step in launches:
            for size, ref in zip(step.grid, step.grid_exprs or (None, None, None), strict=True):
                if ref is None:
                    if size <= 0:
                        return self.exprs.const(0, "i1")
                    continue
                positive = self.exprs.add("arith.cmpi", "i1", [ref, self.exprs.const(0)], [4, 64])
                active = (
                    positive if active is None else self.exprs.add("arith.andi", "i1", [active, positive])
                )
        return active

    def _alloc(self, op: ir.Operation) -> None:
        from mlir import ir

        t = ir.MemRefType(op.results[0].type)
        if not t.has_static_shape or len(op.operands):
            raise UnsupportedError("a host buffer with dynamic sizes is not supported", loc=op.location)
        dtype = _type_dtype(t.element_type)
        count = 1
        for d in t.shape:
            count *= d
        buf = BufferSpec(
            len(self.buffers), "intermediate", dtype, tuple(t.shape), count * itemsize(dtype), "result"
        )
        self.env[op.results[0]] = ("buffer", buf.id)
        self.buffers.append(buf)

    def _call(self, op: ir.Operation, when: int | None) -> None:
        from mlir import ir

        callee = ir.FlatSymbolRefAttr(op.attributes["callee"]).value
        kfunc = self.symbols.get(callee)
        if kfunc is None or attributes.KERNEL not in kfunc.attributes:
            raise UnsupportedError(f"call of @{callee}, which is not a kernel function", loc=op.location)
        refs = [self.exprs.of(v, self.env) for v in op.operands]
        args = tuple(_arg_spec(r, v.type, self.param_buffer) for r, v in zip(refs, op.operands, strict=True))
        source_op = ir.StringAttr(kfunc.attributes[attributes.KERNEL]).value
        self.calls.append(CallSpec(callee, source_op, loc_text(op.location), args, when))
        written = (
            ir.DenseI64ArrayAttr(kfunc.attributes[attributes.WRITTEN])
            if attributes.WRITTEN in kfunc.attributes
            else []
        )
        for w in written:
            if isinstance(refs[w], tuple) and refs[w][0] == "array":
                self.params[refs[w][1]]["written"] = True
        first = len(self.steps)
        _launches(kfunc, refs, self.exprs, self.param_buffer, len(self.calls) - 1, self.steps, when)
        active = self._active(self.steps[first:], when)
        extents: dict[int, list[int]] = {}
        _record_views(kfunc, refs, self.params, self.exprs, extents)
        for position, found in extents.items():
            self.extents.setdefault(position, []).extend(self._when(r, active, 0) for r in found)
        for step in self.steps:
            if step.kernel not in self.launched:
                self.launched[step.kernel] = _kernel_spec(
                    step.kernel, source_op, self.calls[-1].loc, self.ptx_text, self.options
                )

    def _return(self, op: ir.Operation) -> None:
        from mlir import ir

        for v in op.operands:
            load = v.owner.operation if isinstance(v, ir.OpResult) else None
            if load is None or load.name != "memref.load":
                raise UnsupportedError(
                    "the function must return a value computed by a kernel", loc=op.location
                )
            ref = self.exprs.of(load.operands[0], self.env)
            buf = self.buffers[ref[1]]
            self.buffers[buf.id] = BufferSpec(buf.id, "output", buf.dtype, buf.shape, buf.nbytes, buf.name, 0)
            self.outputs.append(OutputSpec("result0", buf.dtype, buf.shape, buf.id, 0, ()))
            self.returns = buf.dtype
