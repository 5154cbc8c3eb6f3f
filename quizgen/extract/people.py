"""Who is who: a person's role when the article gives it, next to the name.

« le chancelier allemand Olaf Scholz », « le maire de Kiev, Vitali Klitschko », « Nock Ag
Attia, député touareg », "Jean Mensa, the chair of the electoral commission". The role is the
common-noun phrase right before the name, or set off by commas right after it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article, Mention
from .mentions import PERSON, entity_at

ROLE_POS = {"NOUN", "ADJ", "ADP", "DET", "PROPN", "PUNCT"}
MAX_ROLE = 9


def find_people(doc, article: Article, lex: Lexicon) -> Iterator[tuple[Mention, Mention]]:
    """(person, title) for each person whose title is written beside the name."""
    titles = lex.nouns.get("titles", frozenset())
    seen: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in PERSON:
            continue
        name = entity_at(ent[0]) or ent
        if name.text in seen:
            continue
        role = role_before(name, titles) or role_after(name, titles)
        if role is None or former(role, lex):
            continue  # « l'ancien ministre X » is no longer the minister: no « Qui est le ministre ? »
        seen.add(name.text)
        title = span_mention(role, article, "thing")
        # « le général de division » names a rank, not one person: no « Qui est… ? » about it
        qualified = any(t.pos_ in ("ADJ", "PROPN") or t.text[:1].isupper() for t in role[1:])
        yield span_mention(name, article, "person"), replace(title, vague=not qualified)


def is_title(tok: Token, titles: frozenset[str]) -> bool:
    return tok.lemma_.lower() in titles or tok.lower_ in titles


def role_before(name: Span, titles: frozenset[str]) -> Span | None:
    """« le chancelier allemand Olaf Scholz », « le maire de Kiev, Vitali Klitschko »."""
    doc = name.doc
    end = name.start
    if end > 0 and doc[end - 1].text == ",":
        end -= 1
    for start in range(end - 1, max(end - MAX_ROLE, 0) - 1, -1):
        tok = doc[start]
        if tok.pos_ not in ROLE_POS | {"CCONJ"} or tok.is_punct and tok.text != "-" or "\n" in tok.whitespace_:
            return None
        if tok.ent_type_ in PERSON:
            return None  # « au président syrien Bashar al-Assad, Barack Obama a réagi »: another person's title
        if is_title(tok, titles):
            return doc[start:end]  # the nearest title word starts the role
    return None


def role_after(name: Span, titles: frozenset[str]) -> Span | None:
    """« Nock Ag Attia, député touareg, », "Jean Mensa, the chair of the commission,"."""
    doc = name.doc
    if name.end >= len(doc) or doc[name.end].text != ",":
        return None
    start = name.end + 1
    while start < len(doc) and doc[start].pos_ == "DET":
        start += 1
    end = start
    while end < len(doc) and end - start < MAX_ROLE and doc[end].text != ",":
        tok = doc[end]
        if tok.pos_ not in ROLE_POS | {"CCONJ"} or tok.is_punct and tok.text != "-" or tok.ent_type_ in PERSON:
            return None
        end += 1
    if start >= len(doc) or not is_title(doc[start], titles) or end >= len(doc) or doc[end].text != ",":
        return None  # an apposition starts with a title and is closed by a comma
    return doc[start:end]


def span_mention(span: Span, article: Article, kind: str) -> Mention:
    text = article.text[span.start_char : span.end_char]
    first = span[0]
    det = span.doc[first.i - 1] if first.i > 0 and span.doc[first.i - 1].pos_ == "DET" else None
    gender = first.morph.get("Gender")
    return Mention(
        text=text,
        start=span.start_char,
        end=span.end_char,
        kind=kind,
        phrase=text,
        det=det.lower_ if det is not None else None,
        gender={"Fem": "f", "Masc": "m"}.get(gender[0]) if gender else None,
    )


def former(role: Span, lex: Lexicon) -> bool:
    """« l'ancienne Première ministre », "former Prime Minister", « l'ex-président »: a title someone
    no longer holds."""
    words = lex.words.get("former", frozenset())
    around = role.doc[max(role.start - 2, 0) : role.end]
    return any(t.lower_ in words or t.lower_.startswith("ex-") for t in around)
