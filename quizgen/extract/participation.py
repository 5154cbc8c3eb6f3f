"""Forces engaged in a mission: « la France participe à l'opération Barkhane au Mali avec 5 000
militaires », « l'Allemagne contribue à la mission de l'OTAN en Lituanie avec 1 000 soldats »,
"Germany takes part in the NATO mission in Lithuania with 1,000 troops".

The one who takes part deploys the forces it takes part with (« avec » / "with"), where the
mission is. Only with forces (not « avec ses partenaires », "with funding") and a place: taking
part in a summit or a mission with no place named is no deployment.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article
from .events import OBJECT, Event, Roles, build, deployment_verb, destination_in_clause, is_force, modality_of, subject
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
    place = destination_in_clause(verb, lex) if forces is not None else None
    if agent is None or place is None:
        return []
    roles = Roles(agent=agent, theme=forces, destination=place)
    events = build("deployment", verb, sentence, roles, modality_of(verb, lex), article, lex)
    return [replace(e, asked_as=deployment_verb(lex)) for e in events]
