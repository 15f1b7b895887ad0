"""The ``vectorize-depthwise`` pass: NCHW depthwise convolutions as a vector kernel for the CPU."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlc.passes import Pass, option

if TYPE_CHECKING:
    from mlir import ir

_counter = itertools.count()


@dataclass(frozen=True)
class Depthwise:
    """The static shape of one ``linalg.depthwise_conv_2d_nchw_chw``."""

    n: int
    c: int
    h: int
    w: int
    kh: int
    kw: int
    oh: int
    ow: int
    strides: tuple[int, int]
    dilations: tuple[int, int]


def _f32_shape(value: ir.Value) -> list[int] | None:
    from mlir import ir

    if not isinstance(value.type, ir.RankedTensorType):
        return None
    t = ir.RankedTensorType(value.type)
    return list(t.shape) if t.has_static_shape and str(t.element_type) == "f32" else None


def _pair(op: ir.Operation, name: str) -> tuple[int, int]:
    from mlir import ir

    if name not in op.attributes:
        return 1, 1
    a, b = (int(v) for v in ir.DenseIntElementsAttr(op.attributes[name]))
    return a, b


def match(op: ir.Operation) -> Depthwise | None:
    """The shape of ``op`` if it is a static f32 NCHW depthwise convolution on tensors."""
    if op.name != "linalg.depthwise_conv_2d_nchw_chw" or len(op.results) != 1 or len(op.operands) != 3:
        return None
    shapes = [_f32_shape(v) for v in op.operands]
    if any(s is None for s in shapes):
        return None
    (n, c, h, w), (_, kh, kw), (_, _, oh, ow) = shapes
    return Depthwise(n, c, h, w, kh, kw, oh, ow, _pair(op, "strides"), _pair(op, "dilations"))


def _init_source(init: ir.Value, c: int) -> tuple[str, ir.Value]:
    """How the accumulator starts: ``("bias", b)`` for a broadcast of a per-channel
    ``tensor<c>``, ``("fill", v)`` for a fill of a scalar, else ``("init", init)``."""
    from mlir import ir

    owner = init.owner if isinstance(init, ir.OpResult) else None
    if owner is not None and owner.name == "linalg.fill":
        return "fill", owner.operands[0]
    if owner is not None and owner.name == "linalg.broadcast":
        dims = list(ir.DenseI64ArrayAttr(owner.attributes["dimensions"]))
        if dims == [0, 2, 3] and _f32_shape(owner.operands[0]) == [c]:
            return "bias", owner.operands[0]
    return "init", init


@dataclass(frozen=True)
class Epilogue:
    """An elementwise ``linalg.generic`` applied to the convolution's result (an activation
    such as ReLU or Clip): its body ops, the scalars they use from outside, and its 0-d
    tensor inputs (Clip's bounds), which become scalars too."""

    generic: ir.Operation
    ops: tuple[ir.Operation, ...]
    externals: tuple[ir.Value, ...]
    scalar_inputs: tuple[ir.Value, ...]


def _elementwise_consumer(conv: ir.Operation) -> Epilogue | None:
    """The epilogue to fuse: the single user of ``conv``'s result, if it is a
    ``linalg.generic`` whose first input is that result and whose others are 0-d tensors,
    with identity maps for the result and its output, and whose body is arith/math ops
    (constants outside it) on scalars that do not read the output."""
    from mlir import ir

    uses = list(conv.results[0].uses)
    if len(uses) != 1 or uses[0].owner.name != "linalg.generic":
        return None
    generic = uses[0].owner
    view = generic.opview
    inputs = list(view.inputs)
    if len(view.outputs) != 1 or inputs[0] != conv.results[0] or view.outputs[0].type != conv.results[0].type:
        return None
    maps = [ir.AffineMapAttr(a).value for a in ir.ArrayAttr(generic.attributes["indexing_maps"])]
    if maps[0] != ir.AffineMap.get_identity(4) or maps[-1] != ir.AffineMap.get_identity(4):
        return None
    scalar_inputs = inputs[1:]
    for value, amap in zip(scalar_inputs, maps[1:-1], strict=True):
        t = value.type
        if not isinstance(t, ir.RankedTensorType) or ir.RankedTensorType(t).rank != 0 or amap.results:
            return None
    block = generic.regions[0].blocks[0]
    body = [o.operation for o in block.operations]
    if list(block.arguments[len(inputs)].uses):
        return None
    inside = {r for o in body for r in o.results} | set(list(block.arguments)[: len(inputs)])
    externals: list[ir.Value] = []
    for o in body[:-1]:
        if not (o.name.startswith("arith.") or o.name.startswith("math.")) or o.regions:
            return None
        if o.name == "arith.constant":  # its value is typed: not rebuilt on vectors
            return None
        if any(isinstance(r.type, ir.ShapedType) for r in (*o.results, *o.operands)):
            return None
        for v in o.operands:
            if v not in inside and v not in externals:
                externals.append(v)
    if body[-1].name != "linalg.yield" or len(body[-1].operands) != 1:
        return None
    return Epilogue(generic, tuple(body[:-1]), tuple(externals), tuple(scalar_inputs))


def _vectorize_epilogue(helper: ir.Operation, epilogue: Epilogue, lanes: int) -> None:
    """Apply ``epilogue``'s body to the accumulator before the kernel's store, on vectors of
    ``lanes``; its outside scalars, then its 0-d inputs, are the helper's arguments after the
    third."""
    from mlir import ir
    from mlir.dialects import vector

    stores: list[ir.Operation] = []

    def find(o: ir.Operation) -> ir.WalkResult:
        if o.name == "vector.transfer_write":
            stores.append(o)
        return ir.WalkResult.ADVANCE

    helper.walk(find)
    (store,) = stores
    args = helper.regions[0].blocks[0].arguments
    block = epilogue.generic.regions[0].blocks[0]
    vec = lambda t: ir.VectorType.get([lanes], t)  # noqa: E731
    with ir.InsertionPoint(store), store.location:
        mapped = {block.arguments[0]: store.operands[0]}
        scalars = [*epilogue.externals, *list(block.arguments)[1 : 1 + len(epilogue.scalar_inputs)]]
        for i, value in enumerate(scalars):
            mapped[value] = vector.broadcast(vec(value.type), args[3 + i])
        for o in epilogue.ops:
            new = ir.Operation.create(
                o.name,
                results=[vec(r.type) for r in o.results],
                operands=[mapped[v] for v in o.operands],
                attributes={name: o.attributes[name] for name in o.attributes},
            )
            for old, result in zip(o.results, new.results, strict=True):
                mapped[old] = result
        store.operands[0] = mapped[list(block.operations)[-1].operands[0]]


def _t(shape) -> str:
    return f"tensor<{'x'.join(map(str, shape))}xf32>"


def kernel_text(d: Depthwise, kind: str, lanes: int, name: str, extra: tuple[str, ...] = ()) -> str:
    """A function computing the convolution: an ``scf.forall`` over (image, channel), rows of
    the output, and ``lanes``-wide chunks of each row (the last chunk moved back to end at
    the row's end), each accumulating ``kh * kw`` FMAs of input row slices (every
    ``stride``-th element picked by a shuffle) by the broadcast filter tap. ``extra``: the
    types of further scalar arguments (an epilogue's)."""
    v = min(lanes, d.ow)
    sh, sw = d.strides
    dh, dw = d.dilations
    span = sw * (v - 1) + 1  # input elements one output chunk reads per filter tap
    x_t, w_t, o_t = _t([d.n, d.c, d.h, d.w]), _t([d.c, d.kh, d.kw]), _t([d.n, d.c, d.oh, d.ow])
    row_t, vec, wide = _t([d.oh, d.ow]), f"vector<{v}xf32>", f"vector<{span}xf32>"
    third = {"bias": _t([d.c]), "fill": "f32", "init": o_t}[kind]
    taps = [(i, j) for i in range(d.kh) for j in range(d.kw)]
    consts = {0, 1, sh, sw, v, d.oh, -(-d.ow // v), d.ow - v}
    consts |= (
        {i for i, _ in taps} | {j for _, j in taps} | {i * dh for i, _ in taps} | {j * dw for _, j in taps}
    )
    body = [f"    %rows0 = tensor.empty() : {row_t}"]
    for i, j in taps:
        body += [
            f"    %ws{i}_{j} = tensor.extract %w[%c, %i{i}, %i{j}] : {w_t}",
            f"    %wv{i}_{j} = vector.broadcast %ws{i}_{j} : f32 to {vec}",
        ]
    if kind == "bias":
        body += [
            f"    %bs = tensor.extract %b[%c] : {third}",
            f"    %acc0 = vector.broadcast %bs : f32 to {vec}",
        ]
    elif kind == "fill":
        body.append(f"    %acc0 = vector.broadcast %b : f32 to {vec}")
    body += [
        f"    %rows = scf.for %oh = %i0 to %i{d.oh} step %i1 iter_args(%rt = %rows0) -> ({row_t}) {{",
        f"      %ih0 = arith.muli %oh, %i{sh} : index",
        f"      %row = scf.for %q = %i0 to %i{-(-d.ow // v)} step %i1 iter_args(%qt = %rt) -> ({row_t}) {{",
        f"        %qv = arith.muli %q, %i{v} : index",
        f"        %ow0 = arith.minsi %qv, %i{d.ow - v} : index",
        f"        %iw0 = arith.muli %ow0, %i{sw} : index",
    ]
    if kind == "init":
        body.append(
            f"        %acc0 = vector.transfer_read %b[%n, %c, %oh, %ow0], %pad {{in_bounds = [true]}} "
            f": {o_t}, {vec}"
        )
    pick = ", ".join(str(sw * k) for k in range(v))
    acc = "%acc0"
    for i, j in taps:
        tap = f"{i}_{j}"
        body += [
            f"        %ih{tap} = arith.addi %ih0, %i{i * dh} : index",
            f"        %iw{tap} = arith.addi %iw0, %i{j * dw} : index",
            f"        %in{tap} = vector.transfer_read %x[%n, %c, %ih{tap}, %iw{tap}], %pad "
            f"{{in_bounds = [true]}} : {x_t}, {wide}",
        ]
        src = f"%in{tap}"
        if sw > 1:
            body.append(f"        %sel{tap} = vector.shuffle %in{tap}, %in{tap} [{pick}] : {wide}, {wide}")
            src = f"%sel{tap}"
        body.append(f"        %acc{tap} = vector.fma {src}, %wv{tap}, {acc} : {vec}")
        acc = f"%acc{tap}"
    body += [
        f"        %qn = vector.transfer_write {acc}, %qt[%oh, %ow0] {{in_bounds = [true]}} : {vec}, {row_t}",
        f"        scf.yield %qn : {row_t}",
        "      }",
        f"      scf.yield %row : {row_t}",
        "    }",
        "    scf.forall.in_parallel {",
        f"      tensor.parallel_insert_slice %rows into %out[%n, %c, 0, 0] [1, 1, {d.oh}, {d.ow}] "
        f"[1, 1, 1, 1] : {row_t} into {o_t}",
        "    }",
    ]
    return "\n".join(
        [
            f"func.func private @{name}(%x: {x_t}, %w: {w_t}, %b: {third}"
            + "".join(f", %e{i}: {t}" for i, t in enumerate(extra))
            + f") -> {o_t} {{",
            "  %pad = arith.constant 0.0 : f32",
            *(f"  %i{k} = arith.constant {k} : index" for k in sorted(consts)),
            f"  %empty = tensor.empty() : {o_t}",
            f"  %r = scf.forall (%n, %c) in ({d.n}, {d.c}) shared_outs(%out = %empty) -> ({o_t}) {{",
            *body,
            "  }",
            f"  return %r : {o_t}",
            "}",
        ]
    )


def replace(op: ir.Operation, d: Depthwise, lanes: int) -> None:
    """Replace ``op`` (and the elementwise op after it, if it can be fused) by a call of a new
    private function holding its kernel."""
    from mlir import ir
    from mlir.dialects import func, tensor

    kind, third = _init_source(op.operands[2], d.c)
    epilogue = _elementwise_consumer(op)
    externals: list[ir.Value] = []
    if epilogue:
        externals = list(epilogue.externals)
        with ir.InsertionPoint(epilogue.generic), op.location:
            externals += [tensor.extract(v, []) for v in epilogue.scalar_inputs]
    name = f"__mlc_depthwise_{next(_counter)}"
    text = kernel_text(d, kind, lanes, name, tuple(str(v.type) for v in externals))
    parsed = ir.Module.parse(text)  # keeps the helper alive until it is moved
    helper = parsed.body.operations[0].operation
    if epilogue:
        _vectorize_epilogue(helper, epilogue, min(lanes, d.ow))
    helper.detach_from_parent()
    module = op
    while module.name != "builtin.module":
        module = module.parent
    ir.InsertionPoint(module.regions[0].blocks[0]).insert(helper)
    last = epilogue.generic if epilogue else op
    with ir.InsertionPoint(last), op.location:
        call = func.CallOp(
            [op.results[0].type],
            ir.FlatSymbolRefAttr.get(name),
            [op.operands[0], op.operands[1], third, *externals],
        )
    last.results[0].replace_all_uses_with(call.results[0])
    if epilogue:
        epilogue.generic.erase()
    op.erase()


@dataclass(frozen=True)
class VectorizeDepthwise(Pass):
    """Rewrite each static f32 ``linalg.depthwise_conv_2d_nchw_chw`` (on tensors; the input
    already padded, as the frontends pad it) into a vector kernel: an ``scf.forall`` over
    (image, channel), which the CPU target's thread pool runs, and for each output row
    ``lanes``-wide chunks along the width (the contiguous dim in NCHW; the last chunk moves
    back so that it ends at the row's end), accumulating in one vector register the
    ``kh * kw`` FMAs of an input row slice by the broadcast filter tap. A stride along the
    width reads the contiguous span and picks every stride-th element with a shuffle. When the
    accumulator's init is a per-channel bias broadcast (``linalg.broadcast`` of a
    ``tensor<C>``) or a fill, the kernel starts from the broadcast scalar instead of reading
    an initialized tensor, so the bias costs no pass over memory. An elementwise
    ``linalg.generic`` that is the result's only user (ReLU, Clip: identity maps, 0-d other
    inputs, arith/math body) is applied to the accumulator before the store."""

    NAME = "vectorize-depthwise"
    SUMMARY = "NCHW depthwise convolutions as a width-vectorized kernel, bias and activation fused (CPU)"
    PRIMARY_OPTION = "lanes"

    lanes: int = option(16, "f32 lanes of the accumulator vector (16: AVX-512, 8: AVX2)")

    def run(self, op: ir.Operation) -> None:
        from mlir import ir

        from mlc.compiler.errors import InputError

        if self.lanes < 1:
            raise InputError(f"vectorize-depthwise: lanes must be at least 1, not {self.lanes}")
        found: list[tuple[ir.Operation, Depthwise]] = []

        def visit(o: ir.Operation) -> ir.WalkResult:
            d = match(o) if o.name.startswith("linalg.") else None
            if d is not None:
                found.append((o, d))
            return ir.WalkResult.ADVANCE

        op.walk(visit)
        for conv, d in found:
            replace(conv, d, self.lanes)
        if found:
            from mlir import passmanager

            passmanager.PassManager.parse("builtin.module(inline,symbol-dce,canonicalize)").run(op)
