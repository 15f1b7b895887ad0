"""The ``access-report`` pass: print the memory-access analysis of every kernel."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from mlir import ir

from mlc.compiler.analysis import analyze
from mlc.compiler.diagnostics import remark
from mlc.compiler.errors import MlcError
from mlc.passes import Pass, option


@dataclass(frozen=True)
class AccessReport(Pass):
    """Report, for every global load and store of every kernel, its stride with respect to each
    parallel loop and hardware id, its sectors per request for a warp (32 consecutive linear
    thread ids, 32-byte sectors; ideal 4 for f32) and the bytes it moves, plus the
    traffic-weighted sectors per request of each kernel. Shared-memory accesses get their
    bank-conflict degree. Loops without a GPU mapping are reported as upstream's
    ``scf-parallel-loop-tiling`` + ``gpu-map-parallel-loops`` would map them (dimension 0 of
    the thread-level loop on threadIdx.x), with the best choice of threadIdx.x alongside.
    The IR is not changed. ``format=remarks`` emits one remark per access and per kernel
    (checked by ``--verify-diagnostics``); ``text`` and ``json`` print the report to stderr
    or to ``output``."""

    NAME = "access-report"
    SUMMARY = "report strides, sectors per request and bytes moved of each memory access"
    PRIMARY_OPTION = "format"

    format: Literal["text", "json", "remarks"] = option("text", "report format")
    output: str = option("-", "file for the text/json report ('-' is stderr)")

    def run(self, op: ir.Operation) -> None:
        if op.name != "builtin.module":
            raise MlcError("access-report must run on a builtin.module", loc=op.location)
        report = analyze(op)
        if self.format == "remarks":
            for kernel in report.kernels:
                remark(kernel.loc, kernel.summary())
                for access in kernel.accesses:
                    remark(access.loc, access.summary())
            return
        text = report.to_json() + "\n" if self.format == "json" else report.to_text()
        if self.output == "-":
            sys.stderr.write(text)
            sys.stderr.flush()
            return
        try:
            Path(self.output).write_text(text)
        except OSError as e:
            raise MlcError(
                f"access-report: cannot write '{self.output}': {e.strerror}", loc=op.location
            ) from None
