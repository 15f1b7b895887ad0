"""``approximate-math`` through the real CPU pipeline: float32 exp, log, tanh, erf (and rsqrt,
sigmoid as ONNX lowers it) against float64 numpy over the whole float32 range."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

import mlc.compiler as mc

# Worst error in float32 ULPs (docs/passes/approximate-math.md). A sweep of every 128th bit
# pattern measured 1 for each; the test sweeps every 4096th.
ULP_BOUND = {"exp": 1, "log": 1, "tanh": 1, "erf": 1, "rsqrt": 1, "sigmoid": 2}
SPECIAL = [0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, -1e-45, 2.0**-126, 3.4028235e38, -3.4028235e38]
# exp's overflow and underflow thresholds, the ends of the approximations' ranges
THRESHOLDS = [88.72283, 88.72284, -87.33654, -103.27893, -103.972, -103.98, -104.0, 1.0, 0.625, 3.92, 9.1]
EDGES = np.array(SPECIAL + THRESHOLDS + [-t for t in THRESHOLDS], np.float32)
_erf = np.frompyfunc(math.erf, 1, 1)
REFERENCE = {
    "exp": np.exp,
    "log": np.log,
    "tanh": np.tanh,
    "erf": lambda v: _erf(v).astype(np.float64),
    "rsqrt": lambda v: 1 / np.sqrt(v),
    "sigmoid": lambda v: 1 / (1 + np.exp(-v)),
}
BODY = {
    "sigmoid": """%n = arith.negf %a : {T}
    %e = math.exp %n : {T}
    %d = arith.addf %e, %one : {T}
    %y = arith.divf %one, %d : {T}""",
}
LANES = 16


def body(op: str, t: str) -> str:
    return BODY.get(op, "%y = math.{OP} %a : {T}").replace("{OP}", op).replace("{T}", t)


def elementwise(op: str, n: int) -> str:
    """A ``linalg.generic`` on ``f32`` (LLVM's loop vectorizer vectorizes the loop)."""
    t = f"tensor<{n}xf32>"
    return f"""
func.func @f(%x: {t}) -> {t} {{
  %one = arith.constant 1.0 : f32
  %o = tensor.empty() : {t}
  %r = linalg.generic {{indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>],
      iterator_types = ["parallel"]}} ins(%x : {t}) outs(%o : {t}) {{
  ^bb0(%a: f32, %b: f32):
    {body(op, "f32")}
    linalg.yield %y : f32
  }} -> {t}
  return %r : {t}
}}"""


def on_vectors(op: str, n: int) -> str:
    """A loop over ``vector<16xf32>`` loads and stores (the form after vectorization)."""
    m, v = f"memref<{n}xf32>", f"vector<{LANES}xf32>"
    return f"""
func.func @f(%x: {m}, %out: {m}) {{
  %one = arith.constant dense<1.0> : {v}
  %c0 = arith.constant 0 : index
  %step = arith.constant {LANES} : index
  %end = arith.constant {n} : index
  scf.for %i = %c0 to %end step %step {{
    %a = vector.load %x[%i] : {m}, {v}
    {body(op, v)}
    vector.store %y, %out[%i] : {m}, {v}
  }}
  return
}}"""


def run(op: str, form: str, x: np.ndarray) -> np.ndarray:
    if form == "scalar":
        return mc.compile(elementwise(op, x.size), target="cpu", isolate=False)(x)
    out = np.empty_like(x)
    mc.compile(on_vectors(op, x.size), target="cpu", isolate=False)(x, out)
    return out


def ordered(a: np.ndarray) -> np.ndarray:
    """float32 bit patterns as integers in the order of the floats (±0 both 0)."""
    i = a.view(np.int32).astype(np.int64)
    return np.where(i < 0, -(i & 0x7FFFFFFF), i)


def sweep() -> np.ndarray:
    bits = np.arange(0, 2**32, 2**12, dtype=np.uint64).astype(np.uint32)
    x = np.concatenate([bits.view(np.float32), EDGES])
    return np.concatenate([x, np.ones(-x.size % LANES, np.float32)])


@pytest.mark.parametrize("form", ["scalar", "vector"])
@pytest.mark.parametrize("op", list(ULP_BOUND))
def test_whole_float_range_within_ulp_bound(op, form):
    x = sweep()
    got = run(op, form, x)
    with np.errstate(all="ignore"):
        want = REFERENCE[op](x.astype(np.float64)).astype(np.float32)
    np.testing.assert_array_equal(np.isnan(got), np.isnan(want))
    finite = ~np.isnan(want)
    ulp = np.abs(ordered(got[finite]) - ordered(want[finite]))
    worst = int(np.argmax(ulp))
    assert ulp[worst] <= ULP_BOUND[op], (
        f"{op}({x[finite][worst]!r}) = {got[finite][worst]!r}, want {want[finite][worst]!r}"
    )
    # infinities, signed zeros, the overflow and underflow thresholds: exactly numpy's
    special = finite & (np.isinf(want) | (want == 0) | np.isinf(x) | (x == 0))
    np.testing.assert_array_equal(got[special].view(np.uint32), want[special].view(np.uint32))


def activations_model(path) -> None:
    import onnx
    from onnx import TensorProto, helper

    ops = [
        ("Sigmoid", {}),
        ("Gelu", {}),
        ("Gelu", {"approximate": "tanh"}),
        ("Tanh", {}),
        ("Erf", {}),
        ("Softmax", {"axis": -1}),
        ("LogSoftmax", {"axis": -1}),
    ]
    nodes = [helper.make_node(op, ["x"], [f"y{i}"], **attrs) for i, (op, attrs) in enumerate(ops)]
    value = lambda name: helper.make_tensor_value_info(name, TensorProto.FLOAT, [8, 300])  # noqa: E731
    graph = helper.make_graph(nodes, "activations", [value("x")], [value(f"y{i}") for i in range(len(ops))])
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)]), path)


def test_onnx_activations_match_onnxruntime_without_libm_calls(tmp_path):
    ort = pytest.importorskip("onnxruntime")
    path = tmp_path / "activations.onnx"
    activations_model(path)
    x = (np.random.default_rng(0).standard_normal((8, 300)) * 6).astype(np.float32)
    x[0, :4] = [np.inf, -np.inf, 100.0, -100.0]
    got = mc.compile(str(path), target="cpu", isolate=False)(x)
    want = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"x": x})
    for g, w in zip(got, want, strict=True):
        np.testing.assert_allclose(g, w, rtol=1e-5, atol=1e-6)
    # the compiled code calls no libm function (nor an outlined power loop)
    (llvm,) = mc.build(str(path), "cpu", emit="mlir", isolate=False).files.values()
    calls = set(re.findall(r"llvm\.call @(\w+)", llvm))
    assert not {c for c in calls if c in ("expf", "logf", "tanhf", "erff") or "fpowi" in c}, calls
