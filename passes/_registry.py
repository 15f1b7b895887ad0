"""The mlc pass base class and the lazy registry of passes.

A pass is a frozen dataclass subclassing ``Pass``. Its fields are its options
(declared with ``option(default, doc)``), its class docstring is its
documentation, and ``NAME`` is its kebab-case pipeline name. Pass ``foo-bar``
lives in ``mlc/passes/foo_bar.py`` and is only imported when named, so listing
the registry is a directory scan, not an import of every pass.
"""

from __future__ import annotations

import abc
import dataclasses
import importlib
import inspect
import pkgutil
import sys
import typing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from mlc.compiler.errors import PipelineError
from mlc.passes._options import (
    OptionInfo,
    choices,
    closest,
    convert_value,
    format_value,
    split_options,
    type_name,
)

if TYPE_CHECKING:
    from mlir import ir


@dataclass(frozen=True)
class Pass(abc.ABC):
    """Base of every mlc pass. Subclasses set ``NAME`` and ``SUMMARY`` and implement ``run``."""

    NAME: ClassVar[str] = ""
    SUMMARY: ClassVar[str] = ""
    # Option that ``--name=value`` sets when the value has no ``key=``.
    PRIMARY_OPTION: ClassVar[str | None] = None

    @abc.abstractmethod
    def run(self, op: ir.Operation) -> None:
        """Transform ``op`` (the anchor op, usually ``builtin.module``) in place.

        Signal failure by raising an ``MlcError`` (ideally with a location) or by
        emitting errors through ``mlc.compiler.diagnostics.emit`` and raising.
        """

    @classmethod
    def options(cls) -> list[OptionInfo]:
        """The pass options, in declaration order."""
        hints = typing.get_type_hints(cls)
        return [
            OptionInfo(
                name=f.name.replace("_", "-"),
                field=f.name,
                type_name=type_name(hints[f.name]),
                default=f.default,
                doc=f.metadata.get("doc", ""),
                choices=choices(hints[f.name]),
            )
            for f in dataclasses.fields(cls)
        ]

    @classmethod
    def doc(cls) -> str:
        """The one-paragraph description (the class docstring)."""
        return inspect.cleandoc(cls.__doc__ or cls.SUMMARY)

    @classmethod
    def from_options(cls, text: str) -> Pass:
        """Instantiate from MLIR option syntax, e.g. ``"block-size=32,8 vectorize=false"``."""
        hints = typing.get_type_hints(cls)
        infos = {o.name: o for o in cls.options()}
        values: dict[str, Any] = {}
        pairs = split_options(text)
        if cls.PRIMARY_OPTION and len(pairs) == 1 and pairs[0][1] is None and pairs[0][0] not in infos:
            pairs = [(cls.PRIMARY_OPTION, pairs[0][0])]
        for key, raw in pairs:
            info = infos.get(key) or infos.get(key.replace("_", "-"))
            if info is None:
                near = closest(key, list(infos))
                hint = f"did you mean {', '.join(repr(n) for n in near)}?" if near else None
                known = ", ".join(infos) or "none"
                raise PipelineError(
                    f"pass '{cls.NAME}' has no option '{key}' (its options: {known})", hint=hint
                )
            values[info.field] = convert_value(
                hints[info.field], raw, f"pass '{cls.NAME}': option {info.name}"
            )
        return cls(**values)

    def spec(self) -> str:
        """The pipeline text for this pass with its non-default options."""
        opts = [
            f"{o.name}={format_value(getattr(self, o.field))}"
            for o in self.options()
            if getattr(self, o.field) != o.default
        ]
        return f"{self.NAME}{{{' '.join(opts)}}}" if opts else self.NAME


_EXTRA: dict[str, type[Pass]] = {}


def register_pass(cls: type[Pass]) -> type[Pass]:
    """Register a pass defined outside ``mlc/passes`` (plugins, tests). Usable as a decorator."""
    if not cls.NAME:
        raise ValueError(f"{cls.__name__} has no NAME")
    _EXTRA[cls.NAME] = cls
    return cls


def load_plugin(spec: str) -> None:
    """Import a pass plugin: a ``.py`` file or a module name whose passes call ``register_pass``."""
    import importlib.util
    from pathlib import Path

    try:
        if spec.endswith(".py"):
            path = Path(spec)
            mod_spec = importlib.util.spec_from_file_location(f"mlc_plugin_{path.stem}", path)
            if mod_spec is None or not path.exists():
                raise PipelineError(f"pass plugin '{spec}' does not exist")
            module = importlib.util.module_from_spec(mod_spec)
            sys.modules[mod_spec.name] = module
            mod_spec.loader.exec_module(module)
        else:
            importlib.import_module(spec)
    except ImportError as e:
        raise PipelineError(f"could not load pass plugin '{spec}': {e}") from None


def _module_name(pass_name: str) -> str:
    return pass_name.replace("-", "_")


def pass_names() -> list[str]:
    """Names of all mlc passes, without importing them."""
    import mlc.passes

    names = {
        m.name.replace("_", "-")
        for m in pkgutil.iter_modules(mlc.passes.__path__)
        if not m.name.startswith("_")
    }
    return sorted(names | set(_EXTRA))


def get_pass(name: str) -> type[Pass] | None:
    """The pass class called ``name``, or None if there is no such mlc pass."""
    if name in _EXTRA:
        return _EXTRA[name]
    if name not in pass_names():
        return None
    module = importlib.import_module(f"mlc.passes.{_module_name(name)}")
    for obj in vars(module).values():
        if isinstance(obj, type) and issubclass(obj, Pass) and name == obj.NAME:
            return obj
    raise PipelineError(f"module mlc.passes.{_module_name(name)} defines no Pass named '{name}'")
