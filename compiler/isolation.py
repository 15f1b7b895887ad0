"""Keep crashes in the MLIR and torch-mlir libraries away from the caller's process.

Both libraries can abort (assertions are on) or segfault on inputs they do not
handle. Two guards turn such a crash into an ``InternalCompilerError`` with the
input saved for reproduction:

* ``run_forked`` (command-line tools): the tool forks before touching MLIR; the
  child does the work, the parent reports a crash if the child dies by a signal.
* ``call_in_subprocess`` (Python API): a function is run in a fresh interpreter
  with pickled arguments and result, so no library state is shared with the caller.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import pickle
import re
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mlc.compiler.errors import InternalCompilerError, MlcError

_CRASH_MARKERS = (
    "LLVM ERROR",
    "Assertion `",
    "PLEASE submit a bug report",
    "Stack dump:",
    "Segmentation fault",
)
_ASSERT_RE = re.compile(r"([\w.+-]+\.(?:cpp|h|hpp|inc):\d+):.*Assertion `(.*)' failed")
_progress_path: str | None = None


def new_repro_dir() -> Path:
    """A fresh directory for a reproducer (under ``$MLC_REPRO_DIR`` if set)."""
    base = os.environ.get("MLC_REPRO_DIR") or tempfile.gettempdir()
    Path(base).mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="mlc-repro-", dir=base))


def progress(**info: Any) -> None:
    """Record what the forked child is doing, so a crash report can name it."""
    if _progress_path:
        with open(_progress_path, "a") as f:
            f.write(json.dumps(info) + "\n")


def split_crash_log(text: str) -> tuple[str, str]:
    """Split child stderr into (ordinary output, crash banner from the first crash line on)."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if any(m in line for m in _CRASH_MARKERS):
            return "".join(lines[:i]), "".join(lines[i:])
    return text, ""


def crash_summary(banner: str, sig: int | None) -> str:
    """One line naming what killed the process."""
    for line in banner.splitlines():
        line = line.strip()
        if line.startswith("LLVM ERROR"):
            return line
        if m := _ASSERT_RE.search(line):
            return f"assertion failed in {m.group(1)}: {m.group(2)}"
    name = signal.Signals(sig).name if sig else "an unknown signal"
    return f"the process was killed by {name}"


def run_forked(
    work: Callable[[], int],
    report: Callable[[str, list[dict]], InternalCompilerError],
    tool: str,
    debug: bool = False,
    show_progress: str | None = None,
) -> int:
    """Run ``work`` in a forked child and return its exit code.

    ``show_progress``: a label; the stages the child reports (``progress``) are then shown as a
    progress line on a terminal (``mlc.compiler.progress``), and nothing is drawn elsewhere.

    If the child dies by a signal, ``report(crash_log, progress_records)`` builds
    the ``InternalCompilerError`` that is printed; the exit code is then 1. An
    unexpected Python exception in ``work`` is an internal compiler error too;
    its traceback is printed only when ``debug`` is set.
    """
    global _progress_path
    sys.stdout.flush()
    sys.stderr.flush()
    with tempfile.TemporaryFile("w+b") as errlog, tempfile.NamedTemporaryFile("r", suffix=".jsonl") as prog:
        pid = os.fork()
        if pid == 0:  # child
            os.dup2(errlog.fileno(), 2)
            _progress_path = prog.name
            code = 1
            try:
                code = work()
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else 1
            except BaseException as e:
                print(f"{tool}: internal compiler error: {type(e).__name__}: {e}", file=sys.stderr)
                if debug:
                    traceback.print_exc()
                else:
                    print(f"{tool}: note: rerun with --debug for the Python traceback", file=sys.stderr)
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        try:
            status = _wait_showing(pid, prog.name, show_progress)
        except KeyboardInterrupt:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise
        errlog.seek(0)
        log = errlog.read().decode("utf-8", "replace")
        if not os.WIFSIGNALED(status):
            sys.stderr.write(log)
            return os.WEXITSTATUS(status)
        ordinary, banner = split_crash_log(log)
        sys.stderr.write(ordinary)
        records = [json.loads(x) for x in Path(prog.name).read_text().splitlines() if x.strip()]
        err = report(log, records)
        if not err.message:
            err.message = crash_summary(banner, os.WTERMSIG(status))
        print(f"{tool}: {err}", file=sys.stderr)
        return 1


def _wait_showing(pid: int, progress_file: str, label: str | None) -> int:
    """Wait for the child ``pid``; with ``label``, show the stages it records in ``progress_file``."""
    from mlc.compiler.progress import Progress, enabled

    if label is None or not enabled():
        return os.waitpid(pid, 0)[1]
    pending = ""
    with Progress(label) as bar, open(progress_file) as records:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            pending += records.read()
            *lines, pending = pending.split("\n")  # a line is complete once its newline is written
            for line in lines:
                with contextlib.suppress(json.JSONDecodeError, AttributeError):
                    if stage := json.loads(line).get("stage"):
                        bar.update(str(stage))
            if done:
                return status
            time.sleep(0.1)


def limit_memory() -> None:
    """Cap this process's address space at ``$MLC_MEMORY_LIMIT_GB`` (default 8 GiB).

    A lowering that explodes (e.g. fully unrolled vectors) then fails with an
    out-of-memory crash in its own child instead of exhausting the machine.
    """
    import resource

    gib = float(os.environ.get("MLC_MEMORY_LIMIT_GB", "8"))
    if gib > 0:
        limit = int(gib * 2**30)
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit if hard == resource.RLIM_INFINITY else hard))


def call_forked(
    fn: Callable[..., Any],
    *args: Any,
    stage: str,
    repro_files: dict[str, str | bytes] | None = None,
    timeout: float | None = None,
) -> Any:
    """Call ``fn(*args)`` in a forked child and return its (pickled) result.

    Cheaper than ``call_in_subprocess`` (no new interpreter, ``fn`` may be a
    closure) and meant for processes mlc controls, such as the CLI drivers and
    the conformance worker. An ``MlcError`` raised in the child is re-raised
    here; a crash, a hang past ``timeout`` or any other exception becomes an
    ``InternalCompilerError`` naming the last ``progress`` stage (else ``stage``).
    """
    global _progress_path
    sys.stdout.flush()
    sys.stderr.flush()
    with tempfile.TemporaryDirectory(prefix="mlc-fork-") as tmp:
        res, errlog, prog = Path(tmp, "result.pkl"), Path(tmp, "stderr.log"), Path(tmp, "progress.jsonl")
        pid = os.fork()
        if pid == 0:  # child
            code = 1
            try:
                limit_memory()
                fd = os.open(errlog, os.O_WRONLY | os.O_CREAT, 0o600)
                os.dup2(fd, 2)
                _progress_path = str(prog)
                try:
                    payload = (True, fn(*args))
                except MlcError as e:
                    payload = (False, e)
                except Exception:
                    payload = (False, traceback.format_exc())
                res.write_bytes(pickle.dumps(payload))
                code = 0
            finally:
                sys.stderr.flush()
                os._exit(code)
        status = _wait(pid, timeout)
        log = errlog.read_text(errors="replace") if errlog.exists() else ""
        records = [json.loads(x) for x in prog.read_text().splitlines() if x.strip()] if prog.exists() else []
        where = records[-1].get("stage", stage) if records else stage
        if status is not None and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 and res.exists():
            ok, value = pickle.loads(res.read_bytes())
            if ok:
                return value
            if isinstance(value, MlcError):
                raise value
            log += value
            what = (value.strip().splitlines() or ["the worker failed"])[-1]
        elif status is None:
            what = f"timed out after {timeout:g} s"
        elif os.WIFSIGNALED(status):
            what = crash_summary(split_crash_log(log)[1], os.WTERMSIG(status))
        else:
            what = (log.strip().splitlines() or ["the worker failed"])[-1]
        repro = new_repro_dir()
        for name, content in (repro_files or {}).items():
            (repro / name).write_bytes(content if isinstance(content, bytes) else content.encode())
        (repro / "crash.log").write_text(log)
        raise InternalCompilerError(
            f"in {where}: {what}", reproducer=f"note: the input and the crash log were saved in {repro}"
        )


def _wait(pid: int, timeout: float | None) -> int | None:
    """Wait for ``pid``; kill it and return None after ``timeout`` seconds."""
    import time

    deadline = None if timeout is None else time.monotonic() + timeout
    try:
        while True:
            done, status = os.waitpid(pid, 0 if deadline is None else os.WNOHANG)
            if done:
                return status
            if deadline is not None and time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return None
            time.sleep(0.005)
    except BaseException:
        with contextlib.suppress(ProcessLookupError, ChildProcessError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        raise


def _qualified(fn: Callable) -> str:
    return f"{fn.__module__}:{fn.__qualname__}"


def call_in_subprocess(
    fn: Callable[..., Any],
    *args: Any,
    stage: str,
    repro_files: dict[str, str | bytes] | None = None,
    timeout: float | None = None,
    **kwargs: Any,
) -> Any:
    """Call module-level ``fn(*args, **kwargs)`` in a fresh Python process and return its result.

    An ``MlcError`` raised there is re-raised here. A crash, a hang past
    ``timeout`` or any other exception becomes an ``InternalCompilerError``
    naming ``stage``, with ``repro_files`` and the child's log saved.
    """
    with tempfile.TemporaryDirectory(prefix="mlc-call-") as tmp:
        req, res = Path(tmp, "request.pkl"), Path(tmp, "result.pkl")
        req.write_bytes(pickle.dumps((_qualified(fn), args, kwargs)))
        cmd = [sys.executable, "-m", "mlc.compiler.isolation", str(req), str(res)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
            log, code = proc.stdout + proc.stderr, proc.returncode
        except subprocess.TimeoutExpired as e:
            log, code = f"{e.stdout or ''}{e.stderr or ''}", None
        if code == 0 and res.exists():
            ok, value = pickle.loads(res.read_bytes())
            if ok:
                return value
            if isinstance(value, MlcError):
                raise value
            log += value if isinstance(value, str) else repr(value)
        repro = new_repro_dir()
        for name, content in (repro_files or {}).items():
            (repro / name).write_bytes(content if isinstance(content, bytes) else content.encode())
        (repro / "crash.log").write_text(log)
        if code is None:
            what = f"timed out after {timeout:g} s"
        elif code < 0:
            what = crash_summary(split_crash_log(log)[1], -code)
        else:
            what = (log.strip().splitlines() or ["the worker failed"])[-1]
        raise InternalCompilerError(
            f"in {stage}: {what}",
            reproducer=f"note: the input and the crash log were saved in {repro}",
        )


def _child_main(request: str, result: str) -> int:
    name, args, kwargs = pickle.loads(Path(request).read_bytes())
    module, _, qual = name.partition(":")
    fn: Any = importlib.import_module(module)
    for part in qual.split("."):
        fn = getattr(fn, part)
    try:
        payload = (True, fn(*args, **kwargs))
    except MlcError as e:
        payload = (False, e)
    except Exception:
        payload = (False, traceback.format_exc())
    Path(result).write_bytes(pickle.dumps(payload))
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1], sys.argv[2]))
