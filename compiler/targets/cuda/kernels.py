"""The ``kernels`` stage: every compute op of the host function becomes one kernel function.

After bufferization the entry function is a straight sequence of buffer
allocations, views and linalg ops on memrefs. Each linalg op (and each
``memref.copy``, rewritten as ``linalg.copy``) is moved into its own private
function ``@<entry>_k<N>_<op>`` and replaced by a ``func.call``; constants it
uses are cloned into it, every other value it captures becomes a parameter.
The names are stable: they depend only on the order and the kind of the ops.

Top-level loop nests (``affine.for``/``scf.for``/... over memrefs, e.g. kernels
raised from C) become kernels too: parallel affine loops become ``scf.parallel``
(``affine-parallelize``), nested parallel loops are merged, and loops that are
not parallel stay sequential.

Each kernel function is generalized to one ``linalg.generic`` (or keeps its loop
nest) and annotated with

* ``mlc.written``: the parameters whose memory it writes;

* ``mlc.kernel``: the op it came from (``linalg.conv_2d_nchw_fchw``, ...);
* ``mlc.parallel_extents``: the extents of its leading parallel loops;
* ``mlc.tile_sizes``: the tile sizes the occupancy rule chose for those loops
  once loops with more than three dimensions have their leading ones merged
  (see ``occupancy``); the mapping stage substitutes them for ``$tile_sizes``;
* ``mlc.gemm``: on GEMM-class kernels that take the tensor cores, the
  ``tensorize-gemm`` pass the mapping stage runs on them instead (see ``gemm``).

Kernels that only read constants then run at compile time (``fold``): their
results become weights and need no launch.

A generic with no leading parallel loop (a full reduction) gets extents (1,);
the ``gpu`` stage runs it as a single-thread launch.
``cf.assert`` checks inside kernels (torch-mlir adds some) are dropped: a
failed device assert leaves the CUDA context unusable, and upstream's
``convert-parallel-loops-to-gpu`` does not convert loops that contain them. A
generic left with no output is removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.errors import UnsupportedError
from mlc.compiler.targets.cuda.occupancy import choose_launch, mapped_extents
from mlc.compiler.targets.cuda.options import CudaOptions

if TYPE_CHECKING:
    from mlir import ir


def symbol_name(op: ir.Operation) -> str:
    from mlir import ir

    return ir.StringAttr(op.attributes["sym_name"]).value


def is_kernel_function(op: ir.Operation) -> bool:
    return op.name == "func.func" and attributes.KERNEL in op.attributes


def marked_kernels(module_op: ir.Operation, attribute: str) -> list[tuple[ir.Operation, ir.DictAttr]]:
    """The kernel functions of ``module_op`` that carry the dictionary attribute ``attribute``
    (a fusion plan a ``kernels`` stage left for a pass), each with that dictionary."""
    from mlir import ir

    return [
        (o.operation, ir.DictAttr(o.operation.attributes[attribute]))
        for o in list(module_op.regions[0].blocks[0].operations)
        if is_kernel_function(o.operation) and attribute in o.operation.attributes
    ]


def entry_function(module: ir.Module, options: CudaOptions) -> ir.Operation:
    """The host function to compile: ``options.function``, or the only public function with a body."""
    funcs = [
        op.operation
        for op in module.body.operations
        if op.operation.name == "func.func"
        and op.operation.regions[0].blocks
        and not is_kernel_function(op.operation)
    ]
    if options.function is not None:
        for f in funcs:
            if symbol_name(f) == options.function:
                return f
        names = ", ".join("@" + symbol_name(f) for f in funcs) or "none"
        raise UnsupportedError(f"no function @{options.function} in the module (functions: {names})")
    public = [f for f in funcs if "sym_visibility" not in f.attributes]
    if len(public) == 1:
        return public[0]
    if not public:
        raise UnsupportedError("the module has no public function to compile")
    names = ", ".join("@" + symbol_name(f) for f in public)
    raise UnsupportedError(
        f"the module has several public functions ({names})", hint="choose one with --function NAME"
    )


LOOP_OPS = ("affine.for", "affine.parallel", "scf.for", "scf.parallel")
# Loop nests become scf.parallel where they can: parallel affine loops, nested parallel loops merged.
PARALLELIZE = "builtin.module(func.func(affine-parallelize,lower-affine,canonicalize))"
# Tile sizes for loops whose extent is known only at run time (kernels raised from C) are
# chosen as if it were this; the launch grid is computed from the real extent at run time.
DYNAMIC_EXTENT = 4096


def _is_compute(op: ir.Operation) -> bool:
    return (
        op.name == "memref.copy"
        or (op.name == "scf.if" and attributes.COMPUTE_GUARD in op.attributes)
        or op.name in LOOP_OPS
        or (op.name.startswith("linalg.") and op.name != "linalg.yield")
    )


def run_on_function(module: ir.Module, func: ir.Operation, pipeline: str) -> None:
    """Run ``pipeline`` (module-anchored) on ``func`` alone: it is moved into a scratch module and back."""
    from mlir import ir

    from mlc.compiler.pipeline import Pipeline

    steps = Pipeline.parse(pipeline)
    with module.context, func.location:
        scratch = ir.Module.create()
    ops = [p.operation for p in module.body.operations]
    position = ops.index(func)
    after = ops[position + 1] if position + 1 < len(ops) else None
    scratch.body.append(func)
    try:
        steps.run(scratch)
    finally:
        _rename_clashing_symbols(scratch, module)
        for moved in list(scratch.body.operations):
            if after is None:
                module.body.append(moved.operation)
            else:
                moved.operation.move_before(after)


def _rename_clashing_symbols(scratch: ir.Module, module: ir.Module) -> None:
    """Give every symbol the pipeline created in ``scratch`` (a shared-memory tile, a helper
    function) that ``module`` already defines a fresh name, and update its uses in ``scratch``:
    each kernel is mapped in a module of its own, so their new symbols may coincide."""
    from mlir import ir

    taken = ir.SymbolTable(module.operation)
    for o in list(scratch.body.operations):
        op = o.operation
        if "sym_name" not in op.attributes:
            continue
        name = ir.StringAttr(op.attributes["sym_name"]).value
        if name not in taken:
            continue
        k = 1
        while f"{name}_{k}" in taken or f"{name}_{k}" in ir.SymbolTable(scratch.operation):
            k += 1
        ir.SymbolTable.replace_all_symbol_uses(name, f"{name}_{k}", scratch.operation)
        ir.SymbolTable.set_symbol_name(op, f"{name}_{k}")


def kernel_functions(module: ir.Module) -> dict[str, ir.Operation]:
    """The module's kernel functions by name."""
    return {
        symbol_name(o.operation): o.operation
        for o in module.body.operations
        if is_kernel_function(o.operation)
    }


def _captured(op: ir.Operation, outer: set) -> list:
    """Values defined in the host function and used by ``op`` or anything nested in it, in first-use order."""
    from mlc.compiler.analysis.kernels import nested_ops

    seen: dict = {}
    for nested in nested_ops(op):
        for v in nested.operands:
            if v in outer and v not in seen:
                seen[v] = None
    return list(seen)


def _strip_asserts(op: ir.Operation) -> None:
    from mlc.compiler.analysis.kernels import nested_ops

    for nested in nested_ops(op):
        if nested.name == "cf.assert":
            nested.erase()


def _guarded_compute(guard: ir.Operation) -> ir.Operation:
    """The first compute op inside a guard ``scf.if`` (the guard itself when it holds none)."""
    for o in guard.regions[0].blocks[0].operations:
        if _is_compute(o.operation):
            return o.operation
    return guard


def _has_outputs(op: ir.Operation) -> bool:
    from mlir.dialects import linalg

    view = op.opview
    return not isinstance(view, linalg.GenericOp) or len(view.outputs) > 0


def _copy_as_linalg(op: ir.Operation) -> ir.Operation:
    """``memref.copy %a, %b`` -> ``linalg.copy ins(%a) outs(%b)`` (a kernel, like every linalg op)."""
    from mlir import ir
    from mlir.dialects import linalg

    with ir.InsertionPoint(op), op.location:
        linalg.copy(op.operands[0], outs=[op.operands[1]])
    new = op.block.operations[_index_in_block(op) - 1].operation
    op.erase()
    return new


def _index_in_block(op: ir.Operation) -> int:
    for i, o in enumerate(op.block.operations):
        if o.operation == op:
            return i
    raise ValueError("operation not in its block")


def _outline(op: ir.Operation, host: ir.Operation, name: str, outer: set) -> ir.Operation:
    """Move ``op`` into a new private function ``@name`` and call it from where it was."""
    from mlir import ir
    from mlir.dialects import func

    from mlc.compiler.analysis.kernels import nested_ops

    captured = _captured(op, outer)
    constants = [v for v in captured if isinstance(v, ir.OpResult) and v.owner.name == "arith.constant"]
    params = [v for v in captured if v not in set(constants)]
    with op.location:
        with ir.InsertionPoint(host):
            kfunc = func.FuncOp(name, ir.FunctionType.get([v.type for v in params], []), visibility="private")
        kfunc.attributes[attributes.KERNEL] = ir.StringAttr.get(op.name)
        block = kfunc.add_entry_block()
        with ir.InsertionPoint(block):
            mapping = {v: block.arguments[i] for i, v in enumerate(params)}
            for v in constants:
                mapping[v] = v.owner.operation.clone().results[0]
            ret = func.ReturnOp([])
        with ir.InsertionPoint(op):
            func.CallOp([], ir.FlatSymbolRefAttr.get(name), params)
    op.move_before(ret.operation)
    for nested in nested_ops(op):
        for v in list(nested.operands):
            if v in mapping:
                nested.replace_uses_of_with(v, mapping[v])
    return kfunc.operation


def form_kernels(module: ir.Module, options: CudaOptions) -> None:
    """The ``kernels`` stage of a model: outline, run constant kernels at compile time, annotate."""
    host = outline_kernels(module, options)
    if options.fold_constants:
        from mlc.compiler.targets.cuda.fold import fold_constant_kernels

        fold_constant_kernels(module, host)
    annotate_kernels(module, host, options)


def outline_kernels(module: ir.Module, options: CudaOptions) -> ir.Operation:
    """Outline every compute op of the entry function into a kernel function (see the module doc);
    returns the entry (host) function."""
    from mlir import ir

    host = entry_function(module, options)
    host_name = symbol_name(host)
    body = host.regions[0].blocks[0]
    outer = set(body.arguments)
    for o in body.operations:
        outer.update(o.results)
    count = 0
    for o in list(body.operations):
        op = o.operation
        if not _is_compute(op):
            continue
        _strip_asserts(op)
        if not _has_outputs(op):
            op.erase()
            continue
        if op.name == "memref.copy":
            op = _copy_as_linalg(op)
        if op.name == "scf.if" and _guarded_compute(op).name == "memref.copy":
            _copy_as_linalg(_guarded_compute(op))
        guarded = _guarded_compute(op) if op.name == "scf.if" else op
        kind = "loop" if guarded.name in LOOP_OPS else guarded.name.split(".", 1)[1].replace(".", "_")
        kfunc = _outline(op, host, f"{host_name}_k{count}_{kind}", outer)
        if guarded is not op:  # a guarded op (kernels from C): named after what it computes
            kfunc.attributes[attributes.KERNEL] = ir.StringAttr.get(guarded.name)
        if kind == "loop":
            run_on_function(module, kfunc, PARALLELIZE)
        count += 1
    _generalize(module)
    for o in module.body.operations:
        if is_kernel_function(o.operation):
            o.operation.attributes[attributes.WRITTEN] = ir.DenseI64ArrayAttr.get(written_params(o.operation))
    return host


def annotate_kernels(module: ir.Module, host: ir.Operation, options: CudaOptions) -> None:
    """Mark GEMM-class kernels for the tensor cores and give every kernel its extents and tile sizes."""
    from mlir import ir

    spec = options.spec
    if options.fuse_elementwise and options.attention_fusion:
        from mlc.compiler.targets.cuda.attention_fusion import fuse_attention

        fuse_attention(module, host, options)
    if options.split_k and options.tensor_cores:
        from mlc.compiler.targets.cuda.split_k import split_k

        split_k(module, host, options)
    if options.tensor_cores:
        from mlc.compiler.targets.cuda.gemm import mark_gemm_kernels

        mark_gemm_kernels(module, host, options)
    if options.fuse_elementwise and options.row_fusion:
        from mlc.compiler.targets.cuda.row_fusion import fuse_rows

        fuse_rows(module, host, options)
    for o in module.body.operations:
        if is_kernel_function(o.operation):
            extents = _parallel_extents(o.operation)
            shape = choose_launch(mapped_extents(extents), spec)
            o.operation.attributes[attributes.PARALLEL_EXTENTS] = ir.DenseI64ArrayAttr.get(list(extents))
            o.operation.attributes[attributes.TILE_SIZES] = ir.DenseI64ArrayAttr.get(list(shape.tile_sizes))


def _generalize(module: ir.Module) -> None:
    from mlc.compiler.pipeline import Pipeline

    Pipeline.parse("builtin.module(func.func(linalg-generalize-named-ops))").run(module)


_VIEW_OPS = (
    "memref.subview",
    "memref.expand_shape",
    "memref.collapse_shape",
    "memref.reinterpret_cast",
    "memref.cast",
    "memref.transpose",
    "memref.view",
)
# op name -> index of the memref operand it writes (linalg.generic: its outputs).
_WRITES = {
    "memref.store": 1,
    "affine.store": 1,
    "vector.store": 1,
    "vector.transfer_write": 1,
    "memref.copy": 1,
    "memref.atomic_rmw": 1,
    "memref.generic_atomic_rmw": 0,
}


def written_params(kfunc: ir.Operation) -> list[int]:
    """Indices of the kernel function's parameters whose memory it writes."""
    from mlir import ir

    params = list(kfunc.regions[0].blocks[0].arguments)
    written: set[int] = set()

    def trace(value: ir.Value) -> None:
        while isinstance(value, ir.OpResult) and value.owner.name in _VIEW_OPS:
            value = value.owner.operands[0]
        if value in params:
            written.add(params.index(value))

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name in _WRITES:
            trace(op.operands[_WRITES[op.name]])
        elif op.name == "linalg.generic":
            for value in op.opview.outputs:
                trace(value)
        return ir.WalkResult.ADVANCE

    kfunc.walk(visit)
    return sorted(written)


def _compute_op(kfunc: ir.Operation) -> ir.Operation:
    """The kernel's one compute op: a ``linalg.generic`` or a loop nest."""
    ops = [o.operation for o in kfunc.regions[0].blocks[0].operations]
    compute = [o for o in ops if o.name.startswith("linalg.") or o.name in LOOP_OPS]
    if not compute:
        return kfunc  # the whole body (a kernel from C that runs as one thread)
    for o in compute:
        if o.name.startswith("linalg.") and o.name != "linalg.generic":
            raise UnsupportedError(
                f"'{o.name}' is not supported by the CUDA target (it has no loop form)", loc=o.location
            )
    return compute[0]


def _iterators(generic: ir.Operation) -> list[str]:
    from mlir import ir

    return [str(a).split("<")[-1].rstrip(">") for a in ir.ArrayAttr(generic.attributes["iterator_types"])]


def _loop_extents(generic: ir.Operation, count: int) -> tuple[int, ...]:
    """Extents of loops ``0..count-1``: from the first operand dimension each one indexes directly
    (``DYNAMIC_EXTENT`` for a dimension known only at run time)."""
    from mlir import ir

    maps = [ir.AffineMapAttr(a).value for a in ir.ArrayAttr(generic.attributes["indexing_maps"])]
    extents: dict[int, int] = {}
    for value, amap in zip(generic.operands, maps, strict=True):
        if not isinstance(value.type, ir.ShapedType):
            continue
        shape = value.type.shape
        for i, expr in enumerate(amap.results):
            if isinstance(expr, ir.AffineDimExpr):
                size = DYNAMIC_EXTENT if shape[i] == ir.ShapedType.get_dynamic_size() else shape[i]
                if extents.get(expr.position, DYNAMIC_EXTENT) == DYNAMIC_EXTENT:
                    extents[expr.position] = size
    missing = [d for d in range(count) if d not in extents]
    if missing:
        raise UnsupportedError(
            f"cannot tell the static extent of parallel loop d{missing[0]}", loc=generic.location
        )
    return tuple(extents[d] for d in range(count))


def _loop_extents_of_parallel(loop: ir.Operation) -> tuple[int, ...]:
    """Trip counts of an ``scf.parallel`` with constant bounds ((1,) if any is not constant)."""
    from mlir import ir

    n = len(loop.regions[0].blocks[0].arguments)
    values = []
    for v in loop.operands[: 3 * n]:
        constant = isinstance(v, ir.OpResult) and v.owner.name == "arith.constant"
        attr = v.owner.attributes["value"] if constant else None
        if not isinstance(attr, ir.IntegerAttr):
            return (1,)
        values.append(attr.value)
    lbs, ubs, steps = values[:n], values[n : 2 * n], values[2 * n :]
    return tuple(max(1, -(-(u - lo) // s)) for lo, u, s in zip(lbs, ubs, steps, strict=True))


def _parallel_extents(kfunc: ir.Operation) -> tuple[int, ...]:
    """The extents of the kernel's leading parallel loops ((1,) when there are none)."""
    generic = _compute_op(kfunc)
    if generic.name == "scf.parallel":
        return _loop_extents_of_parallel(generic)
    if generic.name != "linalg.generic":
        return (1,)
    iterators = _iterators(generic)
    leading = 0
    while leading < len(iterators) and iterators[leading] == "parallel":
        leading += 1
    if leading == 0:
        return (1,)
    return _loop_extents(generic, leading)
