"""Runtime checks that report an error instead of aborting the process.

torch-mlir guards some lowerings with ``cf.assert`` (dynamic shapes that must
agree, cases it implements only partly). Lowered as is, a failed check calls
``abort()`` and takes the caller's process down. ``rewrite_asserts`` replaces
each check with a call to ``@mlc_check_failed(id)`` when the condition is false;
the executor registers that function, records the failure and raises an
``InputError`` with the check's message once the call returns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mlir import ir

CALLBACK = "mlc_check_failed"


def rewrite_asserts(module: ir.Module) -> list[str]:
    """Rewrite every ``cf.assert`` in ``module``; returns the messages, indexed by check id."""
    from mlir import ir
    from mlir.dialects import arith, func, scf

    asserts: list[ir.Operation] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "cf.assert":
            asserts.append(op)
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    if not asserts:
        return []
    i64 = ir.IntegerType.get_signless(64)
    with ir.InsertionPoint(module.body), ir.Location.unknown():
        decl = func.FuncOp(CALLBACK, ir.FunctionType.get([i64], []), visibility="private")
        decl.attributes["llvm.emit_c_interface"] = ir.UnitAttr.get()
    messages = []
    for ident, op in enumerate(asserts):
        messages.append(ir.StringAttr(op.attributes["msg"]).value)
        with ir.InsertionPoint(op), op.location:
            true = arith.ConstantOp(ir.IntegerType.get_signless(1), 1)
            failed = arith.XOrIOp(op.operands[0], true.result)
            branch = scf.IfOp(failed.result)
            with ir.InsertionPoint(branch.then_block):
                func.CallOp([], CALLBACK, [arith.ConstantOp(i64, ident).result])
                scf.YieldOp([])
        op.erase()
    return messages
