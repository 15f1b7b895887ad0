"""An analytic performance model of the tensor-core GEMM kernels (a model, not a measurement).

For one launch of a ``tensorize-gemm`` kernel, from its tiles (``mlc.tensorized``), its
launch, the registers and shared memory ``ptxas`` reports, and the GPU's numbers
(``limits.GpuSpec``, the one owner of the peaks):

* occupancy: resident blocks per SM, limited by registers (allocated per warp in units of
  ``register_granularity``), shared memory (plus the per-block reservation), threads, or
  the block limit;
* waves: blocks over resident blocks across all SMs; a partial last wave wastes SMs;
* per k-tile of the resident blocks of an SM: the tensor-core time at peak (the padded
  tile's flops), or, when the ``stages - 1`` k-tiles in flight cannot cover the memory
  latency (``memory_latency_ns``), that latency shared by them: the pipeline-depth bound;
* DRAM: the operands' unique bytes at the DRAM bandwidth (perfect reuse in L2 and shared
  memory: a lower bound).

The prediction is the largest of waves x k-tiles x the per-k-tile time and the DRAM time;
launch overhead and L2 bandwidth are not modelled. mma.sync is credited the dense
tensor-core peak, which on sm_90 is wgmma's: optimistic there. ``hopper-gemm`` kernels
(``wgmma``) count their dynamic shared memory (the TMA stages) in the occupancy.
"""

from __future__ import annotations

import math
from typing import Any

from mlc.compiler.targets.limits import GpuSpec

LABEL = "analytic model, not a measurement"


def occupancy(threads: int, registers: int, shared_bytes: int, spec: GpuSpec) -> tuple[int, str]:
    """(resident blocks per SM, what limits them)."""
    warps = math.ceil(threads / 32)
    per_warp = math.ceil(max(registers, 1) * 32 / spec.register_granularity) * spec.register_granularity
    limits = {
        "registers": (spec.registers_per_sm // per_warp) // warps,
        "shared memory": spec.shared_bytes_per_sm // (shared_bytes + spec.shared_reserved_per_block),
        "threads": spec.threads_per_sm // threads,
        "blocks": spec.blocks_per_sm,
    }
    limiter = min(limits, key=lambda k: limits[k])
    return limits[limiter], limiter


def gemm_model(
    record: dict[str, Any],
    grid: tuple[int, ...],
    threads: int,
    resources: dict[str, int] | None,
    spec: GpuSpec,
) -> dict[str, Any]:
    """The model of one GEMM launch (see the module doc); ``record`` is ``mlc.tensorized``."""
    bm, bn, bk = record["block"]
    batch, m, n, k = record["size"]
    stages = record["stages"]
    eb = 2 if record["element"] in ("f16", "bf16") else 4
    registers = resources["registers"] if resources else 0
    shared = resources["shared_bytes"] if resources else (bm + bn) * bk * eb * stages
    shared += record.get("dynamic_shared", 0)  # hopper-gemm's stages are dynamic shared memory
    blocks_per_sm, limiter = occupancy(threads, registers, shared, spec)
    if blocks_per_sm == 0:
        return {"kind": LABEL, "error": f"a block does not fit on an SM ({limiter})"}
    blocks = math.prod(grid)
    resident = blocks_per_sm * spec.sm_count
    waves = math.ceil(blocks / resident)
    k_tiles = math.ceil(k / bk)
    peak = spec.tf32_tflops if record["element"] == "f32" else spec.tensor_tflops
    peak_per_sm = peak * 1e12 / spec.reference_sm_count
    active = min(blocks_per_sm, math.ceil(blocks / spec.sm_count))  # blocks sharing an SM
    t_tile_compute = active * 2 * bm * bn * bk / peak_per_sm
    t_tile_latency = spec.memory_latency_ns * 1e-9 / max(stages - 1, 1)
    t_tile = max(t_tile_compute, t_tile_latency)
    t_pipeline = waves * k_tiles * t_tile
    t_dram = record["bytes"] / (spec.dram_gbps * 1e9)
    predicted = max(t_pipeline, t_dram)
    if t_dram >= t_pipeline:
        bound = "DRAM bandwidth"
    elif t_tile_latency > t_tile_compute:
        bound = "memory latency (pipeline depth)"
    else:
        bound = "tensor cores"
    flops = 2 * batch * m * n * k
    peak = peak_per_sm * spec.sm_count
    wgmma = record.get("strategy", "").startswith("wgmma")
    caveat = None if wgmma else {"sm_90": "mma.sync credited with the wgmma peak: optimistic"}.get(spec.arch)
    return {
        "kind": LABEL,
        "gpu": f"{spec.part}, {spec.sm_count} SMs",
        "flops": flops,
        "bytes": record["bytes"],
        "blocks_per_sm": blocks_per_sm,
        "occupancy_limited_by": limiter,
        "waves": waves,
        "bound": bound,
        "time_us": round(predicted * 1e6, 3),
        "tflops": round(flops / predicted / 1e12, 2),
        "fraction_of_peak": round(flops / predicted / peak, 3),
        **({"caveat": caveat} if caveat else {}),
    }
