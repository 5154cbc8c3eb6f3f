"""Transfers, deployments and requests: a verb from the language table and its arguments.

Roles are read from the dependency tree with fallbacks for the attachments a small
parser gets wrong: a recipient hung on the object noun (« des missiles à l'Ukraine »),
an object parsed as a prepositional phrase (« a fourni à l'Ukraine des drones »), a
destination attached to the wrong verb of a coordination.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article, Mention
from .mentions import is_number, make_mention
from .syntax import (
    OBJECT,
    PASSIVE_SUBJECT,
    conjuncts,
    first_child,
    governing_verbs,
    is_passive,
    left_coordinate,
    negated,
    pps,
    subject,
)

PARTITIVE = {"des", "du", "de", "d'", "de la", "de l'"}
PLACE_KINDS = {"country", "place", "area"}
RECIPIENT_KINDS = {"country", "person", "org", "group", "name", "thing", "place", "area"}


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


def find_events(sentence: Span, article: Article, lex: Lexicon, quoted: set[int]) -> Iterator[Event]:
    for verb in sentence:
        if verb.pos_ not in ("VERB", "AUX") or verb.i in quoted:
            continue
        kinds = lex.verb_kinds(verb.lemma_)
        if not {"transfer", "deployment", "request"} & set(kinds):
            continue
        if "request" in kinds:
            yield from request_events(verb, sentence, article, lex)
            continue
        if any("request" in lex.verb_kinds(g.lemma_) for g in governing_verbs(verb)):
            continue  # « demander à X de fournir Y » is one request, not a transfer
        yield from give_or_deploy(verb, kinds, sentence, article, lex)


def roles(verb: Token) -> tuple[Token | None, Token | None]:
    """(agent head, theme head), for active, passive and participial clauses."""
    if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN") and "Part" in verb.morph.get("VerbForm"):
        agent = next((n for p, n in pps(verb) if p in ("par", "by")), None)
        if agent is None and verb.head.dep_ in OBJECT and verb.head.head.lemma_ in ("avoir", "have", "maintenir"):
            agent = subject(verb.head.head)
        return agent, verb.head
    if is_passive(verb):
        agent = next((n for p, n in pps(verb) if p in ("par", "by")), None)
        return agent, first_child(verb, PASSIVE_SUBJECT)
    theme = first_child(verb, OBJECT, after=True)
    return subject(verb), theme


def give_or_deploy(
    verb: Token, kinds: tuple[str, ...], sentence: Span, article: Article, lex: Lexicon
) -> Iterator[Event]:
    agent_tok, theme_tok = roles(verb)
    attached = list(pps(verb))
    if theme_tok is None:  # « a fourni à l'Ukraine des drones », « ne fournirait pas d'aide »
        for prep, noun in attached:
            if prep in PARTITIVE and noun.pos_ == "NOUN" and noun.i > verb.i:
                theme_tok = noun
                break
            theme_tok = next((n for p, n in pps(noun) if p in PARTITIVE and n.pos_ == "NOUN"), None)
            if theme_tok is not None:
                break
    if (
        theme_tok is None
        or theme_tok.i in quoted_tokens_of(verb)
        or theme_tok.lemma_.lower() in lex.nouns.get("abstract", ())
    ):
        return
    recipient_tok = destination_tok = None
    candidates = attached + [pp for tok in theme_phrase(theme_tok) for pp in pps(tok)]
    named = sorted(
        candidates,
        key=lambda pp: (quick_kind(pp[1], lex) not in ("country", "place") or not pp[1].ent_type_, pp[1].i),
    )
    for prep, noun in named:
        if noun.i == theme_tok.i or noun.i < verb.i - 8:
            continue
        kind = quick_kind(noun, lex)
        if recipient_tok is None and prep in lex.preps["recipient"] and kind in RECIPIENT_KINDS:
            recipient_tok = noun
        elif (
            destination_tok is None
            and prep in lex.preps["destination"]
            and kind in PLACE_KINDS
            and not negated(noun, lex)
        ):
            destination_tok = noun
    if recipient_tok is None:
        recipient_tok = beneficiary(verb, lex)
    forces = theme_tok.lemma_.lower() in lex.nouns["forces"]
    core = verb.lemma_.lower() in lex.verbs.get("deployment_core", frozenset())
    if (
        "deployment" in kinds
        and (core or forces)
        and (destination_tok is not None or "transfer" not in kinds or forces)
    ):
        kind = "deployment"
        if destination_tok is None:
            destination_tok = destination_after(theme_tok, sentence, lex)
        if destination_tok is None and recipient_tok is not None and quick_kind(recipient_tok, lex) in PLACE_KINDS:
            destination_tok = recipient_tok
        recipient_tok = None if destination_tok is not None else recipient_tok
    elif "transfer" in kinds:
        kind = "transfer"
    else:
        return
    stop = {t.i for t in (recipient_tok, destination_tok) if t is not None}
    stop |= {
        t.i
        for t in (
            (destination_tok.head,) if destination_tok is not None and destination_tok.head.i != theme_tok.i else ()
        )
    }
    theme = make_mention(theme_tok, article, lex, stop=stop | {verb.i})
    if theme is None:
        return
    theme = extend_compound(theme, theme_tok, article, lex)
    recipient = (
        make_mention(recipient_tok, article, lex, prep=prep_of(recipient_tok)) if recipient_tok is not None else None
    )
    destination = (
        make_mention(destination_tok, article, lex, prep=prep_of(destination_tok))
        if destination_tok is not None
        else None
    )
    quantity = quantity_in(theme_tok, theme, article, lex)
    modality = modality_of(verb, lex)
    for agent in agents(agent_tok, article, lex):
        yield Event(kind, verb, sentence, modality, agent, theme, quantity, recipient, destination)


def request_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> Iterator[Event]:
    agent_tok = subject(verb)
    recipient_tok = next((n for p, n in pps(verb) if p in lex.preps["recipient"] | {""}), None)
    theme_tok = first_child(verb, OBJECT, after=True)
    inner = [c for c in verb.subtree if c.pos_ == "VERB" and c.i != verb.i and "transfer" in lex.verb_kinds(c.lemma_)]
    if inner:
        theme_tok = first_child(inner[0], OBJECT, after=True) or theme_tok
    if recipient_tok is None and theme_tok is not None and lex.code == "en":
        recipient_tok, theme_tok = theme_tok, next((n for p, n in pps(verb) if p == "for"), None)
    if theme_tok is None or agent_tok is None:
        return
    theme = make_mention(theme_tok, article, lex, stop={verb.i})
    if theme is None:
        return
    recipient = (
        make_mention(recipient_tok, article, lex, prep=prep_of(recipient_tok)) if recipient_tok is not None else None
    )
    quantity = quantity_in(theme_tok, theme, article, lex)
    modality = "negated" if negated(verb, lex) else "requested"
    for agent in agents(agent_tok, article, lex):
        yield Event("request", verb, sentence, modality, agent, theme, quantity, recipient, None)


def agents(agent_tok: Token | None, article: Article, lex: Lexicon) -> list[Mention | None]:
    """One mention per coordinated agent; [None] when the agent is unknown."""
    if agent_tok is None:
        return [None]
    heads = conjuncts(agent_tok)
    left = left_coordinate(agent_tok, min(t.i for t in agent_tok.subtree))
    if left is not None:
        heads.insert(0, left)
    stop = {h.i for h in heads}
    found = [make_mention(h, article, lex, stop=stop - {h.i}) for h in heads]
    return [m for m in found if m is not None] or [None]


def theme_phrase(theme: Token) -> list[Token]:
    """The theme, its coordinated nouns and their modifiers: where stray role phrases hang."""
    found = []
    for tok in conjuncts(theme):
        found.append(tok)
        found.extend(c for c in tok.children if c.dep_ in ("nmod", "obl", "prep") or c.dep_.startswith("nmod"))
    return found


def quoted_tokens_of(verb: Token) -> set[int]:
    from .quotes import quoted_tokens

    return quoted_tokens(verb.doc)


def quick_kind(noun: Token, lex: Lexicon) -> str:
    from .mentions import classify

    return classify([noun], noun, lex)


def prep_of(noun: Token) -> Token | None:
    case = [c for c in noun.children if c.dep_ == "case" and c.i < noun.i]
    if case:
        return case[0]
    return noun.head if noun.head.dep_ in ("prep", "agent", "dative") else None


def beneficiary(verb: Token, lex: Lexicon) -> Token | None:
    """« fournir des casques pour soutenir l'Ukraine »: the supported party receives."""
    for clause in verb.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in lex.verbs.get("benefit", ()):
            obj = first_child(clause, OBJECT)
            if obj is not None:
                return obj
    return None


def destination_after(theme: Token, sentence: Span, lex: Lexicon) -> Token | None:
    """A place phrase right after the theme, when the parser attached it elsewhere."""
    last = max(t.i for t in theme.subtree)
    for tok in sentence.doc[last + 1 : min(last + 4, sentence.end)]:
        if tok.is_punct:
            return None
        if tok.lower_ in lex.preps["destination"]:
            noun = next((t for t in sentence.doc[tok.i + 1 : tok.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None and quick_kind(noun, lex) in PLACE_KINDS:
                return noun
    return None


def extend_compound(theme: Mention, head: Token, article: Article, lex: Lexicon) -> Mention:
    """« chasseurs [à réaction] »: a bare noun after à/de completes the noun, wherever the parser put it."""
    doc = head.doc
    end_tok = next((t for t in doc if t.idx + len(t.text) == theme.end), None)
    if end_tok is None or end_tok.i + 2 >= len(doc):
        return theme
    prep, noun = doc[end_tok.i + 1], doc[end_tok.i + 2]
    if (
        prep.lower_ in ("à", "de", "d'")
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and noun.head.i in (head.head.i, head.i, prep.i)
    ):
        end = noun.idx + len(noun.text)
        phrase_start = theme.end - len(theme.phrase)
        return replace(theme, text=article.text[theme.start : end], end=end, phrase=article.text[phrase_start:end])
    return theme


def quantity_in(head: Token, theme: Mention, article: Article, lex: Lexicon) -> Mention | None:
    """The number (with its unit) that counts the theme: « 5 000 », « 33 tonnes », « 2,7 milliards de dollars »."""
    doc = head.doc
    toks = [t for t in doc if theme.start <= t.idx < theme.end]
    nums = [t for t in toks if is_number(t, lex)]
    if not nums:
        return None
    first = nums[0]
    last = first
    while last.i + 1 < len(doc) and is_number(doc[last.i + 1], lex) and doc[last.i + 1].idx < theme.end:
        last = doc[last.i + 1]
    units = lex.nouns.get("units", frozenset())
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and (nxt.lemma_.lower() in units or nxt.lower_ in units):
        last = nxt
        # « milliards de dollars »: a unit of a unit
        if (
            last.i + 2 < len(doc)
            and doc[last.i + 1].lower_ in ("de", "d'", "of")
            and doc[last.i + 2].lemma_.lower() in units
        ):
            last = doc[last.i + 2]
    start, end = first.idx, last.idx + len(last.text)
    # "$2.5 billion": a currency sign before the number belongs to it
    if first.i > 0 and doc[first.i - 1].text in ("$", "€", "£"):
        start = doc[first.i - 1].idx
    text = article.text[start:end]
    return Mention(text=text, start=start, end=end, kind="number", phrase=text)


def modality_of(verb: Token, lex: Lexicon) -> str:
    if negated(verb, lex) or any(negated(g, lex) for g in governing_verbs(verb)):
        return "negated"
    tense = verb.morph.get("Tense")
    mood = verb.morph.get("Mood")
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "aux:tense")]
    if "Fut" in tense or "Cnd" in mood or any(a in ("will", "would", "shall") for a in aux):
        return "promised"
    if any(g.lemma_.lower() in lex.verbs.get("promise", ()) for g in governing_verbs(verb)):
        return "promised"
    return "asserted"
