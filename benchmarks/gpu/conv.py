"""Convolution cases of the GPU benchmark: mlc's implicit GEMMs against cuDNN (``F.conv2d``).

build.py calls ``build`` here (MLIR needed): every ResNet-50 layer shape of ``CONVS`` is
compiled from linalg text (NHWC f16, f32 accumulation, the result cast to f16 in the
epilogue: PyTorch's contract) into ``conv_<name>.mlc``, one kernel each (the padding is
read as zeros outside the image, in the GEMM). run.py calls ``run`` (GPU, torch):
numerics against ``F.conv2d`` in float32 on the same inputs first, then mlc and
``F.conv2d`` on channels-last tensors (cuDNN's NHWC kernels) timed side by side with CUDA
events; ratios (mlc time / cuDNN time: below 1 means mlc is
faster) go to ``benchmarks/results/conv_vs_cudnn.{json,md}``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mlc.benchmarks.gpu.cases import run_cases
from mlc.examples.conv_ir import Conv

RESULTS = Path(__file__).resolve().parents[1] / "results"
BATCH = 32
# ResNet-50 at 224x224: the stem, and each stage's 1x1 reduce, 3x3 and 1x1 expand (stride 2
# where a stage starts).
CONVS: dict[str, Conv] = {
    "stem_7x7s2_3to64_112": Conv(BATCH, 3, 224, 224, 64, 7, 7, stride=2, pad=3),
    "s1_1x1_256to64_56": Conv(BATCH, 256, 56, 56, 64, 1, 1),
    "s1_3x3_64_56": Conv(BATCH, 64, 56, 56, 64, 3, 3, pad=1),
    "s1_1x1_64to256_56": Conv(BATCH, 64, 56, 56, 256, 1, 1),
    "s2_3x3s2_128_28": Conv(BATCH, 128, 56, 56, 128, 3, 3, stride=2, pad=1),
    "s3_3x3_256_14": Conv(BATCH, 256, 14, 14, 256, 3, 3, pad=1),
    "s3_1x1_1024to256_14": Conv(BATCH, 1024, 14, 14, 256, 1, 1),
    "s4_3x3_512_7": Conv(BATCH, 512, 7, 7, 512, 3, 3, pad=1),
    "s4_1x1_512to2048_7": Conv(BATCH, 512, 7, 7, 2048, 1, 1),
}


def case(conv: Conv) -> Conv:
    """The benchmarked form of a layer: NHWC f16 with the result cast to f16."""
    from dataclasses import replace

    return replace(conv, layout="nhwc", dtype="f16", cast=True)


def build(arch: str, artifacts: Path) -> dict[str, dict]:
    """Compile every convolution case into ``artifacts``; returns the index entries."""
    import tempfile

    from mlc.compiler.compile_api import build
    from mlc.examples.conv_ir import conv_mlir

    built: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="mlc-conv-") as tmp:
        for name, layer in CONVS.items():
            conv = case(layer)
            source = Path(tmp, f"{name}.mlir")
            source.write_text(conv_mlir(conv))
            out = build(str(source), "cuda", arch=arch)
            out.artifact.write(artifacts / f"conv_{name}.mlc")
            kernels = out.artifact.manifest.kernels
            gemm = next((k for k in kernels if "conv_2d" in k.source_op), None)
            model = (gemm.model if gemm else None) or {}
            entry: dict[str, Any] = {
                "artifact": f"conv_{name}.mlc",
                "shape": {
                    f: getattr(conv, f) for f in ("n", "c", "h", "w", "f", "kh", "kw", "stride", "pad")
                },
                "flops": conv.flops,
                "kernels": len(kernels),
                "strategy": model.get("strategy"),
                "model_tflops": model.get("tflops"),
                "resources": gemm.resources if gemm else None,
            }
            built[name] = entry
            print(f"conv {name}: {entry['strategy']}, {entry['kernels']} kernel(s)", flush=True)
    return built


def run(index: dict, args, gpu: str) -> tuple[dict, bool]:
    """Check then time every built convolution against cuDNN; results rewritten after each."""
    return run_cases(
        "conv",
        index.get("convs", {}),
        ("strategy", "shape", "kernels"),
        _run_one,
        _summary,
        write_results,
        args,
        gpu,
    )


def _run_one(entry: dict, args) -> dict[str, Any]:
    import torch
    import torch.nn.functional as F
    from numba import cuda

    from mlc.benchmarks.gpu.run import ARTIFACTS, NumbaTimer, TorchTimer, time_ms
    from mlc.runtime import load

    s = entry["shape"]
    conv = Conv(**s)
    oh, ow = conv.out_hw
    g = torch.Generator(device="cuda").manual_seed(0)
    x = torch.rand((s["n"], s["h"], s["w"], s["c"]), generator=g, device="cuda", dtype=torch.float16) * 2 - 1
    w = (
        torch.rand((s["kh"], s["kw"], s["c"], s["f"]), generator=g, device="cuda", dtype=torch.float16) * 2
        - 1
    )
    out = torch.empty((s["n"], oh, ow, s["f"]), dtype=torch.float16, device="cuda")
    program = load(ARTIFACTS / entry["artifact"])
    dev, dev_out = [cuda.as_cuda_array(x), cuda.as_cuda_array(w)], [cuda.as_cuda_array(out)]
    program(*dev, outputs=dev_out)
    torch.cuda.synchronize()
    # cuDNN's operands: NCHW views of the channels-last data, the weight made channels-last once
    x_t = x.permute(0, 3, 1, 2)
    w_t = w.permute(3, 2, 0, 1).contiguous(memory_format=torch.channels_last)
    exact = F.conv2d(x_t.float(), w_t.float(), stride=conv.stride, padding=conv.pad).permute(0, 2, 3, 1)
    err = ((out.float() - exact).abs() / (exact.abs() * 2.0**-10 + 1e-2)).max().item()
    mlc_ms = time_ms(lambda: program(*dev, outputs=dev_out, sync=False), NumbaTimer(program.stream), args)
    cudnn_ms = time_ms(lambda: F.conv2d(x_t, w_t, stride=conv.stride, padding=conv.pad), TorchTimer(), args)
    return {
        "ok": err <= 1.0,
        "max_error_in_output_ulps": err,
        "mlc_ms": mlc_ms,
        "cudnn_ms": cudnn_ms,
        "ratio_vs_cudnn": mlc_ms / cudnn_ms,
        "mlc_tflops": entry["flops"] / mlc_ms / 1e9,
        "cudnn_tflops": entry["flops"] / cudnn_ms / 1e9,
        "model_tflops": entry.get("model_tflops"),
    }


def _summary(r: dict) -> str:
    if "error" in r:
        return r["error"]
    return f"mlc {r['mlc_ms']:.3f} ms, cuDNN {r['cudnn_ms']:.3f} ms, ratio {r['ratio_vs_cudnn']:.2f}"


def markdown(report: dict, gpu: str) -> str:
    lines = [
        f"# mlc convolutions vs F.conv2d (cuDNN) on {gpu}",
        "",
        "Measured by `benchmarks/gpu/run.py` (CUDA events, same process, same inputs): ResNet-50's",
        f"layer shapes at batch {BATCH}, NHWC f16, f32 accumulation, f16 result. Ratio: mlc time /",
        "cuDNN time (below 1: mlc faster). Each mlc case is one kernel (padding fused).",
        "",
        "| case | strategy | kernels | ok | mlc ms | cuDNN ms | ratio | mlc TFLOP/s | cuDNN TFLOP/s "
        "| model TFLOP/s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, r in report.items():
        cells = [name, str(r.get("strategy")), str(r.get("kernels")), "yes" if r.get("ok") else "NO"]
        for key in ("mlc_ms", "cudnn_ms", "ratio_vs_cudnn", "mlc_tflops", "cudnn_tflops", "model_tflops"):
            v = r.get(key)
            cells.append("-" if v is None else f"{v:.3f}" if key.endswith("ms") else f"{v:.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def dry_run_markdown(built: dict[str, dict], arch: str) -> str:
    lines = [
        f"# Convolution artifacts of the GPU benchmark for {arch}: dry run (no GPU)",
        "",
        "Written by `python benchmarks/gpu/build.py --conv-dry-run`: each ResNet-50 layer compiled",
        f"(batch {BATCH}, NHWC f16) and assembled by ptxas. Numerics are checked in the CPU emulator",
        "by `tests/test_implicit_gemm.py` on the same kinds of layer at batch 1 (these sizes are too",
        "large to replay). The model column is the analytic model, not a measurement.",
        "",
        "| case | strategy | kernels | registers | spills | shared bytes | model TFLOP/s |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, e in built.items():
        res = e.get("resources") or {}
        spills = res.get("spill_stores", 0) + res.get("spill_loads", 0) if res else "-"
        lines.append(
            f"| {name} | {e['strategy']} | {e['kernels']} | {res.get('registers', '-')} | {spills} | "
            f"{res.get('shared_bytes', '-')} | {e.get('model_tflops')} |"
        )
    return "\n".join(lines) + "\n"


def write_results(report: dict, gpu: str) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "conv_vs_cudnn.json").write_text(json.dumps({"gpu": gpu, "convs": report}, indent=1))
    (RESULTS / "conv_vs_cudnn.md").write_text(markdown(report, gpu))
