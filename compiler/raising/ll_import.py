"""Importing ``.ll`` text into the MLIR ``llvm`` dialect with the bundled ``mlir-translate``.

LLVM IR without debug info imports with unknown locations, which would leave
every remark and error unlocated. Before importing, ``with_line_locations``
gives each instruction a synthetic ``!dbg`` location naming its own line and
column in the ``.ll`` file, so the MLIR ops carry ``x.ll:LINE:COL``. Modules
that already have debug info keep it (their locations point into the C source).
"""

from __future__ import annotations

import re
import subprocess

from mlc.compiler.errors import Diagnostic, InputError
from mlc.compiler.toolchain import tool

_METADATA_ID = re.compile(r"!(\d+)\b")
_DEFINE = re.compile(r"^define\b.*\{\s*$")
_LABEL = re.compile(r"^[\w.$\-\"]+:")
_ERROR = re.compile(r"^(?:<unknown>:0: error: )?(.+?):(\d+):(\d+): (error|warning): (.*)$")


def _attach(line: str, node: int) -> str:
    code = line.rstrip()
    return f"{code}, !dbg !{node}"


def with_line_locations(text: str, filename: str) -> str | None:
    """``text`` with a ``!dbg`` location on every instruction, or None if it has debug info already."""
    if "!llvm.dbg.cu" in text or "!DILocation" in text:
        return None
    next_id = max((int(m) for m in _METADATA_ID.findall(text)), default=-1) + 1
    file_id, cu_id, type_id, flag_id = range(next_id, next_id + 4)
    next_id += 4
    out: list[str] = []
    extra: list[str] = []
    scope: int | None = None
    open_list: tuple[int, int] | None = None  # (line, column) of a multi-line `switch [`
    for number, line in enumerate(text.splitlines(), start=1):
        if scope is None:
            if _DEFINE.match(line):
                scope, next_id = next_id, next_id + 1
                name = re.search(r"@([\w.$\-]+|\"[^\"]*\")\(", line)
                fn = name.group(1).strip('"') if name else "f"
                extra.append(
                    f'!{scope} = distinct !DISubprogram(name: "{fn}", scope: !{file_id}, file: !{file_id}, '
                    f"line: {number}, type: !{type_id}, spFlags: DISPFlagDefinition, unit: !{cu_id})"
                )
                line = re.sub(r"\{\s*$", f"!dbg !{scope} {{", line)
            out.append(line)
            continue
        stripped = line.strip()
        if stripped == "}":
            scope = None
            out.append(line)
            continue
        if not stripped or stripped.startswith(";") or _LABEL.match(line) or not line[0].isspace():
            out.append(line)
            continue
        col = len(line) - len(line.lstrip()) + 1
        if open_list is None and stripped.endswith("["):
            open_list = (number, col)
            out.append(line)
            continue
        if open_list is not None and not stripped.startswith("]"):
            out.append(line)
            continue
        at_line, at_col = open_list or (number, col)
        open_list = None
        extra.append(f"!{next_id} = !DILocation(line: {at_line}, column: {at_col}, scope: !{scope})")
        out.append(_attach(line, next_id))
        next_id += 1
    flags = [i for i, line in enumerate(out) if line.startswith("!llvm.module.flags = !{")]
    if flags:
        out[flags[0]] = out[flags[0]].rstrip().rstrip("}") + f", !{flag_id}}}"
    else:
        out.append(f"!llvm.module.flags = !{{!{flag_id}}}")
    safe = filename.replace("\\", "\\\\").replace('"', '\\"')
    out += [
        f"!llvm.dbg.cu = !{{!{cu_id}}}",
        f'!{file_id} = !DIFile(filename: "{safe}", directory: "")',
        f'!{cu_id} = distinct !DICompileUnit(language: DW_LANG_C99, file: !{file_id}, producer: "mlc", '
        "isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)",
        f"!{type_id} = !DISubroutineType(types: !{{}})",
        f'!{flag_id} = !{{i32 2, !"Debug Info Version", i32 3}}',
        *extra,
    ]
    return "\n".join(out) + "\n"


def _translate(text: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(tool("mlir-translate")), "--import-llvm", "--mlir-print-debuginfo", "-"],
        input=text,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _diagnostics(stderr: str, path: str) -> list[Diagnostic]:
    diags = []
    for line in stderr.splitlines():
        m = _ERROR.match(line.strip())
        if m:
            file = path if m.group(1) in ("-", "<stdin>") else m.group(1)
            diags.append(Diagnostic(m.group(4), m.group(5), file, int(m.group(2)), int(m.group(3))))
    return diags


def import_ll(path: str, text: str) -> str:
    """The ``llvm`` dialect module for the LLVM IR ``text`` read from ``path`` (MLIR assembly).

    Raises ``InputError`` with the located parser or verifier message on invalid IR.
    """
    located = with_line_locations(text, path)
    if located is not None:
        result = _translate(located)
        if result.returncode == 0:
            return result.stdout
    result = _translate(text)
    if result.returncode == 0:
        return result.stdout
    diags = _diagnostics(result.stderr, path)
    if diags:
        first = diags[0]
        raise InputError(first.message, file=first.file, line=first.line, col=first.col)
    detail = " ".join(result.stderr.split()) or f"mlir-translate exited with status {result.returncode}"
    raise InputError(f"could not import '{path}': {detail}", file=path)
