"""Forces already there, arriving, joining or relieving others: « 300 soldats sont présents au Mali », "a
team is on the ground in Turkey", « des sauveteurs venus de Belgique sont arrivés » (sent by Belgium),
« une équipe complète ce dispositif », « le Mistral relève le Dixmude ».
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article
from .events import (
    Event,
    Roles,
    build,
    by_agent,
    counted_noun,
    demonstrative,
    deployment_verb,
    find_places,
    is_force,
    is_military,
    modality_of,
    nation_in,
    owner_in,
    partitive,
    passive_subject,
    place_like,
    relief_team,
    role_phrases,
    service_of,
    without_preposition,
)
from .places import classify_one, noun_forms
from .syntax import OBJECT, PASSIVE_SUBJECT, SUBJECT, conjuncts, first_child, is_passive, negated, pps, subject


def presence_events(word: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """« Les armées françaises sont présentes en Roumanie », "troops are stationed in Poland"."""
    # « Des médecins | sont sur le terrain »: the parser may hang the subject on the copula
    holders = [word, *(c for c in word.children if c.dep_ == "cop")]
    subjects = [c for h in holders for c in h.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT]
    # « Près de 200 | pompiers … sont arrivés »: the parser may make the count a subject of its own
    subj = next((c for c in subjects if c.pos_ in ("NOUN", "PROPN")), subjects[0] if subjects else None)
    if subj is None and word.dep_ in ("acl", "acl:relcl", "relcl") and word.head.pos_ == "NOUN":
        subj = word.head  # « Deux détachements … sont à l'œuvre en Turquie »: the copula clause read as a modifier
    if subj is None:
        return []
    # "are on the ground in Port Moresby": the place hangs on the words that say they are there
    around = [word, *(n for p, n in pps(word) if on_site(p, n, lex))]
    destination = next(
        (
            n
            for tok in around
            for p, n in pps(tok)
            if p in lex.preps["destination"]
            and place_like(n, p, lex)
            and not negated(n, lex)
            and not on_site(p, n, lex)
        ),
        None,
    )
    # « l'équipe de France de rugby est présente à Marseille », « les experts du GIEC », "executives
    # from the company arrived", "the airliner landed": no forces
    # warships and fighters go under their own crews: « la frégate Alsace est arrivée en mer Rouge »; other
    # equipment that arrives was delivered, not deployed
    warships = lex.nouns.get("warships", frozenset())
    forces = any(
        is_military(t, lex)
        and t.lemma_.lower() not in lex.nouns.get("equipment", ())
        or relief_team(t, lex)
        or t.lemma_.lower() in warships
        for t in map(lambda c: counted_noun(c, lex), conjuncts(subj))
    )
    if not forces:
        return []
    # forces that arrive from abroad were sent by their country: "a team of 55 rescuers from Spain",
    # « des secouristes belges sont arrivés »
    arrived = word.lemma_.lower() in lex.verbs.get("arrival", ())
    origin = origin_of(subj, lex) if arrived else None
    sent = arrived and (origin is not None or nation_in(subj, lex) is not None)
    if destination is None:
        # "… arrived on Monday": where the article's scene is
        return scene_events(word, subj, sentence, article, lex, agent=origin) if sent else []
    # forces that are somewhere are the ones there (« Qui est présent en Roumanie ? »), unless a body owns
    # them, they arrived from abroad or someone put them there (« les soldats seront débarqués sur la côte »)
    put_there = is_passive(word) and word.lemma_.lower() not in lex.verbs.get("self_moving", ())
    agent = owner_in(subj, lex) or by_agent(word, lex) or origin
    if agent is None and not put_there and not sent:
        if classify_one(destination, lex) not in ("country", "place", "name"):
            return []  # "rescuers arrived at the site": who is where, with no place worth asking
        agent = subj
    roles = Roles(agent=agent, theme=subj, destination=destination)
    events = build("deployment", word, sentence, roles, modality_of(word, lex), article, lex)
    return [replace(e, asked_as=deployment_verb(lex)) for e in events]


def origin_of(forces: Token, lex: Lexicon) -> Token | None:
    """ "a team of rescuers from Spain's Military Emergencies Unit", « des sauveteurs venus de Belgique »:
    the country or body the forces come from, which sent them."""
    sources = lex.preps.get("source", frozenset())
    origin = sources - lex.preps.get("owner", frozenset()) - partitive(lex)  # "from", not « de »
    for tok in [forces, *(c for c in forces.subtree if c.i != forces.i and c.pos_ in ("NOUN", "VERB"))]:
        # after a verb, « de » says where from: « venus de Belgique »
        preps = sources if tok.pos_ == "VERB" and tok.head.i == forces.i else origin
        for prep, noun in pps(tok):
            named = service_of(noun, lex)  # "from the U.S. Coast Guard's training branch"
            if prep in preps and classify_one(named, lex) in ("country", "org"):
                return named
    return None


def on_site(prep: str, noun: Token, lex: Lexicon) -> bool:
    """ "on the ground", « sur le terrain », « sur place »: words that say someone is where the story is."""
    words = " ".join([prep, *(c.lower_ for c in noun.children if c.dep_ == "det" and c.i < noun.i), noun.lower_])
    return words.strip() in lex.words.get("on_site", ())


def on_site_presence(tok: Token, lex: Lexicon) -> bool:
    """« Des sauveteurs belges sont sur place à Port-au-Prince », "officers are on the ground in Port
    Moresby": forces said to be there, with « être » / "be"."""
    case = [c.lower_ for c in tok.children if c.dep_ == "case"]
    if case and any(c.dep_ == "cop" for c in tok.children):  # French: the place words are the predicate
        return on_site(case[0], tok, lex)
    return tok.lemma_.lower() in lex.verbs.get("copula", ()) and any(on_site(p, n, lex) for p, n in pps(tok))


def scene_events(
    verb: Token,
    theme: Token,
    sentence: Span,
    article: Article,
    lex: Lexicon,
    destination: Token | None = None,
    agent: Token | None = None,
) -> list[Event]:
    """Deployments whose place, and giver when the forces name no owner, come from the scene."""
    roles = Roles(agent=agent or owner_in(theme, lex), theme=theme, destination=destination)
    events = build("deployment", verb, sentence, roles, modality_of(verb, lex), article, lex, keep_bare=True)
    return [
        replace(e, needs_place=True, asked_as=deployment_verb(lex), theme=without_preposition(e.theme)) for e in events
    ]


def unit_events(verb: Token, unit: Token | None, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """« Ce bataillon intègre une compagnie belge », « Cela représente 71 sapeurs… »: forces that
    make up a unit, or what was just told, are deployed where it is (the scene says where)."""
    if not demonstrative(unit):
        return []  # « l'équipe qui a gagné compte deux anciens militaires »: no unit told of before
    objects = [c for c in verb.children if c.dep_ in OBJECT | {"attr"} and c.i > verb.i]
    themes = [t for obj in objects for t in conjuncts(obj) if is_force(t, lex)]
    return [e for theme in themes for e in scene_events(verb, theme, sentence, article, lex)]


def joining_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """« Ce dispositif est complété par une équipe », "a team joined the force": the newcomers are deployed."""
    if is_passive(verb):
        # « Ils sont accompagnés de quatre équipes cynophiles »: « de » names who comes along
        newcomer = by_agent(verb, lex) or next(
            (n for p, n in pps(verb) if p in lex.preps.get("partitive", ()) and n.pos_ in ("NOUN", "PROPN", "NUM")),
            None,
        )
        unit = passive_subject(verb)
    else:
        newcomer, unit = subject(verb), first_child(verb, OBJECT)
    newcomer = counted_noun(newcomer, lex) if newcomer is not None else None
    if newcomer is None or not is_force(newcomer, lex) or not points_back(unit, lex):
        return []  # « deux experts ont rejoint l'équipe de campagne »: no unit told of before
    return scene_events(verb, newcomer, sentence, article, lex)


def relief_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """ "500 soldiers will replace the units that are in Europe": the newcomers go where the relieved are."""
    newcomer, relieved = subject(verb), first_child(verb, OBJECT)
    if relieved is None:  # « relèvera le contingent français »: a second subject after the verb is its object
        relieved = next((c for c in verb.children if c.dep_ in SUBJECT and c.i > verb.i), None)
    if not (is_force(newcomer, lex) and (is_military(relieved, lex) or demonstrative(relieved))):
        return []  # "a new coaching staff will replace the team": no relief of forces
    if newcomer.lemma_.lower() in lex.nouns.get("equipment", ()):
        return []  # « les drones remplacent les avions »: a change of weapons, not a relief
    place = next(
        (
            n
            for tok in [
                relieved,
                *(c for c in relieved.children if c.dep_ in ("acl", "acl:relcl", "relcl", "amod")),
                verb,
            ]
            for p, n in pps(tok)
            if p in lex.preps["destination"] and place_like(n, p, lex)
        ),
        None,
    )
    return scene_events(verb, newcomer, sentence, article, lex, destination=place)


def self_deployed_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """« les troupes se sont déployées le long de la frontière », « une antenne chirurgicale se met en
    place à Muzaffarabad »: forces or a field hospital that deploy themselves are deployed there, by the
    body they belong to (else their nation or the publisher, when the article is settled)."""
    subj = subject(verb)
    if subj is None:
        return []
    deployable = lex.nouns.get("deployable", frozenset())
    items = [counted_noun(c, lex) for c in conjuncts(subj)]
    if not any(is_force(t, lex) or relief_team(t, lex) or t.lemma_.lower() in deployable for t in items):
        return []  # « le nouveau gouvernement se met en place »
    _, destinations = find_places(verb, subj, role_phrases(verb, subj, lex), lex)
    if not destinations:
        return []
    roles = Roles(agent=owner_in(subj, lex), theme=subj, destination=destinations[0])
    events = build("deployment", verb, sentence, roles, modality_of(verb, lex), article, lex)
    return [replace(e, asked_as=deployment_verb(lex)) for e in events]


def holding_events(word: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """« La France compte 5 000 militaires au Sahel », « dispose de 3 000 soldats au Mali », "Britain has
    900 soldiers in Estonia": a state or a force that has forces somewhere has them deployed there.

    ``word`` is the verb of having, or the forces' noun when the parser took « ont » for an auxiliary
    (« Les États-Unis ont 2 500 soldats en Irak »). Only soldiers, ships and military means, or a
    state's teams; never its citizens or inhabitants, nor a company's staff; never in its own country.
    """
    if word.pos_ == "NOUN":
        forces, verb = word, next((c for c in word.children if c.dep_ == "aux:tense"), None)
        if verb is None:
            return []
    else:
        verb = word
        forces = first_child(word, OBJECT) or next(
            (n for p, n in pps(word) if p in lex.preps.get("partitive", ()) and n.pos_ == "NOUN"), None
        )
    holder = first_child(word, SUBJECT)
    if forces is None or holder is None:
        return []
    placed = lex.verbs.get("presence", frozenset())
    if any(
        c.dep_ in ("acl", "amod") and ({c.lemma_.lower(), *noun_forms(c)} & placed or told_deployed(c, lex))
        for c in forces.children
    ):
        return []  # « ont des soldats stationnés en Roumanie »: the participle tells it, in its own words
    kind = classify_one(holder, lex)
    counted = [counted_noun(c, lex) for c in conjuncts(forces)]
    military = all(is_military(t, lex) for t in counted)
    if not (military and (kind in ("country", "org") or is_military(holder, lex))):
        if not (kind == "country" and all(relief_team(t, lex) or is_force(t, lex) for t in counted)):
            return []
    own = {holder.text.lower(), *(t.text.lower() for t in holder.subtree)}
    destination = next(
        (
            n
            for t in (word, forces)
            for p, n in pps(t)
            if p in lex.preps["destination"] and place_like(n, p, lex) and n.text.lower() not in own
        ),
        None,
    )
    if destination is None:
        return []
    roles = Roles(agent=holder, theme=forces, destination=destination)
    neg = lex.words.get("negation", frozenset())
    # « ne dispose d'aucun soldat en Syrie », "has no troops in Syria"
    modality = "negated" if any(c.lower_ in neg for c in forces.children) else modality_of(verb, lex)
    events = build("deployment", word, sentence, roles, modality, article, lex)
    return [replace(e, asked_as=deployment_verb(lex)) for e in events]


def told_deployed(tok: Token, lex: Lexicon) -> bool:
    return "deployment" in lex.verb_kinds(tok.lemma_.lower())


def points_back(unit: Token | None, lex: Lexicon) -> bool:
    """« ce dispositif », « Ils », "they": the unit the sentence before told of."""
    standing = lex.raw.get("question_rules", {}).get("standing_pronouns", ())
    return demonstrative(unit) or (unit is not None and unit.pos_ == "PRON" and unit.lower_ in standing)
