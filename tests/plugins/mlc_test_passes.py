"""Passes that exercise the pass infrastructure (loaded with ``--load-pass-plugin``).

Like MLIR's ``-test-*`` passes, they exist only to test the driver: option
parsing, remarks, failure reporting and internal-error handling.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from mlir import ir

from mlc.compiler.diagnostics import remark
from mlc.compiler.errors import MlcError
from mlc.passes import Pass, option, register_pass


def _funcs(op: ir.Operation):
    if op.name == "func.func":
        yield op
        return
    for region in op.regions:
        for block in region.blocks:
            for child in block.operations:
                if child.operation.name == "func.func":
                    yield child.operation


@register_pass
@dataclass(frozen=True)
class CountOps(Pass):
    """Emit a remark on every function with its number of operations."""

    NAME = "test-count-ops"
    SUMMARY = "remark the op count of each function"
    PRIMARY_OPTION = "prefix"

    prefix: str = option("ops", "word used in the remark")
    scale: int = option(1, "multiply counts by this")
    mode: Literal["all", "top"] = option("all", "count nested ops too, or only top-level ones")
    sizes: tuple[int, ...] = option((), "echoed back in the remark")
    verbose: bool = option(False, "add the function name")

    def run(self, op: ir.Operation) -> None:
        for fn in _funcs(op):
            count = 0

            def visit(o: ir.Operation) -> ir.WalkResult:
                nonlocal count
                count += 1
                return ir.WalkResult.ADVANCE

            if self.mode == "all":
                fn.walk(visit)
                count -= 1
            else:
                count = len(fn.regions[0].blocks[0].operations)
            name = ir.StringAttr(fn.attributes["sym_name"]).value
            extra = f" @{name}" if self.verbose else ""
            sizes = f" sizes={list(self.sizes)}" if self.sizes else ""
            remark(fn.location, f"{self.prefix}={count * self.scale}{extra}{sizes}")


@register_pass
@dataclass(frozen=True)
class FailOnFunc(Pass):
    """Fail with a located error on the function named ``name``."""

    NAME = "test-fail-on"
    SUMMARY = "fail on a named function"

    name: str = option("bad", "function to fail on")

    def run(self, op: ir.Operation) -> None:
        for fn in _funcs(op):
            if ir.StringAttr(fn.attributes["sym_name"]).value == self.name:
                raise MlcError(f"refusing to process @{self.name}", loc=fn.location)


@register_pass
@dataclass(frozen=True)
class PythonBug(Pass):
    """Raise a Python exception, as a buggy pass would."""

    NAME = "test-python-bug"
    SUMMARY = "raise ZeroDivisionError"

    def run(self, op: ir.Operation) -> None:
        _ = 1 // 0
