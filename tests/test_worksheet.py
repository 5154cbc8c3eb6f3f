"""The printable worksheet's structure: numbered questions, blanks, an answer key on its own page."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from quizgen.cli import main
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
    questions = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["questions"]
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
