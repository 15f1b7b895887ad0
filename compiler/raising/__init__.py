"""Raising LLVM IR to structured MLIR: what the ``.ll`` frontend's passes share.

Each pass lives in ``mlc.passes`` (a module, or a package holding the algorithm
only it uses); this package holds what several of them use: integer
polynomials over SSA values (``poly``), scalar evolution (``scev``), value
ranges (``ranges``), facts known under guards (``known``), addresses of
pointer accesses (``addresses``), loop nests (``nest``), per-element evaluation
of loop bodies (``evaluate``), building IR from polynomials (``materialize``),
the original functions kept beside lifted ones (``originals``), and the
frontend's ``.ll`` import and summary (``ll_import``, ``summary``).
"""
