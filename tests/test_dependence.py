"""The dependence test that decides which loops of a sequential nest may run in parallel."""

from __future__ import annotations

import pytest
from mlir import ir

from mlc.compiler.analysis.dependence import analyze_dependences
from mlc.compiler.analysis.kernels import loop_kernel
from mlc.compiler.context import make_context


def _parallel(body: str, bounds=("0 to 64", "0 to 64"), shape="65x65") -> list[int]:
    text = f"""
    func.func @f(%A: memref<{shape}xf32>, %B: memref<{shape}xf32>, %o: memref<65xf32>) {{
      affine.for %i = {bounds[0]} {{
        affine.for %j = {bounds[1]} {{
          {body}
        }}
      }}
      return
    }}"""
    with make_context():
        module = ir.Module.parse(text)
        loop = next(op for op in module.body.operations[0].regions[0].blocks[0].operations)
        kernel = loop_kernel(loop.operation)
        loops = [n for n, v in kernel.vars.items() if v.kind == "sequential"]
        deps = analyze_dependences(kernel.accesses, loops, kernel.vars)
        return [loops.index(v) for v in deps.parallel(loops)]


T = "memref<65x65xf32>"


@pytest.mark.parametrize(
    ("body", "parallel"),
    [
        # independent buffers: a transpose
        (f"%v = affine.load %A[%j, %i] : {T}\n affine.store %v, %B[%i, %j] : {T}", [0, 1]),
        # accumulation into o[i]: j carries it
        (
            f"%v = affine.load %A[%i, %j] : {T}\n %a = affine.load %o[%i] : memref<65xf32>\n"
            " %s = arith.addf %a, %v : f32\n affine.store %s, %o[%i] : memref<65xf32>",
            [0],
        ),
        # distance (1, 0): i carries, j is free
        (f"%v = affine.load %A[%i, %j] : {T}\n affine.store %v, %A[%i + 1, %j] : {T}", [1]),
        # distance (1, -1): j cannot be moved out of i
        (f"%v = affine.load %A[%i, %j + 1] : {T}\n affine.store %v, %A[%i + 1, %j] : {T}", []),
        # disjoint halves of one buffer: no dependence
        (f"%v = affine.load %A[%i, %j] : {T}\n affine.store %v, %A[%i + 64, %j] : {T}", [0, 1]),
    ],
    ids=["transpose", "reduction", "stencil-row", "skewed", "disjoint"],
)
def test_parallel_loops(body, parallel):
    bounds = ("0 to 1", "0 to 64") if "%i + 64" in body else ("0 to 64", "0 to 64")
    assert _parallel(body, bounds) == parallel
