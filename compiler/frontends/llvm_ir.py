"""The ``.ll`` frontend: import LLVM IR, then raise it to structured MLIR.

Import goes through the bundled ``mlir-translate --import-llvm`` (in a
subprocess; see ``mlc.compiler.raising.ll_import``). Raising is a pipeline of
mlc and upstream passes, stopped at the requested stage:

* ``scf``: loops become ``scf.for`` with exact trip counts, pointer accesses
  become accesses of strided memref views of the pointer arguments;
* ``affine``: loops and accesses that are affine become ``affine.for`` and
  ``affine.load``/``affine.store``;
* ``linalg`` (default): recognised loop nests become linalg ops (named ones
  such as ``linalg.matmul`` where they match, ``linalg.generic`` otherwise);
* ``llvm``: the imported module as it is.

Raising is all or nothing per function: a function that cannot be raised
stays in the ``llvm`` dialect, unchanged, and remarks (severity "remark" in
``ImportResult.diagnostics``) say why. ``options.verbose`` fills
``ImportResult.summary`` with the loops, the arrays and their strides (in
elements) and the kernels found.
"""

from __future__ import annotations

from mlc.compiler.errors import InputError
from mlc.compiler.frontends import FrontendOptions, ImportResult

SUFFIXES = (".ll",)
STAGES = ("linalg", "affine", "scf", "llvm")

_TO_SCF = (
    "lift-llvm-to-core",
    "lift-cf-to-scf",
    "expand-mem-intrinsics",
    "canonicalize",
    "cse",
    "scf-while-to-for",
    "cse",
    "reroll-loops",
    "canonicalize",
    "cse",
    "merge-loop-versions",
    "canonicalize",
    "cse",
    # once more: folding (switches on constants, unused results) exposes more versions to merge
    "merge-loop-versions",
    "canonicalize",
    "cse",
    "simplify-loop-guards",
    "ptr-to-memref",
    "canonicalize",
    "cse",
    "simplify-loop-guards",
    "canonicalize",
    "cse",
)
_TO_AFFINE = ("raise-scf-to-affine", "func.func(affine-raise-from-memref)", "canonicalize", "cse")
_FINALIZE = ("finalize-llvm-raising",)
_TO_LINALG = (
    "sink-reduction-stores",
    "distribute-loops",
    "raise-affine-to-linalg",
    "canonicalize",
    "cse",
    "specialize-linalg",
    "func.func(linalg-specialize-generic-ops)",
    "canonicalize",
)


def pipelines(stage: str) -> list[str]:
    """The raising pipeline up to ``stage``, in parts: the summary is read after the first one."""
    parts = [_TO_SCF, (*(_TO_AFFINE if stage in ("affine", "linalg") else ()), *_FINALIZE)]
    if stage == "linalg":
        parts.append(_TO_LINALG)
    return [f"builtin.module({','.join(p)})" for p in parts]


def import_file(path: str, options: FrontendOptions) -> ImportResult:
    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.compiler.diagnostics import DiagnosticSink, capture
    from mlc.compiler.pipeline import Pipeline
    from mlc.compiler.raising import summary
    from mlc.compiler.raising.ll_import import import_ll
    from mlc.compiler.source import read_source

    text = import_ll(path, read_source(path).text)
    stage = options.stage or STAGES[0]
    if not options.raise_loops or stage == "llvm":
        return ImportResult(text)
    parts = pipelines(stage)
    ctx = make_context()
    sink = DiagnosticSink()
    with ctx, capture(ctx, sink):
        try:
            module = ir.Module.parse(text)
        except ir.MLIRError as e:
            raise InputError(
                f"could not parse the import of '{path}'", diagnostics=sink.add_mlir_error(e)
            ) from None
        infos = {}
        for i, part in enumerate(parts):
            Pipeline.parse(part).run(module)
            if i == 0 and options.verbose:
                infos = summary.collect(module)
        report = summary.render(infos, module) if options.verbose else None
        return ImportResult(str(module), list(sink.diagnostics), report)
