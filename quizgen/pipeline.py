"""The whole job as plain functions: article files → facts → questions → quizzes.

Several articles are parsed together with spaCy's ``nlp.pipe``, grouped by pipeline, and an
article longer than :data:`CHUNK_CHARS` is parsed and read in pieces cut at paragraph ends:
spaCy refuses texts over a million characters, a parse's memory grows with the length of the
text it is given, and reading a doc takes time that grows faster than its length.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .models import Article, Fact, Mention, Quiz

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Longest text handed to spaCy at once (about); longer articles are cut at paragraph ends.
CHUNK_CHARS = 10_000
# Characters parsed in one nlp.pipe batch: spaCy's memory grows with it (~2.5 kB a character
# with fr_core_news_sm), its speed hardly at all beyond a few articles.
BATCH_CHARS = 50_000
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Options:
    """What the user chose on the command line."""

    lang: str = "auto"
    model: str | None = None
    seed: int = 0
    max_questions: int | None = None
    max_size: int | None = None  # bytes read from an article file at most (None: ingest's default)
    every_question: bool = False  # several questions a sentence (each fact's choice and blank), not the best one


@dataclass(frozen=True, slots=True)
class Analysis:
    """An article with what extraction found in it."""

    article: Article
    lang: str
    facts: tuple[Fact, ...]
    entities: tuple[Mention, ...]


def analyse(path: str | Path, options: Options = Options()) -> Analysis:
    """Read and parse one article."""
    return next(analyse_articles([read(path, options)], options))[1]


def read(path: str | Path, options: Options = Options()) -> Article:
    from .ingest import read_article

    return read_article(path) if options.max_size is None else read_article(path, max_size=options.max_size)


def unique_slugs(articles: Sequence[Article]) -> list[Article]:
    """The articles with slugs told apart (``ete``, ``ete-2``…): no two of a run name the same files."""
    seen: set[str] = set()
    done: list[Article] = []
    for article in articles:
        slug, n = article.slug, 1
        while slug in seen:
            n += 1
            slug = f"{article.slug}-{n}"
        seen.add(slug)
        done.append(article if slug == article.slug else replace(article, slug=slug))
    return done


def make_quiz(path: str | Path, options: Options = Options()) -> tuple[Quiz, str]:
    """Facts and questions for one article."""
    return make_quizzes([path], options)[0]


def make_quizzes(
    paths: Sequence[str | Path],
    options: Options = Options(),
    *,
    jobs: int = 1,
    progress: Callable[[Article], None] | None = None,
) -> list[tuple[Quiz, str]]:
    """Facts and questions for every article, in the order given.

    Every file is read, and its language resolved, before any is parsed, so that a bad file
    in a batch is reported at once; the texts are then parsed with ``nlp.pipe``. With
    ``jobs`` > 1, the articles are shared among that many processes.
    """
    from .nlp import resolve_language

    # the language is detected once here and kept on the article for the stages after
    articles = unique_slugs([read(path, options) for path in paths])
    articles = [replace(article, lang=resolve_language(article, options.lang)) for article in articles]
    jobs = max(1, min(jobs, len(articles)))
    if jobs == 1:
        return quizzes_of(articles, options, progress)
    import multiprocessing

    # fork: the workers start at once, with any pipeline this process already loaded
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    shares = [articles[k::jobs] for k in range(jobs)]  # interleaved: long and short articles mix
    with context.Pool(jobs, initializer=worker_setup, initargs=(os.getpid(),)) as pool:
        done = pool.starmap(quizzes_of, [(share, options) for share in shares])
    return [done[i % jobs][i // jobs] for i in range(len(articles))]


def worker_setup(parent: int) -> None:
    """A worker dies with its parent, quietly: SIGTERM kills it, Ctrl-C is the parent's to handle."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        import contextlib
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


def quizzes_of(
    articles: Sequence[Article], options: Options = Options(), progress: Callable[[Article], None] | None = None
) -> list[tuple[Quiz, str]]:
    """Facts and questions for articles already read, in their order; ``progress`` is told of each one done."""
    quizzes: list[tuple[Quiz, str] | None] = [None] * len(articles)
    for i, found in analyse_articles(articles, options):
        quizzes[i] = (build_quiz(found, options), found.lang)
        if progress is not None:
            progress(found.article)
    return [quiz for quiz in quizzes if quiz is not None]


def build_quiz(found: Analysis, options: Options = Options()) -> Quiz:
    """The questions for an analysed article."""
    from .questions import build_questions, key_sentence_clozes

    questions = build_questions(
        found.article,
        found.facts,
        found.lang,
        entities=found.entities,
        seed=options.seed,
        max_questions=options.max_questions,
        every=options.every_question,
    )
    if not questions:  # no fact to ask about: the sentences that name someone or somewhere
        questions = key_sentence_clozes(found.article, found.entities, found.lang)[: options.max_questions]
    return Quiz(article=found.article, facts=found.facts, questions=questions)


def analyse_articles(articles: Sequence[Article], options: Options = Options()) -> Iterator[tuple[int, Analysis]]:
    """(index, analysis) for every article, as each one's parse completes.

    A long article is parsed and read piece by piece (see :func:`split_text`); its facts and
    entities are gathered with their offsets moved to the whole article. Docs are dropped as
    soon as they are read, so memory holds one batch of parses at a time, never the input's.
    """
    from .extract import draft_facts, extract_entities, settle, shift_mention
    from .nlp import default_model, load, resolve_language

    langs = [resolve_language(article, options.lang) for article in articles]
    groups: dict[str, list[int]] = {}
    for i, lang in enumerate(langs):
        groups.setdefault(options.model or default_model(lang), []).append(i)
    for model, indices in groups.items():
        drafts: list = []
        entities: dict[str, Mention] = {}
        for i, offset, doc, last in parse_pieces(load(model), [(i, articles[i]) for i in indices]):
            article, lang = articles[i], langs[i]
            part = article if offset == 0 and last else piece_of(article, offset, len(doc.text))
            drafts.extend(d.shifted(offset) for d in draft_facts(part, doc, lang))
            for mention in extract_entities(part, doc, lang):
                entities.setdefault(mention.text, shift_mention(mention, offset))
            if last:
                yield i, Analysis(article, lang, settle(article, drafts, lang), tuple(entities.values()))
                drafts, entities = [], {}


def parse_pieces(nlp: Language, items: Iterable[tuple[int, Article]]) -> Iterator[tuple[int, int, Doc, bool]]:
    """Parse every (key, article) with ``nlp.pipe``, in pieces of at most about :data:`CHUNK_CHARS`.

    Yields (key, offset, doc, last) in the order given: ``doc`` is the piece of the article's
    ``parse_text`` that starts at ``offset``, ``last`` tells the article's last piece.
    """

    def pieces() -> Iterator[tuple[str, tuple[int, int, bool]]]:
        for key, article in items:
            chunks = split_text(article.parse_text, CHUNK_CHARS)
            offset = 0
            for n, chunk in enumerate(chunks, 1):
                yield chunk, (key, offset, n == len(chunks))
                offset += len(chunk)

    for batch in batches(pieces(), BATCH_CHARS):
        for doc, (key, offset, last) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            doc.tensor = doc.tensor[:0]  # the token vectors are not used after the pipeline; free them
            yield key, offset, doc, last


def batches(pieces: Iterable[tuple[str, T]], budget: int) -> Iterator[list[tuple[str, T]]]:
    """(text, context) pairs grouped into lists of about ``budget`` characters (at least one pair each)."""
    batch: list[tuple[str, T]] = []
    size = 0
    for piece in pieces:
        if batch and size + len(piece[0]) > budget:
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece[0])
    if batch:
        yield batch


def piece_of(article: Article, start: int, length: int) -> Article:
    """The article cut down to one piece of its text, for extraction."""
    end = start + length
    return replace(article, text=article.text[start:end], parse_text=article.parse_text[start:end])


def split_text(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of about ``size`` characters at most that join back into it.

    Cuts fall after a line break where there is one (a paragraph end: quizgen starts a
    sentence there anyway), else after a full stop and space, else after a space.
    """
    if len(text) <= size:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = window.rfind("\n") + 1
        if cut <= size // 4:
            cut = window.rfind(". ") + 2
        if cut <= size // 4:
            cut = window.rfind(" ") + 1
        if cut <= size // 4:
            cut = size
        while start + cut < len(text) and text[start + cut] in "\n\r\t ":
            cut += 1  # keep a run of blank lines (one token to the parser) in one piece
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces
