"""The CPU backend: ``mlc.compiler.compile(text, target="cpu")`` on tensor-level IR, checked with numpy.

Most tests lower in-process (``isolate=False``) to stay fast; one checks the
crash isolation of the default path.
"""

from __future__ import annotations

import math
import re

import ml_dtypes
import numpy as np
import pytest

import mlc.compiler as mc
from mlc.compiler.errors import InputError, InternalCompilerError


def cpu(text: str, **kw):
    return mc.compile(text, target="cpu", isolate=False, **kw)


def elementwise(op: str, ty: str, shape: str = "?x4", result: str | None = None) -> str:
    res = result or ty
    rank = shape.count("x") + 1
    dims = ", ".join(f"d{i}" for i in range(rank))
    dyn = [
        f"%c{i} = arith.constant {i} : index\n  %s{i} = tensor.dim %a, %c{i} : tensor<{shape}x{ty}>"
        for i, d in enumerate(shape.split("x"))
        if d == "?"
    ]
    sizes = ", ".join(f"%s{i}" for i, d in enumerate(shape.split("x")) if d == "?")
    return f"""
func.func @f(%a: tensor<{shape}x{ty}>, %b: tensor<{shape}x{ty}>) -> tensor<{shape}x{res}> {{
  {chr(10).join(dyn)}
  %e = tensor.empty({sizes}) : tensor<{shape}x{res}>
  %r = linalg.generic {{indexing_maps = [affine_map<({dims}) -> ({dims})>, affine_map<({dims}) -> ({dims})>,
      affine_map<({dims}) -> ({dims})>], iterator_types = [{", ".join(['"parallel"'] * rank)}]}}
      ins(%a, %b : tensor<{shape}x{ty}>, tensor<{shape}x{ty}>) outs(%e : tensor<{shape}x{res}>) {{
  ^bb0(%x: {ty}, %y: {ty}, %o: {res}):
    %z = {op} %x, %y : {ty}
    linalg.yield %z : {res}
  }} -> tensor<{shape}x{res}>
  return %r : tensor<{shape}x{res}>
}}"""


@pytest.mark.parametrize(
    ("mlir_type", "dtype", "op"),
    [
        ("f32", np.float32, "arith.addf"),
        ("f64", np.float64, "arith.mulf"),
        ("f16", np.float16, "arith.addf"),
        ("bf16", ml_dtypes.bfloat16, "arith.mulf"),
        ("i8", np.int8, "arith.addi"),
        ("i16", np.int16, "arith.subi"),
        ("i32", np.int32, "arith.muli"),
        ("i64", np.int64, "arith.addi"),
    ],
)
def test_dtypes_with_dynamic_rows(mlir_type, dtype, op):
    fn = cpu(elementwise(op, mlir_type))
    rng = np.random.default_rng(0)
    for rows in (1, 7):
        a = (rng.standard_normal((rows, 4)) * 10).astype(dtype)
        b = (rng.standard_normal((rows, 4)) * 10).astype(dtype)
        ref = {
            "arith.addf": np.add,
            "arith.addi": np.add,
            "arith.mulf": np.multiply,
            "arith.muli": np.multiply,
            "arith.subi": np.subtract,
        }[op](a, b)
        out = fn(a, b)
        assert out.dtype == np.dtype(dtype) and out.shape == (rows, 4)
        np.testing.assert_allclose(out.astype(np.float64), ref.astype(np.float64), rtol=1e-2)


def test_bool_tensors_cross_the_boundary():
    fn = cpu(elementwise("arith.xori", "i1", shape="3x5"))
    a = np.arange(15).reshape(3, 5) % 2 == 0
    b = np.arange(15).reshape(3, 5) % 3 == 0
    out = fn(a, b)
    assert out.dtype == np.bool_
    np.testing.assert_array_equal(out, a ^ b)


def test_unsigned_bytes_from_the_interface():
    text = (
        elementwise("arith.addi", "i8", shape="4")
        .replace("func.func @f(", "func.func @f(")
        .replace(
            ") -> tensor<4xi8> {",
            ') -> tensor<4xi8> attributes {mlc.input_names = ["a", "b"], '
            'mlc.input_dtypes = ["uint8", "uint8"], mlc.output_names = ["s"], '
            'mlc.output_dtypes = ["uint8"]} {',
        )
    )
    fn = cpu(text)
    a = np.array([250, 1, 2, 128], np.uint8)
    out = fn(a=a, b=np.array([10, 1, 2, 128], np.uint8))
    assert out.dtype == np.uint8
    np.testing.assert_array_equal(out, np.array([4, 2, 4, 0], np.uint8))
    assert fn.input_names == ["a", "b"] and fn.output_names == ["s"]


MULTI = """
func.func @stats(%x: tensor<?xf32>) -> (tensor<f32>, tensor<?xf32>) {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %n = tensor.dim %x, %c0 : tensor<?xf32>
  %e0 = tensor.empty() : tensor<f32>
  %acc = linalg.fill ins(%zero : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %sum = linalg.reduce ins(%x : tensor<?xf32>) outs(%acc : tensor<f32>) dimensions = [0]
    (%in: f32, %init: f32) {
      %s = arith.addf %in, %init : f32
      linalg.yield %s : f32
    }
  %e1 = tensor.empty(%n) : tensor<?xf32>
  %t = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
      iterator_types = ["parallel"]} ins(%x : tensor<?xf32>) outs(%e1 : tensor<?xf32>) {
  ^bb0(%v: f32, %o: f32):
    %a = math.tanh %v : f32
    %b = math.erf %v : f32
    %c = math.atan %v : f32
    %ab = arith.addf %a, %b : f32
    %abc = arith.addf %ab, %c : f32
    linalg.yield %abc : f32
  } -> tensor<?xf32>
  return %sum, %t : tensor<f32>, tensor<?xf32>
}
"""


def test_multiple_outputs_scalars_and_libm():
    fn = cpu(MULTI)
    x = np.linspace(-2, 2, 37, dtype=np.float32)
    total, t = fn(x)
    assert total.shape == () and t.shape == (37,)
    np.testing.assert_allclose(total, x.sum(), atol=1e-5)
    ref = np.tanh(x) + np.array([math.erf(v) for v in x]) + np.arctan(x)
    np.testing.assert_allclose(t, ref, rtol=1e-5, atol=1e-6)


def test_one_value_returned_twice():
    # Both results are one buffer: it must be copied twice and freed once.
    fn = cpu(
        """
func.func @twice(%x: tensor<1000xf32>) -> (tensor<1000xf32>, tensor<1000xf32>) {
  %e = tensor.empty() : tensor<1000xf32>
  %a = linalg.abs ins(%x : tensor<1000xf32>) outs(%e : tensor<1000xf32>) -> tensor<1000xf32>
  return %a, %a : tensor<1000xf32>, tensor<1000xf32>
}
"""
    )
    x = np.random.default_rng(0).standard_normal(1000).astype(np.float32)
    for _ in range(3):
        a, b = fn(x)
        np.testing.assert_array_equal(a, np.abs(x))
        np.testing.assert_array_equal(b, np.abs(x))


MATMUL = """
func.func @mm(%a: tensor<64x48xf32>, %b: tensor<48x80xf32>) -> tensor<64x80xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x80xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x80xf32>) -> tensor<64x80xf32>
  %r = linalg.matmul ins(%a, %b : tensor<64x48xf32>, tensor<48x80xf32>) outs(%f : tensor<64x80xf32>)
    -> tensor<64x80xf32>
  return %r : tensor<64x80xf32>
}
"""

CONV = """
func.func @conv(%x: tensor<2x8x18x18xf32>, %w: tensor<16x8x3x3xf32>) -> tensor<2x16x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x16x8x8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x16x8x8xf32>) -> tensor<2x16x8x8xf32>
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
    ins(%x, %w : tensor<2x8x18x18xf32>, tensor<16x8x3x3xf32>) outs(%f : tensor<2x16x8x8xf32>)
    -> tensor<2x16x8x8xf32>
  return %r : tensor<2x16x8x8xf32>
}
"""

ROWSUM = """
func.func @rowsum(%x: tensor<8x64xf32>) -> tensor<8xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<8xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<8xf32>) -> tensor<8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>],
      iterator_types = ["parallel", "reduction"]} ins(%x : tensor<8x64xf32>) outs(%f : tensor<8xf32>) {
  ^bb0(%v: f32, %acc: f32):
    %s = arith.addf %v, %acc : f32
    linalg.yield %s : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}
"""


def conv2d_reference(x: np.ndarray, w: np.ndarray, stride: int) -> np.ndarray:
    windows = np.lib.stride_tricks.sliding_window_view(x, w.shape[2:], axis=(2, 3))[:, :, ::stride, ::stride]
    return np.einsum("nchwij,fcij->nfhw", windows, w)


@pytest.mark.parametrize("vectorize", [True, False])
def test_tiled_and_vectorized_kernels_match_numpy(vectorize):
    rng = np.random.default_rng(1)
    a, b = rng.standard_normal((64, 48), np.float32), rng.standard_normal((48, 80), np.float32)
    np.testing.assert_allclose(cpu(MATMUL, vectorize=vectorize)(a, b), a @ b, rtol=1e-4, atol=1e-4)
    x, w = rng.standard_normal((2, 8, 18, 18), np.float32), rng.standard_normal((16, 8, 3, 3), np.float32)
    np.testing.assert_allclose(
        cpu(CONV, vectorize=vectorize)(x, w), conv2d_reference(x, w, 2), rtol=1e-4, atol=1e-4
    )
    r = rng.standard_normal((8, 64), np.float32)
    np.testing.assert_allclose(cpu(ROWSUM, vectorize=vectorize)(r), r.sum(axis=1), rtol=1e-5, atol=1e-5)


def test_vectorization_produces_vector_code():
    from mlc.compiler.targets.cpu import lower

    wide = re.compile(r"vector<(\d+)xf32>")
    vec = lower(MATMUL).llvm_text
    scalar = lower(MATMUL, vectorize=False).llvm_text
    assert max(int(n) for n in wide.findall(vec)) >= 8
    assert not wide.findall(scalar)


# A transposed read, a broadcast row and exp: an elementwise op with 40 columns (vectors of 10).
TRANSPOSED_EXP = """
func.func @f(%x: tensor<40x6xf32>, %b: tensor<40xf32>) -> tensor<6x40xf32> {
  %e = tensor.empty() : tensor<6x40xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (j, i)>, affine_map<(i, j) -> (j)>,
                                        affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x, %b : tensor<40x6xf32>, tensor<40xf32>) outs(%e : tensor<6x40xf32>) {
  ^bb0(%v: f32, %w: f32, %o: f32):
    %s = arith.addf %v, %w : f32
    %y = math.exp %s : f32
    linalg.yield %y : f32
  } -> tensor<6x40xf32>
  return %r : tensor<6x40xf32>
}
"""


def test_elementwise_ops_are_vectorized_along_the_result_rows():
    """The tile stage gives an elementwise op vectors along its result's innermost dim (the
    largest divisor of 40 up to 16 lanes); the result matches numpy, with and without."""
    (tiled,) = mc.build(TRANSPOSED_EXP, "cpu", emit="mlir", to_stage="tile", isolate=False).files.values()
    assert re.search(r"vector<(1x)*10xf32>", tiled) and "linalg.generic" not in tiled
    rng = np.random.default_rng(2)
    x, b = rng.standard_normal((40, 6), np.float32), rng.standard_normal(40, np.float32)
    for vectorize in (True, False):
        np.testing.assert_allclose(cpu(TRANSPOSED_EXP, vectorize=vectorize)(x, b), np.exp(x.T + b), rtol=2e-6)


def test_input_checks_name_the_input():
    fn = cpu(MATMUL)
    a, b = np.zeros((64, 48), np.float32), np.zeros((48, 80), np.float32)
    with pytest.raises(InputError, match=r"input 'input1' has shape \[48x81\], expected float32\[48x80\]"):
        fn(a, np.zeros((48, 81), np.float32))
    with pytest.raises(InputError, match=r"input 'input0' has dtype float64, expected float32"):
        fn(a.astype(np.float64), b)
    with pytest.raises(InputError, match=r"missing input 'input1'"):
        fn(a)
    with pytest.raises(InputError, match=r"no input named 'weights'"):
        fn(a, weights=b)
    with pytest.raises(InputError, match=r"takes 2 inputs, got 3"):
        fn(a, b, b)
    with pytest.raises(InputError, match=r"must be a numpy array"):
        fn([[0.0]], b)


I1_LOAD = """
func.func @f(%m: memref<4xi1>) -> i1 {
  %c0 = arith.constant 0 : index
  %v = memref.load %m[%c0] : memref<4xi1>
  return %v : i1
}
"""


def test_bool_memory_accesses_lower():
    """memref.load/store of i1 abort memref-to-llvm; the backend rewrites them (bool_memory)."""
    fn = cpu(I1_LOAD, vectorize=False)
    assert fn(np.array([True, False, False, True])) is np.True_
    assert fn(np.array([False, True, True, True])) is np.False_


def test_lowering_runs_in_a_child_and_saves_the_input(tmp_path, monkeypatch):
    monkeypatch.setenv("MLC_REPRO_DIR", str(tmp_path))
    with pytest.raises(InternalCompilerError, match=r"timed out after 0\.01 s") as info:
        mc.compile(MATMUL, target="cpu", timeout=0.01, cache=False)
    assert "while running the cpu target" in str(info.value) or "while running the '" in str(info.value)
    repro = next(tmp_path.glob("mlc-repro-*"))
    assert (repro / "input.mlir").read_text() == MATMUL
    assert str(repro) in str(info.value)


def test_unknown_target():
    with pytest.raises(InputError, match="unknown target 'tpu'"):
        mc.compile(MATMUL, target="tpu")
