"""The command line: parse options, call the pipeline, print. No logic of its own."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from .errors import QuizgenError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn a news article into study material: facts, questions, an Anki deck and a printable worksheet.",
)

LANG = typer.Option("auto", "--lang", help="Article language: auto, fr or en.")
MODEL = typer.Option(
    None, "--model", help="spaCy pipeline to use (default: the language's first, e.g. fr_core_news_sm)."
)


@app.callback()
def main_callback() -> None:
    """quizgen: study material from the news, offline."""


@app.command()
def make(
    files: list[Path] = typer.Argument(..., help="Article text files (UTF-8)."),
    out: Path = typer.Option(Path("decks"), "--out", help="Folder to write the outputs to."),
    format: str = typer.Option("apkg,html", "--format", help="Comma-separated outputs: apkg, html, json."),
    deck: str | None = typer.Option(None, "--deck", help="Anki deck name (default: the article's title)."),
    seed: int = typer.Option(0, "--seed", help="Seed for the order of options; same seed, same questions."),
    max_questions: int | None = typer.Option(
        None, "--max-questions", min=1, help="Keep at most N questions, best first."
    ),
    lang: str = LANG,
    model: str | None = MODEL,
) -> None:
    """Make an Anki deck, a printable worksheet and/or JSON from articles."""
    from .pipeline import Options, make_quiz
    from .render import parse_formats, write_outputs

    formats = parse_formats(format)
    options = Options(lang=lang, model=model, seed=seed, max_questions=max_questions)
    quizzes = [make_quiz(path, options) for path in files]
    written = write_outputs(quizzes, out, formats, deck=deck)
    for quiz, _ in quizzes:
        typer.echo(f"{quiz.article.slug}: {len(quiz.facts)} facts, {len(quiz.questions)} questions")
    for path in written:
        typer.echo(f"wrote {path}")


@app.command()
def facts(
    file: Path = typer.Argument(..., help="Article text file (UTF-8)."),
    json: bool = typer.Option(False, "--json", help="Print the facts as JSON instead of a table."),
    lang: str = LANG,
    model: str | None = MODEL,
) -> None:
    """Show the facts found in an article."""
    from .pipeline import Options, analyse
    from .render.jsonout import facts_document
    from .render.table import facts_table

    found = analyse(file, Options(lang=lang, model=model))
    if json:
        typer.echo(facts_document(found.article, found.facts, found.lang))
    else:
        typer.echo(facts_table(found.facts))


def main() -> None:
    """Entry point: quizgen's own errors become one line on stderr and exit code 1."""
    try:
        app(standalone_mode=False)
    except QuizgenError as exc:
        typer.echo(f"quizgen: error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("quizgen: interrupted; no partial file was left", err=True)
        sys.exit(130)
    except Exception as exc:  # click's usage errors arrive here in non-standalone mode
        import click

        if isinstance(exc, click.exceptions.Exit):
            sys.exit(exc.exit_code)
        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Abort):
            sys.exit(1)
        raise
