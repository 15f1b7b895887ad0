"""The mapping stage of the CUDA pipeline with mlc's passes: merged kernels keep distinct
symbols, and the CPU replay gives every GPU block its own shared memory."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from mlir import ir
from mlir.dialects import memref

from mlc.compiler.context import make_context
from mlc.compiler.memref_exec import MemrefFunction
from mlc.compiler.optimizer import optimize
from mlc.compiler.targets.cuda.kernels import run_on_function, symbol_name
from mlc.passes import Pass, register_pass


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
