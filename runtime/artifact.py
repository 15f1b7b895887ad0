"""The compiled-model artifact: one self-describing file (a zip archive).

Layout::

    manifest.json         what to launch, in which order, with which buffers (below)
    kernels/<name>.ptx    PTX of each kernel, loadable with cuModuleLoadData
    weights.bin           every constant, concatenated at aligned offsets
    reference.npz         optional: CPU reference outputs for the check inputs
    stages/map.mlir       optional: the IR of the ``map`` stage, for ``mlc-run --emulate``

The manifest names the target (``cuda``, ``sm_90``), the inputs and outputs with
dtypes and shapes, every buffer (input, weight, intermediate, output), the
kernels with their register/spill/shared-memory usage from ``ptxas``, the steps
(kernel launches with grid, block, dynamic shared memory and one entry per
kernel parameter; device-to-device copies) and the buffer plan (arena offsets of
intermediates, peak against the naive sum).

Kernel ABI: every memref parameter is one pointer (``use-bare-ptr-memref-call-conv``):
the base address of the buffer it views plus ``byte_offset``; the view's static
offset and strides are compiled into the kernel. Scalar parameters carry their
value in the manifest. Every pointer is ``BUFFER_ALIGNMENT``-byte aligned: kernels
use 128-bit vector accesses where their addresses are multiples of 16 bytes from
the buffer's base.

CPU artifacts (``mlc.runtime.cpu.artifact``) use the same container and
manifest conventions with ``target.kind == "cpu"``; ``read`` opens either kind.

Integrity: the manifest records the format ``version``, the ``mlc_version`` that
wrote it and ``members``, the size and sha256 of every other member of the
archive (``seal``). Reading verifies all of them (``read_members``) before
anything is handed on, so a truncated, damaged or modified member, a member the
manifest does not list, or an artifact of another format version is a clear
``InputError`` before any native code or PTX is loaded. The checksums catch
damage and accidental mixing, not an attacker, who can rewrite the manifest as
well: an artifact is native code and must come from a trusted source.

This module is the contract between the compiler, which writes artifacts, and
the runtime, which reads them. It needs only the standard library and numpy, so
artifacts can be read on a machine without MLIR.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mlc import __version__ as MLC_VERSION
from mlc.compiler.errors import InputError
from mlc.runtime.dtypes import bits_dtype, itemsize, numpy_dtype

FORMAT = "mlc-artifact"
BUFFER_ALIGNMENT = 16  # bytes; the alignment every kernel's buffer arguments must have
VERSION = 3  # 2: the manifest seals every member with its sha256 (``seal``); 3: CPU weights blob
MANIFEST = "manifest.json"
WEIGHTS = "weights.bin"
REFERENCE = "reference.npz"
MAP_IR = "stages/map.mlir"
# What a damaged archive raises while it is read (zipfile's seeks give EINVAL on a corrupt
# directory, an encrypted member a RuntimeError: found by fuzzing the reader with atheris).
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError)


def check_inputs(specs: tuple[TensorSpec, ...] | list[TensorSpec], seed: int) -> list[np.ndarray]:
    """The inputs of a check run: uniform in [-1, 1) for floats, 0 or 1 for integers, from ``seed``.

    The compiler and the runtime both call this, so a reference computed at compile
    time can be checked against a run elsewhere without shipping the inputs.
    """
    rng = np.random.default_rng(seed)
    out = []
    for spec in specs:
        if spec.dtype.startswith(("float", "bfloat")):
            values = rng.uniform(-1.0, 1.0, spec.shape)
            if spec.dtype == "bfloat16":  # rounded once from float32, held as its bits
                out.append(
                    values.astype(np.float32).astype(numpy_dtype(spec.dtype)).view(bits_dtype(spec.dtype))
                )
            else:
                out.append(values.astype(spec.dtype))
        else:
            out.append(rng.integers(0, 2, spec.shape).astype(spec.dtype))
    return out


TRUST_HINT = (
    "an artifact holds native code: recompile it, or get it again from the trusted source it came from"
)


def _digest(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


def seal(manifest: dict, members: dict[str, bytes]) -> dict:
    """``manifest`` with the format, the writing mlc version and every member's size and sha256."""
    return {
        **manifest,
        "format": FORMAT,
        "version": VERSION,
        "mlc_version": MLC_VERSION,
        "members": {n: {"bytes": len(b), "sha256": _digest(b)} for n, b in sorted(members.items())},
    }


def write_archive(path: str | Path, manifest: dict, members: dict[str, tuple[bytes, int]]) -> None:
    """Write ``manifest.json`` (sealed over ``members``) and the members, each ``(bytes, compression)``."""
    sealed = seal(manifest, {n: b for n, (b, _) in members.items()})
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(MANIFEST, json.dumps(sealed, indent=1), zipfile.ZIP_DEFLATED)
        for name, (blob, compression) in sorted(members.items()):
            z.writestr(name, blob, compression)


MAX_BYTES = 2**63 - 1  # no buffer of more bytes can be addressed (sizes are signed 64-bit)


def check_size(shape: Any, item_bytes: int, what: str) -> int:
    """The byte size of ``shape`` (its static dimensions); ``ValueError`` for a negative dimension
    other than -1 (dynamic) or a size that does not fit in a signed 64-bit integer."""
    if not isinstance(shape, (list, tuple)) or not all(isinstance(d, int) for d in shape):
        raise ValueError(f"{what}: bad shape {shape!r}")
    total = item_bytes
    for d in shape:  # -1: a dimension given at run time (the arrays of functions from C)
        if d < -1:
            raise ValueError(f"{what}: negative dimension in {list(shape)}")
        total *= max(d, 1)
    if total > MAX_BYTES:
        raise ValueError(f"{what}: shape {list(shape)} needs {total} bytes, more than 2^63")
    return total


def _itemsize_or_8(dtype: str) -> int:
    try:
        return itemsize(dtype)
    except (KeyError, ValueError, TypeError):
        return 8  # an unknown type is reported where it is used; size it as the widest


def check_format(data: Any, path: str | Path) -> None:
    """Raise ``InputError`` unless ``data`` is a manifest of this format version."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f"'{path}': not an mlc artifact manifest (missing 'format': '{FORMAT}')")
    if data.get("version") != VERSION:
        by = f", written by mlc {data['mlc_version']}," if isinstance(data.get("mlc_version"), str) else ""
        raise InputError(
            f"'{path}': mlc artifact version {data.get('version')}{by} is not supported "
            f"(this runtime, mlc {MLC_VERSION}, reads version {VERSION})",
            hint="recompile the model with this version of mlc-compile",
        )


def read_members(z: zipfile.ZipFile, data: dict, path: str | Path) -> dict[str, bytes]:
    """Every member the manifest ``data`` lists, each checked against its recorded size and sha256.

    Raises ``InputError`` for a member that is missing, unlisted, truncated or modified.
    """
    listed = data.get("members")
    if not isinstance(listed, dict) or not all(
        isinstance(r, dict) and isinstance(r.get("sha256"), str) and isinstance(r.get("bytes"), int)
        for r in listed.values()
    ):
        raise InputError(f"'{path}': the manifest has no valid member checksums ('members')", hint=TRUST_HINT)
    present = set(z.namelist()) - {MANIFEST}
    unlisted = sorted(present - set(listed))
    if unlisted:
        raise InputError(
            f"'{path}': member {unlisted[0]} is not listed in the manifest (a foreign or modified artifact)",
            hint=TRUST_HINT,
        )
    out = {}
    for name, record in sorted(listed.items()):
        if name not in present:
            raise InputError(f"'{path}': {name} is missing from the archive", hint=TRUST_HINT)
        if z.getinfo(name).file_size != record["bytes"]:
            raise InputError(
                f"'{path}': member {name} holds {z.getinfo(name).file_size} bytes, "
                f"the manifest recorded {record['bytes']} (truncated or modified)",
                hint=TRUST_HINT,
            )
        blob = z.read(name)
        if _digest(blob) != record["sha256"]:
            raise InputError(
                f"'{path}': member {name} does not match its sha256 in the manifest (damaged or modified)",
                hint=TRUST_HINT,
            )
        out[name] = blob
    return out


@dataclass(frozen=True)
class BufferPlan:
    """Arena offsets of intermediates, and what reusing memory saved (``mlc.compiler.buffer_plan``
    computes it)."""

    offsets: dict[int, int]
    arena_bytes: int
    naive_bytes: int  # every intermediate in its own allocation
    peak_live_bytes: int  # the most bytes live at one step: no plan can do better
    alignment: int

    def to_json(self) -> dict:
        return {
            "offsets": {str(k): v for k, v in sorted(self.offsets.items())},
            "arena_bytes": self.arena_bytes,
            "naive_bytes": self.naive_bytes,
            "peak_live_bytes": self.peak_live_bytes,
            "alignment": self.alignment,
        }

    @classmethod
    def from_json(cls, data: dict) -> BufferPlan:
        return cls(
            offsets={int(k): int(v) for k, v in data["offsets"].items()},
            arena_bytes=int(data["arena_bytes"]),
            naive_bytes=int(data["naive_bytes"]),
            peak_live_bytes=int(data["peak_live_bytes"]),
            alignment=int(data["alignment"]),
        )


@dataclass(frozen=True)
class TensorSpec:
    """A model input: name, dtype and static shape."""

    name: str
    dtype: str
    shape: tuple[int, ...]


@dataclass(frozen=True)
class OutputSpec:
    """A model output: a view (element offset and strides) of buffer ``buffer``."""

    name: str
    dtype: str
    shape: tuple[int, ...]
    buffer: int
    offset: int
    strides: tuple[int, ...]


@dataclass(frozen=True)
class BufferSpec:
    """One device buffer.

    ``kind`` is ``input`` (``index`` = input position, the caller's memory),
    ``weight`` (``offset`` into weights.bin, uploaded once), ``intermediate``
    (``offset`` into the arena, from the buffer plan) or ``output`` (``index`` =
    output position, allocated per run and handed to the caller).
    """

    id: int
    kind: str
    dtype: str
    shape: tuple[int, ...]
    nbytes: int
    name: str
    index: int | None = None
    offset: int | None = None
    written: bool = False  # some kernel writes it: an input written in place (kernels from C)


@dataclass(frozen=True)
class ArgSpec:
    """One kernel parameter: a buffer pointer (``buffer`` + ``byte_offset``), a scalar ``value``,
    or the device address of a TMA tensor map of a buffer (``tensor_map``: its dtype, dims and
    byte strides innermost first, box, swizzle, L2 promotion, out-of-bounds fill), which the
    runtime encodes at launch (``mlc.runtime.cuda.tensor_map``)."""

    kind: str  # "buffer" | "scalar" | "tensormap"
    type: str  # the MLIR type, for people reading the manifest
    buffer: int | None = None
    byte_offset: int = 0
    dtype: str | None = None  # scalars: int64, int32, float32, ...
    value: float | int | None = None
    expr: int | None = None  # scalars computed at run time: index into ``Manifest.c_abi["exprs"]``
    tensor_map: dict[str, Any] | None = None


@dataclass(frozen=True)
class KernelSpec:
    """One compiled kernel: its PTX entry point, where it came from, its resource usage."""

    name: str
    ptx: str
    source_op: str
    loc: str
    resources: dict[str, int] | None = None  # from ptxas -v (None when ptxas was not run)
    model: dict[str, Any] | None = None  # tensor-core GEMMs: the performance model (``perf_model``)


@dataclass(frozen=True)
class CallSpec:
    """A call of a kernel function in the host code (before mapping); its launches name it by index.

    Not needed to run the artifact: it records where each launch came from, and lets
    ``mlc.compiler.targets.cuda.emulate`` replay the host program on the CPU.
    """

    function: str
    source_op: str
    loc: str
    args: tuple[ArgSpec, ...]
    when: int | None = None  # run only when this ``c_abi`` expression is non-zero


@dataclass(frozen=True)
class LaunchSpec:
    """A kernel launch step (``call``: index of the kernel-function call it implements)."""

    kernel: str
    grid: tuple[int, int, int]
    block: tuple[int, int, int]
    shared_bytes: int
    args: tuple[ArgSpec, ...]
    call: int = -1
    kind: str = "launch"
    grid_exprs: tuple[int | None, ...] | None = None  # run-time grid sizes (``c_abi`` exprs), per dim
    when: int | None = None  # launch only when this ``c_abi`` expression is non-zero


@dataclass(frozen=True)
class CopySpec:
    """A device-to-device copy step (an output that aliases an input or a weight)."""

    src: int
    dst: int
    nbytes: int
    kind: str = "copy"


Step = LaunchSpec | CopySpec


@dataclass(frozen=True)
class Manifest:
    """Everything the runtime needs besides the PTX text and the weight bytes."""

    target: dict[str, Any]
    entry: str
    inputs: tuple[TensorSpec, ...]
    outputs: tuple[OutputSpec, ...]
    buffers: tuple[BufferSpec, ...]
    kernels: tuple[KernelSpec, ...]
    steps: tuple[Step, ...]
    calls: tuple[CallSpec, ...]
    plan: BufferPlan
    weights_bytes: int
    compiler: dict[str, Any] = field(default_factory=dict)
    check: dict[str, Any] | None = None
    c_abi: dict[str, Any] | None = None  # functions compiled from C: see ``mlc.compiler.targets.cuda.c_host``
    format: str = FORMAT
    version: int = VERSION

    def to_json(self) -> dict:
        data = asdict(self)
        data["plan"] = self.plan.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict, path: str | Path = "the artifact") -> Manifest:
        check_format(data, path)
        target = data.get("target")
        kind = target.get("kind") if isinstance(target, dict) else None
        if kind not in (None, "cuda"):
            raise InputError(f"this is a {kind} artifact, not a CUDA one", hint="run it with mlc-run")
        try:
            manifest = cls(
                target=dict(data["target"]),
                entry=data["entry"],
                inputs=tuple(TensorSpec(i["name"], i["dtype"], tuple(i["shape"])) for i in data["inputs"]),
                outputs=tuple(
                    OutputSpec(**{**o, "shape": tuple(o["shape"]), "strides": tuple(o["strides"])})
                    for o in data["outputs"]
                ),
                buffers=tuple(BufferSpec(**{**b, "shape": tuple(b["shape"])}) for b in data["buffers"]),
                kernels=tuple(KernelSpec(**k) for k in data["kernels"]),
                steps=tuple(_step_from_json(s) for s in data["steps"]),
                calls=tuple(
                    CallSpec(
                        c["function"],
                        c["source_op"],
                        c["loc"],
                        tuple(ArgSpec(**a) for a in c["args"]),
                        c.get("when"),
                    )
                    for c in data["calls"]
                ),
                plan=BufferPlan.from_json(data["plan"]),
                weights_bytes=int(data["weights_bytes"]),
                compiler=dict(data.get("compiler") or {}),
                check=data.get("check"),
                c_abi=data.get("c_abi"),
            )
            for t in (*manifest.inputs, *manifest.outputs):
                check_size(t.shape, _itemsize_or_8(t.dtype), f"'{t.name}'")
            for b in manifest.buffers:
                check_size(b.shape, _itemsize_or_8(b.dtype), f"buffer {b.id}")
                if not 0 <= b.nbytes <= MAX_BYTES:
                    raise ValueError(f"buffer {b.id}: {b.nbytes} bytes")
            return manifest
        except (KeyError, TypeError, ValueError) as e:
            raise InputError(f"malformed mlc artifact manifest: {type(e).__name__}: {e}") from None

    def buffer(self, id_: int) -> BufferSpec:
        return self.buffers[id_]

    def kernel(self, name: str) -> KernelSpec:
        for k in self.kernels:
            if k.name == name:
                return k
        raise KeyError(name)

    def launches(self) -> list[LaunchSpec]:
        return [s for s in self.steps if isinstance(s, LaunchSpec)]

    def memory_report(self) -> dict[str, int]:
        """Device memory: the planned arena against one allocation per intermediate."""
        outputs = sum(b.nbytes for b in self.buffers if b.kind == "output")
        return {
            "intermediates_naive_bytes": self.plan.naive_bytes,
            "arena_bytes": self.plan.arena_bytes,
            "peak_live_bytes": self.plan.peak_live_bytes,
            "weights_bytes": self.weights_bytes,
            "outputs_bytes": outputs,
            "total_naive_bytes": self.plan.naive_bytes + self.weights_bytes + outputs,
            "total_planned_bytes": self.plan.arena_bytes + self.weights_bytes + outputs,
        }


def _step_from_json(data: dict) -> Step:
    if data.get("kind") == "copy":
        return CopySpec(int(data["src"]), int(data["dst"]), int(data["nbytes"]))
    if data.get("kind") == "launch":
        return LaunchSpec(
            kernel=data["kernel"],
            grid=tuple(data["grid"]),
            block=tuple(data["block"]),
            shared_bytes=int(data["shared_bytes"]),
            args=tuple(ArgSpec(**a) for a in data["args"]),
            call=int(data.get("call", -1)),
            grid_exprs=tuple(data["grid_exprs"]) if data.get("grid_exprs") is not None else None,
            when=data.get("when"),
        )
    raise ValueError(f"unknown step kind {data.get('kind')!r}")


@dataclass
class Artifact:
    """A manifest, the PTX of each kernel (by archive path), the weights, an optional reference
    and optionally the ``map`` stage's IR (what ``mlc.compiler.targets.cuda.emulate`` replays)."""

    manifest: Manifest
    ptx: dict[str, str]
    weights: bytes
    reference: dict[str, np.ndarray] | None = None
    map_ir: str | None = None

    def write(self, path: str | Path) -> None:
        """Write the zip archive (weights stored uncompressed so they can be read in place)."""
        members = {name: (text.encode(), zipfile.ZIP_DEFLATED) for name, text in self.ptx.items()}
        members[WEIGHTS] = (self.weights, zipfile.ZIP_STORED)
        if self.reference is not None:
            members[REFERENCE] = (npz_bytes(self.reference), zipfile.ZIP_STORED)
        if self.map_ir is not None:
            members[MAP_IR] = (self.map_ir.encode(), zipfile.ZIP_DEFLATED)
        write_archive(path, self.manifest.to_json(), members)

    @classmethod
    def read(cls, path: str | Path) -> Artifact:
        """Read and validate an artifact; raises ``InputError`` with what is wrong."""
        p = Path(path)
        if not p.is_file():
            raise InputError(f"could not open artifact '{path}': no such file")
        try:
            with zipfile.ZipFile(p) as z:
                if MANIFEST not in z.namelist():
                    raise InputError(f"'{path}' is not an mlc artifact (no {MANIFEST})")
                data = json.loads(z.read(MANIFEST))
                manifest = Manifest.from_json(data, path)
                blobs = read_members(z, data, path)
            ptx = {}
            for k in manifest.kernels:
                if k.ptx not in blobs:
                    raise InputError(f"'{path}': kernel '{k.name}' has no PTX ({k.ptx} is missing)")
                ptx[k.ptx] = blobs[k.ptx].decode()
            weights = blobs.get(WEIGHTS, b"")
            reference = load_npz(blobs[REFERENCE], path) if REFERENCE in blobs else None
            map_ir = blobs[MAP_IR].decode() if MAP_IR in blobs else None
        except json.JSONDecodeError as e:
            raise InputError(f"'{path}': the manifest is not valid JSON ({e})") from None
        except UnicodeDecodeError as e:
            raise InputError(f"'{path}': a text member is not UTF-8 ({e})") from None
        except _DAMAGED as e:
            raise InputError(
                f"'{path}' is not an mlc artifact (not a zip archive, or a damaged one: {e})"
            ) from None
        if len(weights) < manifest.weights_bytes:
            raise InputError(
                f"'{path}': weights.bin holds {len(weights)} bytes, "
                f"the manifest needs {manifest.weights_bytes}"
            )
        return cls(manifest, ptx, weights, reference, map_ir)


def npz_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    """``arrays`` as the bytes of an ``.npz`` file."""
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def load_npz(blob: bytes, path: str | Path) -> dict[str, np.ndarray]:
    """The arrays of an ``.npz`` member (never unpickles objects)."""
    try:
        with np.load(io.BytesIO(blob), allow_pickle=False) as npz:
            return {k: npz[k] for k in npz.files}
    except (ValueError, OSError, zipfile.BadZipFile) as e:
        raise InputError(f"'{path}': {REFERENCE} is not a valid .npz file ({e})") from None


def read(path: str | Path) -> Any:
    """Read an artifact of any target: an ``Artifact`` (cuda) or a ``CpuArtifact`` (cpu)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"could not open artifact '{path}': no such file")
    try:
        with zipfile.ZipFile(p) as z:
            if MANIFEST not in z.namelist():
                raise InputError(f"'{path}' is not an mlc artifact (no {MANIFEST})")
            data = json.loads(z.read(MANIFEST))
            check_format(data, path)
            target = data.get("target")
            kind = target.get("kind") if isinstance(target, dict) else None
            if kind == "cpu":
                from mlc.runtime.cpu.artifact import CpuArtifact

                return CpuArtifact.from_zip(z, data, str(path))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"'{path}': the manifest is not valid JSON ({e})") from None
    except _DAMAGED as e:
        raise InputError(
            f"'{path}' is not an mlc artifact (not a zip archive, or a damaged one: {e})"
        ) from None
    return Artifact.read(path)
