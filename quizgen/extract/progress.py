"""Forces or aid told as under way: « un renfort de 148 personnes est en cours de déploiement en
Haïti », « 20 tonnes de vivres sont en cours d'acheminement vers Gaza ».

The sentence's predicate is a noun of progress (« en cours de ») whose « de » names the deploying or
giving event; its subject is what is deployed or given, the event's « en » / « vers » / « à » phrase
the place or the receiver. Forces are deployed only when they are forces; aid is given only when it is
aid, money or goods: « le projet est en cours de déploiement » deploys nothing.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article
from .events import (
    PASSIVE_SUBJECT,
    SUBJECT,
    Event,
    Roles,
    build,
    counted_noun,
    deployment_verb,
    find_places,
    is_force,
    modality_of,
    partitive,
    relief_team,
    sent_staff,
    transfer_verb,
)
from .syntax import pps


def progress_events(noun: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """``noun`` is the progress word (« cours ») heading a copula clause."""
    subj = next((c for c in noun.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT), None)
    if subj is None:
        return []
    deployments = lex.nouns.get("deployments", frozenset())
    gifts = lex.nouns.get("gift_events", frozenset())
    # « déploiement » may be tagged a verb and lemmatised « déploiemer »: its written form counts too
    event = next(
        (n for p, n in pps(noun) if p in partitive(lex) and {n.lemma_.lower(), n.lower_} & (deployments | gifts)),
        None,
    )
    if event is None:
        return []
    from .receive import received_gift

    phrases = list(pps(event)) + list(pps(noun))
    recipients, destinations = find_places(event, subj, phrases, lex)
    counted = counted_noun(subj, lex)
    if is_force(counted, lex) or relief_team(counted, lex) or sent_staff(counted, lex):
        roles = Roles(theme=subj, destination=next(iter(destinations), None))
        kind, asked = "deployment", deployment_verb(lex)
    elif {event.lemma_.lower(), event.lower_} & gifts and received_gift(subj, lex):
        roles = Roles(theme=subj, recipient=next(iter(recipients), None) or next(iter(destinations), None))
        kind, asked = "transfer", transfer_verb(lex)
    else:
        return []
    events = build(kind, noun, sentence, roles, modality_of(noun, lex), article, lex)
    return [replace(e, asked_as=asked) for e in events]
