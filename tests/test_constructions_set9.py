"""Constructions found on articles quizgen had never seen (December 2026, set 9): an adverbial phrase
between an auxiliary and its participle, a rough count (« une quarantaine de ») read apart from what it
counts, deploying verbs that also promise, people as the theme of a verb of sending. Every sentence made
up for these tests."""

from __future__ import annotations

import pytest

from .conftest import facts_of, questions_of, roles

KINDS = ("transfer", "deployment")


def events(text: str, lang: str = "fr") -> list[tuple[str, dict[str, str], str]]:
    return [(f.kind, roles(f), f.modality) for f in facts_of(text, lang) if f.kind in KINDS]


# -- « a en outre débloqué », « a de son côté dépêché »: the phrase splits the verb ---------------------


@pytest.mark.parametrize(
    "text, kind, agent, theme, place",
    [
        (
            "La Commission européenne a en outre débloqué 2 millions d'euros d'aide d'urgence en faveur des sinistrés.",
            "transfer",
            "Commission européenne",
            "aide d'urgence",
            "sinistrés",
        ),
        (
            "Le ministère a de son côté dépêché 24 sapeurs-sauveteurs en Grèce.",
            "deployment",
            "ministère",
            "24 sapeurs-sauveteurs",
            "Grèce",
        ),
        (
            "Le ministère a dépêché de son côté 24 sapeurs-sauveteurs en Grèce.",
            "deployment",
            "ministère",
            "24 sapeurs-sauveteurs",
            "Grèce",
        ),
        ("Les États-Unis ont par ailleurs livré 300 tentes au Népal.", "transfer", "États-Unis", "300 tentes", "Népal"),
        (
            "La Belgique a pour sa part envoyé 40 sauveteurs en Turquie.",
            "deployment",
            "Belgique",
            "40 sauveteurs",
            "Turquie",
        ),
    ],
)
def test_a_phrase_between_auxiliary_and_participle_keeps_the_verb(text, kind, agent, theme, place):
    found = [(k, r) for k, r, _ in events(text)]
    assert len(found) == 1
    got_kind, got = found[0]
    assert got_kind == kind
    assert (got.get("agent"), got.get("theme")) == (agent, theme)
    assert got.get("recipient" if kind == "transfer" else "destination") == place


def test_a_phrase_without_a_participle_after_it_makes_no_verb():
    # « a en effet une armée »: « avoir » is the verb, « armée » a noun, nothing is sent
    assert events("Le Japon a en effet une armée de métier depuis longtemps.") == []


# -- « une quarantaine de pompiers sont stationnés »: the count and what it counts are one phrase --------


@pytest.mark.parametrize(
    "text, theme, place",
    [
        (
            "Une quarantaine de pompiers roumains sont stationnés à Athènes.",
            "quarantaine de pompiers roumains",
            "Athènes",
        ),
        ("Une centaine de soldats belges sont déployés au Mali.", "centaine de soldats belges", "Mali"),
    ],
)
def test_a_rough_count_of_forces_is_what_is_deployed(text, theme, place):
    found = [r for k, r, _ in events(text) if k == "deployment"]
    assert [(r.get("theme"), r.get("destination")) for r in found] == [(theme, place)]


def test_a_rough_count_of_people_in_need_is_no_deployment():
    assert events("Une quarantaine de familles sont hébergées à Athènes.") == []


# -- deploying verbs that also promise: « engager », « projeter » -------------------------------------


@pytest.mark.parametrize(
    "text, modality",
    [
        ("La France a projeté 60 sapeurs-pompiers en Grèce.", "asserted"),
        ("Le ministère a engagé deux compagnies de combat au Mali.", "asserted"),
        # the promise is the infinitive's: « projeter d'envoyer », « s'engager à envoyer »
        ("La France projette d'envoyer 60 sapeurs-pompiers en Grèce.", "promised"),
        ("La France s'est engagée à envoyer 60 sapeurs-pompiers en Grèce.", "promised"),
    ],
)
def test_a_verb_that_deploys_its_object_is_no_promise(text, modality):
    found = [(k, m) for k, _, m in events(text)]
    assert found == [("deployment", modality)]


# -- people are never given: "dispatched 28 observers" ------------------------------------------------


@pytest.mark.parametrize(
    "text, lang, theme, place",
    [
        (
            "The European Union has dispatched 28 long-term observers to Zambia.",
            "en",
            "28 long-term observers",
            "Zambia",
        ),
        ("The ministry sent five experts to Chad.", "en", "five experts", "Chad"),
        ("L'Union africaine a envoyé 40 observateurs au Gabon.", "fr", "40 observateurs", "Gabon"),
    ],
)
def test_people_sent_abroad_are_deployed_not_given(text, lang, theme, place):
    found = [(k, r.get("theme"), r.get("destination")) for k, r, _ in events(text, lang)]
    assert found == [("deployment", theme, place)]


def test_things_sent_abroad_stay_gifts():
    found = [(k, r.get("recipient")) for k, r, _ in events("The ministry sent five computers to Chad.", "en")]
    assert found == [("transfer", "Chad")]


# -- a unit is not who sends: "British commandos from 3 Commando Brigade" -----------------------------


def test_forces_with_a_nationality_are_sent_by_their_country_not_by_their_unit():
    text = "The UK sent two ships to Australia. About 150 British commandos from 3 Commando Brigade are stationed in Townsville."
    found = [r for k, r, _ in events(text, "en") if k == "deployment"]
    assert [(r.get("agent"), r.get("destination")) for r in found] == [("UK", "Australia"), ("UK", "Townsville")]


def test_forces_from_a_named_army_without_a_nationality_of_their_own_are_its():
    found = [r for k, r, _ in events("About 300 troops from the Spanish Army are stationed in Latvia.", "en")]
    assert [r.get("agent") for r in found] == ["Spanish Army"]


# -- a candidate seeking a term asks no one for anything ----------------------------------------------


@pytest.mark.parametrize(
    "text, lang, asked",
    [
        ("President Hakainde Hichilema is seeking a second term in the August vote.", "en", False),
        ("The mayor is seeking a third term next year.", "en", False),
        ("Zambia asked the European Union for 60 observers.", "en", True),
        ("Le président a sollicité un nouveau mandat auprès des électeurs.", "fr", False),
        ("Le Niger a sollicité auprès de la France des avions de transport.", "fr", True),
    ],
)
def test_an_office_sought_is_no_request(text, lang, asked):
    found = [f for f in facts_of(text, lang) if f.kind == "request"]
    assert bool(found) is asked


# -- forces that carry their nationality, in an article that never names their country -----------------


@pytest.mark.parametrize(
    "text, lang, country",
    [
        (
            "Des hélicoptères d'attaque pakistanais sont positionnés à Bouar pour appuyer les patrouilles.",
            "fr",
            "Pakistan",
        ),
        ("Une quarantaine de pompiers roumains sont stationnés à Athènes.", "fr", "Roumanie"),
        ("Polish troops are stationed in Lithuania.", "en", "Poland"),
    ],
)
def test_forces_are_deployed_by_the_country_their_nationality_names(text, lang, country):
    (fact,) = [f for f in facts_of(text, lang) if f.kind == "deployment"]
    assert fact.agent is not None and fact.agent.text == country
    # the article never writes the country: the role is read, not quoted, and no question asks it
    assert fact.agent.derived and fact.agent.vague
    asked = [q for q in questions_of(text, lang) if q.fact_id == fact.id]
    assert asked and all(q.role != "agent" and q.answer != country for q in asked)


def test_goods_with_a_nationality_are_not_given_by_that_country():
    found = [f for f in facts_of("Du riz vietnamien a été livré à Bangui par le PAM.", "fr") if f.kind == "transfer"]
    assert all(f.agent is None or f.agent.text != "Viêt Nam" and not f.agent.derived for f in found)


# -- quotes: an inverted subject with its name further on; « a-t-il déclaré » after a titled name ------


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "« Nous avons besoin de moyens aériens supplémentaires, le vent ne faiblit pas », a déclaré le "
            "ministre grec de la Protection civile, Nikos Papadakis.",
            "Nikos Papadakis",
        ),
        (
            "« Nous avons besoin de moyens aériens supplémentaires, le vent ne faiblit pas », a déclaré le "
            "porte-parole de la préfecture.",
            "porte-parole de la préfecture",
        ),
    ],
)
def test_an_inverted_subject_speaks_the_quote_before_it(text, speaker):
    found = [roles(f) for f in facts_of(text) if f.kind == "quote"]
    assert [r["speaker"] for r in found] == [speaker]


def test_a_pronoun_after_a_quote_is_the_titled_name_before_it():
    text = (
        "Les renforts arriveront d'ici la fin du mois, a précisé un porte-parole de la mission, Ange-Marie Ndiaye. "
        "« La protection des civils reste notre priorité absolue et nous la tiendrons », a-t-il déclaré à l'AFP."
    )
    found = [roles(f) for f in facts_of(text) if f.kind == "quote" and "protection" in roles(f)["quote"]]
    assert [r["speaker"] for r in found] == ["Ange-Marie Ndiaye"]


def test_a_pronoun_after_a_quote_with_no_person_before_it_has_no_speaker():
    text = (
        "Les renforts arriveront d'ici la fin du mois à Bangui, selon le communiqué. "
        "« La protection des civils reste notre priorité absolue et nous la tiendrons », a-t-il déclaré à l'AFP."
    )
    assert [f for f in facts_of(text) if f.kind == "quote" and "protection" in f.quote.text] == []


# -- a number that names a unit counts nothing ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, lang, counted",
    [
        ("Around 150 British commandos from 3 Commando Brigade are stationed in Townsville.", "en", ["150"]),
        ("The UK sent 3 Chinook helicopters and 200 Royal Marines to the island.", "en", ["3", "200"]),
        ("Les 120 soldats de la 11 Brigade parachutiste sont arrivés à Gao.", "fr", ["120"]),
    ],
)
def test_a_number_before_a_units_name_is_no_figure(text, lang, counted):
    found = facts_of(text, lang)
    numbers = [f.quantity.text for f in found if f.quantity is not None]
    assert sorted(numbers) == sorted(counted)


# -- pledges of one donor after the donors' pledge to one receiver ------------------------------------


def test_a_donors_pledge_goes_where_the_donors_pledges_went():
    text = (
        "Donors pledged more than $410 million on Wednesday to support Rohingya refugees in Bangladesh.\n\n"
        "Britain pledged 27 million pounds over two years. Japan gave 2 million dollars last year."
    )
    found = {r["agent"]: r.get("recipient") for k, r, _ in events(text, "en") if k == "transfer"}
    assert found["Britain"] == "Rohingya refugees in Bangladesh"
    assert found["Japan"] is None  # given last year, not pledged at the conference: nothing says to whom


def test_a_pledge_after_pledges_to_two_receivers_keeps_no_receiver():
    text = (
        "Les donateurs ont promis 300 millions d'euros au Soudan et 200 millions d'euros au Tchad.\n\n"
        "La Norvège a promis 40 millions d'euros."
    )
    found = {r["agent"]: r.get("recipient") for k, r, _ in events(text) if k == "transfer"}
    assert found["Norvège"] is None


# -- "X said it would…" where X is a common noun named by its apposition ------------------------------


def test_it_in_a_reported_clause_is_the_named_body_that_said_it():
    text = "Saudi Arabia's aid agency KSrelief said it would ship 1,500 tonnes of dates to the camps before Ramadan."
    found = [r for k, r, _ in events(text, "en") if k == "transfer"]
    assert [(r["agent"], r["recipient"]) for r in found] == [("Saudi Arabia's aid agency KSrelief", "camps")]


def test_it_after_an_unnamed_body_stays_unknown():
    found = [r for k, r, _ in events("The agency said it would ship 1,500 tonnes of dates to the camps.", "en")]
    assert all(r.get("agent") not in ("it", "agency") for r in found)


@pytest.mark.parametrize(
    "text, lang, recipient",
    [
        ("The UN sent tents to families after the storm.", "en", "families"),
        ("La France a envoyé des tentes aux familles avant l'hiver.", "fr", "familles"),
        ("La France a envoyé des tentes aux familles de Goma.", "fr", "familles de Goma"),
    ],
)
def test_a_phrase_of_time_is_no_part_of_the_receiver(text, lang, recipient):
    found = [r for k, r, _ in events(text, lang) if k == "transfer"]
    assert [r["recipient"] for r in found] == [recipient]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Les donateurs ont promis 300 millions d'euros au Soudan et 200 millions d'euros au Tchad.",
            [("300 millions d'euros", "Soudan"), ("200 millions d'euros", "Tchad")],
        ),
        (
            "La France a livré 20 tonnes de riz au Liban et 300 tentes à la Syrie.",
            [("20 tonnes de riz", "Liban"), ("300 tentes", "Syrie")],
        ),
        # one receiver after the list: both items go there
        (
            "La France a livré 20 tonnes de riz et 300 tentes au Liban.",
            [("20 tonnes de riz", "Liban"), ("300 tentes", "Liban")],
        ),
    ],
)
def test_each_item_goes_to_the_receiver_written_after_it(text, expected):
    found = [(r["theme"], r.get("recipient")) for k, r, _ in events(text) if k == "transfer"]
    assert found == expected
