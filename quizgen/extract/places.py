"""Where things go and who receives them: the place and receiver phrases of a predicate.

« à » / "to" introduces both a receiver (« à l'Ukraine ») and a place (« à Cincu »); the kind of the
noun and of the event decide which. A place is a country, a named place, a common noun of places
(« la région », "the border") or an unknown capitalised name after a preposition of place; a month or
a day never is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..gazetteer import fold
from ..lexicon import Lexicon
from ..models import Mention
from .mentions import classify
from .syntax import negated, pps

PLACE_KINDS = {"country", "place", "area"}
TIMES = {"DATE", "TIME"}  # "asked on Monday": a day is nobody asked


def noun_forms(tok: Token) -> set[str]:
    """A noun's lemma and singular, also when the tagger read it as a verb (« secouristes »: secourister)."""
    return {tok.lemma_.lower(), tok.lower_, tok.lower_.rstrip("sx")}


def classify_one(noun: Token, lex: Lexicon) -> str:
    return classify([noun], noun, lex)


def place_like(noun: Token, prep: str, lex: Lexicon) -> bool:
    if noun.ent_type_ in TIMES or noun.lower_ in lex.words.get("months", ()):
        return False  # "sent in March": a month is no place
    kind = classify([noun], noun, lex)
    # an unknown capitalised name after « à » / "in" is a place: « basé à Cincu »
    return kind in PLACE_KINDS or kind == "name" and noun.text[:1].isupper() and prep in lex.preps["destination"]


def set_phrase(mention: Mention | None, lex: Lexicon) -> bool:
    """« déployée à ce stade », « au cours des cinq dernières années », "at this stage": a role that is a
    phrase of time or manner of the table, with the preposition that opens it; or what a gift is for,
    not who gets it (« à la lutte contre la mpox », "to the fight against malaria")."""
    if mention is None:
        return False
    said = fold(mention.phrase or mention.text)
    if any(said == p or said.startswith(p + " ") for p in map(fold, lex.words.get("set_phrases", ()))):
        return True
    words = fold(mention.text).split()
    return bool(words) and words[0] in {fold(c) for c in lex.nouns.get("causes", ())}


def party(noun: Token, lex: Lexicon) -> bool:
    """Someone who can be given something: a named country, body or person, or people in need
    (« les réfugiés syriens », "the flood victims"), a body named by a common noun (« des ONG locales »,
    « le gouvernement »); not « les opérations d'hébergement »."""
    if classify([noun], noun, lex) in ("country", "person", "org", "name") or noun.is_upper and len(noun.text) > 1:
        return True  # "UNICEF" read as a common noun: an acronym names a body
    kinds = ("people", "needy", "bodies", "authorities")
    return bool(noun_forms(noun) & frozenset().union(*(lex.nouns.get(k, frozenset()) for k in kinds)))


def find_places(
    verb: Token, theme: Token, found: list[tuple[str, Token]], lex: Lexicon
) -> tuple[list[Token], list[Token]]:
    """(recipient candidates, destination candidates) among ``found``, named places first.

    « à » introduces both: the event's kind decides which role it fills.
    """
    recipients: list[Token] = []
    destinations: list[Token] = []
    # what the gift is addressed to (« un lot destiné aux Forces armées béninoises ») before whose hands it
    # was put in (« remis au ministre »); then named places
    ordered = sorted(
        found, key=lambda pp: (pp[0] != "recipient", classify([pp[1]], pp[1], lex) not in ("country", "place"), pp[1].i)
    )
    pronouns = lex.words.get("clitics", frozenset()) | frozenset(lex.raw.get("question_rules", {}).get("pronouns", ()))
    for prep, noun in ordered:
        if noun.i == theme.i or noun.i < verb.i - 8 or noun in recipients + destinations:
            continue
        if in_apposition(noun, verb):
            continue  # « six membres de la patrouille, l'unité de l'armée au Svalbard »: where the unit is based
        if noun.pos_ == "PRON" and noun.lower_ not in pronouns:
            continue  # « démenti » tagged as a pronoun: a word the tagger lost, no one to receive
        if noun.lemma_.lower() in lex.words.get("time_units", ()) or noun.ent_type_ in TIMES:
            continue  # « livré 30 000 véhicules au premier trimestre »: a time, no one to receive
        if noun.lemma_.lower() in lex.nouns.get("totals", ()) or noun.lemma_.lower() in lex.raw["nouns"].get(
            "complex_preps", {}
        ):
            continue  # « au total »: an amount summed; « à destination de »: a preposition, not a receiver
        if (
            prep in lex.preps["recipient"] | {"recipient", ""}
            or party(noun, lex)
            and prep in lex.preps.get("recipient_named", ())
        ):
            recipients.append(noun)  # "" is an indirect object: "gave Ukraine 5,000 helmets"
        if (
            prep in lex.preps["destination"] | {"destination"}
            and place_like(noun, prep, lex)
            and not negated(noun, lex)
        ):
            destinations.append(noun)
    return recipients, destinations


def in_apposition(noun: Token, verb: Token) -> bool:
    """``noun`` ends a phrase that restates the verb's object after a comma, which the parser read as a
    second object (« …six membres de la patrouille Sirius, l'unité … de la défense danoise au Groenland »):
    it says where that thing is, not where it is sent. A place set off by its own comma (« 300 soldats,
    un contingent de la Légion, au Mali ») is the verb's."""
    doc = noun.doc
    opening = min(t.i for t in noun.subtree)
    while opening > 0 and doc[opening - 1].pos_ in ("ADP", "DET"):
        opening -= 1  # « au Groenland », « de la défense »
    if opening > 0 and doc[opening - 1].text == ",":
        return False
    tok = noun
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    # a noun the parser hung on the verb as a second object, or as a conjunct of the verb itself
    if tok.head.i != verb.i or tok.i == noun.i or tok.dep_ not in ("obj", "dobj", "conj") or tok.pos_ != "NOUN":
        return False
    words = [t.i for t in tok.subtree if not t.is_punct]
    left = min(words) if words else tok.i
    earlier = [c for c in verb.children if verb.i < c.i < tok.i and c.pos_ in ("NOUN", "PROPN") and c.dep_ != "obl:mod"]
    return bool(earlier) and left > 0 and doc[left - 1].text == ","


def destination_in_clause(verb: Token, lex: Lexicon) -> Token | None:
    """A place phrase anywhere under the verb, outside other clauses, nearest in the tree first."""
    frontier = [verb]
    while frontier:
        nxt = []
        for tok in frontier:
            for prep, noun in pps(tok):
                if prep in lex.preps["destination"] and place_like(noun, prep, lex) and not negated(noun, lex):
                    if not in_apposition(noun, verb):
                        return noun
            nxt.extend(c for c in tok.children if c.pos_ not in ("VERB", "AUX") or c.dep_ in ("acl", "amod"))
        frontier = nxt
    return None


def destination_after(theme: Token, sentence: Span, lex: Lexicon) -> Token | None:
    """A place phrase right after the theme, when the parser attached it to another verb."""
    last = max(t.i for t in theme.subtree)
    for tok in sentence.doc[last + 1 : min(last + 4, sentence.end)]:
        if tok.is_punct:
            return None
        if tok.lower_ in lex.preps["destination"]:
            noun = next((t for t in sentence.doc[tok.i + 1 : tok.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None and place_like(noun, tok.lower_, lex):
                return noun
    return None
