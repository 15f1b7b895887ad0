"""``mlc optimize model.onnx``: import, compile for the chosen targets, check, time, report, summarize.

One command does what a user would otherwise chain: each target's artifact
is compiled in a crash-proof child process (``compile_api.build``;
cuda with the mapped IR kept, for the report); the CPU artifact and, when a GPU
is present, the CUDA one run on seeded inputs and are compared with the model's
own runtime (onnxruntime for ``.onnx``, torch for ``.pt2``); both sides are
timed in the same process on the same inputs (median of ``--repeat`` runs after
warm-up); the HTML report (``mlc.compiler.report``) is written beside the
artifacts; and one summary says how many kernels there are, the speed against
the reference runtime, and where the time goes (the CUDA kernels with the
largest share of the model's time, or measured time when a GPU ran them).

Tuning is not part of it yet: mlc has no tuner (``--tune-budget`` is refused).
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mlc.compiler import isolation
from mlc.compiler.cli import input_reproducer, run_tool
from mlc.compiler.errors import ArgumentParser, InputError, MlcError, UnsupportedError
from mlc.runtime.timing import median_seconds

TOOL = "mlc-optimize"
SUFFIXES = (".onnx", ".pt2")


DESCRIPTIONS = {
    TOOL: "Optimize a model end to end: compile it for each --target, check the results against "
    "onnxruntime (.onnx) or torch (.pt2) on seeded inputs, time both, write the artifacts and an HTML "
    "report, and print one summary.",
    "mlc-bench": "Compile a model for each --target, check it against onnxruntime (.onnx) or torch (.pt2) "
    "on seeded inputs, and time both sides in one process (median of --repeat runs). Given the .ll of a "
    "whole C program instead, build it as it is (opt/llc -O2 and -O3) and with mlc, check that mlc's "
    "build prints the same, and time all three (input prog.ll, with --repeat N).",
}


def parser(tool: str = TOOL) -> argparse.ArgumentParser:
    p = ArgumentParser(prog=tool, allow_abbrev=False, description=DESCRIPTIONS[tool])
    p.add_argument("input", help="model: .onnx or .pt2 (torch.export)")
    p.add_argument("-o", dest="output", metavar="DIR", help="output directory (default: <input stem>.mlc.d)")
    p.add_argument(
        "--target",
        action="append",
        choices=("cpu", "cuda"),
        help="a target to compile for; repeat for several (default: cpu and cuda)",
    )
    p.add_argument("--arch", default=None, help="cuda: GPU architecture (default: mlc-compile's)")
    p.add_argument("--seed", type=int, default=0, help="seed of the check inputs (default 0)")
    p.add_argument("--rtol", type=float, default=1e-4, help="check tolerance on max|a-b|/max|ref| (1e-4)")
    p.add_argument("--repeat", type=int, default=20, help="timed runs per side (default 20)")
    p.add_argument(
        "--tune-budget", metavar="SECONDS", type=float, help="tune within a budget (not available)"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    p.add_argument("--debug", action="store_true", help="show Python tracebacks of internal errors")
    return p


@dataclass
class TargetResult:
    target: str
    artifact: Path
    kernels: int | None = None
    check: str = "not run"
    mlc_ms: float | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class Summary:
    model: str
    reference: str
    reference_ms: float | None
    results: list[TargetResult]
    report: Path | None
    hot: list[tuple[str, float, str]]  # kernel, share of the time, what the share is of

    def text(self) -> str:
        lines = [f"mlc optimize {self.model}"]
        for r in self.results:
            speed = ""
            if r.mlc_ms is not None and self.reference_ms:
                speed = (
                    f"; {r.mlc_ms:.3g} ms vs {self.reference} {self.reference_ms:.3g} ms "
                    f"({self.reference_ms / r.mlc_ms:.2f}x {self.reference}'s speed)"
                )
            kernels = f", {r.kernels} kernels" if r.kernels is not None else ""
            lines.append(f"  {r.target}: {r.artifact}{kernels}; check {r.check}{speed}")
            lines += [f"    note: {n}" for n in r.notes]
        if self.hot:
            what = self.hot[0][2]
            lines.append(f"  where the time goes ({what}):")
            lines += [f"    {share:5.1%}  {name}" for name, share, _ in self.hot]
        if self.report:
            lines.append(f"  report: {self.report}")
        return "\n".join(lines)


def _reference_runner(path: str, inputs: dict[str, np.ndarray]) -> tuple[str, Callable[[], list[np.ndarray]]]:
    if path.endswith(".onnx"):
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        session = ort.InferenceSession(path, opts, providers=["CPUExecutionProvider"])
        return "onnxruntime", lambda: list(session.run(None, inputs))
    import torch

    module = torch.export.load(path).module()
    args = [torch.from_numpy(np.ascontiguousarray(v)) for v in inputs.values()]

    def run() -> list[np.ndarray]:
        with torch.no_grad():
            out = module(*args)
        return [o.numpy() for o in (out if isinstance(out, tuple | list) else (out,))]

    return "torch", run


def _gpu_present() -> bool:
    try:
        from numba import cuda

        return bool(cuda.is_available())
    except Exception:  # numba missing or a broken driver: no GPU to use
        return False


def optimize(
    path: str,
    out_dir: Path,
    targets: list[str],
    *,
    arch: str | None = None,
    seed: int = 0,
    rtol: float = 1e-4,
    repeat: int = 20,
    report: bool = True,
) -> Summary:
    """The whole turnkey path; raises ``MlcError`` for bad input or a failed check."""
    from mlc.compiler.compile_api import build
    from mlc.compiler.report_driver import write_report
    from mlc.compiler.run_driver import compare, load_artifact, random_input

    if Path(path).suffix.lower() not in SUFFIXES:
        raise InputError(f"mlc optimize takes an .onnx or .pt2 model, not '{path}'")
    if not Path(path).is_file():
        raise InputError(f"could not open '{path}': no such file")
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = Path(path).stem
    results: list[TargetResult] = []
    for target in targets:
        isolation.progress(stage=f"compile for {target}")
        options: dict[str, Any] = {"emulation": True} if target == "cuda" else {}
        if arch and target == "cuda":
            options["arch"] = arch
        out = build(path, target, **options)
        artifact = out_dir / f"{stem}.{target}.mlc"
        out.artifact.write(artifact)
        kernels = len(out.artifact.manifest.kernels) if target == "cuda" else None
        results.append(TargetResult(target, artifact, kernels))

    isolation.progress(stage="reference run")
    first = load_artifact(str(results[0].artifact), None, False)
    rng = np.random.default_rng(seed)
    inputs = {s.name: random_input(s, rng, None) for s in first.signature.inputs}
    reference, run_reference = _reference_runner(path, inputs)
    want = run_reference()
    reference_ms = median_seconds(run_reference, repeat, warmup=2) * 1e3
    hot: list[tuple[str, float, str]] = []
    for r in results:
        if r.target == "cuda" and not _gpu_present():
            r.check = "not run (no GPU here; compiled and assembled by ptxas)"
            continue
        isolation.progress(stage=f"check and time {r.target}")
        fn = load_artifact(str(r.artifact), None, False)
        got = fn(**inputs)
        got = list(got) if isinstance(got, tuple) else [got]
        rows = compare(fn.output_names, got, want)
        worst = max((rel for _, _, rel in rows), default=0.0)
        if worst > rtol:
            raise MlcError(f"{r.target}: outputs differ from {reference} by {worst:.3g} > {rtol:g}")
        r.check = f"passed (max relative error {worst:.3g} vs {reference})"
        r.mlc_ms = median_seconds(lambda fn=fn: fn(**inputs), repeat, warmup=2) * 1e3

    report_from = next((r for r in results if r.target == "cuda"), results[0])
    page = None
    if report:
        isolation.progress(stage="report")
        page = write_report(str(report_from.artifact), out_dir / f"{stem}.report.html")
    if report_from.target == "cuda":
        from mlc.compiler.report import collect
        from mlc.compiler.targets.limits import CUDA_ARCHS, DEFAULT_GPU
        from mlc.runtime.artifact import read

        artifact = read(report_from.artifact)
        spec = CUDA_ARCHS.get(artifact.manifest.target.get("arch", ""), DEFAULT_GPU)
        facts = collect(artifact, spec)
        total = sum(f.model_us or 0 for f in facts) or 1.0
        ranked = sorted(facts, key=lambda f: -(f.model_us or 0))[:5]
        hot = [
            (
                f"{f.name} ({f.source_op})",
                (f.model_us or 0) / total,
                f"share of the CUDA model's time, {spec.part}",
            )
            for f in ranked
        ]
    return Summary(path, reference, reference_ms, results, page, hot)


def main(argv: list[str] | None = None, tool: str = TOOL) -> int:
    """Entry point of ``mlc optimize`` (and, with ``tool='mlc-bench'``, of ``mlc bench``: no report)."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        ns = parser(tool).parse_args(argv)
        if ns.tune_budget is not None:
            raise UnsupportedError("--tune-budget: mlc has no tuner yet", hint="drop the option")
    except MlcError as e:
        print(f"{tool}: {e}", file=sys.stderr)
        return 1
    out_dir = Path(ns.output or f"{Path(ns.input).stem}.mlc.d")

    def work() -> int:
        try:
            summary = optimize(
                ns.input,
                out_dir,
                ns.target or ["cpu", "cuda"],
                arch=ns.arch,
                seed=ns.seed,
                rtol=ns.rtol,
                repeat=ns.repeat,
                report=tool == TOOL,
            )
        except MlcError as e:
            print(f"{tool}: {e}", file=sys.stderr)
            if ns.debug:
                traceback.print_exc()
            return 1
        print(summary.text())
        return 0

    label = None if ns.quiet else f"{tool.removeprefix('mlc-')} {Path(ns.input).name}"
    return run_tool(
        tool, work, input_reproducer(tool, ns.input), "optimize", debug=ns.debug, show_progress=label
    )
