"""French sentences and the facts they must (and must not) yield."""

from __future__ import annotations

import pytest

from .conftest import facts_of, roles


def only(facts, kind):
    return [roles(f) | {"modality": f.modality} for f in facts if f.kind == kind]


TRANSFERS = [
    # simple active transfer, recipient after à, quantity kept with its noun
    (
        "La Pologne a livré 200 chars à l'Ukraine.",
        {"agent": "Pologne", "theme": "200 chars", "quantity": "200", "recipient": "Ukraine"},
    ),
    # recipient before the object (« fournir à X des Y »)
    (
        "La Turquie a fourni à l'Ukraine des drones antichars.",
        {"agent": "Turquie", "theme": "drones antichars", "recipient": "Ukraine"},
    ),
    # au / aux contractions
    (
        "Le Canada a offert des couvertures aux réfugiés syriens.",
        {"agent": "Canada", "theme": "couvertures", "recipient": "réfugiés syriens"},
    ),
    (
        "L'Italie a expédié des médicaments au Liban.",
        {"agent": "Italie", "theme": "médicaments", "recipient": "Liban"},
    ),
    # units: tonnes, milliards de
    (
        "Le Japon a envoyé 33 tonnes de riz au Soudan.",
        {"agent": "Japon", "theme": "33 tonnes de riz", "quantity": "33 tonnes", "recipient": "Soudan"},
    ),
    # typographic apostrophe in the source, kept in what is shown
    (
        "L’Allemagne a fourni 5 000 casques à l’Ukraine.",
        {"agent": "Allemagne", "theme": "5 000 casques", "quantity": "5 000", "recipient": "Ukraine"},
    ),
    # a focus adverb and a leading article are not part of the agent
    (
        "Même la Norvège a donné des vêtements à la Moldavie.",
        {"agent": "Norvège", "theme": "vêtements", "recipient": "Moldavie"},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), TRANSFERS)
def test_transfer(sentence, expected):
    found = only(facts_of(sentence), "transfer")
    assert len(found) == 1, found
    got = found[0]
    for role, value in expected.items():
        assert got.get(role) == value, (role, got)
    assert got["modality"] == "asserted"


def test_future_transfer_is_a_promise():
    [fact] = [f for f in facts_of("L'Espagne fournira un hôpital de campagne à la Tunisie.") if f.kind == "transfer"]
    assert fact.modality == "promised"
    assert roles(fact)["agent"] == "Espagne"


def test_negated_transfer_is_not_stated_as_done():
    found = facts_of("La Suisse ne fournira pas d'armes à l'Ukraine.")
    assert all(f.modality == "negated" for f in found if f.kind == "transfer")


def test_abstract_object_is_not_a_transfer():
    assert only(facts_of("Le ministre a fourni une réponse écrite aux journalistes."), "transfer") == []


DEPLOYMENTS = [
    (
        "Les États-Unis ont déployé six chasseurs à réaction en Estonie.",
        {"agent": "États-Unis", "theme": "six chasseurs à réaction", "quantity": "six", "destination": "Estonie"},
    ),
    (
        "La France a déployé 500 soldats au Mali.",
        {"agent": "France", "theme": "500 soldats", "quantity": "500", "destination": "Mali"},
    ),
    (
        "Le Danemark a déployé des avions de combat en Lituanie.",
        {"agent": "Danemark", "theme": "avions de combat", "destination": "Lituanie"},
    ),
    # envoyer + military noun is a deployment, not a gift
    (
        "La Belgique a envoyé des troupes en Roumanie.",
        {"agent": "Belgique", "theme": "troupes", "destination": "Roumanie"},
    ),
    # control verb: the subject of « continuer » deploys
    (
        "L'OTAN a continué à déployer des troupes dans la région.",
        {"agent": "OTAN", "theme": "troupes", "destination": "région"},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), DEPLOYMENTS)
def test_deployment(sentence, expected):
    found = only(facts_of(sentence), "deployment")
    assert len(found) == 1, found
    for role, value in expected.items():
        assert found[0].get(role) == value, (role, found[0])


def test_coordinated_agents_make_one_fact_each():
    text = "L'Espagne et le Danemark ont déployé des frégates dans la mer Baltique."
    found = only(facts_of(text), "deployment")
    assert sorted(f["agent"] for f in found) == ["Danemark", "Espagne"]
    assert {f["destination"] for f in found} == {"mer Baltique"}
    assert {f["theme"] for f in found} == {"frégates"}


def test_destination_attached_to_the_first_verb_is_found_for_the_second():
    text = "Le Danemark a déployé des avions de combat en Lituanie, et l'Espagne a déployé des frégates dans la mer Baltique."
    found = {f["theme"]: f for f in only(facts_of(text), "deployment")}
    assert found["avions de combat"]["destination"] == "Lituanie"
    assert found["frégates"]["destination"] == "mer Baltique"


def test_envoyer_with_goods_is_a_transfer():
    found = facts_of("La Croatie a envoyé des vivres à la Bosnie.")
    assert [f.kind for f in found] == ["transfer"]


def test_request_with_inner_giving_verb():
    text = "L'Ukraine a demandé à l'Allemagne de fournir 100 000 casques."
    found = facts_of(text)
    requests = only(found, "request")
    assert requests == [
        {
            "agent": "Ukraine",
            "recipient": "Allemagne",
            "theme": "100 000 casques",
            "quantity": "100 000",
            "modality": "requested",
        }
    ]
    assert only(found, "transfer") == [], "what was asked for was not given"


QUOTES = [
    # speaker after the quote, inverted subject
    (
        "« La situation est préoccupante sur le flanc oriental », a déclaré Parly.",
        ("Parly", "La situation est préoccupante sur le flanc oriental"),
    ),
    # speaker before, indirect speech with a quoted fragment
    (
        "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré jeudi que la réponse offrait « peu de raisons d'être optimistes ».",
        ("Dmitri Peskov", "peu de raisons d'être optimistes"),
    ),
    # speaker before a colon
    (
        "Le président Emmanuel Macron a affirmé : « Nous ne laisserons pas faire cela. »",
        ("Emmanuel Macron", "Nous ne laisserons pas faire cela."),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), QUOTES)
def test_quote(sentence, expected):
    found = [(r["speaker"], r["quote"]) for r in only(facts_of(sentence), "quote")]
    assert found == [expected]


def test_quote_pronoun_speaker_resolved_to_the_person_named_before():
    text = (
        "Rami Abd al-Rahman dirige l'Observatoire.\n\n"
        "« Le gouvernement doit maintenant utiliser de longs détours », a-t-il souligné."
    )
    [quote] = only(facts_of(text), "quote")
    assert quote["speaker"] == "Rami Abd al-Rahman"


def test_unattributed_quote_following_an_attributed_one_keeps_its_speaker():
    text = "« Nous sommes prêts à aider nos voisins », a déclaré Iohannis. « Nous le ferons dès demain matin. »"
    speakers = [r["speaker"] for r in only(facts_of(text), "quote")]
    assert speakers == ["Iohannis", "Iohannis"]


def test_scare_quotes_are_not_quotes():
    text = "Le maire a qualifié l'offre de « blague »."
    assert only(facts_of(text), "quote") == []


def test_quote_after_paragraph_break_does_not_borrow_next_paragraphs_verb():
    text = "« Quel type de soutien enverra-t-elle ensuite, des oreillers ? »\n\nLe chancelier Olaf Scholz a insisté sur ce point."
    assert only(facts_of(text), "quote") == []


def test_sentence_is_the_article_text_not_the_normalised_one():
    [fact] = facts_of("L’Allemagne a fourni 5 000 casques à l’Ukraine.")
    assert fact.sentence == "L’Allemagne a fourni 5 000 casques à l’Ukraine."
