"""``mlc bench prog.ll``: build a whole C program's LLVM IR twice, check, and time it.

The original is built from the same ``.ll`` by the bundled ``opt``/``llc`` at
``-O2`` and ``-O3`` and the system C compiler; mlc's build is ``mlc-compile
prog.ll --target cpu --emit exe`` (every function raised that can be,
optimized, lowered back). All three run with no arguments: the program's own
``main`` makes its inputs. mlc's must print exactly what the ``-O3`` original
prints and exit with the same status (mlc never reassociates floating-point
sums in a program, so the outputs are compared byte for byte). The builds then
run in interleaved rounds (each round runs every build once, so a change in
the machine's load falls on all alike) and the median wall times are printed
with the speedups over each original.
"""

from __future__ import annotations

import itertools
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mlc.compiler.errors import ArgumentParser, InputError, MlcError, UnsupportedError

TOOL = "mlc-bench"
ORIGINAL_LEVELS = (2, 3)
RUN_TIMEOUT_S = 300


def has_main(text: str) -> bool:
    """Whether LLVM IR ``text`` defines ``main``."""
    return any(line.startswith("define ") and "@main(" in line for line in text.splitlines())


def build_original(path: Path, exe: Path, opt_level: int) -> Path:
    """``path`` built as it is, by ``opt``/``llc`` at ``opt_level`` and the C compiler."""
    from mlc.compiler.targets.cpu.native import target_for
    from mlc.compiler.targets.cpu.program import native

    cpu, _ = target_for("native")
    exe.write_bytes(native(path.read_text(), "exe", cpu=cpu, opt_level=opt_level))
    exe.chmod(0o755)
    return exe


def build_mlc(path: Path, exe: Path) -> Path:
    """``path`` built by ``mlc-compile --target cpu --emit exe``."""
    from mlc.compiler.targets import CompileRequest
    from mlc.compiler.targets.cpu.program import compile_program

    out = compile_program(str(path), CompileRequest(emit="exe", source=str(path)))
    exe.write_bytes(next(iter(out.files.values())))
    exe.chmod(0o755)
    return exe


def run(exe: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe)], capture_output=True, text=True, timeout=RUN_TIMEOUT_S)


def interleaved_medians(exes: dict[str, Path], repeats: int) -> dict[str, float]:
    """Median wall time (s) of each executable over ``repeats`` rounds of one run each."""
    times: dict[str, list[float]] = {label: [] for label in exes}
    for _ in range(repeats):
        for label, exe in exes.items():
            start = time.perf_counter()
            subprocess.run([str(exe)], capture_output=True, timeout=RUN_TIMEOUT_S)
            times[label].append(time.perf_counter() - start)
    return {label: statistics.median(t) for label, t in times.items()}


def bench(path: Path, repeats: int, workdir: Path) -> str:
    """Build, check and time the program ``path``; the report's text. Raises ``MlcError``."""
    if not path.is_file():
        raise InputError("no such file", file=str(path))
    if not has_main(path.read_text(errors="replace")):
        raise InputError(
            "defines no main function",
            file=str(path),
            hint="mlc-bench times whole programs: give it the .ll of a C program with its main",
        )
    mlc = build_mlc(path, workdir / "mlc")  # first: its frontend reports bad IR at file:line
    exes = {f"original -O{n}": build_original(path, workdir / f"orig{n}", n) for n in ORIGINAL_LEVELS}
    exes["mlc"] = mlc
    reference = run(exes[f"original -O{ORIGINAL_LEVELS[-1]}"])
    mine = run(exes["mlc"])
    if (mine.returncode, mine.stdout) != (reference.returncode, reference.stdout):
        pairs = itertools.zip_longest(mine.stdout.splitlines(), reference.stdout.splitlines())
        first = next(
            (f"line {i + 1}: {a!r} against {b!r}" for i, (a, b) in enumerate(pairs) if a != b),
            f"exit status {mine.returncode} against {reference.returncode}",
        )
        raise MlcError(f"{path}: mlc's build does not print what the original prints ({first})")
    medians = interleaved_medians(exes, repeats)
    lines = [f"{path.name}: same output as the original; median of {repeats} interleaved runs"]
    for label, seconds in medians.items():
        lines.append(f"  {label:<14} {seconds * 1e3:10.2f} ms")
    for n in ORIGINAL_LEVELS:
        ratio = medians[f"original -O{n}"] / medians["mlc"]
        lines.append(f"  speedup of mlc over the original -O{n}: {ratio:.2f}x")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """``mlc-bench prog.ll [--repeat N] [--target cpu]``; the exit status."""
    p = ArgumentParser(
        prog=TOOL,
        description="Build a C program's LLVM IR as it is (opt/llc -O2 and -O3) and with mlc, check "
        "that mlc's build prints the same, and time all three (median of interleaved runs).",
    )
    p.add_argument("input", help="LLVM IR of a whole program (.ll with a main)")
    p.add_argument("--repeat", type=int, default=7, help="timed runs of each build (default 7)")
    p.add_argument("--target", default="cpu", help="cpu (the only target for .ll programs so far)")
    try:
        ns = p.parse_args(argv)
        if ns.target != "cpu":
            raise UnsupportedError(
                f"--target {ns.target}: mlc-bench builds .ll programs for the cpu only so far",
                hint="drop --target, or use mlc-compile --target cuda for a kernel",
            )
        if ns.repeat < 1:
            raise InputError("--repeat must be at least 1")
        with tempfile.TemporaryDirectory(prefix="mlc-bench-") as tmp:
            print(bench(Path(ns.input), ns.repeat, Path(tmp)))
    except MlcError as e:
        print(f"{TOOL}: {e}", file=sys.stderr)
        return 1
    except subprocess.TimeoutExpired as e:
        print(f"{TOOL}: {ns.input}: a build ran past {e.timeout:.0f} s", file=sys.stderr)
        return 1
    return 0
