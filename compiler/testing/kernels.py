"""Random GEMM, convolution and reduction shapes through every compile strategy, against numpy.

A case is a ``Spec``: the op family, its sizes, the element type and the strategy, all drawn
from one seed. The op is written as linalg on tensors, compiled with the strategy's options
and run on seeded inputs; numpy computes the same in float64. Strategies are the CPU
backend with and without tiling/vectorization, and the CUDA pipeline replayed by the CPU
emulator with mlc's mapping, upstream's mapping, without tensor cores, and with TF32.
``cpu-tuned`` (``--kind tuned``) builds each GEMM of a float32 GEMM or convolution with a
random valid schedule of the tuning space (``mlc.compiler.tuning.space``), as a tuning
database would give it, and checks that the compile used it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from mlc.compiler.errors import InternalCompilerError, MlcError
from mlc.compiler.testing.compare import Outcome, compare_all

# name -> compile options (``mlc.compiler.compile``); cuda ones run in the emulator.
STRATEGIES: dict[str, dict[str, Any]] = {
    "cpu-tiled": {"target": "cpu"},
    "cpu-untiled": {"target": "cpu", "vectorize": False},
    "cpu-O1": {"target": "cpu", "opt_level": 1},
    "cuda-mlc": {"target": "cuda", "emulate": True},
    "cuda-upstream": {"target": "cuda", "emulate": True, "mapping": "upstream"},
    "cuda-no-tensor-cores": {"target": "cuda", "emulate": True, "tensor_cores": False},
    "cuda-tf32": {"target": "cuda", "emulate": True, "allow_tf32": True},
    # the packed GEMM with a random valid schedule of the tuning space for each of its GEMMs
    "cpu-tuned": {"target": "cpu"},
}
DRAWN = tuple(STRATEGIES)[:7]  # what ``--kind kernels`` draws; ``--kind tuned`` runs cpu-tuned
FAMILIES = ("matmul", "matmul_bt", "batch_matmul", "conv2d_nchw", "conv2d_nhwc", "reduce")
TIMEOUT_S = 300.0
EDGE_SIZES = (1, 2, 3, 5, 7, 8, 13, 16, 17, 31, 32, 33, 47, 64, 65, 79)
_MLIR = {"float32": "f32", "float16": "f16", "float64": "f64"}


@dataclass(frozen=True)
class Spec:
    family: str
    dims: dict[str, int]
    dtype: str  # input element type; outputs are float32 for 16-bit inputs
    strategy: str
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def out_dtype(self) -> str:
        return "float32" if self.dtype == "float16" else self.dtype

    @property
    def rtol(self) -> float:
        if self.strategy == "cuda-tf32" and self.dtype == "float32":
            return 5e-3
        return {"float16": 1e-3, "float32": 1e-4, "float64": 1e-9}[self.dtype]


def random_spec(seed: int, tuned: bool = False) -> Spec:
    """The case of ``seed``; ``tuned``: a float32 GEMM or convolution through ``cpu-tuned``."""
    rng = np.random.default_rng(seed)
    family = FAMILIES[int(rng.integers(len(FAMILIES)))]
    strategy = DRAWN[int(rng.choice(len(DRAWN), p=[0.3, 0.2, 0.1, 0.16, 0.1, 0.08, 0.06]))]
    if tuned:
        strategy, family = "cpu-tuned", "matmul" if family == "reduce" else family
    cuda = strategy.startswith("cuda")
    top = 48 if cuda else 80

    def dim(hi: int = top) -> int:
        if rng.random() < 0.5:
            return min(int(rng.choice(EDGE_SIZES)), hi)
        return int(rng.integers(1, hi + 1))

    dims: dict[str, int]
    attrs: dict[str, Any] = {}
    if family in ("matmul", "matmul_bt", "batch_matmul"):
        dims = {"m": min(dim(), top), "n": min(dim(), top), "k": min(dim(), top)}
        if family == "batch_matmul":
            dims["b"] = int(rng.integers(1, 5))
        dtype = str(rng.choice(["float32", "float32", "float16"] + ([] if cuda else ["float64"])))
    elif family.startswith("conv"):
        k = int(rng.integers(1, 6))
        attrs = {"stride": int(rng.integers(1, 4)), "dilation": int(rng.integers(1, 3))}
        span = attrs["dilation"] * (k - 1) + 1
        dims = {
            "n": int(rng.integers(1, 3)),
            "c": int(rng.integers(1, 9)),
            "f": int(rng.integers(1, 9)),
            "kh": k,
            "kw": int(rng.integers(1, k + 1)),
            "h": span + int(rng.integers(0, 14)),
            "w": span + int(rng.integers(0, 14)),
        }
        dtype = "float32"
    else:
        rank = int(rng.integers(1, 4))
        dims = {f"d{i}": dim(100 if not cuda else 64) for i in range(rank)}
        axes = sorted({int(a) for a in rng.integers(0, rank, int(rng.integers(1, rank + 1)))})
        attrs = {"axes": axes, "op": str(rng.choice(["sum", "max", "min"]))}
        dtype = str(rng.choice(["float32", "float32"] + ([] if cuda else ["float64"])))
    return Spec(family, dims, "float32" if tuned else dtype, strategy, attrs)


def _t(shape: list[int], dtype: str) -> str:
    return f"tensor<{'x'.join(map(str, shape))}x{_MLIR[dtype]}>" if shape else f"tensor<{_MLIR[dtype]}>"


def shapes(spec: Spec) -> tuple[list[list[int]], list[int]]:
    """Input shapes and the output shape of ``spec``."""
    d, a = spec.dims, spec.attrs
    if spec.family == "matmul":
        return [[d["m"], d["k"]], [d["k"], d["n"]]], [d["m"], d["n"]]
    if spec.family == "matmul_bt":
        return [[d["m"], d["k"]], [d["n"], d["k"]]], [d["m"], d["n"]]
    if spec.family == "batch_matmul":
        return [[d["b"], d["m"], d["k"]], [d["b"], d["k"], d["n"]]], [d["b"], d["m"], d["n"]]
    if spec.family.startswith("conv"):
        s, dl = a["stride"], a["dilation"]
        oh = (d["h"] - dl * (d["kh"] - 1) - 1) // s + 1
        ow = (d["w"] - dl * (d["kw"] - 1) - 1) // s + 1
        if spec.family == "conv2d_nchw":
            return [[d["n"], d["c"], d["h"], d["w"]], [d["f"], d["c"], d["kh"], d["kw"]]], [
                d["n"],
                d["f"],
                oh,
                ow,
            ]
        return [[d["n"], d["h"], d["w"], d["c"]], [d["kh"], d["kw"], d["c"], d["f"]]], [
            d["n"],
            oh,
            ow,
            d["f"],
        ]
    full = [d[f"d{i}"] for i in range(len(d))]
    return [full], [n for i, n in enumerate(full) if i not in a["axes"]]


def mlir(spec: Spec) -> str:
    """``spec`` as a function of linalg on tensors."""
    ins, out = shapes(spec)
    ti = [_t(s, spec.dtype) for s in ins]
    to = _t(out, spec.out_dtype)
    et = _MLIR[spec.out_dtype]
    args = ", ".join(f"%a{i}: {t}" for i, t in enumerate(ti))
    ins_text = f"ins({', '.join(f'%a{i}' for i in range(len(ti)))} : {', '.join(ti)})"
    if spec.family == "reduce":
        op = spec.attrs["op"]
        init = {"sum": "0.0", "max": "0xFF800000" if et == "f32" else "0xFFF0000000000000"}
        init["min"] = "0x7F800000" if et == "f32" else "0x7FF0000000000000"
        combine = {"sum": "arith.addf", "max": "arith.maximumf", "min": "arith.minimumf"}[op]
        body = (
            f"linalg.reduce {ins_text} outs(%f : {to}) dimensions = {spec.attrs['axes']}\n"
            f"    (%x: {et}, %acc: {et}) {{\n      %s = {combine} %x, %acc : {et}\n"
            f"      linalg.yield %s : {et}\n    }}"
        )
        zero = init[op]
    else:
        zero = "0.0"
        name = {
            "matmul": "linalg.matmul",
            "matmul_bt": "linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, "
            "affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]",
            "batch_matmul": "linalg.batch_matmul",
            "conv2d_nchw": "linalg.conv_2d_nchw_fchw",
            "conv2d_nhwc": "linalg.conv_2d_nhwc_hwcf",
        }[spec.family]
        if spec.family.startswith("conv"):
            s, dl = spec.attrs["stride"], spec.attrs["dilation"]
            name += f" {{dilations = dense<{dl}> : tensor<2xi64>, strides = dense<{s}> : tensor<2xi64>}}"
        body = f"{name} {ins_text} outs(%f : {to}) -> {to}"
    return (
        f"func.func @main({args}) -> {to} {{\n"
        f"  %z = arith.constant {zero} : {et}\n"
        f"  %e = tensor.empty() : {to}\n"
        f"  %f = linalg.fill ins(%z : {et}) outs(%e : {to}) -> {to}\n"
        f"  %r = {body}\n"
        f"  return %r : {to}\n}}\n"
    )


def inputs(spec: Spec, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.uniform(-1, 1, s).astype(spec.dtype) for s in shapes(spec)[0]]


def reference(spec: Spec, args: list[np.ndarray]) -> np.ndarray:
    """numpy's result, in float64."""
    x = [a.astype(np.float64) for a in args]
    a = spec.attrs
    if spec.family == "matmul":
        r = x[0] @ x[1]
    elif spec.family == "matmul_bt":
        r = x[0] @ x[1].T
    elif spec.family == "batch_matmul":
        r = np.matmul(x[0], x[1])
    elif spec.family == "reduce":
        fn = {"sum": np.sum, "max": np.max, "min": np.min}[a["op"]]
        r = fn(x[0], axis=tuple(a["axes"]))
    else:
        img, w = x
        if spec.family == "conv2d_nhwc":
            img, w = img.transpose(0, 3, 1, 2), w.transpose(3, 2, 0, 1)
        s, dl = a["stride"], a["dilation"]
        n, _, h, wd = img.shape
        f, _, kh, kw = w.shape
        oh, ow = (h - dl * (kh - 1) - 1) // s + 1, (wd - dl * (kw - 1) - 1) // s + 1
        r = np.zeros((n, f, oh, ow))
        for i in range(kh):
            for j in range(kw):
                patch = img[
                    :, :, i * dl : i * dl + s * (oh - 1) + 1 : s, j * dl : j * dl + s * (ow - 1) + 1 : s
                ]
                r += np.einsum("nchw,fc->nfhw", patch, w[:, :, i, j])
        if spec.family == "conv2d_nhwc":
            r = r.transpose(0, 2, 3, 1)
    return np.asarray(r).astype(spec.out_dtype)


def _run(text: str, args: list[np.ndarray], options: dict[str, Any]) -> np.ndarray:
    import mlc.compiler as mc

    fn = mc.compile(text, isolate=False, **options)
    out = fn(*args)
    return np.asarray(out[0] if isinstance(out, (tuple, list)) else out)


def random_schedules(text: str, seed: int) -> dict[str, dict[str, int]]:
    """A random valid schedule (``mlc.compiler.tuning.space``) for each GEMM of ``text``, by key."""
    from mlc.compiler.tuning import space
    from mlc.compiler.tuning.tune import workloads_of

    rng = np.random.default_rng(seed + 11)
    chosen = {}
    for found in workloads_of(text):
        options = list(space.points(found.workload))
        config = options[int(rng.integers(len(options)))]
        if space.check(found.workload, config) is not None:
            raise AssertionError(f"the space made an invalid point {config}")
        chosen[found.workload.key()] = config
    return chosen


def _run_tuned(text: str, args: list[np.ndarray], seed: int) -> tuple[np.ndarray, int]:
    """The result with random tuned schedules, and how many of the GEMMs that have one the compile
    built without it (a GEMM the tuner finds must be the one the compile looks up)."""
    import mlc.compiler as mc
    from mlc.compiler.compile_api import build

    chosen = random_schedules(text, seed)
    schedules = json.dumps(chosen, sort_keys=True)
    built = build(text, "cpu", emit="mlir", to_stage="pack", schedules=schedules, tuning_db="")
    used = next(iter(built.files.values())).count("\\22tuned\\22: true")
    fn = mc.compile(text, isolate=False, target="cpu", schedules=schedules, tuning_db="")
    out = fn(*args)
    return np.asarray(out[0] if isinstance(out, (tuple, list)) else out), max(0, len(chosen) - used)


def check(spec: Spec, seed: int) -> tuple[str, str, float]:
    """(outcome, detail, error) of ``spec`` on inputs from ``seed``."""
    from mlc.compiler import isolation

    args = inputs(spec, seed)
    ref = reference(spec, args)
    tuned = spec.strategy == "cpu-tuned"
    try:
        got = isolation.call(
            _run_tuned if tuned else _run,
            mlir(spec),
            args,
            seed if tuned else STRATEGIES[spec.strategy],
            stage=f"difftest ({spec.strategy})",
            timeout=TIMEOUT_S,
            fresh=False,
            limit_memory_=True,
        )
    except InternalCompilerError as e:
        return "crash", str(e).splitlines()[0][:500], 0.0
    except MlcError as e:
        return "unsupported", str(e).splitlines()[0][:500], 0.0
    if tuned:
        got, unused = got
        if unused:
            return "mismatch", f"{unused} GEMM(s) with a tuned schedule were built without it", 0.0
    why = compare_all([got], [ref], ["result"], spec.rtol)
    return ("ok", "", 0.0) if why is None else ("mismatch", why[0], why[1])


def run_case(seed: int, out_dir: Path | None = None, reduce: bool = True, tuned: bool = False) -> Outcome:
    spec = random_spec(seed, tuned)
    outcome, detail, err = check(spec, seed)
    info = {
        "family": spec.family,
        "strategy": spec.strategy,
        "dtype": spec.dtype,
        "dims": spec.dims,
        **spec.attrs,
    }
    result = Outcome("tuned" if tuned else "kernels", seed, outcome, detail, err, info)
    if outcome in ("mismatch", "crash") and out_dir is not None:
        from mlc.compiler.testing.reduce import reduce_sizes

        small = spec
        if reduce:

            def fails(dims: dict[str, int]) -> bool:
                cand = replace(spec, dims=dims)
                if any(n <= 0 for n in shapes(cand)[1]):
                    return False
                return check(cand, seed)[0] == outcome

            small = replace(spec, dims=reduce_sizes(spec.dims, fails, max_tests=20))
        result.info["reduced_dims"] = small.dims
        result.reproducer = str(save(small, seed, outcome, detail, out_dir))
    return result


def save(spec: Spec, seed: int, outcome: str, detail: str, out_dir: Path) -> Path:
    d = Path(out_dir) / f"kernels-{spec.strategy}-{seed}"
    d.mkdir(parents=True, exist_ok=True)
    (d / "kernel.mlir").write_text(mlir(spec))
    (d / "spec.json").write_text(
        json.dumps({**asdict(spec), "seed": seed, "outcome": outcome, "detail": detail})
    )
    np.savez(d / "inputs.npz", *inputs(spec, seed))
    return d
