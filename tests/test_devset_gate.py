"""Extraction quality on ../shared/devset may not fall below the floors measured when they were set.

Like trafilatura's eval gate: the floors sit a little under the figures in the README, so a
change that loses facts fails here. Skipped when ../shared/devset is absent.
"""

from __future__ import annotations

import importlib.util

import pytest

from .conftest import DEVSET, ROOT

FLOORS = {  # kind: (precision, recall), measured 2026-11-25 with fr_core_news_sm 3.8.0 / en_core_web_sm 3.8.0
    "transfer": (0.60, 0.60),
    "deployment": (0.75, 0.30),
    "quote": (0.80, 0.85),
    "figure": (0.30, 0.50),
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
