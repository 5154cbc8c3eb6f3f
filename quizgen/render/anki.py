"""The Anki deck: two note types with fixed IDs, GUIDs from the article and the fact.

Re-importing a deck regenerated from the same article updates its notes instead of
adding copies, because each note's GUID depends only on the article's slug and the
question's fact, never on the wording or the run.
"""

from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path

import genanki

from ..models import Article, Question, Quiz
from .templates import read_template

# Fixed forever: changing them makes Anki treat every deck as a new note type.
MCQ_MODEL_ID = 1_684_023_517
CLOZE_MODEL_ID = 1_684_023_518
LETTERS = "ABCDE"


def mcq_model() -> genanki.Model:
    return genanki.Model(
        MCQ_MODEL_ID,
        "quizgen — choix multiple",
        fields=[{"name": n} for n in ("Question", "Options", "OptionsMarked", "Answer", "Source", "Article")],
        templates=[
            {"name": "QCM", "qfmt": read_template("anki/mcq_front.html"), "afmt": read_template("anki/mcq_back.html")}
        ],
        css=read_template("anki/style.css"),
    )


def cloze_model() -> genanki.Model:
    return genanki.Model(
        CLOZE_MODEL_ID,
        "quizgen — texte à trous",
        fields=[{"name": "Text"}, {"name": "Article"}],
        templates=[
            {
                "name": "Cloze",
                "qfmt": read_template("anki/cloze_front.html"),
                "afmt": read_template("anki/cloze_back.html"),
            }
        ],
        css=read_template("anki/style.css"),
        model_type=genanki.Model.CLOZE,
    )


def cloze_text(q: Question) -> str:
    """Anki's cloze syntax, escaped for HTML: « L'{{c1::Allemagne::pays}} a fourni… »."""
    before, answer, after = q.cloze_parts or ("", q.answer, "")
    hint = f"::{escape(q.hint)}" if q.hint else ""
    # "}}" inside an answer would close the deletion early
    safe = escape(answer).replace("}}", "} }")
    return f"{escape(before)}{{{{c1::{safe}{hint}}}}}{escape(after)}"


def citation(article: Article) -> str:
    parts = [escape(article.title)]
    if article.date:
        parts.append(escape(article.date))
    if article.source:
        parts.append(escape(article.source))
    return " · ".join(parts)


def options_html(q: Question, mark: bool) -> str:
    items = []
    for i, option in enumerate(q.options):
        right = mark and i == q.answer_index
        cls = ' class="right"' if right else ""
        items.append(f'<li{cls}><span class="letter">{LETTERS[i]}</span>{escape(option)}{" ✓" if right else ""}</li>')
    return f'<ul class="options">{"".join(items)}</ul>'


def highlighted(q: Question) -> str:
    """The source sentence with the answer marked."""
    at = q.sentence.find(q.answer)
    if at < 0:
        return escape(q.sentence)
    end = at + len(q.answer)
    return f"{escape(q.sentence[:at])}<mark>{escape(q.answer)}</mark>{escape(q.sentence[end:])}"


def deck_id(name: str) -> int:
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:8], 16) | 1 << 30


def build_deck(quiz: Quiz, name: str) -> genanki.Deck:
    deck = genanki.Deck(deck_id(name), name)
    mcq, cloze = mcq_model(), cloze_model()
    cite = citation(quiz.article)
    for q in quiz.questions:
        tags = ["quizgen", quiz.article.slug, q.fact_kind]
        guid = genanki.guid_for(quiz.article.slug, q.id)
        if q.type == "mcq":
            fields = [
                escape(q.prompt),
                options_html(q, mark=False),
                options_html(q, mark=True),
                f"{LETTERS[q.answer_index or 0]}. {escape(q.answer)}",
                highlighted(q),
                cite,
            ]
            deck.add_note(genanki.Note(model=mcq, fields=fields, tags=tags, guid=guid))
        else:
            deck.add_note(genanki.Note(model=cloze, fields=[cloze_text(q), cite], tags=tags, guid=guid))
    return deck


def write_apkg(decks: list[genanki.Deck], path: Path) -> None:
    genanki.Package(decks).write_to_file(str(path))
