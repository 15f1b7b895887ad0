"""Raise the C programs of ``examples/programs`` (clang-22 ``-O1``/``-O2``) and count what was raised.

    python -m mlc.benchmarks.ll_programs --raise-only     # raise rates only (seconds)
    python -m mlc.benchmarks.ll_programs                  # and build, run and compare every program

Every ``kernel_*`` function of a program is a kernel. For each one: the stage it
reached (``linalg``: every loop became a linalg op; ``affine``: loops are
``affine.for`` on memrefs; ``scf``: loops on memrefs that are not all affine;
``llvm``: not raised) and, if it was not raised, the first remark inside it.
Without ``--raise-only`` each program is also compiled whole by
``mlc-compile --target cpu --emit exe`` and run; its output must be the output of
the clang-built original, byte for byte. The table goes to
``benchmarks/results/ll_programs.md``.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from mlc.benchmarks.ll_kernels import classify

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "examples" / "programs"
RESULTS = Path(__file__).resolve().parent / "results" / "ll_programs.md"
OPT_LEVELS = ("O1", "O2")
KERNEL_PREFIX = "kernel_"
_DEFINE = re.compile(r"^define\b[^@]*@([\w.$]+)\(")


def programs(root: Path = PROGRAMS) -> list[str]:
    """The program names (the ``.ll`` files of ``root/O1``), sorted."""
    return sorted(p.stem for p in (root / OPT_LEVELS[0]).glob("*.ll"))


def ll_path(name: str, opt: str, root: Path = PROGRAMS) -> Path:
    return root / opt / f"{name}.ll"


def function_lines(text: str) -> dict[str, tuple[int, int]]:
    """The first and last line of every function defined in LLVM IR ``text``."""
    spans: dict[str, tuple[int, int]] = {}
    current, start = None, 0
    for number, line in enumerate(text.splitlines(), start=1):
        m = _DEFINE.match(line)
        if m:
            current, start = m.group(1), number
        elif current is not None and line.startswith("}"):
            spans[current] = (start, number)
            current = None
    return spans


@dataclass
class KernelOutcome:
    program: str
    opt: str
    kernel: str
    stage: str  # linalg, affine, scf or llvm
    ops: list[str] = field(default_factory=list)
    remark: str = ""


def raise_program(name: str, opt: str, root: Path = PROGRAMS) -> list[KernelOutcome]:
    """Raise one program with the ``.ll`` frontend and classify each of its kernels."""
    from mlc.compiler.frontends import import_file

    path = ll_path(name, opt, root)
    spans = function_lines(path.read_text())
    result = import_file(str(path))
    out = []
    for kernel, (first, last) in spans.items():
        if not kernel.startswith(KERNEL_PREFIX):
            continue
        stage, ops, _ = classify(kernel, result.text)
        remarks = [
            d.message
            for d in result.diagnostics
            if d.severity == "remark" and d.line is not None and first <= d.line <= last
        ]
        first_cause = [r for r in remarks if "stays in the llvm dialect" not in r]
        why = (first_cause or remarks or [""])[0]
        out.append(KernelOutcome(name, opt, kernel, stage, ops, why if stage == "llvm" else ""))
    return out


@dataclass
class RunOutcome:
    program: str
    opt: str
    same: bool  # mlc's executable printed exactly what the original printed
    detail: str = ""  # the first differing lines, or the error


def build_both(name: str, opt: str, workdir: Path) -> tuple[Path, Path]:
    """Executables of the original ``.ll`` (``opt``/``llc`` -O3 and cc) and of ``mlc-compile --emit exe``."""
    from mlc.compiler.ll_bench import build_mlc, build_original

    path = ll_path(name, opt)
    return (
        build_original(path, workdir / f"{name}.{opt}.orig", 3),
        build_mlc(path, workdir / f"{name}.{opt}.mlc"),
    )


def run_program(name: str, opt: str, workdir: Path) -> RunOutcome:
    """Build both executables of one program, run them, and compare what they print."""
    import subprocess

    from mlc.compiler.errors import MlcError

    try:
        original, mine = build_both(name, opt, workdir)
    except MlcError as e:
        return RunOutcome(name, opt, False, f"mlc-compile failed: {e}")
    want = subprocess.run([str(original)], capture_output=True, text=True, timeout=300)
    got = subprocess.run([str(mine)], capture_output=True, text=True, timeout=300)
    if (got.returncode, got.stdout) == (want.returncode, want.stdout):
        return RunOutcome(name, opt, True)
    return RunOutcome(
        name, opt, False, f"exit {got.returncode}: {got.stdout.strip()!r}, want {want.stdout.strip()!r}"
    )


def time_program(name: str, workdir: Path, repeats: int) -> dict[str, float] | None:
    """Median run times of clang -O3 (and -O3 with Polly) from the C source and of mlc's -O2 build.

    None when clang-22 is not installed. Each executable runs ``repeats`` times, interleaved.
    """
    import shutil
    import subprocess

    from mlc.compiler.ll_bench import interleaved_medians

    clang = shutil.which("clang-22")
    if clang is None:
        return None
    src = PROGRAMS / f"{name}.c"
    builds = {"clang -O3": ["-O3"], "clang -O3 polly": ["-O3", "-mllvm", "-polly"]}
    exes = {}
    for label, flags in builds.items():
        exe = workdir / f"{name}.{label.replace(' ', '_')}"
        proc = subprocess.run([clang, *flags, "-fno-inline-functions", str(src), "-o", str(exe), "-lm"])
        if proc.returncode == 0:
            exes[label] = exe
    _, mine = build_both(name, "O2", workdir)
    exes["mlc"] = mine
    return interleaved_medians(exes, repeats)


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "0/0"


def render_raising(outcomes: list[KernelOutcome]) -> list[str]:
    """The raising table and its totals, as Markdown lines."""
    lines = [
        "| program | kernel | -O1 | -O2 |",
        "|---|---|---|---|",
    ]
    by_key = {(o.program, o.kernel, o.opt): o for o in outcomes}
    seen = []
    for o in outcomes:
        if (o.program, o.kernel) not in seen:
            seen.append((o.program, o.kernel))

    def cell(o: KernelOutcome | None) -> str:
        if o is None:
            return "(inlined)"
        ops = ", ".join(x.removeprefix("linalg.") for x in o.ops)
        return f"{o.stage} ({ops})" if ops else o.stage

    for program, kernel in seen:
        cells = [cell(by_key.get((program, kernel, opt))) for opt in OPT_LEVELS]
        lines.append(f"| {program} | {kernel} | " + " | ".join(cells) + " |")
    lines += ["", "Totals:", ""]
    for opt in OPT_LEVELS:
        mine = [o for o in outcomes if o.opt == opt]
        raised = [o for o in mine if o.stage != "llvm"]
        affine = [o for o in mine if o.stage in ("affine", "linalg")]
        linalg = [o for o in mine if o.ops]
        lines.append(
            f"- -{opt}: raised to loops on memrefs {_pct(len(raised), len(mine))}; to affine loops or "
            f"linalg {_pct(len(affine), len(mine))}; "
            f"with at least one linalg op {_pct(len(linalg), len(mine))}."
        )
    lines += ["", "Not raised, and the first remark inside the function:", ""]
    unraised = [o for o in outcomes if o.stage == "llvm"]
    for o in unraised:
        lines.append(f"- `{o.kernel}` ({o.program}, -{o.opt}): {o.remark or 'no remark'}")
    if not unraised:
        lines.append("- none")
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--raise-only", action="store_true", help="only raise and count; build and run nothing")
    p.add_argument("--program", action="append", help="only these programs (repeatable)")
    p.add_argument(
        "--programs-dir",
        help="raise the programs of another suite: DIR/O1/*.ll and DIR/O2/*.ll, kernels named kernel_* "
        "(with --raise-only; e.g. PolyBench/C built by benchmarks/polybench_ll.sh)",
    )
    p.add_argument("--print", action="store_true", help="also print the results")
    p.add_argument(
        "--speed", action="store_true", help="also time against clang -O3 and Polly (needs clang-22)"
    )
    p.add_argument("--repeats", type=int, default=5, help="runs per executable for --speed (default 5)")
    p.add_argument("--note", help="a line to add at the end (the machine's load, say)")
    p.add_argument("-o", default=str(RESULTS), help="output file")
    ns = p.parse_args(argv)
    root = Path(ns.programs_dir) if ns.programs_dir else PROGRAMS
    if ns.programs_dir and (ns.speed or not ns.raise_only):
        p.error(
            "--programs-dir only raises (another suite's programs may need objects of their own "
            "to link): add --raise-only"
        )
    if not (root / OPT_LEVELS[0]).is_dir():
        p.error(f"{root}: no {OPT_LEVELS[0]}/ directory of .ll files")
    names = ns.program or programs(root)
    outcomes = [o for opt in OPT_LEVELS for name in names for o in raise_program(name, opt, root)]
    source = (
        "`examples/programs` (C sources, `regenerate.sh`"
        if root == PROGRAMS
        else f"`{root.name}` (`--programs-dir`"
    )
    lines = [
        "# C programs from LLVM IR: raising",
        "",
        f"Generated by `python -m mlc.benchmarks.ll_programs` from {source}; clang-22 `-O1`/`-O2` with "
        "`-fno-inline-functions`). Each cell: the stage a kernel function reached and its linalg ops.",
        "",
        *render_raising(outcomes),
    ]
    if not ns.raise_only:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="mlc-programs-") as tmp:
            runs = [run_program(name, opt, Path(tmp)) for opt in OPT_LEVELS for name in names]
        lines += [
            "",
            "## Whole programs",
            "",
            "`mlc-compile prog.ll --target cpu --emit exe` against the same `.ll` built by `opt`/`llc` -O3 "
            "and cc: the output must be identical.",
            "",
        ]
        for opt in OPT_LEVELS:
            mine = [r for r in runs if r.opt == opt]
            lines.append(f"- -{opt}: identical output {_pct(sum(r.same for r in mine), len(mine))}.")
        lines += [f"- **{r.program}** -{r.opt}: {r.detail}" for r in runs if not r.same]
    if ns.speed:
        import math
        import tempfile

        lines += [
            "",
            "## Speed",
            "",
            f"Median wall time of {ns.repeats} interleaved runs of each executable (whole process, "
            "the programs' initialization included), as a ratio to clang -O3: clang-22 -O3 and -O3 "
            "`-mllvm -polly` from the C source with `-fno-inline-functions`, and `mlc-compile` of the -O2 "
            "`.ll`. Above 1: faster than clang -O3.",
            "",
            "| program | clang -O3 (ms) | polly / clang | mlc / clang |",
            "|---|---|---|---|",
        ]
        ratios: dict[str, list[float]] = {"clang -O3 polly": [], "mlc": []}
        with tempfile.TemporaryDirectory(prefix="mlc-speed-") as tmp:
            for name in names:
                t = time_program(name, Path(tmp), ns.repeats)
                if t is None:
                    lines.append("clang-22 is not installed: no timings.")
                    break
                base = t["clang -O3"]
                cells = []
                for label in ratios:
                    if label in t:
                        ratios[label].append(base / t[label])
                        cells.append(f"{base / t[label]:.2f}")
                    else:
                        cells.append("-")
                lines.append(f"| {name} | {1000 * base:.1f} | " + " | ".join(cells) + " |")
        for label, values in ratios.items():
            if values:
                geo = math.exp(sum(math.log(v) for v in values) / len(values))
                lines.append(f"\nGeomean speedup over clang -O3, {label}: {geo:.2f}")
    if ns.note:
        lines += ["", ns.note]
    text = "\n".join(lines) + "\n"
    Path(ns.o).write_text(text)
    if ns.print:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
