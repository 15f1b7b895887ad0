"""Per-access and per-kernel results of the access analysis, and their text/JSON forms."""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field
from typing import Any

from mlc.compiler.analysis.expr import Expr
from mlc.compiler.analysis.model import THREAD_VARS, Access, Kernel
from mlc.compiler.analysis.warp import (
    Lanes,
    Metric,
    block_lanes,
    loop_as_lanes,
    loop_lanes,
    measure,
    restrict,
)
from mlc.compiler.diagnostics import location_parts
from mlc.compiler.targets.limits import WARP_SIZE


def _where(loc) -> str:
    file, line, col = location_parts(loc)
    if file is None:
        return "unknown"
    return f"{file}:{line}:{col}"


def _fmt(x: float | None) -> str:
    if x is None:
        return "unknown"
    return f"{x:.0f}" if abs(x - round(x)) < 0.005 else f"{x:.2f}"


@dataclass
class AccessResult:
    """What the analysis says about one global or shared access."""

    kind: str
    buffer: str
    space: str
    location: str
    element_bytes: int
    access_bytes: int
    strides: dict[str, int | str]
    sectors_per_request: float | None
    ideal: float
    status: str
    reason: str | None
    requests: int | None
    sectors: float | None
    bytes: int | None
    bank_conflicts: float | None = None
    candidates: dict[str, float | None] = field(default_factory=dict)  # loops level: x candidate -> s/r
    assumed_x: str | None = None
    best_x: str | None = None
    why: str | None = None
    loc: Any = field(default=None, repr=False, compare=False)  # ir.Location, not serialized

    def summary(self) -> str:
        """One line, used as the remark message."""
        if self.space == "shared":
            head = f"{self.kind} {self.buffer} (shared): {_fmt(self.bank_conflicts)}-way bank conflicts"
        else:
            assumed = f" with threadIdx.x = {self.assumed_x}" if self.assumed_x else ""
            head = (
                f"{self.kind} {self.buffer}: {_fmt(self.sectors_per_request)} sectors/request{assumed} "
                f"(ideal {_fmt(self.ideal)}, {self.status})"
            )
        strides = ", ".join(f"{k}={v}" for k, v in self.strides.items())
        text = f"{head}; strides: {strides or 'none'}"
        if self.best_x and self.best_x != self.assumed_x:
            text += f"; best threadIdx.x = {self.best_x} ({_fmt(self.candidates[self.best_x])})"
        if self.why:
            text += f"; {self.why}"
        return text


@dataclass
class KernelResult:
    name: str
    location: str
    level: str
    block: tuple[int, int, int] | None
    grid: tuple[int | None, ...] | None
    accesses: list[AccessResult]
    notes: list[str]
    load_sectors_per_request: float | None
    store_sectors_per_request: float | None
    sectors_per_request: float | None
    bytes: int | None
    ideal_sectors_per_request: float | None = None  # requests-weighted min(ideal, actual)
    sectors: float | None = None  # total global sectors
    requests: int | None = None  # total global requests
    loc: Any = field(default=None, repr=False, compare=False)

    def summary(self) -> str:
        shape = ""
        if self.block:
            shape = f" block {'x'.join(map(str, self.block))}"
        if self.grid and all(g is not None for g in self.grid):
            shape += f" grid {'x'.join(map(str, self.grid))}"
        return (
            f"kernel {self.name} ({self.level}{shape}): {_fmt(self.sectors_per_request)} sectors/request "
            f"(ideal {_fmt(self.ideal_sectors_per_request)}; ld {self._kind('load')}, "
            f"st {self._kind('store')}), {_bytes(self.bytes)} moved"
        )

    def _kind(self, kind: str) -> str:
        if not any(a.kind == kind and a.space == "global" for a in self.accesses):
            return "-"
        value = self.load_sectors_per_request if kind == "load" else self.store_sectors_per_request
        return _fmt(value)


def _bytes(n: int | None) -> str:
    if n is None:
        return "unknown bytes"
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


@dataclass
class Report:
    kernels: list[KernelResult]

    def to_dict(self) -> dict:
        def plain(obj):
            if dataclasses.is_dataclass(obj):
                return {
                    f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.name != "loc"
                }
            if isinstance(obj, dict):
                return {k: plain(v) for k, v in obj.items()}
            if isinstance(obj, list | tuple):
                return [plain(v) for v in obj]
            return obj

        return {"kernels": [plain(k) for k in self.kernels]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    def to_text(self) -> str:
        lines = []
        for k in self.kernels:
            lines.append(f"{k.summary()}  [{k.location}]")
            for note in k.notes:
                lines.append(f"  note: {note}")
            for a in k.accesses:
                lines.append(f"  {a.location}: {a.summary()}")
                if a.space != "shared":
                    lines.append(
                        f"      requests {a.requests if a.requests is not None else 'unknown'}, "
                        f"sectors {_fmt(a.sectors)}, {_bytes(a.bytes)}"
                        + (f"; {a.reason}" if a.reason else "")
                    )
        return "\n".join(lines) + ("\n" if lines else "")


# -- computing the results ---------------------------------------------------------


def _label(kernel: Kernel, name: str) -> str:
    info = kernel.vars.get(name)
    return info.label if info else name


def _strides(kernel: Kernel, address: Expr, lane_vars: list[str]) -> dict[str, int | str]:
    out: dict[str, int | str] = {}
    order = {"thread": 0, "block": 1, "parallel": 2, "sequential": 3}
    names = [n for n, v in kernel.vars.items() if v.kind in order]
    names.sort(key=lambda n: (order[kernel.vars[n].kind], kernel.vars[n].dim or 0))
    present = address.variables()
    opaque = bool(address.unknowns())
    for n in names:
        info = kernel.vars[n]
        if info.kind in ("thread", "block") and (info.count in (None, 1) and n not in present):
            continue
        if info.kind in ("thread", "block") and info.count == 1:
            continue
        coef = None if opaque else address.coefficient(n)
        out[info.label] = "non-affine" if coef is None else coef
    return out


def _seq_count(kernel: Kernel, access: Access) -> int | None:
    total = 1
    for n in access.seq_loops:
        c = kernel.vars[n].count
        if c is None:
            return None
        total *= c
    return total


def _prod(values) -> int | None:
    total = 1
    for v in values:
        if v is None:
            return None
        total *= v
    return total


def _why(
    kernel: Kernel, access: Access, metric: Metric, ideal: float, x_var: str | None, lanes
) -> str | None:
    if metric.value is None:
        return metric.reason
    if metric.value <= ideal + 1e-6:
        return None
    if x_var is None:
        return None
    coef = access.address.coefficient(x_var)
    xlabel = _label(kernel, x_var) if x_var in kernel.vars else "threadIdx.x"
    if coef is None:
        return f"index is non-affine in {xlabel}"
    if abs(coef) * access.elem_bytes >= access.access_bytes and coef != 0 and abs(coef) != access.lanes:
        return f"stride {coef} elements along {xlabel}"
    if kernel.block and kernel.block[0] * access.access_bytes < 32 and kernel.level != "loops":
        return f"blockDim.x = {kernel.block[0]}: a warp spans {math.ceil(WARP_SIZE / kernel.block[0])} rows"
    misaligned = [
        _label(kernel, n)
        for n in sorted(access.address.variables())
        if n not in lanes.names and (access.address.coefficient(n) or 0) * access.elem_bytes % 32
    ]
    if misaligned or access.address.const * access.elem_bytes % 32:
        what = ", ".join(misaligned) if misaligned else f"constant offset {access.address.const}"
        return f"not 32-byte aligned: offset varies with {what}"
    return None


def _access_result(kernel: Kernel, access: Access) -> AccessResult:
    ideal = float(access.access_bytes)
    seq = _seq_count(kernel, access)
    shared = access.space == "shared"
    candidates: dict[str, float | None] = {}
    assumed = best = None
    x_var = None
    if kernel.level == "loops":
        metric, assumed, best, candidates, lanes, x_var, requests, threads = _loops_metric(
            kernel, access, seq
        )
    else:
        if kernel.block is None:
            metric = Metric(None, "unknown", "block size is not static")
            lanes = Lanes({}, None)
        else:
            lanes = restrict(block_lanes(kernel.block, THREAD_VARS), access.conditions, kernel.vars)
            metric = measure(
                access.address, access.elem_bytes, access.access_bytes, lanes, kernel.vars, shared
            )
        x_var = THREAD_VARS[0]
        blocks = _prod(kernel.grid) if kernel.grid else None
        nthreads = _prod(kernel.block) if kernel.block else None
        warps = math.ceil(nthreads / WARP_SIZE) if nthreads else None
        requests = _prod([blocks, warps, seq, kernel.outer_count])
        threads = _prod([blocks, warps, seq, kernel.outer_count])
        if requests is not None:
            requests = round(requests * metric.warps)
            threads = round(threads * metric.warps * metric.lanes)
    nbytes = threads * access.access_bytes if threads is not None else None
    value = metric.value
    sectors = value * requests if value is not None and requests is not None and not shared else None
    return AccessResult(
        kind=access.kind,
        buffer=access.buffer,
        space=access.space,
        location=_where(access.loc),
        element_bytes=access.elem_bytes,
        access_bytes=access.access_bytes,
        strides=_strides(kernel, access.address, []),
        sectors_per_request=None if shared else value,
        ideal=ideal,
        status=metric.status,
        reason=metric.reason,
        requests=requests,
        sectors=sectors,
        bytes=nbytes,
        bank_conflicts=value if shared else None,
        candidates={_label(kernel, k): v for k, v in candidates.items()},
        assumed_x=_label(kernel, assumed) if assumed else None,
        best_x=_label(kernel, best) if best else None,
        why=None if shared else _why(kernel, access, metric, ideal, x_var, lanes),
        loc=access.loc,
    )


def loop_candidates(kernel: Kernel, access: Access) -> dict[str, Metric]:
    """The metric of ``access`` for each parallel loop of a loops-level kernel taken as threadIdx.x."""
    out: dict[str, Metric] = {}
    for name in kernel.parallel:
        info = kernel.vars[name]
        repl, warp_info = loop_as_lanes(info)
        address = access.address.substitute(repl)
        vars_ = dict(kernel.vars)
        vars_[warp_info.name] = warp_info
        vars_.pop(name)
        out[name] = measure(
            address,
            access.elem_bytes,
            access.access_bytes,
            loop_lanes(info.count),
            vars_,
            access.space == "shared",
        )
    return out


def _loops_metric(kernel: Kernel, access: Access, seq: int | None):
    metrics = loop_candidates(kernel, access)
    candidates = {k: m.value for k, m in metrics.items()}
    assumed = kernel.default_x
    known = {k: v for k, v in candidates.items() if v is not None}
    best = min(known, key=lambda k: (known[k], k != assumed)) if known else None
    chosen = assumed or best
    metric = metrics.get(chosen) if chosen else None
    if metric is None:
        metric = Metric(None, "unknown", "no parallel loop to map to threads")
    iters = _prod(kernel.vars[n].count for n in kernel.parallel) if kernel.parallel else None
    x_count = kernel.vars[chosen].count if chosen else None
    requests = None
    if iters is not None and x_count:
        requests = _prod([iters // x_count * math.ceil(x_count / WARP_SIZE), seq, kernel.outer_count])
    threads = _prod([iters, seq, kernel.outer_count])
    lanes = loop_lanes(x_count)
    return metric, assumed, best, candidates, lanes, chosen, requests, threads


def kernel_result(kernel: Kernel) -> KernelResult:
    accesses = [_access_result(kernel, a) for a in kernel.accesses if a.space != "private"]

    def weighted(kind: str | None) -> float | None:
        sel = [a for a in accesses if a.space == "global" and (kind is None or a.kind == kind)]
        if not sel or any(a.sectors_per_request is None for a in sel):
            return None
        if all(a.requests is not None for a in sel):
            reqs = sum(a.requests for a in sel)
            return sum(a.sectors for a in sel) / reqs if reqs else None
        return sum(a.sectors_per_request for a in sel) / len(sel)

    glob = [a for a in accesses if a.space == "global"]
    total = sum(a.bytes for a in glob) if glob and all(a.bytes is not None for a in glob) else None
    counted = glob and all(a.requests is not None and a.sectors is not None for a in glob)
    sectors = sum(a.sectors for a in glob) if counted else None
    requests = sum(a.requests for a in glob) if counted else None
    ideal = None
    if counted and requests:
        ideal = sum(a.requests * min(a.ideal, a.sectors_per_request) for a in glob) / requests
    return KernelResult(
        name=kernel.name,
        location=_where(kernel.loc),
        level=kernel.level,
        block=tuple(kernel.block) if kernel.block else None,
        grid=tuple(kernel.grid) if kernel.grid else None,
        accesses=accesses,
        notes=list(kernel.notes),
        load_sectors_per_request=weighted("load"),
        store_sectors_per_request=weighted("store"),
        sectors_per_request=weighted(None),
        bytes=total,
        ideal_sectors_per_request=ideal,
        sectors=sectors,
        requests=requests,
        loc=kernel.loc,
    )
