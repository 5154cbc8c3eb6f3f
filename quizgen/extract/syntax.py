"""Dependency-tree helpers that read French (Universal Dependencies) and English
(ClearNLP) parses alike, so that extractors are written once for both."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..lexicon import Lexicon, every_language

SUBJECT = {"nsubj"}
PASSIVE_SUBJECT = {"nsubj:pass", "nsubjpass"}
OBJECT = {"obj", "dobj"}
PASSIVE_MARK = {"aux:pass", "auxpass", "nsubj:pass", "nsubjpass"}
PP_DEPS = {"obl", "nmod", "iobj", "obl:arg", "obl:mod", "obl:agent", "nmod:poss"}
CLAUSE_DEPS = {"acl", "acl:relcl", "relcl", "advcl", "parataxis", "ccomp", "csubj", "xcomp", "dep"}


def base(dep: str) -> str:
    return dep.split(":")[0]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_MARK for c in verb.children)


def first_child(token: Token, deps: set[str], after: bool | None = None) -> Token | None:
    found = [c for c in token.children if c.dep_ in deps]
    if after is not None:
        found = [c for c in found if (c.i > token.i) == after] or found
    return found[0] if found else None


def pps(token: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, noun) pairs attached to ``token``: « à l'Ukraine », "to Ukraine"."""
    for child in token.children:
        if child.dep_ == "prep":  # English: prep -> pobj
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    yield child.text.lower(), obj
        elif child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield "by", obj
        elif child.dep_ == "dative":  # "gave Ukraine tanks"
            if any(g.dep_ == "pobj" for g in child.children):
                yield child.text.lower(), next(g for g in child.children if g.dep_ == "pobj")
            else:
                yield "", child
        elif child.lower_ in every_language("time_words") and (
            child.dep_ in ("xcomp", "obj", "dobj", "advcl")
            or base(child.dep_) in ("obl", "nmod", "npadvmod")
            and not any(c.dep_ in ("case", "prep") for c in child.children)
        ):
            # « sont arrivés jeudi à Conakry », « le jeudi 4 septembre à Conakry »: the day took the place
            yield from pps(child)
        elif child.pos_ == "ADV" and child.lower_ in every_language("adverbial_preps"):
            # « envoyés en renfort auprès des postes »: the tagger reads « auprès » as an adverb
            for obj in child.children:
                if base(obj.dep_) in ("obl", "nmod"):
                    yield child.lower_, obj
        elif (
            child.dep_ in PP_DEPS
            or base(child.dep_) in ("obl", "nmod")
            # « envoyée en mer Rouge » with the place read as a clause: a noun with its preposition is a phrase
            or child.dep_ in ("xcomp", "dep")  # « livrés au Niger | par la France » left unlabelled
            and child.pos_ in ("NOUN", "PROPN")
        ):
            case = [c for c in child.children if c.dep_ in ("case", "fixed") and c.i < child.i]
            if case:
                yield " ".join(c.text.lower() for c in case), child
            elif child.dep_ == "iobj":
                yield "", child
            elif child.lemma_.lower() in every_language("article_preps"):
                yield child.lemma_.lower(), child  # « le long de la frontière »: a preposition made of a noun


def governing_verbs(token: Token, depth: int = 3) -> Iterator[Token]:
    """Verbs up the tree through clause links (xcomp, ccomp, advcl, conj of those)."""
    current = token
    for _ in range(depth):
        if current.dep_ in ("ROOT",) or current.head is current:
            return
        if base(current.dep_) not in (
            "xcomp",
            "ccomp",
            "advcl",
            "conj",
            "acl",
            "mark",
            "obl",
            "pcomp",
            "prep",
        ):
            return
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            yield current


def subject(verb: Token) -> Token | None:
    """The grammatical subject, inherited through coordination and control verbs."""
    current = verb
    from_gerund = False
    for _ in range(4):
        subj = first_child(current, SUBJECT) or misread_subject(current)
        if subj is not None and any(c.dep_ == "case" and c.i < subj.i for c in subj.children):
            return None  # « Sous l'autorité de la ministre, … »: a phrase after a preposition is no subject
        copula = current.pos_ == "AUX" or any(c.dep_ == "cop" for c in current.children)
        if subj is not None and copula and subj.lemma_.lower() in every_language("aims"):
            return None  # « L'objectif est de fournir… », "The goal is to provide…": an aim gives nothing
        if subj is not None and subj.lower_ not in every_language("relative_pronouns"):
            return subj
        if subj is not None:  # a relative pronoun: the noun the clause hangs on
            return current.head if current.dep_ in ("acl:relcl", "relcl") else None
        if (
            current.dep_ in ("amod", "acl")
            and "Fin" in current.morph.get("VerbForm")
            and current.head.pos_ in ("NOUN", "PROPN")
            and current.head.i < current.i
        ):
            return current.head  # « L'Ukraine réclame des armes »: a finite verb read as the noun's modifier
        if (
            current.dep_ in ("conj", "xcomp")
            and current.head.pos_ in ("VERB", "AUX")
            # « la CEDEAO est prête à effectuer », "is ready to send": an adjective's infinitive is its subject's
            or current.dep_ in ("xcomp", "ccomp")
            and current.head.pos_ == "ADJ"
            and current.head.lemma_.lower() in every_language("ready")
            and "Inf" in current.morph.get("VerbForm")
            or current.pos_ == "ADJ"  # English: "is | ready", the subject on the copula
            and current.lemma_.lower() in every_language("ready")
            and current.dep_ == "acomp"
            and current.head.pos_ in ("VERB", "AUX")
            or (
                current.dep_ == "advcl"
                # "working together to deliver": English marks the purpose with an auxiliary « to »
                and any(
                    c.dep_ in ("mark", "aux") and c.lower_ in every_language("purpose_marks") for c in current.children
                )
            )
            or gerund(current)
            # « a répondu à la demande, formulée par X, en dépêchant… »: the gerund hung on a participle
            or from_gerund
            and current.dep_ in ("advcl", "acl")
            and "Part" in current.morph.get("VerbForm")
        ):
            from_gerund = gerund(current)
            current = current.head.head if current.dep_ == "pcomp" else current.head
            continue
        return None
    return None


def misread_subject(verb: Token) -> Token | None:
    """ "USAID will work…": a name opening the clause that the tagger read as the verb's modifier."""
    for child in verb.children:
        if (
            child.i < verb.i
            and child.dep_ in ("advmod", "npadvmod", "amod", "dep")
            and child.ent_type_ in ("ORG", "GPE", "PERSON", "NORP")
            and (child.i == child.sent.start or child.doc[child.i - 1].pos_ == "DET")
            and not any(c.dep_ in ("case", "prep") for c in child.children)
        ):
            return child
    return None


def gerund(verb: Token) -> bool:
    """« a répondu en dépêchant une équipe », "responded by sending a team": the gerund's subject is its clause's."""
    if verb.head is verb:
        return False
    if (
        verb.dep_ in ("advcl", "obl:mod")
        and verb.head.pos_ in ("VERB", "AUX")
        and "Part" in verb.morph.get("VerbForm")
        and "Pres" in verb.morph.get("Tense")
    ):
        return any(c.lower_ in every_language("gerund_marks") for c in verb.children if c.i < verb.i)
    # English: "by sending" hangs the participle on the preposition
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in every_language("gerund_marks")
        and verb.head.head.pos_ in ("VERB", "AUX")
    )


def negated(verb: Token, lex: Lexicon) -> bool:
    neg = lex.words.get("negation", frozenset())

    def negative(tok: Token) -> bool:
        return tok.dep_ == "neg" or (tok.lower_ in neg and tok.dep_ in ("advmod", "neg", "det"))

    # « n'a pas encore validé »: the parser may hang « pas » on « encore »
    return any(negative(c) or c.dep_ == "advmod" and any(negative(g) for g in c.children) for c in verb.children)


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it (« l'Espagne et le Danemark »)."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON", "NUM") or listed_name(token, child):
            found.extend(conjuncts(child))
    return found


def listed_name(token: Token, child: Token) -> bool:
    """« La Belgique, l'Allemagne, l'Italie et la Suède »: a name the parser hung on the first as its
    complement, with a comma and no preposition between them, is one more item of the list."""
    return (
        child.dep_ == "nmod"
        and child.i > token.i
        and bool(token.ent_type_)
        and child.ent_type_ == token.ent_type_
        and child.left_edge.i > 0
        and token.doc[child.left_edge.i - 1].text == ","
        and not any(c.dep_ == "case" for c in child.children)
    )


def listed_subjects(token: Token) -> list[Token]:
    """Names the parser made sibling subjects of one verb: « L'Espagne, le Portugal et la Grèce ont
    proposé… » hangs « Espagne » and « Portugal » both on the verb. Siblings of the same entity kind
    with only a comma between them are one list: ``token`` and its listed siblings, in order."""
    if token.dep_ not in SUBJECT or not token.ent_type_:
        return [token]
    doc = token.doc
    same = sorted(
        (c for c in token.head.children if c.dep_ == token.dep_ and c.ent_type_ == token.ent_type_),
        key=lambda t: t.i,
    )
    chain: list[Token] = []
    for tok in same:
        gap = doc[chain[-1].right_edge.i + 1 : tok.left_edge.i] if chain else None
        if chain and not (len(gap) == 1 and gap[0].text == ","):
            if token in chain:
                break
            chain = []
        chain.append(tok)
    return chain if token in chain else [token]


def left_coordinate(token: Token, left_edge: int) -> Token | None:
    """A named conjunct the parser left out: « l'Espagne et [le Danemark] ont déployé ».

    When the word before a subject's phrase is a coordinating conjunction preceded by a
    named entity of the same kind, the two are coordinated whatever the parser says.
    """
    doc = token.doc
    i = left_edge - 1
    if i < 1 or doc[i].pos_ != "CCONJ" or doc[i].lower_ not in every_language("coordinators"):
        return None
    prev = doc[i - 1]
    if not prev.ent_type_ or prev.ent_type_ != token.ent_type_:
        return None
    ent = next((e for e in doc.ents if e.start <= prev.i < e.end), None)
    if ent is None or any(t.dep_ in SUBJECT | OBJECT for t in ent if t.head.i == prev.head.i and t is not prev):
        return None
    root = ent.root
    if root.dep_ in SUBJECT or root.dep_ in OBJECT or root.dep_ == "case":
        return None
    return root
