"""Whole translation units from LLVM IR: every function raised that can be, then native code.

``mlc-compile prog.ll --target cpu --emit llvm|obj|exe`` takes a program as clang
wrote it (a ``main``, ``static`` kernels, calls to libc) and:

1. imports and raises the module with the ``.ll`` frontend: every function with
   a loop is lifted and raised, internal ones included; a function that cannot
   be raised keeps its original ``llvm.func`` body (``finalize-llvm-raising``),
   and calls between the two kinds keep the callee's calling convention;
2. lowers the raised functions back to the llvm dialect (``lower-ptr-views``,
   then ``mlc.compiler.memref_exec.lower_to_llvm``, the CPU target's loop and
   LLVM stages). Their signatures are the original ones (pointers and scalars),
   so callers in unraised code call them as before;
3. translates the module to LLVM IR and, for ``obj``/``exe``, optimizes it with
   the bundled ``opt`` and compiles it with ``llc`` for the requested CPU; ``exe``
   is linked by the system C compiler with libm.

The executable behaves as the clang-built original: raising keeps the order of
floating-point operations, and assumptions it cannot prove are checked at run
time with the original code as the fallback.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from mlc.compiler.errors import InputError, MlcError
from mlc.compiler.isolation import progress
from mlc.compiler.memref_exec import lower_to_llvm
from mlc.compiler.targets import CompileOutput, CompileRequest

EMITS = ("llvm", "obj", "exe")
# Loop optimization of the raised functions: linalg ops back to affine loops, each band
# reordered for unit-stride access, then adjacent loops on the same arrays fused, where the
# dependence test allows it.
LOOP_OPTIMIZATION = "builtin.module(func.func(convert-linalg-to-affine-loops),interchange-loops,fuse-loops)"


def lower_raised(module_text: str, optimize: bool = True) -> str:
    """The llvm-dialect text of a raised module (raised functions optimized with
    ``LOOP_OPTIMIZATION`` unless ``optimize`` is false, then lowered; the rest as it was)."""
    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.compiler.pipeline import Pipeline

    with make_context():
        module = ir.Module.parse(module_text)
        if optimize:
            Pipeline.parse(LOOP_OPTIMIZATION).run(module)
        Pipeline.parse("builtin.module(lower-ptr-views)").run(module)
        try:
            lower_to_llvm(module)
        except MlcError as e:
            raise MlcError(f"could not lower the raised module to LLVM: {e}") from None
        return str(module)


def llvm_ir(llvm_text: str, triple: str | None = None) -> str:
    """LLVM IR of llvm-dialect text (the module's own target triple unless ``triple`` is given)."""
    from mlir import ir
    from mlir.dialects import llvm

    from mlc.compiler.context import make_context

    with make_context():
        module = ir.Module.parse(llvm_text)
        if triple is not None:
            module.operation.attributes["llvm.target_triple"] = ir.StringAttr.get(triple)
        return llvm.translate_module_to_llvmir(module.operation)


def raise_and_lower(path: str, on_stage=None) -> str:
    """``path`` (a ``.ll`` file) imported, raised and lowered back to LLVM IR text."""
    from mlc.compiler.frontends import FrontendOptions, import_file

    if on_stage:
        on_stage("raise")
    result = import_file(path, FrontendOptions())
    if on_stage:
        on_stage("lower")
    return llvm_ir(lower_raised(result.text))


def native(ir_text: str, emit: str, *, cpu: str, opt_level: int) -> bytes:
    """An object file (``obj``) or a linked executable (``exe``) of LLVM IR ``ir_text``."""
    from mlc.compiler.targets.cpu.native import _c_compiler, _run
    from mlc.compiler.toolchain import tool

    level = f"-O{opt_level}"
    with tempfile.TemporaryDirectory(prefix="mlc-prog-") as tmp:
        src, bc, obj, exe = (Path(tmp, n) for n in ("prog.ll", "prog.bc", "prog.o", "prog"))
        src.write_text(ir_text)
        progress(stage="cpu opt")
        _run([str(tool("opt")), level, f"-mcpu={cpu}", str(src), "-o", str(bc)], "opt")
        progress(stage="cpu llc")
        llc = [str(tool("llc")), level, f"-mcpu={cpu}", "-relocation-model=pic", "-filetype=obj"]
        _run([*llc, str(bc), "-o", str(obj)], "llc")
        if emit == "obj":
            return obj.read_bytes()
        progress(stage="cpu link")
        _run([_c_compiler(), "-o", str(exe), str(obj), "-lm"], "linking")
        return exe.read_bytes()


def compile_program(path: str, request: CompileRequest, on_stage=None) -> CompileOutput:
    """Compile the whole ``.ll`` program ``path`` as ``request.emit`` says (in this process)."""
    from mlc.compiler.targets.cpu.native import target_for

    if request.emit not in EMITS:
        raise InputError(
            f"a whole program cannot be emitted as '{request.emit}'", hint=f"use {', '.join(EMITS)}"
        )
    if request.function is not None:
        raise InputError(
            "--function selects a kernel for an artifact; a whole program has no entry to choose"
        )
    cpu, _ = target_for(request.mcpu)
    ir_text = raise_and_lower(path, on_stage)
    stem = Path(path).stem
    if request.emit == "llvm":
        return CompileOutput(files={f"{stem}.ll": ir_text})
    if on_stage:
        on_stage("native")
    try:
        data = native(ir_text, request.emit, cpu=cpu, opt_level=request.opt_level)
    except subprocess.SubprocessError as e:
        raise MlcError(f"could not build '{path}': {e}") from None
    name = f"{stem}.o" if request.emit == "obj" else stem
    return CompileOutput(files={name: data})
