"""The ``bf16-mma-to-nvvm`` pass: ``nvgpu.mma.sync`` on bf16 as ``nvvm.mma.sync``.

Upstream ``convert-nvgpu-to-nvvm`` (LLVM 22.1.8) cannot deduce the PTX types of a bf16
``nvgpu.mma.sync`` and fails. PTX passes bf16 fragments as ``.b32`` registers holding two
bf16 each, which ``nvvm.mma.sync`` takes as ``i32`` operands with explicit multiplicand
types; this pass builds exactly that, so the f16 and bf16 kernels share one IR up to here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.passes import Pass

if TYPE_CHECKING:
    from mlir import ir

NO_MATCH = True  # what a pattern function returns when it does not apply


def _registers(fragment: ir.Value, rows: int) -> list[ir.Value]:
    """The rows of a ``vector<rows x 2 x bf16>`` fragment, each as one ``i32``."""
    from mlir import ir
    from mlir.dialects import vector

    i32 = ir.IntegerType.get_signless(32)
    regs = []
    for r in range(rows):
        row = vector.extract(fragment, [], [r])
        packed = vector.bitcast(ir.VectorType.get([1], i32), row)
        regs.append(vector.extract(packed, [], [0]))
    return regs


def _bf16_mma(op, rewriter) -> bool | None:
    from mlir import ir
    from mlir.dialects import llvm, nvvm, vector

    a_type = ir.VectorType(op.matrixA.type)
    if not isinstance(a_type.element_type, ir.BF16Type):
        return NO_MATCH
    shape = [ir.IntegerAttr(a).value for a in ir.ArrayAttr(op.attributes["mmaShape"])]
    if shape != [16, 8, 16]:
        return NO_MATCH
    with rewriter.ip, op.location:
        f32 = ir.F32Type.get()
        a = _registers(op.matrixA, 4)
        b = _registers(op.matrixB, 2)
        c = [vector.extract(op.matrixC, [], [i // 2, i % 2]) for i in range(4)]
        struct = ir.Type.parse("!llvm.struct<(f32, f32, f32, f32)>")
        mma = nvvm.MmaOp(
            struct,
            ir.Attribute.parse("#nvvm.shape<m = 16, n = 8, k = 16>"),
            ir.Attribute.parse("#nvvm.mma_layout<row>"),
            ir.Attribute.parse("#nvvm.mma_layout<col>"),
            a,
            b,
            c,
            multiplicandAPtxType=ir.Attribute.parse("#nvvm.mma_type<bf16>"),
            multiplicandBPtxType=ir.Attribute.parse("#nvvm.mma_type<bf16>"),
        )
        d = [llvm.extractvalue(f32, mma.result, [i]) for i in range(4)]
        result = vector.from_elements(ir.VectorType.get([2, 2], f32), d)
    rewriter.replace_op(op, [result])
    return None


@dataclass(frozen=True)
class Bf16MmaToNvvm(Pass):
    """Rewrite every ``nvgpu.mma.sync`` m16n8k16 whose multiplicands are bf16 into
    ``nvvm.mma.sync`` with the fragments packed into ``i32`` registers (two bf16 each, as PTX
    passes them) and bf16 multiplicand types, and the four f32 results unpacked into the
    ``vector<2x2xf32>`` accumulator. Upstream ``convert-nvgpu-to-nvvm`` cannot lower the bf16
    case (it fails to deduce the PTX types); run this pass before it. Other ``mma.sync`` ops
    are left to it."""

    NAME = "bf16-mma-to-nvvm"
    SUMMARY = "lower bf16 nvgpu.mma.sync to nvvm.mma.sync (upstream convert-nvgpu-to-nvvm cannot)"

    def run(self, op: ir.Operation) -> None:
        from mlir.dialects import nvgpu
        from mlir.rewrite import RewritePatternSet, apply_patterns_and_fold_greedily

        patterns = RewritePatternSet()
        patterns.add(nvgpu.MmaSyncOp, _bf16_mma)
        apply_patterns_and_fold_greedily(op, patterns.freeze())
