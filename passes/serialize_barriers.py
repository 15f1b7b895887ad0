"""The ``serialize-barriers`` pass: make thread loops with ``gpu.barrier`` run correctly in sequence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mlir import ir
from mlir.dialects import scf

from mlc.compiler.analysis.kernels import nested_ops, ops_of
from mlc.compiler.errors import MlcError
from mlc.passes import Pass

_PURE_PREFIXES = ("arith.", "math.", "index.")
_PURE_OPS = ("affine.apply", "affine.min", "affine.max", "memref.get_global")


def _pure(op: ir.Operation) -> bool:
    return (op.name.startswith(_PURE_PREFIXES) or op.name in _PURE_OPS) and not op.regions


def _has_barrier(op: ir.Operation) -> bool:
    found = [False]

    def visit(o: ir.Operation) -> ir.WalkResult:
        if o.name == "gpu.barrier":
            found[0] = True
            return ir.WalkResult.INTERRUPT
        return ir.WalkResult.ADVANCE

    op.walk(visit)
    return found[0]


def _inside(value: ir.Value, op: ir.Operation) -> bool:
    owner = value.owner.owner if isinstance(value, ir.BlockArgument) else value.owner.operation
    return _op_inside(owner, op)


def _op_inside(owner: ir.Operation | None, op: ir.Operation) -> bool:
    while owner is not None:
        if owner == op:
            return True
        owner = owner.parent
    return False


class _Splitter:
    """Splits one thread-level scf.parallel at its barriers (see the pass doc)."""

    def __init__(self, loop: ir.Operation) -> None:
        self.loop = loop
        self.segments: list[ir.Operation] = []  # what earlier segments of the current split became

    def split(self, loop: ir.Operation) -> None:
        outer_segments, self.segments = self.segments, []
        self._split(loop)
        self.segments = outer_segments

    def _split(self, loop: ir.Operation) -> None:
        body = loop.regions[0].blocks[0]
        ops = list(ops_of(body))[:-1]
        segments: list[list[ir.Operation] | ir.Operation] = [[]]
        for op in ops:
            if op.name == "gpu.barrier":
                segments.append([])
            elif op.name == "scf.for" and _has_barrier(op):
                if len(op.results):
                    raise MlcError("serialize-barriers: a loop with barriers carries values", loc=op.location)
                segments.append(op)
                segments.append([])
            elif op.regions and _has_barrier(op):
                raise MlcError(
                    f"serialize-barriers: a barrier inside '{op.name}' is not supported", loc=op.location
                )
            else:
                segments[-1].append(op)
        pure_prefix = [op for op in ops if _pure(op)]
        for seg in segments:
            if isinstance(seg, list):
                effects = [op for op in seg if not _pure(op)]
                if effects:
                    self._emit_parallel(loop, seg, pure_prefix)
            else:
                self._emit_loop(loop, seg, pure_prefix)
        loop.erase()

    def _new_like(self, loop: ir.Operation, where: ir.Operation) -> tuple[ir.Operation, ir.Block]:
        pop = loop.opview
        with ir.InsertionPoint(where), loop.location:
            new = scf.ParallelOp([], list(pop.lowerBound), list(pop.upperBound), list(pop.step), [])
            block = new.region.blocks.append(*([ir.IndexType.get()] * len(pop.lowerBound)))
            with ir.InsertionPoint(block):
                scf.ReduceOp([], 0)
        if "mapping" in loop.attributes:
            new.attributes["mapping"] = loop.attributes["mapping"]
        return new.operation, block

    def _emit_parallel(self, loop: ir.Operation, seg: list[ir.Operation], pure: list[ir.Operation]) -> None:
        new, block = self._new_like(loop, loop)
        term = block.operations[len(block.operations) - 1]
        mapping = {old: block.arguments[i] for i, old in enumerate(loop.regions[0].blocks[0].arguments)}
        for op in seg:
            if not _pure(op):
                op.move_before(term)
        self._fix_uses(new, loop, mapping, pure, block)
        self.segments.append(new)

    def _emit_loop(self, loop: ir.Operation, inner: ir.Operation, pure: list[ir.Operation]) -> None:
        for v in list(inner.operands)[:3]:
            if _inside(v, loop) and not (isinstance(v, ir.OpResult) and v.owner.operation in pure):
                raise MlcError(
                    "serialize-barriers: a loop with barriers has thread-dependent bounds", loc=inner.location
                )
        inner.move_before(loop)
        self.segments.append(inner)
        holder, block = self._new_like(loop, inner.regions[0].blocks[0].operations[0])
        mapping = {old: block.arguments[i] for i, old in enumerate(loop.regions[0].blocks[0].arguments)}
        term = block.operations[len(block.operations) - 1]
        for op in list(ops_of(inner.regions[0].blocks[0]))[:-1]:
            if op != holder:
                op.move_before(term)
        self._fix_uses(holder, loop, mapping, pure, block)
        for v_index, v in enumerate(list(inner.operands)[:3]):
            if _inside(v, loop):
                clone = v.owner.operation.clone(ir.InsertionPoint(inner))
                self._remap_outer(clone, loop)
                inner.operands[v_index] = clone.results[0]
        if _has_barrier(holder):
            self.split(holder)

    def _remap_outer(self, op: ir.Operation, loop: ir.Operation) -> None:
        for i, v in enumerate(list(op.operands)):
            if _inside(v, loop):
                raise MlcError("serialize-barriers: loop bounds depend on thread ids", loc=op.location)
            op.operands[i] = v

    def _fix_uses(
        self, new: ir.Operation, old_loop: ir.Operation, mapping: dict, pure: list, block: ir.Block
    ) -> None:
        """Make ``new`` use its own ivs, and recompute values it uses from other segments.

        A recomputed value is cloned just before the top-level op of ``new`` that first uses
        it: its operands from this segment are defined before that op, and later users (in
        later top-level ops) see it too."""
        cloned: dict = dict(mapping)
        kept: set = set()  # values checked to be usable as they are

        def value_for(v: ir.Value, before: ir.Operation) -> ir.Value:
            if v in cloned:
                return cloned[v]
            if v in kept:
                return v
            owner = v.owner.owner if isinstance(v, ir.BlockArgument) else v.owner.operation
            top = _ancestor_in(owner, new.block) if owner is not None else None
            if top is not None and top != new and any(top == seg for seg in self.segments):
                op = v.owner.operation if isinstance(v, ir.OpResult) else None
                what = op.name if op is not None else "a block argument"
                raise MlcError(f"serialize-barriers: a value of '{what}' crosses a barrier", loc=new.location)
            if not _inside(v, old_loop) or _inside(v, new):
                kept.add(v)
                return v
            op = v.owner.operation if isinstance(v, ir.OpResult) else None
            if op is None or not _pure(op):
                what = op.name if op is not None else "a block argument"
                raise MlcError(f"serialize-barriers: a value of '{what}' crosses a barrier", loc=new.location)
            operands = [value_for(operand, before) for operand in op.operands]
            copy = op.clone(ir.InsertionPoint(before))
            for i, operand in enumerate(operands):
                copy.operands[i] = operand
            for res_old, res_new in zip(op.results, copy.results, strict=True):
                cloned[res_old] = res_new
            return cloned[v]

        for top in list(ops_of(block)):
            for o in nested_ops(top):
                for i, operand in enumerate(list(o.operands)):
                    replacement = value_for(operand, top)
                    if replacement != operand:
                        o.operands[i] = replacement


class _Privatizer:
    """Keeps each thread's values that live across a barrier in per-thread memory.

    Run on one thread loop before it is split: the loop-carried values of every ``scf.for``
    with barriers, and every value that is not recomputable (not built by side-effect-free
    ops from the thread ids and outer values) but used in another barrier-delimited segment,
    get a buffer ``memref<T x type>`` (``T`` threads, allocated around the thread loop) that
    the defining segment stores into at ``[linear thread id]`` and the using segments load
    from."""

    def __init__(self, loop: ir.Operation) -> None:
        self.loop = loop
        pop = loop.opview
        self.extents = []
        for lb, ub, step in zip(pop.lowerBound, pop.upperBound, pop.step, strict=True):
            bounds = [_const(v) for v in (lb, ub, step)]
            if bounds[0] != 0 or bounds[2] != 1 or bounds[1] is None:
                raise MlcError(
                    "serialize-barriers: values live across a barrier in a thread loop without "
                    "constant bounds from 0 with step 1",
                    loc=loop.location,
                )
            self.extents.append(bounds[1])
        self.threads = 1
        for e in self.extents:
            self.threads *= e
        self.recomputable_cache: dict = {}
        self.after_loop: ir.Operation | None = None  # the op after the thread loop (deallocations)

    def run(self) -> None:
        for inner in [o for o in _all_ops(self.loop) if o.name == "scf.for" and _has_barrier(o)]:
            if len(inner.results):
                self._carry_in_memory(inner)
        self._privatize_block(self.loop.regions[0].blocks[0])

    # -- per-thread buffers --------------------------------------------------------------
    def _buffer(self, t: ir.Type, loc: ir.Location) -> ir.Value:
        from mlir.dialects import memref

        with ir.InsertionPoint(self.loop), loc:
            buf = memref.alloc(ir.MemRefType.get([self.threads], t), [], [])
        if self.after_loop is None:
            self.after_loop = self.loop.block.operations[_index_of(self.loop) + 1].operation
        with ir.InsertionPoint(self.after_loop), loc:
            memref.dealloc(buf)
        return buf

    def _tid(self) -> ir.Value:
        from mlir.dialects import arith

        ivs = self.loop.regions[0].blocks[0].arguments
        linear = ivs[0]
        for iv, extent in zip(list(ivs)[1:], self.extents[1:], strict=True):
            scaled = arith.muli(linear, arith.constant(ir.IndexType.get(), extent))
            linear = arith.addi(scaled, iv)
        return linear

    def _store(self, value: ir.Value, buf: ir.Value, at: ir.Operation, after: bool = False) -> None:
        """Store ``value`` at this thread's slot of ``buf``, before ``at`` (or just after it)."""
        from mlir.dialects import memref

        with ir.InsertionPoint(at), at.location:
            store = memref.store(value, buf, [self._tid()])
        if after:
            store.operation.move_after(at)

    def _load_for(self, user: ir.Operation, value: ir.Value, buf: ir.Value) -> None:
        from mlir.dialects import memref

        user = user.operation
        with ir.InsertionPoint(user), user.location:
            loaded = memref.load(buf, [self._tid()])
        for i, operand in enumerate(list(user.operands)):
            if operand == value:
                user.operands[i] = loaded

    # -- loops with barriers that carry values -------------------------------------------
    def _carry_in_memory(self, old: ir.Operation) -> None:
        view = old.opview
        body = old.regions[0].blocks[0]
        yield_op = list(ops_of(body))[-1]
        buffers = [self._buffer(v.type, old.location) for v in view.initArgs]
        for init, buf in zip(view.initArgs, buffers, strict=True):
            self._store(init, buf, old)
        for arg, buf in zip(view.inner_iter_args, buffers, strict=True):
            for use in list(arg.uses):
                self._load_for(use.owner, arg, buf)
        for value, buf in zip(list(yield_op.operands), buffers, strict=True):
            self._store(value, buf, yield_op)
        for result, buf in zip(old.results, buffers, strict=True):
            for use in list(result.uses):
                self._load_for(use.owner, result, buf)
        with ir.InsertionPoint(old), old.location:
            new = scf.ForOp(view.lowerBound, view.upperBound, view.step)
            with ir.InsertionPoint(new.body):
                end = scf.YieldOp([])
        for op in list(ops_of(body))[:-1]:
            op.move_before(end.operation)
        view.induction_variable.replace_all_uses_with(new.induction_variable)
        old.erase()

    # -- values crossing barriers ----------------------------------------------------------
    def _recomputable(self, v: ir.Value) -> bool:
        if v in self.recomputable_cache:
            return self.recomputable_cache[v]
        if not _inside(v, self.loop):
            result = True
        elif isinstance(v, ir.BlockArgument):
            result = True  # thread ids, and ivs of loops with barriers (thread-independent)
        else:
            op = v.owner.operation
            result = _pure(op) and all(self._recomputable(o) for o in op.operands)
        self.recomputable_cache[v] = result
        return result

    def _privatize_block(self, block: ir.Block) -> None:
        # Find every crossing first, change the IR afterwards: an op's hash changes with its
        # operands, so ops cannot key a map across the rewrite.
        plan: list[tuple[ir.Operation, int, list[ir.Operation]]] = []
        self._crossings(block, plan)
        for op, index, users in plan:
            result = op.results[index]
            buf = self._buffer(result.type, op.location)
            self._store(result, buf, op, after=True)
            for user in users:
                self._load_for(user, result, buf)

    def _crossings(self, block: ir.Block, plan: list) -> None:
        ops = list(ops_of(block))[:-1]
        segment: dict = {}
        seg = 0
        for op in ops:
            if op.name == "gpu.barrier" or (op.regions and _has_barrier(op)):
                seg += 1
                segment[op] = seg
                seg += 1
            else:
                segment[op] = seg
        for op in ops:
            if op.name == "scf.for" and _has_barrier(op):
                self._crossings(op.regions[0].blocks[0], plan)
            for index, result in enumerate(op.results):
                if self._recomputable(result):
                    continue
                crossing = []
                for use in result.uses:
                    top = _ancestor_in(use.owner, block)
                    if top is not None and segment.get(top, segment[op]) != segment[op]:
                        crossing.append(use.owner.operation)
                if crossing:
                    plan.append((op, index, crossing))


def _const(v: ir.Value) -> int | None:
    from mlc.compiler.analysis.values import const_int

    return const_int(v)


def _index_of(op: ir.Operation) -> int:
    for i, o in enumerate(op.block.operations):
        if o.operation == op:
            return i
    raise ValueError("operation not in its block")


def _ancestor_in(op: ir.Operation, block: ir.Block) -> ir.Operation | None:
    """The op of ``block`` that is or contains ``op`` (None when ``op`` is outside it)."""
    op = op.operation
    while op is not None and op.parent is not None:
        if op.block == block:
            return op
        op = op.parent
    return None


_SPACE = re.compile(r",\s*(3|#gpu\.address_space<workgroup>)>$")


def _is_workgroup(t: ir.Type) -> bool:
    return bool(_SPACE.search(str(t)))


def _strip_space(t: ir.Type) -> ir.Type:
    return ir.Type.parse(_SPACE.sub(">", str(t)))


def _strip_views(value: ir.Value) -> None:
    """Views (``memref.view``, e.g. of dynamic shared memory) of a tile that left the workgroup
    address space leave it too."""
    for use in list(value.uses):
        user = use.owner
        if user.name == "memref.view" and _is_workgroup(user.results[0].type):
            user.results[0].set_type(_strip_space(user.results[0].type))
            _strip_views(user.results[0])


def _block_scope(op: ir.Operation) -> ir.Operation | None:
    """What one GPU block executes, around ``op``: the innermost enclosing ``scf.parallel``
    mapped to block ids, else the enclosing function (a nest without block loop, or a
    ``gpu.func``, is one block)."""
    parent = op.parent
    while parent is not None:
        mapping = str(parent.attributes["mapping"]) if "mapping" in parent.attributes else ""
        if parent.name == "scf.parallel" and "processor = block_" in mapping:
            return parent
        if "sym_name" in parent.attributes and parent.regions and parent.regions[0].blocks:
            return parent
        parent = parent.parent
    return None


def _poison(element: ir.Type) -> ir.Attribute:
    """What a fresh tile holds before its block writes it: NaN (floats), all ones (integers)."""
    if isinstance(element, ir.FloatType):
        return ir.FloatAttr.get(element, float("nan"))
    return ir.IntegerAttr.get(element, -1)


class _BlockTiles:
    """One fresh tile per workgroup global and GPU block, filled with poison on entry."""

    def __init__(self) -> None:
        self.tiles: dict[tuple[ir.Operation, str], ir.Value] = {}

    def replace(self, get_global: ir.Operation) -> None:
        scope = _block_scope(get_global)
        if scope is None:
            raise MlcError("serialize-barriers: workgroup memory outside a function", loc=get_global.location)
        name = ir.FlatSymbolRefAttr(get_global.attributes["name"]).value
        key = (scope, name)
        if key not in self.tiles:
            mtype = _strip_space(get_global.results[0].type)
            self.tiles[key] = self._allocate(scope, mtype, get_global.location)
        get_global.results[0].replace_all_uses_with(self.tiles[key])
        get_global.erase()
        _strip_views(self.tiles[key])

    @staticmethod
    def _allocate(scope: ir.Operation, mtype: ir.MemRefType, loc: ir.Location) -> ir.Value:
        from mlir.dialects import arith, linalg, memref

        body = scope.regions[0].blocks[0]
        in_loop = scope.name == "scf.parallel"
        with ir.InsertionPoint.at_block_begin(body), loc:
            # A block loop's iterations each get (and free) their own tile; a function's
            # tile is a stack slot of its entry block.
            tile = memref.alloc(mtype, [], []) if in_loop else memref.alloca(mtype, [], [])
            poison = arith.constant(mtype.element_type, _poison(mtype.element_type))
            linalg.fill(poison, outs=[tile])
        if in_loop:
            with ir.InsertionPoint(body.operations[len(body.operations) - 1]), loc:
                memref.dealloc(tile)
        return tile


@dataclass(frozen=True)
class SerializeBarriers(Pass):
    """Rewrite every ``scf.parallel`` whose body contains ``gpu.barrier`` (directly, or inside
    ``scf.for`` loops with thread-independent bounds) into barrier-free parallel loops with the
    same meaning when run one iteration after another: the body is split at each barrier into
    consecutive ``scf.parallel`` loops, a loop containing barriers is moved outside the thread
    loop (its body split recursively), and side-effect-free values used across a barrier are
    recomputed. Workgroup memory (``memref.global``s in address space 3) becomes one fresh
    buffer per GPU block, filled with poison (NaN, or all ones for integers): allocated in
    each iteration of the enclosing block-mapped ``scf.parallel``, or once per call of a
    function with no block loop, so no block sees another's data and reading what the block
    did not write shows in the results. This is the CPU reference form of what
    ``coalesce``'s shared-memory staging emits."""

    NAME = "serialize-barriers"
    SUMMARY = "make scf.parallel loops with gpu.barrier runnable sequentially (CPU reference)"

    def run(self, op: ir.Operation) -> None:
        loops = []

        def collect(o: ir.Operation) -> ir.WalkResult:
            if (
                o.name == "scf.parallel"
                and _has_barrier(o)
                and not any(c.name == "scf.parallel" and _has_barrier(c) for c in _all_ops(o))
            ):
                loops.append(o)
            return ir.WalkResult.ADVANCE

        op.walk(collect)
        for loop in loops:
            _Privatizer(loop).run()
            _Splitter(loop).split(loop)
        shared, workgroup_globals = [], []

        def find(o: ir.Operation) -> ir.WalkResult:
            if o.name == "memref.get_global" and _is_workgroup(o.results[0].type):
                shared.append(o)
            elif o.name == "memref.global" and _is_workgroup(ir.TypeAttr(o.attributes["type"]).value):
                workgroup_globals.append(o)
            return ir.WalkResult.ADVANCE

        op.walk(find)
        tiles = _BlockTiles()
        for get_global in shared:
            tiles.replace(get_global)
        for g in workgroup_globals:
            g.erase()


def _all_ops(op: ir.Operation):
    for region in op.regions:
        for block in region.blocks:
            for child in ops_of(block):
                yield child
                yield from _all_ops(child)
