"""Which questions a deck keeps: one a sentence, on its most important fact (a teacher who read decks
for articles quizgen had never seen rejected a third of the questions as repeating another one from
the same sentence, or printing its answer). Articles written for these tests, none from the devset."""

from __future__ import annotations

import json

import pytest

from quizgen.cli import main
from quizgen.extract import extract_facts
from quizgen.ingest import parse_article
from quizgen.nlp import parse
from quizgen.questions import build_questions

from .conftest import facts_of, question, questions_of

ARTICLE = """title: Séisme au Pérou : l'aide internationale arrive
---
Le Japon a livré 300 tentes et 40 groupes électrogènes au Pérou lundi.

L'Espagne a envoyé 60 sauveteurs à Lima, tandis que le Chili a déployé deux hélicoptères à Pisco.

Le ministre péruvien de la Défense, Jorge Salas, a remercié les pays donateurs.

« Nous avons besoin de tentes et d'eau potable », a déclaré Jorge Salas mardi.

Le paquet du Canada comprend :
- 500 couvertures ;
- 200 lampes solaires.
"""


def quiz(every: bool = False):
    article = parse_article(ARTICLE, slug="peru")
    doc = parse(article, "fr")
    facts = extract_facts(article, doc, "fr")
    return facts, build_questions(article, facts, "fr", every=every)


def test_a_sentence_gets_one_question():
    _, questions = quiz()
    sentences = [q.sentence for q in questions]
    assert len(sentences) == len(set(sentences))
    # the sentence with two deployments still gets one
    assert sum("Pisco" in s for s in sentences) == 1


def test_every_question_asks_more_and_repeats_sentences():
    _, best = quiz()
    _, every = quiz(every=True)
    assert len(every) > len(best)
    assert len({q.sentence for q in every}) < len(every)


def test_a_figure_is_asked_as_a_blank():
    _, questions = quiz()
    (tents,) = [q for q in questions if "tentes" in q.sentence and "Japon" in q.sentence]
    assert tents.type == "cloze" or tents.role != "quantity"


def test_a_list_item_gets_no_question_of_its_own():
    _, questions = quiz()
    assert not [q for q in questions if q.sentence.lstrip("- ").startswith(("500 couvertures", "200 lampes"))]


def test_a_deck_keeps_both_kinds_of_exercise():
    _, questions = quiz()
    assert {q.type for q in questions} == {"mcq", "cloze"}


def test_every_question_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "peru.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    counts = []
    for flags in ([], ["--every-question"]):
        out = tmp_path / ("every" if flags else "best")
        main(["make", str(path), "--out", str(out), "--format", "json", "--lang", "fr", *flags])
        counts.append(len(json.loads((out / "peru.json").read_text(encoding="utf-8"))["questions"]))
    assert counts[1] > counts[0] > 0


LEAD = "Un séisme a frappé le Népal samedi.\n\n"


@pytest.mark.parametrize(
    "sentence, answer",
    [
        # after the lead, a figure worth a blank is a toll, money, or the scale of what was sent
        ("Au moins 94 personnes ont été tuées dans la vallée.", "94"),
        ("La Suisse a versé 2 millions de francs au Népal.", "2"),
        ("Le séisme a fait 94 morts dans la vallée.", "94"),
        # goods counted one by one: the thing is blanked, not its count (« 3 000 _____ » → tentes)
        ("Le Japon a livré 3 000 tentes au Népal.", None),
        ("Le Japon a livré 3 000 tonnes de riz au Népal.", "3 000"),
        # ... not a detail, nor a sub-count
        ("L'hôpital de campagne compte 50 lits.", None),
        ("Les pompiers ont recensé 1 200 départs de feu dans la vallée.", None),
        ("Au moins 94 personnes ont été tuées, dont 14 enfants.", "94"),
    ],
)
def test_after_the_lead_only_figures_worth_remembering_are_blanked(sentence, answer):
    blanks = [q.answer for q in questions_of(LEAD + sentence, "fr") if q.type == "cloze" and q.role == "quantity"]
    assert blanks == ([answer] if answer else [])


def test_in_the_lead_any_figure_of_the_story_may_be_blanked():
    blanks = [q.answer for q in questions_of("L'hôpital de campagne compte 50 lits.", "fr") if q.type == "cloze"]
    assert blanks == ["50"]


@pytest.mark.parametrize(
    "text, lang, answer",
    [
        ("The outage hit 2.3 million users across Europe.", "en", "2.3"),
        ("Les ventes ont connu un recul de 8 % des volumes.", "fr", "8"),
    ],
)
def test_after_the_lead_a_count_of_that_scale_is_the_story_s(text, lang, answer):
    lead = "Un salon s'est tenu à Angers.\n\n" if lang == "fr" else "A storm hit Europe on Monday.\n\n"
    blanks = [q.answer for q in questions_of(lead + text, lang) if q.type == "cloze" and q.role == "quantity"]
    assert blanks == [answer]


def test_a_blank_whose_place_another_question_prints_is_left_out():
    from quizgen.questions import printed_elsewhere

    def q(kind, prompt, answer, hint=None):
        return question(prompt, answer, id=prompt, type=kind, role="destination", hint=hint)

    blank = q("cloze", "Le convoi est arrivé à _____ lundi.", "Erevan", "lieu")
    other = q("mcq", "Quel pays a envoyé 30 tonnes de médicaments à Erevan ?", "France")
    assert printed_elsewhere(blank, [blank, other])
    assert not printed_elsewhere(blank, [blank])
    # a country named again and again is no secret
    country = q("cloze", "La France a envoyé 30 soldats en _____.", "Arménie", "pays")
    assert not printed_elsewhere(country, [country, q("mcq", "Qui a aidé l'Arménie ?", "France")])


def test_the_giver_or_receiver_the_whole_article_is_about_is_never_a_blank():
    text = (
        "Ireland has sent 30 tonnes of food to Malawi. Ireland has also given €2 million to UNICEF for the cholera "
        "response. Ireland will deploy six experts to Lilongwe next week."
    )
    blanks = [(q.role, q.answer) for q in questions_of(text, "en") if q.type == "cloze"]
    assert blanks and not [b for b in blanks if b[1] == "Ireland"], blanks


def test_a_set_phrase_read_as_the_thing_deployed_gives_no_fact():
    text = "Aucun militaire français ne sera en revanche déployé en Lettonie cette année."
    assert not [f for f in facts_of(text, "fr") if f.theme is not None and f.theme.text == "revanche"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("No U.S. military personnel will be stationed in Costa Rica under the program.", "en"),
        ("Aucun militaire français ne sera déployé au Mali cette année.", "fr"),
    ],
)
def test_a_blank_never_hides_the_word_that_denies(text, lang):
    blanks = [q.answer for q in questions_of(text, lang) if q.type == "cloze"]
    assert not [b for b in blanks if b.split()[0].lower() in ("no", "aucun")], blanks
