"""Row fusion and the ``row-kernel`` pass: softmax, masked softmax, layernorm and RMSNorm as one
kernel each, emulated on the CPU and compared with PyTorch, edge sizes included (rows of
length 1, 7 and 4097: a lone lane, a partial warp, a block of warps with a ragged tail)."""

from __future__ import annotations

import numpy as np
import pytest

from mlc.compiler import targets
from mlc.compiler.targets import CompileRequest
from mlc.compiler.targets.cuda.emulate import emulate

torch = pytest.importorskip("torch")

ID = "affine_map<(d0, d1) -> (d0, d1)>"
ROW = "affine_map<(d0, d1) -> (d0)>"
COL = "affine_map<(d0, d1) -> (d1)>"


def _generic(kind: str, maps: list[str], ins: list[tuple[str, str]], out: tuple[str, str], body: str) -> str:
    iters = '"parallel", "reduction"' if kind == "reduce" else '"parallel", "parallel"'
    names = ", ".join(n for n, _ in ins)
    types = ", ".join(t for _, t in ins)
    args = ", ".join(f"%a{i}: f32" for i in range(len(ins)))
    return (
        f"linalg.generic {{indexing_maps = [{', '.join(maps)}], iterator_types = [{iters}]}} "
        f"ins({names} : {types}) outs({out[0]} : {out[1]}) {{\n"
        f"  ^bb0({args}, %o: f32):\n{body}\n  }} -> {out[1]}"
    )


ADD = "    %r = arith.addf %a0, %a1 : f32\n    linalg.yield %r : f32"
MAX = "    %r = arith.maximumf %a0, %o : f32\n    linalg.yield %r : f32"
EXP_SUB = "    %d = arith.subf %a0, %a1 : f32\n    %r = math.exp %d : f32\n    linalg.yield %r : f32"
SUM = "    %r = arith.addf %a0, %o : f32\n    linalg.yield %r : f32"
DIV = "    %r = arith.divf %a0, %a1 : f32\n    linalg.yield %r : f32"


def softmax_mlir(rows: int, n: int, masked: bool = False) -> str:
    """Softmax over the last dimension as torch-mlir decomposes it (with ``masked``: of
    ``x + mask``)."""
    t, v = f"tensor<{rows}x{n}xf32>", f"tensor<{rows}xf32>"
    x = "%xm" if masked else "%x"
    add = (
        "%xm = " + _generic("map", [ID, ID, ID], [("%x", t), ("%mask", t)], ("%e", t), ADD) if masked else ""
    )
    params = f"%x: {t}, %mask: {t}" if masked else f"%x: {t}"
    m = _generic("reduce", [ID, ROW], [(x, t)], ("%m0", v), MAX)
    ex = _generic("map", [ID, ROW, ID], [(x, t), ("%m", v)], ("%e", t), EXP_SUB)
    total = _generic("reduce", [ID, ROW], [("%ex", t)], ("%s0", v), SUM)
    y = _generic("map", [ID, ROW, ID], [("%ex", t), ("%s", v)], ("%e", t), DIV)
    return f"""
func.func @main({params}) -> {t} {{
  %ninf = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : {t}
  %er = tensor.empty() : {v}
  {add}
  %m0 = linalg.fill ins(%ninf : f32) outs(%er : {v}) -> {v}
  %m = {m}
  %ex = {ex}
  %s0 = linalg.fill ins(%zero : f32) outs(%er : {v}) -> {v}
  %s = {total}
  %y = {y}
  return %y : {t}
}}
"""


SQ = "    %q = arith.mulf %a0, %a0 : f32\n    %r = arith.addf %q, %o : f32\n    linalg.yield %r : f32"
SCALE = (
    "    %m = arith.divf %a1, %nf : f32\n    %ve = arith.addf %m, %eps : f32\n"
    "    %rs = math.rsqrt %ve : f32\n    %y = arith.mulf %a0, %rs : f32\n"
    "    %r = arith.mulf %y, %a2 : f32\n"
)
CENTER = "    %m = arith.divf %a1, %nf : f32\n    %r = arith.subf %a0, %m : f32\n    linalg.yield %r : f32"


def norm_mlir(rows: int, n: int, rms: bool) -> str:
    """Layernorm (or, with ``rms``, RMSNorm) over the last dimension, with a weight (and bias)."""
    t, v, w = f"tensor<{rows}x{n}xf32>", f"tensor<{rows}xf32>", f"tensor<{n}xf32>"
    if rms:
        ss = _generic("reduce", [ID, ROW], [("%x", t)], ("%s0", v), SQ)
        y = _generic(
            "map",
            [ID, ROW, COL, ID],
            [("%x", t), ("%ss", v), ("%g", w)],
            ("%e", t),
            SCALE + "    linalg.yield %r : f32",
        )
        body = f"%ss = {ss}\n  %y = {y}"
        params = f"%x: {t}, %g: {w}"
    else:
        total = _generic("reduce", [ID, ROW], [("%x", t)], ("%s0", v), SUM)
        c = _generic("map", [ID, ROW, ID], [("%x", t), ("%sum", v)], ("%e", t), CENTER)
        ss = _generic("reduce", [ID, ROW], [("%c", t)], ("%s0", v), SQ)
        tail = "    %rb = arith.addf %r, %a3 : f32\n    linalg.yield %rb : f32"
        y = _generic(
            "map",
            [ID, ROW, COL, COL, ID],
            [("%c", t), ("%ss", v), ("%g", w), ("%b", w)],
            ("%e", t),
            SCALE + tail,
        )
        body = f"%sum = {total}\n  %c = {c}\n  %ss = {ss}\n  %y = {y}"
        params = f"%x: {t}, %g: {w}, %b: {w}"
    return f"""
func.func @main({params}) -> {t} {{
  %zero = arith.constant 0.0 : f32
  %nf = arith.constant {float(n)} : f32
  %eps = arith.constant 1.0e-5 : f32
  %e = tensor.empty() : {t}
  %er = tensor.empty() : {v}
  %s0 = linalg.fill ins(%zero : f32) outs(%er : {v}) -> {v}
  {body}
  return %y : {t}
}}
"""


def _compile(text: str, **options):
    request = CompileRequest(keep_stages=("map",), run_ptxas=False, **options)
    return targets.get("cuda").compile(text, request)


def _run(text: str, inputs: list[np.ndarray]) -> tuple[np.ndarray, object]:
    out = _compile(text)
    (got,) = emulate(out.artifact, out.stages["map"], inputs)
    return got, out.artifact.manifest


@pytest.mark.parametrize(("rows", "n"), [(4, 1), (3, 7), (2, 4097)])
def test_softmax_is_one_kernel_and_matches_pytorch(rows, n):
    x = np.random.default_rng(n).standard_normal((rows, n)).astype(np.float32) * 4
    got, manifest = _run(softmax_mlir(rows, n), [x])
    (launch,) = manifest.launches()
    assert launch.block[0] == (256 if n > 1024 else 32)
    np.testing.assert_allclose(got, torch.softmax(torch.from_numpy(x), -1).numpy(), rtol=2e-6, atol=1e-7)


def test_masked_softmax_with_minus_infinity():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((4, 33)).astype(np.float32)
    mask = np.where(rng.random((4, 33)) < 0.3, -np.inf, 0).astype(np.float32)
    mask[1] = -np.inf  # a row masked whole: NaN, as in PyTorch
    mask[2, 0], mask[2, 1:] = 0, -np.inf  # one element left: exactly 1
    got, manifest = _run(softmax_mlir(4, 33, masked=True), [x, mask])
    assert len(manifest.launches()) == 1
    want = torch.softmax(torch.from_numpy(x + mask), -1).numpy()
    np.testing.assert_allclose(got, want, rtol=2e-6, atol=1e-7)
    assert np.isnan(got[1]).all() and got[2, 0] == 1


@pytest.mark.parametrize(("rows", "n"), [(5, 33), (2, 1025)])
def test_layernorm_over_odd_sizes_is_one_kernel(rows, n):
    rng = np.random.default_rng(n)
    x, g, b = (rng.standard_normal(s).astype(np.float32) for s in ((rows, n), (n,), (n,)))
    got, manifest = _run(norm_mlir(rows, n, rms=False), [x, g, b])
    assert len(manifest.launches()) == 1
    want = torch.nn.functional.layer_norm(
        *(torch.from_numpy(a) for a in (x,)), (n,), torch.from_numpy(g), torch.from_numpy(b)
    )
    np.testing.assert_allclose(got, want.numpy(), rtol=1e-5, atol=1e-5)


def test_rmsnorm_is_one_kernel():
    rng = np.random.default_rng(1)
    x, g = rng.standard_normal((6, 100)).astype(np.float32), rng.standard_normal(100).astype(np.float32)
    got, manifest = _run(norm_mlir(6, 100, rms=True), [x, g])
    assert len(manifest.launches()) == 1
    want = torch.nn.functional.rms_norm(torch.from_numpy(x), (100,), torch.from_numpy(g), eps=1e-5)
    np.testing.assert_allclose(got, want.numpy(), rtol=1e-5, atol=1e-5)


def test_the_ptx_reduces_with_warp_shuffles():
    out = _compile(softmax_mlir(8, 2000), emit="ptx")
    (ptx,) = out.files.values()
    assert ptx.count("shfl.sync.bfly.b32") == 2 * 5  # max and sum, offsets 16..1
    assert "bar.sync" in ptx  # the block of warps combines through shared memory


def test_no_fuse_keeps_one_kernel_per_op():
    out = _compile(softmax_mlir(4, 7), fuse_elementwise=False)
    assert len(out.artifact.manifest.launches()) > 1


def test_verbose_names_the_fused_ops_and_why():
    out = _compile(softmax_mlir(4, 7))
    (kernel,) = out.artifact.manifest.kernels
    assert kernel.source_op.startswith("linalg.fill + linalg.generic + linalg.generic + linalg.fill")
    assert "row kernel: 4 row(s) (4), a warp per row; fused, modelled" in kernel.source_op
