"""The report's figures, drawn with matplotlib (Agg) and returned as PNG bytes."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle


def _png(fig: Any) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def access_heat_map(kernel: str, accesses: Sequence[dict]) -> bytes:
    """Sectors per request of each global access against its ideal: green at ideal, red at 8x or worse."""
    labels = [f"{a['kind']} {a['buffer']} (mapped IR {a['location']})" for a in accesses]
    ratios = [
        (a["sectors_per_request"] / a["ideal"]) if a["sectors_per_request"] and a["ideal"] else float("nan")
        for a in accesses
    ]
    fig, ax = plt.subplots(figsize=(7, 0.4 * len(accesses) + 1.0))
    cmap = plt.get_cmap("RdYlGn_r")
    for i, (a, r) in enumerate(zip(accesses, ratios, strict=True)):
        colour = "lightgrey" if r != r else cmap(min(max(r, 1.0) - 1.0, 7.0) / 7.0)
        ax.barh(i, 1, color=colour, edgecolor="black")
        spr = a["sectors_per_request"]
        text = "unknown" if spr is None else f"{spr:.2f} sectors/request (ideal {a['ideal']:.2f})"
        ax.text(0.5, i, text, ha="center", va="center", fontsize=8)
    ax.set_yticks(range(len(labels)), labels, fontsize=8)
    ax.set_xticks([])
    ax.invert_yaxis()
    ax.set_title(
        f"{kernel}: global accesses (colour: sectors per request / ideal, 1x green .. 8x red)", fontsize=9
    )
    return _png(fig)


def roofline(points: Sequence[dict], peak_gflops: float, bandwidth_gbs: float, title: str) -> bytes:
    """Kernels at (arithmetic intensity, attainable GFLOP/s) under the target's compute and DRAM roofs."""
    fig, ax = plt.subplots(figsize=(7, 4.5))
    ridge = peak_gflops / bandwidth_gbs
    xs = [10 ** (e / 10) for e in range(-30, 41)]
    ax.plot(xs, [min(peak_gflops, x * bandwidth_gbs) for x in xs], color="black", label="roof")
    ax.axvline(ridge, color="grey", linestyle=":", linewidth=1)
    for p in points:
        y = min(peak_gflops, p["intensity"] * bandwidth_gbs) if p.get("gflops") is None else p["gflops"]
        ax.scatter([p["intensity"]], [y], s=30)
        ax.annotate(p["name"], (p["intensity"], y), fontsize=7, xytext=(3, 3), textcoords="offset points")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("arithmetic intensity (FLOP / DRAM byte)")
    ax.set_ylabel("GFLOP/s")
    ax.set_title(title, fontsize=9)
    ax.grid(True, which="both", alpha=0.3)
    return _png(fig)


def tiling(kernel: str, extents: Sequence[int], block_tile: Sequence[int], block: Sequence[int]) -> bytes:
    """The innermost two parallel dimensions: iterations, block tiles, one block's warps, one thread."""
    rows = extents[-2] if len(extents) > 1 else 1
    cols = extents[-1]
    tile_r = block_tile[-2] if len(block_tile) > 1 else 1
    tile_c = block_tile[-1]
    fig, ax = plt.subplots(figsize=(5, 4))
    ax.add_patch(Rectangle((0, 0), cols, rows, fill=False, edgecolor="black", linewidth=1.5))
    for r in range(0, rows, tile_r):
        for c in range(0, cols, tile_c):
            ax.add_patch(Rectangle((c, r), tile_c, tile_r, fill=False, edgecolor="tab:blue", linewidth=0.6))
    bx = max(block[0], 1)
    threads = bx * max(block[1], 1)
    # The warps of block (0, 0): 32 consecutive linear thread ids, x fastest, over its tile's elements.
    per_thread_c = max(tile_c // bx, 1)
    per_thread_r = max(tile_r // max(block[1], 1), 1)
    for w in range(0, threads, 32):
        first = w
        last = min(w + 32, threads) - 1
        r0, r1 = (first // bx) * per_thread_r, (last // bx + 1) * per_thread_r
        width = min(bx, 32) * per_thread_c
        ax.add_patch(
            Rectangle((0, r0), width, r1 - r0, color="tab:orange", alpha=0.25 + 0.5 * ((w // 32) % 2))
        )
    ax.add_patch(Rectangle((0, 0), per_thread_c, per_thread_r, color="tab:red"))
    ax.set_xlim(0, cols)
    ax.set_ylim(rows, 0)
    ax.set_aspect("equal" if max(rows, cols) / max(min(rows, cols), 1) < 8 else "auto")
    ax.set_title(
        f"{kernel}: {rows}x{cols} iterations, block tile {tile_r}x{tile_c} (blue), "
        f"block {bx}x{block[1]} threads: warps (orange), thread 0 (red)",
        fontsize=7,
    )
    return _png(fig)


def fusion_graph(edges: Sequence[tuple[str, str]]) -> bytes:
    """Source ops (left) and the kernels they were fused into (right)."""
    ops = list(dict.fromkeys(o for o, _ in edges))
    kernels = list(dict.fromkeys(k for _, k in edges))
    height = max(len(ops), len(kernels), 1)
    fig, ax = plt.subplots(figsize=(9, 0.35 * height + 1))

    def y(i: int, n: int) -> float:
        return (i + 0.5) * height / n

    for o, k in edges:
        ax.plot(
            [0.3, 0.7], [y(ops.index(o), len(ops)), y(kernels.index(k), len(kernels))], color="grey", lw=0.8
        )
    for i, o in enumerate(ops):
        ax.text(0.29, y(i, len(ops)), o, ha="right", va="center", fontsize=7)
    for i, k in enumerate(kernels):
        ax.text(
            0.71,
            y(i, len(kernels)),
            k,
            ha="left",
            va="center",
            fontsize=7,
            bbox={"boxstyle": "round", "facecolor": "lightyellow"},
        )
    ax.set_xlim(0, 1)
    ax.set_ylim(height, 0)
    ax.axis("off")
    ax.set_title("ops (left) -> kernels (right)", fontsize=9)
    return _png(fig)
