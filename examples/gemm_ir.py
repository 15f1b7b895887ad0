"""GEMMs as linalg on tensors, the inputs of the tensor-core tests and benchmarks."""

from __future__ import annotations


def gemm_mlir(m, n, k, dtype="f16", ta=False, tb=False, batch=None) -> str:
    """``C = A @ B`` with an f32 result as linalg on tensors; A stored k x m with ``ta``, B n x k
    with ``tb``, ``batch`` leading batch dimension."""
    a = f"{k}x{m}" if ta else f"{m}x{k}"
    b = f"{n}x{k}" if tb else f"{k}x{n}"
    pre = f"{batch}x" if batch else ""
    dims = "d0, d1, d2, d3" if batch else "d0, d1, d2"
    bd = "d0, " if batch else ""
    dm, dn, dk = ("d1", "d2", "d3") if batch else ("d0", "d1", "d2")
    amap = f"({dims}) -> ({bd}{dk}, {dm})" if ta else f"({dims}) -> ({bd}{dm}, {dk})"
    bmap = f"({dims}) -> ({bd}{dn}, {dk})" if tb else f"({dims}) -> ({bd}{dk}, {dn})"
    iters = ('"parallel", ' if batch else "") + '"parallel", "parallel", "reduction"'
    wide = dtype == "f32"
    ext = (
        ""
        if wide
        else f"%x = arith.extf %x0 : {dtype} to f32\n    %y = arith.extf %y0 : {dtype} to f32\n    "
    )
    x, y = ("%x", "%y") if wide else ("%x0", "%y0")
    c = f"{pre}{m}x{n}xf32"
    return f"""func.func @main(%a: tensor<{pre}{a}x{dtype}>, %b: tensor<{pre}{b}x{dtype}>) -> tensor<{c}> {{
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<{c}>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<{c}>) -> tensor<{c}>
  %r = linalg.generic {{indexing_maps = [affine_map<{amap}>, affine_map<{bmap}>,
                                        affine_map<({dims}) -> ({bd}{dm}, {dn})>],
      iterator_types = [{iters}]}}
      ins(%a, %b : tensor<{pre}{a}x{dtype}>, tensor<{pre}{b}x{dtype}>) outs(%f : tensor<{c}>) {{
  ^bb0({x}: {dtype}, {y}: {dtype}, %acc: f32):
    {ext}%p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }} -> tensor<{c}>
  return %r : tensor<{c}>
}}
"""
