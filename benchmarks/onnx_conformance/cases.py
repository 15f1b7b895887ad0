"""The ONNX backend node test cases, cached on disk.

``collect_testcases`` builds all 1,884 cases in memory, which takes about a
minute; the first call pickles them (models as bytes) under the user's cache
directory, keyed by the onnx version, and later calls load that file.
"""

from __future__ import annotations

import os
import pickle
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Case:
    name: str
    model: bytes  # a serialized ModelProto
    data_sets: tuple[tuple[list[Any], list[Any]], ...]  # (inputs, reference outputs)
    rtol: float
    atol: float


def _cache_path() -> Path:
    import onnx

    base = Path(os.environ.get("MLC_CACHE_DIR") or Path(os.environ.get("XDG_CACHE_HOME", "~/.cache")) / "mlc")
    return base.expanduser() / f"onnx-node-cases-{onnx.__version__}.pkl"


def _collect() -> list[Case]:
    from onnx.backend.test.case.node import collect_testcases

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = collect_testcases(None)
    return [
        Case(
            c.name,
            c.model.SerializeToString(),
            tuple((list(i), list(o)) for i, o in c.data_sets or ()),
            c.rtol,
            c.atol,
        )
        for c in raw
        if c.model is not None
    ]


def load_cases() -> list[Case]:
    """All node test cases, sorted by name."""
    path = _cache_path()
    if path.exists():
        try:
            return pickle.loads(path.read_bytes())
        except (pickle.UnpicklingError, EOFError, AttributeError):
            path.unlink()
    cases = sorted(_collect(), key=lambda c: c.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(pickle.dumps(cases, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(path)
    return cases
