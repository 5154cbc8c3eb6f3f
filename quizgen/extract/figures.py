"""Figures worth remembering: a number with what it counts (« 261 700 personnes », "4,000 observers").

French pipelines have no number entities, so numbers are found by form (digits, digit
groups, number words from the language table) and tied to the noun they count. Dates,
years, ordinals and numbers already given as the quantity of another fact are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..gazetteer import is_country
from ..lexicon import Lexicon
from ..models import Article, Mention
from .events import continues_number, model_number, number_mention
from .mentions import is_number, make_mention

SKIP_ENTITIES = {"DATE", "TIME", "ORDINAL"}


def find_figures(sentence: Span, article: Article, lex: Lexicon) -> Iterator[tuple[Mention, Mention]]:
    """(quantity, counted thing) pairs in ``sentence`` (those an event gives are dropped when facts settle)."""
    doc = sentence.doc
    months = lex.words.get("months", frozenset())
    previous: Token | None = None
    for tok in sentence:
        if not is_number(tok, lex) or previous is not None and continues_number(previous, tok, lex):
            previous = tok if is_number(tok, lex) else None
            continue
        previous = tok
        if tok.ent_type_ in SKIP_ENTITIES or looks_like_date(tok, months):
            continue
        if enumeration(tok, sentence) or glued(tok) or re.match(r"0\d", tok.text):
            continue  # « 0800 174 174 »: a phone number or a code counts nothing
        if tok.i > 0 and doc[tok.i - 1].text.lower() in ("n°", "no", "n", "#"):
            continue
        code = doc[tok.i - 1] if tok.i > 0 else None
        if (
            code is not None
            and code.is_alpha
            and code.is_upper
            and len(code.text) <= 4
            and not is_country(code.text, lex.code)
        ):
            continue  # « un Casa CN 295 », "a C 130": a model's number ("the US 300 troops" keeps its count)
        if model_number(tok, lex) and not is_country(doc[tok.i - 1].text, lex.code):
            continue  # "a Cessna 206", « un Falcon 50 »
        if unit_number(tok, lex):
            continue  # "3 Commando Brigade", "the 101st Airborne Division": a number that names a unit
        if tok.i > 0 and doc[tok.i - 1].lemma_.lower() in lex.words.get("numbering", ()):
            continue  # « l'article 49.3 », "Resolution 2231": a number that names, not one that counts
        if score(tok, lex):
            continue  # « a battu Lyon 3 à 1 », "a 2-2 draw"
        if tok.i > 0 and doc[tok.i - 1].lower_ in lex.words.get("known_determiners", ()):
            continue  # « ces deux opérations »: a count the reader already knows
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in lex.nouns.get("size_units", ()):
            continue  # "155 mm artillery": a calibre, not a count
        noun = counted_noun(tok, lex)
        if noun is None or clock_or_age(tok, noun, lex):
            continue
        stop = {c.i for c in noun.children if c.dep_ == "conj"}
        # « dont 20 millions », « ce sont 4 vols »: a pronoun or a verb before the count is no part of the thing
        stop |= {c.i for c in noun.children if c.i < tok.i and c.pos_ in ("PRON", "AUX", "VERB")}
        quantity = number_mention(tok, sentence.end_char, article, lex)
        theme = make_mention(noun, article, lex, stop=stop)
        if theme is not None and theme.start > quantity.start and theme.text[0].isdigit():
            # « 50 000 à 100 000 personnes »: a phrase that starts inside a number counts without it
            theme = make_mention(
                noun, article, lex, stop=stop | {t.i for t in doc[tok.i : noun.i] if is_number(t, lex)}
            )
        if theme is not None and any(c.isalpha() for c in theme.text) and not theme.text.endswith("-"):
            yield quantity, theme  # not "50%" or "drought-"


def unit_number(number: Token, lex: Lexicon) -> bool:
    """Digits followed by a capitalised name that ends in a unit's noun ("3 Commando Brigade", « 2e Régiment
    étranger »): the unit's number, not a count of anything."""
    doc = number.doc
    following = doc[number.i + 1 : min(number.i + 4, len(doc))]
    names = []
    for tok in following:
        if not tok.is_title:
            break
        names.append(tok)
    units = lex.nouns.get("units_of_forces", frozenset())
    return bool(names) and any(t.lemma_.lower() in units or t.lower_ in units for t in names)


def clock_or_age(number: Token, noun: Token, lex: Lexicon) -> bool:
    """« à 0 heure », « vers 18 heures »: a time of day; « âgé de 72 ans », "45 years old": an age. A
    duration (« depuis trois mois », "in 25 minutes") still counts."""
    doc = number.doc
    words = lex.words
    before = [t.lower_ for t in doc[max(number.i - 2, 0) : number.i]]
    unit = doc[number.i + 1] if number.i + 1 < len(doc) else None  # « à 21 heures | devant 40 000 spectateurs »
    if before and before[-1] in words.get("clock_marks", ()):
        if unit is not None and unit.lemma_.lower() in words.get("clock_units", ()):
            return True
    if noun.lemma_.lower() not in words.get("time_units", ()) and noun.lower_ not in words.get("time_units", ()):
        return False
    after = doc[noun.i + 1].lower_ if noun.i + 1 < len(doc) else ""
    return any(b in words.get("age_marks", ()) for b in before) or after in words.get("age_marks", ())


def score(tok: Token, lex: Lexicon) -> bool:
    """« 3 à 1 », "2-2", "3 to 1": two small numbers joined by « à », "to" or a dash, with no noun
    counted after them (a day may follow: « 3 à 1 dimanche »); either of the two."""
    doc = tok.doc
    links = ("à", "to", "-", "–")

    def small(t: Token) -> bool:
        return t.text.isdigit() and int(t.text) < 30

    if tok.i >= 2 and doc[tok.i - 1].lower_ in links and small(doc[tok.i - 2]) and small(tok):
        first = doc[tok.i - 2]
    elif tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in links and small(tok) and small(doc[tok.i + 2]):
        first = tok
    else:
        return False
    after = doc[first.i + 3] if first.i + 3 < len(doc) else None
    return (
        after is None
        or after.pos_ not in ("NOUN", "PROPN")
        or after.lower_ in lex.words.get("time_words", ())
        or after.ent_type_ in ("DATE", "TIME")
        or after.lower_ in lex.words.get("score_nouns", ())
    )


def enumeration(tok: Token, sentence: Span) -> bool:
    """« 1/ Le ministre… », "2) The cell…": a list's numbering, not a count."""
    first = next((t for t in sentence if t.is_alpha or t.text[0].isdigit()), None)
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if first is None or first.i != tok.i:
        return False
    return tok.text[-1] in "/)" or nxt is not None and nxt.text in ("/", ")", ".") and not tok.whitespace_


def glued(tok: Token) -> bool:
    """ "Two-thirds", "a five-year plan", « les 35-heures »: a number hyphenated to a word counts nothing."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and not tok.whitespace_ and nxt.text in ("-", "‑") or tok.text.rstrip("-") != tok.text


def counted_noun(number: Token, lex: Lexicon) -> Token | None:
    """The noun a number counts: its head, or the noun right after it (« 2 000 citoyens »)."""
    units = lex.nouns.get("units", frozenset())
    head = number.head
    if (
        number.dep_ in ("nummod", "det", "quantmod", "compound")
        and head.pos_ in ("NOUN", "PROPN")
        and head.i > number.i
    ):
        noun = head
    else:
        after = number.doc[
            number.i + 1 : min(number.i + 4, number.sent.end)
        ]  # « 1/ | Le ministre »: not across sentences
        # « a fait 1 200 blessés » with « blessés » read as an adjective in the object's place: a noun still
        noun = next(
            (
                t
                for t in after
                if t.pos_ in ("NOUN", "PROPN")
                or t.pos_ == "ADJ"
                and t.dep_ in ("obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass", "pobj", "obl")
            ),
            None,
        )
        if noun is None or any(t.is_punct or t.pos_ == "VERB" for t in number.doc[number.i + 1 : noun.i]):
            return None
        between = number.doc[number.i + 1 : noun.i]
        if any(t.pos_ == "ADP" and t.lower_ not in lex.preps.get("contents", ()) for t in between):
            return None  # "$43 million to date", « 10 au 11 octobre »: the noun after a preposition is not counted
    while noun.dep_ in ("compound", "amod") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head  # "20 more U.S. choppers", "dozens of relief missions": the noun the name qualifies
    if noun.lower_ in lex.words.get("months", ()) or noun.ent_type_ in ("DATE", "TIME"):
        return None  # « du 10 au 11 octobre », "$100 million last year"
    if noun.lemma_.lower() in units:  # « 33 tonnes de fret »: the thing measured, if named
        inner = next((c for c in noun.children if c.dep_.startswith("nmod") or c.dep_ == "prep"), None)
        if inner is not None and inner.pos_ == "ADP":  # English: prep -> pobj
            inner = next((c for c in inner.children if c.dep_ == "pobj"), None)
        if inner is not None and inner.lemma_.lower() not in units and inner.pos_ != "PRON":  # « dont 20 millions »
            return inner
    return noun


def looks_like_date(tok: Token, months: frozenset[str]) -> bool:
    doc = tok.doc
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if nxt in months or prev in months:
        return True
    return tok.text.isdigit() and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100
