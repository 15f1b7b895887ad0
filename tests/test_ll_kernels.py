"""The .ll kernel suite: every kernel at -O1 and -O2, raised by the .ll frontend and run against the original.

The original is compiled with the bundled ``llc`` and ``gcc``; the raised
module with the MLIR ExecutionEngine. Outputs must be bit-identical on random
inputs, over each kernel's size sweep (empty loops, remainders of vector and
unrolled loops). Unless the kernel is listed as falling back, the raised code
path itself is checked: its fallback to the original function is emptied.
Those runs are the raising benchmark's (``python -m mlc.benchmarks.raising_table``,
run here as a program); the kernels' descriptions are data (``kernels.json``).
"""

from __future__ import annotations

import json

import pytest

from mlc.compiler.frontends import import_file

from conftest import LL_OPT_LEVELS, ll_kernels, ll_path, run_benchmark

CASES = [(name, opt) for name in ll_kernels() for opt in LL_OPT_LEVELS]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    out = tmp_path_factory.mktemp("raising")
    run_benchmark("raising_table", "-o", str(out / "raising.md"), "--json", str(out / "outcomes.json"))
    return {(o["kernel"], o["opt"]): o for o in json.loads((out / "outcomes.json").read_text())}


@pytest.mark.parametrize(("name", "opt"), CASES, ids=[f"{n}-{o}" for n, o in CASES])
def test_raised_kernel_matches_original(name, opt, outcomes):
    kernel, outcome = ll_kernels()[name], outcomes[name, opt]
    assert outcome["stage"] == kernel["expect"][opt]
    assert outcome["equal_with_fallback"], outcome
    if outcome["stage"] != "llvm" and opt not in kernel.get("falls_back", ()):
        assert outcome["equal"], outcome


@pytest.mark.parametrize("opt", LL_OPT_LEVELS)
def test_unraised_kernels_stay_llvm_with_a_remark(opt):
    for name, kernel in ll_kernels().items():
        if kernel["expect"][opt] != "llvm":
            continue
        path = ll_path(name, opt)
        result = import_file(str(path))
        assert f"llvm.func local_unnamed_addr @{name}(" in result.text
        assert f"func.func @{name}(" not in result.text
        remarks = [d for d in result.diagnostics if d.severity == "remark" and d.file == str(path)]
        assert any("not raised" in d.message and d.line for d in remarks), name
