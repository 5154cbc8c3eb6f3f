"""Constructions of the language a release or a dispatch uses, each written from sentences made up
for these tests (none from the devset), with sentences where the rule must not fire."""

from __future__ import annotations

import pytest

from .conftest import facts_of, facts_with_header, roles

KINDS = ("transfer", "deployment", "request")


def events(text: str, lang: str) -> list[dict[str, str]]:
    return [{"kind": f.kind, "modality": f.modality, **roles(f)} for f in facts_of(text, lang) if f.kind in KINDS]


def sent(text: str, lang: str) -> list[dict[str, str]]:
    return [e for e in events(text, lang) if e["kind"] in ("transfer", "deployment")]


@pytest.mark.parametrize(
    "text, lang, kind, receiver",
    [
        ("À la demande du Liban, la Grèce a envoyé deux avions bombardiers d'eau.", "fr", "deployment", "Liban"),
        ("En réponse à la demande d'assistance de la France, la Suède a envoyé des abris.", "fr", "transfer", "France"),
        (
            "La France a répondu à la demande d'aide du Liban en envoyant 30 tonnes de vivres.",
            "fr",
            "transfer",
            "Liban",
        ),
        ("At Chile's request, Canada sent a team of 30 engineers.", "en", "deployment", "Chile"),
        ("At the request of Peru, Spain donated 20 tonnes of medicine.", "en", "transfer", "Peru"),
        ("Japan responded to Nepal's request for help by sending 40 rescuers.", "en", "deployment", "Nepal"),
    ],
)
def test_the_country_that_asked_receives_what_the_clause_sends(text, lang, kind, receiver):
    (fact,) = sent(text, lang)
    assert fact["kind"] == kind
    assert fact.get("recipient" if kind == "transfer" else "destination") == receiver


@pytest.mark.parametrize(
    "text, lang, place",
    [
        # the clause names its own place: the requester does not replace it
        ("À la demande du Liban, la Grèce a envoyé deux avions à Chypre.", "fr", "Chypre"),
        # who asked is a person or an organisation: no place, and forces with no place are left out
        ("À la demande de l'ONU, le Japon a envoyé 200 soldats.", "fr", []),
        ("At the request of the Lebanese government, France sent 50 tonnes of food.", "en", [None]),
    ],
)
def test_a_requester_that_is_no_country_or_a_clause_with_its_own_place_keeps_its_roles(text, lang, place):
    found = [f.get("destination", f.get("recipient")) for f in sent(text, lang)]
    assert found == (place if isinstance(place, list) else [place])


@pytest.mark.parametrize(
    "text",
    [
        "À la demande du ministre de l'Intérieur, 400 soldats ont été déployés.",
        "À la demande du maire, des vivres ont été distribués.",
    ],
)
def test_a_request_is_never_what_is_given_nor_who_receives(text):
    for fact in sent(text, "fr"):
        assert "demande" not in fact.get("recipient", "") and "ministre" not in fact.get("theme", "")
        assert "maire" not in fact.get("theme", "")


@pytest.mark.parametrize(
    "text, givers",
    [
        (
            "La Belgique, l'Allemagne, l'Italie et la Suède ont proposé des abris.",
            ["Belgique", "Allemagne", "Italie", "Suède"],
        ),
        ("La Belgique et la Suède ont proposé des abris.", ["Belgique", "Suède"]),
    ],
)
def test_every_giver_of_a_list_offers_what_the_parser_hung_on_des(text, givers):
    found = sent(text, "fr")
    assert [f["agent"] for f in found] == givers
    assert {(f["theme"], f["modality"]) for f in found} == {("abris", "promised")}


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a proposé des réformes.",
        "La Belgique a proposé des négociations.",
        "Paris, la capitale, a proposé des mesures.",
    ],
)
def test_proposing_what_is_no_goods_is_no_offer(text):
    assert sent(text, "fr") == []


@pytest.mark.parametrize(
    "text, lang, agent, theme, place, modality",
    [
        ("La France compte 5 000 militaires au Sahel.", "fr", "France", "5 000 militaires", "Sahel", "asserted"),
        ("La France dispose de 3 000 soldats au Mali.", "fr", "France", "3 000 soldats", "Mali", "asserted"),
        ("Les États-Unis ont environ 2 500 soldats en Irak.", "fr", "États-Unis", "2 500 soldats", "Irak", "asserted"),
        ("La France maintient deux frégates en mer Noire.", "fr", "France", "deux frégates", "mer Noire", "asserted"),
        ("La France ne dispose d'aucun soldat en Syrie.", "fr", "France", "aucun soldat", "Syrie", "negated"),
        ("Britain has 900 soldiers in Estonia.", "en", "Britain", "900 soldiers", "Estonia", "asserted"),
        ("The US has no troops in Syria.", "en", "US", "no troops", "Syria", "negated"),
        ("France will keep 1,000 troops in Chad.", "en", "France", "1,000 troops", "Chad", "promised"),
    ],
)
def test_a_state_that_has_forces_somewhere_has_them_deployed_there(text, lang, agent, theme, place, modality):
    (fact,) = sent(text, lang)
    assert (fact["kind"], fact["agent"], fact["theme"], fact["destination"], fact["modality"]) == (
        "deployment",
        agent,
        theme,
        place,
        modality,
    )


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le Mali compte 20 millions d'habitants.", "fr"),
        ("La France a 5 000 ressortissants au Liban.", "fr"),
        ("L'entreprise compte 300 ingénieurs à Lyon.", "fr"),
        ("La France compte 20 000 soldats en France.", "fr"),
        ("Google has 300 engineers in Paris.", "en"),
        ("Canada has 40 citizens in Lebanon.", "en"),
        ("Germany has troops ready to deploy.", "en"),
    ],
)
def test_having_people_who_are_no_forces_or_forces_at_home_is_no_deployment(text, lang):
    assert sent(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, theme, place",
    [
        (
            "La France a installé un hôpital de campagne à Port-au-Prince.",
            "fr",
            "hôpital de campagne",
            "Port-au-Prince",
        ),
        ("Une antenne chirurgicale a été installée à Muzaffarabad.", "fr", "antenne chirurgicale", "Muzaffarabad"),
        ("A field hospital was installed in Port-au-Prince.", "en", "field hospital", "Port-au-Prince"),
    ],
)
def test_a_field_hospital_installed_somewhere_is_deployed_there(text, lang, theme, place):
    (fact,) = sent(text, lang)
    assert (fact["kind"], fact["theme"], fact["destination"]) == ("deployment", theme, place)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le gouvernement a installé une commission à Paris.", "fr"),
        ("Le maire a installé des caméras dans le centre-ville.", "fr"),
        ("Le nouveau préfet a été installé à Lyon.", "fr"),
        ("Les réfugiés se sont installés au Tchad.", "fr"),
        ("The company installed 200 solar panels in Morocco.", "en"),
        ("The government installed a new board in Ottawa.", "en"),
    ],
)
def test_installing_what_is_not_sent_on_missions_is_no_deployment(text, lang):
    assert sent(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "L'aide humanitaire de la Suisse au Soudan atteint 12 millions de francs.",
            "fr",
            {
                "agent": "Suisse",
                "theme": "aide humanitaire",
                "quantity": "12 millions de francs",
                "recipient": "Soudan",
            },
        ),
        (
            "La France a livré 40 tonnes de vivres au Liban. Cette livraison est évaluée à 2 millions d'euros.",
            "fr",
            {"agent": "France", "theme": "Cette livraison", "quantity": "2 millions d'euros", "recipient": "Liban"},
        ),
        (
            "U.S. assistance to Somalia totals $43 million.",
            "en",
            {"agent": "U.S.", "theme": "assistance", "quantity": "$43 million", "recipient": "Somalia"},
        ),
        (
            "Japan delivered 50 trucks to the Red Cross today. Today's shipment is valued at over $25 million.",
            "en",
            {"agent": "Japan", "theme": "Today's shipment", "quantity": "$25 million", "recipient": "Red Cross"},
        ),
    ],
)
def test_what_a_gift_or_a_package_is_worth_is_its_amount(text, lang, expected):
    found = [f for f in sent(text, lang) if f.get("quantity") == expected["quantity"]]
    assert [{k: f.get(k) for k in expected} for f in found] == [expected]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le budget de la défense s'élève à 40 milliards d'euros.", "fr"),
        ("Les dégâts sont évalués à 2 milliards d'euros.", "fr"),
        ("L'aide nécessaire au Liban est estimée à 2 milliards d'euros.", "fr"),
        ("Le professeur élève la voix à 8 heures.", "fr"),
        ("The company's revenue totaled $3 billion.", "en"),
        ("The aid requested amounts to $2 billion.", "en"),
        ("The assistance Haiti needs is estimated at $3 billion.", "en"),
    ],
)
def test_a_damage_a_budget_or_aid_still_needed_is_no_gift_whatever_it_is_worth(text, lang):
    assert events(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "La frégate Aconit a appareillé de Toulon à destination de la mer Rouge.",
            "fr",
            [("frégate Aconit", "mer Rouge")],
        ),
        ("Deux Rafale ont décollé de Mont-de-Marsan vers la Roumanie.", "fr", [("Deux Rafale", "Roumanie")]),
        ("Two Rafale jets took off from Mont-de-Marsan for Romania.", "en", [("Two Rafale jets", "Romania")]),
    ],
)
def test_forces_that_leave_a_place_for_another_are_deployed_to_the_second(text, lang, expected):
    assert [(f["theme"], f["destination"]) for f in sent(text, lang)] == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le ministre est parti de Paris vers Berlin.", "fr"),
        ("Les rugbymen ont quitté Toulon pour Marseille.", "fr"),
        ("Sales took off in Europe.", "en"),
    ],
)
def test_people_who_are_no_forces_leaving_for_a_place_are_not_deployed(text, lang):
    assert sent(text, lang) == []


def test_forces_engaged_in_a_mission_are_there_not_promised():
    (fact,) = sent("Les militaires français engagés dans la mission Barkhane au Niger ont été rapatriés.", "fr")
    assert (fact["destination"], fact["modality"]) == ("Niger", "asserted")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Les 300 tentes que la France a livrées au Népal sont arrivées.", "fr"),
        ("The 300 tents that France delivered to Nepal have arrived.", "en"),
        ("The 300 tents France delivered to Nepal have arrived.", "en"),
    ],
)
def test_a_relative_clause_with_its_own_subject_gives_the_noun_it_describes(text, lang):
    (fact,) = sent(text, lang)
    assert (fact["agent"], fact["theme"].split()[-1], fact["recipient"]) in {
        ("France", "tentes", "Népal"),
        ("France", "tents", "Nepal"),
    }


def test_a_relative_clause_on_the_giver_keeps_its_own_object():
    found = sent("La France, qui a livré 300 tentes au Népal, a aussi envoyé des médecins.", "fr")
    assert ("France", "300 tentes", "Népal") in [(f["agent"], f["theme"], f.get("recipient")) for f in found]


def test_two_counted_items_stay_two_when_the_parser_hangs_the_second_inside_the_first():
    found = sent("La Belgique enverra quatre avions de combat F-35A et environ 150 militaires en Pologne.", "fr")
    assert [f["theme"] for f in found] == ["quatre avions de combat F-35A", "150 militaires"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La Belgique a pris livraison de ses premiers F-35 à Florennes en octobre.", "fr"),
        ("Poland took delivery of its first Abrams tanks in Gdynia.", "en"),
    ],
)
def test_taking_delivery_is_receiving_never_deploying(text, lang):
    assert [f for f in sent(text, lang) if f["kind"] == "deployment" or f.get("agent")] == []


def test_an_amount_in_goods_is_the_goods_and_their_value():
    (fact,) = sent("The ambassador handed over $4.2 million in non-lethal equipment to the army of Mozambique.", "en")
    assert (fact["theme"], fact["quantity"], fact["recipient"]) == (
        "non-lethal equipment",
        "$4.2 million",
        "army of Mozambique",
    )


@pytest.mark.parametrize(
    "text, lang",
    [
        ("En route to Muzaffarabad, our helicopter flew over thousands of people.", "en"),
        ("Notre hélicoptère est parti vers Muzaffarabad.", "fr"),
    ],
)
def test_forces_a_speaker_calls_ours_with_no_sender_are_nobodys_to_ask_about(text, lang):
    assert sent(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("DETROIT, Oct 22 - Halvorsen Motors said on Wednesday it had opened a new plant.", "en", "Halvorsen Motors"),
        ("WASHINGTON (AP) — Senator John Smith said the bill would pass next week.", "en", "John Smith"),
        (
            "PARIS, 12 mars (Reuters) - Le ministre Jean Dupont a déclaré que la réforme serait votée en mars.",
            "fr",
            "Jean Dupont",
        ),
    ],
)
def test_a_dateline_is_no_part_of_the_first_sentence_s_roles(text, lang, speaker):
    quotes = [f for f in facts_of(text, lang) if f.kind == "quote"]
    assert [q.speaker.text for q in quotes] == [speaker]
    assert not [f for f in facts_of(text, lang) if f.kind == "figure" and f.quantity.text in ("22", "12")]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Halvorsen Motors delivered 148,300 vehicles in the third quarter.", "en"),
        ("Renault a livré 30 000 véhicules au premier trimestre.", "fr"),
        ("The supplier will send its first shipments in December.", "en"),
        ("Le club a annoncé que 4 000 places seraient mises à la disposition de ses supporters.", "fr"),
    ],
)
def test_sales_seats_and_empty_shipments_are_no_gifts(text, lang):
    assert sent(text, lang) == []


def test_a_shipment_with_a_receiver_is_still_a_gift():
    (fact,) = sent("France sent a second shipment to Nepal.", "en")
    assert (fact["agent"], fact["recipient"]) == ("France", "Nepal")


@pytest.mark.parametrize(
    "text, lang, themes, roles",
    [
        (
            "La France a livré 18 tonnes de fret au Népal. Ce chargement comprend : 2 500 kits d'hygiène, "
            "600 tentes familiales, 40 groupes électrogènes et des médicaments.",
            "fr",
            ["2 500 kits d'hygiène", "600 tentes familiales", "40 groupes électrogènes", "médicaments"],
            ("France", "Népal"),
        ),
        (
            "Japan sent a shipment to Nepal. The shipment includes 300 tents, 20 generators, water pumps and blankets.",
            "en",
            ["300 tents", "20 generators", "water pumps", "blankets"],
            ("Japan", "Nepal"),
        ),
    ],
)
def test_each_item_of_a_list_a_package_holds_is_given_by_its_giver_to_its_receiver(text, lang, themes, roles):
    found = [f for f in sent(text, lang) if f["theme"] in themes]
    assert [f["theme"] for f in found] == themes
    assert {(f["agent"], f["recipient"]) for f in found} == {roles}


def test_what_a_package_is_for_is_no_item_of_it():
    text = (
        "La France a livré du fret à l'Ukraine. Ce fret comporte un lot de 36 malles de médicaments, dédiées "
        "notamment à la pédiatrie et à la médecine générale."
    )
    assert not [f for f in sent(text, "fr") if f["theme"] in ("pédiatrie", "médecine générale")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "La France a envoyé 60 sapeurs-sauveteurs au Népal. Ils sont accompagnés de quatre équipes cynophiles "
            "et d'un module médical avancé.",
            "fr",
            [("quatre équipes cynophiles", "Népal"), ("module médical avancé", "Népal")],
        ),
        (
            "Britain sent 200 troops to Estonia. They will be accompanied by four Challenger tanks.",
            "en",
            [("four Challenger tanks", "Estonia")],
        ),
    ],
)
def test_forces_that_accompany_others_go_where_they_went(text, lang, expected):
    found = [(f["theme"], f["destination"]) for f in sent(text, lang)]
    assert found[1:] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre est parti pour Kiev. Il est accompagné de deux conseillers.",
        "La France a envoyé des soldats au Mali. Ils sont accompagnés de leurs familles.",
    ],
)
def test_who_accompanies_a_minister_or_soldiers_families_are_not_deployed(text):
    assert [f["theme"] for f in sent(text, "fr")] in ([], ["soldats"])


@pytest.mark.parametrize(
    "text, lang, agent",
    [
        (
            "Le Centre de crise et de soutien (CDCS) du ministère a envoyé 20 tonnes de vivres au Népal.",
            "fr",
            "Centre de crise et de soutien",
        ),
        (
            "The Office of Foreign Disaster Assistance (OFDA) sent 20 tonnes of food to Nepal.",
            "en",
            "Office of Foreign Disaster Assistance",
        ),
    ],
)
def test_a_name_runs_to_its_acronym_when_the_acronym_spells_it(text, lang, agent):
    (fact,) = sent(text, lang)
    assert fact["agent"] == agent


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("Japan gave $5 million to help the flood victims.", "flood victims"),
        ("Canada gave $5 million to support Haiti.", "Haiti"),
        # what a purpose clause supports is no one who receives
        ("Japan released $5 million from its fund to support shelter and clean water operations.", None),
    ],
)
def test_a_purpose_clause_names_a_receiver_only_when_it_supports_someone(text, recipient):
    (fact,) = sent(text, "en")
    assert fact.get("recipient") == recipient


def with_header(header: str, body: str, lang: str) -> list[dict[str, str]]:
    facts = facts_with_header(header, body, lang)
    return [{"kind": f.kind, "modality": f.modality, **roles(f)} for f in facts if f.kind in KINDS]


@pytest.mark.parametrize(
    "header, body, lang, expected",
    [
        (
            "title: Soudan : les donateurs promettent 2 milliards",
            "La guerre au Soudan a fait des milliers de morts. La Norvège a annoncé une enveloppe de 40 millions"
            " d'euros. L'Espagne a confirmé un don de 12 millions d'euros.",
            "fr",
            [("Norvège", "Soudan"), ("Espagne", "Soudan")],
        ),
        (
            "title: Donors pledge aid to Sudan",
            "Fighting in Sudan has killed thousands. Norway announced $20 million in humanitarian assistance.",
            "en",
            [("Norway", "Sudan")],
        ),
        # no country the article is about: no one to receive, no fact
        (
            "title: Agriculture : un plan de soutien",
            "La Norvège a annoncé une enveloppe de 40 millions d'euros.",
            "fr",
            [],
        ),
        # the gift names who gives it: the one announcing may be its receiver
        (
            "title: Donors pledge aid to Sudan",
            "Fighting in Sudan has killed thousands. The Red Cross confirmed a $3 million grant from the foundation.",
            "en",
            [],
        ),
    ],
)
def test_a_gift_announced_without_a_receiver_goes_to_the_country_the_article_is_about(header, body, lang, expected):
    found = [f for f in with_header(header, body, lang) if f["kind"] == "transfer"]
    assert [(f["agent"], f.get("recipient")) for f in found] == expected
    assert all(f["modality"] == "promised" for f in found)


@pytest.mark.parametrize(
    "header, body, lang, expected",
    [
        (
            "title: Séisme au Liban",
            "Le séisme a frappé le Liban dimanche. Des sauveteurs venus de Belgique sont arrivés lundi.",
            "fr",
            [("Belgique", "sauveteurs", "Liban")],
        ),
        (
            "title: Séisme au Liban",
            "Le séisme a frappé le Liban dimanche et la Belgique a proposé son aide. Une équipe de secouristes"
            " belges est arrivée à Beyrouth.",
            "fr",
            [("Belgique", "équipe", "Beyrouth")],
        ),
        (
            "title: Earthquake in Peru",
            "The quake hit Peru on Sunday. A team of 40 rescuers from Spain arrived on Monday morning.",
            "en",
            [("Spain", "team of 40 rescuers", "Peru")],
        ),
        # no forces, or forces from nowhere else: nobody sent anyone
        (
            "title: Earthquake in Peru",
            "The quake hit Peru on Sunday. Executives from Toyota arrived on Monday.",
            "en",
            [],
        ),
        ("title: Earthquake in Peru", "The quake hit Peru on Sunday. The Brazilian team arrived on Monday.", "en", []),
        (
            "title: Séisme au Liban",
            "Le séisme a frappé le Liban. Le président français est arrivé à Beyrouth.",
            "fr",
            [],
        ),
        ("title: Earthquake in Peru", "The quake hit Peru on Sunday. Rescuers in Lima arrived at the site.", "en", []),
    ],
)
def test_forces_that_arrive_from_abroad_were_sent_by_their_country(header, body, lang, expected):
    found = [f for f in with_header(header, body, lang) if f["kind"] == "deployment"]
    assert [(f.get("agent"), f["theme"], f.get("destination")) for f in found] == expected


@pytest.mark.parametrize(
    "header, body, lang, expected",
    [
        (
            "title: La Suisse soutient les réfugiés rohingyas\nsource: https://www.admin.ch/x",
            "Le Conseil fédéral a débloqué 9 millions de francs pour les réfugiés rohingyas. Les fonds seront"
            " répartis comme suit : 5 millions de francs au HCR, 4 millions au PAM.",
            "fr",
            [
                ("Conseil fédéral", "9 millions de francs", "réfugiés rohingyas"),
                ("Conseil fédéral", "5 millions de francs", "HCR"),
                ("Conseil fédéral", "4 millions", "PAM"),
            ],
        ),
        (
            "title: Norway helps Rohingya refugees",
            "Norway pledged $9 million, shared out as follows: $5 million to UNHCR and $4 million to local NGOs.",
            "en",
            [("Norway", "$9 million", None), ("Norway", "$5 million", "UNHCR"), ("Norway", "$4 million", "local NGOs")],
        ),
        # purposes, votes and a single amount are no share-out among receivers
        (
            "title: Budget",
            "Le budget est clair : 5 millions pour la reconstruction, 4 millions pour les écoles.",
            "fr",
            [],
        ),
        (
            "title: Élection",
            "Les électeurs se sont répartis ainsi : 5 millions de voix pour Jean Dupont, 4 millions pour Marie Durand.",
            "fr",
            [],
        ),
        ("title: Aid", "The aid is clear: $5 million to UNHCR.", "en", []),
    ],
)
def test_money_shared_out_after_a_colon_is_a_gift_to_each_receiver(header, body, lang, expected):
    shares = [f for f in with_header(header, body, lang) if f["kind"] == "transfer"]
    assert [(f.get("agent"), f["theme"], f.get("recipient")) for f in shares] == expected


def test_an_acronym_in_brackets_does_not_stop_a_list_of_items():
    text = (
        "L'UE a livré 10 tonnes de vivres à Madagascar. Cette cargaison comprend : 1 200 bâches, 800 jerrycans et"
        " des médicaments fournis par l'Organisation mondiale de la santé (OMS)."
    )
    themes = [f["theme"] for f in sent(text, "fr")]
    assert "1 200 bâches" in themes and "800 jerrycans" in themes


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "La France versera 10 millions d'euros, dont 4 millions au PAM.",
            "fr",
            [("10 millions d'euros", None), ("4 millions", "PAM")],
        ),
        (
            "Japan is providing $5 million in aid, including $1.5 million to UNICEF for water and sanitation.",
            "en",
            [("aid", None), ("$1.5 million", "UNICEF")],
        ),
        # what a share is for, or a channel it goes through, receives nothing
        (
            "Japan is providing $5 million, including $2 million to support displaced families.",
            "en",
            [("$5 million", None)],
        ),
        # « dont » that counts no money shares nothing out
        (
            "Le Japon a envoyé 30 tonnes de vivres au Népal, dont 4 tonnes de riz.",
            "fr",
            [("30 tonnes de vivres", "Népal")],
        ),
    ],
)
def test_one_share_of_an_amount_is_a_gift_to_its_own_receiver(text, lang, expected):
    assert [(f["theme"], f.get("recipient")) for f in sent(text, lang)] == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # one capitalised word the tagger took for an organisation is the town the forces go to
        (
            "Le Rwanda déploiera un bataillon de 750 soldats à Bouar.",
            "fr",
            [("Rwanda", "bataillon de 750 soldats", None, "Bouar")],
        ),
        # forces sent to a body serve in it: asked where they went
        ("La France a envoyé 200 soldats à l'OTAN.", "fr", [("France", "200 soldats", None, "OTAN")]),
        # « un » counts one among forces: each part is deployed
        (
            "La Belgique a déployé une équipe médicale et 12 pompiers au Tchad.",
            "fr",
            [("Belgique", "équipe médicale", None, "Tchad"), ("Belgique", "12 pompiers", None, "Tchad")],
        ),
    ],
)
def test_where_forces_go_and_what_counts_one(text, lang, expected):
    found = [(f.get("agent"), f["theme"], f.get("recipient"), f.get("destination")) for f in sent(text, lang)]
    assert found == expected


def test_a_ship_or_an_aircraft_carries_but_gives_nothing():
    agents = [f.get("agent") for f in sent("The frigate will carry a helicopter and 20 tonnes of food to Haiti.", "en")]
    assert "frigate" not in agents


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Des médecins français sont sur le terrain au Tchad depuis lundi.", "fr", [("médecins français", "Tchad")]),
        (
            "Des sauveteurs belges sont déjà sur place à Port-au-Prince.",
            "fr",
            [("sauveteurs belges", "Port-au-Prince")],
        ),
        (
            "Australian Defence Force liaison officers are already on the ground in Port Moresby.",
            "en",
            [("Australian Defence Force liaison officers", "Port Moresby")],
        ),
        # people who are no forces are only there
        ("Journalists are on the ground in Kyiv.", "en", []),
        ("Les supporters sont sur place à Paris.", "fr", []),
        ("Apple engineers are on the ground in Cupertino.", "en", []),
    ],
)
def test_forces_said_to_be_on_the_ground_somewhere_are_deployed_there(text, lang, expected):
    assert [(f["theme"], f.get("destination")) for f in sent(text, lang)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a deploying verb with no object: the forces go themselves
        ("In July, the 1st Battalion will rotate into Latvia.", [("1st Battalion", "Latvia")]),
        # where they go to join others
        (
            "Two hundred sailors will sail from Halifax on Monday to join a NATO group in the Baltic Sea.",
            [("Two hundred sailors", "Baltic Sea")],
        ),
        ("The band will sail from Halifax to join friends in the Bahamas.", []),
        ("The company will rotate into new markets.", []),
    ],
)
def test_forces_that_go_by_themselves_are_deployed_where_they_go(text, expected):
    assert [(f["theme"], f.get("destination")) for f in sent(text, "en")] == expected


def test_a_currency_code_before_the_sign_is_part_of_the_amount():
    (fact,) = sent("New Zealand gave NZ$1.5 million to Tonga.", "en")
    assert (fact["agent"], fact["quantity"], fact["recipient"]) == ("New Zealand", "NZ$1.5 million", "Tonga")


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a name set off by commas, the object the parser joined to the name
        (
            "Le 2 mai, l'ambassadeur de France, M. Paul Martin, a remis au ministre de la Santé, M. Ali Sow, un lot"
            " de médicaments destinés aux hôpitaux de Dakar.",
            [("France", "médicaments", "hôpitaux de Dakar")],
        ),
        # what the gift is addressed to receives it, not the hands it was put in
        (
            "La France a remis au maire de Goma 300 tentes destinées aux déplacés.",
            [("France", "300 tentes", "déplacés")],
        ),
        ("La France a remis 300 tentes au maire de Goma.", [("France", "300 tentes", "maire de Goma")]),
    ],
)
def test_what_is_handed_over_and_to_whom_it_is_addressed(text, expected):
    assert [(f.get("agent"), f["theme"], f.get("recipient")) for f in sent(text, "fr")] == expected


@pytest.mark.parametrize(
    "text, agents",
    [
        # « Elle » is the body the sentence before was about, not the country it gave to
        (
            "L’UE a livré 12 000 bâches à Madagascar. Elle a aussi envoyé 20 tonnes de vivres.",
            ["UE", "UE"],
        ),
        ("Le Japon a livré des tentes au Népal. Il a aussi envoyé 30 tonnes de riz.", ["Japon", "Japon"]),
    ],
)
def test_a_subject_pronoun_stands_for_the_subject_of_the_sentence_before(text, agents):
    assert [f.get("agent") for f in sent(text, "fr")] == agents


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La France a remis 40 véhicules au Niger. Elle vise à renforcer les unités de l'armée nigérienne.", "fr"),
        ("Japan gave 40 trucks to Niger. The donation aims to strengthen the units of the Nigerien army.", "en"),
    ],
)
def test_what_a_gift_aims_at_is_no_deed(text, lang):
    assert [f["kind"] for f in sent(text, lang)] == ["transfer"]


@pytest.mark.parametrize(
    "text, lang",
    [
        # a performance or a speech is given, nothing is handed over
        ("La chanteuse a donné vendredi un concert de deux heures au Zénith de Lille.", "fr"),
        ("The minister gave a speech to the troops in Riga.", "en"),
        # "every dollar" names no amount given
        ("The government will match every dollar donated by Canadians to the Red Cross.", "en"),
    ],
)
def test_no_gift_where_nothing_is_handed_over(text, lang):
    assert [f for f in sent(text, lang) if f["kind"] == "transfer"] == []


def test_funds_that_make_a_distribution_possible_do_not_lend_it_their_giver():
    text = (
        "Le Japon a versé 12 millions de dollars au PAM. Ces fonds doivent permettre de distribuer 60 000 tonnes"
        " de vivres à 3 millions de personnes."
    )
    assert [f.get("agent") for f in sent(text, "fr")] == ["Japon", None]


def test_what_a_transport_plane_carried_was_given_by_the_page_that_tells_it():
    header = "title: Canada helps Jamaica\nsource: https://www.canada.ca/en/global-affairs/news/x"
    body = (
        "Canada is helping Jamaica after the hurricane. A CC-177 Globemaster III, which carried 35 tonnes of relief"
        " supplies, landed in Kingston."
    )
    found = [f for f in with_header(header, body, "en") if f["kind"] == "transfer"]
    assert [(f.get("agent"), f["theme"]) for f in found] == [("Canada", "35 tonnes of relief supplies")]


def test_a_list_opened_by_the_goods_themselves_holds_gifts():
    text = "Canada sent 35 tonnes of relief supplies to Jamaica. These supplies include:\n- 1,500 family tents\n- 6,000 hygiene kits\n"
    assert [(f["agent"], f["theme"], f.get("recipient")) for f in sent(text, "en")][1:] == [
        ("Canada", "1,500 family tents", "Jamaica"),
        ("Canada", "6,000 hygiene kits", "Jamaica"),
    ]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Canada announced $7.5 million for Jamaica. Of this funding, $4 million will go to the Jamaica Red Cross"
            " and $2.5 million to the World Food Programme.",
            "en",
            [
                ("$7.5 million", "Jamaica"),
                ("$4 million", "Jamaica Red Cross"),
                ("$2.5 million", "World Food Programme"),
            ],
        ),
        (
            "La France a débloqué 10 millions d'euros pour le Liban. 4 millions iront à la Croix-Rouge libanaise.",
            "fr",
            [("10 millions d'euros", "Liban"), ("4 millions", "Croix-Rouge libanaise")],
        ),
        # what is no money goes nowhere as a gift
        ("Le prix ira à Marie Curie.", "fr", []),
    ],
)
def test_money_that_goes_to_someone_is_a_gift_of_the_one_who_gave_it(text, lang, expected):
    found = sent(text, lang)
    assert [(f["theme"], f.get("recipient")) for f in found] == expected
    assert len({f.get("agent") for f in found}) <= 1


def test_an_envoy_titled_by_a_country_gives_in_its_name():
    text = "On May 2, U.S. Ambassador Jane Doe handed over $4 million in equipment to the armed forces of Ghana."
    (fact,) = sent(text, "en")
    assert fact["agent"] == "U.S."


def test_what_an_adjective_participle_holds_names_who_receives():
    (fact,) = sent("La livraison de 40 véhicules blindés à l'armée moldave a eu lieu lundi.", "fr")
    assert fact["recipient"] == "armée moldave"


@pytest.mark.parametrize(
    "text, lang",
    [("Le Japon a envoyé 300 soldats.", "fr"), ("Japan sent 300 soldiers on Monday.", "en")],
)
def test_forces_with_no_place_are_left_out_and_their_number_stays_a_figure(text, lang):
    facts = facts_of(text, lang)
    assert not [f for f in facts if f.kind == "deployment"]
    assert [f.quantity.text for f in facts if f.kind == "figure"] == ["300"]


def test_a_discount_is_no_gift():
    assert sent("Le groupe a accordé une remise de 20 % à ses clients professionnels.", "fr") == []


def test_a_team_sent_with_its_field_hospital_is_deployed():
    text = "La Belgique a décidé d'envoyer un hôpital de campagne et une équipe médicale dans la province du Ouaddaï."
    assert [(f["kind"], f.get("destination")) for f in sent(text, "fr")] == [("deployment", "province du Ouaddaï")]


def test_a_headline_on_its_own_first_line_says_where_the_story_is():
    text = (
        "Japan sends relief team to typhoon-hit northern Philippines\n\n"
        "A typhoon hit the Philippines on Monday. South Korea said it would send $2 million in humanitarian aid."
    )
    found = [f for f in sent(text, "en") if f["agent"] == "South Korea"]
    assert [f.get("recipient") for f in found] == ["Philippines"]


@pytest.mark.parametrize(
    "text, recipient",
    [
        (
            "Le Japon a débloqué 1 million d'euros d'aide, qui sera versé à la Croix-Rouge népalaise.",
            "Croix-Rouge népalaise",
        ),
        # a relative clause that tells no giving names no receiver
        ("La France a livré 20 tonnes de vivres, qui ont été stockées à Athènes.", None),
    ],
)
def test_a_relative_clause_of_giving_names_the_receiver(text, recipient):
    (fact,) = sent(text, "fr")
    assert fact.get("recipient") == recipient
