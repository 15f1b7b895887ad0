"""Named stages and the one runner every target shares (in the spirit of Triton's ``add_stages``).

A target declares its compilation as a ``StageList``: an ordered tuple of
``Stage``s that each rewrite an ``ir.Module`` in place, and a ``build`` step that
turns the module after the last stage into an artifact. The runner gives every
target the same behaviour:

* ``--dump-dir DIR``: the IR after each stage (the starting one included) is
  written to ``DIR/NN_<stage>.mlir`` (``dump_name``; ``mlc-opt`` names its
  per-pass dumps the same way);
* ``--from-stage S``: the input is the IR of stage ``S`` (a dump), and the
  stages after ``S`` run; ``--to-stage S`` stops after ``S``;
* per-stage wall time, which the drivers print under ``--verbose``.

A variant of a target (the CUDA target's kernels from C) is its own list, not a
flag tested inside the stages.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlc.compiler.errors import InputError

if TYPE_CHECKING:
    from mlir import ir


def dump_name(index: int, name: str, prefix: str = "") -> str:
    """The file a dump of step/stage ``index`` called ``name`` is written to: ``NN_<name>.mlir``."""
    return f"{prefix}{index:02d}_{name}.mlir"


@dataclass(frozen=True)
class Stage:
    """One named step of a target: ``run(module, options)`` rewrites the module in place.

    The first stage of a list is the input as the frontend produced it and has no ``run``.
    """

    name: str
    summary: str
    run: Callable[[ir.Module, Any], None] | None = None


@dataclass(frozen=True)
class StageList:
    """A target's stages in order, and how the module after the last one becomes an artifact."""

    name: str
    stages: tuple[Stage, ...]
    build: Callable[..., Any] | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    @property
    def last(self) -> str:
        return self.stages[-1].name

    def index(self, name: str) -> int:
        """Position of stage ``name``; an ``InputError`` listing the stages when there is none."""
        if name not in self.names:
            raise InputError(f"unknown stage '{name}'", hint=f"{self.name} stages: {', '.join(self.names)}")
        return self.names.index(name)

    def run(
        self,
        module: ir.Module,
        options: Any,
        *,
        start: str | None = None,
        stop: str | None = None,
        dump_dir: str | Path | None = None,
        on_stage: Callable[[str], None] | None = None,
        after_stage: Callable[[str, ir.Module], None] | None = None,
        timings: list[tuple[str, float]] | None = None,
    ) -> None:
        """Run the stages after ``start`` up to and including ``stop`` on ``module`` in place.

        ``on_stage(name)`` is called before a stage runs, ``after_stage(name, module)``
        after it; ``timings`` collects ``(name, seconds)`` per stage run.
        """
        first = self.index(start or self.stages[0].name)
        last = self.index(stop or self.last)
        if last < first:
            raise InputError(
                f"stage '{self.names[last]}' comes before the starting stage '{self.names[first]}'"
            )
        dump = Path(dump_dir) if dump_dir else None
        if dump:
            dump.mkdir(parents=True, exist_ok=True)
            (dump / dump_name(first, self.names[first])).write_text(str(module))
        for index in range(first + 1, last + 1):
            stage = self.stages[index]
            if on_stage:
                on_stage(stage.name)
            began = time.perf_counter()
            if stage.run is not None:
                stage.run(module, options)
            if timings is not None:
                timings.append((stage.name, time.perf_counter() - began))
            if dump:
                (dump / dump_name(index, stage.name)).write_text(str(module))
            if after_stage:
                after_stage(stage.name, module)

    def make_artifact(
        self, module: ir.Module, options: Any, compiler: dict, timings: list[tuple[str, float]] | None = None
    ) -> Any:
        """``build`` on the module after the last stage; its time is recorded as stage ``build``."""
        assert self.build is not None, f"the {self.name} stage list has no build step"
        began = time.perf_counter()
        artifact = self.build(module, options, compiler)
        if timings is not None:
            timings.append(("build", time.perf_counter() - began))
        return artifact

    def describe(self) -> str:
        """``a -> b -> c``, for ``--help``."""
        return " -> ".join(self.names)


def timing_lines(timings: list[tuple[str, float]]) -> list[str]:
    """``stage <name>: <ms> ms`` per stage and the total, as ``--verbose`` prints them."""
    total = sum(t for _, t in timings)
    lines = [f"stage {name}: {1e3 * t:.1f} ms" for name, t in timings]
    return [*lines, f"stages total: {1e3 * total:.1f} ms"] if timings else lines
