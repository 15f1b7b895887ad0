"""How long the CPU target takes to compile real models: wall time, CPU time and each stage.

    python -m mlc.benchmarks.cpu_compile_time [--models squeezenet,bvlc_alexnet,vgg19,resnet50]

The models are the onnx package's light models with seeded random weights
(``cpu_vs_peers.model_path``), compiled without the compile cache. Wall time
depends on what else runs on the machine; CPU time (this process and every
process it waited for: the compile child, ``opt``, ``llc``, the linker) does
much less, so both are reported. ``--split-jobs`` sets ``$MLC_COMPILE_JOBS`` (the
parts the LLVM module is compiled in, ``native.compile_jobs``). Results go to
``benchmarks/results/cpu_compile_time.{json,md}``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

from mlc.benchmarks.cpu_vs_peers import RESULTS, model_path

DEFAULT_MODELS = ("squeezenet", "bvlc_alexnet", "vgg19", "resnet50")


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def measure(name: str, tmp: Path) -> dict:
    """Compile ``name`` once for the CPU; wall and CPU seconds, stage times, the weights moved out."""
    from mlc.compiler.compile_api import build

    path = model_path(name, tmp)
    wall, cpu = time.perf_counter(), _cpu_seconds()
    out = build(str(path), "cpu", cache=False)
    wall, cpu = time.perf_counter() - wall, _cpu_seconds() - cpu
    artifact = out.artifact
    return {
        "model": name,
        "onnx_mb": path.stat().st_size / 1e6,
        "wall_s": wall,
        "cpu_s": cpu,
        "stages_s": dict(out.timings),
        "weights_mb": len(artifact.weights) / 1e6,
        "weights_moved": len(artifact.manifest.weights),
        "library_mb": len(artifact.library) / 1e6,
        "jobs": int(os.environ.get("MLC_COMPILE_JOBS", "0")) or None,
    }


def render(rows: list[dict], load: tuple[float, float, float]) -> str:
    lines = [
        "# CPU target: compile time of real models",
        "",
        f"machine: {platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}; "
        f"load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}: other jobs shared the "
        "machine, so wall time is mostly waiting for a core; CPU time (all processes of the compile) is "
        "what the compile costs.",
        "",
        "| model | ONNX | weights out of the code | wall | CPU | frontend+IO | prepare | llvm "
        "| build (opt+llc+link) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        st = r["stages_s"]
        staged = sum(st.values())
        lines.append(
            f"| {r['model']} | {r['onnx_mb']:.1f} MB | {r['weights_moved']} ({r['weights_mb']:.1f} MB) | "
            f"{r['wall_s']:.1f} s | {r['cpu_s']:.1f} s | {r['wall_s'] - staged:.1f} s | "
            f"{st.get('prepare', 0):.1f} s | {st.get('llvm', 0):.1f} s | {st.get('build', 0):.1f} s |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--models", default=",".join(DEFAULT_MODELS), help="comma-separated model names")
    p.add_argument("--split-jobs", type=int, default=0, help="parts of the LLVM module (0: one per core)")
    p.add_argument("--out", type=Path, default=RESULTS)
    p.add_argument("--merge", action="store_true", help="keep the other models' rows of an earlier run")
    ns = p.parse_args(argv)
    if ns.split_jobs:
        os.environ["MLC_COMPILE_JOBS"] = str(ns.split_jobs)
    results = ns.out / "cpu_compile_time.json"
    names = ns.models.split(",")
    rows = [r for r in json.loads(results.read_text()) if r["model"] not in names] if ns.merge else []
    with tempfile.TemporaryDirectory(prefix="mlc-compile-time-") as tmp:
        for name in names:
            print(f"compiling {name} ...", flush=True)
            rows.append(measure(name, Path(tmp)))
            ns.out.mkdir(parents=True, exist_ok=True)
            results.write_text(json.dumps(rows, indent=1) + "\n")
            table = render(rows, os.getloadavg())
            (ns.out / "cpu_compile_time.md").write_text(table)
            print(table, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
