"""The ``mlc-run`` driver: run a compiled artifact, or compile a model for a target and run it.

``mlc-run MODEL|ARTIFACT.mlc [--inputs in.npz] [--outputs out.npz] [--target cpu] [--check] [--emulate]``

A model (``.onnx``, ``.pt2``, ``.mlir``) is compiled by ``compile_api.build``
(the one compile entry point, with its cache); the whole tool runs in a forked
child (``cli.run_tool``), so a crash there is reported as an internal compiler
error. An artifact (``.mlc``) is loaded by its target: CPU artifacts run
natively, CUDA artifacts on the GPU or, with ``--emulate``, replayed on the CPU.
Inputs are keyed by input name; any not given are seeded random values.
``--check`` compares a model with onnxruntime (``.onnx``) or torch (``.pt2``) on
the same inputs, and an artifact with the reference outputs it carries.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from typing import Any

import numpy as np

from mlc.compiler import isolation, targets
from mlc.compiler.cli import input_reproducer, run_tool
from mlc.compiler.errors import ArgumentParser, InputError, MlcError, UnsupportedError
from mlc.compiler.targets import DEFAULT_TARGET
from mlc.runtime.artifact import read as read_artifact

TOOL = "mlc-run"
ARTIFACT_SUFFIX = ".mlc"
SUFFIXES = (".onnx", ".pt2", ".mlir", ARTIFACT_SUFFIX)


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    p = ArgumentParser(
        prog=TOOL,
        allow_abbrev=False,
        description="Run an artifact (.mlc from mlc-compile), or compile a model (.onnx, .pt2 or .mlir) "
        "for a target and run it, on numpy inputs.",
    )
    a = p.add_argument
    a(
        "model",
        help="artifact (.mlc), or model: .onnx, .pt2 (torch.export) or .mlir (linalg-on-tensors or lower)",
    )
    a(
        "--inputs",
        metavar="NPZ",
        help="inputs keyed by graph input name (default: seeded random values); "
        "float8/float4/bfloat16/int4/int2 inputs may be given as wider numbers, converted as by a cast",
    )
    a(
        "--outputs",
        metavar="NPZ",
        help="write the outputs, keyed by graph output name; npz has no float8/float4/bfloat16/int4/int2, "
        "so those are written exactly as float32, int8 or uint8",
    )
    a(
        "--target",
        help=f"models: where to run (default: {DEFAULT_TARGET}; targets: {', '.join(targets.available())}); "
        "artifacts run on the target they were compiled for",
    )
    a(
        "--check",
        action="store_true",
        help="compare with onnxruntime (.onnx) or torch (.pt2); artifacts: with their stored reference",
    )
    a(
        "--emulate",
        action="store_true",
        help="cuda: replay the artifact's host program and kernels on the CPU (no GPU needed)",
    )
    a(
        "--rtol",
        type=float,
        default=None,
        help="--check tolerance on max|a-b|/max|ref| (default 1e-4; 1e-2 f16)",
    )
    a("--info", action="store_true", help="artifacts: print the manifest (inputs, outputs, kernels) and exit")
    a("--seed", type=int, default=0, help="seed of the random inputs (default 0)")
    a(
        "--shape",
        action="append",
        default=[],
        metavar="NAME=DxD",
        help="shape of a random input with dynamic dimensions (default: 1 per dynamic dim)",
    )
    a(
        "--specialize",
        action="append",
        default=[],
        metavar="NAME",
        help=".onnx: compile for the --inputs value of graph input NAME (it becomes a constant and "
        "each call checks it); 'auto': the inputs that feed axes, shapes, pads, scales and the like",
    )
    a("--function", metavar="NAME", help=".mlir: the function to run (default: the only public one)")
    a("--entry", dest="function", help=argparse.SUPPRESS)  # the old name of --function (deprecated)
    a("--no-vectorize", dest="vectorize", action="store_false", help="cpu: do not tile and vectorize")
    a("--debug", action="store_true", help="show Python tracebacks of internal errors")
    return p.parse_args(argv)


def _specialized_values(path: str, names: list[str], given: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The values of the inputs ``names`` (``auto``: those feeding shape-like operands) in ``given``."""
    if "auto" in names:
        from mlc.compiler.frontends import onnx_model
        from mlc.compiler.frontends.onnx_specialize import shape_operand_inputs

        names = [n for n in names if n != "auto"] + shape_operand_inputs(onnx_model.load_model(path))
    missing = [n for n in names if n not in given and n != "auto"]
    if missing:
        raise InputError(
            f"--specialize: no value for {', '.join(repr(m) for m in missing)} in --inputs",
            hint="give the values to compile for in the --inputs file",
        )
    return {n: given[n] for n in dict.fromkeys(names)}


def load_model(
    path: str,
    target: str | None,
    function: str | None = None,
    vectorize: bool = True,
    emulate: bool = False,
    specialize: tuple[list[str], dict] | None = None,
) -> Any:
    """An executable running ``path``: an artifact, or a model compiled for ``target`` (``compile_api``).

    ``specialize``: (input names or ``auto``, values by name) to compile an ONNX model for.
    """
    from mlc.compiler import compile_api
    from mlc.compiler.frontends import FrontendOptions

    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"'{path}': mlc-run takes {', '.join(sorted(SUFFIXES))} files, not '{suffix or '(no suffix)'}'"
        )
    if not Path(path).is_file():
        raise InputError(f"could not open input file '{path}': no such file")
    if specialize and suffix != ".onnx":
        raise InputError(f"'{path}': --specialize applies to .onnx models only")
    if suffix == ARTIFACT_SUFFIX:
        if function is not None or not vectorize:
            raise InputError("--function and --no-vectorize apply when compiling a model, not to an artifact")
        return load_artifact(path, target, emulate)
    target = target or DEFAULT_TARGET
    if emulate and target != "cuda":
        raise InputError("--emulate applies to the cuda target")
    frontend = FrontendOptions(specialize=_specialized_values(path, *specialize) if specialize else None)
    out = compile_api.build(
        path,
        target,
        isolate=False,
        frontend=frontend,
        function=function,
        vectorize=vectorize,
        emulation=emulate,
    )
    return _load(target, out.artifact, emulate)


def _load(target: str, artifact: Any, emulate: bool) -> Any:
    from mlc.compiler.compile_api import load

    return load(target, artifact, emulate=emulate)


def load_artifact(path: str, target: str | None, emulate: bool) -> Any:
    """The executable of the artifact at ``path`` (``target``, when given, must be the artifact's)."""
    artifact = read_artifact(path)
    kind = str(artifact.manifest.target.get("kind"))
    if target is not None and target != kind:
        raise InputError(f"'{path}' is a {kind} artifact, not {target}")
    return _load(kind, artifact, emulate)


def _parse_shapes(items: list[str]) -> dict[str, tuple[int, ...]]:
    shapes = {}
    for item in items:
        name, _, dims = item.partition("=")
        try:
            shapes[name] = tuple(int(d) for d in dims.split("x")) if dims else ()
        except ValueError:
            raise InputError(f"--shape {item}: expected NAME=DxDxD") from None
    return shapes


def random_input(spec: Any, rng: np.random.Generator, shape: tuple[int, ...] | None) -> np.ndarray:
    """A seeded random value for one input spec (normal floats, small non-negative ints, bools)."""
    from mlc.runtime.dtypes import numpy_dtype

    dims = shape if shape is not None else tuple(1 if d is None else d for d in (spec.shape or ()))
    dtype = numpy_dtype(spec.dtype)
    if spec.dtype == "bool":
        return rng.random(dims) < 0.5
    if np.issubdtype(dtype, np.integer):
        return rng.integers(0, 10, size=dims).astype(dtype)
    return rng.standard_normal(dims).astype(dtype)


def gather_inputs(
    fn: Any, npz: str | None, seed: int, shapes: dict[str, tuple[int, ...]]
) -> dict[str, np.ndarray]:
    specs = {s.name: s for s in fn.signature.inputs}
    given = read_inputs(npz) if npz else {}
    specialized = {v.name for v in fn.signature.specialized}
    if npz:
        unknown = sorted(set(given) - set(specs) - specialized)
        if unknown:
            raise InputError(
                f"{npz}: unknown input{'s' if len(unknown) > 1 else ''} "
                f"{', '.join(repr(u) for u in unknown)}",
                hint=f"the model's inputs: {', '.join(specs)}",
            )
    for name in shapes:
        if name not in specs:
            raise InputError(f"--shape: the model has no input '{name}'", hint=f"inputs: {', '.join(specs)}")
    rng = np.random.default_rng(seed)
    inputs = {
        name: _from_npz(given[name], spec) if name in given else random_input(spec, rng, shapes.get(name))
        for name, spec in specs.items()
    }
    return {**inputs, **{n: given[n] for n in specialized if n in given}}


def read_inputs(npz: str) -> dict[str, np.ndarray]:
    try:
        with np.load(npz, allow_pickle=False) as data:
            return {k: data[k] for k in data.files}
    except (OSError, ValueError) as e:
        raise InputError(f"could not read inputs from '{npz}': {e}") from None


def reference_outputs(path: str, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
    """Outputs of the model run by its own framework (onnxruntime or torch)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".onnx":
        try:
            import onnxruntime as ort
        except ImportError:
            raise UnsupportedError(
                "--check needs onnxruntime for .onnx models (pip install onnxruntime)"
            ) from None
        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        try:
            sess = ort.InferenceSession(path, opts, providers=["CPUExecutionProvider"])
            return list(sess.run(None, inputs))
        except Exception as e:  # onnxruntime raises its own exception types
            raise UnsupportedError(f"--check: onnxruntime could not run the model: {e}") from None
    if suffix == ".pt2":
        try:
            import torch
        except ImportError:
            raise UnsupportedError("--check needs torch for .pt2 programs") from None
        program = torch.export.load(path)
        with torch.no_grad():
            out = program.module()(*[torch.from_numpy(np.ascontiguousarray(v)) for v in inputs.values()])
        outs = out if isinstance(out, tuple | list) else (out,)
        return [o.detach().numpy() for o in outs]
    raise UnsupportedError(f"--check needs an .onnx or .pt2 model to compare with, not '{suffix}'")


def compare(
    names: list[str],
    got: list[np.ndarray],
    want: list[np.ndarray],
    undefined: list[np.ndarray | None] | None = None,
) -> list[tuple[str, float, float]]:
    """(name, max abs error, max abs error / max |reference|) per output; elements an
    ``undefined`` mask marks (what the model leaves undefined) are not compared."""
    rows = []
    masks = undefined or [None] * len(want)
    for name, a, b, skip in zip(names, got, want, masks, strict=True):
        a64, b64 = np.asarray(a).astype(np.float64), np.asarray(b).astype(np.float64)
        if a64.shape != b64.shape:
            raise MlcError(f"output '{name}': shape {a64.shape} differs from the reference {b64.shape}")
        both_inf = np.isinf(a64) & np.isinf(b64) & (np.sign(a64) == np.sign(b64))
        both_nan = np.isnan(a64) & np.isnan(b64)
        same = both_inf | both_nan if skip is None else both_inf | both_nan | skip
        diff = np.where(same, 0.0, np.abs(a64 - b64))
        err = float(np.nan_to_num(diff, nan=np.inf).max()) if diff.size else 0.0
        finite = np.abs(b64[np.isfinite(b64)])
        scale = float(finite.max()) if finite.size else 0.0
        rows.append((name, err, err / scale if scale > 0 else err))
    return rows


def _describe(name: str, arr: np.ndarray) -> str:
    dims = "x".join(map(str, arr.shape)) or "scalar"
    text = f"  {name}: {arr.dtype}[{dims}]"
    if arr.size and (
        np.issubdtype(arr.dtype, np.number) or arr.dtype.kind == "V" or arr.dtype.name == "bfloat16"
    ):
        f = arr.astype(np.float64)
        text += f" min {f.min():.6g} max {f.max():.6g} mean {f.mean():.6g}"
    return text


def _storable(arr: np.ndarray) -> np.ndarray:
    """``arr`` in a dtype numpy can save: ml_dtypes' narrow types widened (exactly)."""
    if arr.dtype.kind != "V":
        return arr
    name = arr.dtype.name
    if name.startswith(("float", "bfloat")):
        return arr.astype(np.float32)
    return arr.astype(np.uint8 if name.startswith("uint") else np.int8)


def _from_npz(arr: np.ndarray, spec: Any) -> np.ndarray:
    """An input read from an npz: numbers for an ml_dtypes input are cast to its type."""
    from mlc.runtime.dtypes import numpy_dtype

    want = numpy_dtype(spec.dtype)
    if want.kind == "V" and arr.dtype != want and arr.dtype.kind in "biuf":
        return arr.astype(want)
    return arr


def check_artifact(fn: Any) -> list[Any]:
    """Run an artifact's executable on its check inputs and compare with its stored reference."""
    artifact = fn.artifact
    if artifact.manifest.target.get("kind") == "cuda":
        from mlc.runtime.check import check_run

        return check_run(artifact, fn.run_arrays)
    return artifact.check(fn)


def run(ns: argparse.Namespace) -> int:
    is_artifact = Path(ns.model).suffix.lower() == ARTIFACT_SUFFIX
    if ns.info:
        if not is_artifact:
            raise InputError("--info applies to artifacts (.mlc)")
        from mlc.runtime.cli import info_text

        print(info_text(read_artifact(ns.model)))
        return 0
    specialize = None
    if ns.specialize:
        if not ns.inputs:
            raise InputError("--specialize needs --inputs: the values to compile for")
        specialize = (ns.specialize, read_inputs(ns.inputs))
    fn = load_model(ns.model, ns.target, ns.function, ns.vectorize, ns.emulate, specialize)
    isolation.progress(stage="run")
    where = fn_target(fn, ns)
    if ns.check and is_artifact:
        rows = check_artifact(fn)
        for row in rows:
            print(f"check {row}")
        reference = fn.artifact.manifest.check or {}
        if not all(r.ok for r in rows):
            print(f"{TOOL}: error: outputs differ from the artifact's reference", file=sys.stderr)
            return 1
        print(f"check passed: {where} matches the reference ({reference.get('reference', 'mlc cpu')})")
    inputs = gather_inputs(fn, ns.inputs, ns.seed, _parse_shapes(ns.shape))
    result = fn(**inputs)
    outputs = list(result) if isinstance(result, tuple) else [result]
    names = fn.output_names
    print(f"{ns.model}: ran on {where}")
    for name, arr in zip(names, outputs, strict=True):
        print(_describe(name, np.asarray(arr)))
    if ns.outputs:
        np.savez(ns.outputs, **{n: _storable(np.asarray(o)) for n, o in zip(names, outputs, strict=True)})
    if not ns.check or is_artifact:
        return 0
    want = reference_outputs(ns.model, inputs)
    if len(want) != len(outputs):
        raise MlcError(f"--check: the reference has {len(want)} outputs, mlc has {len(outputs)}")
    worst = 0.0
    low_precision = any(np.asarray(o).dtype.name in ("float16", "bfloat16") for o in outputs)
    rtol = ns.rtol if ns.rtol is not None else (1e-2 if low_precision else 1e-4)
    reference = "onnxruntime" if ns.model.endswith(".onnx") else "torch"
    undefined = None
    if reference == "onnxruntime":
        import onnx

        from mlc.compiler.frontends.onnx_undefined import undefined_elements

        undefined = undefined_elements(onnx.load(ns.model), inputs, want)
        skipped = sum(int(m.sum()) for m in undefined if m is not None)
        if skipped:
            print(f"check: {skipped} elements ONNX leaves undefined (out-of-range casts) are not compared")
    for name, err, rel in compare(names, outputs, want, undefined):
        print(f"check {name}: max abs error {err:.3g}, relative to max |ref| {rel:.3g} (vs {reference})")
        worst = max(worst, rel)
    if worst > rtol:
        print(f"{TOOL}: error: outputs differ from {reference} by {worst:.3g} > {rtol:g}", file=sys.stderr)
        return 1
    print(f"check passed: max relative error {worst:.3g} <= {rtol:g}")
    return 0


def fn_target(fn: Any, ns: argparse.Namespace) -> str:
    """Where ``fn`` runs, for messages."""
    if getattr(fn, "emulated", False):
        return "cuda (emulated on the CPU)"
    artifact = getattr(fn, "artifact", None)
    return (
        str(artifact.manifest.target.get("kind")) if artifact is not None else (ns.target or DEFAULT_TARGET)
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``mlc-run``; returns the exit code.

    Everything runs in a forked child, so that even a crash of the compiled
    code is reported as an internal compiler error rather than killing the tool.
    """
    argv = sys.argv[1:] if argv is None else argv
    try:
        ns = parse_arguments(argv)
    except MlcError as e:
        print(f"{TOOL}: {e}", file=sys.stderr)
        return 1

    def work() -> int:
        try:
            return run(ns)
        except MlcError:
            if ns.debug:
                traceback.print_exc()
            raise

    if "--entry" in argv:
        print(f"{TOOL}: warning: --entry is deprecated, use --function", file=sys.stderr)
    return run_tool(TOOL, work, input_reproducer(TOOL, ns.model, [a for a in argv if a != ns.model]), "run")
