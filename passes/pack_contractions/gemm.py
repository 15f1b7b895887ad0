"""GEMM shapes and their block sizes: the register microkernel and the cache blocks around it.

The microkernel keeps an ``mr`` x ``nr`` block of C in vector registers and, per
step of k, loads ``nr / lanes`` vectors of the packed B panel, broadcasts ``mr``
elements of A and issues ``mr * nr / lanes`` FMAs. With 32 registers (AVX-512)
8 x 32 f32 uses 16 accumulators, 2 B vectors and broadcasts; with 16 (AVX2)
6 x 16 uses 12 accumulators. Zen 4 issues two 256-bit FMAs per cycle (a 512-bit
FMA takes both pipes), so either kernel sustains 16 f32 FMAs (32 flops) a cycle
when it is fed from L1.

Cache blocks (Goto's scheme): a ``kc`` x ``nr`` B micro-panel (16 KiB at
kc=128) stays in L1 while the ``mc`` rows of A stream past it, an ``mc`` x ``kc``
block of A (32 KiB) stays in L2, and ``nc`` columns of B per outer step bound the
packed panel (``kc`` x ``nc`` x 4 bytes, 128 KiB) in L2 as well. The (m, n) blocks
are the parallel loop (``mlc.compiler.targets.cpu.threads``); a GEMM with fewer than
``MIN_BLOCKS`` of them gets smaller blocks, so that every thread has work.
"""

from __future__ import annotations

from dataclasses import dataclass

F32_BYTES = 4
KC = 128  # depth of a cache block
MC = 64  # rows of A per cache block
NC = 256  # columns of B per cache block
MIN_BLOCKS = 4  # (m, n) cache blocks to share among threads: blocks shrink until there are this many
# vector bits -> (mr, vectors per row of the C block)
MICROKERNELS = {512: (8, 2), 256: (6, 2), 128: (4, 2)}
# vector bits -> architectural vector registers (zmm0-31 with AVX-512, ymm/xmm0-15 otherwise)
VECTOR_REGISTERS = {512: 32, 256: 16, 128: 16}


@dataclass(frozen=True)
class GemmShape:
    """``C[b, m, n] += A[b?, m, k] * B[b, k, n]`` (``batch`` 0: no batch dimension)."""

    batch: int
    m: int
    n: int
    k: int
    a_batched: bool


@dataclass(frozen=True)
class Blocking:
    mr: int  # rows of the register block
    nr: int  # columns of the register block (the packed panel width)
    mc: int  # rows per cache block (a multiple of mr)
    nc: int  # panels per cache block
    kc: int  # depth per cache block

    def attribute(self) -> list[int]:
        """``mlc.gemm_tiles``: [mr, nr, mc, nc, kc]."""
        return [self.mr, self.nr, self.mc, self.nc, self.kc]


def largest_divisor(n: int, at_most: int) -> int:
    """The largest divisor of ``n`` that is at most ``at_most``."""
    for d in range(min(n, at_most), 0, -1):
        if n % d == 0:
            return d
    return 1


def blocking_for(shape: GemmShape, vector_bits: int) -> Blocking:
    """Block sizes for ``shape``: tiles divide the dimensions, so no loop needs a remainder."""
    lanes = vector_bits // (8 * F32_BYTES)
    mr_max, vectors = MICROKERNELS[vector_bits]
    nr = lanes * vectors
    if shape.n < nr:  # a narrow B: one vector per row, the panel as wide as B (padded)
        nr = lanes * max(1, -(-shape.n // lanes))
    mr = largest_divisor(shape.m, mr_max)
    mc = mr * largest_divisor(shape.m // mr, max(1, MC // mr))
    panels = -(-shape.n // nr)
    nc = largest_divisor(panels, max(1, NC // nr))
    while (shape.m // mc) * (panels // nc) * max(1, shape.batch) < MIN_BLOCKS:
        if nc > 1:
            nc = largest_divisor(panels, nc - 1)
        elif mc > mr:
            mc = mr * largest_divisor(shape.m // mr, mc // mr - 1)
        else:
            break
    kc = largest_divisor(shape.k, KC)
    if kc < 16 and shape.k <= 4 * KC:  # an awkward k (prime, say): one block
        kc = shape.k
    return Blocking(mr, nr, mc, nc, kc)
