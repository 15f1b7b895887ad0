"""Compile the GPU benchmark and test artifacts here, where the MLIR stack is installed.

    python benchmarks/gpu/build.py            # -> benchmarks/gpu/artifacts/ (git-ignored)

For each case of ``models.CASES``: the module (seeded weights) is exported with
torch-mlir to linalg on tensors, compiled with mlc-compile for sm_90 once per
mapping of ``MAPPINGS`` (the default, mlc's ``tile`` and ``coalesce``, into
``<case>.mlc``; ``--mapping upstream`` into ``<case>.upstream.mlc``, timed side
by side), and its weights are saved in ``<case>.pt`` so that run.py compares
against PyTorch with the very same weights. The test models of
``tests/data/cuda`` are compiled too, with the default mapping and their CPU
reference in the artifact (``test_<name>.mlc``, and PyTorch's outputs in
``test_<name>.npz`` where there are). So are the raised ``.ll`` kernels of
``examples/kernels`` (``build_ll``; ``--no-ll`` skips them), and the GEMM cases of
``gemm.GEMMS`` (``--no-gemm`` skips them; ``--gemm-dry-run`` builds only them and checks
the small ones in the CPU emulator), and the ResNet-50 convolutions of ``conv.CONVS``
(``--no-conv`` skips them; ``--conv-dry-run`` builds only them). The folder is what the GPU machine needs:
carry it and run run.py there.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
TEST_MODELS = ROOT / "tests" / "data" / "cuda"
# mapping -> artifact file suffix; the first is mlc-compile's default.
MAPPINGS = {"mlc": "", "upstream": ".upstream"}


def export_case(name: str, out_dir: Path) -> Path:
    """Export one benchmark case to linalg-on-tensors MLIR and save its weights."""
    import torch
    from torch_mlir import fx

    from mlc.benchmarks.gpu.models import CASES

    case = CASES[name]
    torch.manual_seed(0)
    module = case.module()
    inputs = [torch.zeros(s, dtype=case.torch_dtype()) for s in case.shapes]
    mlir = fx.export_and_import(module, *inputs, output_type="linalg-on-tensors", func_name="main")
    path = out_dir / f"{name}.mlir"
    path.write_text(str(mlir))
    torch.save(module.state_dict(), out_dir / f"{name}.pt")
    return path


def build_ll(arch: str) -> dict:
    """Every raised ``.ll`` kernel of ``examples/kernels`` at -O1 and -O2: ``ll_<name>.<opt>.mlc`` and,
    in ``ll_<name>.<opt>.npz``, its C arguments at the default sizes (``arg<i>``) and the native
    clang-compiled kernel's arrays after the call (``out<i>``) and result (``ret``)."""
    import tempfile

    import numpy as np

    from mlc.benchmarks.ll_cuda import compile_kernel
    from mlc.benchmarks.ll_kernels import OPT_LEVELS, call_native, kernels, native_library
    from mlc.compiler.errors import MlcError

    built: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="mlc-ll-") as tmp:
        for name, kernel in kernels().items():
            for opt in OPT_LEVELS:
                key = f"{name}.{opt}"
                try:
                    artifact, _ = compile_kernel(kernel, opt, arch)
                except MlcError as e:
                    built[key] = {"error": str(e).splitlines()[0]}
                    continue
                artifact.write(ARTIFACTS / f"ll_{key}.mlc")
                args = kernel.inputs(0)
                after = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
                ret = call_native(native_library(kernel.ll(opt), Path(tmp)), kernel, after)
                data = {f"arg{i}": np.asarray(a) for i, a in enumerate(args)}
                data |= {f"out{i}": a for i, a in enumerate(after) if isinstance(a, np.ndarray)}
                if ret is not None:
                    data["ret"] = np.asarray(ret)
                np.savez(ARTIFACTS / f"ll_{key}.npz", **data)
                built[key] = {"artifact": f"ll_{key}.mlc", "kernels": len(artifact.manifest.kernels)}
                print(f"ll {key}: {len(artifact.manifest.kernels)} kernels", flush=True)
    return built


def main(argv: list[str] | None = None) -> int:
    from mlc.benchmarks.gpu.models import CASES
    from mlc.compiler.compile_api import build

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--arch", default="sm_90")
    p.add_argument("--cases", nargs="*", default=list(CASES), help="benchmark cases to build (default: all)")
    p.add_argument(
        "--no-ll", dest="ll", action="store_false", help="skip the .ll kernels of examples/kernels"
    )
    p.add_argument("--no-gemm", dest="gemm", action="store_false", help="skip the GEMM cases (gemm.py)")
    p.add_argument("--no-conv", dest="conv", action="store_false", help="skip the convolutions (conv.py)")
    p.add_argument("--conv-dry-run", action="store_true", help="build only the convolutions (no GPU needed)")
    p.add_argument(
        "--gemm-dry-run",
        action="store_true",
        help="build only the GEMM cases and replay the small ones in the CPU emulator (no GPU needed)",
    )
    ns = p.parse_args(argv)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    if ns.gemm_dry_run:
        from mlc.benchmarks.gpu import gemm

        built = gemm.build(ns.arch, ARTIFACTS, dry_run=True)
        index_path = ARTIFACTS / "index.json"
        index = json.loads(index_path.read_text()) if index_path.exists() else {"arch": ns.arch, "cases": {}}
        index["gemms"] = built
        index_path.write_text(json.dumps(index, indent=1))
        gemm.RESULTS.mkdir(parents=True, exist_ok=True)
        (gemm.RESULTS / "gemm_dry_run.md").write_text(gemm.dry_run_markdown(built, ns.arch))
        emulated = [e["emulated"] for e in built.values() if "ok" in e["emulated"]]
        return 0 if all(e["ok"] for e in emulated) else 1
    if ns.conv_dry_run:
        from mlc.benchmarks.gpu import conv

        built = conv.build(ns.arch, ARTIFACTS)
        index_path = ARTIFACTS / "index.json"
        index = json.loads(index_path.read_text()) if index_path.exists() else {"arch": ns.arch, "cases": {}}
        index["convs"] = built
        index_path.write_text(json.dumps(index, indent=1))
        conv.RESULTS.mkdir(parents=True, exist_ok=True)
        (conv.RESULTS / "conv_dry_run.md").write_text(conv.dry_run_markdown(built, ns.arch))
        return 0
    index: dict[str, dict] = {"arch": ns.arch, "cases": {}, "tests": {}}
    for name in ns.cases:
        source = export_case(name, ARTIFACTS)
        entry: dict = {"mappings": {}}
        for mapping, suffix in MAPPINGS.items():
            out = build(str(source), "cuda", arch=ns.arch, mapping=mapping)
            out.artifact.write(ARTIFACTS / f"{name}{suffix}.mlc")
            m = out.artifact.manifest
            entry["mappings"][mapping] = {
                "artifact": f"{name}{suffix}.mlc",
                "kernels": len(m.kernels),
                "memory": m.memory_report(),
            }
            print(f"{name} ({mapping}): {len(m.kernels)} kernels, arena {m.plan.arena_bytes} B", flush=True)
        source.unlink()
        index["cases"][name] = entry
    for source in sorted(TEST_MODELS.glob("*.mlir")):
        out = build(str(source), "cuda", arch=ns.arch, reference=True)
        out.artifact.write(ARTIFACTS / f"test_{source.stem}.mlc")
        if source.with_suffix(".npz").exists():
            shutil.copyfile(source.with_suffix(".npz"), ARTIFACTS / f"test_{source.stem}.npz")
        index["tests"][source.stem] = {"kernels": len(out.artifact.manifest.kernels)}
        print(f"test {source.stem}: {len(out.artifact.manifest.kernels)} kernels", flush=True)
    index["ll"] = build_ll(ns.arch) if ns.ll else {}
    if ns.gemm:
        from mlc.benchmarks.gpu import gemm

        index["gemms"] = gemm.build(ns.arch, ARTIFACTS)
    if ns.conv:
        from mlc.benchmarks.gpu import conv

        index["convs"] = conv.build(ns.arch, ARTIFACTS)
    (ARTIFACTS / "index.json").write_text(json.dumps(index, indent=1))
    size = sum(f.stat().st_size for f in ARTIFACTS.iterdir())
    print(f"wrote {ARTIFACTS} ({size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
