"""Forces counted, then broken down: « 775 personnels sont engagés en Haïti : 535 policiers, 216
militaires et 24 médecins », « un renfort de 148 personnes (127 sapeurs et 21 médecins) »; and a
force made of named units: « un groupe aéronaval articulé autour du porte-avions X, de la frégate Y et
du sous-marin Z », "a strike group comprising the carrier X, two destroyers and a submarine".

Each part after the colon or inside the bracket is deployed as the whole was, to the same place and
by the same deployer, unless the part names its own body (« 535 personnels du ministère de
l'Intérieur »). Only parts that count forces or relief staff are taken, and only two or more of them:
a single count after a colon is an explanation, not a breakdown.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article
from .events import (
    OWNER_KINDS,
    Event,
    classify_one,
    counted_noun,
    is_force,
    is_number,
    make_mention,
    number_mention,
    relief_team,
    sent_staff,
)
from .syntax import pps

OPENERS = (":", "(")


def breakdown_events(events: list[Event], sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    found: list[Event] = []
    for event in events:
        if event.kind != "deployment" or event.quantity is None or event.theme is None:
            continue
        opener = next((t for t in sentence if t.text in OPENERS and t.idx >= event.theme.end), None)
        if opener is None:
            continue
        close = next((t.i for t in sentence if t.text == ")" and t.i > opener.i), sentence.end)
        parts = [
            t
            for t in sentence.doc[opener.i + 1 : close if opener.text == "(" else sentence.end]
            if counts_forces(t, lex)
        ]
        if len(parts) < 2:
            continue
        found.extend(parts_events(event, parts, close, article, lex))
    return found + composition_events(events, sentence, article, lex)


def parts_events(event: Event, parts: list[Token], close: int, article: Article, lex: Lexicon) -> list[Event]:
    """Each part deployed as the whole was, by the body it names if it names one."""
    found = []
    stop = {t.i for t in parts}
    for part in parts:
        owner = body_of(part, stop, lex)
        # « 535 personnels | du ministère de l'Intérieur »: the body is asked apart, as the deployer
        theme = make_mention(part, article, lex, stop=stop - {part.i} | {close} | ({owner.i} if owner else set()))
        if theme is None:
            continue
        number = next(t for t in part.children if is_number(t, lex) and t.i < part.i)
        agent = (make_mention(owner, article, lex) if owner is not None else None) or event.agent
        found.append(replace(event, theme=theme, quantity=number_mention(number, theme.end, article, lex), agent=agent))
    return found


def composition_events(events: list[Event], sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """Each unit of a force « articulé autour de » / "comprising" two or more units is deployed as the force is."""
    found: list[Event] = []
    composed = lex.verbs.get("compose", frozenset())
    for event in events:
        if event.kind != "deployment" or event.theme is None:
            continue
        inside = [t for t in sentence if event.theme.start <= t.idx < event.theme.end]
        head = next((t for t in inside if t.head not in inside or t.head.i == t.i), None)
        made = (
            next((c for c in head.children if c.dep_ in ("acl", "amod") and c.lemma_.lower() in composed), None)
            if head is not None
            else None
        )
        if made is None:
            continue
        units = [t for t in made.subtree if t.i > made.i and t.pos_ in ("NOUN", "PROPN") and is_unit(t, lex)]
        if len(units) < 2:
            continue
        place = event.destination if event.destination is not None and event.destination.start > made.idx else None
        after = {t.i for t in sentence if place is not None and t.idx >= place.start}
        after |= {t.i - 1 for t in sentence if t.i in after}  # and the preposition before the place
        stop = {u.i for u in units} | after
        for unit in units:
            theme = make_mention(unit, article, lex, stop=stop - {unit.i})
            if theme is None:
                continue
            number = next((c for c in unit.children if is_number(c, lex) and c.i < unit.i), None)
            quantity = number_mention(number, theme.end, article, lex) if number is not None else None
            found.append(replace(event, theme=theme, quantity=quantity))
    return found


def is_unit(tok: Token, lex: Lexicon) -> bool:
    """A ship, an aircraft or a unit, by its noun or by the noun its name is written with ("the carrier HMS X")."""
    if tok.dep_ == "compound" or tok.dep_ in ("flat:name", "flat", "nmod") and tok.pos_ == "PROPN":
        return False  # part of a name already counted by its head
    return is_force(tok, lex) or any(c.dep_ == "compound" and is_force(c, lex) for c in tok.children)


def body_of(part: Token, parts: set[int], lex: Lexicon) -> Token | None:
    """The body a part belongs to, in its own phrase: « 535 personnels du ministère de l'Intérieur »,
    « 15 agents de renfort | du ministère des Affaires étrangères » (hung on « renfort »)."""
    authorities = lex.nouns.get("authorities", frozenset())
    frontier = [part]
    for _ in range(2):
        for tok in frontier:
            for prep, noun in pps(tok):
                named = classify_one(noun, lex) in OWNER_KINDS or noun.lemma_.lower() in authorities
                if prep in lex.preps.get("owner", ()) and named and noun.i not in parts:
                    return noun
        frontier = [n for t in frontier for _, n in pps(t) if n.i not in parts]
    return None


def counts_forces(tok: Token, lex: Lexicon) -> bool:
    """« 216 militaires », « 24 médecins », « 15 agents de renfort »: a counted noun of forces or staff."""
    if tok.pos_ not in ("NOUN", "PROPN") or not any(is_number(c, lex) and c.i < tok.i for c in tok.children):
        return False
    noun = counted_noun(tok, lex)
    return is_force(noun, lex) or relief_team(noun, lex) or sent_staff(noun, lex)
