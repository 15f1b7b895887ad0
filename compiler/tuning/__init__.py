"""Schedules, cost models, search and the tuning database (``mlc-tune``).

``trial`` holds the shared vocabulary: a ``Workload`` (what kernel), a
``Trial`` (a workload with one point of its schedule space), a
``TrialResult`` (what measuring it gave), and the ``Runner`` and
``CostModel`` protocols that measurement back ends (in process, a pool,
Ray) and cost models (analytic, learned) implement.
"""
