"""The tuner's vocabulary: workloads, trials, results, runners and cost models.

Everything here is plain JSON-serialisable data so that a trial can be sent
to another process or machine (a Ray worker, a GPU host without MLIR) and its
result sent back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

Config = Mapping[str, int | str | bool]

Status = Literal["ok", "invalid", "compile_error", "run_error", "timeout", "worker_lost"]
"""``ok``: measured. ``invalid``: rejected before compiling (limits, divisibility).
``compile_error`` / ``run_error``: the compiler or the kernel failed.
``timeout``: it ran past its limit. ``worker_lost``: the process measuring it died
and retries were used up."""


@dataclass(frozen=True)
class Workload:
    """One kernel to tune: its kind (``gemm``, ``conv2d``...), shape, dtype and target."""

    kind: str
    shape: Mapping[str, int]
    dtype: str
    target: str

    def key(self) -> str:
        """The tuning database key: stable across runs, models and processes."""
        text = json.dumps(self.to_json(), sort_keys=True)
        return f"{self.kind}-{hashlib.sha256(text.encode()).hexdigest()[:16]}"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "shape": dict(self.shape), "dtype": self.dtype, "target": self.target}

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> Workload:
        shape = {str(k): int(v) for k, v in data["shape"].items()}
        return Workload(str(data["kind"]), shape, str(data["dtype"]), str(data["target"]))


@dataclass(frozen=True)
class Trial:
    """A workload with one point of its schedule space."""

    workload: Workload
    config: Config

    def to_json(self) -> dict[str, Any]:
        return {"workload": self.workload.to_json(), "config": dict(self.config)}

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> Trial:
        return Trial(Workload.from_json(data["workload"]), dict(data["config"]))


@dataclass(frozen=True)
class TrialResult:
    """What measuring a trial gave: the median time of repeated runs, or why there is none."""

    trial: Trial
    status: Status
    seconds: float | None = None
    samples: tuple[float, ...] = field(default=())
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "trial": self.trial.to_json(),
            "status": self.status,
            "seconds": self.seconds,
            "samples": list(self.samples),
            "error": self.error,
        }

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> TrialResult:
        return TrialResult(
            Trial.from_json(data["trial"]),
            data["status"],
            data.get("seconds"),
            tuple(float(s) for s in data.get("samples", ())),
            data.get("error"),
        )


class Runner(Protocol):
    """Measures trials and returns one result per trial, in order; never drops one."""

    def measure(self, trials: Sequence[Trial]) -> list[TrialResult]: ...


class CostModel(Protocol):
    """Scores trials (higher is predicted faster) and learns from measurements."""

    def predict(self, trials: Sequence[Trial]) -> list[float]: ...

    def update(self, results: Sequence[TrialResult]) -> None: ...
