"""Random affine loop nests in C: clang's build against mlc's raised one, bit for bit.

A ``Nest`` is drawn from a seed: 1 to 3 loops (constant or argument bounds, some
triangular, steps 1 or 2, non-zero starts), 1 to 3 statements that assign or accumulate
into an output array through affine subscripts, and arithmetic on loads and constants in
float, double or int. It is printed as C with ``restrict`` pointers, compiled by
``clang-22 -O1`` or ``-O2`` to ``.ll``, compiled from there by ``llc`` (the original) and
imported, raised and compiled by mlc, then both are called on the same inputs over a sweep
of sizes and compared bit for bit. A raised function checks its assumptions at entry and
calls the original when they fail; the comparison is of what the user gets (with that
fallback), and a second run with the fallbacks emptied records whether the raised code
itself ran and agreed (``raised_path``), as a fallback taken is correct but not raised.
"""

from __future__ import annotations

import ctypes
import json
import shutil
import subprocess
import tempfile
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np

from mlc.compiler.errors import InternalCompilerError, MlcError
from mlc.compiler.testing.compare import Outcome, compare_all

CLANG = ("clang-22", "clang")
TIMEOUT_S = 120.0
_C = {"float": ("float", np.float32, "f"), "double": ("double", np.float64, ""), "int": ("int", np.int32, "")}
_CT = {"float": ctypes.c_float, "double": ctypes.c_double, "int": ctypes.c_int32}


def clang() -> str | None:
    """The clang that makes LLVM 22 IR (``clang-22``, else ``clang``), or None."""
    return next((p for p in map(shutil.which, CLANG) if p), None)


@dataclass(frozen=True)
class Loop:
    var: str
    start: int
    bound: str  # a size name, a constant, or "<outer var> + 1" (triangular)
    step: int


@dataclass(frozen=True)
class Access:
    array: str
    coeffs: dict[str, str]  # loop var -> multiplier: a constant, or C text over the size arguments
    offset: int

    def c(self) -> str:
        terms = [f"{c} * {v}" if c != "1" else v for v, c in self.coeffs.items()] + [str(self.offset)]
        return f"{self.array}[{' + '.join(terms)}]"

    def coefficient(self, var: str, sizes: dict[str, int]) -> int:
        return int(eval(self.coeffs[var], {}, dict(sizes)))  # integer C text over the sizes


@dataclass(frozen=True)
class Statement:
    target: Access
    accumulate: bool
    expr: str  # C text over loads (``{A0}`` placeholders) and constants
    loads: tuple[Access, ...]

    def c(self) -> str:
        value = self.expr.format(*(a.c() for a in self.loads))
        return f"{self.target.c()} {'+=' if self.accumulate else '='} {value};"


@dataclass(frozen=True)
class Nest:
    ctype: str
    opt: str
    sizes: dict[str, int]  # argument name -> largest value the sweep uses
    loops: tuple[Loop, ...]
    body: tuple[Statement, ...]
    arrays: tuple[str, ...] = ("A", "B", "C")  # inputs, then the output
    sweep: tuple[dict[str, int], ...] = field(default_factory=tuple)

    def c(self) -> str:
        t = _C[self.ctype][0]
        params = [f"int {n}" for n in self.sizes]
        params += [f"const {t} *restrict {a}" for a in self.arrays[:-1]] + [
            f"{t} *restrict {self.arrays[-1]}"
        ]
        lines = [f"void kernel({', '.join(params)}) {{"]
        indent = "  "
        for loop in self.loops:
            v = loop.var
            lines.append(f"{indent}for (int {v} = {loop.start}; {v} < {loop.bound}; {v} += {loop.step})")
            indent += "  "
        lines[-1] += " {"
        lines += [indent + s.c() for s in self.body]
        lines.append("  " * len(self.loops) + "}")
        lines.append("}")
        return "\n".join(lines) + "\n"

    def extent(self, sizes: dict[str, int]) -> dict[str, int]:
        """The largest value + 1 each loop variable takes for ``sizes`` (0: the loop runs no iteration)."""
        top: dict[str, int] = {}
        for loop in self.loops:
            b = loop.bound
            if b in sizes:
                hi = sizes[b]
            elif b.isdigit():
                hi = int(b)
            else:
                hi = top[b.split(" ")[0]]  # "<var> + 1": at most the outer variable's largest + 1
            top[loop.var] = hi if hi > loop.start else 0
        return top

    def lengths(self) -> dict[str, int]:
        """Elements each array needs for the largest sizes of the sweep."""
        need = dict.fromkeys(self.arrays, 1)
        for sizes in (self.sizes, *self.sweep):
            top = self.extent(sizes)
            for s in self.body:
                for a in (s.target, *s.loads):
                    if any(top.get(v, 0) == 0 for v in a.coeffs):
                        continue
                    hi = a.offset + sum(a.coefficient(v, sizes) * (top[v] - 1) for v in a.coeffs)
                    need[a.array] = max(need[a.array], hi + 1)
        return need


def _access(rng: np.random.Generator, array: str, loops: tuple[Loop, ...], sizes: dict[str, int]) -> Access:
    """A subscript like C code has: row-major over some loops (``i * (m + 1) + j``, the row length
    an argument or a constant, maybe padded), sometimes transposed, strided or offset."""
    used = [lp for lp in loops if rng.random() < 0.85] or [loops[-1]]
    if rng.random() < 0.2:
        used.reverse()
    coeffs: dict[str, str] = {}
    stride = str(int(rng.choice([1, 1, 1, 2])))
    for lp in reversed(used):
        coeffs[lp.var] = stride
        row = lp.bound if lp.bound in sizes or lp.bound.isdigit() else str(max([*sizes.values(), 12]))
        pad = int(rng.choice([0, 0, 1, 3]))
        length = f"({row} + {pad})" if pad else row
        stride = length if stride == "1" else f"{length} * {stride}"
    return Access(array, dict(reversed(coeffs.items())), int(rng.choice([0, 0, 0, 1, 2])))


def _expr(rng: np.random.Generator, ctype: str, n: int) -> str:
    suffix = _C[ctype][2]
    consts = ["2", "3"] if ctype == "int" else [f"0.5{suffix}", f"1.25{suffix}", f"3.0{suffix}"]
    ops = ["+", "-", "*"] + (["&", "^"] if ctype == "int" else [])
    terms = [f"{{{i}}}" for i in range(n)]
    text = terms[0]
    for t in [*terms[1:], *([str(rng.choice(consts))] if rng.random() < 0.6 else [])]:
        text = f"({text} {rng.choice(ops)} {t})"
    return text


def random_nest(seed: int) -> Nest:
    rng = np.random.default_rng(seed)
    ctype = str(rng.choice(["float", "double", "int"]))
    opt = str(rng.choice(["O1", "O2"]))
    depth = int(rng.integers(1, 4))
    names = ("n", "m", "k")[:depth]
    sizes = {n: int(rng.integers(1, 40 if depth == 1 else 14)) for n in names if rng.random() < 0.8}
    loops: list[Loop] = []
    for i, var in enumerate(("i", "j", "l")[:depth]):
        if i and rng.random() < 0.2:
            bound = f"{loops[-1].var} + 1"
        elif names[i] in sizes:
            bound = names[i]
        else:
            bound = str(int(rng.integers(1, 12)))
        loops.append(Loop(var, int(rng.choice([0, 0, 0, 1, 2])), bound, int(rng.choice([1, 1, 1, 2]))))
    body = []
    for _ in range(int(rng.integers(1, 4))):
        n_loads = int(rng.integers(1, 4))
        loads = tuple(_access(rng, str(rng.choice(["A", "B"])), tuple(loops), sizes) for _ in range(n_loads))
        target = _access(rng, "C", tuple(loops), sizes)
        body.append(Statement(target, bool(rng.random() < 0.3), _expr(rng, ctype, n_loads), loads))
    sweep = tuple(
        {n: int(v) for n, v in zip(sizes, vals, strict=True)} for vals in rng.integers(0, 6, (3, len(sizes)))
    )
    return Nest(ctype, opt, sizes, tuple(loops), tuple(body), sweep=sweep)


def _compile_c(nest: Nest, workdir: Path) -> Path:
    cc = clang()
    if cc is None:
        raise MlcError("no clang-22 to compile the loop nests (apt-get install clang-22)")
    src, ll = workdir / "kernel.c", workdir / "kernel.ll"
    src.write_text(nest.c())
    done = subprocess.run(
        [cc, f"-{nest.opt}", "-fno-inline", "-S", "-emit-llvm", str(src), "-o", str(ll)],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise ValueError(f"clang rejected the generated C: {done.stderr.strip()[:300]}")
    return ll


def _inputs(nest: Nest, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed + 7)
    dt = _C[nest.ctype][1]
    out = []
    for n in nest.lengths().values():
        if nest.ctype == "int":
            out.append(rng.integers(-50, 50, n).astype(dt))
        else:
            out.append(rng.uniform(-1, 1, n).astype(dt))
    return out


def _run_both(nest: Nest, seed: int) -> tuple[list, list, str, bool]:
    """Run the clang-built original and mlc's raised kernel over the sweep (in a child process)."""
    from mlc.compiler.frontends import import_file
    from mlc.compiler.memref_exec import NativeFunction
    from mlc.compiler.testing.native_ll import native_library, without_fallbacks

    with tempfile.TemporaryDirectory(prefix="mlc-nest-") as tmp:
        ll = _compile_c(nest, Path(tmp))
        lib = native_library(ll, Path(tmp))
        text = import_file(str(ll)).text
        stage = "linalg" if "linalg." in text else "affine" if "affine.for" in text else "scf"
        if "func.func @kernel(" not in text:
            stage = "llvm"
        raised = NativeFunction(text, "kernel")
        bare = NativeFunction(without_fallbacks(text), "kernel") if stage != "llvm" else None
        fn = lib.kernel
        fn.argtypes = [ctypes.c_int32] * len(nest.sizes) + [ctypes.c_void_p] * len(nest.arrays)
        fn.restype = None
        originals, ours, raised_path = [], [], bare is not None
        for sizes in (nest.sizes, *nest.sweep):
            a = _inputs(nest, seed)
            b, c = [x.copy() for x in a], [x.copy() for x in a]
            fn(*sizes.values(), *(x.ctypes.data for x in a))
            raised(*sizes.values(), *b)
            if bare is not None:
                bare(*sizes.values(), *c)
                raised_path &= bool(np.array_equal(c[-1], a[-1]))
            originals.append(a[-1])
            ours.append(b[-1])
        return originals, ours, stage, raised_path


def check(nest: Nest, seed: int) -> tuple[str, str, float, dict]:
    """(outcome, detail, error, {stage reached, whether the raised code itself ran and agreed})."""
    from mlc.compiler import isolation

    try:
        ref, got, stage, path = isolation.call(
            _run_both,
            nest,
            seed,
            stage="difftest (loop nest)",
            timeout=TIMEOUT_S,
            fresh=False,
            limit_memory_=True,
        )
    except InternalCompilerError as e:
        if "clang rejected" in str(e):
            return "invalid", str(e).splitlines()[0][:300], 0.0, {}
        return "crash", str(e).splitlines()[0][:500], 0.0, {}
    except MlcError as e:
        return "unsupported", str(e).splitlines()[0][:500], 0.0, {}
    names = [f"C (sizes {s})" for s in (nest.sizes, *nest.sweep)]
    why = compare_all(got, ref, names, None)
    info = {"stage": stage, "raised_path": path}
    return ("ok", "", 0.0, info) if why is None else ("mismatch", why[0], why[1], info)


def run_case(seed: int, out_dir: Path | None = None, reduce: bool = True) -> Outcome:
    nest = random_nest(seed)
    if clang() is None:
        return Outcome("loops", seed, "unsupported", "no clang-22 (apt-get install clang-22)")
    outcome, detail, err, reached = check(nest, seed)
    info = {"ctype": nest.ctype, "opt": nest.opt, "depth": len(nest.loops), **reached}
    result = Outcome("loops", seed, outcome, detail, err, info)
    if outcome in ("mismatch", "crash") and out_dir is not None:
        small = reduce_nest(nest, seed, outcome) if reduce else nest
        result.reproducer = str(save(small, seed, outcome, detail, out_dir))
    return result


def reduce_nest(nest: Nest, seed: int, outcome: str) -> Nest:
    """Drop statements and shrink loop bounds while the nest still fails the same way."""
    from mlc.compiler.testing.reduce import reduce_sizes

    def fails(n: Nest) -> bool:
        return check(n, seed)[0] == outcome

    best = replace(nest, sweep=())
    if not fails(best):
        best = nest
    for i in reversed(range(len(best.body))):
        if len(best.body) > 1:
            cand = replace(best, body=best.body[:i] + best.body[i + 1 :])
            if fails(cand):
                best = cand
    if not best.sweep and best.sizes:
        sizes = reduce_sizes(
            best.sizes, lambda s: fails(replace(best, sizes=s)), floor=dict.fromkeys(best.sizes, 0)
        )
        best = replace(best, sizes=sizes)
    return best


def save(nest: Nest, seed: int, outcome: str, detail: str, out_dir: Path) -> Path:
    d = Path(out_dir) / f"loops-{seed}"
    d.mkdir(parents=True, exist_ok=True)
    (d / "kernel.c").write_text(
        f"/* difftest loop nest {seed} ({nest.opt}): {outcome}: {detail} */\n" + nest.c()
    )
    (d / "nest.json").write_text(json.dumps({**asdict(nest), "seed": seed}, indent=1))
    return d
