"""``fold-constant-layouts``: transposes, reshapes and pads of constant tensors computed at compile time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.compiler.diagnostics import remark
from mlc.compiler.errors import MlcError
from mlc.passes import Pass, option

if TYPE_CHECKING:
    import numpy as np
    from mlir import ir

_LAYOUT_OPS = ("linalg.transpose", "tensor.expand_shape", "tensor.collapse_shape", "tensor.pad")
# Element types whose dense values numpy reads and writes bit for bit.
_ELEMENTS = ("f16", "f32", "f64", "i8", "i16", "i32", "i64")
_DYNAMIC = -(2**63)  # ShapedType::kDynamic in static_low/static_high


def constant_array(value: ir.Value, elements: tuple[str, ...] = _ELEMENTS) -> np.ndarray | None:
    """The value of a non-splat dense ``arith.constant`` whose element type is in ``elements``
    (by default those numpy reads bit for bit), else None."""
    import numpy as np
    from mlir import ir

    if not isinstance(value, ir.OpResult) or value.owner.name != "arith.constant":
        return None
    attr = value.owner.attributes["value"]
    if not isinstance(attr, ir.DenseElementsAttr) or attr.is_splat:
        return None
    if str(ir.ShapedType(attr.type).element_type) not in elements:
        return None
    return np.array(attr)


def _pad_value(op: ir.Operation) -> float | int | None:
    """The constant that ``tensor.pad`` pads with, None when its body computes it."""
    from mlir import ir

    block = op.regions[0].blocks[0]
    yielded = block.operations[len(block.operations) - 1].operands[0]
    if not isinstance(yielded, ir.OpResult) or yielded.owner.name != "arith.constant":
        return None
    attr = yielded.owner.attributes["value"]
    if isinstance(attr, ir.FloatAttr):
        return ir.FloatAttr(attr).value
    if isinstance(attr, ir.IntegerAttr):
        return ir.IntegerAttr(attr).value
    return None


def _folded(op: ir.Operation, x: np.ndarray) -> np.ndarray | None:
    """The result of the layout op ``op`` applied to the constant ``x``, None when it cannot be folded."""
    import numpy as np
    from mlir import ir

    result = ir.RankedTensorType(op.results[0].type)
    if not result.has_static_shape:
        return None
    if op.name == "linalg.transpose":
        return np.transpose(x, list(ir.DenseI64ArrayAttr(op.attributes["permutation"])))
    if op.name in ("tensor.expand_shape", "tensor.collapse_shape"):
        return x.reshape(result.shape)  # both keep the row-major order of the elements
    low = list(ir.DenseI64ArrayAttr(op.attributes["static_low"]))
    high = list(ir.DenseI64ArrayAttr(op.attributes["static_high"]))
    value = _pad_value(op)
    if value is None or _DYNAMIC in low or _DYNAMIC in high:
        return None
    return np.pad(x, list(zip(low, high, strict=True)), constant_values=value)


@dataclass(frozen=True)
class FoldConstantLayouts(Pass):
    """Compute every ``linalg.transpose``, ``tensor.expand_shape``,
    ``tensor.collapse_shape`` and ``tensor.pad`` (static, constant padding) whose source
    is a dense ``arith.constant`` of at least ``min-elements`` elements, and replace it
    by a constant of the result. Chains fold in one run (a transpose of a reshape of a
    weight), so a weight that ``pack-contractions`` lays out in panels of its
    microkernel is stored in that layout and not repacked on every call.

    Upstream's ``linalg-fuse-elementwise-ops`` folds some of these too, element by
    element through MLIR attributes: minutes for the 37M elements of AlexNet's first
    fully connected layer. Here numpy does the work at memory speed. Splat constants
    are left to the canonicalizer; an op whose source or result is dynamic, or whose
    padding value is computed, is left alone.
    """

    NAME = "fold-constant-layouts"
    SUMMARY = "compute transposes, reshapes and pads of constant tensors at compile time"
    PRIMARY_OPTION = "min_elements"

    min_elements: int = option(1, "the fewest elements a constant needs to be folded")

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        if self.min_elements < 1:
            raise MlcError(f"fold-constant-layouts: min-elements must be at least 1, got {self.min_elements}")
        found: list[ir.Operation] = []

        def visit(inner: ir.Operation) -> ir.WalkResult:
            if inner.name in _LAYOUT_OPS:
                found.append(inner)
            return ir.WalkResult.ADVANCE

        op.walk(visit)  # post-order: a chain's producers come before its users
        folded = 0
        for layout in found:
            folded += self._fold(layout)
        if folded:
            remark(op.location, f"folded {folded} layout op(s) of constants")

    def _fold(self, op: ir.Operation) -> bool:
        import numpy as np
        from mlir import ir
        from mlir.dialects import arith

        source = op.operands[0]
        x = constant_array(source)
        if x is None or x.size < self.min_elements:
            return False
        y = _folded(op, x)
        if y is None:
            return False
        result = ir.RankedTensorType(op.results[0].type)
        attr = ir.DenseElementsAttr.get(
            np.ascontiguousarray(y), type=result.element_type, shape=list(result.shape)
        )
        with ir.InsertionPoint(op), op.location:
            new = arith.ConstantOp(result, attr)
        op.results[0].replace_all_uses_with(new.result)
        producer = source.owner
        op.erase()
        if next(iter(producer.results[0].uses), None) is None:
            producer.erase()
        return True
