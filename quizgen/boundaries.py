"""Sentence boundaries for news text.

The statistical parser runs sentences across paragraph breaks and splits them inside
quotes, before commas and before names (« un avion de surveillance | Falcon 50M à Dakar »,
« le président russe Vladimir | Poutine »), leaving the second half of the sentence out of
its verb's tree. A component before the parser forces a boundary at every paragraph break
and forbids one after any word that cannot end a sentence (the parser respects both);
:func:`sentences` then merges the pieces the parser still cut where no sentence can end.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

OPENING = {"«", "“", "‹"}
CLOSING = {"»", "”", "›"}
NO_START = {",", ";", ":", "–", "—", ")", "]", "»", "”", "›", "…"}
FINAL = {".", "!", "?", "…", "»", "”", '"', ")"}
# marks after which a parser's cut may still be a sentence's end: the pieces are merged afterwards
BREAKS = {":", ";", "«", "“", "•", "-", "–", "—"}  # a dash only with a space after it (« (AFP) - », not « al-Rahman »)


@Language.component("quizgen_boundaries")
def set_boundaries(doc: Doc) -> Doc:
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            doc[i].is_sent_start = True
            if doc[i].is_alpha and i + 1 < len(doc) and "\n" not in doc[i].text + doc[i].whitespace_:
                # « A la date du 25 janvier, … »: a paragraph's first word is never a sentence by itself
                doc[i + 1].is_sent_start = False
        elif doc[i].is_sent_start is None and not may_end(prev):
            doc[i].is_sent_start = False
    return doc


def may_end(token) -> bool:
    """A sentence may end after ``token``: a full stop, a closing mark, an abbreviation's dot."""
    if token.text in BREAKS:
        return token.text not in "-–—" or bool(token.whitespace_)
    return token.text in FINAL or token.text.endswith(".") or token.is_space


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, with the parser's cuts inside quotes and before commas undone."""
    pieces = [s for s in doc.sents if s.text.strip()]
    merged: list[Span] = []
    depth = 0  # open quotes carried over from earlier pieces
    opening: int | None = None  # a piece that only opens a quotation: it begins the next sentence
    for piece in pieces:
        if all(t.text in OPENING or t.is_space for t in piece) and not (merged and depth > 0):
            opening = piece.start if opening is None else opening
            continue
        if opening is not None:
            piece, opening = doc[opening : piece.end], None
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
    if opening is not None:  # a quotation mark the text ends on
        merged.append(doc[opening : len(doc)])
    return [trim(s) for s in merged]


def trim(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]
