"""What a role may hold: the typing step every family of facts shares.

A verb of giving (« fournir », « livrer », « offrir », "provide", "deliver", "give") hands over far
more than aid: « a livré une prestation remarquable », « a accordé sa confiance », "gave investors a
glimpse", "provided no comment". A list of abstract nouns cannot close that door; a type narrows it.
A theme is given only when it is something aid is made of:

- a noun of the tables of goods, gifts, equipment, vehicles, containers, forces or money, or support
  of a kind (« un soutien logistique », not « son soutien à la candidature »);
- an amount (a money entity, a currency sign, « 2 millions d'euros ») or a measure (« 30 tonnes »);
- a thing counted by a number (« cinq radars côtiers », "70 howitzers"), which is something one
  can hand over, unless the count is of people, of time or of scores (« cinq blessés », « deux
  jours », « deux penalties »);
- a model's designation (« M198 », "F-16"); named systems are in the equipment table.

Everything else (a bare abstract noun, a pronoun, « tout », "everything") is no gift. What still
gets through: counted people the tables do not know (« trois attaquants »).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from .mentions import is_number
from .places import noun_forms
from .syntax import conjuncts, pps

MATERIAL_TABLES = (
    "goods",
    "gifts",
    "equipment",
    "vehicles",
    "containers",
    "forces",
    "amounts",
    "deployable",
)
CURRENCY_SIGNS = set("$€£¥₣")


def giveable(theme: Token | None, lex: Lexicon) -> bool:
    """Whether ``theme`` (or one item of its list) is something a verb of giving can hand over."""
    if theme is None:
        return False
    if any(t.text == "%" or t.ent_type_ == "PERCENT" for t in theme.subtree):
        return False  # « une remise de 20 % », "a 5% raise": a rate, nothing handed over
    if noun_forms(theme) & lex.nouns.get("not_goods", frozenset()):
        return False  # « un concert de deux heures et quarante minutes »: no list of things, a performance
    items = [theme, *conjuncts(theme), *(c for c in theme.children if c.dep_ == "conj")]
    return any(material(tok, lex) for tok in items)


def material(tok: Token, lex: Lexicon) -> bool:
    if is_number(tok, lex):  # « €900 000 d'aide », "$5 million": an amount, or the count of what follows
        before = tok.doc[tok.i - 1].text if tok.i > 0 else ""
        if CURRENCY_SIGNS & set(before + tok.text) or tok.ent_type_ == "MONEY":
            return True
        if any(p in lex.preps.get("contents", ()) and material(n, lex) for p, n in pps(tok)):
            return True
        # « 14 chars » parsed as the number with « chars » an adjective of it: the word after says what
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return after is not None and after.head.i == tok.i and in_tables(after, lex)
    if tok.pos_ == "PRON" or tok.ent_type_ in ("DATE", "TIME", "PERCENT"):
        return False
    if any(c.dep_ == "det" and c.lower_ in lex.words.get("universal", ()) for c in tok.children):
        return False  # "will match every dollar donated": no amount handed over
    if noun_forms(tok) & lex.nouns.get("not_goods", frozenset()):
        return False  # « a donné un concert », "gave a speech": a performance, nothing handed over
    if in_tables(tok, lex) or tok.ent_type_ == "MONEY" or CURRENCY_SIGNS & set(tok.text):
        return True
    # « un soutien logistique », "financial support": support of a kind is given; « son soutien à la
    # candidature », "its support to Israel" is a stance
    if tok.lemma_.lower() in lex.nouns.get("budgets", ()) and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.words.get("support_kinds", ()) for c in tok.children
    ):
        return True
    # "food aid", « aide alimentaire »: the head says aid; "medical supply kits": a compound of goods
    if any(c.dep_ in ("compound", "flat") and in_tables(c, lex) for c in tok.children):
        return True
    # « un maigre don » with « don » read as an adjective: a gift noun beside the head
    gift_words = ("gifts", "goods", "containers")
    if any(c.dep_ == "amod" and in_tables(c, lex, gift_words) for c in tok.children):
        return True
    # « 10 tonnes de riz » with the unit as a modifier of the thing measured; « un lot de 500 tentes »
    for prep, inner in pps(tok):
        if prep in lex.preps.get("contents", ()) and (
            inner.lemma_.lower() in lex.nouns.get("units", ()) or inner.i > tok.i and material(inner, lex)
        ):
            return True
    if counted(tok, lex):
        return not human_or_time(tok, lex)
    # "M198", « CN-235 »: a model's designation names a thing; a bare name may be anyone's
    return any(c.isdigit() for c in tok.text) and any(c.isalpha() for c in tok.text)


def in_tables(tok: Token, lex: Lexicon, tables: tuple[str, ...] = MATERIAL_TABLES) -> bool:
    return any(noun_forms(tok) & lex.nouns.get(table, frozenset()) for table in tables)


def counted(tok: Token, lex: Lexicon) -> bool:
    """« cinq radars », "70 howitzers", « des dizaines de tentes »: a number counts the noun."""
    if any(c.dep_ in ("nummod", "det", "quantmod") and is_number(c, lex) for c in tok.children):
        return True
    head = tok.head
    if head is not tok and head.lemma_.lower() in lex.nouns.get("approximations", frozenset()):
        return True  # « une trentaine de | camions »
    return tok.i > 0 and is_number(tok.doc[tok.i - 1], lex)


def human_or_time(tok: Token, lex: Lexicon) -> bool:
    """A count of people, of time or of scores says nothing was handed over (« cinq blessés », « deux
    jours », « trois points »)."""
    people = lex.nouns.get("people", frozenset()) | lex.words.get("time_units", frozenset())
    people |= lex.nouns.get("not_goods", frozenset())  # « deux penalties », "two goals": counted, not handed over
    return bool(noun_forms(tok) & people) or tok.ent_type_ in ("PERSON", "PER", "NORP")
