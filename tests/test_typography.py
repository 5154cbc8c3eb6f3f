"""French questions are printed with French spacing: a narrow no-break space before « ? », a no-break
space before « : » and inside guillemets, so that a question mark never starts a line of its own.
English questions keep English spacing."""

from __future__ import annotations

import json

from quizgen.cli import main

FRENCH = "title: Aide au Liban\n---\nLa France a livré 30 tonnes de vivres au Liban.\n\n« La situation est grave », a déclaré Jean Dupont, ministre de la Santé.\n"
ENGLISH = 'title: Aid to Lebanon\n---\nFrance delivered 30 tonnes of food to Lebanon.\n\n"The situation is serious," said Health Minister John Smith.\n'


def prompts(tmp_path, text: str, lang: str) -> list[str]:
    path = tmp_path / f"{lang}.txt"
    path.write_text(text, encoding="utf-8")
    main(["make", str(path), "--out", str(tmp_path / lang), "--format", "json", "--lang", lang, "--every-question"])
    quiz = json.loads((tmp_path / lang / f"{lang}.json").read_text(encoding="utf-8"))
    return [q["prompt"] for q in quiz["questions"] if q["type"] == "mcq"]


def test_french_questions_take_a_narrow_no_break_space_before_the_question_mark(tmp_path):
    found = prompts(tmp_path, FRENCH, "fr")
    assert found
    assert all(p.endswith("\u202f?") for p in found), found
    assert not any(" ?" in p or " :" in p or "« " in p or " »" in p for p in found), found


def test_english_questions_keep_english_spacing(english_pipeline, tmp_path):
    found = prompts(tmp_path, ENGLISH, "en")
    assert found
    assert all(p.endswith("?") and not p.endswith(" ?") and "\u202f" not in p for p in found), found
