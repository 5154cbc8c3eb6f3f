"""Read back the JSON that ``--format json`` writes, for the teacher's edit loop.

A teacher runs ``quizgen make … --format json``, edits the file (drops a question, rewords a
prompt, an option or an answer) and renders it again: :func:`load_quiz` rebuilds the
:class:`~quizgen.models.Question` records exactly as the file says, so what gets rendered is
what the file says. Only the derived keys are recomputed: ``answer_index`` from where the
answer stands among the options, ``cloze_parts`` from the sentence and the answer (``cloze``,
the Anki text, is ignored). The article's ``text`` (for ``--with-article``) is read when
present. The file holds no facts: the quiz comes back with ``facts=()``.

Anything that cannot be rendered is refused with one :class:`~quizgen.errors.QuizgenError`
line naming the file and, where there is one, the question.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from ..errors import QuizgenError
from ..ingest import PARSE_MAP, clean_text, identity, slugify
from ..lexicon import available_languages
from ..models import FACT_KINDS, Article, Question, Quiz

TYPES = ("mcq", "cloze")
# the Anki deck letters its options A to E (render/anki.py's LETTERS)
MAX_OPTIONS = 5
QUESTION_KEYS = ("id", "type", "fact_id", "fact_kind", "role", "prompt", "answer", "sentence", "modality")
BLANK = "_____"
# a tag or a piece of one (« <b », « </i> », « <!-- »): an option is shown as text, never as markup
MARKUP = re.compile(r"<\s*[/!?]?[A-Za-z!]")


def load_quiz(path: str | Path) -> tuple[Quiz, str]:
    """The quiz a ``--format json`` file describes, and its language."""
    path = Path(path)
    doc = read_json(path)
    where = str(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("article"), dict) or "questions" not in doc:
        raise QuizgenError(f"{where}: not a quizgen quiz (expected the JSON of 'quizgen make --format json')")
    article, lang = read_article(doc["article"], where)
    raw_questions = doc["questions"]
    if not isinstance(raw_questions, list):
        raise QuizgenError(f"{where}: 'questions' must be a list")
    questions: list[Question] = []
    seen: dict[str, int] = {}
    for n, raw in enumerate(raw_questions, 1):
        question = read_question(raw, f"{where}: question {n}")
        if question.id in seen:
            raise QuizgenError(
                f"{where}: question {n} ({shown(question.id)}): its id is already used by question {seen[question.id]}"
            )
        seen[question.id] = n
        questions.append(question)
    return Quiz(article=article, facts=(), questions=tuple(questions)), lang


def read_json(path: Path) -> object:
    if not path.exists():
        raise QuizgenError(f"{path}: no such file")
    if path.is_dir():
        raise QuizgenError(f"{path}: is a folder, not a JSON file")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise QuizgenError(f"{path}: cannot be read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise QuizgenError(f"{path}: not UTF-8 text; save the JSON as UTF-8") from None
    try:
        return json.loads(text)
    except RecursionError:
        raise QuizgenError(f"{path}: nested too deeply to be a quizgen quiz") from None
    except json.JSONDecodeError as exc:
        raise QuizgenError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None


def read_article(raw: dict, where: str) -> tuple[Article, str]:
    at = f"{where}: article"
    slug = text_field(raw, "slug", at)
    if slugify(slug) != slug:
        # the slug names the output files: it must not reach outside the output folder
        raise QuizgenError(f"{at}: 'slug' must be lowercase letters, digits and hyphens, not '{shown(slug)}'")
    lang = text_field(raw, "lang", at)
    if lang not in available_languages():
        raise QuizgenError(
            f"{at}: language '{shown(lang)}' is not supported (supported: {', '.join(available_languages())})"
        )
    text = text_field(raw, "text", at, required=False, empty=True) or ""
    title = text_field(raw, "title", at)
    date = text_field(raw, "date", at, required=False)
    source = text_field(raw, "source", at, required=False)
    # the identity written by make, so that the deck rendered from the file updates the same notes
    known = text_field(raw, "identity", at, required=False)
    article = Article(
        slug=slug,
        title=title,
        text=text,
        parse_text=text.translate(PARSE_MAP),
        date=date,
        lang=lang,
        source=source,
        path=where,
        apostrophe="’" if text.count("’") > text.count("'") else "'",
        identity=known or identity(source, title, date or ("" if text.strip() else "-"), text),
    )
    return article, lang


def read_question(raw: object, at: str) -> Question:
    if not isinstance(raw, dict):
        raise QuizgenError(f"{at}: must be a JSON object")
    qid = text_field(raw, "id", at)
    at = f"{at} ({shown(qid)})"
    missing = [key for key in QUESTION_KEYS if key not in raw]
    if missing:
        raise QuizgenError(f"{at}: missing key{'s' if len(missing) > 1 else ''} {', '.join(repr(k) for k in missing)}")
    kind = text_field(raw, "type", at)
    if kind not in TYPES:
        raise QuizgenError(f"{at}: 'type' must be 'mcq' or 'cloze', not '{shown(kind)}'")
    fact_kind = text_field(raw, "fact_kind", at)
    if fact_kind not in FACT_KINDS:
        raise QuizgenError(f"{at}: 'fact_kind' must be one of {', '.join(FACT_KINDS)}, not '{shown(fact_kind)}'")
    answer = text_field(raw, "answer", at)
    sentence = text_field(raw, "sentence", at)
    prompt = text_field(raw, "prompt", at)
    common = dict(
        id=qid,
        type=kind,
        fact_id=text_field(raw, "fact_id", at),
        fact_kind=fact_kind,
        role=text_field(raw, "role", at),
        prompt=prompt,
        answer=answer,
        sentence=sentence,
        hint=text_field(raw, "hint", at, required=False),
        modality=text_field(raw, "modality", at),
    )
    options = raw.get("options")
    if kind == "mcq":
        opts = read_options(options, answer, at)
        return Question(**common, options=opts, answer_index=opts.index(answer))
    if options:
        raise QuizgenError(f"{at}: a cloze question has no options (make it 'type': 'mcq' to give it some)")
    stored = raw.get("cloze_parts")
    if isinstance(stored, list):
        stored = [clean_text(p) if isinstance(p, str) else p for p in stored]
    parts = cloze_parts(sentence, answer, stored, prompt, at)
    return Question(**common, cloze_parts=parts)


def read_options(options: object, answer: str, at: str) -> tuple[str, ...]:
    if options is None:
        raise QuizgenError(f"{at}: a multiple-choice question needs its 'options'")
    if not isinstance(options, list) or not all(isinstance(o, str) and clean_text(o).strip() for o in options):
        raise QuizgenError(f"{at}: 'options' must be a list of non-empty texts")
    options = [clean_text(o) for o in options]
    if not 2 <= len(options) <= MAX_OPTIONS:
        raise QuizgenError(f"{at}: a multiple-choice question needs 2 to {MAX_OPTIONS} options, not {len(options)}")
    repeated = sorted({o for o in options if options.count(o) > 1})
    if repeated:
        raise QuizgenError(f"{at}: the option '{shown(repeated[0])}' is given twice")
    seen: dict[str, str] = {}
    for option in options:
        if MARKUP.search(option):
            raise QuizgenError(f"{at}: the option '{shown(option)}' holds markup; write it as plain text")
        same = seen.setdefault(option_key(option), option)
        if same != option:
            raise QuizgenError(
                f"{at}: the options '{shown(same)}' and '{shown(option)}' are the same but for case or spaces"
            )
    if answer not in options:
        raise QuizgenError(f"{at}: the answer '{shown(answer)}' is not among its options")
    return tuple(options)


def option_key(option: str) -> str:
    """What two options that differ only by case, width or spacing have in common."""
    return " ".join(unicodedata.normalize("NFKC", option).casefold().split())


def cloze_parts(sentence: str, answer: str, stored: object, prompt: str, at: str) -> tuple[str, str, str]:
    """(before, answer, after): where the answer stands in the sentence.

    The stored ``cloze_parts`` are kept when they still spell the sentence, or the clause of it
    a long sentence was cut to (« … » at a cut), around this answer;
    otherwise the answer's occurrence nearest to where the blank was is taken, whole words first.
    """
    if (
        isinstance(stored, list)
        and len(stored) == 3
        and all(isinstance(p, str) for p in stored)
        and stored[1] == answer
        and "".join(stored).removeprefix("… ").removesuffix(" …") in sentence
    ):
        return stored[0], stored[1], stored[2]  # as written, or cut to a clause of a long sentence
    starts = [m.start() for m in re.finditer(f"(?={re.escape(answer)})", sentence)]
    if not starts:
        raise QuizgenError(
            f"{at}: the answer '{shown(answer)}' is no longer in the sentence; put it back or reword both"
        )
    whole = [s for s in starts if is_word_edge(sentence, s) and is_word_edge(sentence, s + len(answer))]
    if isinstance(stored, list) and stored and isinstance(stored[0], str):
        was = len(stored[0].removeprefix("… "))
    else:
        was = max(prompt.find(BLANK), 0)
    start = min(whole or starts, key=lambda s: (abs(s - was), s))
    end = start + len(answer)
    return sentence[:start], answer, sentence[end:]


def is_word_edge(text: str, at: int) -> bool:
    return at <= 0 or at >= len(text) or not (text[at - 1].isalnum() and text[at].isalnum())


def text_field(raw: dict, key: str, at: str, *, required: bool = True, empty: bool = False) -> str | None:
    """``raw[key]`` as a string; an optional key absent, null or blank gives None."""
    value = raw.get(key)
    if value is None:
        if required:
            raise QuizgenError(f"{at}: missing key '{key}'" if key not in raw else f"{at}: '{key}' must not be null")
        return None
    if not isinstance(value, str):
        raise QuizgenError(f"{at}: '{key}' must be a text, not {type(value).__name__}")
    value = clean_text(value)  # no control character, bidi override or stray zero-width mark
    if not value.strip() and not empty:
        if required:
            raise QuizgenError(f"{at}: '{key}' is empty")
        return None
    return value


def shown(text: str, width: int = 60) -> str:
    """A text quoted in an error message: on one line, and not too long."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
