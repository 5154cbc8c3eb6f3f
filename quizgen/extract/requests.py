"""Requests: who asks whom for what (« X demande à Y de fournir Z », "X requested Z from Y", « X appelle Y
à faire Z »). A request is asked as what the asker wants, never as a gift already made.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article, Mention
from .events import (
    RECEIVERS,
    TIMES,
    Event,
    Roles,
    build,
    classify_one,
    core_roles,
    gift_like,
    is_time,
    modality_of,
    partitive,
    partitive_theme,
)
from .mentions import saying
from .syntax import OBJECT, first_child, negated, pps, subject


def request_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """X asked Y for Z / X demande à Y (de fournir) Z / X requested Z from Y / X appelle Y à faire Z."""
    if reflexive(verb, lex):
        return []  # « se demander » wonders, « s'appeler » is a name: no one is asked anything
    agent_tok = subject(verb)
    attached = list(pps(verb))
    theme_tok = core_roles(verb, lex).theme
    clause_pronouns = lex.words.get("clause_pronouns", frozenset())
    recipient_tok = next(
        (
            n
            for p, n in attached
            if p in lex.preps.get("asked_of", ()) and n.lower_ not in clause_pronouns and n.ent_type_ not in TIMES
        ),
        None,
    )
    asked_for = next((n for p, n in attached if p in lex.preps.get("asked_for", ())), None)
    if asked_for is not None and theme_tok is not None and recipient_tok is None:
        recipient_tok, theme_tok = theme_tok, asked_for  # "asked Germany for helmets"
    elif asked_for is not None and theme_tok is None:
        theme_tok = asked_for  # "asked on Monday for helmets"
    inner = [
        c
        for c in verb.subtree
        if c.pos_ == "VERB" and c.i != verb.i and {"transfer", "deployment"} & set(lex.verb_kinds(c.lemma_))
    ]
    if inner:
        asked = first_child(inner[0], OBJECT, after=True)
        asked = None if asked is not None and is_time(asked, lex) else asked
        if asked is not None and theme_tok is not None and asked.i != theme_tok.i and recipient_tok is None:
            recipient_tok = theme_tok  # « appelle les pays européens à livrer des chars »: the ones asked
        theme_tok = asked or theme_tok
    if theme_tok is None:
        theme_tok = partitive_theme(verb, attached, lex)  # « réclame des armes », « a demandé lundi des tentes »
    clause = asked_clause(verb, lex) if theme_tok is None else None  # « demande que les combats cessent »
    if clause is None and not inner and theme_tok is not None and recipient_tok is None:
        # "asked residents to stay indoors": the object is who is asked, the clause what
        marks = lex.words.get("infinitive_marks", frozenset())
        told = next(
            (
                c
                for c in verb.children
                if c.dep_ == "xcomp"
                and c.pos_ in ("VERB", "AUX")
                and all(m.lower_ in marks for m in c.children if m.dep_ == "mark")
            ),
            None,
        )
        if told is not None and told.i > theme_tok.i and theme_tok.dep_ in OBJECT:
            recipient_tok, theme_tok, clause = theme_tok, None, told
    theme_tok = theme_tok or clause
    if theme_tok is None or agent_tok is None:
        return []
    if gift_like(agent_tok, lex):
        return []  # "The aid requested amounts to $2 billion": aid asks for nothing, the parser misread the clause
    if theme_tok.lemma_.lower() in lex.words.get("not_asked", ()) or theme_tok.lower_ in lex.words.get("not_asked", ()):
        return []  # « a demandé pardon », "asked a question": no help asked for
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        before is not None
        and before.text in ("»", "”", '"', ",")
        and verb.doc[max(verb.i - 2, 0)].text in ("»", "”", '"', "?", "!")
    ):
        return []  # '"Is this the end?" asked the journalist': a question quoted, not a request
    if recipient_tok is None:
        recipient_tok = asked_in_theme(theme_tok, lex)
    modality = "negated" if negated(verb, lex) or modality_of(verb, lex) == "negated" else "requested"
    events = build("request", verb, sentence, Roles(agent_tok, theme_tok, recipient_tok), modality, article, lex)
    if clause is not None:
        events = [replace(e, theme=clause_mention(clause, article, lex)) for e in events]
    return events


def asked_in_theme(theme: Token, lex: Lexicon) -> Token | None:
    """Who is asked, hung on what is asked: « a sollicité l'aide de l'Espagne », « réclame des munitions
    aux Occidentaux », "requested the assistance of the EU"."""
    inner = [n for p, n in pps(theme) if p in partitive(lex)]  # « davantage de munitions aux Occidentaux »
    for prep, noun in [pp for t in [theme, *inner] for pp in pps(t)]:
        named = classify_one(noun, lex) in RECEIVERS or noun.text[:1].isupper() and noun.pos_ in ("NOUN", "PROPN")
        if prep in lex.preps.get("asked_of", ()) and named:  # a people is written with a capital: « aux Occidentaux »
            return noun
        if (
            prep in lex.preps.get("owner", ())
            and gift_like(theme, lex)
            and classify_one(noun, lex) in ("country", "org")
        ):
            return noun
    return None


def reflexive(verb: Token, lex: Lexicon) -> bool:
    return any(c.dep_.startswith("expl") or c.lower_ in lex.words.get("reflexives", ()) for c in verb.children)


def clause_mention(head: Token, article: Article, lex: Lexicon) -> Mention:
    """A whole clause as a role, as the article writes it, from its conjunction (« que les rebelles … »),
    without a speech tag the parser hung inside it (« …, a-t-elle dit »)."""
    tokens = list(head.subtree)
    if head.pos_ == "PRON":  # « à ce que … »: the clause starts after the pronoun
        tokens = [t for t in tokens if t.i > head.i]
    doc = head.doc
    for k, tok in enumerate(tokens):
        if tok.text == "," and any(saying(t, lex) for t in doc[tok.i + 1 : tok.i + 5]):
            tokens = tokens[:k]
            break
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens = tokens[:-1]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = article.text[start:end]
    return Mention(text=text, start=start, end=end, kind="clause", phrase=text)


def asked_clause(verb: Token, lex: Lexicon) -> Token | None:
    """The clause that says what is asked: « demande que les combats cessent », « appelle à ce que … »."""
    infinitive = lex.words.get("infinitive_marks", frozenset())
    for child in verb.children:
        marks = [c.lower_ for c in child.children if c.dep_ == "mark"]
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") and set(marks) <= infinitive:
            return child  # « demande de quitter », "asked to leave"
        # « demande que … », "asked that …", not "asked whether …" nor « demande si … »
        if child.dep_ == "ccomp" and any(m in lex.words.get("complementizers", ()) for m in marks):
            return child
    for _prep, noun in pps(verb):  # « à ce que … »: the clause hangs on the pronoun
        if noun.pos_ == "PRON" and noun.lower_ in lex.words.get("clause_pronouns", ()) and list(noun.children):
            return noun
    return None
