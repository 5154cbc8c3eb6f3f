"""extract: facts from a parsed article.

One module per kind of extraction (``events`` for transfers, deployments and requests,
``quotes`` for quotes); this module runs them and turns what they find into :class:`Fact`
records carrying their source sentence as the article writes it.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..boundaries import sentences as split_sentences
from ..grammar import grammar
from ..lexicon import lexicon
from ..models import Article, Fact, Mention
from .events import find_events
from .figures import find_figures
from .mentions import make_mention
from .people import find_people
from .quotes import find_quotes, quoted_tokens
from .syntax import governing_verbs

NAMED_LABELS = {"PER", "PERSON", "LOC", "GPE", "ORG", "NORP", "FAC"}


def extract_facts(article: Article, doc: Doc, lang: str) -> tuple[Fact, ...]:
    """Every fact found in ``doc``, in the order of the text."""
    lex = lexicon(lang)
    sentences = split_sentences(doc)
    quoted = quoted_tokens(doc)
    facts: list[Fact] = []
    events = [(sentence, ev) for sentence in sentences for ev in find_events(sentence, article, lex, quoted)]
    for sentence, ev in inherit_from_packages(events):
        if ev.agent is None and ev.recipient is None and ev.destination is None:
            continue
        facts.append(
            make_fact(
                article,
                ev.kind,
                sentence,
                anchor=ev.verb.idx,
                theme_at=ev.theme.start - sentence.start_char if ev.theme else -1,
                modality=ev.modality,
                agent=ev.agent,
                theme=ev.theme,
                quantity=ev.quantity,
                recipient=ev.recipient,
                destination=ev.destination,
                verb=ev.verb.text,
                verb_lemma=ev.verb.lemma_,
                tense=tense_of(ev.verb, lang),
            )
        )
    for sentence in sentences:
        taken = {
            f.quantity.start
            for f in facts
            if f.quantity is not None and sentence.start_char <= f.quantity.start < sentence.end_char
        }
        for quantity, theme in find_figures(sentence, article, lex, taken):
            facts.append(make_fact(article, "figure", sentence, anchor=quantity.start, quantity=quantity, theme=theme))
    for person, title in find_people(doc, article, lex):
        around = next((s for s in sentences if s.start_char <= person.start < s.end_char), None)
        if around is not None:
            facts.append(make_fact(article, "role", around, anchor=person.start, agent=person, theme=title))
    for q in find_quotes(doc, article, lex, sentences, quoted):
        facts.append(make_fact(article, "quote", q.sentence, anchor=q.quote.start, speaker=q.speaker, quote=q.quote))
    facts.sort(key=lambda f: (f.start, f.kind != "quote"))
    return tuple(dedupe(facts))


def extract_entities(article: Article, doc: Doc, lang: str) -> tuple[Mention, ...]:
    """Named people, countries, places and organisations, once each, for distractors."""
    lex = lexicon(lang)
    found: dict[str, Mention] = {}
    for ent in doc.ents:
        if ent.label_ not in NAMED_LABELS:
            continue
        mention = make_mention(ent.root, article, lex)
        if mention is not None and mention.text not in found:
            found[mention.text] = mention
    return tuple(found.values())


def make_fact(article: Article, kind: str, sentence: Span, *, anchor: int, theme_at: int = -1, **roles: object) -> Fact:
    """A fact with an id that depends on the article, the sentence and where its roles stand.

    The id (and so the Anki note's GUID) survives changes to quizgen's wording, so that a
    re-imported deck updates its notes.
    """
    start, end = sentence.start_char, sentence.end_char
    text = article.text[start:end].strip()
    agent = roles.get("agent") or roles.get("speaker")
    who = agent.text if isinstance(agent, Mention) else ""
    key = f"{article.slug}|{kind}|{text}|{anchor - start}|{theme_at}|{who}"
    fact_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    return Fact(id=fact_id, kind=kind, sentence=text, start=start, end=end, **roles)


def inherit_from_packages(events: list) -> list:
    """A package told of again takes the giver and receiver the article gave it before.

    Only for events told of a package (« le fret », "the package"), and only when every earlier
    transfer agrees on the receiver: one candidate, or the role stays empty.
    """
    done = []
    for sentence, ev in events:
        if ev.from_container and ev.kind == "transfer":
            earlier = [e for _, e in done if e.kind == "transfer"]
            givers = {e.agent.text: e.agent for e in earlier if e.agent is not None and e.from_container}
            receivers = {e.recipient.text: e.recipient for e in earlier if e.recipient is not None}
            if ev.agent is None and len(givers) == 1:
                ev = replace(ev, agent=next(iter(givers.values())))
            if ev.recipient is None and len(receivers) == 1:
                ev = replace(ev, recipient=next(iter(receivers.values())))
        done.append((sentence, ev))
    return done


def tense_of(verb, lang: str) -> str:
    """The tense the fact is told in; an infinitive takes its governing verb's (« a continué à déployer »)."""
    tense = grammar(lang).tense(verb)
    if tense == "infinitive":
        for governor in governing_verbs(verb):
            tense = grammar(lang).tense(governor)
            if tense != "infinitive":
                return tense
        return "past"
    return tense


def dedupe(facts: list[Fact]) -> list[Fact]:
    seen: set[str] = set()
    kept = []
    for fact in facts:
        if fact.id not in seen:
            seen.add(fact.id)
            kept.append(fact)
    return kept
