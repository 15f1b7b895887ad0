"""Python API for running a pipeline on textual IR, optionally in a crash-proof child process."""

from __future__ import annotations

import shlex

from mlc.compiler import isolation
from mlc.compiler.errors import Diagnostic, InputError
from mlc.compiler.pipeline import Pipeline


def _optimize_here(
    ir_text: str, pipeline: str, allow_unregistered: bool, with_remarks: bool
) -> str | tuple[str, list[Diagnostic]]:
    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.compiler.diagnostics import DiagnosticSink, capture

    pipe = Pipeline.parse(pipeline)
    ctx = make_context(allow_unregistered=allow_unregistered)
    sink = DiagnosticSink(rename={"-": "<input>"})
    with ctx, capture(ctx, sink):
        pipe.validate(ctx)
        try:
            module = ir.Module.parse(ir_text, ctx)
        except ir.MLIRError as e:
            raise InputError("could not parse the input IR", diagnostics=sink.add_mlir_error(e)) from None
        pipe.run(module)
        if not with_remarks:
            return str(module)
        text = module.operation.get_asm(enable_debug_info=True)
        return text, [d for d in sink.diagnostics if d.severity == "remark"]


def _run(ir_text: str, pipeline: str, isolate: bool, allow_unregistered: bool, with_remarks: bool):
    if not isolate:
        return _optimize_here(ir_text, pipeline, allow_unregistered, with_remarks)
    return isolation.call(
        _optimize_here,
        ir_text,
        pipeline,
        allow_unregistered,
        with_remarks,
        stage=f"pipeline {pipeline}",
        repro=isolation.Reproducer(
            {"input.mlir": ir_text},
            command=lambda d, _: shlex.join(["mlc-opt", str(d / "input.mlir"), "--pass-pipeline", pipeline]),
        ),
    )


def optimize(
    ir_text: str, pipeline: str | Pipeline, *, isolate: bool = True, allow_unregistered: bool = False
) -> str:
    """Run ``pipeline`` on ``ir_text`` and return the resulting IR.

    With ``isolate`` (the default) the work happens in a child process, so an
    abort inside MLIR raises ``InternalCompilerError`` here instead of killing
    the caller. Passes registered at runtime with ``register_pass`` only exist in
    this process: use ``isolate=False`` for them.
    """
    return _run(ir_text, str(pipeline), isolate, allow_unregistered, False)


def optimize_with_remarks(
    ir_text: str, pipeline: str | Pipeline, *, isolate: bool = True, allow_unregistered: bool = False
) -> tuple[str, list[Diagnostic]]:
    """``optimize``, and what the passes said about it: the IR with its locations (so that an
    analysis of it reports them) and the remarks emitted while the pipeline ran, in order."""
    return _run(ir_text, str(pipeline), isolate, allow_unregistered, True)
