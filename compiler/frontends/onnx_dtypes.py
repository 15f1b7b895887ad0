"""Narrow element types (float8, float4, int4/uint4, int2/uint2) carried in bytes.

torch-mlir imports none of these types, so before import every value of such a
type is rewritten to a one-byte *carrier*:

- float8 (E4M3FN, E4M3FNUZ, E5M2, E5M2FNUZ) and float4 E2M1 values travel as
  their bit codes in ``uint8`` (the layout ml_dtypes uses, one element a byte);
- int4/int2 values travel in ``int8`` and uint4/uint2 values in ``uint8``.

Ops that only move data (Reshape, Transpose, Concat, Gather, ...) run on the
carriers unchanged. The ops that interpret the values are replaced by exact
subgraphs of standard ONNX ops:

- decoding a float code is a ``Gather`` from the 2^bits-entry table of its values;
- encoding a real number into a float code is a branch-free binary search over
  the midpoints between neighbouring magnitudes (ties to the even code, as
  round-to-nearest-even does), with the overflow code (Inf or NaN) past the last
  midpoint, saturation as a clamp to the largest finite value, and the sign and
  NaN codes set at the end (the ONNX reference semantics: ml_dtypes' ``astype``,
  and ``clip`` to the finite range first when ``saturate=1``);
- int4/int2 results wrap modulo 2^bits. ONNX's Cast defines this for integer
  sources ("fixed point: when OOR, discard higher bits and reinterpret (with
  respect to two's complement representation for signed types)") and leaves
  float sources out of range undefined ("Casting from floating point to ...
  fixed point: undefined if OOR"). mlc truncates a float toward zero, as ONNX's
  reference does in range, and wraps that integer too; NaN and +-Inf give 0, so
  the result never depends on the machine.

float8 E8M0 (exponents only) is encoded by the same search over thresholds that
follow the reference's exponent rounding (``round_mode`` up, down or nearest).

Cast, CastLike, QuantizeLinear and DequantizeLinear are rewritten; any other op
on such a value is refused with a located error. Integer QuantizeLinear and
DequantizeLinear with per-axis or blocked parameters, and QuantizeLinear to
uint16, are expanded the same way for every integer type (torch-mlir converts
only per-tensor ones). The graph interface keeps the declared types: the CPU
backend converts ml_dtypes arrays to and from carriers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from mlc.compiler.errors import UnsupportedError
from mlc.compiler.frontends import onnx_model as om

if TYPE_CHECKING:
    import onnx

# ONNX TensorProto element types (onnx itself is imported lazily).
_FLOAT, _UINT8, _INT8, _UINT16, _INT16, _INT32, _INT64, _BOOL = 1, 2, 3, 4, 5, 6, 7, 9
_FLOAT16, _DOUBLE, _UINT32, _UINT64, _BFLOAT16, _E8M0 = 10, 11, 12, 13, 16, 24


@dataclass(frozen=True)
class NarrowFloat:
    """A narrow float type: its ml_dtypes name and how its codes are laid out."""

    name: str
    bits: int
    has_negative_zero: bool  # FNUZ types have none: a negative zero result is +0
    overflow: bool  # non-saturating casts overflow to Inf/NaN (float4 always saturates)
    nan_code: int  # the code a (positive) NaN becomes

    @property
    def sign_bit(self) -> int:
        return 1 << (self.bits - 1)


@dataclass(frozen=True)
class NarrowInt:
    name: str
    bits: int
    signed: bool


NARROW_FLOATS = {
    17: NarrowFloat("float8_e4m3fn", 8, True, True, 0x7F),
    18: NarrowFloat("float8_e4m3fnuz", 8, False, True, 0x80),
    19: NarrowFloat("float8_e5m2", 8, True, True, 0x7E),
    20: NarrowFloat("float8_e5m2fnuz", 8, False, True, 0x80),
    23: NarrowFloat("float4_e2m1fn", 4, True, False, 0x08),  # no NaN: ml_dtypes gives -0
    24: NarrowFloat("float8_e8m0fnu", 8, False, True, 0xFF),  # exponents only: _encode_e8m0
}
NARROW_INTS = {
    21: NarrowInt("uint4", 4, False),
    22: NarrowInt("int4", 4, True),
    25: NarrowInt("uint2", 2, False),
    26: NarrowInt("int2", 2, True),
}
# Element type of the carrier of each narrow type.
CARRIER = {
    **{t: _UINT8 for t in NARROW_FLOATS},
    **{t: (_INT8 if n.signed else _UINT8) for t, n in NARROW_INTS.items()},
}
# Integer result types of QuantizeLinear expanded here, and their ranges.
_QUANT_RANGES = {
    **{
        t: ((-(1 << (n.bits - 1)), (1 << (n.bits - 1)) - 1) if n.signed else (0, (1 << n.bits) - 1))
        for t, n in NARROW_INTS.items()
    },
    _UINT8: (0, 255),
    _INT8: (-128, 127),
    _UINT16: (0, 65535),
    _INT16: (-32768, 32767),
}
# Ops that only move or select elements: they run on carriers as they are.
_DATA_MOVEMENT = {
    "Identity",
    "Reshape",
    "Transpose",
    "Squeeze",
    "Unsqueeze",
    "Flatten",
    "Concat",
    "Split",
    "Slice",
    "Gather",
    "GatherElements",
    "GatherND",
    "Expand",
    "Tile",
    "Shape",
    "Size",
    "Where",
    "Constant",
    "ConstantOfShape",
    "Pad",
    "Compress",
    "ScatterElements",
    "ScatterND",
    "DepthToSpace",
    "SpaceToDepth",
}
_FLOAT_TYPES = (_FLOAT, _FLOAT16, _DOUBLE, _BFLOAT16)


def _ml_dtype(name: str) -> np.dtype:
    import ml_dtypes

    return np.dtype(getattr(ml_dtypes, name))


@cache
def decode_table(elem_type: int) -> np.ndarray:
    """The float32 value of every code of a narrow float type."""
    t = NARROW_FLOATS[elem_type]
    codes = np.arange(1 << t.bits, dtype=np.uint8)
    return codes.view(_ml_dtype(t.name)).astype(np.float32)


@cache
def encode_thresholds(elem_type: int) -> tuple[np.ndarray, np.ndarray]:
    """Midpoints between neighbouring magnitude codes, and whether a tie rounds up.

    Magnitude codes 0..max are ordered by value in every one of these formats;
    the magnitude code of ``a >= 0`` is the number of thresholds it passes. Past
    the largest finite value comes the overflow code (Inf, or NaN where the type
    has no Inf) when the type overflows. The list is padded to a power of two
    with +Inf (never passed).
    """
    t = NARROW_FLOATS[elem_type]
    values = decode_table(elem_type).astype(np.float64)[: t.sign_bit]
    finite = int(np.argmax(~np.isfinite(values))) if not np.isfinite(values).all() else len(values)
    mags = values[:finite]
    if t.overflow:
        step = mags[-1] - mags[-2] if mags[-1] - mags[-2] > 0 else mags[-1]
        mags = np.append(mags, mags[-1] + step)  # the next value the format would have
    mids = (mags[:-1] + mags[1:]) / 2
    up_on_tie = np.arange(1, len(mags)) % 2 == 0  # the upper neighbour's code is even
    return _padded(mids, up_on_tie)


def _largest_finite(elem_type: int) -> float:
    import ml_dtypes

    return float(ml_dtypes.finfo(_ml_dtype(NARROW_FLOATS[elem_type].name)).max)


def is_narrow(elem_type: int) -> bool:
    return elem_type in CARRIER


def to_carrier(arr: np.ndarray, elem_type: int) -> np.ndarray:
    """An ml_dtypes array of a narrow type as its carrier array."""
    if elem_type in NARROW_FLOATS:
        return np.asarray(arr).view(np.uint8)
    return np.asarray(arr).astype(np.int8 if NARROW_INTS[elem_type].signed else np.uint8)


class _Builder(om.NodeEmitter):
    """Emits nodes with fresh value names into a list; equal constants are shared."""

    def __init__(self, model: onnx.ModelProto) -> None:
        super().__init__(model)
        self._consts: dict[tuple, str] = {}

    def const(self, value: np.ndarray) -> str:
        import onnx

        key = (value.dtype.str, value.shape, value.tobytes())
        if key not in self._consts:
            name = self.fresh("const")
            self.initializers.append(onnx.numpy_helper.from_array(value, name))
            self._consts[key] = name
        return self._consts[key]

    def cast(self, x: str, to: int, hint: str) -> str:
        return self.op("Cast", [x], hint, to=to)


def _decode(b: _Builder, x: str, elem_type: int, hint: str) -> str:
    """float32 values of the codes ``x`` of narrow float type ``elem_type``."""
    table = b.const(decode_table(elem_type))
    return b.op("Gather", [table, b.cast(x, _INT64, hint)], hint)


def _count_passed(b: _Builder, x: str, mag: str, mids: np.ndarray, up: np.ndarray, hint: str) -> str:
    """How many of the sorted thresholds ``mids`` each ``mag`` passes (``up``: a tie passes).

    A branch-free binary search of log2(len(mids) + 1) Gathers; int64, ``x``'s shape.
    """
    mids_c, up_c = b.const(mids), b.const(up.astype(np.int64))  # no i1 constants
    zero = b.const(np.array(0, np.int64))
    idx = b.op("Mul", [b.cast(b.op("IsNaN", [x], hint), _INT64, hint), zero], hint)  # zeros, x's shape
    step = len(mids) // 2
    while step >= 1:
        probe = b.op("Add", [idx, b.const(np.array(step - 1, np.int64))], hint)
        mid = b.op("Gather", [mids_c, probe], hint)
        tie = b.op(
            "And",
            [b.op("Equal", [mag, mid], hint), b.cast(b.op("Gather", [up_c, probe], hint), _BOOL, hint)],
            hint,
        )
        go = b.op("Or", [b.op("Greater", [mag, mid], hint), tie], hint)
        idx = b.op("Add", [idx, b.op("Where", [go, b.const(np.array(step, np.int64)), zero], hint)], hint)
        step //= 2
    return idx


def _padded(thresholds: np.ndarray, up: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Thresholds padded with +Inf (never passed) to 2^k entries, for a k-step search."""
    size = 1 << int(np.ceil(np.log2(len(thresholds) + 1)))  # a search of k steps has 2^k outcomes
    return (
        np.concatenate([thresholds, np.full(size - len(thresholds), np.inf)]),
        np.concatenate([up, np.zeros(size - len(up), bool)]),
    )


@cache
def e8m0_thresholds(round_mode: str) -> tuple[np.ndarray, np.ndarray]:
    """float32 thresholds of the codes 1..255 of float8_e8m0fnu (2^(code-127)) for a rounding mode.

    As ONNX's reference (``numpy_helper.to_float8e8m0``) rounds the float32
    exponent field: "up" adds one for any fraction, "down" truncates, "nearest"
    rounds half up (a subnormal only above half of 2^-126).
    """
    m = np.arange(1, 256, dtype=np.float64)
    if round_mode == "up":
        t, up = np.where(m == 1, 0.0, 2.0 ** (m - 128)), np.zeros(255, bool)
    elif round_mode == "down":
        t, up = 2.0 ** (m - 127), np.ones(255, bool)
    else:
        t, up = np.where(m == 1, 2.0**-127, 1.5 * 2.0 ** (m - 128)), m != 1
    return _padded(t.astype(np.float32), up)


def _encode_e8m0(b: _Builder, x: str, src: int, saturate: bool, round_mode: str, hint: str) -> str:
    """uint8 codes of ``x`` as float8_e8m0fnu: the rounded exponent of |x| in float32; Inf and NaN 255."""
    if src != _FLOAT:
        x = b.cast(x, _FLOAT, hint)
    mag = b.op("Abs", [x], hint)
    idx = _count_passed(b, x, mag, *e8m0_thresholds(round_mode), hint)
    if saturate:
        idx = b.op("Min", [idx, b.const(np.array(254, np.int64))], hint)
    special = b.op("Or", [b.op("IsNaN", [x], hint), b.op("IsInf", [x], hint)], hint)
    code = b.op("Where", [special, b.const(np.array(255, np.int64)), idx], hint)
    return b.cast(code, _UINT8, hint)


def _encode_float(b: _Builder, x: str, src: int, elem_type: int, saturate: bool, hint: str) -> str:
    """uint8 codes of ``x`` (element type ``src``) rounded to ``elem_type``."""
    t = NARROW_FLOATS[elem_type]
    compute = _DOUBLE if src in (_DOUBLE, _INT32, _INT64, _UINT32, _UINT64) else _FLOAT
    fdt = np.float64 if compute == _DOUBLE else np.float32
    if src != compute:
        x = b.cast(x, compute, hint)
    mag = b.op("Abs", [x], hint)
    if saturate or not t.overflow:
        mag = b.op("Min", [mag, b.const(np.array(_largest_finite(elem_type), fdt))], hint)
    mids, up = encode_thresholds(elem_type)
    idx = _count_passed(b, x, mag, mids.astype(fdt), up, hint)
    zero = b.const(np.array(0, np.int64))
    zero_f = b.const(np.array(0, fdt))
    one_f = b.const(np.array(1, fdt))
    negative = b.op(
        "Or",
        [b.op("Less", [x, zero_f], hint), b.op("Less", [b.op("Div", [one_f, x], hint), zero_f], hint)],
        hint,
    )
    if not t.has_negative_zero:  # no -0, and the overflow code is the only NaN
        finite = b.op("Less", [idx, b.const(np.array(t.sign_bit, np.int64))], hint)
        negative = b.op(
            "And", [negative, b.op("And", [b.op("Greater", [idx, zero], hint), finite], hint)], hint
        )
    signed = b.op("Add", [idx, b.const(np.array(t.sign_bit, np.int64))], hint)
    code = b.op("Where", [negative, signed, idx], hint)
    nan = b.const(np.array(t.nan_code, np.int64))
    code = b.op("Where", [b.op("IsNaN", [x], hint), nan, code], hint)
    return b.cast(code, _UINT8, hint)


def _wrap_int(b: _Builder, x: str, src: int, n: NarrowInt, hint: str) -> str:
    """Carrier values of ``x`` cast to ``n``: truncated toward zero, wrapped modulo 2^bits.

    A float is clamped to +-2^62 before its conversion to int64, which is then
    always in range. Every float32 or float64 of that magnitude or more is a
    multiple of 2^bits, so the wrapped value of every finite ``x`` is kept,
    and +-Inf give 0 like NaN.
    """
    if src in _FLOAT_TYPES:
        ftype = np.float64 if src == _DOUBLE else np.float32
        if src in (_FLOAT16, _BFLOAT16):
            x = b.cast(x, _FLOAT, hint)
        x = b.op("Where", [b.op("IsNaN", [x], hint), b.const(np.array(0, ftype)), x], hint)
        x = b.op("Clip", [x, b.const(np.array(-(2.0**62), ftype)), b.const(np.array(2.0**62, ftype))], hint)
    v = b.cast(x, _INT64, hint)
    low = b.op("BitwiseAnd", [v, b.const(np.array((1 << n.bits) - 1, np.int64))], hint)
    if n.signed:
        half = b.const(np.array(1 << (n.bits - 1), np.int64))
        low = b.op("Sub", [b.op("BitwiseXor", [low, half], hint), half], hint)
    return b.cast(low, CARRIER[_narrow_code(n)], hint)


def _narrow_code(n: NarrowInt) -> int:
    return next(t for t, m in NARROW_INTS.items() if m == n)


def _cast(
    b: _Builder, x: str, src: int, to: int, saturate: bool, hint: str, out: str, round_mode: str = "up"
) -> None:
    """Emit ``out = Cast(x, to)`` where ``src`` or ``to`` may be narrow (``x`` is a carrier)."""
    if src in NARROW_FLOATS:
        x, src = _decode(b, x, src, hint), _FLOAT
    elif src in NARROW_INTS:
        src = CARRIER[src]
    if to in NARROW_FLOATS:
        if src == _BOOL:
            x, src = b.cast(x, _FLOAT, hint), _FLOAT
        code = (
            _encode_e8m0(b, x, src, saturate, round_mode, hint)
            if to == _E8M0
            else _encode_float(b, x, src, to, saturate, hint)
        )
        b.op("Identity", [code], hint, out=out)
    elif to in NARROW_INTS:
        b.op("Identity", [_wrap_int(b, x, src, NARROW_INTS[to], hint)], hint, out=out)
    else:
        b.op("Cast", [x], hint, out=out, to=to)


def _blocked_param(
    b: _Builder, p: str, pshape: tuple[int, ...], length: int, axis: int, block: int, hint: str
) -> str:
    """A blocked quantization parameter repeated ``block`` times along ``axis``, cut to ``length``."""
    rank = len(pshape)
    up = b.op("Unsqueeze", [p, b.const(np.array([axis + 1], np.int64))], hint)
    reps = np.ones(rank + 1, np.int64)
    reps[axis + 1] = block
    wide = b.op("Expand", [up, b.const(reps)], hint)
    full = list(pshape)
    full[axis] *= block
    flat = b.op("Reshape", [wide, b.const(np.array(full, np.int64))], hint)
    if full[axis] == length:
        return flat
    bounds = [b.const(np.array([v], np.int64)) for v in (0, length, axis)]
    return b.op("Slice", [flat, *bounds], hint)


def _broadcast_param(
    b: _Builder, p: str, shape: tuple[int, ...] | None, rank: int | None, axis: int, hint: str
) -> str:
    """A per-tensor or per-axis quantization parameter, shaped to broadcast against x."""
    if shape is not None and (len(shape) == 0 or (len(shape) == 1 and shape[0] == 1)):
        return p
    if rank is None:
        raise UnsupportedError("per-axis quantization of a value of unknown rank")
    dims = [1] * rank
    dims[axis % rank] = -1
    return b.op("Reshape", [p, b.const(np.array(dims, np.int64))], hint)


class _Rewriter:
    def __init__(self, model: onnx.ModelProto, source: str) -> None:
        self.model = model
        self.source = source
        self.b = _Builder(model)
        self.types: dict[str, int] = {}
        self.shapes: dict[str, tuple[int, ...] | None] = {}
        g = model.graph
        for vi in [*g.input, *g.value_info, *g.output]:
            if vi.type.WhichOneof("value") == "tensor_type":
                tt = vi.type.tensor_type
                self.types[vi.name] = tt.elem_type
                self.shapes[vi.name] = (
                    tuple(d.dim_value if d.HasField("dim_value") else -1 for d in tt.shape.dim)
                    if tt.HasField("shape")
                    else None
                )
        for init in g.initializer:
            self.types[init.name] = init.data_type
            self.shapes[init.name] = tuple(init.dims)

    def fail(self, node: onnx.NodeProto, why: str) -> UnsupportedError:
        return om.unsupported_node(self.model, node, self.source, why)

    def narrow_values(self, node: onnx.NodeProto) -> list[str]:
        return [n for n in [*node.input, *node.output] if n and is_narrow(self.types.get(n, 0))]

    def rewrite(self) -> bool:
        import onnx

        g = self.model.graph
        changed = False
        for node in g.node:
            rewritten = self.rewrite_node(node)
            if rewritten:
                changed = True
            else:
                self.b.nodes.append(node)
            for attr in node.attribute:
                if attr.type in (onnx.AttributeProto.GRAPH, onnx.AttributeProto.GRAPHS):
                    continue
                if attr.type == onnx.AttributeProto.TENSOR and is_narrow(attr.t.data_type):
                    _to_carrier_tensor(attr.t)
                    changed = True
        if not changed and not any(is_narrow(t) for t in self.types.values()):
            return False
        for init in g.initializer:
            if is_narrow(init.data_type):
                _to_carrier_tensor(init)
        for vi in [*g.input, *g.value_info, *g.output]:
            tt = vi.type.tensor_type if vi.type.WhichOneof("value") == "tensor_type" else None
            if tt is not None and is_narrow(tt.elem_type):
                tt.elem_type = CARRIER[tt.elem_type]
        del g.node[:]
        g.node.extend(self.b.nodes)
        g.initializer.extend(self.b.initializers)
        return True

    def rewrite_node(self, node: onnx.NodeProto) -> bool:
        """Emit the replacement of ``node`` and return True, or False to keep it as it is."""
        import onnx

        narrow = self.narrow_values(node)
        attrs = {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}
        if node.op_type == "CastLike" and node.domain == "":
            to = self.types.get(node.input[1], 0)
            src = self.types.get(node.input[0], 0)
            if not (is_narrow(to) or is_narrow(src)):
                return False
            self.cast(node, src, to, attrs)
            return True
        # Integer Q/DQ that torch-mlir does not convert: per-axis or blocked, and uint16
        # (which saturates, and which mlc carries in int32).
        out_type = self.types.get(node.output[0]) if node.output else None
        in_type = self.types.get(node.input[0]) if node.input else None
        if node.op_type == "QuantizeLinear" and out_type in _QUANT_RANGES:
            if out_type == _UINT16 or not self.per_tensor(node, attrs):
                return self.quantize(node, attrs)
        elif (
            node.op_type == "DequantizeLinear"
            and in_type in _QUANT_RANGES
            and not self.per_tensor(node, attrs)
        ):
            return self.dequantize_int(node, attrs)
        if not narrow:
            return False
        if node.domain not in ("", "ai.onnx"):
            raise self.fail(
                node, f"element type {self.type_name(narrow[0])} of '{narrow[0]}' is not supported here"
            )
        if node.op_type == "Cast":
            self.cast(node, self.types.get(node.input[0], 0), attrs["to"], attrs)
            return True
        if node.op_type == "QuantizeLinear":
            return self.quantize(node, attrs)
        if node.op_type == "DequantizeLinear":
            return self.dequantize(node, attrs)
        if node.op_type in _DATA_MOVEMENT:
            return False
        raise self.fail(
            node,
            f"value '{narrow[0]}' has element type {self.type_name(narrow[0])}, not supported by this op",
        )

    def cast(self, node: onnx.NodeProto, src: int, to: int, attrs: dict) -> None:
        mode = attrs.get("round_mode", b"up")
        mode = mode.decode() if isinstance(mode, bytes) else mode
        if mode not in ("up", "down", "nearest"):
            raise self.fail(node, f"round_mode '{mode}' is not supported")
        saturate = bool(attrs.get("saturate", 1))
        _cast(self.b, node.input[0], src, to, saturate, node.output[0], node.output[0], mode)

    def type_name(self, value: str) -> str:
        return om.elem_type_name(self.types.get(value, 0))

    def quant_params(self, node: onnx.NodeProto, attrs: dict) -> tuple[str, str | None, int]:
        """Scale and zero point, shaped to broadcast against x (per tensor, per axis or blocked)."""
        x = node.input[0]
        shape = self.shapes.get(x)
        rank = len(shape) if shape is not None else None
        axis = attrs.get("axis", 1)
        block = attrs.get("block_size", 0)
        hint = node.output[0]

        def shaped(p: str) -> str:
            if not block:
                return _broadcast_param(self.b, p, self.shapes.get(p), rank, axis, hint)
            pshape = self.shapes.get(p)
            if shape is None or pshape is None or -1 in pshape or shape[axis % len(shape)] == -1:
                raise self.fail(node, "blocked quantization needs static shapes")
            return _blocked_param(self.b, p, pshape, shape[axis % len(shape)], axis % len(shape), block, hint)

        zp = node.input[2] if len(node.input) > 2 and node.input[2] else None
        return shaped(node.input[1]), (shaped(zp) if zp is not None else None), axis

    def per_tensor(self, node: onnx.NodeProto, attrs: dict) -> bool:
        shape = self.shapes.get(node.input[1])
        return not attrs.get("block_size", 0) and shape is not None and int(np.prod(shape)) == 1

    def quantize(self, node: onnx.NodeProto, attrs: dict) -> bool:
        b, hint, out = self.b, node.output[0], node.output[0]
        to = self.types.get(node.output[0], 0)
        if len(node.input) > 2 and node.input[2]:
            to = self.types.get(node.input[2], to)
        if (to not in NARROW_FLOATS and to not in _QUANT_RANGES) or to == _E8M0:
            raise self.fail(node, f"quantization to element type {om.elem_type_name(to)} is not supported")
        if attrs.get("precision", 0):
            raise self.fail(node, "the precision attribute with a narrow result is not supported")
        scale, zp, _ = self.quant_params(node, attrs)
        src = self.types.get(node.input[0], _FLOAT)
        scaled = b.op("Div", [node.input[0], b.cast(scale, src, hint)], hint)
        if src in (_FLOAT16, _BFLOAT16):
            scaled, src = b.cast(scaled, _FLOAT, hint), _FLOAT
        if to in _QUANT_RANGES:  # rint(x / scale) + zero point, clamped to the type's range
            q = b.op("Round", [scaled], hint)
            if zp is not None:
                q = b.op("Add", [q, b.cast(zp, src, hint)], hint)
            lo, hi = _QUANT_RANGES[to]
            fdt = np.float64 if src == _DOUBLE else np.float32
            q = b.op(
                "Min", [b.op("Max", [q, b.const(np.array(lo, fdt))], hint), b.const(np.array(hi, fdt))], hint
            )
            if to == _INT16:  # torch-mlir's ONNX Cast has no int16 target
                b.op("CastLike", [q, b.const(np.zeros((), np.int16))], hint, out=out)
            else:
                b.op("Cast", [q], hint, out=out, to=CARRIER.get(to, to))
            return True
        if zp is not None and not NARROW_FLOATS[to].overflow:  # float4 adds its zero point
            scaled = b.op("Add", [scaled, b.cast(_decode(b, zp, to, hint), src, hint)], hint)
        saturate = bool(attrs.get("saturate", 1))
        b.op("Identity", [_encode_float(b, scaled, src, to, saturate, hint)], hint, out=out)
        return True

    def dequantize(self, node: onnx.NodeProto, attrs: dict) -> bool:
        x_type = self.types.get(node.input[0], 0)
        if x_type in NARROW_INTS:  # DequantizeLinear of int8/uint8 carriers computes the same values
            return False if self.per_tensor(node, attrs) else self.dequantize_int(node, attrs)
        if x_type not in NARROW_FLOATS:
            raise self.fail(
                node, f"dequantization to element type {self.type_name(node.output[0])} is not supported"
            )
        b, hint = self.b, node.output[0]
        scale, _, _ = self.quant_params(node, attrs)  # the zero point of float types is zero
        values = _decode(b, node.input[0], x_type, hint)
        y = b.op("Mul", [values, b.cast(scale, _FLOAT, hint)], hint)
        to = attrs.get("output_dtype", 0) or self.types.get(node.input[1], _FLOAT)
        b.op("Cast", [y], hint, out=node.output[0], to=to)
        return True

    def dequantize_int(self, node: onnx.NodeProto, attrs: dict) -> bool:
        """``(x - zero point) * scale`` in float32, for integer x with per-axis or blocked parameters."""
        b, hint = self.b, node.output[0]
        scale, zp, _ = self.quant_params(node, attrs)
        y = b.cast(node.input[0], _FLOAT, hint)
        if zp is not None:
            y = b.op("Sub", [y, b.cast(zp, _FLOAT, hint)], hint)
        y = b.op("Mul", [y, b.cast(scale, _FLOAT, hint)], hint)
        to = attrs.get("output_dtype", 0) or self.types.get(node.input[1], _FLOAT)
        b.op("Cast", [y], hint, out=node.output[0], to=to)
        return True


def _to_carrier_tensor(t: onnx.TensorProto) -> None:
    import onnx

    arr = onnx.numpy_helper.to_array(t)
    t.CopyFrom(onnx.numpy_helper.from_array(to_carrier(arr, t.data_type), t.name))


def carry_narrow_types(model: onnx.ModelProto, source: str) -> onnx.ModelProto:
    """``model`` with its narrow-typed values carried in bytes (see the module docstring).

    Returns ``model`` itself when it has no such values, else a rewritten and
    re-inferred copy.
    """
    import onnx

    copy = onnx.ModelProto()
    copy.CopyFrom(model)
    try:
        changed = _Rewriter(copy, source).rewrite()
    except UnsupportedError as e:
        if e.message.startswith(source):
            raise
        raise UnsupportedError(f"{source}: {e.message}") from None
    if not changed:
        return model
    for sub in _subgraphs(copy.graph):
        if any(is_narrow(vi.type.tensor_type.elem_type) for vi in [*sub.input, *sub.output, *sub.value_info]):
            raise UnsupportedError(f"{source}: narrow element types inside control flow are not supported")
    return om.reinfer(copy)


def _subgraphs(graph: onnx.GraphProto):
    import onnx

    for node in graph.node:
        for attr in node.attribute:
            if attr.type == onnx.AttributeProto.GRAPH:
                yield attr.g
            elif attr.type == onnx.AttributeProto.GRAPHS:
                yield from attr.graphs
