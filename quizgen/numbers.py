"""Numbers as news articles write them: « 5 000 », « 2,7 milliards », "5,000", "2.7 billion", « six ».

Parsing gives a value; formatting writes another value the way the article wrote its
own, so that a distractor never gives itself away by its form.
"""

from __future__ import annotations

import re

from .lexicon import lexicon

SEPARATORS = " \u00a0\u202f\u2009"
CURRENCY_SIGN = r"(?:[A-Z]{1,3})?[$€£¥]"  # "$", "€", "NZ$", "US$"
SIGN = rf"(?:{CURRENCY_SIGN}\s?)?"
NUMBER = re.compile(rf"^{SIGN}\d{{1,3}}(?:[ \u00a0\u202f\u2009,.]\d{{3}})+(?:[.,]\d+)?|^{SIGN}\d+(?:[.,]\d+)?")


def split_number(text: str, lang: str) -> tuple[str, str]:
    """(the number as written, what follows it): « 200 000 livres » → (« 200 000 », « livres »)."""
    text = text.strip()
    match = NUMBER.match(text)
    if match:
        return match.group(0), text[match.end() :].strip()
    words = lexicon(lang).numbers
    coordinators = lexicon(lang).words.get("coordinators", frozenset())  # « vingt et un »
    parts = text.split()
    taken = []
    for word in parts:
        if word.lower().strip(",") in words or word.lower() in coordinators and taken:
            taken.append(word)
        else:
            break
    while taken and taken[-1].lower() in coordinators:
        taken.pop()
    if taken:
        return " ".join(taken), " ".join(parts[len(taken) :])
    return "", text


def parse_number(text: str, lang: str) -> float | None:
    """The value of a number written in digits or words, or None."""
    number, _ = split_number(text, lang)
    if not number:
        return None
    digits = number.lstrip("$€£ ")
    if digits and digits[0].isdigit():
        grouped = re.sub(rf"(?<=\d)[{SEPARATORS}](?=\d{{3}})", "", digits)
        # French writes decimals with a comma, English groups thousands with one
        grouped = grouped.replace(".", "").replace(",", ".") if lang == "fr" else grouped.replace(",", "")
        try:
            return float(grouped)
        except ValueError:
            return None
    words = lexicon(lang).numbers
    total, current = 0, 0
    for word in number.lower().replace("-", " ").split():
        value = words.get(word.strip(","))
        if value is None:
            continue
        if value >= 1000:
            total += max(current, 1) * value
            current = 0
        elif value == 100:
            current = max(current, 1) * 100
        else:
            current += value
    return float(total + current) or None


def format_like(value: float, example: str, lang: str) -> str:
    """``value`` written as ``example`` writes its number (grouping, decimals, words)."""
    number, _ = split_number(example, lang)
    prefix = re.match(r"^[$€£]\s?", number)
    body = number[prefix.end() :] if prefix else number
    if body and not body[0].isdigit():
        word = number_word(int(value), lang)
        if word:
            return word[0].upper() + word[1:] if body[0].isupper() else word
    sep = next((c for c in body if c in SEPARATORS + ("," if lang == "en" else ".")), None)
    decimal = "," if lang == "fr" else "."
    has_decimals = bool(re.search(rf"\{decimal}\d+$", body)) if sep != decimal else False
    if has_decimals or value != int(value):
        places = len(body.rsplit(decimal, 1)[1]) if decimal in body else 1
        text = f"{value:.{places}f}".replace(".", decimal)
    else:
        text = str(int(value))
        if sep and len(text) > 3:
            text = f"{int(value):,}".replace(",", sep)
        elif lang == "en" and len(text) > 4:
            text = f"{int(value):,}"
    return (prefix.group(0) if prefix else "") + text


def number_word(value: int, lang: str) -> str | None:
    words = {v: w for w, v in lexicon(lang).numbers.items() if v < 100 and w not in ("une", "a", "an")}
    return words.get(value)


def near_values(value: float, count: int = 6) -> list[float]:
    """Plausible wrong values of the same magnitude, never one digit away from the answer."""
    if value <= 0:
        return []
    factors = (2, 0.5, 3, 0.25, 4, 1.5, 10, 0.1)
    found: list[float] = []
    for factor in factors:
        other = round_like(value * factor, value)
        if other > 0 and other != value and other not in found and abs(other - value) / value >= 0.2:
            found.append(other)
        if len(found) == count:
            break
    return found


def round_like(value: float, reference: float) -> float:
    """Round ``value`` to as many significant digits as ``reference`` shows."""
    if reference == int(reference):
        ref = str(int(reference)).rstrip("0") or "0"
        digits = max(1, len(ref))
        magnitude = len(str(int(value))) - digits
        return float(round(value, -magnitude)) if magnitude > 0 else float(round(value))
    return round(value, 1)


def names_money(text: str, lang: str) -> bool:
    """Whether ``text`` writes money: a currency sign, or a currency the language table names
    (« 3 millions d'euros », "NZ$1.5 million", "CHF 12 million" with « franc » in the table)."""
    table = lexicon(lang).raw.get("question_rules", {}).get("currencies", {})
    if any(len(c) == 1 and c in text for c in table):
        return True
    words = [c for c in table if len(c) > 1]
    return bool(words) and re.search(rf"\b(?:{'|'.join(map(re.escape, words))})s?\b", text, re.IGNORECASE) is not None
