"""The printable worksheet: numbered questions, boxes to tick, blanks, an answer key on its own page.

``--versions N`` prints N shuffled versions (A, B…) of the same worksheet, each with its own key:
the questions in another order and each question's options in another order. Both orders derive
from the question ids, the version letter and the seed only, so the same input, seed and letter
always give the same version.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import random
import re
from collections.abc import Sequence

from ..errors import QuizgenError
from ..lexicon import lexicon
from ..models import Question, Quiz
from . import parse_paper
from .templates import environment

PAPER = {"a4": "A4", "letter": "letter"}  # --paper → CSS @page size
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MAX_VERSIONS = len(LETTERS)
# tries at drawing an order that no earlier version has, before accepting a repeat
ATTEMPTS = 100


def render_worksheet(
    quiz: Quiz,
    lang: str,
    *,
    paper: str = "a4",
    with_article: bool = False,
    with_key: bool = True,
    version: str | None = None,
    questions: Sequence[Question] | None = None,
) -> str:
    """One worksheet as HTML; ``version`` (a letter) and ``questions`` print one shuffled version."""
    template = environment().get_template("worksheet.html.j2")
    paragraphs = [p.strip() for p in quiz.article.text.split("\n") if p.strip()]
    labels = {"version": "Version", **lexicon(lang).raw.get("labels", {})}
    return template.render(
        article=quiz.article,
        lang=lang,
        questions=tuple(worksheet_questions(quiz.questions) if questions is None else questions),
        labels=labels,
        letters=LETTERS,
        paper=PAPER[parse_paper(paper)],
        with_article=with_article,
        with_key=with_key,
        version=version,
        paragraphs=paragraphs,
    )


def worksheet_questions(questions: Sequence[Question]) -> list[Question]:
    """What one sheet prints: one question per fact, and none whose answer another printed question
    shows (« Quel pays a débloqué 105 millions… ? » beside « … a débloqué _____ millions »). The Anki
    deck keeps them all, as different notes reviewed apart."""
    seen: set[str] = set()
    kept: list[Question] = []
    for q in questions:
        if q.fact_id in seen or any(gives_away(a, q) or gives_away(q, a) for a in kept):
            continue
        seen.add(q.fact_id)
        kept.append(q)
    return kept


def shown_text(q: Question) -> str:
    """What a printed question lets a reader see: its prompt, or its sentence around the blank."""
    if q.type == "cloze" and q.cloze_parts:
        return f"{q.cloze_parts[0]} {q.cloze_parts[2]}"
    return q.prompt


def gives_away(a: Question, b: Question) -> bool:
    """``a`` printed on the same sheet shows ``b``'s answer."""
    answer = b.answer.strip()
    if len(answer) < 2:
        return False
    return re.search(rf"(?<![\w]){re.escape(answer)}(?![\w])", shown_text(a), flags=re.IGNORECASE) is not None


def render_versions(
    quiz: Quiz,
    lang: str,
    count: int,
    *,
    seed: int = 0,
    paper: str = "a4",
    with_article: bool = False,
    with_key: bool = True,
) -> list[tuple[str, str]]:
    """``count`` shuffled worksheets as (letter, HTML) pairs: A, B…"""
    sheets = []
    for letter, questions in shuffled_versions(worksheet_questions(quiz.questions), count, seed):
        text = render_worksheet(
            quiz, lang, paper=paper, with_article=with_article, with_key=with_key, version=letter, questions=questions
        )
        sheets.append((letter, text))
    return sheets


def shuffled_versions(
    questions: Sequence[Question], count: int, seed: int = 0
) -> list[tuple[str, tuple[Question, ...]]]:
    """``count`` versions of ``questions``, each in its own order with its options in their own order.

    A version differs from every earlier one in its question order, and every multiple-choice
    question in its option order, whenever enough distinct orders exist.
    """
    if not 1 <= count <= MAX_VERSIONS:
        raise QuizgenError(f"--versions must be between 1 and {MAX_VERSIONS}, not {count}")
    used_orders: list[tuple[str, ...]] = []
    used_options: dict[str, list[tuple[int, ...]]] = {}
    versions = []
    for letter in LETTERS[:count]:
        order = question_order(questions, letter, seed, used_orders)
        used_orders.append(tuple(q.id for q in order))
        shuffled = []
        for q in order:
            earlier = used_options.setdefault(q.id, [])
            perm = option_permutation(q, letter, seed, earlier)
            earlier.append(perm)
            shuffled.append(permute_options(q, perm))
        versions.append((letter, tuple(shuffled)))
    return versions


def question_order(
    questions: Sequence[Question], letter: str, seed: int, earlier: Sequence[tuple[str, ...]] = ()
) -> list[Question]:
    """The questions sorted by a digest of (id, letter, seed), redrawn if an earlier version has that order."""
    possible = math.factorial(len(questions)) > len(earlier)
    order = list(questions)
    for attempt in range(ATTEMPTS):
        order = sorted(questions, key=lambda q: digest(q.id, letter, seed, "order", attempt))
        if not possible or tuple(q.id for q in order) not in earlier:
            break
    return order


def option_permutation(q: Question, letter: str, seed: int, earlier: Sequence[tuple[int, ...]] = ()) -> tuple[int, ...]:
    """Where each printed option comes from: ``perm[i]`` is the index in ``q.options`` printed i-th."""
    n = len(q.options)
    if q.type != "mcq" or n < 2:
        return tuple(range(n))
    rng = random.Random(digest(q.id, letter, seed, "options"))
    possible = math.factorial(n) > len(earlier)
    perm = tuple(range(n))
    for _ in range(ATTEMPTS):
        perm = tuple(rng.sample(range(n), n))
        if not possible or perm not in earlier:
            break
    return perm


def permute_options(q: Question, perm: Sequence[int]) -> Question:
    if q.type != "mcq" or not q.options:
        return q
    options = tuple(q.options[i] for i in perm)
    answer_index = list(perm).index(q.answer_index) if q.answer_index is not None else None
    return dataclasses.replace(q, options=options, answer_index=answer_index)


def digest(*parts: object) -> int:
    return int(hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest(), 16)
