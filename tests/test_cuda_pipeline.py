"""The CUDA pipeline end to end without a GPU: PTX for every kernel, and the artifact replayed on the CPU.

The CPU replay (``emulate``) runs each kernel as the mapped, tiled loops of the
``map`` stage over memory laid out exactly as the manifest's buffer plan says,
so wrong offsets, aliasing intermediates, tiling or guards show up as wrong numbers.
"""

from __future__ import annotations

import numpy as np
import pytest

from mlc.compiler.compile_api import build
from mlc.compiler.errors import InputError, UnsupportedError
from mlc.compiler.targets.cuda.emulate import emulate
from mlc.compiler.targets.cuda.ptxas import ptxas_path
from mlc.runtime.artifact import check_inputs

from cuda_support import CUDA_DATA, cnn, compiled, torch_reference  # noqa: F401  (fixture)

MODELS = ["cnn", "transformer_block"]
HANDWRITTEN = ["matmul_odd", "reduce_all", "mean_16m", "alias_output", "elementwise4d_f16", "loops_inplace"]


@pytest.mark.parametrize("name", MODELS)
def test_models_match_pytorch(name):
    out = compiled(name)
    inputs, expected = torch_reference(name)
    got = emulate(out.artifact, out.stages["map"], inputs)
    for g, e in zip(got, expected, strict=True):
        np.testing.assert_allclose(g, e, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("name", MODELS)
def test_models_match_pytorch_with_the_upstream_mapping(name):
    out = build(str(CUDA_DATA / f"{name}.mlir"), "cuda", mapping="upstream", keep_stages=("map",))
    assert out.artifact.manifest.compiler["options"]["mapping"] == "upstream"
    inputs, expected = torch_reference(name)
    got = emulate(out.artifact, out.stages["map"], inputs)
    for g, e in zip(got, expected, strict=True):
        np.testing.assert_allclose(g, e, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("name", MODELS + HANDWRITTEN)
def test_artifact_matches_its_cpu_reference(name):
    out = compiled(name)
    m = out.artifact.manifest
    inputs = check_inputs(m.inputs, m.check["seed"])
    got = emulate(out.artifact, out.stages["map"], inputs, isolate=False)
    # GEMM strategies (simt-gemm, tensor cores) and row kernels (row_fusion, a tree reduction)
    # sum in their own order: equal up to f32 rounding; every other kernel computes exactly what
    # the CPU reference does.
    reordered = "mlc.gemm" in out.stages["map"] or "mlc.rows" in out.stages["map"]
    for i, g in enumerate(got):
        want = out.artifact.reference[f"output{i}"]
        if reordered:
            np.testing.assert_allclose(g, want, rtol=1e-5, atol=1e-6)
        else:
            np.testing.assert_array_equal(g, want)
    for i, x in enumerate(inputs):  # inputs the model writes in place
        if f"inout{i}" in out.artifact.reference:
            np.testing.assert_allclose(x, out.artifact.reference[f"inout{i}"], rtol=1e-5, atol=1e-6)


def test_handwritten_kernels_match_numpy():
    out = compiled("matmul_odd")
    a, b = check_inputs(out.artifact.manifest.inputs, 5)
    (got,) = emulate(out.artifact, out.stages["map"], [a, b])
    np.testing.assert_allclose(got, np.exp(a @ b + 1.5).reshape(-1), rtol=1e-5)

    out = compiled("reduce_all")
    (x,) = check_inputs(out.artifact.manifest.inputs, 5)
    total, rows = emulate(out.artifact, out.stages["map"], [x])
    np.testing.assert_allclose(total, x.sum(), rtol=1e-5)
    np.testing.assert_array_equal(rows, np.maximum(x.max(axis=1), 0))

    out = compiled("elementwise4d_f16")
    x, bias = check_inputs(out.artifact.manifest.inputs, 5)
    (got,) = emulate(out.artifact, out.stages["map"], [x, bias])
    np.testing.assert_array_equal(got, np.maximum(x + bias[None, :, None, None], np.float16(0)))


@pytest.mark.parametrize("name", MODELS + HANDWRITTEN)
def test_every_kernel_assembles_for_sm_90(name):
    if ptxas_path() is None:
        pytest.skip("ptxas is not installed")
    kernels = compiled(name).artifact.manifest.kernels
    assert kernels
    for k in kernels:
        assert k.resources is not None, k.name
        assert k.resources["registers"] > 0
        assert k.resources["spill_stores"] == 0 and k.resources["spill_loads"] == 0


def test_loop_nests_become_kernels_and_write_their_arguments():
    out = compiled("loops_inplace")
    m = out.artifact.manifest
    assert [c.source_op for c in m.calls] == ["affine.for", "scf.for"]
    assert [b.written for b in m.buffers if b.kind == "input"] == [False, False, True]
    # The default mapping parallelizes the dependence-free loops of both nests (the scf.for
    # nest too), with 128-bit accesses along the 40 columns: 4 iterations per thread.
    for launch in m.launches():
        assert launch.grid[1] * launch.block[1] >= 64 and launch.grid[0] * launch.block[0] * 4 >= 40
    a, b, c = check_inputs(m.inputs, 3)
    assert emulate(out.artifact, out.stages["map"], [a, b, c], isolate=False) == []
    np.testing.assert_allclose(c, 2 * (a @ b), rtol=1e-5, atol=1e-5)


def test_upstream_mapping_runs_scf_for_nests_as_one_thread():
    out = build(str(CUDA_DATA / "loops_inplace.mlir"), "cuda", mapping="upstream", keep_stages=("map",))
    parallel, sequential = out.artifact.manifest.launches()
    assert parallel.grid[0] * parallel.grid[1] * parallel.block[0] * parallel.block[1] >= 64 * 40
    assert sequential.grid == (1, 1, 1) and sequential.block == (1, 1, 1)
    a, b, c = check_inputs(out.artifact.manifest.inputs, 3)
    emulate(out.artifact, out.stages["map"], [a, b, c], isolate=False)
    np.testing.assert_allclose(c, 2 * (a @ b), rtol=1e-5, atol=1e-5)


def test_buffer_plan_beats_the_naive_sum_on_the_cnn(cnn):  # noqa: F811
    report = cnn.artifact.manifest.memory_report()
    assert report["arena_bytes"] < report["intermediates_naive_bytes"]
    assert report["peak_live_bytes"] <= report["arena_bytes"]
    assert report["total_planned_bytes"] < report["total_naive_bytes"]


def test_launches_are_sized_by_the_occupancy_rule(cnn):  # noqa: F811
    for step in cnn.artifact.manifest.launches():
        threads = step.block[0] * step.block[1] * step.block[2]
        assert threads in (1, 8, 16, 32, 64, 128, 256), step


def test_kernels_on_constants_run_at_compile_time(cnn):  # noqa: F811
    m = cnn.artifact.manifest
    assert "linalg.transpose" not in {c.source_op for c in m.calls}  # the linear layer's weight transpose
    folded = [b for b in m.buffers if b.kind == "weight" and b.name.startswith("__mlc_folded_")]
    assert folded and all(b.offset is not None for b in folded)
    unfolded = build(str(CUDA_DATA / "cnn.mlir"), "cuda", fold_constants=False, keep_stages=("map",))
    assert any("linalg.transpose" in c.source_op for c in unfolded.artifact.manifest.calls)
    inputs, expected = torch_reference("cnn")
    got = emulate(unfolded.artifact, unfolded.stages["map"], inputs)
    np.testing.assert_allclose(got[0], expected[0], rtol=1e-4, atol=1e-5)


def test_views_need_no_launch(cnn):  # noqa: F811
    ops = [c.source_op for c in cnn.artifact.manifest.calls]
    assert all(op.startswith("linalg.") for op in ops)  # reshapes, subviews and constants are not kernels


def test_stages_are_dumped_and_resumable(tmp_path):
    source = CUDA_DATA / "matmul_odd.mlir"
    full = build(str(source), "cuda", dump_dir=str(tmp_path / "stages"))
    dumps = sorted(p.name for p in (tmp_path / "stages").iterdir())
    assert dumps == ["00_input.mlir", "01_bufferize.mlir", "02_kernels.mlir", "03_map.mlir", "04_gpu.mlir",
                     "05_nvvm.mlir", "06_ptx.mlir"]  # fmt: skip
    resumed = build(str(tmp_path / "stages" / "04_gpu.mlir"), "cuda", from_stage="gpu")
    assert resumed.artifact.ptx == full.artifact.ptx
    assert resumed.artifact.manifest.steps == full.artifact.manifest.steps
    kernels_ir = (tmp_path / "stages" / "02_kernels.mlir").read_text()
    assert "mlc.tile_sizes" in kernels_ir and "func.func private @main_k1_matmul" in kernels_ir


def test_mapping_pipeline_can_be_replaced(tmp_path):
    source = str(CUDA_DATA / "matmul_odd.mlir")
    custom = (
        "builtin.module(func.func(convert-linalg-to-parallel-loops,"
        "scf-parallel-loop-tiling{parallel-loop-tile-sizes=4,8 no-min-max-bounds},"
        "gpu-map-parallel-loops{mapping-policy=innermost-first}))"
    )
    # the GEMM strategies off: the f32 matmul would take simt-gemm, not the mapping pipeline
    out = build(source, "cuda", mapping=custom, reference=True, keep_stages=("map",), tensor_cores=False)
    blocks = {s.block for s in out.artifact.manifest.launches()}
    assert blocks == {(8, 4, 1)}
    m = out.artifact.manifest
    got = emulate(out.artifact, out.stages["map"], check_inputs(m.inputs, m.check["seed"]))
    np.testing.assert_array_equal(got[0], out.artifact.reference["output0"])


def test_sm_80_is_a_target():
    out = build(str(CUDA_DATA / "matmul_odd.mlir"), "cuda", arch="sm_80")
    assert all(".target sm_80" in ptx for ptx in out.artifact.ptx.values())


def _compile_text(tmp_path, text: str, **options):
    path = tmp_path / "model.mlir"
    path.write_text(text)
    return build(str(path), "cuda", **options)


def test_dynamic_shapes_are_rejected(tmp_path):
    text = "func.func @main(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {\n  return %x : tensor<?x4xf32>\n}\n"
    with pytest.raises(UnsupportedError, match="dynamic shape") as e:
        _compile_text(tmp_path, text)
    assert "fixed input shapes" in str(e.value)


def test_boolean_boundaries_are_rejected(tmp_path):
    text = "func.func @main(%x: tensor<4xi1>) -> tensor<4xi1> {\n  return %x : tensor<4xi1>\n}\n"
    with pytest.raises(UnsupportedError, match="boolean tensor"):
        _compile_text(tmp_path, text)


def test_entry_function_must_be_unambiguous(tmp_path):
    text = (
        "func.func @a(%x: tensor<4xf32>) -> tensor<4xf32> {\n  return %x : tensor<4xf32>\n}\n"
        "func.func @b(%x: tensor<4xf32>) -> tensor<4xf32> {\n  return %x : tensor<4xf32>\n}\n"
    )
    with pytest.raises(UnsupportedError, match=r"several public functions \(@a, @b\)"):
        _compile_text(tmp_path, text)
    out = _compile_text(tmp_path, text, function="b")
    assert out.artifact.manifest.entry == "b"


def test_unknown_architecture(tmp_path):
    with pytest.raises(InputError, match="unsupported CUDA architecture 'sm_75'"):
        _compile_text(tmp_path, "func.func @main() {\n  return\n}\n", arch="sm_75")
