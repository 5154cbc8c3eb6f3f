"""Gifts told by a noun: « une contribution de 300 000 euros au CICR », "a $200 million pledge by
Canada to the WFP", "presided over the delivery of $25 million in assistance to the army".

The noun is the event: what it is « de » / "of" is the gift (or, when that names a country or an
organisation, the giver), its « à » / "to" / « au profit de » phrase the receiver, its « par » /
"by" phrase, a possessive or a nationality the giver. The verb it hangs on only matters when it
carries the gift out (« a organisé l'envoi », "oversaw the delivery"): its subject gives. A noun
under a verb that blocks, asks for or denies (« a bloqué la livraison », "demanded the delivery")
tells no gift. A noun with no receiver is a gift only when it says so itself (« don », "pledge",
not « livraison ») and names its giver in its own phrase.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article, Mention
from .events import (
    GIVER_KINDS,
    OBJECT,
    Event,
    Roles,
    build,
    by_agent,
    classify_one,
    contents,
    find_places,
    gift_like,
    is_force,
    measured_contents,
    modality_of,
    noun_complements,
    partitive,
    role_phrases,
    subject,
    transfer_verb,
)
from .mentions import make_mention
from .roletypes import giveable
from .syntax import is_passive, pps

TOLD_BY_VERB = {"transfer", "deployment", "request"}  # verb classes whose own event already tells the noun


def gift_noun_events(noun: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    verb = governing_verb(noun)
    if verb is not None and (
        TOLD_BY_VERB & set(lex.verb_kinds(verb.lemma_))
        and noun.dep_ in OBJECT  # « a livré un don de … »: the verb tells it
        or verb.lemma_.lower() in lex.verbs.get("thwart", ())
    ):
        return []
    agent, theme = None, None
    for prep, inner in noun_complements(noun, lex):
        if prep not in partitive(lex) or inner.i < noun.i:
            continue
        if classify_one(inner, lex) in GIVER_KINDS and agent is None:
            agent = inner  # « le don de la France »
        elif theme is None and inner.pos_ in ("NOUN", "PROPN", "NUM"):
            theme = inner  # « le don de vivres », "the delivery of $25 million in assistance"
    if theme is None and any(c.i < noun.i and (c.ent_type_ == "MONEY" or c.dep_ == "nummod") for c in noun.subtree):
        theme = noun  # "a $200 million pledge": the amount is written before the noun
    if theme is None:
        return []
    theme = contents(theme, lex)
    roles = Roles(theme=theme)
    content = measured_contents(theme, lex, noun)
    if content is not theme:
        roles.measure, roles.theme = theme, content
    if roles.measure is None and not giveable(roles.theme, lex):
        return []  # « l'envoi d'une lettre au président », "his contribution to the title": nothing handed over
    phrases = role_phrases(noun, roles.theme, lex)
    light = verb is not None and verb.lemma_.lower() in lex.verbs.get("carry_out", ()) and noun.dep_ in OBJECT
    if light:  # "made a $200 million pledge | to the WFP": the receiver hangs on the light verb
        phrases += [pp for pp in pps(verb) if pp[1].i > noun.i]
    phrases += [pp for pp in noun_complements(noun, lex) if pp not in phrases and pp[1].i != roles.theme.i]
    recipients, _ = find_places(noun, roles.theme, phrases, lex)
    roles.recipient = next((r for r in recipients if r.i > noun.i), None)
    roles.agent = by_agent(noun, lex) or agent or owner_child(noun, lex)
    if roles.recipient is None and not (roles.agent is not None and gift_like(noun, lex)):
        return []  # « La Poste a annoncé la livraison de colis »: trade, unless a receiver or a donor says gift
    if roles.agent is None and verb is not None and verb.lemma_.lower() in lex.verbs.get("carry_out", ()):
        roles.agent = by_agent(verb, lex) if is_passive(verb) else subject(verb)
    modality = modality_of(verb, lex) if verb is not None else "asserted"
    events = build("transfer", noun, sentence, roles, modality, article, lex)
    if verb is not None and verb.lemma_.lower() in lex.verbs.get("announce", ()):
        # « a annoncé une contribution de … »: promised, not given; asked as « a promis de fournir »
        modality = "promised" if modality == "asserted" else modality
        events = [replace(e, modality=modality, asked_as=transfer_verb(lex)) for e in events]
    return events


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun hangs on, through an English preposition ("presided over the delivery")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head if head is not noun and head.pos_ in ("VERB", "AUX") else None


def owner_child(noun: Token, lex: Lexicon) -> Token | None:
    """ "Canada's pledge", "the USAID contribution": a giver written before the noun."""
    for child in noun.children:
        if (
            child.i < noun.i
            and child.dep_ in ("poss", "nmod:poss", "compound")
            and classify_one(child, lex) in GIVER_KINDS
        ):
            return child
    return None


def request_noun_events(noun: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """Requests told by a noun: « la demande d'aide internationale formulée par le président
    philippin », « la demande d'assistance de la France », "the request for international assistance
    by the Permanent Mission of Libya", "Libya's appeal for help".

    What was asked is the aid or forces the noun is « de » / "for"; who asked is its « par » / "by"
    phrase (also on the participle that describes it: « formulée par »), its « de » phrase naming a
    country, an organisation or a person, or its possessive. Both must be there.
    """
    what_preps = partitive(lex) | lex.preps.get("asked_for", frozenset()) | {"for"}
    pairs = list(pps(noun))
    described = [c for c in noun.children if c.dep_ in ("acl", "amod") and c.pos_ == "VERB"]
    doc, end = noun.doc, max(t.i for t in noun.subtree) + 1
    while end < len(doc) and doc[end].is_punct and doc[end].text == ",":
        end += 1
    if end < len(doc) and doc[end].pos_ == "VERB" and "Part" in doc[end].morph.get("VerbForm"):
        described.append(doc[end])  # « la demande d'aide, formulée par le président, … »: the parser hung it elsewhere
    theme = next((n for p, n in pairs if p in what_preps and n.i > noun.i and asked_thing(n, lex)), None)
    if theme is None:
        return []
    agent = by_agent(noun, lex) or by_agent(theme, lex)  # "the request for assistance | by Libya"
    agent = agent or next((by_agent(v, lex) for v in described if by_agent(v, lex)), None)
    owners = pairs + list(pps(theme))  # « la demande d'assistance de la France »: hung on what was asked
    agent = agent or next(
        (n for p, n in owners if p in partitive(lex) and n.i > theme.i and classify_one(n, lex) in GIVER_KINDS), None
    )
    agent = agent or owner_child(noun, lex)
    if agent is None or classify_one(agent, lex) not in GIVER_KINDS | {"thing", "name"}:
        return []
    asked_of = lex.preps.get("asked_of", frozenset()) | lex.preps["recipient"]
    recipient = next((n for p, n in pairs if p in asked_of and classify_one(n, lex) in GIVER_KINDS), None)
    roles = Roles(agent=agent, theme=theme, recipient=recipient)
    events = build("request", noun, sentence, roles, "asserted", article, lex)
    return [replace(e, asked_as=lex.raw["questions"].get("request_verb")) for e in events]


def asked_thing(noun: Token, lex: Lexicon) -> bool:
    """Aid or forces: what a request noun asks for (« d'aide », "for assistance"), not « d'information »."""
    return gift_like(noun, lex) or is_force(noun, lex)


def on_request_events(noun: Token, told: list[Event], article: Article, lex: Lexicon) -> list[Event]:
    """« À la demande du gouvernement libanais, la France a envoyé 50 tonnes de vivres », "at the
    request of the Lebanese government": the one who asked asked for what the clause gives or deploys,
    from its giver. Only with one such event in the clause, and a requester the noun names."""
    requester = requester_of(noun, lex)
    granted = [e for e in told if e.kind in ("transfer", "deployment") and e.agent is not None and e.theme is not None]
    if requester is None or len(granted) != 1:
        return []
    asked = make_mention(requester, article, lex)
    if asked is None:
        return []
    event = granted[0]
    return [
        replace(
            event,
            kind="request",
            verb=noun,
            agent=asked,
            theme=without_amount(event.theme, event.quantity, lex),
            recipient=event.agent,
            destination=None,
            quantity=None,  # the amount is what was given, not what was asked
            modality="asserted",
            asked_as=lex.raw["questions"].get("request_verb"),
            from_container=False,
        )
    ]


def requester_of(noun: Token, lex: Lexicon, answered: bool = False) -> Token | None:
    """Who asked, in a request noun that is the reason of its clause (« à la demande du Liban », "at
    the request of Chile", "at Chile's request"), or, when ``answered``, in the request a verb of
    answering takes (« a répondu à la demande du Liban en envoyant… »); None otherwise."""
    owner = owner_child(noun, lex)
    if not answered and not reason_frame(noun, owner, lex):
        return None
    owner_preps = partitive(lex) | {"of"}
    authorities = lex.nouns.get("authorities", frozenset()) | lex.nouns.get("titles", frozenset())
    asked_for = [n for p, n in pps(noun) if p in partitive(lex) and n.i > noun.i]
    return next(
        (
            n
            # « la demande d'assistance de la France »: the requester may hang on what was asked
            for p, n in [*pps(noun), *(pp for a in asked_for for pp in pps(a))]
            if p in owner_preps
            and n.i > noun.i
            and (classify_one(n, lex) in GIVER_KINDS or n.lemma_.lower() in authorities)
        ),
        owner,
    )


def reason_frame(noun: Token, owner: Token | None, lex: Lexicon) -> bool:
    """« à la demande de », "at the request of", "at Chile's request", not answered by its verb."""
    frame = lex.preps.get("on_request", frozenset())
    opening = " ".join(t.lower_ for t in noun.doc[max(noun.i - 2, 0) : noun.i])
    # "at Chile's request": the frame's preposition before the owner
    before_owner = noun.doc[owner.left_edge.i - 1].lower_ if owner is not None and owner.left_edge.i > 0 else None
    if opening not in frame and before_owner not in {f.split()[0] for f in frame}:
        return False
    # « a répondu à la demande d'aide »: the request is the verb's object, not the clause's reason
    return noun.head.lemma_.lower() not in lex.verbs.get("answer", ())


def without_amount(theme: Mention, quantity: Mention | None, lex: Lexicon) -> Mention:
    """« 50 tonnes de vivres » → « vivres »: what was asked for, not how much was given."""
    if quantity is None or not theme.text.startswith(quantity.text):
        return theme
    rest = theme.text[len(quantity.text) :].lstrip()
    for prep in sorted(partitive(lex) | {"of"}, key=len, reverse=True):
        if rest.lower().startswith(prep + (" " if not prep.endswith("'") else "")):
            rest = rest[len(prep) :].lstrip()
            break
    if not rest:
        return theme
    start = theme.end - len(rest)
    return replace(theme, text=rest, start=start, phrase=rest, det=None)
