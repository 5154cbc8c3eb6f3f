"""What a plane, a ship or a convoy carries where it arrives or goes: « un avion de l'armée de l'air
belge a atterri à Beyrouth avec à son bord 30 secouristes », "a Qatari plane landed in Rabat carrying
35 tonnes of aid".

The vehicle is the means, not what is sent: its cargo is. Forces and teams on board are deployed
where it arrives or goes; goods on board are given there. Who sent them is the body or the country
the vehicle belongs to (« de l'armée de l'air belge », "Qatari"); else the article settles it, as
for any sender no sentence names.
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
    by_agent,
    counted_noun,
    deployment_verb,
    first_child,
    is_force,
    modality_of,
    nation_in,
    negated,
    owner_in,
    place_like,
    relief_team,
    transfer_verb,
)
from .receive import received_gift
from .syntax import conjuncts, pps


def carrier_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """The cargo of a vehicle that arrives or leaves, as deployments and gifts; none if it carries none."""
    if not {verb.lemma_.lower()} & (lex.verbs.get("arrival", frozenset()) | lex.verbs.get("movement", frozenset())):
        return []
    vehicle = first_child(verb, SUBJECT | PASSIVE_SUBJECT)
    if vehicle is None and verb.dep_ == "xcomp":  # « doit accoster dimanche »: the subject is the modal's
        vehicle = first_child(verb.head, SUBJECT)
    if vehicle is None or not carries(vehicle, lex):
        return []
    place = destination_of(verb, lex)
    if place is None:
        return []
    owner = owner_in(vehicle, lex) or charterer(vehicle, lex)
    nation = nation_in(vehicle, lex)
    events: list[Event] = []
    items = cargo(verb, vehicle, lex)
    donor = giver_of(items, lex)
    for item in items:
        if negated(item, lex):
            continue
        counted = counted_noun(item, lex)
        if is_force(counted, lex) or relief_team(counted, lex):
            kind = "deployment"
        elif received_gift(item, lex):
            kind = "transfer"
        else:
            continue  # passengers, a crew, a delegation: nobody sent on a mission
        # "carrying 3,000 kits and 1,500 tents contributed by the Red Cross": who gave the goods, not who flies them
        roles = Roles(agent=donor if kind == "transfer" and donor is not None else owner, theme=item, destination=place)
        for event in build(kind, verb, sentence, roles, modality_of(verb, lex), article, lex, keep_bare=True):
            asked = deployment_verb(lex) if kind == "deployment" else transfer_verb(lex)
            events.append(replace(event, nation=None if owner is not None else nation, asked_as=asked))
    return events


def giver_of(items: list[Token], lex: Lexicon) -> Token | None:
    """ "3,000 kits and 1,500 tents contributed by the Singapore Red Cross", « offerts par la Croix-Rouge »:
    a participle of giving with its « par » / "by" after the last item names who gave the whole list."""
    giving = lex.verbs.get("transfer", frozenset())
    for item in reversed(items):
        for clause in item.children:
            lemmas = {clause.lemma_.lower(), *lex.infinitives(clause.lower_)}
            if clause.dep_ in ("acl", "amod", "acl:relcl") and lemmas & giving:
                agent = by_agent(clause, lex)
                if agent is not None:
                    return agent
    return None


def charterer(vehicle: Token, lex: Lexicon) -> Token | None:
    """ "a cargo plane chartered by the European Union", « un avion affrété par le CDCS »: who put it to work."""
    charter = lex.verbs.get("charter", frozenset())
    for clause in vehicle.children:
        chartered = {
            clause.lemma_.lower(),
            *lex.infinitives(clause.lower_),
        } & charter  # « affrété » read as an adjective
        if clause.dep_ in ("acl", "amod", "acl:relcl") and chartered:
            # « affrété | par le Centre de crise », also when the parser hung « par … » on the vehicle
            agent = by_agent(clause, lex) or by_agent(vehicle, lex)
            if agent is not None:
                return agent
    return None


def carries(vehicle: Token, lex: Lexicon) -> bool:
    """A plane, a ship, a convoy: a vehicle of the table, as the head of the subject."""
    return vehicle.lemma_.lower() in lex.nouns.get("vehicles", frozenset())


def cargo(verb: Token, vehicle: Token, lex: Lexicon) -> list[Token]:
    """What is on board: « avec à son bord X », « avec X », "carrying X", "with X on board"."""
    aboard = lex.nouns.get("aboard", frozenset())
    means = lex.preps.get("means", frozenset())
    carry = lex.verbs.get("transfer_if_goods", frozenset())
    found: list[Token] = []
    for prep, noun in [*pps(verb), *pps(vehicle)]:
        if prep.split(" ")[0] not in means:  # « avec », « avec à » (son bord)
            continue
        if noun.lemma_.lower() in aboard:  # « à son bord | 30 secouristes »: what the board holds
            held = [c for c in noun.children if c.dep_ in ("nmod", "appos") and c.pos_ in ("NOUN", "PROPN", "NUM")]
            # or the parser made it the verb's object, right after « à son bord »
            held = held or [c for c in verb.children if c.dep_ in OBJECT and c.i > noun.i]
            found += held[:1]
            # « à son bord 2 000 moustiquaires, 800 kits et 400 bâches » with the list hung on « bord »
            found += [c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")] if held else []
        else:
            found.append(noun)
    for clause in [*verb.children, *vehicle.children]:  # "carrying 30 rescuers", « transportant 20 tonnes »
        if clause.dep_ in ("advcl", "acl", "xcomp") and clause.lemma_.lower() in carry:
            found += [c for c in clause.children if c.dep_ in OBJECT]
    return [item for noun in found for item in conjuncts(noun)]


def destination_of(verb: Token, lex: Lexicon) -> Token | None:
    """Where the vehicle arrives or goes: « à Beyrouth », « à destination de Karachi », "in Beirut"."""
    towards = lex.preps.get("destination", frozenset())
    complex_preps = lex.raw["nouns"].get("complex_preps", {})
    attached = list(pps(verb))
    attached += [pp for _, n in attached for pp in pps(n)]  # « de Châteauroux | à destination de Karachi »
    # hung on « ce matin », or on the day: « le 15 juin | de l'aéroport de Nice à destination de Nouakchott »
    attached += [pp for c in verb.children if c.dep_ in OBJECT for pp in pps(c)]
    attached += [pp for c in verb.children if is_day(c) for t in c.subtree for pp in pps(t)]
    attached += [pp for _, n in attached for pp in pps(n)]
    for prep, noun in attached:
        if prep in lex.preps.get("source", frozenset()):
            continue  # « de Châteauroux »: where it left from
        if noun.lemma_.lower() in complex_preps and complex_preps[noun.lemma_.lower()] in ("recipient", "destination"):
            # « à destination de | Karachi »: a place after the phrase, as after any preposition of place
            inner = next((n for _, n in pps(noun) if place_like(n, min(towards, default=""), lex)), None)
            if inner is not None:
                return inner
        elif prep in towards and place_like(noun, prep, lex) and not negated(noun, lex):
            return noun
    return None


def is_day(tok: Token) -> bool:
    """« le 15 juin », "on 3 June": a date the parser may hang the rest of the clause on."""
    return tok.ent_type_ == "DATE" or tok.like_num and any(c.ent_type_ == "DATE" or c.is_alpha for c in tok.children)
