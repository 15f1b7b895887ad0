"""Schedule spaces: what can be tuned for each kind of workload on each target.

The CPU GEMM space is the packed GEMM's blocking (``pack-contractions``,
``passes/pack_contractions/gemm.py``): the ``mr`` x ``nr`` register block, the
``mc`` rows and ``nc`` panels of a cache block and its depth ``kc``. Matmuls,
batch matmuls and convolutions (as im2col or 1x1 GEMMs) are all GEMM workloads,
keyed by their ``GemmShape``, so a record serves every model with that GEMM.

Every point ``points`` enumerates is valid by construction: the blocks divide
the loops they tile (no remainder loop, which the vectorizer would leave
scalar), ``nr`` is a whole number of vectors no wider than ``n`` padded to a
vector, the accumulators, B vectors and the broadcast of A fit in the vector
registers, the ``kc`` x ``nr`` B micro-panel fits in L1 and the ``mc`` x ``kc``
A block plus the ``kc`` x ``nc * nr`` B panel fit in L2. ``check`` gives the
reason a config is rejected (a database record or a hand-written one), before
anything is compiled.

A workload's ``target`` names what its timings are valid for:
``cpu:<LLVM CPU name>:v<vector bits>:t<threads>`` (``cpu_target``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from mlc.compiler.errors import InputError
from mlc.compiler.tuning.trial import Config, Workload
from mlc.passes.pack_contractions.gemm import (
    F32_BYTES,
    VECTOR_REGISTERS,
    Blocking,
    GemmShape,
    blocking_for,
)

KINDS = ("gemm", "batch_gemm", "conv_gemm")  # the workload kinds with a space (``gemm_workload``)
PARAMS = ("mr", "nr", "mc", "nc", "kc")
MR_MAX = 16  # rows of a register block
NR_VECTORS = 4  # vectors per row of a register block, at most
MC_MAX = 512  # rows of a cache block
NC_COLUMNS = 2048  # columns of a cache block (nc * nr), at most
KC_MIN, KC_MAX = 8, 1024  # depth of a cache block (or the whole k)


@dataclass(frozen=True)
class CpuTarget:
    """What a CPU timing depends on: the CPU, its vector width and the thread count."""

    cpu: str
    vector_bits: int
    threads: int  # 0: all cores at run time (the compile's --threads)

    def name(self) -> str:
        return f"cpu:{self.cpu}:v{self.vector_bits}:t{self.threads}"

    @staticmethod
    def parse(text: str) -> CpuTarget:
        parts = text.split(":")
        if len(parts) != 4 or parts[0] != "cpu" or parts[2][:1] != "v" or parts[3][:1] != "t":
            raise InputError(f"not a cpu tuning target: '{text}'", hint="cpu:<cpu>:v<bits>:t<threads>")
        return CpuTarget(parts[1], int(parts[2][1:]), int(parts[3][1:]))


def cpu_target(mcpu: str = "native", threads: int = 0) -> CpuTarget:
    """The tuning target of a CPU compile with ``--mcpu`` and ``--threads``."""
    from mlc.compiler.targets.cpu import native

    cpu, target = native.target_for(mcpu)
    return CpuTarget(cpu, native.vector_bits(target), threads)


def gemm_workload(shape: GemmShape, target: str) -> Workload:
    """The workload of a packed GEMM: kind ``gemm`` (``C[m, n] += A[m, k] B[k, n]``, a matmul),
    ``batch_gemm`` (each of ``batch`` has its own A and B, a batch matmul) or ``conv_gemm`` (A
    shared by the batch: the filter of a convolution as an im2col or 1x1 GEMM)."""
    dims = {"m": shape.m, "n": shape.n, "k": shape.k}
    if shape.batch == 0:
        return Workload("gemm", dims, "f32", target)
    kind = "batch_gemm" if shape.a_batched else "conv_gemm"
    return Workload(kind, {"batch": shape.batch, **dims}, "f32", target)


def gemm_shape(workload: Workload) -> GemmShape:
    s = workload.shape
    return GemmShape(s.get("batch", 0), s["m"], s["n"], s["k"], workload.kind == "batch_gemm")


def blocking_of(config: Config) -> Blocking:
    return Blocking(*(int(config[p]) for p in PARAMS))


def config_of(blocking: Blocking) -> dict[str, int]:
    return dict(zip(PARAMS, blocking.attribute(), strict=True))


def default_config(workload: Workload) -> dict[str, int]:
    """The schedule ``pack-contractions`` picks without tuning (``blocking_for``)."""
    target = CpuTarget.parse(workload.target)
    return config_of(blocking_for(gemm_shape(workload), target.vector_bits))


def _divisors(n: int, lo: int, hi: int) -> list[int]:
    return [d for d in range(max(1, lo), min(n, hi) + 1) if n % d == 0]


def _panel_blocks(n: int, nr: int) -> list[int]:
    """The values of ``nc`` for panels of width ``nr``: divisors of the panel count."""
    return _divisors(-(-n // nr), 1, NC_COLUMNS // nr)


def registers_needed(config: Config, lanes: int) -> int:
    """Vector registers of the microkernel: the accumulators, one row of B and the broadcast of A."""
    vectors = int(config["nr"]) // lanes
    return int(config["mr"]) * vectors + vectors + 1


def check(workload: Workload, config: Mapping[str, object]) -> str | None:
    """Why ``config`` is not a valid schedule of ``workload``, or None when it is."""
    from mlc.compiler.targets.cpu import native

    if workload.kind not in KINDS:
        return f"no schedule space for '{workload.kind}' workloads"
    if any(not isinstance(workload.shape.get(d), int) or workload.shape[d] <= 0 for d in workload.shape):
        return "the workload's dimensions must be positive integers"
    missing = [p for p in PARAMS if not isinstance(config.get(p), int) or isinstance(config.get(p), bool)]
    if missing:
        return f"missing or non-integer parameter(s): {', '.join(missing)}"
    if any(int(config[p]) <= 0 for p in PARAMS):
        return "block sizes must be positive"
    shape, target = gemm_shape(workload), CpuTarget.parse(workload.target)
    if target.vector_bits not in VECTOR_REGISTERS:
        return f"unknown vector width {target.vector_bits}"
    mr, nr, mc, nc, kc = (int(config[p]) for p in PARAMS)
    lanes = target.vector_bits // (8 * F32_BYTES)
    if nr % lanes:
        return f"nr={nr} is not a whole number of {lanes}-lane vectors"
    if nr > lanes * -(-shape.n // lanes) and nr > lanes:
        return f"nr={nr} is wider than n={shape.n} padded to a vector"
    panels = -(-shape.n // nr)
    for name, value, of, what in (
        ("mr", mr, shape.m, "m"),
        ("mc", mc, shape.m, "m"),
        ("nc", nc, panels, "the panels (n / nr)"),
        ("kc", kc, shape.k, "k"),
    ):
        if of % value:
            return f"{name}={value} does not divide {what}={of}"
    if mc % mr:
        return f"mc={mc} is not a multiple of mr={mr}"
    registers = registers_needed(config, lanes)
    if registers > VECTOR_REGISTERS[target.vector_bits]:
        return f"needs {registers} vector registers, the CPU has {VECTOR_REGISTERS[target.vector_bits]}"
    caches = native.cache_bytes()
    micro_panel = kc * nr * F32_BYTES
    if micro_panel > caches[1]:
        return f"the kc x nr B micro-panel ({micro_panel // 1024} KiB) exceeds L1 ({caches[1] // 1024} KiB)"
    block = (mc * kc + kc * nc * nr) * F32_BYTES
    if block > caches[2]:
        return f"the A block and B panel ({block // 1024} KiB) exceed L2 ({caches[2] // 1024} KiB)"
    return None


def choices(workload: Workload) -> dict[str, list[int]]:
    """The candidate values of each parameter, before the joint checks of ``check``."""
    shape, target = gemm_shape(workload), CpuTarget.parse(workload.target)
    lanes = target.vector_bits // (8 * F32_BYTES)
    widest = max(1, min(NR_VECTORS, -(-shape.n // lanes)))
    return {
        "mr": _divisors(shape.m, 1, MR_MAX),
        "nr": [lanes * v for v in range(1, widest + 1)],
        "mc": _divisors(shape.m, 1, MC_MAX),
        "nc": sorted({d for v in range(1, widest + 1) for d in _panel_blocks(shape.n, lanes * v)}),
        "kc": sorted(set(_divisors(shape.k, KC_MIN, KC_MAX)) | ({shape.k} if shape.k <= KC_MAX else set())),
    }


def points(workload: Workload) -> Iterator[dict[str, int]]:
    """Every valid schedule of ``workload`` (``check`` passes on each)."""
    c = choices(workload)
    shape = gemm_shape(workload)
    for mr, nr, kc in itertools.product(c["mr"], c["nr"], c["kc"]):
        for mc in (v for v in c["mc"] if v % mr == 0):
            for nc in _panel_blocks(shape.n, nr):
                config = {"mr": mr, "nr": nr, "mc": mc, "nc": nc, "kc": kc}
                if check(workload, config) is None:
                    yield config


def rejections(workload: Workload) -> dict[str, int]:
    """How many points of the raw product of ``choices`` each kind of check rejects (for ``--space``)."""
    c = choices(workload)
    counts: dict[str, int] = {}
    for values in itertools.product(*(c[p] for p in PARAMS)):
        reason = check(workload, dict(zip(PARAMS, values, strict=True)))
        if reason is not None:
            kind = _reason_kind(reason)
            counts[kind] = counts.get(kind, 0) + 1
    return counts


def _reason_kind(reason: str) -> str:
    for key, kind in (
        ("does not divide", "divisibility"),
        ("multiple of", "divisibility"),
        ("registers", "vector registers"),
        ("wider than", "padding"),
        ("whole number", "vector width"),
        ("L1", "L1 size"),
        ("L2", "L2 size"),
    ):
        if key in reason:
            return kind
    return reason


def small_space(workload: Workload) -> list[dict[str, int]]:
    """A small enumerable subspace, for exhaustive measurement: register blocks of at least 4
    rows and one or two vectors, cache depths of half, once and twice the default's, and the
    default's cache block (``mc`` rows, the same columns ``nc * nr``)."""
    default = default_config(workload)
    shape, target = gemm_shape(workload), CpuTarget.parse(workload.target)
    lanes = target.vector_bits // (8 * F32_BYTES)
    depths = {v for v in (default["kc"] // 2, default["kc"], default["kc"] * 2) if v > 0 and shape.k % v == 0}
    found = []
    for config in points(workload):
        if config["nr"] > 2 * lanes or (config["mr"] < 4 <= shape.m) or config["kc"] not in depths:
            continue
        columns = max(config["nr"], default["nc"] * default["nr"])
        if config["mc"] == default["mc"] and config["nc"] * config["nr"] == columns:
            found.append(config)
    return found
