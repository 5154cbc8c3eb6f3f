"""The printable worksheet's structure: numbered questions, blanks, an answer key on its own page."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from quizgen.cli import main
from quizgen.models import Question
from quizgen.render.html import worksheet_questions
from quizgen.render.templates import environment, template_dirs

from .conftest import SEED


class Outline(HTMLParser):
    """Collects (tag, classes) of every element and the text inside the answer key."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, set[str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, set((dict(attrs).get("class") or "").split())))

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def worksheet(tmp_path_factory):
    out = tmp_path_factory.mktemp("ws")
    main(["make", str(SEED), "--out", str(out), "--format", "html,json"])
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    questions = on_paper(json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["questions"])
    outline = Outline()
    outline.feed(html)
    return html, questions, outline


def test_every_question_is_numbered_in_order(worksheet):
    html, questions, outline = worksheet
    items = [classes for tag, classes in outline.elements if tag == "li" and "question" in classes]
    assert len(items) == len(questions)
    assert re.search(r'<ol class="questions">', html)  # an ordered list numbers them when printed
    ids = re.findall(r'<li class="question \w+" id="q(\d+)"', html)
    assert ids == [str(i) for i in range(1, len(questions) + 1)]


def test_multiple_choice_have_boxes_and_cloze_have_blanks(worksheet):
    html, questions, _ = worksheet
    n_mcq = sum(q["type"] == "mcq" for q in questions)
    n_options = sum(len(q["options"]) for q in questions if q["type"] == "mcq")
    assert html.count('<span class="box"></span>') == n_options
    assert html.count('<span class="blank">') == len(questions) - n_mcq


def test_answer_key_is_present_and_starts_a_new_printed_page(worksheet):
    html, questions, outline = worksheet
    assert any(tag == "section" and "key" in classes for tag, classes in outline.elements)
    assert re.search(r"section\.key\s*\{[^}]*break-before:\s*page", html)
    key = html[html.index('<section class="key">') :]
    for q in questions:
        assert q["answer"].replace("’", "&#39;") in key or q["answer"] in key


def test_header_has_title_date_and_student_lines(worksheet):
    html, _, _ = worksheet
    assert "2022-01" in html
    assert "Nom :" in html and "Date :" in html
    assert "@page { size: A4" in html


def test_article_text_is_escaped(tmp_path):
    article = tmp_path / "xss.txt"
    article.write_text(
        "title: Essai <b>gras</b>\n---\n"
        "La France a livré des tentes <img src=x onerror=alert(1)> à la Moldavie. "
        "L'Italie a livré des couvertures à la Géorgie. La Suède a livré des vivres à l'Arménie. "
        "Le Japon a livré du riz au Soudan.\n",
        encoding="utf-8",
    )
    main(["make", str(article), "--out", str(tmp_path), "--format", "html"])
    html = next(tmp_path.glob("*.html")).read_text(encoding="utf-8")
    assert "<img" not in html and "<b>" not in html
    assert "&lt;b&gt;gras&lt;/b&gt;" in html


def test_every_template_parses():
    env = environment()
    names = [p.name for d in template_dirs() for p in d.glob("*.j2")]
    assert names
    for name in names:
        env.get_template(name)


class Sheet(HTMLParser):
    """A worksheet read back as a student and a teacher see it.

    ``questions``: each question's type, prompt and options in printed order; ``key``: each answer
    key entry's text (``B. Allemagne``) and source; ``sections``: the page's sections in order;
    ``paragraphs``: the article's text when printed; ``version``: the version badge, if any.
    """

    def __init__(self) -> None:
        super().__init__()
        self.questions: list[dict] = []
        self.key: list[dict] = []
        self.key_heading = ""
        self.sections: list[str] = []
        self.paragraphs: list[str] = []
        self.version = ""
        self.paper = ""
        self._capture: str | None = None
        self._section: str | None = None

    def handle_starttag(self, tag, attrs):
        classes = set((dict(attrs).get("class") or "").split())
        if tag == "section":
            self._section = " ".join(sorted(classes))
            self.sections.append(self._section)
        elif tag == "div" and "version" in classes:
            self._capture = "version"
        elif tag == "li" and "question" in classes:
            self.questions.append({"type": (classes - {"question"}).pop(), "prompt": "", "options": []})
        elif tag == "div" and "prompt" in classes:
            self._capture = "prompt"
        elif tag == "span" and "blank" in classes:
            self.questions[-1]["prompt"] += "_____"  # as the JSON writes a cloze's blank
        elif tag == "li" and self._section == "questions" and self.questions:
            self.questions[-1]["options"].append("")
            self._capture = "option"
        elif tag == "h2" and self._section == "key":
            self._capture = "heading"
        elif tag == "li" and self._section == "key":
            self.key.append({"answer": "", "source": ""})
            self._capture = "answer"
        elif tag == "div" and "source" in classes and self._section == "key":
            self._capture = "source"
        elif tag == "p" and self._section == "article-text":
            self.paragraphs.append("")
            self._capture = "paragraph"

    def handle_endtag(self, tag):
        if tag == "section":
            self._section = None
        if tag in ("div", "li", "h2", "p"):
            self._capture = None

    def handle_data(self, data):
        match self._capture:
            case "version":
                self.version += data
            case "prompt":
                self.questions[-1]["prompt"] += data
            case "option":
                self.questions[-1]["options"][-1] += data
            case "heading":
                self.key_heading += data
            case "answer":
                self.key[-1]["answer"] += data
            case "source":
                self.key[-1]["source"] += data
            case "paragraph":
                self.paragraphs[-1] += data


def read_sheet(path) -> Sheet:
    html = path.read_text(encoding="utf-8")
    sheet = Sheet()
    sheet.feed(html)
    sheet.paper = re.search(r"@page \{ size: (\w+)", html).group(1)
    for q in sheet.questions:
        q["prompt"] = " ".join(q["prompt"].split())
        q["options"] = [" ".join(o.split()) for o in q["options"]]
    for entry in sheet.key:
        entry["answer"] = " ".join(entry["answer"].split())
    return sheet


def squash(text: str) -> str:
    """Text with no whitespace at all: how a cloze's blank, a line break or a PDF's spacing can't differ."""
    return re.sub(r"\s+", "", text)


def make(out, *options: str) -> list:
    """Run ``quizgen make`` on the seed into ``out``; the worksheet files written, in name order."""
    main(["make", str(SEED), "--out", str(out), "--format", "html,json", *options])
    return sorted(out.glob("*.html"))


def seed_questions(out) -> list[dict]:
    return on_paper(json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["questions"])


def on_paper(questions: list[dict]) -> list[dict]:
    """The questions a worksheet prints (see worksheet_questions)."""
    printed = {q.id for q in worksheet_questions([as_question(q) for q in questions])}
    return [q for q in questions if q["id"] in printed]


def as_question(q: dict) -> Question:
    parts = tuple(q["cloze_parts"]) if q.get("cloze_parts") else None
    return Question(
        id=q["id"],
        type=q["type"],
        fact_id=q["fact_id"],
        fact_kind="",
        role="",
        prompt=q["prompt"],
        answer=q["answer"],
        sentence=q.get("sentence", ""),
        cloze_parts=parts,
    )


def question(qid: str, fact: str, kind: str, prompt: str, answer: str) -> Question:
    parts = tuple(prompt.replace("_____", "\0" + answer + "\0").split("\0")) if kind == "cloze" else None
    return Question(
        id=qid,
        type=kind,
        fact_id=fact,
        fact_kind="transfer",
        role="",
        prompt=prompt,
        answer=answer,
        sentence="",
        cloze_parts=parts,
    )


def test_no_printed_question_shows_another_ones_answer():
    mcq = question("a", "f1", "mcq", "Quel pays a débloqué 105 millions de francs pour la Syrie ?", "Suisse")
    same_fact = question("b", "f1", "cloze", "La _____ a débloqué 105 millions de francs.", "Suisse")
    told_twice = question("c", "f2", "cloze", "Au total, la Suisse a alloué _____ millions de francs.", "105")
    other = question("d", "f3", "cloze", "La Norvège a envoyé _____ médecins au Liban.", "30")
    assert [q.id for q in worksheet_questions([mcq, same_fact, told_twice, other])] == ["a", "d"]


def test_a_worksheet_prints_one_question_per_fact_the_deck_keeps_both(worksheet, tmp_path):
    _, printed, _ = worksheet
    facts = [q["fact_id"] for q in printed]
    assert len(facts) == len(set(facts))
    main(["make", str(SEED), "--out", str(tmp_path), "--format", "json", "--every-question"])
    everything = json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))["questions"]
    both = {q["fact_id"] for q in everything if q["type"] == "mcq"} & {
        q["fact_id"] for q in everything if q["type"] == "cloze"
    }
    assert both, "the seed has no fact with both a multiple choice and a cloze: the test proves nothing"
    assert {q["fact_id"] for q in printed} <= {q["fact_id"] for q in everything}


def test_paper_size_letter(tmp_path):
    (a4,) = make(tmp_path / "a4")
    (letter,) = make(tmp_path / "letter", "--paper", "letter")
    assert read_sheet(a4).paper == "A4"
    assert read_sheet(letter).paper == "letter"


def test_unknown_paper_size_is_one_clear_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["make", str(SEED), "--out", str(tmp_path / "o"), "--format", "html", "--paper", "A5"])
    assert exit_info.value.code != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["quizgen: error: unknown paper size 'A5' (choose from: a4, letter)"]
    assert not (tmp_path / "o").exists()


def test_with_article_prints_the_text_before_the_questions(tmp_path):
    (plain,) = make(tmp_path / "plain")
    (with_text,) = make(tmp_path / "text", "--with-article")
    assert "article-text" not in read_sheet(plain).sections
    sheet = read_sheet(with_text)
    assert sheet.sections[:2] == ["article-text", "questions"]
    body = SEED.read_text(encoding="utf-8")
    assert len(sheet.paragraphs) >= 3
    for paragraph in sheet.paragraphs:
        assert paragraph in body
    # every sentence a question comes from is in the printed text
    printed = squash(" ".join(sheet.paragraphs))
    for q in seed_questions(tmp_path / "text"):
        assert squash(q["sentence"]) in printed


def test_with_article_escapes_the_text(tmp_path):
    article = tmp_path / "xss.txt"
    article.write_text(
        "La France a livré des tentes <img src=x onerror=alert(1)> à la Moldavie. "
        "L'Italie a livré des couvertures à la Géorgie. La Suède a livré des vivres à l'Arménie.\n"
        "Le Japon a livré du riz au <script>alert(2)</script> Soudan.\n",
        encoding="utf-8",
    )
    main(["make", str(article), "--out", str(tmp_path), "--format", "html", "--with-article"])
    html = next(tmp_path.glob("*.html")).read_text(encoding="utf-8")
    assert "<img" not in html and "<script" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    sheet = read_sheet(next(tmp_path.glob("*.html")))
    assert any("<img src=x onerror=alert(1)>" in p for p in sheet.paragraphs)


def test_no_key_leaves_the_answer_key_out(tmp_path):
    (with_key,) = make(tmp_path / "key")
    (without,) = make(tmp_path / "nokey", "--no-key")
    assert "key" in read_sheet(with_key).sections
    sheet = read_sheet(without)
    assert "key" not in sheet.sections and not sheet.key
    assert len(sheet.questions) == len(seed_questions(tmp_path / "nokey"))


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory):
    out = tmp_path_factory.mktemp("versions")
    files = make(out, "--versions", "2")
    return out, files, seed_questions(out)


def test_versions_write_one_worksheet_per_letter(two_versions):
    out, files, _ = two_versions
    slug = SEED.stem.replace("_", "-")
    assert [f.name for f in files] == [f"{slug}-A.html", f"{slug}-B.html"]
    assert not (out / f"{slug}.html").exists()
    assert [read_sheet(f).version.strip() for f in files] == ["Version A", "Version B"]
    assert [read_sheet(f).key_heading.strip() for f in files] == ["Corrigé — Version A", "Corrigé — Version B"]


def test_each_version_has_every_question_and_a_key_that_matches_its_letters(two_versions):
    _, files, questions = two_versions
    by_prompt = {squash(q["prompt"]): q for q in questions}
    for path in files:
        sheet = read_sheet(path)
        assert len(sheet.questions) == len(sheet.key) == len(questions)
        printed = [by_prompt[squash(q["prompt"])] for q in sheet.questions]
        assert sorted(q["id"] for q in printed) == sorted(q["id"] for q in questions)
        for q, original, entry in zip(sheet.questions, printed, sheet.key, strict=True):
            if original["type"] == "mcq":
                assert [o[:3] for o in q["options"]] == [f"{letter}. " for letter in "ABCDE"[: len(q["options"])]]
                assert sorted(o[3:] for o in q["options"]) == sorted(original["options"])
                letter, answer = entry["answer"].split(". ", 1)
                assert answer == original["answer"]
                # the option printed at the key's letter is the right answer
                assert q["options"]["ABCDE".index(letter)] == f"{letter}. {original['answer']}"
            else:
                assert entry["answer"] == original["answer"]
                assert squash(entry["source"]) == squash(original["sentence"])


def test_versions_differ_in_question_order_and_option_order(two_versions):
    _, files, questions = two_versions
    a, b = (read_sheet(f) for f in files)
    order_a = [squash(q["prompt"]) for q in a.questions]
    order_b = [squash(q["prompt"]) for q in b.questions]
    original = [squash(q["prompt"]) for q in questions]
    assert order_a != order_b and order_a != original and order_b != original
    options_b = {squash(q["prompt"]): q["options"] for q in b.questions}
    mcq = [q for q in a.questions if q["type"] == "mcq"]
    assert mcq
    for q in mcq:
        assert q["options"] != options_b[squash(q["prompt"])], q["prompt"]


def test_versions_are_deterministic_and_follow_the_seed(two_versions, tmp_path):
    _, files, _ = two_versions
    again = make(tmp_path / "again", "--versions", "2")
    assert [f.read_text(encoding="utf-8") for f in again] == [f.read_text(encoding="utf-8") for f in files]
    other = make(tmp_path / "seed", "--versions", "2", "--seed", "7")
    for mine, theirs in zip(files, other, strict=True):
        assert read_sheet(mine).questions != read_sheet(theirs).questions
