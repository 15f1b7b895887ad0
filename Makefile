# Two commands set everything up on a fresh machine:
#   make demo   - create .venv, install mlc, compile a bundled model for cuda and cpu, run and check both
#   make test   - create .venv, install mlc, run ruff, pytest and lit
# and two keep the lock file, the exact versions .venv gets (pyproject.toml has the ranges):
#   make lock        - resolve the newest versions pyproject.toml allows, in a scratch venv, into $(LOCK)
#   make lock-check  - fail unless every package in .venv is at the version $(LOCK) pins (.ci/run);
#                      the lock also pins the benchmark-only extra (bench), which make does not install
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.mlc-installed
LOCK   := requirements/lock.txt
# Runtime and build dependencies (the isolated environment that builds mlc) alike come from the lock.
PIP_LOCKED := -m pip install -q -c $(LOCK) --build-constraint $(LOCK)
# setuptools reports every editable install that needs an import hook (the root is the package)
# as a warning: "Editable installation. Please be careful with folders ...". Information only.
QUIET_EDITABLE := PYTHONWARNINGS="ignore:Editable installation:UserWarning"
# A venv's packages as the lock records them: mlc excepted, local version labels dropped
# (torch 2.13.0+cpu is pinned as 2.13.0, as in pyproject.toml, so it resolves without the CPU wheel).
FREEZE := -m pip freeze --all --exclude mlc | sed -E 's/\+[[:alnum:].]+$$//'
LOCK_VENV := .venv-lock
OUT    := out/demo
DEMO   := transformer_tiny
DEMO_MODEL := examples/$(DEMO).onnx

.PHONY: demo test lint pytest lit clean lock lock-check

$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -c $(LOCK) pip setuptools
	$(QUIET_EDITABLE) $(BIN)/python $(PIP_LOCKED) -e '.[test,torch,tune,ray]'
	touch $(STAMP)

lock:
	rm -rf $(LOCK_VENV)
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install -q --upgrade pip setuptools
	$(LOCK_VENV)/bin/python -m pip install -q '.[test,torch,tune,ray,bench]'
	{ echo "# Exact versions of everything make installs into .venv, which CI tests. Written by"; \
	  echo "# 'make lock'; pyproject.toml keeps the ranges that 'pip install mlc' resolves."; \
	  $(LOCK_VENV)/bin/python $(FREEZE); } > $(LOCK)
	rm -rf $(LOCK_VENV)

lock-check: $(STAMP)
	$(BIN)/python $(FREEZE) | LC_ALL=C sort > $(VENV)/installed.txt
	grep -v '^#' $(LOCK) | LC_ALL=C sort | LC_ALL=C comm -13 - $(VENV)/installed.txt > $(VENV)/unlocked.txt
	test ! -s $(VENV)/unlocked.txt || { cat $(VENV)/unlocked.txt; \
	  echo "$(VENV) has these versions that $(LOCK) does not pin: run 'make clean' and make again, or 'make lock' to take new versions"; exit 1; }

demo: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/mlc-compile $(DEMO_MODEL) --target cuda --arch sm_90 --reference --emulation -o $(OUT)/$(DEMO).cuda.mlc
	$(BIN)/mlc-compile $(DEMO_MODEL) --target cpu --reference -o $(OUT)/$(DEMO).cpu.mlc
	$(BIN)/mlc-run $(OUT)/$(DEMO).cpu.mlc --check --outputs $(OUT)/$(DEMO).cpu.outputs.npz
	$(BIN)/mlc-run $(OUT)/$(DEMO).cuda.mlc --emulate --check
	@kernels=$$($(BIN)/mlc-run $(OUT)/$(DEMO).cuda.mlc --info | grep -c ' <- '); \
	 checked=$$($(BIN)/mlc-run $(OUT)/$(DEMO).cuda.mlc --info | grep -c 'regs [0-9]'); \
	 echo "demo: $(DEMO_MODEL) compiled to $(OUT)/$(DEMO).cuda.mlc ($$kernels kernels, $$checked assembled by ptxas for sm_90)"; \
	 echo "demo: and to $(OUT)/$(DEMO).cpu.mlc (native shared library); both checked above against their references"

WORKFLOWS := .github/workflows/ci.yml

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows $(WORKFLOWS)

pytest: $(STAMP)
	$(BIN)/python -m pytest -q tests

lit: $(STAMP)
	$(BIN)/lit lit_tests -v

test: lint pytest lit

clean:
	rm -rf $(VENV) $(LOCK_VENV) out lit_tests/.lit-out .pytest_cache
