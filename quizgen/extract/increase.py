"""Gifts told as an increase: « la Suisse a augmenté de 20 millions de francs son budget humanitaire
destiné à la Syrie », "Japan increased its aid to Ukraine by $300 million".

What is given is the increase, an amount after « de » / "by"; the giver is the verb's subject; the
receiver is the one the aid or budget is for, wherever the parser hung it in the clause (« destiné
à », « à », "to", "for"). Only with all three: a budget raised without a receiver (« a augmenté son
budget militaire de 3 milliards ») gives nothing to anyone, and an increase with no amount says
nothing worth asking.

A new total is told too: « a porté à 8 millions de francs le volume de son assistance au
Bangladesh », « augmente son aide à 10 millions », "brings the total aid package for Chad to
£60 million". What is given is then the aid itself, its amount the total the verb brings it to; the
receiver may be left to the article, as the aid noun already says something was given. Neither
« porte à 50 millions le budget de l'armée » (a budget, no aid) nor « porte le bilan à 40 morts »
(no money) is a gift.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article
from .events import RECEIVERS, Event, Roles, build, classify_one, modality_of, subject, transfer_verb
from .syntax import OBJECT, first_child, pps


def increase_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    giver = subject(verb)
    if giver is None:
        return total_events(verb, sentence, article, lex)
    clause = [t for t in verb.subtree if t.i > giver.i and t not in giver.subtree]
    budgets = lex.nouns.get("gifts", frozenset()) | lex.nouns.get("budgets", frozenset())
    if not any(t.pos_ == "NOUN" and t.lemma_.lower() in budgets for t in clause):
        return []  # « a augmenté ses effectifs », "raised the price": no aid
    pairs = [pp for t in [verb, *clause] for pp in pps(t)]
    amount = next((n for p, n in pairs if p in lex.preps.get("increment", ()) and is_amount(n, lex)), None)
    recipients = lex.preps["recipient"] | lex.preps.get("recipient_named", frozenset())
    receiver = next((n for p, n in pairs if p in recipients and classify_one(n, lex) in RECEIVERS), None)
    if amount is None or receiver is None:
        return total_events(verb, sentence, article, lex)
    roles = Roles(agent=giver, theme=amount, recipient=receiver)
    events = build("transfer", verb, sentence, roles, modality_of(verb, lex), article, lex)
    return [replace(e, asked_as=transfer_verb(lex)) for e in events]


def total_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """The aid a verb brings to a new total: (giver, the aid, its receiver) with the total as amount."""
    obj = first_child(verb, OBJECT)
    if obj is None:
        return []
    # « porté son aide à la Syrie à 30 millions »: the parser may hang the total on the receiver
    pairs = [pp for t in (verb, *obj.subtree) for pp in pps(t)]
    totals = [n for p, n in pairs if p in lex.preps.get("total", ()) and is_amount(n, lex)]
    gifts = lex.nouns.get("gifts", frozenset()) | lex.nouns.get("containers", frozenset())
    nouns = [obj, *(t for t in obj.subtree if t is not obj)]
    aid = next((t for t in nouns if t.pos_ == "NOUN" and t.lemma_.lower() in gifts), None)
    if not totals or aid is None:
        return []
    giver = subject(verb)
    if giver is not None and classify_one(giver, lex) not in RECEIVERS:
        giver = None  # "The new funding brings…": a thing raises the total, the giver is the article's
    recipients = lex.preps["recipient"] | lex.preps.get("recipient_named", frozenset())
    receiver = next(
        (n for p, n in pairs if p in recipients and n not in totals and classify_one(n, lex) in RECEIVERS), None
    )
    roles = Roles(agent=giver, theme=aid, recipient=receiver, measure=totals[-1])
    events = build("transfer", verb, sentence, roles, modality_of(verb, lex), article, lex)
    return [replace(e, asked_as=transfer_verb(lex)) for e in events]


def is_amount(tok: Token, lex: Lexicon) -> bool:
    """« 20 millions de francs », "$300 million": money, counted."""
    return tok.ent_type_ == "MONEY" or (
        tok.lemma_.lower() in lex.nouns.get("amounts", ()) and any(c.like_num for c in tok.subtree)
    )
