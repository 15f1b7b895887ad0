"""CPU GEMM and convolution kernels against numpy (OpenBLAS) and the FMA peak, side by side in one run.

    python -m mlc.benchmarks.cpu_kernels [--threads 1] [--repeat 5] [--quick] [--activations | --depthwise]

GEMMs (1024^3 and 4096x4096x1024 f32) and a few convolution shapes from ResNet-50
are compiled with ``mlc.compiler.compile`` (cpu, ``--mcpu native``) and timed
against numpy's ``@`` (OpenBLAS) with the same thread count, interleaved so that
load from other processes hits both alike. The FMA peak comes from
``peer_models.fma_peak_gflops`` (the one owner of that fact) at the clock
``/proc/cpuinfo`` reports. Results go to ``benchmarks/results/cpu_kernels.{md,json}``.

``--activations`` instead times single-op ONNX models of activations over 1M f32 elements
(GELU, sigmoid, tanh, erf, exp, log, softmax), and ``transformer_tiny`` whole: mlc with the
vectorized polynomials (``approximate-math``) and with libm calls (``vector_math=False``, as
before), numpy and onnxruntime, side by side, into ``benchmarks/results/cpu_activations.{md,json}``.
``--depthwise`` times MobileNet-like depthwise layers (3x3 ``Conv`` with ``group = C``, bias,
ReLU) against onnxruntime into ``benchmarks/results/cpu_depthwise.{md,json}``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from pathlib import Path

import numpy as np

from mlc.runtime.timing import best_seconds

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"


def matmul_text(m: int, n: int, k: int) -> str:
    a, b, c = f"tensor<{m}x{k}xf32>", f"tensor<{k}x{n}xf32>", f"tensor<{m}x{n}xf32>"
    return f"""
func.func @gemm(%a: {a}, %b: {b}) -> {c} {{
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : {c}
  %f = linalg.fill ins(%z : f32) outs(%e : {c}) -> {c}
  %r = linalg.matmul ins(%a, %b : {a}, {b}) outs(%f : {c}) -> {c}
  return %r : {c}
}}"""


def conv_text(x: tuple[int, ...], w: tuple[int, ...], stride: int) -> tuple[str, tuple[int, ...]]:
    n, _, h, wd = x
    f, _, kh, kw = w
    out = (n, f, (h - kh) // stride + 1, (wd - kw) // stride + 1)
    t = lambda s: f"tensor<{'x'.join(map(str, s))}xf32>"  # noqa: E731
    return (
        f"""
func.func @conv(%x: {t(x)}, %w: {t(w)}) -> {t(out)} {{
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : {t(out)}
  %f = linalg.fill ins(%z : f32) outs(%e : {t(out)}) -> {t(out)}
  %r = linalg.conv_2d_nchw_fchw
     {{dilations = dense<1> : vector<2xi64>, strides = dense<{stride}> : vector<2xi64>}}
     ins(%x, %w : {t(x)}, {t(w)}) outs(%f : {t(out)}) -> {t(out)}
  return %r : {t(out)}
}}""",
        out,
    )


def numpy_conv(x: np.ndarray, w: np.ndarray, stride: int, out: tuple[int, ...]) -> np.ndarray:
    """The convolution as numpy would do it: im2col and one OpenBLAS GEMM."""
    _, c, _, _ = x.shape
    f, _, kh, kw = w.shape
    oh, ow = out[2], out[3]
    cols = np.empty((c, kh, kw, oh, ow), np.float32)
    for i in range(kh):
        for j in range(kw):
            cols[:, i, j] = x[0, :, i : i + stride * oh : stride, j : j + stride * ow : stride]
    return (w.reshape(f, -1) @ cols.reshape(c * kh * kw, -1)).reshape(out)


def bench(threads: int, repeat: int, quick: bool) -> list[dict]:
    import mlc.compiler as mc

    rng = np.random.default_rng(0)
    rows = []
    gemms = [(1024, 1024, 1024)] + ([] if quick else [(4096, 4096, 1024)])
    for m, n, k in gemms:
        a = rng.standard_normal((m, k)).astype(np.float32)
        b = rng.standard_normal((k, n)).astype(np.float32)
        fn = mc.compile(matmul_text(m, n, k), target="cpu", threads=threads)
        err = float(np.abs(fn(a, b) - a @ b).max() / np.abs(a @ b).max())
        t_mlc = best_seconds(lambda fn=fn, a=a, b=b: fn(a, b), repeat)
        t_np = best_seconds(lambda a=a, b=b: a @ b, repeat)
        rows.append(
            {
                "kernel": f"gemm {m}x{n}x{k}",
                "flops": 2 * m * n * k,
                "mlc_s": t_mlc,
                "numpy_s": t_np,
                "max_rel_error": err,
            }
        )
    convs = [
        ((1, 64, 56, 56), (64, 64, 3, 3), 1),
        ((1, 256, 14, 14), (1024, 256, 1, 1), 1),
        ((1, 3, 229, 229), (64, 3, 7, 7), 2),
    ]
    for x_shape, w_shape, stride in convs[: 1 if quick else None]:
        x = rng.standard_normal(x_shape).astype(np.float32)
        w = rng.standard_normal(w_shape).astype(np.float32)
        text, out = conv_text(x_shape, w_shape, stride)
        fn = mc.compile(text, target="cpu", threads=threads)
        ref = numpy_conv(x, w, stride, out)
        err = float(np.abs(fn(x, w) - ref).max() / np.abs(ref).max())
        t_mlc = best_seconds(lambda fn=fn, x=x, w=w: fn(x, w), repeat)
        t_np = best_seconds(lambda x=x, w=w, s=stride, o=out: numpy_conv(x, w, s, o), repeat)
        flops = 2 * int(np.prod(out)) * int(np.prod(w_shape[1:]))
        label = f"conv {'x'.join(map(str, x_shape))} * {'x'.join(map(str, w_shape))} s{stride}"
        rows.append({"kernel": label, "flops": flops, "mlc_s": t_mlc, "numpy_s": t_np, "max_rel_error": err})
    return rows


# (label, ONNX op, attributes, numpy version or None, input made positive)
ACTIVATIONS = (
    ("gelu (erf)", "Gelu", {}, None, False),
    ("gelu (tanh)", "Gelu", {"approximate": "tanh"}, None, False),
    ("sigmoid", "Sigmoid", {}, lambda x: 1 / (1 + np.exp(-x)), False),
    ("tanh", "Tanh", {}, np.tanh, False),
    ("erf", "Erf", {}, None, False),
    ("exp", "Exp", {}, np.exp, False),
    ("log", "Log", {}, np.log, True),
    ("softmax (rows of 1024)", "Softmax", {"axis": -1}, None, False),
)
ACTIVATION_SHAPE = (1024, 1024)
ACTIVATION_MODELS = ("transformer_tiny",)


def _numpy_softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def activation_model(path: Path, op: str, attrs: dict) -> None:
    import onnx
    from onnx import TensorProto, helper

    value = lambda name: helper.make_tensor_value_info(name, TensorProto.FLOAT, list(ACTIVATION_SHAPE))  # noqa: E731
    graph = helper.make_graph([helper.make_node(op, ["x"], ["y"], **attrs)], op, [value("x")], [value("y")])
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)]), path)


def bench_activations(threads: int, repeat: int) -> list[dict]:
    import tempfile

    import onnxruntime as ort

    import mlc.compiler as mc

    rng = np.random.default_rng(0)
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, op, attrs, numpy_fn, positive in ACTIVATIONS:
            path = Path(tmp) / f"{op}.onnx"
            activation_model(path, op, attrs)
            x = rng.uniform(-6, 6, ACTIVATION_SHAPE).astype(np.float32)
            x = np.abs(x) + np.float32(1e-3) if positive else x
            if op == "Softmax":
                numpy_fn = _numpy_softmax
            session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
            poly = mc.compile(str(path), target="cpu", threads=threads)
            libm = mc.compile(str(path), target="cpu", threads=threads, vector_math=False)
            want = session.run(None, {"x": x})[0]
            err = float(np.abs(poly(x) - want).max() / np.abs(want).max())
            t_poly = best_seconds(lambda f=poly, x=x: f(x), repeat)
            t_libm = best_seconds(lambda f=libm, x=x: f(x), repeat)
            t_ort = best_seconds(lambda s=session, x=x: s.run(None, {"x": x}), repeat)
            t_np = best_seconds(lambda f=numpy_fn, x=x: f(x), repeat) if numpy_fn else None
            rows.append(
                {
                    "activation": label,
                    "elements": int(np.prod(ACTIVATION_SHAPE)),
                    "mlc_s": t_poly,
                    "mlc_libm_s": t_libm,
                    "onnxruntime_s": t_ort,
                    "numpy_s": t_np,
                    "max_rel_error_vs_onnxruntime": err,
                }
            )
        rows += [_model_row(name, threads, repeat, Path(tmp)) for name in ACTIVATION_MODELS]
    return rows


def _model_row(name: str, threads: int, repeat: int, tmp: Path) -> dict:
    """A whole model timed as the activations are (its data input random)."""
    import onnx
    import onnxruntime as ort

    import mlc.compiler as mc
    from mlc.benchmarks.cpu_vs_peers import model_path

    path = model_path(name, tmp)
    model = onnx.load(str(path), load_external_data=False)
    init = {i.name for i in model.graph.initializer}
    inp = next(i for i in model.graph.input if i.name not in init)
    shape = [d.dim_value or 1 for d in inp.type.tensor_type.shape.dim]
    x = np.random.default_rng(1).standard_normal(shape).astype(np.float32)
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    poly = mc.compile(str(path), target="cpu", threads=threads)
    libm = mc.compile(str(path), target="cpu", threads=threads, vector_math=False)
    first = lambda out: out[0] if isinstance(out, tuple) else out  # noqa: E731
    want = session.run(None, {inp.name: x})[0]
    return {
        "activation": f"{name} (whole model, {'x'.join(map(str, shape))})",
        "elements": int(np.prod(shape)),
        "mlc_s": best_seconds(lambda: poly(x), repeat),
        "mlc_libm_s": best_seconds(lambda: libm(x), repeat),
        "onnxruntime_s": best_seconds(lambda: session.run(None, {inp.name: x}), repeat),
        "numpy_s": None,
        "max_rel_error_vs_onnxruntime": float(np.abs(first(poly(x)) - want).max() / np.abs(want).max()),
    }


# MobileNet v2's depthwise layers at 224x224: (channels, input size, stride)
DEPTHWISE = ((32, 112, 1), (96, 112, 2), (144, 56, 1), (144, 56, 2), (192, 28, 1), (384, 14, 1), (960, 7, 1))


def depthwise_model(path: Path, c: int, size: int, stride: int) -> None:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    w = numpy_helper.from_array(rng.standard_normal((c, 1, 3, 3)).astype(np.float32), "w")
    b = numpy_helper.from_array(rng.standard_normal(c).astype(np.float32), "b")
    conv = helper.make_node(
        "Conv", ["x", "w", "b"], ["c"], group=c, kernel_shape=[3, 3], pads=[1, 1, 1, 1], strides=[stride] * 2
    )
    out = (size - 1) // stride + 1
    graph = helper.make_graph(
        [conv, helper.make_node("Relu", ["c"], ["y"])],
        "depthwise",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, c, size, size])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, c, out, out])],
        [w, b],
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)


def bench_depthwise(threads: int, repeat: int) -> list[dict]:
    import tempfile

    import onnxruntime as ort

    import mlc.compiler as mc

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for c, size, stride in DEPTHWISE:
            path = Path(tmp) / f"dw_{c}_{size}_{stride}.onnx"
            depthwise_model(path, c, size, stride)
            x = np.random.default_rng(1).standard_normal((1, c, size, size)).astype(np.float32)
            session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
            fn = mc.compile(str(path), target="cpu", threads=threads)
            want = session.run(None, {"x": x})[0]
            rows.append(
                {
                    "layer": f"{c}x{size}x{size} s{stride}",
                    "macs": int(want.size) * 9,
                    "mlc_s": best_seconds(lambda f=fn, x=x: f(x), repeat),
                    "onnxruntime_s": best_seconds(lambda s=session, x=x: s.run(None, {"x": x}), repeat),
                    "max_rel_error_vs_onnxruntime": float(np.abs(fn(x) - want).max() / np.abs(want).max()),
                }
            )
    return rows


def render_depthwise(rows: list[dict], threads: int) -> str:
    lines = [
        f"# CPU depthwise 3x3 convolution + bias + ReLU (NCHW): mlc vs onnxruntime, {threads} thread(s), "
        "best of N",
        "",
        f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} "
        "at the end. "
        "MobileNet v2's depthwise layers at 224x224 (`vectorize-depthwise`, the ReLU in the kernel's store). "
        "Timed side by side in one run; other jobs share this machine.",
        "",
        "| layer (C x H x W, stride) | mlc ms | onnxruntime ms | mlc / onnxruntime | mlc GFLOP/s "
        "| max rel. error |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(
            f"| {r['layer']} | {r['mlc_s'] * 1e3:.3f} | {r['onnxruntime_s'] * 1e3:.3f} | "
            f"{r['mlc_s'] / r['onnxruntime_s']:.2f} | {2 * r['macs'] / r['mlc_s'] / 1e9:.1f} | "
            f"{r['max_rel_error_vs_onnxruntime']:.1e} |"
        )
    return "\n".join(lines) + "\n"


def render_activations(rows: list[dict], threads: int) -> str:
    ms = lambda s: "-" if s is None else f"{s * 1e3:.3f}"  # noqa: E731
    lines = [
        f"# CPU activations over 1M f32 elements: mlc vs onnxruntime and numpy, {threads} thread(s), "
        "best of N",
        "",
        f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} "
        "at the end. "
        "mlc: vectorized polynomials "
        "(`approximate-math`); mlc libm: the same pipeline with `vector_math=False` (libm calls, "
        "as before). Timed side by side in one run; other jobs share this machine.",
        "",
        "| activation | mlc ms | mlc libm ms | onnxruntime ms | numpy ms | libm / mlc | mlc / onnxruntime "
        "| max rel. error vs ort |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(
            f"| {r['activation']} | {ms(r['mlc_s'])} | {ms(r['mlc_libm_s'])} | {ms(r['onnxruntime_s'])} | "
            f"{ms(r['numpy_s'])} | {r['mlc_libm_s'] / r['mlc_s']:.1f} | "
            f"{r['mlc_s'] / r['onnxruntime_s']:.2f} | "
            f"{r['max_rel_error_vs_onnxruntime']:.1e} |"
        )
    lines += ["", "Times include the call (numpy copies in and out of the compiled function)."]
    return "\n".join(lines) + "\n"


def render(rows: list[dict], threads: int, peak: float | None, peak_note: str) -> str:
    peak_text = "unknown" if peak is None else f"{peak:.0f} GFLOP/s"
    lines = [
        f"# CPU kernels: mlc vs numpy (OpenBLAS), {threads} thread(s), best of N",
        "",
        f"machine: {platform.machine()}, {os.cpu_count()} cores; FMA peak {peak_text} "
        f"({peak_note}). Other jobs share this machine: figures vary between runs.",
        "",
        "| kernel | mlc GFLOP/s | numpy GFLOP/s | mlc / numpy | mlc / peak | max rel. error |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        g_mlc, g_np = r["flops"] / r["mlc_s"] / 1e9, r["flops"] / r["numpy_s"] / 1e9
        lines.append(
            f"| {r['kernel']} | {g_mlc:.1f} | {g_np:.1f} | {g_mlc / g_np:.2f} | "
            f"{'-' if peak is None else format(g_mlc / peak, '.0%')} | "
            f"{r['max_rel_error']:.1e} |"
        )
    lines += ["", "numpy's convolution is im2col in numpy plus one OpenBLAS GEMM (its copy time included)."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--quick", action="store_true", help="only GEMM 1024^3 and one convolution")
    p.add_argument("--activations", action="store_true", help="time activations over 1M elements instead")
    p.add_argument("--depthwise", action="store_true", help="time depthwise convolution layers instead")
    p.add_argument("--out", type=Path, default=RESULTS)
    ns = p.parse_args(argv)
    blas = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
    if any(os.environ.get(v) != str(ns.threads) for v in blas):  # numpy reads them at import: re-run
        os.environ.update({v: str(ns.threads) for v in blas})
        args = argv if argv is not None else sys.argv[1:]
        os.execv(sys.executable, [sys.executable, "-m", "mlc.benchmarks.cpu_kernels", *args])
    ns.out.mkdir(parents=True, exist_ok=True)
    suffix = f"_{ns.threads}t" if ns.threads != 1 else ""
    if ns.depthwise:
        rows = bench_depthwise(ns.threads, ns.repeat)
        record = json.dumps({"threads": ns.threads, "rows": rows}, indent=1)
        (ns.out / f"cpu_depthwise{suffix}.json").write_text(record + "\n")
        table = render_depthwise(rows, ns.threads)
        (ns.out / f"cpu_depthwise{suffix}.md").write_text(table)
        print(table)
        return 0
    if ns.activations:
        rows = bench_activations(ns.threads, ns.repeat)
        name = f"cpu_activations_{ns.threads}t" if ns.threads != 1 else "cpu_activations"
        (ns.out / f"{name}.json").write_text(
            json.dumps({"threads": ns.threads, "rows": rows}, indent=1) + "\n"
        )
        table = render_activations(rows, ns.threads)
        (ns.out / f"{name}.md").write_text(table)
        print(table)
        return 0
    from mlc.benchmarks.peer_models import fma_peak_gflops

    rows = bench(ns.threads, ns.repeat, ns.quick)
    peak, peak_note = fma_peak_gflops(ns.threads)
    name = f"cpu_kernels_{ns.threads}t" if ns.threads != 1 else "cpu_kernels"
    record = {"threads": ns.threads, "peak_gflops": peak, "peak_note": peak_note, "rows": rows}
    (ns.out / f"{name}.json").write_text(json.dumps(record, indent=1) + "\n")
    table = render(rows, ns.threads, peak, peak_note)
    (ns.out / f"{name}.md").write_text(table)
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
