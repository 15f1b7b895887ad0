"""Find the kernels of a module and extract their variables and memory accesses.

A kernel is a ``gpu.launch``, an outlined ``gpu.func`` (launch sizes taken from
its ``gpu.launch_func`` sites), an outermost ``scf.parallel`` carrying GPU
``mapping`` attributes, or a loop nest without a mapping (``scf.parallel``,
``affine.parallel``, or sequential ``scf.for``/``affine.for`` loops). Loop
induction variables of mapped loops are expressed through the hardware ids
they map to (``iv = lb + step * map(id)``), exactly as
``convert-parallel-loops-to-gpu`` will substitute them.
"""

from __future__ import annotations

import math
import re

import numpy as np
from mlir import ir

from mlc.compiler import attributes
from mlc.compiler.analysis.expr import Expr
from mlc.compiler.analysis.model import BLOCK_VARS, THREAD_VARS, Access, Kernel, VarInfo
from mlc.compiler.analysis.values import Tracer, affine_to_expr, const_int, element_bytes

_PROC = re.compile(r"processor\s*=\s*(\w+)")
_MAP = re.compile(r"map\s*=\s*(\([^)]*\)\s*->\s*\([^)]*\))")
_LOOPS = ("scf.for", "affine.for")
_PARALLEL = ("scf.parallel", "affine.parallel")
ACCESS_OPS = (
    "memref.load",
    "memref.store",
    "affine.load",
    "affine.store",
    "vector.load",
    "vector.store",
    "vector.transfer_read",
    "vector.transfer_write",
    "affine.vector_load",
    "affine.vector_store",
)

# Warp-level ops whose lanes each access memory: ldmatrix reads one 16-byte row per lane (shared),
# cp.async copies one chunk per lane (global -> shared).
NVGPU_ACCESS_OPS = ("nvgpu.ldmatrix", "nvgpu.device_async_copy")


def ops_of(block: ir.Block):
    for op in block.operations:
        yield op.operation


def nested_ops(op: ir.Operation) -> list[ir.Operation]:
    """``op`` and every op nested in it, in walk order."""
    found: list[ir.Operation] = []

    def visit(o: ir.Operation) -> ir.WalkResult:
        found.append(o)
        return ir.WalkResult.ADVANCE

    op.walk(visit)
    return found


def mapping_of(op: ir.Operation) -> list[tuple[str, ir.AffineMap | None]] | None:
    """The (processor, map) pairs of an scf.parallel's GPU mapping, or None when unmapped."""
    if "mapping" not in op.attributes:
        return None
    out = []
    for attr in ir.ArrayAttr(op.attributes["mapping"]):
        text = str(attr)
        proc = _PROC.search(text)
        amap = _MAP.search(text)
        parsed = ir.AffineMapAttr(ir.Attribute.parse(f"affine_map<{amap.group(1)}>")).value if amap else None
        out.append((proc.group(1) if proc else "sequential", parsed))
    return out


def _contains(op: ir.Operation, names: tuple[str, ...]) -> bool:
    for region in op.regions:
        for block in region.blocks:
            for child in ops_of(block):
                if child.name in names or _contains(child, names):
                    return True
    return False


class _Builder:
    """Walks one kernel body, declaring variables and collecting accesses."""

    def __init__(self, kernel: Kernel, names: ir.AsmState, tracer_env: dict | None = None) -> None:
        self.kernel = kernel
        self.tracer = Tracer(kernel, names, tracer_env)
        self.linalg_dims = kernel.op is not None and attributes.LINALG_LOOPS in kernel.op.attributes
        self.conds: list[tuple[int, Expr, Expr]] = []

    # -- variables -----------------------------------------------------------
    def declare(self, value: ir.Value, kind: str, lb: Expr, ub: Expr, step: Expr, loop, dim) -> str:
        """Declare the loop variable ``value`` and bind it; returns the variable's name (the bound
        expression may involve other variables: a strip's start)."""
        if self.linalg_dims:
            label = f"d{sum(1 for v in self.kernel.vars.values() if v.loop is not None)}"
        else:
            label = self.tracer.name_of(value)
        name = f"{kind[:3]}:{label}:{len(self.kernel.vars)}"
        info = VarInfo(name, label, kind, loop=loop, dim=dim)
        if lb.is_constant() and step.is_constant() and step.const > 0:
            info.lb, info.step = lb.const, step.const
            bound = _static_upper_bound(ub)
            if bound is not None:
                info.count = max(0, -((lb.const - bound) // step.const))
        expr = self.kernel.var(info)
        self.tracer.bind(value, expr)
        self.tracer.values[name] = value
        length = _strip_length(lb, ub, self.kernel.vars)
        if info.count is None and length is not None and step.is_constant() and step.const > 0:
            # A strip of (at most) fixed length at a moving start, as strip-mined loops have:
            # iv = lb + step * n, with the strips' mean length (see _strip_length).
            info.lb, info.step, info.count = 0, 1, max(0, -(-length // step.const))
            expr = lb + expr * step.const
            self.tracer.bind(value, expr)
            del self.tracer.values[name]
        return name

    def hardware(self, name: str, label: str, kind: str, count: int | None, dim: int) -> Expr:
        if name not in self.kernel.vars:
            self.kernel.vars[name] = VarInfo(name, label, kind, 0, 1, count, dim=dim)
        elif count is not None and self.kernel.vars[name].count is None:
            self.kernel.vars[name].count = count
        return Expr.var(name)

    # -- walking -------------------------------------------------------------
    def walk(self, block: ir.Block, seq: tuple[str, ...], cond: bool, mapped: bool) -> None:
        for op in ops_of(block):
            name = op.name
            if name in ACCESS_OPS:
                self.access(op, seq, cond)
            elif name in NVGPU_ACCESS_OPS:
                self.nvgpu_access(op, seq, cond)
            elif name == "scf.for":
                fop = op.opview
                var = self.declare(
                    fop.induction_variable,
                    "sequential",
                    self.tracer.expr(fop.lowerBound),
                    self.tracer.expr(fop.upperBound),
                    self.tracer.expr(fop.step),
                    op,
                    0,
                )
                self.walk(fop.body, (*seq, var), cond, mapped)
            elif name == "affine.for":
                var = self.affine_for(op)
                self.walk(op.regions[0].blocks[0], (*seq, var), cond, mapped)
            elif name == "scf.parallel":
                self.parallel(op, seq, cond, mapped)
            elif name == "affine.parallel":
                self.affine_parallel(op, seq, cond, mapped)
            elif name in ("scf.if", "affine.if"):
                for i, region in enumerate(op.regions):
                    pushed = self.condition(op.operands[0]) if name == "scf.if" and i == 0 else []
                    self.conds.extend(pushed)
                    for b in region.blocks:
                        self.walk(b, seq, True, mapped)
                    del self.conds[len(self.conds) - len(pushed) :]
            else:
                for region in op.regions:
                    for b in region.blocks:
                        self.walk(b, seq, cond, mapped)

    def condition(self, value: ir.Value) -> list[tuple[int, Expr, Expr]]:
        """The comparisons an scf.if condition is a conjunction of (others are ignored)."""
        if not isinstance(value, ir.OpResult):
            return []
        op = value.owner
        name = op.operation.name
        if name == "arith.andi":
            return self.condition(op.operands[0]) + self.condition(op.operands[1])
        if name == "arith.cmpi":
            pred = ir.IntegerAttr(op.attributes["predicate"]).value
            return [(pred, self.tracer.expr(op.operands[0]), self.tracer.expr(op.operands[1]))]
        return []

    def affine_for(self, op: ir.Operation) -> str:
        fop = op.opview
        lb_map = fop.lowerBoundMap.value
        ub_map = fop.upperBoundMap.value
        lbs = self._map_results(lb_map, list(fop.lowerBoundOperands))
        ubs = self._map_results(ub_map, list(fop.upperBoundOperands))
        step = Expr.constant(ir.IntegerAttr(op.attributes["step"]).value)
        return self.declare(
            fop.induction_variable,
            "sequential",
            Expr.extremum("max", lbs),
            Expr.extremum("min", ubs),
            step,
            op,
            0,
        )

    def _map_results(self, amap: ir.AffineMap, operands: list[ir.Value]) -> list[Expr]:
        vals = [self.tracer.expr(v) for v in operands]
        return [affine_to_expr(e, vals[: amap.n_dims], vals[amap.n_dims :]) for e in amap.results]

    def parallel(self, op: ir.Operation, seq: tuple[str, ...], cond: bool, mapped: bool) -> None:
        pop = op.opview
        mapping = mapping_of(op) if mapped else None
        ivs = list(pop.region.blocks[0].arguments)
        lbs = [self.tracer.expr(v) for v in pop.lowerBound]
        ubs = [self.tracer.expr(v) for v in pop.upperBound]
        steps = [self.tracer.expr(v) for v in pop.step]
        new_seq = list(seq)
        guards: list[tuple[int, Expr, Expr]] = []
        for d, iv in enumerate(ivs):
            proc = mapping[d][0] if mapping and d < len(mapping) else None
            if proc and proc != "sequential":
                level, axis = proc.split("_")
                dim = "xyz".index(axis)
                count = _trip_count(lbs[d], ubs[d], steps[d])
                if level == "thread":
                    hw = self.hardware(THREAD_VARS[dim], f"threadIdx.{axis}", "thread", count, dim)
                else:
                    hw = self.hardware(BLOCK_VARS[dim], f"blockIdx.{axis}", "block", count, dim)
                amap = mapping[d][1]
                if amap is not None and amap != ir.AffineMap.get_identity(1):
                    hw = affine_to_expr(amap.results[0], [hw], [])
                self.tracer.bind(iv, lbs[d] + steps[d] * hw)
                if not ubs[d].is_constant():
                    guards.append((2, lbs[d] + steps[d] * hw, ubs[d]))
            else:
                kind = "parallel" if not mapped else "sequential"
                var = self.declare(iv, kind, lbs[d], ubs[d], steps[d], op, d)
                (self.kernel.parallel if kind == "parallel" else new_seq).append(var)
        self.conds.extend(guards)
        self.walk(pop.region.blocks[0], tuple(new_seq), cond or bool(guards), mapped)
        del self.conds[len(self.conds) - len(guards) :]

    def affine_parallel(self, op: ir.Operation, seq: tuple[str, ...], cond: bool, mapped: bool) -> None:
        pop = op.opview
        operands = list(pop.mapOperands)
        lb_map, ub_map = pop.lowerBoundsMap.value, pop.upperBoundsMap.value
        n_lb = lb_map.n_dims + lb_map.n_symbols
        lbs_all = self._map_results(lb_map, operands[:n_lb])
        ubs_all = self._map_results(ub_map, operands[n_lb:])
        lb_groups = list(ir.DenseI32ArrayAttr(op.attributes["lowerBoundsGroups"]))
        ub_groups = list(ir.DenseI32ArrayAttr(op.attributes["upperBoundsGroups"]))
        steps = _int_list(op, "steps")
        new_seq = list(seq)
        li = ui = 0
        for d, iv in enumerate(pop.region.blocks[0].arguments):
            lb = Expr.extremum("max", lbs_all[li : li + lb_groups[d]])
            ub = Expr.extremum("min", ubs_all[ui : ui + ub_groups[d]])
            li += lb_groups[d]
            ui += ub_groups[d]
            kind = "sequential" if mapped else "parallel"
            var = self.declare(iv, kind, lb, ub, Expr.constant(steps[d]), op, d)
            (new_seq if mapped else self.kernel.parallel).append(var)
        self.walk(pop.region.blocks[0], tuple(new_seq), cond, mapped)

    # -- accesses ------------------------------------------------------------
    def access(self, op: ir.Operation, seq: tuple[str, ...], cond: bool) -> None:
        name = op.name
        store = name.endswith(("store", "write"))
        operands = list(op.operands)
        if store:
            value, memref, rest = operands[0], operands[1], operands[2:]
        else:
            memref, rest = operands[0], operands[1:]
            value = op.results[0]
        if not isinstance(memref.type, ir.MemRefType):
            return
        mtype = ir.MemRefType(memref.type)
        if name.startswith("affine."):
            amap = op.attributes["map"].value
            vals = [self.tracer.expr(v) for v in rest[: amap.n_inputs]]
            indices = [affine_to_expr(e, vals[: amap.n_dims], vals[amap.n_dims :]) for e in amap.results]
        else:
            indices = [self.tracer.expr(v) for v in rest[: mtype.rank]]
        lanes = 1
        if isinstance(value.type, ir.VectorType):
            lanes = math.prod(ir.VectorType(value.type).shape)
        self.record(op, "store" if store else "load", memref, indices, lanes, seq, cond)

    def nvgpu_access(self, op: ir.Operation, seq: tuple[str, ...], cond: bool) -> None:
        """ldmatrix: each lane reads the 16-byte row its indices address; cp.async: each lane
        reads ``dstElements`` elements and writes them to shared memory."""
        view = op.opview
        if op.name == "nvgpu.ldmatrix":
            mtype = ir.MemRefType(view.srcMemref.type)
            lanes = 16 // element_bytes(mtype.element_type)
            indices = [self.tracer.expr(v) for v in view.indices]
            self.record(op, "load", view.srcMemref, indices, lanes, seq, cond)
            return
        count = ir.IntegerAttr(view.dstElements).value
        src = [self.tracer.expr(v) for v in view.srcIndices]
        dst = [self.tracer.expr(v) for v in view.dstIndices]
        self.record(op, "load", view.src, src, count, seq, cond)
        self.record(op, "store", view.dst, dst, count, seq, cond)

    def record(self, op, kind: str, memref: ir.Value, indices: list[Expr], lanes: int, seq, cond) -> None:
        mtype = ir.MemRefType(memref.type)
        store = kind == "store"
        buf = self.tracer.buffer(memref)
        address = buf.offset
        contiguous = None
        for k, (idx, stride) in enumerate(zip(indices, buf.strides, strict=False)):
            address = address + idx * stride
            if stride.is_constant() and stride.const == 1 and (contiguous is None or k == mtype.rank - 1):
                contiguous = idx
        self.kernel.accesses.append(
            Access(
                op=op,
                loc=op.location,
                kind="store" if store else "load",
                buffer=buf.name,
                root=buf.root,
                space=buf.space,
                elem_bytes=element_bytes(mtype.element_type),
                lanes=lanes,
                address=address,
                seq_loops=seq,
                conditional=cond,
                contiguous_dim=contiguous,
                view=memref,
                indices=tuple(indices),
                conditions=tuple(self.conds),
            )
        )


def _int_list(op: ir.Operation, name: str) -> list[int]:
    attr = op.attributes[name]
    try:
        return list(ir.DenseI64ArrayAttr(attr))
    except (ValueError, TypeError):
        return [ir.IntegerAttr(a).value for a in ir.ArrayAttr(attr)]


def _strip_length(lb: Expr, ub: Expr, vars: dict[str, VarInfo]) -> int | None:
    """``ub - lb`` when it is a constant; when ``ub = min(lb + c, U, ...)``, the mean of
    ``min(c, U - lb)`` over the values ``lb`` takes (the last strip of a strip-mined loop is
    cut short by ``U``), or ``c`` when those values are not known."""
    if lb.is_constant():
        return None
    diff = ub - lb
    if diff.is_constant():
        return diff.const
    if len(ub.terms) == 1 and ub.const == 0 and getattr(ub.terms[0][0], "kind", None) == "min":
        args = ub.terms[0][0].args
        lengths = [(a - lb).const for a in args if (a - lb).is_constant()]
        if not lengths:
            return None
        bounds = [a.const for a in args if a.is_constant()]
        starts = _values(lb, vars)
        if not bounds or starts is None:
            return min(lengths)
        return round(float(np.mean(np.clip(min(bounds) - starts, 0, min(lengths)))))
    return None


def _values(e: Expr, vars: dict[str, VarInfo], limit: int = 4096) -> np.ndarray | None:
    """Every value of ``e`` over its variables' static ranges (None when unknown or too many)."""
    names = sorted(e.variables())
    infos = [vars.get(n) for n in names]
    if e.unknowns() or any(i is None or not i.known_range() for i in infos):
        return None
    if math.prod(i.count for i in infos) > limit:
        return None
    grids = np.meshgrid(*[i.lb + i.step * np.arange(i.count) for i in infos], indexing="ij")
    return np.asarray(e.evaluate({n: g.ravel() for n, g in zip(names, grids, strict=True)}))


def _static_upper_bound(ub: Expr) -> int | None:
    """A constant bound, or the constant operand of a min (as convert-parallel-loops-to-gpu derives it)."""
    if ub.is_constant():
        return ub.const
    if len(ub.terms) == 1 and ub.const == 0 and ub.terms[0][1] == 1:
        atom = ub.terms[0][0]
        if getattr(atom, "kind", None) == "min":
            consts = [a.const for a in atom.args if a.is_constant()]
            if consts:
                return min(consts)
    return None


def _trip_count(lb: Expr, ub: Expr, step: Expr) -> int | None:
    bound = _static_upper_bound(ub)
    if bound is None or not lb.is_constant() or not step.is_constant() or step.const <= 0:
        return None
    return max(0, -((lb.const - bound) // step.const))


def static_int(value: ir.Value | None) -> int | None:
    """The value of an index computed from constants only (constants, arith, affine.apply)."""
    if value is None:
        return None
    expr = Tracer(Kernel("", None, None, ""), None).expr(value)
    return expr.const if expr.is_constant() else None


def _launch_sizes(op, names: tuple[str, ...]) -> tuple[int | None, ...]:
    return tuple(static_int(getattr(op.opview, n)) for n in names)


def _func_name(op: ir.Operation) -> str:
    return ir.StringAttr(op.attributes["sym_name"]).value


class KernelFinder:
    """Collects the kernels of a module (see the module docstring)."""

    def __init__(self, module_op: ir.Operation) -> None:
        self.module_op = module_op
        self.names = ir.AsmState(module_op)
        self.kernels: list[Kernel] = []
        self.launch_sites: dict[str, list[ir.Operation]] = {}

    def run(self) -> list[Kernel]:
        self._collect_launch_sites(self.module_op)
        self._scan_module(self.module_op)
        return self.kernels

    def _collect_launch_sites(self, op: ir.Operation) -> None:
        for region in op.regions:
            for block in region.blocks:
                for child in ops_of(block):
                    if child.name == "gpu.launch_func":
                        text = str(child.attributes["kernel"])
                        self.launch_sites.setdefault(text, []).append(child)
                    self._collect_launch_sites(child)

    def _scan_module(self, module: ir.Operation, prefix: str = "") -> None:
        for op in ops_of(module.regions[0].blocks[0]):
            if op.name == "func.func" and op.regions[0].blocks:
                self._scan_function(op)
            elif op.name == "gpu.module":
                mod = ir.StringAttr(op.attributes["sym_name"]).value
                for fn in ops_of(op.regions[0].blocks[0]):
                    if fn.name == "gpu.func" and "gpu.kernel" in fn.attributes:
                        self._gpu_func(fn, mod)
            elif op.name == "builtin.module":
                self._scan_module(op)

    def _scan_function(self, fn: ir.Operation) -> None:
        self._func = _func_name(fn)
        self._index = 0
        self._scan_block(fn.regions[0].blocks[0], 1)

    def _new_kernel(self, op: ir.Operation, level: str, outer: int | None) -> Kernel:
        self._index += 1
        name = f"@{self._func}" if self._index == 1 else f"@{self._func}#{self._index}"
        return Kernel(name=name, op=op, loc=op.location, level=level, outer_count=outer)

    def _scan_block(self, block: ir.Block, outer: int | None) -> None:
        for op in ops_of(block):
            if op.name == "gpu.launch":
                self._gpu_launch(op, outer)
            elif op.name == "scf.parallel":
                mapped = mapping_of(op) is not None
                kernel = self._new_kernel(op, "mapped" if mapped else "loops", outer)
                _Builder(kernel, self.names).parallel(op, (), False, mapped)
                self._finish(kernel)
            elif op.name == "affine.parallel":
                kernel = self._new_kernel(op, "loops", outer)
                _Builder(kernel, self.names).affine_parallel(op, (), False, False)
                self._finish(kernel)
            elif op.name in _LOOPS and not _contains(op, (*_PARALLEL, "gpu.launch")):
                if _contains(op, ACCESS_OPS):
                    kernel = self._new_kernel(op, "loops", outer)
                    _Builder(kernel, self.names).walk(_as_block(op), (), False, False)
                    self._finish(kernel)
            elif op.name in _LOOPS:
                self._scan_block(op.regions[0].blocks[0], _times(outer, _host_trip(op)))
            else:
                for region in op.regions:
                    for b in region.blocks:
                        self._scan_block(b, outer)

    def _gpu_launch(self, op: ir.Operation, outer: int | None) -> None:
        kernel = self._new_kernel(op, "gpu", outer)
        grid = _launch_sizes(op, ("gridSizeX", "gridSizeY", "gridSizeZ"))
        block = _launch_sizes(op, ("blockSizeX", "blockSizeY", "blockSizeZ"))
        kernel.grid = grid
        kernel.block = block if all(b is not None for b in block) else None
        body = op.regions[0].blocks[0]
        args = list(body.arguments)
        env = {}
        for d in range(3):
            env[args[d]] = Expr.var(BLOCK_VARS[d])
            env[args[3 + d]] = Expr.var(THREAD_VARS[d])
            if grid[d] is not None:
                env[args[6 + d]] = Expr.constant(grid[d])
            if block[d] is not None:
                env[args[9 + d]] = Expr.constant(block[d])
        self._declare_hw(kernel)
        _Builder(kernel, self.names, env).walk(body, (), False, True)
        self._finish(kernel)

    def _gpu_func(self, fn: ir.Operation, module_name: str) -> None:
        name = _func_name(fn)
        kernel = Kernel(name=f"@{module_name}::@{name}", op=fn, loc=fn.location, level="gpu")
        sites = self.launch_sites.get(f"@{module_name}::@{name}", [])
        env = {}
        if sites:
            grids = {_launch_sizes(s, ("gridSizeX", "gridSizeY", "gridSizeZ")) for s in sites}
            blocks = {_launch_sizes(s, ("blockSizeX", "blockSizeY", "blockSizeZ")) for s in sites}
            if len(grids) == 1:
                kernel.grid = next(iter(grids))
            if len(blocks) == 1 and None not in next(iter(blocks)):
                kernel.block = next(iter(blocks))
            if len(sites) > 1:
                kernel.notes.append(f"{len(sites)} launch sites")
            args = list(fn.regions[0].blocks[0].arguments)
            for i, arg in enumerate(args):
                values = {static_int(list(s.opview.kernelOperands)[i]) for s in sites}
                if len(values) == 1 and None not in values:
                    env[arg] = Expr.constant(next(iter(values)))
        if kernel.block is None and "known_block_size" in fn.attributes:
            kernel.block = tuple(ir.DenseI32ArrayAttr(fn.attributes["known_block_size"]))
        self._declare_hw(kernel)
        _Builder(kernel, self.names, env).walk(fn.regions[0].blocks[0], (), False, True)
        self._finish(kernel)

    @staticmethod
    def _declare_hw(kernel: Kernel) -> None:
        for d, axis in enumerate("xyz"):
            tcount = kernel.block[d] if kernel.block else None
            gcount = kernel.grid[d] if kernel.grid else None
            kernel.vars[THREAD_VARS[d]] = VarInfo(
                THREAD_VARS[d], f"threadIdx.{axis}", "thread", 0, 1, tcount, dim=d
            )
            kernel.vars[BLOCK_VARS[d]] = VarInfo(
                BLOCK_VARS[d], f"blockIdx.{axis}", "block", 0, 1, gcount, dim=d
            )

    @staticmethod
    def _finish_mapped(kernel: Kernel) -> None:
        kernel.block = tuple((kernel.vars[t].count if t in kernel.vars else 1) for t in THREAD_VARS)
        kernel.grid = tuple((kernel.vars[b].count if b in kernel.vars else 1) for b in BLOCK_VARS)
        if any(b is None for b in kernel.block):
            kernel.notes.append("a thread-mapped loop has no static trip count")
            kernel.block = None

    def _finish(self, kernel: Kernel) -> None:
        if kernel.level == "mapped":
            self._finish_mapped(kernel)
        if kernel.level == "loops" and not kernel.parallel:
            _parallel_candidates(kernel)
        if kernel.level == "loops":
            kernel.default_x = _default_x(kernel)
        if kernel.accesses:
            self.kernels.append(kernel)


def _parallel_candidates(kernel: Kernel) -> None:
    """In a nest of sequential loops, the loops the dependence test lets run in parallel become
    the candidates for threadIdx.x (upstream maps none of them: there is no default)."""
    from mlc.compiler.analysis.dependence import analyze_dependences

    loops = [n for n, v in kernel.vars.items() if v.kind == "sequential"]
    free = analyze_dependences(kernel.accesses, loops, kernel.vars).parallel(loops)
    free = [v for v in free if all(v in a.seq_loops for a in kernel.accesses)]
    for name in free:
        kernel.vars[name].kind = "parallel"
    kernel.parallel = free
    for access in kernel.accesses:
        access.seq_loops = tuple(v for v in access.seq_loops if v not in free)
    if free:
        kernel.notes.append("no parallel loop: candidates are the loops free of loop-carried dependences")


def _default_x(kernel: Kernel) -> str | None:
    """The loop upstream's tiling + gpu-map-parallel-loops would give threadIdx.x: dim 0 of the
    second parallel level if there is one, else dim 0 of the outermost parallel loop."""
    loops = []
    for name in kernel.parallel:
        info = kernel.vars[name]
        if info.loop is not None and info.loop not in loops and info.loop.name not in _LOOPS:
            loops.append(info.loop)
    if not loops:
        return None
    target = loops[1] if len(loops) > 1 else loops[0]
    for name in kernel.parallel:
        if kernel.vars[name].loop == target and kernel.vars[name].dim == 0:
            return name
    return None


def _as_block(op: ir.Operation) -> ir.Block:
    """A detached view: walk ``op`` itself as if it were the only op of a block."""
    return _Single(op)


class _Single:
    def __init__(self, op: ir.Operation) -> None:
        self.operations = [op]


def _host_trip(op: ir.Operation) -> int | None:
    if op.name == "scf.for":
        fop = op.opview
        lb, ub, st = (const_int(v) for v in (fop.lowerBound, fop.upperBound, fop.step))
        if None in (lb, ub, st) or st <= 0:
            return None
        return max(0, -((lb - ub) // st))
    return None


def _times(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a * b


def find_kernels(module_op: ir.Operation) -> list[Kernel]:
    """All kernels of ``module_op`` (a builtin.module) with their accesses."""
    return KernelFinder(module_op).run()


def loop_kernel(op: ir.Operation, names: ir.AsmState | None = None) -> Kernel:
    """The model of one loop nest (an scf.parallel or a sequential loop), mapped or not."""
    mapped = op.name == "scf.parallel" and mapping_of(op) is not None
    kernel = Kernel(name="", op=op, loc=op.location, level="mapped" if mapped else "loops")
    builder = _Builder(kernel, names)
    if op.name == "scf.parallel":
        builder.parallel(op, (), False, mapped)
    else:
        builder.walk(_as_block(op), (), False, False)
    if mapped:
        KernelFinder._finish_mapped(kernel)
    else:
        kernel.default_x = _default_x(kernel)
    return kernel
