"""Exports for other programs (Moodle GIFT, Kahoot, Quizlet) and the teacher's JSON edit loop.

No maintained GIFT parser is on PyPI (``pygiftparser`` 1.1 dates from 2017 and
``pygiftparserrgmf`` 0.0.5 from 2022; both leave escaped characters in the texts they
return), so GIFT output is read back with :func:`read_gift`, a reader that follows the rules
of Moodle's own importer (``question/format/gift/format.php``): escapes resolved first
(``\\\\`` first of all), ``::name::``, the first ``{`` and ``}`` bound the answers, a blank
``_____`` where text follows them, ``~`` makes a multiple choice, only ``=`` a short answer.
The reader is itself checked against the examples of Moodle's GIFT documentation.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.errors import QuizgenError
from quizgen.models import Article, Question, Quiz
from quizgen.render import anki, gift, html, jsonin, jsonout, kahoot, quizlet
from quizgen.render.jsonin import load_quiz

from .conftest import SEED

# -- a GIFT reader with Moodle's rules ------------------------------------------------------

ESCAPES = {"\\:": "\x00058", "\\#": "\x00035", "\\=": "\x00061", "\\{": "\x00123", "\\}": "\x00125", "\\~": "\x00126"}
CHARS = {":": "\x00058", "#": "\x00035", "=": "\x00061", "{": "\x00123", "}": "\x00125", "~": "\x00126"}


def escaped_pre(text: str) -> str:
    text = text.replace("\\\\", "\x00092")
    for seq, placeholder in ESCAPES.items():
        text = text.replace(seq, placeholder)
    text = text.replace("\\n", "\x00010")
    return text.replace("\x00092", "\\")


def escaped_post(text: str) -> str:
    for char, placeholder in CHARS.items():
        text = text.replace(placeholder, char)
    return text.replace("\x00010", "\n")


def read_gift(source: str) -> list[dict]:
    """Questions as Moodle's importer reads them: name, type, text, [(answer, right)], comments."""
    questions = []
    for block in re.split(r"\n[ \t]*\n", source):
        lines = block.split("\n")
        comments = [line.strip()[2:].strip() for line in lines if line.strip().startswith("//")]
        text = "\n".join(line for line in lines if not line.strip().startswith("//")).strip()
        if not text:
            continue
        text = escaped_pre(text)
        name = None
        if text.startswith("::"):
            text = text[2:]
            end = text.index("::")
            name, text = escaped_post(text[:end]).strip(), text[end + 2 :].strip()
        start, finish = text.index("{"), text.index("}")
        assert start < finish, block
        answers = text[start + 1 : finish].strip()
        blank = "" if text.endswith("}") else "_____"
        question_text = escaped_post(text[:start] + blank + text[finish + 1 :]).strip()
        if "~" in answers:
            kind, parts = "multichoice", answers.replace("=", "~=").split("~")
        elif "=" in answers and "->" in answers:
            kind, parts = "match", []
        elif answers in ("T", "TRUE", "F", "FALSE"):
            kind, parts = "truefalse", []
        else:
            kind, parts = "shortanswer", ["=" + a for a in answers.split("=")]
        read = []
        for part in parts:
            part = part.strip()
            if not part or part == "=":
                continue
            right = part.startswith("=")
            read.append((escaped_post(part.lstrip("=").split("#")[0]).strip(), right or kind == "shortanswer"))
        questions.append({"name": name, "type": kind, "text": question_text, "answers": read, "comments": comments})
    return questions


def test_the_reader_reads_the_gift_documentation_examples():
    """Examples from Moodle's GIFT format documentation, read as Moodle reads them."""
    examples = (
        "// true/false\n::Q1:: 1+1=2 {T}\n\n"
        "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}\n\n"
        "Grant is {~buried =entombed ~living} in Grant's tomb.\n\n"
        "Who's buried in Grant's tomb?{=no one =nobody}\n\n"
        "::Q3:: Two plus {=two =2} equals four.\n\n"
        "Which answer equals 5? {\n    ~ \\= 2 + 2\n    = \\= 2 + 3\n    ~ \\= 2 + 4\n}\n"
    )
    q1, mc, missing, short, fill, escaped = read_gift(examples)
    assert (q1["name"], q1["type"], q1["comments"]) == ("Q1", "truefalse", ["true/false"])
    assert mc["type"] == "multichoice" and mc["text"] == "Who's buried in Grant's tomb?"
    assert mc["answers"] == [("Grant", False), ("Jefferson", False), ("no one", True)]
    assert missing["text"] == "Grant is _____ in Grant's tomb." and missing["answers"][1] == ("entombed", True)
    assert short["type"] == "shortanswer" and short["answers"] == [("no one", True), ("nobody", True)]
    assert (fill["name"], fill["text"], fill["answers"]) == (
        "Q3",
        "Two plus _____ equals four.",
        [("two", True), ("2", True)],
    )
    assert escaped["answers"] == [("= 2 + 2", False), ("= 2 + 3", True), ("= 2 + 4", False)]


# -- shared fixtures ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def built() -> tuple[Quiz, str]:
    from quizgen.pipeline import make_quiz

    return make_quiz(SEED)


@pytest.fixture(scope="module")
def seed_json(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("json")
    main(["make", str(SEED), "--out", str(out), "--format", "json"])
    [path] = out.glob("*.json")
    return path


def article(**changes) -> Article:
    fields = dict(slug="t", title="T", text="Texte.", parse_text="Texte.", date="2022-01")
    return Article(**{**fields, **changes})


def mcq(qid: str, prompt: str, options: tuple[str, ...], right: int, **changes) -> Question:
    fields = dict(
        id=qid,
        type="mcq",
        fact_id=qid,
        fact_kind="transfer",
        role="agent",
        prompt=prompt,
        answer=options[right],
        sentence=f"{options[right]} a fourni des casques.",
        options=options,
        answer_index=right,
    )
    return Question(**{**fields, **changes})


def cloze(qid: str, before: str, answer: str, after: str) -> Question:
    return Question(
        id=qid,
        type="cloze",
        fact_id=qid,
        fact_kind="deployment",
        role="destination",
        prompt=f"{before}_____{after}",
        answer=answer,
        sentence=before + answer + after,
        cloze_parts=(before, answer, after),
        hint="pays",
    )


def quiz_of(*questions: Question) -> Quiz:
    return Quiz(article=article(), facts=(), questions=questions)


# -- GIFT -----------------------------------------------------------------------------------


def test_gift_reads_back_every_seed_question(built):
    quiz, lang = built
    text = gift.render(quiz, lang)
    read = read_gift(text)
    assert len(read) == len(quiz.questions)
    for q, r in zip(quiz.questions, read, strict=True):
        assert r["name"] == q.id
        assert r["comments"] == [f"source: {q.sentence}"]
        if q.type == "mcq":
            assert r["type"] == "multichoice"
            assert r["text"] == q.prompt
            assert r["answers"] == [(o, i == q.answer_index) for i, o in enumerate(q.options)]
        else:
            before, answer, after = q.cloze_parts
            assert r["type"] == "shortanswer"
            assert r["text"] == (before + "_____" + after).strip()
            assert r["answers"] == [(answer, True)]


def test_gift_has_one_blank_line_between_questions(built):
    quiz, lang = built
    text = gift.render(quiz, lang)
    assert text.endswith("\n") and "\n\n\n" not in text and not text.endswith("\n\n")
    assert text.count("\n\n") == len(quiz.questions) - 1


def test_gift_escapes_its_special_characters_in_every_text():
    q = mcq("q:1", "Qui a dit ~ = # { } : \\ ?", ("a=b", "c~d", "e#f{g}", "h:i\\"), 1)
    line = gift.render(quiz_of(q), "fr").splitlines()[1]
    assert line == r"::q\:1:: Qui a dit \~ \= \# \{ \} \: \\ ? {~a\=b =c\~d ~e\#f\{g\} ~h\:i\\}"
    [read] = read_gift(gift.render(quiz_of(q), "fr"))
    assert read["name"] == "q:1" and read["text"] == q.prompt
    assert read["answers"] == [("a=b", False), ("c~d", True), ("e#f{g}", False), ("h:i\\", False)]


def test_gift_cloze_is_a_missing_word_question_with_escapes():
    q = cloze("c1", "Avant {x} : ", "rép=onse#1", " après ~ fin.")
    text = gift.render(quiz_of(q), "fr")
    assert r"Avant \{x\} \: {=rép\=onse\#1} après \~ fin." in text
    [read] = read_gift(text)
    assert read == {
        "name": "c1",
        "type": "shortanswer",
        "text": "Avant {x} : _____ après ~ fin.",
        "answers": [("rép=onse#1", True)],
        "comments": ["source: Avant {x} : rép=onse#1 après ~ fin."],
    }


def test_gift_cloze_at_the_end_of_its_sentence_still_shows_a_blank():
    [read] = read_gift(gift.render(quiz_of(cloze("c1", "Les frégates sont en ", "mer Baltique", "")), "fr"))
    assert read["text"] == "Les frégates sont en _____"
    assert read["answers"] == [("mer Baltique", True)]


def test_gift_line_breaks_stay_inside_their_question():
    q = mcq("m1", "Première ligne\n\nseconde ?", ("A", "B"), 0, sentence="Une\nphrase.")
    text = gift.render(quiz_of(q), "fr")
    [read] = read_gift(text)
    assert read["text"] == "Première ligne\n\nseconde ?"  # GIFT's \n, not a question break
    assert read["comments"] == ["source: Une phrase."]


# -- Kahoot ---------------------------------------------------------------------------------

KAHOOT_HEADER = [
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]


def kahoot_rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")  # so that Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(text[1:], newline="")))
    assert rows[0] == KAHOOT_HEADER
    return rows[1:]


def test_kahoot_seed_rows_fit_and_point_at_the_right_answer(built):
    quiz, lang = built
    text, warnings = kahoot.render(quiz, lang)
    rows = kahoot_rows(text)
    skipped = {w.question_id for w in warnings if w.reason.startswith("skipped")}
    kept = [q for q in quiz.questions if q.type == "mcq" and q.id not in skipped]
    assert len(rows) == len(kept) > 0
    for q, row in zip(kept, rows, strict=True):
        question, *answers, time_limit, correct = row
        assert len(row) == 7
        assert len(question) <= 120 and all(len(a) <= 75 for a in answers)
        assert time_limit == "20"
        assert correct in {"1", "2", "3", "4"} and answers[int(correct) - 1] == q.answer
        assert answers[: len(q.options)] == list(q.options)
        assert question == q.prompt or any(w.question_id == q.id and "shortened" in w.reason for w in warnings)


def test_kahoot_shortens_a_long_question_at_a_word_and_keeps_its_ending():
    long = "Quel pays a livré " + "des munitions et des armes, " * 3 + "aux défenseurs ukrainiens de première ligne ?"
    quote = (
        "Qui a déclaré : « " + "La situation sécuritaire actuelle est préoccupante sur le flanc oriental " * 2 + "» ?"
    )
    text, warnings = kahoot.render(quiz_of(mcq("m1", long, ("A", "B", "C"), 2), mcq("m2", quote, ("X", "Y"), 0)), "fr")
    rows = kahoot_rows(text)
    first, second = rows[0][0], rows[1][0]
    assert len(long) > 120 and len(first) <= 120 and first.endswith("… ?")
    kept = first.removesuffix("… ?")
    assert long.startswith(kept) and long[len(kept)] in " ,"  # cut after a whole word
    assert len(second) <= 120 and second.startswith("Qui a déclaré : « La situation") and second.endswith("… » ?")
    assert rows[0][1:] == ["A", "B", "C", "", "20", "3"]
    assert [(w.question_id, "shortened" in w.reason) for w in warnings] == [("m1", True), ("m2", True)]
    assert str(warnings[0]).startswith("m1: question shortened from ")


def test_kahoot_cuts_between_words_and_not_after_a_small_word():
    words = "abcdefghij " * 15 + "?"
    assert kahoot.shorten(words, 120) == ("abcdefghij " * 10).rstrip() + "… ?"
    dangling = "x" * 100 + " de la, " + "y" * 50 + " ?"
    assert kahoot.shorten(dangling, 120) == "x" * 100 + "… ?"
    assert kahoot.shorten("Qui ? " + "z" * 200 + " ?", 120) is None  # too little would be left
    unopened = "Qui a déclaré ceci, " + "mot " * 25 + "« " + "z" * 60 + " » ?"
    assert kahoot.shorten(unopened, 120) is None  # a closing » without its «


def test_kahoot_skips_what_it_cannot_take_and_says_why():
    too_long = "Quel pays a fourni " + "un très grand nombre de choses diverses et variées " * 8 + "?"
    questions = (
        mcq("ok", "Quel pays a fourni des drones ?", ("Turquie", "Allemagne"), 0),
        mcq("long-option", "Quel pays ?", ("Turquie", "x" * 76), 0),
        mcq("five", "Quel pays ?", ("A", "B", "C", "D", "E"), 0),
        mcq("unreadable", too_long, ("A", "B"), 1),
        cloze("cz", "Les frégates sont en ", "mer Baltique", "."),
    )
    text, warnings = kahoot.render(quiz_of(*questions), "fr")
    rows = kahoot_rows(text)
    assert [r[0] for r in rows] == ["Quel pays a fourni des drones ?"]
    reasons = {w.question_id: w.reason for w in warnings}
    assert set(reasons) == {"long-option", "five", "unreadable"}  # the cloze is left out silently
    assert "76 characters" in reasons["long-option"] and "75" in reasons["long-option"]
    assert "5 options" in reasons["five"]
    assert reasons["unreadable"].startswith("skipped") and "120" in reasons["unreadable"]
    assert all(r.startswith("skipped") for r in reasons.values())


def test_kahoot_keeps_a_question_of_exactly_120_characters():
    prompt = "Q" * 118 + " ?"
    text, warnings = kahoot.render(quiz_of(mcq("m", prompt, ("A", "B"), 0)), "fr")
    assert kahoot_rows(text)[0][0] == prompt and warnings == []


# -- Quizlet --------------------------------------------------------------------------------


def test_quizlet_one_card_a_line_term_tab_definition(built):
    quiz, lang = built
    text = quizlet.render(quiz, lang)
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) - 1 == len(quiz.questions)
    for q, line in zip(quiz.questions, lines[:-1], strict=True):
        assert line.count("\t") == 1
        term, definition = line.split("\t")
        assert definition == q.answer
        if q.type == "mcq":
            assert term == q.prompt
        else:
            before, _, after = q.cloze_parts
            assert term == f"{before}_____{after}" == q.prompt


def test_quizlet_tabs_and_line_breaks_become_spaces():
    q = mcq("m", "Quel\tpays\na fourni\r\ndes drones ?", ("Tur\tquie", "B"), 0)
    assert quizlet.render(quiz_of(q), "fr") == "Quel pays a fourni des drones ?\tTur quie\n"


# -- the JSON edit loop ---------------------------------------------------------------------


def edited(seed_json: Path, tmp_path: Path, change) -> Path:
    doc = json.loads(seed_json.read_text(encoding="utf-8"))
    change(doc)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_json_round_trip_gives_back_the_quiz_that_was_built(built, seed_json):
    quiz, lang = built
    loaded, loaded_lang = load_quiz(seed_json)
    assert loaded_lang == lang
    assert loaded.questions == quiz.questions
    keep = ("slug", "title", "text", "parse_text", "date", "source", "apostrophe")
    assert {k: getattr(loaded.article, k) for k in keep} == {k: getattr(quiz.article, k) for k in keep}
    # rendered again, it is the same file, worksheet and deck
    assert jsonout.quiz_document(loaded, lang) == seed_json.read_text(encoding="utf-8")
    options = dict(with_article=True)
    assert html.render_worksheet(loaded, lang, **options) == html.render_worksheet(quiz, lang, **options)
    deck, again = anki.build_deck(quiz, "d"), anki.build_deck(loaded, "d")
    assert [(n.guid, n.fields, n.tags) for n in again.notes] == [(n.guid, n.fields, n.tags) for n in deck.notes]


def test_json_carries_the_article_text_and_cloze_parts(built, seed_json):
    quiz, _ = built
    doc = json.loads(seed_json.read_text(encoding="utf-8"))
    assert doc["article"]["text"] == quiz.article.text
    for q, data in zip(quiz.questions, doc["questions"], strict=True):
        assert data["cloze_parts"] == (list(q.cloze_parts) if q.cloze_parts else None)


def test_edited_json_renders_exactly_the_edit(built, seed_json, tmp_path):
    quiz, _ = built
    target = next(q for q in quiz.questions if q.type == "mcq")
    dropped = next(q for q in quiz.questions if q.id != target.id)
    reworded = "la République fédérale d’Allemagne"

    def change(doc):
        doc["questions"] = [q for q in doc["questions"] if q["id"] != dropped.id]
        q = next(q for q in doc["questions"] if q["id"] == target.id)
        q["prompt"] = "Quel pays a donné 5 000 casques ?"
        q["options"][q["options"].index(q["answer"])] = q["answer"] = reworded
        q["options"].reverse()  # answer_index is left stale on purpose: the answer text decides

    loaded, _ = load_quiz(edited(seed_json, tmp_path, change))
    options = tuple(reversed([reworded if o == target.answer else o for o in target.options]))
    expected = dataclasses.replace(
        target,
        prompt="Quel pays a donné 5 000 casques ?",
        answer=reworded,
        options=options,
        answer_index=options.index(reworded),
    )
    assert loaded.questions == tuple(expected if q is target else q for q in quiz.questions if q is not dropped)
    assert len(loaded.questions) == len(quiz.questions) - 1
    [card] = [line for line in quizlet.render(loaded, "fr").splitlines() if line.startswith("Quel pays a donné")]
    assert card == f"Quel pays a donné 5 000 casques ?\t{reworded}"
    [row] = [r for r in kahoot_rows(kahoot.render(loaded, "fr")[0]) if r[0].startswith("Quel pays a donné")]
    assert row[1 + int(row[-1]) - 1] == reworded


def test_edited_cloze_answer_is_cut_again_from_the_sentence(built, seed_json, tmp_path):
    quiz, _ = built

    def unique_words(q: Question) -> list[str]:
        return [w for w in re.findall(r"\w{4,}", q.cloze_parts[0]) if q.sentence.count(w) == 1]

    at, old = next((i, q) for i, q in enumerate(quiz.questions) if q.type == "cloze" and unique_words(q))
    word = unique_words(old)[-1]  # a word before the old blank, found once in the sentence

    def change(doc):
        doc["questions"][at]["answer"] = word

    q = load_quiz(edited(seed_json, tmp_path, change))[0].questions[at]
    where = old.sentence.index(word)
    assert q.cloze_parts == (old.sentence[:where], word, old.sentence[where + len(word) :])
    assert q.prompt == old.prompt  # the prompt is what the JSON says, as every other text
    assert anki.cloze_text(q).count(f"{{{{c1::{word}::") == 1


def test_json_from_before_the_extra_keys_still_loads(built, seed_json, tmp_path):
    quiz, _ = built

    def change(doc):
        del doc["article"]["text"]
        for q in doc["questions"]:
            del q["cloze_parts"]

    loaded, _ = load_quiz(edited(seed_json, tmp_path, change))
    assert loaded.article.text == ""
    for old, new in zip(quiz.questions, loaded.questions, strict=True):
        if old.cloze_parts is None:
            assert new.cloze_parts is None
            continue
        # without stored parts the blank is put back in the whole sentence, where it was
        before, answer, after = new.cloze_parts
        assert before + answer + after == old.sentence and answer == old.answer
        assert old.cloze_parts[0].removeprefix("… ") in before


def test_a_hand_written_json_cuts_a_repeated_answer_where_the_blank_is(tmp_path):
    sentence = "L’Ukraine a demandé à l’Allemagne des casques pour l’Ukraine."
    question = {
        "id": "q1",
        "type": "cloze",
        "fact_id": "f1",
        "fact_kind": "request",
        "role": "recipient",
        "prompt": "L’Ukraine a demandé à l’Allemagne des casques pour l’_____.",
        "answer": "Ukraine",
        "sentence": sentence,
        "modality": "requested",
    }
    doc = {"article": {"slug": "main", "title": "Casques", "lang": "fr"}, "questions": [question]}
    path = tmp_path / "main.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    quiz, lang = load_quiz(path)
    [q] = quiz.questions
    assert lang == "fr" and quiz.article.date is None and quiz.article.text == ""
    assert q.cloze_parts == ("L’Ukraine a demandé à l’Allemagne des casques pour l’", "Ukraine", ".")
    assert q.options == () and q.answer_index is None and q.hint is None


def test_options_limit_matches_the_anki_letters():
    assert len(anki.LETTERS) == jsonin.MAX_OPTIONS


def first_of(kind: str):
    def pick(doc: dict) -> dict:
        return next(q for q in doc["questions"] if q["type"] == kind)

    return pick


def set_key(kind: str, key: str, value):
    return lambda doc: first_of(kind)(doc).__setitem__(key, value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda doc: first_of("cloze")(doc).__setitem__("answer", "Atlantide"), "no longer in the sentence"),
        (set_key("mcq", "answer", "Atlantide"), "is not among its options"),
        (lambda doc: first_of("mcq")(doc).pop("prompt"), "missing key 'prompt'"),
        (lambda doc: doc["article"].pop("slug"), "article: missing key 'slug'"),
        (set_key("mcq", "type", "vrai-faux"), "'type' must be 'mcq' or 'cloze'"),
        (set_key("mcq", "options", ["Allemagne"]), "2 to 5 options"),
        (set_key("mcq", "options", ["Allemagne", "Turquie", "Turquie"]), "given twice"),
        (set_key("mcq", "prompt", 42), "'prompt' must be a text"),
        (lambda doc: doc["article"].__setitem__("slug", "../../etc/quiz"), "'slug' must be"),
        (lambda doc: doc["article"].__setitem__("lang", "de"), "language 'de' is not supported"),
        (lambda doc: doc["questions"].append(dict(doc["questions"][0])), "is already used by question 1"),
        (lambda doc: doc.__setitem__("questions", {}), "'questions' must be a list"),
    ],
)
def test_bad_json_is_one_clear_line(seed_json, tmp_path, change, message):
    doc = json.loads(seed_json.read_text(encoding="utf-8"))
    question_ids = {q["id"] for q in doc["questions"]}
    with pytest.raises(QuizgenError) as error:
        load_quiz(edited(seed_json, tmp_path, change))
    text = str(error.value)
    assert message in text and "\n" not in text and str(tmp_path) in text
    if "question" in text and "questions" not in text:
        assert any(f"({qid})" in text for qid in question_ids)  # the question is named


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a quizgen quiz"),
        ('{"article": {}}', "not a quizgen quiz"),
        (b"\xff\xfe{}", "not UTF-8"),
    ],
)
def test_a_file_that_is_no_quiz_is_one_clear_line(tmp_path, content, message):
    path = tmp_path / "quiz.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(QuizgenError, match=re.escape(message)):
        load_quiz(path)
    with pytest.raises(QuizgenError, match="no such file"):
        load_quiz(tmp_path / "missing.json")
