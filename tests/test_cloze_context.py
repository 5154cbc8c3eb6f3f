"""A blank lifted out of its article still reads on its own: no opening connective that points to the
sentence before, no pronoun nobody resolved, the currency sign printed outside the blank, a place
asked by its name. Sentences written for these tests, none from the devset."""

from __future__ import annotations

import pytest

from .conftest import facts_of, questions_of


def clozes(text: str, lang: str) -> list:
    return [q for q in questions_of(text, lang) if q.type == "cloze"]


@pytest.mark.parametrize(
    "text, lang, start",
    [
        (
            "La France a envoyé 60 sauveteurs au Népal. Par ailleurs, la Suisse a versé 2 millions de francs au PAM.",
            "fr",
            "La Suisse a versé",
        ),
        ("Japan sent 300 tents to Nepal. Separately, Canada gave $2 million to the WFP.", "en", "Canada gave"),
    ],
)
def test_an_opening_connective_is_dropped(text, lang, start):
    found = [q for q in clozes(text, lang) if q.sentence.startswith(("Par ailleurs", "Separately"))]
    assert found and all(q.prompt.startswith(start) for q in found)


def test_a_subject_pronoun_is_replaced_by_the_giver_it_stands_for():
    text = "La France a envoyé 60 sauveteurs au Népal. Elle a également versé 500 000 euros à la Croix-Rouge népalaise."
    found = [q for q in clozes(text, "fr") if "500 000" in q.sentence]
    assert all(not q.prompt.startswith("Elle") for q in found)
    assert all(q.prompt.startswith("La France a également versé") for q in found)


def test_a_pronoun_that_stays_unresolved_gets_no_blank():
    text = "La France a envoyé 60 sauveteurs au Népal. Ils sont accompagnés de quatre équipes cynophiles."
    assert not [q for q in clozes(text, "fr") if q.sentence.startswith("Ils")]


@pytest.mark.parametrize(
    "text, lang, prompt, answer",
    [
        ("Canada gave $2 million to the WFP.", "en", "Canada gave $_____ million to the WFP.", "2"),
        ("USAID provided US$14.5 million to Somalia.", "en", "USAID provided US$_____ million to Somalia.", "14.5"),
    ],
)
def test_the_currency_sign_stays_outside_the_blank(text, lang, prompt, answer):
    assert (prompt, answer) in [(q.prompt, q.answer) for q in clozes(text, lang)]


def test_a_place_told_by_a_common_noun_and_a_name_is_asked_by_its_name():
    found = clozes("La Belgique enverra quatre F-35 sur la base aérienne de Malbork, dans le nord de la Pologne.", "fr")
    assert [q.answer for q in found if q.role == "destination"] == ["Malbork"]


def test_a_place_with_two_names_is_not_blanked_whole():
    found = clozes(
        "Les États-Unis ont des soldats stationnés dans des bases distinctes en Roumanie et en Bulgarie.", "fr"
    )
    assert not [q for q in found if q.role == "destination"]


def test_a_small_count_of_more_of_the_same_is_no_blank():
    found = clozes("Trois autres pays ont proposé leur aide. Le séisme a fait 1 240 morts.", "fr")
    assert [q.answer for q in found] == ["1 240"]


def test_title_words_are_not_part_of_a_name():
    found = [q for q in clozes("Chief Executive Dana Whitfield said the plant would employ 2,000 people.", "en")]
    assert "Dana Whitfield" in [q.answer for q in found]
    assert "Executive Dana Whitfield" not in [q.answer for q in found]


def test_a_company_s_short_name_is_not_asked_as_a_person():
    text = (
        "Halvorsen Motors delivered a record number of cars this year, the company said.\n\n"
        "Halvorsen said on Wednesday that the new plant would open in May."
    )
    found = [q for q in questions_of(text, "en") if q.answer == "Halvorsen"]
    assert found and all(q.hint != "person" for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Tomasz Wierzbicki s'est félicité. « C'est un signal clair envoyé à Moscou », a écrit sur X le ministre.",
        "« C'est un signal clair », a écrit sur Facebook le ministre.",
    ],
)
def test_where_words_were_written_is_never_who_said_them(text):
    from .conftest import facts_of

    assert not [f for f in facts_of(text, "fr") if f.kind == "quote" and f.speaker.text in ("X", "Facebook")]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La France a livré 18 tonnes de fret au Népal. Ce chargement comprend 2 500 kits d'hygiène.", "fr"),
        ("Japan sent 300 tents to Nepal. This shipment includes 40 generators.", "en"),
    ],
)
def test_a_sentence_that_opens_on_a_demonstrative_gets_no_blank(text, lang):
    assert not [q for q in clozes(text, lang) if q.sentence.startswith(("Ce ", "This "))]


def test_a_name_is_asked_once_a_deck():
    from quizgen.extract import extract_entities, extract_facts
    from quizgen.ingest import parse_article
    from quizgen.nlp import parse
    from quizgen.questions import build_questions

    text = (
        "« La situation est grave », a déclaré Jean Dupont, ministre de la Santé.\n\n"
        "« Nous enverrons des médecins », a ajouté Jean Dupont.\n\n"
        "« Les hôpitaux sont pleins », a précisé Jean Dupont."
    )
    article = parse_article(text, slug="t")
    doc = parse(article, "fr")
    facts = extract_facts(article, doc, "fr")
    questions = build_questions(article, facts, "fr", entities=extract_entities(article, doc, "fr"))
    assert [q.answer for q in questions].count("Jean Dupont") == 1


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("PAM", "Programme alimentaire mondial", True),
        ("UE", "Union européenne", True),
        ("ONU", "Organisation des Nations unies", True),
        ("NDP", "New Democratic Party", True),
        ("PAM", "Croix-Rouge", False),
        ("HCR", "Programme alimentaire mondial", False),
    ],
)
def test_an_acronym_and_the_name_it_spells_are_one_body(a, b, same):
    from quizgen.questions.similarity import same_thing

    assert same_thing(a, b) is same


def test_a_connective_word_that_opens_a_clause_of_its_own_stays():
    found = clozes("Ainsi que l'a annoncé le ministre, la France a versé 2 millions d'euros au PAM.", "fr")
    assert found and all(q.prompt.startswith("Ainsi que") for q in found)


def test_a_pronoun_is_replaced_only_when_it_is_the_subject_of_the_blanked_fact():
    from dataclasses import replace

    from quizgen.questions import standing_alone

    text = "La France a remis 40 véhicules au Niger. Elle vise à soutenir les unités déployées à Tillabéri."
    given, deployed = [f for f in facts_of(text, "fr") if f.kind in ("transfer", "deployment")]
    # the giver the article would lend the deployment is not what « Elle » stands for here
    deployed = replace(deployed, agent=given.agent)
    assert standing_alone("Elle vise à soutenir les unités déployées à ", deployed, "fr") is None
    sent = facts_of("La France a remis 40 véhicules au Niger. Elle a aussi envoyé 20 tonnes de riz.", "fr")[-1]
    assert standing_alone("Elle a aussi envoyé ", sent, "fr") == "La France a aussi envoyé "


@pytest.mark.parametrize(
    "answer, before, after, lang, expected",
    [
        ("Australia", "A Royal Australian Air Force plane said ", " sent 20 tonnes of aid.", "en", True),
        ("Tchad", "Les soldats tchadiens ont été déployés au ", ".", "fr", True),
        ("Australia", "A Japanese plane said ", " sent 20 tonnes of aid.", "en", False),
    ],
)
def test_a_country_blank_is_given_away_by_its_nationality_elsewhere_in_the_card(answer, before, after, lang, expected):
    from quizgen.questions import gives_itself_away

    assert gives_itself_away(answer, before, after, lang) is expected
