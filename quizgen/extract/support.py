"""Money given told as support with its amount: « la Suisse soutient le CICR à hauteur de 5 millions de
francs », "Canada supports UNICEF with $5 million", "backs the WFP to the tune of €2 million".

The supporter gives the amount to whom it supports (the verb's object). Only with an amount of money:
« soutient le CICR dans son action » or "supports the proposal" gives nothing.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article
from .events import (
    OBJECT,
    RECEIVERS,
    Event,
    Roles,
    build,
    classify_one,
    first_child,
    modality_of,
    partitive,
    subject,
    transfer_verb,
)
from .increase import is_amount
from .syntax import pps


def support_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    giver, supported = subject(verb), first_child(verb, OBJECT)
    if giver is None or supported is None or classify_one(supported, lex) not in RECEIVERS:
        return []
    frames = lex.nouns.get("amount_frames", frozenset())
    amount = None
    for prep, noun in pps(verb):
        if noun.lemma_.lower() in frames:  # « à hauteur de 5 millions », "to the tune of $5 million"
            noun = next((n for _, n in pps(noun)), noun)
        elif prep not in lex.preps.get("amount_with", ()):
            continue
        if is_amount(noun, lex) and money(noun, lex):
            amount = noun
            break
    if amount is None:
        return []
    roles = Roles(agent=giver, theme=amount, recipient=supported)
    events = build("transfer", verb, sentence, roles, modality_of(verb, lex), article, lex)
    return [replace(e, asked_as=transfer_verb(lex)) for e in events]


def money(amount: Token, lex: Lexicon) -> bool:
    """« 5 millions de francs », "$5 million": money; not « 2 millions de personnes »."""
    if amount.ent_type_ == "MONEY" or any(c.text in "$€£" for c in amount.subtree):
        return True
    counted = [n for p, n in pps(amount) if p in partitive(lex)]
    return bool(counted) and counted[0].lemma_.lower() in lex.nouns.get("amounts", frozenset())
