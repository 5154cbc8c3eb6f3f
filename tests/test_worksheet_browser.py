"""The worksheet as a browser prints it: headless Chromium prints it to PDF, poppler-utils reads it back.

Checked on the printed pages, not on the CSS: the paper size, that there is more than one page,
that the answer key starts on a page of its own, and that no question (its prompt and all its
options) nor answer key entry is split across two pages.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from quizgen.cli import main
from quizgen.lexicon import lexicon

from .conftest import SEED
from .test_worksheet import read_sheet, squash

CHROMIUM = next((path for name in ("chromium", "chromium-browser") if (path := shutil.which(name))), None)
POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo"))

pytestmark = [
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="headless Chromium not found: install Debian's chromium package (.ci/run does when it can)",
    ),
    pytest.mark.skipif(
        not POPPLER,
        reason="pdftotext/pdfinfo not found: install Debian's poppler-utils package (.ci/run does when it can)",
    ),
]

# PDF points (1/72 in): A4 is 210 × 297 mm, letter 8.5 × 11 in
PAPER_POINTS = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}
KEY_LABEL = lexicon("fr").raw["labels"]["key"]
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def print_to_pdf(html_path, pdf_path, profile) -> None:
    """Print a local HTML file to PDF as a user's browser would, without headers or footers."""
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",  # tests and CI run as root; the page is our own file
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf_path}",
        html_path.resolve().as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert pdf_path.is_file() and pdf_path.stat().st_size > 0, f"Chromium printed no PDF:\n{result.stderr[-2000:]}"


def page_sizes(pdf_path) -> list[tuple[float, float]]:
    count = page_count(pdf_path)
    info = poppler("pdfinfo", "-f", "1", "-l", str(count), str(pdf_path))
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, flags=re.M)
    assert len(sizes) == count, info
    return [(float(w), float(h)) for w, h in sizes]


def page_count(pdf_path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", poppler("pdfinfo", str(pdf_path)), flags=re.M).group(1))


def page_texts(pdf_path) -> list[str]:
    """Each page's text, whitespace removed (line breaks and PDF spacing differ from the HTML's).

    ``-raw`` keeps the order the browser drew the text in: the default layout mode moves words
    around a cloze's blank, and joins a compound cut at the end of a line (« porte-/avions »).
    """
    pages = range(1, page_count(pdf_path) + 1)
    return [page_text(pdf_path, n) for n in pages]


def page_text(pdf_path, number: int) -> str:
    page = str(number)
    return squash(poppler("pdftotext", "-raw", "-enc", "UTF-8", "-f", page, "-l", page, str(pdf_path), "-"))


def poppler(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout


def question_texts(sheet) -> list[str]:
    """What each question prints: its number, prompt and lettered options, as one run of text."""
    texts = []
    for number, q in enumerate(sheet.questions, start=1):
        prompt = q["prompt"].replace("_____", "")  # a blank prints no text
        texts.append(squash(f"{number}. {prompt} {' '.join(q['options'])}"))
    return texts


def key_texts(sheet) -> list[str]:
    return [squash(f"{n}. {e['answer']} {e['source']}") for n, e in enumerate(sheet.key, start=1)]


class Printed:
    """One worksheet file as HTML and as printed pages."""

    def __init__(self, html_path, work):
        self.sheet = read_sheet(html_path)
        self.pdf = work / f"{html_path.stem}.pdf"
        print_to_pdf(html_path, self.pdf, work / f"profile-{html_path.stem}")
        self.pages = page_texts(self.pdf)
        self.sizes = page_sizes(self.pdf)

    def pages_holding(self, text: str) -> list[int]:
        return [n for n, page in enumerate(self.pages, start=1) if text in page]


CASES = {
    "a4": [],
    "letter": ["--paper", "letter"],
    "with-article": ["--with-article"],
    "no-key": ["--no-key"],
    "versions": ["--versions", "2"],
}


@pytest.fixture(scope="module")
def print_case(tmp_path_factory):
    """Make the seed's worksheets with a case's options and print them, once per case."""
    done: dict[str, list[Printed]] = {}

    def run(case: str) -> list[Printed]:
        if case not in done:
            out = tmp_path_factory.mktemp(case)
            main(["make", str(SEED), "--out", str(out), "--format", "html", *CASES[case]])
            done[case] = [Printed(path, out) for path in sorted(out.glob("*.html"))]
        return done[case]

    return run


@pytest.fixture(params=list(CASES))
def printed(request, print_case) -> tuple[str, list[Printed]]:
    return request.param, print_case(request.param)


def test_paper_size(printed):
    case, sheets = printed
    width, height = PAPER_POINTS["letter" if case == "letter" else "a4"]
    for sheet in sheets:
        for w, h in sheet.sizes:
            assert abs(w - width) < 1.5 and abs(h - height) < 1.5, f"{case}: page is {w} × {h} pts"


def test_worksheet_runs_over_several_pages(printed):
    case, sheets = printed
    assert len(sheets) == (2 if case == "versions" else 1)
    for sheet in sheets:
        assert len(sheet.pages) > 1
        assert sheet.sheet.questions


def test_no_question_is_split_across_two_pages(printed):
    _, sheets = printed
    for sheet in sheets:
        for number, text in enumerate(question_texts(sheet.sheet), start=1):
            start = sheet.pages_holding(text[:40])
            assert sheet.pages_holding(text), f"question {number} is not whole on any page (it starts on {start})"


def test_answer_key_starts_on_its_own_page(printed):
    case, sheets = printed
    for sheet in sheets:
        heading = squash(sheet.sheet.key_heading)
        if case == "no-key":
            assert not sheet.sheet.key
            assert not any(squash(KEY_LABEL) in page for page in sheet.pages)
            continue
        assert heading.startswith(squash(KEY_LABEL))
        (key_page,) = sheet.pages_holding(heading)
        before = sheet.pages[key_page - 1].split(heading)[0]
        questions = question_texts(sheet.sheet)
        for number, text in enumerate(questions, start=1):
            prompt = text[len(f"{number}.") :][:30]
            assert prompt not in before, f"question {number} is on the key's page, before the key"
            assert max(sheet.pages_holding(text)) < key_page, f"question {number} is printed after the key starts"
        assert before == "", f"the key's page starts with {before[:80]!r}"


def test_no_answer_key_entry_is_split_across_two_pages(printed):
    _, sheets = printed
    for sheet in sheets:
        for number, text in enumerate(key_texts(sheet.sheet), start=1):
            assert sheet.pages_holding(text), f"answer key entry {number} is not whole on any page"


def test_article_text_is_printed_before_the_questions(print_case):
    (sheet,) = print_case("with-article")
    assert sheet.sheet.paragraphs
    first_question = question_texts(sheet.sheet)[0]
    page = sheet.pages_holding(first_question)[0]
    before = "".join(sheet.pages[: page - 1]) + sheet.pages[page - 1].split(first_question)[0]
    assert squash(" ".join(sheet.sheet.paragraphs)) in before
