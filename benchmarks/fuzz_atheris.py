"""Coverage-guided fuzzing of mlc's own parsers with atheris (optional: ``pip install atheris``).

    python benchmarks/fuzz_atheris.py artifact -atheris_runs=20000
    python benchmarks/fuzz_atheris.py pipeline -max_total_time=60
    python benchmarks/fuzz_atheris.py onnx -max_total_time=60

Targets: ``artifact`` (the runtime's artifact reader on arbitrary bytes), ``pipeline`` (pass
pipeline text, as ``mlc-opt --pass-pipeline`` takes it) and ``onnx`` (the ONNX frontend's
loading, checking and shape inference). An ``MlcError`` is the clean answer to bad input;
any other exception is a finding, and atheris stops with the input that raised it.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import onnx

    from mlc.compiler.errors import MlcError
    from mlc.compiler.frontends import onnx_model as om
    from mlc.compiler.pipeline import Pipeline
    from mlc.runtime import read

_TMP = Path(tempfile.mkdtemp(prefix="mlc-atheris-")) / "input.mlc"


def artifact(data: bytes) -> None:
    _TMP.write_bytes(data)
    with contextlib.suppress(MlcError):
        read(_TMP)


def pipeline(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    with contextlib.suppress(MlcError):
        Pipeline.parse(text)


def onnx_model(data: bytes) -> None:
    try:
        model = onnx.load_from_string(data)
    except Exception:  # not a protobuf at all: onnx's answer, not mlc's
        return
    with contextlib.suppress(MlcError):
        om.check_and_infer(model, "fuzz.onnx")


TARGETS = {"artifact": artifact, "pipeline": pipeline, "onnx": onnx_model}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()
