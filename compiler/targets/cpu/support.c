/* Support code linked into every CPU artifact's shared library.
 *
 * The lowered code calls two functions that the MLIR ExecutionEngine would
 * otherwise resolve in the host process: ``memrefCopy`` (a copy between
 * strided memrefs, emitted by finalize-memref-to-llvm for non-contiguous
 * layouts) and ``_mlir_ciface_mlc_check_failed`` (a failed runtime check, see
 * runtime_checks.py). Defining them here keeps the library self-contained: it
 * needs only libc and libm.
 */
#include <stdint.h>
#include <string.h>

/* An unranked memref: its rank and a pointer to a ranked descriptor
 * {allocated, aligned, offset, sizes[rank], strides[rank]}. */
typedef struct {
  int64_t rank;
  void *descriptor;
} UnrankedMemRef;

typedef struct {
  char *allocated;
  char *aligned;
  int64_t offset;
  int64_t sizes_and_strides[];
} RankedMemRef;

__attribute__((visibility("hidden"))) void memrefCopy(int64_t elem_size, UnrankedMemRef *src_arg,
                                                      UnrankedMemRef *dst_arg) {
  const RankedMemRef *src = (const RankedMemRef *)src_arg->descriptor;
  const RankedMemRef *dst = (const RankedMemRef *)dst_arg->descriptor;
  int64_t rank = src_arg->rank;
  const int64_t *sizes = src->sizes_and_strides;
  const int64_t *src_strides = src->sizes_and_strides + rank;
  const int64_t *dst_strides = dst->sizes_and_strides + rank;
  char *src_base = src->aligned + src->offset * elem_size;
  char *dst_base = dst->aligned + dst->offset * elem_size;
  if (rank == 0) {
    memcpy(dst_base, src_base, elem_size);
    return;
  }
  for (int64_t d = 0; d < rank; ++d)
    if (sizes[d] == 0)
      return;
  int64_t index[rank];
  memset(index, 0, sizeof index);
  /* Rows along the innermost dimension are copied in one go when both are dense. */
  int64_t inner = sizes[rank - 1];
  int dense_rows = src_strides[rank - 1] == 1 && dst_strides[rank - 1] == 1;
  for (;;) {
    int64_t src_off = 0, dst_off = 0;
    for (int64_t d = 0; d < rank - 1; ++d) {
      src_off += index[d] * src_strides[d];
      dst_off += index[d] * dst_strides[d];
    }
    if (dense_rows) {
      memmove(dst_base + dst_off * elem_size, src_base + src_off * elem_size, inner * elem_size);
    } else {
      for (int64_t i = 0; i < inner; ++i)
        memmove(dst_base + (dst_off + i * dst_strides[rank - 1]) * elem_size,
                src_base + (src_off + i * src_strides[rank - 1]) * elem_size, elem_size);
    }
    int64_t d = rank - 2;
    while (d >= 0 && ++index[d] == sizes[d])
      index[d--] = 0;
    if (d < 0)
      return;
  }
}

/* Failed runtime checks of the last call: distinct check ids, in order of failure. */
#define MLC_MAX_FAILED 16
int64_t mlc_failed_checks[MLC_MAX_FAILED];
int64_t mlc_failed_count;

void _mlir_ciface_mlc_check_failed(int64_t id) {
  for (int64_t i = 0; i < mlc_failed_count && i < MLC_MAX_FAILED; ++i)
    if (mlc_failed_checks[i] == id)
      return;
  if (mlc_failed_count < MLC_MAX_FAILED)
    mlc_failed_checks[mlc_failed_count++] = id;
}
