"""The coalescing metric: distinct 32-byte sectors touched by one warp-wide access.

A warp is 32 consecutive linear thread ids (``x + y*bx + z*bx*by``). For an
access whose address splits into a part that depends only on thread ids and a
part that does not, the thread part is evaluated for every lane of every warp
of the block, and the rest only matters through its value modulo the sector
size. Its distribution over the iteration space is exact when that part is
affine in variables with static ranges (the per-variable residue
distributions are convolved), and is enumerated or sampled otherwise. For
workgroup (shared) memory the same machinery counts bank conflicts instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from mlc.compiler.analysis.expr import Expr
from mlc.compiler.analysis.model import LANE_VAR, WARP_VAR, VarInfo
from mlc.compiler.targets.limits import SECTOR_BYTES, SHARED_BANKS, WARP_SIZE

_ENUMERATE_LIMIT = 1 << 16
_SAMPLES = 512


@dataclass(frozen=True)
class Lanes:
    """Values of the thread variables for each warp of a block: arrays of shape (warps, 32).

    ``weights`` (one per row, default 1) counts how often a row occurs when rows stand for
    classes of (block, warp) pairs rather than the warps of one block (see ``restrict``)."""

    env: dict[str, np.ndarray]
    active: np.ndarray
    weights: np.ndarray | None = None

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self.env)

    def row_weights(self) -> np.ndarray:
        return np.ones(len(self.active)) if self.weights is None else self.weights


def block_lanes(block: tuple[int, int, int], names: tuple[str, str, str]) -> Lanes:
    """The lanes of every warp of a ``bx*by*bz`` block (linear id = x + y*bx + z*bx*by)."""
    bx, by, bz = block
    n = bx * by * bz
    warps = max(1, math.ceil(n / WARP_SIZE))
    linear = np.arange(warps * WARP_SIZE, dtype=np.int64).reshape(warps, WARP_SIZE)
    env = {
        names[0]: linear % bx,
        names[1]: (linear // bx) % by,
        names[2]: linear // (bx * by),
    }
    return Lanes(env, linear < n)


def loop_lanes(count: int | None) -> Lanes:
    """32 consecutive iterations of a loop (the ``lane`` variable), fewer when it has fewer."""
    lane = np.arange(WARP_SIZE, dtype=np.int64).reshape(1, WARP_SIZE)
    active = lane < (count if count is not None else WARP_SIZE)
    return Lanes({LANE_VAR: lane}, active)


def loop_as_lanes(info: VarInfo) -> tuple[dict[str, Expr], VarInfo]:
    """Substitution making loop ``info`` the warp's fastest dimension: iv = lb + step*(lane + 32*warp)."""
    lb = info.lb if info.lb is not None else 0
    step = info.step if info.step is not None else 1
    iv = Expr.constant(lb) + Expr.var(LANE_VAR) * step + Expr.var(WARP_VAR) * (WARP_SIZE * step)
    warps = None if info.count is None else max(1, math.ceil(info.count / WARP_SIZE))
    return {info.name: iv}, VarInfo(WARP_VAR, "warp", "block", 0, 1, warps)


@dataclass(frozen=True)
class Metric:
    """Sectors per request (global) or bank-conflict degree (shared) of one access.

    ``warps`` is the fraction of warps with at least one active lane and ``lanes`` the mean
    number of active lanes of those (bounds checks and partial blocks switch lanes off).
    """

    value: float | None
    status: str  # "exact" | "estimated" | "unknown"
    reason: str | None = None
    warps: float = 1.0
    lanes: float = float(WARP_SIZE)


_PREDICATES = {
    0: np.equal,
    1: np.not_equal,
    2: np.less,
    3: np.less_equal,
    4: np.greater,
    5: np.greater_equal,
    6: np.less,
    7: np.less_equal,
    8: np.greater,
    9: np.greater_equal,
}


_COMBINATIONS = 1024  # values of other variables that ``restrict`` enumerates (more: sampled)


def restrict(lanes: Lanes, conditions, vars: dict[str, VarInfo]) -> Lanes:
    """``lanes`` with the lanes switched off that fail a condition depending on thread ids.

    The other variables of those conditions (block ids, block-level loops, sequential loops)
    take every value of their static range, together (a sample of ``_COMBINATIONS`` when
    there are more), so the bounds checks of partial edge tiles are counted for the blocks
    they apply to: each row of the result is a class of (value, warp) pairs with the same
    active lanes, weighted by its size. Variables without a static range take their first
    value; a condition on a variable with no known first value is ignored.
    """
    usable = []
    for pred, lhs, rhs in conditions:
        names = lhs.variables() | rhs.variables()
        if not names & lanes.names or lhs.unknowns() or rhs.unknowns():
            continue
        if all(n in lanes.names or (n in vars and vars[n].lb is not None) for n in names):
            usable.append((pred, lhs, rhs, names - lanes.names))
    if not usable:
        return lanes
    others = sorted(set().union(*(u[3] for u in usable)))
    values = _combinations([vars[n] for n in others])
    warps = len(lanes.active)
    env = {n: v[:, None, None] for n, v in zip(others, values, strict=True)}
    env.update({n: v[None] for n, v in lanes.env.items()})
    active = np.broadcast_to(lanes.active[None], (len(values[0]) if others else 1, *lanes.active.shape))
    for pred, lhs, rhs, _ in usable:
        ok = _PREDICATES[pred](np.asarray(lhs.evaluate(env)), np.asarray(rhs.evaluate(env)))
        active = active & np.broadcast_to(ok, active.shape)
    rows = active.reshape(-1, WARP_SIZE)
    warp_of = np.tile(np.arange(warps), len(rows) // warps)
    _, first, counts = np.unique(
        np.concatenate([warp_of[:, None], rows], axis=1), axis=0, return_index=True, return_counts=True
    )
    picked = warp_of[first]
    weights = counts * lanes.row_weights()[picked]
    return Lanes({n: v[picked] for n, v in lanes.env.items()}, rows[first], weights.astype(float))


def _combinations(infos: list[VarInfo]) -> list[np.ndarray]:
    """Values of the variables, one array each, over all their combinations (or a sample)."""
    ranges = [
        info.lb + info.step * np.arange(info.count) if info.known_range() else np.array([info.lb])
        for info in infos
    ]
    total = math.prod(len(r) for r in ranges)
    if total <= _COMBINATIONS:
        grids = np.meshgrid(*ranges, indexing="ij")
        return [g.ravel().astype(np.int64) for g in grids]
    rng = np.random.default_rng(0)
    return [r[rng.integers(0, len(r), _COMBINATIONS)].astype(np.int64) for r in ranges]


def _residues(coef_bytes: int, info: VarInfo, modulus: int) -> np.ndarray:
    """Histogram over ``modulus`` of ``coef_bytes * (lb + step*n) mod modulus`` for n < count."""
    hist = np.zeros(modulus)
    step = (coef_bytes * info.step) % modulus
    start = (coef_bytes * info.lb) % modulus
    period = modulus // math.gcd(step, modulus) if step else 1
    base = (start + step * np.arange(period, dtype=np.int64)) % modulus
    full, extra = divmod(info.count, period)
    np.add.at(hist, base, full)
    np.add.at(hist, base[:extra], 1)
    return hist


def _convolve(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    m = len(a)
    out = np.zeros(m)
    for r in np.nonzero(b)[0]:
        out += np.roll(a, r) * b[r]
    return out


class _Unresolved(Exception):
    pass


def rest_distribution(
    rest: Expr, elem_bytes: int, vars: dict[str, VarInfo], modulus: int
) -> tuple[np.ndarray, str, str | None]:
    """Probabilities of ``rest * elem_bytes mod modulus`` over the iteration space."""
    linear = rest.linear()
    status, reason = "exact", None
    if linear is not None:
        dist = np.zeros(modulus)
        dist[(rest.const * elem_bytes) % modulus] = 1.0
        for name, coef in linear.items():
            info = vars.get(name)
            cb = coef * elem_bytes
            if info is None or not info.known_range():
                if (
                    info is not None
                    and info.kind != "symbol"
                    and info.step is not None
                    and info.lb is not None
                ):
                    info = VarInfo(info.name, info.label, info.kind, info.lb, info.step, modulus)
                    status, reason = "estimated", f"trip count of {vars[name].label} is not static"
                else:
                    label = info.label if info else name
                    return _aligned(modulus), "estimated", f"alignment depends on {label}"
            if info.count > 0:
                dist = _convolve(dist, _residues(cb, info, modulus))
        return dist / dist.sum(), status, reason
    names = sorted(rest.variables())
    infos = [vars.get(n) for n in names]
    if any(i is None or not i.known_range() for i in infos):
        return _aligned(modulus), "estimated", "non-affine offset over values without static ranges"
    total = math.prod(i.count for i in infos)
    if total <= _ENUMERATE_LIMIT:
        grids = np.meshgrid(*[i.lb + i.step * np.arange(i.count) for i in infos], indexing="ij")
        env = {n: g.ravel() for n, g in zip(names, grids, strict=True)}
    else:
        rng = np.random.default_rng(0)
        env = {
            n: i.lb + i.step * rng.integers(0, i.count, _SAMPLES) for n, i in zip(names, infos, strict=True)
        }
        status, reason = "estimated", "non-affine offset, sampled"
    values = np.asarray(rest.evaluate(env)) * elem_bytes
    hist = np.bincount(np.mod(values, modulus).astype(np.int64).ravel(), minlength=modulus).astype(float)
    return hist / hist.sum(), status, reason


def _aligned(modulus: int) -> np.ndarray:
    d = np.zeros(modulus)
    d[0] = 1.0
    return d


def _distinct_per_row(values: np.ndarray) -> np.ndarray:
    s = np.sort(values, axis=1)
    return 1 + (np.diff(s, axis=1) != 0).sum(axis=1)


def _sectors(offsets: np.ndarray, active: np.ndarray, access_bytes: int, weights: np.ndarray) -> float:
    """Mean distinct sectors per warp for byte offsets (warps, 32), rows weighted by ``weights``."""
    rows = active.any(axis=1)
    offsets, active = offsets[rows], active[rows]
    first = offsets if active.all() else _fill(offsets, active)
    parts = [(first + k) // SECTOR_BYTES for k in range(0, access_bytes, SECTOR_BYTES)]
    parts.append((first + access_bytes - 1) // SECTOR_BYTES)
    return float(np.average(_distinct_per_row(np.concatenate(parts, axis=1)), weights=weights[rows]))


def _fill(offsets: np.ndarray, active: np.ndarray) -> np.ndarray:
    """Replace inactive lanes by the first active lane so they add no distinct value."""
    first_idx = active.argmax(axis=1)
    first = offsets[np.arange(len(offsets)), first_idx][:, None]
    return np.where(active, offsets, first)


def _conflicts(offsets: np.ndarray, active: np.ndarray, access_bytes: int, weights: np.ndarray) -> float:
    """Mean bank-conflict degree per warp (1 = conflict-free) for byte offsets (warps, 32).

    A warp's request is served in phases of ``128 / access_bytes`` lanes when each lane moves
    more than 4 bytes (half warps for 8 bytes, quarter warps for 16: ldmatrix rows, 128-bit
    and cp.async chunks); the degree is that of the worst phase."""
    rows = active.any(axis=1)
    offsets, active = _fill(offsets[rows], active[rows]), active[rows]
    phase = WARP_SIZE if access_bytes <= 4 else max(1, SHARED_BANKS * 4 // access_bytes)
    degrees = []
    for row in offsets:
        worst = 0
        for start in range(0, WARP_SIZE, phase):
            part = row[start : start + phase]
            words = np.unique(np.concatenate([(part + k) // 4 for k in range(0, max(access_bytes, 4), 4)]))
            worst = max(worst, int(np.bincount(words % SHARED_BANKS, minlength=SHARED_BANKS).max()))
        degrees.append(worst)
    return float(np.average(degrees, weights=weights[rows]))


def measure(
    address: Expr,
    elem_bytes: int,
    access_bytes: int,
    lanes: Lanes,
    vars: dict[str, VarInfo],
    shared: bool = False,
) -> Metric:
    """Sectors per request (or bank conflicts when ``shared``) of an access at ``address`` (elements)."""
    unknown = address.unknowns()
    if unknown:
        return Metric(None, "unknown", f"index is not affine: {unknown[0]}")
    split = address.split(lanes.names)
    if split is None:
        return _sampled(address, elem_bytes, access_bytes, lanes, vars, shared)
    thread_part, rest = split
    missing = thread_part.variables() - lanes.names
    if missing:
        labels = sorted(vars[m].label if m in vars else m for m in missing)
        return Metric(None, "unknown", f"stride across threads depends on {', '.join(labels)}")
    if not lanes.active.any():
        return Metric(None, "unknown", "no lane is active", 0.0, 0.0)
    offsets = np.broadcast_to(np.asarray(thread_part.evaluate(lanes.env), dtype=np.int64), lanes.active.shape)
    offsets = offsets * elem_bytes
    modulus = SHARED_BANKS * 4 if shared else SECTOR_BYTES
    dist, status, reason = rest_distribution(rest, elem_bytes, vars, modulus)
    value = 0.0
    for r in np.nonzero(dist)[0]:
        fn = _conflicts if shared else _sectors
        value += dist[r] * fn(offsets + int(r), lanes.active, access_bytes, lanes.row_weights())
    return Metric(value, status, reason, *_occupancy(lanes))


def _occupancy(lanes: Lanes) -> tuple[float, float]:
    per_warp = lanes.active.sum(axis=1)
    busy = per_warp > 0
    weights = lanes.row_weights()
    busy_share = float(weights[busy].sum() / weights.sum())
    return busy_share, float(np.average(per_warp[busy], weights=weights[busy]))


def _sampled(address, elem_bytes, access_bytes, lanes, vars, shared) -> Metric:
    others = sorted(address.variables() - lanes.names)
    infos = [vars.get(n) for n in others]
    if any(i is None or not i.known_range() for i in infos):
        return Metric(None, "unknown", "index mixes thread ids non-affinely with runtime values")
    rng = np.random.default_rng(0)
    total = 0.0
    fn = _conflicts if shared else _sectors
    for _ in range(64):
        env = dict(lanes.env)
        for n, i in zip(others, infos, strict=True):
            env[n] = i.lb + i.step * int(rng.integers(0, max(i.count, 1)))
        offsets = np.broadcast_to(np.asarray(address.evaluate(env), dtype=np.int64), lanes.active.shape)
        total += fn(offsets * elem_bytes, lanes.active, access_bytes, lanes.row_weights())
    return Metric(
        total / 64,
        "estimated",
        "index mixes thread ids and other variables non-affinely; sampled",
        *_occupancy(lanes),
    )
