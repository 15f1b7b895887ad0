"""The sm_90 shared-memory and register layouts that TMA, wgmma and their emulation share.

One owner for these facts (from the PTX ISA, "Asynchronous Warpgroup Level Matrix" and
"Tensor Memory Accelerator" sections, and upstream's lowering of
``nvgpu.warpgroup.generate.descriptor``):

* 128-byte swizzle: within each 1024-byte atom (8 rows of 128 bytes), the 16-byte chunk
  index (address bits 4-6) is XORed with the row index (bits 7-9). TMA writes a box that
  way and wgmma reads it that way, both on the shared-memory address, so tiles start on
  1024-byte boundaries.
* a matrix descriptor: start address, leading-dimension byte offset (LBO) and stride byte
  offset (SBO). For 128-byte swizzle upstream sets SBO = 8 rows x 128 B = 1024 (the next
  8-row group) and LBO = (rows of the tensor map's box) x 128 B (the next 64-element chunk
  of an MN-major operand: the next box). A K-major operand (A, or B as ``B[n, k]``) has its
  16 k of a wgmma inside one 128-byte row: element (r, k) is at
  ``start + (r / 8) * SBO + (r % 8) * 128 + k * bytes``. An MN-major B (``B[k, n]``) has
  element (k, n) at ``start + (n / 64) * LBO + (k / 8) * SBO + (k % 8) * 128 + (n % 64) * bytes``.
  Both then pass through the swizzle.
* the f32 accumulator of ``wgmma.mma_async`` m64nNk16: thread ``t`` of the warpgroup (warp
  ``w = t / 32``, lane ``l``) holds ``N / 2`` values; value ``i`` (``j = i / 4``) is at row
  ``16 w + l / 4 + 8 * ((i / 2) % 2)``, column ``8 j + 2 * (l % 4) + i % 2``.
"""

from __future__ import annotations

from mlc.compiler.index_expr import IndexLike

SWIZZLE_ROW = 128  # bytes
SWIZZLE_ATOM = 1024  # bytes: 8 rows
SBO = SWIZZLE_ATOM  # stride byte offset of a 128B-swizzled operand
MN_CHUNK = 64  # elements of an MN-major operand per 128-byte row


def swizzle_128b(offset: IndexLike) -> IndexLike:
    """The physical byte offset of logical byte ``offset`` (from a 1024-aligned base)."""
    return offset ^ ((offset // SWIZZLE_ROW) % 8 * 16)


def lbo(box_rows: int) -> int:
    """The leading byte offset upstream puts in a descriptor made with a tensor map whose box
    has ``box_rows`` rows (``nvgpu.warpgroup.generate.descriptor``)."""
    return box_rows * SWIZZLE_ROW


def k_major_offset(start: IndexLike, row: IndexLike, k: IndexLike, element_bytes: int) -> IndexLike:
    """Logical byte offset of element (row, k) of a K-major operand whose descriptor starts at
    ``start``."""
    return start + row // 8 * SBO + row % 8 * SWIZZLE_ROW + k * element_bytes


def mn_major_offset(start: IndexLike, k: IndexLike, n: IndexLike, element_bytes: int, lead: int) -> IndexLike:
    """Logical byte offset of element (k, n) of an MN-major B whose descriptor starts at
    ``start`` with leading byte offset ``lead``."""
    return start + n // MN_CHUNK * lead + k // 8 * SBO + k % 8 * SWIZZLE_ROW + n % MN_CHUNK * element_bytes


def accumulator_position(thread: IndexLike, i: IndexLike) -> tuple[IndexLike, IndexLike]:
    """(row, column) in the 64 x N accumulator of value ``i`` held by warpgroup thread ``thread``."""
    warp, lane = thread // 32, thread % 32
    row = warp * 16 + lane // 4 + (i // 2) % 2 * 8
    col = i // 4 * 8 + lane % 4 * 2 + i % 2
    return row, col
