"""Measure the coalescing suite on a GPU: outputs, kernel time and Nsight Compute sectors/request.

Runs with numpy and numba-cuda only (no MLIR; kernels are launched by ``mlc.runtime``'s launcher,
imported from this checkout): it reads the folder written by
``python -m mlc.benchmarks.coalescing.run --artifact DIR`` (PTX, manifests, data).

    python benchmarks/coalescing/gpu_measure.py DIR            # check outputs, time both variants
    python benchmarks/coalescing/gpu_measure.py DIR --ncu      # also ncu sectors/request (ld and st)

Results are printed and written to ``DIR/gpu_results.md``.
"""

from __future__ import annotations

import argparse
import csv
import ctypes
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np

VARIANTS = ("baseline", "mlc")
SEED = 0  # the inputs: default_rng(SEED).standard_normal per argument, as suite.random_inputs
METRICS = {
    "ld_sectors": "l1tex__t_sectors_pipe_lsu_mem_global_op_ld.sum",
    "ld_requests": "l1tex__t_requests_pipe_lsu_mem_global_op_ld.sum",
    "st_sectors": "l1tex__t_sectors_pipe_lsu_mem_global_op_st.sum",
    "st_requests": "l1tex__t_requests_pipe_lsu_mem_global_op_st.sum",
}
_CTYPES = {"i64": ctypes.c_int64, "f32": ctypes.c_float, "f64": ctypes.c_double}


def runtime_launcher():
    """``mlc.runtime``'s kernel launcher (whichever API this numba-cuda has), from this checkout."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from mlc_checkout import import_mlc_from_checkout

    import_mlc_from_checkout()
    from mlc.runtime.cuda.device import launcher

    return launcher()


class Program:
    """One variant of one kernel: its PTX modules, buffers and steps on the device."""

    def __init__(self, folder: Path, variant: str) -> None:
        from numba import cuda

        self.manifest = json.loads((folder / f"{variant}.json").read_text())
        ctx = cuda.current_context()
        self.modules = {
            name: ctx.create_module_ptx((folder / path).read_text())
            for name, path in self.manifest["ptx"].items()
        }
        rng = np.random.default_rng(SEED)
        given = np.load(folder / "inputs.npz") if (folder / "inputs.npz").exists() else None
        self.buffers = []
        for spec in self.manifest["buffers"]:
            if spec["arg"] is not None:
                if given is not None:
                    data = given[f"arr_{spec['arg']}"]
                else:
                    data = rng.standard_normal(spec["shape"]).astype(_DTYPE[spec["dtype"]])
                self.buffers.append(cuda.to_device(data))
            else:
                self.buffers.append(cuda.device_array(spec["shape"], dtype=np.dtype(_DTYPE[spec["dtype"]])))
        self.stream = cuda.default_stream()
        self.launch = runtime_launcher()

    def run(self) -> None:
        for step in self.manifest["steps"]:
            if "copy" in step:
                src, dst = step["copy"]
                self.buffers[dst].copy_to_device(self.buffers[src], stream=self.stream)
            else:
                self._launch(step["launch"])

    def _launch(self, launch: dict) -> None:
        function = self.modules[launch["module"]].get_function(launch["kernel"])
        args = []
        for a in launch["args"]:
            if "buffer" in a:
                args.append(ctypes.c_void_p(self.buffers[a["buffer"]].device_ctypes_pointer.value))
            else:
                kind, value = next(iter(a.items()))
                args.append(_CTYPES[kind](value))
        self.launch(function, launch["grid"], launch["block"], 0, self.stream, args)

    def outputs(self) -> list[np.ndarray]:
        return [
            self.buffers[i].copy_to_host()
            for i, s in enumerate(self.manifest["buffers"])
            if s["arg"] is not None
        ]


_DTYPE = {"f32": "float32", "f64": "float64", "f16": "float16", "i32": "int32", "i64": "int64"}


def check_and_time(folder: Path, repeat: int) -> dict[str, tuple[bool, float]]:
    from numba import cuda

    expected = np.load(folder / "expected.npz")
    out = {}
    for variant in VARIANTS:
        if "unsupported" in json.loads((folder / f"{variant}.json").read_text()):
            out[variant] = (True, float("nan"))
            continue
        program = Program(folder, variant)
        program.run()
        cuda.synchronize()
        got = program.outputs()
        ok = all(np.allclose(got[int(k[4:])], expected[k], rtol=1e-4, atol=1e-5) for k in expected.files)
        start, end = cuda.event(), cuda.event()
        start.record(program.stream)
        for _ in range(repeat):
            program.run()
        end.record(program.stream)
        end.synchronize()
        out[variant] = (ok, cuda.event_elapsed_time(start, end) / repeat)
    return out


def ncu(folder: Path, variant: str) -> dict[str, float]:
    """Sum of each metric over the variant's launches, from one ncu run of this script."""
    cmd = [
        "ncu",
        "--csv",
        "--metrics",
        ",".join(METRICS.values()),
        sys.executable,
        __file__,
        str(folder.parent),
        "--only",
        folder.name,
        "--variant",
        variant,
        "--once",
    ]
    text = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rows = list(csv.DictReader(io.StringIO(text[text.index('"ID"') :])))
    totals = dict.fromkeys(METRICS, 0.0)
    for row in rows:
        for key, metric in METRICS.items():
            if row.get("Metric Name") == metric:
                totals[key] += float(row["Metric Value"].replace(",", ""))
    return totals


def _ratio(counters: dict[str, float], kind: str) -> str:
    requests = counters[f"{kind}_requests"]
    return f"{counters[f'{kind}_sectors'] / requests:.2f}" if requests else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dir", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--ncu", action="store_true", help="also collect Nsight Compute sectors/request")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--variant", choices=VARIANTS, help=argparse.SUPPRESS)
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    from numba import cuda

    if not cuda.is_available():
        print("gpu_measure: no CUDA GPU is available; nothing was measured", file=sys.stderr)
        return 1
    folders = sorted(
        p for p in args.dir.iterdir() if (p / "mlc.json").exists() and (not args.only or p.name in args.only)
    )
    if args.once:
        for folder in folders:
            Program(folder, args.variant).run()
        cuda.synchronize()
        return 0
    use_ncu = args.ncu and shutil.which("ncu") is not None
    header = "| kernel | outputs | baseline ms | mlc ms | speedup | ncu ld s/req | ncu st s/req |"
    lines = [header, "| --- | --- | --- | --- | --- | --- | --- |"]
    for folder in folders:
        timing = check_and_time(folder, args.repeat)
        ok = all(t[0] for t in timing.values())
        tb, tm = timing["baseline"][1], timing["mlc"][1]
        ld = st = "not measured"
        if use_ncu and all(t[1] == t[1] for t in timing.values()):
            counters = {v: ncu(folder, v) for v in VARIANTS}
            ld = f"{_ratio(counters['baseline'], 'ld')} -> {_ratio(counters['mlc'], 'ld')}"
            st = f"{_ratio(counters['baseline'], 'st')} -> {_ratio(counters['mlc'], 'st')}"
        outputs = "match" if ok else "MISMATCH"
        speedup = f"{tb / tm:.2f}x" if tb == tb and tm == tm else "-"
        times = " | ".join(f"{t:.3f}" if t == t else "no GPU kernel" for t in (tb, tm))
        lines.append(f"| {folder.name} | {outputs} | {times} | {speedup} | {ld} | {st} |")
        print(lines[-1], flush=True)
    if args.ncu and not use_ncu:
        lines.append("\nncu was not found on PATH: sectors/request were not measured.")
    (args.dir / "gpu_results.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
