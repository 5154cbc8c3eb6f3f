"""The printable worksheet: numbered questions, boxes to tick, blanks, an answer key on its own page."""

from __future__ import annotations

from ..lexicon import lexicon
from ..models import Quiz
from .templates import environment

PAPER = {"a4": "A4", "letter": "letter"}


def render_worksheet(
    quiz: Quiz, lang: str, *, paper: str = "a4", with_article: bool = False, with_key: bool = True
) -> str:
    template = environment().get_template("worksheet.html.j2")
    paragraphs = [p.strip() for p in quiz.article.text.split("\n") if p.strip()]
    return template.render(
        article=quiz.article,
        lang=lang,
        questions=quiz.questions,
        labels=lexicon(lang).raw.get("labels", {}),
        paper=PAPER.get(paper, "A4"),
        with_article=with_article,
        with_key=with_key,
        paragraphs=paragraphs,
    )
