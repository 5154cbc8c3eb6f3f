"""Gifts told as an increase: « la Suisse a augmenté de 20 millions de francs son budget humanitaire
destiné à la Syrie », "Japan increased its aid to Ukraine by $300 million".

What is given is the increase, an amount after « de » / "by"; the giver is the verb's subject; the
receiver is the one the aid or budget is for, wherever the parser hung it in the clause (« destiné
à », « à », "to", "for"). Only with all three: a budget raised without a receiver (« a augmenté son
budget militaire de 3 milliards ») gives nothing to anyone, and an increase with no amount says
nothing worth asking. What an increase brings the total to (« porte à 50 millions ») is no gift.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article
from .events import RECEIVERS, Event, Roles, build, classify_one, modality_of, subject, transfer_verb
from .syntax import pps


def increase_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    giver = subject(verb)
    if giver is None:
        return []
    clause = [t for t in verb.subtree if t.i > giver.i and t not in giver.subtree]
    budgets = lex.nouns.get("gifts", frozenset()) | lex.nouns.get("budgets", frozenset())
    if not any(t.pos_ == "NOUN" and t.lemma_.lower() in budgets for t in clause):
        return []  # « a augmenté ses effectifs », "raised the price": no aid
    pairs = [pp for t in [verb, *clause] for pp in pps(t)]
    amount = next((n for p, n in pairs if p in lex.preps.get("increment", ()) and is_amount(n, lex)), None)
    recipients = lex.preps["recipient"] | lex.preps.get("recipient_named", frozenset())
    receiver = next((n for p, n in pairs if p in recipients and classify_one(n, lex) in RECEIVERS), None)
    if amount is None or receiver is None:
        return []
    roles = Roles(agent=giver, theme=amount, recipient=receiver)
    events = build("transfer", verb, sentence, roles, modality_of(verb, lex), article, lex)
    return [replace(e, asked_as=transfer_verb(lex)) for e in events]


def is_amount(tok: Token, lex: Lexicon) -> bool:
    """« 20 millions de francs », "$300 million": money, counted."""
    return tok.ent_type_ == "MONEY" or (
        tok.lemma_.lower() in lex.nouns.get("amounts", ()) and any(c.like_num for c in tok.subtree)
    )
