"""The whole job as plain functions: article file → facts → questions → quiz."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .models import Article, Fact, Mention, Quiz


@dataclass(frozen=True, slots=True)
class Options:
    """What the user chose on the command line."""

    lang: str = "auto"
    model: str | None = None
    seed: int = 0
    max_questions: int | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """An article with what extraction found in it."""

    article: Article
    lang: str
    facts: tuple[Fact, ...]
    entities: tuple[Mention, ...]


def analyse(path: str | Path, options: Options = Options()) -> Analysis:
    """Read and parse one article."""
    from .extract import extract_entities, extract_facts
    from .ingest import read_article
    from .nlp import parse, resolve_language

    article = read_article(path)
    lang = resolve_language(article, options.lang)
    doc = parse(article, lang, options.model)
    return Analysis(article, lang, extract_facts(article, doc, lang), extract_entities(article, doc, lang))


def make_quiz(path: str | Path, options: Options = Options()) -> tuple[Quiz, str]:
    """Facts and questions for one article."""
    from .questions import build_questions

    found = analyse(path, options)
    questions = build_questions(
        found.article,
        found.facts,
        found.lang,
        entities=found.entities,
        seed=options.seed,
        max_questions=options.max_questions,
    )
    return Quiz(article=found.article, facts=found.facts, questions=questions), found.lang
