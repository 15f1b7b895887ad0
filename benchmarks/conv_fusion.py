"""Kernel launches of convolutional models with and without the implicit-GEMM path, no GPU.

Run: ``python -m mlc.benchmarks.conv_fusion [--out benchmarks/results/conv_fusion.md]``
(about a minute). Each model is compiled by the CUDA target for sm_80 twice in this process:
with the GEMM paths (``tensor_cores``, the default: convolutions as implicit GEMMs with
their fill, batch norm, bias, residual, ReLU and cast fused) and without them (every op its
own mapped kernel, then row fusion). Counted: launches in the artifact, and the kernel each
convolution ends in. Nothing here is timed.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from mlc.examples.conv_ir import Conv, conv_mlir

RESULTS = Path(__file__).resolve().parent / "results" / "conv_fusion.md"
CNN = Path(__file__).resolve().parent.parent / "tests" / "data" / "cuda" / "cnn.mlir"
CONVS = {
    "conv3x3 + bias + residual + relu (nhwc f16)": Conv(
        8, 64, 28, 28, 64, 3, 3, layout="nhwc", epilogue=True
    ),
    "conv3x3 pad 1 + bias + residual + relu (nchw f16)": Conv(8, 64, 28, 28, 64, 3, 3, pad=1, epilogue=True),
    "conv1x1 + cast (nhwc f16)": Conv(8, 256, 14, 14, 64, 1, 1, layout="nhwc", cast=True),
}


def measure(path: Path, tensor_cores: bool) -> tuple[int, list[str]]:
    """(launches, the source ops of the kernels holding a convolution)."""
    from mlc.compiler.compile_api import build

    out = build(str(path), "cuda", arch="sm_80", run_ptxas=False, tensor_cores=tensor_cores)
    m = out.artifact.manifest
    convs = [k.source_op for k in m.kernels if "conv_2d" in k.source_op]
    return len(m.launches()), convs


def table() -> str:
    lines = [
        "| model | launches, GEMM paths off | launches, implicit GEMM | the convolutions' kernels |",
        "| --- | ---: | ---: | --- |",
    ]
    with tempfile.TemporaryDirectory(prefix="mlc-conv-fusion-") as tmp:
        models = {"test CNN (tests/data/cuda/cnn.mlir, f32: simt-gemm)": CNN}
        for name, conv in CONVS.items():
            models[name] = Path(tmp, f"{len(models)}.mlir")
            models[name].write_text(conv_mlir(conv))
        for name, path in models.items():
            off, _ = measure(path, tensor_cores=False)
            on, convs = measure(path, tensor_cores=True)
            lines.append(f"| {name} | {off} | {on} | {'; '.join(f'`{c}`' for c in convs)} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=RESULTS)
    ns = parser.parse_args(argv)
    text = table()
    print(text, end="")
    ns.out.write_text(
        "# Convolutions as implicit GEMMs: kernel launches with and without the GEMM paths\n\n"
        "Written by `python -m mlc.benchmarks.conv_fusion` (CUDA target, sm_80, no GPU, nothing "
        "timed). With the GEMM paths a convolution's fill, the elementwise op after it (bias, "
        "batch norm, residual, ReLU, cast) and the convolution are one kernel; a padded "
        "convolution still reads a buffer its pad kernel filled (padding is not fused yet). "
        "In the test CNN, the batch norm + ReLU that row fusion used to merge with the next "
        "pooling's fill is now the convolution's epilogue, so the launch count is the same "
        "while the batch-norm pass over the activations is gone.\n\n" + text
    )


if __name__ == "__main__":
    main()
