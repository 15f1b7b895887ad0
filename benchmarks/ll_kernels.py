"""The ``.ll`` kernel suite: run the original LLVM IR and mlc's raised MLIR on the same inputs.

``examples/kernels/kernels.json`` lists each kernel's arguments (scalars with
their values, arrays with their length), its category and the stage it is
expected to reach. The original ``.ll`` is compiled with the bundled ``llc``
and the system ``gcc`` into a shared object and called through ctypes; the
raised module is compiled by the MLIR ExecutionEngine (``NativeFunction``)
and called with copies of the same inputs. Raised kernels keep the C ABI of
the original, so both are called the same way.
"""

from __future__ import annotations

import ctypes
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from mlc.compiler.testing.native_ll import native_library, without_fallbacks

ROOT = Path(__file__).resolve().parent.parent
KERNELS = ROOT / "examples" / "kernels"
OPT_LEVELS = ("O1", "O2")

_NUMPY = {"f32": np.float32, "f64": np.float64, "i32": np.int32, "i64": np.int64}
_CTYPES = {"f32": ctypes.c_float, "f64": ctypes.c_double, "i32": ctypes.c_int32, "i64": ctypes.c_int64}


@dataclass(frozen=True)
class Kernel:
    """One kernel of the suite.

    ``args`` follow the C signature: ``["i32", "n=37"]`` is an integer named
    ``n`` (37 by default), ``["f32", "1.5"]`` a constant, ``["f64*", "n*70"]`` an
    array of that many random values in [-1, 1], ``["i32*", "n", lo, hi]`` an
    integer array with values in [lo, hi). ``sweep`` lists other values of the
    named integers, to exercise loop boundaries (remainders, empty loops).
    ``expect`` is the stage each optimization level should reach, and
    ``falls_back`` the levels at which the raised function's run-time checks
    fail on these inputs (it then calls the original: correct, but not raised
    in effect).
    """

    name: str
    category: str
    args: tuple[tuple, ...]
    expect: dict[str, str]
    sweep: tuple[dict[str, int], ...] = ()
    returns: str | None = None
    falls_back: tuple[str, ...] = ()

    def ll(self, opt: str) -> Path:
        return KERNELS / opt / f"{self.name}.ll"

    def sizes(self, **overrides: int) -> dict[str, int]:
        """The named integer arguments: defaults, updated with ``overrides``."""
        env: dict[str, int] = {}
        for spec in self.args:
            if "=" in str(spec[1]):
                name, value = spec[1].split("=")
                env[name] = int(value)
        unknown = set(overrides) - set(env)
        if unknown:
            raise KeyError(f"{self.name} has no integer argument {sorted(unknown)}")
        return env | overrides

    def inputs(self, seed: int = 0, **overrides: int) -> list[np.ndarray | int | float]:
        """Fresh random inputs (the same for the same seed and sizes)."""
        rng = np.random.default_rng(seed)
        env = self.sizes(**overrides)
        values: list[np.ndarray | int | float] = []
        for spec in self.args:
            kind, text = spec[0], str(spec[1])
            if not kind.endswith("*"):
                values.append(env[text.split("=")[0]] if "=" in text else float(text))
                continue
            length = max(int(eval(text, {"max": max}, dict(env))), 1)
            if kind.startswith("f"):
                values.append(rng.uniform(-1.0, 1.0, length).astype(_NUMPY[kind[:-1]]))
            else:
                values.append(rng.integers(spec[2], spec[3], length).astype(_NUMPY[kind[:-1]]))
        return values


@cache
def kernels() -> dict[str, Kernel]:
    """All kernels of the suite, by name."""
    data = json.loads((KERNELS / "kernels.json").read_text())
    return {
        name: Kernel(
            name,
            d["category"],
            tuple(tuple(a) for a in d["args"]),
            d["expect"],
            tuple(d.get("sweep", ())),
            d.get("returns"),
            tuple(d.get("falls_back", ())),
        )
        for name, d in data.items()
    }


def call_native(lib: ctypes.CDLL, kernel: Kernel, inputs: list) -> float | int | None:
    """Call the compiled original with ``inputs`` (arrays are updated in place)."""
    fn = getattr(lib, kernel.name)
    fn.argtypes = [ctypes.c_void_p if a[0].endswith("*") else _CTYPES[a[0]] for a in kernel.args]
    fn.restype = _CTYPES[kernel.returns] if kernel.returns else None
    return fn(*(x.ctypes.data if isinstance(x, np.ndarray) else x for x in inputs))


def call_raised(module_text: str, kernel: Kernel, inputs: list) -> float | int | None:
    """Compile the raised module and call ``kernel`` with ``inputs`` (arrays updated in place)."""
    from mlc.compiler.memref_exec import NativeFunction

    return NativeFunction(module_text, kernel.name)(*inputs)


@dataclass
class Comparison:
    """Outputs of the original and the raised kernel on the same inputs."""

    equal: bool
    max_abs_diff: float
    detail: str = ""


def compare(original: list, raised: list, ret_a, ret_b, exact: bool = True) -> Comparison:
    """Comparison of every array argument and the return value: bitwise, or to float32 rounding
    (``exact=False``, for code whose a*b+c may be fused into an fma)."""

    def same(x, y) -> bool:
        if exact:
            return np.array_equal(x, y, equal_nan=True)
        return np.allclose(x, y, rtol=1e-5, atol=1e-6, equal_nan=True)

    worst, bad = 0.0, []
    for i, (a, b) in enumerate(zip(original, raised, strict=True)):
        if not isinstance(a, np.ndarray):
            continue
        if not same(a, b):
            diff = float(np.max(np.abs(a.astype(np.float64) - b.astype(np.float64))))
            worst = max(worst, diff)
            bad.append(f"argument {i} differs (max |diff| {diff:.3g})")
    if ret_a is not None and not same(np.asarray(ret_a), np.asarray(ret_b)):
        worst = max(worst, abs(float(ret_a) - float(ret_b)))
        bad.append(f"result differs: {ret_a!r} vs {ret_b!r}")
    return Comparison(not bad, worst, "; ".join(bad))


def check_equivalence(
    kernel: Kernel,
    opt: str,
    module_text: str,
    workdir: Path,
    seed: int = 0,
    fallbacks: bool = False,
    sizes: tuple[dict[str, int], ...] = ({},),
) -> Comparison:
    """Run the original ``.ll`` and ``module_text`` on the same random inputs and compare.

    Unless ``fallbacks``, the raised code must not take its fallback to the
    original (see ``without_fallbacks``). Each entry of ``sizes`` is one run
    with those integer arguments (``{}``: the defaults).
    """
    from mlc.compiler.memref_exec import NativeFunction

    if not fallbacks:
        module_text = without_fallbacks(module_text)
    lib = native_library(kernel.ll(opt), workdir)
    raised = NativeFunction(module_text, kernel.name)
    for overrides in sizes:
        a = kernel.inputs(seed, **overrides)
        b = [x.copy() if isinstance(x, np.ndarray) else x for x in a]
        ret_a = call_native(lib, kernel, a)
        ret_b = raised(*b)
        result = compare(a, b, ret_a, ret_b)
        if not result.equal:
            where = ", ".join(f"{k}={v}" for k, v in overrides.items()) or "default sizes"
            return Comparison(False, result.max_abs_diff, f"{where}: {result.detail}")
    return Comparison(True, 0.0)


@dataclass
class Outcome:
    """What raising made of one kernel at one optimization level."""

    kernel: str
    opt: str
    stage: str  # linalg, affine, scf or llvm (not raised)
    ops: list[str]  # linalg ops the kernel became
    checked: bool  # the raised function guards assumptions with run-time checks
    equal: bool  # same outputs as the original, with the raised code path taken
    equal_with_fallback: bool  # same outputs when failed checks may call the original
    remark: str = ""  # the first remark, for kernels that are not raised


def classify(name: str, module_text: str) -> tuple[str, list[str], bool]:
    """(stage, linalg ops, has run-time checks) of the function ``name`` in a raised module."""
    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.compiler.raising.summary import raised_stage

    with make_context():
        module = ir.Module.parse(module_text)
        fn = next(
            op.operation
            for op in module.body.operations
            if "sym_name" in op.attributes and ir.StringAttr(op.attributes["sym_name"]).value == name
        )
        stage = raised_stage(fn)
        if stage == "llvm":
            return "llvm", [], False
        names: list[str] = []

        def visit(op: ir.Operation) -> ir.WalkResult:
            names.append(op.name)
            return ir.WalkResult.ADVANCE

        fn.walk(visit)
    ops = sorted({n for n in names if n.startswith("linalg.") and n not in ("linalg.yield", "linalg.index")})
    return stage, ops, "llvm.call" in names


def evaluate(kernel: Kernel, opt: str, workdir: Path) -> Outcome:
    """Raise ``kernel`` at ``opt`` with the .ll frontend and compare it with the original."""
    from mlc.compiler.frontends import import_file

    result = import_file(str(kernel.ll(opt)))
    stage, ops, checked = classify(kernel.name, result.text)
    sizes = ({}, *kernel.sweep)
    fast = check_equivalence(kernel, opt, result.text, workdir, sizes=sizes)
    slow = check_equivalence(kernel, opt, result.text, workdir, fallbacks=True, sizes=sizes)
    remarks = [d.message for d in result.diagnostics if d.severity == "remark" and "not raised" in d.message]
    return Outcome(
        kernel.name, opt, stage, ops, checked, fast.equal, slow.equal, remarks[0] if remarks else ""
    )
