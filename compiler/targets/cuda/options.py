"""Options of the CUDA target."""

from __future__ import annotations

from dataclasses import dataclass, replace

from mlc.compiler.errors import InputError
from mlc.compiler.targets.limits import CUDA_ARCHS, DEFAULT_CUDA_ARCH, GpuSpec

DEFAULT_MAPPING = "mlc"


@dataclass(frozen=True)
class CudaOptions:
    """How to compile for CUDA.

    ``mapping`` is the mapping stage's pipeline: a name of ``mapping.MAPPINGS``
    (``mlc``, the default: mlc's ``tile`` and ``coalesce``; ``upstream``: upstream's
    loop tiling and innermost-first mapping) or any pass pipeline text.
    ``$tile_sizes`` in the text is replaced, per kernel, by the sizes the
    occupancy rule chose for it, ``$sm_count`` by the target's SM count.
    """

    arch: str = DEFAULT_CUDA_ARCH
    sm_count: int | None = None  # None: the reference part of ``arch``
    mapping: str = DEFAULT_MAPPING
    fuse_elementwise: bool = True
    row_fusion: bool = True  # row-wise kernels become row kernels (``row_fusion``); needs fuse_elementwise
    attention_fusion: bool = True  # attention as one kernel (``attention_fusion``); needs fuse_elementwise
    split_k: bool = True  # GEMMs that cannot fill the GPU split their K loop (``split_k``)
    fold_constants: bool = True
    opt_level: int = 3
    run_ptxas: bool = True
    function: str | None = None  # the entry function (None: the only public one)
    tensor_cores: bool = True  # GEMM kernels take the GEMM strategies (``gemm``: tensor cores, simt-gemm)
    allow_tf32: bool = False  # f32 GEMMs may round their inputs to TF32 on tensor cores

    def __post_init__(self) -> None:
        if self.arch not in CUDA_ARCHS:
            raise InputError(
                f"unsupported CUDA architecture '{self.arch}'", hint=f"use one of {', '.join(CUDA_ARCHS)}"
            )
        if self.sm_count is not None and self.sm_count <= 0:
            raise InputError(f"--sm-count must be positive, got {self.sm_count}")

    @property
    def spec(self) -> GpuSpec:
        base = CUDA_ARCHS[self.arch]
        return base if self.sm_count is None else replace(base, sm_count=self.sm_count)
