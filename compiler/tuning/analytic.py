"""The analytic cost model: a roofline of the packed GEMM from its blocking, no measurement needed.

For a CPU GEMM schedule (``space``) it counts, per cache level, what the loop
nest of ``targets/cpu/tiling.py`` does:

* the microkernel: per step of k, ``mr * nr / lanes`` vector FMAs, ``nr / lanes``
  loads of B and ``mr`` broadcasts of A; a step takes at least the FMA
  throughput, the load-port throughput or the FMA latency (each accumulator is
  one dependence chain), whichever is longest;
* each microkernel call (one per ``mr`` x ``nr`` block and ``kc`` step) loads and
  stores its C block and pays a fixed loop overhead;
* bytes: the B micro-panel from L1 (from L2 when it does not fit), A from L2 once
  per panel (from L3 when the A block and B panel do not fit in L2), A and B from
  memory once per cache block;
* the (m, n) cache blocks are shared among the threads: a last round with fewer
  blocks than threads wastes the idle ones, as does the zero padding of ``n``
  to whole panels.

The estimate is the slowest of compute and each level's traffic over its
bandwidth. The figures are round numbers for a modern x86-64 core (two loads
and 16 f32 FMAs a cycle, four-cycle FMA latency); only the ranking matters to
the search. The model does not learn: ``update`` keeps nothing.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass

from mlc.compiler.tuning import space
from mlc.compiler.tuning.trial import Trial, TrialResult
from mlc.passes.pack_contractions.gemm import F32_BYTES

FMAS_PER_CYCLE = 16  # f32 lanes of FMA per cycle per core (two 256-bit pipes)
LOADS_PER_CYCLE = 2
FMA_LATENCY = 4  # cycles
CALL_OVERHEAD = 12  # cycles of loop control per microkernel call
BLOCK_OVERHEAD = 400  # cycles per cache block (a task of the thread pool)
BYTES_PER_CYCLE = {2: 32.0, 3: 16.0, 4: 8.0}  # from L2, L3 and memory, per core
CLOCK_HZ = 3.0e9


@dataclass(frozen=True)
class Estimate:
    """Where the time of one schedule goes, in cycles (``seconds`` at ``CLOCK_HZ``)."""

    compute: float
    traffic: dict[int, float]  # bytes read from each level: 2 (L2), 3 (L3), 4 (memory)
    cycles: float
    bound: str  # compute | L2 | L3 | memory

    @property
    def seconds(self) -> float:
        return self.cycles / CLOCK_HZ


def estimate(trial: Trial) -> Estimate:
    """The roofline estimate of a GEMM trial (an empty config: the default schedule)."""
    from mlc.compiler.targets.cpu import native

    workload = trial.workload
    config = dict(trial.config) or space.default_config(workload)
    shape, target = space.gemm_shape(workload), space.CpuTarget.parse(workload.target)
    mr, nr, mc, nc, kc = (int(config[p]) for p in space.PARAMS)
    lanes = target.vector_bits // (8 * F32_BYTES)
    vectors = nr // lanes
    batch = max(1, shape.batch)
    panels = -(-shape.n // nr)
    caches = native.cache_bytes()

    step = max(mr * nr / FMAS_PER_CYCLE, (vectors + mr) / LOADS_PER_CYCLE, FMA_LATENCY)
    calls = batch * (shape.m // mr) * panels * (shape.k // kc)
    c_block = 2 * mr * vectors  # vector loads and stores of the accumulators per call
    compute = calls * (kc * step + c_block / LOADS_PER_CYCLE + CALL_OVERHEAD)

    a_bytes = batch * shape.m * shape.k * F32_BYTES
    b_bytes = batch * shape.k * panels * nr * F32_BYTES
    micro_panel_in_l1 = kc * nr * F32_BYTES <= caches[1] // 2
    block_in_l2 = (mc * kc + kc * nc * nr) * F32_BYTES <= caches[2] // 2
    a_streams = a_bytes * panels  # A read once per panel, from L2 (or L3)
    b_streams = b_bytes * (shape.m // mr if not micro_panel_in_l1 else shape.m // mc)
    traffic = {2: 0.0, 3: 0.0, 4: 0.0}
    traffic[2 if block_in_l2 else 3] += a_streams
    traffic[2] += b_streams
    traffic[4] += a_bytes * (panels // nc) + b_bytes * (shape.m // mc)
    traffic[2] += calls * mr * nr * F32_BYTES * 2  # C blocks in and out

    threads = target.threads or os.cpu_count() or 1
    blocks = batch * (shape.m // mc) * (panels // nc)
    rounds = math.ceil(blocks / threads)
    busy = min(threads, blocks)
    parallel = blocks / (rounds * threads) * threads if blocks else 1.0  # effective cores
    times = {"compute": compute / max(parallel, 1e-9) + rounds * BLOCK_OVERHEAD}
    for level, name in ((2, "L2"), (3, "L3")):
        times[name] = traffic[level] / (BYTES_PER_CYCLE[level] * busy)
    times["memory"] = traffic[4] / BYTES_PER_CYCLE[4]  # shared by the cores
    bound = max(times, key=lambda k: times[k])
    return Estimate(compute, traffic, times[bound], bound)


class AnalyticCostModel:
    """Scores trials by ``-log(estimated seconds)`` (the ``CostModel`` protocol; it does not learn)."""

    def predict(self, trials: Sequence[Trial]) -> list[float]:
        return [-math.log(estimate(t).seconds) for t in trials]

    def update(self, results: Sequence[TrialResult]) -> None:
        """Nothing to learn: the model is the roofline above."""
