"""Every question quizgen writes, for the seed and every article of the devset, passes the lint."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quizgen.models import Question
from quizgen.pipeline import Options, make_quiz
from quizgen.questions.lint import problems

from .conftest import DEVSET, SEED

ARTICLES = [SEED] + (sorted(DEVSET.glob("*.txt")) if DEVSET.is_dir() else [])


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda p: Path(p).stem[:24])
def quiz(request):
    if "_en_" in Path(request.param).name:
        request.getfixturevalue("english_pipeline")
    return make_quiz(request.param, Options())


def test_every_question_passes_the_lint(quiz):
    q, lang = quiz
    assert q.questions, "no question at all"
    bad = {x.prompt: problems(x, lang) for x in q.questions if problems(x, lang)}
    assert not bad


def test_answers_are_spread_over_the_letters(quiz):
    q, _ = quiz
    positions = Counter(x.answer_index for x in q.questions if x.type == "mcq")
    if sum(positions.values()) >= 4:
        assert max(positions.values()) - min(positions.get(i, 0) for i in range(4)) <= 1


def test_no_sentence_is_blanked_twice(quiz):
    q, _ = quiz
    sentences = [x.sentence for x in q.questions if x.type == "cloze"]
    assert len(sentences) == len(set(sentences))


def test_devset_is_there_or_skipped():
    if not DEVSET.is_dir():
        pytest.skip("../shared/devset is absent")
    assert len(ARTICLES) > 1


def mcq(prompt: str, answer: str, options: tuple[str, ...], sentence: str) -> Question:
    return Question(
        id="x",
        type="mcq",
        fact_id="f",
        fact_kind="transfer",
        role="agent",
        prompt=prompt,
        answer=answer,
        sentence=sentence,
        options=options,
        answer_index=options.index(answer) if answer in options else None,
    )


@pytest.mark.parametrize(
    ("question", "problem"),
    [
        (
            mcq(
                "Quel pays a fourni des casques à l' Ukraine ?",
                "Allemagne",
                ("Allemagne", "Italie", "Grèce", "Malte"),
                "L'Allemagne a fourni des casques.",
            ),
            "dangling elision",
        ),
        (
            mcq(
                "Quel pays a fourni des casques ?",
                "Allemagne",
                ("Allemagne", "OTAN", "l'OTAN", "Malte"),
                "L'Allemagne a fourni des casques.",
            ),
            "two options name the same thing",
        ),
        (
            mcq(
                "Quel pays a fourni des casques?",
                "Allemagne",
                ("Allemagne", "Italie", "Grèce", "Malte"),
                "L'Allemagne a fourni des casques.",
            ),
            "no space before « ? »",
        ),
        (
            mcq(
                "Quel pays a fourni None ?",
                "Allemagne",
                ("Allemagne", "Italie", "Grèce", "Malte"),
                "L'Allemagne a fourni des casques.",
            ),
            "internal value",
        ),
        (
            mcq(
                "Qu'a fourni l'Allemagne ?",
                "Allemagne",
                ("Allemagne", "Italie", "Grèce", "Malte"),
                "L'Allemagne a fourni des casques.",
            ),
            "prompt gives the answer away",
        ),
        (
            mcq(
                "Quel pays a fourni des casques ?",
                "Espagne",
                ("Allemagne", "Italie", "Grèce", "Malte"),
                "L'Allemagne a fourni des casques.",
            ),
            "answer not in its sentence",
        ),
    ],
)
def test_the_lint_catches(question, problem):
    assert problem in problems(question, "fr")


def test_the_answer_is_not_given_away_by_its_length():
    """Over every article at hand, the right answer is the longest option no more often than chance."""
    longest = total = 0
    for path in ARTICLES:
        quiz, _ = make_quiz(path, Options())
        for q in quiz.questions:
            if q.type == "mcq":
                lengths = [len(o) for o in q.options]
                total += 1
                longest += len(q.answer) == max(lengths) and lengths.count(max(lengths)) == 1
    assert total and longest / total <= 1 / 3, (longest, total)


def test_a_cloze_never_repeats_its_facts_multiple_choice_answer(quiz):
    q, _ = quiz
    asked = {(x.fact_id, x.answer) for x in q.questions if x.type == "mcq"}
    assert not [x.prompt for x in q.questions if x.type == "cloze" and (x.fact_id, x.answer) in asked]
