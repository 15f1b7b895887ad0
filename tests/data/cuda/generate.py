"""Regenerate the linalg-on-tensors fixtures of the CUDA tests from small PyTorch modules.

    python tests/data/cuda/generate.py

Each model is exported with torch-mlir's FX importer (``output_type="linalg-on-tensors"``)
and written as ``<name>.mlir``, with ``<name>.npz`` holding one input (``input0``, ...)
and PyTorch's outputs for it (``output0``, ...), so the tests can check mlc against
PyTorch itself. The IR is handed over as text (torch-mlir has its own MLIR).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch_mlir import fx

HERE = Path(__file__).parent


class SmallCNN(nn.Module):
    """conv -> batchnorm -> relu -> maxpool -> conv -> relu -> avgpool -> linear."""

    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(8)
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(8, 16, 3, padding=1)
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(16, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.pool(torch.relu(self.bn1(self.conv1(x))))
        x = torch.relu(self.conv2(x))
        return self.fc(torch.flatten(self.gap(x), 1))


class TransformerBlock(nn.Module):
    """Pre-norm block: layernorm, multi-head attention (matmul, softmax), residual, layernorm, GELU MLP."""

    def __init__(self, dim: int = 32, heads: int = 2) -> None:
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)
        self.ln2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, 4 * dim)
        self.fc2 = nn.Linear(4 * dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, s, d = x.shape
        h = self.heads
        q, k, v = self.qkv(self.ln1(x)).split(d, dim=-1)
        q = q.reshape(b, s, h, d // h).transpose(1, 2)
        k = k.reshape(b, s, h, d // h).transpose(1, 2)
        v = v.reshape(b, s, h, d // h).transpose(1, 2)
        att = torch.softmax(q @ k.transpose(-2, -1) / (d // h) ** 0.5, dim=-1)
        y = (att @ v).transpose(1, 2).reshape(b, s, d)
        x = x + self.proj(y)
        return x + self.fc2(nn.functional.gelu(self.fc1(self.ln2(x))))


MODELS = {
    "cnn": (SmallCNN, [(2, 3, 16, 16)]),
    "transformer_block": (TransformerBlock, [(2, 16, 32)]),
}


def export(name: str) -> None:
    torch.manual_seed(0)
    cls, shapes = MODELS[name]
    model = cls().eval()
    if name == "cnn":
        with torch.no_grad():  # non-trivial batchnorm statistics
            model.bn1.running_mean.uniform_(-0.5, 0.5)
            model.bn1.running_var.uniform_(0.5, 1.5)
    inputs = [torch.rand(*s) * 2 - 1 for s in shapes]
    module = fx.export_and_import(model, *inputs, output_type="linalg-on-tensors", func_name="main")
    (HERE / f"{name}.mlir").write_text(str(module))
    with torch.no_grad():
        outputs = model(*inputs)
    outputs = outputs if isinstance(outputs, tuple) else (outputs,)
    arrays = {f"input{i}": t.numpy() for i, t in enumerate(inputs)}
    arrays |= {f"output{i}": t.numpy() for i, t in enumerate(outputs)}
    np.savez(HERE / f"{name}.npz", **arrays)


if __name__ == "__main__":
    for model_name in MODELS:
        export(model_name)
        print(f"wrote {model_name}.mlir and {model_name}.npz")
