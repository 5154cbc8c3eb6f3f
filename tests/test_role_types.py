"""Roles are typed: a verb or a noun of giving hands over goods, money, equipment or forces, never a
speech, a lead or a letter; teams that are not soldiers go on missions a state or an organisation
sends them on. Sentences written for these tests (sport, politics, business, culture next to aid),
none from the devset."""

from __future__ import annotations

import pytest

from .conftest import facts_of, roles

KINDS = ("transfer", "deployment")


def events(text: str, lang: str) -> list[dict[str, str]]:
    return [{"kind": f.kind, **roles(f)} for f in facts_of(text, lang) if f.kind in KINDS]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("L'entraîneur a donné rendez-vous à ses joueurs pour lundi.", "fr"),
        ("Le gardien a livré une prestation remarquable.", "fr"),
        ("Le Premier ministre a livré sa vision de la réforme devant les députés.", "fr"),
        ("Le Sénat a accordé sa confiance au gouvernement.", "fr"),
        ("La banque centrale a fourni de nouvelles prévisions de croissance.", "fr"),
        ("L'équipe a offert une victoire précieuse à ses supporters.", "fr"),
        ("L'envoi d'une lettre au président a provoqué la colère du syndicat.", "fr"),
        ("La contribution de l'attaquant au titre a été décisive.", "fr"),
        ("Apple gave investors a glimpse of its new phone.", "en"),
        ("The electoral commission gave the opposition a clear lead.", "en"),
        ("France provided no comment to the press.", "en"),
        ("The chief executive delivered a speech to shareholders.", "en"),
        ("The candidate promised to give young people jobs.", "en"),
        ("The governor said the state would give the victims everything they need.", "en"),
        ("His contribution to the title was decisive.", "en"),
    ],
)
def test_nothing_handed_over_is_no_gift(text, lang):
    assert [e for e in events(text, lang) if e["kind"] == "transfer"] == []


@pytest.mark.parametrize(
    "text, lang, theme, recipient",
    [
        ("La Croix-Rouge a distribué des repas aux familles évacuées.", "fr", "repas", "familles évacuées"),
        ("Le Japon fournira cinq radars côtiers aux Philippines.", "fr", "cinq radars côtiers", "Philippines"),
        ("Le Royaume-Uni fournira 14 chars Challenger 2 à l’Ukraine.", "fr", "14 chars", "Ukraine"),
        ("La Suisse a versé 900 000 francs au CICR.", "fr", "900 000 francs", "CICR"),
        ("Japan sent cash and blankets to Nepal.", "en", "cash and blankets", "Nepal"),
        ("The Red Cross gave food and water to the evacuees.", "en", "food and water", "evacuees"),
        ("Canada donated 70 M198 howitzers to the Lebanese army.", "en", "70 M198 howitzers", "Lebanese army"),
    ],
)
def test_goods_money_and_arms_are_given(text, lang, theme, recipient):
    found = [e for e in events(text, lang) if e["kind"] == "transfer"]
    assert [(e.get("theme"), e.get("recipient")) for e in found] == [(theme, recipient)]


def test_a_time_read_as_the_object_leaves_the_thing_given():
    found = events("Washington a livré l'an dernier deux patrouilleurs à la marine philippine.", "fr")
    assert [(e.get("agent"), e.get("theme"), e.get("recipient")) for e in found] == [
        ("Washington", "deux patrouilleurs", "marine philippine")
    ]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le club a envoyé son équipe en Espagne pour un stage de préparation.", "fr"),
        ("Le groupe pétrolier a envoyé deux ingénieurs sur la plateforme.", "fr"),
        ("The company sent a team of engineers to Austin.", "en"),
    ],
)
def test_a_firm_or_a_club_sends_no_mission(text, lang):
    assert events(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, agent, destination",
    [
        ("L'OMS a envoyé une équipe d'experts en Guinée.", "fr", "OMS", "Guinée"),
        ("Le gouvernement a envoyé deux ingénieurs en Haïti.", "fr", "gouvernement", "Haïti"),
        ("Germany sent a team of engineers to Turkey.", "en", "Germany", "Turkey"),
    ],
)
def test_a_state_or_an_organisation_sends_teams_on_missions(text, lang, agent, destination):
    found = events(text, lang)
    assert [(e["kind"], e.get("agent"), e.get("destination")) for e in found] == [("deployment", agent, destination)]
