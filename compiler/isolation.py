"""Keep crashes in the MLIR and torch-mlir libraries away from the caller's process.

Both libraries can abort (assertions are on) or segfault on inputs they do not
handle. One primitive, ``call``, runs a function in a child process and returns
its result; a crash, a hang past a timeout or an unexpected exception becomes an
``InternalCompilerError``, and one writer, ``Reproducer``, saves what replays it
(the input, the crash log, a ``reproduce.sh``).

Where to isolate is decided at the boundary, by policy, not by each module:
the command-line tools fork before touching MLIR (``fresh=False``); the Python
API (``mlc.compiler.compile_api``, ``optimize``, ``import_torch``) runs its work
in a child, forked when this process holds no MLIR or torch state and a fresh
interpreter otherwise (``fresh=None``); a frontend that uses torch-mlir always
imports in a fresh interpreter (``fresh=True``), because once loaded its LLVM copy
makes the MLIR JIT's code wrong in that process (``torch_mlir_loaded``).
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
from dataclasses import dataclass, field
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


def torch_mlir_loaded() -> bool:
    """Whether torch-mlir's LLVM is in this process (the MLIR JIT then produces wrong code)."""
    return "torch_mlir" in sys.modules


def _fork_is_safe() -> bool:
    """Whether forking this process is safe and enough: no MLIR, torch or torch-mlir loaded here."""
    return not any(m in sys.modules for m in ("mlir", "torch", "torch_mlir"))


Files = dict[str, str | bytes]


@dataclass
class Reproducer:
    """What a failure saves for reproduction, and the command that replays it.

    ``files`` (name -> content, or a function of the progress records giving them)
    are written to a fresh directory with the crash log; ``command(dir, records)``
    is the shell command that replays the failure on them (written to
    ``reproduce.sh``); ``where(records)`` names what was running (default: the
    last stage the child reported).
    """

    files: dict[str, str | bytes] | Callable[[list[dict]], dict[str, str | bytes]] = field(
        default_factory=dict
    )
    command: Callable[[Path, list[dict]], str | None] | None = None
    where: Callable[[list[dict]], str | None] | None = None

    def save(self, log: str | None = None, records: list[dict] | None = None) -> tuple[Path, str | None]:
        """Write the reproducer; returns its directory and the replay command (if any)."""
        records = records or []
        repro = new_repro_dir()
        files = self.files(records) if callable(self.files) else self.files
        for name, content in files.items():
            (repro / name).write_bytes(content if isinstance(content, bytes) else content.encode())
        if log is not None:
            (repro / "crash.log").write_text(log)
        cmd = self.command(repro, records) if self.command else None
        if cmd:
            (repro / "reproduce.sh").write_text(f"#!/bin/sh\n{cmd}\n")
        return repro, cmd

    def error(self, what: str, log: str, records: list[dict], stage: str) -> InternalCompilerError:
        """The ``InternalCompilerError`` of a crash (``what``) while running ``stage``, reproducer saved."""
        where = self.where(records) if self.where else None
        if where is None:
            last = records[-1].get("stage") if records else None
            where = f"the '{last}' stage" if last else stage
        repro, cmd = self.save(log, records)
        notes = [f"note: the input and the crash log were saved in {repro}"]
        if cmd:
            notes.append(f"note: reproduce with:\n  {cmd}")
        return InternalCompilerError(what, hint=f"while running {where}", reproducer="\n".join(notes))


def call(
    fn: Callable[..., Any],
    *args: Any,
    stage: str,
    repro: Reproducer | None = None,
    timeout: float | None = None,
    fresh: bool | None = None,
    echo_stderr: bool = False,
    limit_memory_: bool = False,
    show_progress: str | None = None,
    **kwargs: Any,
) -> Any:
    """Call ``fn(*args, **kwargs)`` in a child process and return its (pickled) result.

    ``fresh``: run in a new interpreter (``fn`` must then be a module-level function);
    False forks (``fn`` may be a closure); None chooses by policy (fork when this
    process holds no MLIR or torch state). An ``MlcError`` raised in the child is
    re-raised here; a crash, a hang past ``timeout`` or any other exception becomes
    an ``InternalCompilerError`` naming the last ``progress`` stage (else ``stage``),
    with ``repro`` saved. ``echo_stderr``: copy the child's stderr (without a crash
    banner) to this process's stderr, as the command-line tools do.
    ``limit_memory_``: cap the child's address space (``limit_memory``). ``show_progress``:
    a label; the stages a forked child reports (``progress``) are shown as a progress line on
    a terminal (``mlc.compiler.progress``), and nothing is drawn elsewhere.
    """
    if fresh is None:
        fresh = not _fork_is_safe()
    sys.stdout.flush()
    sys.stderr.flush()
    with tempfile.TemporaryDirectory(prefix="mlc-call-") as tmp:
        res, errlog, prog = Path(tmp, "result.pkl"), Path(tmp, "stderr.log"), Path(tmp, "progress.jsonl")
        if fresh:
            req = Path(tmp, "request.pkl")
            req.write_bytes(pickle.dumps((f"{fn.__module__}:{fn.__qualname__}", args, kwargs)))
            cmd = [sys.executable, "-m", "mlc.compiler.isolation", str(req), str(res), str(prog)]
            cmd += ["--limit-memory"] if limit_memory_ else []
            with open(errlog, "wb") as err:
                proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
                status = _wait(proc.pid, timeout)
                proc.returncode = -9 if status is None else os.waitstatus_to_exitcode(status)  # reaped
        else:
            pid = os.fork()
            if pid == 0:  # child
                code = 1
                try:
                    fd = os.open(errlog, os.O_WRONLY | os.O_CREAT, 0o600)
                    os.dup2(fd, 2)
                    code = _child_work(fn, args, kwargs, res, prog, limit_memory_)
                finally:
                    sys.stdout.flush()
                    sys.stderr.flush()
                    os._exit(code)
            if show_progress is not None and timeout is None:
                prog.touch()
                try:
                    status = _wait_showing(pid, str(prog), show_progress)
                except BaseException:
                    with contextlib.suppress(ProcessLookupError, ChildProcessError):
                        os.kill(pid, signal.SIGKILL)
                        os.waitpid(pid, 0)
                    raise
            else:
                status = _wait(pid, timeout)
        log = errlog.read_text(errors="replace") if errlog.exists() else ""
        records = [json.loads(x) for x in prog.read_text().splitlines() if x.strip()] if prog.exists() else []
        ordinary, banner = split_crash_log(log)
        if echo_stderr:
            sys.stderr.write(ordinary)
        details = None
        if status is not None and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 and res.exists():
            ok, value = pickle.loads(res.read_bytes())
            if ok:
                return value
            if isinstance(value, MlcError):
                raise value
            log, details = log + value, value
            what = (value.strip().splitlines() or ["the worker failed"])[-1]
        elif status is None:
            what = f"timed out after {timeout:g} s"
        elif os.WIFSIGNALED(status):
            what = crash_summary(banner, os.WTERMSIG(status))
        else:
            what = (log.strip().splitlines() or ["the worker failed"])[-1]
        err = (repro or Reproducer()).error(what, log, records, stage)
        err.details = details
        raise err


def _child_work(
    fn: Callable[..., Any], args: tuple, kwargs: dict, res: Path, prog: Path, memory: bool
) -> int:
    """The child's side of ``call``: run ``fn`` and pickle the outcome to ``res``; returns the exit code."""
    global _progress_path
    _progress_path = str(prog)
    if memory:
        limit_memory()
    try:
        payload: tuple[bool, Any] = (True, fn(*args, **kwargs))
    except SystemExit as e:
        payload = (True, e.code if isinstance(e.code, int) else 1)
    except MlcError as e:
        payload = (False, e)
    except Exception:
        payload = (False, traceback.format_exc())
    res.write_bytes(pickle.dumps(payload))
    return 0


def _child_main(argv: list[str]) -> int:
    request, result, progress_file = argv[:3]
    name, args, kwargs = pickle.loads(Path(request).read_bytes())
    module, _, qual = name.partition(":")
    fn: Any = importlib.import_module(module)
    for part in qual.split("."):
        fn = getattr(fn, part)
    return _child_work(fn, args, kwargs, Path(result), Path(progress_file), "--limit-memory" in argv)


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
