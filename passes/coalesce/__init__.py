"""The ``coalesce`` pass: map parallel loops to GPU ids so that global accesses coalesce."""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from mlc.compiler.errors import MlcError
from mlc.compiler.mapping.plan import Order, SizeOptions
from mlc.passes import Pass, option
from mlc.passes.coalesce.coalescing import coalesce_module


@dataclass(frozen=True)
class Coalesce(SizeOptions, Pass):
    """Choose, for every parallel loop nest, which loop dimension maps to threadIdx.x (and
    the order of the others) so that the traffic-weighted sectors per request of its global
    accesses is minimal, as measured by the access analysis. Input: linalg on memrefs,
    affine or scf loops (sequential bands are parallelized where the dependence test
    allows), ``tile``'s output (re-planned with its sizes), or nests mapped by another pass
    (then only their hardware ids are permuted). Output: ``scf.parallel`` nests with
    ``#gpu.loop_dim_map`` attributes for ``convert-parallel-loops-to-gpu``. Along
    threadIdx.x it vectorizes to 64/128-bit accesses where alignment and contiguity
    allow; accesses that no mapping coalesces but whose tile can be read or written
    contiguously are staged through workgroup memory (address space 3) with barriers and
    padding against bank conflicts. Every decision is a remark."""

    NAME = "coalesce"
    SUMMARY = "map parallel loops to GPU ids for coalesced global memory accesses"

    # block, thread-tile, max-threads, sm-count (``SizeOptions``): for nests not tiled by ``tile``
    order: Order = option(
        "coalesced", "which loops take threadIdx.x,y,z: loop order, innermost first, or the cost model"
    )
    vectorize: bool = option(True, "use 64/128-bit accesses along threadIdx.x where legal")
    vector_bits: int = option(128, "widest vector access in bits (64 or 128)")
    stage: bool = option(True, "stage uncoalesced accesses through shared memory")
    stage_tile: int = option(32, "tile of a sequential loop staged through shared memory")
    padding: int = option(-1, "elements of padding per shared-memory row (-1: fewest bank conflicts)")

    def run(self, op: ir.Operation) -> None:
        self.check("coalesce", op.location)
        if self.vector_bits not in (64, 128):
            raise MlcError(
                f"coalesce: vector-bits must be 64 or 128, got {self.vector_bits}", loc=op.location
            )
        if self.stage_tile < 1:
            raise MlcError(f"coalesce: stage-tile must be at least 1, got {self.stage_tile}", loc=op.location)
        if self.padding < -1:
            raise MlcError(
                f"coalesce: padding must be -1 (auto) or >= 0, got {self.padding}", loc=op.location
            )
        coalesce_module(op, self)
