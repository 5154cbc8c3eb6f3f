"""Sentence boundaries for news text.

The statistical parser runs sentences across paragraph breaks and splits them inside
quotes and before commas. A component before the parser forces a boundary at every
paragraph break (the parser respects boundaries set to True); :func:`sentences` then
merges the pieces the parser cut where no sentence can end.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

OPENING = {"«", "“", "‹"}
CLOSING = {"»", "”", "›"}
NO_START = {",", ";", ":", "–", "—", ")", "]", "»", "”", "›", "…"}
FINAL = {".", "!", "?", "…", "»", "”", '"', ")"}


@Language.component("quizgen_boundaries")
def set_boundaries(doc: Doc) -> Doc:
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            doc[i].is_sent_start = True
            if doc[i].is_alpha and i + 1 < len(doc) and "\n" not in doc[i].text + doc[i].whitespace_:
                # « A la date du 25 janvier, … »: a paragraph's first word is never a sentence by itself
                doc[i + 1].is_sent_start = False
    return doc


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, with the parser's cuts inside quotes and before commas undone."""
    pieces = [s for s in doc.sents if s.text.strip()]
    merged: list[Span] = []
    depth = 0  # open quotes carried over from earlier pieces
    for piece in pieces:
        first = piece[0]
        starts_paragraph = first.i > 0 and "\n" in (doc[first.i - 1].text + doc[first.i - 1].whitespace_)
        unfinished = merged and merged[-1][-1].text not in FINAL and not merged[-1][-1].text.endswith(".")
        joins = (
            merged and not starts_paragraph and (depth > 0 or first.text in NO_START or first.is_lower or unfinished)
        )
        only_marks = all(t.is_punct or t.is_space for t in piece)
        if (
            merged
            and (joins or (only_marks and not starts_paragraph))
            or merged
            and only_marks is False
            and merged[-1].text.strip() in OPENING
        ):
            merged[-1] = doc[merged[-1].start : piece.end]
        else:
            merged.append(piece)
        depth = max(0, depth + sum(t.text in OPENING for t in piece) - sum(t.text in CLOSING for t in piece))
    return [trim(s) for s in merged]


def trim(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]
