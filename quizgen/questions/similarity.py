"""When two option texts name the same thing (« OTAN » / « l'OTAN » / « Otan »,
« Klitschko » / « Klistschko »), only one of them may be offered."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from ..gazetteer import fold
from ..lexicon import available_languages, every_language, lexicon

# « l'OTAN », "the NATO", « des frégates »: an option's leading article, from every language table
ARTICLES = re.compile(
    "^(?:"
    + "|".join(re.escape(a) if a.endswith("'") else re.escape(a) + " " for a in sorted(every_language("articles")))
    + ")",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """The comparable core of an option: folded, without article, punctuation or digit grouping; a
    country by its one name (« UK », "Britain" and "United Kingdom" are one option)."""
    text = ARTICLES.sub("", fold(text))
    text = country_aliases().get(text.strip(), text)
    text = re.sub(r"(?<=\d)[\s,.](?=\d{3}\b)", "", text)
    return re.sub(r"[^\w]+", " ", text).strip()


@lru_cache(maxsize=1)
def country_aliases() -> dict[str, str]:
    """Folded alias → folded country name, from every language table's ``[countries] aliases``."""
    found: dict[str, str] = {}
    for lang in available_languages():
        for alias, name in lexicon(lang).raw.get("countries", {}).get("aliases", {}).items():
            found[fold(alias)] = fold(name)
    return found


LINKING = frozenset({"de", "des", "du", "d", "la", "le", "les", "l", "of", "the", "for", "pour", "et", "and", "à", "a"})


def spelled_by(acronym: str, name: str) -> bool:
    """ "PAM" for « Programme alimentaire mondial », « UE » for « Union européenne »: the letters of
    an acronym are the initials of the name's words (its linking words left out, or not)."""
    if not (2 <= len(acronym) <= 7 and acronym.isupper() and acronym.isalpha()) or len(name.split()) < 2:
        return False
    words = re.findall(r"[^\W\d_]+", name)
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in LINKING).upper()
    return acronym in (every, content)


@lru_cache(maxsize=262144)
def same_thing(a: str, b: str) -> bool:
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return ka == kb
    if ka == kb:
        return True
    if spelled_by(a.strip(), b) or spelled_by(b.strip(), a):
        return True  # « PAM » and « Programme alimentaire mondial »: one body, never two options
    wa, wb = ka.split(), kb.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
        return True  # « Klitschko » within « Vitali Klitschko »
    if ka.isdigit() or kb.isdigit():
        return False
    if (len(wa) == 1) != (len(wb) == 1):  # « Klistschko » and « Vitali Klitschko »: the same family name
        single, full = (wa[0], wb[-1]) if len(wa) == 1 else (wb[0], wa[-1])
        if len(single) > 3 and SequenceMatcher(None, single, full).ratio() >= 0.8:
            return True
    threshold = 0.8 if len(wa) == len(wb) == 1 else 0.85
    # difflib's upper bounds (real_quick_ratio: the lengths; quick_ratio: the letters in common),
    # computed here without building a matcher, rule most pairs out before the exact ratio
    total = len(ka) + len(kb)
    if 2 * min(len(ka), len(kb)) < threshold * total:
        return False
    if 2 * sum((letters(ka) & letters(kb)).values()) < threshold * total:
        return False
    return SequenceMatcher(None, ka, kb).ratio() >= threshold


@lru_cache(maxsize=65536)
def letters(k: str) -> Counter[str]:
    return Counter(k)


SHORT = 3  # keys this long or shorter may be « the same thing » as a text they share no letter pair with


class NameIndex:
    """Texts indexed by the letter pairs of their key: the texts :func:`same_thing` may hold for, without trying all.

    Two texts that are the same thing share a pair of letters in their keys, unless one of the
    keys has at most :data:`SHORT` characters (then with so few letters in all, 80 % of them can
    match without two in a row): those are always tried. A number is only ever the same thing as
    a text holding it as a word: numbers are indexed by their words, not by letter pairs (a long
    article's hundreds of figures share every pair of digits). So :meth:`near` misses none.
    """

    def __init__(self) -> None:
        self.grams: dict[str, list[str]] = {}
        self.short: list[str] = []
        self.numbers: dict[str, list[str]] = {}  # a number's key → the texts that are that number
        self.words: dict[str, list[str]] = {}  # a word → the texts whose key has it
        self.texts: dict[str, None] = {}  # every text, in the order added

    def add(self, text: str) -> None:
        if text in self.texts:
            return
        self.texts[text] = None
        k = key(text)
        for word in set(k.split()):
            self.words.setdefault(word, []).append(text)
        if k.isdigit():
            self.numbers.setdefault(k, []).append(text)
        elif len(k) <= SHORT:
            self.short.append(text)
        else:
            for gram in grams(k):
                self.grams.setdefault(gram, []).append(text)

    def near(self, text: str) -> list[str]:
        """The texts that may be the same thing as ``text`` (a superset, in no particular order)."""
        k = key(text)
        if k.isdigit():
            return list(self.words.get(k, ()))
        if len(k) <= SHORT:
            return list(self.texts)
        found = dict.fromkeys(self.short)
        for gram in grams(k):
            found.update(dict.fromkeys(self.grams.get(gram, ())))
        for word in k.split():
            found.update(dict.fromkeys(self.numbers.get(word, ())))
        return list(found)

    def same(self, text: str) -> list[str]:
        """The texts that are the same thing as ``text``."""
        return [t for t in self.near(text) if same_thing(t, text)]


def grams(k: str) -> set[str]:
    return {k[i : i + 2] for i in range(len(k) - 1)}
