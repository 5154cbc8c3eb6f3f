"""Quotes: « … » or "…" with a verb of saying before or after them, or « selon X ».

Quotes are found in the text, not in the parse (the parser cuts sentences inside them);
the speaker is read from the clause around the quote. A quote with no attribution that
directly follows an attributed one in the same paragraph keeps its speaker, as news
writing does (« … », a déclaré X. « … »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..models import Article, Mention
from .mentions import PERSON, entity_at, make_mention
from .syntax import SUBJECT, first_child

QUOTE = re.compile(r"«\s*(?P<fr>[^«»]+?)\s*»|“(?P<curly>[^“”]+)”|\"(?P<straight>[^\"]+)\"")
MIN_WORDS = 4  # shorter quotes are scare quotes (« blague »), not statements
REACH = 12  # tokens after a quote in which its attribution may stand


@dataclass(frozen=True, slots=True)
class QuoteEvent:
    sentence: Span
    speaker: Mention | None
    quote: Mention


def quoted_tokens(doc: Doc) -> set[int]:
    """Indexes of tokens inside quotation marks (claims made by someone, not the article)."""
    inside: set[int] = set()
    for match in QUOTE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def find_quotes(doc: Doc, article: Article, lex: Lexicon, sentences: list[Span]) -> Iterator[QuoteEvent]:
    previous: tuple[int, Mention] | None = None  # (end char, speaker) of the last attributed quote
    for match in QUOTE.finditer(doc.text):
        group = next(g for g in ("fr", "curly", "straight") if match.group(g))
        start, end = match.start(group), match.end(group)
        inner = article.text[start:end].strip()
        if len(re.findall(r"\w+", inner)) < MIN_WORDS:
            continue
        quote_span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if quote_span is None:
            continue
        sentence = sentence_around(quote_span, sentences)
        speaker = speaker_of(quote_span, sentence, article, lex)
        between = doc.text[previous[0] : match.start()] if previous else ""
        if speaker is None and previous is not None and "\n" not in between and len(between) < 80:
            speaker = previous[1]
        if speaker is not None:
            previous = (match.end(), speaker)
        quote = Mention(text=inner.rstrip(" ,"), start=start, end=end, kind="quote", phrase=inner)
        if speaker is not None and speaker.kind in ("thing", "name", "place") and speaker.text[:1].isupper():
            speaker = replace(speaker, kind="person")  # who speaks is a person, whatever the tagger says
        if speaker is not None:
            yield QuoteEvent(sentence, speaker, quote)


def sentence_around(quote: Span, sentences: list[Span]) -> Span:
    """The sentences a quote spans, joined, with the one carrying its attribution."""
    hit = [s for s in sentences if s.start < quote.end and quote.start < s.end]
    if not hit:
        return quote
    doc = quote.doc
    return doc[hit[0].start : hit[-1].end]


def speaker_of(quote: Span, sentence: Span, article: Article, lex: Lexicon) -> Mention | None:
    says = lex.verbs.get("say", frozenset())
    doc = quote.doc
    after = doc[quote.end : min(quote.end + REACH, len(doc))]
    before = doc[sentence.start : quote.start]
    # « … », a déclaré X  /  « … » a-t-il souligné: only punctuation, auxiliaries and
    # adverbs may stand between the closing mark and the verb
    for tok in after:
        if "\n" in tok.text or tok.text in ("«", "“", '"'):
            break
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in says:
            return speaker_near(tok, doc[tok.i + 1 : min(tok.i + 6, len(doc))], article, lex, quote)
        if not (tok.is_punct or tok.pos_ in ("AUX", "ADV", "PRON") or tok.dep_ in ("aux", "aux:tense")):
            break
    # X a déclaré : « … »  /  X a déclaré que la réponse offrait « … »
    for tok in reversed(before):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in says:
            return speaker_near(tok, doc[0:0], article, lex, quote)
    # selon X
    according = lex.words.get("according", frozenset())
    for tok in list(before) + list(after):
        if tok.lower_ in according and tok.lower_ != "pour":
            name = next(
                (t for t in doc[tok.i + 1 : tok.i + 5] if t.ent_type_ in PERSON | {"ORG"} or t.pos_ == "PROPN"),
                None,
            )
            if name is not None:
                return make_mention(name, article, lex)
    return None


def speaker_near(verb: Token, following: Span, article: Article, lex: Lexicon, quote: Span) -> Mention | None:
    subj = first_child(verb, SUBJECT)
    if subj is not None and not (quote.start <= subj.i < quote.end):
        return person_in(subj, article, lex)
    pronouns = lex.words.get("subject_pronouns", frozenset())
    if any(c.dep_.startswith("expl") and c.lower_.lstrip("-t").lstrip("-") in pronouns for c in verb.children):
        return last_person_before(quote, article, lex)  # « a-t-il souligné »
    for tok in following:  # inversion: « a déclaré Parly »
        if tok.text in ("«", "“", '"') or "\n" in tok.text:
            break
        if tok.pos_ in ("PROPN", "NOUN") and (tok.ent_type_ in PERSON or tok.pos_ == "PROPN" or tok.is_title):
            return person_in(tok, article, lex)
        if tok.lower_ in lex.words.get("subject_pronouns", ()) or tok.lower_.lstrip("-") in lex.words.get(
            "subject_pronouns", ()
        ):
            return last_person_before(quote, article, lex)
    return None


def person_in(head: Token, article: Article, lex: Lexicon) -> Mention | None:
    """A named person inside a subject (« le porte-parole du Kremlin, Dmitri Peskov »)."""
    if head.ent_type_ in PERSON:
        return make_mention(head, article, lex)
    if head.lower_ in lex.words.get("subject_pronouns", ()):
        return last_person_before(head.doc[head.i : head.i + 1], article, lex)
    for tok in head.subtree:
        if tok.ent_type_ in PERSON:
            return make_mention(tok, article, lex)
    return make_mention(head, article, lex)


def last_person_before(span: Span, article: Article, lex: Lexicon) -> Mention | None:
    people = [e for e in span.doc.ents if e.label_ in PERSON and e.end <= span.start]
    if not people:
        return None
    return make_mention(people[-1].root, article, lex)


__all__ = ["QuoteEvent", "entity_at", "find_quotes", "quoted_tokens"]
