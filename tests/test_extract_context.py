"""Roles the sentence leaves empty, filled from the article (publisher, nationality), and constructions
that told a gift or a deployment without the words the first tables knew. Sentences written for these
tests, none from the devset; each rule has sentences where it must not fire."""

from __future__ import annotations

import pytest

from quizgen.extract import extract_facts
from quizgen.ingest import parse_article
from quizgen.nlp import parse

from .conftest import facts_of, facts_with_header, plain_spaces, questions_of, roles

KINDS = ("transfer", "deployment", "request")


def events(text: str, lang: str = "fr") -> list[dict[str, str]]:
    return [{"kind": f.kind, **roles(f)} for f in facts_of(text, lang) if f.kind in KINDS]


def events_with_header(header: str, body: str, lang: str) -> list[dict[str, str]]:
    return [{"kind": f.kind, **roles(f)} for f in facts_with_header(header, body, lang) if f.kind in KINDS]


GOUV = "title: Communiqué\nsource: https://www.diplomatie.gouv.fr/fr/article/aide-au-liban"
NEWS = "title: Dépêche\nsource: https://www.journal-exemple.fr/monde/liban"
BODY_FR = "La France se tient aux côtés du peuple libanais. Ces médicaments seront remis au Croissant-Rouge."


def test_publisher_gives_what_its_release_tells_without_a_giver():
    found = events_with_header(GOUV, BODY_FR, "fr")
    assert {"kind": "transfer", "agent": "France", "theme": "Ces médicaments", "recipient": "Croissant-Rouge"} in [
        {k: f.get(k) for k in ("kind", "agent", "theme", "recipient")} for f in found
    ]


def test_a_news_site_is_no_publisher_of_what_others_give():
    found = events_with_header(NEWS, BODY_FR, "fr")
    assert found and all("agent" not in f for f in found)


def test_publisher_not_named_in_the_article_gives_nothing():
    body = "Ces médicaments seront remis au Croissant-Rouge libanais dès leur arrivée."
    found = events_with_header(GOUV, body, "fr")
    assert found and all("agent" not in f for f in found)


def test_publisher_line_in_the_header_names_the_voice():
    header = "title: Release\npublisher: European Union"
    body = "The EU stands with Libya. Tents and generators were delivered to the Libyan Red Crescent."
    found = events_with_header(header, body, "en")
    assert [f.get("agent") for f in found if f["kind"] == "transfer"] == ["EU"]


def test_nous_of_a_release_is_its_publisher():
    body = "La France et l'Allemagne coopèrent au Liban. Nous avons livré 20 tonnes de vivres au Liban."
    found = events_with_header(GOUV, body, "fr")
    assert [f.get("agent") for f in found if f["kind"] == "transfer"] == ["France"]


def test_an_owned_force_is_no_publishers():
    body = "La France salue l'effort. Des soldats ukrainiens ont été déployés à Kherson."
    found = events_with_header(GOUV, body, "fr")
    assert all(f.get("agent") != "France" for f in found)


@pytest.mark.parametrize(
    ("text", "lang", "agent"),
    [
        (
            "Le communiqué a été salué en Pologne. Des soldats polonais ont été déployés en Lituanie.",
            "fr",
            "Pologne",
        ),
        ("The statement was welcomed in Poland. Polish troops were deployed to Lithuania.", "en", "Poland"),
        # two nationalities: nobody in particular
        (
            "The statement was welcomed in Poland and Czechia. Polish and Czech troops were deployed to Lithuania.",
            "en",
            None,
        ),
        # the country is never named: read from the nationality, a role no question asks
        ("Polish troops were deployed to Lithuania on Monday.", "en", "Poland"),
    ],
)
def test_forces_of_a_nationality_are_deployed_by_its_country(text, lang, agent):
    found = [f for f in events(text, lang) if f["kind"] == "deployment"]
    assert found and {f.get("agent") for f in found} == {agent}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le gouvernement belge a répondu à l'appel en dépêchant une équipe de secouristes en Turquie.",
            "fr",
            {"kind": "deployment", "agent": "gouvernement belge", "destination": "Turquie"},
        ),
        (
            "The government responded by sending a rescue team to Turkey.",
            "en",
            {"kind": "deployment", "agent": "government", "destination": "Turkey"},
        ),
    ],
)
def test_a_gerund_shares_its_clauses_subject(text, lang, expected):
    assert [{k: f.get(k) for k in expected} for f in events(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Les partenaires déploient déjà une aide alimentaire d'urgence.",
            "fr",
            [{"kind": "transfer", "agent": "partenaires", "theme": "aide alimentaire d'urgence"}],
        ),
        (
            "The EU has released €300,000 in humanitarian funding.",
            "en",
            [{"kind": "transfer", "agent": "EU", "theme": "humanitarian funding", "quantity": "€300,000"}],
        ),
        # the same verbs with forces or anything else: a deployment, or nothing
        (
            "L'armée déploie 300 soldats au Mali.",
            "fr",
            [
                {
                    "kind": "deployment",
                    "agent": "armée",
                    "theme": "300 soldats",
                    "quantity": "300",
                    "destination": "Mali",
                }
            ],
        ),
        ("Les ouvriers ont dégagé la route après l'orage.", "fr", []),
        ("The rebels released two hostages to the Red Cross.", "en", []),
        ("The ministry released a statement on Monday.", "en", []),
    ],
)
def test_verbs_that_give_only_money_or_aid(text, lang, expected):
    assert events(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "theme", "recipient"),
    [
        ("Au total, la Suisse a débloqué 40 millions de francs.", "fr", "40 millions de francs", None),
        (
            "La Suisse a alloué un total de 40 millions de francs à l'aide aux victimes.",
            "fr",
            "40 millions de francs",
            "aide aux victimes",
        ),
        ("In total, Japan has provided $40 million.", "en", "$40 million", None),
    ],
)
def test_a_total_is_what_it_adds_up_never_a_receiver(text, lang, theme, recipient):
    found = [f for f in events(text, lang) if f["kind"] == "transfer"]
    assert [(f.get("theme"), f.get("recipient")) for f in found] == [(theme, recipient)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Two patrol ships have begun their deployment to the Caribbean.",
            "en",
            [{"kind": "deployment", "theme": "Two patrol ships", "quantity": "Two", "destination": "Caribbean"}],
        ),
        (
            "Le navire a entamé son déploiement vers l'océan Indien.",
            "fr",
            [{"kind": "deployment", "theme": "navire", "destination": "océan Indien"}],
        ),
        ("The minister has begun her visit to the Caribbean.", "en", []),
    ],
)
def test_forces_that_begin_their_deployment_are_deployed(text, lang, expected):
    assert events(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Germany sent 20 tonnes of food in March.", "en"), ("L'Italie a envoyé 20 tonnes de vivres en mars.", "fr")],
)
def test_a_month_is_no_destination(text, lang):
    found = events(text, lang)
    assert found and all("destination" not in f for f in found)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "L'Allemagne a annoncé une contribution de 300 000 euros à destination du CICR.",
            "fr",
            {"agent": "Allemagne", "quantity": "300 000 euros", "recipient": "CICR", "modality": "promised"},
        ),
        (
            "Une contribution de 300 000 euros au CICR a été décidée par la Belgique.",
            "fr",
            {"agent": "Belgique", "quantity": "300 000 euros", "recipient": "CICR", "modality": "asserted"},
        ),
        (
            "Le ministère a organisé l'envoi de vivres au Liban.",
            "fr",
            {"agent": "ministère", "theme": "vivres", "recipient": "Liban", "modality": "asserted"},
        ),
        (
            "The ambassador presided over the delivery of $25 million in assistance to the Kenyan army.",
            "en",
            {"agent": "ambassador", "theme": "assistance", "quantity": "$25 million", "recipient": "Kenyan army"},
        ),
        (
            "Canada announced a $200 million pledge to the World Food Programme.",
            "en",
            {
                "agent": "Canada",
                "quantity": "$200 million",
                "recipient": "World Food Programme",
                "modality": "promised",
            },
        ),
    ],
)
def test_a_gift_told_by_a_noun(text, lang, expected):
    found = [f for f in facts_of(text, lang) if f.kind == "transfer"]
    assert [{k: f.modality if k == "modality" else roles(f).get(k) for k in expected} for f in found] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'armée a bloqué la livraison de carburant à Gaza.", "fr"),
        ("Le gouvernement réclame la livraison de vaccins.", "fr"),
        ("Israel blocked the delivery of fuel to Gaza.", "en"),
        ("The delivery of the new tanks was delayed by a strike.", "en"),
        # no giver and no receiver in the noun's phrase: nothing to ask
        ("La livraison de carburant a repris lundi.", "fr"),
    ],
)
def test_a_gift_noun_blocked_asked_for_or_bare_gives_nothing(text, lang):
    assert [f for f in facts_of(text, lang) if f.kind == "transfer"] == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "A rescue crew delivering food and blankets to the victims landed in the capital.",
            "en",
            {"agent": "rescue crew", "theme": "food and blankets", "recipient": "victims"},
        ),
        (
            "Une équipe apportant des vivres aux sinistrés est arrivée à Goma.",
            "fr",
            {"agent": "équipe", "theme": "vivres", "recipient": "sinistrés"},
        ),
    ],
)
def test_the_noun_a_present_participle_describes_is_its_agent(text, lang, expected):
    found = [f for f in facts_of(text, lang) if f.kind == "transfer"]
    assert [{k: roles(f).get(k) for k in expected} for f in found] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "quantity"),
    [
        ("The plane carried 65,000 tonnes of food donated by the Government of Brazil.", "en", "65,000 tonnes"),
        ("Un avion a apporté 73 tonnes de vivres offerts par le Japon.", "fr", "73 tonnes"),
    ],
)
def test_a_participles_count_is_on_the_unit_above_it(text, lang, quantity):
    given = [f for f in facts_of(text, lang) if f.kind == "transfer" and f.verb in ("donated", "offerts")]
    assert [roles(f).get("quantity") for f in given] == [quantity]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # sent to a country: given to it
        ("L'Italie a expédié 60 tonnes de vivres vers le Liban.", "fr", ("Liban", None)),
        # forces sent to a country are deployed there, not given to it
        ("Deux cents soldats ont été envoyés en mission au Mali.", "fr", (None, "Mali")),
        ("Two hundred soldiers were sent on a mission to Mali.", "en", (None, "Mali")),
    ],
)
def test_what_is_sent_to_a_country(text, lang, expected):
    found = [f for f in facts_of(text, lang) if f.kind in ("transfer", "deployment")]
    assert [(roles(f).get("recipient"), roles(f).get("destination")) for f in found] == [expected]


def test_an_errand_carries_the_place():
    found = events("Douze agents du ministère ont été envoyés en renfort auprès de l'ambassade de France.")
    assert [(f["kind"], f.get("destination")) for f in found] == [("deployment", "ambassade de France")]


def test_a_pledge_with_its_amount_before_it():
    found = [
        f for f in facts_of("A $200 million pledge by Canada will help the refugees.", "en") if f.kind == "transfer"
    ]
    assert [(roles(f)["agent"], roles(f)["quantity"]) for f in found] == [("Canada", "$200 million")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Environ 400 soldats des Forces canadiennes sont partis pour le Québec.",
            "fr",
            [{"kind": "deployment", "agent": "Forces canadiennes", "theme": "400 soldats", "destination": "Québec"}],
        ),
        (
            "Soixante médecins urgentistes rejoignent Islamabad avec leur matériel.",
            "fr",
            [
                {
                    "kind": "deployment",
                    "agent": None,
                    "theme": "Soixante médecins urgentistes",
                    "destination": "Islamabad",
                }
            ],
        ),
        (
            "Des équipes de secouristes sont arrivées en Turquie.",
            "fr",
            [
                {
                    "kind": "deployment",
                    "agent": "équipes de secouristes",
                    "theme": "équipes de secouristes",
                    "destination": "Turquie",
                }
            ],
        ),
        (
            "The two warships will sail to the Pacific next month.",
            "en",
            [{"kind": "deployment", "agent": None, "theme": "two warships", "destination": "Pacific"}],
        ),
        (
            "A medical team arrived in Kathmandu on Sunday.",
            "en",
            [{"kind": "deployment", "agent": "medical team", "theme": "medical team", "destination": "Kathmandu"}],
        ),
        # not forces, or not going anywhere new
        ("L'équipe de France de rugby est arrivée à Marseille.", "fr", []),
        ("Le ministre est parti pour Bruxelles.", "fr", []),
        ("Les soldats sont partis de Toulon mardi.", "fr", []),
        ("Deux experts ont rejoint l'équipe de campagne.", "fr", []),
        ("The football team arrived in Madrid.", "en", []),
        ("The troops left Norfolk on Monday.", "en", []),
        ("The redeployed units will return to their home stations.", "en", []),
    ],
)
def test_forces_that_go_somewhere(text, lang, expected):
    keys = ("kind", "agent", "theme", "destination")
    assert [{k: f.get(k) for k in keys} for f in events(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "deployed"),
    [
        ("L'armée a déployé un hôpital de campagne à Goma.", "fr", "hôpital de campagne"),
        ("Les FANC ont déployé le D'Entrecasteaux au Vanuatu.", "fr", "D'Entrecasteaux"),
        ("À terme, le bataillon sera basé à Cincu, dans le centre du pays.", "fr", "bataillon"),
        ("The Pentagon deployed an infantry company to Estonia.", "en", "infantry company"),
        # a place where something is, or a company's software: no deployment
        ("Le centre de crise basé à Nouméa a livré des tentes.", "fr", None),
        ("Le siège de l'entreprise, basé à Paris, a été vendu.", "fr", None),
        ("The company, based in Houston, deployed new software.", "en", None),
    ],
)
def test_what_a_deploying_verb_deploys(text, lang, deployed):
    found = [f.get("theme") for f in events(text, lang) if f["kind"] == "deployment"]
    assert found == ([deployed] if deployed else [])


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "La France a livré 20 tonnes de vivres au Liban. La France a aussi offert des tentes.",
            ["Liban", "Liban"],
        ),
        # another giver, or another paragraph: the receiver is not carried
        ("La France a livré 20 tonnes de vivres au Liban. L'Italie a aussi offert des tentes.", ["Liban", None]),
        ("La France a livré 20 tonnes de vivres au Liban.\n\nLa France a aussi offert des tentes.", ["Liban", None]),
    ],
)
def test_a_givers_later_gift_goes_to_its_one_receiver(text, recipients):
    found = events_with_header("title: Communiqué", text, "fr")
    assert [f.get("recipient") for f in found if f["kind"] == "transfer"] == recipients


@pytest.mark.parametrize(
    ("title", "body", "lang", "recipient"),
    [
        # the one country the title names besides the giver receives what the body gives to nobody
        (
            "Séisme en Turquie : la France envoie de l'aide",
            "La Turquie a été frappée par un séisme. La France a envoyé 50 tonnes de matériel médical.",
            "fr",
            "Turquie",
        ),
        (
            "Floods in Pakistan: Canada sends help",
            "Pakistan was hit by floods. Canada has sent 40 tonnes of medical supplies.",
            "en",
            "Pakistan",
        ),
        # two other countries in the title: no way to tell which
        (
            "Séisme en Turquie et en Syrie : la France envoie de l'aide",
            "La Turquie et la Syrie ont été frappées par un séisme. La France a envoyé 50 tonnes de matériel médical.",
            "fr",
            None,
        ),
        # the title's country never named in the body: nothing to cite
        (
            "Séisme en Turquie : la France envoie de l'aide",
            "La France a envoyé 50 tonnes de matériel médical.",
            "fr",
            None,
        ),
        # a refusal keeps no receiver
        (
            "Floods in Pakistan",
            "Pakistan was hit by floods. Canada has not sent any medical supplies.",
            "en",
            None,
        ),
    ],
)
def test_an_aid_articles_title_names_the_receiver(title, body, lang, recipient):
    found = [f for f in events_with_header(f"title: {title}", body, lang) if f["kind"] == "transfer"]
    assert [f.get("recipient") for f in found] == ([recipient] if found else [])
    if recipient:
        assert found


@pytest.mark.parametrize(
    ("title", "body", "lang", "kind", "role", "expected"),
    [
        # a title names the receiving country through its people
        (
            "La Belgique débloque 5 millions d'euros pour les Syriens",
            "La guerre en Syrie dure. La Belgique a débloqué 5 millions d'euros.",
            "fr",
            "transfer",
            "recipient",
            "Syrie",
        ),
        # "Us" in a title is a pronoun, not the United States
        (
            "Help Us Help Kenya",
            "Kenya needs help. The United States has sent 30 tonnes of food.",
            "en",
            "transfer",
            "recipient",
            "Kenya",
        ),
        # forces deployed without a place go to the country the title is about
        (
            "Séisme au Maroc : l'aide de l'Espagne",
            "Le Maroc a été frappé par un séisme. L'Espagne a envoyé une équipe de 80 secouristes.",
            "fr",
            "deployment",
            "destination",
            "Maroc",
        ),
        # ... but not to the deployer's own country, and not when two others are named
        (
            "Deployment of Polish troops to Lithuania and Latvia",
            "Lithuania and Latvia asked for help. Poland deployed 200 soldiers.",
            "en",
            "deployment",
            "destination",
            None,
        ),
    ],
)
def test_the_country_an_article_is_about(title, body, lang, kind, role, expected):
    found = [f for f in events_with_header(f"title: {title}", body, lang) if f["kind"] == kind]
    if kind == "deployment" and expected is None:
        assert not found  # forces with no place are left out rather than sent to a guess
        return
    assert found and found[0].get(role) == expected


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        (
            "17 agents ont été envoyés en renfort auprès des postes consulaires de la région.",
            "postes consulaires de la région",
        ),
        ("L'Espagne a envoyé des médecins militaires auprès de l'hôpital de Beyrouth.", "hôpital de Beyrouth"),
    ],
)
def test_forces_sent_to_a_post_go_there(text, destination):
    # a post, a hospital: a place forces go to, not someone they are given to
    found = [f for f in events(text) if f["kind"] == "deployment"]
    assert found and found[0].get("destination") == destination and "recipient" not in found[0]


@pytest.mark.parametrize(
    ("text", "lang", "theme", "place"),
    [
        ("La France a envoyé 80 secouristes en Turquie.", "fr", "80 secouristes", "Turquie"),
        ("Canada sent 20 doctors to Haiti.", "en", "20 doctors", "Haiti"),
        ("L'Allemagne a dépêché des médecins urgentistes au Maroc.", "fr", "médecins urgentistes", "Maroc"),
    ],
)
def test_people_sent_to_help_are_deployed_not_given(text, lang, theme, place):
    found = events(text, lang)
    assert [(f["kind"], f.get("theme"), f.get("destination"), f.get("recipient")) for f in found] == [
        ("deployment", theme, place, None)
    ]


def test_another_deployer_is_not_sent_to_the_articles_country():
    title = "title: Pologne : les États-Unis renforcent leur présence"
    body = "Les États-Unis ont déployé 3 000 soldats en Pologne. Par ailleurs, la Chine a déployé deux porte-avions."
    found = [f for f in events_with_header(title, body, "fr") if f["kind"] == "deployment"]
    assert [(f.get("agent"), f.get("destination")) for f in found] == [("États-Unis", "Pologne")]


def test_a_title_that_is_the_first_sentence_names_no_topic():
    found = events("La France a livré des vivres au Liban. L'Italie a offert 20 tentes.")
    assert [f.get("recipient") for f in found if f["kind"] == "transfer"] == ["Liban", None]


@pytest.mark.parametrize(
    ("text", "place", "receiver"),
    [
        ("Britain deployed two warships to the Indo-Pacific region.", "Indo-Pacific region", None),
        ("Australia gave 5 million dollars to the Pacific Islands Forum.", None, "Pacific Islands Forum"),
    ],
)
def test_a_region_the_tagger_calls_an_organisation_is_a_place(text, place, receiver):
    found = events(text, "en")
    assert [(f.get("destination"), f.get("recipient")) for f in found] == [(place, receiver)]


def test_a_short_bracket_inside_a_noun_phrase_does_not_cut_it():
    found = events("The United States gave 19,000 metric tons (MT) of food to Yemen.", "en")
    assert [f["theme"] for f in found] == ["19,000 metric tons (MT) of food"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Pentagon is rushing supplies to what one serviceman called a war zone.", "en"),
        ("Paris gave the name Atalanta to the operation.", "en"),
        ("La France a donné le nom de Barkhane à l'opération.", "fr"),
    ],
)
def test_a_pronoun_that_asks_or_a_name_given_is_no_fact(text, lang):
    assert events(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "agent"),
    [
        ("Les soldats du contingent seront débarqués sur la côte libanaise.", "fr", None),
        ("Les soldats seront débarqués au Liban par la marine.", "fr", "marine"),
        ("Les armées françaises sont présentes en Roumanie.", "fr", "armées françaises"),
    ],
)
def test_forces_put_somewhere_are_not_who_put_them_there(text, lang, agent):
    found = events(text, lang)
    assert [(f["kind"], f.get("agent")) for f in found] == [("deployment", agent)]


@pytest.mark.parametrize(
    ("body", "lang", "place"),
    [
        (
            "Un séisme a frappé la Turquie lundi.\n\nLe gouvernement français a dépêché sur place une équipe de secouristes.",
            "fr",
            "Turquie",
        ),
        ("An earthquake hit Nepal on Saturday.\n\nJapan sent a medical team to the scene.", "en", "Nepal"),
        # the lead names two countries: which one is « sur place » is not said
        (
            "Un séisme a frappé la Turquie et la Syrie.\n\nLe gouvernement français a dépêché sur place une équipe de secouristes.",
            "fr",
            None,
        ),
        # no « sur place »: the lead's country is not where these forces went
        ("Un séisme a frappé la Turquie lundi.\n\nLa France a dépêché une équipe de secouristes.", "fr", None),
    ],
)
def test_forces_sent_to_the_scene_go_to_the_country_of_the_lead(body, lang, place):
    found = [f for f in events_with_header("title: Séisme", body, lang) if f["kind"] == "deployment"]
    assert [f.get("destination") for f in found] == ([place] if place else [])  # no place: left out


def test_a_gerund_hung_on_a_participle_shares_the_main_clause_subject():
    text = (
        "Le gouvernement a répondu à la demande d'aide, formulée par le président philippin, "
        "en dépêchant aux Philippines un détachement de sécurité civile."
    )
    assert [(f["kind"], f.get("agent")) for f in events(text) if f["kind"] == "deployment"] == [
        ("deployment", "gouvernement")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La Suisse a augmenté de 20 millions de francs son budget humanitaire destiné à la Syrie.",
            "fr",
            [("Suisse", "20 millions de francs", "Syrie")],
        ),
        (
            "Le Japon a augmenté son aide à l'Ukraine de 300 millions de dollars.",
            "fr",
            [("Japon", "300 millions de dollars", "Ukraine")],
        ),
        ("Japan increased its aid to Ukraine by $300 million.", "en", [("Japan", "$300 million", "Ukraine")]),
        # no receiver, no aid, or no amount: nothing given to anyone
        ("La France a augmenté son budget militaire de 3 milliards d'euros.", "fr", []),
        ("Le Canada a augmenté ses effectifs de 200 soldats.", "fr", []),
        ("L'Allemagne a doublé son aide au Liban.", "fr", []),
        ("Britain raised its defence budget by £5 billion.", "en", []),
        ("The company increased its prices for Ukraine by $3 million.", "en", []),
    ],
)
def test_an_aid_increased_for_someone_gives_the_increase(text, lang, expected):
    found = [f for f in events(text, lang) if f["kind"] == "transfer"]
    assert [(f.get("agent"), f.get("theme"), f.get("recipient")) for f in found] == expected


def figures(text: str, lang: str) -> list[tuple[str, str]]:
    return [(roles(f)["quantity"], roles(f)["theme"]) for f in facts_of(text, lang) if f.kind == "figure"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a list's numbering, a day of a month, a number glued to a word, a noun after a preposition
        ("1/ Le ministre s'est entretenu avec ses homologues.", "fr", []),
        ("2) La cellule de crise a répondu à 45000 appels.", "fr", [("45000", "45000 appels")]),
        ("Dans la nuit du 10 au 11 octobre, 60 médecins rejoignent Islamabad.", "fr", [("60", "60 médecins")]),
        ("Two-thirds of the world is our playground.", "en", []),
        ("Support to Somalia totals US$43 million to date.", "en", []),
        ("Over $100 million last year went to schools.", "en", []),
        ("The cuts reached 50% in some camps.", "en", []),
        # a range: each number counts the noun, without the other's digits
        (
            "Quelques 50 000 à 100 000 personnes attendent de quitter Alep.",
            "fr",
            [("50 000", "personnes"), ("100 000", "personnes")],
        ),
        ("Some 65,000 tonnes of food are stored in the port.", "en", [("65,000 tonnes", "food")]),
    ],
)
def test_figures_count_things_not_numbering_dates_or_parts_of_words(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "agent"),
    [
        ("Canada is working hard to send 20 doctors to Haiti.", "en", "Canada"),
        ("La France travaille sans relâche pour envoyer 20 médecins en Haïti.", "fr", "France"),
    ],
)
def test_a_purpose_clause_shares_its_clause_subject(text, lang, agent):
    assert [f.get("agent") for f in events(text, lang)] == [agent]


@pytest.mark.parametrize(
    ("text", "lang", "role", "value"),
    [
        ("La France a déployé 300 soldats en Estonie et en Lituanie.", "fr", "destination", "Estonie et en Lituanie"),
        (
            "La France a expédié 60 tonnes sur l'Indonésie, les Maldives, Sri Lanka et la Thaïlande.",
            "fr",
            "recipient",
            "Indonésie, les Maldives, Sri Lanka et la Thaïlande",
        ),
        ("Britain sent 300 troops to Estonia and Lithuania.", "en", "destination", "Estonia and Lithuania"),
        ("Japan gave 5 million dollars to Nepal, Bhutan and India.", "en", "recipient", "Nepal, Bhutan and India"),
        # no list of names: another thing given, a relative clause, a new clause
        ("La France a livré des tentes au Népal et des vivres au Bhoutan.", "fr", "recipient", "Népal"),
        ("La France a livré des tentes au Népal, où la situation est grave.", "fr", "recipient", "Népal"),
        ("Japan gave 5 million dollars to Nepal and its people.", "en", "recipient", "Nepal"),
        (
            "Le Danemark a déployé des avions en Lituanie, et l'Espagne a déployé des frégates.",
            "fr",
            "destination",
            "Lituanie",
        ),
    ],
)
def test_a_list_of_receivers_or_places_is_one_role(text, lang, role, value):
    found = events(text, lang)
    assert found[0].get(role) == value


def test_a_list_of_places_is_never_asked_alone():
    [fact] = [f for f in facts_of("Britain sent 300 troops to Estonia and Lithuania.", "en") if f.kind == "deployment"]
    assert fact.destination.vague and fact.destination.number == "plur"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("L'Union européenne finance des projets au Liban.", "fr", []),
        ("The EU funded twenty schools in Lebanon.", "en", []),
        ("Ces fonds financent l'aide alimentaire au Liban.", "fr", [("transfer", "aide alimentaire")]),
    ],
)
def test_what_is_funded_is_given_only_when_it_is_aid(text, lang, expected):
    assert [(f["kind"], f["theme"]) for f in events(text, lang)] == expected


def test_a_phone_number_counts_nothing():
    text = "Le numéro vert est le 0800 174 174 et 50 lignes téléphoniques sont ouvertes au public."
    assert figures(text, "fr") == [("50", "50 lignes téléphoniques")]


def test_a_title_before_another_persons_name_is_not_this_persons():
    text = "Alors que Vladimir Poutine soutient le président syrien Bashar al-Assad, Barack Obama a réagi."
    found = {roles(f)["agent"]: roles(f)["theme"] for f in facts_of(text, "fr") if f.kind == "role"}
    assert found == {"Bashar al-Assad": "président syrien"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "L'Allemagne contribue à la mission de l'OTAN en Lituanie avec 1 000 soldats.",
            "fr",
            [("Allemagne", "1 000 soldats", "Lituanie")],
        ),
        (
            "La France participe à l'opération Barkhane au Mali avec 5 000 militaires.",
            "fr",
            [("France", "5 000 militaires", "Mali")],
        ),
        (
            "Germany takes part in the NATO mission in Lithuania with 1,000 troops.",
            "en",
            [("Germany", "1,000 troops", "Lithuania")],
        ),
        # no forces, or no place: no deployment
        ("La France participe au sommet de Madrid avec ses partenaires.", "fr", []),
        ("La France contribue à la mission avec 300 soldats.", "fr", []),
        ("Germany contributes to the mission in Mali with 50 million euros.", "en", []),
    ],
)
def test_forces_a_country_takes_part_with_are_deployed_where_the_mission_is(text, lang, expected):
    found = [f for f in events(text, lang) if f["kind"] == "deployment"]
    assert [(f.get("agent"), f.get("theme"), f.get("destination")) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "receiver"),
    [
        ("Le Japon a débloqué 5 millions d'euros destinés aux réfugiés soudanais.", "fr", "réfugiés soudanais"),
        (
            "La France a organisé l'envoi d'une aide humanitaire destinée aux autorités libanaises.",
            "fr",
            "autorités libanaises",
        ),
        ("Japan released 5 million dollars earmarked for Sudanese refugees.", "en", "Sudanese refugees"),
        # « destinées à être montées »: a purpose, no receiver
        ("La France a livré des tentes destinées à être montées à Beyrouth.", "fr", None),
    ],
)
def test_a_gift_addressed_by_its_participle_goes_to_that_receiver(text, lang, receiver):
    found = [f for f in events(text, lang) if f["kind"] == "transfer"]
    assert [f.get("recipient") for f in found] == [receiver]


@pytest.mark.parametrize(
    ("name", "lang", "country"),
    [
        ("Union européenne", "fr", False),
        ("Nations unies", "fr", False),
        ("European Union", "en", False),
        ("United Nations", "en", False),
        ("Union des Comores", "fr", False),
        ("Comores", "fr", True),
        ("Japan", "en", True),
    ],
)
def test_the_eu_and_the_un_are_no_countries(name, lang, country):
    from quizgen.gazetteer import is_country

    assert is_country(name, lang) is country


@pytest.mark.parametrize(
    ("text", "lang", "receiver"),
    [
        (
            "Le Canada a livré des tentes à l'Organisation des Nations Unies pour l'enfance.",
            "fr",
            "Organisation des Nations Unies pour l'enfance",
        ),
        (
            "Le Canada a versé 5 millions d'euros au Haut-Commissariat des Nations unies pour les réfugiés.",
            "fr",
            "Haut-Commissariat des Nations unies pour les réfugiés",
        ),
        (
            "Japan gave 5 million dollars to the United Nations Office for the Coordination of Humanitarian Affairs.",
            "en",
            "United Nations Office for the Coordination of Humanitarian Affairs",
        ),
        # a purpose, not a part of the name
        ("Le Canada a versé 5 millions d'euros à la Croix-Rouge pour les victimes.", "fr", "Croix-Rouge"),
        ("Japan gave 5 million dollars to the World Food Programme for the refugees.", "en", "World Food Programme"),
    ],
)
def test_an_organisations_name_keeps_its_pour_phrase(text, lang, receiver):
    assert [f.get("recipient") for f in events(text, lang)] == [receiver]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a deadline after "by" is nobody
        (
            "Some 300 troops will be deployed to Romania by the end of the year.",
            "en",
            [("deployment", None, "300 troops", "300")],
        ),
        ("The troops were deployed to Romania by France.", "en", [("deployment", "France", "troops", None)]),
        # equipment handed to someone named without a place is given
        (
            "Washington will send Kyiv another 31 Abrams tanks.",
            "en",
            [("transfer", "Washington", "another 31 Abrams tanks", "31")],
        ),
        # a model's name is no count
        (
            "Denmark is sending four F-16 fighter jets to Lithuania.",
            "en",
            [("deployment", "Denmark", "four F-16 fighter jets", "four")],
        ),
    ],
)
def test_deadlines_equipment_handed_and_model_names(text, lang, expected):
    found = [f for f in facts_of(text, lang) if f.kind in KINDS]
    assert [(f.kind, *(roles(f).get(k) for k in ("agent", "theme", "quantity"))) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'armée a mis en place des hélicoptères au Tchad.", [("armée", "hélicoptères", "Tchad")]),
        (
            "Le porte-hélicoptères Dixmude a appareillé de Toulon à destination d'Haïti.",
            [(None, "porte-hélicoptères Dixmude", "Haïti")],
        ),
        ("La frégate a appareillé de Brest en direction de la mer Rouge.", [(None, "frégate", "mer Rouge")]),
        # no forces, or only where they left from
        ("Le gouvernement a mis en place une cellule de crise.", []),
        ("La frégate a appareillé de Brest mardi.", []),
    ],
)
def test_forces_set_up_or_sailing_towards_a_place(text, expected):
    found = [f for f in events(text) if f["kind"] == "deployment"]
    assert [(f.get("agent"), f.get("theme"), f.get("destination")) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "agent"),
    [
        (
            "Cinq rotations aériennes quotidiennes entre Haïti et la Martinique ont acheminé 161 tonnes de vivres à Haïti.",
            "fr",
            None,
        ),
        ("Five daily flights delivered 161 tonnes of aid to Haiti.", "en", None),
        (
            "Sous l'autorité de la ministre, le centre de crise a livré des tentes à la Turquie.",
            "fr",
            "centre de crise",
        ),
    ],
)
def test_flights_and_phrases_after_a_preposition_give_nothing(text, lang, agent):
    assert [f.get("agent") for f in events(text, lang) if f["kind"] == "transfer"] == [agent]


def quotes(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [
        (roles(f)["speaker"], roles(f)["quote"], f.quote.kind)
        for f in facts_of(text, lang)
        if f.kind == "quote" and f.speaker is not None
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "L'ambassadeur russe à l'ONU, Vitali Tchourkine a déclaré que la Russie avait déjà appliqué le plan.",
            "fr",
            [("Vitali Tchourkine", "la Russie avait déjà appliqué le plan", "reported")],
        ),
        (
            "The ambassador, Vitaly Churkin, said that Russia had already implemented the plan.",
            "en",
            [("Vitaly Churkin", "Russia had already implemented the plan", "reported")],
        ),
        (
            "Joe Biden said the United States would send more troops to Poland.",
            "en",
            [("Joe Biden", "the United States would send more troops to Poland", "reported")],
        ),
        # a question, a denial, a negated saying, a speaker nobody named: no statement to ask about
        ("Le ministre Jean Dupont a demandé si la Russie avait appliqué le plan.", "fr", []),
        ("Le ministre Jean Dupont a nié que la Russie avait appliqué le plan.", "fr", []),
        ("Le ministre Jean Dupont n'a pas dit que la Russie avait appliqué le plan.", "fr", []),
        ("Il a déclaré que la Russie avait déjà appliqué le plan de paix.", "fr", []),
        ("Canada denied that its troops had ever entered Syria.", "en", []),
        ("The minister asked whether Russia had implemented the whole plan.", "en", []),
    ],
)
def test_what_someone_said_reported_is_a_quote_in_the_articles_words(text, lang, expected):
    assert quotes(text, lang) == expected


def test_reported_speech_is_never_asked_between_quotation_marks():
    from quizgen.grammar.en import GRAMMAR as EN
    from quizgen.grammar.fr import GRAMMAR as FR

    [fr] = [
        f for f in facts_of("Le ministre Jean Dupont a déclaré que la France aiderait le Liban.") if f.kind == "quote"
    ]
    assert plain_spaces(FR.question(fr, "speaker", "person", "'")) == "Qui a déclaré que la France aiderait le Liban ?"
    [fr] = [f for f in facts_of("Le ministre Jean Dupont a déclaré qu'une aide arriverait lundi.") if f.kind == "quote"]
    assert plain_spaces(FR.question(fr, "speaker", "person", "'")) == "Qui a déclaré qu'une aide arriverait lundi ?"
    [en] = [
        f
        for f in facts_of("The minister, John Smith, said that Britain would help Lebanon.", "en")
        if f.kind == "quote"
    ]
    assert EN.question(en, "speaker", "person", "'") == "Who said that Britain would help Lebanon?"


def test_a_t_il_dit_is_said_by_the_person_named_before():
    text = "Le ministre Antoni Macierewicz était présent. « Nous avons attendu pour vous très longtemps » , a-t-il dit."
    assert [q[0] for q in quotes(text, "fr")] == ["Antoni Macierewicz"]


def test_a_place_name_right_after_a_verb_of_reaching_is_where_forces_go():
    text = (
        "Dans la nuit du 10 au 11 octobre, 60 médecins urgentistes, chirurgiens, médecins anesthésistes "
        "et personnel soignant rejoignent Islamabad avec les équipements nécessaires."
    )
    assert [(f["kind"], f.get("destination")) for f in events(text)] == [("deployment", "Islamabad")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials say at least 20 more U.S. choppers are on their way.", [("20", "20 more U.S. choppers")]),
        ("The crews flew dozens of relief missions on Monday.", [("dozens", "relief missions")]),
    ],
)
def test_a_number_counts_the_noun_a_name_or_adjective_qualifies(text, expected):
    assert figures(text, "en") == expected


@pytest.mark.parametrize(
    ("body", "agent"),
    [
        (
            "Medical supplies will be delivered to Haiti. Britain stands by Haiti, as Britain always has. "
            "The UK's partners will help too.",
            "Britain",
        ),
        ("Medical supplies will be delivered to Haiti. The UK stands by Haiti, and so does Britain.", "UK"),
    ],
)
def test_the_publisher_is_named_as_the_article_names_it_most(body, agent):
    header = "title: Aid to Haiti\nsource: https://www.gov.uk/government/news/aid-to-haiti"
    found = [f for f in events_with_header(header, body, "en") if f["kind"] == "transfer"]
    assert [f.get("agent") for f in found] == [agent]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le gouvernement a répondu à la demande d’aide internationale, formulée par le président philippin, "
            "en dépêchant un détachement.",
            "fr",
            [("président philippin", "aide internationale")],
        ),
        (
            "En réponse à la demande d'assistance de la France, la Belgique a proposé des abris.",
            "fr",
            [("France", "assistance")],
        ),
        (
            "Following the request for international assistance by the Permanent Mission of Libya, the mechanism was activated.",
            "en",
            [("Permanent Mission of Libya", "international assistance")],
        ),
        ("Libya's appeal for aid was heard.", "en", [("Libya", "aid")]),
        # no aid or forces asked, or nobody asking
        ("La demande d'informations du journaliste est restée sans réponse.", "fr", []),
        ("The request for comment by the newspaper went unanswered.", "en", []),
        ("La demande d'aide a été entendue.", "fr", []),
    ],
)
def test_a_request_told_by_a_noun(text, lang, expected):
    found = [f for f in events(text, lang) if f["kind"] == "request"]
    assert [(f.get("agent"), f.get("theme")) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("La France a déployé 200 soldats au Nord du Mali.", "fr", "Nord du Mali"),
        ("Britain deployed 200 troops to the North of Mali.", "en", "North of Mali"),
        ("La France a déployé 200 soldats dans le nord du Mali.", "fr", "nord du Mali"),
    ],
)
def test_a_direction_keeps_what_it_is_the_direction_of(text, lang, place):
    assert [f.get("destination") for f in events(text, lang)] == [place]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("U.S. troops were deployed to Poland.", "U.S."),
        ("Polish troops were deployed to Lithuania, Poland's neighbour.", "Poland"),
        # the article never names the country: read from the nationality (derived, never asked)
        ("Polish troops were deployed to Lithuania.", "Poland"),
    ],
)
def test_forces_come_from_their_country_as_the_article_names_it(text, agent):
    assert [f.get("agent") for f in events(text, "en")] == [agent]


def package_facts(text: str, lang: str) -> list[tuple]:
    article = parse_article(f"title: T\n---\n{text}", slug="t")
    found = extract_facts(article, parse(article, lang), lang)
    return [
        (roles(f).get("agent"), roles(f).get("theme"), roles(f).get("recipient")) for f in found if f.kind == "transfer"
    ]


def test_the_items_a_package_lists_are_given_by_its_giver_to_its_receiver():
    text = (
        "The United States announced a new $400 million package for Ukraine on Friday.\n\n"
        "The package includes:\n\n- 20 Bradley infantry fighting vehicles;\n- 5,000 rounds of artillery ammunition.\n\n"
        "The Pentagon said more would come."
    )
    assert package_facts(text, "en") == [
        ("United States", "new $400 million package", "Ukraine"),
        ("United States", "20 Bradley infantry fighting vehicles", "Ukraine"),
        ("United States", "5,000 rounds of artillery ammunition", "Ukraine"),
    ]


def test_a_french_list_after_ce_fret_comprend():
    text = (
        "La France a livré une aide humanitaire au Liban.\n\nCe fret comprend :\n\n- 12 tentes ;\n- 500 couvertures.\n\n"
        "Le ministre a salué les équipes mobilisées pour cette opération."
    )
    assert package_facts(text, "fr") == [
        ("France", "aide humanitaire", "Liban"),
        ("France", "12 tentes", "Liban"),
        ("France", "500 couvertures", "Liban"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list that follows no package, a package of sanctions: no gift
        ("Les ministres ont discuté :\n\n- de la sécurité ;\n- de l'énergie.", []),
        ("The EU announced a package of sanctions against Russia.", []),
    ],
)
def test_lists_and_packages_that_give_nothing(text, expected):
    lang = "fr" if "ministres" in text else "en"
    assert package_facts(text, lang) == expected


def test_a_quotation_mark_the_parser_took_for_the_noun_is_no_part_of_it():
    text = "La France a livré 33 tonnes de fret à l'Ukraine.\n\nCe fret comporte un « poste sanitaire mobile » composé de médicaments."
    assert package_facts(text, "fr")[1] == ("France", "poste sanitaire mobile", "Ukraine")


def test_names_after_a_place_that_are_the_next_clauses_subjects_are_no_list():
    text = "Le Danemark a déployé des avions en Lituanie, et l'Espagne et l'Italie ont déployé des frégates."
    assert [f.get("destination") for f in events(text)][0] == "Lituanie"


def test_troops_sent_with_a_gift_are_deployed_not_given():
    text = (
        "La Turquie a fourni à l’Ukraine des drones antichars, tandis que le Royaume-Uni a expédié des missiles "
        "antichars à l’Ukraine ainsi que des troupes pour former les forces ukrainiennes, Le gardien signalé."
    )
    found = [(f["kind"], f.get("theme"), f.get("recipient"), f.get("destination")) for f in events(text)]
    assert ("deployment", "troupes", None, "Ukraine") in found
    assert not [f for f in found if f[0] == "transfer" and f[1] == "troupes"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "À la demande du gouvernement libanais, la France a envoyé 50 tonnes de vivres au Liban.",
            "fr",
            [("gouvernement libanais", "vivres", "France", None)],
        ),
        (
            "La France a déployé 200 soldats au Mali à la demande des autorités maliennes.",
            "fr",
            [("autorités maliennes", "soldats", "France", None)],
        ),
        (
            "At the request of the Lebanese government, France sent 50 tonnes of food to Lebanon.",
            "en",
            [("Lebanese government", "food", "France", None)],
        ),
        # nothing given in the clause, or a request answered: no request read into the clause
        ("À la demande du gouvernement libanais, la réunion a été reportée.", "fr", []),
        (
            "Le gouvernement français a répondu à la demande du gouvernement philippin en dépêchant des secouristes aux Philippines.",
            "fr",
            [],
        ),
    ],
)
def test_what_a_clause_gives_at_someones_request_was_asked_by_them(text, lang, expected):
    found = [f for f in facts_of(text, lang) if f.kind == "request"]
    assert [(*(roles(f).get(k) for k in ("agent", "theme", "recipient", "quantity")),) for f in found] == expected


def test_a_heading_after_a_list_is_no_item():
    text = (
        "La France a livré une aide humanitaire au Liban.\n\nCe fret comprend :\n\n500 couvertures ;\n\nContacts presse"
    )
    assert [theme for _, theme, _ in package_facts(text, "fr")] == ["aide humanitaire", "500 couvertures"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pentagon has ordered 3,000 troops to the Middle East.", [("deployment", "Pentagon", "3,000 troops")]),
        ("The Red Cross distributed food to 10,000 families in Gaza.", [("transfer", "Red Cross", "food")]),
        # an order of anything but forces is no deployment
        ("The judge ordered a new trial for the defendant.", []),
        ("The minister ordered an inquiry into the crash.", []),
    ],
)
def test_forces_ordered_somewhere_and_aid_distributed(text, expected):
    assert [(f["kind"], f.get("agent"), f.get("theme")) for f in events(text, "en")] == expected


def test_aid_handed_out_by_an_intermediary_is_given_by_its_owner():
    text = "U.S. food aid is distributed by the United Nations World Food Program to Somalia."
    assert [(f.get("agent"), f.get("recipient")) for f in events(text, "en")] == [("U.S.", "Somalia")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministère des Armées a annoncé l'envoi de 150 militaires supplémentaires en Estonie.",
            [("deployment", "150 militaires supplémentaires", "Estonie")],
        ),
        (
            "Près de 200 pompiers français sont arrivés au Canada pour lutter contre les incendies.",
            [("deployment", "pompiers français", "Canada")],
        ),
        # what is sent is no forces: a gift
        (
            "La France a annoncé l'envoi de 20 tonnes de vivres au Liban.",
            [("transfer", "20 tonnes de vivres", None)],
        ),
    ],
)
def test_forces_sent_by_a_noun_or_arriving_with_their_count(text, expected):
    assert [(f["kind"], f.get("theme"), f.get("destination")) for f in events(text)] == expected


def test_a_day_between_an_inverted_verb_of_saying_and_its_speaker():
    text = (
        "Quelque deux millions de réfugiés font face à une grave baisse de l’assistance alimentaire, "
        "ont averti, lundi, le Programme alimentaire mondial et le Haut-Commissariat aux réfugiés."
    )
    assert [q[0] for q in quotes(text, "fr")] == ["Programme alimentaire mondial"]


# -- constructions found behind the misses of the half of the devset not read before (session 2026-12-02);
# every sentence invented, each rule with sentences where it must not fire


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # « mettre à (la) disposition (de X) » is « fournir »; people put at someone's disposal are sent
        ("La Belgique a mis à disposition vingt tentes.", "fr", [("transfer", "Belgique", "vingt tentes", None)]),
        ("Des tentes ont été mises à disposition par le Danemark.", "fr", [("transfer", "Danemark", "tentes", None)]),
        (
            "Le Portugal met à la disposition du Maroc deux camions-citernes.",
            "fr",
            [("transfer", "Portugal", "deux camions-citernes", "Maroc")],
        ),
        # people put at someone's disposal are sent, and with no place said they are left out
        ("L’Espagne a mis à disposition une équipe de 40 pompiers.", "fr", []),
        (
            "L’Espagne a mis à disposition une équipe de 40 pompiers au Portugal.",
            "fr",
            [("deployment", "Espagne", "équipe de 40 pompiers", "Portugal")],
        ),
        # « mettre » alone, or « à disposition » of something else, gives nothing
        ("Le ministre a mis fin à la mission.", "fr", []),
        ("Les résultats sont à disposition du public.", "fr", []),
    ],
)
def test_putting_at_someones_disposal_is_giving(text, lang, expected):
    found = events(text, lang)
    got = [(f["kind"], f.get("agent"), f.get("theme"), f.get("recipient") or f.get("destination")) for f in found]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ces vivres ont été acheminés par l’intermédiaire du Programme alimentaire mondial.", "fr"),
        ("Les couvertures seront distribuées par le biais des associations locales.", "fr"),
        ("The blankets were delivered by means of a civil protection mechanism.", "en"),
    ],
)
def test_the_channel_something_went_through_is_no_giver(text, lang):
    found = events(text, lang)
    assert all(f.get("agent") is None for f in found)


def test_the_named_giver_still_gives_beside_the_channel():
    text = "La Suède a livré des tentes au Liban par l’intermédiaire de la Croix-Rouge."
    assert [(f.get("agent"), f.get("recipient")) for f in events(text)] == [("Suède", "Liban")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a country is no thing given: « est mobilisée » says it acts, not that it was handed over
        ("La Suède est mobilisée pour aider les réfugiés du Soudan.", "fr"),
        ("Norway was mobilised to help the refugees.", "en"),
        # the subject of « être » is what the sentence is about, not who gives
        ("L’objectif est de fournir des tentes aux familles.", "fr"),
        ("The goal is to provide tents to the families.", "en"),
    ],
)
def test_no_giver_from_a_copula_and_no_country_as_gift(text, lang):
    found = events(text, lang)
    assert all(f.get("agent") is None and f.get("theme") not in ("Suède", "Norway") for f in found)


def test_a_giver_who_is_the_subject_of_a_real_verb_still_gives_through_its_purpose():
    text = "La Suède a débloqué des fonds pour fournir des tentes aux familles."
    assert ("Suède", "tentes", "familles") in [
        (f.get("agent"), f.get("theme"), f.get("recipient")) for f in events(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agency the small English model tags as a modifier of the verb is still its subject
        (
            "USAID will work with partners to provide logistics support to humanitarian organizations.",
            ("USAID", "logistics support", "humanitarian organizations"),
        ),
        (
            "UNICEF will deliver vaccines to the health ministry.",
            ("UNICEF", "vaccines", "health ministry"),
        ),
    ],
)
def test_an_agency_read_as_a_modifier_is_the_subject(text, expected):
    found = events(text, "en")
    assert expected in [(f.get("agent"), f.get("theme"), f.get("recipient")) for f in found]


def test_a_time_word_before_the_verb_is_no_subject():
    found = events("Yesterday will deliver vaccines to the ministry.", "en")
    assert all(f.get("agent") is None for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces a body owns were sent by that body
        ("Des sauveteurs de la Croix-Rouge ont été envoyés au Maroc.", ("Croix-Rouge", "Maroc")),
        ("Des médecins de l’OMS ont été déployés au Soudan.", ("OMS", "Soudan")),
        # a place they come from owns nothing
        ("Des sauveteurs de Marseille ont été envoyés au Maroc.", (None, "Maroc")),
    ],
)
def test_forces_sent_without_a_by_phrase_are_sent_by_their_owner(text, expected):
    found = [f for f in events(text) if f["kind"] == "deployment"]
    assert [(f.get("agent"), f.get("destination")) for f in found] == [expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the headline names givers and the place of the story: the place is where teams go
        ("Séisme au Népal : l’Inde, la Chine et le Japon envoient des secours", "Népal"),
        # two places of a story, or none after a preposition: no guess
        ("L’Inde, la Chine et le Japon aident le Népal et le Bhoutan", None),
    ],
)
def test_a_team_sent_without_a_place_goes_to_the_place_the_headline_names(title, expected):
    body = (
        "L’Inde, la Chine et le Japon soutiennent le Népal et le Bhoutan. "
        "Le Japon a envoyé une équipe de 40 sauveteurs."
    )
    found = [f for f in events_with_header(f"title: {title}", body, "fr") if f["kind"] == "deployment"]
    assert [(f.get("agent"), f.get("destination")) for f in found] == ([("Japon", expected)] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people a nationality says a state sent; a day the tagger read as a verb keeps the place off
        (
            "La France aide la Guinée. Cinq experts français sont arrivés jeudi à Conakry.",
            [("deployment", "Conakry", "asserted")],
        ),
        # « personnels » read as an adjective of « français »: still the French staff, engaged, not promised
        (
            "La France aide le Tchad. Au 3 mars, 300 personnels français sont engagés sur le terrain au Tchad.",
            [("deployment", "Tchad", "asserted")],
        ),
        # experts without a nationality are a panel, not a team sent
        ("Des experts estiment que la crise va durer.", []),
        ("Les experts du GIEC sont arrivés à Paris.", []),
    ],
)
def test_experts_and_staff_of_a_nationality_are_sent(text, expected):
    found = [f for f in facts_of(text) if f.kind in KINDS]
    assert [(f.kind, roles(f).get("destination"), f.modality) for f in found] == expected


def test_staff_engaged_somewhere_are_deployed_by_their_country():
    text = "La France aide le Tchad. Au 3 mars, 300 personnels français sont engagés sur le terrain au Tchad."
    assert [roles(f).get("agent") for f in facts_of(text) if f.kind == "deployment"] == ["France"]


def test_a_promise_to_help_is_still_a_promise():
    found = facts_of("La France s’est engagée à livrer 20 tonnes de vivres au Liban.")
    assert [f.modality for f in found if f.kind == "transfer"] == ["promised"]


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        # a gift the sentence spreads over the world is not the country the article is about
        (
            "Kenya received 2 million doses. The President pledged to donate 500 million doses worldwide.",
            "en",
            None,
        ),
        (
            "Le Kenya a reçu 2 millions de doses. La France a promis de donner 50 millions de doses dans le monde.",
            "fr",
            None,
        ),
        # without such a word the article's country still receives
        ("Kenya received 2 million doses. The President pledged to donate 500,000 doses.", "en", "Kenya"),
    ],
)
def test_a_worldwide_gift_gets_no_receiver_from_the_headline(body, lang, expected):
    title = "title: Vaccines for Kenya" if lang == "en" else "title: Des vaccins pour le Kenya"
    found = [f for f in events_with_header(title, body, lang) if f["kind"] == "transfer" and f.get("agent")]
    assert [f.get("recipient") for f in found][-1:] == [expected]


def test_the_address_of_a_part_is_not_the_whole_gifts():
    text = (
        "La Suède a apporté une aide de 30 millions d'euros destinée aux Nations unies, "
        "dont 10 millions dédiés aux besoins des populations à Goma."
    )
    found = [f for f in facts_of(text) if f.kind == "transfer"]
    assert [roles(f).get("recipient") for f in found] == ["Nations unies"]
    assert all(roles(f).get("theme") != "dont" for f in facts_of(text))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Un traité empêche le déploiement permanent de troupes en Pologne.", "fr", []),
        ("The treaty bars the deployment of troops to Poland.", "en", []),
        # a deployment begun or announced is one
        ("L’armée a commencé le déploiement de 300 soldats en Pologne.", "fr", ["Pologne"]),
    ],
)
def test_a_deployment_prevented_is_none(text, lang, expected):
    assert [f.get("destination") for f in events(text, lang) if f["kind"] == "deployment"] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the receiver is the subject; the giver follows « de (la part de) » / "from"
        (
            "Le Niger a reçu 20 tonnes de vivres de la part de l’Union européenne.",
            "fr",
            [("Union européenne", "20 tonnes de vivres", "Niger")],
        ),
        ("Le Tchad recevra 500 tentes du Japon.", "fr", [("Japon", "500 tentes", "Tchad")]),
        ("Le Liban a reçu une aide de 3 millions d’euros.", "fr", [(None, "aide de 3 millions d’euros", "Liban")]),
        (
            "Le Mali bénéficie d’un don de 2 millions d’euros de la Suède.",
            "fr",
            [("Suède", "don de 2 millions d’euros", "Mali")],
        ),
        (
            "Chad will receive $25 million in assistance from Japan.",
            "en",
            [("Japan", "$25 million in assistance", "Chad")],
        ),
        ("Nepal received 300 tents from India.", "en", [("India", "300 tents", "Nepal")]),
        # what is received is no gift: votes, a call, a visit, an award, people taken in
        ("Le candidat a reçu 6,7 millions de voix.", "fr", []),
        ("John Mahama a reçu 6,2 millions de voix.", "fr", []),
        ("Le Ghana a reçu 2 millions de visiteurs.", "fr", []),
        ("Le Ghana a reçu 2 millions de doses de vaccin.", "fr", [(None, "2 millions de doses de vaccin", "Ghana")]),
        ("Le président a reçu un appel du Premier ministre.", "fr", []),
        ("Akufo-Addo received 6.7 million votes.", "en", []),
        ("The hospital received 50 wounded soldiers.", "en", []),
        ("The minister received the award from the king.", "en", []),
    ],
)
def test_what_a_country_receives_is_given_to_it(text, lang, expected):
    found = [f for f in events(text, lang) if f["kind"] == "transfer"]
    assert [(f.get("agent"), f.get("theme"), f.get("recipient")) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # light verbs: the idiom's noun is part of the verb, what follows it is given
        (
            "La France a fait don de 50 000 doses de vaccin au Sénégal.",
            "fr",
            [("transfer", "France", "50 000 doses de vaccin", "Sénégal")],
        ),
        (
            "La France a fait parvenir 20 tonnes de vivres au Liban.",
            "fr",
            [("transfer", "France", "20 tonnes de vivres", "Liban")],
        ),
        ("Japan made a donation of 500 tents to Nepal.", "en", [("transfer", "Japan", "500 tents", "Nepal")]),
        # a letter or a message sent is no gift
        ("Le ministre a envoyé une lettre au président.", "fr", []),
        ("The minister sent a message to the king.", "en", []),
        ("Le ministre a fait une déclaration.", "fr", []),
        # a currency of the table is money, counted with its amount
        (
            "La Norvège versera 30 millions de couronnes au PAM.",
            "fr",
            [("transfer", "Norvège", "30 millions de couronnes", "PAM")],
        ),
        # the parser's slips: a giver hung on the receivers, a receiver hung on a name read as a clause,
        # a two-word force (« Casques bleus ») read with its adjective as the noun
        (
            "Des kits d’hygiène ont été distribués à 5 000 familles par la Croix-Rouge.",
            "fr",
            [("transfer", "Croix-Rouge", "kits d’hygiène", "5 000 familles")],
        ),
        (
            "Le Royaume-Uni fournira 14 chars Challenger 2 à l’Ukraine.",
            "fr",
            [("transfer", "Royaume-Uni", "14 chars", "Ukraine")],
        ),
        (
            "Des Casques bleus indiens seront déployés au Soudan du Sud.",
            "fr",
            [("deployment", "Inde", "Casques bleus indiens", "Soudan du Sud")],
        ),
    ],
)
def test_light_verbs_messages_currencies_and_parser_slips(text, lang, expected):
    found = events(text, lang)
    got = [(f["kind"], f.get("agent"), f.get("theme"), f.get("recipient") or f.get("destination")) for f in found]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # who is asked, hung on what is asked
        ("Le Maroc a sollicité l’aide de l’Espagne.", "fr", ("Maroc", "aide", "Espagne")),
        (
            "Kiev réclame davantage de munitions aux Occidentaux.",
            "fr",
            ("Kiev", "davantage de munitions", "Occidentaux"),
        ),
        ("Libya requested the assistance of the European Union.", "en", ("Libya", "assistance", "European Union")),
        # what is asked is no aid, « de » names no one asked
        (
            "Le Maroc a demandé le départ de l’ambassadeur de France.",
            "fr",
            ("Maroc", "départ de l’ambassadeur de France", None),
        ),
    ],
)
def test_who_is_asked_may_hang_on_what_is_asked(text, lang, expected):
    found = [f for f in events(text, lang) if f["kind"] == "request"]
    assert [(f.get("agent"), f.get("theme"), f.get("recipient")) for f in found] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the pronoun opening what a named body said it would do is that body
        (
            "The Pentagon said it would send 300 more troops to the Middle East.",
            "en",
            ("deployment", "Pentagon", "Middle East"),
        ),
        ("Le Japon a annoncé qu’il enverrait 300 soldats au Soudan.", "fr", ("deployment", "Japon", "Soudan")),
        # "make available", the thing inside the small clause and the receiver on the adjective
        ("The Netherlands made 500 tents available to Libya.", "en", ("transfer", "Netherlands", "Libya")),
        # a team made of rescuers the table knows is a team sent
        ("A team of 30 Italian firefighters arrived in Athens on Tuesday.", "en", ("deployment", None, "Athens")),
    ],
)
def test_reported_pronouns_make_available_and_teams_of_rescuers(text, lang, expected):
    found = events(text, lang)
    kind, agent, place = expected
    got = [(f["kind"], f.get("recipient") or f.get("destination")) for f in found]
    assert got == [(kind, place)]
    if agent is not None:
        assert found[0].get("agent") == agent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It will send 300 troops to Poland.", "en"),  # no one said it: the pronoun names no one
        ("The minister made clear that the talks failed.", "en"),
        ("The report made the situation clear to donors.", "en"),
    ],
)
def test_no_giver_from_a_lone_pronoun_and_no_gift_from_making_clear(text, lang):
    assert all(f.kind != "transfer" for f in facts_of(text, lang))
    # a pronoun no one said is never asked about (the fact keeps it, marked vague)
    assert all(f.agent is None or f.agent.vague for f in facts_of(text, lang))
    assert not [q for q in questions_of(text, lang) if q.role == "agent"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the errand flown carries the place
        (
            "The helicopters flew relief missions to Muzaffarabad.",
            "en",
            [("deployment", None, "Muzaffarabad")],
        ),
        ("The pilots flew kites to the beach.", "en", []),
        # « on » names no one
        ("À quatre écoles, on leur fournit des tentes.", "fr", [("transfer", None, None)]),
    ],
)
def test_errands_flown_and_the_impersonal_subject(text, lang, expected):
    found = events(text, lang)
    got = [(f["kind"], f.get("agent"), f.get("destination")) for f in found]
    assert got == expected


def test_forces_flown_to_people_in_a_place_go_to_the_place():
    text = "The helicopters are flying relief missions to flood-stricken villages in Bangladesh."
    assert [(f["kind"], f.get("destination")) for f in events(text, "en")] == [("deployment", "Bangladesh")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # support with an amount is money given to the one supported
        (
            "La Suisse soutient le CICR à hauteur de 5 millions de francs.",
            "fr",
            [("transfer", "Suisse", "5 millions de francs", "CICR")],
        ),
        ("Canada supports UNICEF with $5 million.", "en", [("transfer", "Canada", "$5 million", "UNICEF")]),
        ("La Suisse soutient le CICR dans son action.", "fr", []),
        ("La France soutient le Niger avec 2 millions de personnes déplacées.", "fr", []),
        ("Canada supports the proposal.", "en", []),
        # a place the parser read as a clause, a receiver hung on an adjective-like participle
        (
            "La frégate Normandie a été envoyée en mer Rouge.",
            "fr",
            [("deployment", None, "frégate Normandie", "mer Rouge")],
        ),
        (
            "L’Allemagne s’est engagée à livrer 40 véhicules blindés à l’Ukraine.",
            "fr",
            [("transfer", "Allemagne", "40 véhicules", "Ukraine")],
        ),
        # … but where goods were stored or bought is no receiver
        ("La France a livré des vivres stockés à Marseille.", "fr", [("transfer", "France", "vivres", None)]),
        ("La France a livré des vivres achetés au Kenya.", "fr", [("transfer", "France", "vivres", None)]),
    ],
)
def test_support_with_an_amount_and_places_the_parser_misplaced(text, lang, expected):
    found = events(text, lang)
    got = [(f["kind"], f.get("agent"), f.get("theme"), f.get("recipient") or f.get("destination")) for f in found]
    assert got == expected


def test_remarks_announced_are_the_speakers_sentence_by_sentence():
    text = (
        "Today Ambassador Maria Lopez visited the port of Tyre.\n\n"
        "Below are Ambassador Lopez’s remarks from the event.\n\n"
        "This equipment will help the army protect the border. We are proud of our partnership.\n\n"
        "Press contacts\n\n"
        "The embassy thanks the port authority for its help."
    )
    found = quotes(text, "en")
    assert [q[1] for q in found] == [
        "This equipment will help the army protect the border.",
        "We are proud of our partnership.",
    ]
    assert {q[0] for q in found} == {"Lopez"}  # the title is no part of the name


def test_discours_announced_in_french():
    text = (
        "La ministre Claire Martin s’est rendue à Beyrouth.\n\n"
        "Voici le discours de Claire Martin :\n\n"
        "Nous sommes aux côtés du peuple libanais depuis le premier jour. La France tiendra ses engagements."
    )
    assert [q[0] for q in quotes(text, "fr")] == ["Claire Martin", "Claire Martin"]


@pytest.mark.parametrize(
    "text",
    [
        # a statement spoken of, not announced: what follows is the article's own voice
        "Ambassador Maria Lopez made a statement on Monday. The port reopened on Tuesday after repairs.",
        "Le discours de Claire Martin a été critiqué. Le port a rouvert mardi après des travaux.",
    ],
)
def test_a_speech_mentioned_is_no_announcement(text):
    lang = "en" if text.startswith("Ambassador") else "fr"
    assert quotes(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le ministère a démenti que des soldats avaient été envoyés au Mali.", "fr"),
        ("The ministry denied that troops had been sent to Mali.", "en"),
    ],
)
def test_what_a_denial_says_was_done_is_not_asserted_nor_asked(text, lang):
    found = [f for f in facts_of(text, lang) if f.kind == "deployment"]
    assert found and all(f.modality == "negated" for f in found)
    # a blank in the sentence as written asserts nothing the article does not; a question would
    assert not [q for q in questions_of(text, lang) if q.fact_kind == "deployment" and q.type == "mcq"]


def test_what_a_speaker_confirms_is_asserted():
    found = [
        f
        for f in facts_of("Le ministère a confirmé que 300 soldats avaient été envoyés au Mali.")
        if f.kind == "deployment"
    ]
    assert [f.modality for f in found] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # idioms of fighting and trying: nothing is handed over or sent
        ("La France a livré un combat acharné pour obtenir cet accord.", "fr", []),
        ("La Russie a déployé des efforts diplomatiques considérables.", "fr", []),
        ("Russia deployed considerable diplomatic efforts.", "en", []),
        ("Le président a envoyé un signal fort à Moscou.", "fr", []),
        # « le long de » is a preposition of place
        (
            "Les troupes russes ont été déployées le long de la frontière ukrainienne.",
            "fr",
            [("deployment", "frontière ukrainienne")],
        ),
    ],
)
def test_fighting_and_trying_are_not_given_and_along_is_a_place(text, lang, expected):
    assert [(f["kind"], f.get("destination")) for f in events(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister gave a speech to parliament.", "en"),
        ("Russia gave Ukraine an ultimatum.", "en"),
        ("Protesters gave the police a petition.", "en"),
        ("The army deployed tear gas against protesters in the capital.", "en"),
        ("La Russie a adressé un ultimatum à l’Ukraine.", "fr"),
        ("Le ministre a donné son feu vert au projet.", "fr"),
    ],
)
def test_words_given_are_no_gift(text, lang):
    assert events(text, lang) == []


def test_forces_not_sent_are_negated():
    [fact] = [f for f in facts_of("The U.S. has not sent troops to Niger.", "en") if f.kind == "deployment"]
    assert fact.modality == "negated"


def test_doses_received_are_given_whatever_the_lemmatiser_makes_of_them():
    found = [f for f in events("Nepal received 2 million doses from India.", "en") if f["kind"] == "transfer"]
    assert [(f.get("agent"), f.get("recipient")) for f in found] == [("India", "Nepal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # leaving a port for a sea: forces go where « pour » says, not where they left
        (
            "Le porte-avions Charles de Gaulle a quitté Toulon pour la Méditerranée orientale.",
            [("deployment", "Méditerranée")],
        ),
        ("Les soldats ont quitté le Mali.", []),
        ("Le ministre a quitté Paris pour Berlin.", []),
    ],
)
def test_forces_leaving_for_a_place_go_there(text, expected):
    assert [(f["kind"], f.get("destination")) for f in events(text)] == expected


def test_the_relieved_forces_read_as_a_second_subject_still_say_where_the_newcomers_go():
    found = events("Un bataillon belge relèvera le contingent français au Mali en juin.")
    assert [(f["kind"], f.get("theme"), f.get("destination")) for f in found] == [
        ("deployment", "bataillon belge", "Mali")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # weapons and aircraft named by their type are forces and equipment
        (
            "Deux Rafale ont été projetés en Roumanie dans le cadre de la mission Aigle.",
            "fr",
            [("deployment", "Roumanie")],
        ),
        ("Four F-16 were deployed to Poland.", "en", [("deployment", "Poland")]),
        # the common word is no aircraft
        ("Une rafale de vent a emporté les tentes.", "fr", []),
    ],
)
def test_platforms_by_their_type_name(text, lang, expected):
    assert [(f["kind"], f.get("destination")) for f in events(text, lang)] == expected


def test_a_day_a_nationality_and_a_title_are_no_part_of_a_name():
    text = "Today American Ambassador David Hale presided over the delivery of $25 million in assistance to the army."
    assert [f.get("agent") for f in events(text, "en") if f["kind"] == "transfer"] == ["David Hale"]


def test_the_aim_of_a_copula_read_as_the_root_gives_nothing():
    text = "L’objectif est de mobiliser des fonds pour la réponse humanitaire à la crise des réfugiés."
    assert all(f.get("agent") is None for f in events(text))


@pytest.mark.parametrize(
    ("text", "lang", "agent"),
    [
        ("L’armée a commencé le déploiement de 300 soldats en Pologne.", "fr", "armée"),
        ("The U.S. Army has begun unit deployments in Europe.", "en", "U.S. Army"),
        # who condemns or describes a deployment did not make it
        ("Russia condemned the deployment of NATO troops in Poland.", "en", None),
    ],
)
def test_who_deploys_what_a_noun_names_is_who_carries_it_out(text, lang, agent):
    found = [f for f in events(text, lang) if f["kind"] == "deployment"]
    assert [f.get("agent") for f in found] == [agent]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany and Finland have offered assistance in the form of tents, generators and blankets.", "en"),
        ("Des équipements médicaux ont été mis à disposition par la Belgique et les Pays-Bas.", "fr"),
    ],
)
def test_givers_of_one_sentence_are_not_each_others_receivers(text, lang):
    found = [f for f in events(text, lang) if f["kind"] == "transfer"]
    assert len(found) == 2
    assert all(f.get("recipient") is None for f in found)


@pytest.mark.parametrize(
    ("text", "lang", "agents"),
    [
        (
            "L'Espagne, le Portugal et la Grèce ont envoyé des tentes au Maroc.",
            "fr",
            ["Espagne", "Portugal", "Grèce"],
        ),
        ("Germany, Romania and Finland sent tents to Libya.", "en", ["Germany", "Romania", "Finland"]),
        # an apposition between commas is no second giver
        ("Le Portugal, pays voisin, a envoyé des tentes au Maroc.", "fr", ["Portugal"]),
    ],
)
def test_each_name_of_a_listed_subject_gives(text, lang, agents):
    assert [f.get("agent") for f in events(text, lang) if f["kind"] == "transfer"] == agents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Grèce a proposé des tentes et des couvertures au Maroc.",
            [("Grèce", "tentes et des couvertures", "Maroc")],
        ),
        ("La Belgique a proposé 20 tonnes de vivres.", [("Belgique", "20 tonnes de vivres", None)]),
        # a plan, a resolution, a date are proposed, not given
        ("La France a proposé un plan de paix à l'Ukraine.", []),
        ("Le Japon propose une résolution au Conseil de sécurité.", []),
        ("Le médiateur a proposé une nouvelle date aux deux parties.", []),
    ],
)
def test_an_offer_of_goods_is_a_promised_gift(text, expected):
    found = [f for f in facts_of(text) if f.kind == "transfer"]
    assert [(r.get("agent"), r.get("theme"), r.get("recipient")) for r in map(roles, found)] == expected
    assert all(f.modality == "promised" for f in found)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La Suisse a décidé de porter à 8 millions de francs le volume de son assistance au Bangladesh.",
            "fr",
            ("Suisse", "son assistance", "8 millions de francs", "Bangladesh"),
        ),
        (
            "Le Canada a porté son aide à la Syrie à 30 millions de dollars.",
            "fr",
            ("Canada", "son aide", "30 millions de dollars", "Syrie"),
        ),
        ("Japan raised its aid to Nepal to $5 million.", "en", ("Japan", "its aid", "$5 million", "Nepal")),
        # a thing that raises the total gives nothing: the giver is left to the article
        (
            "The new funding brings the total aid package for Chad to £60 million.",
            "en",
            (None, "total aid package", "£60 million", "Chad"),
        ),
    ],
)
def test_aid_brought_to_a_new_total_is_given_with_that_amount(text, lang, expected):
    found = [roles(f) for f in facts_of(text, lang) if f.kind == "transfer"]
    assert [(r.get("agent"), r.get("theme"), r.get("quantity"), r.get("recipient")) for r in found] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le gouvernement a porté à 50 milliards le budget de l'armée.", "fr"),
        ("Le séisme a porté le bilan à 40 morts.", "fr"),
        ("Les pompiers ont porté secours aux victimes.", "fr"),
        ("The storm brought the death toll to 40.", "en"),
        ("The government raised the defence budget to $50 billion.", "en"),
    ],
)
def test_a_total_that_is_no_aid_is_no_gift(text, lang):
    assert [f for f in events(text, lang) if f["kind"] == "transfer"] == []


@pytest.mark.parametrize(
    ("text", "lang", "theme"),
    [
        ("L'Allemagne a apporté une aide sous la forme de tentes et de couvertures.", "fr", "tentes et de couvertures"),
        ("Japan sent aid in the form of cash.", "en", "cash"),
    ],
)
def test_what_an_aid_was_given_in_the_form_of_is_the_gift(text, lang, theme):
    assert [f.get("theme") for f in events(text, lang) if f["kind"] == "transfer"] == [theme]


@pytest.mark.parametrize(
    ("text", "lang", "themes"),
    [
        ("Japan sent tents, generators and blankets to Turkey.", "en", ["tents, generators and blankets"]),
        (
            "La France a envoyé des tentes, des couvertures et des médicaments au Maroc.",
            "fr",
            ["tentes, des couvertures et des médicaments"],
        ),
        # counted items are each a gift of their own
        (
            "Japan sent 300 tents, 20 generators and 500 blankets to Turkey.",
            "en",
            ["300 tents", "20 generators", "500 blankets"],
        ),
        # an apposition or a clause after the comma is no item of the list
        ("The US sent aid to Kyiv, the capital, on Monday.", "en", ["aid"]),
        (
            "L'Allemagne fournira un hôpital de campagne, mais le pays reste prudent.",
            "fr",
            ["hôpital de campagne"],
        ),
    ],
)
def test_a_list_of_things_given_is_given_whole(text, lang, themes):
    assert [f.get("theme") for f in events(text, lang) if f["kind"] == "transfer"] == themes


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Une trentaine de militaires belges sont présents au Mali depuis 2013.",
            "fr",
            [("deployment", "trentaine de militaires belges", "Mali")],
        ),
        ("Une centaine de pompiers ont été envoyés en Grèce.", "fr", [("deployment", "centaine de pompiers", "Grèce")]),
        ("Dozens of firefighters were sent to Greece.", "en", [("deployment", "Dozens of firefighters", "Greece")]),
        # a rough count of people who are no forces deploys nothing
        ("Des dizaines de milliers de personnes ont manifesté à Paris.", "fr", []),
        ("Une vingtaine de supporters sont présents au stade.", "fr", []),
    ],
)
def test_a_rough_count_of_forces_is_forces(text, lang, expected):
    assert [(f["kind"], f.get("theme"), f.get("destination")) for f in events(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le gouvernement mobilise une vingtaine de réservistes, qui se relaieront pendant trois mois en Guinée.",
            "fr",
            [("deployment", "vingtaine de réservistes", "Guinée")],
        ),
        ("La Banque mondiale a envoyé 20 experts en Guinée.", "fr", [("deployment", "20 experts", "Guinée")]),
        (
            "La France a envoyé 20 soldats, qui seront déployés en Estonie.",
            "fr",
            [("deployment", "20 soldats", "Estonie")],
        ),
        # where they fought before is not where they are sent: with no place, they are left out
        ("La France a envoyé 20 soldats, qui ont combattu en Irak.", "fr", []),
    ],
)
def test_staff_sent_are_deployed_where_they_will_be(text, lang, expected):
    assert [(f["kind"], f.get("theme"), f.get("destination")) for f in events(text, lang)] == expected


def test_the_day_before_a_place_does_not_hide_it():
    found = events("Cinq experts français sont arrivés le jeudi 4 septembre à Conakry.")
    assert [(f["kind"], f.get("destination")) for f in found] == [("deployment", "Conakry")]


def test_forces_broken_down_after_a_colon_are_each_deployed():
    text = (
        "Séisme : la France aide le Népal\n\nLa France aide le Népal. 775 personnels français sont engagés "
        "au Népal : 535 personnels du ministère de l'Intérieur, 216 militaires et 24 agents de renfort "
        "du ministère de la Santé."
    )
    found = [(f.get("agent"), f.get("theme"), f.get("destination")) for f in events(text)]
    assert found == [
        ("France", "775 personnels français", "Népal"),
        ("ministère de l'Intérieur", "535 personnels", "Népal"),
        ("France", "216 militaires", "Népal"),
        ("ministère de la Santé", "24 agents de renfort", "Népal"),
    ]


@pytest.mark.parametrize(
    ("text", "themes"),
    [
        # one count after the colon explains, it does not break the whole down
        ("La France a déployé 300 soldats au Mali : ils protègent 12 bases.", ["300 soldats"]),
        ("La France a déployé 300 soldats au Mali (dont 20 médecins).", ["300 soldats"]),
        # counts of things that are no forces are no part of them
        ("La France a déployé 300 soldats au Mali : 12 bases, 40 véhicules de transport.", ["300 soldats"]),
    ],
)
def test_what_follows_a_colon_is_a_breakdown_only_of_forces(text, themes):
    assert [f.get("theme") for f in events(text) if f["kind"] == "deployment"] == themes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un renfort de 148 personnes est en cours de déploiement en Haïti.",
            [("deployment", "renfort de 148 personnes", "Haïti")],
        ),
        (
            "20 tonnes de vivres sont en cours d'acheminement vers Gaza.",
            [("transfer", "20 tonnes de vivres", "Gaza")],
        ),
        # what is under way is no deployment unless it is forces, no gift unless it is aid or goods
        ("Le projet est en cours de déploiement en Afrique.", []),
        ("Le pont est en cours de construction au Laos.", []),
    ],
)
def test_forces_or_aid_under_way(text, expected):
    found = [(f["kind"], f.get("theme"), f.get("destination") or f.get("recipient")) for f in events(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les moyens\n\nA la date du 25 janvier, 300 soldats français sont engagés au Mali.", "fr"),
        ("Forces\n\nA total of 300 British troops are stationed in Estonia.", "en"),
    ],
)
def test_a_paragraphs_first_word_is_no_sentence_of_its_own(text, lang):
    article = parse_article(text, slug="t")
    doc = parse(article, lang)
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Les" if lang == "fr" else "Forces", "A"]
    assert [f.kind for f in extract_facts(article, doc, lang) if f.kind == "deployment"] == ["deployment"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Les quatre avions affrétés par la Croix-Rouge ont permis d'acheminer 80 tonnes de vivres au Niger.",
            "fr",
            [("Croix-Rouge", "80 tonnes de vivres", "Niger")],
        ),
        (
            "Two planes chartered by the UN delivered 40 tonnes of food to Haiti.",
            "en",
            [("UN", "40 tonnes of food", "Haiti")],
        ),
        # a vehicle nobody is said to have put to work gives nothing itself
        (
            "Deux vols humanitaires fourniront 30 tonnes d'aide d'urgence au Soudan.",
            "fr",
            [(None, "30 tonnes d'aide d'urgence", "Soudan")],
        ),
    ],
)
def test_who_put_a_vehicle_to_work_gives_what_it_carries(text, lang, expected):
    found = [f for f in events(text, lang) if f["kind"] == "transfer"]
    assert [(f.get("agent"), f.get("theme"), f.get("recipient")) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les camions transportent 20 tonnes de vivres vers Gaza.", "fr", ["20 tonnes de vivres"]),
        ("The trucks carried 20 tonnes of food to Gaza.", "en", ["20 tonnes of food"]),
        # people, a flag: carried, not given
        ("Le bus transportait 40 passagers vers Lyon.", "fr", []),
        ("The bus was carrying 40 passengers to Leeds.", "en", []),
        ("The ship carried the flag of Panama.", "en", []),
    ],
)
def test_goods_carried_are_delivered(text, lang, expected):
    assert [f.get("theme") for f in events(text, lang) if f["kind"] == "transfer"] == expected


@pytest.mark.parametrize(
    ("text", "lang", "themes"),
    [
        (
            "Les avions affrétés par la France ont permis d'acheminer 140 tonnes de matériel et près de "
            "450 personnes en Haïti.",
            "fr",
            ["140 tonnes de matériel"],
        ),
        ("Le Hamas a remis 4 otages à la Croix-Rouge.", "fr", []),
        ("The rebels handed two hostages to the Red Cross.", "en", []),
        ("The planes delivered 300 tents and 40 passengers to Haiti.", "en", ["300 tents"]),
    ],
)
def test_people_are_carried_or_freed_never_given(text, lang, themes):
    assert [f.get("theme") for f in events(text, lang) if f["kind"] == "transfer"] == themes


@pytest.mark.parametrize(
    "header, body, lang",
    [
        (
            GOUV,
            "La France se tient aux côtés du peuple libanais. Le ministre libanais a indiqué que ces médicaments "
            "seraient remis aux hôpitaux du Sud.",
            "fr",
        ),
        (
            "title: Release\nsource: https://mz.usembassy.gov/handover",
            "The United States donated 20 trucks to Mozambique. The minister said the trucks would be sent "
            "to units in Pemba.",
            "en",
        ),
    ],
)
def test_the_publisher_gives_nothing_another_speaker_reports(header, body, lang):
    reported = [f for f in events_with_header(header, body, lang) if "hôpitaux" in str(f) or "Pemba" in str(f)]
    assert all(f.get("agent") is None for f in reported)


def test_what_the_page_itself_says_it_does_is_still_the_publishers():
    body = "La France se tient aux côtés du peuple libanais. Nous avons indiqué que ces médicaments seraient remis au Croissant-Rouge."
    found = events_with_header(GOUV, body, "fr")
    assert ("France", "Croissant-Rouge") in [(f.get("agent"), f.get("recipient")) for f in found]


def test_an_agentless_passive_gift_on_a_publishers_page_is_the_publishers_to_the_headline_country():
    body = (
        "La France se mobilise pour le Népal. Un avion affrété par le Centre de crise a décollé de Roissy. "
        "À son bord, 18 tonnes de fret humanitaire ont été acheminées."
    )
    header = "title: Séisme au Népal : la France envoie une aide\nsource: https://www.diplomatie.gouv.fr/x"
    found = events_with_header(header, body, "fr")
    assert {"kind": "transfer", "agent": "France", "theme": "18 tonnes de fret humanitaire", "recipient": "Népal"} in [
        {k: f.get(k) for k in ("kind", "agent", "theme", "recipient")} for f in found
    ]
    news = "title: Séisme au Népal\nsource: https://www.journal-exemple.fr/monde/nepal"
    assert not [f for f in events_with_header(news, body, "fr") if f.get("theme", "").startswith("18 tonnes")]
