"""Quotes: « … » or "…" with a verb of saying before or after them, or « selon X ».

Quotes are found in the text, not in the parse (the parser cuts sentences inside them);
the speaker is read from the clause around the quote. A quote with no attribution that
directly follows an attributed one in the same paragraph keeps its speaker, as news
writing does (« … », a déclaré X. « … »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..models import Article, Mention
from .mentions import PERSON, entity_at, make_mention, saying
from .syntax import SUBJECT, negated, subject

QUOTE = re.compile(r"«\s*(?P<fr>[^«»]+?)\s*»|“(?P<curly>[^“”]+)”|\"(?P<straight>[^\"]+)\"")
MIN_WORDS = 4  # shorter quotes are scare quotes (« blague »), not statements
MIN_SENTENCE_WORDS = 8  # a quoted sentence shorter than this joins its neighbour
REACH = 12  # tokens after a quote in which its attribution may stand


@dataclass(frozen=True, slots=True)
class QuoteEvent:
    sentence: Span
    speaker: Mention | None
    quote: Mention


def quoted_tokens(doc: Doc) -> set[int]:
    """Indexes of tokens inside quotation marks (claims made by someone, not the article)."""
    inside: set[int] = set()
    for match in QUOTE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    doc.user_data["quizgen_quoted"] = inside  # for mentions that read the article's own voice
    return inside


def find_quotes(
    doc: Doc, article: Article, lex: Lexicon, sentences: list[Span], quoted: set[int]
) -> Iterator[QuoteEvent]:
    """Quotes in quotation marks, then reported speech closed by « , affirme X »."""
    previous: tuple[int, Mention] | None = None  # (end char, speaker) of the last attributed quote
    used_verbs: set[int] = set()
    for match in QUOTE.finditer(doc.text):
        group = next(g for g in ("fr", "curly", "straight") if match.group(g))
        start, end = match.start(group), match.end(group)
        inner = article.text[start:end].strip()
        if len(re.findall(r"\w+", inner)) < MIN_WORDS:
            continue
        quote_span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if quote_span is None:
            continue
        sentence = sentence_around(quote_span, sentences)
        speaker, verb = speaker_of(quote_span, sentence, article, lex)
        if verb is not None:
            used_verbs.add(verb.i)
        between = doc.text[previous[0] : match.start()] if previous else ""
        if speaker is None and previous is not None and "\n" not in between and len(between) < 80:
            speaker = previous[1]
        if speaker is None:
            speaker, verb = announced_block(quote_span, sentences, article, lex)
            if verb is not None:
                used_verbs.add(verb.i)
        if speaker is None:
            continue
        previous = (match.end(), speaker)
        for part_start, part_end in quote_sentences(article.text, start, end):
            text = article.text[part_start:part_end]
            quote = Mention(text=text, start=part_start, end=part_end, kind="quote", phrase=text)
            yield QuoteEvent(sentence, as_person(speaker), quote)
    for sentence in sentences:
        found = reported_speech(sentence, article, lex, quoted, used_verbs) or indirect_speech(
            sentence, article, lex, quoted, used_verbs
        )
        if found is not None:
            yield found
    yield from remarks(sentences, article, lex, quoted)


MAX_REMARKS = 30  # sentences: a longer page after its announcement is no longer one speech


def remarks(sentences: list[Span], article: Article, lex: Lexicon, quoted: set[int]) -> Iterator[QuoteEvent]:
    """ "Below are Ambassador Hale's remarks from the event.", « Voici le discours de la ministre : »:
    what follows is that person's speech, one sentence after another, to the next heading or the end."""
    for at, sentence in enumerate(sentences):
        speaker = remarks_speaker(sentence, article, lex)
        if speaker is None:
            continue
        for following in sentences[at + 1 : at + 1 + MAX_REMARKS]:
            text = following.text.strip()
            if remarks_speaker(following, article, lex) is not None or heading(text):
                return  # another speech, or a heading (« Contacts presse », "###"), ends this one
            if any(t.i in quoted for t in following) or len(re.findall(r"\w+", text)) < MIN_WORDS:
                continue  # quoted words have their own attribution; a scrap is no statement
            quote = Mention(
                text=text, start=following.start_char, end=following.start_char + len(text), kind="quote", phrase=text
            )
            yield QuoteEvent(following, as_person(speaker), quote)
        return


def remarks_speaker(sentence: Span, article: Article, lex: Lexicon) -> Mention | None:
    """The person whose remarks the sentence announces, else None."""
    words = {t.lower_ for t in sentence} | {t.lemma_.lower() for t in sentence}
    nouns = lex.words.get("remarks_nouns", frozenset())
    markers = lex.words.get("remarks_markers", frozenset())
    announces = sentence.text.rstrip().endswith(":") or bool(words & markers)
    if not (words & nouns and announces) or len(sentence) > 25:
        return None
    person = next((t for t in sentence if t.ent_type_ in PERSON and t.pos_ != "ADP"), None)
    found = make_mention(person, article, lex) if person is not None else None
    lead = re.match(r"(?:d['’]|de |of |by )", found.text) if found is not None else None
    if lead is not None:  # « le discours | de Claire Martin »: the tagger took the preposition into the name
        text = found.text[lead.end() :]
        found = replace(found, text=text, start=found.end - len(text), phrase=text)
    return found


def heading(text: str) -> bool:
    """A line that is no sentence: « Contacts presse », "###", "For more information"."""
    return text.startswith("#") or not re.search(r"[.!?:;»”\"]$", text) and len(text.split()) <= 6


def as_person(speaker: Mention) -> Mention:
    if speaker.kind in ("thing", "name", "place") and speaker.text[:1].isupper():
        return replace(speaker, kind="person")  # who speaks is a person, whatever the tagger says
    return speaker


SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"“(]|[A-ZÀ-ÖØ-Þ])")  # « … nous comprenons » goes on


def quote_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Offsets of each sentence of a quote long enough to be asked about on its own."""
    cut = start
    bounds = [m.start() for m in SENTENCE_END.finditer(text, start, end)] + [end]
    parts = []
    for bound in bounds:
        piece = text[cut:bound]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if piece:
            parts.append((cut + lead, cut + lead + len(piece.rstrip(" ,"))))
        cut = bound
    merged: list[tuple[int, int]] = []
    for a, b in parts:  # a short sentence is no card of its own: it stays with the next one
        if merged and words(text, *merged[-1]) < MIN_SENTENCE_WORDS:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if len(merged) > 1 and words(text, *merged[-1]) < MIN_SENTENCE_WORDS:
        last = merged.pop()
        merged[-1] = (merged[-1][0], last[1])
    return iter([(a, b) for a, b in merged if words(text, a, b) >= MIN_WORDS] or [(start, end)])


def words(text: str, start: int, end: int) -> int:
    return len(re.findall(r"\w+", text[start:end]))


def reported_speech(
    sentence: Span, article: Article, lex: Lexicon, quoted: set[int], used: set[int]
) -> QuoteEvent | None:
    """« La capture de Saraqeb est un sérieux revers, affirme Rami Abd al-Rahman »: speech with no quotation marks."""
    doc = sentence.doc
    for verb in sentence:
        if verb.i in used or verb.i in quoted or not saying(verb, lex):
            continue
        if any(c.dep_ == "ccomp" and c.i > verb.i and c.ent_type_ not in PERSON for c in verb.children):
            continue  # "X, the ambassador, said that…": what was said follows, see indirect_speech (a name
            # the parser hung there as a clause, « affirme Rami Abd al-Rahman », is who spoke)
        first = verb
        while first.i - 1 >= sentence.start and doc[first.i - 1].dep_ in ("aux", "aux:tense"):
            first = doc[first.i - 1]
        if first.i - 1 < sentence.start or doc[first.i - 1].text != ",":
            continue
        after = doc[verb.i + 1 : min(verb.i + 9, sentence.end)]
        # « ont averti, lundi, le PAM et le HCR »: a day between the verb and who spoke
        words = [t for t in after if not t.is_punct and t.lower_ not in lex.words.get("time_words", ())]
        inverted = any(t.pos_ == "PROPN" or t.ent_type_ in PERSON for t in words[:3]) or any(
            c.dep_.startswith("expl") or c.dep_ in SUBJECT and c.i > verb.i for c in verb.children
        )
        if not inverted:
            continue
        cut = max([t.i for t in doc[sentence.start : first.i - 1] if t.text in (";", ":")] + [sentence.start - 1]) + 1
        if any(t.i in quoted for t in doc[cut : first.i]):
            continue
        start, end = doc[cut].idx, doc[first.i - 1].idx
        text = article.text[start:end].strip()
        if len(re.findall(r"\w+", text)) < MIN_WORDS:
            continue
        speaker = speaker_near(verb, after, article, lex, doc[cut : first.i])
        if speaker is not None and speaker.text.lstrip("-").lower() not in lex.words.get("indefinite", ("on",)):
            quote = Mention(text=text, start=start, end=start + len(text), kind="quote", phrase=text)
            return QuoteEvent(sentence, as_person(speaker), quote)
    return None


def indirect_speech(
    sentence: Span, article: Article, lex: Lexicon, quoted: set[int], used: set[int]
) -> QuoteEvent | None:
    """« Le gouvernement a déclaré que les rebelles fuyaient », "the ambassador said (that) Russia had
    done it": what someone said, in the article's words. Its quote is marked ``reported`` so that no
    question puts those words between quotation marks.

    Only a clause the verb governs, after it, with nothing quoted inside; not a question (« si »,
    "whether"), not a denial (« a nié que ») nor a negated saying (« n'a pas dit que »), and only
    with a named speaker.
    """
    marks = lex.words.get("reported_marks", frozenset())
    for verb in sentence:
        if verb.i in used or verb.i in quoted or not saying(verb, lex) or negated(verb, lex):
            continue
        if verb.lemma_.lower() in lex.verbs.get("deny", ()):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if clause is None:
            continue
        tokens = sorted(clause.subtree, key=lambda t: t.i)
        lead = [t for t in tokens if t.dep_ == "mark" and t.i < clause.i]
        if any(t.lower_ not in marks for t in lead) or not lead and lex.code == "fr":
            continue  # « a demandé si… », "asked whether": no statement; French always says « que »
        start_tok = next((t for t in tokens if t.i > max([t.i for t in lead] + [verb.i])), None)
        end_tok = max((t for t in tokens if not t.is_punct), key=lambda t: t.i, default=None)
        if start_tok is None or end_tok is None or end_tok.i >= sentence.end or tokens[0].i < verb.i:
            continue
        if any(i in quoted for i in range(start_tok.i, end_tok.i + 1)):
            continue  # words in quotation marks are a quote of their own
        # « l'ambassadeur russe, Vitali Tchourkine a déclaré »: the parser may give the verb two subjects
        subj = next((c for c in verb.children if c.dep_ in SUBJECT and c.ent_type_ in PERSON), None) or subject(verb)
        speaker = person_in(subj, article, lex) if subj is not None else None
        if speaker is None or speaker.vague or speaker.kind not in SPEAKERS:
            continue
        start, end = start_tok.idx, end_tok.idx + len(end_tok.text)
        text = article.text[start:end]
        if len(re.findall(r"\w+", text)) < MIN_WORDS:
            continue
        quote = Mention(text=text, start=start, end=end, kind="reported", phrase=text)
        return QuoteEvent(sentence, as_person(speaker), quote)
    return None


SPEAKERS = {"person", "org", "country", "name"}


def sentence_around(quote: Span, sentences: list[Span]) -> Span:
    """The sentences a quote spans, joined, with the one carrying its attribution."""
    hit = [s for s in sentences if s.start < quote.end and quote.start < s.end]
    if not hit:
        return quote
    doc = quote.doc
    return doc[hit[0].start : hit[-1].end]


def speaker_of(quote: Span, sentence: Span, article: Article, lex: Lexicon) -> tuple[Mention | None, Token | None]:
    says = lex.verbs.get("say", frozenset())
    doc = quote.doc
    after = doc[quote.end : min(quote.end + REACH, len(doc))]
    before = doc[sentence.start : quote.start]
    introduced = [t for t in before if not t.is_space][-1:]
    if introduced and introduced[0].text == ":":
        # X a prévenu : « … »: the colon hands the quote to the clause before it, whatever follows
        for tok in reversed(before):
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in says:
                return speaker_near(tok, doc[0:0], article, lex, quote) or name_opening(sentence, article, lex), tok
    if ends_sentence(quote):
        after = doc[quote.end : quote.end]  # « … rations. » Le maire a estimé…: the next sentence speaks of itself
    # « … », a déclaré X  /  « … » a-t-il souligné: only punctuation, auxiliaries and
    # adverbs may stand between the closing mark and the verb
    for tok in after:
        if "\n" in tok.text or tok.text in ("«", "“", '"'):
            break
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in says:
            return speaker_near(tok, doc[tok.i + 1 : min(tok.i + 6, len(doc))], article, lex, quote), tok
        # English puts the speaker first: « "…," Austin said. »
        name_first = tok.pos_ in ("PROPN", "NOUN", "DET", "ADJ") and tok.i < quote.end + 6
        if not (tok.is_punct or tok.pos_ in ("AUX", "ADV", "PRON") or tok.dep_ in ("aux", "aux:tense") or name_first):
            break
    # X a déclaré : « … »  /  X a déclaré que la réponse offrait « … »
    for tok in reversed(before):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in says:
            return speaker_near(tok, doc[0:0], article, lex, quote) or name_opening(sentence, article, lex), tok
    # selon X
    according = lex.words.get("according", frozenset())
    for tok in list(before) + list(after):
        if tok.lower_ in according and (
            tok.lower_ != "après" or tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("d'", "d’")
        ):
            name = next(
                (t for t in doc[tok.i + 1 : tok.i + 5] if t.ent_type_ in PERSON | {"ORG"} or t.pos_ == "PROPN"),
                None,
            )
            if name is not None:
                return make_mention(name, article, lex), None
    return None, None


def announced_block(
    quote: Span, sentences: list[Span], article: Article, lex: Lexicon
) -> tuple[Mention | None, Token | None]:
    """The mayor said:¶"The rescuers arrived…": a quote opening a paragraph after one that ends with a
    verb of saying and a colon is what that verb's subject said."""
    doc = quote.doc
    text_before = doc.text[: quote.start_char].rstrip()
    if not text_before.endswith(":") or "\n" not in doc.text[len(text_before) : quote.start_char]:
        return None, None
    colon = doc.char_span(len(text_before) - 1, len(text_before), alignment_mode="expand")
    if colon is None:
        return None, None
    sentence = next((s for s in sentences if s.start <= colon.start < s.end), None)
    if sentence is None:
        return None, None
    says = lex.verbs.get("say", frozenset())
    for tok in reversed(list(doc[sentence.start : colon.start])):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in says:
            return speaker_near(tok, doc[0:0], article, lex, quote) or name_opening(sentence, article, lex), tok
    return None, None


def ends_sentence(quote: Span) -> bool:
    """« … rations. » followed by a capitalised word: the quote closed its sentence, and what follows
    is another one (« … », a déclaré X keeps its comma; « … » a-t-il dit, its lower case)."""
    inner = quote.text.rstrip(' »”"\u00a0\u202f')
    doc = quote.doc
    nxt = next((t for t in doc[quote.end : quote.end + 3] if not t.is_space), None)
    return inner[-1:] in (".", "!", "?", "…") and nxt is not None and nxt.text[:1].isupper()


def speaker_near(verb: Token, following: Span, article: Article, lex: Lexicon, quote: Span) -> Mention | None:
    # « a-t-il dit »: the euphonic « -t » the tokenizer splits off is no subject, « -il » is
    subj = next((c for c in verb.children if c.dep_ in SUBJECT and c.lower_.strip("-") != "t"), None)
    if subj is not None and not (quote.start <= subj.i < quote.end):
        return person_in(subj, article, lex)
    pronouns = lex.words.get("subject_pronouns", frozenset())
    if any(c.dep_.startswith("expl") and c.lower_.lstrip("-t").lstrip("-") in pronouns for c in verb.children):
        return last_person_before(quote, article, lex)  # « a-t-il souligné »
    for tok in following:  # inversion: « a déclaré Parly »
        if tok.text in ("«", "“", '"') or "\n" in tok.text:
            break
        if tok.dep_ == "pobj" or any(c.dep_ == "case" for c in tok.children):
            continue  # « a écrit sur X le ministre », "wrote on X": where it was said, not who said it
        if tok.pos_ in ("PROPN", "NOUN") and (tok.ent_type_ in PERSON or tok.pos_ == "PROPN" or tok.is_title):
            return person_in(tok, article, lex)
        if tok.pos_ == "NOUN" and tok.head.i == verb.i and tok.dep_ in ("obj", "nsubj"):
            # « a déclaré le ministre grec de la Protection civile, Nikos Papadakis »: the inverted subject,
            # read as an object, names its person further on
            return person_in(tok, article, lex)
        if tok.lower_ in lex.words.get("subject_pronouns", ()) or tok.lower_.lstrip("-") in lex.words.get(
            "subject_pronouns", ()
        ):
            return last_person_before(quote, article, lex)
    return None


def person_in(head: Token, article: Article, lex: Lexicon) -> Mention | None:
    """A named person inside a subject (« le porte-parole du Kremlin, Dmitri Peskov »)."""
    if head.ent_type_ in PERSON:
        return make_mention(head, article, lex)
    if head.lower_.split("-")[-1] in lex.words.get("subject_pronouns", ()):  # « dit-il », « a-t-il »
        return last_person_before(head.doc[head.i : head.i + 1], article, lex)
    for test in (
        lambda t: t.ent_type_ in PERSON,
        lambda t: t.pos_ == "PROPN" and t.dep_ in ("appos", "conj", "flat:name"),
    ):
        for tok in head.subtree:
            if test(tok):
                return make_mention(tok, article, lex)
    doc, left = head.doc, min(t.i for t in head.subtree)
    if head.pos_ == "NOUN" and left >= 2 and doc[left - 1].text == ",":
        name = doc[left - 2]  # « Nock Ag Attia, député touareg, a précisé »: the name before its role
        if name.pos_ == "PROPN" or name.ent_type_ and name.ent_type_ not in ("LOC", "GPE", "ORG"):
            return make_mention(name, article, lex)
    return make_mention(head, article, lex)


def name_opening(sentence: Span, article: Article, lex: Lexicon) -> Mention | None:
    """« Nock Ag Attia, député touareg, a précisé … »: a name the parser left without a role."""
    first = sentence[0]
    if first.ent_type_ and first.ent_type_ not in ("LOC", "GPE", "ORG") and first.text[:1].isupper():
        return make_mention(first, article, lex)
    return None


def last_person_before(span: Span, article: Article, lex: Lexicon) -> Mention | None:
    """The last person named before ``span``: tagged as one, or a name set beside a title (« un
    porte-parole de la Minusca, Ange-Marie Ndiaye », whatever the tagger made of the name)."""
    titles = lex.nouns.get("titles", frozenset())
    people = [
        e
        for e in span.doc.ents
        if e.end <= span.start
        and (e.label_ in PERSON or e.root.dep_ == "appos" and e.root.head.lemma_.lower() in titles)
    ]
    if not people:
        return None
    return make_mention(people[-1].root, article, lex)


__all__ = ["QuoteEvent", "entity_at", "find_quotes", "quoted_tokens"]
