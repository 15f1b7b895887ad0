"""Parsing and printing pass options in MLIR's textual syntax (``{a=1 b=x,y c}``)."""

from __future__ import annotations

import dataclasses
import difflib
import enum
import types
import typing
from dataclasses import dataclass
from typing import Any

from mlc.compiler.errors import PipelineError


@dataclass(frozen=True)
class OptionInfo:
    """What ``--help`` and the registry show for one option."""

    name: str  # kebab-case, as written in a pipeline
    field: str  # the dataclass field
    type_name: str
    default: Any
    doc: str
    choices: tuple[str, ...] = ()


def option(default: Any, doc: str) -> Any:
    """Declare a pass option: a dataclass field with a default and one-line doc."""
    if isinstance(default, list):
        default = tuple(default)
    return dataclasses.field(default=default, metadata={"doc": doc})


def split_options(text: str) -> list[tuple[str, str | None]]:
    """Split ``a=1 b="x y" c={...} d`` into (key, value) pairs; bare keys get None."""
    pairs, i, n = [], 0, len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            break
        start = i
        while i < n and not text[i].isspace() and text[i] != "=":
            i += 1
        key = text[start:i]
        if i < n and text[i] == "=":
            i += 1
            vstart, depth, quote = i, 0, None
            while i < n:
                c = text[i]
                if quote:
                    quote = None if c == quote else quote
                elif c in "\"'":
                    quote = c
                elif c in "{[(":
                    depth += 1
                elif c in "}])":
                    depth -= 1
                elif c.isspace() and depth == 0:
                    break
                i += 1
            value = text[vstart:i]
            if (len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'") or (
                len(value) >= 2 and value[0] == "{" and value[-1] == "}"
            ):
                value = value[1:-1]
            pairs.append((key, value))
        else:
            pairs.append((key, None))
    return pairs


def _base_type(tp: Any) -> Any:
    """Strip ``X | None`` to ``X``."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0] if len(args) == 1 else tp
    return tp


def type_name(tp: Any) -> str:
    tp = _base_type(tp)
    origin = typing.get_origin(tp)
    if origin is tuple:
        return f"list of {type_name(typing.get_args(tp)[0])}"
    if origin is typing.Literal:
        return "|".join(str(a) for a in typing.get_args(tp))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "|".join(m.value for m in tp)
    return getattr(tp, "__name__", str(tp))


def choices(tp: Any) -> tuple[str, ...]:
    tp = _base_type(tp)
    if typing.get_origin(tp) is typing.Literal:
        return tuple(str(a) for a in typing.get_args(tp))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tuple(m.value for m in tp)
    return ()


def convert_value(tp: Any, raw: str | None, what: str) -> Any:
    """Convert option text to the field's type, or raise a ``PipelineError`` naming ``what``."""
    tp = _base_type(tp)
    origin = typing.get_origin(tp)
    if tp is bool:
        if raw is None or raw.lower() in ("true", "1", "on"):
            return True
        if raw.lower() in ("false", "0", "off"):
            return False
        raise PipelineError(f"{what} expects true or false, got '{raw}'")
    if raw is None:
        raise PipelineError(f"{what} needs a value ({what.split()[-1]}=<{type_name(tp)}>)")
    if origin is tuple:
        elem = typing.get_args(tp)[0]
        items = [s.strip() for s in raw.split(",") if s.strip()]
        return tuple(convert_value(elem, s, what) for s in items)
    if origin is typing.Literal or (isinstance(tp, type) and issubclass(tp, enum.Enum)):
        allowed = choices(tp)
        if raw not in allowed:
            raise PipelineError(f"{what} must be one of {', '.join(allowed)}; got '{raw}'")
        return tp(raw) if isinstance(tp, type) and issubclass(tp, enum.Enum) else raw
    try:
        if tp is int:
            return int(raw, 0)
        if tp is float:
            return float(raw)
    except ValueError:
        raise PipelineError(
            f"{what} expects {'an integer' if tp is int else 'a number'}, got '{raw}'"
        ) from None
    if tp is str:
        return raw
    raise PipelineError(f"{what} has an unsupported option type {tp!r}")


def format_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ",".join(format_value(v) for v in value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def closest(name: str, candidates: list[str], n: int = 3) -> list[str]:
    """Up to ``n`` candidates that look like ``name`` (for "did you mean" hints)."""
    return difflib.get_close_matches(name, candidates, n=n, cutoff=0.6)
