"""Roles a sentence leaves empty that the article as a whole fills: the publisher's voice, a nationality.

Each rule carries a role only where there is one candidate, and only as a name the article
itself writes somewhere, so that a question never shows a name the student has not read:

- the publisher of an official release (« diplomatie.gouv.fr »: la France) is the giver or
  deployer of what it tells without naming one (agentless passives, its own « nous »);
- forces or gifts that carry a nationality (« des soldats français », "Polish troops") come
  from that country;
- the one country an aid article's title is about receives the gifts, and hosts the forces, that
  its sentences leave without a receiver or a place;
- forces sent « sur place » / "to the scene" go to the one country the article's lead names.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from spacy.tokens import Token

from ..gazetteer import countries, country_gender, fold
from ..ingest import PARSE_MAP
from ..lexicon import Lexicon, lexicon
from ..models import Article, Fact, Mention

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PUBLISHERS = Path(__file__).resolve().parent.parent / "publishers.toml"


@dataclass(frozen=True, slots=True)
class Publisher:
    domains: tuple[str, ...]
    kind: str
    names: dict[str, tuple[str, ...]]
    bylines: tuple[str, ...] = ()


@cache
def publishers() -> tuple[Publisher, ...]:
    data = tomllib.loads(PUBLISHERS.read_text(encoding="utf-8"))
    return tuple(
        Publisher(
            tuple(p["domains"]),
            p["kind"],
            {lang: tuple(n) for lang, n in p["names"].items()},
            tuple(p.get("bylines", ())),
        )
        for p in data.get("publisher", [])
    )


def publisher_of(article: Article) -> Publisher | None:
    """The publisher an article's header names: a ``publisher:`` line, else its ``source:`` address."""
    declared = fold(article.publisher or "")
    for pub in publishers():
        if declared and any(fold(n) == declared for names in pub.names.values() for n in names):
            return pub
    source = article.source or byline(article.text)
    host = (urlsplit(source).hostname or "").rstrip(".")
    if not host and (written := HOST.search(source)):  # « diplomatie.gouv.fr – communiqué du ministère »
        host = written.group().lower().rstrip(".")
    if host:
        return next((pub for pub in publishers() if any(host_matches(host, d) for d in pub.domains)), None)
    signed = fold(source)  # « Ministère des Armées – Marine nationale (communiqué de presse) »
    for pub in publishers():
        if any(re.search(rf"(?<!\w){re.escape(fold(b))}(?!\w)", signed) for b in pub.bylines):
            return pub
    return None


def byline(text: str) -> str:
    """ "From: Foreign, Commonwealth & Development Office", the line a government page opens with when
    copied as text: who signs it."""
    found = re.search(r"^From:[ \t]*(.+)$", text[:400], re.MULTILINE)
    return found.group(1) if found else ""


HOST = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b", re.IGNORECASE)


def host_matches(host: str, domain: str) -> bool:
    """ "www.diplomatie.gouv.fr" is under "gouv.fr"; "pk.ambafrance.org" has a label starting "ambafrance"."""
    if "." not in domain:
        return any(label.startswith(domain) for label in host.split("."))
    return host == domain.lstrip(".") or host.endswith("." + domain.lstrip("."))


def named(article: Article, name: str, kind: str, lang: str) -> Mention | None:
    """The first place where the article writes ``name`` as a word, as a mention of ``kind``."""
    found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", article.text)
    if found is None:
        return None
    start, end = found.span()
    det = re.search(r"(?:\b(l['’]|la|le|les|the)\s*)$", article.text[max(start - 5, 0) : start], re.IGNORECASE)
    phrase_start = start - len(det.group()) if det else start
    gender, number = country_gender(name, lang) if kind == "country" else (None, None)
    return Mention(
        text=name,
        start=start,
        end=end,
        kind=kind,
        phrase=article.text[phrase_start:end],
        det=det.group(1).lower() if det else None,
        gender=gender,
        number=number,
    )


def publisher_mention(article: Article, lang: str) -> Mention | None:
    """The release's publisher, as the article names it; None on pages that are not a publisher's own."""
    pub = publisher_of(article)
    if pub is None:
        return None
    # the name the article writes most (a British release says "Britain" thrice, "the UK's" once); ties
    # go to the table's order
    names = [n for n in pub.names.get(lang, ()) if named(article, n, pub.kind, lang) is not None]
    if not names:
        return None
    best = max(names, key=lambda n: (times_written(article, n), -names.index(n)))
    return named(article, best, pub.kind, lang)


def times_written(article: Article, name: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", article.title + "\n" + article.text))


def nation_of(tok: Token, lex: Lexicon) -> str | None:
    """The country a nationality word names (« françaises » → France, "Polish" → Poland), else None."""
    demonyms = lex.raw.get("demonyms", {})
    text = tok.lower_
    for form in (text, tok.lemma_.lower(), *inflected_bases(text)):
        if form in demonyms:
            return demonyms[form]
    return None


def inflected_bases(word: str) -> list[str]:
    """The masculine singular a French adjective may come from: « françaises », « ukrainiennes »."""
    bases = []
    for ending, replacement in (("nnes", "n"), ("nne", "n"), ("es", ""), ("e", ""), ("s", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            bases.append(word[: -len(ending)] + replacement)
    return bases


def nation_mention(article: Article, country: str, lang: str) -> Mention | None:
    """The country of a nationality, where the article names it, by its name or another it goes by
    ("U.S." for the United States)."""
    aliases = lexicon(lang).raw.get("countries", {}).get("aliases", {})
    names = [country] + [alias for alias, name in aliases.items() if name == country]
    return next((m for n in names if (m := named(article, n, "country", lang)) is not None), None)


def nationality_mention(article: Article, theme: Mention | None, country: str, lang: str) -> Mention | None:
    """The country a nationality word of ``theme`` names, where the article never writes the country:
    a mention of the word (« pakistanais ») whose text is the country (Pakistan), marked derived and
    vague, so that it is a fact's role but never a question's answer or blank."""
    if theme is None:
        return None
    demonyms = lexicon(lang).raw.get("demonyms", {})
    for word in re.finditer(r"[^\W\d_][\w-]*", article.text[theme.start : theme.end]):
        folded = word.group().lower()
        if any(demonyms.get(f) == country for f in (folded, *inflected_bases(folded))):
            gender, number = country_gender(country, lang)
            start = theme.start + word.start()
            return Mention(
                text=country,
                start=start,
                end=start + len(word.group()),
                kind="country",
                phrase=country,
                gender=gender,
                number=number,
                vague=True,
                derived=True,
            )
    return None


def title_countries(article: Article, lang: str) -> list[str]:
    """The countries the title names, as the table writes them, itself or through its people
    (« Séisme en Turquie », « … pour les Syriens en détresse », "Food to Somalis")."""
    title = article.title or ""
    # the names CLDR gives and those the press uses (« la RDC »), as the title writes them, once per country
    aliases = lexicon(lang).raw.get("countries", {}).get("aliases", {})
    written = {name: name for name in countries(lang).values()} | dict(aliases)
    found, seen = [], set()
    for name, country in sorted(written.items(), key=lambda nc: -len(nc[0])):
        if country not in seen and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", title):
            found.append(name)
            seen.add(country)
    demonyms = lexicon(lang).raw.get("demonyms", {})
    for match in re.finditer(r"[^\W\d_][\w.]*", title):
        word = match.group()
        if not word[0].isupper() or word.lower() == "us" and word != "US":  # "Help Us": a pronoun
            continue
        following = re.match(r"\s+([^\W\d_]+)", title[match.end() :])
        if word.lower() in demonyms and following and not needy_word(following.group(1), lang):
            continue  # "Egyptian Troops Arrive": a nationality before a noun names who sends, not where
        country = next((demonyms[f] for f in (word.lower(), *inflected_bases(word.lower())) if f in demonyms), None)
        if country is not None and country not in found:
            found.append(country)
    return found


def needy_word(word: str, lang: str) -> bool:
    """ "Refugees", « sinistrés »: people in need, whom a nationality before them makes the story's receivers."""
    lex = lexicon(lang)
    people = lex.nouns.get("needy", frozenset()) | lex.nouns.get("people", frozenset())
    folded = fold(word)
    return folded in people or folded.rstrip("s") in people or folded[:-3] + "y" in people


def topic_place(
    article: Article, giver: Mention, voice: Mention | None, lang: str, givers: set[str] = frozenset()
) -> Mention | None:
    """The one country the title names besides the giver and the publisher, where the body names it.

    An aid article titled « Séisme en Turquie : la France envoie… » or "US Helicopters Bring Aid to
    Quake Victims in Pakistan" is about that country: what it tells as given without a receiver, or
    deployed without a place, goes there. With two such countries the role stays empty. A country
    the sentence shows giving or deploying too (``givers``, folded) is not the one it is about.
    """
    if first_sentence_as_title(article):
        return None  # no headline: the title is the first sentence, one event among others
    own = {fold(giver.text)} | ({fold(voice.text)} if voice is not None else set()) | set(givers)
    others = [name for name in title_countries(article, lang) if fold(name) not in own]
    if len(others) > 1:  # « Inondations en Libye : la France, l'Italie… renforcent l'aide »: the place is the scene
        others = places_in_title(article.title or "", others, lang)
    return named(article, others[0], "country", lang) if len(others) == 1 else None


def first_sentence_as_title(article: Article) -> bool:
    """The title is the body's first sentence, not a headline: a headline pasted as the first line
    ("Japan sends relief team to typhoon-hit Philippines", then a blank line) stands alone, with no
    full stop, on a line of its own."""
    # a title is kept with plain spaces and apostrophes, the text as written: compare them as parsed
    text, title = article.text.lstrip().translate(PARSE_MAP), article.title.rstrip(" .…").translate(PARSE_MAP)
    if not text.startswith(title):
        return False
    # the title may be the first line cut short (« …ordinateurs aux élèves… »): the line decides
    line, newline, _ = text.partition("\n")
    return not (newline and not line.rstrip().endswith("."))


def places_in_title(title: str, names: list[str], lang: str) -> list[str]:
    """The ``names`` a title puts after a preposition of place or receiving (« en Libye », « au Népal »,
    "in Pakistan", "to Lithuania and Latvia"), the way a headline says where its story happens."""
    preps = lexicon(lang).preps
    words = preps["destination"] | preps["recipient"] | preps.get("recipient_named", frozenset())
    article = r"(?:l['’]|la |le |les |the )?"
    joins = r"\s*(?:,|et|and|&)\s+" + article
    spans = {}
    for name in names:
        found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", title)
        if found is not None:
            spans[name] = found.span()
    placed = {
        name
        for name, (start, _) in spans.items()
        # "to typhoon-hit northern Philippines": up to two lower-case words of description between
        if re.search(
            rf"(?:^|\s)(?i:{'|'.join(map(re.escape, words))})\s+(?i:{article})(?:[a-zà-ÿ][\w-]*\s+){{0,2}}$",
            title[:start],
        )
    }
    grown = True
    while grown:  # « en Turquie et en Syrie », "to Lithuania and Latvia": the places listed with it
        more = {
            name
            for name, (start, _) in spans.items()
            if name not in placed and any(re.fullmatch(joins, title[spans[p][1] : start]) for p in placed)
        }
        placed |= more
        grown = bool(more)
    return [name for name in names if name in placed]


def scene_country(article: Article, fact: Fact, own: set[str], lang: str) -> Mention | None:
    """Where forces were sent « sur place » / "to the scene": the one country the article's first
    paragraph names (« Le cyclone a frappé les Philippines… »), other than the deployer's own."""
    sentence = fold(fact.sentence)
    on_site = lexicon(lang).words.get("on_site", ())
    if not any(re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", sentence) for w in on_site):
        return None
    lead = article.text.strip().split("\n\n", 1)[0]
    names = {
        name
        for name in set(countries(lang).values())
        if fold(name) not in own and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lead)
    }
    return named(article, names.pop(), "country", lang) if len(names) == 1 else None
