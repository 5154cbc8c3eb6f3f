"""Repairs of parses no reading of the language allows.

The small French parser sometimes hangs a place or a name on a verb as part of a name
(« rejoignent | Islamabad » read as ``flat:name``): a verb has no name. A name right after
its verb is its object, as « rejoignent Islamabad » means; elsewhere it is an oblique.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("quizgen_repairs")
def repair(doc: Doc) -> Doc:
    for token in doc:
        head = token.head
        if token.dep_ == "flat:name" and head is not token and head.pos_ == "VERB":
            has_object = any(c.dep_ == "obj" for c in head.children if c is not token)
            token.dep_ = "obj" if token.i > head.i and not has_object else "obl"
    return doc
