"""GEMM cases of the GPU benchmark: mlc's tensor-core kernels against ``torch.matmul`` (cuBLAS).

build.py calls ``build`` here (MLIR needed): every case of ``GEMMS`` is compiled for the
target from linalg text (a matmul accumulating in f32 and its cast back to the input type,
fused into the kernel: the same contract as ``torch.matmul`` on f16/bf16) into
``gemm_<name>.mlc``. ``--gemm-dry-run`` also replays the cases small enough for the CPU
emulator and compares them with numpy, which is how the artifacts are checked where no GPU
is lent. run.py calls ``run`` (GPU, torch): numerics against ``torch.matmul`` in float32 on
the same inputs first, then mlc and ``torch.matmul`` timed side by side with CUDA events;
ratios (mlc time / cuBLAS time: below 1 means mlc is faster) go to
``benchmarks/results/gemm_vs_cublas.{json,md}``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mlc.benchmarks.gpu.cases import run_cases

RESULTS = Path(__file__).resolve().parents[1] / "results"

# name -> (batch, m, n, k, dtype)
GEMMS: dict[str, tuple[int | None, int, int, int, str]] = {
    **{f"{dt}_{s}cubed": (None, s, s, s, dt) for dt in ("f16", "bf16") for s in (1024, 2048, 4096, 8192)},
    "f16_1000cubed": (None, 1000, 1000, 1000, "f16"),
    "f16_4096x4096x64": (None, 4096, 4096, 64, "f16"),
    "f16_17x4096x4096": (None, 17, 4096, 4096, "f16"),
    "f16_256x256x16384": (None, 256, 256, 16384, "f16"),  # split-K: 16 tiles, 8 parts
    "bf16_batched_16x1024x1024x512": (16, 1024, 1024, 512, "bf16"),
}
EMULATION_MACS = 1.2e9  # the most multiply-adds (of padded tiles) the dry run replays on the CPU
TORCH_DTYPES = {"f16": "float16", "bf16": "bfloat16"}


def gemm_text(batch: int | None, m: int, n: int, k: int, dtype: str) -> str:
    """``C = A @ B`` as linalg on tensors: f32 accumulation, result cast to ``dtype``."""
    pre = f"{batch}x" if batch else ""
    rank = 4 if batch else 3
    d = [f"d{i}" for i in range(rank)]
    lead = f"{d[0]}, " if batch else ""
    dm, dn, dk = d[-3:]
    dims = ", ".join(d)
    out_dims = ", ".join(d[:-1])
    maps = (
        f"affine_map<({dims}) -> ({lead}{dm}, {dk})>, affine_map<({dims}) -> ({lead}{dk}, {dn})>, "
        f"affine_map<({dims}) -> ({lead}{dm}, {dn})>"
    )
    iters = ", ".join(['"parallel"'] * (rank - 1) + ['"reduction"'])
    ew = f"affine_map<({out_dims}) -> ({out_dims})>"
    ew_iters = ", ".join(['"parallel"'] * (rank - 1))
    a, b, c = f"tensor<{pre}{m}x{k}x{dtype}>", f"tensor<{pre}{k}x{n}x{dtype}>", f"tensor<{pre}{m}x{n}xf32>"
    r = f"tensor<{pre}{m}x{n}x{dtype}>"
    return f"""func.func @main(%a: {a}, %b: {b}) -> {r} {{
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : {c}
  %f = linalg.fill ins(%zero : f32) outs(%e : {c}) -> {c}
  %mm = linalg.generic {{indexing_maps = [{maps}], iterator_types = [{iters}]}}
      ins(%a, %b : {a}, {b}) outs(%f : {c}) {{
  ^bb0(%x: {dtype}, %y: {dtype}, %acc: f32):
    %xe = arith.extf %x : {dtype} to f32
    %ye = arith.extf %y : {dtype} to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }} -> {c}
  %e2 = tensor.empty() : {r}
  %out = linalg.generic {{indexing_maps = [{ew}, {ew}], iterator_types = [{ew_iters}]}}
      ins(%mm : {c}) outs(%e2 : {r}) {{
  ^bb0(%v: f32, %o: {dtype}):
    %t = arith.truncf %v : f32 to {dtype}
    linalg.yield %t : {dtype}
  }} -> {r}
  return %out : {r}
}}
"""


def _padded_macs(batch: int | None, m: int, n: int, k: int, block: list[int]) -> float:
    bm, bn, _ = block
    return (batch or 1) * -(-m // bm) * bm * -(-n // bn) * bn * k


def build(arch: str, artifacts: Path, dry_run: bool = False) -> dict[str, dict]:
    """Compile every GEMM case into ``artifacts``; with ``dry_run``, replay the small ones in the
    emulator against numpy too. Returns the index entries."""
    import tempfile

    from mlc.compiler.compile_api import build

    built: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="mlc-gemm-") as tmp:
        for name, (batch, m, n, k, dtype) in GEMMS.items():
            source = Path(tmp, f"{name}.mlir")
            source.write_text(gemm_text(batch, m, n, k, dtype))
            out = build(str(source), "cuda", arch=arch, keep_stages=("map",) if dry_run else ())
            out.artifact.write(artifacts / f"gemm_{name}.mlc")
            kernels = out.artifact.manifest.kernels
            model = next((kk.model for kk in kernels if kk.model), None) or {}
            entry: dict[str, Any] = {
                "artifact": f"gemm_{name}.mlc",
                "size": [batch or 1, m, n, k],
                "dtype": dtype,
                "kernels": len(kernels),
                "strategy": model.get("strategy"),
                "model_tflops": model.get("tflops"),
                "resources": next((kk.resources for kk in kernels if kk.resources), None),
            }
            if dry_run:
                entry["emulated"] = _emulate(out, batch, m, n, k, dtype, model)
            built[name] = entry
            print(f"gemm {name}: {entry['strategy']}, {entry['kernels']} kernel(s)", flush=True)
    return built


def _emulate(out, batch, m, n, k, dtype, model) -> dict:
    """The CPU emulator's output against numpy (float64 sums of the same 16-bit inputs)."""
    import numpy as np

    from mlc.compiler.targets.cuda.emulate import emulate

    tiles = model.get("tiles")  # "128x256x64, 3 stages"
    block = [int(t) for t in tiles.split(",")[0].split("x")] if tiles else [128, 256, 64]
    if _padded_macs(batch, m, n, k, block) > EMULATION_MACS:
        return {"skipped": "too large for the CPU emulator"}
    rng = np.random.default_rng(0)
    inputs, values = [], []
    for spec in out.artifact.manifest.inputs:
        x = rng.uniform(-1, 1, spec.shape)
        if dtype == "bf16":
            bits = x.astype(np.float32).view(np.uint32)
            inputs.append(((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16).astype(np.uint16))
            values.append((inputs[-1].astype(np.uint32) << 16).view(np.float32).astype(np.float64))
        else:
            inputs.append(x.astype(np.float16))
            values.append(inputs[-1].astype(np.float64))
    (got,) = emulate(out.artifact, out.stages["map"], inputs)
    got = (got.astype(np.uint32) << 16).view(np.float32) if dtype == "bf16" else got.astype(np.float32)
    want = values[0] @ values[1]
    ulp = 2.0**-10 if dtype == "f16" else 2.0**-7  # one rounding of the f32 sum to the output type
    err = float(np.max(np.abs(got - want) / (np.abs(want) * ulp + 1e-3)))
    return {"max_error_in_output_ulps": round(err, 3), "ok": err <= 1.0}


def run(index: dict, args, gpu: str) -> tuple[dict, bool]:
    """Check then time every built GEMM against ``torch.matmul`` (cuBLAS) on the GPU; the
    results file is rewritten after each case."""
    return run_cases(
        "gemm",
        index.get("gemms", {}),
        ("strategy", "size", "dtype"),
        _run_one,
        _summary,
        write_results,
        args,
        gpu,
    )


def _run_one(entry: dict, args) -> dict[str, Any]:
    import torch
    from numba import cuda

    from mlc.benchmarks.gpu.run import ARTIFACTS, NumbaTimer, TorchTimer, time_ms
    from mlc.runtime import load

    batch, m, n, k = entry["size"]
    dtype = getattr(torch, TORCH_DTYPES[entry["dtype"]])
    generator = torch.Generator(device="cuda").manual_seed(0)
    shape = (batch,) if batch > 1 else ()
    a = torch.rand((*shape, m, k), generator=generator, device="cuda", dtype=dtype) * 2 - 1
    b = torch.rand((*shape, k, n), generator=generator, device="cuda", dtype=dtype) * 2 - 1
    out = torch.empty((*shape, m, n), dtype=dtype, device="cuda")

    def device(t: torch.Tensor):  # numba has no bfloat16: the runtime takes its bits as uint16
        return cuda.as_cuda_array(t.view(torch.uint16) if dtype == torch.bfloat16 else t)

    program = load(ARTIFACTS / entry["artifact"])
    dev, dev_out = [device(a), device(b)], [device(out)]
    program(*dev, outputs=dev_out)
    torch.cuda.synchronize()
    exact = torch.matmul(a.float(), b.float())
    ulp = 2.0**-10 if entry["dtype"] == "f16" else 2.0**-7
    err = ((out.float() - exact).abs() / (exact.abs() * ulp + 1e-3)).max().item()
    mlc_ms = time_ms(lambda: program(*dev, outputs=dev_out, sync=False), NumbaTimer(program.stream), args)
    cublas_ms = time_ms(lambda: torch.matmul(a, b), TorchTimer(), args)
    flops = 2 * batch * m * n * k
    return {
        "ok": err <= 1.0,
        "max_error_in_output_ulps": err,
        "mlc_ms": mlc_ms,
        "cublas_ms": cublas_ms,
        "ratio_vs_cublas": mlc_ms / cublas_ms,
        "mlc_tflops": flops / mlc_ms / 1e9,
        "cublas_tflops": flops / cublas_ms / 1e9,
        "model_tflops": entry.get("model_tflops"),
    }


def _summary(r: dict) -> str:
    if "error" in r:
        return r["error"]
    if "mlc_ms" not in r:
        return ""
    return f"mlc {r['mlc_ms']:.3f} ms, cuBLAS {r['cublas_ms']:.3f} ms, ratio {r['ratio_vs_cublas']:.2f}"


def markdown(report: dict, gpu: str) -> str:
    lines = [
        f"# mlc GEMMs vs torch.matmul (cuBLAS) on {gpu}",
        "",
        "Measured by `benchmarks/gpu/run.py` (CUDA events, same process, same inputs). Ratio: mlc time /",
        "cuBLAS time (below 1: mlc faster). Both return the input dtype, accumulating in f32.",
        "",
        "| case | strategy | ok | mlc ms | cuBLAS ms | ratio | mlc TFLOP/s | cuBLAS TFLOP/s "
        "| model TFLOP/s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, r in report.items():
        cells = [name, str(r.get("strategy")), "yes" if r.get("ok") else "NO"]
        for key in ("mlc_ms", "cublas_ms", "ratio_vs_cublas", "mlc_tflops", "cublas_tflops", "model_tflops"):
            v = r.get(key)
            cells.append("-" if v is None else f"{v:.3f}" if key.endswith("ms") else f"{v:.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def dry_run_markdown(built: dict[str, dict], arch: str) -> str:
    lines = [
        f"# GEMM artifacts of the GPU benchmark for {arch}: dry run (no GPU)",
        "",
        "Written by `python benchmarks/gpu/build.py --gemm-dry-run`: each case compiled, assembled by",
        "ptxas, and, where small enough, replayed in the CPU emulator against numpy (error in units of",
        "the output type's rounding). The model column is the analytic model, not a measurement.",
        "",
        "| case | strategy | kernels | registers | spills | model TFLOP/s | emulated |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, e in built.items():
        res = e.get("resources") or {}
        emu = e.get("emulated", {})
        verdict = "ok" if emu.get("ok") else "WRONG"
        emulated = emu.get("skipped") or (
            f"{verdict}, max {emu.get('max_error_in_output_ulps')} ulp" if emu else "-"
        )
        spills = res.get("spill_stores", 0) + res.get("spill_loads", 0) if res else "-"
        lines.append(
            f"| {name} | {e['strategy']} | {e['kernels']} | {res.get('registers', '-')} | {spills} | "
            f"{e.get('model_tflops')} | {emulated} |"
        )
    return "\n".join(lines) + "\n"


def write_results(report: dict, gpu: str) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "gemm_vs_cublas.json").write_text(json.dumps({"gpu": gpu, "gemms": report}, indent=1))
    (RESULTS / "gemm_vs_cublas.md").write_text(markdown(report, gpu))
