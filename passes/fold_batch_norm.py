"""``fold-batch-norm``: per-output-channel affine ops after a convolution folded into its weights and bias."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import remark
from mlc.passes import Pass, option

if TYPE_CHECKING:
    import numpy as np
    from mlir import ir

# conv op -> (channel dim of its result, channel axis of its filter)
_CONVS = {"linalg.conv_2d_nchw_fchw": (1, 0), "linalg.conv_2d_nhwc_hwcf": (3, 3)}
_ELEMENTS = ("f32", "f64")
_ERASABLE = ("arith.constant", "linalg.generic", "linalg.broadcast", "linalg.fill", "tensor.empty")


def _binary(name: str) -> Callable[[np.ndarray, np.ndarray], np.ndarray] | None:
    import numpy as np

    return {
        "arith.addf": np.add,
        "arith.subf": np.subtract,
        "arith.mulf": np.multiply,
        "arith.divf": np.divide,
        "arith.maximumf": np.maximum,
        "arith.minimumf": np.minimum,
    }.get(name)


def _unary(name: str) -> Callable[[np.ndarray], np.ndarray] | None:
    import numpy as np

    return {
        "arith.negf": np.negative,
        "math.sqrt": np.sqrt,
        "math.rsqrt": lambda v: 1.0 / np.sqrt(v),
        "math.absf": np.abs,
    }.get(name)


def _interpret(generic: ir.Operation, args: list[np.ndarray]) -> np.ndarray | None:
    """The value yielded by the body of ``generic`` for the (broadcastable) arrays of its inputs, in
    float64; None when the body holds an op outside the small arithmetic set above."""
    import numpy as np
    from mlir import ir

    block = generic.regions[0].blocks[0]
    env: dict[ir.Value, np.ndarray] = {}
    for i, arg in enumerate(args):
        env[block.arguments[i]] = np.asarray(arg, dtype=np.float64)
    for inner in block.operations:
        name = inner.name
        if name == "linalg.yield":
            yielded = inner.operands[0]
            return env.get(yielded)
        values = []
        for operand in inner.operands:
            if operand in env:
                values.append(env[operand])
                continue
            owner = operand.owner if isinstance(operand, ir.OpResult) else None
            if owner is None or owner.name != "arith.constant":
                return None
            attr = owner.attributes["value"]
            if not isinstance(attr, ir.FloatAttr):
                return None
            values.append(np.float64(ir.FloatAttr(attr).value))
        if name == "arith.constant":
            attr = inner.attributes["value"]
            if not isinstance(attr, ir.FloatAttr):
                return None
            env[inner.results[0]] = np.float64(ir.FloatAttr(attr).value)
        elif (fn2 := _binary(name)) is not None and len(values) == 2:
            env[inner.results[0]] = fn2(values[0], values[1])
        elif (fn1 := _unary(name)) is not None and len(values) == 1:
            env[inner.results[0]] = fn1(values[0])
        else:
            return None
    return None


def _is_elementwise(op: ir.Operation) -> bool:
    from mlir import ir

    if op.name != "linalg.generic" or len(op.results) != 1:
        return False
    iterators = ir.ArrayAttr(op.attributes["iterator_types"])
    return all("parallel" in str(it) for it in iterators)


def _maps(op: ir.Operation) -> list[ir.AffineMap]:
    from mlir import ir

    return [ir.AffineMapAttr(m).value for m in ir.ArrayAttr(op.attributes["indexing_maps"])]


def _constant(value: ir.Value, depth: int = 0) -> np.ndarray | None:
    """The value of ``value`` when it is a dense constant, or an elementwise generic with identity maps
    over such values (BN's ``rsqrt(var + eps)`` arrives so), computed in numpy; else None."""
    import numpy as np
    from mlir import ir

    if not isinstance(value, ir.OpResult) or depth > 16:
        return None
    owner = value.owner
    if owner.name == "arith.constant":
        attr = owner.attributes["value"]
        if not isinstance(attr, ir.DenseElementsAttr):
            return None
        if str(ir.ShapedType(attr.type).element_type) not in _ELEMENTS:
            return None
        shape = ir.ShapedType(attr.type).shape
        if attr.is_splat:
            return np.full(shape, ir.FloatAttr(attr.get_splat_value()).value)
        return np.array(attr).astype(np.float64)
    if not _is_elementwise(owner) or not all(m.is_permutation and _is_identity(m) for m in _maps(owner)):
        return None
    n_in = len(owner.operands) - 1
    args = [_constant(owner.operands[i], depth + 1) for i in range(n_in)]
    if any(a is None for a in args):
        return None
    out = _interpret(owner, args)
    shape = ir.ShapedType(owner.results[0].type).shape
    return None if out is None else np.broadcast_to(out, shape)


def _is_identity(m: ir.AffineMap) -> bool:
    return all(str(r) == f"d{i}" for i, r in enumerate(m.results)) and len(m.results) == m.n_dims


def _per_channel(value: ir.Value, m: ir.AffineMap, channel: int, c: int) -> np.ndarray | None:
    """``value`` read through ``m`` as a vector of ``c`` per-channel values, None when it varies along
    another dimension or is not a compile-time constant."""
    import numpy as np

    array = _constant(value)
    if array is None or array.ndim != len(m.results):
        return None
    vector: np.ndarray | None = None
    for axis, expr in enumerate(m.results):
        text = str(expr)
        if text == f"d{channel}" and array.shape[axis] == c:
            vector = np.moveaxis(array, axis, 0).reshape(c, -1)[:, 0]
        elif text != "0" and array.shape[axis] != 1:
            return None
    if vector is None:
        return np.full(c, array.reshape(-1)[0]) if array.size == 1 else None
    return vector


def _single_user(value: ir.Value) -> ir.Operation | None:
    uses = list(value.uses)
    return uses[0].owner if len(uses) == 1 else None


@dataclass(frozen=True)
class FoldBatchNorm(Pass):
    """Fold the chain of elementwise ``linalg.generic`` ops that follows a
    ``linalg.conv_2d_nchw_fchw`` or ``linalg.conv_2d_nhwc_hwcf`` with a dense constant
    filter, as long as the chain computes a per-output-channel affine function
    ``y = a[c] * x + b[c]`` with compile-time constant ``a`` and ``b``, into the
    convolution: the filter becomes ``W[c] * a[c]`` and the bias (the ``linalg.broadcast``
    of a constant, or a ``linalg.fill``, that initialises the result) ``a[c] * bias[c] + b[c]``.
    That is an inference ``BatchNormalization`` as the ONNX import produces it (subtract
    the mean, multiply by ``rsqrt(var + eps)`` computed by generics on constants, scale,
    shift), and also a lone scale or bias add.

    Each step of the chain must have the previous value as its only use and read it with
    the identity map; its other inputs must be constants (or generics on constants) that
    vary only along the channel dimension. Its body is evaluated in numpy at x = 0 and
    x = 1 and the result checked to be affine at x = 2 and x = -3 (relative tolerance
    ``tolerance``); the chain stops at the first op that is not (a ReLU). A convolution
    whose filter is not a dense f32/f64 constant, whose result has several uses or whose
    init is not a constant bias is left alone with a remark.
    """

    NAME = "fold-batch-norm"
    SUMMARY = "fold per-channel affine ops (inference batch norm) into the preceding convolution"
    PRIMARY_OPTION = "tolerance"

    tolerance: float = option(1e-5, "relative error allowed when checking that the chain is affine")

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        convs: list[ir.Operation] = []

        def visit(inner: ir.Operation) -> ir.WalkResult:
            if inner.name in _CONVS:
                convs.append(inner)
            return ir.WalkResult.ADVANCE

        op.walk(visit)
        folded = 0
        for conv in convs:
            folded += self._fold(conv)
        if folded:
            remark(op.location, f"folded the per-channel affine ops after {folded} convolution(s)")

    def _chain(self, conv: ir.Operation, channel: int, c: int) -> tuple[list[ir.Operation], list]:
        """The elementwise ops after ``conv`` that form an affine chain, and for each its per-channel
        operand vectors (None at the position of the chained value)."""
        from mlir import ir

        chain: list[ir.Operation] = []
        operands: list[list[np.ndarray | None]] = []
        value = conv.results[0]
        shape = ir.ShapedType(value.type).shape
        while (user := _single_user(value)) is not None and _is_elementwise(user):
            if ir.ShapedType(user.results[0].type).shape != shape:
                break
            if ir.ShapedType(user.results[0].type).element_type != ir.ShapedType(value.type).element_type:
                break
            maps = _maps(user)
            n_in = len(user.operands) - 1
            mine = [i for i in range(n_in) if user.operands[i] == value]
            if len(mine) != 1 or not _is_identity(maps[mine[0]]) or not _is_identity(maps[-1]):
                break
            vectors: list[np.ndarray | None] = [
                None if i == mine[0] else _per_channel(user.operands[i], maps[i], channel, c)
                for i in range(n_in)
            ]
            if any(v is None for i, v in enumerate(vectors) if i != mine[0]):
                break  # another input is not a per-channel constant (a residual add)
            if not self._affine(user, chain, operands, vectors, c):
                break
            chain.append(user)
            operands.append(vectors)
            value = user.results[0]
        return chain, operands

    def _affine(self, user: ir.Operation, chain: list, operands: list, vectors: list, c: int) -> bool:
        import numpy as np

        probe = [
            _evaluate([*chain, user], [*operands, vectors], np.full(c, x)) for x in (0.0, 1.0, 2.0, -3.0)
        ]
        if any(p is None or not np.all(np.isfinite(p)) for p in probe):
            return False
        b, a = probe[0], probe[1] - probe[0]
        scale = np.maximum(np.abs(a) * 3 + np.abs(b), 1e-30)
        return bool(np.all(np.abs(probe[2] - (2 * a + b)) <= self.tolerance * scale)) and bool(
            np.all(np.abs(probe[3] - (-3 * a + b)) <= self.tolerance * scale)
        )

    def _fold(self, conv: ir.Operation) -> bool:
        import numpy as np
        from mlir import ir
        from mlir.dialects import arith, linalg, tensor

        channel, filter_axis = _CONVS[conv.name]
        result = ir.RankedTensorType(conv.results[0].type)
        if not result.has_static_shape or str(result.element_type) not in _ELEMENTS:
            return False
        c = result.shape[channel]
        chain, operands = self._chain(conv, channel, c)
        if not chain:
            return False
        weights = _dense(conv.operands[1])
        bias = _bias(conv.operands[2], channel, c)
        if weights is None or bias is None:
            why = (
                "its filter is not a dense constant" if weights is None else "its init is not a constant bias"
            )
            remark(conv.location, f"fold-batch-norm: not folding the ops after this convolution: {why}")
            return False
        b = _evaluate(chain, operands, np.zeros(c))
        a = _evaluate(chain, operands, np.ones(c)) - b
        shape = [1] * weights.ndim
        shape[filter_axis] = c
        new_weights = weights * a.reshape(shape)
        new_bias = a * bias + b
        filter_type = ir.RankedTensorType(conv.operands[1].type)
        dtype = np.float32 if str(result.element_type) == "f32" else np.float64
        with ir.InsertionPoint(conv), conv.location:
            w = arith.ConstantOp(
                filter_type,
                ir.DenseElementsAttr.get(
                    np.ascontiguousarray(new_weights.astype(dtype)),
                    type=result.element_type,
                    shape=list(filter_type.shape),
                ),
            )
            vector_type = ir.RankedTensorType.get([c], result.element_type)
            bv = arith.ConstantOp(
                vector_type, ir.DenseElementsAttr.get(new_bias.astype(dtype), type=result.element_type)
            )
            empty = tensor.EmptyOp(list(result.shape), result.element_type)
            dims = [d for d in range(result.rank) if d != channel]
            init = linalg.broadcast(bv.result, outs=[empty.result], dimensions=dims)
            init = init.operation.results[0]
        old_filter, old_init = conv.operands[1], conv.operands[2]
        conv.operands[1] = w.result
        conv.operands[2] = init
        chain[-1].results[0].replace_all_uses_with(conv.results[0])
        _erase_dead([*reversed(chain), old_filter.owner, old_init.owner])
        return True


def _evaluate(chain: list[ir.Operation], operands: list, x: np.ndarray) -> np.ndarray | None:
    """The chain applied to the per-channel vector ``x``."""
    for step, vectors in zip(chain, operands, strict=True):
        args = [x if v is None else v for v in vectors]
        x = _interpret(step, args)
        if x is None:
            return None
    return x


def _dense(value: ir.Value) -> np.ndarray | None:
    import numpy as np

    from mlc.passes.fold_constant_layouts import constant_array

    found = constant_array(value, _ELEMENTS)
    return None if found is None else found.astype(np.float64)


def _bias(init: ir.Value, channel: int, c: int) -> np.ndarray | None:
    """The per-channel bias that the convolution's init holds: a ``linalg.broadcast`` of a constant
    vector along the channel dimension, or a ``linalg.fill`` with a constant."""
    import numpy as np
    from mlir import ir

    if not isinstance(init, ir.OpResult):
        return None
    owner = init.owner
    if owner.name == "linalg.fill":
        scalar = owner.operands[0]
        if not isinstance(scalar, ir.OpResult) or scalar.owner.name != "arith.constant":
            return None
        attr = scalar.owner.attributes["value"]
        return np.full(c, ir.FloatAttr(attr).value) if isinstance(attr, ir.FloatAttr) else None
    if owner.name == "linalg.broadcast":
        dims = list(ir.DenseI64ArrayAttr(owner.attributes["dimensions"]))
        rank = ir.ShapedType(init.type).rank
        if [d for d in range(rank) if d not in dims] != [channel]:
            return None
        vector = _constant(owner.operands[0])
        return None if vector is None or vector.shape != (c,) else vector
    return None


def _erase_dead(ops: list[ir.Operation]) -> None:
    """Erase the ops of ``ops`` and, transitively, their producers once nothing uses them."""
    from mlir import ir

    pending = list(ops)
    changed = True
    while changed:
        changed = False
        for op in list(pending):
            if any(next(iter(r.uses), None) is not None for r in op.results):
                continue
            pending.remove(op)
            for operand in op.operands:
                if not isinstance(operand, ir.OpResult):
                    continue
                owner = operand.owner
                if owner.name in _ERASABLE and not any(owner == q for q in pending):
                    pending.append(owner)
            op.erase()
            changed = True
