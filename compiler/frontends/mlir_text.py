"""The ``.mlir`` frontend: parse and verify textual MLIR as it is."""

from __future__ import annotations

from mlc.compiler.errors import InputError
from mlc.compiler.frontends import FrontendOptions, ImportResult
from mlc.compiler.source import Chunk, read_source

SUFFIXES = (".mlir",)
STAGES = ("input",)


def import_file(path: str, options: FrontendOptions) -> ImportResult:
    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.compiler.diagnostics import DiagnosticSink, capture
    from mlc.compiler.source import parse_module

    source = read_source(path)
    ctx = make_context()
    sink = DiagnosticSink(rename={"-": path})
    with ctx, capture(ctx, sink):
        try:
            module = parse_module(ctx, Chunk(source.text, 1), path)
        except ir.MLIRError as e:
            raise InputError(f"could not parse '{path}'", diagnostics=sink.add_mlir_error(e)) from None
        return ImportResult(str(module), list(sink.diagnostics))
