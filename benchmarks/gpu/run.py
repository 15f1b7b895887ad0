"""Check and time mlc's CUDA artifacts against PyTorch on a GPU machine (no MLIR needed).

    python benchmarks/gpu/run.py          # after build.py filled benchmarks/gpu/artifacts/

1. Correctness: every ``test_*.mlc`` runs on the check inputs and is compared
   with the CPU reference stored in it, and with PyTorch's outputs where the
   test model came from PyTorch; every ``ll_*.mlc`` (a kernel compiled from
   ``.ll``) runs with its C arguments and is compared with the native kernel's
   outputs saved by build.py; every benchmark case is compared with PyTorch
   on the GPU, same weights, same inputs.
2. Speed: each case is timed with CUDA events, once per mapping it was built
   with (mlc-compile's default, mlc's ``tile`` and ``coalesce``; and
   ``--mapping upstream``), against PyTorch eager (and ``torch.compile`` when it
   works on the machine), in the same process.
3. GEMMs (``gemm.py``): f16/bf16 at 1024^3 .. 8192^3 and odd shapes, checked against
   ``torch.matmul`` in float32, then timed against ``torch.matmul`` (cuBLAS); results in
   ``benchmarks/results/gemm_vs_cublas.{json,md}``.
4. Convolutions (``conv.py``): ResNet-50's layer shapes (NHWC f16, batch 32), checked against
   ``F.conv2d`` in float32, then timed against ``F.conv2d`` (cuDNN); results in
   ``benchmarks/results/conv_vs_cudnn.{json,md}``.

Artifacts are read from ``benchmarks/gpu/artifacts`` (or ``$MLC_GPU_ARTIFACTS``).
Results go to ``benchmarks/results/cuda_vs_torch.json`` and ``.md``; ratios are
mlc time / PyTorch time (below 1 means mlc is faster). The exit status is 1 if
any output is wrong. Only numpy, numba-cuda and torch (with CUDA) are needed:
the ``mlc`` package is imported from this checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("MLC_GPU_ARTIFACTS") or Path(__file__).resolve().parent / "artifacts")
RESULTS = ROOT / "benchmarks" / "results"


class NumbaTimer:
    """CUDA events on a numba stream (the program's)."""

    def __init__(self, stream) -> None:
        from numba import cuda

        self.cuda, self.stream = cuda, stream

    def mark(self):
        event = self.cuda.event()
        event.record(self.stream)
        return event

    def elapsed_ms(self, start, end) -> float:
        end.synchronize()
        return self.cuda.event_elapsed_time(start, end)

    def sync(self) -> None:
        self.stream.synchronize()


class TorchTimer:
    """CUDA events on PyTorch's current stream."""

    def __init__(self) -> None:
        import torch

        self.torch = torch

    def mark(self):
        event = self.torch.cuda.Event(enable_timing=True)
        event.record()
        return event

    def elapsed_ms(self, start, end) -> float:
        end.synchronize()
        return start.elapsed_time(end)

    def sync(self) -> None:
        self.torch.cuda.synchronize()


def time_ms(fn, timer, args: argparse.Namespace) -> float:
    """Mean milliseconds per call of ``fn``: batches grow until one takes ``args.min_ms``."""
    for _ in range(args.warmup):
        fn()
    timer.sync()
    iters = args.iters
    while True:
        start = timer.mark()
        for _ in range(iters):
            fn()
        total = timer.elapsed_ms(start, timer.mark())
        if total >= args.min_ms or iters >= 1 << 14:
            return total / iters
        iters *= 4


def _check_each(report: dict, section: str, paths: list[Path], prefix: str, check) -> bool:
    """Run ``check(path, entry) -> passed`` on each artifact, recording it in ``report[section]``;
    an exception fails that artifact only (one broken artifact must not hide the others)."""
    ok = True
    for path in paths:
        name = path.stem.removeprefix(prefix)
        entry: dict = {}
        try:
            passed = check(path, entry)
        except Exception as e:
            entry["error"] = f"{type(e).__name__}: {e}"
            entry["traceback"] = traceback.format_exc()
            passed = False
        entry["ok"] = passed
        ok &= passed
        report.setdefault(section, {})[name] = entry
        print(f"{section} {name}: {'ok' if passed else 'FAILED'} {entry.get('error', '')}", flush=True)
    return ok


def check_tests(report: dict) -> bool:
    """Every test artifact against its CPU reference (and PyTorch's outputs where saved)."""
    import numpy as np

    from mlc.runtime import load
    from mlc.runtime.check import check_run, compare

    def check(path: Path, entry: dict) -> bool:
        program = load(path)
        results = check_run(program.artifact, lambda xs, p=program: p(*xs, to_numpy=True))
        entry["cpu_reference"] = [str(r) for r in results]
        passed = all(r.ok for r in results)
        torch_npz = path.with_suffix(".npz")
        if torch_npz.exists():
            data = np.load(torch_npz)
            inputs = [data[k] for k in sorted(k for k in data.files if k.startswith("input"))]
            outputs = program(*inputs, to_numpy=True)
            versus = [
                compare(s.name, o, data[f"output{i}"], s.dtype)
                for i, (s, o) in enumerate(zip(program.outputs, outputs, strict=True))
            ]
            entry["pytorch"] = [str(r) for r in versus]
            passed = passed and all(r.ok for r in versus)
        return passed

    return _check_each(report, "tests", sorted(ARTIFACTS.glob("test_*.mlc")), "test_", check)


def check_ll(report: dict) -> bool:
    """Every ``ll_*.mlc`` (a kernel compiled from ``.ll``) with its C arguments from the ``.npz``
    beside it, against the native kernel's arrays and result (to rounding: the GPU fuses a*b+c)."""
    import numpy as np

    from mlc.runtime import load

    def check(path: Path, entry: dict) -> bool:
        data = np.load(path.with_suffix(".npz"))
        count = sum(k.startswith("arg") for k in data.files)
        args = [data[f"arg{i}"] if data[f"arg{i}"].ndim else data[f"arg{i}"].item() for i in range(count)]
        outputs = load(path)(*args, to_numpy=True)
        bad = [
            f"argument {i}"
            for i in range(count)
            if f"out{i}" in data.files and not np.allclose(args[i], data[f"out{i}"], rtol=1e-5, atol=1e-6)
        ]
        if "ret" in data.files and not np.allclose(outputs[0], data["ret"], rtol=1e-5, atol=1e-6):
            bad.append("result")
        entry["mismatch"] = bad
        return not bad

    return _check_each(report, "ll", sorted(ARTIFACTS.glob("ll_*.mlc")), "ll_", check)


_COPY_GBPS: list[float] = []


def copy_gbps(args: argparse.Namespace) -> float:
    """The measured bandwidth (GB/s, read plus write) of a 1 GiB device-to-device copy: the peer
    for memory-bound kernels."""
    import torch

    if not _COPY_GBPS:
        src = torch.empty(1 << 28, dtype=torch.float32, device="cuda")
        dst = torch.empty_like(src)
        ms = time_ms(lambda: dst.copy_(src), TorchTimer(), args)
        _COPY_GBPS.append(2 * src.numel() * 4 / (ms * 1e6))
    return _COPY_GBPS[0]


def run_case(name: str, entry: dict, args: argparse.Namespace) -> dict:
    """Check one benchmark case against PyTorch and time it: every mapping it was built with
    (``entry["mappings"]``, the default first), then PyTorch eager and ``torch.compile``."""
    import torch
    from numba import cuda

    from mlc.benchmarks.gpu.models import CASES
    from mlc.runtime import load
    from mlc.runtime.check import compare

    case = CASES[name]
    module = case.module()
    module.load_state_dict(torch.load(ARTIFACTS / f"{name}.pt", map_location="cpu"))
    module = module.cuda().to(case.torch_dtype()) if case.dtype != "float32" else module.cuda()
    generator = torch.Generator(device="cuda").manual_seed(0)
    inputs = [
        torch.rand(s, generator=generator, device="cuda", dtype=case.torch_dtype()) * 2 - 1
        for s in case.shapes
    ]
    with torch.no_grad():
        expected = module(*inputs)
    expected = expected if isinstance(expected, tuple) else (expected,)
    torch.cuda.synchronize()
    device_inputs = [cuda.as_cuda_array(t) for t in inputs]

    mappings = {}
    for mapping, built in entry["mappings"].items():
        program = load(ARTIFACTS / built["artifact"])
        outputs = [
            torch.empty(o.shape, dtype=getattr(torch, o.dtype), device="cuda") for o in program.outputs
        ]
        device_outputs = [cuda.as_cuda_array(t) for t in outputs]
        program(*device_inputs, outputs=device_outputs)
        checks = [
            compare(spec.name, out.float().cpu().numpy(), want.float().cpu().numpy(), spec.dtype)
            for spec, out, want in zip(program.outputs, outputs, expected, strict=True)
        ]
        ms = time_ms(
            lambda p=program, o=device_outputs: p(*device_inputs, outputs=o, sync=False),
            NumbaTimer(program.stream),
            args,
        )
        m = program.manifest
        mappings[mapping] = {
            "ok": all(c.ok for c in checks),
            "checks": [str(c) for c in checks],
            "ms": ms,
            "kernels": len(m.kernels),
            "launches": len(m.launches()),
            "memory": m.memory_report(),
        }
    with torch.no_grad():
        eager_ms = time_ms(lambda: module(*inputs), TorchTimer(), args)
        compiled_ms, compile_error = None, None
        if not args.no_compile:
            try:
                compiled = torch.compile(module)
                compiled_ms = time_ms(lambda: compiled(*inputs), TorchTimer(), args)
            except Exception as e:  # torch.compile is optional on the machine
                compile_error = f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
        sdpa_ms = None
        if case.sdpa:  # PyTorch's fused attention (flash or memory-efficient kernels)
            sdpa = torch.nn.functional.scaled_dot_product_attention
            sdpa_ms = time_ms(lambda: sdpa(*inputs), TorchTimer(), args)
    for r in mappings.values():
        r["ratio_vs_sdpa"] = r["ms"] / sdpa_ms if sdpa_ms else None
        r["ratio_vs_eager"] = r["ms"] / eager_ms
        r["ratio_vs_compile"] = r["ms"] / compiled_ms if compiled_ms else None
        if case.memory_bound:  # the bytes a perfect kernel moves: inputs read once, outputs written once
            nbytes = sum(t.numel() * t.element_size() for t in (*inputs, *expected))
            r["bandwidth_fraction"] = nbytes / (r["ms"] * 1e6) / copy_gbps(args)
    return {
        "ok": all(r["ok"] for r in mappings.values()),
        "mappings": mappings,
        "torch_eager_ms": eager_ms,
        "torch_compile_ms": compiled_ms,
        "torch_compile_error": compile_error,
        "torch_sdpa_ms": sdpa_ms,
        "shapes": [list(s) for s in case.shapes],
        "dtype": case.dtype,
    }


def _version(dist: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _ms(x: float | None) -> str:
    return f"{x:.3f}" if x else "n/a"


def _ratio(x: float | None) -> str:
    return f"{x:.2f}" if x else "n/a"


def markdown(report: dict) -> str:
    env = report["environment"]
    lines = [
        "# mlc CUDA artifacts vs PyTorch",
        "",
        f"GPU: {env.get('gpu')}; torch {env.get('torch')}; numba-cuda {env.get('numba_cuda')}; "
        f"artifacts for {env.get('arch')}.",
        "Ratio = mlc time / PyTorch time (lower is better; < 1 means mlc is faster). Same process,",
        "same inputs, CUDA-event timing, outputs checked against PyTorch first; TF32 off in PyTorch",
        "(exact float32 on both sides). Each case is built twice: `mlc` is mlc-compile's default",
        "mapping (mlc's `tile` and `coalesce`), `upstream` is `--mapping upstream`.",
        "",
        "| case | dtype | shapes | mlc ms | upstream ms | eager ms | compile ms | mlc/eager | upstream/eager "
        "| mlc/upstream | mlc/compile | launches | correct |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, r in report["cases"].items():
        if "error" in r:
            lines.append(f"| {name} | | | error: {r['error']} | | | | | | | | | no |")
            continue
        mlc, up = r["mappings"].get("mlc", {}), r["mappings"].get("upstream", {})
        shapes = " ".join("x".join(str(d) for d in s) for s in r["shapes"])
        versus = mlc["ms"] / up["ms"] if mlc.get("ms") and up.get("ms") else None
        lines.append(
            f"| {name} | {r['dtype']} | {shapes} | {_ms(mlc.get('ms'))} | {_ms(up.get('ms'))} "
            f"| {_ms(r['torch_eager_ms'])} | {_ms(r['torch_compile_ms'])} "
            f"| {_ratio(mlc.get('ratio_vs_eager'))} | {_ratio(up.get('ratio_vs_eager'))} | {_ratio(versus)} "
            f"| {_ratio(mlc.get('ratio_vs_compile'))} | {mlc.get('launches', '')} "
            f"| {'yes' if r['ok'] else 'NO'} |"
        )
    bandwidth = [
        f"- {name}: {r['mappings']['mlc']['bandwidth_fraction']:.0%} of a device-to-device copy"
        for name, r in report["cases"].items()
        if "bandwidth_fraction" in r.get("mappings", {}).get("mlc", {})
    ]
    if bandwidth:
        lines += ["", "Memory-bound cases, mlc's bandwidth (inputs and outputs once):", "", *bandwidth, ""]
    sdpa = [
        f"- {name}: mlc {_ms(r['mappings']['mlc']['ms'])} ms, F.scaled_dot_product_attention "
        f"{_ms(r['torch_sdpa_ms'])} ms, ratio {_ratio(r['mappings']['mlc'].get('ratio_vs_sdpa'))}"
        for name, r in report["cases"].items()
        if r.get("torch_sdpa_ms") and "ms" in r.get("mappings", {}).get("mlc", {})
    ]
    if sdpa:
        lines += ["", "Attention against PyTorch's fused attention:", "", *sdpa, ""]
    lines += [
        "",
        "Correctness of the test models (GPU vs the CPU reference in the artifact, and vs PyTorch):",
        "",
    ]
    for name, t in report["tests"].items():
        lines.append(f"- {name}: {'ok' if t['ok'] else 'FAILED ' + t.get('error', '')}")
    if report.get("ll"):
        lines += ["", "Kernels compiled from `.ll` (GPU vs the native clang-compiled kernel):", ""]
        for name, t in report["ll"].items():
            problem = t.get("error") or ", ".join(t.get("mismatch", []))
            lines.append(f"- {name}: {'ok' if t['ok'] else 'FAILED ' + problem}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cases", nargs="*", help="benchmark cases to run (default: every built one)")
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--iters", type=int, default=10, help="first timing batch size (grown until --min-ms)")
    p.add_argument("--min-ms", type=float, default=200.0, help="time each case for at least this long")
    p.add_argument("--no-compile", action="store_true", help="skip torch.compile")
    p.add_argument("--no-gemm", action="store_true", help="skip the GEMMs against cuBLAS (gemm.py)")
    p.add_argument("--no-conv", action="store_true", help="skip the convolutions against cuDNN (conv.py)")
    p.add_argument("--out", default=str(RESULTS / "cuda_vs_torch"), help="results path without suffix")
    p.add_argument("--list-cases", action="store_true", help="print the benchmark cases and exit")
    p.add_argument(
        "--markdown-from", metavar="JSON", help="write the table of a saved report (no GPU needed) and exit"
    )
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from mlc_checkout import import_mlc_from_checkout

    import_mlc_from_checkout()
    if args.list_cases:
        from mlc.benchmarks.gpu.models import CASES

        print("\n".join(CASES))
        return 0
    if args.markdown_from:
        report = json.loads(Path(args.markdown_from).read_text())
        Path(args.out).with_suffix(".md").write_text(markdown(report))
        return 0
    if not (ARTIFACTS / "index.json").exists():
        print(f"no artifacts in {ARTIFACTS}: run python benchmarks/gpu/build.py first", file=sys.stderr)
        return 2
    import numba
    import torch
    from numba import cuda

    if not cuda.is_available():
        print("no CUDA GPU is available", file=sys.stderr)
        return 2
    # Exact float32 on both sides: no TF32 in PyTorch's matmuls and convolutions.
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    index = json.loads((ARTIFACTS / "index.json").read_text())
    report: dict = {
        "environment": {
            "gpu": torch.cuda.get_device_name(),
            "torch": torch.__version__,
            "numba": numba.__version__,
            "numba_cuda": _version("numba-cuda"),
            "python": platform.python_version(),
            "arch": index["arch"],
        },
        "tests": {},
        "cases": {},
    }
    ok = check_tests(report)
    ok &= check_ll(report)
    for name in args.cases or list(index["cases"]):
        try:
            result = run_case(name, index["cases"][name], args)
        except Exception as e:
            result = {"ok": False, "error": f"{type(e).__name__}: {e}", "traceback": traceback.format_exc()}
        report["cases"][name] = result
        ok &= result["ok"]
        summary = (
            ", ".join(f"{k} {v['ms']:.3f} ms" for k, v in result["mappings"].items())
            + f", eager {result['torch_eager_ms']:.3f} ms"
            if "mappings" in result
            else result["error"]
        )
        print(f"{name}: {'ok' if result['ok'] else 'FAILED'}; {summary}", flush=True)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".json").write_text(json.dumps(report, indent=1))
    out.with_suffix(".md").write_text(markdown(report))
    print(f"wrote {out.with_suffix('.json')} and {out.with_suffix('.md')}")
    if "gemms" in index and not args.no_gemm:  # last, with results written after each case: a
        from mlc.benchmarks.gpu import gemm  # new kernel that hangs loses nothing measured

        _, gemms_ok = gemm.run(index, args, report["environment"]["gpu"])
        ok &= gemms_ok
    if "convs" in index and not args.no_conv:
        from mlc.benchmarks.gpu import conv

        _, convs_ok = conv.run(index, args, report["environment"]["gpu"])
        ok &= convs_ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
