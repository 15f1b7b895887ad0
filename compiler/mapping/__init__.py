"""GPU mapping plans: what the ``tile`` and ``coalesce`` passes share.

``plan`` is the plan of one parallel nest (which loop takes which hardware id,
and its tile sizes), ``choose`` picks it (the size heuristic and the
coalescing cost model), ``build`` materializes it as ``scf.parallel`` nests
with ``#gpu.loop_dim_map`` attributes, ``nest`` finds, parallelizes and
un-tiles nests, and ``driver`` walks the nests of a module. The coalescing
transformation itself (vectorization, shared-memory staging, remapping) is the
``coalesce`` pass's own (``mlc.passes.coalesce``).
"""
