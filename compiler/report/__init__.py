"""``mlc-report``: one self-contained HTML page about a compiled artifact.

For a CUDA artifact the page holds, per kernel: its launch shape, registers and
shared memory (``ptxas -v``), the model's estimated time and the measured time
when a timings file gives one; an access heat map (sectors per request of each
global access against its ideal, from the access analysis of the artifact's
mapped IR, kept by ``--emulation``); a roofline against the target's peaks
(``mlc.compiler.targets.limits.GpuSpec``); a tiling picture; and the fusion
graph (which source ops went into which kernel). For an artifact compiled from
``.ll``, the loop nests the frontend found (trip counts, strides) stand beside
the mapped accesses' strides per thread id. Figures are PNGs embedded as data
URIs, so the page needs nothing else.

Estimates are models, and the page says so: a GEMM's time comes from
``targets.cuda.perf_model``; other kernels get a roofline time from a FLOP count
(arithmetic PTX instructions times threads: a lower bound for kernels with
loops) and their bytes (the access analysis, else each argument buffer once).
"""

from __future__ import annotations

import base64
import html
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlc.compiler.errors import InputError
from mlc.compiler.targets.limits import CUDA_ARCHS, DEFAULT_GPU, GpuSpec

_FLOP_RE = re.compile(
    r"^\s*(?:@%p\d+\s+)?(fma|mad|add|sub|mul|div|max|min|ex2|lg2|rcp|sqrt|rsqrt|tanh)\.\S*f(16|32|64)"
)
_TILE_RE = re.compile(
    r"mlc\.parallel_extents = array<i64: ([\d, ]+)>, mlc\.tile_sizes = array<i64: ([\d, ]+)>"
)
_FUNC_RE = re.compile(r"func\.func private @(\w+)\(")


@dataclass
class KernelFacts:
    """What the page says about one kernel."""

    name: str
    source_op: str
    loc: str
    launches: list[dict] = field(default_factory=list)
    resources: dict[str, int] | None = None
    flops: float | None = None
    bytes: float | None = None
    model_us: float | None = None
    model_kind: str = ""
    measured_us: float | None = None
    accesses: list[dict] = field(default_factory=list)
    extents: list[int] | None = None
    tile: list[int] | None = None


def _static_flops(ptx: str) -> int:
    return sum(1 for line in ptx.splitlines() if _FLOP_RE.match(line))


def _mapped_tiles(map_ir: str) -> dict[str, tuple[list[int], list[int]]]:
    """Per kernel function of the map stage: its parallel extents and block tile sizes."""
    tiles = {}
    for m in _FUNC_RE.finditer(map_ir):
        head = map_ir[m.end() : map_ir.find("\n", m.end())]
        if t := _TILE_RE.search(head):
            tiles[m.group(1)] = (
                [int(x) for x in t.group(1).split(",")],
                [int(x) for x in t.group(2).split(",")],
            )
    return tiles


def _access_reports(map_ir: str | None) -> dict[str, list[dict]]:
    if not map_ir:
        return {}
    from mlc.compiler.analysis import analyze_text

    report = analyze_text(map_ir).to_dict()
    return {
        k["name"].lstrip("@"): [a for a in k["accesses"] if a["space"] == "global"] for k in report["kernels"]
    }


def _kernel_for(name: str, by_function: dict[str, Any]) -> Any:
    """The analysis/tiling entry of kernel ``name`` (``main_k0_fill_kernel`` is function ``main_k0_fill``)."""
    return by_function.get(name.removesuffix("_kernel"), by_function.get(name))


def collect(artifact: Any, spec: GpuSpec, timings: dict[str, float] | None = None) -> list[KernelFacts]:
    """The facts of every kernel of a CUDA artifact, in launch order."""
    m = artifact.manifest
    accesses = _access_reports(artifact.map_ir)
    tiles = _mapped_tiles(artifact.map_ir or "")
    facts: dict[str, KernelFacts] = {}
    for k in m.kernels:
        facts[k.name] = KernelFacts(k.name, k.source_op, k.loc, resources=k.resources)
    for step in m.launches():
        f = facts[step.kernel]
        f.launches.append({"grid": list(step.grid), "block": list(step.block), "shared": step.shared_bytes})
    peak = spec.simt_tflops * 1e12
    for k in m.kernels:
        f = facts[k.name]
        f.accesses = _kernel_for(k.name, accesses) or []
        if tile := _kernel_for(k.name, tiles):
            f.extents, f.tile = tile
        if k.model and "time_us" in k.model:
            f.flops, f.bytes = k.model.get("flops"), k.model.get("bytes")
            f.model_us, f.model_kind = k.model["time_us"], "GEMM pipeline model"
        else:
            threads = sum(math.prod(s["grid"]) * math.prod(s["block"]) for s in f.launches)
            f.flops = float(_static_flops(artifact.ptx[k.ptx]) * threads)
            f.bytes = _bytes_of(f, k.name, m)
            seconds = max(f.flops / peak if peak else 0.0, f.bytes / (spec.dram_gbps * 1e9))
            f.model_us, f.model_kind = seconds * 1e6, "roofline model"
        if timings and k.name in timings:
            f.measured_us = float(timings[k.name])
    return list(facts.values())


def _bytes_of(f: KernelFacts, name: str, manifest: Any) -> float:
    analysed = sum(a["bytes"] or 0 for a in f.accesses)
    if analysed:
        return float(analysed)
    buffers = {
        a.buffer for s in manifest.launches() if s.kernel == name for a in s.args if a.buffer is not None
    }
    return float(sum(manifest.buffer(b).nbytes for b in buffers))


def _img(png: bytes, alt: str) -> str:
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{base64.b64encode(png).decode()}">'


def _table(header: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _fmt(x: float | None, unit: str = "") -> str:
    if x is None:
        return "not measured" if unit == "us measured" else "-"
    return f"{x:.3g}"


_STYLE = """
body { font-family: sans-serif; margin: 2em; max-width: 1200px; }
table { border-collapse: collapse; margin: 1em 0; font-size: 0.85em; }
th, td { border: 1px solid #bbb; padding: 0.2em 0.5em; text-align: left; }
th { background: #eee; }
nav a { margin-right: 1em; }
.note { color: #555; font-size: 0.9em; }
pre { background: #f6f6f6; padding: 0.5em; overflow-x: auto; font-size: 0.8em; }
"""
# Builds the table of contents from the sections: the page works without it.
_SCRIPT = """
document.addEventListener("DOMContentLoaded", function () {
  var nav = document.getElementById("toc");
  document.querySelectorAll("h2[id]").forEach(function (h) {
    var a = document.createElement("a");
    a.href = "#" + h.id;
    a.textContent = h.textContent;
    nav.appendChild(a);
  });
});
"""


def _page(title: str, sections: list[tuple[str, str, str]]) -> str:
    body = "".join(f'<h2 id="{sid}">{html.escape(name)}</h2>\n{content}\n' for sid, name, content in sections)
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{_STYLE}</style><script>{_SCRIPT}</script></head>\n"
        f'<body><h1>{html.escape(title)}</h1><nav id="toc"></nav>\n{body}</body></html>\n'
    )


def _ll_loops(source: str | None) -> str | None:
    """The ``.ll`` frontend's summary of the source (loops, trip counts, strides), if it is an ``.ll``."""
    if not source or not source.endswith(".ll") or not Path(source).is_file():
        return None
    from mlc.compiler.frontends import FrontendOptions, import_file

    return import_file(source, FrontendOptions(verbose=True)).summary


def cuda_page(artifact: Any, timings: dict[str, float] | None = None, title: str | None = None) -> str:
    """The report of a CUDA artifact."""
    from mlc.compiler.report import figures

    m = artifact.manifest
    spec = CUDA_ARCHS.get(m.target.get("arch", ""), DEFAULT_GPU)
    kernels = collect(artifact, spec, timings)
    source = m.compiler.get("source")
    title = title or f"mlc report: {source or m.entry} for {m.target.get('arch')}"
    rows = []
    for f in kernels:
        res = f.resources or {}
        for s in f.launches or [{"grid": "-", "block": "-", "shared": "-"}]:
            rows.append(
                [
                    f.name,
                    f.source_op,
                    "x".join(map(str, s["grid"])) if isinstance(s["grid"], list) else s["grid"],
                    "x".join(map(str, s["block"])) if isinstance(s["block"], list) else s["block"],
                    res.get("registers", "not run"),
                    res.get("shared_bytes", s["shared"]),
                    f"{_fmt(f.model_us)} ({f.model_kind})",
                    _fmt(f.measured_us, "us measured"),
                ]
            )
    total_model = sum(f.model_us or 0 for f in kernels)
    summary = (
        f"<p>{len(kernels)} kernels, {len(m.launches())} launches on {html.escape(spec.part)} "
        f"({spec.sm_count} SMs, {spec.simt_tflops} TFLOP/s f32, {spec.tensor_tflops} TFLOP/s tensor, "
        f"{spec.dram_gbps} GB/s). Modelled time: {total_model:.3g} us in all.</p>"
        + _table(["kernel", "op", "grid", "block", "registers", "smem B", "model us", "measured us"], rows)
        + '<p class="note">Model times are estimates, not measurements (see mlc.compiler.report). '
        "Measured times come from mlc-report --timings FILE.json ({kernel: microseconds}).</p>"
    )
    sections = [("kernels", "Kernels", summary)]

    heat = []
    for f in kernels:
        if f.accesses:
            heat.append(
                f"<h3>{html.escape(f.name)}</h3>" + _img(figures.access_heat_map(f.name, f.accesses), f.name)
            )
    if not heat:
        heat.append(
            '<p class="note">No access report: the artifact holds no mapped IR. Compile with --emulation '
            "(mlc optimize does) to keep it.</p>"
        )
    sections.append(("access", "Access heat maps", "".join(heat)))

    points = [
        {
            "name": f.name,
            "intensity": f.flops / f.bytes,
            "gflops": f.flops / (f.measured_us * 1e3) if f.measured_us else None,
        }
        for f in kernels
        if f.flops and f.bytes
    ]
    roof = figures.roofline(
        points,
        spec.simt_tflops * 1e3,
        spec.dram_gbps,
        f"roofline, {spec.part}: f32 CUDA-core peak and DRAM bandwidth (points: model, or measured)",
    )
    sections.append(
        (
            "roofline",
            "Roofline",
            _img(roof, "roofline")
            + _table(
                ["kernel", "FLOP", "bytes", "FLOP/byte"],
                [
                    [f.name, f"{f.flops:.3g}", f"{f.bytes:.3g}", f"{f.flops / f.bytes:.3g}"]
                    for f in kernels
                    if f.flops and f.bytes
                ],
            ),
        )
    )

    tiles = []
    for f in kernels:
        if f.extents and f.tile and f.launches:
            png = figures.tiling(f.name, f.extents, f.tile, f.launches[0]["block"])
            tiles.append(f"<h3>{html.escape(f.name)}</h3>" + _img(png, f"tiling of {f.name}"))
    if not tiles:
        tiles.append('<p class="note">No tiling records: compile with --emulation to keep the mapped IR.</p>')
    untiled = [f"{f.name} ({f.source_op})" for f in kernels if not (f.extents and f.tile and f.launches)]
    if untiled and artifact.map_ir:
        tiles.append(
            '<p class="note">Without a block tile (mapped another way, e.g. a warp per row): '
            + html.escape(", ".join(untiled))
            + "</p>"
        )
    sections.append(("tiling", "Tiling", "".join(tiles)))

    edges = [(f"{f.source_op} {f.loc}", f.name) for f in kernels]
    for call in m.calls:
        kernel = next((s.kernel for s in m.launches() if s.call == m.calls.index(call)), None)
        if kernel:
            edges.append((f"{call.source_op} {call.loc}", kernel))
    edges = list(dict.fromkeys(edges))
    sections.append(
        (
            "fusion",
            "Fusion graph",
            _img(figures.fusion_graph(edges), "fusion graph") + _table(["op", "kernel"], edges),
        )
    )

    loops = _ll_loops(source)
    if loops is not None:
        after = [
            [f.name, a["kind"], a["buffer"], ", ".join(f"{k}={v}" for k, v in a["strides"].items())]
            for f in kernels
            for a in f.accesses
        ]
        sections.append(
            (
                "loops",
                "Loop nests",
                "<h3>before: the loops of the .ll input</h3><pre>"
                + html.escape(loops)
                + "</pre><h3>after: strides of each mapped access per thread id and loop</h3>"
                + _table(["kernel", "access", "buffer", "strides (elements)"], after),
            )
        )
    return _page(title, sections)


def cpu_page(artifact: Any, title: str | None = None) -> str:
    sig = artifact.manifest.signature
    rows = [["input", s.name, s.describe()] for s in sig.inputs] + [
        ["output", s.name, s.describe()] for s in sig.outputs
    ]
    text = (
        f"<p>A CPU artifact: one native library of {len(artifact.library)} bytes for "
        f"{html.escape(str(artifact.manifest.target.get('cpu')))}. Kernels, access maps and rooflines are "
        "reported for CUDA artifacts.</p>" + _table(["", "name", "type"], rows)
    )
    return _page(title or f"mlc report: {sig.entry} (cpu)", [("interface", "Interface", text)])


def build(path: str | Path, timings: str | Path | None = None) -> str:
    """The HTML report of the artifact at ``path``; ``timings``: a JSON file {kernel: microseconds}."""
    from mlc.runtime.artifact import read

    artifact = read(path)
    measured = None
    if timings is not None:
        try:
            measured = json.loads(Path(timings).read_text())
        except (OSError, json.JSONDecodeError) as e:
            raise InputError(f"{timings}: not a JSON file of kernel timings ({e})") from None
        if not isinstance(measured, dict):
            raise InputError(f"{timings}: expected an object {{kernel: microseconds}}")
    if artifact.manifest.target.get("kind") == "cpu":
        return cpu_page(artifact)
    return cuda_page(artifact, measured)
