"""Moodle's GIFT format: a text file of questions, imported in Moodle's question bank.

Each question is one block, blocks separated by one blank line, each led by a comment with
its source sentence::

    // source: L’Allemagne a fourni un maigre don de seulement 5 000 casques…
    ::722a0f9dbe9e-mcq:: Quel pays a fourni … à l’Ukraine ? {~États-Unis ~Turquie =Allemagne ~Royaume-Uni}

    // source: Les États-Unis ont déployé mercredi six chasseurs à réaction en Estonie…
    ::3c1e…-cloze:: Les États-Unis ont déployé mercredi six chasseurs à réaction en {=Estonie} dans le cadre…

A multiple-choice question lists its options in quizgen's order, ``=`` before the right one
and ``~`` before the others. A cloze is a short-answer question in the "missing word" form:
the answer block stands where the blank goes, and Moodle prints ``_____`` there. The title
(``::…::``) is the question's id. GIFT's special characters ``~ = # { } :`` and the
backslash are escaped with a backslash in every text, as Moodle's own GIFT export does; a
line break becomes ``\\n``.

Moodle only accepts a ``.txt`` file for a GIFT import (``<slug>.gift.txt`` is a good name).
"""

from __future__ import annotations

import re

from ..models import Question, Quiz

SPECIAL = re.compile(r"[\\~=#{}:]")
LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def render(quiz: Quiz, lang: str) -> str:
    """Every question of ``quiz`` as GIFT text (``lang`` is accepted for a uniform signature)."""
    return "\n".join(question_block(q) for q in quiz.questions)


def question_block(q: Question) -> str:
    comment = f"// source: {LINE_BREAK.sub(' ', q.sentence).strip()}\n"
    title = f"::{escape(q.id)}::"
    if q.type == "mcq":
        choices = " ".join(("=" if i == q.answer_index else "~") + escape(o) for i, o in enumerate(q.options))
        return f"{comment}{title} {escape(q.prompt)} {{{choices}}}\n"
    if q.cloze_parts is not None:
        before, answer, after = q.cloze_parts
    else:
        before, _, after = q.prompt.partition("_____")
        answer = q.answer
    if not after.strip():
        # Moodle prints the blank only when text follows the answer block: give it one
        return f"{comment}{title} {escape(before)}_____ {{={escape(answer)}}}\n"
    return f"{comment}{title} {escape(before)}{{={escape(answer)}}}{escape(after)}\n"


def escape(text: str) -> str:
    """``text`` with GIFT's special characters (and the backslash) escaped, on one line."""
    return LINE_BREAK.sub(r"\\n", SPECIAL.sub(lambda m: "\\" + m.group(), text))
