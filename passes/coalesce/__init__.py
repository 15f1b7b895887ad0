"""The ``coalesce`` pass: map parallel loops to GPU ids so that global accesses coalesce."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from mlir import ir

from mlc.compiler.errors import MlcError
from mlc.compiler.mapping.choose import SizeOptions
from mlc.compiler.mapping.driver import check_sizes
from mlc.passes import Pass, option
from mlc.passes.coalesce.coalescing import CoalesceOptions, coalesce_module


@dataclass(frozen=True)
class Coalesce(Pass):
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

    order: Literal["coalesced", "loop", "innermost"] = option(
        "coalesced", "which loops take threadIdx.x,y,z: the cost model, loop order, or innermost first"
    )
    block: tuple[int, ...] = option((), "threads per block along x,y,z for nests not tiled by 'tile'")
    thread_tile: tuple[int, ...] = option(
        (), "iterations per thread along x,y,z for nests not tiled by 'tile'"
    )
    max_threads: int = option(256, "threads per block the size heuristic aims for")
    sm_count: int = option(132, "SMs of the target (the size heuristic keeps >= 2 blocks per SM)")
    vectorize: bool = option(True, "use 64/128-bit accesses along threadIdx.x where legal")
    vector_bits: int = option(128, "widest vector access in bits (64 or 128)")
    stage: bool = option(True, "stage uncoalesced accesses through shared memory")
    stage_tile: int = option(32, "tile of a sequential loop staged through shared memory")
    padding: int = option(-1, "elements of padding per shared-memory row (-1: fewest bank conflicts)")

    def run(self, op: ir.Operation) -> None:
        check_sizes("coalesce", self.block, self.thread_tile, op.location)
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
        options = CoalesceOptions(
            sizes=SizeOptions(self.block, self.thread_tile, self.max_threads, self.sm_count),
            order=self.order,
            vectorize=self.vectorize,
            vector_bits=self.vector_bits,
            stage=self.stage,
            stage_tile=self.stage_tile,
            padding=self.padding,
        )
        coalesce_module(op, options)
