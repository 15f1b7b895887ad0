"""The name of every ``mlc.*`` attribute mlc puts on IR, and who reads it.

One owner per name: every module that sets or reads one of these imports it from
here. Grouped by the stage that writes them; each comment says what the value is.
Standard library only, so ``import mlc.compiler`` stays cheap.
"""

from __future__ import annotations

# -- frontends: the user-facing interface of an entry function (``mlc.compiler.interface``) --
INPUT_NAMES = "mlc.input_names"  # array of strings: the graph input names
INPUT_DTYPES = "mlc.input_dtypes"  # array of strings: their dtype names (``mlc.runtime.dtypes``)
OUTPUT_NAMES = "mlc.output_names"
OUTPUT_DTYPES = "mlc.output_dtypes"
INTERFACE = (INPUT_NAMES, INPUT_DTYPES, OUTPUT_NAMES, OUTPUT_DTYPES)
SPECIALIZED = "mlc.specialized"  # JSON on the entry function: the inputs folded in (``specialization``)

# -- analyses --
LINALG_LOOPS = "mlc.linalg_loops"  # unit: this loop nest came from a linalg op (its dims are known)

# -- raising LLVM IR (``compiler/raising``, ``passes/lift_llvm_to_core`` and friends) --
ORIGINAL_SUFFIX = ".mlc.orig"  # symbol suffix: the kept original ``llvm.func`` of a lifted function
SAVED_LINKAGE = "mlc.linkage"  # the linkage of a lifted function, restored by finalize-llvm-raising
SAVED_DSO_LOCAL = "mlc.dso_local"  # unit: the lifted function was dso_local
SAVED_CCONV = "mlc.cconv"  # the calling convention of a kept original, which is made ccc meanwhile
STEP_DIVIDES_TRIP = "mlc.step_divides_trip"  # unit on scf.for: the step divides the trip count
ASSUMPTIONS = "mlc.assumptions"  # array of strings on a function: facts ptr-to-memref assumed

# -- the CUDA target: kernel functions and the host (``compiler/targets/cuda``) --
KERNEL = "mlc.kernel"  # string on a kernel function: the name of the op it computes
WRITTEN = "mlc.written"  # array of i64: the kernel parameters it writes
PARALLEL_EXTENTS = "mlc.parallel_extents"  # i64 array on a kernel function: its parallel extents
TILE_SIZES = "mlc.tile_sizes"  # i64 array on a kernel function: the launch's tile sizes
GEMM = "mlc.gemm"  # on a kernel function: the contraction tensorize-gemm may rewrite
TENSORIZED = "mlc.tensorized"  # on a rewritten kernel function: the strategy and its tiles
C_FUNCTION = "mlc.c_function"  # on an entry function raised from C
COMPUTE_GUARD = "mlc.guard"  # on an scf.if around one compute op of a C function
SINGLE_THREAD = "mlc.single_thread"  # unit: runs on one thread (a C function's serial tail, its kernel)
ATTENTION = "mlc.attention"  # dict on a fused attention kernel function (``attention_fusion``)
ROWS = "mlc.rows"  # dict on a fused row-wise kernel function: its rows and stages (``row_fusion``)
POINTER_VIEWS = "mlc.pointer_views"  # on a C entry: how its pointer arguments are viewed as memrefs

# -- the mapping (``compiler/mapping``, ``passes/tile``, ``passes/coalesce``) --
TILE = "mlc.tile"  # dict on a block-level loop: the plan that materialized it
TILE_INDEX = "mlc.tile_index"  # i64 on an affine.apply: which tile index it computes
TILE_GUARD = "mlc.tile_guard"  # unit on the comparisons that guard a partial tile
TILE_LOOP = "mlc.tile_loop"  # unit on a loop the tiling made
MOVING = "mlc.moving"  # unit on the loads and stores a coalescing copy moves
MAPPING_TAGS = (TILE, TILE_INDEX, TILE_GUARD, TILE_LOOP, MOVING)  # erased once mapping is done

# -- the CPU target (``compiler/targets/cpu``) --
CPU_TILE_ID = "mlc.tile_id"  # i64 on an op tiled for the CPU: which tiling decision it belongs to
CPU_GEMM_ID = "mlc.gemm_id"  # i64 on a packed GEMM (pack-contractions) being tiled: which schedule
CPU_SPLIT_ID = "mlc.split_id"  # i64 on an elementwise op split into parallel chunks: which split
CPU_GEMM_SCHEDULES = "mlc.gemm_schedules"  # JSON on the module: each packed GEMM's shape and block sizes
CPU_SIGNATURE = "mlc.cpu_signature"  # JSON on the module: the calling convention, so a later stage resumes
CPU_ARENA = "mlc.cpu_arena"  # JSON on a CPU function: its planned arena (buffers, arena and naive bytes)
