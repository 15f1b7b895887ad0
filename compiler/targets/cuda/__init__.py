"""The CUDA target: linalg on tensors -> kernels in PTX -> an artifact the runtime launches.

Stage lists (``stages``): models go ``input`` -> ``bufferize`` -> ``kernels`` ->
``map`` -> ``gpu`` -> ``nvvm`` -> ``ptx``, then ``build.build_artifact``;
functions raised from C have their own list (``prepare`` instead of
``bufferize``, then ``c_host.build_c_artifact``). ``compile`` and ``load`` are
the target protocol (``mlc.compiler.targets``): ``compile`` runs in the
caller's process (``mlc.compiler.compile_api`` isolates it); ``load`` runs an
artifact on the GPU, or replays it on the CPU.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mlc.compiler.errors import InputError, MlcError
from mlc.compiler.targets import CompileOutput, CompileRequest, compiler_record
from mlc.compiler.targets.cuda.options import CudaOptions
from mlc.compiler.targets.cuda.stages import STAGE_NAMES, stage_list

if TYPE_CHECKING:
    from mlir import ir

EMITS = ("artifact", "cubin", "ptx", "llvm", "mlir")
STAGES = STAGE_NAMES  # what --from-stage/--to-stage accept: the names of either stage list
DESCRIPTION = "NVIDIA GPUs: PTX kernels and a host program, launched through numba-cuda"


def options_for(request: CompileRequest) -> CudaOptions:
    return CudaOptions(
        arch=request.arch,
        sm_count=request.sm_count,
        mapping=request.mapping,
        fuse_elementwise=request.fuse_elementwise,
        row_fusion=request.row_fusion,
        attention_fusion=request.attention_fusion,
        split_k=request.split_k,
        fold_constants=request.fold_constants,
        tensor_cores=request.tensor_cores,
        allow_tf32=request.allow_tf32,
        run_ptxas=request.run_ptxas,
        function=request.function,
    )


def _last_stage(request: CompileRequest) -> str:
    if request.emit == "mlir":
        return request.to_stage or "ptx"
    if request.to_stage is not None:
        raise InputError("--to-stage only applies to --emit mlir")
    return "nvvm" if request.emit == "llvm" else "ptx"


def _llvm_files(module: ir.Module) -> dict[str, str]:
    from mlc.compiler.pipeline import Pipeline
    from mlc.compiler.targets.cuda.lowering import TO_LLVM_BITCODE, binaries
    from mlc.compiler.toolchain import tool

    Pipeline.parse(TO_LLVM_BITCODE).run(module)
    files = {}
    with tempfile.TemporaryDirectory(prefix="mlc-llvm-") as tmp:
        for name, bitcode in binaries(module).items():
            src = Path(tmp, f"{name}.bc")
            src.write_bytes(bitcode)
            proc = subprocess.run(
                [str(tool("llvm-dis")), str(src), "-o", "-"], capture_output=True, text=True
            )
            if proc.returncode != 0:
                raise MlcError(f"llvm-dis failed on kernel {name}: {proc.stderr.strip()}")
            files[f"{name}.ll"] = proc.stdout
    return files


def compile(
    ir_text: str, request: CompileRequest, on_stage: Callable[[str], None] | None = None
) -> CompileOutput:
    """Compile MLIR text (at stage ``request.from_stage``) as ``request`` says.

    ``on_stage`` is called with each stage's name before it runs.
    """
    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.compiler.diagnostics import DiagnosticSink, capture
    from mlc.compiler.source import PARSE_BUFFER_NAME, Chunk, parse_module
    from mlc.compiler.targets.cuda.lowering import binaries

    if request.emit not in EMITS:
        raise InputError(f"the CUDA target cannot emit '{request.emit}'", hint=f"it emits {', '.join(EMITS)}")
    if request.from_stage not in STAGES:
        raise InputError(f"unknown stage '{request.from_stage}'", hint=f"cuda stages: {', '.join(STAGES)}")
    options = options_for(request)
    ctx = make_context()
    sink = DiagnosticSink(rename={"-": request.source or "<input>"})
    bufferized: list[str] = []
    with ctx, capture(ctx, sink):
        try:
            module = parse_module(ctx, Chunk(ir_text, 1), request.source or PARSE_BUFFER_NAME)
        except ir.MLIRError as e:
            raise InputError("could not parse the input IR", diagnostics=sink.add_mlir_error(e)) from None
        stages = stage_list(module, options)
        start, stop = stages.index(request.from_stage), stages.index(_last_stage(request))
        if request.emulation and start > stages.index("map"):
            raise InputError("--emulation needs the model before the 'gpu' stage")
        if request.reference and start >= stages.index("kernels"):
            raise InputError(
                f"--reference needs the model before the 'kernels' stage, not at '{request.from_stage}'",
                hint=f"start from the {' or the '.join(stages.names[: stages.index('kernels')])} stage",
            )
        if request.from_stage == "bufferize":
            bufferized.append(ir_text)
        kept: dict[str, str] = {}

        def keep(stage: str, m: ir.Module) -> None:
            if stage == "bufferize" and request.reference:
                bufferized.append(str(m))
            if stage in request.keep_stages or (stage == "map" and request.emulation):
                kept[stage] = str(m)

        timings: list[tuple[str, float]] = []
        stages.run(
            module,
            options,
            start=request.from_stage,
            stop=stages.names[stop],
            dump_dir=request.dump_dir,
            on_stage=on_stage,
            after_stage=keep,
            timings=timings,
        )
        out = CompileOutput(stages=kept, timings=timings)
        if request.emit == "mlir":
            out.files[f"{stages.names[stop]}.mlir"] = str(module)
        elif request.emit == "ptx":
            out.files = {f"{name}.ptx": data.decode() for name, data in binaries(module).items()}
        elif request.emit == "llvm":
            out.files = _llvm_files(module)
        else:
            artifact = stages.make_artifact(
                module, options, compiler_record(request, _options_record(request)), timings
            )
            if request.reference:
                _add_reference(artifact, bufferized[0])
            if request.emulation:
                artifact.map_ir = kept.get("map", ir_text)
            if request.emit == "cubin":
                out.files = _cubin_files(artifact, options.arch)
            else:
                out.artifact = artifact
        out.notes = [d.format() for d in sink.diagnostics if d.severity in ("warning", "error")]
        return out


def _cubin_files(artifact, arch: str) -> dict[str, str | bytes]:
    """``--emit cubin``: each kernel's cubin (``ptxas``), the manifest and the weights, for a C++ host
    that launches the kernels itself with the CUDA driver API (docs/cuda-export.md)."""
    import json

    from mlc.compiler.targets.cuda import ptxas

    if ptxas.ptxas_path() is None:
        raise InputError(
            "--emit cubin assembles the kernels with ptxas, which is not on the PATH",
            hint="install the CUDA toolkit, or use --emit ptx (cuModuleLoadData takes PTX too)",
        )
    files: dict[str, str | bytes] = {}
    for kernel in artifact.manifest.kernels:
        name = Path(kernel.ptx).with_suffix(".cubin").name
        files[name] = ptxas.cubin(artifact.ptx[kernel.ptx], arch, kernel.name)
    files["manifest.json"] = json.dumps(artifact.manifest.to_json(), indent=1)
    files["weights.bin"] = artifact.weights
    return files


def load(artifact, *, emulate: bool = False):
    """A ``CudaExecutable`` of ``artifact``: on the GPU, or with ``emulate`` replayed on the CPU."""
    from mlc.compiler.targets.cuda.executable import CudaExecutable

    return CudaExecutable(artifact, emulate=emulate)


def _options_record(request: CompileRequest) -> dict:
    keep = (
        "arch",
        "sm_count",
        "mapping",
        "from_stage",
        "function",
        "fuse_elementwise",
        "row_fusion",
        "attention_fusion",
        "split_k",
        "fold_constants",
        "tensor_cores",
        "allow_tf32",
    )
    return {k: getattr(request, k) for k in keep}


def _add_reference(artifact, bufferized_ir: str) -> None:
    from dataclasses import replace

    from mlc.compiler.targets.cuda.reference import CHECK_SEED, reference_data

    m = artifact.manifest
    if m.c_abi is not None:
        raise InputError(
            "--reference stores outputs for the check inputs of a model; a kernel from C takes its "
            "C arguments",
            hint="python -m mlc.benchmarks.ll_cuda compares such kernels with the native ones",
        )
    written = sorted(b.index for b in m.buffers if b.kind == "input" and b.written and b.index is not None)
    args = (bufferized_ir, m.entry, list(m.inputs), list(m.outputs), written)
    artifact.reference = reference_data(*args)  # never after a torch-mlir import here: see isolation
    artifact.manifest = replace(m, check={"seed": CHECK_SEED, "inputs": "uniform(-1, 1); integers 0 or 1"})
