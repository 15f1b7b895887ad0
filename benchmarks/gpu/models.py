"""The benchmark cases: PyTorch modules (``mlc.examples.torch_models``) and input shapes, shared by
build.py and run.py (torch only)."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from mlc.examples.torch_models import CNN, MatMul, Softmax, TransformerBlock


@dataclass(frozen=True)
class Case:
    """A module, its input shapes and one dtype for all inputs."""

    make: type[nn.Module] | object
    shapes: tuple[tuple[int, ...], ...]
    dtype: str = "float32"
    kwargs: tuple[tuple[str, object], ...] = ()

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
    "softmax": Case(Softmax, ((4096, 1024),)),
    "layernorm": Case(nn.LayerNorm, ((4096, 1024),), kwargs=(("normalized_shape", 1024),)),
    "cnn": Case(CNN, ((8, 3, 64, 64),)),
    "transformer_block": Case(TransformerBlock, ((4, 128, 256),), kwargs=(("dim", 256), ("heads", 4))),
}
