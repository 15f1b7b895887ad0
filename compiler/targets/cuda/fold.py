"""Kernels that only read constants run at compile time; their results become weights.

PyTorch exports transpose the weight of every linear layer in the graph
(``linalg.transpose`` of a constant), and broadcast constant biases: without
folding, every run would redo that work in a kernel launch. A kernel call is
folded when

* every buffer it reads is a constant (a ``memref.global``, or the result of a
  call folded before it),
* every buffer it writes is an allocation that no other kernel writes and no
  kernel reads before it, and its body never reads the old contents of its outputs,
* its outputs are at most ``MAX_FOLD_BYTES`` (the artifact carries the result).

The kernel function runs on the CPU (ExecutionEngine) and the allocation is
replaced by a new constant global ``@__mlc_folded_<kernel>``; the call and the
kernel function disappear.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from mlc.compiler.dtypes import buffer_dtype
from mlc.compiler.targets.cuda.host import VIEW_OPS
from mlc.compiler.targets.cuda.kernels import kernel_functions, symbol_name, written_params
from mlc.compiler.targets.cuda.weights import WeightReader
from mlc.runtime.dtypes import bits_dtype, from_mlir, itemsize

if TYPE_CHECKING:
    from mlir import ir

MAX_FOLD_BYTES = 64 << 20
# Views that read their root's data in place: the host's, except memref.view, whose byte shift
# (and element type) the folder does not follow, so a call on one is not folded.
_VIEWS = tuple(v for v in VIEW_OPS if v != "memref.view")


@dataclass
class _Use:
    call: ir.Operation
    index: int  # position of the call in the host code
    operand: int
    writes: bool


@dataclass
class _Root:
    """A root buffer of the host code: a constant global, an allocation or an argument."""

    op: ir.Operation | None
    kind: str  # "global" | "alloc" | "arg"
    type: ir.Type
    uses: list[_Use] = field(default_factory=list)
    data: np.ndarray | None = None  # raw bytes of a constant


def _roles(kfunc: ir.Operation) -> tuple[dict[int, bool], bool]:
    """Parameter index -> written?, and whether the body reads the old contents of an output.

    Loop-nest kernels count as reading their outputs: they are never folded.
    """
    ops = kfunc.regions[0].blocks[0].operations
    generics = [o.operation for o in ops if o.operation.name == "linalg.generic"]
    if not generics:
        return dict.fromkeys(written_params(kfunc), True), True
    generic = generics[0]
    view = generic.opview
    params = list(kfunc.regions[0].blocks[0].arguments)
    roles: dict[int, bool] = {}
    for value, writes in [(v, False) for v in view.inputs] + [(v, True) for v in view.outputs]:
        if value in params:
            index = params.index(value)
            roles[index] = roles.get(index, False) or writes
    payload = generic.regions[0].blocks[0].arguments
    reads_outputs = any(len(list(arg.uses)) for arg in list(payload)[len(view.inputs) :])
    return roles, reads_outputs


class _Folder:
    def __init__(self, module: ir.Module, host: ir.Operation) -> None:
        self.module, self.host = module, host
        self.kernels = kernel_functions(module)
        self.globals = {
            symbol_name(o.operation): o.operation
            for o in module.body.operations
            if o.operation.name == "memref.global"
        }
        self.roots: dict = {}  # value -> _Root
        self.calls: list[tuple[ir.Operation, list]] = []

    def analyze(self) -> None:
        from mlir import ir

        body = self.host.regions[0].blocks[0]
        for arg in body.arguments:
            self.roots[arg] = _Root(None, "arg", arg.type)
        for o in body.operations:
            op = o.operation
            if op.name == "memref.alloc":
                self.roots[op.results[0]] = _Root(op, "alloc", op.results[0].type)
            elif op.name == "memref.get_global":
                name = ir.FlatSymbolRefAttr(op.attributes["name"]).value
                decl = self.globals.get(name)
                kind = "global" if decl is not None and "constant" in decl.attributes else "arg"
                self.roots[op.results[0]] = _Root(
                    decl if kind == "global" else None, kind, op.results[0].type
                )
            elif op.name in _VIEWS and op.operands[0] in self.roots:
                self.roots[op.results[0]] = self.roots[op.operands[0]]
            elif op.name == "func.call":
                callee = ir.FlatSymbolRefAttr(op.attributes["callee"]).value
                kfunc = self.kernels.get(callee)
                if kfunc is None:
                    continue
                roles, reads_outputs = _roles(kfunc)
                for i, value in enumerate(op.operands):
                    if value in self.roots:
                        self.roots[value].uses.append(_Use(op, len(self.calls), i, roles.get(i, True)))
                self.calls.append((op, [reads_outputs]))
            else:
                for (
                    value
                ) in op.operands:  # returned, or used by anything else: not foldable as a write target
                    if value in self.roots:
                        self.roots[value].uses.append(_Use(op, len(self.calls), -1, False))

    def foldable(self) -> list[ir.Operation]:
        """The calls to fold, in order (a folded call's outputs count as constants for later calls)."""
        constant = {id(r) for r in self.roots.values() if r.kind == "global"}
        chosen = []
        for index, (call, (reads_outputs,)) in enumerate(self.calls):
            roots = [self.roots.get(v) for v in call.operands]
            if reads_outputs or not roots or any(r is None for r in roots):
                continue
            outputs, ok = [], True
            for i, root in enumerate(roots):
                use = next(u for u in root.uses if u.call == call and u.operand == i)
                if not use.writes:
                    ok &= id(root) in constant
                    continue
                others = [u for u in root.uses if u.call != call]
                ok &= root.kind == "alloc" and all(
                    u.operand < 0 or (not u.writes and u.index > index) for u in others
                )
                outputs.append(root)
            ok &= bool(outputs) and all(
                self._nbytes(r) <= MAX_FOLD_BYTES and self._dtype(r) not in ("", "bfloat16") for r in outputs
            )
            if ok:
                chosen.append(call)
                constant.update(id(r) for r in outputs)
        return chosen

    @staticmethod
    def _dtype(root: _Root) -> str:
        return buffer_dtype(root.type.element_type, booleans=False) or ""

    def _nbytes(self, root: _Root) -> int:
        dtype = self._dtype(root)
        return int(np.prod(root.type.shape)) * itemsize(dtype) if dtype else MAX_FOLD_BYTES + 1


def _view_array(base: np.ndarray, type_: ir.MemRefType) -> np.ndarray:
    strides, _ = type_.get_strides_and_offset()
    dtype = bits_dtype(from_mlir(str(type_.element_type)) or "")
    return np.lib.stride_tricks.as_strided(
        base.view(dtype), shape=tuple(type_.shape), strides=tuple(s * dtype.itemsize for s in strides)
    )


def fold_constant_kernels(module: ir.Module, host: ir.Operation) -> list[str]:
    """Fold the constant kernel calls of ``host`` (see the module doc); returns the folded kernels' names."""
    from mlir import ir
    from mlir.dialects import memref

    from mlc.compiler.targets.cuda.emulate import CpuKernels, kernel_functions_module

    folder = _Folder(module, host)
    folder.analyze()
    calls = folder.foldable()
    if not calls:
        return []
    names = [ir.FlatSymbolRefAttr(c.attributes["callee"]).value for c in calls]
    cpu = CpuKernels(kernel_functions_module(str(module), set(names)))
    reader = WeightReader(module)
    for call, name in zip(calls, names, strict=True):
        args = []
        for value in call.operands:
            root = folder.roots[value]
            if root.data is None:
                nbytes = folder._nbytes(root)
                root.data = (
                    np.frombuffer(bytearray(reader.data(root.op, nbytes)), np.uint8)
                    if root.kind == "global"
                    else np.zeros(nbytes, np.uint8)
                )
            args.append(_view_array(root.data, value.type))
        cpu(name, args)
    written: dict[int, tuple[_Root, str]] = {}
    for call, kernel in zip(calls, names, strict=True):
        for value in call.operands:
            root = folder.roots[value]
            if root.kind == "alloc" and id(root) not in written:
                written[id(root)] = (root, f"__mlc_folded_{kernel}_{len(written)}")
    for root, name in written.values():
        alloc = root.op
        t = root.type
        data = root.data.view(bits_dtype(folder._dtype(root))).reshape(t.shape)
        with ir.InsertionPoint.at_block_begin(module.body), alloc.location:
            memref.GlobalOp(
                name,
                ir.TypeAttr.get(t),
                sym_visibility="private",
                initial_value=ir.DenseElementsAttr.get(np.ascontiguousarray(data), type=t.element_type),
                constant=True,
                alignment=ir.IntegerAttr.get(ir.IntegerType.get_signless(64), 64),
            )
        with ir.InsertionPoint(alloc), alloc.location:
            constant = memref.GetGlobalOp(t, name)
        alloc.results[0].replace_all_uses_with(constant.result)
        alloc.erase()
        root.kind, root.op = "global", None
    for call in calls:
        call.erase()
    for name in set(names):
        folder.kernels[name].erase()
    _erase_dead_constants(module, host)
    return names


def _erase_dead_constants(module: ir.Module, host: ir.Operation) -> None:
    """Drop ``memref.get_global``s nobody uses any more, then private globals nobody names."""
    from mlir import ir

    for o in list(host.regions[0].blocks[0].operations):
        if o.operation.name == "memref.get_global" and not len(list(o.operation.results[0].uses)):
            o.operation.erase()
    named: set[str] = set()

    def visit(op: ir.Operation) -> ir.WalkResult:
        if op.name == "memref.get_global":
            named.add(ir.FlatSymbolRefAttr(op.attributes["name"]).value)
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    for o in list(module.body.operations):
        op = o.operation
        if op.name == "memref.global" and "sym_visibility" in op.attributes and symbol_name(op) not in named:
            op.erase()
