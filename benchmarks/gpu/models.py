"""The benchmark cases: PyTorch modules (``mlc.examples.torch_models``) and input shapes, shared by
build.py and run.py (torch only)."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from mlc.examples.torch_models import CNN, MatMul, Softmax, TransformerBlock


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


@dataclass(frozen=True)
class Case:
    """A module, its input shapes and one dtype for all inputs."""

    make: type[nn.Module] | object
    shapes: tuple[tuple[int, ...], ...]
    dtype: str = "float32"
    kwargs: tuple[tuple[str, object], ...] = ()
    memory_bound: bool = False  # run.py reports its bandwidth as a share of a device-to-device copy
    sdpa: bool = False  # run.py also times F.scaled_dot_product_attention on the inputs (q, k, v)

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
    "attention": Case(Attention, ((4, 8, 1024, 64),) * 3, "float16", sdpa=True),
    # f32 at a length the attention fusion's cost rule fuses (at 1024 keys, and in f16, it
    # keeps the GEMMs apart): the fused flash kernel against PyTorch's
    "attention_f32": Case(Attention, ((4, 8, 256, 64),) * 3, sdpa=True),
    "cnn": Case(CNN, ((8, 3, 64, 64),)),
    "transformer_block": Case(TransformerBlock, ((4, 128, 256),), kwargs=(("dim", 256), ("heads", 4))),
}
