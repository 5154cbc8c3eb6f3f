"""English question grammar: articles, verb forms, do-support, stranded prepositions.

"Which country sent 300 troops to Romania?" · "What did the United States deliver to
Ukraine?" · "Where will the Army deploy 500 soldiers?" · "How many soldiers did Germany
send to Lithuania?" · "Which country did Germany give 5,000 helmets to?"
"""

from __future__ import annotations

import re

from ..gazetteer import fold
from ..lexicon import lexicon
from ..models import Fact, Mention
from ..numbers import names_money, parse_number, split_number

LEX = lexicon("en")
CONJ = LEX.raw["conjugation"]
QUESTIONS = LEX.raw["questions"]
# the tense an auxiliary marks: the table's [tense].aux, completed by [conjugation].aux
AUX_TENSE = {**CONJ.get("aux", {}), **LEX.raw.get("tense", {}).get("aux", {})}
WITH_ARTICLE = {fold(n) for n in LEX.raw.get("countries", {}).get("with_article", [])}
RECIPIENT_PREPS = set(LEX.preps["recipient"]) | set(LEX.preps.get("recipient_named", ()))
DESTINATION_PREPS = set(LEX.preps["destination"]) | {p.lower() for p in QUESTIONS.get("destination_preps", [])}
REQUEST_FROM_PREPS = {p.lower() for p in QUESTIONS.get("request_from_preps", [])}
LOWERED = {w.lower() for w in QUESTIONS.get("lowered", [])}
COMMON_NOUNS = frozenset().union(*LEX.nouns.values())
ROLE_NAMES = ("agent", "theme", "quantity", "recipient", "destination", "speaker", "quote")
VOWELS = "aeiou"
CURRENCY = "$€£¥"


# -- noun phrases ------------------------------------------------------------------


def is_plural(mention: Mention | None) -> bool:
    """Whether a subject takes a plural verb; a country never does (the United States sends)."""
    if mention is None or mention.kind in ("country", "person", "org", "name", "place"):
        return False
    return mention.number == "plur"


def common_word(word: str) -> bool:
    """A word written with a capital only because it starts the sentence ("Troops", "Some")."""
    low = word.lower()
    if low in LOWERED:
        return True
    stems = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    if low.endswith("ies"):
        stems.add(low[:-3] + "y")
    return bool(stems & COMMON_NOUNS)


def mention_text(mention: Mention, fact: Fact | None) -> str:
    """The mention as written, its first letter lowered when it only had a capital for starting the sentence."""
    text = mention.text
    if (
        fact is not None
        and mention.kind not in ("country", "person", "org", "name", "place")
        and fact.sentence.startswith(text)
        and len(text) > 1
        and text[0].isupper()
        and not text.split()[0].isupper()
        and common_word(text.split()[0])
    ):
        return text[0].lower() + text[1:]
    return text


def noun_phrase(mention: Mention, fact: Fact | None = None) -> str:
    """ "the United States", "Germany", "the U.S. Army", "300 troops"."""
    if mention.kind == "country":
        name = re.sub(r"^the\s+", "", mention.text, flags=re.IGNORECASE)
        return f"the {name}" if fold(name) in WITH_ARTICLE else name
    text = mention_text(mention, fact)
    if mention.det:
        return f"{mention.det.lower()} {text}"
    return text


def amount_of(fact: Fact, role: str) -> str | None:
    """ "$5 million in humanitarian assistance": aid named by its kind is asked with its amount, so that
    another donor's aid of the same kind is no second right answer."""
    quantity, theme = fact.quantity, fact.theme
    if role in ("theme", "quantity") or quantity is None or theme is None or any(c.isdigit() for c in theme.text):
        return None
    return f"{quantity.text} in {theme.text}" if names_money(quantity.text, "en") else None


def prep_phrase(prep: str, mention: Mention, fact: Fact | None) -> str:
    """The article's own phrase when it is prep + (det) + text, else one built from ``prep``."""
    phrase = (mention.phrase or "").strip()
    if mention.kind != "country" and phrase.lower().startswith(prep + " ") and phrase.endswith(mention.text):
        body = phrase[len(prep) + 1 :].strip()
        return f"{prep} {body[0].lower() + body[1:] if mention.det and body[:1].isupper() else body}"
    return f"{prep} {noun_phrase(mention, fact)}"


def recipient_phrase(mention: Mention | None, fact: Fact) -> str:
    if mention is None:
        return ""
    prep = (mention.prep or "").lower()
    return prep_phrase(prep if prep in RECIPIENT_PREPS else QUESTIONS["recipient_prep"], mention, fact)


def destination_phrase(mention: Mention | None, fact: Fact) -> str:
    if mention is None:
        return ""
    prep = (mention.prep or "").lower()
    if prep not in DESTINATION_PREPS:
        lemma = (fact.verb_lemma or "").lower()
        prep = QUESTIONS["recipient_prep"] if lemma in QUESTIONS["destination_to"] else QUESTIONS["destination_prep"]
    return prep_phrase(prep, mention, fact)


# -- verbs -------------------------------------------------------------------------


def past(lemma: str, written: str = "") -> str:
    """Simple past: the table's irregular form, the regular form the article wrote, or -ed."""
    if lemma in CONJ["irregular"]:
        return CONJ["irregular"][lemma][0]
    written = written.lower()
    if written.endswith("ed") and written != lemma and written[:2] == lemma[:2]:
        return written  # "shipped", "committed": the article's own spelling
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
        return lemma[:-1] + "ied"
    return lemma + "ed"


def third_singular(lemma: str) -> str:
    """Present, third person singular: sends, deploys, supplies, dispatches."""
    if lemma in CONJ["present"]:
        return CONJ["present"][lemma]
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def lemma_of(fact: Fact) -> str:
    return (fact.verb_lemma or fact.verb or "").strip().lower()


def question_tense(fact: Fact) -> str:
    return fact.tense if fact.tense in ("past", "present", "future", "conditional") else "past"


def promised(fact: Fact) -> bool:
    """A promise not told in the future: asked as "pledged to send", never as done."""
    return fact.modality == "promised" and question_tense(fact) not in ("future", "conditional")


def verb_forms(fact: Fact, plural_subject: bool) -> tuple[str, str, str]:
    """(finite verb of a subject question, auxiliary of a question, base form after it)."""
    lemma = lemma_of(fact)
    tense = question_tense(fact)
    do = CONJ["do"]
    if promised(fact):
        promise = CONJ["promise"]
        base = promise if lemma == promise else f"{promise} to {lemma}"
        finite = past(promise) + base[len(promise) :]
        return finite, do["past"][plural_subject], base
    aux = do[tense][plural_subject]
    if tense == "past":
        finite = past(lemma, fact.verb or "")
    elif tense == "present":
        finite = third_singular(lemma)
    else:
        finite = f"{do[tense][0]} {lemma}"
    return finite, aux, lemma


def tense_of(verb) -> str:
    """past, present, future, conditional or infinitive, from the auxiliaries and the tag."""
    auxes = sorted((c for c in verb.children if c.dep_ in ("aux", "auxpass")), key=lambda c: c.i)
    marked = [(c, AUX_TENSE.get(c.lower_) or AUX_TENSE.get(c.lemma_.lower())) for c in auxes]
    marked = [(c, t) for c, t in marked if t]
    if marked:
        first, tense = marked[0]
        if verb.tag_ == "VBN" and len(auxes) == 1 and first.dep_ == "aux":
            return "past"  # a perfect: has sent, 's sent, 'd sent (had)
        return tense
    return {"VBD": "past", "VBN": "past", "VBZ": "present", "VBP": "present"}.get(verb.tag_, "infinitive")


# -- questions ---------------------------------------------------------------------


class Inconsistent(Exception):
    """The fact's roles cannot stand in the question's frame."""


class English:
    lang = "en"

    def amount(self, fact: Fact, role: str) -> str | None:
        return amount_of(fact, role)

    def tense(self, verb) -> str:
        return tense_of(verb)

    def question(self, fact: Fact, role: str, answer_kind: str, apostrophe: str) -> str | None:
        if fact.modality == "negated":
            return None  # a question would state a refusal as done
        if role in ROLE_NAMES and fact.role(role) is None:
            return None
        if fact.kind in ("transfer", "deployment") and fact.theme is not None and fact.theme.kind == "country":
            return None  # "provided Ukraine with…" read with the country as the thing given
        if fact.kind == "role" and role == "agent" and fact.theme is not None:
            title = fact.theme.text
            return QUESTIONS["role"]["agent"].format(role=title if title[:4].lower() == "the " else f"the {title}")
        kind = fact.kind
        if kind == "request" and lemma_of(fact) not in QUESTIONS["request_for"]:
            kind = "request_from"
        template = QUESTIONS.get(kind, {}).get(role)
        if kind == "quote" and fact.quote is not None and fact.quote.kind == "reported":
            template = QUESTIONS["quote"].get(f"{role}_reported")  # never the article's words in quotes
        if template is None:
            return None
        needed = {"agent": ("{agent}", "{aux}"), "theme": ("{theme}",), "quote": ("{quote}",)}
        for name, slots_ in needed.items():
            if fact.role(name) is None and any(s in template for s in slots_):
                return None
        agent = fact.agent
        finite, aux, base = verb_forms(fact, is_plural(agent))
        slots = {
            "who": QUESTIONS["who"].get(answer_kind, "Who"),
            "to_whom": QUESTIONS["to_whom"].get(answer_kind, "Who"),
            "verb": finite,
            "aux": aux,
            "base_verb": base,
            "agent": noun_phrase(agent, fact) if agent is not None else "",
            "theme": amount_of(fact, role) or (noun_phrase(fact.theme, fact) if fact.theme is not None else ""),
            "recipient": recipient_phrase(fact.recipient, fact),
            "destination": destination_phrase(fact.destination, fact),
            "recipient_object": "",
            "recipient_prep": "",
            "counted": "",
            "quote": short_quote(fact.quote.text) if fact.quote is not None else "",
        }
        if kind == "request":
            try:
                self.request_for_slots(fact, slots)
            except Inconsistent:
                return None
        elif kind == "request_from":
            self.request_from_slots(fact, slots)
        elif fact.recipient is not None:
            prep = (fact.recipient.prep or "").lower()
            slots["recipient_prep"] = prep if prep in RECIPIENT_PREPS else QUESTIONS["recipient_prep"]
        if "{counted}" in template:
            counted = counted_noun(fact)
            if counted is None:
                return None
            slots["counted"] = counted
        text = template.format(**slots)
        if kind == "request" and slots["theme"].lower().startswith("to "):
            text = text.replace(" for to ", " to ")  # "asked partner nations to bring…", not "for to bring"
            if text.rstrip("?").rstrip().endswith(" for") and role == "theme":
                return None  # "What did X ask Y for?" when Y was asked to do something: no thing to name
        text = re.sub(r"\s+", " ", text).strip()
        text = re.sub(r"\s+([?:,])", r"\1", text)
        return text[0].upper() + text[1:]

    @staticmethod
    def request_for_slots(fact: Fact, slots: dict[str, str]) -> None:
        """ask X for Y: the one asked is the object, or follows its own preposition (appeal to X)."""
        recipient = fact.recipient
        if recipient is None:
            return
        prep = (recipient.prep or "").lower()
        if prep == "for":
            raise Inconsistent  # "ask X for Y" read with Y as the one asked
        slots["recipient_object"] = prep_phrase(prep, recipient, fact) if prep else noun_phrase(recipient, fact)
        slots["recipient_prep"] = prep

    @staticmethod
    def request_from_slots(fact: Fact, slots: dict[str, str]) -> None:
        """request Y from X."""
        recipient = fact.recipient
        if recipient is None:
            return
        prep = (recipient.prep or "").lower()
        prep = prep if prep in REQUEST_FROM_PREPS else QUESTIONS["request_from_prep"]
        slots["recipient"] = prep_phrase(prep, recipient, fact)
        slots["recipient_prep"] = prep


def counted_noun(fact: Fact) -> str | None:
    """ "20,000 rounds of artillery shells" → "rounds of artillery shells": what "How many" asks about."""
    if fact.theme is None or fact.quantity is None:
        return None
    number, _ = split_number(fact.quantity.text, "en")
    if not number or number[0] in CURRENCY or parse_number(number, "en") == 1:
        return None  # "How many $2.5 billion…", "How many tank…"
    theme = fact.theme.text
    match = re.search(rf"(?<![\w.,]){re.escape(number)}(?![\w])", theme)
    if match is None:
        return None
    rest = re.sub(r"^of\s+", "", theme[match.end() :].strip())
    rest = re.split(r"\s+and\s+(?=\d)", rest)[0]  # "rounds and 600 shells": how many rounds
    return rest or None


def short_quote(text: str, limit: int = 25) -> str:
    first = re.split(r"(?<=[.!?…])\s", text.strip(), maxsplit=1)[0]
    words = first.split()
    if len(words) > limit:
        return " ".join(words[: limit - 5]).rstrip(",;:") + " …"
    return first.rstrip(".,;: ")


GRAMMAR = English()
__all__ = ["GRAMMAR"]
