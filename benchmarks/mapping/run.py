"""Generate ``benchmarks/results/cuda_mapping.md``: every kernel of the test models and the GPU
benchmark cases, under the CUDA pipeline's ``upstream`` mapping and under its default (mlc's).

    python -m mlc.benchmarks.mapping.run        # the whole table (a few minutes)
    python -m mlc.benchmarks.mapping.run --models test_cnn --variant 'wide=builtin.module(tile{block=64,4})'

Each model is compiled with ``mlc-compile`` up to the ``map`` stage once per mapping
(``upstream``, the default, the default with one of its choices turned off, and any
``--variant``), and every kernel function is measured by the access analysis: its
traffic-weighted sectors per request over its global loads and stores (ideal 4 for 4-byte
accesses, 16 for 128-bit ones), the sectors it moves and the requests it issues. Kernels are
paired by name (the ``kernels`` stage names them before mapping). The benchmark cases are
exported from PyTorch with torch-mlir exactly as ``benchmarks/gpu/build.py`` does.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "benchmarks" / "results" / "cuda_mapping.md"
TEST_MODELS = ("test_cnn", "test_transformer_block")  # tests/data/cuda/<name without test_>.mlir
# The default with one of its choices turned off: measured too, to show what each one brings.
ALTERNATIVES = {
    "scalar": "builtin.module(tile{sm-count=$sm_count},coalesce{vectorize=false})",
    "64-bit": "builtin.module(tile{sm-count=$sm_count},coalesce{vector-bits=64})",
    "unstaged": "builtin.module(tile{sm-count=$sm_count},coalesce{stage=false})",
}


@dataclass(frozen=True)
class KernelFigures:
    """What the analysis says about one kernel function under one mapping."""

    block: tuple[int, int, int] | None
    sectors: float | None
    requests: int | None
    ideal: float | None  # requests-weighted ideal sectors per request
    staged: bool  # uses shared memory
    vector_bytes: int  # widest global vector access (0: scalar accesses only)

    @property
    def per_request(self) -> float | None:
        return self.sectors / self.requests if self.sectors is not None and self.requests else None


def model_sources(names: list[str], scratch: Path) -> dict[str, Path]:
    """``.mlir`` files of the requested models: test fixtures (``test_<name>``, as ``build.py`` names
    their artifacts) and ``.mlir`` paths as they are, benchmark cases exported."""
    from mlc.benchmarks.gpu.build import export_case

    sources = {}
    for name in names:
        fixture = ROOT / "tests" / "data" / "cuda" / f"{name.removeprefix('test_')}.mlir"
        if name.endswith(".mlir"):
            sources[Path(name).stem] = Path(name)
        else:
            sources[name] = fixture if name in TEST_MODELS else export_case(name, scratch)
    return sources


def measure(source: Path, mapping: str) -> dict[str, KernelFigures]:
    """Kernel function name -> figures, for ``source`` compiled with ``mapping``."""
    from mlc.compiler.analysis import analyze_text
    from mlc.compiler.compile_api import build

    # row fusion off: row kernels bypass the mapping stage's pipeline, which is what this measures
    out = build(str(source), "cuda", emit="mlir", to_stage="map", mapping=mapping, row_fusion=False)
    report = analyze_text(next(iter(out.files.values())))
    figures = {}
    for k in report.kernels:
        vectors = [
            a.access_bytes for a in k.accesses if a.space == "global" and a.access_bytes > a.element_bytes
        ]
        figures[k.name.lstrip("@")] = KernelFigures(
            block=k.block,
            sectors=k.sectors,
            requests=k.requests,
            ideal=k.ideal_sectors_per_request,
            staged=any(a.space == "shared" for a in k.accesses),
            vector_bytes=max(vectors, default=0),
        )
    return figures


def _f(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x:.0f}" if abs(x - round(x)) < 0.005 else f"{x:.2f}"


def _count(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x / 1e6:.2f}M" if x >= 1e6 else f"{x / 1e3:.1f}k" if x >= 1e3 else f"{x:.0f}"


def _how(f: KernelFigures | None) -> str:
    if f is None or f.block is None:
        return "1 thread" if f is not None else "-"
    parts = ["x".join(map(str, f.block))]
    if f.vector_bytes:
        parts.append(f"{f.vector_bytes * 8}-bit")
    if f.staged:
        parts.append("staged")
    return ", ".join(parts)


def _totals(figures: dict[str, KernelFigures]) -> tuple[float, int]:
    counted = [f for f in figures.values() if f.sectors is not None and f.requests]
    return sum(f.sectors for f in counted), sum(f.requests for f in counted)


def _per_request(sectors: float, requests: int) -> str:
    return _f(sectors / requests if requests else None)


def _ratio(before: float, after: float) -> str:
    return f"{before / after:.2f}x" if after else "-"


def _kernel_rows(by_variant: dict[str, dict[str, KernelFigures]], base: str, new: str) -> list[str]:
    lines = [
        f"| kernel | {base}: block | {new}: block | {base} s/req (ideal) | {new} s/req (ideal) "
        f"| sectors {base} -> {new} | requests {base} -> {new} |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for kernel, before in by_variant[base].items():
        after = by_variant[new].get(kernel)
        per = [f"{_f(f.per_request)} ({_f(f.ideal)})" if f and f.requests else "-" for f in (before, after)]
        sectors = " -> ".join(_count(f.sectors if f else None) for f in (before, after))
        requests = " -> ".join(_count(f.requests if f else None) for f in (before, after))
        lines.append(
            f"| {kernel} | {_how(before)} | {_how(after)} | {per[0]} | {per[1]} | {sectors} | {requests} |"
        )
    return lines


def render(results: dict[str, dict[str, dict[str, KernelFigures]]], variants: dict[str, str]) -> str:
    from mlc.compiler.targets.cuda.mapping import MAPPINGS

    names = list(variants)
    base, new = names[0], names[1]
    lines = [
        "# The CUDA pipeline's mapping stage on whole models",
        "",
        "Generated by `python -m mlc.benchmarks.mapping.run`. Every kernel of the test models "
        "(`tests/data/cuda`, `test_*`) and of the GPU benchmark cases (`benchmarks/gpu/models.py`) is "
        "compiled with `mlc-compile --to-stage map` under each mapping and measured by mlc's access "
        "analysis: sectors per request of a warp, traffic-weighted over the kernel's global loads and "
        "stores (ideal 4 for 4-byte accesses, 16 for 128-bit ones); *sectors*, the 32-byte sectors its "
        "global accesses move; *requests*, its warp-level load and store instructions. Fewer is better "
        "for both. Vector accesses raise sectors per request (a 128-bit request moves 16 sectors at "
        "best) while cutting requests up to four-fold: compare sectors per request with its ideal, and "
        "mappings by the sectors they move. How a kernel is mapped: threads per block (x, y, z), "
        "its widest vector access (none: scalar accesses), *staged* when it goes through shared "
        "memory.",
        "",
    ]
    for name in names:
        default = " (the default)" if name == new else ""
        lines.append(f"* `{name}`{default}: `{MAPPINGS.get(variants[name], variants[name])}`")
    lines += [
        "",
        f"## Totals: `{base}` vs `{new}`",
        "",
        f"| model | kernels | {base} s/req | {new} s/req | sectors {base} -> {new} "
        f"| requests {base} -> {new} | sectors {base}/{new} |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    grand = {n: [0.0, 0] for n in names}
    for model, by_variant in results.items():
        totals = {n: _totals(by_variant[n]) for n in names}
        for n in names:
            grand[n][0] += totals[n][0]
            grand[n][1] += totals[n][1]
        (bs, br), (ns, nr) = totals[base], totals[new]
        lines.append(
            f"| {model} | {len(by_variant[base])} | {_per_request(bs, br)} | {_per_request(ns, nr)} "
            f"| {_count(bs)} -> {_count(ns)} | {_count(br)} -> {_count(nr)} | {_ratio(bs, ns)} |"
        )
    (bs, br), (ns, nr) = grand[base], grand[new]
    lines.append(
        f"| **all** | | {_per_request(bs, br)} | {_per_request(ns, nr)} | {_count(bs)} -> {_count(ns)} "
        f"| {_count(br)} -> {_count(nr)} | {_ratio(bs, ns)} |"
    )
    if len(names) > 2:
        lines += [
            "",
            "## Every mapping measured, over all models",
            "",
            "| mapping | s/req | sectors | requests |",
            "| --- | --- | --- | --- |",
        ]
        for n in names:
            sectors, requests = grand[n]
            lines.append(
                f"| `{n}` | {_per_request(sectors, requests)} | {_count(sectors)} | {_count(requests)} |"
            )
    for model, by_variant in results.items():
        lines += ["", f"## {model}", "", *_kernel_rows(by_variant, base, new)]
    return "\n".join(lines) + "\n"


def _variant(text: str) -> tuple[str, str]:
    name, sep, pipeline = text.partition("=")
    if not sep or not name or not pipeline:
        raise argparse.ArgumentTypeError(f"expected NAME=PIPELINE, got '{text}'")
    return name, pipeline


def main(argv: list[str] | None = None) -> int:
    from mlc.benchmarks.gpu.models import CASES
    from mlc.compiler.targets.cuda.options import DEFAULT_MAPPING

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument(
        "--models",
        nargs="*",
        default=[*TEST_MODELS, *CASES],
        help="test models, benchmark cases or .mlir files (default: the test models and every case)",
    )
    p.add_argument(
        "--variant",
        action="append",
        type=_variant,
        default=[],
        metavar="NAME=PIPELINE",
        help="another mapping to measure (a name of --mapping or pipeline text)",
    )
    p.add_argument("--output", type=Path, default=RESULTS, help="markdown file to write")
    ns = p.parse_args(argv)
    variants = {"upstream": "upstream", DEFAULT_MAPPING: DEFAULT_MAPPING, **ALTERNATIVES, **dict(ns.variant)}
    results: dict[str, dict[str, dict[str, KernelFigures]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for model, source in model_sources(ns.models, Path(scratch)).items():
            print(f"{model} ...", file=sys.stderr, flush=True)
            results[model] = {name: measure(source, mapping) for name, mapping in variants.items()}
    ns.output.parent.mkdir(parents=True, exist_ok=True)
    ns.output.write_text(render(results, variants))
    print(f"wrote {ns.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
