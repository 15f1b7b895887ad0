"""The tile configuration of the tensor-core GEMM and what it costs in resources."""

from __future__ import annotations

from dataclasses import dataclass

from mlc.compiler.errors import PipelineError
from mlc.compiler.targets.cuda.fragments import MMA_K, MMA_M, MMA_N, WARP


def _pow2(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


@dataclass(frozen=True)
class TileConfig:
    """Block tile ``block_m x block_n x block_k`` staged in shared memory ``stages`` deep, split
    into warp tiles ``warp_m x warp_n`` each computed by one warp with mma.sync m16n8k16."""

    block_m: int = 128
    block_n: int = 128
    block_k: int = 32
    warp_m: int = 64
    warp_n: int = 64
    stages: int = 3

    def __post_init__(self) -> None:
        sizes = (self.block_m, self.block_n, self.block_k, self.warp_m, self.warp_n)
        if not all(_pow2(s) for s in sizes):
            raise PipelineError(f"tensorize-gemm: tile sizes must be powers of two, got {sizes}")
        if self.warp_m % MMA_M or self.warp_n % (2 * MMA_N) or self.block_k % MMA_K:
            raise PipelineError(
                f"tensorize-gemm: warp tiles must be multiples of {MMA_M}x{2 * MMA_N} and block-k a "
                f"multiple of {MMA_K} (got warp {self.warp_m}x{self.warp_n}, block-k {self.block_k})"
            )
        if self.block_m % self.warp_m or self.block_n % self.warp_n:
            raise PipelineError(
                f"tensorize-gemm: the block tile {self.block_m}x{self.block_n} is not a grid of "
                f"{self.warp_m}x{self.warp_n} warp tiles"
            )
        if self.stages < 2:
            raise PipelineError(f"tensorize-gemm: stages must be at least 2, got {self.stages}")

    @property
    def warps_m(self) -> int:
        return self.block_m // self.warp_m

    @property
    def warps_n(self) -> int:
        return self.block_n // self.warp_n

    @property
    def warps(self) -> int:
        return self.warps_m * self.warps_n

    @property
    def threads(self) -> int:
        return self.warps * WARP

    @property
    def warp_tiles(self) -> tuple[int, int]:
        """16x8 mma.sync tiles per warp along m and n."""
        return self.warp_m // MMA_M, self.warp_n // MMA_N

    def shared_bytes(self, element_bytes: int) -> int:
        """Shared memory of the staged A and B tiles."""
        return self.stages * (self.block_m + self.block_n) * self.block_k * element_bytes
