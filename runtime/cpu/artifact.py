"""The CPU artifact: a model compiled to native code, in the zip container of ``mlc.runtime.artifact``.

Layout::

    manifest.json     format, version, target (kind "cpu", triple, LLVM cpu name,
                      the instruction-set extensions the code may use), the entry,
                      inputs and outputs (dtype, shape with null for dynamic dims),
                      the runtime checks' messages, the library's member name
    lib/model.so      the shared library (needs only libc and libm)
    lib/weights.bin   the weights the library's code reads through pointers it exports
                      (``mlc_weight_<i>``, null until bound), at the manifest's
                      ``weights`` offsets (``mlc.compiler.targets.cpu.weights``)
    reference.npz     optional: outputs for the check inputs (``check`` in the manifest)

Every member is sealed in the manifest with its sha256 and verified on reading
(``mlc.runtime.artifact.read_members``), before the library is ever opened.

Loading needs only numpy and the standard library: the library is opened with
``ctypes`` (``executable.NativeFunction``); no MLIR, no JIT.
"""

from __future__ import annotations

import platform
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mlc.compiler.errors import InputError, UnsupportedError
from mlc.runtime.artifact import (
    REFERENCE,
    TensorSpec,
    check_inputs,
    check_size,
    load_npz,
    npz_bytes,
    read_members,
    write_archive,
)
from mlc.runtime.dtypes import numpy_dtype
from mlc.runtime.signature import Signature, ValueSpec, from_records, records

LIBRARY = "lib/model.so"
WEIGHTS = "lib/weights.bin"
WEIGHTS_ALIGNMENT = 256  # every weight's offset in WEIGHTS, and the blob's address once loaded
# x86 instruction-set extensions (as /proc/cpuinfo names them) that code built for a CPU may use.
ISA_FLAGS = (
    "sse4_1",
    "sse4_2",
    "avx",
    "avx2",
    "fma",
    "f16c",
    "bmi2",
    "avx512f",
    "avx512dq",
    "avx512cd",
    "avx512bw",
    "avx512vl",
    "avx512_vnni",
    "avx512_bf16",
    "avx512_fp16",
    "avx512vbmi",
    "amx_tile",
)


def host_isa_flags() -> list[str]:
    """The ``ISA_FLAGS`` this machine has (empty where /proc/cpuinfo does not exist)."""
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return []
    m = re.search(r"^flags\s*:(.*)$", text, re.MULTILINE)
    have = set(m.group(1).split()) if m else set()
    return [f for f in ISA_FLAGS if f in have]


def _spec_json(spec: ValueSpec) -> dict:
    data: dict[str, Any] = {"name": spec.name, "dtype": spec.dtype, "shape": spec.shape}
    if spec.carrier:
        data["carrier"] = spec.carrier
    return data


def _spec_from_json(data: dict) -> ValueSpec:
    shape = data["shape"]
    if shape is not None and not all(d is None or (isinstance(d, int) and d >= 0) for d in shape):
        raise ValueError(f"bad shape {shape!r} of '{data['name']}'")
    dtype = numpy_dtype(data["dtype"])
    if shape is not None:  # the static dimensions alone must fit in memory that can be addressed
        check_size([d for d in shape if d is not None], dtype.itemsize, f"'{data['name']}'")
    return ValueSpec(
        str(data["name"]), data["dtype"], None if shape is None else tuple(shape), data.get("carrier")
    )


def _weight_slot(data: Any) -> tuple[str, int, int]:
    symbol, offset, nbytes = data
    if not (isinstance(symbol, str) and isinstance(offset, int) and isinstance(nbytes, int)):
        raise ValueError(f"bad weight slot {data!r}")
    if offset < 0 or nbytes < 0:
        raise ValueError(f"bad weight slot {data!r}")
    return symbol, offset, nbytes


def signature_record(sig: Signature) -> dict[str, Any]:
    """A ``Signature`` as JSON data (the manifest's ``entry``, ``inputs``, ``outputs``, ...)."""
    return {
        "entry": sig.entry,
        "inputs": [_spec_json(s) for s in sig.inputs],
        "outputs": [_spec_json(s) for s in sig.outputs],
        "checks": list(sig.checks),
        "specialized": records(sig.specialized),
    }


def signature_from_record(data: dict[str, Any]) -> Signature:
    """The inverse of ``signature_record``; raises ``KeyError``/``TypeError``/``ValueError`` on bad data."""
    return Signature(
        str(data["entry"]),
        tuple(_spec_from_json(s) for s in data["inputs"]),
        tuple(_spec_from_json(s) for s in data["outputs"]),
        tuple(str(c) for c in data.get("checks", ())),
        from_records(data.get("specialized", [])),
    )


@dataclass(frozen=True)
class CpuManifest:
    """What a CPU artifact holds besides the library's bytes."""

    target: dict[str, Any]  # kind "cpu", triple, cpu, isa, machine
    signature: Signature
    symbol: str  # the packed entry point in the library
    compiler: dict[str, Any] = field(default_factory=dict)
    check: dict[str, Any] | None = None  # seed, shapes, reference: how reference.npz was made
    library: str = LIBRARY
    weights: tuple[tuple[str, int, int], ...] = ()  # (pointer symbol, offset, nbytes) in WEIGHTS

    def to_json(self) -> dict:
        return {
            "target": self.target,
            **signature_record(self.signature),
            "symbol": self.symbol,
            "library": self.library,
            "compiler": self.compiler,
            "check": self.check,
            "weights": [list(w) for w in self.weights],
        }

    @classmethod
    def from_json(cls, data: dict) -> CpuManifest:
        try:
            return cls(
                target=dict(data["target"]),
                signature=signature_from_record(data),
                symbol=str(data["symbol"]),
                compiler=dict(data.get("compiler") or {}),
                check=data.get("check"),
                library=str(data.get("library", LIBRARY)),
                weights=tuple(_weight_slot(w) for w in data.get("weights", [])),
            )
        except (KeyError, TypeError, ValueError) as e:
            raise InputError(f"malformed mlc CPU artifact manifest: {type(e).__name__}: {e}") from None

    def check_specs(self) -> list[TensorSpec]:
        """The inputs of a check run, dynamic dimensions at their recorded sizes."""
        assert self.check is not None
        shapes = self.check.get("shapes", {})
        return [
            TensorSpec(s.name, s.dtype, tuple(shapes.get(s.name, ())) if s.shape is not None else ())
            for s in self.signature.inputs
        ]


def check_input_arrays(manifest: CpuManifest) -> list[np.ndarray]:
    """The check inputs (``mlc.runtime.artifact.check_inputs``) as the executable takes them."""
    assert manifest.check is not None
    arrays = check_inputs(manifest.check_specs(), int(manifest.check["seed"]))
    out = []
    for spec, arr in zip(manifest.signature.inputs, arrays, strict=True):
        value = arr.view(numpy_dtype("bfloat16")) if spec.dtype == "bfloat16" else arr
        out.append(value if spec.is_tensor else value[()])
    return out


@dataclass
class CpuArtifact:
    """A CPU manifest, the shared library and an optional reference (``output<i>`` arrays)."""

    manifest: CpuManifest
    library: bytes
    reference: dict[str, np.ndarray] | None = None
    weights: bytes = b""  # the WEIGHTS member: what ``manifest.weights`` points into

    def write(self, path: str | Path) -> None:
        members = {self.manifest.library: (self.library, zipfile.ZIP_DEFLATED)}
        if self.manifest.weights:
            members[WEIGHTS] = (self.weights, zipfile.ZIP_STORED)
        if self.reference is not None:
            members[REFERENCE] = (npz_bytes(self.reference), zipfile.ZIP_STORED)
        write_archive(path, self.manifest.to_json(), members)

    @classmethod
    def from_zip(cls, z: zipfile.ZipFile, data: dict, path: str) -> CpuArtifact:
        """The artifact in the open archive ``z`` whose manifest is ``data``, every member verified."""
        manifest = CpuManifest.from_json(data)
        blobs = read_members(z, data, path)
        if manifest.library not in blobs:
            raise InputError(f"'{path}': the shared library {manifest.library} is missing")
        reference = load_npz(blobs[REFERENCE], path) if REFERENCE in blobs else None
        weights = blobs.get(WEIGHTS, b"")
        for symbol, offset, nbytes in manifest.weights:
            if offset + nbytes > len(weights):
                raise InputError(
                    f"'{path}': the weights of {symbol} ({nbytes} B at {offset}) lie outside {WEIGHTS} "
                    f"({len(weights)} B)"
                )
        return cls(manifest, blobs[manifest.library], reference, weights)

    def check(self, fn: Any) -> list[Any]:
        """Run ``fn`` (this artifact loaded) on the check inputs; one ``Comparison`` per output."""
        from mlc.runtime.check import compare

        m = self.manifest
        if self.reference is None or m.check is None:
            raise InputError(
                "the artifact carries no reference outputs", hint="compile it with mlc-compile --reference"
            )
        result = fn(*check_input_arrays(m))
        outputs = result if isinstance(result, tuple) else (result,)
        rows = []
        for i, (spec, got) in enumerate(zip(m.signature.outputs, outputs, strict=True)):
            got = np.asarray(got)
            rows.append(
                compare(
                    spec.name,
                    got.view(np.uint16) if spec.dtype == "bfloat16" else got,
                    self.reference[f"output{i}"],
                    spec.dtype,
                )
            )
        return rows

    def describe(self) -> str:
        """A human summary of the manifest."""
        m = self.manifest
        t = m.target
        isa = ", ".join(t.get("isa", ())) or "no extensions"
        lines = [f"target: cpu {t.get('cpu')} ({t.get('triple')}; uses {isa})"]
        lines.append(f"entry @{m.signature.entry}, library {len(self.library)} B, symbol {m.symbol}")
        if m.weights:
            lines.append(f"weights: {len(m.weights)} constants, {len(self.weights)} B in {WEIGHTS}")
        lines += [f"input  {s.name}: {s.describe()}" for s in m.signature.inputs]
        lines += [f"output {s.name}: {s.describe()}" for s in m.signature.outputs]
        if m.signature.checks:
            lines.append(f"runtime checks: {len(m.signature.checks)}")
        how = f"yes (seed {m.check['seed']}, from {m.check.get('reference')})" if m.check else "no"
        lines.append(f"reference: {how}")
        return "\n".join(lines)

    def check_host(self, path: str = "the CPU artifact") -> None:
        """Raise ``UnsupportedError`` unless this machine can run the library."""
        target = self.manifest.target
        machine = platform.machine()
        built = str(target.get("machine", ""))
        if built and built != machine:
            raise UnsupportedError(f"'{path}' was compiled for {built} CPUs, this machine is {machine}")
        missing = sorted(set(target.get("isa", ())) - set(host_isa_flags()))
        if missing:
            raise UnsupportedError(
                f"'{path}' was compiled for a CPU with {', '.join(missing)} "
                f"({target.get('cpu')}), which this machine lacks",
                hint="recompile it here, or for a portable level: mlc-compile --target cpu --mcpu x86-64-v3",
            )

    def load(self, path: str = "the CPU artifact", threads: int | None = None) -> Any:
        """The compiled function (an ``executable.NativeFunction``).

        ``threads`` sets the size of its thread pool (0: all cores); None keeps what the
        artifact was compiled with (``mlc-compile --threads``).
        """
        from mlc.runtime.cpu.executable import NativeFunction

        self.check_host(path)
        return NativeFunction(self, what=f"'{path}'", threads=threads)
