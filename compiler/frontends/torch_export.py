"""The ``.pt2`` frontend and ``import_torch``: torch.export programs -> linalg-on-tensors.

A saved ``torch.export`` program (``torch.export.save``) goes through
torch-mlir's FX importer and its backend pipeline to linalg-on-tensors, which
is handed to ``mlir`` as text. ``import_torch(module, example_args)`` exports an
``nn.Module`` here and imports it in a child process, so a torch-mlir crash
cannot take down the caller.

Stages: ``linalg`` (default) and ``torch`` (torch backend contract).
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlc.compiler import isolation
from mlc.compiler.errors import InputError, UnsupportedError
from mlc.compiler.frontends import FrontendOptions, ImportResult
from mlc.compiler.isolation import progress

if TYPE_CHECKING:
    import torch

SUFFIXES = (".pt2",)
STAGES = ("linalg", "torch")
USES_TORCH_MLIR = True  # the dispatcher imports in a child process
FX_TO_TORCH = (
    "builtin.module(func.func(torch-match-quantized-custom-ops),"
    "torchdynamo-export-to-torch-backend-pipeline{ extra-library=})"
)
TORCH_TO_LINALG = "builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline{allow-non-finites=1})"


def _torch() -> Any:
    try:
        import torch
    except ImportError:
        raise UnsupportedError("PyTorch programs need torch (pip install 'mlc[torch]')") from None
    return torch


def import_file(path: str, options: FrontendOptions) -> ImportResult:
    torch = _torch()
    progress(stage="torch.export.load")
    try:
        program = torch.export.load(path)
    except Exception as e:  # torch raises many types for a bad archive
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise InputError(f"{path}: not a torch.export program ({first})") from None
    return import_program(program, stage=options.stage or STAGES[0], source=path)


def _dtype_name(value: Any) -> str:
    dtype = getattr(value, "dtype", None)
    if dtype is None:
        return type(value).__name__
    return str(dtype).removeprefix("torch.")


def _interface(program: torch.export.ExportedProgram) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    nodes = {n.name: n for n in program.graph.nodes}
    sig = program.graph_signature
    inputs = [(name, _dtype_name(nodes[name].meta.get("val"))) for name in sig.user_inputs]
    output_node = next(n for n in program.graph.nodes if n.op == "output")
    values = output_node.args[0]
    outputs = []
    for i, name in enumerate(sig.user_outputs):
        node = values[len(values) - len(sig.user_outputs) + i] if isinstance(values, tuple | list) else values
        val = node.meta.get("val") if hasattr(node, "meta") else None
        outputs.append((name or f"output{i}", _dtype_name(val)))
    return inputs, outputs


def import_program(
    program: torch.export.ExportedProgram, *, stage: str = "linalg", source: str = "<program>"
) -> ImportResult:
    """Import an ``ExportedProgram`` with torch-mlir's FX importer (in this process)."""
    from torch_mlir import fx
    from torch_mlir.compiler_utils import OutputType

    from mlc.compiler.frontends import torch_lowering as tl

    progress(stage="torch-mlir fx import")
    try:
        program = program.run_decompositions(_mislowered_decompositions())
        module = fx.export_and_import(program, output_type=OutputType.RAW, func_name="main")
    except Exception as e:  # the FX importer raises many types for what it cannot import
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise UnsupportedError(f"{source}: torch-mlir could not import the program: {first}") from None
    # The two pipelines export_and_import would run, through mlc's runner, which reads the diagnostics
    # (the failing op) instead of torch-mlir's printed reproduction banner.
    pipelines = [(FX_TO_TORCH, "torch-mlir's FX-to-torch lowering")]
    if stage != "torch":
        pipelines.append((TORCH_TO_LINALG, "torch-mlir's torch-to-linalg lowering"))
    for pipeline, what in pipelines:
        progress(stage=what)
        tl.run_torch_pipeline(module, pipeline, what, lambda _: f"{source}: ")
    if stage != "torch":
        tl.lower_tm_tensor(module)  # sort, top-k, scatter: torch-mlir's tm_tensor ops, which mlir lacks
    text = tl.to_upstream_text(module)
    if stage == "torch":
        return ImportResult(text)
    inputs, outputs = _interface(program)
    return ImportResult(_with_interface(text, inputs, outputs))


def _mislowered_decompositions() -> dict:
    """PyTorch's own decompositions of the ops torch-mlir lowers wrongly: its tanh-approximate
    ``aten.gelu`` uses 0.797724 for sqrt(2/pi) = 0.7978846 (relative errors near 1e-3)."""
    import torch
    from torch._decomp import get_decompositions

    return get_decompositions([torch.ops.aten.gelu])


def _with_interface(text: str, inputs: list[tuple[str, str]], outputs: list[tuple[str, str]]) -> str:
    from mlir import ir

    from mlc.compiler import interface
    from mlc.compiler.context import make_context
    from mlc.compiler.frontends import torch_lowering as tl

    with make_context():
        module = ir.Module.parse(text)
        interface.attach(interface.entry_function(module), inputs, outputs)
        tl.mark_restrict(module)
        return module.operation.get_asm(large_elements_limit=None)


def _import_saved(data: bytes, stage: str) -> ImportResult:
    with tempfile.TemporaryDirectory(prefix="mlc-torch-") as tmp:
        path = Path(tmp, "program.pt2")
        path.write_bytes(data)
        return import_file(str(path), FrontendOptions(stage=stage))


def import_torch(
    module: torch.nn.Module, example_args: Sequence[Any], *, stage: str = "linalg", dynamic_shapes: Any = None
) -> ImportResult:
    """Export ``module`` on ``example_args`` and import it as linalg-on-tensors (or torch IR).

    The export runs here; torch-mlir runs in a child process. The result's
    ``text`` can be handed to ``mlc.compiler.compile``.
    """
    torch = _torch()
    if stage not in STAGES:
        raise InputError(f"unknown stage '{stage}'", hint=f"stages: {', '.join(STAGES)}")
    try:
        program = torch.export.export(module, tuple(example_args), dynamic_shapes=dynamic_shapes)
    except Exception as e:  # torch.export raises many error types
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise UnsupportedError(f"torch.export could not export the module: {first}") from None
    buf = io.BytesIO()
    torch.export.save(program, buf)
    data = buf.getvalue()
    return isolation.call(
        _import_saved,
        data,
        stage,
        stage="the torch-mlir import",
        repro=isolation.Reproducer({"program.pt2": data}),
        fresh=True,
    )
