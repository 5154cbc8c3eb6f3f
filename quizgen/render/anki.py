"""The Anki deck: two note types with fixed IDs, GUIDs from the article and the fact.

Re-importing a deck regenerated from the same article updates its notes instead of
adding copies, because each note's GUID depends only on the article's identity (its
address, else its title and date, else its text) and what the question asks about, never
on the file's name, the prompt's wording or the run.
"""

from __future__ import annotations

import hashlib
import re
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
    hint = f"::{inert(q.hint, colons=True)}" if q.hint else ""
    return f"{inert(before)}{{{{c1::{inert(answer, colons=True)}{hint}}}}}{inert(after)}"


def inert(text: str, *, colons: bool = False) -> str:
    """``text`` escaped for HTML, with nothing Anki's cloze parser reads as syntax.

    Braces become character references (a « {{c2::…}} » in the text would make a second card,
    a « } » at the end of an answer would close the deletion early), and so do colons where
    they could start or end a hint: every one in an answer or hint, runs of them elsewhere.
    The card shows the same characters.
    """
    safe = escape(text, quote=False).replace("{", "&#123;").replace("}", "&#125;")  # apostrophes stay as written
    return safe.replace(":", "&#58;") if colons else re.sub(r":(?=:)|(?<=:):", "&#58;", safe)


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


def note_guid(article: Article, q: Question) -> str:
    """The note's GUID: the article's identity and what the question asks about, never the file's name.

    The same article saved under another name updates its notes; two articles that happen to
    share a file name do not touch each other's.
    """
    return genanki.guid_for(article.identity or article.slug, q.type, q.fact_kind, q.role, q.sentence, q.answer)


def deck_id(name: str) -> int:
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:8], 16) | 1 << 30


def build_deck(quiz: Quiz, name: str) -> genanki.Deck:
    deck = genanki.Deck(deck_id(name), name)
    mcq, cloze = mcq_model(), cloze_model()
    cite = citation(quiz.article)
    for q in quiz.questions:
        tags = ["quizgen", quiz.article.slug, q.fact_kind]
        guid = note_guid(quiz.article, q)
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
    """The package at ``path``; its SQLite collection is built next to it, not in the temp folder, and removed.

    genanki's own ``write_to_file`` leaves that copy in ``$TMPDIR`` (as big as the deck) and
    fails there when ``$TMPDIR`` is full even if the output folder has room.
    """
    import itertools
    import json
    import sqlite3
    import time
    import zipfile

    db = path.with_name(path.name.removesuffix(".part") + ".db.part")
    try:
        conn = sqlite3.connect(db)
        try:
            timestamp = time.time()
            genanki.Package(decks).write_to_db(conn.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        with zipfile.ZipFile(path, "w") as archive:
            archive.write(db, "collection.anki2")
            archive.writestr("media", json.dumps({}))
    finally:
        for leftover in (db, db.with_name(db.name + "-journal")):
            leftover.unlink(missing_ok=True)
