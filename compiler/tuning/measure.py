"""Measuring trials for real: compile one kernel with the trial's schedule, check it, time it.

``measure_trial`` is a module-level function on plain data, so it pickles to a
worker process or a Ray worker: it compiles a module holding only the
workload's GEMM (a ``linalg.matmul``, a ``linalg.batch_matmul``, or a 1x1
convolution for a GEMM whose A operand is shared by the batch, as a
convolution's weights are) through the product's CPU pipeline with the trial's
config as its tuned schedule, runs it once against numpy, and times it with
``mlc.runtime.timing`` (the median of repeated runs). Every failure becomes a
status of the ``TrialResult``, never an exception.

``LocalRunner`` measures trials one after the other in a worker process of its
own (or in this process): a worker that dies or hangs is replaced and its trial
recorded as ``worker_lost`` or ``timeout``, so no trial is ever dropped.
"""

from __future__ import annotations

import concurrent.futures as cf
import json
import multiprocessing
from collections.abc import Sequence

from mlc.compiler.tuning.trial import Trial, TrialResult, Workload

MIN_SECONDS = 0.2  # time each trial for about this long
MAX_REPEAT = 25
MIN_REPEAT = 3
RTOL = 1e-3  # of a result against numpy (f32 sums of up to a few thousand terms)


def _t(shape: Sequence[int]) -> str:
    return f"tensor<{'x'.join(map(str, shape))}xf32>"


def operand_shapes(workload: Workload) -> tuple[list[int], list[int], list[int], str]:
    """The A, B and C shapes of the kernel that measures ``workload``, and the op computing it."""
    s = workload.shape
    m, n, k = s["m"], s["n"], s["k"]
    if workload.kind == "gemm":
        return [m, k], [k, n], [m, n], "linalg.matmul"
    b = s["batch"]
    if workload.kind == "batch_gemm":
        return [b, m, k], [b, k, n], [b, m, n], "linalg.batch_matmul"
    # C[b, m, n] = A[m, k] B[b, k, n] is a 1x1 convolution: input B as [b, k, n, 1], filter A [m, k, 1, 1]
    return [m, k, 1, 1], [b, k, n, 1], [b, m, n, 1], "linalg.conv_2d_nchw_fchw"


def kernel_text(workload: Workload) -> str:
    """A module whose entry ``main(a, b)`` computes only ``workload``'s GEMM."""
    a, b, c, op = operand_shapes(workload)
    if op == "linalg.conv_2d_nchw_fchw":
        ins = f"ins(%b, %a : {_t(b)}, {_t(a)})"
        attrs = " {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>}"
    else:
        ins, attrs = f"ins(%a, %b : {_t(a)}, {_t(b)})", ""
    return (
        f"func.func @main(%a: {_t(a)}, %b: {_t(b)}) -> {_t(c)} {{\n"
        "  %zero = arith.constant 0.0 : f32\n"
        f"  %e = tensor.empty() : {_t(c)}\n"
        f"  %c = linalg.fill ins(%zero : f32) outs(%e : {_t(c)}) -> {_t(c)}\n"
        f"  %r = {op}{attrs} {ins} outs(%c : {_t(c)}) -> {_t(c)}\n"
        f"  return %r : {_t(c)}\n"
        "}\n"
    )


def _reference(workload: Workload, a, b):
    import numpy as np

    if operand_shapes(workload)[3] == "linalg.conv_2d_nchw_fchw":
        return np.einsum("mk,bkn->bmn", a[:, :, 0, 0], b[..., 0])[..., None]
    return np.matmul(a, b)


def _compile_options(workload: Workload, config: dict) -> dict:
    from mlc.compiler.tuning.space import CpuTarget, cpu_target

    target = CpuTarget.parse(workload.target)
    host = cpu_target("native", target.threads)
    if host.cpu != target.cpu or host.vector_bits != target.vector_bits:
        raise ValueError(f"the trial is for {workload.target}, this machine is {host.name()}")
    schedules = json.dumps({workload.key(): config}) if config else ""
    return {"threads": target.threads, "schedules": schedules, "tuning_db": ""}


def build_kernel(trial: Trial):
    """The loaded executable of ``trial``'s kernel with its schedule (empty config: the default one)."""
    from mlc.compiler import compile_api

    options = _compile_options(trial.workload, dict(trial.config))
    out = compile_api.build(kernel_text(trial.workload), "cpu", cache=False, isolate=False, **options)
    return compile_api.load("cpu", out.artifact)


def measure_trial(trial: Trial) -> TrialResult:
    """Compile, check and time ``trial`` (in this process); every failure is a status."""
    import numpy as np

    from mlc.compiler.errors import MlcError
    from mlc.compiler.tuning.space import check
    from mlc.runtime.timing import samples

    if trial.config:
        reason = check(trial.workload, trial.config)
        if reason is not None:
            return TrialResult(trial, "invalid", error=reason)
    try:
        fn = build_kernel(trial)
    except ValueError as e:
        return TrialResult(trial, "invalid", error=str(e))
    except MlcError as e:
        return TrialResult(trial, "compile_error", error=str(e))
    except Exception as e:  # a compiler bug on one schedule fails that trial, not the tuning run
        return TrialResult(trial, "compile_error", error=f"{type(e).__name__}: {e}")
    a_shape, b_shape, _, _ = operand_shapes(trial.workload)
    rng = np.random.default_rng(0)
    a = rng.standard_normal(a_shape, dtype=np.float32)
    b = rng.standard_normal(b_shape, dtype=np.float32)
    try:
        first = samples(lambda: fn(a, b), 1, warmup=0)[0]
        out = fn(a, b)
        want = _reference(trial.workload, a, b)
        scale = float(np.abs(want).max()) or 1.0
        if out.shape != want.shape or not np.allclose(out, want, rtol=RTOL, atol=RTOL * scale):
            return TrialResult(trial, "run_error", error="wrong result against numpy")
        repeat = int(min(MAX_REPEAT, max(MIN_REPEAT, MIN_SECONDS / max(first, 1e-9))))
        times = samples(lambda: fn(a, b), repeat, warmup=1)
    except Exception as e:  # a kernel's failure is the trial's result, whatever it raised
        return TrialResult(trial, "run_error", error=f"{type(e).__name__}: {e}")
    times.sort()
    return TrialResult(trial, "ok", seconds=times[len(times) // 2], samples=tuple(times))


class LocalRunner:
    """Measures trials in order, in one worker process (``isolate``) or in this one.

    ``timeout``: seconds one trial may take (a worker past it is killed: ``timeout``).
    """

    def __init__(self, isolate: bool = True, timeout: float = 120.0):
        self.isolate = isolate
        self.timeout = timeout
        self._pool: cf.ProcessPoolExecutor | None = None

    def _executor(self) -> cf.ProcessPoolExecutor:
        if self._pool is None:
            # A fresh interpreter: forking a process that holds MLIR state is not safe.
            self._pool = cf.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        return self._pool

    def _discard(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:  # the executor has no public way to kill a hung worker before 3.14
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.kill()
            pool.shutdown(wait=False, cancel_futures=True)

    def measure(self, trials: Sequence[Trial]) -> list[TrialResult]:
        if not self.isolate:
            return [measure_trial(t) for t in trials]
        return [self._one(t) for t in trials]

    def _one(self, trial: Trial) -> TrialResult:
        for _ in range(2):  # a lost worker is retried once, in a new one
            future = self._executor().submit(measure_trial, trial)
            try:
                return future.result(timeout=self.timeout)
            except cf.TimeoutError:
                self._discard()
                return TrialResult(trial, "timeout", error=f"ran past {self.timeout:g} s")
            except cf.process.BrokenProcessPool:
                self._discard()
        return TrialResult(trial, "worker_lost", error="the measuring process died twice")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def __enter__(self) -> LocalRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
