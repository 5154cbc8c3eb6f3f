"""What makes a question one a teacher keeps: no pronoun or bare noun in a stem, no trivial
blank, no question asked twice, no question whose answer is what the whole article is about.

The words these rules need (pronouns, determiners, vague things, organisations that a list of
territories calls countries) are in the ``[question_rules]`` section of each language table.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

from ..gazetteer import fold
from ..lexicon import available_languages, lexicon
from ..models import Article, Fact, Mention
from ..numbers import names_money, parse_number
from .similarity import key, same_thing

NAMED = ("country", "person", "org", "place", "name")
ROLE_NAMES = ("agent", "theme", "quantity", "recipient", "destination", "speaker", "quote")


@cache
def rules(lang: str) -> dict[str, frozenset[str]]:
    table = lexicon(lang).raw.get("question_rules", {})
    return {
        name: frozenset(fold(w) for w in words)
        for name, words in table.items()
        if isinstance(words, list) and all(isinstance(w, str) for w in words)
    }


def words_of(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", fold(text).replace("’", "'"))


def is_pronoun(mention: Mention | None, lang: str) -> bool:
    """« il », "it", "those", « ce sont 4 vols »: a mention that names no one by itself."""
    if mention is None:
        return False
    table = rules(lang)
    text = fold(mention.text).replace("’", "'").strip(" ,.")
    words = text.split()
    if not words:
        return False
    if text in table.get("pronouns", ()) or words[0] in table.get("pronouns", ()) and len(words) == 1:
        return True
    return any(text == o or text.startswith(o + " ") for o in table.get("pronoun_openers", ()))


def points_back(mention: Mention | None, lang: str) -> bool:
    """« Ces deux vols », "these troops": a demonstrative whose noun is somewhere else in the article."""
    if mention is None:
        return False
    for text in (mention.phrase, mention.text, mention.det or ""):
        words = words_of(text or "")
        if words and words[0] in rules(lang).get("demonstratives", ()):
            return True
    return False


def bare_noun(phrase: str, lang: str) -> bool:
    """A common noun without its determiner (« a livré doses »), where the language needs one."""
    openers = rules(lang).get("openers")
    words = (phrase or "").split()
    if not openers or not words:
        return False
    first = words[0]
    if not first[:1].isalpha() or first[:1].isupper():
        return False  # a name, a number, a quote, punctuation
    low = fold(first).replace("’", "'")
    elided = low.split("'", 1)[0] + "'" if "'" in low else low
    return (
        low not in openers
        and elided not in openers
        and low not in lexicon(lang).numbers
        and low not in lexicon(lang).words.get("possessives", frozenset())
    )


def only_intended(fact: Fact, lang: str) -> bool:
    """A gift or a deployment the article only proposes ("proposed to give", « a proposé de livrer »)
    while the fact reads it as done: asking "Which country gave…?" would state it as a deed."""
    if fact.modality not in ("asserted", "promised") or not fact.verb:
        return False
    at = fact.sentence.find(fact.verb)
    if at < 0:
        return False
    before = " ".join(fold(fact.sentence[max(0, at - 40) : at]).replace("’", "'").split())
    before = before if before.endswith("'") else before + " "
    return any(before.endswith(f" {w} ") or before.endswith(f" {w}") for w in rules(lang).get("intent_before", ()))


def cut_sentence(sentence: str, lang: str) -> bool:
    """A sentence the splitter cut at an abbreviation ("… the 1st Inf." + "Div. will deploy…"):
    it ends on one, or starts with a small letter where a sentence never does."""
    words = sentence.strip().split()
    if not words:
        return True
    abbreviations = rules(lang).get("abbreviations", frozenset())
    last = fold(words[-1]).rstrip("»”\"'’)")
    ends_cut = last in abbreviations and not (last in ("u.s.", "u.k.") and len(words) > 3 and words[-2][:1].islower())
    return ends_cut or sentence.strip()[:1].islower()


@cache
def folded_demonyms(lang: str) -> frozenset[str]:
    return frozenset(fold(d) for d in lexicon(lang).raw.get("demonyms", {}))


def retype(mention: Mention | None, lang: str) -> Mention | None:
    """EU, UN, NATO are organisations (a list of territories has them); "Americans" is a people."""
    if mention is None:
        return None
    orgs = rules(lang).get("organisations", frozenset())
    if mention.kind != "org" and fold(mention.text) in orgs:
        return replace(mention, kind="org")
    demonyms = folded_demonyms(lang)
    if mention.kind in ("org", "country", "name") and mention.text[:1].isupper():
        low = fold(mention.text)
        # a plural of the adjective ("Americans", « Syriens »); "U.S." is the adjective itself, a country
        stems = {low.removesuffix("s"), low.removesuffix("es")} - {low}
        if len(low.split()) == 1 and stems & demonyms:
            return replace(mention, kind="group")  # « les Syriens », "Americans": a people, no organisation
    return mention


def retype_fact(fact: Fact, lang: str) -> Fact:
    changed = {name: retype(fact.role(name), lang) for name in ROLE_NAMES if fact.role(name) is not None}
    return replace(fact, **changed)


def short_names_of_orgs(fact: Fact, orgs: Sequence[str]) -> Fact:
    """ "Halvorsen said…" in a story about Halvorsen Motors: the first word of an organisation's name is
    the organisation, not a person, whatever the tagger says."""
    changed = {}
    for name in ROLE_NAMES:
        mention = fact.role(name)
        if mention is None or mention.kind not in ("person", "name"):
            continue
        short = mention.text.strip()
        if any(o != short and (o.startswith(short + " ") or o == short) for o in orgs):
            changed[name] = replace(mention, kind="org")
    return replace(fact, **changed) if changed else fact


def tokens(text: str) -> set[str]:
    stop = stop_words()
    found = {w for w in re.findall(r"\w+", key(text)) if w not in stop and (len(w) > 1 or w.isdigit())}
    return found or set(re.findall(r"\w+", key(text)))


def near_same(a: str, b: str) -> bool:
    """Two prompts that ask nearly the same thing (most of their words in common)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    inter = len(ta & tb)
    return inter / len(ta | tb) >= 0.5 or inter / min(len(ta), len(tb)) >= 0.8


def headline(article: Article) -> str:
    """The article's title when it is a headline: given as metadata, or a line of its own above the
    body; not the first sentence that stands in for a missing title."""
    from ..ingest import default_title

    if article.title != default_title(article.text):
        return article.title
    first_line = article.text.split("\n", 1)[0].strip()
    if first_line == article.title and "\n" in article.text.strip() and not first_line.endswith((".", "!", "?")):
        return article.title
    return ""


def main_subjects(article: Article, facts: Sequence[Fact]) -> list[str]:
    """What the whole article is about: the names its headline gives, the receiver most facts have,
    and the giver most gifts and deployments have (« la France » on its ministry's page, "the United
    States" on its embassy's: a question whose answer is the one the whole page is about asks nothing)."""
    title = f" {key(headline(article))} "
    found: list[str] = []
    receivers: Counter[str] = Counter()
    givers: Counter[str] = Counter()
    names: dict[str, str] = {}
    for fact in facts:
        for mention in (fact.agent, fact.recipient, fact.destination, fact.speaker):
            if mention is None or mention.kind not in (*NAMED, "group") or mention.vague:
                continue
            core = key(mention.text)
            if core and f" {core} " in title and mention.text not in found:
                found.append(mention.text)
        for mention in (fact.recipient, fact.destination):
            if mention is not None and mention.kind in NAMED:
                receivers[key(mention.text)] += 1
                names.setdefault(key(mention.text), mention.text)
        if fact.kind in ("transfer", "deployment") and fact.agent is not None and fact.agent.kind in NAMED:
            givers[key(fact.agent.text)] += 1
            names.setdefault(key(fact.agent.text), fact.agent.text)
    for counts in (receivers, givers):
        if counts:
            (top, count), *rest = counts.most_common()
            if count >= 3 and (not rest or rest[0][1] < count) and names[top] not in found:
                found.append(names[top])
    return found


def is_subject(text: str, subjects: Iterable[str]) -> bool:
    return any(same_thing(text, s) for s in subjects)


ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9.&-]{1,12})\s*\)")


def article_aliases(article: Article, lang: str | None = None) -> tuple[tuple[str, str], ...]:
    """(long name, acronym) pairs the article defines: « Centre de crise et de soutien (CDCS) »,
    "U.S. Agency for International Development (USAID)"; the two are one entity. With ``lang``, the
    language table's known pairs too (« UE » and « Union européenne »)."""
    known = lexicon(lang).raw.get("question_rules", {}).get("known_aliases", []) if lang else []
    found = [(long_, short) for short, long_ in known]
    for match in ACRONYM.finditer(article.text):
        acronym = match.group(1).replace(".", "").lower()
        words = article.text[max(0, match.start() - 160) : match.start()].split()[-12:]
        loose = None  # « l'Agence espagnole de coopération (AECID) »: a name the article shortened
        for n in range(1, len(words) + 1):
            tail = words[-n:]
            if not tail[0][:1].isalpha():
                continue
            letters = "".join(initials(w) for w in tail)
            if letters[:1] == acronym[:1] and subsequence(acronym, letters):
                found.append((" ".join(tail).strip(",;:"), match.group(1)))
                break
            head = re.split(r"['’]", tail[0])[-1]
            if loose is None and n >= 2 and head[:1].isupper() and head[:1].lower() == acronym[:1]:
                loose = " ".join([head, *tail[1:]]).strip(",;:")
        else:
            name = loose or capitalised_run(words)
            if name is not None:
                # « la BNPB » after "National Disaster Management Agency": an acronym of the name in its own
                # language still names the body the words before it name
                found.append((name, match.group(1)))
    return tuple(found)


@cache
def name_links() -> frozenset[str]:
    """Lower-case words inside a body's name (« Centre de crise et de soutien », "Office for the
    Coordination of…"): the tables' name tails, owners, coordinators and articles, in every language."""
    found: set[str] = set()
    for lang in available_languages():
        lex = lexicon(lang)
        found |= lex.preps.get("name_tail", frozenset()) | lex.preps.get("owner", frozenset())
        found |= set(lex.words.get("coordinators", ())) | set(lex.words.get("anaphoric_determiners", ()))
    return frozenset(w.lower() for w in found)


def capitalised_run(words: list[str]) -> str | None:
    """The capitalised name right before a bracket ("Indonesia's National Disaster Management Agency" →
    "National Disaster Management Agency"), two capitalised words at least; None otherwise."""
    run: list[str] = []
    for word in reversed(words):
        bare = word.strip(",;:")
        if bare != word and run:
            break
        head = re.split(r"['’]s$", bare)[0]
        if head != bare:  # "Indonesia's": the owner, not the name
            break
        if bare[:1].isupper() or bare.lower() in name_links() and run:
            run.insert(0, bare)
            continue
        break
    while run and run[0].lower() in name_links():
        run.pop(0)
    return " ".join(run) if sum(w[:1].isupper() for w in run) >= 2 else None


def initials(word: str) -> str:
    """« U.S. » → us, « Nouvelle-Calédonie » → nc, « Centre » → c."""
    if word.count(".") > 1:
        return word.replace(".", "").lower()
    word = re.split(r"['’]", word)[-1] or word  # « l’océan » → o, as « (FAZSOI) » spells it
    return "".join(part[:1].lower() for part in word.split("-") if part)


def subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(c in it for c in short)


def aliases(a: str, b: str, pairs: Sequence[tuple[str, str]] = ()) -> bool:
    """The same entity: the same name (see same_thing), or a long name and its acronym."""
    if same_thing(a, b):
        return True
    return any(same_thing(a, x) and same_thing(b, y) or same_thing(a, y) and same_thing(b, x) for x, y in pairs)


def related_bodies(name: str, pairs: Sequence[tuple[str, str]], lang: str) -> list[str]:
    """The bodies ``name`` belongs to or holds (« Commission européenne » → « UE », "UN" → "WFP"): offered
    against it, such a wrong option would be right too. From the language table's ``part_of`` pairs."""
    table = lexicon(lang).raw.get("question_rules", {}).get("part_of", [])
    return [parent for child, parent in table if aliases(name, child, pairs)] + [
        child for child, parent in table if aliases(name, parent, pairs)
    ]


def part_of(a: str, b: str, pairs: Sequence[tuple[str, str]], lang: str) -> bool:
    """One of ``a`` and ``b`` is a body of the other (see :func:`related_bodies`)."""
    return any(aliases(b, body, pairs) for body in related_bodies(a, pairs, lang))


NUMBER_IN_TEXT = re.compile(r"\d[\d\s\u00a0\u202f,.]*\d|\d")


def article_numbers(article: Article, lang: str) -> frozenset[float]:
    """Every value the article writes in digits: a wrong option is never one of them."""
    found = set()
    for match in NUMBER_IN_TEXT.finditer(article.text):
        value = parse_number(match.group(0).strip(" ,."), lang)
        if value is not None:
            found.add(value)
    return frozenset(found)


SMALL_COUNT = 10  # below it, a figure that is no gift and no deployment counts nothing a student learns


def trivial_figure(fact: Fact, answer: Mention, lang: str) -> bool:
    """« à la demande des deux pays », « après trois mois », « 1/ », « 0800 », « des millions »:
    a figure that counts nothing of the story."""
    text = answer.text.strip()
    lex = lexicon(lang)
    words = fold(text).split()
    if words and all(lex.numbers.get(w, 0) >= 1000 or w in rules(lang).get("magnitudes", ()) for w in words):
        return True  # « des millions de personnes »: a magnitude, no figure
    if re.match(r"^0\d", text):
        return True  # a phone number
    at = answer.end - fact.start
    after = fact.sentence[at:].lstrip()
    if after[:1] == "/":
        return True  # « 1/ », a list marker
    following = fold(after.split(" ", 1)[0].strip(",.;:()")) if after else ""
    if (
        following in folded(lang, "words", "months")
        or following in rules(lang).get("range_words", ())
        and re.match(r"^\w+\s+\d", after)
    ):
        return True  # a date: « le 10 au 11 octobre »
    singular = following.removesuffix("s").removesuffix("x")
    time_units = folded(lang, "words", "time_units")
    if following in time_units or singular in time_units or following in rules(lang).get("repeat_words", ()):
        return True  # a duration: « après trois mois », « 36 heures après »
    value = parse_number(text, lang)
    units = {fold(u) for u in lex.nouns.get("units", frozenset()) | lex.nouns.get("amounts", frozenset())}
    if value is None or singular in units or following in units:
        return False
    if fact.kind == "figure" and value < SMALL_COUNT and following in rules(lang).get("more_of", ()):
        return True  # « Trois autres pays ont proposé… », "five other states": more of the same, not the story's count
    if value > 2:
        return False
    # « un vol »: one is no figure; « les deux pays », "the two sides": a pair the story already named
    before = fold(fact.sentence[: answer.start - fact.start]).split()
    return value < 2 or bool(before) and before[-1] in rules(lang).get("definites", frozenset())


TEAM_SCALE = 100  # forces fewer than this are a team's size, not the scale of a deployment
LARGE_COUNT = 10_000  # from this count on, whatever it counts is the scale of the story


def minor_figure(fact: Fact, answer: Mention, lang: str) -> bool:
    """A figure outside the lead that counts a detail (« 50 lits », "45 aircraft", « 1 200 départs de
    feu », a team of 28): teachers keep a figure that is money, a toll of people (dead, displaced,
    cases), the scale of a gift or a deployment (a hundred or more), or the story's own (told in its
    lead), and drop the rest; a sub-count (« dont quatorze enfants », "including 30 children") is never
    the one to learn."""
    at = answer.end - fact.start
    before = fold(fact.sentence[: answer.start - fact.start]).split()
    marks = {fold(m) for m in lexicon(lang).words.get("subset_marks", ())}
    if before and (before[-1] in marks or len(before) > 1 and before[-2] in marks) or before[-1:] == ["("]:
        return True
    if names_money(fact.sentence[max(answer.start - fact.start - 4, 0) : at + 25], lang):
        return False  # money: the main sums are what a story of aid is about
    if fact.sentence[at : at + 3].lstrip().startswith("%") or re.match(
        r"\s*(?:pour cent|per ?cent)\b", fact.sentence[at:]
    ):
        return False  # « un recul de 8 % des ventes », "inflation of 5%": a rate is the story's measure
    value = parse_number(answer.text, lang) or 0
    after = fact.sentence[at:].split()
    scale = lexicon(lang).numbers.get(fold(after[0]).strip(",.;:"), 0) if after else 0
    value *= scale if scale >= 1000 else 1  # "2.3 | million users": the magnitude written after the figure
    if value >= LARGE_COUNT:
        return False  # "2.3 million users", « 250 000 personnes »: a count of that scale is the story's
    following = [fold(w).strip(",.;:()") for w in fact.sentence[at:].split()[:3]]
    counted = next(
        (w for w in following if w and w not in folded(lang, "words", "articles") and w not in ("de", "d", "of")), ""
    )
    tolls = rules(lang).get("tolls", frozenset())
    forces = folded(lang, "nouns", "forces") | folded(lang, "nouns", "rescuers") | folded(lang, "nouns", "envoys")
    if counted in tolls or counted.removesuffix("s") in tolls:
        return False
    nearby = [fold(w).strip(",.;:()") for w in fact.sentence[at:].split()[1:7]]
    if counted in rules(lang).get("counted_people", frozenset()) and any(w in tolls for w in nearby):
        return False  # « 94 personnes ont été tuées », "2,400 people have been displaced"
    if folded(lang, "nouns", "equipment") & {counted, counted.removesuffix("s"), counted.removesuffix("x")}:
        return False  # « 40 chars Leopard », "31 Abrams tanks": weapons are counted one by one
    goods = folded(lang, "nouns", "goods") | folded(lang, "nouns", "gifts") | forces
    if {counted, counted.removesuffix("s"), counted.removesuffix("x")} & goods or fact.kind in (
        "transfer",
        "deployment",
    ):
        return value < TEAM_SCALE  # what is given or sent counts by its scale, not a team's size or 50 beds
    return True


def rough_size(fact: Fact, answer: Mention, lang: str) -> bool:
    """« quelque 9 000 militaires », "about 45 personnel": a rough size, unless a toll (after the lead a
    detail; in the lead it may be the story's figure, and is kept)."""
    before = fold(fact.sentence[: answer.start - fact.start]).split()
    return approximate(before, lang) and not toll_after(fact, answer, lang)


def running_total(fact: Fact, answer: Mention, lang: str) -> bool:
    """A sum or a count told since a date (« depuis 2017 », « depuis janvier », "since 2020", "to date"):
    the running total a teacher confuses with the news, never asks for."""
    since = {fold(w) for w in lexicon(lang).words.get("since_words", ())}

    def says_since(text: str) -> bool:
        return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", fold(text)) for w in since)

    # the stretch between commas the figure is in (« … atteint 4,6 millions d'euros depuis janvier »), or
    # a sentence that opens on it (« Depuis 2017, plus de 6 000 militaires… »); not « les inondations qui
    # frappent le Niger depuis la fin août, le gouvernement a débloqué 1,8 million »
    at = answer.start - fact.start
    opening = fact.sentence.split(",", 1)[0] if "," in fact.sentence else ""
    start = 0
    for part in re.split(r"[;:,]", fact.sentence):
        if start <= at < start + len(part) + 1:
            return says_since(part) or (bool(opening) and says_since(opening) and len(opening.split()) <= 4)
        start += len(part) + 1
    return False


def approximate(before: list[str], lang: str) -> bool:
    """« environ », « quelque », « près de », "about", "some": the figure after them is a rough size."""
    marks = [fold(w).split() for w in lexicon(lang).words.get("approximate_words", ())]
    return any(len(m) <= len(before) and before[-len(m) :] == m for m in marks)


def toll_after(fact: Fact, answer: Mention, lang: str) -> bool:
    """The figure counts the dead, the injured or the displaced: a toll, rough or not, is the story's."""
    tolls = rules(lang).get("tolls", frozenset())
    after = [fold(w).strip(",.;:()") for w in fact.sentence[answer.end - fact.start :].split()[:6]]
    return any(w in tolls or w.removesuffix("s") in tolls for w in after)


def vague_thing(answer: Mention, lang: str) -> bool:
    """« une équipe », "further support", "money": a thing that says nothing by itself."""
    words = words_of(answer.text)
    if any(w[:1].isdigit() for w in words) or any(c.isupper() for c in answer.text):
        return False
    vague = rules(lang).get("vague_things", frozenset())
    content = [w for w in words if len(w) > 3]
    return len(words) <= 3 and any(w in vague for w in (content or words)[:2])


def cut_off(text: str) -> bool:
    """A name the extraction cut in the middle: "U.S. Agency for", "1.2 million drought-"."""
    words = fold(text).replace("’", "'").split()
    return bool(words) and (words[-1] in CUT_WORDS or text.rstrip().endswith(("-", "'", "’", "(")))


CUT_WORDS = frozenset(
    [
        "for",
        "of",
        "and",
        "or",
        "to",
        "the",
        "a",
        "an",
        "de",
        "du",
        "des",
        "d'",
        "et",
        "ou",
        "à",
        "au",
        "aux",
        "la",
        "le",
        "les",
        "l'",
        "en",
    ]
)


@cache
def folded(lang: str, section: str, *keys: str) -> frozenset[str]:
    """Words of the language table's ``section`` under ``keys``, folded (no accents) for lookups."""
    table = getattr(lexicon(lang), section)
    return frozenset(fold(w) for k in keys for w in table.get(k, ()))


def thing_type(text: str, lang: str) -> tuple[str, bool, bool, bool]:
    """What sort of thing a theme names: (its currency, counted, forces, time). An option of another
    sort than the answer ("ambassador to Kenya" against "four patrol boats", dollars against euros)
    gives itself away."""
    lex = lexicon(lang)
    words = [w.strip(",.;:()") for w in fold(text).replace("’", "'").split()]
    stems = {w.removesuffix("s").removesuffix("x") for w in words} | set(words)
    table = lex.raw.get("question_rules", {}).get("currencies", {})
    signs = [table[c] for c in table if len(c) == 1 and c in text]
    named = [table[w] for w in sorted(stems) if w in table]
    money = (signs + named + [""])[0]
    first = words[0] if words else ""
    counted = bool(first) and (first[:1].isdigit() or first in lex.numbers)
    forces = bool(stems & folded(lang, "nouns", "forces", "rescuers"))
    time = bool(stems & folded(lang, "words", "time_units", "months"))
    return money, counted, forces and not money, time


@cache
def stop_words() -> frozenset[str]:
    """Words two prompts may share without asking the same thing: articles, possessives,
    demonstratives and question words of every language table."""
    found: set[str] = set()
    for lang in available_languages():
        lex = lexicon(lang)
        for name in ("articles", "possessives"):
            found |= {fold(w).strip("'") for w in lex.words.get(name, ())}
        for name in ("demonstratives", "question_words"):
            found |= set(rules(lang).get(name, ()))
    return frozenset(found)
