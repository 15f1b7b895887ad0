"""The tensor-core GEMMs without a GPU: what the compiler emits, what ptxas makes of it, what
the model predicts, what the access report sees, and the emulated results of large GEMMs.

Run: ``python -m mlc.benchmarks.tensor_cores [--out benchmarks/results/tensor_cores.md]``
(several minutes; ``ptxas`` on PATH for the resources). Nothing here is a measurement of
speed: the times are the analytic model's (``compiler/targets/cuda/perf_model.py``), and the
emulation times are of the CPU replay. The GPU run is ``benchmarks/gpu``'s.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

import numpy as np

from mlc.examples.gemm_ir import gemm_mlir

RESULTS = Path(__file__).resolve().parent / "results" / "tensor_cores.md"
INSTRUCTIONS = {
    "mma.sync": r"mma\.sync\.aligned\.\S+",
    "ldmatrix": r"ldmatrix\.sync\.aligned\.m8n8\.x4\.shared\.b16",
    "ldmatrix.trans": r"ldmatrix\.sync\.aligned\.m8n8\.x4\.trans\.shared\.b16",
    "cp.async": r"cp\.async\.c[ag]\.shared\.global",
    "commit_group": r"cp\.async\.commit_group",
    "bar.sync": r"bar\.sync",
    "ld.shared": r"ld\.shared\.\S+",
    "wgmma": r"wgmma\.mma_async\.\S+",
    "tma": r"cp\.async\.bulk\.tensor\.\S+",
}


def count_instructions(ptx: str) -> dict[str, int]:
    return {name: len(re.findall(rx, ptx)) for name, rx in INSTRUCTIONS.items()}


def _compile(text: str, **options):
    from mlc.compiler.compile_api import build

    with tempfile.TemporaryDirectory(prefix="mlc-tc-") as tmp:
        path = Path(tmp, "gemm.mlir")
        path.write_text(text)
        return build(str(path), "cuda", **options)


def kernel_table(lines: list[str]) -> None:
    lines += [
        "## Kernels at 4096x4096x4096 (and a smaller, 64x64-tile one)",
        "",
        "PTX instructions in the GEMM kernel's text (the k loop's body once, plus the prologue), "
        "ptxas -v resources, and the performance model (not a measurement). The sm_90 f16/bf16 "
        "kernels are hopper-gemm's (TMA loads, mbarriers, wgmma from shared memory): their stage "
        "buffers are dynamic shared memory, which ptxas's static figure does not include.",
        "",
        "| arch | inputs | size | tiles | mma.sync | ldmatrix (.trans) | cp.async | commit | wgmma | "
        "cp.async.bulk.tensor | bar.sync | ld.shared | regs | spills | static smem B | "
        "blocks/SM (target) | model |",
        "|" + " --- |" * 4 + " ---: |" * 11 + " --- | --- |",
    ]
    for arch in ("sm_80", "sm_90"):
        for dtype, tf32 in (("f16", False), ("bf16", False), ("f32", True)):
            for size in ((4096, 4096, 4096), (512, 512, 512)):
                text = gemm_mlir(*size, dtype=dtype)
                ptx_out = _compile(text, arch=arch, emit="ptx", allow_tf32=tf32)
                ptx = next(v for k, v in ptx_out.files.items() if "generic" in k)
                c = count_instructions(ptx)
                kernels = _compile(text, arch=arch, allow_tf32=tf32).artifact.manifest.kernels
                # With split-K a second kernel sums the partial products; the model is the GEMM's.
                kernel = next(k for k in kernels if k.model)
                res, model = kernel.resources or {}, kernel.model
                if len(kernels) > 1:
                    model = {**model, "tiles": f"{model['tiles']}, split-K (+{len(kernels) - 1} kernel)"}
                cells = [
                    arch,
                    dtype + (" (tf32)" if tf32 else ""),
                    "x".join(map(str, size)),
                    model["tiles"],
                    c["mma.sync"],
                    f"{c['ldmatrix']} ({c['ldmatrix.trans']})",
                    c["cp.async"],
                    c["commit_group"],
                    c["wgmma"],
                    c["tma"],
                    c["bar.sync"],
                    c["ld.shared"],
                    res.get("registers", "-"),
                    f"{res.get('spill_stores', '-')}/{res.get('spill_loads', '-')}",
                    res.get("shared_bytes", "-"),
                    f"{model['blocks_per_sm']} ({model['occupancy_target_blocks_per_sm']})",
                    f"{model['time_us']} us, {model['tflops']} TFLOP/s, {model['fraction_of_peak']:.0%}, "
                    f"{model['bound']}",
                ]
                lines.append("| " + " | ".join(map(str, cells)) + " |")
    lines.append("")


def conflict_table(lines: list[str]) -> None:
    from mlc.compiler.analysis import analyze_text
    from mlc.compiler.optimizer import optimize

    text = gemm_mlir(100, 72, 40)
    kernels = _compile(text, arch="sm_80", emit="mlir", to_stage="kernels").files["kernels.mlir"]
    lines += [
        "## Shared-memory bank conflicts (access report, 100x72x40 f16, 64x64x32 tiles)",
        "",
        "| swizzle | access | conflict degree |",
        "| --- | --- | --- |",
    ]
    for swizzle in ("true", "false"):
        pipeline = f"builtin.module(tensorize-gemm{{block=64,64,32 warp=32,32 stages=3 swizzle={swizzle}}})"
        report = analyze_text(optimize(kernels, pipeline, isolate=False))
        seen: dict[str, set[float]] = {}
        for kernel in report.kernels:
            for a in kernel.accesses:
                if a.space == "shared":
                    seen.setdefault(f"{a.kind} {a.buffer}", set()).add(a.bank_conflicts)
        for access, degrees in sorted(seen.items()):
            lines.append(f"| {swizzle} | {access} | {', '.join(f'{d:g}-way' for d in sorted(degrees))} |")
    lines.append("")


EMULATED = (
    ("1000x1000x1000 f16", dict(m=1000, n=1000, k=1000)),
    ("4096x4096x64 f16", dict(m=4096, n=4096, k=64)),
    ("17x4096x4096 f16", dict(m=17, n=4096, k=4096)),
    ("8x512x512x512 bf16 (batched)", dict(m=512, n=512, k=512, dtype="bf16", batch=8)),
    ("1000x1000x1000 f16, B transposed", dict(m=1000, n=1000, k=1000, tb=True)),
    ("1000x1000x1000 f32 as tf32, A transposed", dict(m=1000, n=1000, k=1000, dtype="f32", ta=True)),
)


def _inputs(case: dict, rng: np.random.Generator, shapes) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The inputs, and their values in float64 (16-bit or TF32-rounded, as the kernel sees them)."""
    dtype = case.get("dtype", "f16")
    given, values = [], []
    for shape in shapes:
        x = rng.uniform(-1, 1, shape)
        if dtype == "bf16":
            bits = x.astype(np.float32).view(np.uint32)
            given.append(((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16).astype(np.uint16))
            values.append((given[-1].astype(np.uint32) << 16).view(np.float32).astype(np.float64))
        elif dtype == "f32":
            given.append(x.astype(np.float32))
            tf32 = (given[-1].view(np.uint32) + 0x1000) & 0xFFFFE000
            values.append(tf32.astype(np.uint32).view(np.float32).astype(np.float64))
        else:
            given.append(x.astype(np.float16))
            values.append(given[-1].astype(np.float64))
    return given, values


def emulation_table(lines: list[str]) -> None:
    from mlc.compiler.targets.cuda.emulate import emulate

    lines += [
        "## Emulated tensor-core GEMMs against numpy (float64 on the same inputs)",
        "",
        "| GEMM | tiles | max abs error | max abs value | CPU replay |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    rng = np.random.default_rng(0)
    for label, case in EMULATED:
        out = _compile(
            gemm_mlir(**case), arch="sm_80", keep_stages=("map",), allow_tf32=True, run_ptxas=False
        )
        (kernel,) = out.artifact.manifest.kernels
        given, (a, b) = _inputs(case, rng, [s.shape for s in out.artifact.manifest.inputs])
        start = time.perf_counter()
        (got,) = emulate(out.artifact, out.stages["map"], given)
        seconds = time.perf_counter() - start
        if case.get("ta"):
            a = np.swapaxes(a, -1, -2)
        if case.get("tb"):
            b = np.swapaxes(b, -1, -2)
        want = a @ b
        error, peak = np.abs(got - want).max(), np.abs(want).max()
        lines.append(f"| {label} | {kernel.model['tiles']} | {error:.2e} | {peak:.1f} | {seconds:.1f} s |")
    lines.append("")


MODELS = (
    ("tests/data/cuda/transformer_block.mlir", {}),
    ("tests/data/cuda/transformer_block.mlir", {"allow_tf32": True}),
    ("tests/data/cuda/transformer_block_f16.mlir", {}),
    ("tests/data/cuda/transformer_block_f16.mlir", {"tensor_cores": False}),
    ("tests/data/cuda/cnn.mlir", {"allow_tf32": True}),
    ("examples/transformer_tiny.onnx", {}),
    ("examples/transformer_tiny.onnx", {"allow_tf32": True}),
    ("examples/resnet_tiny.onnx", {"allow_tf32": True}),
)


def model_table(lines: list[str], root: Path) -> None:
    from mlc.compiler.compile_api import build

    lines += [
        "## Test models: kernels and the GEMMs on the tensor cores (sm_80)",
        "",
        "| model | options | kernels | tensor-core kernels (what each fuses) |",
        "| --- | --- | ---: | --- |",
    ]
    for path, options in MODELS:
        m = build(str(root / path), "cuda", arch="sm_80", run_ptxas=False, **options).artifact.manifest
        gemms = [k.source_op for k in m.kernels if k.model]
        shown = "; ".join(gemms) if gemms else "none"
        opts = " ".join(f"{k}={v}" for k, v in options.items()) or "default"
        lines.append(f"| {path} | {opts} | {len(m.kernels)} | {len(gemms)}: {shown} |")
    lines.append("")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m mlc.benchmarks.tensor_cores", description=__doc__)
    p.add_argument("--out", default=str(RESULTS))
    ns = p.parse_args(argv)
    root = Path(__file__).resolve().parent.parent
    lines = [
        "# Tensor-core GEMMs without a GPU",
        "",
        "Written by `python -m mlc.benchmarks.tensor_cores`. Model times are the analytic "
        "model's (peaks of the reference parts in `compiler/targets/cuda/occupancy.py`), "
        "not measurements; no GPU was used.",
        "",
    ]
    for section in (kernel_table, conflict_table, emulation_table):
        section(lines)
    model_table(lines, root)
    Path(ns.out).write_text("\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
