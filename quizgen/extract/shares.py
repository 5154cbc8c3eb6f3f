"""Money shared out after a colon: « Les fonds seront répartis comme suit : 5 millions de francs au HCR,
4 millions au PAM et 3 millions à des ONG », "The funds will be split as follows: $5 million to UNHCR,
$4 million to WFP and $3 million to local NGOs"; or one share told with « dont », "including": « 10
millions d'euros, dont 4 millions au PAM », "$5 million, including $1.5 million to UNICEF" (the
receiver of that share is not the whole's).

Each share is a gift of its amount to the receiver it names. Who gives is the giver of the whole
when the sentence tells one; else the share is told of the package (« les fonds »), and takes its
giver from the gifts told before (see ``inherit_from_packages``), or the page's voice.

Only when the words before the colon tell of money or aid (a gift, an amount, or a verb of sharing
out), and when two or more shares each name an amount of money and someone who receives it (a
country, a body, people in need): « 5 millions pour la reconstruction » names a purpose, « 5 millions
de voix pour X » counts no money, and one amount after a colon is an explanation, not a share-out.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article
from .events import (
    Event,
    gift_like,
    is_number,
    make_mention,
    mention_with_prep,
    modality_of,
    partitive,
    quantity_in,
    transfer_verb,
)
from .places import party
from .syntax import SUBJECT, pps


def share_events(events: list[Event], sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """``events`` with the shares added, and a whole's receiver taken back when it was one share's."""
    found = find_shares(sentence, lex)
    if found is None:
        return events
    opener, shares = found
    if opener.text != ":" and opener.lemma_.lower() not in lex.verbs.get("go_to", ()):
        # "$5 million, including $1.5 million to UNICEF": UNICEF received a share, not the whole
        events = [
            replace(e, recipient=None) if e.recipient is not None and e.recipient.start > opener.idx else e
            for e in events
        ]
    whole = next(
        (
            e
            for e in events
            if e.kind == "transfer" and e.agent is not None and e.theme is not None and e.theme.start < opener.idx
        ),
        None,
    )
    verb = whole.verb if whole is not None else sentence.root
    found = []
    amounts = {a.i for a, _ in shares}
    for amount, receiver in shares:
        stop = {receiver.i, opener.i} | amounts - {amount.i}
        theme = make_mention(amount, article, lex, stop=stop | {t.i for t in receiver.subtree})
        if theme is None:
            continue
        found.append(
            Event(
                "transfer",
                verb,
                sentence,
                whole.modality if whole is not None else modality_of(verb, lex),
                whole.agent if whole is not None else None,
                theme,
                quantity_in(amount, theme, article, lex),
                mention_with_prep(receiver, article, lex, stop=purposes(receiver, lex)),
                None,
                from_container=whole is None,  # « les fonds »: the package told of before
                asked_as=transfer_verb(lex),
            )
        )
    return events + found


def goes_to(verb: Token, lex: Lexicon) -> bool:
    """ "$4 million will go to the Red Cross", « 4 millions iront à la Croix-Rouge »: money as the subject
    of a verb of going."""
    if verb.lemma_.lower() not in lex.verbs.get("go_to", ()):
        return False
    return any(c.dep_ in SUBJECT and money(c, lex) for c in verb.children)


def purposes(receiver: Token, lex: Lexicon) -> set[int]:
    """ "UNICEF | for water, sanitation and hygiene": what the share is for is not who receives it."""
    named = lex.preps.get("recipient_named", frozenset())
    return {
        t.i
        for c in receiver.children
        if c.i > receiver.i and (c.lower_ in named or any(x.dep_ == "case" and x.lower_ in named for x in c.children))
        for t in c.subtree
    }


def receiver_after(amount: Token, receiving: frozenset[str], lex: Lexicon) -> Token | None:
    """ "$1.5 million | to UNICEF" with the phrase hung elsewhere by the parser: read in the order written."""
    doc = amount.doc
    end = max(t.i for t in amount.subtree if t.i >= amount.i)
    prep = doc[end + 1] if end + 1 < len(doc) else None
    if prep is None or prep.lower_ not in receiving or prep.pos_ != "ADP":
        return None  # "to support displaced families": a purpose, no one it goes to
    return next((t for t in doc[prep.i + 1 : prep.i + 4] if t.pos_ in ("NOUN", "PROPN") and party(t, lex)), None)


def find_shares(sentence: Span, lex: Lexicon) -> tuple[Token, list[tuple[Token, Token]]] | None:
    """(where the shares start, [(amount, receiver)]) for a sentence that shares money out, else None."""
    receiving = lex.preps["recipient"] | lex.preps.get("recipient_named", frozenset())
    shares = []
    going = next((v for v in sentence if goes_to(v, lex)), None)
    if going is not None:  # "$4 million will go to the Red Cross, $2.5 million to the WFP…"
        amount = next(c for c in going.children if c.dep_ in SUBJECT)
        receiver = next((n for p, n in pps(going) if p in receiving and party(n, lex)), None)
        if receiver is not None:
            shares.append((amount, receiver))
        opener = going
    else:
        marks = lex.words.get("share_marks", frozenset())
        opener = next((t for t in sentence if t.text == ":" or t.lower_ in marks), None)
        if opener is None:
            return None
        shared_out = lex.verbs.get("share_out", frozenset())
        if not any(gift_like(t, lex) or t.lemma_.lower() in shared_out for t in sentence if t.i < opener.i):
            return None
    for amount in (t for t in sentence if t.i > opener.i and money(t, lex)):
        receiver = next((n for p, n in pps(amount) if p in receiving and party(n, lex)), None)
        receiver = receiver or receiver_after(amount, receiving, lex)
        if receiver is not None:
            shares.append((amount, receiver))
    # after a colon, two shares at least (one is an explanation); « dont », "including" say it of one
    return (opener, shares) if len(shares) >= (2 if opener.text == ":" else 1) else None


def money(tok: Token, lex: Lexicon) -> bool:
    """« 5 millions de francs », « 4 millions », "$5 million": an amount of money with its number, not « 5
    millions de voix » nor the number inside the amount."""
    if tok.dep_ in ("compound", "nummod") or not gift_like(tok, lex):
        return False
    if not (is_number(tok, lex) or any(is_number(c, lex) for c in tok.children)):
        return False
    amounts = lex.nouns.get("amounts", frozenset()) | lex.nouns.get("gifts", frozenset())
    # what the amount counts, when it says: money (« de francs », "of aid"), never votes or people
    counted = [n for p, n in pps(tok) if p in partitive(lex) and n.pos_ == "NOUN"]
    return all(n.lemma_.lower() in amounts for n in counted)
