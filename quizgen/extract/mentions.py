"""Turn a head token into a clean, readable :class:`Mention`.

A span is the head's phrase cut where another clause or role starts, without leading
determiners, prepositions and focus adverbs (« Même le Danemark » → « Danemark »), without
trailing punctuation or a dangling elided word; named entities are kept whole.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..gazetteer import country_gender, is_country
from ..lexicon import Lexicon, available_languages, every_language, lexicon
from ..models import Article, Mention
from .context import nation_of, publisher_mention
from .syntax import CLAUSE_DEPS

# a noun phrase holds no auxiliary, copula or subject: « Les États-Unis ont 2 500 soldats » parsed with
# « soldats » as the clause's head is still the phrase « 2 500 soldats »
CLAUSE_PARTS = {"aux", "aux:tense", "aux:pass", "auxpass", "cop", "nsubj", "nsubj:pass"}
CUT_DEPS = CLAUSE_DEPS | CLAUSE_PARTS | {"punct", "appos", "cc:preconj", "discourse", "vocative", "dislocated", "mark"}
PERSON, PLACE, ORG = {"PER", "PERSON"}, {"LOC", "GPE", "FAC"}, {"ORG", "NORP"}
DASHES = {"–", "—", "(", ")", "[", "]", ";", ":", "«", "»", "“", "”", '"'}


NUMERIC = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"}


def entity_at(token: Token) -> Span | None:
    """The named entity (not a number) the token belongs to."""
    if not token.ent_type_ or token.ent_type_ in NUMERIC:
        return None
    index = token.doc.user_data.get("quizgen_entities")
    if index is None:  # built once per document: looking entities up token by token is quadratic
        index = {i: ent for ent in token.doc.ents for i in range(ent.start, ent.end)}
        token.doc.user_data["quizgen_entities"] = index
    ent = index.get(token.i)
    if ent is None:
        return None
    return whole_name(ent) if ent.label_ in PERSON | {"MISC"} else ent


def name_part(token: Token) -> bool:
    """A word that may continue a person's name: capitalised, or a particle before one."""
    doc = token.doc
    text = token.text
    if text.lower() in every_language("name_particles"):
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        # « Charles de Gaulle », but not « une équipe du CDCS »: an acronym takes no particle
        return nxt is not None and (nxt.text == "-" or nxt.text[:1].isupper() and not nxt.text.isupper())
    return (
        text[:1].isupper() and token.is_alpha and not token.is_stop and token.pos_ in ("PROPN", "NOUN", "ADJ", "VERB")
    )


def whole_name(ent: Span) -> Span:
    """A person's name as written, when the tagger caught only part of it (« Rami [Abd al]-Rahman »)."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and name_part(doc[start - 1]):
        run = start - 1
        while run > 0 and name_part(doc[run - 1]) and doc[run - 1].lower_ not in all_titles():
            run -= 1
        if run > 0 and doc[run - 1].pos_ in ("ADP", "DET"):
            # « ministre des Armées Florence Parly », "Minister of Public Security Andrea Solís Mora": the
            # capitalised words after « des », "of" complete the title, not the name
            break
        before = doc[start - 1]
        if before.ent_type_ and before.ent_type_ not in PERSON or before.lower_ in all_titles():
            break  # "Today American Ambassador David Hale": a day, a nationality, a title are no name
        start -= 1
    while start < ent.start and doc[start].is_lower:
        start += 1  # « à destination de Niamey »: a particle opens no name (« Charles de Gaulle » does not start on it)
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_:
        tok = doc[end]
        if tok.text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc) and name_part(doc[end + 1]):
            end += 2
        elif name_part(tok) and (
            tok.pos_ == "PROPN" or tok.text.lower() in every_language("name_particles") or not doc[end - 1].whitespace_
        ):
            end += 1
        else:
            break
    return doc[start:end]


@cache
def all_titles() -> frozenset[str]:
    """Titles of every language table (« ambassadeur », "ambassador"): they go before a name, not in it."""
    return frozenset(
        t for lang in available_languages() for t in lexicon(lang).nouns.get("titles", ())
    ) | every_language("title_words")


ORDINAL_ENDINGS = ("ième", "ieme", "ème", "1er", "1re", "th", "st", "nd", "rd")


def is_number(token: Token, lex: Lexicon) -> bool:
    """A cardinal number, in digits or in words (ordinals such as « deuxième » are not)."""
    text = token.lower_
    if "Ord" in token.morph.get("NumType") or text.endswith(ORDINAL_ENDINGS) and not text.isdigit():
        return False
    if any(c.isalpha() for c in text) and any(c.isdigit() for c in text):
        return False  # "F-16", « M198 », "C-130": a model's name, not a count
    return (
        token.like_num
        or token.pos_ == "NUM"
        or text.replace(",", "").replace(".", "").replace("\u202f", "").isdigit()
        or text in lex.numbers
        # « vingt-et-un », « quatre-vingt-dix », "twenty-one"
        or "-" in text
        and all(p in lex.numbers or p in lex.words.get("coordinators", ()) for p in text.split("-"))
    ) and text not in ("un", "une", "one", "a")


def time_phrases(head: Token, lex: Lexicon) -> set[int]:
    """ "the camps | before Ramadan", « les familles | avant l'hiver »: a phrase of time the parser hung on
    a noun says when, not which; it is no part of the mention."""
    preps = lex.preps.get("time", frozenset())
    found = set()
    for child in head.children:
        if child.i < head.i:
            continue
        if (
            child.lower_ in preps
            and child.dep_ == "prep"
            or any(c.dep_ == "case" and c.lower_ in preps for c in child.children)
        ):
            found.add(child.i)
    return found


def phrase_tokens(head: Token, stop: set[int]) -> list[Token]:
    """The head's phrase: its subtree minus clauses and excluded tokens, contiguous."""
    keep: set[int] = set()

    def walk(tok: Token) -> None:
        keep.add(tok.i)
        for child in tok.children:
            counted = tok.pos_ == "NUM" and child.i == tok.i + 1 and child.dep_ == "acl"  # « 80 secouristes »
            if (
                child.i in stop
                or child.dep_ in CUT_DEPS
                and not (child.dep_ == "punct" and child.text == "-" or counted)
            ):
                continue
            if child.dep_ in ("acl",) and child.pos_ == "VERB" and child.i > tok.i + 1:
                continue
            walk(child)

    walk(head)
    start = end = head.i
    while start - 1 in keep and head.doc[start - 1].text not in DASHES:
        start -= 1
    doc = head.doc
    while True:
        if end + 1 in keep and doc[end + 1].text not in DASHES and doc[end + 1].text != ",":
            end += 1
            continue
        if end + 2 in keep and doc[end + 1].text == "," and listed_after(doc, end + 1, keep):
            end += 2  # "tents, generators and blankets": a list's comma does not end it
            continue
        # "19,000 metric tons (MT) of food": a short bracket inside the phrase does not end it
        close = next((i for i in range(end + 2, min(end + 8, len(doc))) if doc[i].text == ")"), None)
        if end + 1 < len(doc) and doc[end + 1].text == "(" and close is not None and close + 1 in keep:
            end = close + 1
            continue
        return list(doc[start : end + 1])


def listed_after(doc: Doc, comma: int, keep: set[int]) -> bool:
    """A comma inside a list ("tents, generators and blankets"), not before an apposition ("Kyiv, the
    capital"): the words after it hang on the phrase as a conjunct."""
    after = []
    for i in range(comma + 1, len(doc)):
        if i not in keep or doc[i].text == ",":
            break
        after.append(doc[i])
    if not after or any(t.pos_ in ("VERB", "AUX") for t in after):
        return False  # « …, mais le membre le plus critique est en deçà »: a clause, not an item
    if after[0].pos_ == "CCONJ" and after[0].lower_ not in every_language("coordinators"):
        return False
    heads = [t for t in after if t.head.i not in {a.i for a in after}]
    return all(h.dep_ == "conj" and h.pos_ in ("NOUN", "PROPN", "NUM") for h in heads)


def trim(tokens: list[Token], lex: Lexicon, head: Token) -> tuple[list[Token], list[Token]]:
    """Split leading function words (kept for the phrase) from the span itself."""
    strip = lex.words.get("strip_leading", frozenset())
    lead: list[Token] = []
    while len(tokens) > 1 and tokens[0].i != head.i:
        tok = tokens[0]
        if (
            tok.lower_ in strip
            or (tok.pos_ in ("ADP", "PUNCT", "CCONJ", "SCONJ", "ADV") or tok.dep_ in ("case", "fixed"))
            and tok.lower_ not in lex.numbers
        ):  # « grâce aux projets »: a noun the parser made part of a preposition
            lead = [] if tok.lower_ in strip or tok.pos_ in ("PUNCT", "CCONJ", "SCONJ", "ADV") else lead + [tok]
            tokens = tokens[1:]
        elif tok.pos_ == "DET" and is_article(tok):
            lead.append(tok)
            tokens = tokens[1:]
        else:
            break
    while len(tokens) > 1 and (
        tokens[-1].is_punct
        or tokens[-1].pos_ in ("CCONJ", "ADP", "DET", "SCONJ")
        or tokens[-1].text.endswith("'")
        or tokens[-1].lower_ in lex.words.get("time_words", ())
    ):
        tokens = tokens[:-1]
    return lead, tokens


def is_article(tok: Token) -> bool:
    return "Art" in tok.morph.get("PronType") or tok.lower_ in every_language("articles")


def classify(tokens: list[Token], head: Token, lex: Lexicon) -> str:
    text = "".join(t.text_with_ws for t in tokens).strip()
    ent = entity_at(head)
    label = ent.label_ if ent is not None else ""
    if is_country(text, lex.code) or label in PLACE and is_country(ent.text, lex.code):
        return "country"
    if label in PERSON:
        return "person"
    if label in ORG and head.is_lower and head.lemma_.lower() in lex.nouns.get("places", ()):
        return "area"  # "the Indo-Pacific region" read as an organisation: a region is a place
    if label in ORG:
        return "org"
    if label in PLACE:
        return "place"
    if (
        is_number(head, lex)
        or head.lemma_.lower() in lex.nouns.get("units", ())
        and any(is_number(t, lex) for t in tokens)
    ):
        return "number"
    if head.lemma_.lower() in lex.nouns.get("places", ()):
        return "area"  # a place named by a common noun: « la région », « les pays voisins »
    if head.pos_ == "PROPN":
        return "org" if text.isupper() else "name"
    return "thing"


def with_name_tail(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """« l'Organisation des Nations Unies | pour l'enfance », "the Office | for the Coordination of…": the
    tagger's name stops before a « pour » / "for" phrase the parser hung on its last word."""
    doc, last = tokens[0].doc, tokens[-1]
    if last.lower_ in lex.preps.get("name_tail", ()) and last.i + 1 < len(doc):
        # "U.S. Agency for | International Development": the tagger cut the name on its « for »
        following = entity_at(doc[last.i + 1])
        if following is not None and following.label_ in ORG and following.start == last.i + 1:
            return tokens + list(following)
    prep = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if prep is None or prep.lower_ not in lex.preps.get("name_tail", ()):
        return tokens
    following = entity_at(doc[prep.i + 1]) if prep.i + 1 < len(doc) else None
    if following is not None and following.label_ in ORG and following.start == prep.i + 1:
        return tokens + list(doc[prep.i : following.end])  # "the United Nations Office | for the Coordination of…"
    phrase = prep if prep.dep_ == "prep" else prep.head  # English: prep -> pobj; French: case <- noun
    if phrase.head.i != last.i:
        return tokens
    tail = list(doc[prep.i : max(t.i for t in phrase.subtree) + 1])
    if len(tail) > 6 or any(t.is_punct or t.pos_ in ("VERB", "AUX", "PRON") for t in tail):
        return tokens
    return tokens + tail


def with_body_name(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """« l'ONG | Action contre la Faim », "the charity | Save the Children": a word for a kind of body
    followed by a body's name is named by it (the parser may leave the name out of the phrase), also
    after its owner ("Saudi Arabia's aid agency | KSrelief")."""
    if not tokens or tokens[-1].lemma_.lower() not in lex.nouns.get("body_kinds", frozenset()):
        return tokens
    doc = tokens[-1].doc
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if after is None or after.ent_type_ not in ORG or after.ent_iob_ != "B":
        return tokens
    name = entity_at(after)
    return [*tokens, *name] if name is not None else tokens


def with_nationality(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """« le Croissant-Rouge | mauritanien »: a nationality right after a body's name is part of the name
    (the tagger leaves it out of the entity); not after a country or a person."""
    last = tokens[-1]
    doc = last.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if (
        after is not None
        and lex.code == "fr"
        and after.pos_ == "ADJ"
        and after.head.i in {t.i for t in tokens}
        and last.ent_type_ in ORG
        and nation_of(after, lex) is not None
    ):
        return [*tokens, after]
    return tokens


def make_mention(
    head: Token, article: Article, lex: Lexicon, *, stop: set[int] = frozenset(), prep: Token | None = None
) -> Mention | None:
    """The mention headed by ``head``, or None when nothing readable is left."""
    ent = entity_at(head)
    if ent is not None and len(ent) == 1 and head.lower_ in lex.words.get("compass", ()):
        ent = None  # « au Nord du Mali »: a direction names a place only with what it is the north of
    if ent is not None and ent.root.i == head.i or ent is not None and len(ent) <= 8 and head.pos_ == "PROPN":
        tokens = [t for t in ent]
        before = [
            t
            for t in head.doc[max(ent.start - 2, 0) : ent.start]
            if t.pos_ == "DET" and is_article(t) and t.head.i in range(ent.start, ent.end)
        ]
        while len(tokens) > 1 and tokens[0].pos_ == "DET" and is_article(tokens[0]):
            before, tokens = before + [tokens[0]], tokens[1:]
        lead = before
        # "la mer Baltique": a common noun heading a name stays in the span
        tokens = extend_flat(tokens)
        tokens = with_nationality(tokens, lex)
        if ent.label_ in ORG and len(ent) >= 3:
            tokens = with_name_tail(tokens, lex)
        tokens = up_to_acronym(tokens)
    else:
        lead, tokens = trim(phrase_tokens(head, set(stop) | time_phrases(head, lex)), lex, head)
        tokens = with_body_name(tokens, lex)
    tokens = [t for t in tokens if not t.is_space]
    while len(tokens) > 1 and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]  # "the U.S. Coast Guard's | branch": the owner without its possessive mark
    if not tokens or all(t.is_punct for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = article.text[start:end].strip()
    if not any(c.isalnum() for c in text):
        return None
    det = lead[-1] if lead and lead[-1].pos_ == "DET" else None
    prep_tok = prep if prep is not None else next((t for t in lead if t.pos_ == "ADP"), None)
    phrase_start = min(
        [start] + [t.idx for t in lead] + ([prep_tok.idx] if prep_tok is not None and prep_tok.i < tokens[0].i else [])
    )
    kind = classify(tokens, head, lex)
    gender, number = morph_gender(head)
    gendered = lex.raw.get("words", {}).get("gendered_articles", {})
    if det is not None and det.lower_ in gendered:
        # « la Croix-Rouge »: the article the text gives the name says its gender better than its last word
        gender = gendered[det.lower_]
    gender = lex.raw.get("words", {}).get("org_gender", {}).get(text, gender)  # « l'UE »: feminine
    unit_gender = lex.raw["nouns"].get("unit_gender", {})
    if head.lemma_.lower() in unit_gender and head.i > 0 and is_number(head.doc[head.i - 1], lex):
        gender = {"f": "f", "m": "m"}[unit_gender[head.lemma_.lower()]]
    if kind == "country":
        gender, number = country_gender(text, lex.code)
    vague_words = lex.nouns.get("vague", frozenset())
    vague = (
        any(t.lemma_.lower() in vague_words or t.lower_ in vague_words for t in lead + tokens[:2])
        or head.pos_ == "PRON"
    )
    return Mention(
        text=text,
        start=start,
        end=end,
        kind=kind,
        phrase=article.text[phrase_start:end].strip(),
        det=det.lower_ if det is not None else None,
        prep=prep_tok.lower_ if prep_tok is not None else None,
        gender=gender,
        number=number,
        vague=vague,
    )


ACRONYM_GAP = 6  # words a name may run on past where the tagger cut it, before its acronym


def up_to_acronym(tokens: list[Token]) -> list[Token]:
    """« le Centre de crise | et de soutien (CDCS) »: a name the tagger cut before its acronym runs to
    the acronym when the acronym's letters are the initials of the whole, in order."""
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    for k in range(end, min(end + ACRONYM_GAP, len(doc) - 2)):
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            if (
                doc[k].text == "("
                and k > end
                and doc[k + 2].text == ")"
                and acronym_of(doc[k + 1].text, doc[tokens[0].i : k])
            ):
                return list(doc[tokens[0].i : k])
            return tokens
    return tokens


def acronym_of(acronym: str, words) -> bool:
    """ "CDCS" for « Centre de crise et de soutien »: its letters are, in order, initials of the words,
    the first word's first."""
    letters = [c for c in acronym if c.isalpha()]
    if len(letters) < 2 or not acronym.replace(".", "").isupper():
        return False
    initials = [w.text[0].upper() for w in words if w.text[:1].isalpha()]
    if not initials or initials[0] != letters[0]:
        return False
    i = 0
    for initial in initials:
        if i < len(letters) and initial == letters[i]:
            i += 1
    return i == len(letters)


def extend_flat(tokens: list[Token]) -> list[Token]:
    doc: Doc = tokens[0].doc
    start = tokens[0].i
    while (
        start > 0
        and doc[start - 1].pos_ == "NOUN"
        and doc[start - 1].is_lower
        and doc[start].dep_ == "flat:name"
        and doc[start].head.i == start - 1
    ):
        start -= 1
    return list(doc[start : tokens[-1].i + 1])


def morph_gender(token: Token) -> tuple[str | None, str | None]:
    gender = token.morph.get("Gender")
    number = token.morph.get("Number")
    return (
        {"Fem": "f", "Masc": "m"}.get(gender[0]) if gender else None,
        {"Plur": "plur", "Sing": "sing"}.get(number[0]) if number else None,
    )


def resolve_anaphor(head: Token, mention: Mention, article: Article, lex: Lexicon) -> Mention:
    """« le pays », « son pays », "the country", « il »: the one country named before it in the paragraph.

    With no candidate, or several, the mention stays as written and is marked vague, so
    that no question asks about it.
    """
    anaphors = lex.nouns.get("anaphors", frozenset())
    pronoun = head.pos_ == "PRON" and head.lower_ in lex.words.get("subject_pronouns", frozenset())
    if head.pos_ == "PRON" and head.lower_ in lex.words.get("authorial", frozenset()):
        return publisher(head, mention, article, lex)
    # "it" names a body only as the subject of what that body said it would do
    neuter = head.pos_ == "PRON" and head.lower_ in lex.words.get("neuter_pronouns", frozenset())
    speaker = reporting_subject(head, lex) if pronoun or neuter else None
    if speaker is not None:  # "The Pentagon said it would send…", « le Japon a annoncé qu'il enverrait… »
        found = make_mention(speaker, article, lex)
        if found is not None:
            return found
    if head.lemma_.lower() not in anaphors and not pronoun:
        return mention
    doc = head.doc
    taken = None
    if pronoun:  # « L'UE a livré des bâches à Madagascar. Elle a aussi envoyé… »: the UE, not Madagascar
        taken = previous_subject(head, article, lex)
        if taken is not None and agrees(head, taken):
            return taken
    paragraph_start = doc.text.rfind("\n", 0, head.idx) + 1
    names = {
        ent.text: ent
        for ent in doc.ents
        if paragraph_start <= ent.start_char
        and ent.end <= head.i
        and is_country(ent.text, lex.code)
        and (taken is None or ent.text != taken.text)
    }
    if len(names) == 1:
        found = make_mention(next(iter(names.values())).root, article, lex)
        if found is not None:
            return found
    return replace(mention, vague=True)


def previous_subject(pronoun: Token, article: Article, lex: Lexicon) -> Mention | None:
    """The named country or body that is the subject of the sentence before, in the same paragraph:
    what a subject pronoun that opens the next one most likely stands for."""
    doc, sentence = pronoun.doc, pronoun.sent
    if sentence.start == 0 or pronoun.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass"):
        return None
    previous = doc[sentence.start - 1].sent
    if "\n" in doc[previous.end - 1 : sentence.start + 1].text:
        return None
    subj = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    found = make_mention(subj, article, lex)
    return found if found is not None and found.kind in ("country", "org") else None


def agrees(pronoun: Token, mention: Mention) -> bool:
    """« elle » and « l'UE », « ils » and « les États-Unis »: gender and number, where the pronoun has them."""
    gender = {"Fem": "f", "Masc": "m"}.get(next(iter(pronoun.morph.get("Gender")), ""))
    number = {"Sing": "sing", "Plur": "plur"}.get(next(iter(pronoun.morph.get("Number")), ""))
    return (gender is None or mention.gender in (None, gender)) and (number is None or mention.number in (None, number))


def reporting_subject(pronoun: Token, lex: Lexicon) -> Token | None:
    """The named subject of the verb of saying or announcing whose clause the pronoun opens."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    # "Russia denied that it had deployed…": a denial reports too
    reporting = (
        lex.verbs.get("say", frozenset()) | lex.verbs.get("announce", frozenset()) | lex.verbs.get("deny", frozenset())
    )
    if clause.head.lemma_.lower() not in reporting:
        return None
    subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    # "Saudi Arabia's aid agency KSrelief said it would…": a common noun named by its apposition
    named = entity_at(subj) is not None or any(c.dep_ == "appos" and entity_at(c) is not None for c in subj.children)
    return subj if named else None


def publisher(head: Token, mention: Mention, article: Article, lex: Lexicon) -> Mention:
    """« nous » outside quotes, in a government's own page (« nous avons détaché un agent »): its
    publisher when the header names one, else the country the article shows acting, when it shows
    exactly one as the subject of its sentences."""
    doc = head.doc
    quoted = doc.user_data.get("quizgen_quoted", set())
    if any(saying(t, lex) and t.i != head.head.i for t in head.sent):
        return replace(mention, vague=True)  # "We delivered 735 aircraft, the company said": someone's words
    voice = publisher_mention(article, lex.code)
    if voice is not None:
        return voice  # the page's own « nous »: its publisher, when the header says who that is
    names = {}
    for subj in doc[: head.i]:
        if subj.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") or subj.i in quoted:
            continue
        if any(saying(t, lex) and t.i != subj.head.i for t in subj.sent):
            continue  # a country in someone's reported words is not the article's voice
        for tok in [subj, *(c for c in subj.subtree if c.dep_ == "conj")]:  # « la France et l'Allemagne »
            ent = entity_at(tok)
            if ent is not None and is_country(ent.text, lex.code):
                names.setdefault(ent.text, tok)
    if len(names) == 1:
        found = make_mention(next(iter(names.values())), article, lex)
        if found is not None:
            return found
    return replace(mention, vague=True)


def saying(tok: Token, lex: Lexicon) -> bool:
    """A verb of saying, also when the lemmatizer missed it (« indique » left as is)."""
    says = lex.verbs.get("say", frozenset())
    return tok.pos_ in ("VERB", "AUX") and (
        tok.lemma_.lower() in says or any(guess in says for guess in lex.infinitives(tok.lower_))
    )
