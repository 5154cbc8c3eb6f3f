"""Hyphenated compound nouns as one token: « sapeurs-pompiers », « chasseurs-bombardiers ».

The French tokenizer keeps the compounds it knows (« sous-marins ») and splits the others
into three tokens, which the tagger then reads as a noun, a noun and an adjective. Joined,
the compound is one noun with its plural, as the article means it; a name split the same way
(« Croix-Rouge ») is one name. Clitic pronouns after a verb (« dit-il ») and chains of hyphens
(« c'est-à-dire ») are not compounds.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .lexicon import lexicon

if not Token.has_extension("quizgen_joined"):
    Token.set_extension("quizgen_joined", default=False)


@Language.factory("quizgen_compounds", default_config={"lang": "fr"})
def make_compounds(nlp: Language, name: str, lang: str):
    clitics = lexicon(lang).words.get("clitics", frozenset())

    def join_compounds(doc: Doc) -> Doc:
        spans = []
        i = 0
        while i + 2 < len(doc):
            left, dash, right = doc[i], doc[i + 1], doc[i + 2]
            if (
                dash.text == "-"
                and not left.whitespace_
                and not dash.whitespace_
                and left.is_alpha
                and right.is_alpha
                # « sapeurs-pompiers », and names the tokenizer split (« Croix-Rouge », « Alpes-Maritimes »)
                and (right.is_lower or left.is_title and right.is_title)
                and right.lower_ not in clitics
                # « c'est-à-dire », « vingt-et-un »: a chain of hyphens is a locution, not a compound noun
                and not (i + 3 < len(doc) and doc[i + 3].text == "-" and not right.whitespace_)
                and not (i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_)
            ):
                spans.append(doc[i : i + 3])
                i += 3
                continue
            i += 1
        if spans:
            starts = [span.start - 2 * k for k, span in enumerate(spans)]  # each merge takes two tokens out
            with doc.retokenize() as retokenizer:
                for span in spans:
                    retokenizer.merge(span)
            for start in starts:
                doc[start]._.quizgen_joined = True
        return doc

    return join_compounds


@Language.factory("quizgen_compound_lemmas", default_config={"lang": "fr"})
def make_compound_lemmas(nlp: Language, name: str, lang: str):
    feminine = tuple(lexicon(lang).raw.get("nouns", {}).get("feminine_endings", ()))
    plurals = tuple(lexicon(lang).raw.get("nouns", {}).get("plural_endings", ("s",)))

    def settle_compounds(doc: Doc) -> Doc:
        """What the tagger and lemmatizer get wrong about compounds: « sapeurs-sauveteurs » →
        « sapeur-sauveteur » (both nouns take the plural, the lemmatizer singularises the last only);
        « l'état-major » is masculine like « état » (the tagger guesses from the last word)."""
        for tok in doc:
            if "-" not in tok.text or not tok.is_lower:
                continue
            parts, lemma_parts = tok.lower_.split("-"), tok.lemma_.lower().split("-")
            if len(parts) != len(lemma_parts):
                continue
            joined = tok._.quizgen_joined  # the tokenizer's own compounds (« sous-marins ») have their lemma
            if joined and "Plur" in tok.morph.get("Number") and parts[-1] != lemma_parts[-1]:
                singular = [p[:-1] if p.endswith(plurals) and len(p) > 3 else p for p in lemma_parts[:-1]]
                lemma_parts = [*singular, lemma_parts[-1]]
                tok.lemma_ = "-".join(lemma_parts)
            if joined and tok.pos_ == "NOUN" and feminine:
                morph = tok.morph.to_dict()
                morph["Gender"] = "Fem" if lemma_parts[0].endswith(feminine) else "Masc"
                tok.set_morph(morph)
        return doc

    return settle_compounds
