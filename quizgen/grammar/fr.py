"""French question grammar: articles, elision, contraction, verb forms, inversion.

« Quel pays a fourni 5 000 casques à l'Ukraine ? » · « Qu'ont livré les États-Unis aux
défenseurs ukrainiens ? » · « Où les États-Unis ont-ils déployé six chasseurs ? » ·
« Combien de casques l'Allemagne a-t-elle offerts à l'Ukraine ? »
"""

from __future__ import annotations

import re

from ..gazetteer import country_gender, fold
from ..lexicon import lexicon
from ..models import Fact, Mention
from ..numbers import names_money, split_number

LEX = lexicon("fr")
CONJ = LEX.raw["conjugation"]
TENSE = LEX.raw["tense"]
QUESTIONS = LEX.raw["questions"]
VOWELS = "aeiouyàâäéèêëîïôöùûüœæ"
PROMISES = LEX.verbs.get("promise", frozenset())
# words whose h is aspirated: no elision before them (« la Hongrie », « le héros »)
ASPIRATED = {
    "haut",
    "hauteur",
    "héros",
    "hausse",
    "halte",
    "hangar",
    "harcèlement",
    "hâte",
    "hasard",
    "hache",
    "hameau",
    "handicap",
    "hall",
    "honte",
    "hors",
}
DEFINITE = {"le", "la", "l'", "les", "l’"}
ROLE_PREPS = {"à", "au", "aux"}
DESTINATION_PREPS = set(LEX.preps["destination"])


def starts_with_vowel(word: str) -> bool:
    """True when a preceding le/la/de/que elides before ``word``."""
    if not word:
        return False
    first = word[0].lower()
    if first in VOWELS:
        return True
    if first == "h":
        # proper names with h are mostly aspirated (Hongrie, Honduras); common nouns mostly mute
        return word[0].islower() and word.split()[0].lower() not in ASPIRATED
    return False


def elide(words: str, following: str, apostrophe: str) -> str:
    """« de » + « avions » → « d'avions », « Que » + « a fourni » → « Qu'a fourni »."""
    last = words.rsplit(" ", 1)[-1]
    if last.lower() in LEX.raw["apostrophe_words"] and starts_with_vowel(following):
        return words[:-1] + apostrophe + following
    return f"{words} {following}"


def definite(mention: Mention) -> str | None:
    """The definite article a mention takes, if it takes one."""
    det = (mention.det or "").lower().replace("’", "'")
    prep = (mention.prep or "").lower()
    fused = {"du": "le", "au": "le", "aux": "les"}
    if not det and prep in fused:  # « du ministère »: the article is in the preposition
        det = fused[prep]
    elif not det and mention.kind in ("org", "place", "area") and mention.text[:1].islower():
        # « ministère de l'Intérieur » cut from « 580 personnels du ministère… »: a common noun takes its article
        det = "les" if mention.number == "plur" else "le"
    if det in ("les",) or mention.number == "plur" and det in DEFINITE | {""} and mention.kind == "country":
        return "les"
    if det in DEFINITE or mention.kind == "country" and not det:
        if mention.kind == "country" and country_gender(mention.text, "fr")[0] is None:
            return None  # « Chypre », « Israël »: no article
        return "la" if gender_of(mention) == "f" else "le"
    return None


def gender_of(mention: Mention) -> str:
    if mention.kind == "country":
        return country_gender(mention.text, "fr")[0] or "m"
    return mention.gender or "m"


def plural(mention: Mention) -> bool:
    if mention.kind == "country":
        return country_gender(mention.text, "fr")[1] == "plur"
    return mention.number == "plur"


UNCONTRACTED = {"aux": "les", "au": "le"}  # à + les, à + le


def noun_phrase(mention: Mention, apostrophe: str) -> str:
    """« l'Allemagne », « les États-Unis », « Klitschko »."""
    art = definite(mention)
    if art is None:
        if mention.det and mention.phrase.lower().startswith(mention.det.lower()):
            return lower_first(mention.phrase)
        return mention.text
    if art == "les":
        return f"les {mention.text}"
    return elide(art, mention.text, apostrophe)


def lower_first(phrase: str) -> str:
    """A phrase from the start of a sentence, lowered when it starts with a common word."""
    first = phrase.split(" ", 1)[0].split("'")[0].split("’")[0]
    if (
        first
        and first[0].isupper()
        and (
            first.lower() in ("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "à")
            or first.lower() in LEX.numbers  # « Deux détachements… » opening the sentence
        )
    ):
        return phrase[0].lower() + phrase[1:]
    return phrase


def with_preposition(prep: str, mention: Mention, apostrophe: str) -> str:
    """« à » + « les États-Unis » → « aux États-Unis »."""
    art = definite(mention)
    if prep in ("à", "de") and art in ("le", "les"):
        fused = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}[(prep, art)]
        return f"{fused} {mention.text}"
    return f"{prep} {noun_phrase(mention, apostrophe)}"


def title_phrase(title: Mention, apostrophe: str) -> str:
    """A person's title with its article: « le chancelier allemand », « la ministre des Armées »."""
    det = (title.det or "").lower().replace("’", "'")
    if det not in ("le", "la", "l'", "les"):
        det = "la" if title.gender == "f" else "le"
    text = (
        title.text[0].lower() + title.text[1:]
        if title.text[:1].isupper() and not title.text[1:2].isupper()
        else title.text
    )
    return elide(det.rstrip("'") if det == "l'" else det, text, apostrophe) if det != "les" else f"les {text}"


def recipient_phrase(mention: Mention | None, apostrophe: str, verb: str | None = None) -> str:
    if mention is None:
        return ""
    if (
        (mention.prep or "") in ROLE_PREPS
        or mention.prep
        and len(mention.phrase.split()) > len(mention.text.split()) + 1
    ):
        return lower_first(mention.phrase)  # « aux défenseurs », « en faveur des populations »
    if mention.kind == "country" and (mention.prep or "") in DESTINATION_PREPS and mention.phrase:
        return lower_first(mention.phrase)  # « envoyé 12 chiens en Turquie », never « à la Turquie »
    if (verb or "") in LEX.verbs.get("recipient_pour", ()):
        return with_preposition("pour", mention, apostrophe)  # « débloqué 500 000 euros pour la Libye »
    return with_preposition("à", mention, apostrophe)


def destination_phrase(mention: Mention | None, apostrophe: str) -> str:
    if mention is None:
        return ""
    if (mention.prep or "") in DESTINATION_PREPS:
        return lower_first(mention.phrase)
    if mention.kind == "country":
        gender, number = country_gender(mention.text, "fr")
        if number == "plur":
            return f"aux {mention.text}"
        if gender is None:
            return f"à {mention.text}"
        if gender == "f" or starts_with_vowel(mention.text):
            return f"en {mention.text}"
        return f"au {mention.text}"
    return with_preposition("à", mention, apostrophe)


def amount_of(fact: Fact, role: str, apostrophe: str) -> str | None:
    """« 2,5 millions d'euros d'aide humanitaire »: aid named by its kind is asked with its amount, so
    that another donor's aid of the same kind is no second right answer."""
    quantity, theme = fact.quantity, fact.theme
    if role in ("theme", "quantity") or quantity is None or theme is None or any(c.isdigit() for c in theme.text):
        return None
    if not names_money(quantity.text, "fr"):
        return None
    body = lower_first(theme.text)
    de = f"d{apostrophe}" if body[:1].lower() in "aeiouyéèêâîôûh" else "de "
    return f"{quantity.text} {de}{body}"


def theme_phrase(mention: Mention | None) -> str:
    """The thing given as the article wrote it, without a leading « de » (« un envoi de 33 tonnes »)."""
    if mention is None:
        return ""
    phrase = re.sub(r"^(?:de |d['’])", "", mention.phrase or mention.text, flags=re.IGNORECASE)
    phrase = re.sub(r"^(?:des|aux|au) (?=\d)", "", phrase, flags=re.IGNORECASE)  # « partie des 4 bataillons »
    # « s'ajoutent aux doses offertes »: the preposition inside « aux » / « au » is the sentence's
    head, _, rest = phrase.partition(" ")
    if head.lower() in UNCONTRACTED and rest:
        phrase = f"{UNCONTRACTED[head.lower()]} {rest}"
    return lower_first(phrase)


# -- verbs -------------------------------------------------------------------------


def participle(lemma: str) -> str:
    lemma = lemma.lower()
    if lemma in CONJ["participles"]:
        return CONJ["participles"][lemma]
    if lemma.endswith("er"):
        return lemma[:-2] + "é"
    if lemma.endswith("ir"):
        return lemma[:-1]
    if lemma.endswith("re"):
        return lemma[:-2] + "u"
    return lemma


def simple(lemma: str, tense: str, plural_subject: bool) -> str:
    """Future, conditional or present, third person."""
    lemma = lemma.lower()
    n = 1 if plural_subject else 0
    if tense in ("future", "conditional"):
        stem = CONJ["future_stems"].get(lemma) or (lemma[:-1] if lemma.endswith("re") else lemma)
        if lemma.endswith("yer") and lemma not in CONJ["future_stems"]:
            stem = lemma[:-3] + "ier"
        ending = {"future": ("a", "ont"), "conditional": ("ait", "aient")}[tense][n]
        return stem + ending
    if lemma in CONJ["present"]:
        return CONJ["present"][lemma][n]
    if lemma.endswith("yer"):
        return lemma[:-3] + ("ie", "ient")[n]
    if lemma.endswith("er"):
        return lemma[:-2] + ("e", "ent")[n]
    if lemma.endswith("ir") and lemma not in CONJ["third_group_ir"]:
        return lemma[:-2] + ("it", "issent")[n]
    if lemma.endswith("re"):
        return lemma[:-2] + ("", "ent")[n]
    return lemma


def verb_parts(fact: Fact, plural_subject: bool) -> tuple[str, str | None]:
    """(finite verb, participle or infinitive after it) for the fact's verb."""
    lemma = (fact.verb_lemma or "").lower()
    if fact.modality == "promised" and fact.tense not in ("future", "conditional") and lemma not in PROMISES:
        return CONJ["avoir"]["past"][plural_subject], f"promis de {lemma}" if not starts_with_vowel(
            lemma
        ) else f"promis d'{lemma}"
    if fact.tense == "past":
        return CONJ["avoir"]["past"][plural_subject], participle(lemma)
    return simple(lemma, fact.tense, plural_subject), None


def finite_group(fact: Fact, plural_subject: bool) -> str:
    finite, rest = verb_parts(fact, plural_subject)
    return f"{finite} {rest}" if rest else finite


def pronoun(mention: Mention) -> str:
    if mention.kind == "person" and mention.gender is None:
        return "il"
    return (
        ("elles" if gender_of(mention) == "f" else "ils")
        if plural(mention)
        else ("elle" if gender_of(mention) == "f" else "il")
    )


def complex_inversion(fact: Fact, agent: Mention, apostrophe: str, agree_with: Mention | None = None) -> str:
    """« l'Allemagne a-t-elle fourni », « les États-Unis ont-ils déployé »."""
    finite, rest = verb_parts(fact, plural(agent))
    link = "-t-" if finite[-1] in "ae" else "-"
    if rest and agree_with is not None and fact.tense == "past" and fact.modality != "promised":
        rest = agree(rest, agree_with)
    inverted = f"{finite}{link}{pronoun(agent)}"
    return " ".join(x for x in (noun_phrase(agent, apostrophe), inverted, rest) if x)


def agree(participle_: str, mention: Mention) -> str:
    """Past participle agreement with a preceding direct object (« combien de casques … offerts »)."""
    if participle_.endswith(("s", "x")) and mention.gender != "f":
        return participle_
    word = participle_ + ("e" if mention.gender == "f" else "")
    return word + ("s" if mention.number == "plur" and not word.endswith("s") else "")


def tense_of(verb) -> str:
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux:tense", "aux", "aux:pass")]
    if aux:
        return TENSE["aux"].get(aux[0], "past")
    if "Inf" in verb.morph.get("VerbForm"):
        return "infinitive"
    if "Part" in verb.morph.get("VerbForm"):
        return "past"
    form, lemma = verb.lower_, verb.lemma_.lower()
    stem = CONJ["future_stems"].get(lemma) or (lemma[:-1] if lemma.endswith("re") else lemma)
    for ending, tense in TENSE["endings"]:
        # « livrerait » is built on the infinitive, « livrait » is not: only the first is a conditional
        if form.endswith(ending) and (tense == "past" or form.startswith(stem)):
            return tense
    return "present"


# -- questions ---------------------------------------------------------------------


class French:
    lang = "fr"

    def amount(self, fact: Fact, role: str) -> str | None:
        return amount_of(fact, role, "'")

    def tense(self, verb) -> str:
        return tense_of(verb)

    def question(self, fact: Fact, role: str, answer_kind: str, apostrophe: str) -> str | None:
        template = QUESTIONS.get(fact.kind, {}).get(role)
        if fact.kind == "quote" and fact.quote is not None and fact.quote.kind == "reported":
            template = QUESTIONS["quote"].get(f"{role}_reported")  # never the article's words in « »
        if template is None:
            return None
        if fact.kind == "role":  # « Qui est le chancelier allemand ? »
            return template.format(role=title_phrase(fact.theme, apostrophe)) if fact.theme else None
        agent = fact.agent
        slots = {
            "who": QUESTIONS["who"].get(answer_kind, "Qui"),
            "to_whom": QUESTIONS["to_whom"].get(answer_kind, "À qui"),
            "theme": amount_of(fact, role, apostrophe) or theme_phrase(fact.theme),
            "recipient": recipient_phrase(fact.recipient, apostrophe, fact.verb_lemma),
            "destination": destination_phrase(fact.destination, apostrophe),
            "verb": finite_group(fact, False),
            "quote": short_quote(fact.quote.text) if fact.quote else "",
            "que_quote": que(short_quote(fact.quote.text)) if fact.quote else "",
        }
        needs_agent = any(k in template for k in ("{agent}", "{verb_complex", "{que_verb}"))
        if needs_agent and agent is None:
            return None
        if agent is not None:
            slots["agent"] = noun_phrase(agent, apostrophe)
            finite, rest = verb_parts(fact, plural(agent))
            if rest and " " in rest:  # « a promis de livrer »: no inversion over an infinitive
                subject = f"{elide('que', slots['agent'], apostrophe)} {finite} {rest}"
                slots["que_verb"] = f"Qu{apostrophe}est-ce {subject}"
                template = template.replace("{que_verb} {agent}", "{que_verb}")
            else:
                slots["que_verb"] = elide("Que", finite_group(fact, plural(agent)), apostrophe)
            if "{verb_complex" in template:
                slots["verb_complex"] = complex_inversion(fact, agent, apostrophe)
                slots["verb_complex_agreed"] = complex_inversion(
                    fact, agent, apostrophe, agree_with=counted_mention(fact)
                )
                slots["agent"] = ""
        if "{how_many}" in template:
            counted = counted_noun(fact)
            if counted is None:
                return None
            slots["how_many"] = elide("Combien de", counted, apostrophe)
        text = template.format(**slots)
        text = re.sub(r"\s+", " ", text).strip()
        return french_spacing(text[0].upper() + text[1:])


# French typography: a narrow no-break space before « ? ! ; », a no-break space before « : » and
# inside guillemets, so that a question mark never starts a line of its own
NARROW, NO_BREAK = "\u202f", "\u00a0"


def french_spacing(text: str) -> str:
    text = re.sub(r" ([?!;])", NARROW + r"\1", text)
    text = re.sub(r" :", NO_BREAK + ":", text)
    return text.replace("« ", "«" + NO_BREAK).replace(" »", NO_BREAK + "»")


def counted_mention(fact: Fact) -> Mention | None:
    """What « combien de … » counts, for the participle to agree with: « combien de millions … mobilisés »."""
    if fact.theme is None:
        return None
    counted = counted_noun(fact)
    if counted is None:
        return fact.theme
    first = counted.split()[0].lower()
    unit = UNIT_GENDER.get(first) or UNIT_GENDER.get(first.rstrip("sx"))
    return Mention(counted, 0, 0, gender=unit or fact.theme.gender, number="plur")


UNIT_GENDER = LEX.raw.get("nouns", {}).get("unit_gender", {})


def counted_noun(fact: Fact) -> str | None:
    """« 5 000 casques » → « casques »: what « combien de » asks about."""
    if fact.theme is None or fact.quantity is None:
        return None
    number, _ = split_number(fact.quantity.text, "fr")
    theme = fact.theme.text
    at = theme.find(number)
    if at < 0:
        return None
    rest = theme[at + len(number) :].strip()
    rest = re.sub(r"^(de |d'|d’)", "", rest)
    rest = ANOTHER_COUNT.split(rest)[0]  # « sapeurs-pompiers et 6 chiens »: combien de sapeurs-pompiers
    return rest or None


# « … et 6 chiens », « … et deux navires »: a second count coordinated after the counted noun
ANOTHER_COUNT = re.compile(r"\s+et\s+(?=\d|(?:" + "|".join(sorted(LEX.numbers)) + r")\b)", re.IGNORECASE)


def que(clause: str) -> str:
    """« que » before a clause, elided before a vowel (« qu'il », « qu'une aide »)."""
    return ("qu'" if clause[:1].lower() in "aeiouyàâéèêëîïôûü" else "que ") + clause


def short_quote(text: str, limit: int = 25) -> str:
    first = re.split(r"(?<=[.!?…])\s", text, maxsplit=1)[0]
    words = first.split()
    if len(words) > limit:
        return " ".join(words[: limit - 5]).rstrip(",;:") + " …"
    return first.rstrip(".")


GRAMMAR = French()
__all__ = ["GRAMMAR", "fold"]
