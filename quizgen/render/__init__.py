"""render: write a quiz as an Anki deck, a printable worksheet and JSON.

Every file is first written next to its destination under a temporary name, then renamed
once all of them are ready: an error or an interruption never leaves a half-written file
or replaces a good one with a broken one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import QuizgenError
from ..models import Quiz

FORMATS = ("apkg", "html", "json", "gift", "kahoot", "quizlet")
# file name endings: Moodle imports GIFT from .txt, Kahoot's template is a spreadsheet
EXPORTS = {"gift": ".gift.txt", "kahoot": ".kahoot.csv", "quizlet": ".quizlet.txt"}
PAPERS = ("a4", "letter")


def parse_formats(value: str) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise QuizgenError(f"unknown format '{','.join(unknown) or value}' (choose from: {', '.join(FORMATS)})")
    return formats


def parse_paper(value: str) -> str:
    paper = value.strip().lower()
    if paper not in PAPERS:
        raise QuizgenError(f"unknown paper size '{value}' (choose from: {', '.join(PAPERS)})")
    return paper


def deck_name(quiz: Quiz, parent: str | None) -> str:
    # "::" separates Anki sub-decks: keep a title from splitting the deck by accident
    title = " ".join(quiz.article.title.replace("::", ":").split())
    return f"{parent.strip(': ')}::{title}" if parent else title


def write_outputs(
    quizzes: Sequence[tuple[Quiz, str]],
    out_dir: Path,
    formats: Sequence[str],
    *,
    deck: str | None = None,
    paper: str = "a4",
    with_article: bool = False,
    with_key: bool = True,
    versions: int = 1,
    seed: int = 0,
    bundle_name: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> list[Path]:
    """Render every (quiz, lang) into ``out_dir``; returns the files written.

    With ``versions`` > 1, each article gets that many shuffled worksheets, ``<slug>-A.html``,
    ``<slug>-B.html``…, each with its own answer key, instead of ``<slug>.html``.
    """
    from . import anki, html, jsonout

    prepare(out_dir)
    staged: list[tuple[Path, Path]] = []
    try:
        for quiz, lang in quizzes:
            slug = quiz.article.slug
            if "html" in formats:
                if versions > 1:
                    sheets = html.render_versions(
                        quiz, lang, versions, seed=seed, paper=paper, with_article=with_article, with_key=with_key
                    )
                    for letter, text in sheets:
                        staged.append(stage_text(out_dir, f"{slug}-{letter}.html", text))
                else:
                    text = html.render_worksheet(quiz, lang, paper=paper, with_article=with_article, with_key=with_key)
                    staged.append(stage_text(out_dir, f"{slug}.html", text))
            if "json" in formats:
                staged.append(stage_text(out_dir, f"{slug}.json", jsonout.quiz_document(quiz, lang)))
            for name, ending in EXPORTS.items():
                if name in formats:
                    text, warnings = export(name, quiz, lang)
                    for warning in warnings:
                        (warn or (lambda _: None))(f"{slug}{ending}: {warning}")
                    staged.append(stage_text(out_dir, f"{slug}{ending}", text))
        if "apkg" in formats and quizzes:
            parent = deck if len(quizzes) > 1 else None
            decks = [
                anki.build_deck(q, deck_name(q, parent) if parent else (deck or deck_name(q, None))) for q, _ in quizzes
            ]
            name = bundle_name or quizzes[0][0].article.slug
            tmp = temp_path(out_dir, f"{name}.apkg")
            staged.append((tmp, out_dir / f"{name}.apkg"))  # before writing: an interrupted write is cleaned up
            anki.write_apkg(decks, tmp)
        for tmp, final in staged:
            os.replace(tmp, final)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    return [final for _, final in staged]


def export(name: str, quiz: Quiz, lang: str) -> tuple[str, list[str]]:
    """Text for one of the other destinations, with what had to be shortened or left out."""
    from importlib import import_module

    result = import_module(f".{name}", __name__).render(quiz, lang)
    if isinstance(result, tuple):
        text, warnings = result
        return text, [str(w) for w in warnings]
    return result, []


def prepare(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise QuizgenError(f"{out_dir}: cannot create the output folder ({exc.strerror})") from None
    if not out_dir.is_dir():
        raise QuizgenError(f"{out_dir}: is not a folder")
    if not os.access(out_dir, os.W_OK):
        raise QuizgenError(f"{out_dir}: the output folder is not writable")


def temp_path(out_dir: Path, name: str) -> Path:
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=out_dir)
    except OSError as exc:
        raise QuizgenError(f"{out_dir}: cannot write there ({exc.strerror})") from None
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; outputs are ordinary files
    return Path(tmp)


def stage_text(out_dir: Path, name: str, text: str) -> tuple[Path, Path]:
    tmp = temp_path(out_dir, name)
    try:
        tmp.write_text(text, encoding="utf-8")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, out_dir / name
