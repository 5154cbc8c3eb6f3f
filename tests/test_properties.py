"""Property tests: any text at all goes through the whole pipeline without a crash.

quizgen may refuse an input, but only with its own error (one line for the user), never with
an exception from spaCy, a renderer or its own code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.errors import QuizgenError
from quizgen.pipeline import Options, make_quizzes
from quizgen.questions.lint import problems
from quizgen.render import FORMATS, write_outputs

# Pieces of real news sentences, mixed with random text, to reach extraction and questions
WORDS = [
    "L'Allemagne a fourni",
    "5 000 casques",
    "à l'Ukraine.",
    "Les États-Unis ont déployé",
    "six chasseurs",
    "en Estonie",
    "« Nous resterons », a déclaré Parly.",
    "The United States sent",
    "200 tanks to Poland.",
    "\n\n",
    "\n",
    "date 2022-01 ",
    "title: x\n---\n",
    "»",
    "«",
    "{{c1::",
    "}}",
    "<script>",
    "’",
    "\u00a0",
    "\r\n",
]
texts = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(WORDS)), max_size=25).map("".join)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("properties")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, seed=st.integers(0, 3))
def test_any_text_gives_a_quiz_or_a_quizgen_error(workdir, text, seed):
    path = workdir / "article.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        [(quiz, lang)] = make_quizzes([path], Options(seed=seed))
    except QuizgenError as exc:
        assert str(exc) and "\n" not in str(exc)  # printed as one line
        return
    assert lang in ("fr", "en")
    body = quiz.article.text
    for q in quiz.questions:
        assert q.answer and q.answer in q.sentence  # an answer is a span of its sentence
        assert q.sentence.strip() in body or q.sentence in body.replace("\n", " ")
        if q.type == "mcq":
            assert q.options.count(q.answer) == 1 and q.options[q.answer_index] == q.answer
        assert problems(q, lang) == []  # every question passes the question lint
    if quiz.questions:
        written = write_outputs([(quiz, lang)], workdir / "out", FORMATS)
        assert written and all(p.is_file() and p.stat().st_size > 0 for p in written)
        assert not list((workdir / "out").glob(".*.part"))
