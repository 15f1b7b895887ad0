"""Rewriting ``llvm`` dialect function bodies onto ``func``/``cf``/``arith``/``math`` in place.

Used by the ``lift-llvm-to-core`` pass. Blocks are moved, not copied, into the
new ``func.func``; each convertible op is replaced by its core equivalent and
everything else (pointers, vector shuffles, calls to llvm functions) stays an
``llvm`` op, which is valid inside ``func.func``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mlir import ir

_TERMINATORS = {"llvm.br", "llvm.cond_br", "llvm.switch", "llvm.return", "llvm.unreachable"}
_UNSUPPORTED = {
    "llvm.invoke": "it uses exception handling (invoke)",
    "llvm.landingpad": "it uses exception handling (landingpad)",
    "llvm.resume": "it uses exception handling (resume)",
    "llvm.indirectbr": "it uses an indirect branch",
    "llvm.callbr": "it uses callbr",
    "llvm.va_arg": "it reads variadic arguments",
}

_INT_BINARY = {
    "llvm.add": "arith.addi",
    "llvm.sub": "arith.subi",
    "llvm.mul": "arith.muli",
    "llvm.sdiv": "arith.divsi",
    "llvm.udiv": "arith.divui",
    "llvm.srem": "arith.remsi",
    "llvm.urem": "arith.remui",
    "llvm.and": "arith.andi",
    "llvm.xor": "arith.xori",
    "llvm.shl": "arith.shli",
    "llvm.lshr": "arith.shrui",
    "llvm.ashr": "arith.shrsi",
}
_WITH_OVERFLOW = {"llvm.add", "llvm.sub", "llvm.mul", "llvm.shl"}
_FLOAT = {
    "llvm.fadd": "arith.addf",
    "llvm.fsub": "arith.subf",
    "llvm.fmul": "arith.mulf",
    "llvm.fdiv": "arith.divf",
    "llvm.frem": "arith.remf",
    "llvm.fneg": "arith.negf",
    "llvm.intr.minnum": "arith.minnumf",
    "llvm.intr.maxnum": "arith.maxnumf",
    "llvm.intr.minimum": "arith.minimumf",
    "llvm.intr.maximum": "arith.maximumf",
    "llvm.intr.fabs": "math.absf",
    "llvm.intr.sqrt": "math.sqrt",
    "llvm.intr.exp": "math.exp",
    "llvm.intr.exp2": "math.exp2",
    "llvm.intr.log": "math.log",
    "llvm.intr.log2": "math.log2",
    "llvm.intr.log10": "math.log10",
    "llvm.intr.sin": "math.sin",
    "llvm.intr.cos": "math.cos",
    "llvm.intr.pow": "math.powf",
    "llvm.intr.fma": "math.fma",
    "llvm.intr.copysign": "math.copysign",
    "llvm.intr.floor": "math.floor",
    "llvm.intr.ceil": "math.ceil",
    "llvm.intr.trunc": "math.trunc",
    "llvm.intr.round": "math.round",
    "llvm.intr.roundeven": "math.roundeven",
}
_PLAIN = {
    "llvm.sext": "arith.extsi",
    "llvm.sitofp": "arith.sitofp",
    "llvm.uitofp": "arith.uitofp",
    "llvm.fptosi": "arith.fptosi",
    "llvm.fptoui": "arith.fptoui",
    "llvm.fpext": "arith.extf",
    "llvm.fptrunc": "arith.truncf",
    "llvm.intr.smax": "arith.maxsi",
    "llvm.intr.smin": "arith.minsi",
    "llvm.intr.umax": "arith.maxui",
    "llvm.intr.umin": "arith.minui",
    "llvm.intr.ctpop": "math.ctpop",
}
# Intrinsics that only carry optimisation hints: dropping them keeps the meaning.
# (``llvm.intr.assume`` stays: its condition is a fact the loop analyses use.)
_HINTS = {
    "llvm.intr.lifetime.start",
    "llvm.intr.lifetime.end",
    "llvm.intr.experimental.noalias.scope.decl",
    "llvm.intr.invariant.start",
    "llvm.intr.invariant.end",
}


def _is_ptr(value: ir.Value) -> bool:
    """A pointer or a vector of pointers (which arith cannot hold either)."""
    return "!llvm.ptr" in str(value.type)


def overflow_flags(op: ir.Operation) -> str:
    """The ``nsw``/``nuw`` flags of an llvm integer op, as written in its assembly (e.g. "nsw, nuw")."""
    head = str(op).split("\n", 1)[0]
    m = re.search(r"overflow<([^>]*)>", head)
    if m:
        return m.group(1)
    # The generic form (printed while the enclosing function is half lifted and does not verify)
    # shows the property as an integer: bit 0 nsw, bit 1 nuw.
    m = re.search(r"overflowFlags = (\d+) : i32", head)
    bits = int(m.group(1)) if m else 0
    return ", ".join(f for f, bit in (("nsw", 1), ("nuw", 2)) if bits & bit)


def has_loop(fn: ir.Operation) -> bool:
    """Whether the CFG of ``fn`` has a cycle."""
    blocks = list(fn.regions[0].blocks)
    index = {b: i for i, b in enumerate(blocks)}
    state = [0] * len(blocks)  # 0 new, 1 on stack, 2 done
    stack = [(0, iter(blocks[0].successors))] if blocks else []
    state[0] = 1 if blocks else 0
    while stack:
        i, succs = stack[-1]
        nxt = next(succs, None)
        if nxt is None:
            state[i] = 2
            stack.pop()
            continue
        j = index[nxt]
        if state[j] == 1:
            return True
        if state[j] == 0:
            state[j] = 1
            stack.append((j, iter(blocks[j].successors)))
    return False


def unsupported_reason(fn: ir.Operation) -> str | None:
    """Why ``fn`` cannot be lifted, or None."""
    if "..." in str(fn.attributes["function_type"]):
        return "it is variadic"
    if "personality" in fn.attributes:
        return "it uses exception handling"
    for block in fn.regions[0].blocks:
        for op in block.operations:
            name = op.operation.name
            if name in _UNSUPPORTED:
                return _UNSUPPORTED[name]
            if len(op.operation.successors) and name not in _TERMINATORS:
                return f"it uses the terminator '{name}'"
    return None


def _result_types(fn: ir.Operation) -> list[ir.Type]:
    for block in fn.regions[0].blocks:
        for op in block.operations:
            if op.operation.name == "llvm.return":
                return [v.type for v in op.operation.operands]
    return []


def lift_function(fn: ir.Operation) -> ir.Operation:
    """Replace the ``llvm.func`` ``fn`` by a ``func.func`` with the same name and body; returns it."""
    from mlir import ir
    from mlir.dialects import func

    name = ir.StringAttr(fn.attributes["sym_name"]).value
    fused = fuses_fmuladd(fn)
    entry = fn.regions[0].blocks[0]
    inputs = [a.type for a in entry.arguments]
    new = func.FuncOp(name, (inputs, _result_types(fn)), loc=fn.location, ip=ir.InsertionPoint(fn))
    for attr in ("arg_attrs", "res_attrs"):
        if attr in fn.attributes:
            new.attributes[attr] = fn.attributes[attr]
    linkage = str(fn.attributes["linkage"]) if "linkage" in fn.attributes else ""
    if "internal" in linkage or "private" in linkage:
        new.attributes["sym_visibility"] = ir.StringAttr.get("private")
        # func-to-llvm gives the lowered function this linkage, so it stays local to its module.
        new.attributes["llvm.linkage"] = fn.attributes["linkage"]
    for block in list(fn.regions[0].blocks):
        block.append_to(new.regions[0])
    fn.operation.erase()
    for block in new.regions[0].blocks:
        for op in list(block.operations):
            if op.operation.name == "llvm.intr.fmuladd":
                _convert_fmuladd(op.operation, fused)
            else:
                _convert(op.operation)
    return new.operation


def retarget_calls(module: ir.Operation, lifted: set[str]) -> None:
    """Turn ``llvm.call @f`` into ``func.call @f`` for every lifted ``f`` (anywhere in ``module``)."""
    from mlir import ir

    calls: list[ir.Operation] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        callee = op.attributes["callee"] if op.name == "llvm.call" and "callee" in op.attributes else None
        if callee is not None and ir.FlatSymbolRefAttr(callee).value in lifted:
            calls.append(op)
        return ir.WalkResult.ADVANCE

    module.walk(visit)
    for call in calls:
        new = ir.Operation.create(
            "func.call",
            results=[r.type for r in call.results],
            operands=list(call.operands),
            attributes={"callee": call.attributes["callee"]},
            loc=call.location,
            ip=ir.InsertionPoint(call),
        )
        _replace(call, new.results)


def _replace(op: ir.Operation, values) -> None:
    for old, new in zip(op.results, values, strict=True):
        old.replace_all_uses_with(new)
    op.erase()


def _create(name: str, op: ir.Operation, operands, result_types=None, attributes=None, successors=None):
    from mlir import ir

    return ir.Operation.create(
        name,
        results=[r.type for r in op.results] if result_types is None else result_types,
        operands=list(operands),
        attributes=attributes or {},
        successors=successors,
        loc=op.location,
        ip=ir.InsertionPoint(op),
    )


def _arith_overflow(op: ir.Operation) -> dict:
    from mlir import ir

    flags = overflow_flags(op)
    return {"overflowFlags": ir.Attribute.parse(f"#arith.overflow<{flags}>")} if flags else {}


def _fastmath(op: ir.Operation) -> dict:
    from mlir import ir

    if "fastmathFlags" not in op.attributes:
        return {}
    text = str(op.attributes["fastmathFlags"])
    if text == "#llvm.fastmath<none>":
        return {}
    return {"fastmath": ir.Attribute.parse(text.replace("#llvm.fastmath", "#arith.fastmath"))}


def _convert_constant(op: ir.Operation) -> None:
    from mlir import ir

    value = op.attributes["value"]
    if isinstance(value, ir.BoolAttr):  # ``true`` / ``false`` of an i1
        value = ir.IntegerAttr.get(op.result.type, int(value.value))
    if isinstance(value, ir.IntegerAttr | ir.FloatAttr | ir.DenseElementsAttr) and not _is_ptr(op.result):
        _replace(op, _create("arith.constant", op, [], attributes={"value": value}).results)


def _convert_fmuladd(op: ir.Operation, fused: bool) -> None:
    a, b, c = op.operands
    fm = _fastmath(op)
    if fused:
        _replace(op, _create("math.fma", op, [a, b, c], attributes=fm).results)
        return
    mul = _create("arith.mulf", op, [a, b], attributes=fm)
    _replace(op, _create("arith.addf", op, [mul.result, c], attributes=fm).results)


def fuses_fmuladd(fn: ir.Operation) -> bool:
    """Whether LLVM's backend computes ``llvm.fmuladd`` in ``fn`` with one rounding.

    ``fmuladd`` lets the backend choose; ``llc`` fuses it where the target has
    fast FMA instructions: on x86 only with the ``fma`` (or ``fma4``) feature,
    on AArch64 always. Other targets are taken to compute it unfused.
    """
    from mlir import ir

    module = fn.parent
    triple = ""
    if module is not None and "llvm.target_triple" in module.attributes:
        triple = ir.StringAttr(module.attributes["llvm.target_triple"]).value
    features = str(fn.attributes["target_features"]) if "target_features" in fn.attributes else ""
    if triple.startswith(("x86_64", "i386", "i486", "i586", "i686")):
        return '"+fma"' in features or '"+fma4"' in features
    return triple.startswith(("aarch64", "arm64"))


def _convert_cmp(op: ir.Operation) -> None:
    if _is_ptr(op.operands[0]):
        return
    name = "arith.cmpi" if op.name == "llvm.icmp" else "arith.cmpf"
    attrs = {"predicate": op.attributes["predicate"]}
    if name == "arith.cmpf":
        attrs |= _fastmath(op)
    _replace(op, _create(name, op, op.operands, attributes=attrs).results)


def _convert_select(op: ir.Operation) -> None:
    if _is_ptr(op.result):
        return
    _replace(op, _create("arith.select", op, op.operands).results)


def _convert_bitcast(op: ir.Operation) -> None:
    # arith.bitcast keeps the shape: a vector packed into a scalar (<4 x i1> to i4) stays llvm.
    vectors = [str(t).startswith("vector<") for t in (op.result.type, op.operands[0].type)]
    if _is_ptr(op.result) or _is_ptr(op.operands[0]) or vectors[0] != vectors[1]:
        return
    _replace(op, _create("arith.bitcast", op, op.operands).results)


def _convert_or(op: ir.Operation) -> None:
    # ``or disjoint`` adds operands that share no set bit: an addition that cannot wrap. The flag
    # is read as an attribute: the text form is generic while the function is half lifted.
    if "isDisjoint" in op.attributes:
        attrs = {"overflowFlags": _parse("#arith.overflow<nsw, nuw>")}
        _replace(op, _create("arith.addi", op, op.operands, attributes=attrs).results)
    else:
        _replace(op, _create("arith.ori", op, op.operands).results)


def _convert_zext(op: ir.Operation) -> None:
    # ``zext nneg`` of a negative value is poison, so sign extension is an exact refinement.
    name = "arith.extsi" if "nonNeg" in op.attributes else "arith.extui"
    _replace(op, _create(name, op, op.operands).results)


def _convert_trunc(op: ir.Operation) -> None:
    _replace(op, _create("arith.trunci", op, op.operands, attributes=_arith_overflow(op)).results)


def _parse(text: str):
    from mlir import ir

    return ir.Attribute.parse(text)


def _convert_poison(op: ir.Operation) -> None:
    if _is_ptr(op.result) or str(op.result.type).startswith("!llvm."):
        return
    _replace(op, _create("ub.poison", op, []).results)


def _convert_terminator(op: ir.Operation) -> None:
    from mlir import ir

    name = op.name
    if name == "llvm.return":
        _create("func.return", op, op.operands, result_types=[])
    elif name == "llvm.br":
        _create("cf.br", op, op.operands, result_types=[], successors=list(op.successors))
    elif name == "llvm.cond_br":
        attrs = {"operandSegmentSizes": op.attributes["operandSegmentSizes"]}
        _create(
            "cf.cond_br", op, op.operands, result_types=[], attributes=attrs, successors=list(op.successors)
        )
    elif name == "llvm.switch":
        keep = ("case_values", "case_operand_segments", "operandSegmentSizes")
        attrs = {k: op.attributes[k] for k in keep if k in op.attributes}
        if "case_values" not in attrs:
            attrs["case_operand_segments"] = ir.Attribute.parse("array<i32>")
        _create(
            "cf.switch", op, op.operands, result_types=[], attributes=attrs, successors=list(op.successors)
        )
    else:
        return
    op.erase()


def _convert(op: ir.Operation) -> None:
    name = op.name
    handler: Callable[[ir.Operation], None] | None = _HANDLERS.get(name)
    if handler is not None:
        handler(op)
    elif name in _INT_BINARY:
        attrs = _arith_overflow(op) if name in _WITH_OVERFLOW else {}
        _replace(op, _create(_INT_BINARY[name], op, op.operands, attributes=attrs).results)
    elif name in _FLOAT:
        _replace(op, _create(_FLOAT[name], op, op.operands, attributes=_fastmath(op)).results)
    elif name in _PLAIN:
        _replace(op, _create(_PLAIN[name], op, op.operands).results)
    elif name in _HINTS:
        op.erase()


_HANDLERS: dict[str, Callable[[ir.Operation], None]] = {
    "llvm.mlir.constant": _convert_constant,
    "llvm.icmp": _convert_cmp,
    "llvm.fcmp": _convert_cmp,
    "llvm.select": _convert_select,
    "llvm.bitcast": _convert_bitcast,
    "llvm.mlir.poison": _convert_poison,
    "llvm.or": _convert_or,
    "llvm.zext": _convert_zext,
    "llvm.trunc": _convert_trunc,
    "llvm.return": _convert_terminator,
    "llvm.br": _convert_terminator,
    "llvm.cond_br": _convert_terminator,
    "llvm.switch": _convert_terminator,
}
