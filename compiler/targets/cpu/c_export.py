"""``--emit c-lib``: the compiled model as a C library, ``libmodel.so``/``libmodel.a`` plus ``model.h``.

The header declares a small C API (documented in ``docs/c-api.md`` and in the
header itself): ``mlc_model_create``, ``mlc_model_run``, ``mlc_model_destroy``,
and descriptors of the inputs and outputs (name, dtype, shape, bytes). The
generated ``model.c`` implements it on top of the packed entry point the CPU
target always emits (``native.packed_symbol``): it builds memref descriptors
for the caller's contiguous buffers, calls the entry, copies each result into
the caller's output buffer and frees the result's allocation.

Only static shapes are exported; dtypes are the storage dtypes the code reads
and writes (``ValueSpec.storage``: bool is int8, bf16/f16 are their bits).
"""

from __future__ import annotations

from mlc.compiler.errors import UnsupportedError
from mlc.runtime.signature import Signature, ValueSpec, numpy_dtype

_C_TYPES = {
    "float32": "float",
    "float64": "double",
    "int8": "int8_t",
    "int16": "int16_t",
    "int32": "int32_t",
    "int64": "int64_t",
    "uint8": "uint8_t",
    "uint16": "uint16_t",
    "uint32": "uint32_t",
    "uint64": "uint64_t",
    "float16": "uint16_t",
    "bfloat16": "uint16_t",
}
# The library's only global symbols: model.h's functions.
API_SYMBOLS = (
    "mlc_model_num_inputs",
    "mlc_model_num_outputs",
    "mlc_model_input",
    "mlc_model_output",
    "mlc_model_create",
    "mlc_model_run",
    "mlc_model_error",
    "mlc_model_destroy",
)
# What mlc_failed_checks holds at most (MLC_MAX_FAILED in support.c).
FAILED_CHECKS_KEPT = 16

HEADER = """\
/* model.h: the C API of a model compiled by mlc (mlc-compile --target cpu --emit c-lib).
 *
 * Link with libmodel.so (or libmodel.a and -lm). Every buffer is a C-contiguous (row-major) array of
 * the descriptor's dtype; nbytes says its size. Calls on one model are not thread-safe (the runtime
 * checks record failures in globals): run one at a time per process.
 *
 *   mlc_model *m = mlc_model_create();
 *   const void *inputs[] = {x};       void *outputs[] = {y};
 *   if (mlc_model_run(m, inputs, outputs) != 0) fprintf(stderr, "%s\\n", mlc_model_error(m));
 *   mlc_model_destroy(m);
 */
#ifndef MLC_MODEL_H
#define MLC_MODEL_H
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

/* One input or output. A scalar has rank 0. */
typedef struct {
  const char *name;
  const char *dtype;        /* numpy name of the element type: float32, int64, uint16 (f16/bf16 bits) */
  size_t element_size;      /* bytes per element */
  int32_t rank;
  const int64_t *shape;     /* rank sizes */
  size_t num_elements;
  size_t nbytes;            /* element_size * num_elements */
} mlc_tensor_desc;

typedef struct mlc_model mlc_model;

int32_t mlc_model_num_inputs(void);
int32_t mlc_model_num_outputs(void);
/* The i-th input or output (0-based), or NULL when i is out of range. */
const mlc_tensor_desc *mlc_model_input(int32_t i);
const mlc_tensor_desc *mlc_model_output(int32_t i);

/* A model instance; NULL when out of memory. The weights are in the library: creating is cheap. */
mlc_model *mlc_model_create(void);
/* Runs the model: inputs[i] points to input i, outputs[i] to a buffer of output i's nbytes.
 * Returns 0, or 1 when a runtime check failed (mlc_model_error says which); outputs are then unset. */
int32_t mlc_model_run(mlc_model *model, const void *const *inputs, void *const *outputs);
/* The message of the last failed run, or "" */
const char *mlc_model_error(const mlc_model *model);
void mlc_model_destroy(mlc_model *model);

#ifdef __cplusplus
}
#endif
#endif
"""


def _check(signature: Signature) -> None:
    for spec in (*signature.inputs, *signature.outputs):
        if spec.is_tensor and any(d is None for d in spec.shape or ()):
            raise UnsupportedError(
                f"--emit c-lib needs static shapes, and '{spec.name}' is {spec.describe()}",
                hint="give the model static input shapes (ONNX: fix the dims, torch: export without "
                "dynamic_shapes)",
            )
        if spec.storage not in _C_TYPES:
            raise UnsupportedError(f"--emit c-lib does not export '{spec.name}' of dtype {spec.storage}")


def _c_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _rank(spec: ValueSpec) -> int:
    return len(spec.shape or ())


def _descriptors(kind: str, specs: tuple[ValueSpec, ...]) -> list[str]:
    lines = []
    for i, s in enumerate(specs):
        shape = ", ".join(str(d) for d in s.shape or ()) or "0"
        lines.append(f"static const int64_t {kind}_shape{i}[] = {{{shape}}};")
    entries = []
    for i, s in enumerate(specs):
        size = numpy_dtype(s.storage).itemsize
        count = 1
        for d in s.shape or ():
            count *= d
        entries.append(
            f"  {{{_c_string(s.name)}, {_c_string(s.storage)}, {size}, {_rank(s)}, {kind}_shape{i}, "
            f"{count}, {size * count}}},"
        )
    lines.append(f"static const mlc_tensor_desc {kind}s[] = {{")
    lines += entries or ["  {0},"]
    lines.append("};")
    return lines


def _memref_type(rank: int) -> str:
    return f"mlc_memref{rank}"


def source(signature: Signature, symbol: str) -> str:
    """``model.c``: the C API over the packed entry ``symbol`` for ``signature``."""
    _check(signature)
    ins, outs = signature.inputs, signature.outputs
    ranks = sorted({_rank(s) for s in (*ins, *outs) if s.is_tensor})
    lines = [
        "/* Generated by mlc (mlc.compiler.targets.cpu.c_export): the C API of model.h. */",
        '#include "model.h"',
        "#include <stdlib.h>",
        "#include <string.h>",
        "",
        f"extern void {symbol}(void **args);",
        "extern int64_t mlc_failed_count;",
        f"extern int64_t mlc_failed_checks[{FAILED_CHECKS_KEPT}];",
        "",
        "struct mlc_model { char error[512]; };",
        "",
    ]
    for r in ranks:
        dims = f" int64_t sizes[{r}]; int64_t strides[{r}];" if r else ""
        lines.append(
            f"typedef struct {{ char *allocated; char *aligned; int64_t offset;{dims} }} {_memref_type(r)};"
        )
    scalar_result = len(outs) == 1 and not outs[0].is_tensor
    if outs and not scalar_result:
        fields = " ".join(
            f"{_memref_type(_rank(s)) if s.is_tensor else _C_TYPES[s.storage]} r{i};"
            for i, s in enumerate(outs)
        )
        lines.append(f"typedef struct {{ {fields} }} mlc_results;")
    checks = ", ".join(_c_string(c) for c in signature.checks) or '""'
    lines += [
        f"static const char *const check_messages[] = {{{checks}}};",
        f"static const int32_t check_count = {len(signature.checks)};",
        *_descriptors("input", ins),
        *_descriptors("output", outs),
        "",
        f"int32_t mlc_model_num_inputs(void) {{ return {len(ins)}; }}",
        f"int32_t mlc_model_num_outputs(void) {{ return {len(outs)}; }}",
        "const mlc_tensor_desc *mlc_model_input(int32_t i) {",
        f"  return i >= 0 && i < {len(ins)} ? &inputs[i] : NULL;",
        "}",
        "const mlc_tensor_desc *mlc_model_output(int32_t i) {",
        f"  return i >= 0 && i < {len(outs)} ? &outputs[i] : NULL;",
        "}",
        "mlc_model *mlc_model_create(void) { return calloc(1, sizeof(mlc_model)); }",
        "void mlc_model_destroy(mlc_model *model) { free(model); }",
        "const char *mlc_model_error(const mlc_model *model) { return model->error; }",
        "",
        "/* Copy a strided result (sizes, strides in elements) into a contiguous buffer. */",
        "static void copy_strided(char *dst, const char *src, int32_t rank, const int64_t *sizes,",
        "                         const int64_t *strides, size_t elem) {",
        "  int64_t index[16] = {0};",
        "  int64_t total = 1;",
        "  for (int32_t d = 0; d < rank; ++d) total *= sizes[d];",
        "  for (int64_t n = 0; n < total; ++n) {",
        "    int64_t offset = 0;",
        "    for (int32_t d = 0; d < rank; ++d) offset += index[d] * strides[d];",
        "    memcpy(dst + n * elem, src + offset * elem, elem);",
        "    for (int32_t d = rank - 1; d >= 0; --d) {",
        "      if (++index[d] < sizes[d]) break;",
        "      index[d] = 0;",
        "    }",
        "  }",
        "}",
        "",
        "int32_t mlc_model_run(mlc_model *model, const void *const *in, void *const *out) {",
    ]
    body: list[str] = []
    args: list[str] = []
    if outs and not scalar_result:
        body += ["  mlc_results results;", "  memset(&results, 0, sizeof results);"]
        body.append("  mlc_results *results_ptr = &results;")
        args.append("&results_ptr")
    for i, s in enumerate(ins):
        if s.is_tensor:
            r = _rank(s)
            shape = s.shape or ()
            strides = [1] * r
            for d in range(r - 2, -1, -1):
                strides[d] = strides[d + 1] * shape[d + 1]
            dims = f", {{{', '.join(map(str, shape))}}}, {{{', '.join(map(str, strides))}}}" if r else ""
            body.append(f"  {_memref_type(r)} in{i} = {{(char *)in[{i}], (char *)in[{i}], 0{dims}}};")
            body.append(f"  {_memref_type(r)} *in{i}_ptr = &in{i};")
            args.append(f"&in{i}_ptr")
        else:
            args.append(f"(void *)in[{i}]")
    if scalar_result:
        args.append("out[0]")
    body += [
        f"  void *args[] = {{{', '.join(args) or '0'}}};",
        "  mlc_failed_count = 0;",
        f"  {symbol}(args);",
    ]
    freed: list[str] = []
    for i, s in enumerate(outs):
        if scalar_result:
            break
        if s.is_tensor:
            r = _rank(s)
            size = numpy_dtype(s.storage).itemsize
            sizes = f"results.r{i}.sizes" if r else "NULL"
            strides = f"results.r{i}.strides" if r else "NULL"
            body.append(
                f"  if (!mlc_failed_count) copy_strided((char *)out[{i}], "
                f"results.r{i}.aligned + results.r{i}.offset * {size}, {r}, {sizes}, {strides}, {size});"
            )
            # Two results may share one allocation: free each allocation once.
            same = " && ".join(f"results.r{i}.allocated != results.r{j}.allocated" for j in freed)
            body.append(
                f"  if (results.r{i}.allocated{' && ' + same if same else ''}) free(results.r{i}.allocated);"
            )
            freed.append(str(i))
        else:
            body.append(f"  memcpy(out[{i}], &results.r{i}, sizeof results.r{i});")
    body += [
        "  model->error[0] = 0;",
        "  if (mlc_failed_count) {",
        "    int64_t id = mlc_failed_checks[0];",
        '    const char *what = id >= 0 && id < check_count ? check_messages[id] : "unknown check";',
        '    strncpy(model->error, "runtime check failed: ", sizeof model->error - 1);',
        "    strncat(model->error, what, sizeof model->error - strlen(model->error) - 1);",
        "    return 1;",
        "  }",
        "  return 0;",
        "}",
    ]
    return "\n".join(lines + body) + "\n"
