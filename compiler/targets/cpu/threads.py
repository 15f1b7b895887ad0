"""Parallel loops on the CPU: each outermost ``scf.forall`` runs on the support library's thread pool.

After bufferization, ``outline_foralls`` moves the body of every outermost
``scf.forall`` with static bounds into a function
``@__mlc_par_body_N(%i: index, captures...)`` (``%i`` the linearized iteration,
from which the body recomputes the induction variables) and replaces the loop
by a call ``@__mlc_par_launch_N(%count, captures...)``. After lowering to the
llvm dialect, ``define_launchers`` gives each launcher its body: it stores the
(flattened) captures in a stack struct and calls
``mlc_parallel_for(@__mlc_par_tramp_N, &struct, count)`` (``support.c``); the
trampoline loads them back and calls the body. With one thread
(``threads == 1``), or for loops it cannot outline, the loops become
``scf.for`` (upstream ``scf-forall-to-for``) and no pool code is linked in.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mlir import ir

SEQUENTIAL = "builtin.module(func.func(scf-forall-to-for))"
BODY, LAUNCH, TRAMPOLINE = "__mlc_par_body_", "__mlc_par_launch_", "__mlc_par_tramp_"
_counter = itertools.count()


def _ancestors(op: ir.Operation) -> list[ir.Operation]:
    chain = []
    parent = op.parent
    while parent is not None:
        chain.append(parent.operation)
        parent = parent.parent
    return chain


def _inside(op: ir.Operation, container: ir.Operation) -> bool:
    return any(a == container for a in _ancestors(op))


def _owner_op(value: ir.Value) -> ir.Operation:
    from mlir import ir

    owner = value.owner
    if isinstance(owner, ir.Block):
        return owner.owner.operation
    return owner.operation if hasattr(owner, "operation") else owner


def _defined_inside(value: ir.Value, loop: ir.Operation) -> bool:
    from mlir import ir

    owner = _owner_op(value)
    if isinstance(value.owner, ir.Block) and owner == loop:
        return True
    return owner == loop or _inside(owner, loop)


def _static(loop: ir.Operation, name: str) -> list[int] | None:
    from mlir import ir

    values = list(ir.DenseI64ArrayAttr(loop.attributes[name]))
    dynamic = -(2**63)
    return None if any(v == dynamic for v in values) else values


def _passable(t: ir.Type) -> bool:
    from mlir import ir

    return isinstance(t, ir.MemRefType | ir.IndexType | ir.IntegerType | ir.FloatType | ir.VectorType)


def _is_constant(value: ir.Value) -> bool:
    return _owner_op(value).name == "arith.constant"


def _captures(loop: ir.Operation) -> list[ir.Value] | None:
    """Values the loop body uses from outside, in first-use order; None if one cannot be passed.
    Constants are among them: the outlined body gets its own copies (``_outline``)."""
    from mlir import ir

    seen: list[ir.Value] = []
    ok = True

    def visit(op: ir.Operation) -> ir.WalkResult:
        nonlocal ok
        if op == loop:
            return ir.WalkResult.ADVANCE
        for v in op.operands:
            if _defined_inside(v, loop):
                continue
            if not _passable(v.type) and not _is_constant(v):
                ok = False
            if not any(v == s for s in seen):
                seen.append(v)
        return ir.WalkResult.ADVANCE

    loop.walk(visit)
    return seen if ok else None


def _outline(loop: ir.Operation, module: ir.Module) -> bool:
    from mlir import ir
    from mlir.dialects import arith, func

    if "mapping" in loop.attributes and str(loop.attributes["mapping"]) not in ("[]",):
        return False
    if len(loop.results) != 0:
        return False
    lbs, ubs, steps = (_static(loop, n) for n in ("staticLowerBound", "staticUpperBound", "staticStep"))
    if lbs is None or ubs is None or steps is None:
        return False
    captures = _captures(loop)
    if captures is None:
        return False
    # Constants are copied into the body, not passed: patterns that match them (the stable
    # sigmoid of approximate-math looks for 1 / (1 + exp(-x))) must still see them there.
    constants = [c for c in captures if _is_constant(c)]
    captures = [c for c in captures if not _is_constant(c)]
    trips = [max(0, -(-(u - lo) // s)) for lo, u, s in zip(lbs, ubs, steps, strict=True)]
    total = 1
    for t in trips:
        total *= t
    ident = next(_counter)
    index = ir.IndexType.get()
    arg_types = [index, *[c.type for c in captures]]
    loc = loop.location
    with ir.InsertionPoint(module.body), loc:
        body_fn = func.FuncOp(f"{BODY}{ident}", (arg_types, []), visibility="private")
        launch = func.FuncOp(f"{LAUNCH}{ident}", (arg_types, []), visibility="private")
    entry = body_fn.add_entry_block()
    block = loop.regions[0].blocks[0]
    with ir.InsertionPoint(entry), loc:
        lin = entry.arguments[0]
        ivs = []
        stride = total
        for lo, step, trip in zip(lbs, steps, trips, strict=True):
            stride //= trip
            q = arith.DivUIOp(lin, arith.ConstantOp(index, stride).result).result if stride > 1 else lin
            r = q
            if trip > 1 and stride * trip < total:
                r = arith.RemUIOp(q, arith.ConstantOp(index, trip).result).result
            scaled = arith.MulIOp(r, arith.ConstantOp(index, step).result).result
            ivs.append(arith.AddIOp(scaled, arith.ConstantOp(index, lo).result).result)
        ret = func.ReturnOp([])
    for op in list(block.operations)[:-1]:  # the terminator (scf.forall.in_parallel) is empty
        op.operation.move_before(ret.operation)
    body = body_fn.operation

    def rebind(old: ir.Value, new: ir.Value) -> None:
        for use in list(old.uses):
            owner = use.owner
            owner = owner.operation if hasattr(owner, "operation") else owner
            if _inside(owner, body):
                owner.operands[use.operand_number] = new

    for old, new in zip(block.arguments, ivs, strict=True):
        rebind(old, new)
    first = entry.operations[0]
    for old in constants:
        rebind(old, _owner_op(old).clone(ir.InsertionPoint(first)).results[0])
    for old, new in zip(captures, list(entry.arguments)[1:], strict=True):
        rebind(old, new)
    with ir.InsertionPoint(loop), loc:
        count = arith.ConstantOp(index, total)
        func.CallOp([], ir.FlatSymbolRefAttr.get(launch.sym_name.value), [count.result, *captures])
    loop.erase()
    return True


def outline_foralls(module: ir.Module, threads: int) -> int:
    """Outline the outermost ``scf.forall`` loops for the thread pool; the rest become ``scf.for``."""
    from mlir import ir, passmanager

    outlined = 0
    if threads != 1:
        loops: list[ir.Operation] = []

        def visit(op: ir.Operation) -> ir.WalkResult:
            if op.name == "scf.forall":
                loops.append(op)
                return ir.WalkResult.SKIP
            return ir.WalkResult.ADVANCE

        module.operation.walk(visit, ir.WalkOrder.PRE_ORDER)
        outlined = sum(_outline(loop, module) for loop in loops)
    passmanager.PassManager.parse(SEQUENTIAL).run(module.operation)
    return outlined


def _split_types(text: str) -> list[str]:
    """Top-level comma-separated types of an LLVM function type's parameter list."""
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch in "<([{":
            depth += 1
        elif ch in ">)]}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    # inside !llvm.func<...> the llvm dialect's own types print without their prefix
    return [f"!llvm.{t}" if re.match(r"(ptr|struct|array)\b", t) else t for t in out]


def define_launchers(module: ir.Module) -> None:
    """Give each ``@__mlc_par_launch_N`` declaration (llvm dialect) its body and trampoline."""
    from mlir import ir

    decls = []
    for op in module.body.operations:
        if op.operation.name != "llvm.func":
            continue
        name = ir.StringAttr(op.attributes["sym_name"]).value
        if name.startswith(LAUNCH) and not op.regions[0].blocks:
            decls.append((op.operation, name))
    if not decls:
        return
    parts = ["llvm.func @mlc_parallel_for(!llvm.ptr, !llvm.ptr, i64)"]
    for op, name in decls:
        ftype = str(ir.TypeAttr(op.attributes["function_type"]).value)
        m = re.fullmatch(r"!llvm\.func<void \((.*)\)>", ftype)
        if m is None:
            raise AssertionError(f"unexpected launcher type {ftype}")
        types = _split_types(m.group(1))
        ident = name[len(LAUNCH) :]
        struct = f"!llvm.struct<({', '.join(types[1:])})>"
        args = ", ".join(f"%a{i}: {t}" for i, t in enumerate(types))
        launch = [f"llvm.func @{name}({args}) {{", "  %one = llvm.mlir.constant(1 : i64) : i64"]
        launch.append(f"  %ctx = llvm.alloca %one x {struct} : (i64) -> !llvm.ptr")
        tramp = [f"llvm.func @{TRAMPOLINE}{ident}(%ctx: !llvm.ptr, %i: i64) {{"]
        loaded = ["%i"]
        for j, t in enumerate(types[1:]):
            gep = f"llvm.getelementptr %ctx[0, {j}] : (!llvm.ptr) -> !llvm.ptr, {struct}"
            launch += [f"  %p{j} = {gep}", f"  llvm.store %a{j + 1}, %p{j} : {t}, !llvm.ptr"]
            tramp += [f"  %p{j} = {gep}", f"  %v{j} = llvm.load %p{j} : !llvm.ptr -> {t}"]
            loaded.append(f"%v{j}")
        launch += [
            f"  %fn = llvm.mlir.addressof @{TRAMPOLINE}{ident} : !llvm.ptr",
            "  llvm.call @mlc_parallel_for(%fn, %ctx, %a0) : (!llvm.ptr, !llvm.ptr, i64) -> ()",
            "  llvm.return",
            "}",
        ]
        tramp += [
            f"  llvm.call @{BODY}{ident}({', '.join(loaded)}) : ({', '.join(types)}) -> ()",
            "  llvm.return",
            "}",
        ]
        parts += ["\n".join(launch), "\n".join(tramp)]
        op.erase()
    snippet = ir.Module.parse(_with_body_declarations(module, "\n".join(parts)))
    for op in list(snippet.body.operations):
        name = ir.StringAttr(op.attributes["sym_name"]).value
        if name.startswith(BODY):
            continue
        op.operation.detach_from_parent()
        ir.InsertionPoint(module.body).insert(op.operation)


def _with_body_declarations(module: ir.Module, text: str) -> str:
    """``text`` plus declarations of the body functions it calls, so that it parses on its own."""
    from mlir import ir

    decls = []
    for op in module.body.operations:
        if op.operation.name != "llvm.func":
            continue
        name = ir.StringAttr(op.attributes["sym_name"]).value
        if name.startswith(BODY):
            ftype = str(ir.TypeAttr(op.attributes["function_type"]).value)
            m = re.fullmatch(r"!llvm\.func<void \((.*)\)>", ftype)
            if m:
                decls.append(f"llvm.func @{name}({', '.join(_split_types(m.group(1)))})")
    return "\n".join([*decls, text])
