"""The one dtype table (``mlc.runtime.dtypes``) and its MLIR layer (``mlc.compiler.dtypes``)."""

from __future__ import annotations

import subprocess
import sys

import ml_dtypes
import numpy as np
import pytest

from mlc.compiler.errors import UnsupportedError
from mlc.runtime import dtypes
from mlc.runtime.artifact import TensorSpec, check_inputs


def test_bfloat16_is_ml_dtypes_and_travels_as_uint16_bits():
    assert dtypes.numpy_dtype("bfloat16") == np.dtype(ml_dtypes.bfloat16)
    assert dtypes.bits_dtype("bfloat16") == np.dtype(np.uint16)
    assert dtypes.itemsize("bfloat16") == 2
    assert dtypes.from_mlir("bf16") == "bfloat16"


@pytest.mark.parametrize("entry", list(dtypes.DTYPES.values()), ids=lambda d: d.name)
def test_every_entry_agrees_with_numpy_and_mlir(entry):
    from mlir import ir

    from mlc.compiler.context import make_context

    np_type = dtypes.numpy_dtype(entry.name)
    assert np_type.name == entry.name
    assert np_type.itemsize == entry.itemsize == dtypes.bits_dtype(entry.name).itemsize
    assert dtypes.from_mlir(entry.mlir) == entry.name
    with make_context():
        assert str(ir.Type.parse(entry.mlir)) == entry.mlir
    # The bits dtype reinterprets the value's bytes without changing them.
    one = np.ones(3, np_type)
    assert one.view(dtypes.bits_dtype(entry.name)).view(np_type).tolist() == one.tolist()


def test_index_is_held_as_int64_and_unknown_types_have_no_dtype():
    assert dtypes.from_mlir("index") == "int64"
    assert dtypes.from_mlir("complex<f32>") is None
    assert dtypes.from_mlir("!llvm.ptr") is None


def test_bfloat16_check_inputs_round_to_nearest_even_from_float32():
    (got,) = check_inputs([TensorSpec("x", "bfloat16", (64,))], seed=7)
    (ref,) = check_inputs([TensorSpec("x", "float32", (64,))], seed=7)
    assert got.dtype == np.uint16
    bits = ref.view(np.uint32)
    want = ((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16).astype(np.uint16)
    np.testing.assert_array_equal(got, want)


def test_element_dtype_refuses_what_a_target_does_not_hold():
    from mlir import ir

    from mlc.compiler.context import make_context
    from mlc.compiler.dtypes import buffer_dtype, element_dtype

    with make_context():
        i1, f8 = ir.IntegerType.get_signless(1), ir.Type.parse("f8E4M3FN")
        assert element_dtype(i1, "CPU") == "bool"
        with pytest.raises(UnsupportedError, match="type i1 is not supported by the CUDA target") as e:
            element_dtype(i1, "CUDA", booleans=False)
        assert "store booleans as i8" in str(e.value)
        with pytest.raises(UnsupportedError, match="@f: element type f8E4M3FN is not supported by the CPU"):
            element_dtype(f8, "CPU", where="@f")
        assert buffer_dtype(ir.BF16Type.get()) == "bfloat16"
        assert buffer_dtype(ir.IndexType.get()) == "int64"


def test_the_table_imports_without_mlir():
    code = (
        "import sys\n"
        "import mlc.runtime.dtypes as d\n"
        "assert d.numpy_dtype('bfloat16').name == 'bfloat16'\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('mlir', 'torch_mlir')))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
