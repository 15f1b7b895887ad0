"""Pass pipelines that mix mlc passes and upstream MLIR passes.

The textual syntax is MLIR's (``builtin.module(func.func(canonicalize),coalesce{...})``).
A pipeline is flattened into *steps*, one pass each, with the chain of nested
op names it is anchored on. An upstream step runs through
``PassManager.add(text)``; an mlc step runs as a Python pass through
``PassManager.add(callable, name)``. Running step by step gives a per-pass IR
dump and, when a pass fails, a minimal reproducer: the IR just before that pass.

Every pass pipeline of mlc's runs through ``Pipeline``: ``run`` step by step on a
module, or ``run_on`` in one pass manager on a module or one op in it (mlc's own
fixed pipelines of upstream passes). No other module builds a ``PassManager``,
except ``frontends.torch_lowering``, which drives torch-mlir's passes in torch-mlir's
own MLIR build (its objects do not mix with these bindings').
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mlc.compiler import diagnostics
from mlc.compiler.errors import InternalCompilerError, MlcError, PassFailure, PipelineError
from mlc.passes import Pass, get_pass, pass_names
from mlc.passes._options import closest

if TYPE_CHECKING:
    from mlir import ir

ROOT_OPS = ("builtin.module", "any")
# The one spelling of One-Shot Bufferize: tensors become buffers across function boundaries,
# with identity layouts (the targets' kernels and the ExecutionEngine take plain strided memrefs).
# Each target surrounds it with what its buffers need (deallocation on the CPU, none on CUDA).
ONE_SHOT_BUFFERIZE = (
    "one-shot-bufferize{bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map "
    "unknown-type-conversion=identity-layout-map}"
)


@dataclass(frozen=True)
class Step:
    """One pass in a pipeline, anchored on ``path`` (op names nested below the root)."""

    name: str
    options: str = ""
    path: tuple[str, ...] = ()
    mlc: Pass | None = None

    def element(self, skip: int = 0) -> str:
        """The pass as a pipeline element, nested under its anchor ops (the first ``skip`` left out)."""
        text = (
            self.mlc.spec() if self.mlc else (f"{self.name}{{{self.options}}}" if self.options else self.name)
        )
        for op in reversed(self.path[skip:]):
            text = f"{op}({text})"
        return text

    def text(self) -> str:
        """A whole pipeline that runs just this step."""
        return f"builtin.module({self.element()})"


class _Cursor:
    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    def peek(self) -> str:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def error(self, msg: str) -> PipelineError:
        caret = " " * self.pos + "^"
        return PipelineError(f"invalid pass pipeline: {msg}\n  {self.text}\n  {caret}")

    def name(self) -> str:
        self.peek()
        start = self.pos
        while self.pos < len(self.text) and (self.text[self.pos].isalnum() or self.text[self.pos] in "_.-"):
            self.pos += 1
        if start == self.pos:
            raise self.error("expected a pass or operation name")
        return self.text[start : self.pos]

    def braced(self) -> str:
        start, depth, quote = self.pos, 0, None
        while self.pos < len(self.text):
            c = self.text[self.pos]
            if quote:
                quote = None if c == quote else quote
            elif c in "\"'":
                quote = c
            elif c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    self.pos += 1
                    return self.text[start + 1 : self.pos - 1].strip()
            self.pos += 1
        self.pos = start
        raise self.error("unbalanced '{' in pass options")


def _parse_elements(cur: _Cursor, path: tuple[str, ...], out: list[tuple[str, str, tuple[str, ...]]]) -> None:
    while True:
        if cur.peek() in (")", ""):
            return
        name = cur.name()
        options = cur.braced() if cur.peek() == "{" else ""
        if cur.peek() == "(":
            if options:
                raise cur.error(f"'{name}' is an operation name and cannot take options")
            cur.pos += 1
            _parse_elements(cur, (*path, name), out)
            if cur.peek() != ")":
                raise cur.error("expected ')'")
            cur.pos += 1
        else:
            out.append((name, options, path))
        if cur.peek() == ",":
            cur.pos += 1
            continue
        return


def parse_elements(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Parse pipeline text into (pass name, options text, anchor path) triples.

    The text is ``builtin.module(...)`` (or ``any(...)``); a bare list of passes
    is taken as ``builtin.module(...)``.
    """
    cur = _Cursor(text.strip())
    out: list[tuple[str, str, tuple[str, ...]]] = []
    if not cur.text:
        return out
    _parse_elements(cur, (), out)
    if cur.peek():
        raise cur.error(f"unexpected '{cur.peek()}'")
    if out and all(p and p[0] in ROOT_OPS for _, _, p in out):
        out = [(n, o, p[1:]) for n, o, p in out]
    elif any(p and p[0] in ROOT_OPS for _, _, p in out):
        raise cur.error("mixing a 'builtin.module(...)' anchor with bare passes")
    return out


def unknown_pass_error(name: str) -> PipelineError:
    """'unknown pass' with the closest mlc and upstream names as a hint."""
    from mlc.compiler.upstream import catalog

    near = closest(name, [*pass_names(), *catalog()])
    hint = (
        f"did you mean {', '.join(repr(n) for n in near)}?"
        if near
        else "mlc-opt --list-passes lists them all"
    )
    return PipelineError(f"unknown pass '{name}'", hint=hint)


def make_step(name: str, options: str = "", path: tuple[str, ...] = ()) -> Step:
    """A validated step: mlc passes get their options parsed; upstream names are checked."""
    from mlc.compiler.upstream import catalog

    cls = get_pass(name)
    if cls is not None:
        return Step(name, options, path, cls.from_options(options))
    if name not in catalog():
        raise unknown_pass_error(name)
    return Step(name, options, path)


@dataclass
class Pipeline:
    """An ordered list of steps; ``str(pipeline)`` is valid ``--pass-pipeline`` text."""

    steps: list[Step] = field(default_factory=list)

    @classmethod
    def parse(cls, text: str) -> Pipeline:
        return cls([make_step(n, o, p) for n, o, p in parse_elements(text)])

    @classmethod
    def from_flags(cls, flags: list[str]) -> Pipeline:
        """From mlir-opt style flags, e.g. ``["--canonicalize", "--coalesce=vector-width=4"]``."""
        from mlc.compiler.upstream import resolve_flags

        steps: list[Step] = []
        upstream: list[str] = []

        def flush() -> None:
            if upstream:
                steps.extend(cls.parse(resolve_flags(upstream)).steps)
                upstream.clear()

        for flag in flags:
            name, _, value = flag.lstrip("-").partition("=")
            if get_pass(name) is not None:
                flush()
                steps.append(make_step(name, value))
            else:
                make_step(name)  # raises "unknown pass" with suggestions
                upstream.append(flag)
        flush()
        return cls(steps)

    def add(self, name: str, options: str = "", *, nest: tuple[str, ...] = ()) -> Pipeline:
        """Append a pass (chainable): ``Pipeline().add("canonicalize").add("cse")``."""
        self.steps.append(make_step(name, options, nest))
        return self

    def __str__(self) -> str:
        return f"builtin.module({','.join(s.element() for s in self.steps)})"

    def validate(self, context: ir.Context) -> None:
        """Have MLIR parse every upstream step now, so option errors surface before any pass runs."""
        for step in self.steps:
            if step.mlc is None:
                _pass_manager(step, context)

    def run(
        self,
        module: ir.Module,
        *,
        verify_each: bool = True,
        print_ir_after_all: bool = False,
        print_ir_before_all: bool = False,
        on_step: Callable[[int, Step], None] | None = None,
        after_step: Callable[[int, Step, ir.Module], None] | None = None,
    ) -> None:
        """Run every step on ``module`` in place.

        Raises ``PassFailure`` (with the MLIR diagnostics and ``step_index``) when
        a pass fails, and ``InternalCompilerError`` when an mlc pass has a bug.
        """
        for index, step in enumerate(self.steps):
            if on_step:
                on_step(index, step)
            run_step(step, module, verify_each, print_ir_after_all, print_ir_before_all, index)
            if after_step:
                after_step(index, step, module)

    def run_on(self, op: ir.Operation | ir.Module) -> None:
        """Run every step in one pass manager on ``op``: a module, or one op in it (a function, say)
        when every step is anchored on that op's name (``func.func(...)``).

        For mlc's own fixed pipelines of upstream passes, where a per-step dump or reproducer is not
        wanted: faster than ``run``. Raises ``PassFailure`` (message: the first MLIR error; all of
        them as its diagnostics), and ``PipelineError`` for an mlc pass or a step anchored elsewhere.
        """
        from mlir import ir, passmanager

        target = op.operation
        anchor = target.name
        skip = 0 if anchor == "builtin.module" else 1
        for step in self.steps:
            if step.mlc is not None:
                raise PipelineError(f"'{step.name}' is an mlc pass: run this pipeline with Pipeline.run")
            if skip and step.path[:1] != (anchor,):
                raise PipelineError(f"'{step.element()}' is not anchored on '{anchor}'")
        text = f"{anchor}({','.join(s.element(skip) for s in self.steps)})"
        try:
            pm = passmanager.PassManager.parse(text, target.context)
        except ValueError as e:
            raise PipelineError(f"invalid pass pipeline '{text}': {' '.join(str(e).split())}") from None
        try:
            pm.run(target)
        except ir.MLIRError as e:
            diags = [diagnostics.convert(d) for d in e.error_diagnostics]
            raise PassFailure(diags[0].message if diags else str(e), diagnostics=diags) from None


def _pass_manager(step: Step, context: ir.Context, runner: Callable | None = None):
    from mlir import passmanager

    pm = passmanager.PassManager("builtin.module", context)
    try:
        if step.mlc is None:
            pm.add(step.element())
        else:
            pm.add(runner or (lambda op, p: None), step.name)
    except ValueError as e:
        detail = " ".join(str(e).split())
        raise PipelineError(f"invalid pass '{step.element()}': {detail}") from None
    return pm


def _anchored(root: ir.Operation, path: tuple[str, ...]) -> Iterator[ir.Operation]:
    """Ops reached from ``root`` by following ``path`` through directly nested ops."""
    if not path:
        yield root
        return
    for region in root.regions:
        for block in region.blocks:
            for op in block.operations:
                if path[0] in ("any", op.operation.name):
                    yield from _anchored(op.operation, path[1:])


def run_step(
    step: Step,
    module: ir.Module,
    verify_each: bool = True,
    print_after: bool = False,
    print_before: bool = False,
    index: int = 0,
) -> None:
    """Run one step; see ``Pipeline.run`` for the errors it raises."""
    from mlir import ir

    crash: list[str] = []

    def runner(op: ir.Operation, pass_) -> None:
        try:
            for target in _anchored(op, step.path):
                step.mlc.run(target)
        except MlcError as e:
            diagnostics.emit("error", e.message, e.loc or op.location)
            pass_.signal_pass_failure()
        except Exception:
            crash.append(traceback.format_exc())
            diagnostics.emit("error", f"internal error in pass '{step.name}'", op.location)
            pass_.signal_pass_failure()

    pm = _pass_manager(step, module.context, runner)
    pm.enable_verifier(verify_each)
    if print_after or print_before:
        pm.enable_ir_printing(print_before_all=print_before, print_after_all=print_after)
    try:
        pm.run(module.operation)
    except ir.MLIRError as e:
        diags = [diagnostics.convert(d) for d in e.error_diagnostics]
        if crash:
            raise InternalCompilerError(
                f"pass '{step.name}' raised {crash[-1].rstrip().splitlines()[-1]}",
                diagnostics=diags,
                step_index=index,
                details=crash[-1],
            ) from None
        raise PassFailure(f"pass '{step.name}' failed", diagnostics=diags, step_index=index) from None
