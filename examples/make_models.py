"""Generate the bundled example ONNX models (deterministic, seeded weights).

    python examples/make_models.py [OUT_DIR]          # writes resnet_tiny.onnx, transformer_tiny.onnx
    python examples/make_models.py OUT_DIR --resnet50  # also resnet50.onnx (100 MB, for benchmarks)

The models use only the ONNX standard ops that real exporters emit: a
ResNet-style CNN (conv, batch norm, relu, max pool, residual blocks, global
average pool, gemm) and a pre-norm transformer encoder block (layer norm,
multi-head self-attention with matmul/softmax, GELU MLP).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17


class GraphBuilder:
    """Appends nodes and seeded initializers, naming values uniquely."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self.count = 0

    def name(self, base: str) -> str:
        self.count += 1
        return f"{base}_{self.count}"

    def weight(
        self, base: str, shape: tuple[int, ...], scale: float | None = None, value: float | None = None
    ) -> str:
        name = self.name(base)
        if value is not None:
            arr = np.full(shape, value, dtype=np.float32)
        else:
            fan_in = int(np.prod(shape[1:])) if len(shape) > 1 else shape[0]
            std = scale if scale is not None else (2.0 / fan_in) ** 0.5
            arr = (self.rng.standard_normal(shape) * std).astype(np.float32)
        self.inits.append(numpy_helper.from_array(arr, name))
        return name

    def const(self, base: str, arr: np.ndarray) -> str:
        name = self.name(base)
        self.inits.append(numpy_helper.from_array(arr, name))
        return name

    def op(self, op_type: str, inputs: list[str], base: str | None = None, **attrs) -> str:
        out = self.name(base or op_type.lower())
        self.nodes.append(helper.make_node(op_type, inputs, [out], name=out, **attrs))
        return out

    # -- CNN pieces --
    def conv_bn(self, x: str, cin: int, cout: int, k: int, stride: int = 1, relu: bool = True) -> str:
        w = self.weight("conv_w", (cout, cin, k, k))
        pad = k // 2
        y = self.op("Conv", [x, w], "conv", kernel_shape=[k, k], strides=[stride, stride], pads=[pad] * 4)
        scale = self.weight("bn_scale", (cout,), scale=0.1)
        bias = self.weight("bn_bias", (cout,), scale=0.1)
        mean = self.weight("bn_mean", (cout,), scale=0.1)
        var = self.const("bn_var", (self.rng.random(cout) + 0.5).astype(np.float32))
        y = self.op("BatchNormalization", [y, scale, bias, mean, var], "bn", epsilon=1e-5)
        return self.op("Relu", [y], "relu") if relu else y

    def basic_block(self, x: str, cin: int, cout: int, stride: int) -> str:
        y = self.conv_bn(x, cin, cout, 3, stride)
        y = self.conv_bn(y, cout, cout, 3, 1, relu=False)
        short = x if stride == 1 and cin == cout else self.conv_bn(x, cin, cout, 1, stride, relu=False)
        return self.op("Relu", [self.op("Add", [y, short], "add")], "relu")

    def bottleneck(self, x: str, cin: int, mid: int, stride: int) -> str:
        cout = mid * 4
        y = self.conv_bn(x, cin, mid, 1)
        y = self.conv_bn(y, mid, mid, 3, stride)
        y = self.conv_bn(y, mid, cout, 1, relu=False)
        short = x if stride == 1 and cin == cout else self.conv_bn(x, cin, cout, 1, stride, relu=False)
        return self.op("Relu", [self.op("Add", [y, short], "add")], "relu")

    def head(self, x: str, channels: int, classes: int) -> str:
        y = self.op("GlobalAveragePool", [x], "gap")
        y = self.op("Flatten", [y], "flatten", axis=1)
        w = self.weight("fc_w", (classes, channels))
        b = self.weight("fc_b", (classes,), scale=0.01)
        return self.op("Gemm", [y, w, b], "fc", transB=1)

    def model(self, name: str, inputs, outputs) -> onnx.ModelProto:
        graph = helper.make_graph(self.nodes, name, inputs, outputs, self.inits)
        model = helper.make_model(
            graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="mlc-examples"
        )
        onnx.checker.check_model(model)
        return model


def resnet_tiny() -> onnx.ModelProto:
    """A ResNet-style CNN: stem, four residual stages (16..128 channels), 10 classes, 1x3x64x64."""
    g = GraphBuilder(seed=0)
    x = g.conv_bn("image", 3, 16, 3, 1)
    x = g.op("MaxPool", [x], "maxpool", kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1])
    cin = 16
    for cout, stride in ((16, 1), (32, 2), (64, 2), (128, 2)):
        x = g.basic_block(x, cin, cout, stride)
        cin = cout
    g.head(x, cin, 10)
    g.nodes[-1].output[0] = "logits"
    return g.model(
        "resnet_tiny",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3, 64, 64])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, 10])],
    )


def resnet50() -> onnx.ModelProto:
    """ResNet-50's layer structure (bottleneck stages 3-4-6-3) at 1x3x224x224, seeded weights."""
    g = GraphBuilder(seed=1)
    x = g.conv_bn("image", 3, 64, 7, 2)
    x = g.op("MaxPool", [x], "maxpool", kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1])
    cin = 64
    for mid, blocks, stride in ((64, 3, 1), (128, 4, 2), (256, 6, 2), (512, 3, 2)):
        for i in range(blocks):
            x = g.bottleneck(x, cin, mid, stride if i == 0 else 1)
            cin = mid * 4
    g.head(x, cin, 1000)
    g.nodes[-1].output[0] = "logits"
    return g.model(
        "resnet50",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3, 224, 224])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, 1000])],
    )


def transformer_tiny(seq: int = 16, dim: int = 64, heads: int = 4) -> onnx.ModelProto:
    """One pre-norm transformer encoder block on 1 x seq x dim tokens."""
    g = GraphBuilder(seed=2)
    hd = dim // heads

    def layer_norm(x: str) -> str:
        scale = g.weight("ln_scale", (dim,), value=1.0)
        bias = g.weight("ln_bias", (dim,), value=0.0)
        return g.op("LayerNormalization", [x, scale, bias], "ln", axis=-1, epsilon=1e-5)

    def linear(x: str, fin: int, fout: int) -> str:
        w = g.weight("w", (fin, fout), scale=fin**-0.5)
        b = g.weight("b", (fout,), scale=0.02)
        return g.op("Add", [g.op("MatMul", [x, w], "matmul"), b], "add")

    def split_heads(x: str) -> str:
        shape = g.const("shape", np.array([1, seq, heads, hd], dtype=np.int64))
        return g.op("Transpose", [g.op("Reshape", [x, shape], "reshape")], "transpose", perm=[0, 2, 1, 3])

    x = "tokens"
    h = layer_norm(x)
    q, k, v = (split_heads(linear(h, dim, dim)) for _ in range(3))
    kt = g.op("Transpose", [k], "transpose", perm=[0, 1, 3, 2])
    scores = g.op(
        "Mul", [g.op("MatMul", [q, kt], "matmul"), g.const("scale", np.array(hd**-0.5, np.float32))]
    )
    attn = g.op("MatMul", [g.op("Softmax", [scores], "softmax", axis=-1), v], "matmul")
    merged = g.op(
        "Reshape",
        [
            g.op("Transpose", [attn], "transpose", perm=[0, 2, 1, 3]),
            g.const("shape", np.array([1, seq, dim], dtype=np.int64)),
        ],
        "reshape",
    )
    x = g.op("Add", [x, linear(merged, dim, dim)], "residual")
    h = layer_norm(x)
    h = linear(h, dim, 4 * dim)
    erf = g.op("Erf", [g.op("Div", [h, g.const("sqrt2", np.array(2**0.5, np.float32))], "div")], "erf")
    gelu = g.op(
        "Mul",
        [
            g.op("Mul", [h, g.op("Add", [erf, g.const("one", np.array(1, np.float32))])]),
            g.const("half", np.array(0.5, np.float32)),
        ],
        "gelu",
    )
    g.op("Add", [x, linear(gelu, 4 * dim, dim)], "residual")
    g.nodes[-1].output[0] = "hidden"
    return g.model(
        "transformer_tiny",
        [helper.make_tensor_value_info("tokens", TensorProto.FLOAT, [1, seq, dim])],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, [1, seq, dim])],
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out", nargs="?", type=Path, default=Path(__file__).resolve().parent)
    p.add_argument("--resnet50", action="store_true", help="also write resnet50.onnx (about 100 MB)")
    ns = p.parse_args()
    ns.out.mkdir(parents=True, exist_ok=True)
    models = {"resnet_tiny": resnet_tiny(), "transformer_tiny": transformer_tiny()}
    if ns.resnet50:
        models["resnet50"] = resnet50()
    for name, model in models.items():
        onnx.save(model, ns.out / f"{name}.onnx")
        print(f"wrote {ns.out / f'{name}.onnx'}")


if __name__ == "__main__":
    main()
