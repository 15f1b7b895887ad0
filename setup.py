"""Package discovery for mlc, whose package directory is the repository root (pyproject.toml).

setuptools discovers packages relative to a folder and cannot put them under a
prefix from pyproject.toml alone, so the subpackages of the source folders are
discovered here and named under ``mlc``. Discovery is of namespace packages:
data-only folders (examples/kernels, benchmarks/coalescing/kernels) are
packages too, and their files are package data (pyproject.toml).
"""

from setuptools import find_namespace_packages, setup

SOURCES = ("compiler", "passes", "runtime", "dialects", "tools", "benchmarks", "examples")
# Folders inside the sources that hold no package: caches, results, and build outputs (.gitignore).
NOT_PACKAGES = ("*__pycache__", "benchmarks.results", "benchmarks.gpu.artifacts", "benchmarks.coalescing.out")

found = find_namespace_packages(
    include=[f"{s}{tail}" for s in SOURCES for tail in ("", ".*")], exclude=NOT_PACKAGES
)
# script_name: the setup script is then not a module of `mlc`, the root package (distutils
# leaves it out by that name, which PEP 517 backends otherwise set to their own runner).
setup(packages=["mlc", *(f"mlc.{p}" for p in found)], script_name="setup.py")
