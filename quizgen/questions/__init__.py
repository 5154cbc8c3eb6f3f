"""questions: from facts to multiple-choice and cloze questions.

For each fact, the multiple-choice question asks about the first role that can be asked
well (a named answer, enough sound distractors, one right answer only); the cloze card
deletes another role of the same sentence, so a deck asks about different things.
"""

from __future__ import annotations

import bisect
import hashlib
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice

from ..gazetteer import countries, fold, is_country
from ..grammar import grammar
from ..lexicon import available_languages, lexicon
from ..models import ROLES, Article, Fact, Mention, Question
from ..numbers import CURRENCY_SIGN, names_money, parse_number, split_number
from .distractors import MARKUP, FactIndex, candidates, context_peers, shares_context
from .lint import problems
from .quality import (
    aliases,
    article_aliases,
    article_numbers,
    bare_noun,
    cut_off,
    cut_sentence,
    headline,
    is_pronoun,
    is_subject,
    main_subjects,
    minor_figure,
    near_same,
    only_intended,
    points_back,
    related_bodies,
    retype,
    retype_fact,
    rough_size,
    rules,
    running_total,
    short_names_of_orgs,
    thing_type,
    trivial_figure,
    vague_thing,
)
from .similarity import NameIndex, key, same_thing

N_OPTIONS = 4
MAX_OPTION_WORDS = 6  # a long option stands out and gives itself away
MCQ_ROLES = {
    "transfer": ("agent", "quantity", "theme", "recipient"),
    "deployment": ("agent", "destination", "quantity", "theme"),
    "request": ("agent", "recipient", "theme"),
    "quote": ("speaker",),
    "figure": ("quantity",),
    "role": ("agent",),
}
CLOZE_ROLES = {
    "transfer": ("quantity", "theme", "recipient", "agent"),
    "deployment": ("destination", "quantity", "theme", "agent"),
    "request": ("theme", "recipient", "agent"),
    "quote": ("speaker",),
    "figure": ("quantity",),
    "role": ("agent",),
}
KNOWN_VERBS = {"transfer", "transfer_if_gift", "deployment", "request", "request_addressee", "promise"}
ASKABLE_AGENTS = {"country", "person", "org", "name", "place"}


def build_questions(
    article: Article,
    facts: Sequence[Fact],
    lang: str,
    *,
    entities: Sequence[Mention] = (),
    seed: int = 0,
    max_questions: int | None = None,
    every: bool = False,
) -> tuple[Question, ...]:
    """Questions for ``facts``, in the article's order, at most ``max_questions`` (the best ones).

    One question a sentence, on its most important fact; with ``every``, each fact's multiple choice
    and its blank on another role (one blank a sentence), for decks that want every card."""
    # a role the article never writes (« pakistanais » read as Pakistan) is a fact's, never a question's:
    # not its answer, nor a name in its stem the student has not read
    facts = [retype_fact(without_derived(f), lang) for f in facts]
    entities = [m for m in (retype(e, lang) for e in entities) if m is not None]
    orgs = [m.text for m in entities if m.kind == "org"] + [
        m.text for f in facts for m in (f.agent, f.speaker) if m is not None and m.kind == "org"
    ]
    facts = [short_names_of_orgs(f, orgs) for f in facts]
    deck = Deck(
        subjects=tuple(main_subjects(article, facts)),
        numbers=article_numbers(article, lang),
        aliases=article_aliases(article, lang),
        index=FactIndex.of(facts),
        asked=Asked(),
        agents={f.id: f.agent.text for f in facts if f.agent is not None},
    )
    questions: list[Question] = []
    # one question per sentence, on its most important fact: a second one would repeat the fact or print
    # the first one's answer in its prompt (a teacher's reading of decks for unseen articles)
    used: set[str] = set()
    asked: Counter[str] = Counter()  # roles asked so far: vary them so a deck asks about different things

    def keep(q: Question) -> None:
        questions.append(q)
        deck.asked.add(q)
        if q.type == "mcq" and q.role == "quantity":
            deck.ranks[numeric_rank(q, lang)] += 1

    for fact in rank(facts, article):
        if doubtful(fact, lang):
            continue
        if every:
            for q in every_question(article, fact, facts, entities, lang, seed, asked, deck, questions, used):
                keep(q)
            continue
        if fact.sentence in used or list_lead(article, fact) is not None:
            continue  # a list item is a detail of the package its lead-in tells
        mcq = multiple_choice(article, fact, facts, entities, lang, seed, asked, deck=deck, taken=questions)
        mcq = mcq if shown(mcq, lang) else None  # a question that fails the lint never counts towards --max-questions
        if mcq is not None:
            asked[mcq.role] += 1
        blanked = Counter(q.role for q in questions if q.type == "cloze")
        cloze = cloze_question(article, fact, lang, avoid=None, blanked=blanked, subjects=deck.subjects)
        if not shown(cloze, lang) or repeats(
            cloze, questions, facts, deck.aliases, asked=deck.asked, agents=deck.agents
        ):
            cloze = None
        # a name asked once per deck: "Who said…?" three times for one minister teaches one thing
        mcq, cloze = (
            c if c is not None and not named_before(c, questions, deck.aliases) else None for c in (mcq, cloze)
        )
        q = one_of(mcq, cloze, questions)
        if q is not None:
            used.add(fact.sentence)
            keep(q)
    questions = best_first(questions, max_questions)
    if not every:  # on one sheet, a blank whose answer another question prints gives itself away
        questions = [q for q in questions if not printed_elsewhere(q, questions)]
    questions = balance_answers(questions, article, seed)
    order = {f.id: i for i, f in enumerate(facts)}
    questions.sort(key=lambda q: (order[q.fact_id], q.type != "mcq"))
    return tuple(questions)


def without_derived(fact: Fact) -> Fact:
    derived = {role: None for role in ROLES if (m := fact.role(role)) is not None and m.derived}
    return replace(fact, **derived) if derived else fact


def printed_elsewhere(question: Question, questions: Sequence[Question]) -> bool:
    """A blank's place or thing (« Erevan », "Sliač") that another question of the set prints in its
    prompt: read in order, the sheet answers its own question."""
    answer = question.answer
    if question.type != "cloze" or len(answer) <= 3 or answer[:1].isdigit():
        return False
    # a country or a person the article names again and again is no secret another prompt gives away
    common = {
        h
        for lang in available_languages()
        for k, h in lexicon(lang).raw.get("hints", {}).items()
        if k in ("country", "person")
    }
    if question.hint in common:
        return False
    pattern = re.compile(rf"(?<![\w-]){re.escape(answer)}(?![\w-])", re.IGNORECASE)
    return any(other is not question and pattern.search(other.prompt) for other in questions)


def every_question(
    article: Article,
    fact: Fact,
    facts: Sequence[Fact],
    entities: Sequence[Mention],
    lang: str,
    seed: int,
    asked: Counter[str],
    deck: Deck,
    questions: list[Question],
    used: set[str],
) -> list[Question]:
    """A fact's multiple choice and its blank on another role; one blank a sentence."""
    mcq = multiple_choice(article, fact, facts, entities, lang, seed, asked, deck=deck, taken=questions)
    if mcq is not None:
        asked[mcq.role] += 1
    cloze = cloze_question(article, fact, lang, avoid=mcq.role if mcq else None, subjects=deck.subjects)
    if cloze is not None:
        again = fact.sentence in used or repeats(
            cloze, questions, facts, deck.aliases, asked=deck.asked, agents=deck.agents
        )
        cloze = None if again else cloze
        used.add(fact.sentence)
    # a question that fails the lint is never shown, and never counts towards --max-questions
    return [q for q in (mcq, cloze) if shown(q, lang)]


def shown(q: Question | None, lang: str) -> bool:
    """A question that passes the lint and whose answer holds no markup."""
    return q is not None and not problems(q, lang) and not MARKUP.search(q.answer)


NAMED_ROLES = ("agent", "speaker", "recipient", "destination")


def named_before(q: Question, questions: Sequence[Question], pairs: Sequence[tuple[str, str]]) -> bool:
    """The deck already has a question whose answer is this one's name (or an alias of it)."""
    return q.role in NAMED_ROLES and any(
        o.role in NAMED_ROLES and aliases(o.answer, q.answer, pairs) for o in questions
    )


def one_of(mcq: Question | None, cloze: Question | None, questions: Sequence[Question]) -> Question | None:
    """The one question a sentence gets: a figure as a blank, a name as a choice among names, and
    otherwise the type the deck has fewer of, so that it keeps both kinds of exercise."""
    if mcq is None or cloze is None:
        return mcq or cloze
    if mcq.role == "quantity":
        return cloze
    mcqs = sum(1 for q in questions if q.type == "mcq")
    return cloze if mcqs > len(questions) - mcqs else mcq


def best_first(questions: list[Question], limit: int | None) -> list[Question]:
    """At most ``limit`` questions (in the order of their facts' importance): one on each fact
    first, so that the main facts are all asked before a second question on any of them."""
    if limit is None or len(questions) <= limit:
        return questions
    seen: set[str] = set()
    first, second = [], []
    for q in questions:
        (second if q.fact_id in seen else first).append(q)
        seen.add(q.fact_id)
    kept = {id(q) for q in (first + second)[:limit]}
    return [q for q in questions if id(q) in kept]


class Asked:
    """The questions kept so far, by type and answer: :func:`repeats` compares a new one with those
    whose answer may name the same thing, not with every question of a long article."""

    def __init__(self) -> None:
        self.names: dict[str, NameIndex] = {}
        self.by_answer: dict[tuple[str, str], list[Question]] = {}

    def add(self, q: Question) -> None:
        self.names.setdefault(q.type, NameIndex()).add(q.answer)
        self.by_answer.setdefault((q.type, q.answer), []).append(q)

    def alike(self, q: Question, pairs: Sequence[tuple[str, str]] = ()) -> list[Question]:
        """The questions of ``q``'s type whose answer may be ``q``'s or an alias of it (a superset)."""
        names = self.names.get(q.type)
        if names is None:
            return []
        texts = set(names.near(q.answer))
        for x, y in pairs:
            if same_thing(q.answer, x):
                texts.update(names.near(y))
            if same_thing(q.answer, y):
                texts.update(names.near(x))
        return [other for text in texts for other in self.by_answer[(q.type, text)]]


@dataclass(slots=True)
class Deck:
    """What the questions of one article share while they are written."""

    subjects: tuple[str, ...] = ()  # what the whole article is about: never the answer of a multiple choice
    numbers: frozenset[float] = frozenset()  # every value the article writes: never a wrong option
    aliases: tuple[tuple[str, str], ...] = ()  # (long name, acronym) the article defines: one entity
    ranks: Counter[int] = field(default_factory=Counter)  # numeric answers' rank among their options so far
    index: FactIndex | None = None  # the article's facts by kind, role and text, built once
    asked: Asked | None = None  # the questions kept so far, by type and answer
    agents: dict[str, str] | None = None  # fact id → its agent's text
    hosts: NameIndex | None = None  # the receivers and places no fact shows giving, found once (hosts_of)

    def next_rank(self, salt: str) -> int:
        """The rank among sorted options used least so far, ties broken by ``salt``: spread evenly."""
        turn = int(hashlib.sha1(salt.encode()).hexdigest(), 16)
        return min(range(N_OPTIONS), key=lambda r: (self.ranks[r], (r + turn) % N_OPTIONS))


def numeric_rank(q: Question, lang: str) -> int:
    values = [parse_number(o, lang) or 0.0 for o in q.options]
    return sorted(values).index(values[q.options.index(q.answer)])


def doubtful(fact: Fact, lang: str) -> bool:
    """A fact whose question would show a pronoun (« What did It give »), or a demonstrative
    (« Ces deux vols ») that points to a noun elsewhere in the article."""
    mentions = [fact.role(name) for name in ("agent", "theme", "recipient", "destination", "speaker")]
    if cut_sentence(fact.sentence, lang):
        return True  # split at an abbreviation: the fact and its blank miss half their sentence
    return any(m is not None and (is_pronoun(m, lang) or points_back(m, lang)) for m in mentions)


def broken_name(fact: Fact) -> bool:
    """A role cut in the middle of a name ("U.S. Agency for", « l'Organisation des Nations » before
    « Unies »): a question would show it cut; a cloze shows the sentence whole."""
    mentions = [fact.role(name) for name in ("agent", "theme", "recipient", "destination", "speaker")]
    return any(m is not None and (cut_off(m.text) or in_sentence(fact, m) and splits_a_name(fact, m)) for m in mentions)


OTHER_TYPE = {"mcq": "cloze", "cloze": "mcq"}


def repeats(
    q: Question,
    questions: Sequence[Question],
    facts: Sequence[Fact] = (),
    pairs: Sequence[tuple[str, str]] = (),
    *,
    asked: Asked | None = None,
    agents: dict[str, str] | None = None,
) -> bool:
    """Asked already: the same answer (or an alias of it: « CDCS », « Centre de crise et de soutien »)
    to nearly the same prompt or to the same role in the same sentence, the same speaker twice, or
    the same answer to the same role of a fact with the same agent (one fact told twice)."""
    if agents is None:
        agents = {f.id: f.agent.text for f in facts if f.agent is not None}
    if asked is not None:  # the other type too: a blank and a multiple choice on one fact give each other away
        others = [*asked.alike(q, pairs), *asked.alike(replace(q, type=OTHER_TYPE.get(q.type, q.type)), pairs)]
    else:
        others = list(questions)
    for other in others:
        if not aliases(other.answer, q.answer, pairs):
            continue
        a, b = agents.get(q.fact_id), agents.get(other.fact_id)
        if (
            other.role == q.role not in ("agent", "speaker")
            and a is not None
            and b is not None
            and aliases(a, b, pairs)
        ):
            # one fact told twice (« Japan delivered 300 tents… It includes 300 tents »), whatever the
            # question type: a blank and a multiple choice on it give each other away
            if other.type == q.type or other.fact_id != q.fact_id:
                return True
        if other.type != q.type:
            continue
        if near_same(other.prompt, q.prompt) or q.type == "mcq" and other.role == q.role == "speaker":
            return True
        if other.role == q.role and other.sentence == q.sentence:
            return True  # one sentence listing three groups and two vehicles: one question on its giver
    return False


def balance_answers(questions: list[Question], article: Article, seed: int) -> list[Question]:
    """Put the right answer at each letter equally often over the deck, in an order the seed fixes."""
    rng = random.Random(int(hashlib.sha1(f"{article.slug}|{seed}".encode()).hexdigest(), 16))
    slots: list[int] = []
    balanced = []
    for q in questions:
        if q.type != "mcq":
            balanced.append(q)
            continue
        if not slots:
            slots = list(range(len(q.options)))
            rng.shuffle(slots)
        target = slots.pop() % len(q.options)
        others = [o for o in q.options if o != q.answer]
        options = others[:target] + [q.answer] + others[target:]
        balanced.append(replace(q, options=tuple(options), answer_index=target))
    return balanced


def rank(facts: Sequence[Fact], article: Article | None = None) -> list[Fact]:
    """Facts most worth learning first: those of the title and the lead, named agents, numbers."""
    title = f" {key(headline(article))} " if article is not None else ""
    lead = lead_end(article) if article is not None else -1

    def score(item: tuple[int, Fact]) -> tuple[float, int]:
        i, fact = item
        s = 0.0
        s += 1.5 if fact.start < lead else 0
        named = [m for m in (fact.agent, fact.recipient, fact.destination) if m is not None and not m.vague]
        s += 1 if any(key(m.text) and f" {key(m.text)} " in title for m in named) else 0
        s += 0.5 if fact.kind in ("transfer", "deployment") else 0
        s += 2 if fact.agent is not None and not fact.agent.vague and fact.agent.kind in ASKABLE_AGENTS else 0
        s += 1 if fact.speaker is not None else 0
        s += 1 if fact.quantity is not None else 0
        s += 1 if fact.recipient is not None or fact.destination is not None else 0
        s -= 3 if fact.modality == "negated" else 0
        s -= 0.1 * i / max(len(facts), 1)
        return (-s, i)

    return [f for _, f in sorted(enumerate(facts), key=score)]


def lead_end(article: Article) -> int:
    """Where the lead ends: the first paragraph, or its first two sentences when it is long."""
    text = article.text.lstrip()
    offset = len(article.text) - len(text)
    end = text.find("\n\n")
    end = len(text) if end < 0 else end
    stops = [m.end() for m in re.finditer(r"[.!?](?:\s|$)", text[:end])]
    return offset + (stops[1] if len(stops) > 2 else end)


def in_sentence(fact: Fact, mention: Mention | None) -> bool:
    return mention is not None and fact.start <= mention.start and mention.end <= fact.end


def answer_of(fact: Fact, role: str, lang: str, blank: bool = False) -> Mention | None:
    """The mention a question on ``role`` asks for; a blank takes a counted thing without its count."""
    mention = fact.role(role)
    if mention is None or mention.vague or not in_sentence(fact, mention) or mention.kind == "clause":
        return None  # a whole clause (« que les combats cessent ») is no answer to recognise or fill in
    if role == "quantity":
        number, _ = split_number(mention.text, lang)
        if not number:
            return None
        # "$_____ million": the currency sign stays printed, the blank takes the number its hint asks for
        sign = re.match(rf"{CURRENCY_SIGN}\s?", number)
        skip = sign.end() if sign and sign.end() < len(number) else 0
        number = number[skip:]
        start = mention.start + skip
        return Mention(text=number, start=start, end=start + len(number), kind="number", phrase=number)
    if role in ("agent", "speaker") and mention.kind not in ASKABLE_AGENTS:
        return None
    if fact.kind == "role" and (fact.theme is None or fact.theme.vague):
        return None
    if role == "destination":
        return named_part(mention)
    if blank and role == "theme" and fact.kind in ("transfer", "deployment") and item_count(fact, lang):
        return counted_item(fact, mention, lang)
    return mention


def item_count(fact: Fact, lang: str) -> bool:
    """The fact counts things one by one (« 13 chars Leclerc », "12 million tablets"), not money or a weight:
    the thing is what a class learns, the count a detail (teachers' reading of decks on unseen articles)."""
    q = fact.quantity
    if q is None or names_money(q.text, lang):
        return False
    lex = lexicon(lang)
    units = {fold(u) for u in lex.nouns.get("units", frozenset())}
    words = [fold(w) for w in q.text.split()[1:] if fold(w) not in lex.numbers]  # "12 | million": a magnitude
    return not any(w.rstrip("s") in units or w in units for w in words)


def counted_item(fact: Fact, theme: Mention, lang: str) -> Mention | None:
    """« 13 chars Leclerc » → « chars Leclerc »: the thing counted, its number left printed before the blank."""
    q = fact.quantity
    if q is None or not theme.text.startswith(q.text) or theme.start != q.start:
        return theme
    rest = theme.text[len(q.text) :]
    contents = sorted(lexicon(lang).preps.get("contents", frozenset()), key=len, reverse=True)  # « de », "of"
    lead = re.match(rf"\s*(?:(?:{'|'.join(map(re.escape, contents))})\s*)?", rest.replace("’", "'"))
    offset = len(q.text) + (lead.end() if lead else 0)
    text = theme.text[offset:].strip()
    if not text:
        return None
    start = theme.start + theme.text.index(text, offset)
    return Mention(text=text, start=start, end=start + len(text), kind=theme.kind, phrase=text)


NAME_RUN = re.compile(
    r"\b[A-ZÀ-Ý][\w’'-]*(?:[ -](?:[A-ZÀ-Ý][\w’'-]*|(?:d[eu]|de la|des|of|the)\b(?= [A-ZÀ-Ý])))*(?<![ -])"
)


def named_part(mention: Mention) -> Mention | None:
    """ "base aérienne de Malbork" → "Malbork": a place told by a common noun and a name is asked by its
    name; with two names in it (« bases en Roumanie et en Bulgarie ») it is not asked at all."""
    if not mention.text[:1].islower():
        return mention
    runs = [m for m in NAME_RUN.finditer(mention.text)]
    if len(runs) != 1:
        return None if runs else mention
    run = runs[0]
    start = mention.start + run.start()
    return Mention(text=run.group(), start=start, end=start + len(run.group()), kind=mention.kind, phrase=run.group())


def askable(role: str, answer: Mention, lang: str) -> bool:
    """Worth a multiple-choice question: a named place for « Où », a named party for « À qui », a short
    thing for « Que »."""
    if role == "destination":
        return answer.kind in ("country", "place", "name")
    if role == "recipient":  # "UN agencies" against "area" and "districts of Sylhet": no named kind to match
        return answer.kind in ("country", "org", "person", "name")
    if role == "theme":  # « troupes » against « soldats »: a generic answer has synonyms for options
        return len(answer.text.split()) <= MAX_OPTION_WORDS and not generic(answer.text, lang)
    return True


def generic(text: str, lang: str) -> bool:
    words = lexicon(lang).nouns.get("generic_forces", frozenset())
    return any(w.lower().rstrip("s") in words or w.lower() in words for w in text.split())


def multiple_choice(
    article: Article,
    fact: Fact,
    facts: Sequence[Fact],
    entities: Sequence[Mention],
    lang: str,
    seed: int,
    asked: Counter[str] | None = None,
    *,
    deck: Deck | None = None,
    taken: Sequence[Question] = (),
) -> Question | None:
    if fact.modality == "negated":
        return None  # asking « who gave X » of a refusal would state it as done
    if fact.kind == "request" and (fact.verb_lemma or "") in lexicon(lang).verbs.get("request_addressee", ()):
        return None  # « Qu'appelle le roi aux Marocains ? »: what is asked is the inner verb's
    if fact.agent is not None and fact.theme is not None and fact.agent.start == fact.theme.start:
        return None  # « les armées françaises sont présentes » would be asked as deploying themselves
    if broken_name(fact) or only_intended(fact, lang):
        return None
    verb_kinds = lexicon(lang).verb_kinds(fact.verb_lemma or "")
    if fact.kind in ("transfer", "deployment", "request") and not set(verb_kinds) & KNOWN_VERBS:
        return None  # "What did X delivery…": a noun or a verb of another sense read as the event's verb
    gram = grammar(lang)
    preferred = MCQ_ROLES.get(fact.kind, ())
    asked = asked or Counter()
    deck = deck or Deck()
    index = deck.index if deck.index is not None else FactIndex.of(facts)
    # the least asked role first, then the kind's own order of preference
    for role in sorted(preferred, key=lambda r: (asked[r] // 3, preferred.index(r))):
        answer = answer_of(fact, role, lang)
        if answer is None or not askable(role, answer, lang) or also_right_elsewhere(fact, role, answer, index):
            continue
        if role == "agent" and generic_theme_shared(fact, index, lang):
            continue  # « Qui a déployé une équipe en Turquie ? » when two bodies did
        if role == "agent" and own_thing(fact, lang):
            continue  # « Quelle organisation a dépêché son équipe médicale ? »: « son » is the answer's own
        if role != "quantity" and is_subject(answer.text, deck.subjects):
            continue  # "Which country…? — Ukraine" in an article about Ukraine: no one learns anything
        if cut_off(answer.text) or role == "speaker" and answer.kind != "person":
            continue
        if role == "theme" and (told_before(answer, lang) or who_it_is_for(fact, answer, lang)):
            continue
        if role == "quantity" and running_total(fact, answer, lang):
            continue
        if role == "theme" and vague_thing(answer, lang):
            continue  # « Qu'a financé la Suisse ? — aide »
        if (
            role == "speaker"
            and fact.quote is not None
            and (not fact.quote.text[:1].isupper() or fact.quote.text.rstrip().endswith("?"))
        ):
            continue  # a fragment woven into the sentence, or a question, is no quote to recognise
        prompt = gram.question(fact, role, answer.kind, article.apostrophe)
        if prompt is None or contains(prompt, answer.text) or bare_stem(fact, role, lang):
            continue
        qid = f"{fact.id}-mcq"
        draft = Question(
            id=qid,
            type="mcq",
            fact_id=fact.id,
            fact_kind=fact.kind,
            role=role,
            prompt=prompt,
            answer=answer.text,
            sentence=fact.sentence,
        )
        if repeats(draft, taken, facts, deck.aliases, asked=deck.asked, agents=deck.agents):
            continue
        in_stem = [m.text for m in (fact.role(r) for r in ROLE_SLOTS if r != role) if m is not None]
        found = candidates(
            fact,
            role,
            answer,
            facts,
            entities,
            lang,
            number_rank=deck.next_rank(qid),
            article_numbers=deck.numbers,
            index=index,
            text=article.text,
        )
        bodies = related_bodies(answer.text, deck.aliases, lang)
        # "Which country deployed…?": the country that received them is no plausible sender
        if role == "agent" and fact.kind in ("transfer", "deployment") and deck.hosts is None:
            deck.hosts = NameIndex()
            for host in hosts_of(index, deck.subjects, article.text[: lead_end(article)], lang):
                deck.hosts.add(host)
        hosts = deck.hosts if role == "agent" and fact.kind in ("transfer", "deployment") else None
        # taken as needed: the first three that fit, never every name of a long article
        wrong = list(
            islice(
                (
                    c
                    for c in found
                    if not contains(prompt, c)
                    and len(c.split()) <= max(MAX_OPTION_WORDS, len(answer.text.split()))
                    and not (role == "theme" and generic(c, lang))
                    and not any(same_thing(c, t) for t in in_stem)  # the true receiver offered as a wrong giver
                    and not aliases(c, answer.text, deck.aliases)  # "USAID" against "U.S. Agency for International…"
                    and not any(aliases(c, b, deck.aliases) for b in bodies)  # « Commission européenne » / « UE »
                    and not cut_off(c)
                    and not (hosts is not None and hosts.same(c))
                    and not coordinated(fact.sentence, answer.text, c)  # "in Haiti and Jamaica": both are right
                    and not (role == "theme" and thing_type(c, lang) != thing_type(answer.text, lang))
                    and not (role == "theme" and (vague_thing(Mention(c, 0, len(c)), lang) or thing_type(c, lang)[3]))
                ),
                N_OPTIONS - 1,
            )
        )
        # never two names of one body among the options (« Agence espagnole de coopération » and « AECID »)
        wrong = [w for i, w in enumerate(wrong) if not any(aliases(w, v, deck.aliases) for v in wrong[:i])]
        if len(wrong) < N_OPTIONS - 1:
            continue
        rng = random.Random(int(hashlib.sha1(f"{qid}|{seed}".encode()).hexdigest(), 16))
        picked = wrong[: N_OPTIONS - 1]
        options = picked[:]
        index = rng.randrange(N_OPTIONS)
        options.insert(index, answer.text)
        return replace(draft, options=tuple(options), answer_index=index, modality=fact.modality)
    return None


def hosts_of(index: FactIndex, subjects: Sequence[str], lead: str, lang: str) -> list[str]:
    """The article's receivers and the places it is about (its subjects, the countries of its lead: « Tchad »,
    "Philippines") that give or send nothing themselves: offered as a giver, they give the answer away."""
    givers = NameIndex()
    for text in (t for kind in ("transfer", "deployment") for t in index.texts(kind, "agent")):
        givers.add(text)
    found = [
        text
        for kind in ("transfer", "deployment")
        for role in ("recipient", "destination")
        for text in index.texts(kind, role)
    ] + list(subjects)
    found += lead_countries(lead, lang)
    return [h for h in dict.fromkeys(found) if not givers.same(h)]


@lru_cache(maxsize=64)
def lead_countries(lead: str, lang: str) -> list[str]:
    """The countries a lead names, read once per article, not once per question."""
    names = set(countries(lang).values())
    return [c for c in names if c in lead and re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", lead)]


def coordinated(sentence: str, a: str, b: str) -> bool:
    """``a`` and ``b`` stand side by side in a list of the sentence (« Haïti et la Jamaïque »)."""
    lowered = sentence.lower()
    if a.lower() not in lowered or b.lower() not in lowered:
        return False  # not both in the sentence: no pattern to build (a long article asks this thousands of times)
    link = r"\s*(?:,|;|/|\band\b|\bor\b|\bet\b|\bou\b|,\s*and\b|,\s*et\b)\s*(?:the |la |le |les |l['’])?"
    for x, y in ((a, b), (b, a)):
        if re.search(re.escape(x) + link + re.escape(y), sentence, flags=re.IGNORECASE):
            return True
    return False


ROLE_SLOTS = ("agent", "theme", "recipient", "destination", "speaker")


def bare_stem(fact: Fact, role: str, lang: str) -> bool:
    """A noun phrase the question would show without its determiner (« a livré doses »)."""
    if fact.kind not in ("transfer", "deployment", "request"):
        return False  # a title gets its article from the grammar (« Qui est le chancelier allemand ? »)
    for name in ("agent", "theme"):
        mention = fact.role(name)
        if name == role or mention is None or mention.kind in ("country", "person", "org", "place", "name"):
            continue
        phrase = mention.phrase or mention.text
        if name == "theme":
            if with_amount(fact, role, lang):
                continue  # « 2 millions d'euros d'aide humanitaire »: the amount leads the phrase
            phrase = re.sub(r"^(?:de |d['’])", "", phrase, flags=re.IGNORECASE)
        if bare_noun(phrase, lang):
            return True
    return False


def with_amount(fact: Fact, role: str, lang: str) -> bool:
    """The question names the thing given with its amount (see the grammars' ``amount_of``)."""
    return grammar(lang).amount(fact, role) is not None


def also_right_elsewhere(fact: Fact, role: str, answer: Mention, facts: Sequence[Fact] | FactIndex) -> bool:
    """The same question has another right answer: « l'Espagne et le Danemark ont déployé des frégates »."""
    index = facts if isinstance(facts, FactIndex) else FactIndex.of(facts)
    for other in context_peers(fact, role, index):
        if other.id == fact.id or other.kind != fact.kind:
            continue
        mention = other.role(role)
        if mention is not None and not same_thing(mention.text, answer.text) and shares_context(fact, other, role):
            return True
    return False


def generic_theme_shared(fact: Fact, index: FactIndex, lang: str) -> bool:
    """The thing is one bare word of a kind every giver gives (« une équipe », « une aide », "troops")
    and another giver of the article sends or gives to the same place or receiver: asked without
    its sentence, the question has two right answers."""
    if fact.theme is None or fact.agent is None:
        return False
    words = [w for w in re.findall(r"[\w’'-]+", fact.theme.text.lower()) if not w.isdigit()]
    nouns = lexicon(lang).nouns
    general = (
        nouns.get("generic_forces", frozenset())
        | nouns.get("civilian_too", frozenset())
        | nouns.get("gifts", frozenset())
    )
    # « une équipe », or « son équipe médicale d'urgence » against another's « équipe chirurgicale »: the kind
    # of thing (its first word in French, its last in English) is what the two share
    heads = {w for w in {words[0], words[-1]} if w in general or w.rstrip("sx") in general} if words else set()
    if not heads or len(words) > 4:
        return False
    where = fact.destination or fact.recipient
    if where is None:
        return False
    for name in ("destination", "recipient"):
        texts = index.texts(fact.kind, name)
        for text in index.near(fact.kind, name, where.text):
            uses = texts[text] if same_thing(text, where.text) else ()
            for _, other, _ in uses:
                if other.agent is None or same_thing(other.agent.text, fact.agent.text):
                    continue
                theirs = set(re.findall(r"[\w’'-]+", other.theme.text.lower())) if other.theme else set()
                if len(words) == 1 or heads & {w.rstrip("sx") for w in theirs} | (heads & theirs):
                    return True
    return False


def own_thing(fact: Fact, lang: str) -> bool:
    """The thing is told as the giver's own (« son équipe », "its experts"): asked who sent it, every
    option that has one fits."""
    theme = fact.theme
    if theme is None:
        return False
    owned = {fold(w) for w in lexicon(lang).words.get("possessives", ())}
    first = (theme.det or (theme.phrase or theme.text).split(" ", 1)[0]).lower()
    return fold(first) in owned


def contains(prompt: str, text: str) -> bool:
    return f" {text.lower()} " in f" {prompt.lower()} " or text.lower() in prompt.lower() and len(text) > 3


LONG_SENTENCE = 35  # words; past this a cloze card shows only the clause that carries the fact
CLAUSE_BREAK = re.compile(r"(?:, | ; | – | — |: )")


def trim_to_clause(fact: Fact, before: str, after: str, lang: str = "fr") -> tuple[str, str]:
    """Cut a long sentence to the clauses holding the fact's roles, marking the cuts with « … ».

    The start is cut only where the fact's first role begins a clause (« Le 3 mars, | la France a
    décidé… »), with at most a determiner or a word of amount before it: a cut that leaves a verb, a
    preposition or another clause first (« … a déclaré X », « … deux jours après le séisme ») leaves
    the card without its subject, which a teacher reads as a fragment."""
    if len((before + after).split()) <= LONG_SENTENCE:
        return before, after
    roles = [m for m in (fact.agent, fact.theme, fact.recipient, fact.destination, fact.speaker, fact.quote) if m]
    first = min([m.start - fact.start for m in roles if m.start >= fact.start] + [len(before)])
    last = max([m.end - fact.start for m in roles if m.end <= fact.end] + [len(fact.sentence) - len(after)])
    cuts_before = [m.end() for m in CLAUSE_BREAK.finditer(fact.sentence, 0, first)]
    cuts_after = [m.start() for m in CLAUSE_BREAK.finditer(fact.sentence, last)]
    start = cuts_before[-1] if cuts_before else 0
    if start and not opens_on_role(fact.sentence[start:first], lang):
        start = 0
    end = cuts_after[0] if cuts_after else len(fact.sentence)
    answer_start = len(before)
    answer_end = len(fact.sentence) - len(after)
    if start > answer_start or end < answer_end:
        return before, after
    if not balanced(fact.sentence[start:end]):
        return before, after  # a cut inside a bracket or a quotation leaves one half of it
    lead = lead_in(fact.sentence, start)
    if lead is not None:  # an item of a list keeps the clause that announces the list
        lead_start, colon = lead
        if start <= colon + 2:
            start = lead_start
        else:
            new_before = (
                ("… " if lead_start > 0 else "")
                + fact.sentence[lead_start : colon + 1]
                + " … "
                + fact.sentence[start:answer_start]
            )
            new_after = fact.sentence[answer_end:end] + (" …" if end < len(fact.sentence) else "")
            return new_before, new_after
    new_before = ("… " if start > 0 else "") + fact.sentence[start:answer_start]
    new_after = fact.sentence[answer_end:end] + (" …" if end < len(fact.sentence) else "")
    return new_before, new_after


def opens_on_role(gap: str, lang: str) -> bool:
    """The words between a cut and the fact's first role are at most determiners and words of amount."""
    allowed = {fold(w) for w in lexicon(lang).raw.get("question_rules", {}).get("cut_openers", ())}
    return all(fold(w) in allowed for w in re.findall(r"[\w'’]+", gap))


def lead_in(sentence: str, start: int) -> tuple[int, int] | None:
    """(start of the clause that announces a list, its colon) when a cut at ``start`` falls in the list."""
    colon = sentence.rfind(":", 0, start)
    if start == 0 or colon < 0 or sentence[colon + 1 : colon + 2] != " ":
        return None
    # as much of the clauses before the colon as a reader takes in at once
    cuts = [0] + [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, colon)]
    fitting = [c for c in cuts if len(sentence[c:colon].split()) <= MAX_LEAD_WORDS]
    return (fitting[0] if fitting else cuts[-1]), colon


MAX_LEAD_WORDS = 30


PAIRS = (("(", ")"), ("[", "]"), ("«", "»"), ("“", "”"))


def balanced(text: str) -> bool:
    """Every bracket and quotation mark opened in ``text`` is closed in it, and none closed unopened."""
    for opening, closing in PAIRS:
        depth = 0
        for ch in text:
            depth += (ch == opening) - (ch == closing)
            if depth < 0:
                return False
        if depth:
            return False
    return text.count('"') % 2 == 0


MAX_BLANK_WORDS = 8  # a longer blank is a passage to recite, not a fact to recall


def worthless_blank(fact: Fact, role: str, answer: Mention, lang: str) -> bool:
    """A blank on nothing worth remembering (« à la demande des _____ pays », "donating _____"),
    too long to recall, cut inside a name (« la Force Intérimaire des _____ Unies »), or a country
    or a person read as the thing given (« la _____ est mobilisée » → France)."""
    if role == "theme" and answer.kind in ("country", "person"):
        return True
    if answer.kind == "person" and minor_person(fact, answer, lang):
        return True
    if len(answer.text.split()) > MAX_BLANK_WORDS or splits_a_name(fact, answer, lang) or cut_off(answer.text):
        return True
    if role == "quantity":
        return (
            trivial_figure(fact, answer, lang)
            or number_in_a_name(fact, answer, lang)
            or running_total(fact, answer, lang)
        )
    if role == "theme":
        counted = answer.text[:1].isdigit() or fact.quantity is not None and fact.quantity.start >= answer.start
        if counted and fact.quantity is not None and running_total(fact, fact.quantity, lang):
            return True  # « environ _____ » → 45 tentes: the rough or running count is the blank
        return vague_thing(answer, lang) or told_before(answer, lang) or who_it_is_for(fact, answer, lang)
    if (
        role in ("recipient", "destination")
        and not re.search(r"\d|[A-ZÀ-Ý]", answer.text)
        and len(answer.text.split()) <= 3
    ):
        return True  # "the _____" → area, « les _____ » → districts: a common noun names no place or party to learn
    if role in ("recipient", "destination") and answer.kind not in (
        "country",
        "place",
        "area",
        "person",
        "org",
        "name",
    ):
        # « soutenir les _____ » → communautés: a receiver worth a blank is named, or counted
        return not re.search(r"\d|\b[A-ZÀ-Ý]", answer.text) and not split_number(answer.text, lang)[0]
    return False


def minor_person(fact: Fact, answer: Mention, lang: str) -> bool:
    """« a déclaré Jean Dupont, porte-parole du ministère », "said analyst Jane Doe": teachers ask for the
    names of ministers and heads, not of spokespeople, analysts or passers-by."""
    minor = rules(lang).get("minor_titles", frozenset())
    start, end = answer.start - fact.start, answer.end - fact.start
    near = (
        fold(fact.sentence[max(start - 40, 0) : start]).split()[-3:] + fold(fact.sentence[end : end + 40]).split()[:3]
    )
    return any(w.strip(",.;:()«»\"'") in minor for w in near)


def inside_a_word(sentence: str, start: int, end: int) -> bool:
    """The span [start, end) begins or ends inside a word of ``sentence`` (« SAMP | /T », « 3 | '000 »)."""
    before = sentence[start - 1] if start > 0 else " "
    after = sentence[end : end + 2]
    glued = after[:1] in "/'’-" and after[1:2].isalnum()
    return before.isalnum() or after[:1].isalnum() or glued


def splits_a_name(fact: Fact, answer: Mention, lang: str | None = None) -> bool:
    """The answer stops in the middle of a run of capitalised words (« des Nations _____ » → « Unies »),
    or starts in one ("at RAAF _____" → "Base Darwin"); a title before a person's name is no part of it."""
    after = fact.sentence[answer.end - fact.start :].lstrip().split()
    before = fact.sentence[: answer.start - fact.start].rstrip().split()
    words = answer.text.split()
    if not words or answer.kind == "number":
        return False  # « Eight U.S. helicopters »: a number before a name is no part of it
    if after and words[-1][:1].isupper() and after[0][:1].isupper() and after[0][:1].isalpha():
        return True
    if lang and after and words[-1][:1].isupper() and national_word(after[0].strip(",.;:"), lang):
        return True  # « la _____ nigérienne » → Croix-Rouge: the nationality is part of the body's name
    opens = len(before) > 1 and before[-1][:1].isupper() and before[-1].isalpha() and before[-1].isupper()
    return opens and words[0][:1].isupper() and answer.kind != "person"  # "RAAF _____", not "Minister _____"


def national_word(word: str, lang: str) -> bool:
    """« nigérienne », « britanniques », "Nigerian": a nationality, in any of its forms."""
    from ..extract.context import inflected_bases

    demonyms = lexicon(lang).raw.get("demonyms", {})
    folded_word = word.lower()
    return any(f in demonyms for f in (folded_word, *inflected_bases(folded_word)))


def number_in_a_name(fact: Fact, answer: Mention, lang: str) -> bool:
    """« the Estlink _____ power cable » → 3, « l'article _____ »: a number that is part of a name or a
    reference counts nothing; a capitalised word before it that is no month says so."""
    before = fact.sentence[: answer.start - fact.start].rstrip().split()
    if len(before) < 2 or not re.fullmatch(r"\d{1,3}", answer.text.strip()):
        return False
    word = before[-1]
    months = {fold(m) for m in lexicon(lang).words.get("months", ())}
    return word[:1].isupper() and word.isalpha() and fold(word) not in months


def told_before(answer: Mention, lang: str) -> bool:
    """« the _____ would be handed over » → vehicles: one common noun with « the », « les », « ces » points
    back to something told before; blanking it asks nothing."""
    definite = {fold(w) for w in lexicon(lang).words.get("anaphoric_determiners", ())}
    words = answer.text.split()
    return len(words) == 1 and answer.det is not None and fold(answer.det) in definite and words[0].islower()


def who_it_is_for(fact: Fact, answer: Mention, lang: str) -> bool:
    """Asked "for food assistance for 2.3 million people": people are who a request is for, not what it asks."""
    if fact.kind != "request":
        return False
    lex = lexicon(lang)
    people = lex.nouns.get("people", frozenset()) | lex.nouns.get("needy", frozenset())
    words = [fold(w).rstrip("s") for w in answer.text.split() if w.isalpha()]
    return bool(words) and (words[-1] in people or words[-1] + "s" in people)


def hint_for(answer: Mention, role: str, lang: str) -> str | None:
    """The word shown in a blank, only when sure: no « lieu » for an aircraft or an operation, no
    « organisation » for a person the parser took for one; no hint is better than a wrong one."""
    hints = lexicon(lang).raw.get("hints", {})
    kind = (retype(answer, lang) or answer).kind
    if role == "theme" and kind == "number":
        return hints.get("thing")  # « carrying _____ » → 12 tonnes of medical supplies: a thing, counted
    if kind == "country" and not is_country(answer.text, lang):
        return None
    if kind == "org" and not known_org(answer.text, lang):
        return None
    if kind in ("place", "area") and role != "destination":
        return None
    if kind == "name" and role == "destination" and answer.text[:1].isupper():
        return hints.get("place")  # « déployés à _____ (lieu) »: where forces went is a place, named or not
    return hints.get(kind)


def known_org(text: str, lang: str) -> bool:
    """An organisation by the table, by its acronym (« CDCS »), or by a word that makes one (« ministère »)."""
    if fold(text) in rules(lang).get("organisations", frozenset()):
        return True
    if re.fullmatch(r"[A-Z][A-Z0-9&.-]{1,9}", text.strip()):
        return True
    words = {w.lower().rstrip("s") for w in re.findall(r"\w+", text)}
    return bool(words & {fold(w).rstrip("s") for w in rules(lang).get("organisation_words", ())})


BULLET = re.compile(r"^\s*[-•*–—▪·]\s*")


def list_lead(article: Article, fact: Fact) -> str | None:
    """The line that announces the list whose item ``fact``'s sentence is (« Le paquet comprend : »),
    when the sentence is an item on a line of its own: the line just above it, over the items
    before it, ends with a colon."""
    text = article.text
    line_start = text.rfind("\n", 0, fact.start) + 1
    if line_start == 0 or text[line_start : fact.start].strip():
        return None  # the first line, or the sentence does not begin its line
    above = text[: line_start - 1].split("\n")
    if BULLET.match(fact.sentence) and fact.sentence.strip()[:1] in BULLETS:
        while above and above[-1].strip()[:1] in BULLETS:
            above.pop()  # the items before this one
    lead = above[-1].strip() if above else ""
    if not lead.endswith(":"):
        return None
    if len(fact.sentence.split()) > SELF_CONTAINED_ITEM and len(lead.split()) > SHORT_LEAD:
        return None  # a long item is a sentence of its own: a long lead-in would only bury the blank
    words = lead.split()
    return lead if len(words) <= MAX_LEAD_WORDS else "… " + " ".join(words[-MAX_LEAD_WORDS:])


SELF_CONTAINED_ITEM = 15  # words
SHORT_LEAD = 10  # words
BULLETS = "-•*–—▪·"


def cloze_question(
    article: Article,
    fact: Fact,
    lang: str,
    avoid: str | None,
    blanked: Counter[str] | None = None,
    subjects: Sequence[str] = (),
) -> Question | None:
    # never the role the multiple-choice question already asks: the blank would print its answer
    roles = [r for r in CLOZE_ROLES.get(fact.kind, ()) if r != avoid]
    if blanked and fact.kind == "transfer" and "recipient" in roles and "quantity" in roles:
        # who receives is a gift's other half: once the deck has blanked more amounts than receivers, the
        # next gift asks its receiver (a teacher missed "who gets the money" in decks of amounts)
        if blanked["quantity"] > blanked["recipient"] + 1:
            roles.remove("recipient")
            roles.insert(0, "recipient")
    if fact.kind == "transfer" and item_count(fact, lang) and "theme" in roles and "quantity" in roles:
        roles.remove("theme")  # « La France a livré 13 _____ » → chars Leclerc: the thing before its count
        roles.insert(roles.index("quantity"), "theme")
    for role in roles:
        answer = answer_of(fact, role, lang, blank=True)
        if answer is None or worthless_blank(fact, role, answer, lang):
            continue
        late = fact.start >= lead_end(article)
        if role == "quantity" and late and (minor_figure(fact, answer, lang) or rough_size(fact, answer, lang)):
            continue  # the story's own figures are in its lead; after it, only money, tolls and forces sent
        if fold(answer.text.split()[0]) in negative_determiners(lang):
            continue  # "_____ will be stationed" for "No U.S. military personnel": the blank hides the denial
        if role != "quantity" and in_title(article, answer.text):
            continue  # "Guyana" in an article titled "… to Guyana": the sheet prints the answer above it
        if role in ("agent", "recipient", "destination") and is_subject(answer.text, subjects):
            continue  # "_____ sends 340 soldiers" on an Irish release: the whole page is about Ireland
        s, e = answer.start - fact.start, answer.end - fact.start
        before, middle, after = fact.sentence[:s], fact.sentence[s:e], fact.sentence[e:]
        if middle != answer.text or inside_a_word(fact.sentence, s, e):
            continue  # « un _____/T » (SAMP/T): a blank ends where a word ends
        before, after = trim_to_clause(fact, before, after, lang)
        if gives_itself_away(answer.text, before, after, lang):
            continue
        before = standing_alone(before, fact, lang)
        if before is None:
            return None  # « Ils sont accompagnés de _____ »: who « ils » are, the card does not say
        sentence = fact.sentence
        lead = list_lead(article, fact)
        if lead is None:
            before = BULLET.sub("", before, count=1)  # « (AFP) - La frégate… »: the dateline's dash is no text
        if lead is not None and before == fact.sentence[:s]:
            # « - _____ batteries Patriot ; » says nothing without « Le paquet comprend : » above it
            item = BULLET.sub("", fact.sentence, count=1)
            before = f"{lead} {BULLET.sub('', before, count=1)}"
            sentence = f"{lead} {item}"
        return Question(
            id=f"{fact.id}-cloze",
            type="cloze",
            fact_id=fact.id,
            fact_kind=fact.kind,
            role=role,
            prompt=f"{before}_____{after}",
            answer=answer.text,
            sentence=sentence,
            cloze_parts=(before, middle, after),
            hint=hint_for(answer, role, lang),
            modality=fact.modality,
        )
    return None


@lru_cache(maxsize=8)
def negative_determiners(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon(lang).raw.get("question_rules", {}).get("negative_determiners", ()))


def in_title(article: Article, text: str) -> bool:
    """The article's headline (printed above its questions) writes ``text`` as a word; a first sentence
    standing in for a missing title is no headline."""
    title = headline(article)
    return bool(text) and re.search(rf"(?<![\w-]){re.escape(text)}(?![\w-])", title, re.IGNORECASE) is not None


def standing_alone(before: str, fact: Fact, lang: str) -> str | None:
    """The start of a blank's sentence as it reads out of the article: without an opening connective
    (« Par ailleurs, », "Separately,"), and with a subject pronoun replaced by the giver the article
    resolved it to (« Elle a mobilisé » → « La France a mobilisé »); None when the pronoun stays."""
    rules = lexicon(lang).raw.get("question_rules", {})
    for word in sorted(rules.get("connectives", ()), key=len, reverse=True):
        if before.startswith(word + ","):  # « Ainsi que l'a dit… » is no connective: only « Ainsi, »
            rest = before[len(word) :].lstrip(", ")
            if rest:
                before = rest[0].upper() + rest[1:]
            break
    first = re.match(r"(\w+)\b", before)
    pointing = {p.lower() for p in rules.get("pointing_words", ())}
    words = {w.lower() for w in re.findall(r"\w+(?:-\w+)?", before)}
    second = re.match(r"\w+\s+(\w+)", before)
    times = {fold(w) for w in lexicon(lang).words.get("time_units", ())} | {"week", "weekend", "morning", "year"}
    a_time = second is not None and fold(second.group(1)).rstrip("s") in times  # « Cette semaine, … »
    if first is not None and first.group(1).lower() in pointing and not a_time or words & {"celui-ci", "celle-ci"}:
        return None  # « Ce chargement comprend… », "This amount…": what it points to is in another sentence
    standing = {p.lower() for p in rules.get("standing_pronouns", ())}
    if first is None or first.group(1).lower() not in standing or first.group(1).lower() in ("on",):
        return before
    agent = fact.agent
    # the pronoun is the giver only as the subject of the fact's own verb (« Elle a mobilisé 40 sapeurs »),
    # not of another (« Elle vise à renforcer les unités déployées… », where « elle » is the gift)
    opening = re.findall(r"[\w’'-]+", before[first.end() :])[:4]
    its_verb = fact.verb is not None and fact.verb.lower() in (w.lower() for w in opening)
    if (
        agent is not None
        and its_verb
        and not in_sentence(fact, agent)
        and agent.kind in ("country", "org", "person")
        and agrees(first.group(1), agent, rules)
    ):
        name = agent.phrase or agent.text
        return name[0].upper() + name[1:] + before[first.end() :]
    return None  # « Ils sont accompagnés de… » after « La France a envoyé… »: « ils » are not France


def agrees(pronoun: str, agent: Mention, rules: dict) -> bool:
    """« Elle » for « la France », "It" for "Japan": the pronoun's gender and number are the giver's."""
    features = rules.get("pronoun_features", {}).get(pronoun.lower())
    if features is None:
        return False
    gender, number = (features + ["", ""])[:2]
    if (agent.number or "sing") != number:
        return False
    return not gender or agent.gender is None or agent.gender == gender


ALTERNATIVE = re.compile(r"\s*(?:or|ou|à|to|[-–])\s+(\S+)", re.IGNORECASE)
PRECEDING = re.compile(r"(\S+)\s+(?:or|ou|à|to|[-–])\s*$", re.IGNORECASE)


def nationality_of(country: str, text: str, lang: str) -> bool:
    """Whether ``text`` names ``country`` by its nationality (« tchadien », "Australian")."""
    from ..extract.context import inflected_bases

    demonyms = lexicon(lang).raw.get("demonyms", {})
    target = fold(country)
    return any(
        fold(demonyms[form]) == target
        for w in re.findall(r"[\w-]+", text.lower())
        for form in (w, *inflected_bases(w))
        if form in demonyms
    )


def gives_itself_away(answer: str, before: str, after: str, lang: str) -> bool:
    """A blank whose answer the card prints elsewhere ("deliver to _____ … from Ukraine's borders"), or
    one end of a range or an alternative ("make _____ or eight trips"): no one learns a fact from it."""
    if len(answer) > 3 and not answer[:1].isdigit():
        pattern = rf"(?<![\w-]){re.escape(answer)}(?![\w-])"
        if re.search(pattern, before, re.IGNORECASE) or re.search(pattern, after, re.IGNORECASE):
            return True
        if is_country(answer, lang) and nationality_of(answer, before + " " + after, lang):
            return True  # "the Royal Australian Air Force … to _____" → Australia: the adjective says it
    numbers = lexicon(lang).numbers
    if not (answer[:1].isdigit() or answer.lower() in numbers):
        return False
    nxt, prev = ALTERNATIVE.match(after), PRECEDING.search(before)
    return any(m is not None and (m.group(1)[:1].isdigit() or m.group(1).lower() in numbers) for m in (nxt, prev))


SENTENCE = re.compile(r"[^.!?…\n]+(?:[.!?…]+[»”\"]?|$)")
KEY_KINDS = ("person", "country", "org", "place")
MAX_KEY_SENTENCES = 10


def key_sentence_clozes(article: Article, entities: Sequence[Mention], lang: str) -> tuple[Question, ...]:
    """With no fact to ask about, cloze cards that blank a name in the sentences that hold one."""
    found: list[Question] = []
    used: set[int] = set()
    spans = list(SENTENCE.finditer(article.text))
    starts = [m.start() for m in spans]
    for mention in sorted(entities, key=lambda m: m.start):
        if mention.kind not in KEY_KINDS or mention.vague:
            continue
        at = bisect.bisect_right(starts, mention.start) - 1
        span = spans[at] if at >= 0 and mention.start < spans[at].end() else None
        if span is None or span.start() in used or mention.end > span.end():
            continue
        start = span.start() + len(span.group()) - len(span.group().lstrip())
        sentence = article.text[start : span.end()].strip()
        if len(sentence.split()) < 6:
            continue
        s, e = mention.start - start, mention.end - start
        before, after = sentence[:s], sentence[e:]
        key = hashlib.sha1(f"{article.slug}|key|{sentence}|{s}".encode()).hexdigest()[:12]
        question = Question(
            id=f"{key}-cloze",
            type="cloze",
            fact_id=key,
            fact_kind="name",
            role="name",
            prompt=f"{before}_____{after}",
            answer=mention.text,
            sentence=sentence,
            cloze_parts=(before, mention.text, after),
            hint=hint_for(mention, "name", lang),
        )
        if not problems(question, lang):
            found.append(question)
            used.add(span.start())
        if len(found) == MAX_KEY_SENTENCES:
            break
    return tuple(found)
