"""The named stages of the CUDA pipeline; each one's IR can be dumped and compilation resumed from it.

``input`` (linalg on tensors) -> ``bufferize`` -> ``kernels`` -> ``map`` -> ``gpu``
-> ``nvvm`` -> ``ptx``. A stage's IR is the module after that stage ran, so
``--from-stage gpu in.mlir`` continues with ``nvvm``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mlc.compiler.errors import InputError
from mlc.compiler.targets.cuda.bufferize import bufferize
from mlc.compiler.targets.cuda.kernels import form_kernels
from mlc.compiler.targets.cuda.lowering import to_gpu, to_nvvm, to_ptx
from mlc.compiler.targets.cuda.mapping import map_kernels
from mlc.compiler.targets.cuda.options import CudaOptions

if TYPE_CHECKING:
    from mlir import ir


@dataclass(frozen=True)
class Stage:
    name: str
    summary: str
    run: Callable[[ir.Module, CudaOptions], None] | None


STAGES = (
    Stage("input", "linalg on tensors, as the frontend produced it", None),
    Stage("bufferize", "elementwise fusion, then linalg on memrefs in one host function", bufferize),
    Stage("kernels", "each compute op in its own kernel function, with tile sizes", form_kernels),
    Stage("map", "scf.parallel loops mapped to blocks and threads", map_kernels),
    Stage("gpu", "gpu.launch_func in the host code, kernels outlined to gpu.module", to_gpu),
    Stage("nvvm", "device code in the LLVM/NVVM dialects (bare-pointer ABI)", to_nvvm),
    Stage("ptx", "gpu.binary holding the PTX of each kernel", to_ptx),
)
STAGE_NAMES = tuple(s.name for s in STAGES)


def stage_index(name: str) -> int:
    if name not in STAGE_NAMES:
        raise InputError(f"unknown stage '{name}'", hint=f"stages: {', '.join(STAGE_NAMES)}")
    return STAGE_NAMES.index(name)


def run_stages(
    module: ir.Module,
    options: CudaOptions,
    *,
    start: str = "input",
    stop: str = "ptx",
    dump_dir: str | Path | None = None,
    on_stage: Callable[[str], None] | None = None,
    after_stage: Callable[[str, ir.Module], None] | None = None,
) -> None:
    """Run the stages after ``start`` up to and including ``stop`` on ``module`` in place.

    With ``dump_dir``, the IR after each stage is written to ``NN-<stage>.mlir``
    there (``start`` included), ready to resume from with ``--from-stage``.
    """
    first, last = stage_index(start), stage_index(stop)
    if last < first:
        raise InputError(f"stage '{stop}' comes before the starting stage '{start}'")
    dump = Path(dump_dir) if dump_dir else None
    if dump:
        dump.mkdir(parents=True, exist_ok=True)
        (dump / f"{first}-{start}.mlir").write_text(str(module))
    for index in range(first + 1, last + 1):
        stage = STAGES[index]
        if on_stage:
            on_stage(stage.name)
        if stage.run is not None:
            stage.run(module, options)
        if dump:
            (dump / f"{index}-{stage.name}.mlir").write_text(str(module))
        if after_stage:
            after_stage(stage.name, module)
