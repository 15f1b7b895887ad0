"""The .ll kernel suite: every kernel at -O1 and -O2, raised by the .ll frontend and run against the original.

The original is compiled with the bundled ``llc`` and ``gcc``; the raised
module with the MLIR ExecutionEngine. Outputs must be bit-identical on random
inputs, over each kernel's size sweep (empty loops, remainders of vector and
unrolled loops). Unless the kernel is listed as falling back, the raised code
path itself is checked: its fallback to the original function is emptied.
"""

from __future__ import annotations

import pytest

from mlc.benchmarks.ll_kernels import OPT_LEVELS, check_equivalence, classify, kernels
from mlc.compiler.frontends import import_file

CASES = [(name, opt) for name in kernels() for opt in OPT_LEVELS]


@pytest.mark.parametrize(("name", "opt"), CASES, ids=[f"{n}-{o}" for n, o in CASES])
def test_raised_kernel_matches_original(name, opt, tmp_path):
    kernel = kernels()[name]
    result = import_file(str(kernel.ll(opt)))
    stage, _, _ = classify(kernel, result.text)
    assert stage == kernel.expect[opt]
    sizes = ({}, *kernel.sweep)
    safe = check_equivalence(kernel, opt, result.text, tmp_path, fallbacks=True, sizes=sizes)
    assert safe.equal, safe.detail
    if stage != "llvm" and opt not in kernel.falls_back:
        fast = check_equivalence(kernel, opt, result.text, tmp_path, sizes=sizes)
        assert fast.equal, fast.detail


@pytest.mark.parametrize("opt", OPT_LEVELS)
def test_unraised_kernels_stay_llvm_with_a_remark(opt):
    for kernel in kernels().values():
        if kernel.expect[opt] != "llvm":
            continue
        result = import_file(str(kernel.ll(opt)))
        assert f"llvm.func local_unnamed_addr @{kernel.name}(" in result.text
        assert f"func.func @{kernel.name}(" not in result.text
        remarks = [d for d in result.diagnostics if d.severity == "remark" and d.file == str(kernel.ll(opt))]
        assert any("not raised" in d.message and d.line for d in remarks), kernel.name
