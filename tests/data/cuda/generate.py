"""Regenerate the linalg-on-tensors fixtures of the CUDA tests from small PyTorch modules.

    python tests/data/cuda/generate.py [NAME ...]

Each model is exported with torch-mlir's FX importer (``output_type="linalg-on-tensors"``)
and written as ``<name>.mlir``, with ``<name>.npz`` holding one input (``input0``, ...)
and PyTorch's outputs for it (``output0``, ...), so the tests can check mlc against
PyTorch itself. The IR is handed over as text (torch-mlir has its own MLIR).
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch_mlir import fx

from mlc.examples.torch_models import TransformerBlock

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


MODELS = {
    "cnn": (SmallCNN, [(2, 3, 16, 16)]),
    "transformer_block": (functools.partial(TransformerBlock, dim=32, heads=2), [(2, 16, 32)]),
    # half precision: its GEMMs take the tensor cores (tests/test_tensor_core_gemm.py)
    "transformer_block_f16": (functools.partial(TransformerBlock, dim=32, heads=2), [(2, 16, 32)]),
}
DTYPES = {"transformer_block_f16": torch.float16}  # default float32


def export(name: str) -> None:
    torch.manual_seed(0)
    cls, shapes = MODELS[name]
    dtype = DTYPES.get(name, torch.float32)
    model = cls().eval().to(dtype)
    if name == "cnn":
        with torch.no_grad():  # non-trivial batchnorm statistics
            model.bn1.running_mean.uniform_(-0.5, 0.5)
            model.bn1.running_var.uniform_(0.5, 1.5)
    inputs = [(torch.rand(*s) * 2 - 1).to(dtype) for s in shapes]
    module = fx.export_and_import(model, *inputs, output_type="linalg-on-tensors", func_name="main")
    (HERE / f"{name}.mlir").write_text(str(module))
    with torch.no_grad():
        outputs = model(*inputs)
    outputs = outputs if isinstance(outputs, tuple) else (outputs,)
    arrays = {f"input{i}": t.numpy() for i, t in enumerate(inputs)}
    arrays |= {f"output{i}": t.numpy() for i, t in enumerate(outputs)}
    np.savez(HERE / f"{name}.npz", **arrays)


if __name__ == "__main__":
    import sys

    for model_name in sys.argv[1:] or MODELS:
        export(model_name)
        print(f"wrote {model_name}.mlir and {model_name}.npz")
