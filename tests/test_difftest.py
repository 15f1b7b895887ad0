"""The differential tester: its generators, comparison and reducer, a fixed-seed subset of each
kind, and the reduced reproductions of the bugs it found (each fixed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from mlc.compiler.testing import kernels, loop_nests, onnx_cases, onnx_graphs
from mlc.compiler.testing.compare import mismatch
from mlc.compiler.testing.reduce import reduce_graph, reduce_sizes

DATA = Path(__file__).parent / "data" / "difftest"


def _model(nodes, inputs, outputs, inits=()):
    graph = helper.make_graph(nodes, "g", inputs, outputs, list(inits))
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", onnx_graphs.OPSET)])
    model.ir_version = 9
    return model


def test_generated_graphs_are_valid_and_varied():
    ops, sizes, invalid = set(), [], []
    for seed in range(60):
        model = onnx_graphs.random_graph(seed)
        assert model.SerializeToString() == onnx_graphs.random_graph(seed).SerializeToString()
        sizes.append(len(model.graph.node))
        ops |= {n.op_type for n in model.graph.node}
        try:
            onnx.checker.check_model(model, full_check=True)
            onnx_cases.reference(model, onnx_graphs.random_inputs(model, seed))
        except Exception as e:
            invalid.append((seed, str(e)[:200]))
    assert not invalid, invalid
    assert min(sizes) >= 2 and max(sizes) <= 30 and len(ops) >= 40, (sizes, sorted(ops))


def test_comparison_catches_wrong_results():
    ref = np.linspace(-1, 1, 12, dtype=np.float32).reshape(3, 4)
    assert mismatch(ref + 1e-7, ref, 1e-4) is None
    bad = ref.copy()
    bad[1, 2] += 1e-3
    why = mismatch(bad, ref, 1e-4)
    assert why is not None and "first at [1, 2]" in why[0]
    assert mismatch(ref.astype(np.float64), ref, 1e-4) is not None  # dtype
    assert mismatch(ref[:2], ref, 1e-4) is not None  # shape
    ints = np.arange(6, dtype=np.int32)
    assert mismatch(ints, ints, None) is None and mismatch(ints + (ints == 3), ints, None) is not None
    nan = np.array([np.nan, 1.0])
    assert mismatch(nan, nan, None) is None and mismatch(np.array([0.0, 1.0]), nan, 1e-4) is not None
    zeros = np.zeros(7, dtype=np.float32)  # an exact cancellation: rounding error is not a miscompile
    assert mismatch(zeros + np.float32(3.6e-6), zeros, 1e-4) is None
    assert mismatch(zeros + np.float32(1e-3), zeros, 1e-4) is not None


def test_graph_reducer_keeps_the_failure_and_drops_the_rest():
    model = onnx_graphs.random_graph(8)
    assert len(model.graph.node) > 8 and any(n.op_type == "Tanh" for n in model.graph.node)
    calls = []

    def fails(m):
        calls.append(1)
        return any(n.op_type == "Tanh" for n in m.graph.node)

    small = reduce_graph(model, fails)
    assert fails(small) and len(small.graph.node) < len(model.graph.node) // 2
    onnx.checker.check_model(small)


def test_size_reducer_finds_the_smallest_failing_sizes():
    assert reduce_sizes({"m": 40, "n": 33}, lambda s: s["m"] >= 5 and s["n"] % 2 == 1) == {"m": 5, "n": 1}


def test_onnx_subset_matches_onnxruntime():
    results = onnx_cases.check_batch(list(range(16)))
    assert len(results) == 16
    bad = {s: r for s, r in results.items() if r[0] in ("mismatch", "crash", "invalid")}
    assert not bad, bad
    assert sum(r[0] == "ok" for r in results.values()) >= 12


def test_gemm_alpha_without_c():
    """Found by the tester (seed 12): torch-mlir dropped Gemm's alpha when there is no C."""
    w = numpy_helper.from_array(np.linspace(-1, 1, 12, dtype=np.float32).reshape(4, 3), "w")
    node = helper.make_node("Gemm", ["x", "w"], ["y"], alpha=2.0, beta=1.5, transB=1)
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 4])
    assert onnx_cases.check(_model([node], [x], [y], [w]), 0)[0] == "ok"


def test_reduce_l2_in_double_precision():
    """Found by the tester (seed 224): torch-mlir computed a double ReduceL2 in float32."""
    axes = numpy_helper.from_array(np.array([0, 2], np.int64), "axes")
    node = helper.make_node("ReduceL2", ["x", "axes"], ["y"], keepdims=0)
    x = helper.make_tensor_value_info("x", TensorProto.DOUBLE, [7, 3, 4])
    y = helper.make_tensor_value_info("y", TensorProto.DOUBLE, [3])
    assert onnx_cases.check(_model([node], [x], [y], [axes]), 224)[0] == "ok"


def test_reduce_l2_after_global_max_pool():
    """Found by the tester (seed 76): torch-mlir's ONNX conversion aborted on this chain."""
    a1 = numpy_helper.from_array(np.array([1], np.int64), "a1")
    a2 = numpy_helper.from_array(np.array([1, 3], np.int64), "a2")
    nodes = [
        helper.make_node("ReduceMin", ["x", "a1"], ["r"], keepdims=1),
        helper.make_node("GlobalMaxPool", ["r"], ["p"]),
        helper.make_node("ReduceL2", ["p", "a2"], ["y"], keepdims=1),
    ]
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 3, 7])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 1, 1, 1])
    assert onnx_cases.check(_model(nodes, [x], [y], [a1, a2]), 76)[0] == "ok"


@pytest.mark.parametrize("seed", [0, 2, 3, 9, 11])
def test_kernel_subset_matches_numpy(seed):
    spec = kernels.random_spec(seed)
    assert kernels.check(spec, seed)[0] == "ok", spec


@pytest.mark.parametrize("strategy", ["cuda-mlc", "cuda-upstream"])
def test_middle_axis_reduction_on_cuda(strategy):
    """Found by the tester (seeds 194, 287): ``tile`` crashed on a reduction over a middle axis."""
    spec = kernels.Spec(
        "reduce", {"d0": 5, "d1": 16, "d2": 63}, "float32", strategy, {"axes": [1], "op": "sum"}
    )
    assert kernels.check(spec, 194)[:2] == ("ok", "")


def test_every_strategy_is_exercised():
    drawn = {kernels.random_spec(s).strategy for s in range(200)}
    families = {kernels.random_spec(s).family for s in range(200)}
    assert drawn == set(kernels.DRAWN) and families == set(kernels.FAMILIES)


needs_clang = pytest.mark.skipif(
    loop_nests.clang() is None, reason="clang-22 is not installed (apt-get install clang-22)"
)


@needs_clang
@pytest.mark.parametrize("seed", [1, 2, 5, 8])
def test_loop_nest_subset_is_bit_identical(seed):
    outcome, detail, _, _ = loop_nests.check(loop_nests.random_nest(seed), seed)
    assert outcome == "ok", detail


def test_loop_nest_c_is_sized_for_every_access():
    nest = loop_nests.random_nest(2)
    lengths = nest.lengths()
    assert set(lengths) == {"A", "B", "C"} and all(n >= 1 for n in lengths.values())
    assert "restrict" in nest.c() and nest.c().count("for (") == len(nest.loops)


def test_range_analysis_does_not_blow_up():
    """Found by the tester (loop nest 0): the .ll frontend's range analysis took exponential
    time on this kernel's guards (``tests/data/difftest/range_blowup.c``) and never finished."""
    proc = subprocess.run(
        [sys.executable, "-m", "mlc.tools.mlc_translate", str(DATA / "range_blowup.ll"), "--stage", "scf"],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stderr
    assert "func.func @kernel(" in proc.stdout


def test_log_sum_exp_of_one_element():
    """Found by the tester (seeds 127, 279): torch-mlir aborted on a one-element ReduceLogSumExp."""
    w = numpy_helper.from_array(np.linspace(-0.3, 0.3, 8, dtype=np.float32).reshape(8, 1), "w")
    axes = numpy_helper.from_array(np.array([0], np.int64), "axes")
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["m"]),
        helper.make_node("ReduceLogSumExp", ["m", "axes"], ["y"], keepdims=1),
    ]
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [8])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])
    assert onnx_cases.check(_model(nodes, [x], [y], [w, axes]), 127)[0] == "ok"


@needs_clang
@pytest.mark.parametrize("seed", [31, 77])
def test_loop_nests_that_merge_loop_versions_broke(seed):
    """Found by the tester: ``merge-loop-versions`` made invalid IR from a peeled last iteration
    whose condition follows the loop (nests 31, 43, 115) and raised on a loop bound that is a
    function argument (nest 77). Reduced to ``merge-loop-versions/difftest-regressions.mlir``."""
    outcome, detail, _, _ = loop_nests.check(loop_nests.random_nest(seed), seed)
    assert outcome == "ok", detail


def test_batch_error_names_its_graph():
    """A refused batch is split at the graph its error names (``g<i>_`` prefixes), not bisected."""
    message = "error: model.onnx: node 'g3_pad29' (Pad, opset 18): found an op marked illegal"
    assert onnx_cases._named_graph(message, 8) == 3
    assert onnx_cases._named_graph(message, 3) is None
    assert onnx_cases._named_graph("CPU backend, stage 'llvm': failed to legalize", 8) is None


@pytest.mark.parametrize("seed", [0, 1])
def test_tuned_gemm_schedules_match_numpy(seed):
    """A random valid schedule of the tuning space for each GEMM, built (the compile must use it)
    and compared with numpy."""
    spec = kernels.random_spec(seed, tuned=True)
    assert spec.strategy == "cpu-tuned" and kernels.random_schedules(kernels.mlir(spec), seed)
    assert kernels.check(spec, seed)[:2] == ("ok", "")


def test_rerun_replaces_the_logged_failures(tmp_path):
    """``--resume --rerun`` runs again what failed before a fix and keeps one line per seed."""
    from mlc.compiler.testing.difftest import run_many

    log = tmp_path / "k.jsonl"
    old = {"kind": "kernels", "outcome": "crash", "detail": "before the fix", "max_error": 0.0, "info": {}}
    before = ({"seed": 0}, {"seed": 2, "outcome": "ok"})
    log.write_text("".join(json.dumps({**old, **r}) + "\n" for r in before))
    assert [r.seed for r in run_many("kernels", range(1), tmp_path, log, resume=True, rerun=True)] == [0]
    lines = [json.loads(x) for x in log.read_text().splitlines()]
    assert sorted(r["seed"] for r in lines) == [0, 2] and all(r["outcome"] == "ok" for r in lines)


def test_boolean_constant_read_by_a_cuda_kernel_is_a_clean_error():
    """Found by the tester (ONNX seeds 0, 2 on the CUDA emulator): Gather with negative constant
    indices reads an ``i1`` constant in its kernel, and memref-to-llvm asserted on its loads (an
    internal compiler error). The CUDA target refuses boolean buffers, now with its located error."""
    idx = numpy_helper.from_array(np.array([0, -1, 2], np.int64), "idx")
    nodes = [helper.make_node("Gather", ["x", "idx"], ["y"], axis=0)]
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [5, 3])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [3, 3])
    outcome, detail, _ = onnx_cases.check(_model(nodes, [x], [y], [idx]), 0, "cuda")
    assert outcome == "unsupported" and "element type i1 is not supported by the CUDA target" in detail
