"""The mlc-compile command line."""

from __future__ import annotations

import subprocess
import sys

from mlc.runtime.artifact import Artifact, read

from conftest import run_tool
from cuda_support import CUDA_DATA

MATMUL = str(CUDA_DATA / "matmul_odd.mlir")


def mlc_compile(*args: str, tmp_path=None):
    """mlc-compile for the cuda target unless ``args`` name another."""
    env = {"MLC_REPRO_DIR": str(tmp_path / "repro")} if tmp_path else None
    target = () if "--target" in args else ("--target", "cuda")
    return run_tool("mlc-compile", *args, *target, env=env)


def test_writes_an_artifact(tmp_path):
    out = tmp_path / "m.mlc"
    proc = mlc_compile(MATMUL, "-o", str(out), "-v", "--reference")
    assert proc.returncode == 0, proc.stderr
    artifact = Artifact.read(out)
    # the f32 matmul takes simt-gemm, which starts its accumulator from the bias
    assert [k.name for k in artifact.manifest.kernels] == ["main_k1_matmul_kernel"]
    assert artifact.reference is not None
    assert "main_k1_matmul_kernel: grid" in proc.stderr and "memory: arena" in proc.stderr


def test_default_output_name(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "mlc.tools.mlc_compile", MATMUL, "--target", "cuda"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "matmul_odd.mlc").is_file()


def test_emit_ptx_mlir_llvm(tmp_path):
    # without the GEMM strategies the fill, the matmul and its bias add are three mapped kernels
    loops = "--no-tensor-cores"
    proc = mlc_compile(MATMUL, "--emit", "ptx", loops)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count(".version 8.0") == 3 and ".target sm_90" in proc.stdout
    assert "// ----- main_k1_matmul_kernel.ptx" in proc.stdout

    proc = mlc_compile(MATMUL, "--emit", "ptx", loops, "-o", str(tmp_path / "ptx"))
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "ptx").iterdir()) == [
        "main_k0_fill_kernel.ptx",
        "main_k1_matmul_kernel.ptx",
        "main_k2_generic_kernel.ptx",
    ]
    proc = mlc_compile(MATMUL, "--emit", "llvm", loops, "-o", str(tmp_path / "ll"))
    assert proc.returncode == 0, proc.stderr
    assert (
        'target triple = "nvptx64-nvidia-cuda"' in (tmp_path / "ll" / "main_k2_generic_kernel.ll").read_text()
    )

    proc = mlc_compile(MATMUL, "--emit", "mlir", "--to-stage", "map")
    assert proc.returncode == 0, proc.stderr
    assert "#gpu.loop_dim_map<processor = thread_x" in proc.stdout


def test_cpu_artifact_and_exports(tmp_path):
    out = tmp_path / "m.mlc"
    proc = mlc_compile(MATMUL, "--target", "cpu", "-o", str(out), "-v")
    assert proc.returncode == 0, proc.stderr
    artifact = read(out)
    assert artifact.manifest.target["kind"] == "cpu" and artifact.library.startswith(b"\x7fELF")
    assert "input  input0: float32[100x37]" in proc.stderr and "reference: no" in proc.stderr

    proc = mlc_compile(MATMUL, "--target", "cpu", "--emit", "llvm")
    assert proc.returncode == 0, proc.stderr
    assert "define void @_mlir__mlir_ciface_main(ptr" in proc.stdout and "target triple" in proc.stdout
    proc = mlc_compile(MATMUL, "--target", "cpu", "--emit", "mlir")
    assert proc.returncode == 0, proc.stderr
    assert "llvm.func @_mlir_ciface_main(" in proc.stdout and "linalg." not in proc.stdout

    for args, message in [
        (("--emit", "ptx"), "the cpu target cannot emit 'ptx'"),
        (("--from-stage", "bufferize"), "the module carries no 'mlc.cpu_signature'"),
        (("--from-stage", "gpu"), "unknown stage 'gpu'"),
        (("--mcpu", "pentium"), "unknown CPU 'pentium' for the cpu target"),
    ]:
        proc = mlc_compile(MATMUL, "--target", "cpu", *args, "-o", str(tmp_path / "x.mlc"))
        assert proc.returncode == 1 and message in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr


def test_bad_inputs_give_located_errors(tmp_path):
    bad = tmp_path / "bad.mlir"
    bad.write_text("func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {\n  return %y : tensor<4xf32>\n}\n")
    proc = mlc_compile(str(bad), tmp_path=tmp_path)
    assert proc.returncode == 1
    assert f"{bad}:2:" in proc.stderr and "Traceback" not in proc.stderr

    proc = mlc_compile(str(tmp_path / "missing.mlir"))
    assert proc.returncode == 1 and "no such file" in proc.stderr

    proc = mlc_compile(MATMUL, "--from-stage", "nowhere")
    assert proc.returncode == 1 and "unknown stage 'nowhere'" in proc.stderr

    proc = mlc_compile(MATMUL, "--arch", "sm_75")
    assert proc.returncode == 1 and "unsupported CUDA architecture 'sm_75'" in proc.stderr

    proc = mlc_compile(MATMUL, "--to-stage", "gpu")
    assert proc.returncode == 1 and "--to-stage only applies to --emit mlir" in proc.stderr


def test_unsupported_host_code_is_located(tmp_path):
    src = tmp_path / "host.mlir"
    src.write_text(
        "func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {\n"
        "  %c0 = arith.constant 0 : index\n"
        "  %v = tensor.extract %x[%c0] : tensor<4xf32>\n"
        "  %t = tensor.splat %v : tensor<4xf32>\n"
        "  return %t : tensor<4xf32>\n"
        "}\n"
    )
    proc = mlc_compile(str(src), "-o", str(tmp_path / "h.mlc"))
    assert proc.returncode == 1
    assert f"{src}:3:" in proc.stderr and "memref.load" in proc.stderr
    assert "not supported by the CUDA target" in proc.stderr


def test_bad_mapping_pipeline(tmp_path):
    proc = mlc_compile(MATMUL, "--mapping", "builtin.module(no-such-pass)", "-o", str(tmp_path / "x.mlc"))
    assert proc.returncode == 1
    assert "unknown pass 'no-such-pass'" in proc.stderr


CRASHING_KERNEL = """\
func.func private @main_k0_loop(%m: memref<4xi1>, %o: memref<4xi8>)
    attributes {mlc.kernel = "scf.for", mlc.tile_sizes = array<i64: 1>} {
  %c0 = arith.constant 0 : index
  %v = memref.load %m[%c0] : memref<4xi1>
  %e = arith.extui %v : i1 to i8
  memref.store %e, %o[%c0] : memref<4xi8>
  return
}
func.func @main(%m: memref<4xi1>, %o: memref<4xi8>) {
  call @main_k0_loop(%m, %o) : (memref<4xi1>, memref<4xi8>) -> ()
  return
}
"""


def test_a_crash_in_mlir_becomes_an_internal_compiler_error(tmp_path):
    # Lowering a load of i1 from memory aborts inside MLIR (an assertion): the tool survives it.
    src = tmp_path / "crash.mlir"
    src.write_text(CRASHING_KERNEL)
    args = ["--from-stage", "kernels", "--mapping", "builtin.module(finalize-memref-to-llvm)", "-o", "x.mlc"]
    proc = mlc_compile(str(src), *args, tmp_path=tmp_path)
    assert proc.returncode == 1
    assert "mlc-compile: internal compiler error: assertion failed in MemRefToLLVM.cpp" in proc.stderr
    assert "while running the 'map' stage" in proc.stderr
    repro = next((tmp_path / "repro").iterdir())
    assert (repro / "crash.mlir").read_text() == CRASHING_KERNEL
    assert f"mlc-compile {repro / 'crash.mlir'} --from-stage kernels" in proc.stderr
