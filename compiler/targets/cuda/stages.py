"""The CUDA target's stage lists: one for models, one for functions raised from C (``.ll`` files).

Models: ``input`` (linalg on tensors) -> ``bufferize`` -> ``kernels`` -> ``map``
-> ``gpu`` -> ``nvvm`` -> ``ptx``, then ``build.build_artifact``. A function from
C is at the buffer level already: ``input`` -> ``prepare`` -> ``kernels`` ->
``map`` -> ``gpu`` -> ``nvvm`` -> ``ptx``, then ``c_host.build_c_artifact``
(see ``c_function``). A stage's IR is the module after that stage ran, so
``--from-stage gpu in.mlir`` continues with ``nvvm``. The runner is
``mlc.compiler.stages``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlc.compiler.stages import Stage, StageList
from mlc.compiler.targets.cuda import c_function
from mlc.compiler.targets.cuda.bufferize import bufferize
from mlc.compiler.targets.cuda.build import build_artifact
from mlc.compiler.targets.cuda.c_host import build_c_artifact
from mlc.compiler.targets.cuda.kernels import form_kernels
from mlc.compiler.targets.cuda.lowering import to_gpu, to_nvvm, to_ptx
from mlc.compiler.targets.cuda.mapping import map_kernels

if TYPE_CHECKING:
    from mlir import ir

    from mlc.compiler.targets.cuda.options import CudaOptions

_MAP = Stage("map", "scf.parallel loops mapped to blocks and threads", map_kernels)
_DEVICE = (
    Stage("nvvm", "device code in the LLVM/NVVM dialects (bare-pointer ABI)", to_nvvm),
    Stage("ptx", "gpu.binary holding the PTX of each kernel", to_ptx),
)

MODEL = StageList(
    "cuda",
    (
        Stage("input", "linalg on tensors, as the frontend produced it"),
        Stage("bufferize", "elementwise fusion, then linalg on memrefs in one host function", bufferize),
        Stage("kernels", "each compute op in its own kernel function, with tile sizes", form_kernels),
        _MAP,
        Stage("gpu", "gpu.launch_func in the host code, kernels outlined to gpu.module", to_gpu),
        *_DEVICE,
    ),
    build_artifact,
)

C_FUNCTION = StageList(
    "cuda (function from C)",
    (
        Stage("input", "a buffer-level function on pointers, as the .ll frontend raised it"),
        Stage(
            "prepare",
            "run-time checks as host asserts, guarded ops and scalar stores as kernels",
            c_function.prepare,
        ),
        Stage(
            "kernels",
            "kernels outlined; views of pointer arguments passed as pointer + sizes",
            c_function.form_kernels,
        ),
        _MAP,
        Stage(
            "gpu", "launches with sizes computed on the host, views sunk into the kernels", c_function.to_gpu
        ),
        *_DEVICE,
    ),
    build_c_artifact,
)

# What --from-stage/--to-stage accept on the cuda target: the stage names of either list.
STAGE_NAMES = tuple(dict.fromkeys((*MODEL.names, *C_FUNCTION.names)))


def stage_list(module: ir.Module, options: CudaOptions) -> StageList:
    """The stage list ``module`` (at any stage) compiles through."""
    return C_FUNCTION if c_function.is_c_function(module, options) else MODEL
