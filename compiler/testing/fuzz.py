"""A mutation fuzzer for mlc's three input kinds, and the outcome classes of a run.

Seeds are the repository's own inputs: the ``.mlir`` files of ``lit_tests``, the ``.ll``
kernels of ``examples/kernels`` and the ONNX models of ``examples`` plus random graphs of
``onnx_graphs``. Each input is mutated from one seed (text: delete, duplicate or swap lines,
replace numbers with edge values, flip or insert characters, truncate; ONNX: change dims,
attributes, op types and edges in the protobuf, or damage its bytes) and handed to the tool
that reads that kind (``mlc-opt``, ``mlc-translate``) in a child process with a time limit.

Outcomes: ``ok`` (exit 0), ``error`` (exit 1 with a located ``error:`` line and no
traceback), ``traceback`` (a Python traceback reached the user), ``crash`` (killed by a
signal, or an internal compiler error), ``hang`` (past the time limit). The goal is 0 of
the last three.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
OUTCOMES = ("ok", "error", "traceback", "crash", "hang")
KINDS = ("mlir", "ll", "onnx")
TIMEOUT_S = 60.0
EDGE_NUMBERS = ("0", "-1", "1", "2147483648", "-2147483649", "9223372036854775807", "18446744073709551616",
                "65536", "3", "1.0e39", "nan", "0x7FC00000")  # fmt: skip
_NUMBER = re.compile(r"(?<![\w%#@])-?\d+(\.\d+)?(e[+-]?\d+)?")


@dataclass
class FuzzResult:
    kind: str
    seed: int
    mutation: str
    outcome: str
    detail: str
    input_path: str | None = None


def seeds(kind: str) -> list[Path]:
    """The seed inputs of ``kind`` in the repository."""
    if kind == "mlir":
        return sorted((ROOT / "lit_tests").rglob("*.mlir"))
    if kind == "ll":
        return sorted((ROOT / "examples" / "kernels").rglob("*.ll"))
    return sorted((ROOT / "examples").glob("*.onnx"))


def mutate_text(text: str, rng: np.random.Generator) -> tuple[str, str]:
    """One random mutation of ``text``, and its name."""
    lines = text.splitlines(keepends=True) or [""]
    kind = str(rng.choice(["delete", "duplicate", "swap", "number", "flip", "insert", "truncate"]))
    i, j = (int(x) for x in rng.integers(0, len(lines), 2))
    if kind == "delete":
        del lines[i]
    elif kind == "duplicate":
        lines.insert(j, lines[i])
    elif kind == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "number":
        matches = list(_NUMBER.finditer(text))
        if matches:
            m = matches[int(rng.integers(len(matches)))]
            return text[: m.start()] + str(rng.choice(EDGE_NUMBERS)) + text[m.end() :], kind
    elif kind in ("flip", "insert") and text:
        k = int(rng.integers(len(text)))
        ch = str(rng.choice(list('{}()<>[]%,:="x0-!#@^ \n')))
        return text[:k] + ch + text[k + (kind == "flip") :], kind
    elif kind == "truncate":
        return text[: int(rng.integers(len(text) + 1))], kind
    return "".join(lines), kind


def mutate_onnx(data: bytes, rng: np.random.Generator) -> tuple[bytes, str]:
    """One random mutation of a serialized ONNX model, and its name."""
    import onnx

    kind = str(rng.choice(["dim", "attribute", "op", "edge", "dtype", "bytes", "truncate"]))
    if kind == "bytes":
        out = bytearray(data)
        for k in rng.integers(0, len(out), 8):
            out[int(k)] = int(rng.integers(256))
        return bytes(out), kind
    if kind == "truncate":
        return data[: int(rng.integers(len(data)))], kind
    model = onnx.load_from_string(data)
    g = model.graph
    node = g.node[int(rng.integers(len(g.node)))] if g.node else None
    if kind == "dim":
        values = [*g.input, *g.output]
        dims = [d for v in values for d in v.type.tensor_type.shape.dim]
        if dims:
            dims[int(rng.integers(len(dims)))].dim_value = int(rng.choice([0, 1, 3, 2**31, 2**62]))
    elif kind == "attribute" and node is not None and node.attribute:
        a = node.attribute[int(rng.integers(len(node.attribute)))]
        if a.ints:
            a.ints[int(rng.integers(len(a.ints)))] = int(rng.choice([-5, 0, 7, 2**40]))
        elif a.type == onnx.AttributeProto.INT:
            a.i = int(rng.choice([-5, 0, 7, 2**40]))
        elif a.type == onnx.AttributeProto.FLOAT:
            a.f = float(rng.choice([0.0, -1.0, 1e30, float("nan")]))
    elif kind == "op" and node is not None:
        node.op_type = str(rng.choice(["Relu", "MatMul", "Conv", "Softmax", "Concat", "NoSuchOp", "Reshape"]))
    elif kind == "edge" and node is not None and node.input:
        names = [i.name for i in g.input] + [o for n in g.node for o in n.output] + ["missing"]
        node.input[int(rng.integers(len(node.input)))] = str(rng.choice(names))
    elif kind == "dtype":
        values = [*g.input, *g.output]
        if values:
            values[int(rng.integers(len(values)))].type.tensor_type.elem_type = int(rng.integers(0, 24))
    return model.SerializeToString(), kind


def command(kind: str, path: Path) -> list[str]:
    """The tool invocation that reads an input of ``kind``."""
    tool = {"mlir": "mlc_opt", "ll": "mlc_translate", "onnx": "mlc_translate"}[kind]
    extra = ["--canonicalize", "--cse"] if kind == "mlir" else []
    return [sys.executable, "-m", f"mlc.tools.{tool}", str(path), *extra, "-o", str(path) + ".out"]


def classify(returncode: int | None, stderr: str) -> tuple[str, str]:
    """The outcome class of one tool run, and the line that says why."""
    last = next((x for x in reversed(stderr.strip().splitlines()) if x.strip()), "")
    if returncode is None:
        return "hang", f"no answer after {TIMEOUT_S:g} s"
    if "Traceback (most recent call last)" in stderr:
        return "traceback", last
    if returncode < 0:
        return "crash", f"killed by signal {-returncode}"
    if "internal compiler error" in stderr:
        return "crash", next(x for x in stderr.splitlines() if "internal compiler error" in x)
    if returncode == 0:
        return "ok", ""
    if returncode == 1 and "error" in stderr:
        return "error", next((x for x in stderr.splitlines() if "error" in x), last)
    return "crash", f"exit status {returncode}: {last}"


def fuzz_one(kind: str, seed: int, workdir: Path, keep: Path | None = None) -> FuzzResult:
    """Mutate one seed input of ``kind`` (chosen and mutated from ``seed``) and run its tool."""
    rng = np.random.default_rng(seed)
    sources = seeds(kind)
    if kind == "onnx":
        from mlc.compiler.testing.onnx_graphs import random_graph

        pick = int(rng.integers(len(sources) + 8))
        data = sources[pick].read_bytes() if pick < len(sources) else random_graph(seed).SerializeToString()
        payload, mutation = mutate_onnx(data, rng)
        path = workdir / f"fuzz-{seed}.onnx"
        path.write_bytes(payload)
    else:
        src = sources[int(rng.integers(len(sources)))]
        text, mutation = mutate_text(src.read_text(errors="replace"), rng)
        for _ in range(int(rng.integers(0, 3))):
            text, more = mutate_text(text, rng)
            mutation += "+" + more
        path = workdir / f"fuzz-{seed}.{kind}"
        path.write_text(text)
        mutation = f"{src.relative_to(ROOT)}: {mutation}"
    try:
        proc = subprocess.run(command(kind, path), capture_output=True, text=True, timeout=TIMEOUT_S)
        outcome, detail = classify(proc.returncode, proc.stderr)
    except subprocess.TimeoutExpired:
        outcome, detail = classify(None, "")
    kept = None
    if keep is not None and outcome in ("traceback", "crash", "hang"):
        keep.mkdir(parents=True, exist_ok=True)
        kept = str(keep / path.name)
        Path(kept).write_bytes(path.read_bytes())
    return FuzzResult(kind, seed, mutation, outcome, detail[:300], kept)


def run(kind: str, seeds_: range, keep: Path | None = None) -> list[FuzzResult]:
    with tempfile.TemporaryDirectory(prefix="mlc-fuzz-") as tmp:
        return [fuzz_one(kind, s, Path(tmp), keep) for s in seeds_]
