"""Gifts told from the receiver's side: « le Niger a reçu 20 tonnes de vivres de la part de l'UE »,
"Chad will receive $25 million in assistance from Japan", « le Mali bénéficie d'un don de la Suède ».

The verb's subject receives; what it receives is the object (or, for « bénéficier de » / "benefit
from", the phrase after the preposition); the giver follows « de la part de », « de » / "from", on the
verb or on the thing received, when it names a country, an organisation or a person. Only a gift
counts: aid or money, or goods of the table (« 500 tentes », "300 tents") or measured (« 20 tonnes de
… »): a candidate receives votes, a minister a call or an award, a hospital the wounded, and none of
those is given to them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article
from .events import (
    GIVER_KINDS,
    OBJECT,
    RECEIVERS,
    Event,
    Roles,
    build,
    classify_one,
    contents,
    counted_noun,
    gift_like,
    idiom_word,
    machine_of_things,
    modality_of,
    negated,
    noun_forms,
    partitive,
    subject,
    transfer_verb,
)
from .syntax import pps


def receive_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    receiver = subject(verb)
    if receiver is None or receiver.pos_ == "PRON" or classify_one(receiver, lex) not in RECEIVERS:
        return []
    sources = lex.preps.get("source", frozenset()) | lex.preps.get("owner", frozenset())
    theme = next((c for c in verb.children if c.dep_ in OBJECT), None)
    idiom = idiom_word(verb, lex)
    if theme is not None and idiom is not None and theme.i == idiom.i:
        # « a pris livraison | de 20 chars », "took delivery | of its first tanks": what the idiom's noun is of
        theme = next((n for p, n in pps(idiom) if p in partitive(lex) | {"of"}), None)
    if theme is None and verb.lemma_.lower() in lex.verbs.get("benefit_from", ()):
        theme = next((n for p, n in pps(verb) if p in sources), None)  # « bénéficie d'un don »
    return received_events(verb, receiver, theme, sentence, article, lex)


def beneficiary_events(noun: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """« le Niger a été le premier bénéficiaire d'un don de 2 000 tonnes de riz », "Jordan is the
    largest recipient of the aid": who is the beneficiary of a gift received it."""
    verb = noun.head if noun.dep_ in ("attr", "acomp") else noun  # English: "is" -> attr; French: cop on the noun
    if verb is noun and not any(c.dep_ == "cop" for c in noun.children):
        return []
    receiver = subject(verb)
    if receiver is None or receiver.pos_ == "PRON" or classify_one(receiver, lex) not in RECEIVERS:
        return []
    theme = next((n for p, n in pps(noun) if p in partitive(lex) and n.i > noun.i), None)
    events = received_events(noun, receiver, theme, sentence, article, lex)
    # "was not the recipient", « sera la bénéficiaire »: the copula carries tense and negation
    copula = verb if verb is not noun else next((c for c in noun.children if c.dep_ == "cop"), noun)
    modality = "negated" if negated(noun, lex) else modality_of(copula, lex)
    return [replace(e, modality=modality) for e in events]


def received_events(
    verb: Token, receiver: Token, theme: Token | None, sentence: Span, article: Article, lex: Lexicon
) -> list[Event]:
    if theme is None or not received_gift(theme, lex):
        return []
    sources = lex.preps.get("source", frozenset()) | lex.preps.get("owner", frozenset())
    giver = None
    inside = [t for t in theme.subtree if t.pos_ in ("NOUN", "PROPN") and t.i != theme.i]
    for prep, noun in [*pps(verb), *pps(theme), *(pp for t in inside for pp in pps(t))]:
        if noun.lemma_.lower() in lex.nouns.get("on_behalf", ()):  # « de la part de l'UE »
            noun = next((n for p, n in pps(noun) if p in sources), noun)
        elif prep not in sources:
            continue
        if noun.i != theme.i and classify_one(noun, lex) in GIVER_KINDS:
            giver = noun
            break
    roles = Roles(agent=giver, theme=theme, recipient=receiver)
    events = build("transfer", verb, sentence, roles, modality_of(verb, lex), article, lex)
    return [replace(e, asked_as=transfer_verb(lex)) for e in events]


def received_gift(theme: Token, lex: Lexicon) -> bool:
    """Aid, money, goods of the table, or a measured quantity of something (« 20 tonnes de vivres »)."""
    goods = lex.nouns.get("goods", frozenset()) | lex.nouns.get("equipment", frozenset())
    inner = contents(theme, lex)
    amounts = lex.nouns.get("amounts", frozenset())
    if inner.lemma_.lower() in amounts and inner.ent_type_ != "MONEY":
        # « 6,2 millions de voix », « 2 millions de doses », « 3 millions d'euros »: what the millions count
        measured = [n for p, n in pps(inner) if p in partitive(lex) and n.pos_ in ("NOUN", "PROPN")]
        counted = noun_forms(measured[0]) if measured else set()
        return bool(counted & (goods | amounts | lex.nouns.get("gifts", frozenset())))
    if gift_like(theme, lex) or machine_of_things(counted_noun(theme, lex), lex):
        return True  # "20 water purification units": a machine given like any goods
    if inner.lemma_.lower() in lex.nouns.get("units", frozenset()):
        measured = [n for p, n in pps(inner) if p in partitive(lex) and n.pos_ in ("NOUN", "PROPN")]
        if not measured:
            return False
        return measured[0].lemma_.lower() not in lex.nouns["forces"]  # « 20 tonnes de vivres »
    return bool((noun_forms(counted_noun(theme, lex)) | noun_forms(inner)) & goods)  # "doses" read as "dos"
