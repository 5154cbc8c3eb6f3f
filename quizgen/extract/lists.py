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
        if verb.lemma_.lower() not in lex.verbs.get("include", ()):
            continue
        subj = first_child(verb, SUBJECT)
        if is_container(subj, lex) and not any(c.dep_ in OBJECT for c in verb.children):
            return verb
    return None


def is_item(sentence: Span) -> bool:
    text = sentence.text.strip()
    if not text:
        return False
    if text.startswith(BULLETS):
        return True
    # without a bullet, a short line that counts something or ends like a list item (not a heading)
    listed = text.endswith((";", ",")) or any(t.like_num for t in sentence)
    return listed and len(sentence) <= MAX_ITEM and not any(t.pos_ in ("VERB", "AUX") for t in sentence)


def item_events(verb: Token, item: Span, article: Article, lex: Lexicon) -> list[Event]:
    """The thing an item line names, given as the package's content."""
    nouns = [t for t in item if t.pos_ in ("NOUN", "PROPN") and not t.is_punct]
    counted = [n for n in nouns if any(c.dep_ in ("nummod", "det") and c.like_num for c in n.children)]
    theme = item.root if item.root.pos_ in ("NOUN", "PROPN") else next(iter(counted or nouns), None)
    if theme is None:
        return []
    events = build("transfer", verb, item, Roles(theme=theme), modality_of(verb, lex), article, lex, keep_bare=True)
    return [replace(e, theme=unbulleted(e.theme), from_container=True, asked_as=transfer_verb(lex)) for e in events]


def unbulleted(theme: Mention | None) -> Mention | None:
    """« - 5 000 obus »: the bullet the parser hung on the item is no part of it."""
    if theme is None or not theme.text.startswith(BULLETS):
        return theme
    text = theme.text.lstrip("".join(BULLETS) + " ")
    phrase = theme.phrase.lstrip("".join(BULLETS) + " ")
    return replace(theme, text=text, start=theme.end - len(text), phrase=phrase)
