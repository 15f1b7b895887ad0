"""Kernel launches and bytes moved per CUDA test model, without a GPU.

Run: ``python -m mlc.benchmarks.cuda_fusion [--out benchmarks/results/cuda_fusion.md]``
(about a minute). Each model of ``tests/data/cuda`` is compiled by the CUDA target in this
process (no ptxas); the launches are the artifact's, the bytes the access analysis's
(``compiler/analysis``) sum over every kernel of the ``map`` stage's IR: global loads and
stores as the warps issue them, in 32-byte sectors. Single-thread launches are those whose
grid and block are both one thread. Nothing here is timed.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results" / "cuda_fusion.md"
MODELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "cuda"


@dataclass(frozen=True)
class Counts:
    model: str
    launches: int
    single_thread: int
    bytes_moved: int | None
    before: Counts | None = None  # the same model without row fusion


def measure(path: Path, row_fusion: bool = True) -> Counts:
    """Compile the model at ``path`` and count its launches and bytes moved."""
    from mlc.compiler import targets
    from mlc.compiler.analysis import analyze_text
    from mlc.compiler.targets import CompileRequest

    request = CompileRequest(keep_stages=("map",), run_ptxas=False, source=str(path), row_fusion=row_fusion)
    out = targets.get("cuda").compile(path.read_text(), request)
    launches = out.artifact.manifest.launches()
    single = sum(1 for s in launches if math.prod(s.grid) * math.prod(s.block) == 1)
    report = analyze_text(out.stages["map"])
    sizes = [k.bytes for k in report.kernels]
    total = None if any(b is None for b in sizes) else sum(sizes)
    before = None if not row_fusion else measure(path, row_fusion=False)
    return Counts(path.stem, len(launches), single, total, before)


def _bytes(n: int | None) -> str:
    return "unknown" if n is None else f"{n:,}"


def table(rows: list[Counts]) -> str:
    lines = [
        "| model | launches | single-thread launches | bytes moved (access analysis) "
        "| launches, no row fusion | single-thread, no row fusion | bytes, no row fusion |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        b = r.before
        assert b is not None
        lines.append(
            f"| {r.model} | {r.launches} | {r.single_thread} | {_bytes(r.bytes_moved)} "
            f"| {b.launches} | {b.single_thread} | {_bytes(b.bytes_moved)} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("models", nargs="*", help="model names in tests/data/cuda (default: all)")
    ns = parser.parse_args(argv)
    paths = sorted(MODELS.glob("*.mlir"))
    if ns.models:
        paths = [p for p in paths if p.stem in ns.models]
    rows = [measure(p) for p in paths]
    text = table(rows)
    print(text, end="")
    ns.out.write_text(
        "# CUDA kernel fusion: launches and bytes moved per test model\n\n"
        "Produced by `python -m mlc.benchmarks.cuda_fusion` (no GPU: counts from the compiled "
        "artifact, bytes from the access analysis of the `map` stage; each model compiled with the "
        "default pipeline and with `--no-row-fusion`, side by side). Single-thread kernels are not "
        "analysed, hence 'unknown' bytes where there are some.\n\n" + text
    )


if __name__ == "__main__":
    main()
