"""Constructions found on articles quizgen had never seen (December 2026, set 8): sentences the small
parser cut or tied wrongly (a name inside a sentence started one of its own, a place after its verb was
read as part of a name), forces taking part in an exercise. Every sentence made up for these tests."""

from __future__ import annotations

import pytest

from quizgen.boundaries import sentences
from quizgen.nlp import load

from .conftest import facts_of, roles

KINDS = ("transfer", "deployment")


@pytest.mark.parametrize(
    "text, agent, destination",
    [
        (
            "La Marine nationale a déployé un avion de surveillance maritime Falcon 50M à Dakar.",
            "Marine nationale",
            "Dakar",
        ),
        ("Le Canada a déployé un avion de surveillance Challenger 604 au Groenland.", "Canada", "Groenland"),
    ],
)
def test_a_model_name_inside_the_sentence_keeps_the_place_with_its_verb(text, agent, destination):
    found = [roles(f) for f in facts_of(text, "fr") if f.kind == "deployment"]
    assert [(r.get("agent"), r.get("destination")) for r in found] == [(agent, destination)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # names after a noun: the parser started a sentence at each
        (
            "Le président russe Vladimir Poutine a reçu hier le patrouilleur de haute mer Commandant Birot.",
            ["Le président russe Vladimir Poutine a reçu hier le patrouilleur de haute mer Commandant Birot."],
        ),
        (
            "La France a envoyé 20 tonnes de vivres au Liban. Le Japon a promis deux millions d'euros.",
            ["La France a envoyé 20 tonnes de vivres au Liban.", "Le Japon a promis deux millions d'euros."],
        ),
        # a quotation mark that opens a sentence belongs to it, not to the sentence before
        (
            "Le PAM a livré des vivres. « Nous continuerons », a déclaré sa directrice.",
            ["Le PAM a livré des vivres.", "« Nous continuerons », a déclaré sa directrice."],
        ),
    ],
)
def test_a_sentence_ends_only_where_a_sentence_can_end(text, expected):
    doc = load("fr_core_news_sm")(text)
    assert [s.text for s in sentences(doc)] == expected
    assert len([s for s in doc.sents if s.text.strip() not in ("«", "")]) == len(expected)


# -- forces that take part in an exercise or an operation (December 2026, set 8) --------------------------


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Quelque 450 militaires français participeront à l'exercice Boreal Guard en Finlande.",
            "fr",
            [("deployment", "promised", "Finlande")],
        ),
        (
            "About 300 Marines will take part in exercise Cobra Gold in Thailand.",
            "en",
            [("deployment", "promised", "Thailand")],
        ),
        # no forces, or no engagement, or no place: nothing deployed
        ("Les ministres participeront à la réunion de l'OTAN à Bruxelles.", "fr", []),
        ("Les soldats participeront au défilé du 14 juillet à Paris.", "fr", []),
        ("Students will take part in the exercise in Paris.", "en", []),
        ("Les chasseurs participeront à l'exercice Spring Storm.", "fr", []),
    ],
)
def test_forces_taking_part_in_an_exercise_are_deployed_where_it_is(text, lang, expected):
    found = [(f.kind, f.modality, roles(f).get("destination")) for f in facts_of(text, lang) if f.kind == "deployment"]
    assert found == expected


def test_volunteers_seconded_somewhere_are_deployed_by_their_society():
    text = "Deux volontaires de la Croix-Rouge monégasque ont été détachés à Bassikounou pour trois mois."
    (fact,) = [roles(f) for f in facts_of(text, "fr") if f.kind == "deployment"]
    assert (fact["agent"], fact["destination"]) == ("Croix-Rouge monégasque", "Bassikounou")


@pytest.mark.parametrize(
    "text, expected",
    [
        # forces that deploy by themselves, with no object
        # France, read from "French" (the article never names it; no question asks it)
        ("Six French instructors will deploy to Mogadishu next month.", [("France", "Mogadishu")]),
        ("The company will deploy its new software to customers in Europe.", []),
        # a team an armed service sends; its branch belongs to the service
        (
            "A six-member team from the U.S. Coast Guard's training branch has arrived in Puntarenas.",
            [("U.S. Coast Guard", "Puntarenas")],
        ),
        ("A team from Apple has arrived in Paris.", []),
        # who forces take over from, in another clause, is not who sent them
        (
            "The battalion will be based at Camp Shamrock, where it will take over from the 131st Infantry Battalion.",
            [(None, "Camp Shamrock")],
        ),
    ],
)
def test_who_deploys_teams_and_forces_that_move_by_themselves(text, expected):
    found = [
        (roles(f).get("agent"), roles(f).get("destination")) for f in facts_of(text, "en") if f.kind == "deployment"
    ]
    assert found == expected


def test_shares_listed_with_au_profit_de_go_to_the_body_each_line_names():
    text = (
        "Le Gouvernement a décidé d'allouer une aide d'urgence de 500 000 euros aux réfugiés.\n\n"
        "Cette aide se répartit comme suit :\n"
        "- 300 000 euros au profit du Programme alimentaire mondial (PAM), pour l'achat de vivres ;\n"
        "- 200 000 euros au profit de la Croix-Rouge, pour la distribution de couvertures.\n"
    )
    shares = [roles(f) for f in facts_of(text, "fr") if f.kind == "transfer" and f.quantity.text != "500 000 euros"]
    assert [(r["quantity"], r["recipient"]) for r in shares] == [
        ("300 000 euros", "Programme alimentaire mondial"),
        ("200 000 euros", "Croix-Rouge"),
    ]


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("L'aide sera remise au Croissant-Rouge mauritanien.", "Croissant-Rouge mauritanien"),
        ("La France a livré des vivres à la Croix-Rouge libanaise.", "Croix-Rouge libanaise"),
        # a nationality after a person's title is no part of a body's name
        ("Le ministre a remis un lot de vivres au président malien.", "président malien"),
    ],
)
def test_a_nationality_after_a_bodys_name_is_part_of_it(text, recipient):
    (fact,) = [roles(f) for f in facts_of(text, "fr") if f.kind == "transfer"]
    assert fact["recipient"] == recipient


def test_cargo_listed_after_the_board_and_a_day_goes_where_the_plane_goes():
    text = (
        "Un avion cargo affrété par la Croix-Rouge monégasque a décollé le 15 juin de l’aéroport de Nice à "
        "destination de Nouakchott, avec à son bord 2 000 moustiquaires imprégnées, 800 kits d’hygiène et 400 bâches."
    )
    found = [roles(f) for f in facts_of(text, "fr") if f.kind == "transfer"]
    assert [(r["agent"], r["theme"], r["destination"]) for r in found] == [
        ("Croix-Rouge monégasque", "2 000 moustiquaires", "Nouakchott"),
        ("Croix-Rouge monégasque", "800 kits d’hygiène", "Nouakchott"),
        ("Croix-Rouge monégasque", "400 bâches", "Nouakchott"),
    ]


def test_goods_a_plane_carries_are_given_by_who_contributed_them():
    text = "A plane landed in Palu carrying 3,000 hygiene kits and 1,500 tents contributed by the Singapore Red Cross."
    found = [roles(f) for f in facts_of(text, "en") if f.kind == "transfer" and f.destination is not None]
    assert [(r["agent"], r["theme"]) for r in found] == [
        ("Singapore Red Cross", "3,000 hygiene kits"),
        ("Singapore Red Cross", "1,500 tents"),
    ]


@pytest.mark.parametrize(
    "text, lang, kind",
    [
        ("A Japanese plane landed in Palu carrying 20 water purification units.", "en", "transfer"),
        ("Two army units were deployed to Palu.", "en", "deployment"),
        ("La France a envoyé quatre unités de potabilisation au Niger.", "fr", "transfer"),
    ],
)
def test_a_unit_for_water_or_power_is_a_machine_given_not_forces_sent(text, lang, kind):
    assert [f.kind for f in facts_of(text, lang) if f.kind in KINDS] == [kind]


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("The United States donated two 43-foot interceptor boats to Costa Rica.", "two"),
        ("The United States donated 14 four-wheel-drive pickup trucks to Costa Rica.", "14"),
        ("The United States donated 2 million doses to Costa Rica.", "2 million"),
        ("The United States donated two hundred tents to Costa Rica.", "two hundred"),
        # a model's number counts nothing
        ("The United States donated a refurbished Cessna 206 surveillance aircraft to Costa Rica.", None),
    ],
)
def test_a_count_is_one_number_and_a_models_number_is_none(text, quantity):
    (fact,) = [f for f in facts_of(text, "en") if f.kind == "transfer"]
    assert (fact.quantity.text if fact.quantity else None) == quantity
    assert not [f for f in facts_of(text, "en") if f.kind == "figure" and f.quantity.text == "206"]


def test_a_scale_keeps_its_degree_as_a_figure():
    text = "The Category 4 hurricane made landfall on Monday, killing at least 41 people."
    assert "Category 4" in [f.quantity.text for f in facts_of(text, "en") if f.kind == "figure"] or "4" in [
        f.quantity.text for f in facts_of(text, "en") if f.kind == "figure"
    ]


def test_a_list_item_for_a_body_of_its_own_goes_to_that_body():
    text = (
        "The U.S. Embassy handed over $7.8 million in equipment to Costa Rica's Ministry of Public Security.\n\n"
        "The donation includes:\n"
        "- two interceptor boats for the National Coast Guard Service;\n"
        "- 300 night-vision goggles.\n"
    )
    items = [roles(f) for f in facts_of(text, "en") if f.kind == "transfer" and "equipment" not in roles(f)["theme"]]
    assert [(r["theme"], r.get("recipient")) for r in items] == [
        ("two interceptor boats", "National Coast Guard Service"),
        ("300 night-vision goggles", "Ministry of Public Security"),
    ]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "The United States handed over 24 armored vehicles to Costa Rica on Monday.\n\n"
            "A second shipment, including two interceptor boats and spare parts, is scheduled for delivery in 2029.",
            "en",
            [("two interceptor boats", "promised", "Costa Rica"), ("spare parts", "promised", "Costa Rica")],
        ),
        (
            "La France a remis 12 véhicules blindés à l'armée mauritanienne.\n\n"
            "Une seconde livraison, comprenant quatre camions-citernes et un poste médical de campagne, est prévue "
            "à l’automne.",
            "fr",
            [
                ("quatre camions-citernes", "promised", "armée mauritanienne"),
                ("poste médical de campagne", "promised", "armée mauritanienne"),
            ],
        ),
        # a package that is told of but not given: no gift
        (
            "La France a remis 12 véhicules blindés à l'armée mauritanienne.\n\n"
            "Le colis, comprenant des livres et des cartes, a été perdu.",
            "fr",
            [],
        ),
    ],
)
def test_the_items_of_a_package_told_with_including_are_its_gifts(text, lang, expected):
    facts = [f for f in facts_of(text, lang) if f.kind == "transfer"][1:]
    assert [(roles(f)["theme"], f.modality, roles(f).get("recipient")) for f in facts] == expected


@pytest.mark.parametrize(
    "text, destination",
    [
        # a place inside a phrase that restates what is sent says where that thing is based
        (
            "La Norvège enverra un avion de transport et six membres de la patrouille Polar, l’unité de "
            "motoneiges de l’armée norvégienne au Svalbard.",
            None,
        ),
        # a place set off by its own comma is where they go
        ("La France a envoyé 300 soldats, un contingent de la Légion, au Mali.", "Mali"),
        ("La France a envoyé 300 soldats au Mali, un pays du Sahel.", "Mali"),
    ],
)
def test_a_place_inside_an_apposition_is_not_where_things_are_sent(text, destination):
    found = [roles(f).get("destination") for f in facts_of(text, "fr") if f.kind == "deployment"]
    assert found == ([destination] if destination else [])


@pytest.mark.parametrize(
    "text, lang, person, title",
    [
        (
            "Minister of Public Security Andrea Solís Mora received the equipment at a ceremony.",
            "en",
            "Andrea Solís Mora",
            "Minister of Public Security",
        ),
        (
            "La ministre des Armées Florence Parly a rencontré les soldats.",
            "fr",
            "Florence Parly",
            "ministre des Armées",
        ),
    ],
)
def test_the_capitalised_words_of_a_title_are_not_part_of_the_name(text, lang, person, title):
    people = [(roles(f)["agent"], roles(f)["theme"]) for f in facts_of(text, lang) if f.kind == "role"]
    assert people == [(person, title)]


def test_a_kind_of_body_followed_by_its_name_is_named_by_it():
    text = "Le Gouvernement a versé 150 000 euros à l’ONG Action contre la Faim pour la prise en charge de la malnutrition."
    (fact,) = [roles(f) for f in facts_of(text, "fr") if f.kind == "transfer"]
    assert fact["recipient"] == "ONG Action contre la Faim"
