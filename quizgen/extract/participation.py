"""Forces engaged in a mission: « la France participe à l'opération Barkhane au Mali avec 5 000
militaires », « l'Allemagne contribue à la mission de l'OTAN en Lituanie avec 1 000 soldats »,
"Germany takes part in the NATO mission in Lithuania with 1,000 troops".

The one who takes part deploys the forces it takes part with (« avec » / "with"), where the
mission is. Only with forces (not « avec ses partenaires », "with funding") and a place: taking
part in a summit or a mission with no place named is no deployment.

Forces that take part themselves (« 450 militaires français participeront à l'exercice Boreal
Guard en Finlande », "200 Marines will take part in exercise Cobra Gold in Thailand") are
deployed where the exercise or the operation is, when a place is said; who sent them, the
article tells (their nationality, the body they belong to). A summit, a debate or a meeting is
no engagement.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article
from .events import (
    OBJECT,
    Event,
    Roles,
    build,
    counted_noun,
    deployment_verb,
    destination_in_clause,
    is_force,
    modality_of,
    owner_in,
    subject,
)
from .syntax import pps


def takes_part(verb: Token, lemma: str, lex: Lexicon) -> bool:
    """« participe », « contribue », "takes part" (a verb with its object, read as one)."""
    table = lex.verbs.get("participate", frozenset())
    obj = next((c for c in verb.children if c.dep_ in OBJECT), None)
    return lemma in table or obj is not None and f"{lemma} {obj.lemma_.lower()}" in table


def participation_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    agent = subject(verb)
    means = lex.preps.get("means", frozenset())
    forces = next((n for p, n in pps(verb) if p in means and is_force(n, lex)), None)
    if forces is None and agent is not None:
        return forces_taking_part(verb, agent, sentence, article, lex)
    place = destination_in_clause(verb, lex) if forces is not None else None
    if agent is None or place is None:
        return []
    roles = Roles(agent=agent, theme=forces, destination=place)
    events = build("deployment", verb, sentence, roles, modality_of(verb, lex), article, lex)
    return [replace(e, asked_as=deployment_verb(lex)) for e in events]


def forces_taking_part(verb: Token, forces: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """« les chasseurs participeront à l'exercice Spring Storm en Estonie »: the forces are deployed there."""
    from .movement import goes_on_mission  # movement builds on this module's neighbours

    if not (goes_on_mission(forces, lex) or goes_on_mission(counted_noun(forces, lex), lex)):
        return []
    engagements = lex.nouns.get("engagements", frozenset())
    engaged = [n for _, n in pps(verb) if n.lemma_.lower() in engagements]
    engaged += [o for o in verb.children if o.dep_ in OBJECT and o.lemma_.lower() in engagements]
    if not engaged:
        return []
    place = destination_in_clause(verb, lex)
    if place is None:
        return []  # « participeront à l'exercice Spring Storm »: an exercise is no place to ask « où ? » about
    roles = Roles(agent=owner_in(forces, lex), theme=forces, destination=place)
    events = build("deployment", verb, sentence, roles, modality_of(verb, lex), article, lex, keep_bare=True)
    return [replace(e, asked_as=deployment_verb(lex)) for e in events]
