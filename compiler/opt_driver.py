"""The ``mlc-opt`` driver: an mlir-opt-compatible optimizer over mlc and upstream passes.

Argument parsing imports nothing heavy. The work itself runs in a forked child
(``cli.run_tool``) so that an abort inside MLIR becomes an
"internal compiler error" with a saved reproduction, not a dead caller.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mlc.compiler import isolation
from mlc.compiler.cli import run_tool
from mlc.compiler.errors import ArgumentParser, Diagnostic, InternalCompilerError, MlcError, PipelineError
from mlc.compiler.source import SPLIT_MARKER, Chunk, Source, read_source, split_chunks
from mlc.compiler.stages import dump_name

if TYPE_CHECKING:
    from mlir import ir

    from mlc.compiler.pipeline import Pipeline

TOOL = "mlc-opt"


@dataclass
class OptOptions:
    """Parsed ``mlc-opt`` command line."""

    input: str = "-"
    output: str = "-"
    pass_pipeline: str | None = None
    pass_flags: list[str] = field(default_factory=list)
    split_input_file: bool = False
    verify_diagnostics: bool = False
    print_ir_after_all: bool = False
    print_ir_before_all: bool = False
    print_debuginfo: bool = False
    print_op_generic: bool = False
    print_local_scope: bool = False
    elide_elements_limit: int | None = None
    allow_unregistered: bool = False
    verify_each: bool = True
    dump_dir: str | None = None
    load_pass_plugin: list[str] = field(default_factory=list)
    list_passes: bool = False
    version: bool = False
    show_help: bool = False
    debug: bool = False


def _parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog=TOOL,
        add_help=False,
        allow_abbrev=False,
        usage=f"{TOOL} [options] [--<pass>[=<options>] ...] [input.mlir|-]",
        description="MLIR optimizer driver with mlc's passes alongside every upstream MLIR pass.",
    )
    a = p.add_argument
    a("input", nargs="?", default="-", help="input file ('-' or nothing for stdin)")
    a("-o", dest="output", default="-", metavar="FILE", help="output file (default: stdout)")
    a(
        "--pass-pipeline",
        metavar="PIPELINE",
        help="textual pipeline, e.g. 'builtin.module(func.func(canonicalize),coalesce)'",
    )
    a("--split-input-file", action="store_true", help=f"process each '{SPLIT_MARKER}' chunk separately")
    a("--verify-diagnostics", action="store_true", help="check diagnostics against expected-* comments")
    a(
        "--mlir-print-ir-after-all",
        dest="print_ir_after_all",
        action="store_true",
        help="print IR after each pass",
    )
    a(
        "--mlir-print-ir-before-all",
        dest="print_ir_before_all",
        action="store_true",
        help="print IR before each pass",
    )
    a("--mlir-print-debuginfo", dest="print_debuginfo", action="store_true", help="print locations")
    a(
        "--mlir-print-op-generic",
        dest="print_op_generic",
        action="store_true",
        help="print the generic op form",
    )
    a("--mlir-print-local-scope", dest="print_local_scope", action="store_true", help="print without aliases")
    a(
        "--mlir-elide-elementsattrs-if-larger",
        dest="elide_elements_limit",
        type=int,
        metavar="N",
        help="elide elements attributes with more than N elements",
    )
    a(
        "--allow-unregistered-dialect",
        dest="allow_unregistered",
        action="store_true",
        help="accept unknown ops",
    )
    a("--verify-each", choices=["true", "false"], default="true", help="verify the IR after each pass")
    a("--mlir-disable-threading", action="store_true", help="accepted for compatibility (mlc never threads)")
    a("--dump-dir", metavar="DIR", help="write the IR before the first pass and after every pass to DIR")
    a(
        "--load-pass-plugin",
        action="append",
        default=[],
        metavar="MODULE_OR_FILE",
        help="import a Python module or .py file that registers passes (repeatable)",
    )
    a("--list-passes", action="store_true", help="list mlc and upstream passes with their options")
    a("--version", action="store_true", help="print the mlc and LLVM versions")
    a("--debug", action="store_true", help="show Python tracebacks of internal errors")
    a("-h", "--help", dest="show_help", action="store_true", help="show this help")
    return p


def _normalize(argv: list[str]) -> list[str]:
    """Accept mlir-opt's single-dash long options (``-canonicalize``, ``-split-input-file``)."""
    return [
        f"-{a}" if a.startswith("-") and not a.startswith("--") and len(a) > 2 and a[1].isalpha() else a
        for a in argv
    ]


def parse_args(argv: list[str]) -> OptOptions:
    """Parse the command line; unknown ``--x`` flags are kept, in order, as pass flags."""
    parser = _parser()
    known = set(parser._option_string_actions)
    driver_args, flags = [], []
    for arg in _normalize(argv):
        if arg.startswith("--") and arg != "--" and arg.split("=", 1)[0] not in known:
            flags.append(arg)
        else:
            driver_args.append(arg)
    ns, rest = parser.parse_known_args(driver_args)
    if rest:
        raise PipelineError(f"unexpected argument '{rest[0]}'", hint=f"{TOOL} takes a single input file")
    if flags and ns.pass_pipeline:
        raise PipelineError(
            f"--pass-pipeline cannot be combined with individual pass flags ({' '.join(flags)})"
        )
    ns.verify_each = ns.verify_each == "true"
    del ns.mlir_disable_threading
    return OptOptions(pass_flags=flags, **vars(ns))


def help_text() -> str:
    """``--help``: driver options, then every mlc pass and every upstream pass."""
    from mlc.compiler.upstream import catalog
    from mlc.passes import get_pass, pass_names

    lines = [_parser().format_help().rstrip(), "", "mlc passes:"]
    for name in pass_names():
        lines.append(f"  --{name:<40} {get_pass(name).SUMMARY}")
    lines += ["", "Upstream MLIR passes and pipelines (options as in mlir-opt):"]
    for name, info in catalog().items():
        lines.append(f"  --{name:<40} {info.summary[:100]}")
    return "\n".join(lines) + "\n"


def list_passes_text() -> str:
    """``--list-passes``: names, summaries and options."""
    from mlc.compiler.upstream import catalog
    from mlc.passes import get_pass, pass_names

    lines = ["mlc passes:"]
    for name in pass_names():
        cls = get_pass(name)
        lines.append(f"  {name}  -  {cls.SUMMARY}")
        for o in cls.options():
            lines.append(f"      {o.name}=<{o.type_name}> (default {o.default!r})  {o.doc}")
    lines.append("upstream passes:")
    for name, info in catalog().items():
        lines.append(f"  {name}  -  {info.summary}")
        lines.extend(f"      {o}=<{t}>  {d}" for o, t, d in info.options)
    return "\n".join(lines) + "\n"


def render(diag: Diagnostic, source: Source, parent: Diagnostic | None = None) -> str:
    """A diagnostic as mlir-opt prints it: location, message, source line and caret."""
    out = [diag.format().split("\n")[0]]
    same_place = parent is not None and (parent.file, parent.line) == (diag.file, diag.line)
    if (
        diag.file == source.name
        and diag.line
        and not same_place
        and (text := source.line(diag.line)) is not None
    ):
        out += [text, " " * max((diag.col or 1) - 1, 0) + "^"]
    out += [render(n, source, diag) for n in diag.notes]
    return "\n".join(out)


def _print_module(module: ir.Module, opts: OptOptions) -> str:
    asm = module.operation.get_asm(
        enable_debug_info=opts.print_debuginfo,
        print_generic_op_form=opts.print_op_generic,
        use_local_scope=opts.print_local_scope,
        large_elements_limit=opts.elide_elements_limit,
    )
    return asm + "\n"


def _build_pipeline(opts: OptOptions) -> Pipeline:
    from mlc.compiler.pipeline import Pipeline

    if opts.pass_pipeline is not None:
        return Pipeline.parse(opts.pass_pipeline)
    return Pipeline.from_flags(opts.pass_flags)


def _command(input_path: str, pipeline: str, opts: OptOptions) -> str:
    args = [TOOL, input_path, f"--pass-pipeline={pipeline}"]
    for plugin in opts.load_pass_plugin:
        args += ["--load-pass-plugin", plugin]
    if opts.allow_unregistered:
        args.append("--allow-unregistered-dialect")
    return shlex.join(args)


def save_reproducer(ir_text: str, pipeline: str, opts: OptOptions) -> str:
    """Save ``ir_text`` and return the note lines that replay ``pipeline`` on it."""
    repro = isolation.Reproducer(
        {"input.mlir": ir_text}, command=lambda d, _: _command(str(d / "input.mlir"), pipeline, opts)
    )
    _, cmd = repro.save()
    return f"note: the input of the failing pass was saved; reproduce with:\n  {cmd}"


def _replay(chunk: Chunk, pipeline: Pipeline, upto: int, opts: OptOptions) -> str:
    """The IR of ``chunk`` after running the first ``upto`` steps (for a reproducer)."""
    from mlc.compiler.context import make_context
    from mlc.compiler.pipeline import Pipeline as P
    from mlc.compiler.source import parse_module

    with make_context(allow_unregistered=opts.allow_unregistered) as ctx:
        module = parse_module(ctx, chunk, "input.mlir")
        P(pipeline.steps[:upto]).run(module, verify_each=opts.verify_each)
        return str(module)


class _Run:
    """The work of one mlc-opt invocation (runs in the forked child)."""

    def __init__(self, opts: OptOptions, source: Source) -> None:
        self.opts, self.source = opts, source
        self.chunks = split_chunks(source.text, opts.split_input_file)

    def __call__(self) -> int:
        from mlir import ir

        from mlc.compiler.context import make_context
        from mlc.compiler.diagnostics import DiagnosticSink, capture

        opts = self.opts
        try:
            pipeline = _build_pipeline(opts)
            if opts.input.endswith(".ll"):
                self._import_ll()
        except MlcError as e:
            print(f"{TOOL}: {e}", file=sys.stderr)
            return 1
        isolation.progress(stage="pipeline", pipeline=str(pipeline))
        outputs, failed = [], False
        for index, chunk in enumerate(self.chunks):
            ctx = make_context(allow_unregistered=opts.allow_unregistered)
            sink = DiagnosticSink(rename={"-": self.source.name})
            with ctx, capture(ctx, sink):
                if index == 0:
                    try:
                        pipeline.validate(ctx)
                    except MlcError as e:
                        print(f"{TOOL}: {e}", file=sys.stderr)
                        return 1
                text, notes = self._chunk(index, chunk, pipeline, sink, ir)
            if opts.verify_diagnostics:
                from mlc.compiler.verify import parse_expectations, verify

                problems = verify(parse_expectations(chunk), sink.diagnostics, self.source.name)
                failed |= bool(problems)
                self._report(problems)
            else:
                failed |= text is None or any(d.severity == "error" for d in sink.diagnostics)
                self._report(sink.diagnostics)
                for note in notes:
                    print(note, file=sys.stderr)
            outputs.append(text or "")
        written = self._write((SPLIT_MARKER + "\n").join(outputs))
        return 1 if failed or not written else 0

    def _import_ll(self) -> None:
        """LLVM IR input: import and raise it (the ``.ll`` frontend), then run the pipeline on that."""
        from mlc.compiler.frontends import import_file

        result = import_file(self.opts.input)
        self.source = Source(self.source.name, result.text)
        self.chunks = split_chunks(result.text, False)

    def _chunk(self, index: int, chunk: Chunk, pipeline: Pipeline, sink, ir) -> tuple[str | None, list[str]]:
        from mlc.compiler.source import parse_module

        opts = self.opts
        try:
            module = parse_module(ir.Context.current, chunk, self.source.name)
        except ir.MLIRError as e:
            sink.add_mlir_error(e)
            return None, []
        dump = self._dumper(index)
        if dump:
            dump(-1, None, module)
        try:
            pipeline.run(
                module,
                verify_each=opts.verify_each,
                print_ir_after_all=opts.print_ir_after_all,
                print_ir_before_all=opts.print_ir_before_all,
                on_step=lambda i, s: isolation.progress(stage="pass", chunk=index, step=i, name=s.name),
                after_step=dump,
            )
        except MlcError as e:
            sink.diagnostics.extend(e.diagnostics)
            notes = []
            if isinstance(e, InternalCompilerError):
                notes.append(f"{TOOL}: internal compiler error: {e.message}")
                if opts.debug and e.details:
                    notes.append(e.details.rstrip())
            if e.step_index is not None and not opts.verify_diagnostics:
                before = _replay(chunk, pipeline, e.step_index, opts)
                notes.append(save_reproducer(before, pipeline.steps[e.step_index].text(), opts))
            return None, notes
        return _print_module(module, opts), []

    def _dumper(self, chunk_index: int):
        if not self.opts.dump_dir:
            return None
        root = Path(self.opts.dump_dir)
        root.mkdir(parents=True, exist_ok=True)
        prefix = f"chunk{chunk_index}_" if len(self.chunks) > 1 else ""

        def dump(i: int, step, module) -> None:
            name = "input" if step is None else step.name
            (root / dump_name(i + 1, name, prefix)).write_text(str(module))

        return dump

    def _report(self, diags: list[Diagnostic]) -> None:
        for d in diags:
            print(render(d, self.source), file=sys.stderr)

    def _write(self, text: str) -> bool:
        if self.opts.output == "-":
            sys.stdout.write(text)
            return True
        if self.opts.output.endswith(".ll") and text:
            # LLVM IR out: raised functions are lowered back beside the untouched ones (only the
            # passes given run: mlc-compile's loop optimization is not added).
            from mlc.compiler.targets.cpu.program import llvm_ir, lower_raised

            try:
                text = llvm_ir(lower_raised(text, optimize=False))
            except MlcError as e:
                print(
                    f"{TOOL}: error: could not write '{self.opts.output}' as LLVM IR: {e.message}",
                    file=sys.stderr,
                )
                return False
        try:
            Path(self.opts.output).write_text(text)
        except OSError as e:
            print(
                f"{TOOL}: error: could not write output file '{self.opts.output}': {e.strerror}",
                file=sys.stderr,
            )
            return False
        return True


def reproducer(opts: OptOptions, run: _Run) -> isolation.Reproducer:
    """A crash saves the chunk that was running and the pipeline up to the pass that crashed."""

    def last(records: list[dict]) -> dict:
        return records[-1] if records else {}

    def pipeline_of(records: list[dict]) -> str | None:
        return next((r["pipeline"] for r in records if r.get("stage") == "pipeline"), None)

    def files(records: list[dict]) -> dict[str, str]:
        return {"input.mlir": run.chunks[last(records).get("chunk", 0)].text}

    def command(repro: Path, records: list[dict]) -> str:
        pipeline, step = pipeline_of(records), last(records)
        if step.get("stage") == "pass" and pipeline is not None:
            from mlc.compiler.pipeline import Pipeline

            pipeline = str(Pipeline(Pipeline.parse(pipeline).steps[: step["step"] + 1]))
        return _command(str(repro / "input.mlir"), pipeline or "builtin.module()", opts)

    def where(records: list[dict]) -> str:
        step = last(records)
        if step.get("stage") == "pass" and pipeline_of(records) is not None:
            return f"pass '{step['name']}' (step {step['step'] + 1})"
        return "the parsing or the setup"

    return isolation.Reproducer(files, command=command, where=where)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``mlc-opt``; returns the process exit code."""
    argv = sys.argv[1:] if argv is None else argv
    debug = "--debug" in argv
    try:
        opts = parse_args(argv)
        if opts.version:
            from mlc import __version__

            print(f"mlc-opt {__version__} (MLIR from LLVM 22.1.8)")
            return 0
        from mlc.passes import load_plugin

        for plugin in opts.load_pass_plugin:
            load_plugin(plugin)
        if opts.show_help:
            sys.stdout.write(help_text())
            return 0
        if opts.list_passes:
            sys.stdout.write(list_passes_text())
            return 0
        source = Source(opts.input, "") if opts.input.endswith(".ll") else read_source(opts.input)
        run = _Run(opts, source)
        return run_tool(TOOL, run, reproducer(opts, run), "the setup", debug=opts.debug)
    except MlcError as e:
        print(f"{TOOL}: {e}", file=sys.stderr)
        if debug:
            traceback.print_exc()
        return 1
    except KeyboardInterrupt:
        return 130
