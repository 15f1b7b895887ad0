"""The coalescing suite: each kernel under upstream's default GPU mapping and under mlc's.

For every kernel of ``SUITE`` this module

* maps it twice: ``BASELINE`` (upstream ``convert-linalg-to-parallel-loops``,
  ``scf-parallel-loop-tiling``, ``gpu-map-parallel-loops``: loop dimension 0 on threadIdx.x)
  and ``MLC`` (``tile,coalesce``), plus ``MLC_SCALAR`` (``coalesce`` without vectorization,
  so its sectors per request compare one to one with the baseline's 4-byte requests);
* analyses each mapped module (``mlc.compiler.analysis``) and pairs the accesses;
* runs the input, the baseline and mlc's version on the CPU on the same random inputs and
  compares the outputs (mlc's staged kernels through ``serialize-barriers``);
* lowers both to PTX through the CUDA target's own ``gpu``, ``nvvm`` and ``ptx`` stages
  (``lowering.lower_mapped``) and assembles it with its ``ptxas`` step when ptxas is present.

Every pipeline and tool is the product's; the suite only chooses the kernels, the baseline
and the inputs. Adding a kernel is one line in ``SUITE``: a ``.mlir`` file (linalg on
memrefs, affine or scf loops: buffer-level kernels, whose arguments the suite fills) or any
file the frontends import (``.ll`` once raised by the ``.ll`` frontend).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
TILE_SIZES = "32,8"
BASELINE = (
    "builtin.module(func.func(convert-linalg-to-parallel-loops,affine-parallelize),lower-affine,canonicalize,"
    f"func.func(scf-parallel-loop-tiling{{parallel-loop-tile-sizes={TILE_SIZES}}},gpu-map-parallel-loops))"
)
MLC = "builtin.module(tile,coalesce)"
MLC_SCALAR = "builtin.module(tile,coalesce{vectorize=false})"
ARCH = "sm_90"  # what ptxas assembles for (the CUDA target's default)


@dataclass(frozen=True)
class SuiteKernel:
    """A kernel of the suite: ``path`` holds function ``entry`` (default: ``name``).

    ``args`` builds the arguments from a numpy ``Generator`` when the function has dynamic
    shapes or scalar arguments (e.g. a raised ``.ll`` kernel taking ``n``); by default each
    argument is a static memref filled with ``standard_normal`` values.
    """

    name: str
    path: Path
    entry: str = ""
    args: Callable[[np.random.Generator], list] | None = None

    @property
    def function(self) -> str:
        return self.entry or self.name


SUITE = [
    SuiteKernel("transpose", HERE / "kernels/transpose.mlir"),
    SuiteKernel("row_sum", HERE / "kernels/row_sum.mlir"),
    SuiteKernel("col_sum", HERE / "kernels/col_sum.mlir"),
    SuiteKernel("broadcast_add", HERE / "kernels/broadcast_add.mlir"),
    SuiteKernel("strided_access", HERE / "kernels/strided_access.mlir"),
    SuiteKernel("matmul", HERE / "kernels/matmul.mlir"),
    SuiteKernel("matmul_at", HERE / "kernels/matmul_at.mlir"),
    SuiteKernel("matmul_bt", HERE / "kernels/matmul_bt.mlir"),
    SuiteKernel("conv2d_nchw", HERE / "kernels/conv2d_nchw.mlir"),
    SuiteKernel("conv2d_nhwc", HERE / "kernels/conv2d_nhwc.mlir"),
    SuiteKernel("softmax", HERE / "kernels/softmax.mlir"),
    # the seed tool's example, from C: clang -O2, raised by the .ll frontend (n = 37 rows of 70)
    SuiteKernel(
        "strided_access_ll",
        ROOT / "examples/kernels/O2/strided_access.ll",
        entry="strided_access",
        args=lambda rng: [37, rng.standard_normal(37 * 70), rng.standard_normal(70)],
    ),
]


def run_pipeline(text: str, pipeline: str) -> tuple[str, list[str]]:
    """Run ``pipeline`` on ``text`` in this process; returns the IR and the remarks."""
    from mlc.compiler.optimizer import optimize_with_remarks

    out, remarks = optimize_with_remarks(text, pipeline, isolate=False)
    return out, [d.message for d in remarks]


def load(kernel: SuiteKernel) -> str:
    """The kernel as buffer-level IR."""
    if kernel.path.suffix == ".mlir":
        text = kernel.path.read_text()
    else:
        from mlc.compiler.frontends import FrontendOptions, import_file

        text = import_file(str(kernel.path), FrontendOptions()).text
    if kernel.args is not None:
        text = specialize(text, kernel.function, kernel.args(np.random.default_rng(0)))
    return text


def specialize(text: str, name: str, args: list) -> str:
    """Fix ``@name``'s dynamic memref shapes and integer scalars to those of ``args``.

    Each dynamic memref argument gets the static type of its array (a ``memref.cast`` back to
    the dynamic type keeps the body valid) and each integer or index argument is replaced by
    a constant; ``canonicalize`` then folds both into the body, so loop bounds and strides
    become static, as the GPU launcher and the analysis need.
    """
    from mlir import ir
    from mlir.dialects import arith, memref

    from mlc.compiler.context import make_context

    with make_context(), ir.Location.unknown():
        module = ir.Module.parse(text)
        fn = next(
            op
            for op in module.body.operations
            if op.operation.name == "func.func" and ir.StringAttr(op.attributes["sym_name"]).value == name
        )
        block = fn.regions[0].blocks[0]
        first = block.operations[0]
        types = []
        for arg, value in zip(list(block.arguments), args, strict=True):
            t = arg.type
            if isinstance(t, ir.MemRefType) and not ir.MemRefType(t).has_static_shape:
                mtype = ir.MemRefType(t)
                static = ir.MemRefType.get(
                    list(value.shape), mtype.element_type, memory_space=mtype.memory_space
                )
                arg.set_type(static)
                with ir.InsertionPoint(first):
                    cast = memref.CastOp(mtype, arg)
                arg.replace_all_uses_except(cast.result, cast.operation)
                t = static
            elif str(t) == "!llvm.ptr":  # a raised .ll kernel: the pointer becomes a static buffer
                views = [u.owner for u in arg.uses if u.owner.name == "mlc_ptr.to_memref"]
                element = ir.MemRefType(views[0].results[0].type).element_type
                static = ir.MemRefType.get(list(value.shape), element)
                arg.set_type(static)
                for view in views:
                    with ir.InsertionPoint(view):
                        base = memref.ReinterpretCastOp(view.results[0].type, arg, [], [], [], [0], [], [])
                    view.results[0].replace_all_uses_with(base.result)
                    view.erase()
                t = static
            elif isinstance(t, ir.IndexType | ir.IntegerType):
                with ir.InsertionPoint(first):
                    const = arith.ConstantOp(t, int(value))
                arg.replace_all_uses_with(const.result)
            types.append(t)
        ftype = ir.FunctionType(ir.TypeAttr(fn.attributes["function_type"]).value)
        fn.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(types, ftype.results))
        text = str(module)
    return run_pipeline(text, "builtin.module(canonicalize)")[0]


# -- analysis ------------------------------------------------------------------------


@dataclass
class AccessRow:
    kernel: str
    where: str
    kind: str
    buffer: str
    ideal: float
    before: float | None
    scalar: float | None
    after: float | None
    after_ideal: float
    why: str | None = None


@dataclass
class KernelRow:
    name: str
    before: float | None
    before_sectors: float | None
    scalar: float | None
    after: float | None
    after_ideal: float | None
    after_sectors: float | None
    before_requests: int | None
    after_requests: int | None
    accesses: list[AccessRow] = field(default_factory=list)
    identical: bool | None = None
    ptxas: str = ""
    remarks: list[str] = field(default_factory=list)


def _analyze(text: str):
    from mlc.compiler.analysis import analyze_text

    return analyze_text(text)


def _global(report):
    out = {}
    for k in report.kernels:
        for a in k.accesses:
            if a.space == "global":
                out.setdefault((a.location.split(":", 1)[-1], a.kind, a.buffer), []).append(a)
    return out


def _totals(report) -> tuple[float | None, float | None, int | None]:
    sectors = requests = 0.0
    for k in report.kernels:
        if k.sectors is None or k.requests is None:
            return None, None, None
        sectors += k.sectors
        requests += k.requests
    return (sectors / requests if requests else None), sectors, int(requests)


def _ideal(report) -> float | None:
    num = den = 0.0
    for k in report.kernels:
        if k.ideal_sectors_per_request is None or not k.requests:
            return None
        num += k.ideal_sectors_per_request * k.requests
        den += k.requests
    return num / den if den else None


def compare(kernel: SuiteKernel, base: str, scalar: str, mapped: str) -> KernelRow:
    """Per-access and per-kernel sectors per request: baseline, mlc scalar, mlc."""
    rb, rs, rm = _analyze(base), _analyze(scalar), _analyze(mapped)
    b_spr, b_sec, b_req = _totals(rb)
    s_spr, _, _ = _totals(rs)
    m_spr, m_sec, m_req = _totals(rm)
    row = KernelRow(kernel.name, b_spr, b_sec, s_spr, m_spr, _ideal(rm), m_sec, b_req, m_req)
    gb, gs, gm = _global(rb), _global(rs), _global(rm)
    for key, items in gb.items():
        for i, a in enumerate(items):
            s = gs.get(key, [None] * (i + 1))
            m = gm.get(key, [None] * (i + 1))
            sa = s[i] if i < len(s) else None
            ma = m[i] if i < len(m) else None
            row.accesses.append(
                AccessRow(
                    kernel.name,
                    key[0],
                    a.kind,
                    a.buffer,
                    a.ideal,
                    a.sectors_per_request,
                    sa.sectors_per_request if sa else None,
                    ma.sectors_per_request if ma else None,
                    ma.ideal if ma else a.ideal,
                    (
                        sa.why
                        if sa and sa.sectors_per_request and sa.sectors_per_request > sa.ideal + 1e-6
                        else None
                    ),
                )
            )
    return row


# -- CPU check -----------------------------------------------------------------------


def random_inputs(text: str, name: str, seed: int = 0) -> list[np.ndarray]:
    """``standard_normal`` arrays for the static memref arguments of ``@name``, in order."""
    from mlc.compiler.memref_exec import input_specs

    rng = np.random.default_rng(seed)
    return [rng.standard_normal(s.shape).astype(s.dtype) for s in input_specs(text, name)]


def inputs_for(kernel: SuiteKernel, text: str, seed: int = 0) -> list:
    """The kernel's arguments: from ``kernel.args`` if it has one, else ``random_inputs``."""
    if kernel.args is not None:
        return kernel.args(np.random.default_rng(seed))
    return random_inputs(text, kernel.function, seed)


def run_cpu(text: str, name: str, inputs: list[np.ndarray]) -> list[np.ndarray]:
    from mlc.compiler.memref_exec import MemrefFunction

    args = [a.copy() if isinstance(a, np.ndarray) else a for a in inputs]
    MemrefFunction(text, name)(*args)
    return args


def identical(*results: list[np.ndarray]) -> bool:
    first = results[0]
    return all(
        all(
            np.array_equal(a, b, equal_nan=True)
            for a, b in zip(first, r, strict=True)
            if isinstance(a, np.ndarray)
        )
        for r in results[1:]
    )


# -- PTX -----------------------------------------------------------------------------


def ptxas_status(ptx: dict[str, str]) -> str:
    """'ok' when ptxas assembles every module of ``ptx`` for ``ARCH``, 'no ptxas' without it, else
    the first error."""
    from mlc.compiler.errors import InternalCompilerError
    from mlc.compiler.targets.cuda.ptxas import assemble

    if not ptx:
        return "produced no kernel"
    if shutil.which("ptxas") is None:
        return "no ptxas"
    for module, text in ptx.items():
        try:
            assemble(text, ARCH, module)
        except InternalCompilerError as e:
            return e.message
    return "ok"


def evaluate(kernel: SuiteKernel, cpu: bool = True, gpu: bool = True) -> tuple[KernelRow, dict[str, str]]:
    """Everything the results table needs for one kernel, plus the mapped scf-level modules."""
    text = load(kernel)
    base, _ = run_pipeline(text, BASELINE)
    scalar, _ = run_pipeline(text, MLC_SCALAR)
    mapped, remarks = run_pipeline(text, MLC)
    row = compare(kernel, base, scalar, mapped)
    row.remarks = remarks
    if cpu:
        inputs = inputs_for(kernel, text)
        serial, _ = run_pipeline(mapped, "builtin.module(serialize-barriers)")
        serial_scalar, _ = run_pipeline(scalar, "builtin.module(serialize-barriers)")
        outs = [run_cpu(t, kernel.function, inputs) for t in (text, base, serial_scalar, serial)]
        row.identical = identical(*outs)
    modules = {"baseline": base, "mlc": mapped}
    if gpu:
        from mlc.compiler.targets.cuda.lowering import lower_mapped

        row.ptxas = ", ".join(f"{v} {ptxas_status(lower_mapped(m)[1])}" for v, m in modules.items())
    return row, modules
