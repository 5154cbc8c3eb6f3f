"""render: write a quiz as an Anki deck, a printable worksheet and JSON.

Every file is first written next to its destination under a temporary name, then renamed
once all of them are ready: an error or an interruption never leaves a half-written file
or replaces a good one with a broken one.
"""

from __future__ import annotations

import errno
import os
import secrets
import sqlite3
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


def parse_deck(value: str | None) -> str | None:
    """A --deck name, refused when one of its ``::``-separated parts is empty (Anki would call it « blank »)."""
    if value is None:
        return None
    from ..ingest import clean_text

    value = clean_text(value)  # no control character in a deck name either
    if any(not part.strip() for part in value.split("::")):
        raise QuizgenError(f"deck name '{value}' has an empty part; name every deck between '::'")
    return value


def check_out_dir(out_dir: Path) -> None:
    """Refuse at once an output folder that cannot be written (before any article is parsed); create nothing."""
    existing = out_dir
    while not existing.exists() and existing != existing.parent:
        if existing.is_symlink():
            break
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        raise QuizgenError(f"{out_dir}: is not a folder" if existing == out_dir else f"{existing}: is not a folder")
    if existing.exists() and not os.access(existing, os.W_OK | os.X_OK):
        raise QuizgenError(f"{out_dir}: the output folder is not writable")


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
    inputs: Sequence[str | Path] = (),
) -> list[Path]:
    """Render every (quiz, lang) into ``out_dir``; returns the files written.

    With ``versions`` > 1, each article gets that many shuffled worksheets, ``<slug>-A.html``,
    ``<slug>-B.html``…, each with its own answer key, instead of ``<slug>.html``.
    No path is written twice in a run, and none of the ``inputs`` is ever written over.
    """
    from . import anki, html, jsonout

    prepare(out_dir)
    check_names(planned(quizzes, formats, versions, bundle_name), out_dir, inputs)
    staged: list[tuple[Path, Path]] = []
    # every temporary file of this run carries this mark: on an error or a signal, whatever moment
    # it strikes (even between a file's creation and its being listed), they are all found again
    run = f"{os.getpid()}-{secrets.token_hex(4)}"
    try:
        for quiz, lang in quizzes:
            slug = quiz.article.slug
            if "html" in formats:
                if versions > 1:
                    sheets = html.render_versions(
                        quiz, lang, versions, seed=seed, paper=paper, with_article=with_article, with_key=with_key
                    )
                    for letter, text in sheets:
                        staged.append(stage_text(out_dir, run, f"{slug}-{letter}.html", text))
                else:
                    text = html.render_worksheet(quiz, lang, paper=paper, with_article=with_article, with_key=with_key)
                    staged.append(stage_text(out_dir, run, f"{slug}.html", text))
            if "json" in formats:
                staged.append(stage_text(out_dir, run, f"{slug}.json", jsonout.quiz_document(quiz, lang)))
            for name, ending in EXPORTS.items():
                if name in formats:
                    text, warnings = export(name, quiz, lang)
                    for warning in warnings:
                        (warn or (lambda _: None))(f"{slug}{ending}: {warning}")
                    staged.append(stage_text(out_dir, run, f"{slug}{ending}", text))
        if "apkg" in formats and quizzes:
            parent = deck if len(quizzes) > 1 else None
            decks = [
                anki.build_deck(q, deck_name(q, parent) if parent else (deck or deck_name(q, None))) for q, _ in quizzes
            ]
            name = bundle_name or quizzes[0][0].article.slug
            tmp = temp_path(out_dir, run, f"{name}.apkg")
            staged.append((tmp, out_dir / f"{name}.apkg"))  # before writing: an interrupted write is cleaned up
            anki.write_apkg(decks, tmp)
        for tmp, final in staged:
            os.replace(tmp, final)
    except BaseException as exc:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        for tmp in out_dir.glob(f".*.{run}.*"):
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise QuizgenError(f"{out_dir}: no space left on the device; nothing was written") from None
        if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
            raise QuizgenError(f"{out_dir}: no space left on the device; nothing was written") from None
        if isinstance(exc, OSError) and exc.strerror:
            raise QuizgenError(f"{out_dir}: cannot write there ({exc.strerror}); nothing was written") from None
        raise
    return [final for _, final in staged]


def planned(
    quizzes: Sequence[tuple[Quiz, str]], formats: Sequence[str], versions: int, bundle_name: str | None
) -> list[tuple[str, str]]:
    """(file name, article slug) of every file a run will write."""
    names: list[tuple[str, str]] = []
    for quiz, _ in quizzes:
        slug = quiz.article.slug
        if "html" in formats:
            letters = [f"-{chr(ord('A') + k)}" for k in range(versions)] if versions > 1 else [""]
            names.extend((f"{slug}{letter}.html", slug) for letter in letters)
        if "json" in formats:
            names.append((f"{slug}.json", slug))
        names.extend((f"{slug}{ending}", slug) for name, ending in EXPORTS.items() if name in formats)
    if "apkg" in formats and quizzes:
        names.append((f"{bundle_name or quizzes[0][0].article.slug}.apkg", "the deck"))
    return names


def check_names(names: list[tuple[str, str]], out_dir: Path, inputs: Sequence[str | Path]) -> None:
    """Refuse a run that would write one path twice or write over one of its own input files."""
    given = {os.path.realpath(p): str(p) for p in inputs}
    seen: dict[str, str] = {}
    for name, owner in names:
        path = out_dir / name
        real = os.path.realpath(path)
        if real in given:
            raise QuizgenError(f"{given[real]}: the output {path} would write over this input; choose another --out")
        if real in seen:
            raise QuizgenError(f"{path}: would be written twice ({seen[real]} and {owner}); nothing was written")
        seen[real] = owner


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


def temp_path(out_dir: Path, run: str, name: str) -> Path:
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.{run}.", suffix=".part", dir=out_dir)
    except OSError as exc:
        raise QuizgenError(f"{out_dir}: cannot write there ({exc.strerror})") from None
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; outputs are ordinary files
    return Path(tmp)


def stage_text(out_dir: Path, run: str, name: str, text: str) -> tuple[Path, Path]:
    tmp = temp_path(out_dir, run, name)
    try:
        tmp.write_text(text, encoding="utf-8")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, out_dir / name
