"""The ``.onnx`` frontend: ONNX -> torch dialect -> linalg-on-tensors, through torch-mlir.

Steps: load (with external data), ``onnx.checker``, shape inference, constant
folding of small subgraphs (``onnx_fold``: torch-mlir needs constant axes and shapes), a type
check (torch-mlir aborts on some element types), torch-mlir's importer, and
``convert-torch-onnx-to-torch``. An ONNX op left unconverted whose schema has a
function body is expanded into that body and the model imported again; if ops
are still left and the model uses an older opset, the model is converted to
opset ``UPGRADE_OPSET`` and tried again; an op still left is reported by node,
op type and opset. Then torch-mlir's backend
pipeline lowers to linalg-on-tensors, which is handed to ``mlir`` as text with
weights as dialect resources.

Stages: ``linalg`` (default) and ``torch`` (after convert-torch-onnx-to-torch).
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from mlc.compiler.errors import UnsupportedError
from mlc.compiler.frontends import (
    FrontendOptions,
    ImportResult,
    elided_constants,
    onnx_dtypes,
    onnx_expand,
    onnx_functions,
    onnx_rewrite,
    onnx_specialize,
    torch_bitcast,
)
from mlc.compiler.frontends import onnx_model as om
from mlc.compiler.frontends import torch_lowering as tl
from mlc.compiler.isolation import progress

if TYPE_CHECKING:
    import onnx

SUFFIXES = (".onnx",)
STAGES = ("linalg", "torch")
USES_TORCH_MLIR = True  # the dispatcher imports in a child process
# Rounds of "expand what is left, import again"; function bodies nest only a few levels.
_EXPANSION_ROUNDS = 4
# Models with an older default opset are converted to this one when torch-mlir cannot convert them.
UPGRADE_OPSET = 21


def import_file(path: str, options: FrontendOptions) -> ImportResult:
    progress(stage="onnx load")
    model = om.load_model(path)
    return import_model(model, stage=options.stage or STAGES[0], source=path, specialize=options.specialize)


def import_model(
    model: onnx.ModelProto,
    *,
    stage: str = "linalg",
    source: str = "model.onnx",
    specialize: Mapping[str, Any] | None = None,
) -> ImportResult:
    """Import an in-memory ONNX model; see the module docstring.

    ``specialize`` maps graph input names to the values to compile for
    (``onnx_specialize``): those inputs become constants, and the compiled
    function checks at run time that it is called with the same values.
    """
    progress(stage="onnx check")
    model = om.check_and_infer(model, source)
    om.name_nodes(model)
    specialized = onnx_specialize.specialize(model, specialize, source) if specialize else {}
    model = onnx_rewrite.simplify(model, source)
    model = onnx_expand.expand_ops(model)
    om.check_domains(model, source)
    inputs, outputs = om.interface(model)
    model = onnx_dtypes.carry_narrow_types(model, source)
    om.check_types(model, source)
    widened = _widened(model, source)
    try:
        module, expanded, widened = _to_torch(widened, source)
    except UnsupportedError as first:
        # torch-mlir may lack a conversion for an old version of an op: try the model
        # converted to a newer opset before giving up (and report the original error).
        upgraded = _upgraded(model, source)
        if upgraded is None:
            raise
        try:
            module, expanded, widened = _to_torch(upgraded, source)
        except UnsupportedError:
            raise first from None
    model = widened
    if stage == "linalg":
        progress(stage="torch to linalg")
        torch_bitcast.to_linalg(module, _describer(model, source))
        tl.lower_tm_tensor(module)
    text = tl.to_upstream_text(module)
    if stage == "torch":
        return ImportResult(text, summary=_summary(model, expanded))
    return ImportResult(
        _with_interface(text, inputs, outputs, source, specialized), summary=_summary(model, expanded)
    )


def _widened(model: onnx.ModelProto, source: str) -> onnx.ModelProto:
    import onnx

    copy = onnx.ModelProto()
    copy.CopyFrom(model)
    om.widen_unsigned(copy, source)
    return copy


def _upgraded(model: onnx.ModelProto, source: str) -> onnx.ModelProto | None:
    """``model`` converted to ``UPGRADE_OPSET`` (widened, checked), or None if that is not possible."""
    import onnx
    from onnx import version_converter

    opset = om.opset_of(model, "")
    if opset is None or opset >= UPGRADE_OPSET:
        return None
    try:
        converted = om.without_weights(
            model,
            lambda m: onnx.shape_inference.infer_shapes(
                version_converter.convert_version(m, UPGRADE_OPSET), data_prop=True
            ),
        )
    except Exception:  # the converter raises RuntimeError/ValueError/its own types
        return None
    om.name_nodes(converted)
    return _widened(converted, source)


def _to_torch(model: onnx.ModelProto, source: str) -> tuple[Any, set[str], onnx.ModelProto]:
    """Import and convert to the torch dialect, expanding ONNX functions as needed.

    Ops are expanded in ONNX where possible (``onnx_functions``, then folded again),
    else by torch-mlir's importer. Returns the module, the expanded ops and the
    model as imported.
    """
    expanded: set[str] = set()
    by_importer: set[str] = set()
    for _ in range(_EXPANSION_ROUNDS):
        progress(stage="torch-mlir onnx import")
        module = _import(model, by_importer)
        progress(stage="convert-torch-onnx-to-torch")
        try:
            tl.run_torch_pipeline(
                module, tl.ONNX_TO_TORCH, "convert-torch-onnx-to-torch", _describer(model, source)
            )
            torch_bitcast.mark(module)
            left = tl.unconverted_onnx_ops(module)
        except tl.TorchLoweringError as e:
            # A conversion pattern matched and failed: expand the node's op if ONNX can.
            node = next((n for n in model.graph.node if n.name == e.location_name), None)
            if (
                node is None
                or node.domain
                or node.op_type in expanded
                or not _has_function(model, node.op_type)
            ):
                raise
            left = [(node.op_type, node.name)]
        more = {op for op, _ in left if op not in expanded and _has_function(model, op)}
        if not more:
            break
        expanded |= more
        inlined = onnx_functions.expand_ops(model, more)
        if inlined is None:
            by_importer |= more
        else:
            model = onnx_rewrite.simplify(om.reinfer(inlined), source)
    if left:
        op, loc = left[0]
        raise UnsupportedError(
            f"{_describe_op(model, source, op, loc)}not supported", hint=_expansion_hint(op)
        )
    return module, expanded, model


def _import(model: onnx.ModelProto, expanded: set[str]) -> Any:
    from torch_mlir import ir as tir
    from torch_mlir.dialects import torch as torch_d
    from torch_mlir.extras import onnx_importer

    config = onnx_importer.Config()
    allow = config.function_expansion_allowlists_by_domain
    assert allow is not None
    allow[""] = set(allow.get("", set())) | expanded
    for name in expanded:
        config.function_expansion_denylists_by_domain.get("", set()).discard(name)
    ctx = tir.Context()
    torch_d.register_dialect(ctx)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the importer warns about untyped optional inputs
        try:
            info = onnx_importer.ModelInfo(model, config=config)
            module = info.create_module(context=ctx)
            onnx_importer.NodeImporter.define_function(info.main_graph, module.operation).import_all()
        except Exception as e:  # the importer and ONNX function specialization raise many types
            raise UnsupportedError(
                f"torch-mlir's ONNX importer failed: {type(e).__name__}: {om.short_message(e)}"
            ) from None
    return module


def _has_function(model: onnx.ModelProto, op: str) -> bool:
    import onnx

    opset = om.opset_of(model, "") or onnx.defs.onnx_opset_version()
    try:
        schema = onnx.defs.get_schema(op, max_inclusive_version=opset)
    except onnx.defs.SchemaError:
        return False
    versions = [*schema.function_opset_versions, *schema.context_dependent_function_opset_versions]
    return any(v <= opset for v in versions)


def _expansion_hint(op: str) -> str:
    return f"torch-mlir does not convert {op} here, and ONNX defines no function body to expand it into"


def _describe_op(model: onnx.ModelProto, source: str, op: str, loc: str | None) -> str:
    nodes = model.graph.node
    node = next((n for n in nodes if n.name == loc), None) or next(
        (n for n in nodes if n.op_type == op), None
    )
    if node is None:
        return f"{source}: {op} (opset {om.opset_of(model, '')}, inside a function body): "
    label = om.node_label(model, node)
    if node.op_type != op:
        label += f" expands to {op}, which is"
    return f"{source}: {label}: "


def _describer(model: onnx.ModelProto, source: str):
    def describe(loc: str) -> str:
        node = next((n for n in model.graph.node if n.name == loc), None)
        return f"{source}: {om.node_label(model, node)}: " if node is not None else f"{source}: "

    return describe


def _with_interface(
    text: str,
    inputs: list[om.ValueSpec],
    outputs: list[om.ValueSpec],
    source: str,
    specialized: Mapping[str, Any],
) -> str:
    from mlir import ir

    from mlc.compiler import interface, specialization
    from mlc.compiler.context import make_context

    code, held = elided_constants.elide(text)
    with make_context():
        try:
            module = ir.Module.parse(code)
        except ir.MLIRError as e:
            raise UnsupportedError(f"{source}: the lowered module does not parse upstream: {e}") from None
        func = interface.entry_function(module)
        interface.attach(func, [(v.name, v.dtype) for v in inputs], [(v.name, v.dtype) for v in outputs])
        specialization.attach(func, specialized)
        tl.mark_restrict(module)
        return elided_constants.restore(module.operation.get_asm(large_elements_limit=None), held)


def _summary(model: onnx.ModelProto, expanded: set[str]) -> str:
    ops = sorted({n.op_type for n in model.graph.node})
    lines = [f"{len(model.graph.node)} nodes; ops: {', '.join(ops)}"]
    if expanded:
        lines.append(f"expanded into their ONNX function bodies: {', '.join(sorted(expanded))}")
    return "\n".join(lines)
