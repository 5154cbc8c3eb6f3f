"""Extraction quality on ../shared/devset may not fall below the floors measured when they were set.

Like trafilatura's eval gate: the floors sit a little under the figures in the README, so a
change that loses facts fails here. Skipped when ../shared/devset is absent.
"""

from __future__ import annotations

import importlib.util

import pytest

from .conftest import DEVSET, ROOT

# kind: (precision, recall), a little under what the 35-article devset measures with fr_core_news_sm
# 3.8.0 / en_core_web_sm 3.8.0. Before the work of issue 10 (2026-12-01): 0.40/0.20, 0.57/0.20,
# 0.88/0.58, 0.75/0.19, 0.35/0.52; on 2026-12-02: 0.67/0.37, 0.74/0.25, 0.83/0.61, 1.00/0.19,
# 0.40/0.53; at the end of 2026-12-02's second session: 0.71/0.41, 0.87/0.33, 0.83/0.62, 0.75/0.38,
# 0.41/0.54, then quote 0.83/0.72 once announced remarks were read, transfer 0.73/0.41 and
# deployment 0.90/0.34 at its end. Quote precision fell when
# reported speech (« a déclaré que… ») became quotes: the gold lists the salient ones, not every
# true one. In 2026-12-02's third session deployment went 0.90/0.34 → 0.80/0.41: forces broken down after a colon
# (« 920 personnels … : 580 du ministère de l'Intérieur, 321 militaires… ») are each deployed; one
# article's gold lists such parts in one sentence and not in the other, so four true facts count as
# wrong. At the end of 2026-12-03: transfer 0.80/0.47, deployment 0.81/0.44, quote 0.83/0.72,
# request 0.75/0.38, figure 0.46/0.52 (typed roles, envoys, packages, denials). On 2026-12-03's
# second session transfer went 0.80/0.47 → 0.75/0.49: agentless passives on an official page now take
# the publisher as giver, and three of the new facts are true but not in the gold (« 325 tonnes de
# matériel sont également mobilisées », "Funding will be channelled…", a coordinated giver the gold
# lists as one fact); on ten articles written for the purpose and never tuned on, the same changes
# lifted transfer from 0.62/0.34 to 0.74/0.45. At that session's end: transfer 0.75/0.49, deployment
# 0.80/0.44, quote 0.83/0.72, request 0.75/0.38, figure 0.45/0.51 (figures a gift now tells are no
# figures of their own). On 2026-12-03's third session: transfer 0.77/0.52, deployment 0.81/0.44, quote
# 0.83/0.72, request 0.75/0.38, figure 0.46/0.51 (shares of an amount, arrivals, forces on the ground;
# forces with no place left out). Issue 10's bar is P ≥ 0.85, R ≥ 0.70.
FLOORS = {
    "transfer": (0.75, 0.50),
    "deployment": (0.79, 0.42),
    "quote": (0.80, 0.70),
    "request": (0.70, 0.33),
    "figure": (0.42, 0.49),
}


@pytest.fixture(scope="module")
def totals(english_pipeline):
    if not DEVSET.is_dir():
        pytest.skip("../shared/devset is absent")
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "benchmarks" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate(DEVSET), module.scores


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_quality_floor(totals, kind):
    values, scores = totals
    precision, recall, _ = scores(*values[kind])
    floor_p, floor_r = FLOORS[kind]
    assert precision >= floor_p and recall >= floor_r, (kind, round(precision, 2), round(recall, 2))
