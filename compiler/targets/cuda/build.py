"""Building the artifact from the IR of the ``ptx`` stage.

The host program gives the buffers and the kernel launches in order; the
``gpu.binary`` ops give the PTX of each kernel; ``ptxas`` (when installed)
checks every kernel for the target and reports its registers, spills and
shared memory; the buffer plan packs the intermediates into one arena; the
weights are packed into one blob.

Outputs are allocated per run and handed to the caller: an intermediate that is
returned becomes an output buffer (outside the arena), and a returned view of an
input or a weight is copied into a fresh output buffer.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from mlc.compiler import attributes, buffer_plan, interface
from mlc.compiler.errors import UnsupportedError
from mlc.compiler.targets.cuda import ptxas
from mlc.compiler.targets.cuda.hopper.tensor_maps import TensorMap
from mlc.compiler.targets.cuda.host import (
    Buffer,
    HostProgram,
    Scalar,
    View,
    expand_launches,
    read_host_program,
)
from mlc.compiler.targets.cuda.kernels import entry_function, symbol_name
from mlc.compiler.targets.cuda.lowering import binaries
from mlc.compiler.targets.cuda.options import CudaOptions
from mlc.compiler.targets.cuda.weights import WeightReader, pack
from mlc.runtime.artifact import (
    ArgSpec,
    Artifact,
    BufferSpec,
    CallSpec,
    CopySpec,
    KernelSpec,
    LaunchSpec,
    Manifest,
    OutputSpec,
    Step,
    TensorSpec,
)
from mlc.runtime.dtypes import itemsize

if TYPE_CHECKING:
    from mlir import ir


def _arg(operand: View | Scalar | TensorMap) -> ArgSpec:
    if isinstance(operand, TensorMap):
        return ArgSpec(
            "tensormap",
            operand.type,
            buffer=operand.buffer,
            byte_offset=operand.byte_offset,
            dtype=operand.dtype,
            tensor_map=operand.to_json(),
        )
    if isinstance(operand, Scalar):
        return ArgSpec("scalar", operand.type, dtype=operand.dtype, value=operand.value)
    return ArgSpec("buffer", operand.type, buffer=operand.buffer, byte_offset=operand.byte_shift)


def _outputs(
    program: HostProgram, buffers: list[Buffer]
) -> tuple[list[OutputSpec], list[CopySpec], dict[int, int]]:
    """Output specs, the copies they need, and output index by buffer id."""
    outputs, copies, slots = [], [], {}
    for i, view in enumerate(program.outputs):
        root = buffers[view.buffer]
        if view.byte_shift % itemsize(view.dtype):
            raise UnsupportedError(f"output {i} starts at a byte offset that is not a whole element")
        buffer_id = root.id
        if root.kind != "intermediate" or root.id in slots:
            copy = Buffer(len(buffers), "intermediate", root.dtype, root.shape, f"copy of {root.name}")
            buffers.append(copy)
            copies.append(CopySpec(root.id, copy.id, root.nbytes))
            buffer_id = copy.id
        slots[buffer_id] = i
        offset = view.offset + view.byte_shift // itemsize(view.dtype)
        outputs.append(OutputSpec(f"result{i}", view.dtype, view.shape, buffer_id, offset, view.strides))
    return outputs, copies, slots


def _kernel_specs(
    module: ir.Module, program: HostProgram, options: CudaOptions
) -> tuple[list[KernelSpec], dict[str, str]]:
    ptx_text = {name: data.decode() for name, data in binaries(module).items()}
    specs, files = [], {}
    for call in program.calls:
        for launch in call.launches:
            if f"kernels/{launch.kernel}.ptx" in files:
                continue
            if launch.binary not in ptx_text:
                raise UnsupportedError(
                    f"kernel @{launch.kernel} has no PTX: compile up to the 'ptx' stage first"
                )
            path = f"kernels/{launch.kernel}.ptx"
            files[path] = ptx_text[launch.binary]
            resources = None
            if options.run_ptxas and ptxas.ptxas_path():
                resources = ptxas.assemble(files[path], options.arch, launch.kernel)
            model = gemm_model(module, call.callee, launch, resources, options)
            specs.append(KernelSpec(launch.kernel, path, call.source_op, call.loc, resources, model))
    return specs, files


def gemm_model(module: ir.Module, callee: str, launch, resources, options: CudaOptions) -> dict | None:
    """The performance model of a tensor-core GEMM launch (None for other kernels)."""
    from mlir import ir

    from mlc.compiler.targets.cuda.gemm import occupancy_target
    from mlc.compiler.targets.cuda.perf_model import gemm_model as model

    table = ir.SymbolTable(module.operation)
    kfunc = table[callee] if callee and callee in table else None
    if kfunc is None or attributes.TENSORIZED not in kfunc.attributes:
        return None
    attr = ir.DictAttr(kfunc.attributes[attributes.TENSORIZED])
    record = {
        "block": list(ir.DenseI64ArrayAttr(attr["block"])),
        "size": list(ir.DenseI64ArrayAttr(attr["size"])),
        "stages": ir.IntegerAttr(attr["stages"]).value,
        "element": ir.StringAttr(attr["element"]).value,
        "bytes": ir.IntegerAttr(attr["bytes"]).value,
        "strategy": ir.StringAttr(attr["strategy"]).value,
        "dynamic_shared": launch.shared_bytes,
    }
    threads = launch.block[0] * launch.block[1] * launch.block[2]
    result = model(record, launch.grid, threads, resources, options.spec)
    target = occupancy_target(threads)
    result["strategy"] = ir.StringAttr(attr["strategy"]).value
    result["tiles"] = f"{'x'.join(map(str, record['block']))}, {record['stages']} stages"
    result["occupancy_target_blocks_per_sm"] = target
    if "blocks_per_sm" in result:
        result["meets_occupancy_target"] = result["blocks_per_sm"] >= target
    return result


def _model_names(func: ir.Operation, n_inputs: int, n_outputs: int) -> tuple[list[str], list[str]]:
    """Input and output names: the model's (recorded by its frontend), else ``arg<i>``/``result<i>``."""
    iface = interface.read(func)
    inputs = iface.input_names or ()
    outputs = iface.output_names or ()
    return (
        list(inputs) if len(inputs) == n_inputs else [f"arg{i}" for i in range(n_inputs)],
        list(outputs) if len(outputs) == n_outputs else [f"result{i}" for i in range(n_outputs)],
    )


def build_artifact(
    module: ir.Module, options: CudaOptions, compiler: dict[str, Any] | None = None
) -> Artifact:
    """The artifact of a model at the ``ptx`` stage (a function from C: ``c_host.build_c_artifact``)."""
    func = entry_function(module, options)
    program = read_host_program(module, func)
    expand_launches(module, program)
    buffers = list(program.buffers)
    outputs, copies, slots = _outputs(program, buffers)

    steps: list[Step] = []
    step_uses: list[set[int]] = []
    calls = []
    for index, call in enumerate(program.calls):
        calls.append(CallSpec(call.callee, call.source_op, call.loc, tuple(_arg(a) for a in call.args)))
        for launch in call.launches:
            args = tuple(_arg(a) for a in launch.args)
            steps.append(
                LaunchSpec(launch.kernel, launch.grid, launch.block, launch.shared_bytes, args, index)
            )
            step_uses.append({a.buffer for a in launch.args if isinstance(a, View | TensorMap)})
    for copy in copies:
        steps.append(copy)
        step_uses.append({copy.src, copy.dst})

    written = {
        arg.buffer for call in program.calls for i in call.written if isinstance(arg := call.args[i], View)
    }
    arena_ids = {b.id: b.nbytes for b in buffers if b.kind == "intermediate" and b.id not in slots}
    plan = buffer_plan.plan(buffer_plan.live_ranges(step_uses, arena_ids))

    reader = WeightReader(module)
    symbols = {
        symbol_name(o.operation): o.operation
        for o in module.body.operations
        if "sym_name" in o.operation.attributes
    }
    used = set().union(*step_uses, (v.buffer for v in program.outputs))
    weights = [b for b in buffers if b.kind == "weight" and b.id in used]
    blob, weight_offsets = pack([reader.data(symbols[b.global_name], b.nbytes) for b in weights])
    weight_offset = {b.id: off for b, off in zip(weights, weight_offsets, strict=True)}

    specs = []
    for b in buffers:
        kind, index, offset = b.kind, b.index, None
        if b.id in slots:
            kind, index = "output", slots[b.id]
        elif b.kind == "weight":
            offset = weight_offset.get(b.id)
        elif b.kind == "intermediate":
            offset = plan.offsets.get(b.id)
        specs.append(
            BufferSpec(b.id, kind, b.dtype, b.shape, b.nbytes, b.name, index, offset, b.id in written)
        )

    kernels, files = _kernel_specs(module, program, options)
    spec = options.spec
    inputs = [TensorSpec(b.name, b.dtype, b.shape) for b in program.inputs()]
    input_names, output_names = _model_names(func, len(inputs), len(outputs))
    manifest = Manifest(
        target={"kind": "cuda", "arch": spec.arch, "ptx_features": spec.ptx_features, "abi": "bare-pointer"},
        entry=program.entry,
        inputs=tuple(replace(t, name=n) for t, n in zip(inputs, input_names, strict=True)),
        outputs=tuple(replace(o, name=n) for o, n in zip(outputs, output_names, strict=True)),
        buffers=tuple(specs),
        kernels=tuple(kernels),
        steps=tuple(steps),
        calls=tuple(calls),
        plan=plan,
        weights_bytes=len(blob),
        compiler=compiler or {},
    )
    return Artifact(manifest, files, blob)
