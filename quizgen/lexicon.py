"""Language knowledge, loaded from the per-language tables in ``quizgen/lang/*.toml``."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LANG_DIR = Path(__file__).parent / "lang"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's table, as sets for fast membership tests."""

    code: str
    models: tuple[str, ...]
    verbs: dict[str, frozenset[str]]
    nouns: dict[str, frozenset[str]]
    words: dict[str, frozenset[str]]
    preps: dict[str, frozenset[str]]
    numbers: dict[str, int]
    raw: dict

    def verb_kinds(self, lemma: str) -> tuple[str, ...]:
        """The verb classes (transfer, deployment, request, say…) a lemma belongs to."""
        lemma = lemma.lower()
        return tuple(kind for kind, lemmas in self.verbs.items() if lemma in lemmas)


def available_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.toml")))


@cache
def lexicon(lang: str) -> Lexicon:
    """The table for ``lang`` (``fr``, ``en``…)."""
    path = LANG_DIR / f"{lang}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))

    def sets(section: str) -> dict[str, frozenset[str]]:
        return {k: frozenset(w.lower() for w in v) for k, v in data.get(section, {}).items() if isinstance(v, list)}

    return Lexicon(
        code=data["code"],
        models=tuple(data["models"]),
        verbs=sets("verbs"),
        nouns=sets("nouns"),
        words=sets("words"),
        preps=sets("preps"),
        numbers={k.lower(): int(v) for k, v in data.get("words", {}).get("numbers", {}).items()},
        raw=data,
    )
