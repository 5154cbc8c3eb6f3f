"""Typed records passed between the pipeline's stages (ingest → nlp → extract → questions → render)."""

from __future__ import annotations

from dataclasses import dataclass, field

FACT_KINDS = ("transfer", "deployment", "quote", "request", "figure", "role")
ROLES = ("agent", "theme", "quantity", "recipient", "destination", "speaker", "quote")


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from disk.

    ``text`` is the body exactly as written (what learners see); ``parse_text`` has the
    same length, character for character, with apostrophes and spaces normalised for the
    parser, so that offsets found in one are valid in the other.
    """

    slug: str
    title: str
    text: str
    parse_text: str
    date: str | None = None
    lang: str | None = None
    source: str | None = None
    publisher: str | None = None  # who speaks in the article (a `publisher:` header line), when it says
    path: str | None = None
    apostrophe: str = "'"
    encoding: str = "utf-8"  # as read from disk: "windows-1252", "iso-8859-1"… when not UTF-8
    # what the article is, whatever its file is called: from its address, else its title and
    # date, else its text (see ingest.identity); Anki note GUIDs are derived from it
    identity: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A role filler: a span of the article with what questions need to reuse it.

    ``text`` is the bare span as written (no leading article or preposition); ``phrase`` is
    the same span with the determiner and preposition the article used (« aux défenseurs
    ukrainiens », « en Estonie »). ``kind`` is what the span names: country, person, org,
    place, group, number or thing.
    """

    text: str
    start: int
    end: int
    kind: str = "thing"
    phrase: str = ""
    det: str | None = None
    prep: str | None = None
    gender: str | None = None
    number: str | None = None
    vague: bool = False
    # the article never writes ``text``: it is read from the words at start:end (« pakistanais » → Pakistan)
    derived: bool = False


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing the article states, with its roles and the sentence it comes from."""

    id: str
    kind: str
    sentence: str
    start: int
    end: int
    modality: str = "asserted"
    agent: Mention | None = None
    theme: Mention | None = None
    quantity: Mention | None = None
    recipient: Mention | None = None
    destination: Mention | None = None
    speaker: Mention | None = None
    quote: Mention | None = None
    verb: str | None = None
    verb_lemma: str | None = None
    tense: str = "past"

    def role(self, name: str) -> Mention | None:
        """The mention filling role ``name``, or None."""
        return getattr(self, name)


@dataclass(frozen=True, slots=True)
class Question:
    """A question ready for any renderer; format-specific syntax is added by each renderer."""

    id: str
    type: str  # "mcq" | "cloze"
    fact_id: str
    fact_kind: str
    role: str
    prompt: str
    answer: str
    sentence: str
    options: tuple[str, ...] = ()
    answer_index: int | None = None
    # cloze: the sentence cut into (before, answer, after) so renderers add their own blank
    cloze_parts: tuple[str, str, str] | None = None
    hint: str | None = None
    modality: str = "asserted"


@dataclass(frozen=True, slots=True)
class Quiz:
    """Everything rendered for one article."""

    article: Article
    facts: tuple[Fact, ...]
    questions: tuple[Question, ...]
    people: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
