"""The bytes of constant globals (the weights), packed into one blob at aligned offsets.

A ``memref.global`` holds its value as ``dense<...>`` (read through numpy) or
as ``dense_resource<key>``, whose bytes live in the module's
``dialect_resources`` section: a hex string whose first four bytes are the
alignment, followed by the raw little-endian data. The Python bindings cannot
read resource blobs, so that section is read from the printed module.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from mlc.compiler.buffer_plan import align_up
from mlc.compiler.errors import UnsupportedError

if TYPE_CHECKING:
    from mlir import ir

WEIGHT_ALIGNMENT = 256
_RESOURCE_KEY_RE = re.compile(r'dense_resource<("(?:[^"\\]|\\.)*"|[^>]+)>')
_RESOURCE_RE = re.compile(r'^\s*("(?:[^"\\]|\\.)*"|[\w.$-]+)\s*:\s*"0x([0-9A-Fa-f]*)"', re.M)


def resource_blobs(module_text: str) -> dict[str, bytes]:
    """``dense_resource`` key -> raw bytes (alignment prefix removed), from the printed module."""
    start = module_text.rfind("{-#")
    if start < 0:
        return {}
    blobs = {}
    for m in _RESOURCE_RE.finditer(module_text, start):
        key = m.group(1).strip('"')
        blobs[key] = bytes.fromhex(m.group(2))[4:]
    return blobs


def _dense_bytes(attr: ir.Attribute, where: ir.Location) -> bytes:
    from mlir import ir

    if str(attr.type.element_type) == "bf16":
        raise UnsupportedError("bf16 constants written as dense<...> are not supported", loc=where)
    data = np.ascontiguousarray(np.array(ir.DenseElementsAttr(attr)))
    if data.dtype == np.bool_:
        data = data.astype(np.uint8)
    return data.tobytes()


class WeightReader:
    """Reads the initial values of ``memref.global``s of one module."""

    def __init__(self, module: ir.Module, text: str | None = None) -> None:
        self.module = module
        self._text = text  # the printed module, when the caller has it (printing is slow)
        self._blobs: dict[str, bytes] | None = None

    def value_bytes(self, attr: ir.Attribute, where: ir.Location) -> bytes:
        """The raw bytes of a ``dense<...>`` or ``dense_resource<...>`` value."""
        from mlir import ir

        resource = _RESOURCE_KEY_RE.match(str(attr)) if not isinstance(attr, ir.DenseElementsAttr) else None
        if resource:
            key = resource.group(1).strip('"')
            if self._blobs is None:
                self._blobs = resource_blobs(self._text if self._text is not None else str(self.module))
            if key not in self._blobs:
                raise UnsupportedError(f"the data of resource '{key}' is missing", loc=where)
            return self._blobs[key]
        if isinstance(attr, ir.DenseElementsAttr):
            return _dense_bytes(attr, where)
        raise UnsupportedError(f"global with initial value {attr} is not supported", loc=where)

    def data(self, global_op: ir.Operation, nbytes: int) -> bytes:
        data = self.value_bytes(global_op.attributes["initial_value"], global_op.location)
        if len(data) != nbytes:
            raise UnsupportedError(
                f"constant data of {len(data)} bytes for a buffer of {nbytes} bytes", loc=global_op.location
            )
        return data


def pack(chunks: list[bytes], alignment: int = WEIGHT_ALIGNMENT) -> tuple[bytes, list[int]]:
    """Concatenate ``chunks`` at ``alignment``-aligned offsets; returns the blob and the offsets."""
    offsets, size = [], 0
    for c in chunks:
        offsets.append(size)
        size = align_up(size + len(c), alignment)
    blob = bytearray(size)
    for off, c in zip(offsets, chunks, strict=True):
        blob[off : off + len(c)] = c
    return bytes(blob), offsets
