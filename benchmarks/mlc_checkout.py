"""``import mlc`` from this checkout without installing it, for the scripts run by path on a GPU
machine (the repository root is the package): they put ``benchmarks/`` on ``sys.path`` and call
``import_mlc_from_checkout``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def import_mlc_from_checkout() -> None:
    """Make ``import mlc`` work from this checkout without installing it (the repo root is the package)."""
    if "mlc" in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(
        "mlc", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)]
    )
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import mlc from {ROOT}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["mlc"] = module
    spec.loader.exec_module(module)
