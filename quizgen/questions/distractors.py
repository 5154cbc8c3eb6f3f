"""Wrong options that are plausible and never also right.

Candidates come, in order, from (1) the same role in other facts of the article — the
learner must remember who did what, not guess which name fits the topic —, (2) other
names of the same kind in the article, (3) a built-in list for the language, and for
numbers (4) values near the answer written the way the article writes numbers.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import country_list, fold, is_country
from ..lexicon import lexicon
from ..models import ROLES, Fact, Mention
from ..numbers import format_like, parse_number, round_like, split_number
from .similarity import NameIndex, same_thing

SAME_ROLE = {
    "agent": ("agent", "speaker"),
    "speaker": ("speaker", "agent"),
    "recipient": ("recipient", "agent", "destination"),
    "destination": ("destination", "recipient"),
    "theme": ("theme",),
}
NAMED = {"country", "person", "org", "place", "name"}
CONTEXT_ROLES = ("agent", "theme", "recipient", "destination", "quote")
# a tag or a piece of one left in the article's text (« <b »): never an option
MARKUP = re.compile(r"<\s*[/!?]?[A-Za-z!]")


def compatible(kind: str, other: Mention, role: str = "") -> bool:
    """Could ``other`` stand where an answer of ``kind`` stands, in the same form?"""
    if other.vague:
        return False
    # « Où… ? »: a country against countries, a city or a region against places (never the country
    # around the city, nor a city inside the country: both would be right)
    if kind in NAMED or other.kind in NAMED:
        return other.kind == kind
    return other.kind not in NAMED


@dataclass(frozen=True, slots=True)
class FactIndex:
    """An article's facts indexed once by kind and role, then by the text filling the role.

    Questions look up who else fills a role (wrong options, other right answers) among the
    distinct texts of that kind and role, not among every fact: an article of many facts that
    name the same few countries costs about linearly, not quadratically.
    """

    facts: tuple[Fact, ...]
    order: dict[str, int]  # fact id → its place in the article
    # (kind, role) → text → [(fact's place, fact, mention)], in the article's order
    by_text: dict[tuple[str, str], dict[str, list[tuple[int, Fact, Mention]]]]
    names: dict[tuple[str, str], NameIndex]  # (kind, role) → its texts, to find those that name the same thing

    @classmethod
    def of(cls, facts: Iterable[Fact]) -> FactIndex:
        facts = tuple(facts)
        by_text: dict[tuple[str, str], dict[str, list[tuple[int, Fact, Mention]]]] = {}
        for at, fact in enumerate(facts):
            for role in ROLES:
                mention = fact.role(role)
                if mention is not None:
                    by_text.setdefault((fact.kind, role), {}).setdefault(mention.text, []).append((at, fact, mention))
        names: dict[tuple[str, str], NameIndex] = {}
        for slot, texts in by_text.items():
            names[slot] = NameIndex()
            for text in texts:
                names[slot].add(text)
        return cls(facts, {f.id: at for at, f in enumerate(facts)}, by_text, names)

    def near(self, kind: str, role: str, text: str) -> list[str]:
        """Texts of this kind and role that may be the same thing as ``text`` (see :class:`NameIndex`)."""
        names = self.names.get((kind, role))
        return names.near(text) if names is not None else []

    def texts(self, kind: str, role: str) -> dict[str, list[tuple[int, Fact, Mention]]]:
        return self.by_text.get((kind, role), {})

    def kinds(self) -> list[str]:
        return list(dict.fromkeys(kind for kind, _ in self.by_text))


DATELINE_CAPS = 7  # letters: an acronym is shorter than a town a dateline writes in capitals


def candidates(
    fact: Fact,
    role: str,
    answer: Mention,
    facts: Iterable[Fact],
    entities: Iterable[Mention],
    lang: str,
    *,
    number_rank: int = 1,
    article_numbers: frozenset[float] = frozenset(),
    index: FactIndex | None = None,
    text: str = "",
) -> Iterator[str]:
    """Distinct option texts for ``role`` of ``fact``, best first (the answer excluded), as they are needed.

    For a number, ``number_rank`` is the place the answer should take among the options sorted
    by value, and no wrong value is one the article gives (``article_numbers``)."""
    if role == "quantity":
        salt = int(hashlib.sha1(fact.id.encode()).hexdigest(), 16)
        yield from number_options(answer, lang, rank=number_rank, taken=article_numbers, salt=salt)
        return
    index = index or FactIndex.of(facts)
    article_text = text
    found: list[str] = []
    titles = lexicon(lang).nouns.get("titles", frozenset())

    from .quality import folded_demonyms  # quality reads this module's candidates

    demonyms = folded_demonyms(lang)
    lex = lexicon(lang)
    # words inside a body's name: "Agency for | International Development" is a name the parser cut
    links = lex.preps.get("name_tail", frozenset()) | lex.preps.get("owner", frozenset())
    links |= {fold(w) for w in lex.words.get("coordinators", ())}
    agencies = {fold(a) for a in lexicon(lang).words.get("news_agencies", ())}

    names = {" ".join(m.text.split()) for m in entities} | {
        " ".join(m.text.split()) for f in facts for m in (f.agent, f.recipient, f.speaker) if m is not None
    }

    def add(text: str) -> bool:
        text = " ".join(text.split())
        if fragment(text, names) or always_continued(text, article_text) or always_a_tail(text, article_text):
            return False  # "International Development", « Lucas », "Paya Lebar" (Air Base): a piece of a longer name
        if answer.kind in ("org", "person") and text in written_as_place(article_text, lang):
            return False  # « à Bouar », "in Lusaka": a town the tagger took for a body or a person
        if text and answer.kind == "org" and text.split()[0].lower() in titles:
            return False  # « Ministre de l'Europe »: a person's title cut from its name is no organisation
        if fold(text) in demonyms and not same_thing(text, answer.text):
            return False  # "Egyptian", « Somalien »: a nationality is no body, country or person to offer
        if fold(text) in agencies or text.isupper() and len(text.replace(" ", "")) > DATELINE_CAPS:
            return False  # "Reuters", « AFP »: who reports, not who acts; « PORTOVIEJO », a dateline's town
        if (
            text
            and not MARKUP.search(text)
            and not same_thing(text, answer.text)
            and not any(same_thing(text, f) for f in found)
        ):
            found.append(text)
            return not also_right(fact, role, text, index)
        return False

    roles = SAME_ROLE.get(role, (role,))
    # a place the tagger could not type (« Tuguegarao »): against other places things were sent to,
    # never against the names of the article's people
    unknown_place = role == "destination" and answer.kind == "name"
    if unknown_place:
        roles = ("destination",)
    for same in (True, False):
        # every mention of these roles in the facts of this pool, first by the place of the fact,
        # then by the order of the roles: the order a walk over all the facts would meet them in
        firsts: dict[tuple[str, str, bool], tuple[int, int, Mention]] = {}
        for kind in index.kinds():
            if (kind == fact.kind) != same or role == "theme" and kind == "role":
                continue  # « ministre française des Armées » is a person's title, not a thing given
            for r, other_role in enumerate(roles):
                for text, uses in index.texts(kind, other_role).items():
                    for at, other, mention in uses:
                        if other.id == fact.id or not compatible(answer.kind, mention, role):
                            continue
                        if cut_in_sentence(other, mention, links):
                            continue  # "International Development" of "U.S. Agency for International Development"
                        place = (at, r, mention)
                        seen = firsts.get((text, mention.kind, mention.vague))
                        if seen is None or place[:2] < seen[:2]:
                            firsts[(text, mention.kind, mention.vague)] = place
                        break
        for _, _, mention in sorted(firsts.values(), key=lambda place: place[:2]):
            if add(mention.text):
                yield found[-1]
    if role != "theme":
        # a name the article sends forces to is a place, whatever the tagger called it (« Bouar », an ORG)
        destinations = {" ".join(t.split()) for kind in index.kinds() for t in index.texts(kind, "destination")}
        for mention in entities:
            # a sea, a city, a region: the article's other place names are of any level (« Kremlin »
            # against « mer Baltique »); only places the article sends something to are offered
            if answer.kind in ("place", "area") or unknown_place:
                break
            if " ".join(mention.text.split()) in destinations and answer.kind != "country":
                continue
            if compatible(answer.kind, mention, role) and add(mention.text):
                yield found[-1]
        for text in builtin(answer.kind, lang) if not national_body(answer.text, lang) else ():
            # « ministère de l'Intérieur » against « OTAN », « ONU »: no teacher offers those
            if add(text):
                yield found[-1]


def cut_in_sentence(fact: Fact, mention: Mention, links: frozenset[str]) -> bool:
    """The mention is the tail of a longer capitalised name in its sentence (« … Agency for | International
    Development »): the parser cut the name; the piece is no option."""
    before = fact.sentence[: max(mention.start - fact.start, 0)].split()[-2:]
    return len(before) == 2 and before[1].lower() in links and before[0][:1].isupper() and mention.text[:1].isupper()


def always_continued(name: str, text: str) -> bool:
    """Every time the article writes ``name``, a capitalised word follows it ("Paya Lebar | Air Base"): the
    tagger cut a longer name, and the piece names nothing."""
    if not text or not name:
        return False
    found = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    return bool(found) and all(re.match(r" [A-Z][a-z]", text[end : end + 3]) for end in found)


def always_a_tail(name: str, text: str) -> bool:
    """Every time the article writes ``name``, a linking word of a longer name comes before it (« armée
    de l'| Air et de l'Espace », "Agency for | Development"): the piece names nothing by itself."""
    if not text or not name:
        return False
    found = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    return bool(found) and all(TAIL_LINK.search(text[max(at - 12, 0) : at]) for at in found)


# « de l'Espace », « du Nord », "of the Interior", "for Development": words that join a name's parts
TAIL_LINK = re.compile(r"[a-zà-ÿ]+ (?:de la |de l['’]|de |d['’]|du |des |of the |of |for )$")


@lru_cache(maxsize=64)
def written_as_place(text: str, lang: str) -> frozenset[str]:
    """One-word names the article writes after a preposition of place (« à Bouar », « à Marathon et
    Varnavas », "in Lusaka"): towns, whatever the tagger made of them elsewhere."""
    preps = lexicon(lang).words.get("place_prepositions", ())
    if not text or not preps:
        return frozenset()
    name = r"([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*)"
    joined = r"(?:\s*,\s*|\s+(?:et|and)\s+)"
    pattern = (
        rf"(?<![\w-])(?:{'|'.join(map(re.escape, preps))})\s+{name}((?:{joined}{name})*)(?![\w-]|['’](?!s\b)| [A-ZÀ-Ý])"
    )
    found = set()
    for match in re.finditer(pattern, text):
        found.add(match.group(1))
        found.update(re.findall(name, match.group(2) or ""))
    return frozenset(found)


def fragment(text: str, names: set[str]) -> bool:
    """One or two words that begin or end a longer name of the article ("International Development" of
    "U.S. Agency for International Development", « Lucas » of « Lucas Perrin »): a cut name, no option."""
    if not text or len(text.split()) > 2:
        return False
    return any(n != text and (n.endswith(" " + text) or n.startswith(text + " ")) for n in names)


def also_right(fact: Fact, role: str, text: str, facts: Iterable[Fact] | FactIndex) -> bool:
    """True when another fact makes ``text`` a right answer to the same question."""
    index = facts if isinstance(facts, FactIndex) else FactIndex.of(facts)
    texts = index.texts(fact.kind, role)
    for other_text in index.near(fact.kind, role, text):
        if not same_thing(other_text, text):
            continue
        uses = texts[other_text]
        if any(other.id != fact.id and shares_context(fact, other, role) for _, other, _ in uses):
            return True
    return False


def context_peers(fact: Fact, role: str, index: FactIndex) -> Iterator[Fact]:
    """Facts of the same kind that may share ``fact``'s context for ``role`` (see :func:`shares_context`).

    Through one role the question names besides ``role``: only facts that fill it with the same
    thing can agree on it; every fact of the kind when the question names no other role.
    """
    for name in CONTEXT_ROLES:
        a = fact.role(name) if name != role else None
        if a is None:
            continue
        texts = index.texts(fact.kind, name)
        for text in index.near(fact.kind, name, a.text):  # same_head too: one word alike, so alike pairs
            if same_thing(a.text, text) or same_head(a.text, text):
                for _, other, _ in texts[text]:
                    yield other
        return
    for uses in index.texts(fact.kind, role).values():
        for _, other, _ in uses:
            yield other


def shares_context(fact: Fact, other: Fact, role: str) -> bool:
    """The two facts agree on every role the question names besides ``role``."""
    for name in CONTEXT_ROLES:
        if name == role:
            continue
        a, b = fact.role(name), other.role(name)
        if a is None:
            continue
        if b is not None and b.vague and not a.vague:
            return False  # « le président » does not answer « Qui est le président russe ? »
        if b is None or not same_thing(a.text, b.text) and not same_head(a.text, b.text):
            if name == "theme" and generic_gift(a.text) and generic_gift(b.text):
                continue  # "humanitarian funding" and "humanitarian assistance" answer the same question
            return False
    return True


def generic_gift(text: str) -> bool:
    """Aid named by its kind and no amount (« une aide humanitaire », "emergency funding"): gifts told so
    cannot be told apart by the learner."""
    if any(c.isdigit() for c in text):
        return False
    words = [w.rstrip("s") for w in re.findall(r"[\w-]+", text.lower())]
    generic = {w.rstrip("s") for w in gift_words()}
    return bool(words) and (words[0] in generic or words[-1] in generic)


@lru_cache(maxsize=1)
def gift_words() -> frozenset[str]:
    from ..lexicon import available_languages

    found: set[str] = set()
    for lang in available_languages():
        lex = lexicon(lang)
        found |= set(lex.nouns.get("gifts", ())) | set(lex.raw.get("question_rules", {}).get("vague_things", ()))
    return frozenset(found)


def same_head(a: str, b: str) -> bool:
    wa, wb = a.lower().split(), b.lower().split()
    return bool(wa and wb) and wa[-1].rstrip("s") == wb[-1].rstrip("s") and len(wa) == len(wb) == 1


def national_body(name: str, lang: str) -> bool:
    """A state's own body (« ministère de l'Intérieur », "Department of Defense", « Unité d'instruction… »),
    which the well-known international organisations are no plausible rivals of."""
    words = fold(name).split()
    heads = {fold(w) for w in lexicon(lang).words.get("national_bodies", ())}
    return bool(words) and words[0] in heads


def builtin(kind: str, lang: str) -> list[str]:
    table = lexicon(lang).raw.get("distractors", {})
    if kind == "country":
        return country_list(lang)
    if kind == "org":
        return list(table.get("orgs", []))
    return []


# wrong values below and above the answer, nearest the answer's order of magnitude first
# (few whole multiples: with 33, 66 and 99 the answer is the one the others are multiples of)
BELOW = (0.6, 0.4, 0.75, 0.3, 0.5, 0.2, 0.15, 0.1)
ABOVE = (1.5, 2.5, 1.8, 3.5, 2, 4, 6, 10)


def number_options(
    answer: Mention, lang: str, *, rank: int = 1, taken: frozenset[float] = frozenset(), salt: int = 0
) -> list[str]:
    """Three wrong values written as the article writes the answer, rounded as it rounds, so that
    the answer is the ``rank``-th smallest option (0 to 3; fewer below when there is no room)."""
    value = parse_number(answer.text, lang)
    if value is None or value <= 0:
        return []
    number, _ = split_number(answer.text, lang)
    spelt = not number.lstrip("$€£ ")[:1].isdigit()

    def values(factors: tuple[float, ...]) -> list[float]:
        found: list[float] = []
        for factor in factors:
            other = round_like(value * factor, value)
            if value == int(value):
                other = float(int(other))
                if value % 5 == 0 and value % 10 and value > 10:
                    other = float(max(5, round(value * factor / 5) * 5))  # 25 → 15, 40, not 19
            if other <= 0 or other in found or other in taken or abs(other - value) / value < 0.2:
                continue
            if any(abs(other - f) / max(other, f) < 0.15 for f in found):
                continue  # 50 and 55 side by side: two wrong values a learner rules out together
            if spelt and not format_like(other, number, lang)[:1].isalpha():
                continue  # « six » among « 12 » and « 3 »: the answer would stand out by its form
            found.append(other)
        return found

    # the factors in an order the salt turns, so the answer is not always the one the others are multiples of
    below, above = values(BELOW[salt % 3 :] + BELOW[: salt % 3]), values(ABOVE[salt % 4 :] + ABOVE[: salt % 4])
    n_below = min(rank, len(below), 3)
    n_below = max(n_below, 3 - len(above))
    if n_below > len(below) or 3 - n_below > len(above):
        return []
    picked = below[:n_below] + above[: 3 - n_below]
    return [format_like(v, number, lang) for v in picked]


def named_entities(facts: Iterable[Fact]) -> list[Mention]:
    return [m for f in facts for m in (f.agent, f.recipient, f.destination, f.speaker) if m is not None]


__all__ = ["candidates", "also_right", "is_country", "named_entities"]
