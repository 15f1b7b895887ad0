#!/bin/sh
# Regenerate the LLVM IR of every program from its C source with clang-22.
#   examples/programs/regenerate.sh     (needs clang-22 on PATH: apt-get install clang-22)
# The .ll files are committed: tests and CI use them directly and never need clang.
# -fno-inline-functions keeps the static kernels as functions of their own (clang would otherwise inline a
# kernel called once into main), so the raise rate is counted per kernel function.
set -eu
cd "$(dirname "$0")"
CLANG=${CLANG:-clang-22}
for opt in O1 O2; do
  mkdir -p "$opt"
  for src in *.c; do
    name=${src%.c}
    "$CLANG" -"$opt" -fno-inline-functions -S -emit-llvm "$src" -o "$opt/$name.ll"
    # The source path in the module header depends on the checkout; keep only the file name.
    sed -i "s|^; ModuleID = .*|; ModuleID = '$src'|; s|^source_filename = .*|source_filename = \"$src\"|" "$opt/$name.ll"
  done
done
