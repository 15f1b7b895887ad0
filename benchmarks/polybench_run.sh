#!/bin/bash
# Run every PolyBench/C 4.2.1 benchmark built two ways and compare what they print: clang-22 -O3
# of clang's -O1/-O2 LLVM IR, and `mlc-compile --target cpu --emit obj` of the same IR, each
# linked with polybench.c. The arrays are dumped (-DPOLYBENCH_DUMP_ARRAYS, SMALL dataset) and
# must be byte for byte the same.
#   benchmarks/polybench_run.sh POLYBENCH_DIR WORKDIR [extra clang flags]
# Prints one line per benchmark and level: SAME, DIFF (with the first differing lines) or the
# mlc-compile error; exits 1 if any is not SAME.
set -u
if [ $# -lt 2 ]; then
  echo "usage: $0 POLYBENCH_DIR WORKDIR [clang flags...]" >&2
  exit 2
fi
src=$(cd "$1" && pwd)
work=$2
shift 2
CLANG=${CLANG:-clang-22}
MLC_COMPILE=${MLC_COMPILE:-mlc-compile}
[ -f "$src/utilities/polybench.h" ] || { echo "$0: $src: not a PolyBench/C checkout" >&2; exit 2; }
mkdir -p "$work"
"$CLANG" -O2 -c -I "$src/utilities" "$src/utilities/polybench.c" -o "$work/polybench.o" || exit 2
bad=0
for c in $(find "$src/datamining" "$src/linear-algebra" "$src/medley" "$src/stencils" -name '*.c' | sort); do
  name=$(basename "$c" .c)
  dir=$(dirname "$c")
  [ "$name" = "$(basename "$dir")" ] || continue
  for opt in O1 O2; do
    base="$work/$name.$opt"
    "$CLANG" -"$opt" -fno-inline-functions -DPOLYBENCH_DUMP_ARRAYS -DSMALL_DATASET "$@" \
      -I "$src/utilities" -I "$dir" -S -emit-llvm "$c" -o "$base.ll" || exit 2
    "$CLANG" -O3 "$base.ll" "$work/polybench.o" -lm -o "$base.orig" 2>/dev/null || exit 2
    if ! "$MLC_COMPILE" "$base.ll" --target cpu --emit obj -o "$base.mlc.o" -q 2>"$base.err"; then
      echo "$name -$opt mlc-compile failed: $(head -c 300 "$base.err")"
      bad=1
      continue
    fi
    "$CLANG" "$base.mlc.o" "$work/polybench.o" -lm -o "$base.mlc" || exit 2
    "$base.orig" 2>"$base.want" >/dev/null
    "$base.mlc" 2>"$base.got" >/dev/null
    if cmp -s "$base.want" "$base.got"; then
      echo "$name -$opt SAME"
    else
      echo "$name -$opt DIFF: $(diff "$base.want" "$base.got" | head -3 | tr '\n' ' ')"
      bad=1
    fi
  done
done
exit $bad
