"""Wrong options that are plausible and never also right.

Candidates come, in order, from (1) the same role in other facts of the article — the
learner must remember who did what, not guess which name fits the topic —, (2) other
names of the same kind in the article, (3) a built-in list for the language, and for
numbers (4) values near the answer written the way the article writes numbers.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..gazetteer import country_list, is_country
from ..lexicon import lexicon
from ..models import Fact, Mention
from ..numbers import format_like, near_values, parse_number, split_number
from .similarity import same_thing

SAME_ROLE = {
    "agent": ("agent", "speaker"),
    "speaker": ("speaker", "agent"),
    "recipient": ("recipient", "agent", "destination"),
    "destination": ("destination", "recipient"),
    "theme": ("theme",),
}
NAMED = {"country", "person", "org", "place", "name"}


def compatible(kind: str, other: Mention, role: str = "") -> bool:
    """Could ``other`` stand where an answer of ``kind`` stands, in the same form?"""
    if other.vague:
        return False
    if role == "destination" and kind in ("country", "place"):
        return other.kind in ("country", "place")  # « Où… ? »: any named place
    if kind in NAMED or other.kind in NAMED:
        return other.kind == kind
    return other.kind not in NAMED


def candidates(
    fact: Fact, role: str, answer: Mention, facts: Iterable[Fact], entities: Iterable[Mention], lang: str
) -> list[str]:
    """Distinct option texts for ``role`` of ``fact``, best first (the answer excluded)."""
    facts = list(facts)
    found: list[str] = []

    def add(text: str) -> None:
        text = text.strip()
        if text and not same_thing(text, answer.text) and not any(same_thing(text, f) for f in found):
            found.append(text)

    if role == "quantity":
        return number_options(answer, lang)
    same_kind = [f for f in facts if f.kind == fact.kind and f.id != fact.id]
    other_kinds = [f for f in facts if f.kind != fact.kind]
    for pool in (same_kind, other_kinds):
        for other in pool:
            for other_role in SAME_ROLE.get(role, (role,)):
                mention = other.role(other_role)
                if mention is not None and compatible(answer.kind, mention, role):
                    add(mention.text)
    if role != "theme":
        for mention in entities:
            if compatible(answer.kind, mention, role):
                add(mention.text)
        for text in builtin(answer.kind, lang):
            add(text)
    return [c for c in found if not also_right(fact, role, c, facts)]


def also_right(fact: Fact, role: str, text: str, facts: list[Fact]) -> bool:
    """True when another fact makes ``text`` a right answer to the same question."""
    for other in facts:
        if other.id == fact.id or other.kind != fact.kind:
            continue
        mention = other.role(role)
        if mention is None or not same_thing(mention.text, text):
            continue
        if shares_context(fact, other, role):
            return True
    return False


def shares_context(fact: Fact, other: Fact, role: str) -> bool:
    """The two facts agree on every role the question names besides ``role``."""
    for name in ("agent", "theme", "recipient", "destination", "quote"):
        if name == role:
            continue
        a, b = fact.role(name), other.role(name)
        if a is None:
            continue
        if b is not None and b.vague and not a.vague:
            return False  # « le président » does not answer « Qui est le président russe ? »
        if b is None or not same_thing(a.text, b.text) and not same_head(a.text, b.text):
            return False
    return True


def same_head(a: str, b: str) -> bool:
    wa, wb = a.lower().split(), b.lower().split()
    return bool(wa and wb) and wa[-1].rstrip("s") == wb[-1].rstrip("s") and len(wa) == len(wb) == 1


def builtin(kind: str, lang: str) -> list[str]:
    table = lexicon(lang).raw.get("distractors", {})
    if kind == "country":
        return country_list(lang)
    if kind == "org":
        return list(table.get("orgs", []))
    return []


def number_options(answer: Mention, lang: str) -> list[str]:
    value = parse_number(answer.text, lang)
    if value is None:
        return []
    number, _ = split_number(answer.text, lang)
    return [format_like(v, number, lang) for v in near_values(value)]


def named_entities(facts: Iterable[Fact]) -> list[Mention]:
    return [m for f in facts for m in (f.agent, f.recipient, f.destination, f.speaker) if m is not None]


__all__ = ["candidates", "also_right", "is_country", "named_entities"]
