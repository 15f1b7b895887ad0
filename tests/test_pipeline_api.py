"""The Python API: pipeline parsing and printing, the pass registry, and optimize()."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

import pytest

import mlc.compiler as mc
from mlc.compiler.errors import InputError, InternalCompilerError, PassFailure, PipelineError
from mlc.compiler.pipeline import Pipeline, parse_elements
from mlc.passes import get_pass, load_plugin, pass_names

from conftest import DATA, PLUGIN

load_plugin(str(PLUGIN))
MM = (DATA / "upstream" / "matmul_affine.mlir").read_text()


def test_parse_nested_elements():
    els = parse_elements(
        "builtin.module(func.func(canonicalize{max-iterations=3},cse),gpu.module(x{a={b c}}),y)"
    )
    assert els == [
        ("canonicalize", "max-iterations=3", ("func.func",)),
        ("cse", "", ("func.func",)),
        ("x", "a={b c}", ("gpu.module",)),
        ("y", "", ()),
    ]


def test_bare_pass_list_is_module_anchored():
    assert parse_elements("canonicalize,cse") == [("canonicalize", "", ()), ("cse", "", ())]


def test_pipeline_round_trips_through_text():
    p = Pipeline.parse("builtin.module(func.func(canonicalize),test-count-ops{scale=2 sizes=1,2},cse)")
    assert str(p) == "builtin.module(func.func(canonicalize),test-count-ops{scale=2 sizes=1,2},cse)"
    assert str(Pipeline.parse(str(p))) == str(p)


def test_builder_api():
    p = Pipeline().add("canonicalize", nest=("func.func",)).add("test-count-ops", "verbose")
    assert str(p) == "builtin.module(func.func(canonicalize),test-count-ops{verbose=true})"


def test_unknown_pass_raises_with_hint():
    with pytest.raises(PipelineError) as e:
        Pipeline.parse("builtin.module(cse,canonicalise)")
    assert "did you mean 'canonicalize'" in str(e.value)


def test_registry_is_introspectable():
    cls = get_pass("test-count-ops")
    assert "test-count-ops" in pass_names()
    opts = {o.name: o for o in cls.options()}
    assert opts["scale"].default == 1 and opts["scale"].type_name == "int"
    assert opts["mode"].choices == ("all", "top")
    assert opts["sizes"].type_name == "list of int"
    assert "op count" in cls.SUMMARY and "remark" in cls.doc()


def test_registry_lists_module_and_package_passes_without_importing_them():
    """A pass is a module (``passes/tile.py``) or a package (``passes/reroll_loops/``); listing them
    imports neither, naming one imports it."""
    code = (
        "import sys\n"
        "from mlc.passes import get_pass, pass_names\n"
        "names = pass_names()\n"
        "print('tile' in names, 'reroll-loops' in names)\n"
        "print(sorted(m for m in sys.modules if m.startswith('mlc.passes.') and m.split('.')[2][0] != '_'))\n"
        "cls = get_pass('reroll-loops')\n"
        "print(cls.__module__, cls.NAME, 'mlc.passes.reroll_loops.reroll' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "True True",
        "[]",
        "mlc.passes.reroll_loops reroll-loops True",
    ]


def test_options_are_typed_and_frozen():
    p = get_pass("test-count-ops").from_options("scale=0x10 verbose sizes=3,4")
    assert (p.scale, p.verbose, p.sizes) == (16, True, (3, 4))
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.scale = 3


def test_optimize_runs_upstream_pipeline():
    out = mc.optimize(MM, "builtin.module(func.func(convert-linalg-to-affine-loops),canonicalize)")
    assert "affine.for" in out and "linalg.matmul" not in out


def test_optimize_in_process_with_runtime_registered_pass():
    out = mc.optimize(MM, Pipeline().add("test-count-ops").add("canonicalize"), isolate=False)
    assert "linalg.matmul" in out


def test_optimize_reports_bad_ir():
    with pytest.raises(InputError) as e:
        mc.optimize("func.func @f( {", "builtin.module(canonicalize)")
    assert "<input>:1:" in str(e.value)


def test_optimize_reports_pass_failure():
    with pytest.raises(PassFailure) as e:
        mc.optimize("func.func @bad() {\n  return\n}\n", "builtin.module(test-fail-on)", isolate=False)
    assert "refusing to process @bad" in str(e.value)


def test_optimize_survives_an_mlir_abort(tmp_path, monkeypatch):
    monkeypatch.setenv("MLC_REPRO_DIR", str(tmp_path))
    src = (
        "func.func @f(%m: memref<4xi1>, %i: index) -> i1 {\n"
        "  %v = memref.load %m[%i] : memref<4xi1>\n  return %v : i1\n}\n"
    )
    with pytest.raises(InternalCompilerError) as e:
        mc.optimize(src, "builtin.module(finalize-memref-to-llvm)")
    assert "integralElementType.getWidth() >= 8" in str(e.value)
    saved = next(tmp_path.glob("mlc-repro-*/input.mlir"))
    assert saved.read_text() == src
