"""Kernel launches of convolutional models with and without the implicit-GEMM path, no GPU.

Run: ``python -m mlc.benchmarks.conv_fusion [--before CHECKOUT] [--out ...]`` (a minute
or two). Each model is compiled by the CUDA target for sm_80 twice in this process: with
the GEMM paths (``tensor_cores``, the default: convolutions as implicit GEMMs with their
padding, fill or bias, batch norm, residual, ReLU and cast fused) and without them (every
op its own mapped kernel, then row fusion); with ``--before``, also by the mlc of another
checkout (an older commit: ``git worktree add --detach DIR COMMIT``), in a child process.
Counted: launches in the artifact, and the kernel each convolution ends in. Nothing here is
timed.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from mlc.examples.conv_ir import Conv, conv_mlir

RESULTS = Path(__file__).resolve().parent / "results" / "conv_fusion.md"
ROOT = Path(__file__).resolve().parent.parent
CNN = ROOT / "tests" / "data" / "cuda" / "cnn.mlir"
RESNET = ROOT / "examples" / "resnet_tiny.onnx"
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


_BEFORE = """
import sys
sys.path.insert(0, sys.argv[1] + "/benchmarks")
from mlc_checkout import import_mlc_from_checkout
import_mlc_from_checkout()
from mlc.compiler.compile_api import build
for path in sys.argv[2:]:
    out = build(path, "cuda", arch="sm_80", run_ptxas=False, cache=False)
    print(len(out.artifact.manifest.launches()))
"""


def measure_before(checkout: Path, paths: list[Path]) -> list[int]:
    """The launches of each model compiled by the mlc of ``checkout``."""
    import subprocess
    import sys

    args = [sys.executable, "-c", _BEFORE, str(checkout), *map(str, paths)]
    done = subprocess.run(args, capture_output=True, text=True, check=True, cwd=checkout)
    return [int(line) for line in done.stdout.split()]


def table(before: Path | None = None) -> str:
    head = "| model | launches, GEMM paths off | launches, implicit GEMM |"
    rule = "| --- | ---: | ---: |"
    if before is not None:
        head += " launches, mlc of the --before checkout |"
        rule += " ---: |"
    lines = [head + " the convolutions' kernels |", rule + " --- |"]
    with tempfile.TemporaryDirectory(prefix="mlc-conv-fusion-") as tmp:
        models = {
            "test CNN (tests/data/cuda/cnn.mlir, PyTorch, f32: simt-gemm)": CNN,
            "examples/resnet_tiny.onnx (ONNX, f32: simt-gemm)": RESNET,
        }
        for name, conv in CONVS.items():
            models[name] = Path(tmp, f"{len(models)}.mlir")
            models[name].write_text(conv_mlir(conv))
        old = measure_before(before, list(models.values())) if before is not None else None
        for i, (name, path) in enumerate(models.items()):
            off, _ = measure(path, tensor_cores=False)
            on, convs = measure(path, tensor_cores=True)
            kinds = sorted(set(convs), key=convs.index)
            listed = "; ".join(f"{convs.count(c)} x `{c}`" for c in kinds)
            then = f" {old[i]} |" if old is not None else ""
            lines.append(f"| {name} | {off} | {on} |{then} {listed} |")
    return "\n".join(lines) + "\n"


def _commit(checkout: Path) -> str:
    import subprocess

    return subprocess.run(
        ["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--before", type=Path, help="another checkout whose mlc compiles the models too")
    ns = parser.parse_args(argv)
    text = table(ns.before)
    print(text, end="")
    ns.out.write_text(
        "# Convolutions as implicit GEMMs: kernel launches with and without the GEMM paths\n\n"
        "Written by `python -m mlc.benchmarks.conv_fusion` (CUDA target, sm_80, no GPU, nothing "
        "timed). With the GEMM paths a convolution's padding (the image read unpadded, zero "
        "outside), its fill or broadcast bias (the initial accumulator), the elementwise op "
        "after it (bias, batch norm, residual, ReLU, cast) and the convolution are one kernel. "
        "In the test CNN each convolution's pad + bias kernel and the first one's batch norm "
        "+ ReLU (which row fusion used to merge with the next pooling's fill) are gone."
        + (
            f" The before column is the mlc of `{ns.before.name}` ({_commit(ns.before)})."
            if ns.before
            else ""
        )
        + "\n\n"
        + text
    )


if __name__ == "__main__":
    main()
