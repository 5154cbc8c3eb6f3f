"""Read an article file into an :class:`Article`: metadata, body, parse-ready text, slug."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path

from .errors import QuizgenError
from .models import Article

FRONT_KEYS = ("title", "date", "source", "lang", "language", "url", "publisher")
# « date 2022-01 » glued before the first sentence, as in exported news datasets
DATE_PREFIX = re.compile(r"\A\s*date\s*:?\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+")
# A wire story's dateline (« PARIS, 12 mars (Reuters) - », "DETROIT, Oct 22 - ", "MAPUTO – ", « Berne,
# 23.09.2014 - »): where and when, not the first words of the sentence; the parser does not see it
DATELINE = re.compile(
    r"\A(?:[A-ZÀ-Ý]{3,}(?:[ .'’-]+[A-ZÀ-Ý]+)*(?:,\s*[^\n–—()-]{1,25}?)?"  # PARIS, DETROIT, Oct 22
    r"|[A-ZÀ-Ý][a-zà-ÿ]+(?:[- ][A-ZÀ-Ý]?[a-zà-ÿ]+)*,\s*\d{1,2}[./]\d{1,2}[./]\d{2,4})"  # Berne, 23.09.2014
    r"\s*(?:\([^()\n]{1,30}\)\s*)?[–—-]\s+"
)
FRONT_LINE = re.compile(r"^(\w+)\s*:\s*(.*)$")
# Characters the parser reads better in their plain form; each maps to exactly one
# character so offsets in the parse text are offsets in the original text.
PARSE_MAP = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
TITLE_WORDS = 12
SNIFF = 8192  # bytes looked at to tell text from binary
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"PK\x03\x04", "a zip archive"),
    (b"PK\x05\x06", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"%PDF-", "a PDF document"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
# charset-normalizer's names of the encodings tried first, and how quizgen reports them
WESTERN = ("cp1252", "latin_1", "iso8859_15")
ENCODING_NAMES = {"cp1252": "windows-1252", "latin_1": "iso-8859-1", "iso8859_15": "iso-8859-15"}
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
C1_BYTES = re.compile(rb"[\x80-\x9f]")  # where Windows-1252 has letters and Latin-1 has none
# Removed from every text before anything is written: C0 and C1 controls but tab and newline
# (U+001F is the field separator of Anki's notes), bidi overrides and isolates, and invisible
# marks; a zero-width (non-)joiner is kept between two letters, where it belongs to the word.
STRAY = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\ufeff]"
    "|(?<!\\w)[\u200c\u200d]|[\u200c\u200d](?!\\w)"
)
MAX_SIZE = 10_000_000  # bytes read from an article file unless --max-size says more
SLUG_LENGTH = 80  # leaves room for a temporary name (« .<slug>.kahoot.csv.<run>.<random>.db.part ») in 255 bytes
URL = re.compile(r"^https?://[^/\s]+/\S+", re.IGNORECASE)


def clean_text(text: str) -> str:
    """``text`` in NFC, without control characters (tab and newline aside), bidi overrides or stray zero-width marks."""
    return STRAY.sub("", unicodedata.normalize("NFC", text))


def read_article(path: str | Path, *, max_size: int = MAX_SIZE) -> Article:
    """Read ``path`` (UTF-8 text, or a legacy Western encoding it detects) and return the article it holds."""
    path = Path(path)
    raw = read_bytes(path, max_size)
    text, encoding = decode(raw, path)
    if path.suffix.lower() in HTML_SUFFIXES:
        if is_worksheet(raw):
            raise QuizgenError(f"{path}: a worksheet quizgen wrote, not an article")
        text = html_to_article(text, path)
    return parse_article(text, slug=slugify(path.stem), path=str(path), encoding=encoding)


WORKSHEET_MARK = b'<meta name="generator" content="quizgen">'


def is_worksheet(head: bytes) -> bool:
    """Does this page start like a worksheet quizgen wrote (its ``generator`` meta tag)?"""
    return WORKSHEET_MARK in head[:1024]


def read_bytes(path: Path, max_size: int = MAX_SIZE) -> bytes:
    """The bytes of a regular file of at most ``max_size`` bytes; anything else is refused.

    A named pipe would block for ever and a device such as ``/dev/zero`` never ends: only
    regular files are opened, and no more than ``max_size`` bytes are read.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise QuizgenError(f"{path}: no such file") from None
    except OSError as exc:
        raise QuizgenError(f"{path}: cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise QuizgenError(f"{path}: is a folder, not an article file")
    if not stat.S_ISREG(info.st_mode):
        raise QuizgenError(f"{path}: not a regular file ({file_kind(info.st_mode)}); give the article as a text file")
    try:
        with open(path, "rb", opener=lambda p, flags: os.open(p, flags | getattr(os, "O_NONBLOCK", 0))) as f:
            raw = f.read(max_size + 1)
    except OSError as exc:
        raise QuizgenError(f"{path}: cannot be read ({exc.strerror})") from None
    if len(raw) > max_size:
        raise QuizgenError(f"{path}: larger than {megabytes(max_size)}; use --max-size to read it anyway")
    return raw


def file_kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "not a file"


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:g} MB"


HTML_SUFFIXES = (".html", ".htm")
MIN_PAGE_WORDS = 8


def html_to_article(html: str, path: Path) -> str:
    """A web page saved from a browser, as an article: its main text with a header block.

    trafilatura drops menus, footers and comments and finds the title, date and address.
    """
    try:
        import trafilatura  # imports lxml's HTML cleaner through justext
    except ImportError as exc:
        missing = exc.name or "trafilatura"
        package = "lxml_html_clean" if "html_clean" in missing or "html_clean" in str(exc) else missing
        raise QuizgenError(
            f"{path}: reading web pages needs the package '{package}', which is not installed; "
            f"install it with: pip install {package}"
        ) from None

    found = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    data = found if isinstance(found, dict) else (found.as_dict() if found is not None else {})
    body = (data.get("text") or "").strip()
    if len(body.split()) < MIN_PAGE_WORDS:  # a menu or a cookie banner is no article
        raise QuizgenError(f"{path}: no article text found in this web page")
    title = (data.get("title") or "").strip()
    lines = body.split("\n")
    if title and lines and lines[0].strip() == title:
        body = "\n".join(lines[1:]).strip()  # the heading repeats the title
    header = [
        f"{name}: {value}"
        for name, value in (
            ("title", title),
            ("date", data.get("date")),
            ("source", data.get("url") or data.get("hostname")),
            ("lang", data.get("language")),
        )
        if value
    ]
    # one paragraph per line of the page, as quizgen reads paragraphs
    return "\n".join(header + ["---", body.replace("\n", "\n\n")])


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    """Bytes to (text, encoding name).

    UTF-8 (with or without BOM) first; UTF-16 and UTF-32 when they start with their BOM;
    otherwise the encoding is detected, preferring the Windows and ISO Western encodings
    French and English articles are saved in. Binary files are refused.
    """
    for bom, name in BOMS:
        if raw.startswith(bom):
            try:
                return check_text(raw[len(bom) :].decode(name), path), name
            except UnicodeDecodeError:
                raise QuizgenError(
                    f"{path}: starts like {name.upper()} text but is not; save the article as UTF-8"
                ) from None
    kind = binary_kind(raw)
    if kind is not None:
        raise QuizgenError(f"{path}: not a text file ({kind}); give the article as UTF-8 text")
    try:
        return check_text(raw.decode("utf-8-sig"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    text, encoding = detect(raw)
    if text is None:
        raise QuizgenError(f"{path}: not UTF-8 text and its encoding could not be detected; save the article as UTF-8")
    return check_text(text, path), encoding


def binary_kind(raw: bytes) -> str | None:
    """What a binary file looks like (\"a zip archive\"), or None if it may be text."""
    for magic, kind in MAGIC:
        if raw.startswith(magic):
            return kind
    if b"\x00" in raw[:SNIFF]:
        return "binary content"
    return None


def detect(raw: bytes) -> tuple[str | None, str]:
    """Decode bytes that are not UTF-8 with the encoding charset-normalizer finds most likely.

    The Western single-byte encodings are tried first: left free, the detector sometimes
    prefers an exotic code page for French text (« LíAllemagne » in Mac Central European).
    """
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=list(WESTERN)).best() or from_bytes(raw).best()
    if best is None:
        return None, ""
    encoding = best.encoding
    if encoding in WESTERN and not C1_BYTES.search(raw):
        # no byte where Windows-1252 and Latin-1 differ: the file is plain Latin-1
        encoding = "latin_1" if "latin_1" in best.could_be_from_charset or encoding == "cp1252" else encoding
    return raw.decode(encoding), ENCODING_NAMES.get(encoding, encoding.replace("_", "-"))


def check_text(text: str, path: Path) -> str:
    """Refuse decoded text that is mostly control characters (a binary file without NUL bytes)."""
    sample = text[:SNIFF]
    if sample and len(CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise QuizgenError(f"{path}: not a text file (binary content); give the article as UTF-8 text")
    return text


def parse_article(raw: str, *, slug: str = "article", path: str | None = None, encoding: str = "utf-8") -> Article:
    """Split metadata from body and prepare the text for parsing."""
    text = clean_text(raw.replace("\r\n", "\n").replace("\r", "\n"))
    meta, body = split_front_matter(text)
    if meta.get("title") and body.lstrip().split("\n", 1)[0].strip().rstrip(".") == meta["title"].strip().rstrip("."):
        body = body.lstrip().split("\n", 1)[1] if "\n" in body.lstrip() else ""  # the headline, given twice
    match = DATE_PREFIX.match(body)
    if match and "date" not in meta:
        meta["date"] = match.group(1)
        body = body[match.end() :]
    body = body.strip()
    if not body:
        raise QuizgenError(f"{path or slug}: the article is empty")
    if not any(ch.isalpha() for ch in body):
        raise QuizgenError(f"{path or slug}: the article has no words")
    lang = (meta.get("lang") or meta.get("language") or "").strip().lower()[:2] or None
    title = meta.get("title") or default_title(body)
    source = meta.get("source") or meta.get("url") or None
    return Article(
        slug=slug,
        title=title,
        text=body,
        parse_text=without_dateline(body.translate(PARSE_MAP)),
        date=meta.get("date") or None,
        lang=lang,
        source=source,
        publisher=meta.get("publisher") or None,
        path=path,
        apostrophe="’" if body.count("’") > body.count("'") else "'",
        encoding=encoding,
        identity=identity(source, title, meta.get("date"), body),
    )


def without_dateline(text: str) -> str:
    """``text`` with its dateline blanked (same length: offsets stay the article's)."""
    match = DATELINE.match(text)
    return " " * match.end() + text[match.end() :] if match else text


def identity(source: str | None, title: str, date: str | None, text: str) -> str:
    """What the article is, not what its file is called: its web address, else its title and date, else its text."""
    if source and URL.match(source.strip()):
        key = "url|" + source.strip()
    elif title.strip() and date and date.strip():
        key = f"title|{' '.join(title.split())}|{date.strip()}"
    else:
        key = "text|" + " ".join(text.split())
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``key: value`` lines closed by a ``---`` line, or no metadata at all."""
    lines = text.lstrip("\n").split("\n")
    if lines and lines[0].strip() == "---":
        lines = lines[1:]
    meta: dict[str, str] = {}
    for i, line in enumerate(lines):
        if line.strip() == "---":
            return meta, "\n".join(lines[i + 1 :])
        found = FRONT_LINE.match(line.strip())
        if not found or found.group(1).lower() not in FRONT_KEYS:
            # a header ended by a blank line or by the text itself, not by « --- »: still a header
            return (meta, "\n".join(lines[i:])) if meta else ({}, text)
        meta[found.group(1).lower()] = found.group(2).strip()
    return {}, text


def default_title(body: str) -> str:
    """The first sentence, cut to a dozen words."""
    first = re.split(r"(?<=[.!?])\s", body.split("\n", 1)[0], maxsplit=1)[0].strip()
    words = first.split()
    if len(words) > TITLE_WORDS:
        return " ".join(words[:TITLE_WORDS]).rstrip(",;:") + "…"
    return first.rstrip(".")


def slugify(name: str) -> str:
    """A file-name-safe, ASCII slug: « Été » → ``ete``, « Нигер » → ``niger``, « 中文 » → ``zhong-wen``."""
    from slugify import slugify as transliterate

    return transliterate(name, max_length=SLUG_LENGTH, word_boundary=False) or "article"
