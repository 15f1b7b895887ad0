"""The CPU target's stage list: tensor-level IR -> the llvm dialect, one named stage at a time.

``input`` -> ``boundary`` -> ``pack`` -> ``prepare`` -> ``tile`` -> ``bufferize`` ->
``threads`` -> ``vectors`` -> ``loops`` -> ``llvm``, then ``build_artifact`` (``native``: the
packed entry point, ``opt``/``llc`` and the system C compiler). The runner is
``mlc.compiler.stages``: every stage can be dumped and resumed from.

* ``boundary``: the entry's ``Signature`` is read from the tensor-level function
  and recorded on the module (``attributes.CPU_SIGNATURE``, so that a later stage's IR
  still knows the inputs and outputs); bool tensors cross the function boundary
  as i8 (i1 buffers cannot be loaded through memref-to-llvm); ``cf.assert``s
  become calls of the run-time check callback (``runtime_checks``);
* ``pack``: elementwise ops to linalg; inference batch norms after convolutions
  folded into their weights (``fold-batch-norm``); matmuls and convolutions to packed GEMMs
  (``pack-contractions``), tiled and vectorized (``tiling.tile_gemms``) before fusion;
  depthwise convolutions to their vector kernel (``vectorize-depthwise``); transposes,
  reshapes and pads of constants computed (``fold-constant-layouts``), so weights are
  stored in the panel layout of their GEMM;
* ``prepare``: elementwise fusion, f16/bf16 math in f32;
* ``tile``: large elementwise ops split into parallel chunks for the thread pool
  (``tiling.split_elementwise``; not with one thread); then tiling and vectorization of
  matmuls, convolutions, reductions and elementwise ops (``tiling``; nothing without
  ``vectorize``);
* ``bufferize``: one-shot bufferization with callee-allocated results and deallocation,
  then each function's intermediates in one planned arena per call (``arena``);
* ``threads``: outermost ``scf.forall`` loops outlined for the thread pool (``threads``);
* ``vectors``: f32 exp, log, tanh, erf and sigmoid as polynomials (``approximate-math``: no
  libm calls, so the loops vectorize) and constant integer powers as multiplications; chunks
  of vectorized reductions reduced as trees (``reductions``); then the tiled vector ops
  lowered (nothing without ``vectorize``);
* ``loops``: linalg to loops, n-D vector transfers unrolled, then i1 loads and
  stores rewritten (``bool_memory``);
* ``llvm``: control flow, vectors, math (libm), memrefs -> llvm dialect.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from mlc.compiler import attributes
from mlc.compiler.errors import InputError
from mlc.compiler.isolation import progress
from mlc.compiler.stages import Stage, StageList
from mlc.compiler.targets.cpu import bool_memory, reductions, runtime_checks, threads, tiling
from mlc.compiler.targets.cpu.lowering import (
    BUFFERIZE,
    EXPAND_MATH,
    LOOPS,
    PREPARE,
    TO_LINALG,
    TO_LLVM,
    _run,
    signature_of,
    widen_bool_boundary,
)

if TYPE_CHECKING:
    from mlir import ir

    from mlc.runtime.signature import Signature

# On the module from the ``boundary`` stage on: the entry function's Signature, as JSON.


@dataclass(frozen=True)
class CpuOptions:
    """What the CPU stages and the native build take from a ``CompileRequest``."""

    function: str | None = None
    vectorize: bool = True
    mcpu: str = "native"
    opt_level: int = 3
    threads: int = 1  # 1: sequential loops (the JIT has no thread pool); else calls of the pool
    schedules: str = ""  # tuned GEMM schedules, JSON {workload key: config} (``mlc.compiler.tuning``)
    vector_math: bool = True  # approximate-math in the vectors stage (false: libm calls)


def record_signature(module: ir.Module, signature: Signature) -> None:
    from mlir import ir

    from mlc.runtime.cpu.artifact import signature_record

    record = json.dumps(signature_record(signature))
    module.operation.attributes[attributes.CPU_SIGNATURE] = ir.StringAttr.get(record)


def read_signature(module: ir.Module) -> Signature:
    """The signature the ``boundary`` stage recorded on ``module``."""
    from mlir import ir

    from mlc.runtime.cpu.artifact import signature_from_record

    attrs = module.operation.attributes
    if attributes.CPU_SIGNATURE not in attrs:
        raise InputError(
            f"the module carries no '{attributes.CPU_SIGNATURE}': "
            "it is not the IR of a CPU stage after 'input'",
            hint="resume from a file --dump-dir wrote, with the --from-stage it is named after",
        )
    try:
        return signature_from_record(json.loads(ir.StringAttr(attrs[attributes.CPU_SIGNATURE]).value))
    except (KeyError, TypeError, ValueError) as e:
        raise InputError(f"malformed '{attributes.CPU_SIGNATURE}' on the module: {e}") from None


def _boundary(module: ir.Module, options: CpuOptions) -> None:
    from mlir import ir

    from mlc.compiler import interface

    func = interface.entry_function(module, options.function)
    signature = signature_of(func)
    widen_bool_boundary(func)
    func.attributes["llvm.emit_c_interface"] = ir.UnitAttr.get()
    checks = runtime_checks.rewrite_asserts(module)
    record_signature(module, replace(signature, checks=tuple(checks)))


def _pack(module: ir.Module, options: CpuOptions) -> None:
    from mlc.compiler.targets.cpu import native
    from mlc.passes.fold_batch_norm import FoldBatchNorm
    from mlc.passes.fold_constant_layouts import FoldConstantLayouts
    from mlc.passes.pack_contractions import PackContractions
    from mlc.passes.vectorize_depthwise import VectorizeDepthwise

    _run(module, TO_LINALG, "pack")
    FoldBatchNorm().run(module.operation)  # before packing: batch norms into conv weights and bias
    if options.vectorize:
        _, target = native.target_for(options.mcpu)
        bits = native.vector_bits(target)
        chosen: list[dict] = []
        PackContractions(vector_bits=bits).pack(module.operation, _chooser(options, bits, chosen))
        if chosen:
            from mlir import ir

            text = json.dumps(chosen)
            module.operation.attributes[attributes.CPU_GEMM_SCHEDULES] = ir.StringAttr.get(text)
        VectorizeDepthwise(lanes=bits // 32).run(module.operation)
        progress(stage="cpu tile gemms")
        tiling.tile_gemms(module)
    progress(stage="cpu fold constant layouts")
    FoldConstantLayouts().run(module.operation)  # weights stored in the layout the kernels read


def _chooser(options: CpuOptions, bits: int, chosen: list[dict]):
    """The block sizes of each GEMM: its tuned schedule if ``options.schedules`` has one, else the
    rule (``blocking_for``); each choice is appended to ``chosen`` (``attributes.CPU_GEMM_SCHEDULES``)."""
    from mlc.passes.pack_contractions.gemm import Blocking, GemmShape, blocking_for

    tuned = json.loads(options.schedules) if options.schedules else {}
    name = ""
    if tuned:
        from mlc.compiler.tuning import space

        name = space.cpu_target(options.mcpu, options.threads).name()

    def choose(shape: GemmShape) -> Blocking:
        config = None
        if tuned:
            workload = space.gemm_workload(shape, name)
            config = tuned.get(workload.key())
            reason = None if config is None else space.check(workload, config)
            if reason is not None:
                raise InputError(f"the tuned schedule {config} of the GEMM {shape} is invalid: {reason}")
        blocking = blocking_for(shape, bits) if config is None else space.blocking_of(config)
        gemm = [shape.batch, shape.m, shape.n, shape.k]
        chosen.append({"gemm": gemm, "tiles": blocking.attribute(), "tuned": config is not None})
        return blocking

    return choose


def tuned_note(module: ir.Module) -> list[str]:
    """``note: N of M GEMMs use tuned schedules`` when the ``pack`` stage used any."""
    from mlir import ir

    attrs = module.operation.attributes
    if attributes.CPU_GEMM_SCHEDULES not in attrs:
        return []
    chosen = json.loads(ir.StringAttr(attrs[attributes.CPU_GEMM_SCHEDULES]).value)
    tuned = sum(1 for c in chosen if c["tuned"])
    return (
        [f"note: {tuned} of {len(chosen)} GEMMs use tuned schedules (the tuning database)"] if tuned else []
    )


def _bufferize(module: ir.Module, options: CpuOptions) -> None:
    from mlc.compiler.targets.cpu import arena

    _run(module, BUFFERIZE, "bufferize")
    arena.plan_arenas(module)


def _threads(module: ir.Module, options: CpuOptions) -> None:
    threads.outline_foralls(module, options.threads)


def _llvm(module: ir.Module, options: CpuOptions) -> None:
    _run(module, TO_LLVM, "llvm")
    threads.define_launchers(module)


def _tile(module: ir.Module, options: CpuOptions) -> None:
    if options.threads != 1:  # first: the chunks are then vectorized like whole ops
        tiling.split_elementwise(module)
    if options.vectorize:
        progress(stage="cpu tile")
        tiling.tile_and_vectorize(module)


def _vectors(module: ir.Module, options: CpuOptions) -> None:
    if options.vectorize:
        from mlc.compiler.targets.cpu import native
        from mlc.passes.approximate_math import ApproximateMath

        if options.vector_math:
            _, target = native.target_for(options.mcpu)
            ApproximateMath(fma=native.has_fma(target)).run(module.operation)
        _run(module, EXPAND_MATH, "vectors")
        reductions.reduce_chunks_as_trees(module)
        progress(stage="cpu lower vectors")
        tiling.lower_vectors(module)


def _loops(module: ir.Module, options: CpuOptions) -> None:
    _run(module, LOOPS, "loops")
    bool_memory.rewrite_i1_accesses(module)


def _pipeline(pipeline: str, stage: str):
    def run(module: ir.Module, options: CpuOptions) -> None:
        _run(module, pipeline, stage)

    return run


def build_artifact(module: ir.Module, options: CpuOptions, compiler: dict[str, Any]):
    """The ``CpuArtifact`` of a module at the ``llvm`` stage: a shared library and its manifest."""
    from mlc.compiler.targets.cpu import native
    from mlc.runtime.cpu.artifact import CpuArtifact, CpuManifest

    signature = read_signature(module)
    cpu, target = native.target_for(options.mcpu)
    ll, symbol, weights = native.packed_llvm_ir_and_weights(module, signature.entry, target["triple"])
    library = native.shared_library(ll, cpu=cpu, opt_level=options.opt_level, triple=target["triple"])
    manifest = CpuManifest(target, signature, symbol, compiler, weights=tuple(weights.slots))
    return CpuArtifact(manifest, library, weights=weights.blob)


STAGES = StageList(
    "cpu",
    (
        Stage("input", "linalg on tensors (or buffers), as the frontend produced it"),
        Stage(
            "boundary",
            "the signature recorded; bools cross the boundary as i8; asserts as check calls",
            _boundary,
        ),
        Stage(
            "pack",
            "elementwise ops as linalg; matmuls and convolutions as packed GEMMs, tiled and vectorized",
            _pack,
        ),
        Stage(
            "prepare",
            "elementwise ops fused; f16/bf16 math in f32",
            _pipeline(PREPARE, "prepare"),
        ),
        Stage("tile", "matmuls, convolutions and reductions tiled and vectorized", _tile),
        Stage(
            "bufferize",
            "one-shot bufferization, callee-allocated results, deallocation; one arena per call",
            _bufferize,
        ),
        Stage("threads", "outermost parallel loops outlined for the thread pool (or sequential)", _threads),
        Stage("vectors", "f32 exp/log/tanh/erf as polynomials; the tiled vector ops lowered", _vectors),
        Stage("loops", "linalg as loops, vector transfers unrolled, i1 memory accesses as i8", _loops),
        Stage("llvm", "the llvm dialect: control flow, vectors, math (libm), memrefs", _llvm),
    ),
    build_artifact,
)


def module_text(module: ir.Module) -> str:
    return module.operation.get_asm(large_elements_limit=None)


def compile_stages(text: str, options: CpuOptions) -> tuple[str, Signature]:
    """Run every CPU stage on ``text`` (in this process); returns the llvm-dialect text and signature."""
    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.compiler.diagnostics import DiagnosticSink, capture

    ctx = make_context()
    sink = DiagnosticSink()
    with ctx, capture(ctx, sink), ir.Location.unknown():
        try:
            module = ir.Module.parse(text)
        except ir.MLIRError as e:
            raise InputError(
                "could not parse the module to compile", diagnostics=sink.add_mlir_error(e)
            ) from None
        STAGES.run(module, options)
        return module_text(module), read_signature(module)
