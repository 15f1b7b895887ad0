"""The lowered program as native code: a self-contained shared library.

Why a shared library and not the ExecutionEngine: the artifact then holds
machine code that loads with ``ctypes`` in any process (no recompilation, no
MLIR needed, and no LLVM JIT, whose code is wrong in processes that have
imported torch-mlir), and runs on any Linux machine with the same
architecture and instruction-set extensions.

Steps (in the compile child process): the entry's C interface gets a packed
wrapper ``_mlir__mlir_ciface_<entry>(void **args)``, the same calling
convention the ExecutionEngine generates, so scalar arguments of any type
(f16, bf16) pass through pointers; the llvm dialect is translated to LLVM IR
in process; the bundled ``opt`` and ``llc`` optimize and compile it for the
requested CPU (``native``: this machine's, as the JIT would); the system C
compiler links the object with ``support.c`` into a library that must not
leave any symbol unresolved besides libc and libm.
"""

from __future__ import annotations

import functools
import os
import platform
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mlc.compiler.errors import InputError, InternalCompilerError, UnsupportedError
from mlc.compiler.isolation import progress
from mlc.runtime.cpu.artifact import host_isa_flags

if TYPE_CHECKING:
    from mlir import ir

    from mlc.compiler.targets.cpu.weights import Weights

SUPPORT_C = Path(__file__).with_name("support.c")
_V2 = ("sse4_1", "sse4_2")
_V3 = (*_V2, "avx", "avx2", "fma", "f16c", "bmi2")
# Portable x86-64 micro-architecture levels -> the ISA_FLAGS (mlc.runtime.cpu.artifact) their code may use.
PORTABLE_CPUS = {
    "x86-64": (),
    "x86-64-v2": _V2,
    "x86-64-v3": _V3,
    "x86-64-v4": (*_V3, "avx512f", "avx512dq", "avx512cd", "avx512bw", "avx512vl"),
}


def packed_symbol(entry: str) -> str:
    """The symbol of the packed wrapper of ``entry``'s C interface."""
    return f"_mlir__mlir_ciface_{entry}"


@dataclass(frozen=True)
class HostTarget:
    triple: str
    cpu: str  # LLVM's name of this machine's CPU


@functools.cache
def host_target() -> HostTarget:
    """The default triple and the host CPU, as the bundled ``llc`` reports them."""
    from mlc.compiler.toolchain import tool

    text = subprocess.run([str(tool("llc")), "--version"], capture_output=True, text=True).stdout
    triple = re.search(r"Default target:\s*(\S+)", text)
    cpu = re.search(r"Host CPU:\s*(\S+)", text)
    if triple is None or cpu is None:
        raise InternalCompilerError("could not read the host target from 'llc --version'")
    return HostTarget(triple.group(1), cpu.group(1))


def add_packed_entry(module: ir.Module, entry: str) -> str:
    """Add ``_mlir__mlir_ciface_<entry>(ptr args)`` to the llvm-dialect ``module``; returns its name.

    ``args[i]`` points to the value of argument ``i``; when the C interface
    returns a scalar, ``args[n]`` points to where it is stored.
    """
    from mlir import ir

    ciface = f"_mlir_ciface_{entry}"
    target = None
    for op in module.body.operations:
        if op.operation.name == "llvm.func" and ir.StringAttr(op.attributes["sym_name"]).value == ciface:
            target = op.operation
    if target is None or not target.regions[0].blocks:
        raise InternalCompilerError(f"the lowered module has no C interface @{ciface}")
    arg_types = [str(a.type) for a in target.regions[0].blocks[0].arguments]
    ftype = str(ir.TypeAttr(target.attributes["function_type"]).value)
    m = re.match(r"!llvm\.func<(.+?) \(", ftype)
    if m is None:
        raise InternalCompilerError(f"unexpected type of @{ciface}: {ftype}")
    result = m.group(1)
    lines = [f"llvm.func @{packed_symbol(entry)}(%args: !llvm.ptr) {{"]
    values = []
    for i, t in enumerate(arg_types):
        lines += [
            f"  %p{i} = llvm.getelementptr %args[{i}] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr",
            f"  %q{i} = llvm.load %p{i} : !llvm.ptr -> !llvm.ptr",
            f"  %a{i} = llvm.load %q{i} : !llvm.ptr -> {t}",
        ]
        values.append(f"%a{i}")
    signature = f"({', '.join(arg_types)})"
    call = f"llvm.call @{ciface}({', '.join(values)}) : {signature} -> "
    if result == "void":
        lines.append(f"  {call}()")
    else:
        n = len(arg_types)
        lines += [
            f"  %r = {call}{result}",
            f"  %pr = llvm.getelementptr %args[{n}] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr",
            "  %qr = llvm.load %pr : !llvm.ptr -> !llvm.ptr",
            f"  llvm.store %r, %qr : {result}, !llvm.ptr",
        ]
    lines += ["  llvm.return", "}"]
    declared = f"llvm.func @{ciface}{signature}" + ("" if result == "void" else f" -> {result}")
    snippet = ir.Module.parse(f"{declared}\n" + "\n".join(lines))
    wrapper = snippet.body.operations[1].operation
    wrapper.detach_from_parent()
    ir.InsertionPoint(module.body).insert(wrapper)
    return packed_symbol(entry)


def _c_compiler() -> str:
    for name in (os.environ.get("CC"), "cc", "gcc", "clang"):
        if name and (found := shutil.which(name)):
            return found
    raise UnsupportedError(
        "the CPU target links its code with a C compiler, and none was found",
        hint="install gcc or clang, or name one in $CC",
    )


def _run(cmd: list[str], what: str) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode == 0:
        return
    missing = re.findall(r"undefined reference to [`']([^'`]+)'", proc.stderr)
    if missing:
        raise UnsupportedError(
            f"the compiled code calls {', '.join(sorted(set(missing)))}, which the cpu target lacks"
        )
    raise InternalCompilerError(f"{what} failed: {proc.stderr.strip()[:2000]}")


def llvm_ir(module: ir.Module, triple: str) -> str:
    """LLVM IR of an llvm-dialect module, for ``triple``."""
    from mlir import ir
    from mlir.dialects import llvm

    module.operation.attributes["llvm.target_triple"] = ir.StringAttr.get(triple)
    return llvm.translate_module_to_llvmir(module.operation)


def compile_jobs() -> int:
    """How many parts the LLVM module is split into, each optimized and compiled in its own
    process: the cores this process may run on (``$MLC_COMPILE_JOBS`` overrides)."""
    env = os.environ.get("MLC_COMPILE_JOBS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _parts(src: Path, tmp: Path, jobs: int) -> list[Path]:
    """``src`` split into at most ``jobs`` modules by ``llvm-split`` (functions dealt round-robin by
    size; a local used across parts becomes hidden), or ``[src]`` when one part is enough."""
    from mlc.compiler.toolchain import tool

    functions = len(re.findall(r"^define ", src.read_text(), re.M))
    jobs = min(jobs, functions)
    if jobs < 2:
        return [src]
    progress(stage="cpu split")
    _run(
        [str(tool("llvm-split")), f"-j{jobs}", "--round-robin", str(src), "-o", str(tmp / "part")],
        "llvm-split",
    )
    return [tmp / f"part{i}" for i in range(jobs)]


def _objects(ir_text: str, tmp: Path, *, cpu: str, opt_level: int, triple: str) -> list[Path]:
    """Optimize and compile LLVM IR for ``cpu`` into position-independent objects in ``tmp``: the
    module split into ``compile_jobs()`` parts, each through ``opt`` and ``llc`` in parallel."""
    from concurrent.futures import ThreadPoolExecutor

    from mlc.compiler.toolchain import tool

    level = f"-O{opt_level}"
    src = tmp / "model.ll"
    src.write_text(ir_text)
    target = [f"-mtriple={triple}", f"-mcpu={cpu}"]
    parts = _parts(src, tmp, compile_jobs())

    def build(part: Path) -> Path:
        bc, obj = part.with_name(part.name + ".opt.bc"), part.with_name(part.name + ".o")
        _run([str(tool("opt")), level, *target, str(part), "-o", str(bc)], "opt")
        llc = [str(tool("llc")), level, *target, "-relocation-model=pic", "-filetype=obj"]
        _run([*llc, str(bc), "-o", str(obj)], "llc")
        return obj

    progress(stage=f"cpu opt+llc ({len(parts)} part{'s' if len(parts) > 1 else ''})")
    with ThreadPoolExecutor(len(parts)) as pool:
        return list(pool.map(build, parts))


def _link_shared(objects: list[Path], lib: Path) -> bytes:
    progress(stage="cpu link")
    flags = ["-shared", "-fPIC", "-O2", "-Wl,--no-undefined", "-Wl,-Bsymbolic"]
    _run(
        [_c_compiler(), *flags, "-o", str(lib), *map(str, objects), str(SUPPORT_C), "-pthread", "-lm"],
        "linking",
    )
    return lib.read_bytes()


def shared_library(ir_text: str, *, cpu: str, opt_level: int, triple: str) -> bytes:
    """Optimize and compile LLVM IR for ``cpu`` and link it with ``support.c``; the library's bytes."""
    with tempfile.TemporaryDirectory(prefix="mlc-cpu-") as tmp:
        objects = _objects(ir_text, Path(tmp), cpu=cpu, opt_level=opt_level, triple=triple)
        return _link_shared(objects, Path(tmp, "model.so"))


def c_library(ir_text: str, api_source: str, *, cpu: str, opt_level: int, triple: str) -> dict[str, bytes]:
    """``libmodel.so`` and ``libmodel.a``: the compiled code, ``support.c`` and the C API ``api_source``.

    The three objects are combined into one relocatable object whose only global symbols are the
    API's (``c_export.API_SYMBOLS``), so the model's own functions (often called ``main``) cannot
    clash with the program that links it.
    """
    from mlc.compiler.targets.cpu import c_export
    from mlc.compiler.toolchain import tool

    with tempfile.TemporaryDirectory(prefix="mlc-clib-") as tmp:
        d = Path(tmp)
        objects = _objects(ir_text, d, cpu=cpu, opt_level=opt_level, triple=triple)
        api_c = d / "model.c"
        api_c.write_text(api_source)
        (d / "model.h").write_text(c_export.HEADER)
        api_o, support_o, combined = d / "api.o", d / "support.o", d / "libmodel.o"
        for c_file, o_file in ((api_c, api_o), (SUPPORT_C, support_o)):
            _run(
                [_c_compiler(), "-c", "-fPIC", "-O2", f"-I{d}", "-o", str(o_file), str(c_file)], "compiling C"
            )
        progress(stage="cpu c-lib")
        _run(
            [
                _c_compiler(),
                "-r",
                "-nostdlib",
                "-o",
                str(combined),
                *map(str, objects),
                str(api_o),
                str(support_o),
            ],
            "ld -r",
        )
        keep = [f"--keep-global-symbol={name}" for name in c_export.API_SYMBOLS]
        _run([str(tool("llvm-objcopy")), *keep, str(combined)], "llvm-objcopy")
        shared = d / "libmodel.so"
        flags = ["-shared", "-fPIC", "-Wl,--no-undefined", "-Wl,-Bsymbolic"]
        _run([_c_compiler(), *flags, "-o", str(shared), str(combined), "-pthread", "-lm"], "linking")
        archive = d / "libmodel.a"
        _run([str(tool("llvm-ar")), "rcs", str(archive), str(combined)], "archiving")
        return {"libmodel.so": shared.read_bytes(), "libmodel.a": archive.read_bytes()}


def target_for(cpu: str) -> tuple[str, dict]:
    """LLVM's name of the CPU to compile for, and the manifest's ``target`` record.

    ``cpu`` is ``native`` (this machine) or one of ``PORTABLE_CPUS``.
    """
    host = host_target()
    if cpu == "native":
        name, isa = host.cpu, host_isa_flags()
    elif cpu in PORTABLE_CPUS:
        name, isa = cpu, list(PORTABLE_CPUS[cpu])
    else:
        raise InputError(
            f"unknown CPU '{cpu}' for the cpu target", hint=f"use native or one of {', '.join(PORTABLE_CPUS)}"
        )
    if isa and platform.machine() not in ("x86_64", "AMD64"):
        raise UnsupportedError(f"--mcpu {cpu} names an x86-64 CPU, this machine is {platform.machine()}")
    return name, {
        "kind": "cpu",
        "triple": host.triple,
        "cpu": name,
        "isa": isa,
        "machine": platform.machine(),
    }


# Per-core data cache sizes when the host does not report them (bytes, by level).
DEFAULT_CACHE_BYTES = {1: 32 * 1024, 2: 1024 * 1024, 3: 32 * 1024 * 1024}


@functools.cache
def cache_bytes() -> dict[int, int]:
    """The host's data (or unified) cache size per level, in bytes, as Linux reports it for core 0."""
    found = dict(DEFAULT_CACHE_BYTES)
    root = Path("/sys/devices/system/cpu/cpu0/cache")
    for index in sorted(root.glob("index*")) if root.is_dir() else []:
        try:
            kind = (index / "type").read_text().strip()
            level = int((index / "level").read_text())
            size = (index / "size").read_text().strip()
        except (OSError, ValueError):
            continue
        m = re.fullmatch(r"(\d+)([KMG]?)", size)
        if kind == "Instruction" or m is None:
            continue
        found[level] = int(m.group(1)) * {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}[m.group(2)]
    return found


def vector_bits(target: dict) -> int:
    """The widest SIMD registers the manifest's ``target`` record allows: 512, 256 or 128 bits."""
    isa = target["isa"]
    if "avx512f" in isa:
        return 512
    if "avx2" in isa and "fma" in isa:
        return 256
    return 128


def has_fma(target: dict) -> bool:
    """Whether the manifest's ``target`` record has fused multiply-add (x86-64 without the
    ``fma`` flag does not; other machines the CPU target runs on do)."""
    return not target["isa"] or "fma" in target["isa"]


def packed_llvm_ir(module: ir.Module, entry: str, triple: str) -> tuple[str, str]:
    """LLVM IR of an llvm-dialect module with the packed entry added; returns (IR, the entry's symbol)."""
    ll, symbol, _ = packed_llvm_ir_and_weights(module, entry, triple, externalize=False)
    return ll, symbol


def _use_block_cache(module: ir.Module) -> None:
    """Make the generated code allocate through the support library's block cache: ``malloc``
    and ``free`` become ``mlc_alloc`` and ``mlc_free``. Renamed as symbols: a regex over the
    module's text took seconds when the text holds hundreds of MB of weights."""
    from mlir import ir

    table = ir.SymbolTable(module.operation)
    for old, new in (("malloc", "mlc_alloc"), ("free", "mlc_free")):
        if old not in table:
            continue
        ir.SymbolTable.replace_all_symbol_uses(old, new, module.operation)
        if new in table:  # already declared: the old declaration has no uses left
            table[old].erase()
        else:
            table[old].attributes["sym_name"] = ir.StringAttr.get(new)


def packed_llvm_ir_and_weights(
    module: ir.Module, entry: str, triple: str, *, externalize: bool = True
) -> tuple[str, str, Weights]:
    """``packed_llvm_ir``, with the large constants moved out of the module when ``externalize``
    (``weights.externalize``); returns (IR, the entry's symbol, the weights).

    ``module`` is left as it is: the edits are made on a clone, which shares its attributes
    (the weights) instead of printing and parsing them as hex (VGG-19's 1.1 GB took 8 s).
    """
    from mlir import ir

    from mlc.compiler.targets.cpu import weights

    with module.context:
        clone = ir.Module.create(module.operation.location)
        for op in module.body.operations:
            clone.body.append(op.operation.clone())
        for name in module.operation.attributes:
            clone.operation.attributes[name] = module.operation.attributes[name]
        _use_block_cache(clone)
        moved = weights.externalize(clone) if externalize else weights.Weights(b"", [])
        symbol = add_packed_entry(clone, entry)
        return llvm_ir(clone, triple), symbol, moved
