"""The checks every question must pass before a learner sees it.

Used as a last safety net when questions are built (a question that fails is dropped,
not shown) and by the tests over every article at hand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..gazetteer import fold, is_country
from ..lexicon import available_languages, lexicon
from ..models import Question
from ..numbers import parse_number
from .quality import bare_noun, near_same, rules
from .similarity import key, same_thing

# an elided word (« l' », « qu' », « jusqu' ») with nothing after it: the words that elide are in the tables
ELIDED = sorted({w[:-1] for lang in available_languages() for w in lexicon(lang).raw.get("apostrophe_words", [])})
DANGLING = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, ELIDED)) + r")['’](?:\s|$)", re.IGNORECASE)
INTERNAL = re.compile(r"\b(?:None|null|nan|NaN)\b|\{\{|\}\}|\bdate \d{4}")


def problems(q: Question, lang: str) -> list[str]:
    """What is wrong with ``q`` (empty when nothing is)."""
    found = []
    texts = [q.prompt, q.answer, *q.options]
    if not q.prompt.strip() or not q.answer.strip():
        found.append("empty")
    if any(DANGLING.search(t) for t in texts):
        found.append("dangling elision")
    if any("  " in t for t in texts):
        found.append("double space")
    if any(INTERNAL.search(t) for t in texts):
        found.append("internal value")
    if q.answer not in q.sentence and not set(key(q.answer).split()) <= set(key(q.sentence).split()):
        found.append("answer not in its sentence")
    if q.type == "mcq":
        if any(not o.strip() for o in q.options) or len(set(q.options)) != len(q.options):
            found.append("empty or duplicate option")
        if q.options.count(q.answer) != 1 or q.answer_index is None or q.options[q.answer_index] != q.answer:
            found.append("answer not once among the options")
        if any(same_thing(a, b) for i, a in enumerate(q.options) for b in q.options[i + 1 :]):
            found.append("two options name the same thing")
        if key(q.answer) and re.search(rf"\b{re.escape(key(q.answer))}\b", key(q.prompt)):
            found.append("prompt gives the answer away")
        if not q.prompt.endswith("?"):
            found.append("no question mark")
        if lang == "fr" and not re.search(r"\s\?$", q.prompt):
            found.append("no space before « ? »")
        if pronoun_in(q.prompt, lang):
            found.append("pronoun in the question")
        if wrong_kind_asked(q, lang):
            found.append("the kind asked is not the answer's")
        if mixed_options(q, lang):
            found.append("options of different types")
        if bare_in(q.prompt, lang):
            found.append("noun without its determiner")
    elif q.type == "cloze":
        before, middle, after = q.cloze_parts or ("", "", "")
        shown = (before + middle + after).removeprefix("… ").removesuffix(" …")
        # a list item shown after the clause that announces it: « … Haïti : … 580 personnels … »
        if not in_order(shown.split(" … "), q.sentence) or middle != q.answer:
            found.append("cloze does not show a part of its sentence")
    return found


STAND_IN_WORDS = 6  # words a blank's opening may put in place of a pronoun (« La France » for « Elle »)


def in_order(pieces: list[str], sentence: str) -> bool:
    """Every piece is a part of ``sentence``, each after the one before; the first may start with the
    subject the card names instead of a pronoun, or without an opening connective."""
    at = 0
    for n, piece in enumerate(pieces):
        found = sentence.find(piece, at)
        if found < 0 and n == 0:
            found, piece = opening_found(piece, sentence)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def opening_found(piece: str, sentence: str) -> tuple[int, str]:
    """Where the first piece of a blank is in ``sentence`` once its own opening is set aside."""
    words = piece.split(" ")
    for drop in range(0, min(STAND_IN_WORDS, len(words) - 1) + 1):
        rest = " ".join(words[drop:])
        for candidate in (rest, rest[:1].lower() + rest[1:]):
            if candidate.strip() and (found := sentence.find(candidate)) >= 0:
                return found, candidate
    return -1, piece


@cache
def question_heads(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(question words before a verb, question words before a subject, auxiliaries), folded, from the
    language table: « Quel pays » + « a livré… », « À qui » + « la France… »."""
    questions = lexicon(lang).raw.get("questions", {})
    before_verb = tuple(fold(w) for w in set(questions.get("who", {}).values()))
    before_subject = tuple(fold(w) for w in set(questions.get("to_whom", {}).values()))
    before_subject += tuple(rules(lang).get("where_words", ()))
    avoir = lexicon(lang).raw.get("conjugation", {}).get("avoir", {})
    auxiliaries = {fold(f) for forms in avoir.values() for f in forms} | set(rules(lang).get("auxiliaries", ()))
    return before_verb, before_subject, frozenset(auxiliaries)


def bare_in(prompt: str, lang: str) -> bool:
    """« Quel pays a livré doses… », « À qui sapeurs-sauveteurs… »: the noun after the question
    word and the verb has lost its determiner (where the table's openers say which words open a noun
    phrase: French)."""
    if not rules(lang).get("openers"):
        return False
    before_verb, before_subject, auxiliaries = question_heads(lang)
    head = fold(prompt)
    for asks in sorted(before_subject, key=len, reverse=True):
        if head.startswith(asks + " "):
            return bare_noun(prompt[len(asks) + 1 :], lang)  # the subject comes right after
    for asks in sorted(before_verb, key=len, reverse=True):
        if head.startswith(asks + " "):
            words = prompt[len(asks) + 1 :].split()
            while words and fold(words[0]) in auxiliaries:
                words = words[1:]
            return bare_noun(" ".join(words[1:]), lang)
    return False


QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def pronoun_in(prompt: str, lang: str) -> bool:
    """A pronoun standing for a name outside the quote a question cites ("What did It give…",
    "would it deploy"), or a capitalised demonstrative inside it (« … Ces deux vols »)."""
    text = QUOTED.sub(" ", prompt)
    table = rules(lang)
    # « a-t-il », « ont-ils »: the pronoun of an inversion repeats the named subject before it
    words = re.findall(r"(?<![-\w'’])[\w'’]+(?![-\w])", text)
    for i, word in enumerate(words):
        low = fold(word)
        if i and word[:1].isupper() and low in table.get("demonstratives", ()):
            return True
        if i and low in table.get("standing_pronouns", ()):
            return True
    return False


def wrong_kind_asked(q: Question, lang: str) -> bool:
    """« Quel pays » answered by the EU, "Which organization" answered by a country or a people."""
    head = fold(q.prompt)
    orgs = rules(lang).get("organisations", frozenset())
    if any(head.startswith(a + " ") for a in asking(lang, "country")):
        return not is_country(q.answer, lang) or fold(q.answer) in orgs
    if any(head.startswith(a + " ") for a in asking(lang, "org")):
        return is_country(q.answer, lang) and fold(q.answer) not in orgs
    return False


@cache
def asking(lang: str, kind: str) -> frozenset[str]:
    """The question words the table asks a ``kind`` with (« Quel pays », « À quel pays »), folded."""
    questions = lexicon(lang).raw.get("questions", {})
    return frozenset(fold(questions.get(k, {}).get(kind, "")) for k in ("who", "to_whom")) - {""}


def option_type(text: str, lang: str) -> tuple[bool, bool, str]:
    """(a country, a number, its currency sign) of an option."""
    number = parse_number(text, lang) is not None and bool(re.match(r"^[$€£]?\s?\d", text.strip()))
    orgs = rules(lang).get("organisations", frozenset())
    return is_country(text, lang) and fold(text) not in orgs, number, "".join(c for c in text if c in "$€£")


def mixed_options(q: Question, lang: str) -> bool:
    """Options not all of the answer's type: a country among organisations, a word among numbers."""
    kinds = {option_type(o, lang) for o in q.options}
    return len(kinds) > 1


def deck_problems(questions: Sequence[Question]) -> list[str]:
    """What is wrong with a deck as a whole: a question asked twice (the same answer, or an alias of it,
    to nearly the same prompt)."""
    found = []
    for i, a in enumerate(questions):
        for b in questions[i + 1 :]:
            if a.type == b.type and same_thing(a.answer, b.answer) and near_same(a.prompt, b.prompt):
                found.append(f"asked twice: {a.prompt!r} / {b.prompt!r}")
    return found


def rank_spread(questions: Sequence[Question], lang: str) -> dict[int, int]:
    """How often a numeric answer is the smallest (0), second smallest (1)… of its options."""
    counts: dict[int, int] = {}
    for q in questions:
        if q.type != "mcq" or q.role != "quantity":
            continue
        values = [parse_number(o, lang) for o in q.options]
        if any(v is None for v in values):
            continue
        rank = sorted(values).index(values[q.options.index(q.answer)])
        counts[rank] = counts.get(rank, 0) + 1
    return counts
