"""What a package held, told as a list: "The package includes:" then one item a line (« - 12 tentes ; »,
"- 50 Humvees;"). Each item is a gift of the package, as if the verb had named it: its giver and
receiver are the package's (see ``inherit_from_packages``).

A list opens with a verb of inclusion whose subject is a package (« ce fret comprend : », "the
package includes:") and nothing after it but the colon; it holds the lines that follow while they
are items: a bullet or a dash, or a short line with no verb of its own that counts something or
ends with « ; » (not a heading such as « Contacts presse »).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article, Mention
from .events import OBJECT, SUBJECT, Event, Roles, build, first_child, is_container, modality_of, transfer_verb

BULLETS = ("-", "–", "—", "•", "*", "·", "▪")
MAX_ITEM = 14  # tokens: a longer line is a sentence, not an item


def opens_list(sentence: Span, lex: Lexicon) -> Token | None:
    """The verb of « Ce fret comprend : », "The package includes:"; None for any other sentence."""
    if not sentence.text.rstrip().endswith(":"):
        return None
    for verb in sentence:
        if verb.lemma_.lower() in lex.verbs.get("share_out", ()) and not any(c.dep_ in OBJECT for c in verb.children):
            return verb  # « Ce montant se répartit comme suit : », "The funding will be allocated as follows:"
        if verb.lemma_.lower() not in lex.verbs.get("include", ()):
            continue
        subj = first_child(verb, SUBJECT)
        if subj is not None and subj.pos_ == "VERB":  # « Le fret embarqué à bord, …, comprend : » read as a clause
            subj = first_child(subj, SUBJECT) or subj
        if any(c.dep_ in OBJECT for c in verb.children) or subj is None:
            continue
        # "The package includes:", "These supplies include:", « Il comprend : » after « Le fret … »
        gifts = lex.nouns.get("gifts", frozenset()) | lex.nouns.get("goods", frozenset())
        if is_container(subj, lex) or subj.pos_ == "NOUN" and subj.lemma_.lower() in gifts:
            return verb
        if subj.pos_ == "PRON":
            from .giving import container_before

            if container_before(sentence, lex) is not None:
                return verb
    return None


def is_item(sentence: Span) -> bool:
    text = sentence.text.strip()
    if not text:
        return False
    if text.startswith(BULLETS):
        return True
    # without a bullet, a short line that counts something or ends like a list item (not a heading); one
    # that ends with « ; » may run longer (« 2 millions de francs au PAM pour des distributions de vivres; »)
    listed = text.endswith((";", ",")) or any(t.like_num for t in sentence)
    longest = 2 * MAX_ITEM if text.endswith(";") else MAX_ITEM
    return listed and len(sentence) <= longest and not any(t.pos_ in ("VERB", "AUX") for t in sentence)


def item_events(verb: Token, item: Span, article: Article, lex: Lexicon) -> list[Event]:
    """The thing an item line names, given as the package's content; in a list that shares money out
    (« se répartit comme suit : »), the share with its own receiver (« 4 millions de francs au CICR ; »)."""
    shares = share_item_events(verb, item, article, lex)  # "- £2 million to UNICEF;" also in a package's list
    if shares or verb.lemma_.lower() in lex.verbs.get("share_out", ()):
        return shares
    before = item.doc[item.start - 1] if item.start > 0 else None
    parts = inline_items(before, item, lex) if before is not None else []
    if len(parts) >= 2:  # « - 2 000 bâches et 500 kits abris ; »: one gift each
        events = []
        for head, start, end in parts:
            found = build(
                "transfer", verb, item, Roles(theme=head), modality_of(verb, lex), article, lex, keep_bare=True
            )
            events += [replace(e, theme=clipped(unbulleted(e.theme), end, article, start)) for e in found[:1]]
        return [replace(e, from_container=True, asked_as=transfer_verb(lex)) for e in events]
    nouns = [t for t in item if t.pos_ in ("NOUN", "PROPN") and not t.is_punct]
    counted = [n for n in nouns if any(c.dep_ in ("nummod", "det") and c.like_num for c in n.children)]
    theme = item.root if item.root.pos_ in ("NOUN", "PROPN") else next(iter(counted or nouns), None)
    if theme is None:
        return []
    roles = Roles(theme=theme, recipient=own_receiver(theme, lex))
    events = build("transfer", verb, item, roles, modality_of(verb, lex), article, lex, keep_bare=True)
    return [replace(e, theme=unbulleted(e.theme), from_container=True, asked_as=transfer_verb(lex)) for e in events]


def own_receiver(theme: Token, lex: Lexicon) -> Token | None:
    """ "- two interceptor boats for the National Coast Guard Service;", « - 30 motos destinées aux
    patrouilles ; »: the body an item names as its own receiver, instead of the package's."""
    from .places import party
    from .syntax import pps

    receiving = lex.preps["recipient"] | lex.preps.get("recipient_named", frozenset())
    destined = lex.verbs.get("destined", frozenset())
    phrases = list(pps(theme)) + [pp for c in theme.children if c.lemma_.lower() in destined for pp in pps(c)]
    return next((n for p, n in phrases if p in receiving and (party(n, lex) or n.ent_type_ == "ORG")), None)


def unbulleted(theme: Mention | None) -> Mention | None:
    """« - 5 000 obus »: the bullet the parser hung on the item is no part of it."""
    if theme is None or not theme.text.startswith(BULLETS):
        return theme
    text = theme.text.lstrip("".join(BULLETS) + " ")
    phrase = theme.phrase.lstrip("".join(BULLETS) + " ")
    return replace(theme, text=text, start=theme.end - len(text), phrase=phrase)


def inline_items(verb: Token, sentence: Span, lex: Lexicon) -> list[tuple[Token, int, int]]:
    """« Ce chargement comprend : 2 500 kits d'hygiène, 600 tentes, des médicaments et des lampes »:
    the items of a list written after the verb, each as (its head word, where its text starts and ends), cut at
    the commas and the last « et » / "and" rather than where the parser hung them. Two items at least;
    none when a clause or a bracket runs through the list."""
    doc = sentence.doc
    start = verb.i + 1
    while start < sentence.end and (doc[start].is_punct or doc[start].pos_ in ("ADV",)):
        start += 1
    tokens = list(doc[start : sentence.end])
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod", "xcomp") for t in tokens):
        return []  # a clause of its own, not a list (« des médicaments permettant de traiter… » describes one)
    # an acronym in brackets (« l'Organisation mondiale de la santé (OMS) ») names, it runs no clause through
    acronyms = {t.i + d for t in tokens if t.text == "(" and t.i + 2 < sentence.end for d in (0, 2)}
    acronyms = {i for i in acronyms if doc[i - 1 if doc[i].text == ")" else i + 1].is_upper}
    if any(t.text in '()[]«»"' and t.i not in acronyms for t in tokens):
        return []
    joins = {w for w in lex.words.get("list_joins", ())}
    segments, current = [], []
    for tok in tokens:
        if tok.text in (",", ";") or tok.lower_ in joins and tok.pos_ == "CCONJ":
            if current:
                segments.append(current)
            current = []
            continue
        current.append(tok)
    if current:
        segments.append(current)
    articles = lex.preps.get("partitive", frozenset())  # « et des médicaments » with « des » read as a preposition
    if len(segments) < 2 or any(
        seg[0].pos_ in ("ADP", "VERB", "ADV", "SCONJ") and seg[0].lower_ not in articles for seg in segments
    ):
        return []  # « …, à la pédiatrie et à la médecine »: what the items are for, not items
    items = []
    for seg in segments:
        inside = {t.i for t in seg}
        heads = [t for t in seg if t.head.i not in inside or t.head is t]
        head = (
            next((t for t in heads if t.pos_ in ("NOUN", "PROPN")), None)
            or next((t for t in seg if t.pos_ in ("NOUN", "PROPN")), None)
            # « 1 200 bâches » with the noun tagged as an adjective: the word a count counts
            or next((t for t in seg[1:] if t.is_alpha and seg[0].like_num and t.pos_ in ("ADJ", "VERB")), None)
        )
        if head is None:
            return []  # a segment with no noun: not a list of things
        while head.dep_ == "compound" and head.head.i in inside:
            head = head.head  # "5,000 shelter kits": the kits, not the shelter
        items.append((head, seg[0].idx, seg[-1].idx + len(seg[-1].text)))
    return items


def clipped(theme: Mention | None, end: int, article: Article, start: int | None = None) -> Mention | None:
    """A list item's mention, cut where its segment ends; widened to its count when the parser left the
    count out (« 1 200 | bâches »)."""
    if theme is None:
        return theme
    if (
        start is not None
        and start < theme.start
        and article.text[start : theme.start].strip().replace(" ", "").isdigit()
    ):
        widened = article.text[start : theme.start]
        theme = replace(theme, text=widened + theme.text, start=start, phrase=widened + theme.phrase)
    if theme.end <= end:
        return theme
    text = article.text[theme.start : end].rstrip(" ,;.")
    cut = theme.end - (theme.start + len(text))
    return replace(theme, text=text, end=theme.start + len(text), phrase=theme.phrase[: len(theme.phrase) - cut])


def share_item_events(verb: Token, item: Span, article: Article, lex: Lexicon) -> list[Event]:
    """« - 4 millions de francs au Comité international de la Croix-Rouge ; », "- $2 million to UNICEF;": a
    share of the package, an amount of money given to the party the line names; nothing for a line with
    no amount or no receiver."""
    from .events import mention_with_prep
    from .mentions import make_mention
    from .places import party
    from .shares import money, purposes, quantity_in, receiver_after
    from .syntax import pps

    amount = next((t for t in item if money(t, lex)), None)
    if amount is None:
        return []
    receiving = lex.preps["recipient"] | lex.preps.get("recipient_named", frozenset()) | {"recipient"}
    complex_preps = lex.raw["nouns"].get("complex_preps", {})
    # « 300 000 euros au profit du HCR »: the noun of « au profit de » is one preposition with its « de »
    phrases = [
        (complex_preps[n.lemma_.lower()], inner) if n.lemma_.lower() in complex_preps else (p, n)
        for p, n in pps(amount)
        for inner in ([i for _, i in pps(n)][:1] if n.lemma_.lower() in complex_preps else [n])
    ]
    receiver = next((n for p, n in phrases if p in receiving and party(n, lex)), None)
    receiver = receiver or receiver_after(amount, receiving, lex)
    if receiver is None:
        return []
    theme = make_mention(amount, article, lex, stop={t.i for t in receiver.subtree} | {receiver.head.i})
    if theme is None:
        return []
    event = Event(
        "transfer",
        verb,
        item,
        modality_of(verb, lex),
        None,
        unbulleted(theme),
        quantity_in(amount, theme, article, lex),
        mention_with_prep(receiver, article, lex, stop=purposes(receiver, lex)),
        None,
        from_container=True,  # the package's giver gives it
        asked_as=transfer_verb(lex),
    )
    return [event]
