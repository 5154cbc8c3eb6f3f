"""When two option texts name the same thing (« OTAN » / « l'OTAN » / « Otan »,
« Klitschko » / « Klistschko »), only one of them may be offered."""

from __future__ import annotations

import re
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


@lru_cache(maxsize=262144)
def same_thing(a: str, b: str) -> bool:
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return ka == kb
    if ka == kb:
        return True
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
    matcher = SequenceMatcher(None, ka, kb)
    # the quick upper bounds rule most pairs out before the exact ratio is computed
    return (
        matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold
    )
