"""What a gift is worth: « l'aide française au Liban s'élève à 34 millions d'euros », "U.S. assistance
to Somalia totals $43 million", "Today's shipment is valued at over $25 million".

The gift or the package is the verb's subject and the amount its object or its « à » / "at" / "to"
phrase: the amount is the gift's quantity, the gift's own « de » phrase, possessive or nationality its
giver, its « à » / "to" phrase its receiver. A package told of again takes both from the article
(``inherit_from_packages``). A damage, a budget, a revenue or aid that is needed or asked for is no
gift, whatever it is worth.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article
from .events import (
    GIVER_KINDS,
    OBJECT,
    Event,
    Roles,
    build,
    classify_one,
    find_places,
    is_container,
    is_number,
    modality_of,
    partitive,
    role_phrases,
    transfer_verb,
)
from .nominal import owner_child
from .requests import reflexive
from .syntax import PASSIVE_SUBJECT, SUBJECT, first_child, pps


def worth_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    lemma = verb.lemma_.lower()
    if lemma in lex.verbs.get("worth_reflexive", ()) and not reflexive(verb, lex):
        return []  # « s'élève à »; not « élève le niveau »
    gift = first_child(verb, SUBJECT | PASSIVE_SUBJECT)
    if gift is None or gift.pos_ not in ("NOUN", "PROPN"):
        return []  # "This amounts to…": what « this » is, the sentence does not say
    package = is_container(gift, lex)
    if not (package or gift.lemma_.lower() in lex.nouns.get("gifts", ())):
        return []  # « les dégâts sont évalués à », "revenue totaled": no gift
    wanted = lex.words.get("wanted", frozenset())
    if any(t.lower_ in wanted or t.lemma_.lower() in wanted for t in gift.subtree):
        return []  # « l'aide nécessaire est estimée à », "the assistance requested totals": not given
    amount = worth(verb, lex)
    if amount is None:
        return []
    phrases = [pp for pp in role_phrases(verb, gift, lex) if pp[1].i != amount.i]
    recipients, _ = find_places(verb, gift, phrases, lex)
    owner = next(
        (n for p, n in pps(gift) if p in partitive(lex) and n.i > gift.i and classify_one(n, lex) in GIVER_KINDS),
        None,
    )
    roles = Roles(agent=owner or owner_child(gift, lex), theme=gift, measure=amount)
    roles.recipient = next((r for r in recipients if r.i != amount.i and r.i > gift.i), None)
    events = build("transfer", verb, sentence, roles, modality_of(verb, lex), article, lex, keep_bare=package)
    return [replace(e, asked_as=transfer_verb(lex), from_container=package) for e in events]


def worth(verb: Token, lex: Lexicon) -> Token | None:
    """The amount: « à 34 millions d'euros », "at over $25 million", "$43 million"."""
    preps = lex.preps.get("worth", frozenset())
    candidates = [c for c in verb.children if c.dep_ in OBJECT | {"attr"}]
    candidates += [n for p, n in pps(verb) if p in preps]
    for noun in candidates:
        if noun.ent_type_ == "MONEY" or noun.lemma_.lower() in lex.nouns.get("amounts", ()):
            return noun
        if any(is_number(c, lex) for c in noun.children) and noun.lemma_.lower() in lex.nouns.get("amounts", ()):
            return noun
        if is_number(noun, lex) and noun.ent_type_ == "MONEY":
            return noun
    return None
