"""Repairs of parses no reading of the language allows.

The small French parser sometimes hangs a place or a name on a verb as part of a name
(« rejoignent | Islamabad » read as ``flat:name``): a verb has no name. A name right after
its verb is its object, as « rejoignent Islamabad » means; elsewhere it is an oblique.

An adverbial phrase between an auxiliary and its participle (« a en outre débloqué », « a par
ailleurs été positionné ») makes it tag the participle as a noun; a noun takes no auxiliary, so a
word that governs one is a verb (the lemmatizer, which runs after, then gives its infinitive).
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .gazetteer import fold
from .lexicon import available_languages, lexicon

NOT_VERBS = ("NOUN", "PROPN", "ADJ")
AUXILIARIES = ("aux:tense", "aux:pass")


@Language.component("quizgen_repairs")
def repair(doc: Doc) -> Doc:
    phrases, auxiliaries, endings = table(doc.lang_)
    folded = [fold(t.text).replace("’", "'") for t in doc]
    for token in doc:
        head = token.head
        if token.dep_ == "flat:name" and head is not token and head.pos_ == "VERB":
            has_object = any(c.dep_ == "obj" for c in head.children if c is not token)
            token.dep_ = "obj" if token.i > head.i and not has_object else "obl"
        if after_aux_and_phrase(token, phrases, auxiliaries, folded) or participle_read_as_noun(token, endings):
            token.pos_ = "VERB"
    object_after_phrase(doc, phrases, folded)
    rough_counts(doc, approximations(doc.lang_))
    return doc


@cache
def table(lang: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[str], tuple[str, ...]]:
    """The language's adverbial phrases, as folded words, longest first, its auxiliaries' forms (the
    lemmatizer runs after this component: forms, not lemmas) and its participles' endings."""
    if lang not in available_languages():
        return (), frozenset(), ()
    words = lexicon(lang).words
    phrases = (tuple(fold(w).replace("’", "'").split()) for w in words.get("set_phrases", ()))
    return (
        tuple(sorted(phrases, key=len, reverse=True)),
        frozenset(words.get("auxiliary_forms", ())),
        tuple(words.get("participle_endings", ())),
    )


def participle_read_as_noun(token: Token, endings: tuple[str, ...]) -> bool:
    """A word with a participle's ending that governs an auxiliary and no determiner (« a en outre
    débloqué », the auxiliary on it): a verb. Not « ont environ 2 500 soldats », where « ont » is the verb
    of having that the parser took for an auxiliary."""
    return (
        token.pos_ in NOT_VERBS
        and token.lower_.endswith(endings)
        and any(c.dep_ in AUXILIARIES and c.i < token.i for c in token.children)
        and not any(c.dep_ in ("det", "nummod") for c in token.children)
    )


def after_aux_and_phrase(
    token: Token, phrases: tuple[tuple[str, ...], ...], auxiliaries: frozenset[str], folded: list[str]
) -> bool:
    """« a en outre | débloqué », « a de son côté | dépêché »: an auxiliary, a set phrase, the participle.

    The parser hangs the auxiliary and the subject on the phrase, or reads the auxiliary as the
    main verb; the participle takes back its auxiliary, its subject and its place in the sentence."""
    doc = token.doc
    if not (token.pos_ in NOT_VERBS or token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")):
        return False
    for phrase in phrases:
        start = token.i - len(phrase)
        if start < 1 or tuple(folded[start : token.i]) != phrase:
            continue
        aux = doc[start - 1]
        if aux.lower_ not in auxiliaries or aux.pos_ not in ("AUX", "VERB"):
            continue
        if aux.dep_ not in AUXILIARIES:  # the auxiliary read as the verb: the participle takes its place
            if aux.head.i == aux.i:
                token.head, token.dep_ = token, "ROOT"
            else:
                token.head, token.dep_ = aux.head, aux.dep_
            aux.pos_, aux.dep_ = "AUX", "aux:tense"
        inside = range(start, token.i)
        for word in [aux, *doc[start : token.i]]:
            for child in list(word.children):
                if child.i not in inside and child.i != token.i:
                    child.head = token
                    if child.i > token.i and child.dep_ == "nmod" and not has_case(child):
                        child.dep_ = "obj"  # a noun with no preposition after a verb is its object
        for word in doc[start : token.i]:
            if word.head.i not in inside:
                word.head, word.dep_ = token, "advmod"
        aux.head = token
        return True
    return False


def object_after_phrase(doc: Doc, phrases: tuple[tuple[str, ...], ...], folded: list[str]) -> None:
    """« a dépêché de son côté | 24 sapeurs »: the noun after the phrase, with no preposition of its
    own, is the verb's object, not a complement of « côté »."""
    for token in doc:
        if token.pos_ != "VERB" or any(c.dep_ == "obj" for c in token.children):
            continue
        for phrase in phrases:
            end = token.i + 1 + len(phrase)
            if end > len(doc) or tuple(folded[token.i + 1 : end]) != phrase:
                continue
            for word in doc[token.i + 1 : end]:
                for child in list(word.children):
                    if child.i >= end and child.pos_ in ("NOUN", "PROPN", "NUM") and not has_case(child):
                        child.head, child.dep_ = token, "obj"
                        break
            break


def has_case(token: Token) -> bool:
    return any(c.dep_ == "case" for c in token.children)


@cache
def approximations(lang: str) -> frozenset[str]:
    return lexicon(lang).nouns.get("approximations", frozenset()) if lang in available_languages() else frozenset()


def rough_counts(doc: Doc, words: frozenset[str]) -> None:
    """« Une quarantaine | de pompiers sont stationnés » parsed with « pompiers » as the verb's subject
    and the count as a sentence of its own: the count and what it counts are one noun phrase, which
    takes the counted noun's place in the sentence."""
    for rough in doc:
        if rough.lower_ not in words or rough.i + 2 >= len(doc):
            continue
        prep, counted = doc[rough.i + 1], doc[rough.i + 2]
        if prep.dep_ != "case" or prep.head.i == counted.i or counted.head.i == rough.i:
            continue
        if counted.pos_ != "NOUN" or counted.dep_ not in ("nsubj", "nsubj:pass", "obj"):
            continue
        verb = counted.head
        if rough.head.i == rough.i:  # the count read as the root: the verb is
            verb.head, verb.dep_ = verb, "ROOT"
        elif rough.head.i == verb.i or verb.head.i == rough.i:
            verb.head, verb.dep_ = (verb, "ROOT") if verb.head.i == rough.i else (verb.head, verb.dep_)
        else:
            continue
        rough.head, rough.dep_ = verb, counted.dep_
        counted.head, counted.dep_ = rough, "nmod"
        prep.head = counted
        for child in list(rough.children):
            if child.dep_ == "punct" and child.i > counted.i:
                child.head = verb
