"""Read an article file into an :class:`Article`: metadata, body, parse-ready text, slug."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .errors import QuizgenError
from .models import Article

FRONT_KEYS = ("title", "date", "source", "lang", "language", "url")
# « date 2022-01 » glued before the first sentence, as in exported news datasets
DATE_PREFIX = re.compile(r"\A\s*date\s*:?\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+")
FRONT_LINE = re.compile(r"^(\w+)\s*:\s*(.*)$")
# Characters the parser reads better in their plain form; each maps to exactly one
# character so offsets in the parse text are offsets in the original text.
PARSE_MAP = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
TITLE_WORDS = 12


def read_article(path: str | Path) -> Article:
    """Read ``path`` (UTF-8 text) and return the article it holds."""
    path = Path(path)
    if not path.exists():
        raise QuizgenError(f"{path}: no such file")
    if path.is_dir():
        raise QuizgenError(f"{path}: is a folder, not an article file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise QuizgenError(f"{path}: cannot be read ({exc.strerror})") from None
    return parse_article(decode(raw, path), slug=slugify(path.stem), path=str(path))


def decode(raw: bytes, path: Path) -> str:
    """Bytes to text: UTF-8 (with or without BOM); anything with NUL bytes is not text."""
    if b"\x00" in raw[:4096]:
        raise QuizgenError(f"{path}: not a text file (binary content); give a UTF-8 article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise QuizgenError(f"{path}: not valid UTF-8 text; save the article as UTF-8") from None


def parse_article(raw: str, *, slug: str = "article", path: str | None = None) -> Article:
    """Split metadata from body and prepare the text for parsing."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_front_matter(text)
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
    return Article(
        slug=slug,
        title=meta.get("title") or default_title(body),
        text=body,
        parse_text=body.translate(PARSE_MAP),
        date=meta.get("date") or None,
        lang=lang,
        source=meta.get("source") or meta.get("url") or None,
        path=path,
        apostrophe="’" if body.count("’") > body.count("'") else "'",
    )


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
            break
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
    """A file-name-safe, ASCII slug."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-").lower()
    return slug or "article"
