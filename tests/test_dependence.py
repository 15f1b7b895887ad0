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


def _between(first: str, second: str) -> str | None:
    """carried_between for the two statements of one loop over i (accesses split by statement)."""
    from mlc.compiler.analysis.dependence import carried_between

    text = f"""
    func.func @f(%x: memref<66xf32>, %y: memref<66xf32>) {{
      affine.for %i = 1 to 64 {{
        {first}
        {second}
      }}
      return
    }}"""
    with make_context():
        module = ir.Module.parse(text)
        loop = next(iter(module.body.operations[0].regions[0].blocks[0].operations)).operation
        kernel = loop_kernel(loop)
        var = next(n for n, v in kernel.vars.items() if v.loop is not None and v.loop == loop)
        ops = [o.operation for o in loop.regions[0].blocks[0].operations]
        split = len(first.strip().splitlines())
        parts = [ops[:split], ops[split:-1]]
        groups = [[a for a in kernel.accesses if any(a.op == o for o in part)] for part in parts]
        return carried_between(groups[0], groups[1], var, kernel.vars)


@pytest.mark.parametrize(
    ("second", "carried"),
    [
        # reads the element the first statement wrote in the same iteration
        ("%w = affine.load %x[%i] : memref<66xf32>\n affine.store %w, %y[%i] : memref<66xf32>", False),
        # reads x[i+1], written by the first statement one iteration later
        ("%w = affine.load %x[%i + 1] : memref<66xf32>\n affine.store %w, %y[%i] : memref<66xf32>", True),
        # touches another array only
        ("%w = affine.load %y[%i] : memref<66xf32>\n affine.store %w, %y[%i + 1] : memref<66xf32>", False),
    ],
    ids=["same-element", "next-element", "other-array"],
)
def test_carried_between_statements(second, carried):
    first = "%v = arith.constant 1.0 : f32\n affine.store %v, %x[%i] : memref<66xf32>"
    why = _between(first, second)
    assert (why is not None) == carried
    if carried:
        assert why.startswith("store of %arg0 and load of %arg0 may touch one element")
