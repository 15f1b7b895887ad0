"""Tensor maps of ``hopper-gemm`` kernels, read off the kernel functions for the manifest.

A ``hopper-gemm`` kernel function creates, before its launch, one tensor map per input:
``memref.cast`` (and, for batched operands, ``memref.collapse_shape``) of a parameter, then
``nvgpu.tma.create.descriptor``. Nothing of that runs on the host at compile time: each map
becomes a ``tensormap`` launch argument in the manifest, which says which buffer (and byte
offset) it describes, its element type, its dimensions and strides (innermost first, as
``cuTensorMapEncodeTiled`` takes them), its box, swizzle, L2 promotion and out-of-bounds fill.
The runtime (``mlc.runtime.cuda.tensor_map``) encodes it at launch, when the buffer's address
is known, and passes the device address of the 128-byte map.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.errors import UnsupportedError
from mlc.runtime.dtypes import from_mlir, itemsize

if TYPE_CHECKING:
    from mlir import ir

# Host-side ops a kernel function may hold besides its launches: the tensor maps' making.
HOST_OPS = (
    "memref.cast",
    "memref.collapse_shape",
    "nvgpu.tma.create.descriptor",
    "builtin.unrealized_conversion_cast",  # the map's device address, as the kernel takes it
)


@dataclass(frozen=True)
class TensorMap:
    """A tensor-map launch argument (see the module doc); dims, strides and box innermost first,
    ``strides`` in bytes for dimensions 1 and up."""

    buffer: int
    byte_offset: int
    dtype: str
    dims: tuple[int, ...]
    strides: tuple[int, ...]
    box: tuple[int, ...]
    swizzle: str
    l2promo: str
    oob: str
    type: str

    def to_json(self) -> dict:
        return {
            "dtype": self.dtype,
            "dims": list(self.dims),
            "strides": list(self.strides),
            "box": list(self.box),
            "swizzle": self.swizzle,
            "l2promo": self.l2promo,
            "oob": self.oob,
        }


def _field(text: str, key: str) -> str:
    start = text.index(f"{key} = ") + len(key) + 3
    end = min(i for i in (text.find(",", start), text.find(">", start)) if i != -1)
    return text[start:end].strip()


def resolve(op: ir.Operation, values: dict) -> None:
    """Record in ``values`` what host op ``op`` (one of ``HOST_OPS``) yields: the view it
    reshapes, or the ``TensorMap`` it creates."""
    from mlir import ir

    if op.name != "nvgpu.tma.create.descriptor":
        if op.operands[0] in values:
            values[op.results[0]] = values[op.operands[0]]
        return
    cast = op.operands[0].owner
    if not isinstance(op.operands[0], ir.OpResult) or cast.name != "memref.cast":
        raise UnsupportedError("a tensor map must be made from a memref.cast of a parameter", loc=op.location)
    ranked = ir.MemRefType(cast.operands[0].type)
    view = values.get(cast.operands[0])
    if view is None or not hasattr(view, "byte_shift"):
        raise UnsupportedError("a tensor map of a value computed in the host code", loc=op.location)
    strides, offset = ranked.get_strides_and_offset()
    element = str(ranked.element_type)
    dtype = from_mlir(element)
    if dtype is None:
        raise UnsupportedError(f"a tensor map of {element} elements", loc=op.location)
    eb = itemsize(dtype)
    if strides[-1] != 1:
        raise UnsupportedError("a tensor map of a non-unit-stride innermost dimension", loc=op.location)
    text = str(op.results[0].type)
    tensor = ir.MemRefType(ir.Type.parse(text[text.index("memref<") : text.index(", 3>") + 4]))
    values[op.results[0]] = TensorMap(
        buffer=view.buffer,
        byte_offset=view.byte_shift + offset * eb,
        dtype=dtype,
        dims=tuple(reversed(ranked.shape)),
        strides=tuple(s * eb for s in reversed(strides[:-1])),
        box=tuple(reversed(tensor.shape)),
        swizzle=_field(text, "swizzle"),
        l2promo=_field(text, "l2promo"),
        oob=_field(text, "oob"),
        type=text,
    )
