"""The checks every question must pass before a learner sees it.

Used as a last safety net when questions are built (a question that fails is dropped,
not shown) and by the tests over every article at hand.
"""

from __future__ import annotations

import re

from ..lexicon import available_languages, lexicon
from ..models import Question
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
    elif q.type == "cloze":
        before, middle, after = q.cloze_parts or ("", "", "")
        shown = (before + middle + after).removeprefix("… ").removesuffix(" …")
        if shown not in q.sentence or middle != q.answer:
            found.append("cloze does not show a part of its sentence")
    return found
