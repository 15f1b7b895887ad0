"""``torch.compile(model, backend="mlc")``: a TorchDynamo backend.

TorchDynamo hands the backend one FX graph per captured region (a graph break
starts a new one). Each graph becomes a ``CompiledGraph``, which compiles on
first call for the concrete shapes it sees: the graph is exported with
``torch.export`` (integer inputs fixed to their values), imported with
torch-mlir's FX importer (``mlc.compiler.frontends.torch_export``) and compiled
by ``mlc.compiler.compile`` for the CPU, or for CUDA when the inputs live on a
GPU. Executables are cached per input signature (shapes, dtypes, integer
values), so a recompile on a new shape happens once.

Whatever mlc cannot import or compile runs eagerly: the graph's own
``forward`` is used for that signature, after one warning that names the op
that stopped it. The backend never raises for unsupported input. It compiles
inference graphs: under autograd (grad mode on and an input that requires
grad) a graph runs eagerly, since mlc does not build backward graphs.

Options (``torch.compile(..., options={...})``): ``target`` ("cpu" or
"cuda"; default by the inputs' device) and any ``mlc.compiler.compile``
option (``opt_level``, ``arch``, ...).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch

# An op in torch-mlir's or mlc's messages: torch.aten.foo / aten.foo.default / 'torch.prims.bar'.
_OP_RE = re.compile(r"\b(?:torch\.)?((?:aten|prims|torchvision|quantized)\.[A-Za-z_][\w.]*)")
_QUOTED_OP_RE = re.compile(r"'([a-z_]+\.[a-z_][\w.]*)'")
_SOURCE_PREFIX = re.compile(r"^(?:error: )?(?:\S+\.pt2: )?")  # the exported graph's temporary file


class MlcFallbackWarning(UserWarning):
    """A graph (or one signature of it) runs eagerly because mlc could not compile it."""


def mlc_backend(gm: torch.fx.GraphModule, example_inputs: Sequence[Any], **options: Any) -> Callable:
    """The ``torch_dynamo_backends`` entry point: a callable running ``gm`` compiled by mlc."""
    options.pop("mode", None)  # torch.compile's modes name Inductor's settings
    extra = options.pop("options", None) or {}
    return CompiledGraph(gm, {**extra, **options})


def culprit(message: str, gm: torch.fx.GraphModule | None = None) -> str:
    """The op a failure message names (``aten.foo``), else the graph's first call that mlc may lack."""
    if m := _OP_RE.search(message):
        return m.group(1).removesuffix(".default")
    if m := _QUOTED_OP_RE.search(message):
        return m.group(1)
    if gm is not None:
        for node in gm.graph.nodes:
            if node.op in ("call_function", "call_method"):
                return getattr(node.target, "__name__", str(node.target))
    return "the graph"


def _signature_key(args: Sequence[Any]) -> tuple:
    import torch

    key = []
    for a in args:
        if isinstance(a, torch.Tensor):
            key.append(("tensor", tuple(a.shape), str(a.dtype), a.device.type))
        else:
            key.append(("value", type(a).__name__, a))
    return tuple(key)


class _Specialized:
    """``gm`` as an ``nn.Module`` of its tensor inputs, with the other inputs fixed."""

    @staticmethod
    def make(gm: torch.fx.GraphModule, args: Sequence[Any]) -> torch.nn.Module:
        import torch

        tensor_at = [i for i, a in enumerate(args) if isinstance(a, torch.Tensor)]
        fixed = {i: (int(a) if isinstance(a, torch.SymInt) else a) for i, a in enumerate(args)}

        class Graph(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.gm = gm

            def forward(self, *tensors: torch.Tensor) -> Any:
                full = dict(fixed)
                full.update(zip(tensor_at, tensors, strict=True))
                return self.gm(*[full[i] for i in range(len(args))])

        return Graph()


class CompiledGraph:
    """One Dynamo graph: mlc executables per input signature, or eager where mlc cannot compile."""

    def __init__(self, gm: torch.fx.GraphModule, options: dict[str, Any]) -> None:
        self.gm = gm
        self.target: str | None = options.pop("target", None)
        self.options = options
        self.compiled: dict[tuple, Callable[..., Any] | None] = {}  # None: eager for that signature
        self.warned: set[str] = set()

    def _warn(self, why: str) -> None:
        if why not in self.warned:
            self.warned.add(why)
            warnings.warn(f"mlc: {why}; running this graph eagerly", MlcFallbackWarning, stacklevel=3)

    def _target_for(self, tensors: list[torch.Tensor]) -> str:
        if self.target:
            return self.target
        return "cuda" if any(t.device.type == "cuda" for t in tensors) else "cpu"

    def _compile(self, args: Sequence[Any]) -> Callable[..., Any] | None:
        import torch

        from mlc.compiler.compile_api import compile as mlc_compile
        from mlc.compiler.errors import MlcError
        from mlc.compiler.frontends.torch_export import import_torch

        tensors = [a for a in args if isinstance(a, torch.Tensor)]
        outputs = _output_count(self.gm)
        if outputs is None:
            self._warn("the graph returns a value that is not a flat tuple of tensors")
            return None
        if any(t.is_complex() or t.is_sparse or t.is_quantized for t in tensors):
            self._warn("complex, sparse or quantized tensors are not supported")
            return None
        try:
            module = _Specialized.make(self.gm, args)
            with torch.no_grad():
                imported = import_torch(module, [t.detach() for t in tensors])
            fn = mlc_compile(imported, target=self._target_for(tensors), **self.options)
        except MlcError as e:
            first = _SOURCE_PREFIX.sub("", str(e).splitlines()[0])
            self._warn(f"could not compile {culprit(str(e), self.gm)} ({first})")
            return None
        if len(fn.signature.outputs) != outputs or len(fn.signature.inputs) != len(tensors):
            self._warn(
                f"the compiled graph takes {len(fn.signature.inputs)} inputs and returns "
                f"{len(fn.signature.outputs)} results, the FX graph {len(tensors)} and {outputs}"
            )
            return None
        return fn

    def __call__(self, *args: Any) -> Any:
        import torch

        tensors = [a for a in args if isinstance(a, torch.Tensor)]
        if torch.is_grad_enabled() and any(t.requires_grad for t in tensors):
            self._warn("mlc compiles inference graphs and an input requires grad")
            return self.gm(*args)
        key = _signature_key(args)
        if key not in self.compiled:
            self.compiled[key] = self._compile(args)
        fn = self.compiled[key]
        if fn is None:
            return self.gm(*args)
        device = tensors[0].device if tensors else torch.device("cpu")
        results = fn(*[t.detach().cpu().contiguous().numpy() for t in tensors])
        results = results if isinstance(results, tuple) else (results,)
        return tuple(torch.from_numpy(_writable(r)).to(device) for r in results)


def _writable(array: Any) -> Any:
    import numpy as np

    array = np.asarray(array)
    return array if array.flags.writeable else array.copy()


def _output_count(gm: torch.fx.GraphModule) -> int | None:
    """How many tensors the graph returns as a flat tuple or list, or None for another structure."""
    import torch

    out = next(n for n in gm.graph.nodes if n.op == "output")
    values = out.args[0]
    if not isinstance(values, tuple | list):
        return None
    for v in values:
        if not isinstance(v, torch.fx.Node):
            return None
        value = v.meta.get("example_value")  # set by Dynamo; absent in a symbolically traced graph
        if value is not None and not isinstance(value, torch.Tensor):
            return None
    return len(values)
