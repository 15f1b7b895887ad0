"""``mlc.compiler.compile``: turn a module into something callable on numpy arrays."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

from mlc.compiler import targets
from mlc.compiler.errors import InputError
from mlc.compiler.isolation import call_in_subprocess
from mlc.compiler.targets import CompileRequest


def module_text(module: Any) -> str:
    """MLIR text from a string, a path to a model or ``.mlir`` file, an ``ImportResult`` or an ``ir.Module``.

    Frontends that use torch-mlir import in a child process (see ``mlc.compiler.frontends``).
    """
    from mlc.compiler.frontends import ImportResult, import_file, supported_suffixes

    if isinstance(module, ImportResult):
        return module.text
    if isinstance(module, Path) or (
        isinstance(module, str) and "\n" not in module and Path(module).suffix.lower() in supported_suffixes()
    ):
        return import_file(str(module)).text
    if isinstance(module, str):
        return module
    if type(module).__module__.startswith("mlir.") and hasattr(module, "operation"):
        return module.operation.get_asm(large_elements_limit=None)
    raise InputError(f"cannot compile a {type(module).__name__}: expected MLIR text, a path or an ir.Module")


def _compile_text(target: str, text: str, request: CompileRequest) -> Any:
    """``target``'s ``compile`` on MLIR text; returns the artifact."""
    return targets.get(target).compile(text, request).artifact


def compile(
    module: Any,
    target: str = "cpu",
    *,
    entry: str | None = None,
    isolate: bool = True,
    timeout: float | None = None,
    emulate: bool = False,
    **options: Any,
) -> Any:
    """Compile ``module`` (linalg-on-tensors or lower) for ``target`` and load it.

    Returns a callable taking and returning numpy arrays (the target's
    executable, see ``mlc.compiler.targets``). ``options`` are
    ``CompileRequest`` fields (cpu: ``vectorize``, ``opt_level``, ``mcpu``;
    cuda: ``arch``, ``mapping``, ...). ``isolate`` compiles in a child process,
    so that a crash in MLIR raises an ``InternalCompilerError`` with the input
    saved instead of killing the caller; ``timeout`` bounds that process.
    ``emulate`` runs a cuda build on the CPU (``mlc.compiler.targets.cuda.emulate``).
    """
    known = {f.name for f in fields(CompileRequest)} - {"function", "emit", "emulation"}
    unknown = sorted(set(options) - known)
    if unknown:
        raise InputError(
            f"unknown compile option(s): {', '.join(unknown)}", hint=f"options: {', '.join(sorted(known))}"
        )
    tgt = targets.get(target)
    if emulate and target != "cuda":
        raise InputError("emulate=True applies to the cuda target")
    text = module_text(module)
    request = CompileRequest(function=entry, emulation=emulate, **options)
    if isolate:
        artifact = call_in_subprocess(
            _compile_text,
            target,
            text,
            request,
            stage=f"the {target.upper()} backend",
            repro_files={"input.mlir": text},
            timeout=timeout,
        )
    else:
        artifact = _compile_text(target, text, request)
    return tgt.load(artifact, emulate=emulate) if emulate else tgt.load(artifact)
