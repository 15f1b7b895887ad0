"""Measurement on a Ray cluster (``mlc-tune --ray ADDRESS``): a ``Runner`` whose trials run as Ray tasks.

Each trial is one task that calls the measure function (by default
``mlc.compiler.tuning.measure.measure_trial``: compile and time one kernel) on a
worker; trials and results travel as their JSON. No trial is dropped: a task
whose worker dies is retried by Ray up to ``retries`` times, and a trial that
still has no result is recorded as ``worker_lost``. A measure function that
raises gives a ``run_error`` result with the exception's text.

Ray is an optional extra (``pip install mlc[ray]``) and is imported only here.
"""

from __future__ import annotations

import importlib
import socket
import sys
import sysconfig
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mlc.compiler.errors import InputError, MissingExtra
from mlc.compiler.tuning.trial import Trial, TrialResult

Measure = Callable[[Trial], TrialResult]
DEFAULT_PORTS = {"": 6379, "ray://": 10001}  # the head's GCS port; the Ray Client server's


def _import_ray():
    try:
        import ray
    except ImportError as e:
        raise MissingExtra(
            "measuring on Ray needs ray, which is not installed",
            hint="pip install mlc[ray]",
        ) from e
    return ray


def _default_measure() -> Measure:
    from mlc.compiler.tuning.measure import measure_trial

    return measure_trial


def check_reachable(address: str, timeout: float) -> None:
    """An ``InputError`` at once when nothing listens at ``address`` (Ray itself retries for minutes)."""
    scheme = "ray://" if address.startswith("ray://") else ""
    hostport = address.removeprefix(scheme)
    host, _, port = hostport.rpartition(":") if ":" in hostport else (hostport, "", "")
    try:
        number = int(port) if port else DEFAULT_PORTS[scheme]
    except ValueError:
        hint = "use HOST:PORT, ray://HOST:PORT or auto"
        raise InputError(f"bad Ray address '{address}'", hint=hint) from None
    try:
        socket.create_connection((host, number), timeout=timeout).close()
    except OSError as e:
        raise InputError(
            f"cannot reach the Ray cluster at {address}: {e}",
            hint="check the address, or start a cluster with 'ray start --head'",
        ) from None


def _run(measure: Measure, trial: dict[str, Any]) -> dict[str, Any]:
    """The Ray task: one trial in, one result out, as JSON."""
    return measure(Trial.from_json(trial)).to_json()


def _send_by_value(fn: Callable) -> None:
    """Pickle the module of ``fn`` (or of the function a ``functools.partial`` wraps) with it.

    Workers import mlc and installed packages themselves; a script's or a test's own
    module is not on their path, so it travels by value.
    """
    module = sys.modules.get(getattr(getattr(fn, "func", fn), "__module__", None) or "")
    path = getattr(module, "__file__", None)
    installed = [sysconfig.get_path("stdlib"), sysconfig.get_path("purelib"), sysconfig.get_path("platlib")]
    if module is None or path is None or module.__name__.split(".")[0] in ("mlc", "__main__"):
        return
    if not any(Path(path).is_relative_to(p) for p in installed):
        importlib.import_module("ray.cloudpickle").register_pickle_by_value(module)


class RayRunner:
    """A ``Runner`` on Ray: a local cluster (``address=None``) or an existing one.

    ``address`` is ``HOST:PORT`` (a head node), ``ray://HOST:PORT`` (Ray Client) or
    ``auto``. ``retries`` is how often a trial whose worker died is run again.
    ``cpus_per_trial`` is what Ray reserves per task: the whole node's count makes
    each node time one kernel at a time. The runner connects when created and
    disconnects on ``close`` (or at the end of a ``with`` block) if it connected.
    """

    def __init__(
        self,
        address: str | None,
        *,
        measure: Measure | None = None,
        retries: int = 2,
        num_cpus: int | None = None,
        cpus_per_trial: float = 1,
        connect_timeout: float = 10.0,
    ) -> None:
        if retries < 0:
            raise InputError(f"retries must be at least 0 (got {retries})")
        self._ray = ray = _import_ray()
        self._measure = measure or _default_measure()
        self.address = address
        self._connected = False
        if address not in (None, "auto"):
            check_reachable(address, connect_timeout)
        if not ray.is_initialized():
            try:
                ray.init(
                    address=address,
                    num_cpus=num_cpus if address is None else None,
                    include_dashboard=False,
                    log_to_driver=False,
                    configure_logging=False,
                )
            except (ConnectionError, RuntimeError) as e:
                raise InputError(f"cannot connect to the Ray cluster at {address}: {e}") from None
            self._connected = True
        _send_by_value(self._measure)
        self._measure_ref = ray.put(self._measure)
        self._task = ray.remote(num_cpus=cpus_per_trial, max_retries=retries, retry_exceptions=False)(_run)

    def measure(self, trials: Sequence[Trial]) -> list[TrialResult]:
        """One result per trial, in order; all trials run concurrently as the cluster allows."""
        ray = self._ray
        refs = [self._task.remote(self._measure_ref, t.to_json()) for t in trials]
        results: list[TrialResult] = []
        try:
            for trial, ref in zip(trials, refs, strict=True):
                results.append(self._collect(trial, ref))
        finally:
            for ref in refs[len(results) :]:
                ray.cancel(ref, force=True)
        return results

    def _collect(self, trial: Trial, ref: Any) -> TrialResult:
        exc = self._ray.exceptions
        lost = (exc.WorkerCrashedError, exc.NodeDiedError, exc.ObjectLostError, exc.OwnerDiedError)
        try:
            return TrialResult.from_json(self._ray.get(ref))
        except lost as e:
            return TrialResult(trial, "worker_lost", error=f"{type(e).__name__}: {e}".strip())
        except exc.RayTaskError as e:
            cause = e.cause if e.cause is not None else e
            return TrialResult(trial, "run_error", error=f"{type(cause).__name__}: {cause}")

    def close(self) -> None:
        """Disconnect from the cluster (and stop it, if it was started here)."""
        if self._connected:
            self._ray.shutdown()
            self._connected = False

    def __enter__(self) -> RayRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
