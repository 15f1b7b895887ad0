"""Evolutionary search over a schedule space, guided by a cost model, measured on the target.

``tune_workload`` first measures the default schedule (the baseline every
speedup is against), then runs rounds: the best measured schedules are the
parents; each child changes one or two parameters to a neighbouring value of
the space (or crosses two parents), children the space rejects or that were
measured already are dropped, the cost model scores the rest, and the best few
(plus one random child, so a wrong model cannot starve a region) are measured.
The model learns from every round's results. It stops when the budget (trials
and/or seconds) is spent or the space is exhausted.

Results already in the database (``previous``) count as measured, so a run
resumes where an interrupted one stopped.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from mlc.compiler.errors import InputError, MlcError
from mlc.compiler.tuning import space
from mlc.compiler.tuning.database import fastest
from mlc.compiler.tuning.trial import CostModel, Runner, Trial, TrialResult, Workload

PARENTS = 6
CHILDREN = 48  # scored per round
MEASURED_PER_ROUND = 4  # of which the model's best three and one random child
CONFIRM = 2  # the best schedules measured again at the end, with the default
CONFIRM_SHARE = 0.15  # of a time budget kept for that
MODELS = ("auto", "analytic", "learned")


@dataclass(frozen=True)
class Budget:
    """How long to tune: at most ``trials`` measurements and/or ``seconds`` of wall time."""

    trials: int | None = None
    seconds: float | None = None

    def spent(self, trials: int, seconds: float) -> bool:
        return (self.trials is not None and trials >= self.trials) or (
            self.seconds is not None and seconds >= self.seconds
        )

    def reserve(self, trials: int) -> Budget:
        """This budget less ``trials`` trials (or ``CONFIRM_SHARE`` of its time) kept for later; a
        budget of fewer than four times ``trials`` keeps none."""
        if self.trials is not None and self.trials < 4 * trials:
            return self
        return Budget(
            None if self.trials is None else self.trials - trials,
            None if self.seconds is None else self.seconds * (1 - CONFIRM_SHARE),
        )


_UNITS = {"s": 1, "m": 60, "h": 3600}


def parse_budget(text: str) -> Budget:
    """``10m``, ``90s``, ``1.5h`` (wall time) or ``200`` (trials); InputError otherwise."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", text or "")
    if m is None or float(m.group(1)) <= 0 or (not m.group(2) and "." in m.group(1)):
        raise InputError(
            f"bad budget '{text}'", hint="give a time (30s, 10m, 1h) or a positive whole number of trials"
        )
    if not m.group(2):
        return Budget(trials=int(m.group(1)))
    return Budget(seconds=float(m.group(1)) * _UNITS[m.group(2)])


def cost_model(name: str = "auto") -> CostModel:
    """``analytic`` (``analytic.AnalyticCostModel``), ``learned`` (``learned.XGBCostModel``) or
    ``auto``: the learned one where its module and xgboost are installed, else the analytic one."""
    from mlc.compiler.tuning.analytic import AnalyticCostModel

    if name not in MODELS:
        raise InputError(f"unknown cost model '{name}'", hint=f"use one of {', '.join(MODELS)}")
    if name == "analytic":
        return AnalyticCostModel()
    try:
        from mlc.compiler.tuning.learned import XGBCostModel

        return XGBCostModel(fallback=AnalyticCostModel())  # analytic until it has learned enough
    except (ImportError, MlcError) as e:  # the module, or xgboost (the mlc[tune] extra), is absent
        if name == "learned":
            raise InputError(
                f"the learned cost model is not available: {e}", hint="pip install 'mlc[tune]'"
            ) from None
        return AnalyticCostModel()


@dataclass
class Outcome:
    """What tuning one workload gave: every result (earlier runs' included), the default's and the best."""

    workload: Workload
    default_config: dict
    results: list[TrialResult] = field(default_factory=list)
    new_trials: int = 0

    @property
    def best(self) -> TrialResult | None:
        return fastest(self.results)

    @property
    def default(self) -> TrialResult | None:
        return fastest(r for r in self.results if dict(r.trial.config) == self.default_config)

    @property
    def speedup(self) -> float | None:
        """The default schedule's time over the best one's."""
        best, default = self.best, self.default
        if best is None or default is None or default.seconds is None:
            return None
        return default.seconds / (best.seconds or 1.0)


def _frozen(config: dict) -> tuple:
    return tuple(sorted(config.items()))


def _mutate(parent: dict, choices: dict[str, list[int]], rng: random.Random) -> dict:
    child = dict(parent)
    for name in rng.sample(space.PARAMS, rng.choice((1, 1, 2))):
        values = choices[name]
        if parent[name] in values and rng.random() < 0.7:
            i = values.index(parent[name]) + rng.choice((-1, 1))
            child[name] = values[min(max(i, 0), len(values) - 1)]
        else:
            child[name] = rng.choice(values)
    return child


def _children(
    parents: Sequence[dict], workload: Workload, all_points: list[dict], rng: random.Random
) -> list:
    choices = space.choices(workload)
    out = []
    for _ in range(CHILDREN * 4):
        if len(out) >= CHILDREN:
            break
        if not parents or rng.random() < 0.15:
            out.append(dict(rng.choice(all_points)))
        elif len(parents) > 1 and rng.random() < 0.2:
            a, b = rng.sample(list(parents), 2)
            out.append({p: (a if rng.random() < 0.5 else b)[p] for p in space.PARAMS})
        else:
            out.append(_mutate(rng.choice(list(parents)), choices, rng))
    return out


def tune_workload(
    workload: Workload,
    runner: Runner,
    model: CostModel,
    budget: Budget,
    *,
    previous: Sequence[TrialResult] = (),
    record: Callable[[Sequence[TrialResult]], None] | None = None,
    on_result: Callable[[Outcome, TrialResult], None] | None = None,
    seed: int = 0,
) -> Outcome:
    """Tune one workload within ``budget``; ``record`` stores each round's results as they come."""
    rng = random.Random(seed)
    default = space.default_config(workload)
    outcome = Outcome(workload, default, list(previous))
    seen = {_frozen(dict(r.trial.config)) for r in previous}
    all_points = list(space.points(workload))
    start = time.monotonic()

    def measure(configs: list[dict]) -> None:
        results = runner.measure([Trial(workload, c) for c in configs])
        if len(results) != len(configs):
            raise InputError(f"the runner returned {len(results)} results for {len(configs)} trials")
        for config, result in zip(configs, results, strict=True):
            seen.add(_frozen(config))
            outcome.results.append(result)
            outcome.new_trials += 1
        if record is not None:
            record(results)
        model.update(results)
        for result in results:
            if on_result is not None:
                on_result(outcome, result)

    if _frozen(default) not in seen:
        measure([default])
    search = budget.reserve(CONFIRM + 1)
    while not search.spent(outcome.new_trials, time.monotonic() - start):
        ok = sorted((r for r in outcome.results if r.status == "ok"), key=lambda r: r.seconds or 0.0)
        parents = [dict(r.trial.config) for r in ok[:PARENTS]]
        fresh: dict[tuple, dict] = {}
        for child in _children(parents, workload, all_points, rng):
            key = _frozen(child)
            if key not in seen and key not in fresh and space.check(workload, child) is None:
                fresh[key] = child
        if not fresh:  # the neighbourhood is exhausted: fall back to unmeasured points anywhere
            rest = [p for p in all_points if _frozen(p) not in seen]
            if not rest:
                break
            fresh = {_frozen(p): p for p in rng.sample(rest, min(len(rest), CHILDREN))}
        candidates = list(fresh.values())
        scores = model.predict([Trial(workload, c) for c in candidates])
        ranked = [i for _, i in sorted(zip(scores, range(len(candidates)), strict=True), reverse=True)]
        picked = [candidates[i] for i in ranked[: MEASURED_PER_ROUND - 1]]
        others = [candidates[i] for i in ranked[MEASURED_PER_ROUND - 1 :]]
        if others:
            picked.append(rng.choice(others))
        if search.trials is not None:
            picked = picked[: max(1, search.trials - outcome.new_trials)]
        measure(picked)
    confirm(outcome, budget, measure)
    return outcome


def confirm(outcome: Outcome, budget: Budget, measure: Callable[[list[dict]], None]) -> None:
    """Measure the best few schedules and the default once more, side by side, when the budget
    leaves room: on a loaded machine the fastest single measurement is often a lucky one."""
    ok = [r for r in outcome.results if r.status == "ok"]
    if len(ok) <= CONFIRM or (budget.trials is not None and outcome.new_trials >= budget.trials):
        return
    configs = {json.dumps(dict(r.trial.config), sort_keys=True) for r in ok}
    times = {
        c: fastest(r for r in ok if json.dumps(dict(r.trial.config), sort_keys=True) == c) for c in configs
    }
    ranked = sorted(configs, key=lambda c: times[c].seconds or 0.0)
    again = [json.loads(c) for c in ranked[:CONFIRM]]
    if outcome.default_config not in again:
        again.append(outcome.default_config)
    if budget.trials is not None:
        again = again[: budget.trials - outcome.new_trials]
    measure(again)
