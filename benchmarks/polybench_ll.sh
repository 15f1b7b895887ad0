#!/bin/sh
# Build the LLVM IR of PolyBench/C 4.2.1 (a checkout of its public sources, not part of mlc)
# the way examples/programs is built, for `python -m mlc.benchmarks.ll_programs --raise-only
# --programs-dir OUT`:
#   benchmarks/polybench_ll.sh POLYBENCH_DIR OUT [extra clang flags, e.g. -DPOLYBENCH_USE_C99_PROTO]
# Every kernel_* function of every benchmark is counted; -fno-inline-functions keeps the static
# kernels as functions of their own.
set -eu
if [ $# -lt 2 ]; then
  echo "usage: $0 POLYBENCH_DIR OUT [clang flags...]" >&2
  exit 2
fi
src=$1
out=$2
shift 2
CLANG=${CLANG:-clang-22}
[ -f "$src/utilities/polybench.h" ] || { echo "$0: $src/utilities/polybench.h: not a PolyBench/C checkout" >&2; exit 1; }
for opt in O1 O2; do
  mkdir -p "$out/$opt"
  for c in $(find "$src/datamining" "$src/linear-algebra" "$src/medley" "$src/stencils" -name '*.c' | sort); do
    name=$(basename "$c" .c)
    dir=$(dirname "$c")
    # nussinov ships an older copy beside the benchmark; the benchmark is the file named for its folder.
    [ "$name" = "$(basename "$dir")" ] || continue
    "$CLANG" -"$opt" -fno-inline-functions "$@" -I "$src/utilities" -I "$dir" -S -emit-llvm "$c" -o "$out/$opt/$name.ll"
  done
done
echo "$out: $(ls "$out/O1" | wc -l) programs at -O1 and -O2"
