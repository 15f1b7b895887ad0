# Two commands set everything up on a fresh machine:
#   make demo   - create .venv, install mlc, compile a bundled model for cuda and cpu, run and check both
#   make test   - create .venv, install mlc, run ruff, pytest and lit
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.mlc-installed
OUT    := out/demo
DEMO   := transformer_tiny
DEMO_MODEL := examples/$(DEMO).onnx

.PHONY: demo test lint pytest lit clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,torch]'
	touch $(STAMP)

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

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

pytest: $(STAMP)
	$(BIN)/python -m pytest -q tests

lit: $(STAMP)
	$(BIN)/lit lit_tests -v

test: lint pytest lit

clean:
	rm -rf $(VENV) out lit_tests/.lit-out .pytest_cache
