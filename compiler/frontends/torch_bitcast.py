"""ONNX ``BitCast`` between a float type and an integer or float type of the same width.

torch-mlir converts no ONNX ``BitCast`` and lowers no torch op that reinterprets
bits (``aten.view.dtype``), and its backend contract admits neither
``torch_c`` ops before the linalg lowering nor ``arith`` ops on tensors after
it. So the lowering takes three steps:

1. ``mark``: each ``torch.operator "onnx.BitCast"`` becomes a call to a private
   declaration ``@__mlc_bitcast_N`` with the same torch types (calls pass
   ``torch-lower-to-backend-contract``);
2. ``to_linalg`` runs ``torch-lower-to-backend-contract``, then swaps each call
   for ``torch_c.to_builtin_tensor``, a call to a builtin-typed definition (a
   ``linalg.generic`` of ``arith.bitcast``) and ``torch_c.from_builtin_tensor``,
   then inlines it and runs torch-mlir's linalg backend pipeline.

``onnx_expand`` reduces every other BitCast (integer to integer, bool, unsigned
types, which mlc may carry in wider integers) to ``Cast`` and masks, so what
reaches this module is always float <-> signed integer or float <-> float.
"""

from __future__ import annotations

import re
from typing import Any

from mlc.compiler.frontends import torch_lowering as tl

PREFIX = "__mlc_bitcast_"
_CONTRACT = "builtin.module(torch-lower-to-backend-contract)"
_BACKEND = "builtin.module(inline,symbol-dce,torch-backend-to-linalg-on-tensors-backend-pipeline)"
_VTENSOR = re.compile(r"^!torch\.vtensor<\[([^\]]*)\],(\w+)>$")


def _builtin(t: Any) -> tuple[list[str], str] | None:
    """Dims and element type of the builtin tensor for a ``!torch.vtensor`` type."""
    m = _VTENSOR.match(str(t))
    if m is None:
        return None
    dims = ["?" if d.strip() in ("-1", "?") else d.strip() for d in m.group(1).split(",") if d.strip()]
    return dims, re.sub(r"^[su]i(\d+)$", r"i\1", m.group(2))


def _ops(module: Any, match) -> list[Any]:
    from torch_mlir import ir as tir

    found: list[Any] = []

    def visit(op: Any) -> Any:
        op = op.operation
        if match(op):
            found.append(op)
        return tir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return found


def _is_bitcast(op: Any) -> bool:
    from torch_mlir import ir as tir

    return op.name == "torch.operator" and tir.StringAttr(op.attributes["name"]).value == "onnx.BitCast"


def _callee(op: Any) -> str | None:
    from torch_mlir import ir as tir

    if op.name != "func.call":
        return None
    name = tir.FlatSymbolRefAttr(op.attributes["callee"]).value
    return name if name.startswith(PREFIX) else None


def _append_parsed(module: Any, text: str) -> None:
    from torch_mlir import ir as tir

    parsed = tir.Module.parse(text)  # kept alive until its ops are moved out
    for op in list(parsed.body.operations):
        op.detach_from_parent()
        module.body.append(op)


def mark(module: Any) -> int:
    """Step 1: replace each ``onnx.BitCast`` with a call to a private declaration."""
    from torch_mlir import ir as tir

    ops = [op for op in _ops(module, _is_bitcast) if len(op.operands) == 1 and len(op.results) == 1]
    with module.context:
        for i, op in enumerate(ops):
            src, dst = op.operands[0].type, op.results[0].type
            name = f"{PREFIX}{i}"
            _append_parsed(module, f"func.func private @{name}({src}) -> {dst}")
            with tir.InsertionPoint(op), op.location:
                call = tir.Operation.create(
                    "func.call",
                    results=[dst],
                    operands=[op.operands[0]],
                    attributes={"callee": tir.FlatSymbolRefAttr.get(name)},
                )
            op.results[0].replace_all_uses_with(call.result)
            op.erase()
    return len(ops)


def _definition(name: str, src: tuple[list[str], str], dst: tuple[list[str], str]) -> str:
    dims, a = src
    _, b = dst
    rank = len(dims)
    st = f"tensor<{'x'.join([*dims, a])}>"
    dt = f"tensor<{'x'.join([*dims, b])}>"
    lines = [f"func.func private @{name}(%x: {st}) -> {dt} {{"]
    sizes = []
    for i, d in enumerate(dims):
        if d == "?":
            lines += [f"  %c{i} = arith.constant {i} : index", f"  %d{i} = tensor.dim %x, %c{i} : {st}"]
            sizes.append(f"%d{i}")
    lines.append(f"  %e = tensor.empty({', '.join(sizes)}) : {dt}")
    ids = ", ".join(f"d{i}" for i in range(rank))
    amap = f"affine_map<({ids}) -> ({ids})>"
    iters = ", ".join(['"parallel"'] * rank)
    lines += [
        f"  %r = linalg.generic {{indexing_maps = [{amap}, {amap}], iterator_types = [{iters}]}}"
        f" ins(%x : {st}) outs(%e : {dt}) {{",
        f"  ^bb0(%a: {a}, %o: {b}):",
        f"    %c = arith.bitcast %a : {a} to {b}",
        f"    linalg.yield %c : {b}",
        f"  }} -> {dt}",
        f"  return %r : {dt}",
        "}",
    ]
    return "\n".join(lines)


def _swap_calls(module: Any) -> None:
    """Step 2b: each marked call becomes builtin conversions around a builtin-typed definition."""
    from torch_mlir import ir as tir

    calls = [op for op in _ops(module, lambda op: _callee(op) is not None)]
    decls = {tir.StringAttr(op.attributes["sym_name"]).value: op for op in _ops(module, _is_marked_decl)}
    with module.context:
        _load_torch_c()
        for i, call in enumerate(calls):
            src, dst = _builtin(call.operands[0].type), _builtin(call.results[0].type)
            if src is None or dst is None:
                continue
            name = f"{PREFIX}impl{i}"
            _append_parsed(module, _definition(name, src, dst))
            st = tir.Type.parse(f"tensor<{'x'.join([*src[0], src[1]])}>")
            dt = tir.Type.parse(f"tensor<{'x'.join([*dst[0], dst[1]])}>")
            with tir.InsertionPoint(call), call.location:
                x = tir.Operation.create(
                    "torch_c.to_builtin_tensor", results=[st], operands=[call.operands[0]]
                )
                y = tir.Operation.create(
                    "func.call",
                    results=[dt],
                    operands=[x.result],
                    attributes={"callee": tir.FlatSymbolRefAttr.get(name)},
                )
                z = tir.Operation.create(
                    "torch_c.from_builtin_tensor", results=[call.results[0].type], operands=[y.result]
                )
            call.results[0].replace_all_uses_with(z.result)
            call.erase()
        for decl in decls.values():
            decl.erase()


def _is_marked_decl(op: Any) -> bool:
    from torch_mlir import ir as tir

    if op.name != "func.func" or "sym_name" not in op.attributes:
        return False
    name = tir.StringAttr(op.attributes["sym_name"]).value
    return name.startswith(PREFIX) and not name.startswith(f"{PREFIX}impl") and len(op.regions[0].blocks) == 0


def to_linalg(module: Any, describe) -> None:
    """torch-mlir's linalg lowering (``TORCH_TO_LINALG``), with marked bitcasts swapped in between."""
    what = "torch-mlir's linalg lowering"
    if not _ops(module, lambda op: _callee(op) is not None):
        tl.run_torch_pipeline(module, tl.TORCH_TO_LINALG, what, describe)
        return
    tl.run_torch_pipeline(module, _CONTRACT, what, describe)
    _swap_calls(module)
    tl.run_torch_pipeline(module, _BACKEND, what, describe)


def _load_torch_c() -> None:
    """Load the ``torch_c`` dialect into the current context (a pass that depends on it does)."""
    from torch_mlir import ir as tir

    empty = tir.Module.parse("module {}")
    tl.run_torch_pipeline(
        empty, "builtin.module(torch-func-backend-type-conversion)", "loading torch_c", lambda _: ""
    )
