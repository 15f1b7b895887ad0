"""2-D convolutions as linalg on tensors, the inputs of the implicit-GEMM tests and benchmarks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Conv:
    """``y = conv2d(x, w)`` (PyTorch's semantics) with an f32 result; ``layout`` "nchw"
    (weights FCHW) or "nhwc" (weights HWCF); with ``epilogue``, ``relu(y + bias + residual)``;
    with ``cast``, the result rounded to ``dtype`` (PyTorch's contract on f16/bf16)."""

    n: int
    c: int
    h: int
    w: int
    f: int
    kh: int
    kw: int
    stride: int = 1
    pad: int = 0
    dilation: int = 1
    layout: str = "nchw"
    dtype: str = "f16"
    epilogue: bool = False
    cast: bool = False

    @property
    def out_hw(self) -> tuple[int, int]:
        def size(x: int, k: int) -> int:
            return (x + 2 * self.pad - self.dilation * (k - 1) - 1) // self.stride + 1

        return size(self.h, self.kh), size(self.w, self.kw)

    def image(self, h: int, w: int) -> list[int]:
        return [self.n, self.c, h, w] if self.layout == "nchw" else [self.n, h, w, self.c]

    @property
    def weight(self) -> list[int]:
        if self.layout == "nchw":
            return [self.f, self.c, self.kh, self.kw]
        return [self.kh, self.kw, self.c, self.f]

    @property
    def output(self) -> list[int]:
        oh, ow = self.out_hw
        return [self.n, self.f, oh, ow] if self.layout == "nchw" else [self.n, oh, ow, self.f]

    @property
    def flops(self) -> int:
        oh, ow = self.out_hw
        return 2 * self.n * self.f * oh * ow * self.c * self.kh * self.kw


def _t(shape: list[int], dtype: str) -> str:
    return f"tensor<{'x'.join(map(str, shape))}x{dtype}>"


def conv_mlir(conv: Conv) -> str:
    """``@main(x, w[, bias, residual])`` computing ``conv`` (see ``Conv``)."""
    d = conv.dtype
    x_t, w_t, y_t = _t(conv.image(conv.h, conv.w), d), _t(conv.weight, d), _t(conv.output, "f32")
    p = conv.pad
    hp, wp = conv.h + 2 * p, conv.w + 2 * p
    lines = []
    source = "%x"
    if p:
        low = "[0, 0, 1, 1]" if conv.layout == "nchw" else "[0, 1, 1, 0]"
        low = low.replace("1", str(p))
        padded_t = _t(conv.image(hp, wp), d)
        lines.append(
            f"  %xp = tensor.pad %x low{low} high{low} {{\n"
            f"  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):\n"
            f"    tensor.yield %pz : {d}\n  }} : {x_t} to {padded_t}"
        )
        source, x_in_t = "%xp", padded_t
    else:
        x_in_t = x_t
    op = "linalg.conv_2d_nchw_fchw" if conv.layout == "nchw" else "linalg.conv_2d_nhwc_hwcf"
    lines.append(f"  %e = tensor.empty() : {y_t}")
    lines.append(f"  %f = linalg.fill ins(%zero : f32) outs(%e : {y_t}) -> {y_t}")
    lines.append(
        f"  %y = {op} {{dilations = dense<{conv.dilation}> : vector<2xi64>, "
        f"strides = dense<{conv.stride}> : vector<2xi64>}}\n"
        f"      ins({source}, %w : {x_in_t}, {w_t}) outs(%f : {y_t}) -> {y_t}"
    )
    args = f"%x: {x_t}, %w: {w_t}"
    result = "%y"
    if conv.epilogue:
        args += f", %bias: tensor<{conv.f}xf32>, %res: {y_t}"
        channel = "d1" if conv.layout == "nchw" else "d3"
        lines.append(f"  %e2 = tensor.empty() : {y_t}")
        lines.append(
            "  %r = linalg.generic {indexing_maps = [#id, affine_map<(d0, d1, d2, d3) -> "
            f"({channel})>, #id, #id],\n"
            '      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}\n'
            f"      ins(%y, %bias, %res : {y_t}, tensor<{conv.f}xf32>, {y_t}) outs(%e2 : {y_t}) {{\n"
            "  ^bb0(%a: f32, %b: f32, %s: f32, %o: f32):\n"
            "    %ab = arith.addf %a, %b : f32\n"
            "    %abs = arith.addf %ab, %s : f32\n"
            "    %relu = arith.maximumf %abs, %zero : f32\n"
            "    linalg.yield %relu : f32\n"
            f"  }} -> {y_t}"
        )
        result = "%r"
    if conv.cast:
        r_t = _t(conv.output, d)
        lines.append(f"  %e3 = tensor.empty() : {r_t}")
        lines.append(
            '  %cast = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", '
            f'"parallel", "parallel", "parallel"]}}\n      ins({result} : {y_t}) outs(%e3 : {r_t}) {{\n'
            f"  ^bb0(%v: f32, %o: {d}):\n    %t = arith.truncf %v : f32 to {d}\n    linalg.yield %t : {d}\n"
            f"  }} -> {r_t}"
        )
        result, y_t = "%cast", r_t
    head = "#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>\n" if conv.epilogue or conv.cast else ""
    zero = "  %zero = arith.constant 0.0 : f32\n" + (f"  %pz = arith.constant 0.0 : {d}\n" if p else "")
    body = "\n".join(lines)
    return f"{head}func.func @main({args}) -> {y_t} {{\n{zero}{body}\n  return {result} : {y_t}\n}}\n"
