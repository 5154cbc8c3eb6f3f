"""Transfers, deployments and requests: the dispatch from a sentence's predicates to the family
that reads each (``giving``, ``presence``, ``movement``, ``requests``, ``nominal``, ``receive``…),
and the roles those families share. Role types (what may be given) are in ``roletypes``.

Roles are read from the dependency tree, with fallbacks for what a small parser gets
wrong: a recipient hung on the object noun (« des missiles à l'Ukraine »), an object parsed
as a prepositional phrase (« a fourni à l'Ukraine des drones ») or as a second subject, a
destination attached to the wrong verb of a coordination or deep in a modifier. Two
predicates of one sentence that tell the same event (« un envoi acheminé depuis la France…
a été remis aux autorités ») become one fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..gazetteer import is_country
from ..grammar import grammar
from ..lexicon import Lexicon, every_language
from ..models import Article, Mention
from ..numbers import CURRENCY_SIGN
from .context import nation_mention, nation_of
from .mentions import classify, entity_at, is_number, make_mention, resolve_anaphor
from .places import (  # noqa: F401 — the families import the place helpers from here
    PLACE_KINDS,
    TIMES,
    classify_one,
    destination_after,
    destination_in_clause,
    find_places,
    noun_forms,
    party,
    place_like,
)
from .syntax import (
    OBJECT,
    PASSIVE_SUBJECT,
    SUBJECT,
    conjuncts,
    first_child,
    governing_verbs,
    is_passive,
    left_coordinate,
    listed_subjects,
    negated,
    pps,
    subject,
)


def partitive(lex: Lexicon) -> frozenset[str]:
    """« des drones », « d'aide », "of food": the prepositions that bring a part of something."""
    return lex.preps.get("partitive", frozenset())


RECEIVERS = {"country", "org", "person", "group", "name"}  # who can receive a gift announced
OWNER_KINDS = {"country", "org", "area", "place"}  # « de l'Unité n°1 », « de la zone de défense »
NAMED_KINDS = {"country", "place", "org", "person", "name"}
GIVER_KINDS = {"country", "org", "person"}  # who can give, deploy or ask
ADDITIVE = ("ainsi que", "as well as", "along with")  # markers of an item added, not listed


@dataclass(frozen=True, slots=True)
class Event:
    """A predicate with its role mentions, before it becomes a :class:`Fact`."""

    kind: str
    verb: Token
    sentence: Span
    modality: str
    agent: Mention | None
    theme: Mention | None
    quantity: Mention | None
    recipient: Mention | None
    destination: Mention | None
    # told of a package (« le fret », "the package"): its giver and receiver may be those of the
    # package the article introduced before
    from_container: bool = False
    # an event that is only a deployment where the article's scene gives it a place: forces a
    # unit includes (« ce bataillon intègre une compagnie »), forces that replace others
    needs_place: bool = False
    # a gift kept only where the article gives it a receiver (« la France a annoncé une enveloppe de
    # 110 millions d'euros », in an article about one country's crisis)
    needs_receiver: bool = False
    # the forces name their own country (« une compagnie belge », "Polish troops"): no deployer is carried to them
    owned: bool = False
    nation: str | None = None  # that country, when the language table knows the nationality
    # the verb questions use when the article's predicate is not a deploying verb (« représente », "replace")
    asked_as: str | None = None


@dataclass(slots=True)
class Roles:
    """Head tokens of an event's roles while they are being worked out."""

    agent: Token | None = None
    theme: Token | None = None
    recipient: Token | None = None
    destination: Token | None = None
    measure: Token | None = None  # the phrase that carries the quantity, when not the theme


def supplied_with(verb: Token, theme: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """ "provided Ukraine with weapons", « fournir l'Ukraine en armes »: (recipient, theme)."""
    if classify([theme], theme, lex) not in ("country", "person", "org", "group", "name"):
        return None
    for prep, noun in pps(verb):
        if prep in lex.preps.get("supply_with", ()) and noun.i > theme.i:
            return theme, noun
    return None


def measured_contents(theme: Token, lex: Lexicon, verb: Token | None = None) -> Token:
    """ "$2.5 billion in military aid", « 100 millions d'euros d'aide »: what the amount buys.

    With ``verb``, also an aid noun the parser hung on it ("released €500,000 | in funding").
    """
    units = lex.nouns.get("units", frozenset())
    if not (theme.lemma_.lower() in lex.nouns.get("amounts", ()) or theme.pos_ == "NUM"):
        return theme
    attached = list(pps(theme))
    if verb is not None:
        gifts = lex.nouns.get("gifts", frozenset())
        attached += [(p, n) for p, n in pps(verb) if n.i > theme.i and n.lemma_.lower() in gifts]
        # "handed over $4.2 million | in non-lethal equipment": the phrase right after the amount is its own
        attached += [
            (p, n)
            for p, n in pps(verb)
            if phrase_start(n) == theme.right_edge.i + 1 and n.ent_type_ not in TIMES and not is_time(n, lex)
        ]  # not "handed over $4 million | in January"
    for prep, noun in attached:
        if (
            prep in lex.preps.get("contents", ())
            and noun.lemma_.lower() not in units
            and noun.pos_ in ("NOUN", "PROPN")
        ):
            return noun
    return theme


def phrase_start(noun: Token) -> int:
    """Where a prepositional phrase starts: its preposition ("in | equipment") or its first word."""
    return min(noun.left_edge.i, noun.head.i) if noun.dep_ == "pobj" else noun.left_edge.i


def find_events(sentence: Span, article: Article, lex: Lexicon, quoted: set[int]) -> list[Event]:
    # the families, each a module built on this one's roles (imported here: they import this module)
    from .carried import carrier_events
    from .giving import (
        announced_events,
        announced_gift,
        described_package_events,
        give_or_deploy,
        inclusion_events,
    )
    from .increase import increase_events
    from .movement import movement_events
    from .participation import participation_events, takes_part
    from .presence import joining_events, on_site_presence, presence_events, relief_events, self_deployed_events
    from .receive import receive_events, received_gift
    from .requests import reflexive, request_events
    from .support import support_events

    events: list[Event] = []
    hedges = lex.words.get("hedges", frozenset())
    if any(t.lower_ in hedges and t.ent_type_ not in TIMES for t in sentence if t.i not in quoted):  # not "In May"
        return []  # « compte peut-être vingt experts »: the article itself is not sure
    if sentence.text.rstrip().endswith("?"):
        return []  # « La France va-t-elle livrer des Rafale ? »: a question asserts nothing
    for tok in sentence:
        if tok.i in quoted:
            continue
        undertaken = tok.head.lemma_.lower() in lex.verbs.get("undertake", ())  # launched, not condemned
        if tok.dep_ in OBJECT and (
            tok.lemma_.lower() in lex.nouns.get("deployments", ()) or armed_operation(tok, lex) and undertaken
        ):
            events.extend(nominal_events(tok, sentence, article, lex))
            continue
        if tok.lemma_.lower() in lex.nouns.get("progress", ()) and any(c.dep_ == "cop" for c in tok.children):
            from .progress import progress_events

            events.extend(progress_events(tok, sentence, article, lex))  # « est en cours de déploiement »
            continue
        if tok.lemma_.lower() in lex.verbs.get("presence", ()) and any(c.dep_ == "cop" for c in tok.children):
            events.extend(presence_events(tok, sentence, article, lex))  # « sont à l'œuvre en Turquie »
            continue
        if on_site_presence(tok, lex):
            events.extend(presence_events(tok, sentence, article, lex))  # « sont sur place à Port-au-Prince »
            continue
        hold = lex.verbs.get("hold", frozenset())
        holds = is_predicate(tok) and tok.pos_ != "NOUN" and ({tok.lemma_.lower(), *lex.infinitives(tok.lower_)} & hold)
        if holds or tok.pos_ == "NOUN" and any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in tok.children):
            from .presence import holding_events

            if held := holding_events(tok, sentence, article, lex):  # « la France compte 5 000 militaires au Sahel »
                events.extend(held)
                continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.nouns.get("beneficiaries", ()):
            from .receive import beneficiary_events

            events.extend(beneficiary_events(tok, sentence, article, lex))  # « le Niger a été le bénéficiaire de »
            continue
        if not is_predicate(tok) and not participle_read_as_adjective(tok, lex):
            continue
        if conditional(tok, lex):
            continue  # « si le Sénat rejetait le texte, l'État devrait verser… », "if Congress approves, …would send"
        coordinated = tok.head.i if tok.dep_ == "conj" else None  # "accused X of Y and sent troops": told
        told_off = lex.verbs.get("accuse", frozenset()) | lex.verbs.get("weigh", frozenset())
        if any(g.lemma_.lower() in told_off and g.i != coordinated for g in governing_verbs(tok)):
            continue  # « accuse l'OTAN de masser des forces », "blamed Kyiv for shelling": alleged, not told
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lex.verbs.get("aim", ()):
            continue  # « Elle vise à renforcer les unités », "it seeks to bolster": an aim, no deed told
        lemma = phrasal(tok, predicate_lemma(tok, lex), lex)
        kinds = lex.verb_kinds(lemma)
        if takes_part(tok, lemma, lex) and (engaged := participation_events(tok, sentence, article, lex)):
            events.extend(engaged)  # « participe à l'opération X au Mali avec 5 000 militaires »
            continue
        if "transfer_if_gift" in kinds and gift_like(object_of(tok, lex), lex):
            kinds = ("transfer",)  # « les partenaires déploient une aide d'urgence »: aid is given, not deployed
        if "transfer_if_goods" in kinds and (theme := object_of(tok, lex)) is not None:
            kinds = ("transfer",) if received_gift(theme, lex) else ()  # « ont proposé des abris », not « un plan »
        if "deployment_if_deployable" in kinds:
            kinds = ("deployment",) if deployable_by_nature(object_of(tok, lex), lex) else ()
        if "deployment" in kinds and reflexive(tok, lex):
            events.extend(self_deployed_events(tok, sentence, article, lex))  # « se sont déployées à »
        elif "request" in kinds:
            events.extend(request_events(tok, sentence, article, lex))
        elif {"transfer", "deployment"} & set(kinds):
            if any("request" in lex.verb_kinds(g.lemma_) for g in governing_verbs(tok)):
                continue  # « demander à X de fournir Y » is one request, not a transfer
            given = give_or_deploy(tok, kinds, sentence, article, lex)
            if not given and ("movement" in kinds or "deployment" in kinds) and object_of(tok, lex) is None:
                # "the battalion will rotate into Latvia", "six instructors will deploy to Mogadishu"
                given = movement_events(tok, sentence, article, lex)
            events.extend(given)
        elif lemma in lex.verbs.get("announce", ()) and announced_gift(tok, lex):
            events.extend(announced_events(tok, sentence, article, lex))
        elif lemma in lex.verbs.get("worth", ()) and (valued := worth_of(tok, sentence, article, lex)):
            events.extend(valued)  # « l'aide française s'élève à 34 millions d'euros »
        elif lemma in lex.verbs.get("include", ()):
            events.extend(inclusion_events(tok, sentence, article, lex))
        elif lemma in lex.verbs.get("increase", ()):
            events.extend(increase_events(tok, sentence, article, lex))
        elif lemma in lex.verbs.get("receive", ()):
            events.extend(receive_events(tok, sentence, article, lex))
        elif lemma in lex.verbs.get("benefit", ()):
            events.extend(support_events(tok, sentence, article, lex))  # « soutient le CICR à hauteur de… »
        elif lemma in lex.verbs.get("join", ()):
            # « une équipe complète ce dispositif »; else « 60 médecins rejoignent Islamabad »: a place reached
            events.extend(joining_events(tok, sentence, article, lex) or movement_events(tok, sentence, article, lex))
        elif lemma in lex.verbs.get("relieve", ()):
            events.extend(relief_events(tok, sentence, article, lex))
        elif carried := carrier_events(tok, sentence, article, lex):
            events.extend(carried)  # « un avion … a atterri à Beyrouth avec à son bord 30 secouristes »
        elif lemma in lex.verbs.get("presence", ()) or tok.lower_ in lex.verbs.get("presence", ()):
            events.extend(presence_events(tok, sentence, article, lex))
        elif lemma in lex.verbs.get("movement", ()) or lemma in lex.verbs.get("reach", ()):
            events.extend(movement_events(tok, sentence, article, lex))
    from .nominal import (  # families of their own, built on this module's roles
        gift_noun_events,
        on_request_events,
        request_noun_events,
    )

    told = [(e.theme.start, e.theme.end) for e in events if e.theme is not None]
    for tok in sentence:  # "A second shipment, including two boats, is scheduled for delivery"
        if (
            tok.dep_ in SUBJECT | PASSIVE_SUBJECT
            and is_container(tok, lex)
            and not any(a <= tok.idx < b for a, b in told)
        ):
            events.extend(described_package_events(tok, sentence, article, lex))
    told = [(e.theme.start, e.theme.end) for e in events if e.theme is not None]
    for tok in sentence:
        if (
            tok.pos_ == "NOUN"
            and tok.i not in quoted
            and tok.lemma_.lower() in lex.nouns.get("gift_events", ())
            and not any(a <= tok.idx < b for a, b in told)
            and tok.head.i not in {e.verb.i for e in events}  # « a annoncé la livraison de … »: told by the verb
            # « a pris livraison de », "took delivery of": the subject received it, from someone unsaid
            and phrasal(tok.head, tok.head.lemma_.lower(), lex) not in lex.verbs.get("receive", ())
        ):
            sends_forces = any(p in partitive(lex) and is_force(n, lex) for p, n in noun_complements(tok, lex))
            if sends_forces and tok.dep_ in OBJECT:  # « a annoncé l'envoi de 150 militaires en Estonie »
                events.extend(nominal_events(tok, sentence, article, lex))
            else:
                events.extend(gift_noun_events(tok, sentence, article, lex))
        elif tok.pos_ == "NOUN" and tok.i not in quoted and tok.lemma_.lower() in lex.nouns.get("request_nouns", ()):
            if tok.head.i not in {e.verb.i for e in events}:
                events.extend(request_noun_events(tok, sentence, article, lex))
            events.extend(on_request_events(tok, [e for e in events if e.sentence == sentence], article, lex))
    from .breakdown import breakdown_events  # forces counted, then broken down after a colon

    events.extend(breakdown_events(merge(events), sentence, article, lex))
    from .shares import share_events  # money shared out after a colon

    return merge(share_events(merge(events), sentence, article, lex))


def conditional(verb: Token, lex: Lexicon) -> bool:
    """A deed under a condition (« si … », "if …", "unless …"), in its own clause or the one it depends on."""
    marks = lex.words.get("conditions", frozenset())
    clauses = [verb, *governing_verbs(verb)]
    if any(m.dep_ == "mark" and m.lower_ in marks for v in clauses for m in v.children):
        return True  # "did not say whether troops would be sent": an open question, its own clause
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for v in clauses
        for c in v.children
    )


def armed_operation(noun: Token, lex: Lexicon) -> bool:
    """« une intervention militaire », "a military operation": forces sent, told by what they do; not
    « une intervention délicate » (a surgeon's) nor « une opération de communication »."""
    return noun.lemma_.lower() in lex.nouns.get("operations", ()) and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.words.get("armed", ()) for c in noun.children
    )


def is_predicate(tok: Token) -> bool:
    """A verb, or a word the tagger got wrong but that governs a subject or an object."""
    return tok.pos_ in ("VERB", "AUX") or any(c.dep_ in SUBJECT | OBJECT | PASSIVE_SUBJECT for c in tok.children)


def participle_read_as_adjective(tok: Token, lex: Lexicon) -> bool:
    """« 12 tentes offertes à l'hôpital par la Belgique »: a participle of giving or deploying the
    tagger read as an adjective of its noun (its lemma is the verb's)."""
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ in ("amod", "acl")
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.i < tok.i
        and tok.lower_ != tok.lemma_.lower()  # « offertes » → offrir; not an adjective of its own
        and bool({"transfer", "deployment"} & set(lex.verb_kinds(tok.lemma_.lower())))
    )


def phrasal(verb: Token, lemma: str, lex: Lexicon) -> str:
    """« mettre en place des hélicoptères » is « déployer », « mettre à disposition » is « fournir »,
    « faire don de » is « donner »: the verb a verb-and-phrase idiom of the language table stands for."""
    idioms = lex.raw["verbs"].get("phrasal", {})
    return next((idioms[key] for key, _ in idiom_keys(verb, lemma) if key in idioms), lemma)


def idiom_keys(verb: Token, lemma: str) -> list[tuple[str, Token]]:
    """(key, word) for each way a word may complete the verb into an idiom of the table: a phrase
    (« mettre à | disposition »), an object or a complement (« fait | don de », "made | available"),
    or a « faire » the parser read as an auxiliary (« a fait | parvenir »)."""
    keys = [(f"{lemma} {p} {n.lemma_.lower()}", n) for p, n in pps(verb)]
    keys += [
        (f"{lemma} {c.lemma_.lower()}", c)
        for c in verb.children
        if c.dep_ in OBJECT
        or c.dep_ in ("xcomp", "ccomp", "acomp", "oprd")
        and c.pos_ in ("VERB", "ADJ")
        or c.dep_ == "prt"
    ]
    keys += [(f"{c.lemma_.lower()} {lemma}", c) for c in verb.children if c.dep_ in ("aux", "dep") and c.i < verb.i]
    return keys


def idiom_word(verb: Token, lex: Lexicon) -> Token | None:
    """The word that makes the verb an idiom of the table (see :func:`idiom_keys`), part of the verb:
    no place, no receiver, no thing given."""
    idioms = lex.raw["verbs"].get("phrasal", {})
    return next((word for key, word in idiom_keys(verb, verb.lemma_.lower()) if key in idioms), None)


def predicate_lemma(tok: Token, lex: Lexicon) -> str:
    """The verb's lemma; for a verb the tagger read as a noun (« ce bataillon intègre une
    compagnie »: intègre), the infinitive its ending points to, when a table knows it."""
    lemma = tok.lemma_.lower()
    if lex.verb_kinds(lemma):
        return lemma
    return next((guess for guess in lex.infinitives(tok.lower_) if lex.verb_kinds(guess)), lemma)


def counted_noun(theme: Token, lex: Lexicon) -> Token:
    """« 200 soldats » parsed as the number with « soldats » hung on it (« deux cents soldats »: on
    « cents », read as a noun): the noun says what was sent."""
    known = lex.nouns["forces"] | lex.nouns.get("rescuers", frozenset())
    if nation_of(theme, lex) is not None:
        # « 300 personnels français »: « personnels » read as an adjective of « français », read as the noun
        return next((c for c in theme.children if c.dep_ == "amod" and c.i < theme.i and noun_forms(c) & known), theme)
    if theme.lemma_.lower() in lex.nouns.get("approximations", frozenset()):
        # « une trentaine de militaires », "dozens of firefighters": the people the rough count counts
        return next((n for p, n in pps(theme) if p in partitive(lex) and n.is_alpha), theme)
    if not (theme.pos_ == "NUM" or theme.like_num or theme.lower_ in lex.numbers):
        return theme
    # « 80 secouristes » with « secouristes » read as a participle: a noun of the tables still counts
    return next(
        (c for c in theme.children if c.i == theme.i + 1 and (c.pos_ == "NOUN" or noun_forms(c) & known)), theme
    )


def is_force(tok: Token | None, lex: Lexicon) -> bool:
    if tok is None:
        return False
    if tok.lemma_.lower() in lex.nouns["forces"]:
        return not machine_of_things(tok, lex)
    # « des Casques bleus » tagged with « bleus » as the noun: the table's two-word name
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and any(f"{f} {tok.lemma_.lower()}" in lex.nouns["forces"] for f in noun_forms(before))


def machine_of_things(tok: Token, lex: Lexicon) -> bool:
    """ "water purification units", « unités de potabilisation », "power systems": a force's noun that its
    modifier makes a machine for things, given like any goods."""
    words = lex.nouns.get("machine_purposes", frozenset())
    modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    modifiers += [n for p, n in pps(tok) if p in partitive(lex) or p in lex.preps.get("owner", ())]
    return any(noun_forms(t) & words for m in modifiers for t in m.subtree)


def is_military(tok: Token | None, lex: Lexicon) -> bool:
    """Forces that are military whatever the article: not « équipe », "staff" or « experts », which a
    rugby club, a campaign or a panel have too."""
    return is_force(tok, lex) and tok.lemma_.lower() not in lex.nouns.get("civilian_too", ())


def sent_staff(tok: Token, lex: Lexicon) -> bool:
    """« une vingtaine de réservistes », "12 experts": people a sending verb sends are deployed, never
    given; not « des agents pathogènes », whose adjective makes them no people."""
    if not noun_forms(tok) & lex.nouns.get("envoys", frozenset()):
        return False
    relief = lex.words.get("relief", frozenset()) | lex.words.get("more", frozenset())  # "300 additional experts"
    return all(national(a, lex) or a.lower_ in relief for a in tok.children if a.dep_ == "amod")


def relief_team(tok: Token, lex: Lexicon) -> bool:
    """« une équipe de secouristes », « des équipes médicales », "a search and rescue team", « 60 médecins »."""
    lemma = tok.lemma_.lower()
    if noun_forms(tok) & lex.nouns.get("rescuers", frozenset()):
        return True
    if noun_forms(tok) & lex.nouns.get("envoys", frozenset()) and (
        national(tok, lex) or nation_of(tok.head, lex) or of_armed_forces(tok, lex)
    ):
        return True  # « cinq experts français », "British staff": sent by a state, not a panel's members
    if lemma not in lex.nouns.get("civilian_too", ()):
        return False
    if from_armed_body(tok, lex):
        return True  # "a team from the U.S. Coast Guard": a team an armed service sends
    relief = lex.words.get("relief", frozenset())
    rescuers = lex.nouns.get("rescuers", frozenset())
    # « une équipe médicale », "a team of 30 firefighters": the team is made of rescuers
    return any(
        t.lemma_.lower() in relief or t.lower_ in relief or noun_forms(t) & rescuers
        for t in tok.subtree
        if t.i != tok.i
    )


def from_armed_body(tok: Token, lex: Lexicon) -> bool:
    """ "A team from the U.S. Coast Guard", « une équipe de la Marine nationale »: a group a named armed
    service or ministry sends; not "a team from Apple", « l'équipe de France »."""
    body = lex.nouns["forces"] | lex.nouns.get("authorities", frozenset())
    preps = lex.preps.get("owner", frozenset()) | lex.preps.get("source", frozenset())
    for prep, noun in pps(tok):
        if prep not in preps:
            continue
        # "from the U.S. Coast Guard's training branch": a branch of the named service
        for named in [noun, *(c for c in noun.children if c.dep_ in ("poss", "nmod:poss"))]:
            if (named.pos_ == "PROPN" or named.ent_type_ == "ORG") and any(
                noun_forms(t) & body for t in named.subtree if t.is_title or t.is_upper
            ):
                return True
    return False


def of_armed_forces(tok: Token, lex: Lexicon) -> bool:
    """ "Australian Defence Force liaison officers": staff named after the armed forces or the ministry
    they serve in; not "Apple engineers"."""
    body = lex.nouns["forces"] | lex.nouns.get("authorities", frozenset())
    named = [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ == "ORG"]
    return any(noun_forms(t) & body for c in named for t in c.subtree)  # "Defence Forces": a plural name


def demonstrative(tok: Token | None) -> bool:
    """« cela », « ce bataillon », "this force": a word that points back to what was just told."""
    return tok is not None and (
        "Dem" in tok.morph.get("PronType")
        or any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in tok.children)
    )


def owner_in(theme: Token, lex: Lexicon) -> Token | None:
    """« 71 sapeurs et 4 chiens de l'Unité n°1 »: the named body forces belong to, anywhere in their list."""
    for tok in conjuncts(theme) + [c for c in theme.children if c.dep_ == "conj"]:
        for prep, noun in pps(tok):
            if prep in lex.preps.get("owner", ()) and classify([noun], noun, lex) in OWNER_KINDS:
                return service_of(noun, lex)
    return None


def service_of(unit: Token, lex: Lexicon) -> Token:
    """ "the U.S. Coast Guard's International Mobile Training Branch": the service a branch belongs to."""
    owner = next((c for c in unit.children if c.dep_ in ("poss", "nmod:poss") and c.ent_type_ in ("ORG", "GPE")), None)
    return owner if owner is not None and classify([owner], owner, lex) in ("org", "country") else unit


# -- roles ---------------------------------------------------------------------------------


def by_agent(verb: Token, lex: Lexicon) -> Token | None:
    """The « par X » / "by X" agent, unless X is the means of transport; also when the parser
    hung it on a neighbouring phrase (« déployées en Roumanie par la France »)."""
    attached = list(pps(verb))
    places = [n for p, n in attached if p in lex.preps["destination"] and place_like(n, p, lex)]
    # « distribués à 5 000 familles par la Croix-Rouge »: a named giver hung on the receivers
    receivers = [n for p, n in attached if p in lex.preps["recipient"]]
    named = [pp for n in receivers for pp in pps(n) if classify_one(pp[1], lex) in ("country", "org", "person")]
    for prep, noun in attached + [pp for n in places for pp in pps(n)] + named:
        if prep in lex.preps["agent"] and noun.lemma_.lower() not in lex.nouns.get("vehicles", ()):
            if noun.pos_ in ("ADV", "ADJ", "VERB") or bare_singular(noun):
                continue  # « par ailleurs », « par exemple », "by air": a fixed phrase, not who
            if model_designation(noun) or product_instance(noun):
                continue  # « acheminés par Casa CN-235 », "flown in by a C-130": an aircraft, not who gives
            if {noun.lemma_.lower(), noun.lower_} & lex.nouns.get("channels", frozenset()):
                continue  # « par l'intermédiaire du PAM », "by means of a mechanism": the way, not who
            if is_time(noun, lex) or noun.ent_type_ in TIMES or noun.lemma_.lower() in lex.nouns.get("deadlines", ()):
                continue  # "deployed by the end of the year", « d'ici la fin »: a deadline, not who
            return noun
    return None


def bare_singular(noun: Token) -> bool:
    """A common noun with no determiner, number or possessive, in the singular (« par exemple », « par
    avion », "by road"): a set phrase of manner or means; a giver is named, counted or determined."""
    return (
        noun.pos_ == "NOUN"
        and "Plur" not in noun.morph.get("Number")
        and not any(c.dep_ in ("det", "nummod", "poss", "nmod:poss", "amod") for c in noun.children)
    )


def model_named(name: Token) -> bool:
    """ "a CC-177 Globemaster III": a name written after a machine's designation is the machine's."""
    return any(
        c.dep_ == "compound" and -3 <= c.i - name.i < 0 and sum(ch.isdigit() for ch in c.text) >= 2 and "-" in c.text
        for c in name.children
    )


def model_designation(noun: Token) -> bool:
    """ "C-130", « A400M », « Casa CN-235 »: a machine's type, letters with a number of two digits or
    more; not the G20 or the G7, which the tagger knows as organisations."""
    if noun.ent_type_ == "ORG":
        return False
    # the agent's own word and the words of its name (« Casa | CN-235 »), not what qualifies it ("COVID-19 task force")
    near = [
        noun,
        *(
            c
            for c in noun.children
            if 0 < c.i - noun.i <= 2 and c.dep_ in ("amod", "flat", "flat:name", "nummod", "appos")
        ),
    ]
    if any(sum(ch.isdigit() for ch in t.text) >= 2 and any(ch.isalpha() for ch in t.text) for t in near):
        return True
    # « Casa CN 295 », "C 130": a short capitalised code followed by its number
    doc = noun.doc
    return any(
        t.text.isupper()
        and len(t.text) <= 4
        and t.i + 1 < len(doc)
        and doc[t.i + 1].text.isdigit()
        and len(doc[t.i + 1].text) >= 2
        for t in doc[noun.i : noun.i + 3]
    )


def product_instance(noun: Token) -> bool:
    """« par un Casa CN 295 », "by an Airbus": a name with an indefinite article is one of a make, a
    machine; a country, a body or a person is never « un » anything."""
    indefinite = any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in noun.children)
    return (
        noun.text[:1].isupper() and not noun.is_upper and indefinite and noun.ent_type_ not in ("PERSON", "PER", "GPE")
    )


def giver(agent: Token | None, lex: Lexicon) -> Token | None:
    """A package does not give itself: containers, vehicles, weapons and instruments are no agents, their
    owner is ("the U.S. package" was given by the U.S.)."""
    if agent is not None and (
        agent.lemma_.lower() in lex.nouns.get("containers", ()) | lex.nouns.get("vehicles", ())
        or agent.lemma_.lower() in lex.nouns.get("equipment", ())  # "the frigate will carry a helicopter"
        or agent.pos_ == "PROPN"
        and (model_designation(agent) or product_instance(agent) or model_named(agent))
        or is_instrument(agent, lex)
    ):
        return owner_of(agent, lex)
    return agent


def is_instrument(tok: Token | None, lex: Lexicon) -> bool:
    """ "the presidential drawdown authority", « le programme »: a means of giving, unless named."""
    return (
        tok is not None
        and tok.pos_ == "NOUN"
        and not tok.ent_type_
        and tok.lemma_.lower() in lex.nouns.get("instruments", ())
    )


def owner_of(container: Token, lex: Lexicon) -> Token | None:
    """The country a container belongs to: "the U.S. package", « l'envoi de la France »."""
    for child in container.children:
        if child.dep_ in ("compound", "poss", "nmod:poss", "amod") and classify([child], child, lex) == "country":
            return child
    for prep, noun in pps(container):
        if prep in lex.preps.get("source", ()) and classify([noun], noun, lex) in ("country", "org"):
            return noun
    for clause in container.children:  # « les avions affrétés par le ministère », "planes chartered by the UN"
        if clause.dep_ in ("acl", "amod") and clause.lemma_.lower() in lex.verbs.get("charter", ()):
            who = by_agent(clause, lex)
            if who is not None and classify([who], who, lex) in ("country", "org"):
                return who
    return None


def is_container(tok: Token | None, lex: Lexicon) -> bool:
    return tok is not None and tok.lemma_.lower() in lex.nouns.get("containers", ())


def core_roles(verb: Token, lex: Lexicon) -> Roles:
    """Agent and theme heads for active, passive and participial clauses."""
    relative = relative_object(verb)
    if relative is not None:
        return Roles(agent=first_child(verb, SUBJECT), theme=relative)
    past_participle = (
        "Part" in verb.morph.get("VerbForm") and "Pres" not in verb.morph.get("Tense") or verb.tag_ == "VBN"
    ) or participle_read_as_adjective(verb, lex)
    if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN") and past_participle:
        head = agreeing_head(verb, lex)
        # « 12 tentes offertes à l'hôpital | par la Belgique »: the « par » phrase hung on the noun
        beside = next(
            (
                n
                for p, n in [*pps(verb.head), *pps(head), *pps(verb.head.head)]
                if p in lex.preps["agent"]
                and n.i > verb.i
                and classify_one(n, lex) in GIVER_KINDS
                and not model_designation(n)
                and not product_instance(n)
            ),
            None,
        )
        holder = owner_subject(head)
        if holder is not None and holder.head.lemma_.lower() in lex.verbs.get("receive", ()):
            holder = None  # « le Niger a reçu des tentes offertes »: who receives did not give
        return Roles(agent=by_agent(verb, lex) or beside or holder, theme=head)
    if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN") and present_participle(verb):
        # "a crew delivering food to the victims", « une équipe apportant des vivres »: the noun acts
        theme = first_child(verb, OBJECT, after=True) or next(
            (n for p, n in pps(verb.head) if p in partitive(lex) and n.i > verb.i and n.pos_ == "NOUN"), None
        )  # « une équipe apportant | des vivres »: the object hung on the noun
        return Roles(agent=verb.head, theme=theme)
    if is_passive(verb):
        return Roles(agent=by_agent(verb, lex), theme=passive_subject(verb) or subject(verb))
    # « a demandé lundi des tentes », « a livré l'an dernier deux patrouilleurs »: a time read as the object
    objects = [c for c in verb.children if c.dep_ in OBJECT]
    theme = next((c for c in [c for c in objects if c.i > verb.i] or objects if not is_time(c, lex)), None)
    if theme is None:  # « a envoyé lundi matin 35 sauveteurs »: the object hung on the time read as one
        theme = next(
            (
                n
                for c in [*objects, *(x for x in verb.children if x.dep_ == "xcomp")]
                if is_time(c, lex)
                for n in c.children
                if n.dep_ in ("nmod", "appos", "conj", "obj") and n.pos_ == "NOUN" and n.i > c.i and not is_time(n, lex)
                if not any(x.dep_ == "case" for x in n.children)
            ),
            None,
        )
    if theme is None:  # « a remis au ministre, M. X, un lot de matériels »: the object read as a conjunct
        theme = object_read_as_conjunct(verb)
    if theme is None:  # a second "subject" after the verb is its object
        theme = next((c for c in verb.children if c.dep_ in SUBJECT and c.i > verb.i), None)
    if theme is None and verb.dep_ in ("advmod", "amod", "dep") and verb.head.pos_ == "NOUN" and verb.head.i > verb.i:
        theme = verb.head  # « revendiquent l'obtention »: the object read as the verb's head
    return Roles(agent=subject(verb), theme=theme)


def object_read_as_conjunct(verb: Token) -> Token | None:
    """« a remis au ministre délégué, M. Fortuné Agossou, un lot de matériels »: after a name set off by
    commas, the parser may join the object to the name; a conjunct with its determiner and no « et » /
    "and" before it, right after a comma, is the object."""
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.dep_ != "conj" or tok.pos_ != "NOUN" or any(c.dep_ == "cc" for c in tok.children):
            continue
        det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i), None)
        first = min(t.i for t in tok.subtree if not t.is_punct)
        if det is not None and det.i == first and tok.doc[det.i - 1].text == ",":
            return tok
    return None


def relative_object(verb: Token) -> Token | None:
    """« les 300 tentes que la France a livrées », "the tents (that) France delivered": a relative
    clause with a subject of its own acts on the noun it describes."""
    if verb.dep_ not in ("acl", "acl:relcl", "relcl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subj = first_child(verb, SUBJECT)
    if subj is None or subj.lower_ in every_language("relative_pronouns") or is_passive(verb):
        return None
    objects = [c for c in verb.children if c.dep_ in OBJECT]
    if objects and not all({"Rel", "Int"} & set(c.morph.get("PronType")) or c.tag_ in ("WDT", "WP") for c in objects):
        return None  # « la France, qui a livré des tentes »: the clause's own object
    if not objects and verb.i < subj.i:
        return None
    return verb.head


def present_participle(verb: Token) -> bool:
    return verb.tag_ == "VBG" or "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")


def is_time(tok: Token, lex: Lexicon) -> bool:
    """« lundi », "on Monday", and a time unit nothing counts: « l'an dernier », "last week"."""
    if tok.ent_type_ in TIMES or tok.lower_ in lex.words.get("time_words", ()):
        return True
    units = lex.words.get("time_units", frozenset())
    return tok.lemma_.lower() in units and not any(is_number(c, lex) for c in tok.children)


def agreeing_head(participle: Token, lex: Lexicon) -> Token:
    """The noun a participle describes: « le bataillon de la force de l'OTAN déployé » is the battalion.

    The parser hangs the participle on the nearest noun; French agreement (gender, number)
    and the kind of noun say which one it belongs to.
    """
    head = participle.head
    if head.lemma_.lower() in lex.nouns["forces"] or classify([head], head, lex) not in NAMED_KINDS:
        return head
    gender, number = participle.morph.get("Gender"), participle.morph.get("Number")
    fallback = None
    for current in list(head.ancestors)[:5]:
        if current.pos_ not in ("NOUN", "PROPN"):
            break
        agrees = (not gender or current.morph.get("Gender") == gender) and (
            not number or current.morph.get("Number") == number
        )
        if agrees and current.lemma_.lower() in lex.nouns["forces"]:
            return current
        if agrees and fallback is None:
            fallback = current
    return fallback or head


def passive_subject(verb: Token) -> Token | None:
    """The subject of a passive verb, shared by coordinated verbs (« est acheminé … et sera remis »)."""
    current = verb
    while True:
        found = first_child(current, PASSIVE_SUBJECT | SUBJECT)
        if found is not None or current.dep_ != "conj" or current.head.pos_ not in ("VERB", "AUX"):
            return found
        current = current.head


def owner_subject(noun: Token) -> Token | None:
    """« la France assure le commandement du bataillon déployé »: who holds what was deployed."""
    current = noun
    for _ in range(4):
        if current.dep_ in OBJECT and current.head.pos_ in ("VERB", "AUX"):
            subj = subject(current.head)
            return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None
        if current.head is current:
            return None
        current = current.head
    return None


def deployable_by_nature(theme: Token | None, lex: Lexicon) -> bool:
    """Forces, a relief team or a field hospital, whoever sends them: not a committee or cameras."""
    if theme is None:
        return False
    noun = counted_noun(theme, lex)
    return is_military(noun, lex) or relief_team(noun, lex) or noun.lemma_.lower() in lex.nouns.get("deployable", ())


def worth_of(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    from .worth import worth_events

    return worth_events(verb, sentence, article, lex)


def object_of(verb: Token, lex: Lexicon) -> Token | None:
    """What a verb acts on, also when the parser hung « des abris » on it as a phrase of « des »."""
    return core_roles(verb, lex).theme or partitive_theme(verb, list(pps(verb)), lex)


def partitive_theme(verb: Token, attached: list[tuple[str, Token]], lex: Lexicon) -> Token | None:
    """« a fourni à l'Ukraine des drones », « ne fournirait pas d'aide »."""
    asked = lex.nouns.get("request_nouns", frozenset())
    for prep, noun in attached:
        if prep in partitive(lex) and noun.pos_ == "NOUN" and noun.i > verb.i:
            return noun
        if noun.lemma_.lower() in asked:
            continue  # « à la demande du ministre »: who asked, not what is given
        inner = next((n for p, n in pps(noun) if p in partitive(lex) and n.pos_ == "NOUN"), None)
        if inner is not None:
            return inner
    return None


def in_the_form_of(verb: Token, theme: Token | None, lex: Lexicon) -> Token | None:
    """« une aide sous la forme de tentes », "assistance in the form of tents": the things given, on the
    verb or on what it gives."""
    shapes = lex.nouns.get("shapes", frozenset())
    for _, shape in [*pps(verb), *(pps(theme) if theme is not None else ())]:
        if shape.lemma_.lower() in shapes:
            return next((n for p, n in pps(shape) if p in partitive(lex) and n.pos_ == "NOUN"), None)
    return None


def contents(theme: Token, lex: Lexicon) -> Token:
    """« un envoi de 33 tonnes de fret », « un total de 105 millions »: a container's contents are what was given."""
    if theme.lemma_.lower() not in lex.nouns.get("containers", frozenset()) | lex.nouns.get("totals", frozenset()):
        return theme
    for prep, noun in pps(theme):
        if prep in partitive(lex) and noun.pos_ in ("NOUN", "PROPN", "NUM"):
            return noun
    for clause in theme.children:  # « un envoi constitué de 8 tonnes de fret »
        if clause.dep_ in ("acl", "amod") and clause.pos_ in ("VERB", "ADJ"):
            noun = next((n for p, n in pps(clause) if p in partitive(lex)), None)
            if noun is not None:
                return noun
    return theme


def role_phrases(verb: Token, theme: Token, lex: Lexicon) -> list[tuple[str, Token]]:
    """Prepositional phrases that may carry a recipient or a destination, nearest first.

    Besides the verb's own, those hung anywhere in the theme's noun phrase (« des missiles
    à l'Ukraine », "rounds of artillery shells to Ukraine"), but not inside its clauses.
    """
    found = list(pps(verb))
    # « fournira 14 chars Challenger 2 à l'Ukraine »: a name the parser made a clause took the receiver
    found += [pp for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "PROPN" for pp in pps(c)]
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):  # « va renforcer … en Estonie »: on « va »
        found += list(pps(verb.head))
    errands = lex.nouns.get("errands", frozenset())
    # « envoyés en renfort auprès des postes », "sent on a mission to Mali": the errand carries the place
    found += [pp for _, noun in list(found) if noun.lemma_.lower() in errands for pp in pps(noun)]
    frontier, depth = conjuncts(theme), 0
    while frontier and depth < 4:
        nxt = []
        for tok in frontier:
            # « 20 tonnes de matériel médical à la Turquie »: also what the parser hung on an adjective
            describing = [c for c in tok.children if c.dep_ == "amod" and c.pos_ == "ADJ" and not subset(c, lex)]
            # « 40 véhicules blindés | à l'Ukraine »; not « des vivres stockés | à Marseille »
            found += [
                pp
                for c in tok.children
                if bare_participle(c) and c.lemma_.lower() in lex.words.get("adjectival_participles", ())
                for pp in pps(c)
                if classify_one(pp[1], lex) in ("country", "org") or party(pp[1], lex)
            ]
            # « 5 millions d'euros destinés aux réfugiés », "$5 million earmarked for refugees": the gift's address
            addressed = lex.preps["recipient"] | lex.preps.get("recipient_named", frozenset())
            # « une aide de 34 millions destinée à l'ONU, dont 20 millions dédiés à Goma »: a part's address is not the whole's
            participles = [
                c for c in tok.children if c.dep_ in ("acl", "amod") and destined(c, lex) and not subset(c, lex)
            ]
            for participle in participles:
                found += [("recipient", n) for p, n in pps(participle) if p in addressed]
            for prep, noun in [pp for t in [tok, *describing] for pp in pps(t)]:
                found.append((prep, noun))
                nxt.append(noun)
        frontier, depth = nxt, depth + 1
    complex_preps = lex.raw["nouns"].get("complex_preps", {})
    for _prep, noun in list(found):
        if noun.lemma_.lower() in complex_preps:  # « en faveur des populations »
            inner = [n for _, n in pps(noun)] or complement_beside(noun, lex)
            found.extend((complex_preps[noun.lemma_.lower()], n) for n in inner)
    # « à la demande du Liban », "at the request of Chile": the reason of the clause, never its receiver
    asked = lex.nouns.get("request_nouns", frozenset())
    return [(p, n) for p, n in found if n.lemma_.lower() not in asked]


def complement_beside(noun: Token, lex: Lexicon) -> list[Token]:
    """« de vivres | au profit | des populations »: the parser hung the complement beside the
    preposition's noun, on the same head, rather than under it."""
    siblings = [
        c
        for c in noun.head.children
        if c.i > noun.i and c.dep_ == noun.dep_ and any(p in partitive(lex) for p, n in pps(noun.head) if n.i == c.i)
    ]
    return siblings[:1]


def bare_participle(tok: Token) -> bool:
    """« 40 véhicules blindés | à l'Ukraine »: a participle with nothing of its own but the phrase the
    parser hung on it; when the table knows it as an adjective (« blindé », « armé »), the phrase is the noun's."""
    return (
        tok.dep_ == "acl"
        and "Part" in tok.morph.get("VerbForm")
        and "Past" in tok.morph.get("Tense")
        and not any(
            c.dep_ in SUBJECT | OBJECT | PASSIVE_SUBJECT or c.dep_ in ("obl:agent", "agent") for c in tok.children
        )
        and sum(1 for c in tok.children if c.dep_ not in ("punct",)) == 1
    )


def subset(clause: Token, lex: Lexicon) -> bool:
    """« dont 20 millions dédiés à… », "including $5 million for…": the clause is about a part."""
    marks = lex.words.get("subset_marks", frozenset())
    return any(t.lower_ in marks for t in clause.subtree if t.i < clause.i)


def destined(participle: Token, lex: Lexicon) -> bool:
    return participle.lemma_.lower() in lex.verbs.get("destined", ()) or participle.lower_ in lex.verbs.get(
        "destined", ()
    )


def clauses_about(theme: Token, lex: Lexicon) -> list[Token]:
    """What may hang a clause on a theme: the theme, what it counts, and, after it, the verb whose object
    it is (« met à disposition deux spécialistes, qui seront détachés à… »: the clause hung on the verb)."""
    after = [c for c in theme.head.children if c.i > theme.i] if theme.dep_ in OBJECT else []
    return [*theme.children, *counted_noun(theme, lex).children, *after]


def destination_ahead(theme: Token, lex: Lexicon) -> Token | None:
    """Where a relative clause says the forces will be: « des réservistes, qui se relaieront en Guinée »,
    "20 experts who will work in Guinea". Not what they did before (« qui ont combattu en Irak »)."""
    for clause in clauses_about(theme, lex):
        if clause.dep_ not in ("acl:relcl", "relcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        auxiliaries = [a for a in clause.children if a.dep_.startswith("aux")]
        future = any("Fut" in t.morph.get("Tense") for t in [clause, *auxiliaries]) or any(
            a.lower_ in ("will", "shall") for a in auxiliaries
        )
        if future:
            return destination_in_clause(clause, lex)
    return None


def source_agent(verb: Token, theme: Token, lex: Lexicon) -> Token | None:
    """« acheminé par 4 camions depuis la France »: with no giver named, the country it left from."""
    sources = lex.preps.get("source", frozenset()) - partitive(lex)
    for tok in [verb, *verb.subtree, *theme.subtree]:
        if tok is not verb and not in_clause_of(tok, verb):
            continue  # "…in south Lebanon, where it will take over from the 131st Battalion": another clause's
        for prep, noun in pps(tok):
            if prep in sources and classify([noun], noun, lex) in ("country", "org"):
                if unit_name(noun, lex) and any(
                    nation_of(c, lex) for c in theme.children if c.dep_ in ("amod", "compound")
                ):
                    return None  # "British commandos from 3 Commando Brigade": their unit; Britain sent them
                return noun
    return None


def unit_name(named: Token, lex: Lexicon) -> bool:
    """ "3 Commando Brigade", « 2e régiment »: a unit of an army, which belongs to a state and sends no one."""
    return any(noun_forms(t) & lex.nouns["forces"] for t in named.subtree if named.i - 3 <= t.i <= named.i)


CLAUSES = {"relcl", "acl:relcl", "advcl", "ccomp", "parataxis", "conj"}


def in_clause_of(tok: Token, verb: Token) -> bool:
    """``tok`` belongs to ``verb``'s own clause: no other verb's clause lies between them."""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in CLAUSES or tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "acl"):
            return False
        tok = tok.head
    return True


def beneficiary(verb: Token, lex: Lexicon) -> Token | None:
    """« fournir des casques pour soutenir l'Ukraine »: the supported party receives."""
    for clause in verb.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in lex.verbs.get("benefit", ()):
            obj = first_child(clause, OBJECT)
            if obj is not None and party(obj, lex):
                return obj  # "to support shelter operations": a purpose, nobody supported
        if clause.dep_ == "advcl":  # « pour apporter une réponse en faveur des populations »
            found = role_phrases(clause, first_child(clause, OBJECT) or clause, lex)
            recipients, _ = find_places(clause, clause, [pp for pp in found if pp[0] == "recipient"], lex)
            if recipients:
                return recipients[0]
    return None


# -- events --------------------------------------------------------------------------------


def gift_like(theme: Token | None, lex: Lexicon) -> bool:
    """Money or aid: « une aide », « 2 millions d'euros », "€500,000 in humanitarian funding"."""
    if theme is None or is_force(counted_noun(theme, lex), lex):
        return False
    gifts = lex.nouns.get("gifts", frozenset())
    inner = contents(theme, lex)
    return (
        theme.lemma_.lower() in gifts
        or inner.lemma_.lower() in gifts
        or measured_contents(inner, lex).lemma_.lower() in gifts
        or theme.ent_type_ == "MONEY"
        or theme.lemma_.lower() in lex.nouns.get("amounts", ())
    )


def measure_of(noun: Token, lex: Lexicon) -> Token | None:
    """The counted unit a noun is the contents of: « 73 tonnes [d'aide] », "65,000 MT [of food]"."""
    unit = noun.head
    if noun.dep_ == "pobj" and unit.dep_ == "prep":  # English: unit -> prep -> noun
        unit = unit.head
    units = lex.nouns.get("units", frozenset()) | lex.nouns.get("amounts", frozenset())
    counted = any(c.dep_ == "nummod" or is_number(c, lex) for c in unit.children)
    return unit if unit is not noun and (unit.lemma_.lower() in units or unit.is_upper) and counted else None


def without_preposition(mention: Mention | None) -> Mention | None:
    """« par une équipe » → « une équipe »: the newcomers of a passive are the theme, not an agent phrase."""
    if mention is None or not mention.prep or not mention.phrase.lower().startswith(mention.prep.lower() + " "):
        return mention
    return replace(mention, phrase=mention.phrase[len(mention.prep) + 1 :], prep=None)


def deployment_verb(lex: Lexicon) -> str:
    return lex.raw["questions"]["deployment_verb"]


def transfer_verb(lex: Lexicon) -> str:
    return lex.raw["questions"]["transfer_verb"]


def nominal_events(noun: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """ "The Army has begun unit deployments in support of its allies": a deployment named by a noun."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in lex.verbs.get("prevent", ()):
        return []  # « un traité empêchant le déploiement permanent »: a deployment prevented is none
    phrases = role_phrases(verb, noun, lex)
    _, destinations = find_places(verb, noun, phrases, lex)
    # « a annoncé le déploiement de 300 soldats en Roumanie »: the forces deployed, when named
    forces = next((n for p, n in noun_complements(noun, lex) if p in partitive(lex) and is_force(n, lex)), None)
    # who announces, orders or carries out the deployment deploys; not who describes or fears it
    # (« l'administration de Poutine a décrit le déploiement comme une menace »)
    undertakes = verb.lemma_.lower() in lex.verbs.get("undertake", ()) | lex.verbs.get("announce", ())
    agent = subject(verb) if undertakes else None
    if (
        forces is None
        and agent is not None
        and any(is_force(t, lex) for t in [agent, *(c for c in agent.children if c.dep_ == "compound")])
        and any(
            c.dep_ in ("poss", "nmod:poss", "det")
            and "Prs" in c.morph.get("PronType")
            or c.lower_ in lex.words.get("possessives", ())
            for c in noun.children
        )
    ):
        # "two patrol ships have begun their deployment to the Pacific": the ships are deployed
        forces, agent = agent, None
    roles = Roles(agent=agent, theme=forces or noun, destination=next(iter(destinations), None))
    if roles.destination is None:
        roles.destination = next((n for p, n in phrases if p == "destination"), None)
    modality = modality_of(verb, lex)
    if forces is not None and modality == "asserted" and verb.lemma_.lower() in lex.verbs.get("announce", ()):
        modality = "promised"  # announced, not yet done
    events = build("deployment", verb, sentence, roles, modality, article, lex)
    return [replace(e, asked_as=deployment_verb(lex)) for e in events] if forces is not None else events


def noun_complements(noun: Token, lex: Lexicon) -> list[tuple[str, Token]]:
    """A noun's phrases; with « l'envoi en Roumanie | de 500 militaires », where the complement comes
    after the place, also what the parser hung on the place or on the verb right after the noun."""
    found = list(pps(noun))
    if noun.dep_ in OBJECT and not any(p in partitive(lex) for p, _ in found):
        found += [(p, n) for p, n in pps(noun.head) if noun.i < n.i <= noun.i + 6]
    # « l'envoi en Roumanie | de 500 militaires » with the forces hung on the country
    found += [
        (p, n)
        for _, place in list(found)
        if classify_one(place, lex) in ("country", "place")
        for p, n in pps(place)
        if p in partitive(lex) and n.i > place.i and n.pos_ == "NOUN"
    ]
    return found


def build(
    kind: str,
    verb: Token,
    sentence: Span,
    roles: Roles,
    modality: str,
    article: Article,
    lex: Lexicon,
    *,
    keep_bare: bool = False,
) -> list[Event]:
    """Mentions for the roles; one event per coordinated agent and per additive theme."""
    if roles.theme is None:
        return []
    stop = {t.i for t in (roles.recipient, roles.destination) if t is not None}
    complex_preps = lex.raw["nouns"].get("complex_preps", {})
    # « 300 000 euros à destination du CICR »: the preposition's noun ends the theme too
    stop |= {
        t.head.i
        for t in (roles.recipient, roles.destination)
        if t is not None and t.head.lemma_.lower() in complex_preps
    }
    # « de vivres | au profit | des populations », with the complement beside the preposition's noun
    stop |= {
        c.i
        for t in (roles.recipient, roles.destination)
        if t is not None
        for c in t.head.children
        if c.i < t.i and c.lemma_.lower() in complex_preps and c.dep_ == t.dep_
    }
    if roles.agent is not None and roles.agent.i in {t.i for t in roles.theme.subtree}:
        stop.add(roles.agent.i)  # « deux détachements du ministère »: the owner is asked apart
        if roles.agent.head.lemma_.lower() in lex.nouns.get("on_behalf", ()):
            stop.add(roles.agent.head.i)  # « 20 tonnes de vivres | de la part de l'UE »
    if roles.destination is not None and roles.destination.head.i != roles.theme.i:
        head = roles.destination.head
        # « une équipe de 60 secouristes | en Turquie » with the place hung on the counted people: keep them
        counted = head.i in {t.i for t in roles.theme.subtree} and (
            any(is_number(c, lex) for c in head.children) or head.i == counted_noun(roles.theme, lex).i
        )  # « une vingtaine de réservistes | en Guinée »: the place hung on what the rough count counts
        stop.add(roles.destination.i if counted else head.i)
    # « 71 sapeurs et 4 chiens »: the dogs go with the firemen, they are no deployment of their own
    # boats and trucks counted beside them are sent too: « 35 sauveteurs et six bateaux pneumatiques »
    sendable = lex.nouns["forces"] | lex.nouns.get("deployable", frozenset()) | lex.nouns.get("vehicles", frozenset())

    def counts(tok: Token) -> bool:  # « un expert de l'UE et deux spécialistes »: staff sent beside others
        if kind != "deployment":
            return True
        return tok.lemma_.lower() in sendable or relief_team(tok, lex) or sent_staff(tok, lex)

    # forces with their own « de » (« de quatre équipes et d'un module ») are two deployments; things given
    # so (« des tentes et des couvertures ») stay one gift
    split = kind == "deployment"
    themes = [roles.theme] + additive_conjuncts(roles.theme, counts, split) + additive_conjuncts(verb, counts, split)
    stop |= {t.i for t in themes[1:]} | {verb.i}
    # « à 5 000 familles par la Croix-Rouge »: the giver the parser hung on the receivers is not theirs
    giver_inside = {roles.agent.i} if roles.agent is not None and roles.recipient is not None else set()
    recipient = with_coordinates(
        mention_with_prep(roles.recipient, article, lex, stop=giver_inside), roles.recipient, article, lex
    )
    destination = with_coordinates(mention_with_prep(roles.destination, article, lex), roles.destination, article, lex)
    if destination is not None and any(
        w.lower().endswith(" " + destination.text.lower()) for w in lex.words.get("on_site", ())
    ):
        destination = None  # "to the scene" names no place: the article's lead may (see context.scene_country)
    events = []
    for theme_tok in themes:
        if not any(c.isalnum() for c in theme_tok.text):
            # « un « poste sanitaire mobile » »: the parser made the quotation mark the noun
            theme_tok = next((c for c in theme_tok.children if c.is_alpha and c.i > theme_tok.i), theme_tok)
        if {"Int", "Rel"} & set(theme_tok.morph.get("PronType")) or theme_tok.tag_ in ("WDT", "WP"):
            continue  # "rushing supplies to what one serviceman called…": a pronoun asks, it names nothing
        if classify_one(theme_tok, lex) == "country":
            continue  # « la Suède est mobilisée pour aider »: a country acts, it is not handed over
        if kind == "transfer" and noun_forms(counted_noun(theme_tok, lex)) & lex.nouns.get("people", frozenset()):
            continue  # « ont permis d'acheminer 450 personnes »: people are carried or evacuated, never given
        theme = make_mention(theme_tok, article, lex, stop=stop - {theme_tok.i})
        if theme is None:
            continue
        theme = extend_compound(theme, theme_tok, article, lex)
        quantity = None
        if roles.measure is not None:  # "20,000 rounds of shells": the count is on the measure
            measured = make_mention(roles.measure, article, lex, stop={theme_tok.i, verb.i})
            quantity = quantity_in(roles.measure, measured, article, lex) if measured is not None else None
            count = next((c for c in roles.measure.children if c.i < roles.measure.i and is_number(c, lex)), None)
            if quantity is None and count is not None:  # "65,000 MT" with the unit read as a name of its own
                quantity = number_mention(count, roles.measure.idx + len(roles.measure.text), article, lex)
        quantity = quantity or quantity_in(theme_tok, theme, article, lex)
        own_kind, to, where = kind, recipient, destination
        if kind == "transfer" and len(themes) > 1 and roles.recipient is not None:
            # « 300 millions au Soudan et 200 millions au Tchad »: each item to the receiver written after it
            own = respective_receiver(theme_tok, themes, sentence, lex)
            if own is not None and own.i != roles.recipient.i:
                to = mention_with_prep(own, article, lex) or recipient
                if own.head.i == theme_tok.i:  # « 300 tentes à la Syrie »: the receiver is no part of the thing
                    theme = make_mention(theme_tok, article, lex, stop=(stop - {theme_tok.i}) | {own.i}) or theme
        noun = counted_noun(theme_tok, lex)
        if kind == "transfer" and (
            is_military(noun, lex)
            and noun.lemma_.lower() not in lex.nouns["equipment"]
            or noun_forms(noun) & (lex.nouns.get("envoys", frozenset()) | lex.nouns.get("rescuers", frozenset()))
        ):
            # « a expédié des missiles à l'Ukraine ainsi que des troupes »: the missiles are given, the troops
            # sent; people are never given: "dispatched 28 observers", « a envoyé cinq experts »
            own_kind, to, where = "deployment", None, destination or recipient
        nation = nation_in(theme_tok, lex)  # « 775 personnels français sont engagés »: France, when named
        for agent in agents(roles.agent, article, lex, stop={verb.i}):
            if agent is None and recipient is None and destination is None and not keep_bare and not nation:
                continue  # a theme alone says nothing worth asking (a package's contents wait for its giver)
            events.append(
                Event(
                    own_kind,
                    verb,
                    sentence,
                    modality,
                    agent,
                    theme,
                    quantity,
                    to,
                    where,
                    owned=national(theme_tok, lex),
                    nation=nation,
                )
            )
    return events


def respective_receiver(item: Token, items: list[Token], sentence: Span, lex: Lexicon) -> Token | None:
    """The country or body a preposition of receiving names right after ``item``, before the next item
    (« 300 millions au Soudan | et 200 millions au Tchad »), read from the words: parsers hang such
    phrases on the wrong item."""
    doc = item.doc
    following = [t.i for t in items if t.i > item.i]
    end = min(following + [sentence.end])
    receiving = lex.preps["recipient"]
    for tok in doc[item.i + 1 : end]:
        if tok.lower_ in receiving:
            noun = next((t for t in doc[tok.i + 1 : min(tok.i + 3, end)] if t.pos_ != "DET"), None)
            if noun is not None and classify_one(noun, lex) in ("country", "org"):
                return noun
            return None
    return None


def national(theme: Token, lex: Lexicon) -> bool:
    """ "Polish troops", « une compagnie d'infanterie belge »: forces that say which country they are from."""
    nationalities = lex.words.get("nationalities", frozenset())
    return any(
        t.ent_type_ == "NORP" or t.lemma_.lower() in nationalities or t.lower_ in nationalities or country_word(t, lex)
        for t in theme.subtree
        if t.i != theme.i
    )


def country_word(tok: Token, lex: Lexicon) -> str | None:
    """ "U.S. military helicopters": a country's name used as a nationality, as the article writes it."""
    if tok.dep_ == "compound" and tok.ent_type_ == "GPE" and is_country(tok.text, lex.code):
        return tok.text
    return None


def nation_in(theme: Token, lex: Lexicon) -> str | None:
    """The one country the nationality words of a theme name (« des soldats français et belges »: none)."""
    counted = counted_noun(theme, lex)
    if counted is not theme and theme.lemma_.lower() in lex.nouns.get("approximations", frozenset()):
        return nation_in(counted, lex)  # « une quarantaine de pompiers roumains »: the people counted
    if counted is not theme:  # « 300 personnels | français »: the nationality read as the noun
        return nation_of(theme, lex)
    others = {t.i for c in theme.children if c.dep_ == "conj" for t in c.subtree}  # another theme's own words
    found = {nation_of(t, lex) or country_word(t, lex) for t in theme.subtree if t.i != theme.i and t.i not in others}
    found -= {None}
    return found.pop() if len(found) == 1 else None


def additive_conjuncts(head: Token, counts=lambda tok: True, repeated: bool = False) -> list[Token]:
    """« le système MAMBA, ainsi qu'un Centre de management »: items added, not a list; and
    counted items ("95,000 artillery rounds and 11,800 mortar rounds") that ``counts`` accepts."""
    found = []

    def counted(tok: Token) -> bool:
        return any(t.pos_ == "NUM" or t.dep_ == "nummod" for t in tok.subtree if t.i < tok.i)

    # « un expert de l'UE et deux spécialistes »: among forces, « un » counts one
    one = repeated and any(
        c.dep_ == "det" and "Ind" in c.morph.get("Definite") and "Sing" in c.morph.get("Number", ["Sing"])
        for c in head.children
    )
    for child in head.children:
        if child.dep_ == "conj" and (counted(head) or one) and counted(child) and counts(child):
            found.append(child)  # "95,000 artillery rounds and 11,800 mortar rounds": two counts
            # "300 tents, 20 generators and 500 blankets": the parser chains a list's items
            found += [c for c in additive_conjuncts(child, counts, repeated) if c not in found]
            continue
        if repeated and child.dep_ == "conj" and counts(child) and any(c.dep_ == "case" for c in child.children):
            found.append(child)  # « de quatre équipes et d'un module »: the repeated « de » makes two items
            continue
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
            words = [w for t in child.children if t.dep_ in ("cc", "advmod") and t.i < child.i for w in t.subtree]
            marker = " ".join(w.lower_ for w in sorted(words, key=lambda w: w.i)).replace("qu'", "que")
            if any(a in marker for a in ADDITIVE):
                found.append(child)
    if counted(head) or one:
        # « quatre avions de combat F-35A et environ 150 militaires »: the parser hung the second count
        # on a word inside the first item's name
        for tok in head.subtree:
            if tok.i == head.i or tok.dep_ not in ("nmod", "amod", "compound") or counted(tok):
                continue
            found += [c for c in tok.children if c.dep_ == "conj" and counted(c) and counts(c) and c not in found]
    return found


def entity_last(tok: Token) -> int:
    """The index of the last word of the name ``tok`` is in (« Sri | Lanka »)."""
    ent = entity_at(tok)
    return ent.end - 1 if ent is not None else tok.i


def with_coordinates(mention: Mention | None, head: Token | None, article: Article, lex: Lexicon) -> Mention | None:
    """« à l'Indonésie, aux Maldives et à la Thaïlande », "to Estonia and Lithuania": one role for the list.

    Cut into one fact per place, "300 troops to Estonia" would say what the article does not (the
    300 went to both), and the other places would come back as wrong options. The list is asked
    in no question of its own (it is marked vague) but stays in the others' stems as written. Read
    from the words, not the tree: parsers hang such lists anywhere.
    """
    if mention is None or head is None or not head.ent_type_:
        return mention
    kind = classify_one(head, lex)
    doc = head.doc
    glue = lex.preps["destination"] | lex.preps["recipient"]
    coordinators = lex.words.get("coordinators", frozenset())
    j, last, after_and = entity_last(head) + 1, None, False
    while j < len(doc):
        tok = doc[j]
        if tok.text == "," or tok.pos_ == "DET" or tok.lower_ in glue | coordinators:
            after_and = after_and or tok.lower_ in coordinators
            j += 1
            continue
        if not tok.ent_type_ or classify_one(tok, lex) != kind:
            return mention  # « au Népal et des vivres… », « à l'Ukraine, où… »: no list of names
        if tok.dep_ in SUBJECT:
            return mention  # « en Lituanie, et l'Espagne a déployé… »: a new clause, not a list
        last = doc[entity_last(tok)]
        if after_and:
            break
        j = last.i + 1
    if last is None or not after_and:
        return mention
    following = doc[last.i + 1 : min(last.i + 5, len(doc))]
    if following and not following[0].is_punct and any(t.pos_ in ("VERB", "AUX") for t in following):
        return mention  # « en Lituanie, et l'Espagne et le Danemark ont déployé… »: subjects, not places
    tail = make_mention(last, article, lex)
    if tail is None or tail.end <= mention.end:
        return mention
    text = article.text[mention.start : tail.end]
    lead = mention.phrase[: len(mention.phrase) - len(mention.text)] if mention.phrase.endswith(mention.text) else ""
    return replace(mention, text=text, end=tail.end, phrase=lead + text, number="plur", vague=True)


def mention_with_prep(
    head: Token | None, article: Article, lex: Lexicon, stop: set[int] = frozenset()
) -> Mention | None:
    """A role with the preposition that introduces it, kept as written (« en faveur des réfugiés »)."""
    if head is None:
        return None
    # « en mer Rouge »: the tagger may read « en » as a pronoun hung on the noun, or next to it
    role_preps = lex.preps["destination"] | lex.preps["recipient"]
    case = [c for c in head.children if c.i < head.i and (c.dep_ == "case" or c.lower_ in role_preps)]
    prep = case[0] if case else (head.head if head.head.dep_ in ("prep", "agent", "dative") else None)
    left = min(t.i for t in head.subtree)
    if prep is None and left > 0 and head.doc[left - 1].lower_ in role_preps:
        prep = head.doc[left - 1]
    complex_preps = lex.raw["nouns"].get("complex_preps", {})
    outer = head.head if prep is not None and prep.head is not head else head.head
    if head.head.dep_ in ("prep", "pobj") and head.head.head.lemma_.lower() in complex_preps:
        outer = head.head.head  # English: support <- prep <- allies
    if outer.lemma_.lower() in complex_preps:
        opening = [c for c in outer.children if c.dep_ == "case" and c.i < outer.i]
        if not opening and outer.head.dep_ == "prep":
            opening = [outer.head]
        prep = opening[0] if opening else prep
    return make_mention(head, article, lex, prep=prep, stop=stop)


def merge(events: list[Event]) -> list[Event]:
    """One event per happening: coordinated verbs with one theme, or a participle inside another's theme."""
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if same_event(k, event)), None)
        if twin is None:
            kept.append(event)
            continue
        merged = replace(
            twin,
            agent=twin.agent or event.agent,
            quantity=twin.quantity or event.quantity,
            recipient=twin.recipient or event.recipient,
            destination=twin.destination or event.destination,
        )
        kept[kept.index(twin)] = merged
    return kept


def same_event(a: Event, b: Event) -> bool:
    if a.kind != b.kind or (a.agent and b.agent and a.agent.text != b.agent.text):
        return False
    linked = b.verb.head.i == a.verb.i and b.verb.dep_ == "conj" or a.verb.head.i == b.verb.i and a.verb.dep_ == "conj"
    inside = (
        a.theme is not None
        and b.theme is not None
        and (a.theme.start <= b.theme.start < a.theme.end or b.theme.start <= a.theme.start < b.theme.end)
    )
    return inside and (linked or a.verb.dep_ in ("acl", "amod") or b.verb.dep_ in ("acl", "amod"))


def agents(
    agent_tok: Token | None, article: Article, lex: Lexicon, stop: set[int] = frozenset()
) -> list[Mention | None]:
    """One mention per coordinated agent; [None] when the agent is unknown."""
    if agent_tok is None or agent_tok.pos_ == "NUM" or is_number(agent_tok, lex):
        return [None]  # « Vingt-et-un pays ont envoyé… »: a count read as the subject names nobody
    if agent_tok.lower_ in lex.words.get("impersonal", frozenset()):
        return [None]  # « on leur fournit l'énergie »: « on » names no one
    # « l'Unité d'instruction et d'intervention », « le ministère de l'Intérieur et des Outre-mer »: a
    # common noun, or a complement with its own preposition, coordinated inside a name is no second agent
    heads = [
        h
        for listed in listed_subjects(agent_tok)
        for h in conjuncts(listed)
        if h is listed
        or not (h.is_lower and not agent_tok.is_lower)
        and not any(c.dep_ == "case" and c.i < h.i for c in h.children)
    ]
    left = left_coordinate(agent_tok, min(t.i for t in agent_tok.subtree))
    if left is not None:
        heads.insert(0, left)
    # the verb may hang inside its subject's phrase when the parser got it wrong
    stop = {h.i for h in heads} | set(stop)
    found = [(h, envoy_country(h, article, lex) or make_mention(h, article, lex, stop=stop - {h.i})) for h in heads]
    return [resolve_anaphor(h, m, article, lex) for h, m in found if m is not None] or [None]


def envoy_country(person: Token, article: Article, lex: Lexicon) -> Mention | None:
    """ "American Ambassador David Hale presided over the delivery", « l'ambassadeur de France a remis »:
    an envoy gives in the name of the country the title says, when the article names that country."""
    titles = lex.nouns.get("envoy_titles", frozenset())
    titled = person.lemma_.lower() in titles or person.lower_ in titles
    if not titled and person.ent_type_ not in ("PERSON", "PER") and classify_one(person, lex) != "person":
        return None
    near = [t for t in person.subtree if abs(t.i - person.i) <= 3 and t.i != person.i]
    if not titled and not any(t.lower_ in titles for t in near if t.i < person.i):
        return None
    # « l'ambassadeur de France »: the country named after the title
    named = [t for t in near if t.i > person.i and t.dep_ in ("nmod", "pobj") and classify_one(t, lex) == "country"]
    if len(named) == 1:
        return make_mention(named[0], article, lex)
    nations = {nation_of(t, lex) for t in near if t.dep_ in ("amod", "compound", "nmod", "flat:name")} - {None}
    if not nations:  # "U.S. Ambassador Rebecca L. Thornton": the country's own name as the title's modifier
        named = [t for t in person.subtree if person.i - 6 <= t.i < person.i and country_word(t, lex)]
        if len(named) == 1:
            return make_mention(named[0], article, lex)
    if len(nations) != 1:
        return None
    return nation_mention(article, nations.pop(), lex.code)


def extend_compound(theme: Mention, head: Token, article: Article, lex: Lexicon) -> Mention:
    """« chasseurs [à réaction] »: a bare noun after à/de completes the noun, wherever the parser put it."""
    doc = head.doc
    end_tok = next((t for t in doc[head.i :] if t.idx + len(t.text) == theme.end), None)
    if end_tok is None or end_tok.i + 2 >= len(doc):
        return theme
    prep, noun = doc[end_tok.i + 1], doc[end_tok.i + 2]
    if (
        prep.lower_ in lex.preps.get("noun_complement", ())
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and noun.head.i in (head.head.i, head.i, prep.i)
    ):
        end = noun.idx + len(noun.text)
        phrase_start = theme.end - len(theme.phrase)
        return replace(theme, text=article.text[theme.start : end], end=end, phrase=article.text[phrase_start:end])
    return theme


def quantity_in(head: Token, theme: Mention, article: Article, lex: Lexicon) -> Mention | None:
    """The number, with its unit, that counts the theme: « 5 000 », « 33 tonnes », "$2.5 billion"."""
    doc = head.doc
    sizes = lex.nouns.get("size_units", frozenset())
    nums = [
        t
        for t in doc[max(head.i - 8, 0) : head.i + 8]
        if theme.start <= t.idx < theme.end
        and is_number(t, lex)
        and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in sizes)
        # « après trois mois d'attente »: a duration counts no part of the gift
        and not (t.i + 1 < len(doc) and doc[t.i + 1].lemma_.lower() in lex.words.get("time_units", ()))
        and not model_number(t, lex)
    ]
    return number_mention(nums[0], theme.end, article, lex) if nums else None


def model_number(number: Token, lex: Lexicon) -> bool:
    """ "a Cessna 206", « un Falcon 50 », "Challenger 604": digits right after a name are the model's, no count
    (a scale's degree is a figure: "a Category 4 hurricane")."""
    if number.i == 0 or not number.text.isdigit():
        return False
    name = number.doc[number.i - 1]
    return name.lower_ not in lex.words.get("scales", frozenset()) and (
        name.is_title
        and not name.is_sent_start
        and name.pos_ in ("PROPN", "NOUN")
        and name.ent_type_ not in ("GPE", "LOC", "NORP", "DATE")  # « le Canada 200 soldats », "March 2024"
        and name.whitespace_ != ""
    )


def number_mention(first: Token, limit: int, article: Article, lex: Lexicon) -> Mention:
    """The number starting at ``first`` with its unit (« 2,7 milliards de dollars »), ending before ``limit``."""
    doc = first.doc
    last = first
    while last.i + 1 < len(doc) and doc[last.i + 1].idx < limit and continues_number(last, doc[last.i + 1], lex):
        last = doc[last.i + 1]
    units = lex.nouns.get("units", frozenset())
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.idx < limit and (nxt.lemma_.lower() in units or nxt.lower_ in units):
        last = nxt
    # « milliards de dollars », « 100 millions d'euros »: a unit of a unit
    if last.lemma_.lower() in units and last.i + 2 < len(doc) and doc[last.i + 1].lower_ in partitive(lex):
        if doc[last.i + 2].lemma_.lower() in units and doc[last.i + 2].idx < limit:
            last = doc[last.i + 2]
    start, end = first.idx, last.idx + len(last.text)
    sign = doc[first.i - 1].text if first.i > 0 else ""
    if re.fullmatch(CURRENCY_SIGN, sign):  # "$2.5 billion", "NZ$1.5 million"
        start = doc[first.i - 1].idx
    text = article.text[start:end]
    return Mention(text=text, start=start, end=end, kind="number", phrase=text)


def continues_number(last: Token, nxt: Token, lex: Lexicon) -> bool:
    """« 5 000 » and « deux cents » are one number; "95,000 105 mm" is two."""
    if not is_number(nxt, lex):
        return False
    if nxt.text[:1].isdigit() and last.text[-1:].isdigit():
        grouped = lex.raw["preps"].get("digit_group_separator", "")
        return grouped == " " and len(nxt.text) == 3 and nxt.text.isdigit() and last.whitespace_ == " "
    if nxt.text[:1].isdigit() and last.is_alpha:
        return False  # "two 43-foot boats": a word then digits are two numbers
    if last.text[-1:].isdigit() and nxt.is_alpha:
        # "14 four-wheel-drive trucks" is two numbers; « 2 millions », "3 hundred" one
        return not 0 < lex.numbers.get(nxt.lower_, 0) < 100
    return True


def denied_perfect(verb: Token, refuse: frozenset[str], lex: Lexicon) -> bool:
    """« a démenti jeudi avoir déployé des troupes », « a nié qu'elle avait déployé », "denied having
    sent troops": a deed in the clause a verb of denial opens, also when the parser lost the link (it
    reads « nié » and « démenti » as nouns). The clause runs straight from the denial to the deed: no
    comma, no other verb, no coordination between them."""
    doc = verb.doc
    forms = lex.words.get("denial_forms", frozenset())
    openers = lex.words.get("complementizers", frozenset()) | {"avoir", "être", "having"}
    window = list(doc[max(verb.i - 7, verb.sent.start) : verb.i])
    for k, tok in enumerate(window):
        if not (tok.lemma_.lower() in refuse or tok.lower_ in forms):
            continue
        between = window[k + 1 :]
        if any(t.is_punct or t.pos_ == "CCONJ" for t in between):
            continue
        opener = next((t for t in between if t.lower_.replace("’", "'") in openers), None)
        if opener is None or opener.pos_ == "DET":
            continue  # "rejected that claim": a determiner, not a clause
        after = between[between.index(opener) + 1 :]
        if len(after) <= 3 and not any(t.pos_ == "VERB" for t in after):
            return True
    return False


def modality_of(verb: Token, lex: Lexicon) -> str:
    if negated(verb, lex) or any(negated(g, lex) for g in governing_verbs(verb)):
        return "negated"
    neg = lex.words.get("negation", frozenset())
    actors = [c for c in verb.children if c.dep_ in SUBJECT | OBJECT | PASSIVE_SUBJECT]
    if any(
        d.lower_ in neg and d.dep_ in ("det", "preconj", "cc:preconj", "advmod") for a in actors for d in a.children
    ):
        return "negated"  # « Aucun pays n'a envoyé », "sent no troops", "neither tanks nor jets"
    if any(a.lower_ in lex.words.get("nobody", ()) and a.dep_ in SUBJECT for a in actors):
        return "negated"  # « Personne n'a demandé d'aide », "Nobody sent troops"
    # « refuse de valider le prêt »; « a démenti que des soldats avaient été envoyés »: not done, says the speaker
    refuse = lex.verbs.get("refuse", frozenset()) | lex.verbs.get("deny", frozenset())
    # « refuse de valider le prêt », "has yet to approve"; not "denied the reports and deployed troops"
    coordinated = verb.head.i if verb.dep_ == "conj" else None
    if any(g.lemma_.lower() in refuse and g.i != coordinated for g in governing_verbs(verb)):
        return "negated"
    if denied_perfect(verb, refuse, lex):
        return "negated"
    if grammar(lex.code).tense(verb) in ("future", "conditional"):
        return "promised"
    promise = lex.verbs.get("promise", frozenset())
    ready = lex.words.get("ready", frozenset())
    if "Inf" in verb.morph.get("VerbForm") and verb.head.pos_ == "ADJ" and verb.head.lemma_.lower() in ready:
        return "promised"  # « est prête à effectuer une intervention », "is ready to send troops"
    if (
        "Inf" in verb.morph.get("VerbForm")
        and verb.dep_ == "acl"
        and verb.head.lemma_.lower() in lex.nouns.get("orders", ())
    ):
        return "promised"  # « a donné l'ordre d'envoyer 300 soldats », "gave the order to send": decided, not done
    if verb.head.pos_ == "ADJ" and verb.head.lemma_.lower() in lex.words.get("unable", ()):
        return "negated"  # "was unable to send troops", « incapable d'envoyer »
    # « des soldats sont engagés au Mali »: forces engaged are there; « s'est engagée à aider » promises
    # (also as a participle: « les militaires engagés dans la mission Barkhane au Niger »)
    participle = verb.dep_ in ("acl", "amod") and "Part" in verb.morph.get("VerbForm")
    deploys = "deployment" in lex.verb_kinds(verb.lemma_.lower())
    # « a engagé les FAZSOI dans l'opération », « a projeté 60 pompiers »: with forces for object, the
    # verb deploys them (« s'engager à », « projeter de » promise only what their infinitive tells)
    engaged = deploys and (is_passive(verb) or participle or any(c.dep_ == "obj" for c in verb.children))
    if (
        verb.lemma_.lower() in promise
        and not engaged
        or any(g.lemma_.lower() in promise for g in governing_verbs(verb))
    ):
        return "promised"  # "pledged $2.5 billion", « s'est engagée à aider »
    return "asserted"
