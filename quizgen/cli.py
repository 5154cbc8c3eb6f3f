"""The command line: parse options, call the pipeline, print. No logic of its own."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import QuizgenError
from .models import Article

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn a news article into study material: facts, questions, an Anki deck and a printable worksheet.",
)

# typer reads these annotations at run time: keep them as real objects, not strings
Lang = Annotated[str, typer.Option("--lang", help="Article language: auto, fr or en.")]
Model = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--model", help="spaCy pipeline (default: the language's first, e.g. fr_core_news_sm)."),
]
Verbose = Annotated[
    bool,
    typer.Option("--verbose", "-v", help="Also say on stderr how each file was read (its encoding, if not UTF-8)."),
]


@app.callback()
def main_callback() -> None:
    """quizgen: study material from the news, offline."""


@app.command()
def make(
    files: Annotated[list[Path], typer.Argument(help="Article text files (UTF-8).")],
    out: Annotated[Path, typer.Option("--out", help="Folder to write the outputs to.")] = Path("decks"),
    format: Annotated[str, typer.Option("--format", help="Comma-separated outputs: apkg, html, json.")] = "apkg,html",
    deck: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--deck", help="Anki deck name (default: the article's title)."),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed for the order of options; same seed, same questions.")] = 0,
    max_questions: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--max-questions", min=1, help="Keep at most N questions, best first."),
    ] = None,
    paper: Annotated[str, typer.Option("--paper", help="Worksheet paper size: a4 or letter.")] = "a4",
    with_article: Annotated[
        bool, typer.Option("--with-article", help="Print the article's text on the worksheet before the questions.")
    ] = False,
    key: Annotated[
        bool, typer.Option("--key/--no-key", help="Print the worksheet's answer key on its own page (default: yes).")
    ] = True,
    versions: Annotated[
        int,
        typer.Option(
            "--versions",
            min=1,
            max=26,
            help="Print N worksheets shuffled by --seed, <slug>-A.html, <slug>-B.html…, each with its own key.",
        ),
    ] = 1,
    lang: Lang = "auto",
    model: Model = None,
    verbose: Verbose = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Work on several articles at once, in N processes.")
    ] = 1,
) -> None:
    """Make an Anki deck, a printable worksheet and/or JSON from articles."""
    from .pipeline import Options, make_quizzes
    from .render import parse_formats, parse_paper, write_outputs

    formats = parse_formats(format)
    paper = parse_paper(paper)
    options = Options(lang=lang, model=model, seed=seed, max_questions=max_questions)
    quizzes = make_quizzes(files, options, jobs=jobs)
    if verbose:
        for quiz, _ in quizzes:
            say_encoding(quiz.article)
    for quiz, _ in quizzes:
        if not quiz.questions:
            raise QuizgenError(f"{quiz.article.path}: no fact found to ask about; nothing was written")
    written = write_outputs(
        quizzes,
        out,
        formats,
        deck=deck,
        paper=paper,
        with_article=with_article,
        with_key=key,
        versions=versions,
        seed=seed,
    )
    for quiz, _ in quizzes:
        typer.echo(f"{quiz.article.slug}: {len(quiz.facts)} facts, {len(quiz.questions)} questions")
    for path in written:
        typer.echo(f"wrote {path}")


@app.command()
def facts(
    file: Annotated[Path, typer.Argument(help="Article text file (UTF-8).")],
    json: Annotated[bool, typer.Option("--json", help="Print the facts as JSON instead of a table.")] = False,
    lang: Lang = "auto",
    model: Model = None,
    verbose: Verbose = False,
) -> None:
    """Show the facts found in an article."""
    from .pipeline import Options, analyse
    from .render.jsonout import facts_document
    from .render.table import facts_table

    found = analyse(file, Options(lang=lang, model=model))
    if verbose:
        say_encoding(found.article)
    typer.echo(facts_document(found.article, found.facts, found.lang) if json else facts_table(found.facts))


def say_encoding(article: Article) -> None:
    if article.encoding != "utf-8":
        typer.echo(f"quizgen: {article.path}: not UTF-8, read as {article.encoding}", err=True)


def main(argv: list[str] | None = None) -> None:
    """Entry point: quizgen's own errors become one line on stderr and a non-zero exit."""
    try:
        code = app(args=argv, standalone_mode=False)
    except QuizgenError as exc:
        typer.echo(f"quizgen: error: {exc}", err=True)
        sys.exit(1)
    except (KeyboardInterrupt, typer.Abort):
        code = 130
    except typer.Exit as exc:
        code = exc.exit_code
    except Exception as exc:
        # usage errors: click's, or the copy of click that recent typer versions carry
        if not (hasattr(exc, "show") and isinstance(getattr(exc, "exit_code", None), int)):
            raise
        exc.show()
        sys.exit(exc.exit_code)
    # without standalone mode, typer turns Ctrl-C into exit code 130 and returns it
    if isinstance(code, int) and code:
        if code == 130:
            typer.echo("quizgen: interrupted; no partial file was left", err=True)
        sys.exit(code)
