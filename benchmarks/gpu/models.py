"""The benchmark cases: PyTorch modules and input shapes, shared by build.py and run.py (torch only)."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn


class MatMul(nn.Module):
    def forward(self, a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
        return a @ b


class Softmax(nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.softmax(x, dim=-1)


class RMSNorm(nn.Module):
    """RMSNorm over the last dimension, written out (as a model's own code would be)."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.rand(dim) + 0.5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-5) * self.weight


class Attention(nn.Module):
    """Scaled dot-product attention as torch-mlir and ONNX emit it: matmul, scale, softmax, matmul."""

    def forward(self, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
        scores = q @ k.transpose(-2, -1) / q.shape[-1] ** 0.5
        return torch.softmax(scores, dim=-1) @ v


class CNN(nn.Module):
    """Two conv-batchnorm-relu-maxpool stages, global average pooling, a linear classifier."""

    def __init__(self) -> None:
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1),
            nn.BatchNorm2d(32),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1),
            nn.BatchNorm2d(64),
            nn.ReLU(),
            nn.MaxPool2d(2),
        )
        self.head = nn.Linear(64, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x).mean(dim=(2, 3)))


class TransformerBlock(nn.Module):
    """Pre-norm block: layernorm, multi-head attention (matmul, softmax), layernorm, GELU MLP, residuals."""

    def __init__(self, dim: int, heads: int) -> None:
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


@dataclass(frozen=True)
class Case:
    """A module, its input shapes and one dtype for all inputs."""

    make: type[nn.Module] | object
    shapes: tuple[tuple[int, ...], ...]
    dtype: str = "float32"
    kwargs: tuple[tuple[str, object], ...] = ()
    memory_bound: bool = False  # run.py reports its bandwidth as a share of a device-to-device copy

    def module(self) -> nn.Module:
        return self.make(**dict(self.kwargs)).eval()  # type: ignore[operator]

    def torch_dtype(self) -> torch.dtype:
        return getattr(torch, self.dtype)


CASES: dict[str, Case] = {
    "matmul_f32": Case(MatMul, ((1024, 1024), (1024, 1024))),
    "matmul_f16": Case(MatMul, ((1024, 1024), (1024, 1024)), "float16"),
    "conv2d": Case(
        nn.Conv2d,
        ((4, 64, 56, 56),),
        kwargs=(("in_channels", 64), ("out_channels", 64), ("kernel_size", 3), ("padding", 1)),
    ),
    "softmax": Case(Softmax, ((4096, 1024),), memory_bound=True),
    "softmax_large": Case(Softmax, ((32768, 4096),), memory_bound=True),
    "layernorm": Case(nn.LayerNorm, ((4096, 1024),), kwargs=(("normalized_shape", 1024),), memory_bound=True),
    "layernorm_large": Case(
        nn.LayerNorm, ((32768, 4096),), kwargs=(("normalized_shape", 4096),), memory_bound=True
    ),
    "rmsnorm": Case(RMSNorm, ((4096, 1024),), kwargs=(("dim", 1024),), memory_bound=True),
    "rmsnorm_large": Case(RMSNorm, ((32768, 4096),), kwargs=(("dim", 4096),), memory_bound=True),
    "attention": Case(Attention, ((4, 8, 1024, 64),) * 3, "float16"),
    "cnn": Case(CNN, ((8, 3, 64, 64),)),
    "transformer_block": Case(TransformerBlock, ((4, 128, 256),), kwargs=(("dim", 256), ("heads", 4))),
}
