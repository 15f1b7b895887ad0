"""TMA tensor maps, encoded at launch with the CUDA driver's ``cuTensorMapEncodeTiled``.

A ``tensormap`` launch argument of the manifest (``ArgSpec.tensor_map``) describes a 2-D (or
higher) view of a buffer: dtype, dims and byte strides innermost first, box, swizzle, L2
promotion and out-of-bounds fill. The 128-byte map can only be encoded once the buffer's
address is known, so the runtime encodes it per launch (cached by address), copies it to
device memory and passes its address, which is what the kernel's ``cp.async.bulk.tensor``
and ``prefetch.tensor`` take. The driver is reached through ctypes (``libcuda.so.1``): no
MLIR, no CUDA toolkit, and the same on every numba-cuda version.
"""

from __future__ import annotations

import ctypes
from typing import Any

from mlc.compiler.errors import MlcError

TENSOR_MAP_BYTES = 128  # sizeof(CUtensorMap); 64-byte aligned
DATA_TYPES = {
    "uint8": 0,
    "uint16": 1,
    "int32": 3,
    "int64": 5,
    "float16": 6,
    "float32": 7,
    "float64": 8,
    "bfloat16": 9,
}
SWIZZLES = {"none": 0, "swizzle_32b": 1, "swizzle_64b": 2, "swizzle_128b": 3}
L2_PROMOTIONS = {"none": 0, "l2promo_64b": 1, "l2promo_128b": 2, "l2promo_256b": 3}
OOB_FILLS = {"zero": 0, "nan": 1}  # CU_TENSOR_MAP_FLOAT_OOB_FILL_NONE fills zeros
MAX_DYNAMIC_SHARED_ATTR = 8  # CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES
DEFAULT_DYNAMIC_SHARED = 48 * 1024  # what a launch may ask for without raising the limit


def encode_args(desc: dict[str, Any], address: int) -> tuple:
    """The arguments of ``cuTensorMapEncodeTiled`` after the map itself, as plain values:
    (data type, rank, address, dims, strides, box, element strides, interleave, swizzle,
    L2 promotion, OOB fill). Raises ``MlcError`` on what the driver would reject."""
    dims, strides, box = list(desc["dims"]), list(desc["strides"]), list(desc["box"])
    rank = len(dims)
    if not 1 <= rank <= 5 or len(strides) != rank - 1 or len(box) != rank:
        raise MlcError(f"malformed tensor map: dims {dims}, strides {strides}, box {box}")
    if address % 16 or any(s % 16 for s in strides):
        raise MlcError(
            f"tensor map of a buffer at 0x{address:x} with byte strides {strides}: TMA needs "
            "16-byte-aligned addresses and strides"
        )
    if any(not 1 <= b <= 256 for b in box):
        raise MlcError(f"tensor map box {box}: each dimension must be 1..256")
    return (
        DATA_TYPES[desc["dtype"]],
        rank,
        address,
        dims,
        strides,
        box,
        [1] * rank,
        0,
        SWIZZLES[desc["swizzle"]],
        L2_PROMOTIONS[desc["l2promo"]],
        OOB_FILLS[desc["oob"]],
    )


class Driver:
    """The two driver calls the sm_90 kernels need beyond numba's: tensor-map encoding and the
    dynamic shared-memory limit of a kernel."""

    def __init__(self) -> None:
        try:
            self.lib = ctypes.CDLL("libcuda.so.1")
        except OSError as e:
            raise MlcError(f"the CUDA driver library is not available: {e}") from e
        self.lib.cuTensorMapEncodeTiled.restype = ctypes.c_int
        self.lib.cuFuncSetAttribute.restype = ctypes.c_int

    def encode(self, desc: dict[str, Any], address: int) -> bytes:
        args = encode_args(desc, address)
        dtype, rank, addr, dims, strides, box, estrides, interleave, swizzle, l2, oob = args
        out = (ctypes.c_uint8 * TENSOR_MAP_BYTES)()
        u64, u32 = ctypes.c_uint64, ctypes.c_uint32
        status = self.lib.cuTensorMapEncodeTiled(
            ctypes.byref(out),
            ctypes.c_int(dtype),
            u32(rank),
            ctypes.c_void_p(addr),
            (u64 * rank)(*dims),
            (u64 * max(rank - 1, 1))(*(strides or [0])),
            (u32 * rank)(*box),
            (u32 * rank)(*estrides),
            ctypes.c_int(interleave),
            ctypes.c_int(swizzle),
            ctypes.c_int(l2),
            ctypes.c_int(oob),
        )
        if status != 0:
            raise MlcError(f"cuTensorMapEncodeTiled failed (CUresult {status}) for {desc} at 0x{address:x}")
        return bytes(out)

    def allow_dynamic_shared(self, function_handle: int, nbytes: int) -> None:
        status = self.lib.cuFuncSetAttribute(
            ctypes.c_void_p(function_handle), ctypes.c_int(MAX_DYNAMIC_SHARED_ATTR), ctypes.c_int(nbytes)
        )
        if status != 0:
            raise MlcError(
                f"cuFuncSetAttribute(MAX_DYNAMIC_SHARED_SIZE_BYTES, {nbytes}) failed (CUresult {status})"
            )
