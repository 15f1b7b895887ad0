"""Command line for artifacts: ``python -m mlc.runtime.cli {info,run} out.mlc``.

``info`` prints the manifest (kernels, launches, buffer plan) and needs no GPU.
``run`` runs the artifact on the GPU with inputs from ``.npy`` files or the
check inputs, prints the outputs' summary or saves them, and with ``--check``
compares against the CPU reference stored in the artifact (exit status 1 on a
mismatch). Only numpy and numba-cuda are needed.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

import numpy as np

from mlc.compiler.errors import ArgumentParser, InputError, MlcError
from mlc.runtime.artifact import Artifact, LaunchSpec, check_inputs, read

TOOL = "mlc-run"


def parser() -> argparse.ArgumentParser:
    p = ArgumentParser(prog=TOOL, description="Inspect or run an mlc artifact (.mlc) on a CUDA GPU.")
    sub = p.add_subparsers(dest="command", required=True)
    info = sub.add_parser("info", help="print the manifest: inputs, outputs, kernels, buffer plan")
    info.add_argument("artifact")
    run = sub.add_parser("run", help="run the artifact on the GPU")
    run.add_argument("artifact")
    run.add_argument(
        "--inputs", nargs="*", metavar="NPY", help="input arrays (.npy), in order (default: check inputs)"
    )
    run.add_argument(
        "--check", action="store_true", help="compare with the CPU reference stored in the artifact"
    )
    run.add_argument("--save-outputs", metavar="DIR", help="write each output to DIR/resultN.npy")
    run.add_argument("--repeat", type=int, default=0, metavar="N", help="also time N runs and print the mean")
    for sp in (info, run):
        sp.add_argument("--debug", action="store_true", help="show Python tracebacks")
    return p


def info_text(artifact: Artifact) -> str:
    """A human summary of the manifest (of a CUDA or a CPU artifact)."""
    if artifact.manifest.target.get("kind") == "cpu":
        return artifact.describe()
    m = artifact.manifest
    lines = [
        f"target: {m.target.get('kind')} {m.target.get('arch')} ({m.target.get('abi')} ABI), entry @{m.entry}"
    ]
    written = {b.index for b in m.buffers if b.kind == "input" and b.written}
    lines += [
        f"input  {t.name}: {t.dtype}{list(t.shape)}{' (written in place)' if i in written else ''}"
        for i, t in enumerate(m.inputs)
    ]
    lines += [f"output {t.name}: {t.dtype}{list(t.shape)}" for t in m.outputs]
    if m.c_abi is not None:
        lines.append(
            "C signature: "
            + ", ".join(
                f"{p['dtype']}{'*' if p['kind'] == 'array' else ''} {p['name']}" for p in m.c_abi["params"]
            )
            + f" -> {m.c_abi['returns'] or 'void'}; sizes and grids ('?') computed per run"
        )
        lines += [f"assumes: {a}" for a in m.c_abi["assumptions"]]
    lines.append(f"kernels: {len(m.kernels)}, launches: {len(m.launches())}")
    for step in m.steps:
        if isinstance(step, LaunchSpec):
            k = m.kernel(step.kernel)
            res = k.resources
            usage = (
                f"regs {res['registers']}, spills {res['spill_stores']}/{res['spill_loads']} B, "
                f"smem {res['shared_bytes']} B"
                if res
                else "not checked by ptxas"
            )
            dynamic = step.grid_exprs or (None, None, None)
            grid = [g if d is None else "?" for g, d in zip(step.grid, dynamic, strict=True)]
            when = " (when its guard holds)" if step.when is not None else ""
            lines.append(
                f"  {step.kernel}: grid {grid} block {list(step.block)}{when}; {usage}  <- {k.source_op}"
            )
            if k.model:
                lines.append(f"    {model_text(k.model)}")
        else:
            lines.append(f"  copy buffer {step.src} -> {step.dst} ({step.nbytes} B)")
    r = m.memory_report()
    lines.append(
        f"memory: arena {r['arena_bytes']} B for intermediates "
        f"(naive sum {r['intermediates_naive_bytes']} B, "
        f"peak live {r['peak_live_bytes']} B); weights {r['weights_bytes']} B; outputs {r['outputs_bytes']} B"
    )
    lines.append(f"reference: {'yes (seed ' + str(m.check['seed']) + ')' if m.check else 'no'}")
    return "\n".join(lines)


def model_text(model: dict) -> str:
    """One line for a kernel's performance model (labelled as such)."""
    if "error" in model:
        return f"model: {model['error']} [{model['kind']}]"
    target = model.get("occupancy_target_blocks_per_sm")
    meets = (
        ""
        if target is None
        else f", target {target}{'' if model.get('meets_occupancy_target') else ' NOT MET'}"
    )
    return (
        f"{model.get('strategy', 'model')} {model.get('tiles', '')}: {model['time_us']} us, "
        f"{model['tflops']} TFLOP/s ({model['fraction_of_peak']:.0%} of peak, {model['gpu']}), "
        f"bound by {model['bound']}; {model['blocks_per_sm']} blocks/SM "
        f"(limited by {model['occupancy_limited_by']}{meets}), {model['waves']} wave(s) "
        f"[{model['kind']}{'; ' + model['caveat'] if 'caveat' in model else ''}]"
    )


def _run(ns: argparse.Namespace) -> int:
    from mlc.runtime.check import check_run
    from mlc.runtime.cuda.program import Program

    artifact = Artifact.read(ns.artifact)
    if artifact.manifest.c_abi is not None and (ns.check or not ns.inputs):
        raise InputError(
            "an artifact compiled from C takes the C function's arguments and has no check inputs",
            hint="pass them with --inputs, in order (0-d .npy files for the scalars)",
        )
    program = Program(artifact)
    if ns.check:
        results = check_run(artifact, lambda xs: program(*xs, to_numpy=True))
        for r in results:
            print(r)
        if not all(r.ok for r in results):
            return 1
    if ns.inputs is not None and len(ns.inputs):
        inputs = [np.load(p) for p in ns.inputs]
        if artifact.manifest.c_abi is not None:
            inputs = [x.item() if x.ndim == 0 else x for x in inputs]
    else:
        seed = int(artifact.manifest.check["seed"]) if artifact.manifest.check else 0
        inputs = check_inputs(artifact.manifest.inputs, seed)
    outputs = program(*inputs, to_numpy=True)
    for spec, out in zip(artifact.manifest.outputs, outputs, strict=True):
        print(f"{spec.name}: {spec.dtype}{list(out.shape)} mean {float(np.mean(out)):.6g}")
        if ns.save_outputs:
            Path(ns.save_outputs).mkdir(parents=True, exist_ok=True)
            np.save(Path(ns.save_outputs) / f"{spec.name}.npy", out)
    if ns.repeat > 0:
        device_inputs = [program.device.upload(x, program.stream) for x in inputs]
        program(*device_inputs)
        start = time.perf_counter()
        for _ in range(ns.repeat):
            program(*device_inputs, sync=False)
        program.device.synchronize(program.stream)
        print(
            f"mean time per run: {(time.perf_counter() - start) / ns.repeat * 1e3:.3f} ms "
            f"over {ns.repeat} runs"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    debug = "--debug" in argv
    try:
        ns = parser().parse_args(argv)
        if ns.command == "info":
            print(info_text(read(ns.artifact)))
            return 0
        return _run(ns)
    except MlcError as e:
        print(f"{TOOL}: {e}", file=sys.stderr)
        if debug:
            traceback.print_exc()
        return 1


if __name__ == "__main__":
    sys.exit(main())
