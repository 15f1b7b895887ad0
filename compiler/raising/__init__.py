"""Raising LLVM IR to structured MLIR: the analyses behind the ``.ll`` frontend's passes.

The passes themselves live in ``mlc.passes`` (one per file); this package holds
what they share: symbolic affine expressions over SSA values (``affine``), loop
and pointer analyses, and the ``.ll`` import helpers.
"""
