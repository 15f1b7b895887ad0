"""Running LLVM IR as the C compiler built it, beside mlc's raised version of it.

``native_library`` compiles a ``.ll`` file with the bundled ``llc`` and the system C
compiler into a shared object (the original, as clang's output would run), and
``without_fallbacks`` empties the fallbacks of a raised module, so that comparing the two
tests the raised code itself. The ``.ll`` kernel suite (``mlc.benchmarks.ll_kernels``) and
the random loop nests of the differential tester (``loop_nests``) both use them.
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
from pathlib import Path

from mlc.compiler.errors import MlcError


def native_library(ll: Path, workdir: Path) -> ctypes.CDLL:
    """Compile ``ll`` with the bundled ``llc`` and ``gcc -shared`` and load it."""
    from mlc.compiler.toolchain import tool

    gcc = shutil.which("gcc") or shutil.which("cc")
    if gcc is None:
        raise MlcError("no C compiler (gcc) to link the original kernels")
    obj, lib = workdir / (ll.stem + ".o"), workdir / (ll.stem + ".so")
    for cmd in (
        [str(tool("llc")), "-filetype=obj", "-relocation-model=pic", str(ll), "-o", str(obj)],
        # -Bsymbolic: clang marks globals dso_local (PIE), so references to them are PC-relative.
        [gcc, "-shared", "-Wl,-Bsymbolic", str(obj), "-o", str(lib)],
    ):
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            raise MlcError(f"{Path(cmd[0]).name} failed on {ll}: {done.stderr.strip()}")
    return ctypes.CDLL(str(lib))


def without_fallbacks(module_text: str) -> str:
    """``module_text`` with every ``@<name>.mlc.orig`` fallback body replaced by a bare return.

    A raised function calls its original LLVM body when a run-time check fails.
    Comparing against the original would then prove nothing, so the harness
    empties the fallbacks: a kernel that takes one leaves its outputs untouched
    (or returns zero) and the comparison fails.
    """
    from mlir import ir

    from mlc.compiler.context import make_context

    with make_context():
        module = ir.Module.parse(module_text)
        for op in list(module.body.operations):
            if op.operation.name != "llvm.func" or not op.regions[0].blocks:
                continue
            name = ir.StringAttr(op.attributes["sym_name"]).value
            if not name.endswith(".mlc.orig"):
                continue
            args = ", ".join(f"%a{i}: {a.type}" for i, a in enumerate(op.regions[0].blocks[0].arguments))
            ftype = str(ir.TypeAttr(op.attributes["function_type"]).value)
            result = ftype[len("!llvm.func<") :].split(" (", 1)[0]
            body = (
                "llvm.return"
                if result == "void"
                else f"%z = llvm.mlir.zero : {result}\n  llvm.return %z : {result}"
            )
            returns = "" if result == "void" else f" -> {result}"
            stub_text = f'llvm.func internal @"{name}"({args}){returns} {{\n  {body}\n}}'
            stub = ir.Module.parse(stub_text)
            new = next(iter(stub.body.operations))
            new.operation.move_before(op.operation)
            op.operation.erase()
        return str(module)
