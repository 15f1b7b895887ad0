"""``mlc.compiler.import_torch`` and ``.pt2`` programs: nn.Modules on the CPU, checked against torch."""

from __future__ import annotations

import numpy as np
import pytest

import mlc.compiler as mc

from conftest import run_tool

torch = pytest.importorskip("torch")
nn = torch.nn


class MLP(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(32, 64), nn.GELU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10)
        )

    def forward(self, x):
        return self.net(x)


class SmallCNN(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 16, 3, padding=1),
            nn.BatchNorm2d(16),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, stride=2, padding=1),
            nn.BatchNorm2d(32),
            nn.ReLU(),
            nn.AvgPool2d(2),
        )
        self.head = nn.Linear(32 * 4 * 4, 10)

    def forward(self, x):
        return self.head(torch.flatten(self.features(x), 1))


class TransformerBlock(nn.Module):
    def __init__(self, dim: int = 64, heads: int = 4) -> None:
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.mlp = nn.Sequential(nn.Linear(dim, 4 * dim), nn.GELU(), nn.Linear(4 * dim, dim))

    def forward(self, x):
        h = self.ln1(x)
        x = x + self.attn(h, h, h, need_weights=False)[0]
        return x + self.mlp(self.ln2(x))


def _randomize_batch_norm(module: nn.Module) -> None:
    gen = torch.Generator().manual_seed(0)
    for m in module.modules():
        if isinstance(m, nn.BatchNorm2d):
            m.running_mean.copy_(torch.randn(m.num_features, generator=gen) * 0.1)
            m.running_var.copy_(torch.rand(m.num_features, generator=gen) + 0.5)


@pytest.mark.parametrize(
    ("module", "shape"),
    [(MLP, (8, 32)), (SmallCNN, (2, 3, 32, 32)), (TransformerBlock, (2, 16, 64))],
    ids=["mlp", "cnn_bn_pool", "transformer_block"],
)
def test_modules_match_torch(module, shape):
    torch.manual_seed(0)
    model = module().eval()
    _randomize_batch_norm(model)
    x = torch.randn(*shape)
    with torch.no_grad():
        ref = model(x).numpy()
    fn = mc.compile(mc.import_torch(model, (x,)), target="cpu")
    out = fn(x.numpy())
    scale = np.abs(ref).max()
    assert np.abs(out - ref).max() <= 1e-4 * scale, np.abs(out - ref).max() / scale


def test_torch_stage_and_export_errors():
    torch.manual_seed(0)
    result = mc.import_torch(MLP().eval(), (torch.randn(2, 32),), stage="torch")
    assert "!torch.vtensor<[2,32],f32>" in result.text and "torch.aten." in result.text
    assert "linalg." not in result.text

    class DataDependent(nn.Module):
        def forward(self, x):
            return x[x > 0]

    with pytest.raises(mc.MlcError, match="torch"):
        mc.compile(mc.import_torch(DataDependent(), (torch.randn(4),)))


def test_pt2_files_run_and_check(tmp_path):
    torch.manual_seed(0)
    model = SmallCNN().eval()
    _randomize_batch_norm(model)
    program = torch.export.export(model, (torch.randn(1, 3, 32, 32),))
    torch.export.save(program, tmp_path / "cnn.pt2")
    r = run_tool("mlc-run", str(tmp_path / "cnn.pt2"), "--check")
    assert r.returncode == 0, r.stderr
    assert "check passed" in r.stdout
    r = run_tool("mlc-translate", str(tmp_path / "cnn.pt2"))
    assert r.returncode == 0 and "linalg.conv_2d_nchw_fchw" in r.stdout
    (tmp_path / "bad.pt2").write_bytes(b"not a zip archive")
    r = run_tool("mlc-run", str(tmp_path / "bad.pt2"))
    assert r.returncode == 1 and "not a torch.export program" in r.stderr and "Traceback" not in r.stderr


def test_tanh_gelu_is_exact_elementwise():
    """GPT-2's GELU: torch-mlir's own lowering uses 0.797724 for sqrt(2/pi), 1e-3 off near zero."""
    x = torch.linspace(-4, 4, 257)
    gelu = nn.GELU(approximate="tanh")
    out = mc.compile(mc.import_torch(gelu, (x,)), target="cpu")(x.numpy())
    np.testing.assert_allclose(out, gelu(x).numpy(), rtol=2e-6, atol=1e-7)
