"""The ``tile`` pass: tile parallel loops for the GPU and map them to blocks and threads."""

from __future__ import annotations

from dataclasses import dataclass

from mlir import ir

from mlc.compiler.analysis.kernels import loop_kernel
from mlc.compiler.diagnostics import remark
from mlc.compiler.mapping.build import materialize
from mlc.compiler.mapping.choose import make_plan, order_dims
from mlc.compiler.mapping.driver import flat_nests
from mlc.compiler.mapping.plan import Order, SizeOptions
from mlc.passes import Pass, option


@dataclass(frozen=True)
class Tile(SizeOptions, Pass):
    """Tile every outermost ``scf.parallel`` (linalg on memrefs and affine loops are lowered
    to loops first; perfectly nested ``scf.for`` bands become ``scf.parallel`` over their
    dependence-free loops) into a block-level ``scf.parallel`` mapped to block ids and a
    thread-level ``scf.parallel`` mapped to thread ids, each carrying
    ``#gpu.loop_dim_map`` attributes: the contract of upstream
    ``convert-parallel-loops-to-gpu``. Threads take consecutive iterations (cyclic
    distribution), so any dimension can become threadIdx.x; sizes that tiles do not divide
    get a bounds check. ``block`` and ``thread-tile`` are given per hardware dimension (x, y, z),
    so they keep their meaning when ``coalesce`` later changes which loop takes threadIdx.x;
    unset sizes come from the heuristic in ``docs/passes/tile.md``."""

    NAME = "tile"
    SUMMARY = "tile parallel loops into GPU blocks and threads (scf.parallel with gpu mapping)"

    # block, thread-tile, max-threads, sm-count: ``SizeOptions``
    order: Order = option(
        "loop",
        "which loops take threadIdx.x,y,z: loop order (as gpu-map-parallel-loops), innermost first, "
        "or the coalescing cost model",
    )

    def run(self, op: ir.Operation) -> None:
        self.check("tile", op.location)
        for loop in list(flat_nests(op, "tile")):
            kernel = loop_kernel(loop)
            ranked, _ = order_dims(kernel, self.order, allow_staging=False)
            plan = make_plan(kernel, ranked, self)
            labels = [f"d{k}" for k in range(len(kernel.parallel))]
            loc = loop.location
            materialize(loop, plan)
            remark(loc, f"tile: {plan.describe(labels)}")
