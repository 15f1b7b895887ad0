"""The ``map`` stage: turn each kernel's linalg op into ``scf.parallel`` loops mapped to blocks and threads.

The stage's pass pipeline is named by ``CudaOptions.mapping``: a name of
``MAPPINGS`` or any pipeline text. It runs once per kernel function, on a module
holding just that function, so that each kernel gets its own sizes; symbols it
creates (shared-memory tiles) are renamed when they clash on the way back.
Placeholders in the text are replaced per kernel: ``$tile_sizes`` by the
kernel's ``mlc.tile_sizes`` (chosen by the occupancy rule in the ``kernels``
stage), ``$sm_count`` by the target's SM count. Whatever the pipeline, its
output must be ``scf.parallel`` loops carrying ``#gpu.loop_dim_map`` mapping
attributes, which ``convert-parallel-loops-to-gpu`` (the ``gpu`` stage) turns
into launches.

``mlc`` (the default): mlc's ``tile`` (block and thread tiles by its heuristic,
sized for the target's SM count) and ``coalesce`` (threadIdx.x on the loop that
coalesces the global accesses best, 128-bit vector accesses where legal,
shared-memory staging of the accesses no mapping coalesces). See
``docs/passes/tile.md`` and ``benchmarks/results/cuda_mapping.md`` for the
measured effect against ``upstream``.

``upstream``: loops from linalg; loops with more than three parallel dimensions
get their leading dimensions merged (mlc's ``collapse-parallel-loops``: the
hardware has three, and upstream mapping leaves the rest, the innermost
included, sequential); tiled by the occupancy-aware sizes with fixed tile
bounds and an in-bounds guard (so sizes the tiles do not divide work, and
thread counts stay constant); mapped innermost-first so that the innermost loop
dimension is ``threadIdx.x``. No canonicalization runs in between: it would
merge the tile loops back into one.
"""

from __future__ import annotations

from string import Template
from typing import TYPE_CHECKING

from mlc.compiler import attributes
from mlc.compiler.errors import MlcError, PipelineError
from mlc.compiler.targets.cuda.kernels import is_kernel_function, run_on_function, symbol_name
from mlc.compiler.targets.cuda.options import CudaOptions

if TYPE_CHECKING:
    from mlir import ir

UPSTREAM_MAPPING = (
    "builtin.module(func.func(convert-linalg-to-parallel-loops),collapse-parallel-loops{max-dims=3},"
    "func.func(scf-parallel-loop-tiling{parallel-loop-tile-sizes=$tile_sizes no-min-max-bounds},"
    "gpu-map-parallel-loops{mapping-policy=innermost-first}))"
)
MLC_MAPPING = "builtin.module(tile{sm-count=$sm_count},coalesce)"
MAPPINGS = {"mlc": MLC_MAPPING, "upstream": UPSTREAM_MAPPING}


def mapping_template(options: CudaOptions) -> str:
    """The pipeline text of the mapping stage (a name from ``MAPPINGS`` or literal text)."""
    return MAPPINGS.get(options.mapping, options.mapping)


def kernel_pipeline(template: str, kfunc: ir.Operation, options: CudaOptions) -> str:
    """``template`` with ``$tile_sizes`` replaced by the kernel's tile sizes, ``$sm_count`` by the
    target's SM count."""
    from mlir import ir

    sizes = ",".join(str(s) for s in ir.DenseI64ArrayAttr(kfunc.attributes[attributes.TILE_SIZES]))
    return _substitute(template, sizes, options)


def _substitute(template: str, sizes: str, options: CudaOptions) -> str:
    try:
        return Template(template).substitute(tile_sizes=sizes, sm_count=options.spec.sm_count)
    except (KeyError, ValueError) as e:
        raise PipelineError(
            f"invalid mapping pipeline '{template}': bad placeholder {e}",
            hint="the placeholders are $tile_sizes and $sm_count",
        ) from None


def map_kernels(module: ir.Module, options: CudaOptions) -> None:
    """Run the mapping pipeline on every kernel function, each in a module of its own; GEMM
    kernels marked by the ``kernels`` stage (``attributes.GEMM``) run their ``tensorize-gemm``."""
    from mlir import ir

    from mlc.compiler.pipeline import Pipeline

    template = mapping_template(options)
    Pipeline.parse(_substitute(template, "1", options))  # reported even if every kernel has its own strategy
    for o in list(module.body.operations):
        kfunc = o.operation
        if not is_kernel_function(kfunc) or attributes.SINGLE_THREAD in kfunc.attributes:
            continue  # kernels from C that run as one thread (``c_function``) stay unmapped
        if attributes.ATTENTION in kfunc.attributes:
            pipeline = "builtin.module(fused-attention)"
        elif attributes.ROWS in kfunc.attributes:
            pipeline = "builtin.module(row-kernel)"
        elif attributes.GEMM in kfunc.attributes:
            pipeline = f"builtin.module({ir.StringAttr(kfunc.attributes[attributes.GEMM]).value})"
        else:
            pipeline = kernel_pipeline(template, kfunc, options)
        try:
            run_on_function(module, kfunc, pipeline)
        except MlcError as e:
            e.message = f"mapping kernel @{symbol_name(kfunc)}: {e.message}"
            raise
