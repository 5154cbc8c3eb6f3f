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
FORMAT_HELP = (
    "Comma-separated outputs: apkg (Anki), html (worksheet), json, gift (Moodle), kahoot (CSV), quizlet (TSV)."
)
Lang = Annotated[str, typer.Option("--lang", help="Article language: auto, fr or en.")]
Model = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--model", help="spaCy pipeline (default: the language's first, e.g. fr_core_news_sm)."),
]
MaxSize = Annotated[
    int,
    typer.Option("--max-size", min=1, help="Largest article file read, in megabytes (default: 10)."),
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
    files: Annotated[
        list[Path], typer.Argument(help="Articles: text files, web pages saved as .html, or folders of them.")
    ],
    out: Annotated[Path, typer.Option("--out", help="Folder to write the outputs to.")] = Path("decks"),
    format: Annotated[str, typer.Option("--format", help=FORMAT_HELP)] = "apkg,html",
    deck: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--deck", help="Anki deck name (default: the article's title); with several articles, the parent deck."
        ),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed for the order of options; same seed, same questions.")] = 0,
    max_questions: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--max-questions", min=1, help="Keep at most N questions, best first."),
    ] = None,
    every_question: Annotated[
        bool,
        typer.Option(
            "--every-question",
            help="Ask every question quizgen can write (a multiple choice and a blank on each fact, several a "
            "sentence), not only the best one of each sentence.",
        ),
    ] = False,
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
    max_size: MaxSize = 10,
) -> None:
    """Make an Anki deck, a printable worksheet and/or JSON from articles."""
    from .pipeline import Options, make_quizzes
    from .render import check_out_dir, parse_deck, parse_formats, parse_paper, write_outputs

    formats = parse_formats(format)
    paper = parse_paper(paper)
    deck = parse_deck(deck)
    check_model(model)
    check_out_dir(out)
    options = Options(
        lang=lang,
        model=model,
        seed=seed,
        max_questions=max_questions,
        max_size=max_size * 1_000_000,
        every_question=every_question,
    )
    paths = expand(files)
    if len(paths) > 1 and sys.stderr.isatty():
        with typer.progressbar(length=len(paths), label="articles", file=sys.stderr) as bar:
            quizzes = make_quizzes(paths, options, jobs=jobs, progress=lambda _: bar.update(1))
    else:
        quizzes = make_quizzes(paths, options, jobs=jobs)
    if verbose:
        for quiz, _ in quizzes:
            say_encoding(quiz.article)
    for quiz, _ in quizzes:
        if not quiz.questions:
            raise QuizgenError(f"{quiz.article.path}: no fact found to ask about; nothing was written")
        if not quiz.facts or all(q.fact_kind == "name" for q in quiz.questions):
            warn(f"{quiz.article.path}: no fact found; {len(quiz.questions)} cloze cards from its key sentences")
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
        bundle_name=bundle_name(files, deck) if len(quizzes) > 1 else None,
        warn=warn,
        inputs=paths,
    )
    summary(quizzes, written)


def check_model(model: str | None) -> None:
    """An unknown --model is told at once, not after every article was read."""
    from .nlp import installed_package, load

    if model is not None and installed_package(model) is None:
        load(model)  # raises the one-line error that says how to install it


ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def expand(files: list[Path]) -> list[Path]:
    """Files as given; a folder stands for the articles (*.txt, *.html) in it, not the worksheets quizgen wrote there."""
    from .ingest import is_worksheet

    paths: list[Path] = []
    for path in files:
        if path.is_dir():
            inside = sorted(
                p
                for p in path.iterdir()
                if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".") and not is_worksheet(head(p))
            )
            if not inside:
                raise QuizgenError(f"{path}: a folder with no article (*.txt, *.html) in it")
            paths.extend(inside)
        else:
            paths.append(path)
    return paths


def head(path: Path) -> bytes:
    """The first bytes of a regular file (never opening a named pipe, which would block)."""
    if not path.is_file():
        return b""
    try:
        with path.open("rb") as f:
            return f.read(1024)
    except OSError:
        return b""


def bundle_name(files: list[Path], deck: str | None) -> str:
    """The .apkg of a batch: named after --deck, or the one folder given, or just « quizgen »."""
    from .ingest import slugify

    if deck:
        return slugify(deck)
    if len(files) == 1 and files[0].is_dir():
        return slugify(files[0].resolve().name)
    return "quizgen"


def summary(quizzes: list, written: list[Path]) -> None:
    """A table of what was made: article, facts, questions, then the files written."""
    width = max([len(q.article.slug) for q, _ in quizzes] + [7])
    typer.echo(f"{'article':<{width}}  {'facts':>5}  {'questions':>9}")
    for quiz, _ in quizzes:
        typer.echo(f"{quiz.article.slug:<{width}}  {len(quiz.facts):>5}  {len(quiz.questions):>9}")
    for path in written:
        typer.echo(f"wrote {path}")


def warn(message: str) -> None:
    typer.echo(f"quizgen: warning: {message}", err=True)


@app.command()
def render(
    file: Annotated[Path, typer.Argument(help="A quiz written by `make --format json`, edited or not.")],
    out: Annotated[Path, typer.Option("--out", help="Folder to write the outputs to.")] = Path("decks"),
    format: Annotated[str, typer.Option("--format", help=FORMAT_HELP)] = "apkg,html",
    deck: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--deck", help="Anki deck name (default: the article's title)."),
    ] = None,
    paper: Annotated[str, typer.Option("--paper", help="Worksheet paper size: a4 or letter.")] = "a4",
    key: Annotated[
        bool, typer.Option("--key/--no-key", help="Print the worksheet's answer key on its own page (default: yes).")
    ] = True,
) -> None:
    """Render exactly the questions a JSON file holds (after a teacher's edits) as a deck, worksheet or export."""
    from .render import check_out_dir, parse_deck, parse_formats, parse_paper, write_outputs
    from .render.jsonin import load_quiz

    formats = parse_formats(format)
    paper = parse_paper(paper)
    deck = parse_deck(deck)
    check_out_dir(out)
    quiz, lang = load_quiz(file)
    if not quiz.questions:
        raise QuizgenError(f"{file}: holds no question; nothing was written")
    written = write_outputs(
        [(quiz, lang)], out, formats, deck=deck, paper=paper, with_key=key, warn=warn, inputs=[file]
    )
    summary([(quiz, lang)], written)


@app.command()
def facts(
    file: Annotated[Path, typer.Argument(help="Article text file (UTF-8).")],
    json: Annotated[bool, typer.Option("--json", help="Print the facts as JSON instead of a table.")] = False,
    lang: Lang = "auto",
    model: Model = None,
    verbose: Verbose = False,
    max_size: MaxSize = 10,
) -> None:
    """Show the facts found in an article."""
    from .pipeline import Options, analyse
    from .render.jsonout import facts_document
    from .render.table import facts_table

    check_model(model)
    found = analyse(file, Options(lang=lang, model=model, max_size=max_size * 1_000_000))
    if verbose:
        say_encoding(found.article)
    typer.echo(facts_document(found.article, found.facts, found.lang) if json else facts_table(found.facts))


def say_encoding(article: Article) -> None:
    if article.encoding != "utf-8":
        typer.echo(f"quizgen: {article.path}: not UTF-8, read as {article.encoding}", err=True)


RECEIVED: list[int] = []  # the SIGTERM or SIGHUP that stopped the run, for its exit code


def on_signal(signum: int, _frame: object) -> None:
    """SIGTERM or SIGHUP: unwound like Ctrl-C, so that every temporary file is removed."""
    RECEIVED.append(signum)
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> None:
    """Entry point: quizgen's own errors become one line on stderr and a non-zero exit."""
    import signal

    RECEIVED.clear()
    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if sig}
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
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    # without standalone mode, typer turns Ctrl-C into exit code 130 and returns it
    if isinstance(code, int) and code:
        if code == 130:
            typer.echo("quizgen: interrupted; no partial file was left", err=True)
            if RECEIVED:
                code = 128 + RECEIVED[-1]
        sys.exit(code)
