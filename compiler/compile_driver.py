"""The ``mlc-compile`` driver: a model (.onnx, .pt2, .ll, .mlir) in, an artifact or an exported form out.

``mlc-compile model.onnx --target cuda --arch sm_90 -o model.mlc`` writes one
artifact (``mlc.runtime.artifact``); ``--emit ptx|llvm|mlir`` exports the
kernels' PTX, their LLVM IR, or the MLIR of a stage instead. ``--target cpu``
(the default) writes a CPU artifact (``mlc.runtime.cpu.artifact``: a shared
library and its manifest), or exports its LLVM IR or llvm-dialect MLIR. The
compile is ``mlc.compiler.compile_api.build``; the tool forks first
(``isolation.call``), so a crash inside MLIR or torch-mlir becomes an internal
compiler error with the input saved.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import traceback
from pathlib import Path

from mlc.compiler import isolation, targets
from mlc.compiler.cli import run_tool
from mlc.compiler.errors import ArgumentParser, InputError, MlcError
from mlc.compiler.stages import timing_lines
from mlc.compiler.targets import DEFAULT_TARGET, CompileOutput, CompileRequest
from mlc.compiler.targets.limits import CUDA_ARCHS

TOOL = "mlc-compile"


def stage_lists_text() -> str:
    """Every target's stage lists, for ``--help``."""
    from mlc.compiler.targets.cpu.stages import STAGES as CPU
    from mlc.compiler.targets.cuda.stages import C_FUNCTION, MODEL

    return "; ".join(f"{s.name} stages: {s.describe()}" for s in (MODEL, C_FUNCTION, CPU))


def parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog=TOOL,
        allow_abbrev=False,
        description="Compile a model (.onnx, .pt2, .ll or linalg-on-tensors .mlir) into one artifact. "
        "cuda: the PTX of every kernel, a manifest (launches, argument layout, buffer plan, inputs and "
        "outputs) and the weights; cpu: a self-contained shared library and a manifest. Run it with mlc-run.",
        epilog=f"{stage_lists_text()}. --dump-dir writes the IR after each stage to DIR/NN_<stage>.mlir; "
        "--from-stage S continues from a file holding stage S's IR.",
    )
    a = p.add_argument
    a("input", help="model or IR file")
    a(
        "-o",
        dest="output",
        metavar="PATH",
        help="output file (artifact: default <input stem>.mlc; "
        "exports: default stdout, or a directory for one file per kernel)",
    )
    a(
        "--target",
        choices=targets.available(),
        default=DEFAULT_TARGET,
        help=f"code generation target (default: {DEFAULT_TARGET}, for every mlc tool and mlc.compile)",
    )
    a(
        "--arch",
        default=CompileRequest.arch,
        help=f"GPU architecture: {' or '.join(CUDA_ARCHS)} (default: {CompileRequest.arch})",
    )
    a(
        "--mcpu",
        default=CompileRequest.mcpu,
        metavar="CPU",
        help="cpu: the CPU to compile for: native (default) or x86-64, x86-64-v2, x86-64-v3, x86-64-v4",
    )
    a("-O", dest="opt_level", type=int, choices=range(4), default=3, help="cpu: LLVM optimization level")
    a(
        "--threads",
        type=int,
        default=CompileRequest.threads,
        metavar="N",
        help="cpu: threads of the parallel loops: 0 (default) all cores at run time, 1 no thread pool",
    )
    a(
        "--emit",
        choices=("artifact", "ptx", "llvm", "mlir", "c-lib", "cubin", "obj", "exe"),
        default="artifact",
        help="what to write; c-lib (cpu): libmodel.so, libmodel.a and model.h in the -o directory; "
        "cubin (cuda): one .cubin per kernel and manifest.json in the -o directory; with --target cpu, "
        "a .ll program is compiled whole by llvm (LLVM IR), obj (an object file) or exe (an executable): "
        "every function raised that can be, the others kept",
    )
    a("--from-stage", default="input", metavar="STAGE", help="the stage the input IR is at (default: input)")
    a("--to-stage", metavar="STAGE", help="with --emit mlir: the stage to print (default: the last)")
    a("--dump-dir", metavar="DIR", help="write the IR after every stage to DIR/NN_<stage>.mlir")
    a(
        "--mapping",
        default=CompileRequest.mapping,
        metavar="PIPELINE",
        help="mapping stage: 'mlc' (default: mlc's tile and coalesce), 'upstream' (upstream's loop tiling "
        "and innermost-first mapping) or pass pipeline text, in which $tile_sizes is replaced per kernel "
        "by the occupancy-aware tile sizes and $sm_count by the target's SM count",
    )
    a(
        "--sm-count",
        type=int,
        metavar="N",
        help="SMs of the target GPU, for launch sizes (default: by --arch)",
    )
    a("--function", metavar="NAME", help="the function to compile (default: the only public one)")
    a(
        "--no-cache",
        dest="cache",
        action="store_false",
        help="compile even if the compile cache holds the result",
    )
    a(
        "--reference",
        action="store_true",
        help="store reference outputs for the check inputs in the artifact (mlc-run --check compares)",
    )
    a(
        "--emulation",
        action="store_true",
        help="cuda: store the map stage's IR in the artifact, so mlc-run --emulate can run it without a GPU",
    )
    a(
        "--tuning-db",
        metavar="PATH",
        help="cpu: build the tuned GEMM schedules of this tuning database (mlc-tune); "
        "default: tuning.jsonl next to the compile cache, if it exists",
    )
    a("--no-tuning-db", dest="tuning_db", action="store_const", const="", help="cpu: no tuned schedules")
    a("--no-vectorize", dest="vectorize", action="store_false", help="cpu: do not tile and vectorize")
    a("--no-fuse", dest="fuse", action="store_false", help="do not fuse elementwise ops before bufferizing")
    a(
        "--no-row-fusion",
        dest="row_fusion",
        action="store_false",
        help="cuda: keep row-wise kernels (reductions, softmax, norms) apart (no row-kernel)",
    )
    a(
        "--no-attention-fusion",
        dest="attention_fusion",
        action="store_false",
        help="cuda: keep attention's matmuls and softmax apart (no fused-attention kernel)",
    )
    a(
        "--no-split-k",
        dest="split_k",
        action="store_false",
        help="cuda: never split a GEMM's K loop (split-K for GEMMs whose tiles cannot fill the GPU)",
    )
    a("--no-fold", dest="fold", action="store_false", help="do not run kernels on constants at compile time")
    a("--no-ptxas", dest="ptxas", action="store_false", help="do not assemble kernels with ptxas")
    a(
        "--no-tensor-cores",
        dest="tensor_cores",
        action="store_false",
        help="cuda: no GEMM strategies (mma.sync, wgmma, simt-gemm): GEMM-class ops keep the mapped loops",
    )
    a(
        "--allow-tf32",
        action="store_true",
        help="cuda: let f32 GEMMs round their inputs to TF32 and run on tensor cores "
        "(as torch.backends.cuda.matmul.allow_tf32)",
    )
    a(
        "-v",
        "--verbose",
        action="store_true",
        help="print what the frontend found (.ll: loops, trip counts, strides, kernels, remarks), "
        "then the kernels, launches and buffer plan",
    )
    a("-q", "--quiet", action="store_true", help="no progress line (it is drawn on a terminal only)")
    a("--debug", action="store_true", help="show Python tracebacks of internal errors")
    return p


def request_from_args(ns: argparse.Namespace) -> dict:
    """The compile options (``CompileRequest`` fields) the command line gives."""
    return dict(
        emit=ns.emit,
        arch=ns.arch,
        sm_count=ns.sm_count,
        mapping=ns.mapping,
        from_stage=ns.from_stage,
        to_stage=ns.to_stage,
        dump_dir=ns.dump_dir,
        function=ns.function,
        fuse_elementwise=ns.fuse,
        row_fusion=ns.row_fusion,
        attention_fusion=ns.attention_fusion,
        split_k=ns.split_k,
        fold_constants=ns.fold,
        tensor_cores=ns.tensor_cores,
        allow_tf32=ns.allow_tf32,
        run_ptxas=ns.ptxas,
        reference=ns.reference,
        mcpu=ns.mcpu,
        opt_level=ns.opt_level,
        threads=ns.threads,
        vectorize=ns.vectorize,
        emulation=ns.emulation,
        tuning_db=ns.tuning_db,
    )


def write_output(out: CompileOutput, ns: argparse.Namespace) -> None:
    if ns.emit == "artifact":
        target = Path(ns.output or Path(ns.input).with_suffix(".mlc").name)
        try:
            out.artifact.write(target)
        except OSError as e:
            raise InputError(f"could not write output file '{target}': {e.strerror}") from None
        if ns.verbose:
            from mlc.runtime.cli import info_text

            print(info_text(out.artifact), file=sys.stderr)
        return
    if ns.emit in ("obj", "exe"):
        _write_binaries(out.files, ns)
        return
    files = out.files
    binary = [name for name, data in files.items() if isinstance(data, bytes)]
    if binary and ns.output in (None, "-"):
        raise InputError(f"--emit {ns.emit} writes {', '.join(binary)}: name a directory with -o DIR")
    if binary:
        dest = Path(ns.output)
        dest.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (dest / name).write_bytes(data) if isinstance(data, bytes) else (dest / name).write_text(data)
        return
    if ns.output in (None, "-"):
        for name, text in files.items():
            if len(files) > 1:
                sys.stdout.write(f"// ----- {name}\n")
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    dest = Path(ns.output)
    if len(files) == 1 and not dest.is_dir():
        dest.write_text(next(iter(files.values())))
        return
    dest.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (dest / name).write_text(text)


def _write_binaries(binaries: dict[str, str | bytes], ns: argparse.Namespace) -> None:
    """Object files and executables go to ``-o`` (default: their own name in the working directory)."""
    if ns.output == "-":
        raise InputError(f"--emit {ns.emit} writes a binary file; name it with -o FILE, not stdout")
    ((name, data),) = binaries.items()
    target = Path(ns.output or name)
    try:
        target.write_bytes(data)
        if ns.emit == "exe":
            target.chmod(0o755)
    except OSError as e:
        raise InputError(f"could not write output file '{target}': {e.strerror}") from None


def reproducer(ns: argparse.Namespace, argv: list[str]) -> isolation.Reproducer:
    """A crash saves the input file and the command line that replays it on the saved copy."""
    name = Path(ns.input).name
    files = {name: Path(ns.input).read_bytes()} if Path(ns.input).is_file() else {}
    rest = [a for a in argv if a != ns.input]
    return isolation.Reproducer(files, command=lambda repro, _: shlex.join([TOOL, str(repro / name), *rest]))


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``mlc-compile``; returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        ns = parser().parse_args(argv)
        request = request_from_args(ns)
    except MlcError as e:
        print(f"{TOOL}: {e}", file=sys.stderr)
        return 1

    def work() -> int:
        from mlc.compiler.compile_api import build

        try:
            out = build(ns.input, ns.target, cache=ns.cache, isolate=False, verbose=ns.verbose, **request)
            for note in out.notes:
                print(note, file=sys.stderr)
            if ns.verbose:
                if out.cached:
                    print(f"{TOOL}: served from the compile cache (--no-cache recompiles)", file=sys.stderr)
                for line in timing_lines(out.timings):
                    print(f"{TOOL}: {line}", file=sys.stderr)
            write_output(out, ns)
        except MlcError:
            if ns.debug:
                traceback.print_exc()
            raise
        return 0

    label = None if ns.quiet else f"compiling {Path(ns.input).name} for {ns.target}"
    return run_tool(TOOL, work, reproducer(ns, argv), "import", debug=ns.debug, show_progress=label)
