"""Per-lane fragment layouts of the warp-collective tensor-core ops, from the PTX ISA.

One owner for these facts: the GEMM generator (``tensorize-gemm``) addresses its tiles with
them, and the CPU emulation of the ops (``emulate-warp-collectives``) replays them. Every
function takes the lane (and element) as ints or ``Ix`` values, so the same formula is
evaluated in Python (tests) and emitted as IR.

PTX ISA, "Matrix fragments for mma.m16n8k16 with floating point type" (.f16/.bf16), with
``group = lane / 4`` and ``tig = lane % 4`` (thread in group):

* A (16x16, row-major fragment), four ``.f16x2`` registers a0..a7: element ``i`` is at row
  ``group + 8 * ((i / 2) % 2)``, column ``2 * tig + i % 2 + 8 * (i / 4)``;
* B (16x8, column-major fragment), b0..b3: element ``i`` is at row (k) ``2 * tig + i % 2 +
  8 * (i / 2)``, column (n) ``group``;
* C and D (16x8, f32), c0..c3: element ``i`` is at row ``group + 8 * (i / 2)``, column
  ``2 * tig + i % 2``.

nvgpu holds them as ``vector<4x2xf16>`` (A), ``vector<2x2xf16>`` (B) and
``vector<2x2xf32>`` (C/D): vector element ``[r][e]`` is fragment element ``2 * r + e``.

"Matrix fragments for mma.m16n8k8" with ``.tf32``: A (16x8) a0..a3: element ``i`` at row
``group + 8 * (i % 2)``, column ``tig + 4 * (i / 2)``; B (8x8) b0, b1: row (k) ``tig + 4 * i``,
column (n) ``group``; C/D as above. nvgpu: ``vector<4x1xf32>``, ``vector<2x1xf32>``.

"Warp-level matrix load instruction: ldmatrix" (``.m8n8``, ``.b16``, ``.x1``/``.x2``/``.x4``):
lanes ``8 * j .. 8 * j + 7`` give the addresses of rows 0..7 of matrix ``j``; each row is 8
consecutive 16-bit elements. Lane ``L`` receives, for each matrix ``j``, one 32-bit register
with two elements ``e = 0, 1``: without ``.trans`` row ``L / 4``, elements ``2 * (L % 4) + e``
of that row; with ``.trans`` element ``L / 4`` of row ``2 * (L % 4) + e``. 32-bit elements
(a ``b16`` pair each) give one element per register: element ``L % 4`` of row ``L / 4``.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlc.compiler.index_expr import IndexLike

WARP = 32
MMA_M, MMA_N, MMA_K = 16, 8, 16  # mma.sync m16n8k16 (f16, bf16)
MMA_K_TF32 = 8  # mma.sync m16n8k8 (tf32)
LDMATRIX_ROWS = 8  # rows of one ldmatrix matrix
LDMATRIX_ROW_BYTES = 16  # bytes of one row (8 x 16 bits)


def a_position(lane: IndexLike, i: int) -> tuple[IndexLike, IndexLike]:
    """(row, column) in the 16x16 A tile of element ``i`` (0..7) of ``lane``'s A fragment."""
    return lane // 4 + 8 * ((i // 2) % 2), 2 * (lane % 4) + i % 2 + 8 * (i // 4)


def b_position(lane: IndexLike, i: int) -> tuple[IndexLike, IndexLike]:
    """(k, n) in the 16x8 B tile of element ``i`` (0..3) of ``lane``'s B fragment."""
    return 2 * (lane % 4) + i % 2 + 8 * (i // 2), lane // 4


def a_position_tf32(lane: IndexLike, i: int) -> tuple[IndexLike, IndexLike]:
    """(row, column) in the 16x8 A tile of element ``i`` (0..3) of ``lane``'s tf32 A fragment."""
    return lane // 4 + 8 * (i % 2), lane % 4 + 4 * (i // 2)


def b_position_tf32(lane: IndexLike, i: int) -> tuple[IndexLike, IndexLike]:
    """(k, n) in the 8x8 B tile of element ``i`` (0..1) of ``lane``'s tf32 B fragment."""
    return lane % 4 + 4 * i, lane // 4


def c_position(lane: IndexLike, i: int) -> tuple[IndexLike, IndexLike]:
    """(row, column) in the 16x8 C/D tile of element ``i`` (0..3) of ``lane``'s accumulator."""
    return lane // 4 + 8 * (i // 2), 2 * (lane % 4) + i % 2


@dataclass(frozen=True)
class LdmatrixSource:
    """Where an element ldmatrix delivers comes from: row ``row`` of the matrix, whose
    address lane ``provider`` gave, at element offset ``column`` from that address."""

    provider: IndexLike
    column: IndexLike


def ldmatrix_source(lane: IndexLike, matrix: int, e: int, transpose: bool, bits: int = 16) -> LdmatrixSource:
    """The source of element ``e`` of register ``matrix`` that ``lane`` receives."""
    if bits == 32:
        if transpose:
            raise ValueError("ldmatrix .trans moves 16-bit elements only")
        return LdmatrixSource(8 * matrix + lane // 4, lane % 4)
    if transpose:
        return LdmatrixSource(8 * matrix + 2 * (lane % 4) + e, lane // 4)
    return LdmatrixSource(8 * matrix + lane // 4, 2 * (lane % 4) + e)


def ldmatrix_provided(lane: IndexLike, tiles: int) -> tuple[IndexLike, IndexLike]:
    """(matrix, row) whose address ``lane`` provides to an ldmatrix of ``tiles`` matrices
    (lanes beyond ``8 * tiles`` repeat the pattern; their addresses are not used)."""
    return (lane // 8) % tiles, lane % 8
