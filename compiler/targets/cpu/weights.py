"""Weights out of the LLVM module: large constant globals become pointers bound at load time.

A model's weights reach the llvm dialect as ``llvm.mlir.global constant`` arrays.
Left there, ``opt`` and ``llc`` parse, optimize and emit every element (AlexNet's
240 MB of weights took ``opt -O3`` to 5 GB and minutes). ``externalize`` moves
every constant global of at least ``threshold`` bytes out of the module: its
bytes go into one blob (``WEIGHTS_ALIGNMENT``-aligned offsets, the way the CUDA
artifact keeps its weights), and the global is replaced by an exported pointer
``mlc_weight_<i>`` that starts null. Each ``llvm.mlir.addressof`` of the old
global becomes a load of that pointer. The runtime
(``mlc.runtime.cpu.executable.NativeFunction``) points each one at its bytes in
the blob before the first call (``CpuManifest.weights``).

The code never writes through those pointers (the globals were constant), so
the blob is shared read-only by every call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.errors import UnsupportedError
from mlc.compiler.targets.cuda.weights import WeightReader, pack
from mlc.runtime.cpu.artifact import WEIGHTS_ALIGNMENT

if TYPE_CHECKING:
    from mlir import ir

# Constants smaller than this stay in the module, where LLVM may fold them (shapes, scalars).
DEFAULT_THRESHOLD = 1024
SYMBOL_PREFIX = "mlc_weight_"

__all__ = ["DEFAULT_THRESHOLD", "SYMBOL_PREFIX", "Weights", "externalize"]


class Weights:
    """The externalized weights of one module: the blob and (symbol, offset, nbytes) per pointer."""

    def __init__(self, blob: bytes, slots: list[tuple[str, int, int]]) -> None:
        self.blob = blob
        self.slots = slots


def _global_bytes(reader: WeightReader, op: ir.Operation) -> bytes | None:
    """The bytes of a constant ``llvm.mlir.global``'s value, None when it has no dense value."""
    from mlir import ir

    if "constant" not in op.attributes or "value" not in op.attributes:
        return None
    attr = op.attributes["value"]
    if not isinstance(attr, ir.DenseElementsAttr | ir.DenseResourceElementsAttr):
        return None
    try:
        return reader.value_bytes(attr, op.location)
    except UnsupportedError:  # a value the reader cannot take apart (bf16 written as dense) stays
        return None


def _uses_of_globals(module: ir.Module, names: set[str]) -> list[ir.Operation]:
    """Every ``llvm.mlir.addressof`` of a global in ``names``."""
    from mlir import ir

    found: list[ir.Operation] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        name = op.attributes["global_name"] if op.name == "llvm.mlir.addressof" else None
        if name is not None and ir.FlatSymbolRefAttr(name).value in names:
            found.append(op)
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return found


def externalize(module: ir.Module, threshold: int = DEFAULT_THRESHOLD) -> Weights:
    """Move the constant globals of at least ``threshold`` bytes of the llvm-dialect ``module``
    into a blob."""
    from mlir import ir
    from mlir.dialects import llvm

    reader = WeightReader(module)
    moved: dict[str, str] = {}  # old global -> its pointer symbol
    chunks: list[bytes] = []
    for op in list(module.body.operations):
        op = op.operation
        if op.name != "llvm.mlir.global":
            continue
        data = _global_bytes(reader, op)
        if data is None or len(data) < threshold:
            continue
        symbol = f"{SYMBOL_PREFIX}{len(chunks)}"
        moved[ir.StringAttr(op.attributes["sym_name"]).value] = symbol
        chunks.append(data)
        pointer = ir.Module.parse(
            f"llvm.mlir.global external @{symbol}() {{alignment = 8 : i64}} : !llvm.ptr {{\n"
            "  %0 = llvm.mlir.zero : !llvm.ptr\n  llvm.return %0 : !llvm.ptr\n}"
        )
        new = pointer.body.operations[0].operation
        new.detach_from_parent()
        ir.InsertionPoint(op).insert(new)
        op.erase()
    if not chunks:
        return Weights(b"", [])
    ptr = ir.Type.parse("!llvm.ptr")
    for use in _uses_of_globals(module, set(moved)):
        symbol = moved[ir.FlatSymbolRefAttr(use.attributes["global_name"]).value]
        with ir.InsertionPoint(use), use.location:
            slot = llvm.AddressOfOp(ptr, symbol)
            value = llvm.LoadOp(ptr, slot.result, alignment=8)
        use.results[0].replace_all_uses_with(value.result)
        use.erase()
    blob, offsets = pack(chunks, WEIGHTS_ALIGNMENT)
    slots = [
        (f"{SYMBOL_PREFIX}{i}", off, len(c)) for i, (off, c) in enumerate(zip(offsets, chunks, strict=True))
    ]
    return Weights(blob, slots)
