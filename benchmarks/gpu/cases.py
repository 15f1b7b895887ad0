"""The loop every GPU benchmark family shares: check then time each built case, one at a time."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any


def run_cases(
    family: str,
    entries: Mapping[str, dict],
    fields: Sequence[str],
    run_one: Callable[[dict, Any], dict[str, Any]],
    summary: Callable[[dict], str],
    write: Callable[[dict, str], None],
    args: Any,
    gpu: str,
) -> tuple[dict, bool]:
    """Run ``run_one`` on every entry (copying ``fields`` of the build index into its result);
    a failing case is recorded and the others still run; results are rewritten after each."""
    report: dict[str, dict] = {}
    ok = True
    for name, entry in entries.items():
        result: dict[str, Any] = {k: entry[k] for k in fields}
        try:
            result |= run_one(entry, args)
        except Exception as e:  # one broken case must not hide the others
            result |= {"ok": False, "error": f"{type(e).__name__}: {e}"}
        ok &= bool(result["ok"])
        report[name] = result
        print(f"{family} {name}: {'ok' if result['ok'] else 'FAILED'} {summary(result)}", flush=True)
        write(report, gpu)
    return report, ok
