"""The JSON contracts other tools read: ``quizgen facts --json`` and ``--format json``.

``--format json`` also carries what it takes to render the quiz again from the file alone
(:mod:`quizgen.render.jsonin` reads it back): the article's ``text`` and each cloze's
``cloze_parts`` (the sentence cut into before, answer, after). Keys are only ever added.
"""

from __future__ import annotations

import json

from ..models import ROLES, Article, Fact, Question, Quiz

CONTRACT_KINDS = ("transfer", "deployment", "quote", "request", "figure")


def article_json(article: Article, lang: str | None = None) -> dict:
    return {
        "slug": article.slug,
        "title": article.title,
        "date": article.date,
        "lang": lang or article.lang,
        "source": article.source,
    }


def fact_json(fact: Fact) -> dict:
    data: dict = {"id": fact.id, "kind": fact.kind, "sentence": fact.sentence}
    for role in ROLES:
        mention = fact.role(role)
        data[role] = mention.text if mention is not None else None
    data["modality"] = fact.modality
    data["verb"] = fact.verb
    data["vague_agent"] = bool(fact.agent and fact.agent.vague)
    return data


def question_json(q: Question, cloze_text: str | None) -> dict:
    return {
        "id": q.id,
        "type": q.type,
        "fact_id": q.fact_id,
        "fact_kind": q.fact_kind,
        "role": q.role,
        "prompt": q.prompt,
        "answer": q.answer,
        "options": list(q.options) if q.type == "mcq" else None,
        "answer_index": q.answer_index,
        "cloze": cloze_text,
        "hint": q.hint,
        "sentence": q.sentence,
        "modality": q.modality,
        "cloze_parts": list(q.cloze_parts) if q.cloze_parts is not None else None,
    }


def facts_document(article: Article, facts: tuple[Fact, ...], lang: str) -> str:
    """The facts contract; who is who goes in its own list, so ``facts`` keeps its five kinds."""
    doc = {
        "article": article_json(article, lang),
        "facts": [fact_json(f) for f in facts if f.kind in CONTRACT_KINDS],
        "people": [
            {"id": f.id, "name": f.agent.text, "role": f.theme.text, "sentence": f.sentence}
            for f in facts
            if f.kind == "role" and f.agent is not None and f.theme is not None
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def quiz_document(quiz: Quiz, lang: str) -> str:
    from .anki import cloze_text

    doc = {
        "article": {**article_json(quiz.article, lang), "text": quiz.article.text, "identity": quiz.article.identity},
        "questions": [question_json(q, cloze_text(q) if q.type == "cloze" else None) for q in quiz.questions],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
