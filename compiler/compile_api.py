"""The one compile entry point: ``build`` (a ``CompileOutput``) and ``compile`` (it, loaded).

``mlc-compile`` (``build``, then write), ``mlc-run`` (``build``, then load and
run) and the Python API (``mlc.compile``, ``mlc.compiler.compile``) all go
through ``build``, which

1. checks the options once (they are ``CompileRequest`` fields);
2. (cpu) reads the tuned GEMM schedules of the tuning database (``mlc.compiler.tuning.database``),
   which become part of the request, so they key the cache entry;
3. serves a second identical compile from the compile cache (``mlc.compiler.cache``);
4. imports the input: ``.mlir`` as written, other formats through their frontend;
   a frontend that uses torch-mlir always runs in a fresh interpreter (the
   isolation policy, ``mlc.compiler.isolation``);
5. runs the target's stages, isolated in a child process unless the caller
   isolates already (the command-line tools fork first) or says ``isolate=False``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from mlc.compiler import cache as compile_cache
from mlc.compiler import isolation, targets
from mlc.compiler.errors import InputError
from mlc.compiler.targets import DEFAULT_TARGET, CompileOutput, CompileRequest

__all__ = ["DEFAULT_TARGET", "build", "check_options", "compile", "load"]


def check_options(options: dict[str, Any]) -> None:
    """Every key of ``options`` must be a ``CompileRequest`` field."""
    known = {f.name for f in fields(CompileRequest)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise InputError(
            f"unknown compile option(s): {', '.join(unknown)}", hint=f"options: {', '.join(sorted(known))}"
        )


@dataclass(frozen=True)
class _Input:
    """The input of one compile: a file (``path``) or MLIR text, and the bytes that key its cache entry."""

    path: str | None
    text: str | None
    data: bytes
    notes: tuple[str, ...] = ()  # what the frontend said, when ``text`` was imported from ``path``


def _input_of(source: Any) -> _Input:
    """A path to a model or ``.mlir`` file, MLIR text, an ``ImportResult`` or an ``ir.Module``."""
    from mlc.compiler.frontends import ImportResult, supported_suffixes

    if isinstance(source, ImportResult):
        return _Input(None, source.text, source.text.encode())
    is_path = isinstance(source, Path) or (
        isinstance(source, str) and "\n" not in source and Path(source).suffix.lower() in supported_suffixes()
    )
    if is_path:
        path = str(source)
        if not Path(path).is_file():
            raise InputError(f"could not open input file '{path}': no such file")
        return _Input(path, None, Path(path).suffix.lower().encode() + b"\0" + Path(path).read_bytes())
    if isinstance(source, str):
        return _Input(None, source, source.encode())
    if type(source).__module__.startswith("mlir.") and hasattr(source, "operation"):
        text = source.operation.get_asm(large_elements_limit=None)
        return _Input(None, text, text.encode())
    raise InputError(f"cannot compile a {type(source).__name__}: expected MLIR text, a path or an ir.Module")


def _uses_torch_mlir(path: str) -> bool:
    from mlc.compiler.frontends import frontend_for

    return bool(getattr(frontend_for(path), "USES_TORCH_MLIR", False))


def _import(path: str, frontend: Any, from_stage: str, verbose: bool) -> tuple[str, list[str]]:
    """MLIR text of the file ``path`` (``.mlir`` as written: locations stay the file's; others
    imported) and the frontend's notes for the user: its warnings and, with ``verbose``, its
    summary and remarks (for ``.ll``: loops, trip counts, array strides, the kernels found, and
    why anything stayed unraised). The notes become the compile's, so the cache keeps them.
    """
    from mlc.compiler.frontends import FrontendOptions, import_file
    from mlc.compiler.source import read_source

    if Path(path).suffix.lower() == ".mlir":
        return read_source(path).text, []
    if from_stage != "input":
        raise InputError(
            f"--from-stage {from_stage} needs an .mlir file holding that stage's IR, got '{path}'"
        )
    options = replace(frontend or FrontendOptions(), verbose=verbose, remarks=verbose)
    if _uses_torch_mlir(path):
        result = isolation.call(
            import_file,
            path,
            options,
            stage=f"the {Path(path).suffix} import of {path}",
            repro=isolation.Reproducer({Path(path).name: Path(path).read_bytes()}),
            fresh=True,
        )
    else:
        result = import_file(path, options)
    notes = [d.format() for d in result.diagnostics if d.severity in ("error", "warning") or verbose]
    if verbose and result.summary:
        notes.append(result.summary)
    return result.text, notes


def _compile_here(
    inp: _Input, target: str, request: CompileRequest, frontend: Any, verbose: bool
) -> CompileOutput:
    """Import (unless given as text) and compile in this process."""
    text, notes = inp.text, list(inp.notes)
    if text is None:
        text, notes = _import(inp.path or "", frontend, request.from_stage, verbose)
    out = targets.get(target).compile(text, request, on_stage=lambda s: isolation.progress(stage=s))
    out.notes = [*notes, *out.notes]
    return out


def _frontend_key(frontend: Any) -> str:
    """The part of the cache key that frontend options make (specialized input values)."""
    import hashlib

    import numpy as np

    if frontend is None:
        return ""
    h = hashlib.sha256(repr(replace(frontend, specialize=None)).encode())
    for name, value in sorted((frontend.specialize or {}).items()):
        arr = np.asarray(value)
        h.update(f"{name}:{arr.dtype}:{arr.shape}".encode())
        h.update(np.ascontiguousarray(arr).tobytes())
    return h.hexdigest()


def build(
    source: Any,
    target: str = DEFAULT_TARGET,
    *,
    cache: bool = True,
    isolate: bool = True,
    timeout: float | None = None,
    frontend: Any = None,
    verbose: bool = False,
    **options: Any,
) -> CompileOutput:
    """Compile ``source`` (a model or ``.mlir`` path, MLIR text, an ``ir.Module``) for ``target``.

    ``options`` are ``CompileRequest`` fields (``emit``, ``function``, cpu:
    ``vectorize``, ``opt_level``, ``mcpu``; cuda: ``arch``, ``mapping``, ...).
    ``cache``: serve an identical earlier compile from the compile cache.
    ``isolate``: compile in a child process, so that a crash in MLIR raises an
    ``InternalCompilerError`` with the input saved instead of killing the caller;
    ``timeout`` bounds that process. ``frontend``: ``FrontendOptions`` for a model
    file; ``verbose``: print what the frontend found.
    """
    check_options(options)
    tgt = targets.get(target)
    request = CompileRequest(**options)
    if target == "cpu" and request.emit in ("llvm", "obj", "exe") and str(source).lower().endswith(".ll"):
        # A whole .ll program: every function raised that can be (mlc.compiler.targets.cpu.program).
        from mlc.compiler.targets.cpu.program import compile_program

        path = str(source)
        request = replace(request, source=request.source or path)
        if not isolate:
            return compile_program(path, request)
        files = {Path(path).name: Path(path).read_bytes()} if Path(path).is_file() else {}
        return isolation.call(
            compile_program,
            path,
            request,
            stage="the cpu target",
            repro=isolation.Reproducer(files),
            timeout=timeout,
        )
    if request.emit not in tgt.EMITS:
        raise InputError(
            f"the {target} target cannot emit '{request.emit}'", hint=f"it emits {', '.join(tgt.EMITS)}"
        )
    inp = _input_of(source)
    if inp.path is not None and request.source is None:
        request = replace(request, source=inp.path)
    entry_key = None
    warnings: list[str] = []
    if target == "cpu" and request.vectorize and not request.schedules:  # tuned GEMM schedules
        from mlc.compiler.tuning.database import schedules_for

        schedules, warnings = schedules_for(request.tuning_db, request.mcpu, request.threads)
        request = replace(request, schedules=schedules, tuning_db="")  # the key holds what is used
    if cache and compile_cache.cacheable(request):
        entry_key = compile_cache.key(inp.data, target, request, _frontend_key(frontend))
        hit, ignored = compile_cache.load(entry_key)
        warnings += ignored
        if hit is not None:
            hit.notes = [*warnings, *hit.notes]
            return hit
    if inp.path is not None and _uses_torch_mlir(inp.path):  # imported alone, before compiling
        text, notes = _import(inp.path, frontend, request.from_stage, verbose)
        inp = _Input(inp.path, text, inp.data, tuple(notes))
    if isolate or isolation.torch_mlir_loaded():
        repro = (
            {Path(inp.path).name: Path(inp.path).read_bytes()} if inp.path else {"input.mlir": inp.text or ""}
        )
        out = isolation.call(
            _compile_here,
            inp,
            target,
            request,
            frontend,
            verbose,
            stage=f"the {target} target",
            repro=isolation.Reproducer(repro),
            timeout=timeout,
            echo_stderr=verbose,
        )
    else:
        out = _compile_here(inp, target, request, frontend, verbose)
    if entry_key is not None:
        warnings += compile_cache.store(entry_key, out)
    out.notes = [*warnings, *out.notes]
    return out


def load(target: str, artifact: Any, *, emulate: bool = False) -> Any:
    """The executable of ``artifact`` for ``target``; ``emulate`` replays a cuda artifact on the CPU."""
    if emulate and target != "cuda":
        raise InputError(f"--emulate (emulate=True) applies to cuda artifacts, this one is for {target}")
    tgt = targets.get(target)
    return tgt.load(artifact, emulate=True) if emulate else tgt.load(artifact)


def compile(
    module: Any,
    target: str = DEFAULT_TARGET,
    *,
    emulate: bool = False,
    cache: bool = True,
    isolate: bool = True,
    timeout: float | None = None,
    **options: Any,
) -> Any:
    """Compile ``module`` for ``target`` (``build``) and load it: a callable on numpy arrays.

    ``emulate`` builds a cuda artifact that runs on the CPU (``mlc.compiler.targets.cuda.emulate``).
    """
    if emulate and target != "cuda":
        raise InputError("emulate=True applies to the cuda target")
    for name in ("emit", "emulation"):
        if name in options:
            raise InputError(f"compile() takes no '{name}' option: it returns a loaded artifact")
    out = build(module, target, cache=cache, isolate=isolate, timeout=timeout, emulation=emulate, **options)
    return load(target, out.artifact, emulate=emulate)
