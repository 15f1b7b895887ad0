# Two commands set everything up on a fresh machine:
#   make demo   - create .venv, install mlc, compile and run the bundled examples
#   make test   - create .venv, install mlc, run ruff, pytest and lit
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.mlc-installed
OUT    := out/demo

.PHONY: demo test lint pytest lit clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,torch]'
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/mlc-translate examples/resnet_tiny.onnx -o $(OUT)/resnet_tiny.linalg.mlir
	$(BIN)/mlc-run examples/resnet_tiny.onnx --check --outputs $(OUT)/resnet_tiny.outputs.npz
	@echo "demo: ResNet-style CNN imported to $(OUT)/resnet_tiny.linalg.mlir, run on the CPU and checked against onnxruntime"
	$(BIN)/mlc-opt examples/matmul.mlir -o $(OUT)/matmul.gpu.mlir --dump-dir $(OUT)/stages \
	  --pass-pipeline='builtin.module(func.func(convert-linalg-to-parallel-loops,scf-parallel-loop-tiling{parallel-loop-tile-sizes=16,16},gpu-map-parallel-loops),convert-parallel-loops-to-gpu,gpu-kernel-outlining,canonicalize,gpu-lower-to-nvvm-pipeline{cubin-chip=sm_90 cubin-features=+ptx80 cubin-format=isa})'
	@echo "demo: stages in $(OUT)/stages, GPU module with PTX in $(OUT)/matmul.gpu.mlir"

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
