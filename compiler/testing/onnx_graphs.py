"""Random valid ONNX graphs: chains and DAGs of 2 to 30 ops that mlc supports.

Each graph is built from one seed. Values carry their shape and element type, so
every op is generated valid for what it consumes: odd sizes and size-1 dims,
broadcasting against constants and other values, attributes drawn per op, and
constant weights scaled so that values stay of order one through long chains
(a mismatch must come from the compiler, not from overflow). Ops whose result
jumps under a rounding difference (Floor, comparisons of floats, ArgMax) are left
out of float graphs; integer graphs use exact integer ops, clipped so they never
overflow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 18
DIMS = (1, 1, 2, 3, 4, 5, 7, 8, 9, 13, 16, 17)
FLOATS = (TensorProto.FLOAT, TensorProto.DOUBLE)
INTS = (TensorProto.INT32, TensorProto.INT64)
NP = {
    TensorProto.FLOAT: np.float32,
    TensorProto.DOUBLE: np.float64,
    TensorProto.FLOAT16: np.float16,
    TensorProto.INT32: np.int32,
    TensorProto.INT64: np.int64,
}
MAX_ELEMENTS = 4096  # per value: keeps every case fast to run


@dataclass(frozen=True)
class Value:
    name: str
    shape: tuple[int, ...]
    dtype: int

    @property
    def size(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64))


@dataclass
class Builder:
    """The graph under construction."""

    rng: np.random.Generator
    nodes: list[onnx.NodeProto] = field(default_factory=list)
    inits: list[onnx.TensorProto] = field(default_factory=list)
    values: list[Value] = field(default_factory=list)
    inputs: list[Value] = field(default_factory=list)
    count: int = 0

    def fresh(self, stem: str) -> str:
        self.count += 1
        return f"{stem}{self.count}"

    def const(self, array: np.ndarray, stem: str = "w") -> str:
        name = self.fresh(stem)
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def ints(self, values: list[int] | tuple[int, ...]) -> str:
        return self.const(np.array(values, dtype=np.int64), "i")

    def node(self, op: str, inputs: list[str], shape: tuple[int, ...], dtype: int, **attrs) -> Value:
        out = Value(self.fresh(op.lower()), tuple(int(d) for d in shape), dtype)
        self.nodes.append(helper.make_node(op, inputs, [out.name], name=out.name, **attrs))
        if dtype != TensorProto.BOOL:  # conditions feed Where only
            self.values.append(out)
        return out

    def weights(self, shape: tuple[int, ...], dtype: int, fan_in: int = 1) -> str:
        if dtype in INTS:
            return self.const(self.rng.integers(-3, 4, shape).astype(NP[dtype]))
        scale = 1.0 / np.sqrt(max(fan_in, 1))
        return self.const((self.rng.uniform(-1, 1, shape) * scale).astype(NP[dtype]))

    def pick(self, options):
        return options[int(self.rng.integers(len(options)))]


# --- ops: each takes the builder and a value, and returns the new value (None: not applicable) ---

Op = Callable[[Builder, Value], "Value | None"]
UNARY_FLOAT = (
    "Relu", "Tanh", "Sigmoid", "Abs", "Neg", "Erf", "Sin", "Cos", "Softsign", "Softplus", "HardSwish",
)  # fmt: skip


F32_ONLY = ("Erf", "Softsign", "Softplus", "HardSwish", "Celu", "Selu", "HardSigmoid", "Sin", "Cos", "Elu")


def unary(b: Builder, x: Value) -> Value | None:
    if x.dtype in INTS:
        return b.node(b.pick(("Abs", "Neg", "Relu")), [x.name], x.shape, x.dtype)
    op = b.pick((*UNARY_FLOAT, "LeakyRelu", "Elu", "HardSigmoid", "Celu", "Selu"))
    if x.dtype != TensorProto.FLOAT and op in F32_ONLY:  # onnxruntime has float kernels only
        op = "Tanh"
    attrs = {}
    if op in ("LeakyRelu", "Elu", "Celu"):
        attrs["alpha"] = float(b.pick((0.01, 0.1, 0.5, 1.3)))
    if op == "HardSigmoid":
        attrs = {"alpha": float(b.pick((0.2, 0.5))), "beta": float(b.pick((0.5, 0.3)))}
    return b.node(op, [x.name], x.shape, x.dtype, **attrs)


def guarded(b: Builder, x: Value) -> Value | None:
    """Ops defined on part of the line, applied where they are: exp(tanh x), sqrt|x|, log(|x|+1)..."""
    if x.dtype in INTS:
        return None
    kind = b.pick(("exp", "sqrt", "log", "reciprocal", "pow", "div"))
    one = b.const(np.ones((), NP[x.dtype]), "one")
    if kind == "exp":
        return b.node("Exp", [b.node("Tanh", [x.name], x.shape, x.dtype).name], x.shape, x.dtype)
    pos = b.node("Add", [b.node("Abs", [x.name], x.shape, x.dtype).name, one], x.shape, x.dtype)
    if kind == "sqrt":
        return b.node("Sqrt", [pos.name], x.shape, x.dtype)
    if kind == "log":
        return b.node("Log", [pos.name], x.shape, x.dtype)
    if kind == "reciprocal":
        return b.node("Reciprocal", [pos.name], x.shape, x.dtype)
    if kind == "pow":
        exponent = b.const(np.array(b.pick((0.5, 2.0, 1.5)), NP[x.dtype]), "p")
        return b.node("Pow", [pos.name, exponent], x.shape, x.dtype)
    return b.node("Div", [x.name, pos.name], x.shape, x.dtype)


def broadcast_shape(b: Builder, shape: tuple[int, ...]) -> tuple[int, ...]:
    """A shape that broadcasts to ``shape``: a suffix of it, some dims set to 1."""
    keep = int(b.rng.integers(0, len(shape) + 1))
    tail = shape[len(shape) - keep :]
    return tuple(1 if b.rng.random() < 0.4 else d for d in tail)


def binary(b: Builder, x: Value) -> Value | None:
    ops = ("Add", "Sub", "Mul", "Max", "Min") if x.dtype in FLOATS else ("Add", "Sub", "Max", "Min", "Mul")
    op = b.pick(ops)
    others = [v for v in b.values + b.inputs if v.dtype == x.dtype and v.name != x.name]
    other = None
    if others and b.rng.random() < 0.5:
        cand = b.pick(others)
        try:
            shape = np.broadcast_shapes(x.shape, cand.shape)
        except ValueError:
            shape = None
        if shape is not None and int(np.prod(shape)) <= MAX_ELEMENTS:
            other = cand
    if other is None:
        shape_c = broadcast_shape(b, x.shape)
        other = Value(b.weights(shape_c, x.dtype), shape_c, x.dtype)
    pair = [x.name, other.name] if b.rng.random() < 0.7 else [other.name, x.name]
    out = b.node(op, pair, np.broadcast_shapes(x.shape, other.shape), x.dtype)
    if x.dtype in INTS and op in ("Mul", "Add", "Sub"):
        lo, hi = b.const(np.array(-1000, NP[x.dtype])), b.const(np.array(1000, NP[x.dtype]))
        out = b.node("Clip", [out.name, lo, hi], out.shape, out.dtype)
    return out


def clip(b: Builder, x: Value) -> Value | None:
    lo = b.const(np.array(b.pick((-0.5, -1, 0)), NP[x.dtype]))
    hi = b.const(np.array(b.pick((0.5, 1, 2)), NP[x.dtype]))
    return b.node("Clip", [x.name, lo, hi], x.shape, x.dtype)


def where(b: Builder, x: Value) -> Value | None:
    if x.dtype not in INTS:
        return None
    c = b.node("Greater", [x.name, b.const(np.array(0, NP[x.dtype]))], x.shape, TensorProto.BOOL)
    return b.node(
        "Where", [c.name, x.name, b.weights(broadcast_shape(b, x.shape), x.dtype)], x.shape, x.dtype
    )


def cast(b: Builder, x: Value) -> Value | None:
    if x.dtype in INTS:
        to = INTS[1 - INTS.index(x.dtype)]
        return b.node("Cast", [x.name], x.shape, to, to=to)
    to = b.pick((*[t for t in FLOATS if t != x.dtype], TensorProto.FLOAT16))
    out = b.node("Cast", [x.name], x.shape, to, to=to)
    if to == TensorProto.FLOAT16:  # f16 only as a storage round trip: ORT lacks most f16 kernels
        out = b.node("Cast", [out.name], x.shape, x.dtype, to=x.dtype)
    return out


def transpose(b: Builder, x: Value) -> Value | None:
    if len(x.shape) < 2:
        return None
    perm = [int(p) for p in b.rng.permutation(len(x.shape))]
    return b.node("Transpose", [x.name], tuple(x.shape[p] for p in perm), x.dtype, perm=perm)


def reshape(b: Builder, x: Value) -> Value | None:
    kind = b.pick(("flatten", "merge", "unsqueeze", "squeeze", "reshape"))
    r = len(x.shape)
    if kind == "flatten":
        axis = int(b.rng.integers(0, r + 1))
        shape = (int(np.prod(x.shape[:axis])), int(np.prod(x.shape[axis:])))
        return b.node("Flatten", [x.name], shape, x.dtype, axis=axis)
    if kind == "unsqueeze" and r < 4:
        axis = int(b.rng.integers(0, r + 1))
        return b.node("Unsqueeze", [x.name, b.ints([axis])], (*x.shape[:axis], 1, *x.shape[axis:]), x.dtype)
    if kind == "squeeze" and 1 in x.shape and r > 1:
        axes = [i for i, d in enumerate(x.shape) if d == 1]
        shape = tuple(d for i, d in enumerate(x.shape) if i not in axes)
        return b.node("Squeeze", [x.name, b.ints(axes)], shape, x.dtype)
    if kind == "merge" and r >= 2:
        i = int(b.rng.integers(0, r - 1))
        shape = (*x.shape[:i], x.shape[i] * x.shape[i + 1], *x.shape[i + 2 :])
        target = [int(d) for d in shape]
        if b.rng.random() < 0.3:
            target[int(b.rng.integers(len(target)))] = -1
        return b.node("Reshape", [x.name, b.ints(target)], shape, x.dtype)
    # split a dim into factors (or into (1, d))
    dims = [i for i, d in enumerate(x.shape) if d > 1] or list(range(r))
    if not dims or r >= 4:
        return None
    i = b.pick(dims)
    d = x.shape[i]
    f = next((k for k in (2, 3, 5, 7) if d % k == 0 and d > k), 1)
    shape = (*x.shape[:i], f, d // f, *x.shape[i + 1 :])
    return b.node("Reshape", [x.name, b.ints(list(shape))], shape, x.dtype)


def concat(b: Builder, x: Value) -> Value | None:
    axis = int(b.rng.integers(0, len(x.shape))) if x.shape else None
    if axis is None:
        return None
    others = [
        v
        for v in b.values + b.inputs
        if v.dtype == x.dtype and len(v.shape) == len(x.shape)
        and all(a == c for k, (a, c) in enumerate(zip(v.shape, x.shape, strict=True)) if k != axis)
    ]  # fmt: skip
    other = b.pick(others)
    shape = list(x.shape)
    shape[axis] += other.shape[axis]
    if int(np.prod(shape)) > MAX_ELEMENTS:
        return None
    neg = axis - len(shape) if b.rng.random() < 0.3 else axis
    return b.node("Concat", [x.name, other.name], tuple(shape), x.dtype, axis=neg)


def slice_(b: Builder, x: Value) -> Value | None:
    if not x.shape:
        return None
    axes, starts, ends, steps, shape = [], [], [], [], list(x.shape)
    for ax in range(len(x.shape)):
        d = x.shape[ax]
        if b.rng.random() < 0.5 or d < 2:
            continue
        step = int(b.pick((1, 1, 2, 3, -1)))
        if step > 0:
            s = int(b.rng.integers(0, d))
            e = int(b.rng.integers(s + 1, d + 1))
            count = len(range(s, e, step))
            e_attr = e if b.rng.random() < 0.8 else (e - d if e < d else 2**31)
            s_attr = s - d if b.rng.random() < 0.2 else s
        else:
            s = int(b.rng.integers(1, d))
            e = int(b.rng.integers(-1, s))
            count = len(range(s, e, step))
            s_attr, e_attr = s, (e if e >= 0 else -(d + 1))
        axes.append(ax)
        starts.append(s_attr)
        ends.append(e_attr)
        steps.append(step)
        shape[ax] = count
    if not axes:
        return None
    inputs = [x.name, b.ints(starts), b.ints(ends), b.ints(axes), b.ints(steps)]
    return b.node("Slice", inputs, tuple(shape), x.dtype)


def gather(b: Builder, x: Value) -> Value | None:
    if not x.shape:
        return None
    axis = int(b.rng.integers(0, len(x.shape)))
    d = x.shape[axis]
    n = int(b.pick((1, 2, 3, 5)))
    idx = b.rng.integers(-d, d, n if b.rng.random() < 0.8 else (n, 2))
    shape = x.shape[:axis] + idx.shape + x.shape[axis + 1 :]
    if int(np.prod(shape)) > MAX_ELEMENTS or len(shape) > 5:
        return None
    return b.node("Gather", [x.name, b.ints(idx.tolist())], shape, x.dtype, axis=axis)


def expand(b: Builder, x: Value) -> Value | None:
    target = [d if d != 1 else int(b.pick((1, 2, 3))) for d in x.shape]
    if b.rng.random() < 0.3 and len(target) < 4:
        target = [int(b.pick((2, 3))), *target]
    if int(np.prod(target)) > MAX_ELEMENTS:
        return None
    return b.node("Expand", [x.name, b.ints(target)], tuple(target), x.dtype)


def pad(b: Builder, x: Value) -> Value | None:
    if not x.shape:
        return None
    r = len(x.shape)
    pads = [int(b.pick((0, 0, 1, 2))) for _ in range(2 * r)]
    shape = tuple(d + pads[i] + pads[i + r] for i, d in enumerate(x.shape))
    if int(np.prod(shape)) > MAX_ELEMENTS:
        return None
    mode = b.pick(("constant", "constant", "edge", "reflect"))
    if mode == "reflect" and any(p >= d for p, d in zip(pads, x.shape * 2, strict=True)):
        mode = "edge"
    inputs = [x.name, b.ints(pads)]
    if mode == "constant":
        inputs.append(b.const(np.array(b.pick((0, 1)), NP[x.dtype])))
    return b.node("Pad", inputs, shape, x.dtype, mode=mode)


def reduce(b: Builder, x: Value) -> Value | None:
    if not x.shape:
        return None
    ops = ("ReduceSum", "ReduceMax", "ReduceMin") if x.dtype in INTS else (
        "ReduceSum", "ReduceMean", "ReduceMax", "ReduceMin", "ReduceL2", "ReduceSumSquare", "ReduceLogSumExp",
    )  # fmt: skip
    op = b.pick(ops)
    r = len(x.shape)
    axes = sorted({int(a) for a in b.rng.integers(0, r, int(b.rng.integers(1, r + 1)))})
    keep = int(b.rng.random() < 0.5)
    shape = (
        tuple(1 if i in axes else d for i, d in enumerate(x.shape))
        if keep
        else tuple(d for i, d in enumerate(x.shape) if i not in axes)
    )
    signed = [a - r if b.rng.random() < 0.3 else a for a in axes]
    return b.node(op, [x.name, b.ints(signed)], shape, x.dtype, keepdims=keep)


def softmax(b: Builder, x: Value) -> Value | None:
    if not x.shape or x.dtype in INTS:
        return None
    axis = int(b.rng.integers(-len(x.shape), len(x.shape)))
    return b.node(b.pick(("Softmax", "LogSoftmax")), [x.name], x.shape, x.dtype, axis=axis)


def matmul(b: Builder, x: Value) -> Value | None:
    if not x.shape:
        return None
    k, n = x.shape[-1], int(b.pick(DIMS))
    shape = (*x.shape[:-1], n)
    if int(np.prod(shape)) > MAX_ELEMENTS:
        return None
    w = b.weights((k, n), x.dtype, k)
    return b.node("MatMul", [x.name, w], shape, x.dtype)


def gemm(b: Builder, x: Value) -> Value | None:
    if len(x.shape) != 2 or x.dtype in INTS:
        return None
    trans_a, trans_b = int(b.rng.random() < 0.3), int(b.rng.random() < 0.5)
    m, k = (x.shape[1], x.shape[0]) if trans_a else x.shape
    n = int(b.pick(DIMS))
    if m * n > MAX_ELEMENTS:
        return None
    w = b.weights((n, k) if trans_b else (k, n), x.dtype, k)
    inputs = [x.name, w]
    if b.rng.random() < 0.7:
        inputs.append(b.weights(b.pick(((n,), (1, n), (m, 1), (m, n), ())), x.dtype))
    attrs = {"transA": trans_a, "transB": trans_b}
    if b.rng.random() < 0.4:
        attrs |= {"alpha": float(b.pick((0.5, 2.0))), "beta": float(b.pick((0.5, 1.5)))}
    return b.node("Gemm", inputs, (m, n), x.dtype, **attrs)


def _spatial(b: Builder, x: Value) -> tuple[int, tuple[int, ...]] | None:
    if len(x.shape) not in (3, 4) or x.dtype != TensorProto.FLOAT:  # onnxruntime: float kernels only
        return None
    return x.shape[1], x.shape[2:]


def _window(b: Builder, sizes: tuple[int, ...]) -> dict | None:
    k = [int(b.pick((1, 2, 3))) for _ in sizes]
    s = [int(b.pick((1, 1, 2))) for _ in sizes]
    d = [int(b.pick((1, 1, 2))) for _ in sizes]
    p = [int(b.pick((0, 0, 1))) for _ in range(2 * len(sizes))]
    out = []
    for i, n in enumerate(sizes):
        span = d[i] * (k[i] - 1) + 1
        full = n + p[i] + p[i + len(sizes)]
        if full < span or p[i] >= span or p[i + len(sizes)] >= span:
            return None
        out.append((full - span) // s[i] + 1)
    return {"kernel_shape": k, "strides": s, "dilations": d, "pads": p, "out": out}


def conv(b: Builder, x: Value) -> Value | None:
    sp = _spatial(b, x)
    if sp is None:
        return None
    c, sizes = sp
    w = _window(b, sizes)
    if w is None:
        return None
    group = int(b.pick([g for g in (1, 1, 2, 3, c) if c % g == 0]))
    cout = group * int(b.pick((1, 2, 3)))
    shape = (x.shape[0], cout, *w["out"])
    if int(np.prod(shape)) > MAX_ELEMENTS:
        return None
    fan = c // group * int(np.prod(w["kernel_shape"]))
    inputs = [x.name, b.weights((cout, c // group, *w["kernel_shape"]), x.dtype, fan)]
    if b.rng.random() < 0.6:
        inputs.append(b.weights((cout,), x.dtype))
    attrs = {k: w[k] for k in ("kernel_shape", "strides", "dilations", "pads")}
    return b.node("Conv", inputs, shape, x.dtype, group=group, **attrs)


def pool(b: Builder, x: Value) -> Value | None:
    sp = _spatial(b, x)
    if sp is None:
        return None
    if b.rng.random() < 0.25:
        return b.node(
            b.pick(("GlobalAveragePool", "GlobalMaxPool")),
            [x.name],
            x.shape[:2] + (1,) * (len(x.shape) - 2),
            x.dtype,
        )
    w = _window(b, sp[1])
    if w is None:
        return None
    op = b.pick(("MaxPool", "AveragePool"))
    attrs = {k: w[k] for k in ("kernel_shape", "strides", "pads")}
    if op == "MaxPool":
        attrs["dilations"] = w["dilations"]
    elif any(d != 1 for d in w["dilations"]):
        return None
    else:
        attrs["count_include_pad"] = int(b.rng.random() < 0.5)
    return b.node(op, [x.name], x.shape[:2] + tuple(w["out"]), x.dtype, **attrs)


def norm(b: Builder, x: Value) -> Value | None:
    if x.dtype not in FLOATS or len(x.shape) < 2:
        return None
    kind = b.pick(("batch", "layer", "instance"))
    c = x.shape[1]
    if kind == "batch":
        var = b.const(b.rng.uniform(0.5, 1.5, c).astype(NP[x.dtype]))
        ins = [x.name, b.weights((c,), x.dtype), b.weights((c,), x.dtype), b.weights((c,), x.dtype), var]
        return b.node("BatchNormalization", ins, x.shape, x.dtype, epsilon=1e-5)
    if kind == "instance" and len(x.shape) >= 3 and x.dtype == TensorProto.FLOAT:
        ins = [x.name, b.weights((c,), x.dtype), b.weights((c,), x.dtype)]
        return b.node("InstanceNormalization", ins, x.shape, x.dtype, epsilon=1e-5)
    axis = int(b.rng.integers(-len(x.shape) + 1, len(x.shape)))
    norm_shape = x.shape[axis:]
    ins = [x.name, b.weights(norm_shape, x.dtype)]
    if b.rng.random() < 0.7:
        ins.append(b.weights(norm_shape, x.dtype))
    return b.node("LayerNormalization", ins, x.shape, x.dtype, axis=axis, epsilon=1e-5)


OPS: tuple[tuple[Op, float], ...] = (
    (unary, 3),
    (guarded, 1.5),
    (binary, 3),
    (clip, 0.5),
    (where, 0.5),
    (cast, 0.7),
    (transpose, 1),
    (reshape, 1.5),
    (concat, 0.7),
    (slice_, 1),
    (gather, 0.7),
    (expand, 0.5),
    (pad, 0.5),
    (reduce, 1),
    (softmax, 0.7),
    (matmul, 1.5),
    (gemm, 0.7),
    (conv, 1.2),
    (pool, 0.8),
    (norm, 0.8),
)


def _input_shape(rng: np.random.Generator) -> tuple[int, ...]:
    rank = int(rng.choice([1, 2, 2, 3, 3, 4, 4]))
    while True:
        shape = tuple(int(rng.choice(DIMS)) for _ in range(rank))
        if int(np.prod(shape)) <= 1024:
            return shape


def random_graph(seed: int) -> onnx.ModelProto:
    """A valid ONNX model of 2 to 30 ops, drawn from ``seed`` (the same seed gives the same model)."""
    rng = np.random.default_rng(seed)
    b = Builder(rng)
    dtype = int(rng.choice([TensorProto.FLOAT] * 14 + [TensorProto.DOUBLE] * 2 + list(INTS)))
    first = Value("x", _input_shape(rng), dtype)
    b.inputs.append(first)
    if rng.random() < 0.4:
        b.inputs.append(
            Value("y", first.shape if rng.random() < 0.5 else broadcast_shape(b, first.shape), dtype)
        )
    target = int(rng.integers(2, 31))
    ops, weights = zip(*OPS, strict=True)
    p = np.array(weights) / sum(weights)
    current = first
    tries = 0
    while len(b.nodes) < target and tries < 400:
        tries += 1
        pool_ = b.values + b.inputs
        x = current if rng.random() < 0.7 or not pool_ else pool_[int(rng.integers(len(pool_)))]
        op = ops[int(rng.choice(len(ops), p=p))]
        out = op(b, x)
        if out is not None and out.size <= MAX_ELEMENTS and 0 not in out.shape and out.shape:
            current = out
        elif out is not None:  # too big or empty: undo this op's nodes
            produced = {v.name for v in b.values if v.name not in {n.name for n in pool_}}
            b.nodes = [n for n in b.nodes if n.output[0] not in produced]
            b.values = [v for v in b.values if v.name not in produced]
    used = {i for n in b.nodes for i in n.input}
    unused = [v for v in b.values if v.name not in used and v.name != current.name and v.shape]
    outputs = [current, *unused[:2]]
    inputs = [v for v in b.inputs if v.name in used or v.name == current.name]
    graph = helper.make_graph(
        b.nodes,
        f"difftest_{seed}",
        [helper.make_tensor_value_info(v.name, v.dtype, v.shape) for v in inputs],
        [helper.make_tensor_value_info(v.name, v.dtype, v.shape) for v in outputs],
        b.inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="difftest")
    model.ir_version = 9
    return prune(model)


def prune(model: onnx.ModelProto) -> onnx.ModelProto:
    """``model`` without the nodes, initializers and inputs its outputs do not need."""
    g = model.graph
    needed = {o.name for o in g.output}
    kept = []
    for node in reversed(g.node):
        if any(o in needed for o in node.output):
            kept.append(node)
            needed |= set(node.input)
    out = onnx.ModelProto()
    out.CopyFrom(model)
    del out.graph.node[:]
    out.graph.node.extend(reversed(kept))
    inits = [t for t in g.initializer if t.name in needed]
    del out.graph.initializer[:]
    out.graph.initializer.extend(inits)
    ins = [i for i in g.input if i.name in needed]
    del out.graph.input[:]
    out.graph.input.extend(ins)
    return out


def random_inputs(model: onnx.ModelProto, seed: int) -> dict[str, np.ndarray]:
    """Inputs for ``model``: uniform in [-1, 1) for floats, integers in [-5, 5]."""
    rng = np.random.default_rng(seed + 1_000_003)
    out = {}
    for vi in model.graph.input:
        t = vi.type.tensor_type
        shape = tuple(d.dim_value for d in t.shape.dim)
        dtype = NP[t.elem_type]
        if t.elem_type in INTS:
            out[vi.name] = rng.integers(-5, 6, shape).astype(dtype)
        else:
            out[vi.name] = rng.uniform(-1, 1, shape).astype(dtype)
    return out


def describe(model: onnx.ModelProto) -> str:
    """One line: the ops in order."""
    return " ".join(n.op_type for n in model.graph.node)
