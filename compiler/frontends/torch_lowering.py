"""Lowering torch-mlir's torch dialect to linalg-on-tensors and handing it to ``mlir``.

torch-mlir carries its own MLIR build, whose objects do not mix with the
upstream bindings' objects: the hand-over is textual (``docs/design.md``, the
dependency stack). Functions here take live ``torch_mlir.ir`` modules and return
upstream-parsable text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from mlc.compiler.errors import UnsupportedError

ONNX_TO_TORCH = "builtin.module(func.func(convert-torch-onnx-to-torch))"
TORCH_TO_LINALG = (
    "builtin.module(torch-lower-to-backend-contract,torch-backend-to-linalg-on-tensors-backend-pipeline)"
)

_LOC_NAME = re.compile(r'loc\("((?:[^"\\]|\\.)*)"')
_OP_NAME = re.compile(r"'(torch\.[\w.]+)'")
_ONNX_OP = re.compile(r'"onnx\.(\w+)"')
_OPERATOR_NAME = re.compile(r'name = "(torch\.[\w.]+)"')  # a torch.operator's op, e.g. torch.aten.histc


class TorchLoweringError(UnsupportedError):
    """A torch-mlir pipeline failed; ``location_name`` is the failing op's name location, if any."""

    def __init__(self, message: str, *, location_name: str | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.location_name = location_name


def run_torch_pipeline(module: Any, pipeline: str, what: str, describe: Callable[[str], str]) -> None:
    """Run a torch-mlir pipeline; a failure becomes ``TorchLoweringError``.

    ``describe(location_name)`` turns the failing op's location into a
    user-facing prefix (e.g. the ONNX node it came from).
    """
    from torch_mlir import ir as tir
    from torch_mlir import passmanager

    with module.context:
        pm = passmanager.PassManager.parse(pipeline)
        try:
            pm.run(module.operation)
        except tir.MLIRError as e:
            raise _lowering_error(e, what, describe) from None


def _lowering_error(err: Any, what: str, describe: Callable[[str], str]) -> TorchLoweringError:
    diags = list(getattr(err, "error_diagnostics", []) or [])
    first = diags[0] if diags else None
    message = str(first.message) if first is not None else str(err).splitlines()[0]
    name = None
    details = [message]
    if first is not None:
        m = _LOC_NAME.search(str(first.location))
        name = m.group(1) if m else None
        for note in first.notes:
            details.append(str(note.message))
            if not name and (m := _LOC_NAME.search(str(note.location))):
                name = m.group(1)
    prefix = describe(name or "")
    onnx_op = next((m.group(1) for d in details if (m := _ONNX_OP.search(d))), None)
    op = _OP_NAME.search(message)
    if "failed to legalize" in message and op:
        what_op = f"'{op.group(1)}'"
        if op.group(1) == "torch.operator":
            named = _OPERATOR_NAME.search(message)
            if onnx_op:
                what_op = f"ONNX op {onnx_op}"
            elif named:
                what_op = f"'{named.group(1)}'"
        message = f"{what_op} could not be lowered by torch-mlir"
    return TorchLoweringError(f"{prefix}{message}", hint=f"while running {what}", location_name=name)


# torch-mlir keeps sort, scatter, scan and top-k as tm_tensor ops, which the upstream
# bindings do not know: bufferize them and lower them to loops, still in torch-mlir.
TM_TENSOR_TO_LOOPS = "builtin.module(func.func(tm-tensor-bufferize,tm-tensor-to-loops))"


def lower_tm_tensor(module: Any) -> bool:
    """Lower any ``tm_tensor`` ops in ``module`` to loops on buffers; returns whether there were any."""
    from torch_mlir import ir as tir

    found = False

    def visit(op: Any) -> Any:
        nonlocal found
        found = op.operation.name.startswith("tm_tensor.")
        return tir.WalkResult.INTERRUPT if found else tir.WalkResult.ADVANCE

    module.operation.walk(visit)
    if not found:  # printing the module to look for the name would cost seconds on large weights
        return False
    run_torch_pipeline(module, TM_TENSOR_TO_LOOPS, "torch-mlir's tm_tensor lowering", lambda _: "")
    return True


def mark_restrict(module: Any) -> None:
    """Mark ``bufferization.to_tensor`` ops (left by ``lower_tm_tensor``) as ``restrict``.

    Each wraps a fresh allocation that nothing else aliases, which is what
    ``restrict`` promises and what one-shot bufferization needs to accept them.
    """
    from mlir import ir

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "bufferization.to_tensor":
            op.attributes["restrict"] = ir.UnitAttr.get()
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)


def unconverted_onnx_ops(module: Any) -> list[tuple[str, str | None]]:
    """``(op type, location name)`` of every ``torch.operator "onnx.*"`` left in ``module``."""
    from torch_mlir import ir as tir

    found: list[tuple[str, str | None]] = []

    def visit(op: Any) -> Any:
        op = op.operation  # an OpView's .name may be an attribute (torch.operator has one)
        if op.name == "torch.operator":
            name = tir.StringAttr(op.attributes["name"]).value
            if name.startswith("onnx."):
                m = _LOC_NAME.search(str(op.location))
                found.append((name.removeprefix("onnx."), m.group(1) if m else None))
        return tir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return found


def to_upstream_text(module: Any) -> str:
    """Print a torch-mlir module so that the upstream ``mlir`` bindings can parse it."""
    return module.operation.get_asm(enable_debug_info=False, large_elements_limit=None)
