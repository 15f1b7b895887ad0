"""Buffer-level functions raised from C (``.ll`` files) on the CUDA target.

A raised ``.ll`` kernel keeps its C signature: pointer arguments
(``!llvm.ptr``), integer and float scalars, outputs written in place, maybe a
scalar result. Its arrays are views built on the pointers
(``mlc_ptr.to_memref`` + ``memref.reinterpret_cast``/``subview``) with sizes
computed from the scalars. Such a function has its own stage list (``stages.C_FUNCTION``): ``prepare``
replaces ``bufferize``, and ``form_kernels`` adds ``pass_views_as_pointers`` to the
model's ``kernels`` stage; ``to_gpu`` sinks the views into the launches:

* ``prepare``: the raising's run-time checks (``scf.if %ok {raised} else
  {call @f.mlc.orig}``) become ``cf.assert %ok`` on the host (the original
  LLVM code cannot run on the GPU: a failed check is a run-time error that
  names the assumption); a scalar result kept in a rank-0 buffer stays there
  and becomes output 0; a store of a scalar into such a buffer becomes a
  ``linalg.fill`` (a kernel).
* ``pass_views_as_pointers``: after outlining, each kernel parameter that is a
  view of a pointer argument is replaced by the pointer itself plus one
  ``index`` parameter per dynamic offset, size and stride; the kernel rebuilds
  the view with ``memref.reinterpret_cast``. The host passes the pointer
  argument and the view's metadata (``memref.extract_strided_metadata``,
  expanded to arithmetic on the scalar arguments). Kernels thus need no
  static shapes: a pointer and integers are all they get.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.errors import UnsupportedError
from mlc.compiler.pipeline import Pipeline
from mlc.compiler.targets.cuda.kernels import (
    annotate_kernels,
    entry_function,
    is_kernel_function,
    kernel_functions,
    outline_kernels,
    symbol_name,
)
from mlc.compiler.targets.cuda.lowering import (
    OUTLINE,
    TO_LAUNCHES,
    check_mapped,
    has_mapped_loop,
    run_pipeline,
    wrap_unmapped,
)
from mlc.compiler.targets.cuda.options import CudaOptions

if TYPE_CHECKING:
    from mlir import ir

PTR_VIEW = "mlc_ptr.to_memref"
# On an ``scf.if`` around one compute op: the kernel runs only when its condition holds.
# On a kernel (or the guard that becomes one) that runs as one GPU thread: not mapped.
# On a kernel function: per pointer parameter, the view it stands for and its metadata parameters.
HOST_CLEANUP = "func.func(expand-strided-metadata,lower-affine,canonicalize,cse)"
# Kernels raised from C compute their launch sizes from integer parameters: as plain arith.
C_HOST_ARITH = "builtin.module(func.func(lower-affine))"  # no canonicalize: it merges tile loops


def is_c_function(module: ir.Module, options: CudaOptions) -> bool:
    """Whether the module to compile is a buffer-level function raised from C (pointer arguments)."""
    from mlir import ir

    if not _functions_with_bodies(module):
        _refuse_unraised(module)
    func = entry_function(module, options)
    ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
    return attributes.C_FUNCTION in func.attributes or any(str(t) == "!llvm.ptr" for t in ftype.inputs)


def _functions_with_bodies(module: ir.Module) -> list[ir.Operation]:
    return [
        o.operation
        for o in module.body.operations
        if o.operation.name == "func.func" and o.operation.regions[0].blocks
    ]


def _refuse_unraised(module: ir.Module) -> None:
    unraised = [
        o.operation
        for o in module.body.operations
        if o.operation.name == "llvm.func"
        and o.operation.regions[0].blocks
        and "sym_visibility" not in o.operation.attributes
    ]
    if unraised:
        names = ", ".join(f"@{symbol_name(op)}" for op in unraised)
        raise UnsupportedError(
            f"{names} {'was' if len(unraised) == 1 else 'were'} not raised from LLVM IR to loops on arrays, "
            "so the CUDA target cannot parallelize " + ("it" if len(unraised) == 1 else "them"),
            loc=unraised[-1].location,
            hint="mlc-compile --verbose (or mlc-translate --verbose) prints the remark saying why",
        )


def assumptions(func: ir.Operation) -> list[str]:
    from mlir import ir

    if attributes.ASSUMPTIONS not in func.attributes:
        return []
    return [ir.StringAttr(a).value for a in ir.ArrayAttr(func.attributes[attributes.ASSUMPTIONS])]


def _is_fallback(op: ir.Operation) -> bool:
    """``scf.if`` whose else branch calls the original LLVM function (a failed run-time check)."""
    from mlir import ir

    if op.name != "scf.if" or len(op.regions[1].blocks) == 0:
        return False
    for inner in op.regions[1].blocks[0].operations:
        attrs = inner.operation.attributes
        if inner.operation.name == "llvm.call" and "callee" in attrs:
            return ir.FlatSymbolRefAttr(attrs["callee"]).value.endswith(attributes.ORIGINAL_SUFFIX)
    return False


def _checks_to_asserts(func: ir.Operation) -> None:
    """``scf.if %ok {A} else {fallback}`` -> ``cf.assert %ok, "..."; A``."""
    from mlir import ir
    from mlir.dialects import cf

    checked = [a.removeprefix("checked at entry: ") for a in assumptions(func) if a.startswith("checked")]
    message = "run-time check failed: " + ("; ".join(checked) or "the raised code's assumptions do not hold")
    block = func.regions[0].blocks[0]
    for o in list(block.operations):
        op = o.operation
        if not _is_fallback(op):
            continue
        if len(op.results):
            raise UnsupportedError("a run-time check that yields values is not supported", loc=op.location)
        with ir.InsertionPoint(op), op.location:
            cf.AssertOp(op.operands[0], message)
        for inner in list(op.regions[0].blocks[0].operations):
            if inner.operation.name == "scf.yield":
                continue
            inner.operation.move_before(op)
        op.erase()


_COMPUTE_PREFIXES = ("linalg.", "affine.for", "affine.parallel", "scf.for", "scf.parallel", "memref.copy")


def _is_guard(op: ir.Operation) -> bool:
    """``scf.if`` without results whose work is in one branch: code that runs only for some
    arguments. An empty then-branch is normalized first (the else-branch under the negated
    condition)."""
    from mlir import ir
    from mlir.dialects import arith

    if op.name != "scf.if" or len(op.results) or _is_fallback(op):
        return False
    then_block = op.regions[0].blocks[0]
    else_ops = len(op.regions[1].blocks[0].operations) if len(op.regions[1].blocks) else 0
    if else_ops <= 1:
        return True
    if len(then_block.operations) > 1:
        return False
    with ir.InsertionPoint(op), op.location:
        true = arith.ConstantOp(ir.IntegerType.get_signless(1), 1).result
        negated = arith.XOrIOp(op.operands[0], true).result
    op.operands[0] = negated
    end = then_block.operations[0]
    for o in list(op.regions[1].blocks[0].operations):
        if o.operation.name != "scf.yield":
            o.operation.move_before(end)
    return True


def _flatten_guard(guard: ir.Operation, outer: ir.Value | None = None) -> None:
    """Hoist the body of ``guard`` to the function body: each compute op in it gets a guard
    ``scf.if`` of its own (marked ``attributes.COMPUTE_GUARD``), nested guards get the conjunction."""
    from mlir import ir
    from mlir.dialects import arith, scf

    cond = guard.operands[0]
    body = [o.operation for o in guard.regions[0].blocks[0].operations]
    if outer is None and any(op.name.startswith(_COMPUTE_PREFIXES) and len(op.results) for op in body):
        # a loop's result feeds later code: the guarded code stays together, as one kernel
        guard.attributes[attributes.COMPUTE_GUARD] = ir.UnitAttr.get()
        return
    if outer is not None:
        with ir.InsertionPoint(guard), guard.location:
            cond = arith.AndIOp(outer, cond).result
    for o in list(guard.regions[0].blocks[0].operations):
        op = o.operation
        if op.name == "scf.yield":
            continue
        op.move_before(guard)
        if _is_guard(op):
            _flatten_guard(op, cond)
        elif op.name.startswith(_COMPUTE_PREFIXES) and op.name != "linalg.yield":
            with ir.InsertionPoint(op), op.location:
                wrapper = scf.IfOp(cond)
                wrapper.operation.attributes[attributes.COMPUTE_GUARD] = ir.UnitAttr.get()
                with ir.InsertionPoint(wrapper.then_block):
                    end = scf.YieldOp([])
            op.move_before(end.operation)
    guard.erase()


def _stores_to_fills(func: ir.Operation) -> None:
    """Top-level ``memref.store %x, %buf[]`` into a rank-0 buffer -> ``linalg.fill`` (a kernel)."""
    from mlir import ir
    from mlir.dialects import linalg

    for o in list(func.regions[0].blocks[0].operations):
        op = o.operation
        if op.name != "memref.store":
            continue
        if len(op.operands) != 2:
            raise UnsupportedError(
                "a store into an array element on the host is not supported by the CUDA target",
                loc=op.location,
            )
        with ir.InsertionPoint(op), op.location:
            linalg.fill(op.operands[0], outs=[op.operands[1]])
        op.erase()


_HOST_OPS = (
    "cf.assert",
    PTR_VIEW,
    "memref.reinterpret_cast",
    "memref.subview",
    "memref.cast",
    "memref.alloca",
    "memref.alloc",
    "llvm.ptrtoint",
    "ub.poison",
    "affine.apply",
    "func.return",
)


def _runs_on_host(op: ir.Operation) -> bool:
    """Whether the host program can run ``op`` itself or launch it as a kernel."""
    if op.name.startswith("arith.") or op.name in _HOST_OPS or attributes.COMPUTE_GUARD in op.attributes:
        return True
    if op.name == "memref.load":
        return len(op.operands) == 1 and {u.owner.name for u in op.results[0].uses} == {"func.return"}
    return op.name.startswith(_COMPUTE_PREFIXES) and op.name != "linalg.yield"


def _one_kernel_for_the_rest(func: ir.Operation) -> None:
    """From the first op the host cannot run (an array element read on the host, a branch with
    an else, vector code between loops), the function body becomes one guarded kernel; it runs
    as a single GPU thread (see ``_serialize_inner_parallel_loops``)."""
    from mlir import ir
    from mlir.dialects import arith, scf

    ops = [o.operation for o in func.regions[0].blocks[0].operations]
    first = next((i for i, op in enumerate(ops) if not _runs_on_host(op)), None)
    if first is None:
        return
    tail = [op for op in ops[first:] if op.name != "func.return" and not _feeds_return(op)]
    with ir.InsertionPoint(ops[first]), ops[first].location:
        true = arith.ConstantOp(ir.IntegerType.get_signless(1), 1).result
        guard = scf.IfOp(true)
        guard.operation.attributes[attributes.COMPUTE_GUARD] = ir.UnitAttr.get()
        guard.operation.attributes[attributes.SINGLE_THREAD] = ir.UnitAttr.get()
        with ir.InsertionPoint(guard.then_block):
            end = scf.YieldOp([])
    for op in tail:
        op.move_before(end.operation)


def _feeds_return(op: ir.Operation) -> bool:
    return op.name == "memref.load" and {u.owner.name for u in op.results[0].uses} == {"func.return"}


def prepare(module: ir.Module, options: CudaOptions) -> None:
    """The ``bufferize`` stage for a function raised from C (see the module doc)."""
    from mlir import ir

    func = entry_function(module, options)
    func.attributes[attributes.C_FUNCTION] = ir.UnitAttr.get()
    _checks_to_asserts(func)
    for o in list(func.regions[0].blocks[0].operations):
        if _is_guard(o.operation):
            _flatten_guard(o.operation)
    _stores_to_fills(func)
    _one_kernel_for_the_rest(func)
    for o in list(module.body.operations):  # the fallbacks are unreachable now
        op = o.operation
        if op.name == "llvm.func" and symbol_name(op).endswith(attributes.ORIGINAL_SUFFIX):
            op.erase()


def form_kernels(module: ir.Module, options: CudaOptions) -> None:
    """The ``kernels`` stage for a function raised from C: outline, pass views as pointers, annotate."""
    host = outline_kernels(module, options)
    pass_views_as_pointers(module, options)
    annotate_kernels(module, host, options)


def to_gpu(module: ir.Module, options: CudaOptions) -> None:
    """The ``gpu`` stage for a function raised from C: as a model's, with the pointer views folded
    and sunk into the launches and the launch sizes computed on the host from the scalars."""
    warn_single_thread(module, [k for k in kernel_functions(module).values() if not has_mapped_loop(k)])
    wrap_unmapped(module)
    fold_view_dims(module)
    run_pipeline(module, TO_LAUNCHES)
    sink_pointer_views(module)
    run_pipeline(module, C_HOST_ARITH)
    run_pipeline(module, OUTLINE)
    check_mapped(module, allow_arith=True)


def _root_pointer(value: ir.Value) -> ir.Value | None:
    """The ``!llvm.ptr`` a memref view is built on (through views), or None."""
    from mlir import ir

    while isinstance(value, ir.OpResult):
        owner = value.owner
        if owner.name == PTR_VIEW:
            return owner.operands[0]
        if owner.name not in ("memref.reinterpret_cast", "memref.subview", "memref.cast"):
            return None
        value = owner.operands[0]
    return None


def _dynamic_metadata(t: ir.MemRefType) -> tuple[list[bool], list[bool], bool]:
    """Which sizes and strides of ``t`` are dynamic, and whether its offset is."""
    from mlir import ir

    strides, offset = t.get_strides_and_offset()
    dyn = ir.ShapedType.get_dynamic_stride_or_offset()
    return (
        [s == ir.ShapedType.get_dynamic_size() for s in t.shape],
        [s == dyn for s in strides],
        offset == dyn,
    )


def _rewrite_kernel(kfunc: ir.Operation, views: list[int], host_calls: list[ir.Operation]) -> None:
    """Parameters ``views`` of ``kfunc`` become a pointer plus their dynamic metadata (module doc)."""
    from mlir import ir
    from mlir.dialects import func as func_d
    from mlir.dialects import memref

    block = kfunc.regions[0].blocks[0]
    ptr_type = ir.Type.parse("!llvm.ptr")
    index = ir.IndexType.get()
    old_args = list(block.arguments)
    old_types = [a.type for a in old_args]
    new_types: list[ir.Type] = []
    plan: list[tuple[int, list[int]]] = []  # per old argument: its position among new params, extras
    for i, arg in enumerate(old_args):
        if i not in views:
            plan.append((len(new_types), []))
            new_types.append(arg.type)
            continue
        sizes, strides, offset = _dynamic_metadata(arg.type)
        count = int(offset) + sum(sizes) + sum(strides)
        plan.append((len(new_types), list(range(len(new_types) + 1, len(new_types) + 1 + count))))
        new_types += [ptr_type] + [index] * count
    for t in new_types:
        block.add_argument(t, kfunc.location)
    new_args = list(block.arguments)[len(old_args) :]
    first = block.operations[0] if len(block.operations) else None
    with ir.InsertionPoint(first) if first is not None else ir.InsertionPoint(block), kfunc.location:
        for i, arg in enumerate(old_args):
            pos, extras = plan[i]
            if i not in views:
                arg.replace_all_uses_with(new_args[pos])
                continue
            t = ir.MemRefType(arg.type)
            base_type = ir.MemRefType.get([], t.element_type)
            base = ir.Operation.create(PTR_VIEW, results=[base_type], operands=[new_args[pos]]).result
            sizes, strides, offset = _dynamic_metadata(t)
            static_strides, static_offset = t.get_strides_and_offset()
            it = iter(new_args[e] for e in extras)
            off_vals = [next(it)] if offset else []
            size_vals = [next(it) for d in sizes if d]
            stride_vals = [next(it) for d in strides if d]
            view = memref.ReinterpretCastOp(
                t,
                base,
                off_vals,
                size_vals,
                stride_vals,
                ir.DenseI64ArrayAttr.get([static_offset]),
                ir.DenseI64ArrayAttr.get(list(t.shape)),
                ir.DenseI64ArrayAttr.get(list(static_strides)),
            )
            arg.replace_all_uses_with(view.result)
    for _ in old_args:
        block.erase_argument(0)
    kfunc.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(new_types, []))
    if attributes.WRITTEN in kfunc.attributes:
        written = [plan[i][0] for i in ir.DenseI64ArrayAttr(kfunc.attributes[attributes.WRITTEN])]
        kfunc.attributes[attributes.WRITTEN] = ir.DenseI64ArrayAttr.get(written)
    kfunc.attributes[attributes.POINTER_VIEWS] = ir.ArrayAttr.get(
        [
            ir.DictAttr.get(
                {
                    "param": ir.IntegerAttr.get(ir.IntegerType.get_signless(64), plan[i][0]),
                    "type": ir.TypeAttr.get(old_types[i]),
                    "extras": ir.DenseI64ArrayAttr.get(plan[i][1]),
                }
            )
            for i in views
        ]
    )
    for call in host_calls:
        operands = list(call.operands)
        new_operands: list[ir.Value] = []
        with ir.InsertionPoint(call), call.location:
            for i, v in enumerate(operands):
                if i not in views:
                    new_operands.append(v)
                    continue
                meta = memref.ExtractStridedMetadataOp(v)
                sizes, strides, offset = _dynamic_metadata(ir.MemRefType(v.type))
                rank = len(sizes)
                new_operands.append(_root_pointer(v))
                if offset:
                    new_operands.append(meta.offset)
                new_operands += [meta.sizes[d] for d in range(rank) if sizes[d]]
                new_operands += [meta.strides[d] for d in range(rank) if strides[d]]
            func_d.CallOp([], ir.FlatSymbolRefAttr.get(symbol_name(kfunc)), new_operands)
        call.erase()


SERIAL_LOOPS = "func.func(convert-linalg-to-loops,scf-parallel-for-to-nested-fors)"


def _serialize_inner_parallel_loops(kfunc: ir.Operation) -> None:
    """A kernel whose outermost loop is sequential (it carries a dependence, or its iterations
    could not be proven independent) runs as one GPU thread: the parallel loops inside it
    become sequential too, with a warning, since mapping them would need a launch per
    iteration of the outer loop."""
    from mlir import ir

    from mlc.compiler.diagnostics import warning

    outer = [
        o.operation
        for o in kfunc.regions[0].blocks[0].operations
        if o.operation.name in ("scf.for", "affine.for")
    ]
    inner: list[ir.Operation] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "scf.parallel":
            inner.append(op)
        return ir.WalkResult.ADVANCE

    single = attributes.SINGLE_THREAD in kfunc.attributes
    for loop in outer if not single else [kfunc]:
        loop.walk(visit)
    if not inner and not single:
        return
    kfunc.attributes[attributes.SINGLE_THREAD] = ir.UnitAttr.get()
    why = (
        "the host code around its loops has to run in order"
        if single
        else "its outermost loop is sequential (a loop-carried dependence, or iterations not proven "
        "independent)"
    )
    warning(kfunc.location, f"kernel @{symbol_name(kfunc)} runs as a single GPU thread: {why}")
    Pipeline.parse(SERIAL_LOOPS).run_on(kfunc)


def _parallel_to_fors(loop: ir.Operation) -> None:
    """A result-less ``scf.parallel`` -> nested ``scf.for`` loops, innermost last."""
    from mlir import ir
    from mlir.dialects import scf

    body = loop.regions[0].blocks[0]
    n = len(body.arguments)
    lbs, ubs, steps = (list(loop.operands)[i * n : (i + 1) * n] for i in range(3))
    point = ir.InsertionPoint(loop)
    ivs = []
    with loop.location:
        for k in range(n):
            with point:
                for_op = scf.ForOp(lbs[k], ubs[k], steps[k])
            ivs.append(for_op.induction_variable)
            with ir.InsertionPoint(for_op.body):
                end = scf.YieldOp([])
            point = ir.InsertionPoint(end)
    for old, new in zip(body.arguments, ivs, strict=True):
        old.replace_all_uses_with(new)
    for o in list(body.operations):
        if o.operation.name != "scf.reduce":
            o.operation.move_before(end.operation)
    loop.erase()


def _serialize_nested_parallel_loops(kfunc: ir.Operation) -> None:
    """Parallel loops nested in the kernel's outer ``scf.parallel`` (an imperfect nest, or inner
    bounds that depend on outer indices) become sequential loops inside each outer iteration:
    the GPU maps the outer loop; the mapping passes take perfectly nested bands only."""

    for o in kfunc.regions[0].blocks[0].operations:
        if o.operation.name != "scf.parallel":
            continue
        for loop in _inner_parallel_loops(o.operation):  # post-order: innermost first
            _parallel_to_fors(loop)


def _inner_parallel_loops(outer: ir.Operation) -> list[ir.Operation]:
    from mlir import ir

    inner: list[ir.Operation] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "scf.parallel" and op != outer and not len(op.results):
            inner.append(op)
        return ir.WalkResult.ADVANCE

    outer.walk(visit)
    return inner


def warn_single_thread(module: ir.Module, unmapped: list[ir.Operation]) -> None:
    """Warn about kernels that will run as one GPU thread (unless ``kernels`` already did)."""
    from mlc.compiler.diagnostics import warning

    for kfunc in unmapped:
        if attributes.SINGLE_THREAD not in kfunc.attributes and _has_loops(kfunc):
            warning(
                kfunc.location,
                f"kernel @{symbol_name(kfunc)} runs as a single GPU thread: none of its loops could be "
                "parallelized (a loop-carried dependence, or iterations not proven independent)",
            )


def _has_loops(kfunc: ir.Operation) -> bool:
    from mlir import ir

    found: list[bool] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        loops = op.name in ("scf.for", "scf.while", "affine.for", "scf.parallel")
        if loops or (op.name == "linalg.generic" and len(ir.ArrayAttr(op.attributes["iterator_types"]))):
            found.append(True)
            return ir.WalkResult.INTERRUPT
        return ir.WalkResult.ADVANCE

    kfunc.walk(visit)
    return bool(found)


def _host_calls(host: ir.Operation) -> list[ir.Operation]:
    from mlir import ir

    found: list[ir.Operation] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "func.call":
            found.append(op)
        return ir.WalkResult.ADVANCE

    host.walk(visit)
    return found


def _guards_to_host(module: ir.Module, host: ir.Operation) -> None:
    """A kernel that is one guard ``scf.if`` around its work: the work stays in the kernel,
    the condition goes to the host, around the call (the kernel is launched only when it holds)."""
    from mlir import ir
    from mlir.dialects import func as func_d
    from mlir.dialects import scf

    kernels = {
        symbol_name(o.operation): o.operation
        for o in module.body.operations
        if is_kernel_function(o.operation)
    }
    for call in _host_calls(host):
        kfunc = kernels.get(ir.FlatSymbolRefAttr(call.attributes["callee"]).value)
        if kfunc is None:
            continue
        block = kfunc.regions[0].blocks[0]
        guards = [o.operation for o in block.operations if attributes.COMPUTE_GUARD in o.operation.attributes]
        if not guards:
            continue
        guard = guards[0]
        if attributes.SINGLE_THREAD in guard.attributes:
            kfunc.attributes[attributes.SINGLE_THREAD] = ir.UnitAttr.get()
        cond = guard.operands[0]
        for o in list(guard.regions[0].blocks[0].operations):
            if o.operation.name != "scf.yield":
                o.operation.move_before(guard)
        guard.erase()
        if cond not in list(block.arguments):
            continue  # a constant condition (always true): nothing to check on the host
        position = list(block.arguments).index(cond)
        block.erase_argument(position)
        ftype = ir.FunctionType(ir.TypeAttr(kfunc.attributes["function_type"]).value)
        inputs = [t for i, t in enumerate(ftype.inputs) if i != position]
        kfunc.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(inputs, []))
        if attributes.WRITTEN in kfunc.attributes:
            written = [w - (w > position) for w in ir.DenseI64ArrayAttr(kfunc.attributes[attributes.WRITTEN])]
            kfunc.attributes[attributes.WRITTEN] = ir.DenseI64ArrayAttr.get(written)
        operands = list(call.operands)
        with ir.InsertionPoint(call), call.location:
            wrapper = scf.IfOp(operands[position])
            with ir.InsertionPoint(wrapper.then_block):
                func_d.CallOp(
                    [], call.attributes["callee"], [v for i, v in enumerate(operands) if i != position]
                )
                scf.YieldOp([])
        call.erase()


def pass_views_as_pointers(module: ir.Module, options: CudaOptions) -> None:
    """Kernel parameters that view pointer arguments become pointers + metadata (module doc)."""
    from mlir import ir

    host = entry_function(module, options)
    _guards_to_host(module, host)
    calls: dict[str, list[ir.Operation]] = {}
    for call in _host_calls(host):
        callee = ir.FlatSymbolRefAttr(call.attributes["callee"]).value
        calls.setdefault(callee, []).append(call)
    for o in list(module.body.operations):
        kfunc = o.operation
        if not is_kernel_function(kfunc):
            continue
        sites = calls.get(symbol_name(kfunc), [])
        views = sorted(
            {
                i
                for call in sites
                for i, v in enumerate(call.operands)
                if isinstance(v.type, ir.MemRefType) and _root_pointer(v) is not None
            }
        )
        if views:
            _rewrite_kernel(kfunc, views, sites)
        _serialize_inner_parallel_loops(kfunc)
        if attributes.SINGLE_THREAD not in kfunc.attributes:
            _serialize_nested_parallel_loops(kfunc)
    Pipeline.parse(HOST_CLEANUP).run_on(host)
    for o in list(host.regions[0].blocks[0].operations):
        if o.operation.name == PTR_VIEW and not list(o.operation.results[0].uses):
            o.operation.erase()


_SINKABLE_VIEWS = (PTR_VIEW, "memref.reinterpret_cast")


def _ops_in_kernel_functions(module: ir.Module, name: str) -> list[ir.Operation]:
    """Every op called ``name`` inside the module's kernel functions, in walk order."""
    from mlir import ir

    found: list[ir.Operation] = []

    def collect(op: ir.Operation) -> ir.WalkResult:
        if op.name == name:
            found.append(op)
        return ir.WalkResult.ADVANCE

    for o in module.body.operations:
        if is_kernel_function(o.operation):
            o.operation.walk(collect)
    return found


def sink_pointer_views(module: ir.Module) -> None:
    """Clone the views built on pointer parameters into the ``gpu.launch`` bodies that use them.

    Outlining then passes the kernel the pointer and the integers the view is built
    from, never a memref with dynamic sizes (which the bare-pointer ABI cannot pass).
    """

    for launch in _ops_in_kernel_functions(module, "gpu.launch"):
        _sink_into(launch)
    for o in module.body.operations:
        if is_kernel_function(o.operation):
            for view in reversed(list(o.operation.regions[0].blocks[0].operations)):
                if view.operation.name in _SINKABLE_VIEWS and not list(view.operation.results[0].uses):
                    view.operation.erase()


def _sink_into(launch: ir.Operation) -> None:
    """Clone the views defined outside ``launch`` that ops inside it use, at the top of its body."""
    from mlir import ir

    body = launch.regions[0].blocks[0]
    inside: list[ir.Operation] = []

    def gather(op: ir.Operation) -> ir.WalkResult:
        inside.append(op)
        return ir.WalkResult.ADVANCE

    launch.walk(gather)
    inside = [op for op in inside if op != launch]
    clones: dict = {}
    anchor = body.operations[0]  # clones go before it, each after the ones it depends on

    def local(value: ir.Value) -> ir.Value:
        if value in clones:
            return clones[value]
        owner = value.owner
        operands = [local(v) if _is_view(v) else v for v in owner.operands]
        with ir.InsertionPoint(anchor):
            copy = owner.clone()
        for old, new in zip(owner.operands, operands, strict=True):
            if old != new:
                copy.operation.replace_uses_of_with(old, new)
        clones[value] = copy.results[0]
        return clones[value]

    for op in inside:
        for v in list(op.operands):
            if _is_view(v) and v.owner.operation not in inside:
                op.replace_uses_of_with(v, local(v))


def fold_view_dims(module: ir.Module) -> None:
    """``memref.dim`` of a ``memref.reinterpret_cast`` -> the size it was given (so launch sizes are
    arithmetic on the kernel's integer parameters, which the host program evaluates)."""
    from mlir import ir
    from mlir.dialects import arith

    for dim in _ops_in_kernel_functions(module, "memref.dim"):
        source, index = dim.operands
        if not (_is_view(source) and source.owner.name == "memref.reinterpret_cast"):
            continue
        if not (isinstance(index, ir.OpResult) and index.owner.name == "arith.constant"):
            continue
        d = ir.IntegerAttr(index.owner.attributes["value"]).value
        cast = source.owner.opview
        shape = ir.MemRefType(source.type).shape
        if shape[d] == ir.ShapedType.get_dynamic_size():
            position = sum(1 for s in shape[:d] if s == ir.ShapedType.get_dynamic_size())
            value = list(cast.sizes)[position]
        else:
            with ir.InsertionPoint(dim), dim.location:
                value = arith.ConstantOp(ir.IndexType.get(), shape[d]).result
        dim.results[0].replace_all_uses_with(value)
        dim.erase()


def _is_view(value: ir.Value) -> bool:
    from mlir import ir

    return isinstance(value, ir.OpResult) and value.owner.name in _SINKABLE_VIEWS
