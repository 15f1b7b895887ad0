"""Writing what ``gpu_measure.py`` needs on a GPU machine without MLIR: PTX, a manifest, data.

For each kernel and variant (``baseline``, ``mlc``) the mapped module goes through the CUDA
target's ``gpu``, ``nvvm`` and ``ptx`` stages (``lowering.lower_mapped``), so kernels have the
target's bare-pointer ABI (one pointer per memref, index arguments as 64-bit integers). The
host function must be a straight line of ``memref.alloc`` (temporary buffers), ``memref.copy``,
constants and ``gpu.launch_func`` with static sizes; the manifest lists its buffers and its
steps (launches, buffer copies) in order. ``expected.npz`` holds the
arguments the CPU reference run wrote. Inputs are regenerated on the GPU machine from
``SEED`` (numpy's ``default_rng(SEED).standard_normal`` per argument in order, the same on
every machine), except for kernels with their own ``args``, whose arrays go to
``inputs.npz`` and whose scalars go into the manifest.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from mlc.benchmarks.coalescing.suite import SuiteKernel, run_cpu


class NotLaunchable(Exception):
    """The variant's host code is not a straight line of launches (e.g. no GPU kernel at all)."""


def _is_constant(v) -> bool:
    from mlir import ir

    return isinstance(v, ir.OpResult) and v.owner.operation.name == "arith.constant"


def _manifest(outlined: str, function: str, inputs: list) -> dict:
    from mlir import ir

    from mlc.compiler.analysis.kernels import static_int
    from mlc.compiler.context import make_context

    with make_context():
        module = ir.Module.parse(outlined)
        host = next(
            op
            for op in module.body.operations
            if op.operation.name == "func.func" and ir.StringAttr(op.attributes["sym_name"]).value == function
        )
        block = host.regions[0].blocks[0]
        buffers: list[dict] = []
        slot: dict = {}
        scalars: dict = {}
        for i, arg in enumerate(block.arguments):
            if not isinstance(arg.type, ir.MemRefType):
                kind = "i64" if isinstance(arg.type, ir.IndexType | ir.IntegerType) else str(arg.type)
                scalars[arg] = {kind: int(inputs[i]) if kind == "i64" else float(inputs[i])}
                continue
            t = ir.MemRefType(arg.type)
            buffers.append({"shape": list(t.shape), "dtype": str(t.element_type), "arg": i})
            slot[arg] = len(buffers) - 1
        steps = []
        for op in block.operations:
            name = op.operation.name
            if name == "memref.alloc":
                t = ir.MemRefType(op.results[0].type)
                buffers.append({"shape": list(t.shape), "dtype": str(t.element_type), "arg": None})
                slot[op.results[0]] = len(buffers) - 1
            elif name == "gpu.launch_func":
                lop = op.opview
                grid = [static_int(v) for v in (lop.gridSizeX, lop.gridSizeY, lop.gridSizeZ)]
                blk = [static_int(v) for v in (lop.blockSizeX, lop.blockSizeY, lop.blockSizeZ)]
                args = []
                for v in lop.kernelOperands:
                    if v in slot:
                        args.append({"buffer": slot[v]})
                    elif v in scalars:
                        args.append(scalars[v])
                    elif isinstance(v.type, ir.IndexType | ir.IntegerType):
                        args.append({"i64": static_int(v)})
                    elif isinstance(v.type, ir.F32Type | ir.F64Type) and _is_constant(v):
                        args.append({str(v.type): ir.FloatAttr(v.owner.attributes["value"]).value})
                    else:
                        raise NotLaunchable(
                            f"kernel argument of type {v.type} is not supported by the launcher"
                        )
                sym = str(op.attributes["kernel"])
                module_name, kernel_name = (s.lstrip("@") for s in sym.split("::"))
                launch = {
                    "module": module_name,
                    "kernel": kernel_name,
                    "grid": grid,
                    "block": blk,
                    "args": args,
                }
                steps.append({"launch": launch})
            elif name == "memref.copy":
                steps.append({"copy": [slot[op.operands[0]], slot[op.operands[1]]]})
            elif name in ("arith.constant", "memref.dealloc", "func.return") or name.startswith(
                ("gpu.", "memref.global")
            ):
                continue
            else:
                raise NotLaunchable(f"host op '{name}' is not supported by the launcher")
        return {"buffers": buffers, "steps": steps}


def write_artifact(
    kernel: SuiteKernel, text: str, modules: dict[str, str], inputs: list[np.ndarray], out: Path
) -> None:
    """Write ``out/<kernel>/`` with the PTX and manifest of each variant and the reference data."""
    folder = out / kernel.name
    folder.mkdir(parents=True, exist_ok=True)
    expected = run_cpu(text, kernel.function, inputs)
    arrays = [
        (i, a, e) for i, (a, e) in enumerate(zip(inputs, expected, strict=True)) if isinstance(a, np.ndarray)
    ]
    np.savez(folder / "expected.npz", **{f"arr_{i}": e for i, a, e in arrays if not np.array_equal(a, e)})
    if kernel.args is not None:
        np.savez(folder / "inputs.npz", **{f"arr_{i}": a for i, a, _ in arrays})
    from mlc.compiler.targets.cuda.lowering import lower_mapped

    for variant, module in modules.items():
        outlined, ptx = lower_mapped(module)
        try:
            manifest = _manifest(outlined, kernel.function, inputs)
        except NotLaunchable as e:
            (folder / f"{variant}.json").write_text(json.dumps({"unsupported": str(e)}, indent=2))
            continue
        for name, source in ptx.items():
            (folder / f"{variant}.{name}.ptx").write_text(source)
        manifest["ptx"] = {name: f"{variant}.{name}.ptx" for name in ptx}
        (folder / f"{variant}.json").write_text(json.dumps(manifest, indent=2))
