"""Constructions found on articles quizgen had never seen (December 2026), each written from sentences
made up for these tests, with sentences where the rule must not fire: cargo on board, forces told
again, fixed phrases read as roles, the signer of a release."""

from __future__ import annotations

import pytest

from .conftest import facts_of, facts_with_header, roles

KINDS = ("transfer", "deployment")


def sent(text: str, lang: str) -> list[dict[str, str]]:
    return [{"kind": f.kind, **roles(f)} for f in facts_of(text, lang) if f.kind in KINDS]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Un avion de l'armée de l'air belge a atterri à Beyrouth avec à son bord 30 secouristes.",
            "fr",
            {"kind": "deployment", "theme": "30 secouristes", "destination": "Beyrouth"},
        ),
        (
            "Un avion affrété par le ministère a décollé de Lyon à destination de Niamey, avec à son bord "
            "18 tonnes de vivres.",
            "fr",
            {"kind": "transfer", "theme": "18 tonnes de vivres", "destination": "Niamey"},
        ),
        (
            "A Danish Air Force plane landed in Tunisia carrying 25 firefighters.",
            "en",
            {"kind": "deployment", "theme": "25 firefighters", "destination": "Tunisia"},
        ),
        (
            "A chartered plane carrying 40 tonnes of food landed in Juba on Tuesday.",
            "en",
            {"kind": "transfer", "theme": "40 tonnes of food", "destination": "Juba"},
        ),
    ],
)
def test_what_a_vehicle_carries_is_sent_where_it_arrives_not_the_vehicle(text, lang, expected):
    found = sent(text, lang)
    assert [{k: f.get(k) for k in expected} for f in found] == [expected]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("L'avion présidentiel a atterri à Dakar avec à son bord une délégation de 20 personnes.", "fr"),
        ("The plane landed in Lagos with 150 passengers on board.", "en"),
    ],
)
def test_passengers_and_delegations_on_board_are_nobody_sent(text, lang):
    assert sent(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, agent, place",
    [
        (
            "L'Allemagne a envoyé 300 soldats en Lituanie. Les soldats seront stationnés à Rukla jusqu'en juin.",
            "fr",
            "Allemagne",
            "Rukla",
        ),
        (
            "Germany sent 300 soldiers to Lithuania. The soldiers will be deployed to Rukla in June.",
            "en",
            "Germany",
            "Rukla",
        ),
    ],
)
def test_forces_told_again_with_the_article_are_the_same_senders(text, lang, agent, place):
    later = sent(text, lang)[-1]
    assert (later.get("agent"), later.get("destination")) == (agent, place)


def test_goods_told_again_in_another_speakers_words_keep_no_giver():
    text = (
        "The United States donated 20 trucks to Mozambique. The minister said the trucks would be sent to "
        "units in Pemba."
    )
    assert all(f.get("agent") is None for f in sent(text, "en") if "Pemba" in str(f) or "units" in str(f))


def test_forces_told_again_without_the_article_are_not_the_earlier_ones():
    text = "L'Allemagne a envoyé 300 soldats en Lituanie. Des soldats seront stationnés à Rukla."
    assert sent(text, "fr")[-1].get("agent") != "Allemagne"


@pytest.mark.parametrize(
    "text, lang, agent",
    [
        ("Une aide de 200 000 euros sera par ailleurs versée à la Croix-Rouge libanaise.", "fr", None),
        ("Par exemple, 30 tentes ont été livrées au Liban par la France.", "fr", "France"),
        ("Des tentes ont été livrées au Liban par avion.", "fr", None),
        ("Tents were delivered to Lebanon by road.", "en", None),
        ("Tents were delivered to Lebanon by donors.", "en", "donors"),
    ],
)
def test_a_set_phrase_after_par_or_by_is_nobody(text, lang, agent):
    (fact,) = sent(text, lang)
    assert fact.get("agent") == agent


@pytest.mark.parametrize(
    "text, lang",
    [
        ("L'équipe belge sera déployée à ce stade dans la capitale.", "fr"),
        ("The Belgian team will be deployed at this stage.", "en"),
    ],
)
def test_a_phrase_of_time_is_no_place(text, lang):
    assert all(f.get("destination") not in ("ce stade", "stage", "this stage") for f in sent(text, lang))


@pytest.mark.parametrize(
    "source, body, lang, agent",
    [
        (
            "diplomatie.gouv.fr – communiqué du ministère",
            "La France se tient aux côtés du Liban. Des médicaments seront remis au Croissant-Rouge libanais.",
            "fr",
            "France",
        ),
        (
            "Ministère des Armées (communiqué de presse)",
            "La France soutient le Liban. 20 tonnes de vivres ont été livrées à l'armée libanaise.",
            "fr",
            "France",
        ),
        (
            "Conseil fédéral – communiqué",
            "La Suisse soutient le Liban. Des tentes ont été remises au Croissant-Rouge libanais.",
            "fr",
            "Suisse",
        ),
        # a news agency signs what it reports: its passives are nobody's
        (
            "Agence France-Presse (dépêche)",
            "La France soutient le Liban. Des tentes ont été remises au Croissant-Rouge libanais.",
            "fr",
            None,
        ),
    ],
)
def test_a_release_signed_by_a_government_body_gives_in_its_countrys_name(source, body, lang, agent):
    found = [roles(f) for f in facts_with_header(f"title: Communiqué\nsource: {source}", body, lang) if f.kind in KINDS]
    assert [f.get("agent") for f in found] == [agent]


def test_a_government_page_copied_with_its_from_line_is_its_voice():
    body = (
        "From: Foreign, Commonwealth & Development Office\nPublished 3 May 2027\n\n"
        "The UK stands with Nepal. Tents were delivered to the Nepal Red Cross on Monday."
    )
    found = [roles(f) for f in facts_with_header("title: Release", body, "en") if f.kind in KINDS]
    assert [f.get("agent") for f in found] == ["UK"]


@pytest.mark.parametrize(
    "header, body, lang, expected",
    [
        (
            "title: Aide\nsource: https://www.admin.ch/x",
            "Le Conseil fédéral a approuvé une aide de 9 millions de francs pour le Liban. Ce montant se répartit "
            "comme suit:\n- 4 millions de francs au Comité international de la Croix-Rouge (CICR);\n"
            "- 3 millions de francs au Programme alimentaire mondial (PAM) pour des distributions de vivres;\n"
            "- 2 millions de francs à des ONG suisses actives sur place.",
            "fr",
            [
                ("4 millions de francs", "Comité international de la Croix-Rouge"),
                ("3 millions de francs", "Programme alimentaire mondial"),
                ("2 millions de francs", "ONG suisses"),
            ],
        ),
        (
            "title: Aid\nsource: https://www.gov.uk/x",
            "The UK has announced £9 million in humanitarian funding for Sudan. The funding will be allocated as "
            "follows:\n- £4 million to UNICEF for water and sanitation;\n- £3 million to the World Food Programme;"
            "\n- £2 million to local NGOs working in Darfur.",
            "en",
            [("£4 million", "UNICEF"), ("£3 million", "World Food Programme"), ("£2 million", "local NGOs")],
        ),
    ],
)
def test_each_line_of_money_shared_out_is_a_gift_of_the_whole_s_giver_to_its_own_receiver(header, body, lang, expected):
    found = [roles(f) for f in facts_with_header(header, body, lang) if f.kind == "transfer"]
    shares = [(f["theme"], f.get("recipient")) for f in found[1:]]
    assert shares == expected
    assert len({f.get("agent") for f in found}) == 1  # the whole's giver gives each share, and no line repeats it


def test_lines_after_a_share_out_that_name_no_amount_are_no_gifts():
    body = "The UK gave £9 million to Sudan. The money will be split as follows:\n- more staff;\n- better training."
    found = [roles(f) for f in facts_with_header("title: Aid", body, "en") if f.kind == "transfer"]
    assert [f["theme"] for f in found] == ["£9 million"]


@pytest.mark.parametrize(
    "text, lang, themes",
    [
        (
            "La France a envoyé une aide d'urgence aux Comores. Le fret embarqué à bord du navire, d'un volume "
            "de 20 tonnes, comprend :\n- 1 000 bâches et 300 kits abris ;\n- 2 000 jerrycans ;",
            "fr",
            ["aide d'urgence", "1 000 bâches", "300 kits abris", "2 000 jerrycans"],
        ),
        (
            "The UK sent aid to Nepal. The package includes:\n- 500 tents and 2,000 blankets;\n- water tablets;",
            "en",
            ["aid", "500 tents", "2,000 blankets", "water tablets"],
        ),
    ],
)
def test_items_coordinated_on_one_line_of_a_package_are_one_gift_each(text, lang, themes):
    found = [f for f in sent(text, lang) if f["kind"] == "transfer"]
    assert [f["theme"] for f in found] == themes
    assert {f.get("recipient") for f in found} == {"Comores" if lang == "fr" else "Nepal"}


@pytest.mark.parametrize(
    "text, lang, recipient",
    [
        ("L'UE a consacré 60 millions d'euros à la lutte contre la mpox en Afrique.", "fr", None),
        ("The EU devoted €60 million to the fight against malaria in Africa.", "en", None),
        ("La Suisse a versé 48 millions de francs au cours des cinq dernières années.", "fr", None),
        # a body named after its cause is a receiver
        (
            "La France a versé 2 millions d'euros au Comité de lutte contre la faim.",
            "fr",
            "Comité de lutte contre la faim",
        ),
    ],
)
def test_what_a_gift_is_for_or_when_is_nobody_who_receives_it(text, lang, recipient):
    assert all(f.get("recipient") == recipient for f in sent(text, lang) if f["kind"] == "transfer")


@pytest.mark.parametrize(
    "text, lang, theme, place",
    [
        ("La frégate de défense aérienne Alsace est arrivée jeudi en mer Rouge.", "fr", "frégate", "mer Rouge"),
        ("Six fighter jets have arrived in Estonia for the exercise.", "en", "jets", "Estonia"),
    ],
)
def test_a_warship_or_a_fighter_that_arrives_somewhere_is_deployed_there(text, lang, theme, place):
    (fact,) = sent(text, lang)
    assert fact["kind"] == "deployment" and theme in fact["theme"] and fact["destination"] == place


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Les véhicules blindés sont arrivés à Kiev.", "fr"),
        ("The ambulances arrived in Kyiv on Monday.", "en"),
    ],
)
def test_equipment_that_arrives_was_delivered_not_deployed(text, lang):
    assert [f for f in sent(text, lang) if f["kind"] == "deployment"] == []


def test_a_team_that_arrives_on_a_release_was_sent_by_its_publisher():
    body = "La France soutient les Comores. Un détachement de 30 sapeurs-sauveteurs est arrivé ce matin à Moroni."
    found = [roles(f) for f in facts_with_header("title: x\nsource: https://www.diplomatie.gouv.fr/x", body, "fr")]
    assert [(f.get("agent"), f.get("destination")) for f in found if "détachement" in f.get("theme", "")] == [
        ("France", "Moroni")
    ]


def test_forces_somewhere_with_no_sender_stay_who_is_there():
    (fact,) = sent("Les armées françaises sont présentes en Roumanie.", "fr")
    assert fact["agent"] == "armées françaises"


def test_a_place_in_the_senders_name_is_not_where_it_sends():
    text = "Les Forces armées dans la zone sud de l'océan Indien ont engagé un avion de transport."
    assert all("zone sud" not in f.get("destination", "") for f in sent(text, "fr"))


@pytest.mark.parametrize(
    "text, lang, country",
    [
        ("Six RAF Typhoon jets arrived in Australia, the United Kingdom said.", "en", "United Kingdom"),
        ("Deux chasseurs de la Luftwaffe sont arrivés en Lituanie, a indiqué l'Allemagne.", "fr", "Luftwaffe"),
    ],
)
def test_armed_forces_named_by_one_word_belong_to_their_country(text, lang, country):
    assert [f.get("agent") for f in sent(text, lang) if f["kind"] == "deployment"] == [country]


@pytest.mark.parametrize(
    "name, lang, gender",
    [("RDC", "fr", "f"), ("Birmanie", "fr", "f"), ("Centrafrique", "fr", "f"), ("UAE", "en", None)],
)
def test_the_names_the_press_gives_countries_are_countries(name, lang, gender):
    from quizgen.gazetteer import country_gender, is_country

    assert is_country(name, lang) and country_gender(name, lang)[0] == gender


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le rectorat a accordé trois postes supplémentaires au département.", "fr"),
        ("The council gave 40 new jobs to the district.", "en"),
    ],
)
def test_jobs_and_posts_are_no_gifts(text, lang):
    assert sent(text, lang) == []


def test_a_title_that_names_a_country_as_the_press_does_gives_its_receiver():
    body = "L'UE soutient la République démocratique du Congo (RDC). Ces doses s'ajoutent aux 25 000 doses offertes par la France."
    found = [roles(f) for f in facts_with_header("title: Mpox : l'UE fait don de vaccins à la RDC", body, "fr")]
    assert [f.get("recipient") for f in found if f.get("agent") == "France"] == ["RDC"]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Denmark has sent the frigate HDMS Peter Willemoes to the Baltic Sea.", "en", "deployment"),
        ("Le Danemark a envoyé la frégate Peter Willemoes en mer Baltique.", "fr", "deployment"),
        ("The German Air Force deployed eight Eurofighters to Darwin.", "en", "deployment"),
        # verbs that only give still give a warship
        ("Britain will give two minehunters to Ukraine.", "en", "transfer"),
        ("La France va céder deux frégates à la Grèce.", "fr", "transfer"),
    ],
)
def test_a_warship_sent_goes_on_a_mission_and_is_given_only_by_a_verb_of_giving(text, lang, expected):
    assert [f["kind"] for f in sent(text, lang)] == [expected]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The UK has also provided a team of 12 air battle managers to the NATO headquarters.", "en"),
        ("La France a fourni une équipe de douze experts à l'état-major de l'OTAN.", "fr"),
    ],
)
def test_a_team_provided_is_never_a_gift(text, lang):
    assert [f for f in sent(text, lang) if f["kind"] == "transfer"] == []


def test_a_package_lists_shares_and_goods_each_to_its_receiver():
    text = (
        "The UK has announced a £6 million package for Sri Lanka. The package includes:\n"
        "- £2.5 million to the Sri Lanka Red Cross Society for emergency shelter;\n"
        "- 5,000 shelter kits and 3,000 solar lanterns from UK stocks in Dubai."
    )
    found = [(f["theme"], f.get("recipient")) for f in sent(text, "en")][1:]
    assert found == [
        ("£2.5 million", "Sri Lanka Red Cross Society"),
        ("5,000 shelter kits", "Sri Lanka"),
        ("3,000 solar lanterns from UK stocks in Dubai", "Sri Lanka"),
    ]


@pytest.mark.parametrize(
    "text, lang, agent",
    [
        (
            "A cargo plane chartered by the European Union landed in Maiduguri with 30 tonnes of tents.",
            "en",
            "European Union",
        ),
        (
            "Un avion affrété par le Centre de crise a atterri à Beyrouth avec à son bord 30 tonnes de vivres.",
            "fr",
            "Centre de crise",
        ),
    ],
)
def test_who_chartered_the_vehicle_sends_its_cargo(text, lang, agent):
    assert [f.get("agent") for f in sent(text, lang)] == [agent]


def test_a_headline_on_the_first_line_gives_no_facts_of_its_own():
    text = "UN releases $9 million as floods swamp Nigeria\n\nThe UN released $9 million for flood victims in Nigeria on Monday."
    found = facts_of(text, "en")
    assert found and all(f.sentence.startswith("The UN") for f in found)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Egyptian Troops Arrive in Mogadishu", []),
        ("Food Aid for Somali Refugees", ["Somalia"]),
        ("Help for Syrians in Need", ["Syria"]),
    ],
)
def test_a_nationality_before_a_noun_in_a_title_names_the_sender_not_the_topic(title, expected):
    from quizgen.extract.context import title_countries
    from quizgen.ingest import parse_article

    assert title_countries(parse_article(f"title: {title}\n---\nBody.", slug="t"), "en") == expected


@pytest.mark.parametrize(
    "text, lang, place",
    [
        ("Cairo has pledged up to 1,100 troops to AUSSOM.", "en", "AUSSOM"),
        ("Le Tchad a promis 500 soldats à la MINUSMA.", "fr", "MINUSMA"),
    ],
)
def test_forces_sent_to_a_mission_serve_where_it_is(text, lang, place):
    (fact,) = sent(text, lang)
    assert (fact["kind"], fact.get("destination"), fact.get("recipient")) == ("deployment", place, None)
