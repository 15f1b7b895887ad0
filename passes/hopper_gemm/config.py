"""The tile configuration of the sm_90 GEMM (TMA + mbarrier + wgmma) and what it costs."""

from __future__ import annotations

from dataclasses import dataclass

from mlc.compiler.errors import PipelineError

WARPGROUP = 128  # threads that issue one wgmma together: 4 consecutive warps
WGMMA_M = 64  # rows of one wgmma.mma_async (m64nNk16)
WGMMA_K = 16  # k of one f16/bf16 wgmma
SWIZZLE_BYTES = 128  # the 128B swizzle: each shared-memory row of a tile is 128 bytes
SWIZZLE_ATOM_ROWS = 8  # rows of one swizzle atom (8 x 128 B = 1024 B, the descriptor's stride)
TMA_BOX_MAX = 256  # elements per box dimension that cp.async.bulk.tensor moves
TMA_ALIGN = 16  # bytes: global addresses and strides of a tensor map


@dataclass(frozen=True)
class HopperConfig:
    """Block tile ``block_m x block_n x block_k`` loaded by TMA into ``stages`` shared-memory
    slots; ``block_m / 64`` warpgroups each own 64 rows and issue m64n``block_n``k16 wgmmas."""

    block_m: int = 128
    block_n: int = 128
    block_k: int = 64
    stages: int = 4

    def __post_init__(self) -> None:
        if self.block_m % WGMMA_M or not 1 <= self.block_m // WGMMA_M <= 4:
            raise PipelineError(f"hopper-gemm: block-m must be 64, 128, 192 or 256, got {self.block_m}")
        if self.block_n % 64 or not 64 <= self.block_n <= TMA_BOX_MAX:
            raise PipelineError(
                f"hopper-gemm: block-n must be a multiple of 64 up to 256, got {self.block_n}"
            )
        if self.block_k != 64:
            raise PipelineError(
                f"hopper-gemm: block-k must be 64 (one 128-byte swizzled row of f16/bf16), got {self.block_k}"
            )
        if self.stages < 3:
            raise PipelineError(f"hopper-gemm: stages must be at least 3, got {self.stages}")

    @property
    def warpgroups(self) -> int:
        return self.block_m // WGMMA_M

    @property
    def threads(self) -> int:
        return self.warpgroups * WARPGROUP

    def a_bytes(self, element_bytes: int = 2) -> int:
        return self.block_m * self.block_k * element_bytes

    def b_bytes(self, element_bytes: int = 2) -> int:
        return self.block_n * self.block_k * element_bytes

    def stage_bytes(self, element_bytes: int = 2) -> int:
        return self.a_bytes(element_bytes) + self.b_bytes(element_bytes)

    def c_bytes(self) -> int:
        """The f32 accumulator tile staged in shared memory for the epilogue."""
        return self.block_m * self.block_n * 4

    def shared_bytes(self, element_bytes: int = 2) -> int:
        """Dynamic shared memory: the stages, reused for the accumulator tile afterwards."""
        return max(self.stages * self.stage_bytes(element_bytes), self.c_bytes())
