"""Forces that go somewhere by themselves: « 400 soldats sont partis pour le Québec », « 60 médecins
rejoignent Islamabad », "the two warships will arrive in the Pacific".

A verb of movement tells a deployment only when its subject is military or a relief team (« une
équipe de secouristes », "a medical team"; not « l'équipe de France de rugby ») and it names where
the forces go: a place after a preposition of destination, or the place a verb of reaching takes
as its object. Where they leave from (« partis de Toulon », "left Norfolk") is never the place.
Who sent them is the body they belong to (« des Forces canadiennes »); else their nationality or
the publisher, when the article is settled.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article
from .events import (
    OBJECT,
    PASSIVE_SUBJECT,
    SUBJECT,
    Event,
    Roles,
    build,
    conjuncts,
    counted_noun,
    deployment_verb,
    first_child,
    is_military,
    modality_of,
    negated,
    owner_in,
    partitive,
    place_like,
    relief_team,
)
from .syntax import pps

PLACE_LABELS = {"LOC", "GPE"}


def movement_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    subj = first_child(verb, SUBJECT | PASSIVE_SUBJECT)
    # "its crew of about 240 sailors": what the crew is made of says who goes
    if subj is None or not any(
        goes_on_mission(t, lex)
        or goes_on_mission(counted_noun(t, lex), lex)  # « Soixante | médecins » read as the number's noun
        or any(goes_on_mission(n, lex) for p, n in pps(t) if p in partitive(lex) and n.pos_ == "NOUN")
        for t in conjuncts(subj)
    ):
        return []
    reach = verb.lemma_.lower() in lex.verbs.get("reach", ())
    towards = lex.preps.get("towards", frozenset())
    complex_preps = lex.raw["nouns"].get("complex_preps", {})
    candidates = [(p, n) for p, n in pps(verb) if p in towards and n.lemma_.lower() not in complex_preps]
    # « a appareillé à destination d'Haïti », « en direction de la mer Rouge »: the place is inside
    # (also when the parser hung it on where they left from: « de Toulon à destination d'Haïti »)
    objects = [c for c in verb.children if c.dep_ in OBJECT]
    # « de Toulon » read as the object: where they leave from, with where they go hung on it
    left = [("", c) for c in objects if any(k.dep_ == "case" for k in c.children)]
    # "will sail from Halifax to join the NATO group in the Mediterranean Sea": where the forces join others
    joining = [
        c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in lex.verbs.get("join", ())
    ]
    joined = [o for c in joining for o in c.children if o.dep_ in OBJECT]  # "a NATO group | in the Baltic"
    attached = list(pps(verb)) + left + [pp for tok in joining + joined for pp in pps(tok)]
    attached += [pp for _, n in attached for pp in pps(n)]
    # « de Mont-de-Marsan vers la Roumanie »: a place to go hung on the place left
    candidates += [(p, n) for p, n in attached if p in towards and n.lemma_.lower() not in complex_preps]
    # "flying dozens of relief missions to the communities": the errand carries the place
    errands = lex.nouns.get("errands", frozenset())
    objects += [n for c in objects for p, n in pps(c) if p in partitive(lex)]  # "dozens of | missions"
    candidates += [pp for c in objects if c.lemma_.lower() in errands for pp in pps(c) if pp[0] in towards]
    candidates += [
        (next(iter(towards), ""), inner)
        for _, n in attached
        if n.lemma_.lower() in complex_preps
        for _, inner in pps(n)
    ]
    if reach:  # the object, also when the tagger hung the name on the verb (« rejoignent Islamabad »)
        objects = [c for c in verb.children if c.i > verb.i and (c.dep_ in OBJECT or c.dep_.startswith("flat"))]
        following = verb.doc[verb.i + 1] if verb.i + 1 < sentence.end else None
        if not objects and following is not None and following.ent_type_ in PLACE_LABELS:
            objects = [following]  # a place name right after the verb the parser left unattached
        candidates = [(next(iter(towards), ""), c) for c in objects] + candidates
    # "to earthquake-devastated communities in Pakistan": the people reached are in the place
    candidates += [(p, inner) for p, n in list(candidates) if not place_like(n, p, lex) for _, inner in pps(n)]
    place = next((n for p, n in candidates if place_like(n, p, lex) and not negated(n, lex)), None)
    if place is None:
        return []
    roles = Roles(agent=owner_in(subj, lex), theme=subj, destination=place)
    events = build("deployment", verb, sentence, roles, modality_of(verb, lex), article, lex, keep_bare=True)
    return [replace(e, asked_as=deployment_verb(lex)) for e in events]


def goes_on_mission(tok: Token, lex: Lexicon) -> bool:
    """Military forces, or a team the article says is there to rescue, heal or help."""
    if is_military(tok, lex) and tok.lemma_.lower() not in lex.nouns.get("equipment", ()) or relief_team(tok, lex):
        return True
    return tok.lemma_.lower() in lex.nouns.get("equipment", ()) and tok.lemma_.lower() in lex.nouns.get("forces", ())
