"""extract: facts from a parsed article.

One module per kind of extraction (``events`` for transfers, deployments and requests,
``quotes`` for quotes); this module runs them and turns what they find into :class:`Fact`
records carrying their source sentence as the article writes it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..boundaries import sentences as split_sentences
from ..gazetteer import fold
from ..grammar import grammar
from ..ingest import PARSE_MAP
from ..lexicon import lexicon
from ..models import ROLES, Article, Fact, Mention
from .context import (
    first_sentence_as_title,
    nation_mention,
    nationality_mention,
    publisher_mention,
    scene_country,
    topic_place,
)
from .events import PLACE_KINDS, find_events
from .figures import find_figures
from .lists import is_item, item_events, opens_list
from .mentions import make_mention
from .people import find_people
from .places import set_phrase
from .quotes import find_quotes, quoted_tokens
from .syntax import SUBJECT, first_child, governing_verbs

NAMED_LABELS = {"PER", "PERSON", "LOC", "GPE", "ORG", "NORP", "FAC"}
PLACES = {"country", "place"}  # kinds of mention a scene's place may be: named ones
PLACE_LABELS = {"LOC", "GPE"}
GIVERS = {"country", "org"}  # kinds of mention a scene's deployer may be
RECEIVING = {"country", "org", "group", "name"}  # receivers a later gift may be carried to


@dataclass(frozen=True, slots=True)
class Draft:
    """A fact before the article is read whole: what it may take from earlier sentences.

    An article parsed in pieces is extracted piece by piece; its drafts are settled together
    (:func:`settle`), so that a role carried across sentences does not depend on the cut.
    """

    fact: Fact
    anchor: int  # where the fact's predicate stands, from the sentence start (for its id)
    theme_at: int = -1
    from_container: bool = False  # told of a package: may take its giver and receiver
    needs_place: bool = False  # a deployment only where the scene gives it a place
    places_named: frozenset[str] = frozenset()  # places the sentence names outside its roles
    owned: bool = False  # the forces name their own country (« une compagnie belge »)
    nation: str | None = None  # that country (« françaises »: France), when the table knows it
    reported: bool = False  # told in the reported words of someone else than the page's own voice
    needs_receiver: bool = False  # a gift only where the article gives it a receiver
    arrived: bool = False  # told by a verb of arriving: someone sent what arrived
    item: bool = False  # a line of a list (« - 12 tentes ; »)

    def shifted(self, offset: int) -> Draft:
        return replace(self, fact=shift_fact(self.fact, offset))


def extract_facts(article: Article, doc: Doc, lang: str) -> tuple[Fact, ...]:
    """Every fact found in ``doc``, in the order of the text."""
    return settle(article, draft_facts(article, doc, lang), lang)


def draft_facts(article: Article, doc: Doc, lang: str) -> list[Draft]:
    """The drafts of every fact in ``doc``: events with roles still to carry, figures, roles, quotes."""
    lex = lexicon(lang)
    sentences = split_sentences(doc)
    quoted = quoted_tokens(doc)
    drafts: list[Draft] = []
    listing: Token | None = None  # the verb of « Ce fret comprend : » while its items follow
    for sentence in sentences:
        found = find_events(sentence, article, lex, quoted)
        item = listing is not None and is_item(sentence)
        if item:
            found = found or item_events(listing, sentence, article, lex)
        else:
            listing = opens_list(sentence, lex)
            if listing is not None and listing.lemma_.lower() in lex.verbs.get("share_out", ()):
                # "The funding will be allocated as follows:": the shares that follow tell the gift
                found = [ev for ev in found if ev.verb.i != listing.i or ev.quantity is not None]
        for ev in found:
            if ev.theme is not None and set_phrase(ev.theme, lex):
                continue  # « ne sera en revanche déployé » with « revanche » read as what is deployed
            fact = make_fact(
                article,
                ev.kind,
                sentence,
                modality=ev.modality,
                agent=ev.agent,
                theme=ev.theme,
                quantity=ev.quantity,
                recipient=None if set_phrase(ev.recipient, lex) else ev.recipient,
                # « les Forces armées dans la zone sud de l'océan Indien ont engagé … »: a place in the
                # sender's name is not where it sends
                destination=None
                if set_phrase(ev.destination, lex) or inside(ev.destination, ev.agent)
                else ev.destination,
                verb=ev.verb.text,
                verb_lemma=ev.asked_as or ev.verb.lemma_,
                tense=tense_of(ev.verb, lang),
            )
            theme_at = ev.theme.start - sentence.start_char if ev.theme else -1
            places = places_outside(sentence, fact, lex) if ev.kind == "deployment" else frozenset()
            drafts.append(
                Draft(
                    fact,
                    ev.verb.idx - sentence.start_char,
                    theme_at,
                    ev.from_container,
                    ev.needs_place,
                    places,
                    ev.owned,
                    ev.nation,
                    reported_by_other(ev.verb, lex),
                    ev.needs_receiver,
                    ev.verb.lemma_.lower() in lex.verbs.get("arrival", frozenset()),
                    item,
                )
            )
        for quantity, theme in find_figures(sentence, article, lex):
            fact = make_fact(article, "figure", sentence, quantity=quantity, theme=theme)
            drafts.append(Draft(fact, quantity.start - sentence.start_char))
    for person, title in find_people(doc, article, lex):
        around = next((s for s in sentences if s.start_char <= person.start < s.end_char), None)
        if around is not None:
            fact = make_fact(article, "role", around, agent=person, theme=title)
            drafts.append(Draft(fact, person.start - around.start_char))
    for q in find_quotes(doc, article, lex, sentences, quoted):
        fact = make_fact(article, "quote", q.sentence, speaker=q.speaker, quote=q.quote)
        drafts.append(Draft(fact, q.quote.start - q.sentence.start_char))
    return drafts


def settle(article: Article, drafts: list[Draft], lang: str) -> tuple[Fact, ...]:
    """The article's facts: roles carried across sentences, bare events dropped, ids given.

    A figure is dropped when an event kept from its sentence already gives its number.
    """
    events = [d for d in drafts if d.fact.kind not in ("figure", "role", "quote")]
    events = inherit_by_theme(events, lang)
    carried = give_voice(article, inherit_receiver(article, inherit_scene(inherit_from_packages(events)), lang), lang)
    # events that are deployments only through the scene (« cela représente 71 sapeurs ») need a place
    kept = [
        d
        for d in carried
        if has_roles(d.fact)
        and not (d.needs_place and d.fact.destination is None)
        and not (d.needs_receiver and d.fact.recipient is None)
    ]
    kept = [d for d in kept if not incomplete(d.fact)]  # its number stays a figure
    taken = {d.fact.quantity.start for d in kept if d.fact.quantity is not None}
    kept = [d for d in kept if not pronoun_agent(d.fact, lang)]  # its number is not a figure either
    kept = [d for d in kept if not speakers_own(d.fact, lang) and not bare_package(d.fact, lang)]
    others = [d for d in drafts if d.fact.kind in ("figure", "role", "quote")]
    others = [d for d in others if not (d.fact.kind == "figure" and d.fact.quantity.start in taken)]
    # a headline pasted as the first line (« UN releases $9 million as floods swamp Nigeria ») announces what
    # the body tells: its facts are the body's, told again with less
    headline = headline_line(article)
    facts = [with_id(article, d) for d in kept + others if d.fact.sentence.strip() != headline]
    facts.sort(key=lambda f: (f.start, f.kind != "quote"))
    return tuple(dedupe(facts))


def headline_line(article: Article) -> str | None:
    """The headline the body opens with on a line of its own, when it has one."""
    title = (article.title or "").rstrip(" .…").translate(PARSE_MAP)
    first = article.text.lstrip().split("\n", 1)[0].strip()
    if (
        not title
        or first_sentence_as_title(article)
        or not first.translate(PARSE_MAP).startswith(title)
        or first.endswith(".")
    ):
        return None  # a title cut short (« …aux élèves… ») still opens the line it was cut from
    return first


def give_voice(article: Article, drafts: list[Draft], lang: str) -> list[Draft]:
    """Givers and deployers no sentence names: the forces' nationality, else the release's publisher;
    then receivers and places none names: the country the article is about.

    Forces or gifts that carry a nationality come from that country when the article names it;
    those with none, in a page its publisher speaks in, from the publisher. Run after packages
    and the scene, which name a giver the article itself gave.
    """
    voice = publisher_mention(article, lang)
    # "Germany and Finland offered tents": who gives in a sentence is none of its receivers
    sentence_givers: dict[str, set[str]] = {}
    for d in drafts:  # the forces' own nation too: « 775 personnels français … : 535 du ministère »
        for giver in (d.fact.agent.text if d.fact.agent is not None else None, d.nation):
            if giver is not None:
                sentence_givers.setdefault(d.fact.sentence, set()).add(fold(giver))
    done = []
    for draft in drafts:
        fact = draft.fact
        if fact.kind == "deployment" and draft.arrived and is_own_agent(fact):
            # « Un détachement de 40 sapeurs … est arrivé à Moroni » on a French ministry's page: who arrived
            # was sent by the page's country, or the one their nationality names, not by themselves (who is
            # somewhere, « les armées françaises sont présentes en Roumanie », stays who is there)
            sender = nation_mention(article, draft.nation, lang) if draft.nation is not None else None
            sender = sender or (voice if not draft.owned and not draft.reported else None)
            fact = replace(fact, agent=sender or fact.agent)
        if fact.kind in ("transfer", "deployment") and fact.agent is None:
            if draft.nation is not None:
                sender = nation_mention(article, draft.nation, lang)
                if sender is None and fact.kind == "deployment":
                    # « des hélicoptères pakistanais sont positionnés à Bouar » in an article that never
                    # writes « Pakistan »: the country their nationality names, asked in no question
                    sender = nationality_mention(article, fact.theme, draft.nation, lang)
                fact = replace(fact, agent=sender)
            elif not draft.owned and not draft.reported and voice is not None:
                # not in another's words: "He said the vehicles would be sent…" on a U.S. page is no U.S. deed
                fact = replace(fact, agent=voice)
        if fact.agent is not None and fact.modality != "negated":
            if fact.kind == "transfer" and fact.recipient is None and not worldwide(fact.sentence, lang):
                fact = replace(
                    fact,
                    recipient=topic_place(article, fact.agent, voice, lang, sentence_givers.get(fact.sentence, set())),
                )
            elif fact.kind == "deployment" and fact.destination is None:
                own = {fold(fact.agent.text)} | ({fold(voice.text)} if voice is not None else set())
                own |= sentence_givers.get(fact.sentence, set())
                place = topic_place(
                    article, fact.agent, voice, lang, sentence_givers.get(fact.sentence, set())
                ) or scene_country(article, fact, own, lang)
                senders = {fold(d.fact.agent.text) for d in drafts if sends_to(d.fact, place)}
                if not senders or fold(fact.agent.text) in senders:
                    # "Separately, China deployed two carriers": when the article's country is where
                    # others sent forces, only they are taken to send more there
                    fact = replace(fact, destination=place)
        if fact.kind == "deployment" and fact.destination is None and fact.recipient is not None:
            # "pledged 1,100 troops to AUSSOM": forces sent to a mission or a body serve there
            fact = replace(fact, destination=fact.recipient, recipient=None)
        done.append(replace(draft, fact=fact))
    return done


def inside(mention: Mention | None, other: Mention | None) -> bool:
    """``mention`` starts within ``other`` (a span cut short where the parser hung the place on the name)."""
    return mention is not None and other is not None and other.start <= mention.start < other.end


def is_own_agent(fact: Fact) -> bool:
    """Forces that are their own deployer: those somewhere, with no sender said (« 300 soldats sont présents »)."""
    return fact.agent is not None and fact.theme is not None and fact.agent.start == fact.theme.start


def reported_by_other(verb: Token, lex) -> bool:
    """A clause someone reports (« Il a indiqué que les véhicules seraient envoyés… », "He said the
    vehicles would be sent…"), when that someone is not the page speaking for itself (« nous », "we")."""
    say = lex.verbs.get("say", frozenset())
    own = lex.words.get("own_voice", frozenset())
    below = verb
    for governor in verb.ancestors:  # also through a noun: "…would be sent to units | stationed in Palma"
        if governor.lemma_.lower() in say and below.dep_.split(":")[0] in ("ccomp", "parataxis", "xcomp", "advcl"):
            speaker = first_child(governor, SUBJECT)
            return speaker is None or speaker.lower_ not in own
        below = governor
    return False


def worldwide(sentence: str, lang: str) -> bool:
    """ "1.2 billion doses through the Initiative for Global Vaccine Access", « dans le monde »: a gift
    the sentence spreads over the world is not the article's country's."""
    words = lexicon(lang).words.get("worldwide", frozenset())
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", sentence, re.IGNORECASE) for w in words)


def sends_to(fact: Fact, place: Mention | None) -> bool:
    """A deployment the article tells as going to ``place``, with its deployer."""
    return (
        place is not None
        and fact.kind == "deployment"
        and fact.agent is not None
        and fact.destination is not None
        and fold(fact.destination.text) == fold(place.text)
    )


def pronoun_agent(fact: Fact, lang: str) -> bool:
    """ "He gave $10,000", « Ils ont envoyé des renforts »: a giver no sentence resolved is no fact to
    learn; the one the pronoun stands for is not known."""
    if fact.agent is None or fact.kind not in ("transfer", "deployment"):
        return False
    pronouns = lexicon(lang).raw.get("question_rules", {}).get("standing_pronouns", ())
    return fold(fact.agent.text).strip() in {fold(p) for p in pronouns}


def speakers_own(fact: Fact, lang: str) -> bool:
    """ "En route to Muzaffarabad, our helicopter flew over…": forces a speaker calls « notre » / "our",
    with no sender named, belong to someone the sentence does not say."""
    if fact.agent is not None or fact.theme is None or fact.kind not in ("transfer", "deployment"):
        return False
    first = fold(fact.theme.text).split()[:1]
    return bool(first) and first[0] in {fold(w) for w in lexicon(lang).words.get("speaker_possessives", ())}


def bare_package(fact: Fact, lang: str) -> bool:
    """ "a supplier, which will send its first shipments in December": a package with no contents, no
    amount and no receiver, even from the article, tells nothing to learn."""
    if fact.kind != "transfer" or fact.recipient is not None or fact.quantity is not None or fact.theme is None:
        return False
    lex = lexicon(lang)
    containers = lex.nouns.get("containers", frozenset())
    words = fold(fact.theme.text).split()
    return bool(words) and len(words) <= 4 and any(w in containers or w.rstrip("s") in containers for w in words[-1:])


def incomplete(fact: Fact) -> bool:
    """Forces with no place the article gives: too little to ask about, and more often misread than right
    (on the 32 articles written to measure quizgen, none of eight such facts was right). Better left
    out than learnt wrong; their numbers stay figures."""
    return fact.kind == "deployment" and fact.destination is None and fact.recipient is None


def has_roles(fact: Fact) -> bool:
    """A theme alone says nothing worth asking."""
    return not (fact.agent is None and fact.recipient is None and fact.destination is None)


def places_outside(sentence: Span, fact: Fact, lex) -> frozenset[str]:
    """Places the sentence sends something to outside the fact's roles (« … y compris en Roumanie »):
    a scene's place would be a guess. Places things come from (« de Nogent-le-Rotrou ») don't count."""
    spans = [(m.start, m.end) for m in (fact.agent, fact.theme, fact.recipient, fact.destination) if m is not None]
    names = set()
    for ent in sentence.ents:
        if ent.label_ not in PLACE_LABELS or any(a <= ent.start_char and ent.end_char <= b for a, b in spans):
            continue
        if introducing_word(ent.root) in lex.preps["destination"]:
            names.add(ent.text)
    return frozenset(names)


def introducing_word(tok) -> str:
    """The preposition a noun phrase hangs on, through the lists and appositions it belongs to."""
    while True:
        case = [c.lower_ for c in tok.children if c.dep_ == "case" and c.i < tok.i]
        if case:
            return " ".join(case)
        if tok.dep_ == "pobj":
            return tok.head.lower_
        if tok.dep_ not in ("conj", "appos", "flat", "flat:name", "compound") or tok.head is tok:
            return ""
        tok = tok.head


def named_place(mention: Mention) -> bool:
    """A country or a place by name, or an area that names one (« le flanc oriental de l'Europe »), not « la région »."""
    return mention.kind in PLACES or mention.kind == "area" and any(c.isupper() for c in mention.text[1:])


def extract_entities(article: Article, doc: Doc, lang: str) -> tuple[Mention, ...]:
    """Named people, countries, places and organisations, once each, for distractors."""
    lex = lexicon(lang)
    found: dict[str, Mention] = {}
    for ent in doc.ents:
        if ent.label_ not in NAMED_LABELS:
            continue
        if credited(ent.doc.text[max(ent.start_char - 60, 0) : ent.start_char], lex):
            continue  # "(Reporting by Enkhjin Batsukh; Editing by …)": who wrote the story, not who is in it
        link = ent.doc[ent.start - 1] if ent.start > 0 else None
        if (
            link is not None
            and link.lower_ in name_links(lex)
            and ent.start > 1
            and ent.doc[ent.start - 2].text[:1].isupper()
        ):
            continue  # "Agency for | International Development": the tail of a name the tagger cut
        mention = make_mention(ent.root, article, lex)
        if mention is not None and mention.text not in found:
            # « le cyclone Kalani », « un avion CASA »: a thing by its name, no one to give or receive; its
            # first mention decides, as it does when the article is parsed in pieces
            found[mention.text] = replace(mention, kind="thing") if named_thing(ent, lex) else mention
    return tuple(found.values())


def name_links(lex) -> frozenset[str]:
    """Words inside a body's name ("Agency for International Development", « Agence de … »): the table's
    prepositions of a name's tail and of an owner."""
    return lex.preps.get("name_tail", frozenset()) | lex.preps.get("owner", frozenset())


def credited(before: str, lex) -> bool:
    """``before`` ends inside a credit line of the table ("(Reporting by …; Editing by …"): a name there
    is who wrote the story."""
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    inside = fold(before[opened + 1 :])
    return any(fold(mark) in inside for mark in lex.words.get("credit_marks", ()))


def named_thing(ent: Span, lex) -> bool:
    """A name the article gives a storm, a vehicle, an operation or a plan: the common noun before it
    (« le cyclone Kalani », "the frigate Alsace", « l'approche « Équipe Europe » ») says what it is."""
    kinds = {fold(w) for w in lex.words.get("named_kinds", ())}
    # back over the lowercase words that describe it (« le cyclone tropical intense Kalani », « un avion de
    # transport CASA »), up to the determiner
    for tok in reversed(ent.doc[max(ent.start - 5, 0) : ent.start]):
        if tok.is_punct and tok.text not in '«“"':
            break
        if fold(tok.text) in kinds or sum(c.isdigit() for c in tok.text) >= 2 and "-" in tok.text:
            return True  # « un C-130 Hercules »: a machine's designation before its name
        if tok.pos_ == "DET" and "Ind" in tok.morph.get("Definite") and tok.i == ent.start - 1:
            return True  # « un Hercules de l'armée de l'air », "an Airbus": one of a make, a machine
        if not tok.is_lower or tok.pos_ == "DET":
            break
    if len(ent) > 1 and fold(ent[-1].text).rstrip("s") in kinds | {fold(w) for w in lex.nouns.get("warships", ())}:
        return True  # "RAF Typhoons", "Patriot missiles": the machines of a body, not the body
    return any(fold(t.text) in kinds for t in ent[:1]) and len(ent) > 1  # "Exercise Pitch Black" tagged whole


def make_fact(article: Article, kind: str, sentence: Span, **roles: object) -> Fact:
    """A fact of ``sentence``, as the article writes it; its id is given when settled."""
    start, end = sentence.start_char, sentence.end_char
    text = article.text[start:end].strip()
    return Fact(id="", kind=kind, sentence=text, start=start, end=end, **roles)


def with_id(article: Article, draft: Draft) -> Fact:
    """The fact with an id that depends on the article, the sentence and where its roles stand.

    The id (and so the Anki note's GUID) survives changes to quizgen's wording, so that a
    re-imported deck updates its notes.
    """
    fact = draft.fact
    agent = fact.agent or fact.speaker
    who = agent.text if agent is not None else ""
    key = f"{article.slug}|{fact.kind}|{fact.sentence}|{draft.anchor}|{draft.theme_at}|{who}"
    return replace(fact, id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:12])


def inherit_from_packages(drafts: list[Draft]) -> list[Draft]:
    """A package told of again takes the giver and receiver the article gave it before.

    Only for events told of a package (« le fret », "the package"), and only when every earlier
    transfer agrees on the receiver: one candidate, or the role stays empty.
    """
    done: list[Draft] = []
    for draft in drafts:
        fact = draft.fact
        if draft.from_container and fact.kind == "transfer":
            earlier = [d for d in done if d.fact.kind == "transfer"]
            # the package's giver; else, « ce fret » told after one giver's gifts, that giver
            givers = one_each(d.fact.agent for d in earlier if d.from_container) or one_each(
                d.fact.agent for d in earlier
            )
            # the package's receiver, not that of a share listed before (« - 2 millions au PAM ; »)
            receivers = one_each(d.fact.recipient for d in earlier if not d.item)
            if fact.agent is None and len(givers) == 1:
                fact = replace(fact, agent=givers[0])
            if fact.recipient is None and len(receivers) == 1:
                fact = replace(fact, recipient=receivers[0])
        done.append(replace(draft, fact=fact))
    return done


def inherit_receiver(article: Article, drafts: list[Draft], lang: str) -> list[Draft]:
    """A gift told without a receiver goes to the one receiver its giver's earlier gifts went to.

    « La France a livré 20 tonnes de vivres au Liban. La France a aussi offert des tentes. »: the
    tents go to Lebanon. Only within the paragraph, when every earlier gift there comes from the
    same giver and every one with a receiver names the same one, a country, an organisation or a
    name; with two candidates the role stays empty.
    """
    done: list[Draft] = []
    for draft in drafts:
        fact = draft.fact
        if fact.kind == "transfer" and fact.recipient is None and fact.modality != "negated":
            paragraph = article.text.rfind("\n", 0, fact.start)
            receivers = one_each(
                d.fact.recipient
                for d in done
                if d.fact.kind == "transfer" and d.fact.recipient is not None and d.fact.start > paragraph
            )
            givers = {
                d.fact.agent.text
                for d in done
                if d.fact.kind == "transfer" and d.fact.start > paragraph and d.fact.agent
            }
            same_giver = fact.agent is not None and givers == {fact.agent.text}
            if len(receivers) == 1 and receivers[0].kind in RECEIVING and not receivers[0].vague and same_giver:
                fact = replace(fact, recipient=receivers[0])
            elif fact.agent is not None and fact.modality == "promised":
                fact = replace(fact, recipient=pledged_to(fact, [d.fact for d in done], lang))
        done.append(replace(draft, fact=fact))
    return done


def pledged_to(fact: Fact, earlier: list[Fact], lang: str) -> Mention | None:
    """ "Donors pledged $410 million for Rohingya refugees. … Britain pledged £27 million": a pledge
    by one donor, after pledges by the donors as a whole to one receiver, goes to that receiver."""
    collective = {fold(w) for w in lexicon(lang).nouns.get("collective_givers", ())}
    pledges = [
        f
        for f in earlier
        if f.kind == "transfer"
        and f.modality == "promised"
        and f.agent is not None
        and fold(f.agent.text).split()[-1:]
        and fold(f.agent.text).split()[-1] in collective
    ]
    receivers = one_each(f.recipient for f in pledges if f.recipient is not None)
    if len(receivers) != 1 or receivers[0].vague or len(pledges) != len([f for f in pledges if f.recipient]):
        return None
    return receivers[0]


def inherit_by_theme(drafts: list[Draft], lang: str) -> list[Draft]:
    """ "Germany will send 300 soldiers. The soldiers will be stationed at Rukla": forces or goods told
    again with a definite article are those of the nearest earlier fact of the same kind whose thing
    has the same noun; they take its giver, and its receiver or place where they name none."""
    definite = {fold(w) for w in lexicon(lang).words.get("anaphoric_determiners", ())}
    done: list[Draft] = []
    for draft in drafts:
        fact = draft.fact
        theme = fact.theme
        told_again = theme is not None and theme.det is not None and fold(theme.det) in definite
        if fact.agent is None and told_again and not draft.reported:  # not "the minister said the trucks…"
            earlier = [d.fact for d in done if d.fact.kind == fact.kind and d.fact.agent is not None]
            same = [f for f in earlier if f.theme is not None and head_word(f.theme.text) == head_word(theme.text)]
            # goods once given are the receiver's: only the same gift to the same receiver keeps its giver
            same = [f for f in same if f.kind == "deployment" or same_receiver(fact, f)]
            if same:
                source = same[-1]
                fact = replace(fact, agent=source.agent)
                if fact.kind == "transfer" and fact.recipient is None:
                    fact = replace(fact, recipient=source.recipient)
                if fact.kind == "deployment" and fact.destination is None:
                    fact = replace(fact, destination=source.destination)
        done.append(replace(draft, fact=fact))
    return done


def same_receiver(fact: Fact, earlier: Fact) -> bool:
    """The gift names no receiver, or the one the earlier gift named."""
    return (
        fact.recipient is None
        or earlier.recipient is not None
        and fold(fact.recipient.text) == fold(earlier.recipient.text)
    )


def head_word(text: str) -> str:
    """The last word of a noun phrase, folded and without a plural ending: « soldats » and « soldat » alike."""
    words = fold(text).split()
    return words[-1].rstrip("sx") if words else ""


def inherit_scene(drafts: list[Draft]) -> list[Draft]:
    """Forces told of without a place go where the deployments told just before them went.

    The scene is the nearest earlier sentence that tells of a deployment; its place, and its
    deployer for forces that name no owner, are taken only when that sentence names exactly
    one, and a place only when the sentence names no other of its own. Events that are
    deployments only through the scene (« cela représente 71 sapeurs ») and get no place, from the
    scene or later from the headline, are dropped by :func:`settle`; they are no scene themselves.
    """
    done: list[Draft] = []
    for draft in drafts:
        fact = draft.fact
        if fact.kind == "deployment" and (fact.destination is None or fact.agent is None):
            placed = [d for d in done if not (d.needs_place and d.fact.destination is None)]
            fact = from_scene(draft, last_scene(placed, fact.start))
        done.append(replace(draft, fact=fact))  # still without a place: the headline's country may give one
    return done


def from_scene(draft: Draft, scene: list[Draft]) -> Fact:
    """The fact with the scene's place and deployer where it lacks them and nothing says otherwise.

    A place goes to forces that are deployments only through the scene, or whose deployer is
    unknown or the scene's own (« la Chine a mobilisé 100 000 soldats » after a US deployment
    in Poland stays without one). A deployer goes to forces that name none of their own and
    are not sent to a place other than the scene's.
    """
    fact = draft.fact
    places = one_each(
        d.fact.destination
        for d in scene
        if d.fact.destination and named_place(d.fact.destination) and not d.fact.destination.vague
    )  # not a list: « en Turquie et en Syrie » sends the forces to several places
    if any(d.places_named - {p.text for p in places} for d in scene):
        places = []  # « en Turquie et en Syrie »: the scene sent forces to several places
    givers = one_each(
        d.fact.agent for d in scene if d.fact.agent and d.fact.agent.kind in GIVERS and not d.fact.agent.vague
    )
    own_place = fact.destination
    same_giver = fact.agent is None or any(fact.agent.text == g.text for g in givers)
    if own_place is None and len(places) == 1 and not draft.places_named and (draft.needs_place or same_giver):
        fact = replace(fact, destination=places[0])
    # sent somewhere the scene did not send its forces (« 500 gendarmes envoyés à Mayotte » after « à la
    # frontière biélorusse »): someone else's deployment, not the scene's
    scene_places = {
        d.fact.destination.text for d in scene if d.fact.destination and d.fact.destination.kind in PLACE_KINDS
    }
    elsewhere = own_place is not None and bool(scene_places) and own_place.text not in scene_places
    if fact.agent is None and len(givers) == 1 and not draft.owned and not elsewhere:
        fact = replace(fact, agent=givers[0])
    return fact


def last_scene(done: list[Draft], before: int) -> list[Draft]:
    """The deployments of the nearest sentence before offset ``before`` that tells of any."""
    earlier = [d for d in done if d.fact.kind == "deployment" and d.fact.start < before]
    nearest = max((d.fact.start for d in earlier), default=None)
    return [d for d in earlier if d.fact.start == nearest]


def one_each(mentions) -> list[Mention]:
    """The mentions, once per text: several that say the same thing are one candidate."""
    found: dict[str, Mention] = {}
    for mention in mentions:
        if mention is not None:
            found.setdefault(mention.text, mention)
    return list(found.values())


def tense_of(verb, lang: str) -> str:
    """The tense the fact is told in; an infinitive takes its governing verb's (« a continué à déployer »)."""
    tense = grammar(lang).tense(verb)
    if tense == "infinitive":
        for governor in governing_verbs(verb):
            if governor.lemma_.lower() in lexicon(lang).words.get("recent_past", ()):
                return "past"  # « vient de livrer »
            if governor.lemma_.lower() in lexicon(lang).words.get("near_future", ()):
                return "future"  # « va renforcer »
            tense = grammar(lang).tense(governor)
            if tense != "infinitive":
                return tense
        return "past"
    return tense


def dedupe(facts: list[Fact]) -> list[Fact]:
    seen: set[str] = set()
    kept = []
    for fact in facts:
        if fact.id not in seen:
            seen.add(fact.id)
            kept.append(fact)
    return kept


def shift_fact(fact: Fact, offset: int) -> Fact:
    """The fact of a piece of an article, with its offsets moved to the whole article."""
    if not offset:
        return fact
    roles = {name: shift_mention(fact.role(name), offset) for name in ROLES}
    return replace(fact, start=fact.start + offset, end=fact.end + offset, **roles)


def shift_mention(mention: Mention | None, offset: int) -> Mention | None:
    if mention is None or not offset:
        return mention
    return replace(mention, start=mention.start + offset, end=mention.end + offset)
