"""Kahoot's quiz spreadsheet, as CSV: one multiple-choice question a row.

The columns are those of Kahoot's "Import spreadsheet" template, in its order: the question
(at most 120 characters), answers 1 to 4 (at most 75 characters each), the time limit in
seconds (20) and the number (1–4) of the correct answer. Kahoot imports ``.xlsx`` files:
open the CSV in a spreadsheet program and paste the rows into Kahoot's template, or save it
as ``.xlsx``. The text starts with a byte-order mark so that Excel reads it as UTF-8.

Only multiple-choice questions are written. A question over 120 characters is shortened
at a word boundary with « … », keeping its closing punctuation, when what is left still
carries most of it; otherwise it is skipped, and so is a question with an option over
75 characters or more than 4 options. Every shortened or skipped question gets a warning.

Suggested file name: ``<slug>.kahoot.csv``.
"""

from __future__ import annotations

import csv
import io
import re
from typing import NamedTuple

from ..models import Question, Quiz
from .quizlet import one_line

QUESTION_MAX = 120
ANSWER_MAX = 75
ANSWERS = 4
TIME_LIMIT = 20
HEADER = (
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
BOM = "\ufeff"
ELLIPSIS = "…"
# what starts a formula in Excel, LibreOffice or Google Sheets
FORMULA = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^-\d[\d\s\u00a0\u202f.,]*\s*%?$")
# a shortened question keeps at least this share of its text, or it no longer reads
KEEP = 0.6
# what closes a question: closing quotes or brackets, then its punctuation (« … l’Europe » ?)
TAIL = re.compile(r"[\s»”\")\]]*[?!.]*\s*$")
# what a cut must not end on: spaces, opening or joining punctuation, a word of one or two letters
DANGLING = re.compile(r"(?:[\s,;:«“(\[\-–—]+|(?<=\s)[^\W\d_]{1,2})$")


class KahootWarning(NamedTuple):
    """A question shortened or left out of the spreadsheet, and why; printed as « id: reason »."""

    question_id: str
    reason: str

    def __str__(self) -> str:
        return f"{self.question_id}: {self.reason}"


def render(quiz: Quiz, lang: str) -> tuple[str, list[KahootWarning]]:
    """The CSV text and the warnings (``lang`` is accepted for a uniform signature)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    warnings: list[KahootWarning] = []
    for q in quiz.questions:
        if q.type != "mcq":
            continue
        row = question_row(q, warnings)
        if row is not None:
            writer.writerow(row)
    return BOM + out.getvalue(), warnings


def question_row(q: Question, warnings: list[KahootWarning]) -> list[str | int] | None:
    """The question's row, or None (with a warning) when Kahoot cannot take it."""
    options = [one_line(o) for o in q.options]
    if not 2 <= len(options) <= ANSWERS:
        warnings.append(KahootWarning(q.id, f"skipped: {len(options)} options, Kahoot takes 2 to {ANSWERS}"))
        return None
    for option in options:
        if len(option) > ANSWER_MAX:
            warnings.append(
                KahootWarning(
                    q.id, f"skipped: the option « {option} » has {len(option)} characters (Kahoot: {ANSWER_MAX})"
                )
            )
            return None
    prompt = one_line(q.prompt)
    if len(prompt) > QUESTION_MAX:
        short = shorten(prompt, QUESTION_MAX)
        if short is None:
            warnings.append(
                KahootWarning(
                    q.id,
                    f"skipped: the question has {len(prompt)} characters (Kahoot: {QUESTION_MAX})"
                    " and would not read once shortened",
                )
            )
            return None
        warnings.append(KahootWarning(q.id, f"question shortened from {len(prompt)} to {len(short)} characters"))
        prompt = short
    right = q.answer_index if q.answer_index is not None else q.options.index(q.answer)
    answers = [inert(o) for o in options] + [""] * (ANSWERS - len(options))
    return [inert(prompt), *answers, TIME_LIMIT, right + 1]


def inert(cell: str) -> str:
    """A cell no spreadsheet reads as a formula (OWASP's CSV injection advice): « =1+1 » → « '=1+1 ».

    A negative number (« -5 », « -3,5 % ») keeps its minus sign: it is a value, not a formula.
    """
    if cell[:1] in FORMULA and not NUMBER.match(cell):
        return "'" + cell
    return cell


def shorten(text: str, limit: int) -> str | None:
    """``text`` cut at a word boundary to at most ``limit`` characters with « … », or None.

    The closing punctuation (« » ? ») is kept; None when the cut would keep less than
    :data:`KEEP` of the text, or would leave a closing quote without its opening one.
    """
    if len(text) <= limit:
        return text
    tail = TAIL.search(text)
    body, end = text[: tail.start()], text[tail.start() :]
    room = limit - len(ELLIPSIS) - len(end)
    if room <= 0:
        return None
    cut = body[:room]
    if len(body) > room and body[room] != " ":
        space = cut.rfind(" ")  # plain spaces only: a non-breaking one holds « 5 000 » together
        if space <= 0:
            return None
        cut = cut[:space]
    while (trimmed := DANGLING.sub("", cut)) != cut:
        cut = trimmed
    if len(cut) < KEEP * len(body):
        return None
    if any(c in end for c in "»”") and cut.count("«") + cut.count("“") <= cut.count("»") + cut.count("”"):
        return None
    return cut + ELLIPSIS + end
