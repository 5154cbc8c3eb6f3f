"""The facts the first real article must yield (the end-to-end issue's acceptance list)."""

from __future__ import annotations

import json

import pytest

from quizgen.cli import main

from .conftest import SEED


@pytest.fixture(scope="module")
def seed_facts(capsys_module=None):
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["facts", str(SEED), "--json"])
    return json.loads(out.getvalue())


def has(facts, kind, **want):
    """A fact of ``kind`` whose roles contain each wanted text (case-insensitive)."""
    for fact in facts:
        if fact["kind"] != kind:
            continue
        if all(fact.get(role) and value.lower() in fact[role].lower() for role, value in want.items()):
            return fact
    return None


def test_article_metadata(seed_facts):
    article = seed_facts["article"]
    assert article["date"] == "2022-01"
    assert article["lang"] == "fr"
    assert article["slug"] == "000-68994aef2ec81e38"
    assert "date 2022-01" not in json.dumps(seed_facts)


@pytest.mark.parametrize(
    ("kind", "want"),
    [
        ("transfer", {"agent": "Allemagne", "theme": "5 000 casques", "recipient": "Ukraine"}),
        ("transfer", {"agent": "Allemagne", "theme": "hôpital de campagne"}),
        (
            "transfer",
            {"agent": "États-Unis", "theme": "200 000 livres de munitions", "recipient": "défenseurs ukrainiens"},
        ),
        ("transfer", {"agent": "Turquie", "theme": "drones antichars", "recipient": "Ukraine"}),
        ("transfer", {"agent": "Royaume-Uni", "theme": "missiles antichars", "recipient": "Ukraine"}),
        ("deployment", {"agent": "États-Unis", "theme": "six chasseurs à réaction", "destination": "Estonie"}),
        ("deployment", {"agent": "Danemark", "theme": "avions de combat", "destination": "Lituanie"}),
        ("deployment", {"agent": "Espagne", "theme": "frégates", "destination": "mer Baltique"}),
        ("deployment", {"agent": "Danemark", "theme": "frégates", "destination": "mer Baltique"}),
        ("quote", {"speaker": "Klistschko", "quote": "me laisse sans voix"}),
        ("quote", {"speaker": "Peskov", "quote": "peu de raisons"}),
        ("quote", {"speaker": "Iohannis", "quote": "réponse éminemment défensive"}),
        ("quote", {"speaker": "Parly", "quote": "situation sécuritaire actuelle"}),
    ],
)
def test_seed_fact(seed_facts, kind, want):
    assert has(seed_facts["facts"], kind, **want), f"missing {kind} {want}"


def test_quantities_are_separate_from_their_nouns(seed_facts):
    fact = has(seed_facts["facts"], "transfer", agent="Allemagne", theme="5 000 casques")
    assert fact["quantity"] == "5 000"


def test_every_fact_carries_its_sentence_as_written(seed_facts):
    text = SEED.read_text(encoding="utf-8")
    for fact in seed_facts["facts"]:
        assert fact["sentence"] in text
        for role in ("agent", "theme", "recipient", "destination", "speaker", "quote"):
            if fact[role]:
                assert fact[role] in text, (role, fact[role])


def test_spans_are_clean(seed_facts):
    for fact in seed_facts["facts"]:
        for role in ("agent", "theme", "recipient", "destination", "speaker"):
            value = fact[role]
            if value is None:
                continue
            assert not value.lower().startswith(("même ", "le ", "la ", "les ", "l’", "l'")), value
            assert not value.endswith((",", ".", ";", "'", "’", " de", " d’")), value


def test_a_refusal_is_never_a_delivery(seed_facts):
    """« son pays ne fournirait pas d'aide mortelle » must not appear as an asserted transfer."""
    for fact in seed_facts["facts"]:
        if "ne fournirait pas" in fact["sentence"] and fact["kind"] == "transfer":
            assert fact["modality"] == "negated"
