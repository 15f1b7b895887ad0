"""The mapping stage of the CUDA pipeline with mlc's passes: merged kernels keep distinct
symbols, and the CPU replay gives every GPU block its own shared memory."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest
from mlir import ir
from mlir.dialects import memref

from mlc.compiler.context import make_context
from mlc.compiler.errors import PipelineError
from mlc.compiler.memref_exec import MemrefFunction
from mlc.compiler.optimizer import optimize
from mlc.compiler.targets import CompileRequest
from mlc.compiler.targets.cuda.emulate import emulate
from mlc.compiler.targets.cuda.kernels import run_on_function, symbol_name
from mlc.compiler.targets.cuda.mapping import MAPPINGS, kernel_pipeline
from mlc.compiler.targets.cuda.options import CudaOptions
from mlc.passes import Pass, register_pass
from mlc.runtime.artifact import BUFFER_ALIGNMENT, check_inputs

from cuda_support import compiled


@register_pass
@dataclass(frozen=True)
class _AddScratchGlobal(Pass):
    """Give every function a use of a new global named ``@scratch`` (the same name each time)."""

    NAME = "test-add-scratch-global"
    SUMMARY = "add @scratch and read it in every function"

    def run(self, op: ir.Operation) -> None:
        body = op.regions[0].blocks[0]
        mtype = ir.MemRefType.get([4], ir.F32Type.get(), loc=op.location)
        funcs = [o.operation for o in body.operations if o.operation.name == "func.func"]
        with ir.InsertionPoint.at_block_begin(body), op.location:
            memref.GlobalOp("scratch", ir.TypeAttr.get(mtype), sym_visibility="private")
        for f in funcs:
            with ir.InsertionPoint.at_block_begin(f.regions[0].blocks[0]), f.location:
                memref.GetGlobalOp(mtype, "scratch")


TWO_KERNELS = """
func.func private @k0() { return }
func.func private @k1() { return }
"""


def test_symbols_created_per_kernel_are_renamed_when_merged():
    with make_context():
        module = ir.Module.parse(TWO_KERNELS)
        for o in list(module.body.operations):
            if o.operation.name == "func.func":
                run_on_function(module, o.operation, "builtin.module(test-add-scratch-global)")
        module.operation.verify()
        refs = {}
        for o in module.body.operations:
            op = o.operation
            if op.name == "func.func":
                get = op.regions[0].blocks[0].operations[0]
                refs[symbol_name(op)] = ir.FlatSymbolRefAttr(get.attributes["name"]).value
        assert refs["k0"] != refs["k1"]
        assert set(refs.values()) == {"scratch", "scratch_1"}


def test_each_block_gets_its_own_shared_memory():
    # Block 0 fills its tile, block 1 does not: on a GPU block 1 reads uninitialized shared
    # memory. The serial form must not hand it block 0's tile: it reads poison (NaN).
    text = """
    memref.global "private" @tile : memref<4xf32, 3>
    func.func @f(%A: memref<4xf32>, %B: memref<8xf32>) attributes {llvm.emit_c_interface} {
      %c0 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
      %c4 = arith.constant 4 : index
      %c8 = arith.constant 8 : index
      scf.parallel (%b) = (%c0) to (%c8) step (%c4) {
        scf.parallel (%t) = (%c0) to (%c4) step (%c1) {
          %s = memref.get_global @tile : memref<4xf32, 3>
          %first = arith.cmpi eq, %b, %c0 : index
          scf.if %first {
            %v = memref.load %A[%t] : memref<4xf32>
            memref.store %v, %s[%t] : memref<4xf32, 3>
          }
          gpu.barrier
          %w = memref.load %s[%t] : memref<4xf32, 3>
          %i = arith.addi %b, %t : index
          memref.store %w, %B[%i] : memref<8xf32>
          scf.reduce
        } {mapping = [#gpu.loop_dim_map<processor = thread_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
        scf.reduce
      } {mapping = [#gpu.loop_dim_map<processor = block_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
      return
    }
    """
    serial = optimize(text, "builtin.module(serialize-barriers)", isolate=False)
    a = np.arange(1, 5, dtype=np.float32)
    b = np.zeros(8, np.float32)
    MemrefFunction(serial, "f")(a, b)
    np.testing.assert_array_equal(b[:4], a)
    assert np.isnan(b[4:]).all()


def test_emulated_inputs_are_aligned_like_device_buffers():
    # Kernels may use aligned 128-bit accesses: a misaligned host array is copied to aligned
    # memory (as the runtime uploads it), and what the model writes in place is copied back.
    out = compiled("loops_inplace")
    a, b, c = check_inputs(out.artifact.manifest.inputs, 3)
    storage = np.zeros(c.nbytes + 4, np.uint8)
    shifted = storage[4:].view(c.dtype).reshape(c.shape)
    shifted[...] = c
    assert shifted.ctypes.data % BUFFER_ALIGNMENT
    emulate(out.artifact, out.stages["map"], [a, b, shifted], isolate=False)
    np.testing.assert_allclose(shifted, 2 * (a @ b), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize(("arch", "sm_count"), [("sm_90", 132), ("sm_80", 108)])
def test_placeholders_take_the_kernel_sizes_and_the_target_sm_count(arch, sm_count):
    with make_context():
        module = ir.Module.parse(
            'func.func private @k() attributes {mlc.kernel = "linalg.generic", '
            "mlc.tile_sizes = array<i64: 8, 32>} { return }"
        )
        kfunc = module.body.operations[0].operation
        options = CudaOptions(arch=arch)
        assert kernel_pipeline(MAPPINGS["mlc"], kfunc, options) == (
            f"builtin.module(tile{{sm-count={sm_count}}},coalesce)"
        )
        assert "parallel-loop-tile-sizes=8,32 " in kernel_pipeline(MAPPINGS["upstream"], kfunc, options)
        with pytest.raises(PipelineError, match=r"bad placeholder.*\n.*\$tile_sizes and \$sm_count"):
            kernel_pipeline("builtin.module(tile{block=$block})", kfunc, options)


def test_the_default_mapping_is_mlcs():
    assert CudaOptions().mapping == CompileRequest().mapping == "mlc"


def test_tile_and_coalesce_share_one_declaration_of_their_sizes_defaulting_from_the_target_limits():
    from mlc.compiler.mapping.plan import SizeOptions
    from mlc.compiler.targets.limits import CUDA_ARCHS, DEFAULT_CUDA_ARCH
    from mlc.passes import get_pass

    default = CUDA_ARCHS[DEFAULT_CUDA_ARCH]
    tile, coalesce = get_pass("tile"), get_pass("coalesce")
    shared = ("block", "thread-tile", "max-threads", "sm-count")
    assert [o.name for o in tile.options()][:4] == [o.name for o in coalesce.options()][:4] == list(shared)
    assert issubclass(tile, SizeOptions) and issubclass(coalesce, SizeOptions)
    for cls in (tile, coalesce):
        opts = {o.name: o.default for o in cls.options()}
        assert opts["sm-count"] == default.sm_count == CudaOptions().spec.sm_count
        assert opts["max-threads"] == default.register_safe_threads == 256
    asked = tile.from_options("block=64,2 sm-count=16 order=innermost")
    assert asked.request() == SizeOptions(block=(64, 2), sm_count=16)
