"""Quizlet's import text: one card a line, the term and its definition separated by a tab.

Paste it into Quizlet's "Import" box with the defaults ("Tab" between term and definition,
"New line" between cards). The term is the question's prompt, the definition its answer; a
cloze's term is its sentence with the answer blanked out (``_____``). Tabs and line breaks
inside a text become spaces, so that every card stays on its line.

Suggested file name: ``<slug>.quizlet.txt``.
"""

from __future__ import annotations

import re

from ..models import Question, Quiz

BLANK = "_____"
# what splits a line or a cell: the tab and str.splitlines()'s line boundaries (with the spaces around them)
BREAKS = re.compile(r" *[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029][\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029 ]*")


def render(quiz: Quiz, lang: str) -> str:
    """Every question of ``quiz`` as a Quizlet card (``lang`` is accepted for a uniform signature)."""
    return "".join(f"{one_line(term(q))}\t{one_line(q.answer)}\n" for q in quiz.questions)


def term(q: Question) -> str:
    if q.type == "cloze" and q.cloze_parts is not None:
        before, _, after = q.cloze_parts
        return f"{before}{BLANK}{after}"
    return q.prompt


def one_line(text: str) -> str:
    """``text`` with tabs and line breaks turned into spaces (runs of them into one)."""
    return BREAKS.sub(" ", text).strip(" ")
