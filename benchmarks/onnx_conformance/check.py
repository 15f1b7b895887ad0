"""Running one ONNX node test case through mlc's CPU path and classifying the outcome.

``compile_case`` imports (torch-mlir) and lowers (MLIR) a case in a forked
child of the runner: a crash there is an internal compiler error for that case
only. ``execute_case`` JIT-compiles and runs the program in the worker process,
which never loads torch_mlir (torch-mlir's LLVM breaks JIT-compiled code, and
it cannot be loaded after the upstream bindings either).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from mlc.benchmarks.onnx_conformance.cases import Case
from mlc.compiler.errors import InputError, InternalCompilerError, MlcError, UnsupportedError
from mlc.compiler.frontends.onnx_undefined import undefined_elements

# Failure classes, in the order the summary lists them.
PASS = "pass"
UNDEFINED = "undefined-reference"
CLASSES = {
    PASS: "passed",
    UNDEFINED: "every element matches except those of a float-to-integer cast out of range, "
    "which ONNX leaves undefined (mlc.compiler.frontends.onnx_undefined)",
    "unsupported-value-kind": "sequence, optional or map values (unsupported)",
    "unsupported-dtype": "element type not supported (string, complex)",
    "unsupported-op": "ONNX op not lowered by torch-mlir and without a function body",
    "torch-lowering": "torch-mlir could not lower the torch IR to linalg",
    "import-error": "torch-mlir import or function expansion failed",
    "invalid-model": "rejected by the ONNX checker or shape inference",
    "ice-import": "internal compiler error (crash) in import, caught in a child process",
    "cpu-compile": "CPU backend lowering failed",
    "ice-cpu": "internal compiler error (crash) in the CPU backend, caught in a child process",
    "runtime-error": "error when calling the compiled function",
    "wrong-dtype": "output dtype differs from the reference",
    "wrong-shape": "output shape differs from the reference",
    "wrong-result": "output values differ from the reference",
    "rounding": "16-bit float results within 2 ulps of the reference, outside the suite's tolerance",
    "nondeterministic": "random ops (Bernoulli, RandomUniform, ...): cannot match the reference draws",
    "crash-at-run": "the compiled code crashed the worker process",
    "timeout": "did not finish in time",
}


@dataclass(frozen=True)
class Outcome:
    name: str
    klass: str
    message: str
    seconds: float


def classify(err: MlcError) -> str:
    text = str(err)
    if isinstance(err, InternalCompilerError):
        return "ice-cpu" if "'cpu" in (err.hint or "") else "ice-import"  # while running the 'cpu..' stage
    if isinstance(err, UnsupportedError):
        if any(f"a {k} type" in text for k in ("sequence", "optional", "map", "sparse_tensor")):
            return "unsupported-value-kind"
        if "element type" in text or "tensor type" in text:
            return "unsupported-dtype"
        if (
            text.rstrip().endswith("not supported")
            or ": not supported" in text
            or "which is\nnot supported" in text
        ):
            return "unsupported-op"
        if "could not be lowered" in text or "torch-mlir's linalg lowering" in text:
            return "torch-lowering"
        if "CPU backend" in text:
            return "cpu-compile"
        return "import-error"
    if isinstance(err, InputError) and ("checker" in text or "shape inference" in text):
        return "invalid-model"
    if "CPU backend" in text:
        return "cpu-compile"
    return "import-error"


def _graph_inputs(model: Any) -> list[str]:
    initialized = {i.name for i in model.graph.initializer}
    return [vi.name for vi in model.graph.input if vi.name not in initialized]


def specialization_values(model: Any, inputs: list[Any]) -> dict[str, Any]:
    """The values of the case's shape-like graph inputs (``onnx_specialize``), to compile for."""
    from mlc.compiler.frontends.onnx_specialize import shape_operand_inputs

    feeds = dict(zip(_graph_inputs(model), inputs, strict=False))
    return {n: _as_array(feeds[n]) for n in shape_operand_inputs(model) if n in feeds}


def _lower(model_bytes: bytes, name: str, inputs: list[Any]):
    import onnx

    from mlc.compiler.frontends.onnx import import_model
    from mlc.compiler.isolation import progress
    from mlc.compiler.targets import cpu

    model = onnx.ModelProto.FromString(model_bytes)
    values = specialization_values(model, inputs)
    text = import_model(model, source=f"{name}.onnx", specialize=values).text
    progress(stage="cpu")
    return cpu.lower(text)


# 16-bit float outputs within two units of their last place (relative): the suite's
# tolerance (rtol 1e-3) is tighter than one bfloat16 ulp, so computing in another
# order than the reference's numpy code can miss it without being wrong.
ROUNDING_RTOL = {"bfloat16": 2.0**-6, "float16": 2.0**-9}

# Ops whose results are random draws: a reference computed with another generator cannot match.
RANDOM_OPS = (
    "Bernoulli",
    "Multinomial",
    "RandomNormal",
    "RandomNormalLike",
    "RandomUniform",
    "RandomUniformLike",
)


def _random_ops(model: Any, feeds: dict[str, Any]) -> list[str]:
    """The random ops of ``model`` (its graph and local functions), with ``feeds`` as inputs.

    ``Dropout`` is random when it runs in training mode with a nonzero ratio.
    """
    from onnx import numpy_helper

    nodes = [*model.graph.node, *(n for f in model.functions for n in f.node)]
    found = {n.op_type for n in nodes if n.op_type in RANDOM_OPS and not n.domain}
    values = {**{i.name: numpy_helper.to_array(i) for i in model.graph.initializer}, **feeds}
    for n in model.graph.node:
        if n.op_type != "Dropout" or n.domain or len(n.input) < 3 or n.input[2] not in values:
            continue
        ratio = values.get(n.input[1], 0.5) if n.input[1] else 0.5
        if bool(np.asarray(values[n.input[2]])) and float(np.asarray(ratio)) != 0.0:
            found.add("Dropout (training)")
    return sorted(found)


def _compare(
    got: np.ndarray, want: np.ndarray, case: Case, undefined: np.ndarray | None = None
) -> str | None:
    """None when ``got`` matches ``want`` as the ONNX backend test runner would accept.

    Elements where ``undefined`` is True are not compared.
    """
    got = np.asarray(got)
    if got.dtype != want.dtype:
        return f"wrong-dtype: got {got.dtype}, expected {want.dtype}"
    if got.shape != want.shape:
        return f"wrong-shape: got {got.shape}, expected {want.shape}"
    skip = np.zeros(want.shape, bool) if undefined is None else undefined
    if want.dtype.kind in "fc" or want.dtype.name.startswith(("bfloat16", "float8", "float4")):
        a, b = got.astype(np.float64), want.astype(np.float64)
        close = np.isclose(a, b, rtol=case.rtol, atol=case.atol, equal_nan=True) | skip
        if not close.all():
            bad = tuple(np.argwhere(~close)[0])
            klass = "wrong-result"
            if want.dtype.name in ROUNDING_RTOL:
                rtol = ROUNDING_RTOL[want.dtype.name]
                if (np.isclose(a, b, rtol=rtol, atol=case.atol, equal_nan=True) | skip).all():
                    klass = "rounding"
            return f"{klass}: at {bad} got {a[bad]!r}, expected {b[bad]!r}"
        return None
    differ = (got != want) & ~skip
    if differ.any():
        bad = tuple(np.argwhere(differ)[0])
        return f"wrong-result: at {bad} got {got[bad]!r}, expected {want[bad]!r}"
    return None


def _as_array(value: Any) -> Any:
    """Data sets hold numpy arrays, or TensorProtos for types numpy lacks (bfloat16, float8)."""
    import onnx

    if isinstance(value, onnx.TensorProto):
        return onnx.numpy_helper.to_array(value)
    return value


def compile_case(case: Case, timeout: float = 300.0) -> Any:
    """The ``CpuProgram`` of ``case``, or an ``Outcome`` saying why there is none."""
    from mlc.compiler import isolation

    start = time.monotonic()
    try:
        inputs = list(case.data_sets[0][0]) if case.data_sets else []
        return isolation.call(
            _lower,
            case.model,
            case.name,
            inputs,
            stage="the import",
            repro=isolation.Reproducer({f"{case.name}.onnx": case.model}),
            timeout=timeout,
            fresh=False,
            limit_memory_=True,
        )
    except MlcError as e:
        message = str(e).splitlines()[0] if str(e) else type(e).__name__
        return Outcome(case.name, classify(e), message, round(time.monotonic() - start, 3))


def execute_case(case: Case, program: Any, opt_level: int = 0) -> Outcome:
    """JIT ``program`` and run it on all data sets of ``case``."""
    import onnx

    from mlc.compiler.targets import cpu

    start = time.monotonic()

    def done(klass: str, message: str = "") -> Outcome:
        return Outcome(case.name, klass, message, round(time.monotonic() - start, 3))

    try:
        fn = cpu.load(program, opt_level=opt_level)
    except MlcError as e:
        return done("cpu-compile", str(e).splitlines()[0])
    model = onnx.ModelProto.FromString(case.model)
    graph_inputs = _graph_inputs(model)
    skipped, compared = 0, 0
    for raw_inputs, raw_outputs in case.data_sets:
        inputs, outputs = [_as_array(v) for v in raw_inputs], [_as_array(v) for v in raw_outputs]
        feeds = dict(zip(graph_inputs, inputs, strict=False))
        try:
            result = fn(**feeds)
        except MlcError as e:
            return done("runtime-error", str(e).splitlines()[0])
        got = list(result) if isinstance(result, tuple) else [result]
        if len(got) != len(outputs):
            return done("wrong-shape", f"{len(got)} outputs, expected {len(outputs)}")
        undefined = undefined_elements(model, feeds, outputs)
        for g, w, u in zip(got, outputs, undefined, strict=True):
            problem = _compare(g, np.asarray(w), case, u)
            skipped += 0 if u is None else int(u.sum())
            compared += np.size(w) - (0 if u is None else int(u.sum()))
            if problem:
                klass, _, message = problem.partition(": ")
                random = _random_ops(model, feeds)
                if klass == "wrong-result" and random:
                    return done("nondeterministic", f"{', '.join(random)} draws random numbers: {message}")
                return done(klass, message)
    if skipped:
        return done(
            UNDEFINED,
            f"{skipped} reference elements come from a float-to-integer cast out of range "
            f"(undefined in ONNX); the other {compared} match",
        )
    return done(PASS)
