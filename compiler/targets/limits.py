"""The hardware limits of the targets: the one place options and heuristics default from.

CUDA (from the CUDA C++ Programming Guide, "Technical Specifications per
Compute Capability"): what holds for every architecture mlc targets is a
constant here, what differs is a field of ``GpuSpec``, one per architecture in
``CUDA_ARCHS``. The SM counts are those of the reference parts (A100 SXM,
H100/H200 SXM); ``--sm-count`` overrides them. The CPU target reads its limits
from the host instead (``targets.cpu.native``).

The CUDA runtime checks launches against the limits the device itself reports,
not these numbers (``mlc.runtime.cuda.device``).
"""

from __future__ import annotations

from dataclasses import dataclass

WARP_SIZE = 32  # threads
SECTOR_BYTES = 32  # the unit global memory moves in
SHARED_BANKS = 32  # of shared memory, 4 bytes wide
MAX_THREADS_PER_BLOCK = 1024
MAX_BLOCK = (1024, 1024, 64)  # threads along x, y, z
MAX_GRID = (2**31 - 1, 65535, 65535)  # blocks along x, y, z
STATIC_SHARED_BYTES_PER_BLOCK = 48 * 1024  # static shared memory (more needs a dynamic opt-in)


@dataclass(frozen=True)
class GpuSpec:
    """What differs between the CUDA architectures mlc targets: their limits, and the peak
    numbers of their reference part (for the performance models)."""

    arch: str
    sm_count: int
    ptx_features: str
    shared_bytes_per_sm: int
    shared_bytes_per_block: int  # the most a block may opt in to (dynamic shared memory)
    registers_per_sm: int = 64 * 1024
    registers_per_thread: int = 255  # the most ptxas assigns
    threads_per_sm: int = 2048
    blocks_per_sm: int = 32
    shared_reserved_per_block: int = 1024  # shared memory the driver reserves per block (sm_80+)
    register_granularity: int = 256  # registers are allocated per warp in units of this many
    tensor_tflops: float = 0.0  # dense f16/bf16 tensor-core peak (f32 accumulation) of the reference part
    tf32_tflops: float = 0.0  # dense tf32 tensor-core peak
    simt_tflops: float = 0.0  # f32 FMA peak of the CUDA cores
    dram_gbps: float = 0.0  # DRAM bandwidth
    reference_sm_count: int = 0  # SMs the peaks above are for (they scale with --sm-count)
    memory_latency_ns: float = 500.0  # an assumed round figure for a global load, for the pipeline model
    launch_overhead_us: float = 3.0  # an assumed round figure for one kernel launch, for the fusion rule
    part: str = ""

    @property
    def register_safe_threads(self) -> int:
        """The largest power-of-two block whose threads may all use the most registers: a launch
        of that many threads never fails for lack of registers (256 on every part here)."""
        fit = self.registers_per_sm // self.registers_per_thread
        return 1 << (fit.bit_length() - 1)


# The reference parts, from NVIDIA's data sheets: A100 SXM4 80 GB (sm_80) and H100 SXM5 (sm_90).
# --sm-count overrides the SM count (the peaks are then scaled by it in the performance models).
CUDA_ARCHS: dict[str, GpuSpec] = {
    "sm_80": GpuSpec(
        "sm_80",
        108,
        "+ptx70",
        shared_bytes_per_sm=164 * 1024,
        shared_bytes_per_block=163 * 1024,
        tensor_tflops=312.0,
        tf32_tflops=156.0,
        simt_tflops=19.5,
        dram_gbps=2039.0,
        reference_sm_count=108,
        part="A100 SXM4 80GB",
    ),
    "sm_90": GpuSpec(
        "sm_90",
        132,
        "+ptx80",
        shared_bytes_per_sm=228 * 1024,
        shared_bytes_per_block=227 * 1024,
        tensor_tflops=989.4,
        tf32_tflops=494.7,
        simt_tflops=66.9,
        dram_gbps=3350.0,
        reference_sm_count=132,
        part="H100 SXM5",
    ),
}
DEFAULT_CUDA_ARCH = "sm_90"
DEFAULT_GPU = CUDA_ARCHS[DEFAULT_CUDA_ARCH]
