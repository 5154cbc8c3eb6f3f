"""Country names per language (from Babel's CLDR data) with the grammar French needs.

French picks the article and the preposition of a country from its gender and number:
« en Estonie », « au Danemark », « aux États-Unis », « à Chypre ». The rule (feminine or
vowel-initial → en; masculine → au; plural → aux; no article → à) has exceptions, kept in
the ``[countries]`` section of the language table.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from .lexicon import lexicon


def fold(text: str) -> str:
    """Lower case without accents or apostrophe variants, for lookups."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


# CLDR's territories that are no country: the EU, the eurozone, the UN, "unknown region", pseudo-locales
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"})


@cache
def countries(lang: str) -> dict[str, str]:
    """Folded country name → name as CLDR writes it, for ``lang``."""
    from babel import Locale

    names = {
        code: name
        for code, name in Locale(lang).territories.items()
        if code.isalpha() and len(code) == 2 and code not in NOT_COUNTRIES
    }
    table = lexicon(lang).raw.get("countries", {})
    extra = {fold(n): n for n in table.get("aliases", {}).values()}
    found = {fold(name): name for name in names.values()}
    for alias, name in table.get("aliases", {}).items():
        found[fold(alias)] = name
    return found | extra


def is_country(name: str, lang: str) -> bool:
    return fold(name) in countries(lang)


def country_list(lang: str) -> list[str]:
    """Countries often in the news first (the table's list), for distractors."""
    return list(lexicon(lang).raw.get("countries", {}).get("common", []))


@cache
def folded_table(lang: str, name: str) -> frozenset[str]:
    """The country names of one list of the language's table, folded (read once)."""
    return frozenset(fold(n) for n in lexicon(lang).raw.get("countries", {}).get(name, []))


def country_gender(name: str, lang: str) -> tuple[str | None, str]:
    """(gender, number) of a country name: table exceptions first, then the French rule."""
    key = fold(name)
    for gender_number in ("masc_plur", "fem_plur", "masc", "fem", "bare"):
        if key in folded_table(lang, gender_number):
            if gender_number == "bare":
                return None, "sing"
            gender, _, number = gender_number.partition("_")
            return ("m" if gender == "masc" else "f"), ("plur" if number else "sing")
    if lang != "fr":
        return None, "plur" if key in folded_table(lang, "plural") else "sing"
    return ("f" if key.endswith("e") else "m"), "sing"
