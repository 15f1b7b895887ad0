"""The ``pack-contractions`` pass: matmuls and convolutions as packed, register-blocked GEMMs for the CPU."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.passes import Pass, option
from mlc.passes.pack_contractions.gemm import Blocking, GemmShape, blocking_for
from mlc.passes.pack_contractions.rewrite import match_contraction, replace_with_gemm

if TYPE_CHECKING:
    from mlir import ir


@dataclass(frozen=True)
class PackContractions(Pass):
    """Rewrite each static f32 ``linalg.matmul``, ``linalg.batch_matmul``,
    ``linalg.conv_2d_nchw_fchw`` and batch-1 grouped ``linalg.conv_2d_ngchw_gfchw`` (one GEMM
    per group, the group as the GEMM batch; groups shallower than 8 taps stay direct) on
    tensors into one GEMM on data-tiled operands: the
    right-hand operand (the weights of a matmul, the im2col of a convolution, or the input
    itself for a 1x1 stride-1 convolution) is packed by ``linalg.pack`` into panels of
    ``nr`` columns (``[N/nr, K, nr]``, padded with zeros), the result is viewed as
    ``[M, N/nr, nr]`` and a ``linalg.contract`` computes ``C[m, n1, n0] += A[m, k] * B[n1, k, n0]``.
    The contraction carries ``mlc.gemm_tiles`` (cache and register block sizes, chosen for
    ``vector-bits``), which the CPU target's tiling turns into a cache-blocked loop nest
    around an ``mr`` x ``nr`` FMA microkernel (``docs/passes/pack-contractions.md``).
    Constant right-hand operands are packed at compile time (the pack folds).
    Other contractions are left alone."""

    NAME = "pack-contractions"
    SUMMARY = "matmuls and convolutions to packed GEMMs with register/cache block sizes (CPU)"
    PRIMARY_OPTION = "vector_bits"

    vector_bits: int = option(512, "SIMD register width in bits: 512 (AVX-512), 256 (AVX2) or 128")

    def run(self, op: ir.Operation) -> None:
        from mlc.compiler.errors import InputError

        if self.vector_bits not in (128, 256, 512):
            raise InputError(
                f"pack-contractions: vector-bits must be 128, 256 or 512, not {self.vector_bits}"
            )
        self.pack(op, lambda shape: blocking_for(shape, self.vector_bits))

    def pack(self, op: ir.Operation, choose: Callable[[GemmShape], Blocking]) -> None:
        """Rewrite the contractions under ``op`` with the block sizes ``choose`` gives each GEMM
        (the CPU target's ``pack`` stage: a tuned schedule where the tuning database has one)."""
        from mlir import ir

        found: list[tuple[ir.Operation, GemmShape]] = []

        def visit(o: ir.Operation) -> ir.WalkResult:
            shape = match_contraction(o) if o.name.startswith("linalg.") else None
            if shape is not None:
                found.append((o, shape))
            return ir.WalkResult.ADVANCE

        op.walk(visit)
        for contraction, shape in found:
            replace_with_gemm(contraction, shape, choose(shape))
        if found:
            _inline(op)


def _inline(op: ir.Operation) -> None:
    """Inline the GEMM helper functions the rewrite called, then drop them."""
    from mlir import passmanager

    passmanager.PassManager.parse("builtin.module(inline,symbol-dce,canonicalize)").run(op)
