"""The tuning database: every measured trial, one JSON line each, and the best schedule per workload.

A record is ``{"format", "version", "mlc", "key", "digest", "result"}``: the
``TrialResult`` (``trial.py``), the workload's key, the mlc version that
measured it and a SHA-256 of the result. Records are appended (flushed and
synced) as they are measured, so a tuning run interrupted by Ctrl-C or a crash
loses nothing and resumes from them. A line that is not JSON, whose digest or
key does not match its result, whose config the schedule space rejects, or
that another mlc version wrote is ignored with a warning, never trusted;
records of other targets are counted in one warning and left alone.

The default database is ``tuning.jsonl`` in the compile cache's directory
(``mlc.compiler.cache.cache_dir``); ``mlc-compile`` reads it when it exists,
``--tuning-db PATH`` names another one and ``--no-tuning-db`` none.
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mlc.compiler.tuning.trial import TrialResult, Workload

FORMAT = "mlc-tuning"
VERSION = 1


def default_path() -> Path:
    from mlc.compiler.cache import cache_dir

    return cache_dir() / "tuning.jsonl"


def _mlc_version() -> str:
    from mlc import __version__

    return __version__


def _digest(result: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(result, sort_keys=True).encode()).hexdigest()


def record_of(result: TrialResult) -> dict[str, Any]:
    data = result.to_json()
    return {
        "format": FORMAT,
        "version": VERSION,
        "mlc": _mlc_version(),
        "key": result.trial.workload.key(),
        "digest": _digest(data),
        "result": data,
    }


def _validate(record: Any) -> TrialResult:
    """The result of a record, or ValueError saying why it is not to be trusted."""
    from mlc.compiler.tuning import space

    if not isinstance(record, dict) or record.get("format") != FORMAT or record.get("version") != VERSION:
        raise ValueError("not a tuning record of this format")
    if record.get("mlc") != _mlc_version():
        raise ValueError(f"stale: written by mlc {record.get('mlc')}, this is {_mlc_version()}")
    data = record.get("result")
    if not isinstance(data, dict) or record.get("digest") != _digest(data):
        raise ValueError("corrupt: its digest does not match its result")
    try:
        result = TrialResult.from_json(data)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ValueError(f"corrupt: {e!r}") from None
    if record.get("key") != result.trial.workload.key():
        raise ValueError("corrupt: its key is not its workload's")
    if result.status == "ok":
        if result.seconds is None or not result.seconds > 0:
            raise ValueError("corrupt: a measured record without a positive time")
        reason = space.check(result.trial.workload, result.trial.config)
        if reason is not None:
            raise ValueError(f"its schedule is invalid: {reason}")
    return result


def fastest(results: Iterable[TrialResult]) -> TrialResult | None:
    """The measured schedule with the lowest median time over its records (one schedule measured
    again, to confirm it, is judged by all its measurements, not by its luckiest one)."""
    by_config: dict[str, list[TrialResult]] = {}
    for r in results:
        if r.status == "ok" and r.seconds is not None:
            by_config.setdefault(json.dumps(dict(r.trial.config), sort_keys=True), []).append(r)
    if not by_config:
        return None
    merged = [
        TrialResult(
            rs[0].trial,
            "ok",
            statistics.median(r.seconds or 0.0 for r in rs),
            tuple(r.seconds or 0.0 for r in rs),
        )
        for rs in by_config.values()
    ]
    return min(merged, key=lambda r: r.seconds or 0.0)


@dataclass
class Loaded:
    """The trusted records of a database for a target, and warnings about the others."""

    results: list[TrialResult]
    warnings: list[str]

    def best(self) -> dict[str, TrialResult]:
        """The fastest schedule of each workload (``fastest``), by workload key."""
        by_key: dict[str, list[TrialResult]] = {}
        for r in self.results:
            by_key.setdefault(r.trial.workload.key(), []).append(r)
        found = {key: fastest(results) for key, results in by_key.items()}
        return {key: r for key, r in found.items() if r is not None}

    def of(self, workload: Workload) -> list[TrialResult]:
        key = workload.key()
        return [r for r in self.results if r.trial.workload.key() == key]


class Database:
    """A JSON-lines tuning database at ``path`` (created on the first ``add``)."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)

    def add(self, results: Iterable[TrialResult]) -> None:
        """Append ``results``, flushed and synced: they survive a crash right after."""
        lines = "".join(json.dumps(record_of(r), sort_keys=True) + "\n" for r in results)
        if not lines:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a") as f:
            f.write(lines)
            f.flush()
            os.fsync(f.fileno())

    def load(self, target: str | None = None) -> Loaded:
        """The trusted records (of ``target`` only, when given); warnings name each ignored line."""
        results: list[TrialResult] = []
        warnings: list[str] = []
        foreign = 0
        if not self.path.exists():
            return Loaded(results, warnings)
        try:
            text = self.path.read_text(errors="replace")
        except OSError as e:
            return Loaded(results, [f"warning: could not read the tuning database {self.path}: {e.strerror}"])
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                result = _validate(json.loads(line))
            except ValueError as e:  # json.JSONDecodeError is a ValueError
                reason = "not JSON" if isinstance(e, json.JSONDecodeError) else str(e)
                warnings.append(f"warning: {self.path}:{number}: ignored a tuning record: {reason}")
                continue
            if target is not None and result.trial.workload.target != target:
                foreign += 1
                continue
            results.append(result)
        if foreign:
            warnings.append(
                f"warning: {self.path}: ignored {foreign} tuning record(s) of other targets "
                f"(this is {target})"
            )
        return Loaded(results, warnings)

    def export(self, dest: str | os.PathLike[str], target: str | None = None) -> tuple[int, list[str]]:
        """Write the trusted records (of ``target``) to a new database ``dest``; returns (count, warnings)."""
        loaded = self.load(target)
        out = Database(dest)
        if out.path.exists():
            out.path.unlink()
        out.add(loaded.results)
        return len(loaded.results), loaded.warnings

    def import_from(self, src: str | os.PathLike[str]) -> tuple[int, list[str]]:
        """Append the trusted records of the database ``src``; returns (count, warnings)."""
        loaded = Database(src).load()
        self.add(loaded.results)
        return len(loaded.results), loaded.warnings


def resolve_path(tuning_db: str | None) -> Path | None:
    """The database a compile reads: ``tuning_db``, else the default one if it exists; "" is none."""
    if tuning_db == "":
        return None
    if tuning_db is None:
        path = default_path()
        return path if path.exists() else None
    return Path(tuning_db)


def schedules_for(tuning_db: str | None, mcpu: str, threads: int) -> tuple[str, list[str]]:
    """The ``schedules`` option of a CPU compile (JSON {workload key: config}) and warnings."""
    path = resolve_path(tuning_db)
    if path is None:
        return "", []
    if not path.is_file():
        return "", [f"warning: the tuning database {path} does not exist: no tuned schedules used"]
    from mlc.compiler.tuning.space import cpu_target

    loaded = Database(path).load(cpu_target(mcpu, threads).name())
    best = {key: dict(r.trial.config) for key, r in sorted(loaded.best().items())}
    return (json.dumps(best, sort_keys=True) if best else ""), loaded.warnings
