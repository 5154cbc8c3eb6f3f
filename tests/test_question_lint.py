"""Every question quizgen writes, for the seed and every article of the devset, passes the lint."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quizgen.models import Question
from quizgen.pipeline import Options, make_quiz
from quizgen.questions.lint import deck_problems, problems, rank_spread

from .conftest import DEVSET, SEED, question

ARTICLES = [SEED] + (sorted(DEVSET.glob("*.txt")) if DEVSET.is_dir() else [])


# the deck quizgen writes by default (one question a sentence) and with --every-question
MODES = [(path, every) for path in ARTICLES for every in (False, True)]


@pytest.fixture(scope="module", params=MODES, ids=lambda m: Path(m[0]).stem[:24] + ("-every" if m[1] else ""))
def quiz(request):
    path, every = request.param
    if "_en_" in Path(path).name:
        request.getfixturevalue("english_pipeline")
    return make_quiz(path, Options(every_question=every))


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


def test_no_question_is_asked_twice_in_a_deck(quiz):
    """The same answer (or an alias of it) to nearly the same prompt: one question per fact and role."""
    q, _ = quiz
    assert not deck_problems(q.questions)


def test_numeric_answers_take_every_rank_among_their_options():
    """Over every article at hand, the right number is not always the second smallest (or any one rank)."""
    spread: Counter[int] = Counter()
    for path in ARTICLES:  # with every question: the default deck asks most figures as blanks
        quiz, lang = make_quiz(path, Options(every_question=True))
        spread.update(rank_spread(quiz.questions, lang))
    total = sum(spread.values())
    if total < 10:
        pytest.skip(f"only {total} numeric multiple-choice questions")
    assert max(spread.values()) / total <= 0.4, spread
    assert len(spread) == 4, spread


def test_devset_is_there_or_skipped():
    if not DEVSET.is_dir():
        pytest.skip("../shared/devset is absent")
    assert len(ARTICLES) > 1


def mcq(prompt: str, answer: str, options: tuple[str, ...], sentence: str) -> Question:
    index = options.index(answer) if answer in options else None
    return question(prompt, answer, sentence=sentence, options=options, answer_index=index)


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


@pytest.mark.parametrize(
    ("question", "lang", "problem"),
    [
        (
            mcq("What did It give to Syria?", "tents", ("tents", "food", "water", "blankets"), "It gave tents."),
            "en",
            "pronoun in the question",
        ),
        (
            mcq(
                "Which country would it deploy to Chad?",
                "France",
                ("France", "Spain", "Italy", "Greece"),
                "France said it would deploy to Chad.",
            ),
            "en",
            "pronoun in the question",
        ),
        (
            mcq(
                "Combien de tonnes la France a-t-elle livrées avec Ces deux vols ?",
                "40",
                ("40", "20", "60", "90"),
                "La France a livré 40 tonnes.",
            ),
            "fr",
            "pronoun in the question",
        ),
        (
            mcq(
                "Quel pays a livré des tentes à la Libye ?",
                "Union européenne",
                ("Union européenne", "France", "Italie", "Grèce"),
                "L'Union européenne a livré des tentes à la Libye.",
            ),
            "fr",
            "the kind asked is not the answer's",
        ),
        (
            mcq(
                "Which organization sent tents to Libya?",
                "France",
                ("France", "NATO", "Red Cross", "WHO"),
                "France sent tents to Libya.",
            ),
            "en",
            "the kind asked is not the answer's",
        ),
        (
            mcq(
                "Quelle organisation a livré des tentes à la Libye ?",
                "Croix-Rouge",
                ("Croix-Rouge", "ONU", "France", "OMS"),
                "La Croix-Rouge a livré des tentes à la Libye.",
            ),
            "fr",
            "options of different types",
        ),
        (
            mcq(
                "How many tents did France send to Libya?",
                "500",
                ("500", "250", "1,000", "several hundred"),
                "France sent 500 tents to Libya.",
            ),
            "en",
            "options of different types",
        ),
        (
            mcq("How much did France give?", "$5", ("$5", "€2", "$10", "$20"), "France gave $5 million."),
            "en",
            "options of different types",
        ),
        (
            mcq(
                "Quel pays a livré doses de vaccin au Mali ?",
                "France",
                ("France", "Italie", "Grèce", "Espagne"),
                "La France a livré des doses de vaccin au Mali.",
            ),
            "fr",
            "noun without its determiner",
        ),
        (
            mcq(
                "À qui sapeurs-sauveteurs ont-ils porté secours ?",
                "Turquie",
                ("Turquie", "Italie", "Grèce", "Espagne"),
                "Les sapeurs-sauveteurs ont porté secours à la Turquie.",
            ),
            "fr",
            "noun without its determiner",
        ),
    ],
)
def test_the_lint_catches_what_a_teacher_rejects(question, lang, problem):
    assert problem in problems(question, lang)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        # the pronoun of an inversion repeats the named subject: no problem
        (
            mcq(
                "Où l'Allemagne a-t-elle déployé des frégates ?",
                "Lituanie",
                ("Lituanie", "Estonie", "Finlande", "Pologne"),
                "L'Allemagne a déployé des frégates en Lituanie.",
            ),
            "fr",
        ),
        (
            mcq(
                "Quel pays a fourni 5 000 casques à l'Ukraine ?",
                "Allemagne",
                ("Allemagne", "Italie", "Grèce", "Espagne"),
                "L'Allemagne a fourni 5 000 casques à l'Ukraine.",
            ),
            "fr",
        ),
        (
            mcq(
                "À qui la France a-t-elle livré des tentes ?",
                "Liban",
                ("Liban", "Italie", "Grèce", "Espagne"),
                "La France a livré des tentes au Liban.",
            ),
            "fr",
        ),
        # a pronoun inside the quote a question cites is the speaker's own word
        (
            mcq(
                'Who said: "They will not slow down"?',
                "Austin",
                ("Austin", "Milley", "Biden", "Scholz"),
                '"They will not slow down," Austin said.',
            ),
            "en",
        ),
        (
            mcq(
                "Quelle organisation a livré des tentes à la Libye ?",
                "Union européenne",
                ("Union européenne", "ONU", "OTAN", "Croix-Rouge"),
                "L'Union européenne a livré des tentes à la Libye.",
            ),
            "fr",
        ),
    ],
)
def test_the_lint_lets_a_sound_question_through(question, lang):
    assert not problems(question, lang)


def test_the_deck_lint_catches_a_question_asked_twice_through_an_alias():
    a = mcq(
        "Which party won the vote in Saxony?",
        "Social Democratic Party",
        ("Social Democratic Party", "Greens", "CDU", "FDP"),
        "The Social Democratic Party won the vote in Saxony.",
    )
    b = mcq(
        "Which party won the vote in Saxony again?",
        "the Social Democratic Party",
        ("the Social Democratic Party", "Greens", "CDU", "FDP"),
        "The Social Democratic Party won the vote in Saxony.",
    )
    other = mcq("Which party lost the vote in Bavaria?", "CSU", ("CSU", "Greens", "CDU", "FDP"), "The CSU lost.")
    assert deck_problems([a, b])
    assert not deck_problems([a, other])


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
