"""Models and GEMMs for ``cpu_vs_peers`` that are made here rather than shipped.

* ``bert_base`` and ``gpt2``: transformers' default ``BertConfig`` (BERT-base) and
  ``GPT2Config`` (GPT-2 small) with seeded random weights, exported by
  ``torch.onnx.export`` (the TorchScript exporter, opset 17) at batch 1 and
  sequence 128, ``input_ids`` in, the last hidden state out;
* ``gemm_model``: one f32 ``MatMul`` of two inputs, for GFLOP/s against numpy
  (OpenBLAS) and the FMA peak (``fma_peak_gflops``).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

SEQ = 128
TRANSFORMERS = ("bert_base", "gpt2")


def export_transformer(name: str, out: Path, seq: int = SEQ) -> Path:
    """``name`` (``bert_base`` or ``gpt2``) with random weights as ONNX at ``out``."""
    import torch
    import transformers

    torch.manual_seed(0)
    # eager attention: the exporter lowers its matmuls and softmax; a mask of ones keeps
    # transformers from inspecting position ids for packed sequences (aten::diff, not exportable)
    if name == "bert_base":
        config = transformers.BertConfig(attn_implementation="eager")
        model = transformers.BertModel(config, add_pooling_layer=False)
    elif name == "gpt2":
        model = transformers.GPT2Model(transformers.GPT2Config(attn_implementation="eager"))
    else:
        raise ValueError(f"unknown transformer {name}")
    model.eval()

    class LastHidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.inner = model

        def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
            mask = torch.ones_like(input_ids)
            return self.inner(input_ids=input_ids, attention_mask=mask, use_cache=False).last_hidden_state

    ids = torch.randint(0, 1000, (1, seq), dtype=torch.int64)
    with torch.no_grad():
        torch.onnx.export(
            LastHidden(),
            (ids,),
            str(out),
            input_names=["input_ids"],
            output_names=["last_hidden_state"],
            opset_version=17,
            dynamo=False,
        )
    return out


def gemm_model(m: int, n: int, k: int, out: Path) -> Path:
    """An ONNX model computing ``a[m, k] @ b[k, n]`` (both inputs, f32)."""
    import onnx
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("MatMul", ["a", "b"], ["c"])],
        f"gemm_{m}x{n}x{k}",
        [
            helper.make_tensor_value_info("a", TensorProto.FLOAT, [m, k]),
            helper.make_tensor_value_info("b", TensorProto.FLOAT, [k, n]),
        ],
        [helper.make_tensor_value_info("c", TensorProto.FLOAT, [m, n])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(out))
    return out


def fma_lanes_per_cycle(isa: list[str], cpu: str) -> tuple[int, str]:
    """f32 FMAs per cycle per core, and why: two FMA pipes of the widest vector the core executes
    at full rate (Zen 4 splits 512-bit FMAs into two 256-bit halves)."""
    if "avx512f" in isa and not cpu.startswith("znver4"):
        return 32, "2 x 512-bit FMA pipes"
    if "fma" in isa:
        return 16, "2 x 256-bit FMA pipes" + (
            " (AVX-512 runs as 2 x 256-bit on Zen 4)" if "avx512f" in isa else ""
        )
    return 4, "no FMA: one 128-bit multiply and add"


def cpu_mhz() -> float | None:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return None
    found = re.search(r"^cpu MHz\s*:\s*([\d.]+)", text, re.M)
    return float(found.group(1)) if found else None


def fma_peak_gflops(threads: int) -> tuple[float | None, str]:
    """The f32 FMA peak of ``threads`` cores at the reported clock, in GFLOP/s (2 flops per FMA)."""
    from mlc.compiler.targets.cpu import native

    cpu, target = native.target_for("native")
    lanes, why = fma_lanes_per_cycle(target["isa"], cpu)
    mhz = cpu_mhz()
    if mhz is None:
        return None, why
    return 2 * lanes * mhz * 1e-3 * threads, f"{cpu} at {mhz:.0f} MHz, {lanes} f32 FMAs/cycle/core ({why})"


def random_input(shape: list[int], dtype: str, rng: np.random.Generator) -> np.ndarray:
    """A model input: normal floats, or token ids below 1000 for integer inputs."""
    if dtype.startswith("int"):
        return rng.integers(0, 1000, size=shape).astype(dtype)
    return rng.standard_normal(shape).astype(dtype)
