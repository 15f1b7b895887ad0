"""Full reductions (sum, max, mean of a whole tensor) and few long rows as a two-kernel tree
(row fusion's ``tree_split``, ``row-kernel`` with ``split``), emulated on the CPU and compared
with numpy and PyTorch; small ones keep one block. Sizes: 1, 7, 4097 (one block), then
odd sizes and 1<<20 (a tree), f32 and f16 inputs accumulated in f32."""

from __future__ import annotations

import re

import numpy as np
import pytest

from mlc.compiler import targets
from mlc.compiler.targets import CompileRequest
from mlc.compiler.targets.cuda.emulate import emulate
from mlc.compiler.targets.cuda.row_fusion import BLOCK_ROW_THREADS, threads_per_row, tree_split
from mlc.compiler.targets.limits import CUDA_ARCHS, DEFAULT_GPU

torch = pytest.importorskip("torch")

COMBINE = {
    "sum": ("arith.addf", "0.0"),
    "mean": ("arith.addf", "0.0"),
    "max": ("arith.maximumf", "0xFF800000"),
}


def reduction_mlir(shape: tuple[int, ...], kind: str, element: str = "f32", rows: int = 0) -> str:
    """``kind`` of a tensor of ``shape`` over all but its first ``rows`` dimensions, accumulated
    in f32 (an ``element`` input is extended first), as linalg on tensors: a fill, the
    reduction and, for a mean, the divide."""
    op, init = COMBINE[kind]
    rank = len(shape)
    dims = ", ".join(f"d{i}" for i in range(rank))
    lead = ", ".join(f"d{i}" for i in range(rows))
    t = f"tensor<{'x'.join(map(str, shape))}x{element}>"
    out_shape = shape[:rows]
    v = f"tensor<{''.join(f'{s}x' for s in out_shape)}f32>"
    iters = ", ".join(['"parallel"'] * rows + ['"reduction"'] * (rank - rows))
    extend = f"%e = arith.extf %a : {element} to f32\n    " if element != "f32" else ""
    a = "%e" if extend else "%a"
    count = float(np.prod(shape[rows:]))
    out_id = ", ".join(f"d{i}" for i in range(rows))
    mean = (
        f"""%m = linalg.generic {{indexing_maps = [affine_map<({out_id}) -> ({out_id})>,
      affine_map<({out_id}) -> ({out_id})>], iterator_types = [{", ".join(['"parallel"'] * rows)}]}}
      ins(%r : {v}) outs(%o0 : {v}) {{
  ^bb0(%s: f32, %o: f32):
    %d = arith.divf %s, %n : f32
    linalg.yield %d : f32
  }} -> {v}"""
        if kind == "mean"
        else ""
    )
    result = "%m" if kind == "mean" else "%r"
    return f"""
func.func @main(%x: {t}) -> {v} {{
  %init = arith.constant {init} : f32
  %n = arith.constant {count} : f32
  %o0 = tensor.empty() : {v}
  %i = linalg.fill ins(%init : f32) outs(%o0 : {v}) -> {v}
  %r = linalg.generic {{indexing_maps = [affine_map<({dims}) -> ({dims})>, affine_map<({dims}) -> ({lead})>],
      iterator_types = [{iters}]}} ins(%x : {t}) outs(%i : {v}) {{
  ^bb0(%a: {element}, %acc: f32):
    {extend}%c = {op} {a}, %acc : f32
    linalg.yield %c : f32
  }} -> {v}
  {mean}
  return {result} : {v}
}}
"""


def _compile(text: str, **options):
    request = CompileRequest(keep_stages=("map",), run_ptxas=False, **options)
    return targets.get("cuda").compile(text, request)


def _want(x: np.ndarray, kind: str, rows: int) -> np.ndarray:
    t = torch.from_numpy(x.astype(np.float64))
    axes = tuple(range(rows, x.ndim))
    got = {"sum": torch.sum, "mean": torch.mean, "max": torch.amax}[kind](t, dim=axes)
    return got.numpy()


def _check(shape: tuple[int, ...], kind: str, element: str = "f32", rows: int = 0) -> list:
    dtype = np.float16 if element == "f16" else np.float32
    x = np.random.default_rng(sum(shape)).standard_normal(shape).astype(dtype)
    out = _compile(reduction_mlir(shape, kind, element, rows))
    (got,) = emulate(out.artifact, out.stages["map"], [x])
    n = int(np.prod(shape[rows:]))
    if kind == "max":
        np.testing.assert_array_equal(got, _want(x, kind, rows).astype(np.float32))
    else:  # f32 rounding of n terms, each about 1 in size: about sqrt(n) ulps of the sum
        scale = 1 / n if kind == "mean" else 1.0
        np.testing.assert_allclose(got, _want(x, kind, rows), rtol=1e-5, atol=1e-6 * np.sqrt(n) * scale)
    return out.artifact.manifest.launches()


@pytest.mark.parametrize("kind", ["sum", "max", "mean"])
@pytest.mark.parametrize("n", [1, 7, 4097])
def test_small_full_reductions_keep_one_block(kind, n):
    (launch,) = _check((n,), kind)
    assert launch.grid == (1, 1, 1)


@pytest.mark.parametrize("kind", ["sum", "max", "mean"])
@pytest.mark.parametrize("n", [100_003, 1 << 20, (1 << 20) + 1])
def test_large_full_reductions_are_a_tree(kind, n):
    first, second = _check((n,), kind)
    split = tree_split(4 * n, n, 1, DEFAULT_GPU)
    assert first.grid == (split, 1, 1) and first.block == (BLOCK_ROW_THREADS, 1, 1)
    assert second.grid == (1, 1, 1)
    assert 2 <= split <= DEFAULT_GPU.sm_count * DEFAULT_GPU.threads_per_sm // BLOCK_ROW_THREADS


@pytest.mark.parametrize("kind", ["sum", "max", "mean"])
@pytest.mark.parametrize("n", [7, 4097, 1 << 20])
def test_f16_inputs_accumulate_in_f32(kind, n):
    launches = _check((n,), kind, element="f16")
    assert len(launches) == (2 if n == 1 << 20 else 1)


def test_a_whole_matrix_is_one_row_of_a_tree():
    assert len(_check((1023, 1025), "sum")) == 2


def test_few_long_rows_split_each_row():
    first, second = _check((3, 2, 100_001), "mean", rows=1)
    assert first.grid[0] == 3 * tree_split(4 * 3 * 200_002, 200_002, 3, DEFAULT_GPU)
    assert second.grid == (3, 1, 1)


def test_the_split_follows_the_sm_count():
    """The blocks fill the GPU whose SM count the target names (and ``--sm-count`` overrides)."""
    n = 1 << 24
    for spec in CUDA_ARCHS.values():
        assert tree_split(4 * n, n, 1, spec) == spec.sm_count * spec.threads_per_sm // BLOCK_ROW_THREADS
    first, _ = _compile(reduction_mlir((1 << 20,), "sum"), sm_count=4).artifact.manifest.launches()
    assert first.grid[0] == 4 * DEFAULT_GPU.threads_per_sm // BLOCK_ROW_THREADS


def test_tree_results_are_bitwise_reproducible():
    """Two compilations, two runs: the same bits (the partials are folded in a fixed order,
    no atomics), and the same PTX."""
    text = reduction_mlir((1 << 20,), "sum")
    x = np.random.default_rng(5).standard_normal(1 << 20).astype(np.float32)
    runs = []
    for _ in range(2):
        out = _compile(text)
        (got,) = emulate(out.artifact, out.stages["map"], [x])
        runs.append(got.tobytes())
    assert runs[0] == runs[1]
    ptx = [_compile(text, emit="ptx").files for _ in range(2)]
    assert ptx[0] == ptx[1]


def test_the_ptx_of_both_levels_reduces_with_warp_shuffles():
    out = _compile(reduction_mlir((1 << 20,), "mean"), emit="ptx")
    assert len(out.files) == 2  # a PTX file per kernel
    for ptx in out.files.values():
        assert ptx.count("shfl.sync.bfly.b32") == 5  # offsets 16..1
        assert "bar.sync" in ptx
        assert not re.search(r"^\s*(atom|red)\.", ptx, re.M)  # no atomics: a fixed order


def _block_sum(x: np.ndarray, start: int, stride: int, threads: int, init: np.float32 | None) -> np.float32:
    """One block's sum in the row kernel's order: thread ``t`` folds ``x[start + t]``,
    ``x[start + t + stride]``, ... from 0 (thread 0 then adds ``init``), five butterfly
    shuffles combine each warp, then the warps' totals are added in warp order."""
    v = np.zeros(threads, np.float32)
    for k in range(start, len(x), stride):
        chunk = x[k : k + threads]
        v[: len(chunk)] += chunk
    if init is not None:
        v[0] += init
    for offset in (16, 8, 4, 2, 1):
        v = v + v[np.arange(threads) ^ offset]
    total = v[0]
    for w in range(1, threads // 32):
        total = np.float32(total + v[32 * w])
    return total


@pytest.mark.parametrize("n", [100_003, 1 << 20])
def test_the_tree_sums_in_its_documented_order(n):
    """The result is exactly (bit for bit) the fixed order of the docs: the first level's
    blocks, then the second level's fold of their partials."""
    x = np.random.default_rng(n).standard_normal(n).astype(np.float32)
    out = _compile(reduction_mlir((n,), "sum"))
    (got,) = emulate(out.artifact, out.stages["map"], [x])
    split = tree_split(4 * n, n, 1, DEFAULT_GPU)
    stride = split * BLOCK_ROW_THREADS
    parts = np.array(
        [_block_sum(x, b * BLOCK_ROW_THREADS, stride, BLOCK_ROW_THREADS, None) for b in range(split)]
    )
    threads = threads_per_row(split, 1)
    want = _block_sum(parts, 0, threads, threads, np.float32(0))
    assert got.tobytes() == np.float32(want).tobytes()
