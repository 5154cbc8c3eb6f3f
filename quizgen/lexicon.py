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

    def infinitives(self, form: str) -> tuple[str, ...]:
        """Infinitives a conjugated form may come from, by the table's endings (« intègre » → intégrer)."""
        return infinitives(self.code, form)


@cache
def infinitives(lang: str, form: str) -> tuple[str, ...]:
    """See :meth:`Lexicon.infinitives`; cached, as it is asked of every verb the lemmatizer missed."""
    conjugation = lexicon(lang).raw.get("conjugation", {})
    vowels = conjugation.get("infinitive_vowels", {})
    found = []
    for ending, replacement in conjugation.get("infinitive_endings", []):
        if form.endswith(ending) and len(form) > len(ending) + 1:
            stem = form[: -len(ending)]
            found.append(stem + replacement)
            for grave, acute in vowels.items():
                at = stem.rfind(grave)
                if at >= 0:
                    found.append(stem[:at] + acute + stem[at + 1 :] + replacement)
    return tuple(found)


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


@cache
def every_language(key: str) -> frozenset[str]:
    """The words a ``[words]`` list holds in every language table: for helpers that read any parse."""
    return frozenset(w for lang in available_languages() for w in lexicon(lang).words.get(key, ()))
