"""What the access analysis extracts from IR: kernels, their variables and their memory accesses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mlc.compiler.analysis.expr import Expr

HW_NAMES = ("x", "y", "z")
THREAD_VARS = ("tid.x", "tid.y", "tid.z")
BLOCK_VARS = ("bid.x", "bid.y", "bid.z")
LANE_VAR = "lane"  # the 32 lanes of a warp when a parallel loop is the candidate for threadIdx.x
WARP_VAR = "warp"  # which warp along that loop


@dataclass
class VarInfo:
    """A variable of index expressions: values ``lb + step * n`` for ``0 <= n < count``."""

    name: str
    label: str  # what the report shows: threadIdx.x, %arg3, ...
    kind: str  # "thread" | "block" | "parallel" | "sequential" | "symbol"
    lb: int | None = None
    step: int | None = None
    count: int | None = None
    loop: Any = None  # the ir.Operation of the loop (parallel/sequential), when there is one
    dim: int | None = None  # dimension of the loop op, or hardware dimension

    def known_range(self) -> bool:
        return self.lb is not None and self.step is not None and self.count is not None


@dataclass
class Access:
    """One load or store, with its address in elements of the underlying buffer."""

    op: Any  # ir.Operation
    loc: Any  # ir.Location
    kind: str  # "load" | "store"
    buffer: str  # display name of the root buffer (%arg0, @smem, ...)
    root: Any  # identity of the root buffer (ir.Value or symbol name) for alias checks
    space: str  # "global" | "shared" | "private"
    elem_bytes: int
    lanes: int  # vector lanes (1 for scalar accesses)
    address: Expr  # in elements of the root buffer
    seq_loops: tuple[str, ...]  # enclosing sequential loop variables (innermost last)
    conditional: bool = False
    contiguous_dim: Expr | None = None  # the index of the innermost (unit-stride) dimension
    conditions: tuple = ()  # (predicate, lhs, rhs) of enclosing comparisons (scf.if, mapped-loop bounds)
    view: Any = None  # the memref value the op accesses
    indices: tuple[Expr, ...] = ()  # its indices into ``view``

    @property
    def access_bytes(self) -> int:
        return self.elem_bytes * self.lanes


@dataclass
class Kernel:
    """A unit of parallel work: a gpu.launch / gpu.func, a mapped scf.parallel nest, or a loop nest.

    ``level`` is "gpu" (hardware ids), "mapped" (scf.parallel with GPU mapping attributes)
    or "loops" (parallel loops without a mapping: the report then considers each parallel
    loop as the candidate for threadIdx.x).
    """

    name: str
    op: Any
    loc: Any
    level: str
    vars: dict[str, VarInfo] = field(default_factory=dict)
    accesses: list[Access] = field(default_factory=list)
    block: tuple[int, int, int] | None = None  # threads per block (gpu/mapped)
    grid: tuple[int | None, int | None, int | None] | None = None
    parallel: list[str] = field(default_factory=list)  # loops level: parallel loop vars
    default_x: str | None = None  # loops level: the loop upstream's mapping gives threadIdx.x
    notes: list[str] = field(default_factory=list)
    outer_count: int | None = 1  # launches of this kernel (enclosing host loops)

    def var(self, info: VarInfo) -> Expr:
        self.vars[info.name] = info
        return Expr.var(info.name)
