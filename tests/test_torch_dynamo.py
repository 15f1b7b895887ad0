"""``torch.compile(model, backend="mlc")`` on the CPU: compiled graphs match eager, others fall back."""

from __future__ import annotations

import warnings

import pytest

torch = pytest.importorskip("torch")
nn = torch.nn

from mlc.compiler.dynamo import CompiledGraph, MlcFallbackWarning  # noqa: E402


class CNN(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.bn = nn.BatchNorm2d(8)
        self.conv2 = nn.Conv2d(8, 16, 3, stride=2)
        self.fc = nn.Linear(16, 10)

    def forward(self, x):
        x = torch.relu(self.bn(self.conv1(x)))
        x = torch.max_pool2d(torch.relu(self.conv2(x)), 2)
        return self.fc(x.mean(dim=(2, 3)))


class TransformerBlock(nn.Module):
    """Pre-norm self-attention and a GELU MLP, written out (no fused fast path)."""

    def __init__(self, dim: int = 32, heads: int = 4) -> None:
        super().__init__()
        self.heads = heads
        self.ln1, self.ln2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.qkv, self.proj = nn.Linear(dim, 3 * dim), nn.Linear(dim, dim)
        self.mlp = nn.Sequential(nn.Linear(dim, 4 * dim), nn.GELU(), nn.Linear(4 * dim, dim))

    def forward(self, x):
        b, t, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(d, dim=-1)
        q, k, v = (z.reshape(b, t, self.heads, d // self.heads).transpose(1, 2) for z in (q, k, v))
        att = torch.softmax(q @ k.transpose(-1, -2) / (d // self.heads) ** 0.5, dim=-1)
        x = x + self.proj((att @ v).transpose(1, 2).reshape(b, t, d))
        return x + self.mlp(self.ln2(x))


class WithGraphBreak(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.a, self.b = nn.Linear(16, 16), nn.Linear(16, 4)

    def forward(self, x):
        x = torch.tanh(self.a(x))
        torch._dynamo.graph_break()
        return self.b(x * 2)


def _compiled_graphs(model: nn.Module, *inputs: torch.Tensor) -> tuple[torch.Tensor, list[CompiledGraph]]:
    """Run ``model`` through torch.compile(backend='mlc'); its output and the graphs the backend built."""
    import mlc.compiler.dynamo as dynamo

    graphs: list[CompiledGraph] = []

    def backend(gm, example_inputs, **kw):
        graph = dynamo.mlc_backend(gm, example_inputs, **kw)
        graphs.append(graph)
        return graph

    torch._dynamo.reset()
    with torch.no_grad():
        out = torch.compile(model, backend=backend)(*inputs)
    return out, graphs


@pytest.mark.parametrize(
    "model, shape, atol",
    [(CNN, (2, 3, 16, 16), 1e-4), (TransformerBlock, (2, 8, 32), 1e-4)],
    ids=["cnn", "transformer-block"],
)
def test_models_match_eager(model, shape, atol):
    torch.manual_seed(0)
    m = model().eval()
    x = torch.randn(*shape)
    with warnings.catch_warnings():
        warnings.simplefilter("error", MlcFallbackWarning)  # compiled by mlc, not run eagerly
        out, graphs = _compiled_graphs(m, x)
    with torch.no_grad():
        torch.testing.assert_close(out, m(x), atol=atol, rtol=1e-4)
    assert len(graphs) == 1 and all(fn is not None for fn in graphs[0].compiled.values())


def test_graph_break_compiles_both_sides():
    torch.manual_seed(0)
    m = WithGraphBreak().eval()
    x = torch.randn(3, 16)
    with warnings.catch_warnings():
        warnings.simplefilter("error", MlcFallbackWarning)
        out, graphs = _compiled_graphs(m, x)
    with torch.no_grad():
        torch.testing.assert_close(out, m(x), atol=1e-5, rtol=1e-5)
    assert len(graphs) == 2  # one per side of the break, each compiled by mlc
    assert all(fn is not None for g in graphs for fn in g.compiled.values())


def test_unsupported_op_falls_back_with_one_warning():
    def fn(x):
        return torch.histc(x, bins=4) * 2

    torch._dynamo.reset()
    x = torch.randn(4, 5)
    compiled = torch.compile(fn, backend="mlc")  # found through the torch_dynamo_backends entry point
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first, second = compiled(x), compiled(x)
    torch.testing.assert_close(first, fn(x))
    torch.testing.assert_close(second, fn(x))
    messages = [str(w.message) for w in caught if issubclass(w.category, MlcFallbackWarning)]
    assert len(messages) == 1 and "aten.histc" in messages[0], messages


def test_new_shapes_compile_once_each():
    torch.manual_seed(0)
    m = nn.Sequential(nn.Linear(8, 8), nn.ReLU()).eval()
    graph = CompiledGraph(torch.fx.symbolic_trace(_TupleOut(m)), {})
    with torch.no_grad():
        for batch in (2, 5, 2, 5):
            x = torch.randn(batch, 8)
            (out,) = graph(x)
            torch.testing.assert_close(out, m(x))
    assert sorted(key[0][1] for key in graph.compiled) == [(2, 8), (5, 8)]


class _TupleOut(nn.Module):
    """A module returning a 1-tuple, as Dynamo's graphs do."""

    def __init__(self, inner: nn.Module) -> None:
        super().__init__()
        self.inner = inner

    def forward(self, x):
        return (self.inner(x),)
