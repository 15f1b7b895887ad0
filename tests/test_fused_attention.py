"""Attention fusion and the ``fused-attention`` pass: scaled-dot-product attention (as
torch-mlir decomposes it: batch matmul with Kᵀ, scale, optional mask, softmax, batch matmul)
as one kernel, emulated on the CPU and compared with ``F.scaled_dot_product_attention``;
odd sequence lengths (1, 7, 129: a lone key, a partial tile, a ragged last tile), -inf in
masks (a row masked whole: NaN as in the unfused ops), a causal mask, and the transformer
block's launch count."""

from __future__ import annotations

import numpy as np
import pytest

from mlc.compiler import targets
from mlc.compiler.targets import CompileRequest
from mlc.compiler.targets.cuda.emulate import emulate

from cuda_support import compiled, torch_reference

torch = pytest.importorskip("torch")

MAP3 = "affine_map<(d0, d1, d2) -> (d0, d1, d2)>"
ROW3 = "affine_map<(d0, d1, d2) -> (d0, d1)>"
CAUSAL = """    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %late = arith.cmpi ugt, %j, %i : index
    %r = arith.select %late, %ninf, %a0 : f32
    linalg.yield %r : f32"""


def _map(ins: list[tuple[str, str, str]], out: str, t: str, body: str, reduce: bool = False) -> str:
    """A generic over (batch, row, key) (``reduce``: the key loop reduces into ``out``)."""
    iters = '"parallel", "parallel", "reduction"' if reduce else '"parallel", "parallel", "parallel"'
    maps = [m for _, _, m in ins] + [ROW3 if reduce else MAP3]
    args = ", ".join(f"%a{i}: f32" for i in range(len(ins)))
    return (
        f"linalg.generic {{indexing_maps = [{', '.join(maps)}], iterator_types = [{iters}]}} "
        f"ins({', '.join(n for n, _, _ in ins)} : {', '.join(ty for _, ty, _ in ins)}) outs({out} : {t}) {{\n"
        f"  ^bb0({args}, %o: f32):\n{body}\n  }} -> {t}"
    )


def attention_mlir(b: int, m: int, n: int, d: int, dv: int, mask: str | None = None) -> str:
    """softmax(Q Kᵀ * scale [+ mask | causal]) V, as torch-mlir emits it; ``mask``: None,
    'add' (an additive mask input) or 'causal' (from the indices)."""
    tq, tk, tv = f"tensor<{b}x{m}x{d}xf32>", f"tensor<{b}x{n}x{d}xf32>", f"tensor<{b}x{n}x{dv}xf32>"
    tkt, ts, tr, to = (
        f"tensor<{b}x{d}x{n}xf32>",
        f"tensor<{b}x{m}x{n}xf32>",
        f"tensor<{b}x{m}xf32>",
        f"tensor<{b}x{m}x{dv}xf32>",
    )
    scale = _map(
        [("%s", ts, MAP3)], "%es", ts, "    %r = arith.mulf %a0, %scale : f32\n    linalg.yield %r : f32"
    )
    x = "%x"
    extra = ""
    if mask == "add":
        extra = "%xm = " + _map(
            [("%x", ts, MAP3), ("%mask", ts, MAP3)],
            "%es",
            ts,
            "    %r = arith.addf %a0, %a1 : f32\n    linalg.yield %r : f32",
        )
        x = "%xm"
    elif mask == "causal":
        extra = "%xm = " + _map([("%x", ts, MAP3)], "%es", ts, CAUSAL)
        x = "%xm"
    mx = _map(
        [(x, ts, MAP3)], "%m0", tr, "    %r = arith.maximumf %a0, %o : f32\n    linalg.yield %r : f32", True
    )
    ex = _map(
        [(x, ts, MAP3), ("%mx", tr, ROW3)],
        "%es",
        ts,
        "    %t = arith.subf %a0, %a1 : f32\n    %r = math.exp %t : f32\n    linalg.yield %r : f32",
    )
    total = _map(
        [("%ex", ts, MAP3)], "%z0", tr, "    %r = arith.addf %a0, %o : f32\n    linalg.yield %r : f32", True
    )
    p = _map(
        [("%ex", ts, MAP3), ("%sum", tr, ROW3)],
        "%es",
        ts,
        "    %r = arith.divf %a0, %a1 : f32\n    linalg.yield %r : f32",
    )
    params = f"%q: {tq}, %k: {tk}, %v: {tv}" + (f", %mask: {ts}" if mask == "add" else "")
    return f"""
func.func @main({params}) -> {to} {{
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %scale = arith.constant {float(1 / np.sqrt(d))!r} : f32
  %ekt = tensor.empty() : {tkt}
  %kt = linalg.transpose ins(%k : {tk}) outs(%ekt : {tkt}) permutation = [0, 2, 1]
  %es = tensor.empty() : {ts}
  %s0 = linalg.fill ins(%zero : f32) outs(%es : {ts}) -> {ts}
  %s = linalg.batch_matmul ins(%q, %kt : {tq}, {tkt}) outs(%s0 : {ts}) -> {ts}
  %x = {scale}
  {extra}
  %er = tensor.empty() : {tr}
  %m0 = linalg.fill ins(%ninf : f32) outs(%er : {tr}) -> {tr}
  %mx = {mx}
  %ex = {ex}
  %z0 = linalg.fill ins(%zero : f32) outs(%er : {tr}) -> {tr}
  %sum = {total}
  %p = {p}
  %eo = tensor.empty() : {to}
  %o0 = linalg.fill ins(%zero : f32) outs(%eo : {to}) -> {to}
  %o = linalg.batch_matmul ins(%p, %v : {ts}, {tv}) outs(%o0 : {to}) -> {to}
  return %o : {to}
}}
"""


def _compile(text: str, **options):
    request = CompileRequest(keep_stages=("map",), run_ptxas=False, **options)
    return targets.get("cuda").compile(text, request)


def _run(text: str, inputs: list[np.ndarray], **options):
    out = _compile(text, **options)
    (got,) = emulate(out.artifact, out.stages["map"], inputs)
    return got, out


def _sdpa(q, k, v, mask=None, causal=False) -> np.ndarray:
    t = [torch.from_numpy(a) for a in (q, k, v)]
    m = None if mask is None else torch.from_numpy(mask)
    return torch.nn.functional.scaled_dot_product_attention(*t, attn_mask=m, is_causal=causal).numpy()


def _inputs(b: int, m: int, n: int, d: int, dv: int, seed: int = 0) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.standard_normal(s).astype(np.float32) for s in ((b, m, d), (b, n, d), (b, n, dv))]


def _fused(out) -> list:
    return [k for k in out.artifact.manifest.kernels if "fused attention" in k.source_op]


@pytest.mark.parametrize(
    ("b", "m", "n", "d", "dv"), [(1, 1, 1, 8, 8), (2, 7, 7, 16, 8), (1, 129, 129, 32, 40)]
)
def test_attention_is_one_kernel_and_matches_sdpa(b, m, n, d, dv):
    q, k, v = _inputs(b, m, n, d, dv, seed=m)
    got, out = _run(attention_mlir(b, m, n, d, dv), [q, k, v])
    (fused,) = _fused(out)
    assert "transpose" not in fused.source_op  # K's transpose stays a kernel of its own
    assert len(out.artifact.manifest.launches()) == 2
    np.testing.assert_allclose(got, _sdpa(q, k, v), rtol=1e-5, atol=1e-6)


def test_masks_with_minus_infinity_and_a_row_masked_whole():
    b, m, n, d = 2, 7, 33, 8
    q, k, v = _inputs(b, m, n, d, d, seed=3)
    rng = np.random.default_rng(4)
    mask = np.where(rng.random((b, m, n)) < 0.4, -np.inf, 0).astype(np.float32)
    mask[0, 1] = -np.inf  # every key masked: NaN, as the unfused softmax gives
    mask[1, 2, :32], mask[1, 2, 32] = -np.inf, 0  # only the last key (in the ragged tile) left
    got, out = _run(attention_mlir(b, m, n, d, d, mask="add"), [q, k, v, mask])
    assert len(_fused(out)) == 1
    assert np.isnan(got[0, 1]).all()
    np.testing.assert_allclose(got[1, 2], v[1, 32], rtol=1e-6)
    keep = np.ones((b, m), bool)
    keep[0, 1] = False
    want = _sdpa(q, k, v, mask=mask)
    np.testing.assert_allclose(got[keep], want[keep], rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("n", [7, 40])
def test_causal_mask_from_the_indices(n):
    q, k, v = _inputs(1, n, n, 16, 16, seed=n)
    got, out = _run(attention_mlir(1, n, n, 16, 16, mask="causal"), [q, k, v])
    assert len(_fused(out)) == 1
    np.testing.assert_allclose(got, _sdpa(q, k, v, causal=True), rtol=1e-5, atol=1e-6)


def test_no_attention_fusion_keeps_the_pieces_apart():
    out = _compile(attention_mlir(1, 4, 8, 8, 8), attention_fusion=False)
    assert not _fused(out)
    assert len(out.artifact.manifest.launches()) == 4  # transpose, Q K + scale, softmax, P V


def test_probabilities_that_are_also_returned_are_not_fused():
    text = attention_mlir(1, 4, 8, 8, 8).replace(
        "return %o : tensor<1x4x8xf32>", "return %o, %p : tensor<1x4x8xf32>, tensor<1x4x8xf32>"
    )
    text = text.replace("-> tensor<1x4x8xf32> {", "-> (tensor<1x4x8xf32>, tensor<1x4x8xf32>) {", 1)
    q, k, v = _inputs(1, 4, 8, 8, 8)
    out = _compile(text)
    assert not _fused(out)
    got, _ = emulate(out.artifact, out.stages["map"], [q, k, v])
    np.testing.assert_allclose(got, _sdpa(q, k, v), rtol=1e-5, atol=1e-6)


def test_the_transformer_blocks_attention_is_one_kernel():
    out = compiled("transformer_block")
    (fused,) = _fused(out)
    assert fused.source_op.startswith("linalg.generic + linalg.generic + linalg.fill")
    assert len(out.artifact.manifest.launches()) == 10  # 12 with attention as 4 kernels


def test_the_f16_transformer_blocks_attention_is_one_kernel_and_matches_pytorch():
    out = compiled("transformer_block_f16")  # Q, K, V in f16 (widened), softmax in f32
    assert len(_fused(out)) == 1
    assert len(out.artifact.manifest.launches()) == 9  # 11 with attention as 4 kernels
    inputs, expected = torch_reference("transformer_block_f16")
    (got,) = emulate(out.artifact, out.stages["map"], inputs)
    np.testing.assert_allclose(got.astype(np.float32), expected[0].astype(np.float32), rtol=2e-2, atol=2e-2)


def test_the_ptx_has_shuffles_barriers_and_no_score_buffer_traffic():
    out = _compile(attention_mlir(2, 16, 64, 32, 32), emit="ptx")
    (kernel,) = (t for name, t in out.files.items() if "attention" in name)
    assert kernel.count("shfl.sync.bfly.b32") == 2 * 5  # max and sum, offsets 16..1
    assert "bar.sync" in kernel and "ex2.approx" in kernel
    assert kernel.count("st.global") == 1  # the output, once: no scores, maxima or sums


def test_the_cost_rule_keeps_long_attention_on_the_gemm_strategies():
    # 32 heads of 1024 x 1024 x 64: the SIMT kernel's FLOPs outweigh the scores' round trips
    out = _compile(attention_mlir(32, 1024, 1024, 64, 64))
    assert not _fused(out)
    fused = _compile(attention_mlir(32, 256, 256, 64, 64))  # 256 keys: fused (35 vs 38 us modelled)
    (kernel,) = _fused(fused)
    assert "modelled 35.1 us vs 37.6 us apart" in kernel.source_op
