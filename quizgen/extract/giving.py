"""Verbs of giving and deploying: « a livré 500 tentes à la Turquie », "deployed 300 troops to Romania",
« a annoncé une aide de 100 millions d'euros à l'Ukraine », "the package includes 20 ambulances".

The verb's table says whether it gives, deploys or may do either; what it moves decides (forces
are deployed, goods and money given, people never given). Roles come from the dependency tree
through the shared helpers of ``events``; each role is typed before the fact is built.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..models import Article
from .events import (
    RECEIVERS,
    Event,
    Roles,
    beneficiary,
    build,
    classify_one,
    clauses_about,
    contents,
    core_roles,
    counted_noun,
    deployment_verb,
    destination_after,
    destination_ahead,
    destination_in_clause,
    find_places,
    giver,
    idiom_word,
    in_the_form_of,
    is_container,
    is_force,
    is_instrument,
    is_military,
    measure_of,
    measured_contents,
    modality_of,
    national,
    owner_in,
    owner_of,
    partitive,
    partitive_theme,
    party,
    relief_team,
    role_phrases,
    sent_staff,
    source_agent,
    supplied_with,
    transfer_verb,
    without_preposition,
)
from .lists import clipped, inline_items
from .mentions import classify
from .nominal import requester_of
from .presence import unit_events
from .roletypes import giveable
from .syntax import OBJECT, PASSIVE_SUBJECT, SUBJECT, conjuncts, first_child, governing_verbs, is_passive, pps, subject


def give_or_deploy(verb: Token, kinds: tuple[str, ...], sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    roles = core_roles(verb, lex)
    idiom = idiom_word(verb, lex)
    if idiom is not None and roles.theme is not None and roles.theme.i == idiom.i and contents(idiom, lex) is idiom:
        # « a fait don | de 50 000 doses »: the thing after the idiom's noun, on it or on the verb
        roles.theme = next((n for p, n in [*pps(idiom), *pps(verb)] if p in partitive(lex)), roles.theme)
    complement = idiom if idiom is not None and idiom.pos_ == "ADJ" else None
    if roles.theme is None and complement is not None:
        roles.theme = first_child(complement, SUBJECT)  # "made 500 tents available"
    if roles.theme is None:
        roles.theme = partitive_theme(verb, list(pps(verb)), lex)
    roles.theme = in_the_form_of(verb, roles.theme, lex) or roles.theme
    if (
        roles.theme is None
        or roles.theme.lemma_.lower() in lex.nouns.get("abstract", ())
        or not any(c.isalnum() for c in roles.theme.text)
    ):
        return []  # « offrait « peu de raisons » »: a quotation mark read as the object
    if any(t.text in ("«", "»", "“", "”", '"') for t in roles.theme.doc[verb.i : roles.theme.i]):
        return []  # the object is inside a quotation: someone's words, not a thing given
    means = None
    if "deployment" in kinds and roles.theme.lemma_.lower() in lex.nouns.get("presence", ()):
        # « renforcer sa présence … avec 200 soldats »: the forces it is made with are deployed
        phrases = role_phrases(verb, roles.theme, lex)
        attached = phrases + [pp for _, noun in phrases for pp in pps(noun)]
        means = next((n for p, n in attached if p in lex.preps.get("means", ()) and is_force(n, lex)), None)
    if means is not None:
        roles.theme = means
    given = roles.theme  # before looking inside containers: where a source may hang
    swapped = supplied_with(verb, roles.theme, lex)
    if swapped is not None:
        given_to, roles.theme = swapped
    roles.theme = contents(roles.theme, lex)
    content = measured_contents(roles.theme, lex, verb)
    if content is not roles.theme:
        roles.measure, roles.theme = roles.theme, content
    elif verb.dep_ in ("acl", "amod"):
        roles.measure = measure_of(roles.theme, lex)  # "65,000 tonnes of food donated by Brazil": the count is above
    phrases = role_phrases(verb, roles.theme, lex)
    if complement is not None:
        phrases += list(pps(complement))  # "available | to Libya"
    if given is not roles.theme:  # "the delivery of 50 tanks to Ukraine": the recipient hangs on the container
        phrases += [pp for pp in role_phrases(verb, given, lex) if pp not in phrases]
    if idiom is not None and any(n.i == idiom.i for _, n in phrases):
        # « met à la disposition du Maroc des tentes »: whose disposal is who receives
        phrases = [pp for pp in phrases if pp[1].i != idiom.i]
        phrases += [("recipient", n) for p, n in pps(idiom) if p in lex.preps["owner"]]
    recipients, destinations = find_places(verb, roles.theme, phrases, lex)
    kind_noun = counted_noun(roles.theme, lex)
    # « 80 secouristes », "20 doctors": people sent to help are deployed like soldiers, never given
    # « un hôpital de campagne et une équipe médicale »: a team sent with what it works with is deployed
    team_too = [counted_noun(c, lex) for c in roles.theme.children if c.dep_ == "conj"]
    people = any(relief_team(t, lex) or sent_staff(t, lex) for t in [kind_noun, *team_too])
    forces = is_force(kind_noun, lex) and kind_noun.lemma_.lower() in lex.nouns["forces"] or people
    # « le club a envoyé son équipe en Espagne », "the firm sent two engineers": staff and teams that
    # are not soldiers go on a mission only when a state, an organisation or an authority sends them
    staff = forces and not is_military(kind_noun, lex)
    if staff and roles.agent is not None and not sender_of_missions(roles.agent, lex):
        return []  # and people are never given
    core = verb.lemma_.lower() in lex.verbs.get("deployment_core", frozenset())
    if "transfer" in kinds and (
        people or is_military(kind_noun, lex) and kind_noun.lemma_.lower() not in lex.nouns["equipment"]
    ):
        kinds = (*kinds, "deployment")  # « des renforts ont été acheminés vers la frontière »: people are deployed
    if "deployment" in kinds and core and not deployable(kind_noun, verb, lex):
        kinds = tuple(k for k in kinds if k != "deployment")  # « le ministère, basé à Nouméa »: no forces
    # « la frégate Courbet », "the frigate HDMS Peter Willemoes": the kind may come before the ship's name
    warships = lex.nouns.get("warships", frozenset())
    warship = any(t.lemma_.lower() in warships for t in roles.theme.subtree if t.i <= roles.theme.i)
    armed_sender = roles.agent is not None and is_military(roles.agent, lex)
    if "transfer" in kinds and "deployment" in kinds and (warship or armed_sender and is_military(kind_noun, lex)):
        # "Denmark has sent the frigate HDMS Peter Willemoes", "the Air Force, which has sent three Rafales":
        # a warship sent, or an armed force's own aircraft, goes on a mission; verbs that only give still
        # give ("will give two minehunters to Ukraine")
        kinds, forces = ("deployment",), True
    if "transfer" in kinds and kind_noun.lemma_.lower() in lex.nouns.get("crews", frozenset()):
        kinds = tuple(k for k in kinds if k != "transfer")  # "provided a team of 12 managers": people are not given
    handed = kind_noun.lemma_.lower() in lex.nouns["equipment"] and recipients and not destinations
    if "transfer" in kinds and handed:
        kinds = tuple(k for k in kinds if k != "deployment")  # "will send Kyiv 31 tanks": given, not deployed
    if "deployment" in kinds and (core or forces) and (destinations or "transfer" not in kinds or forces):
        kind = "deployment"
        roles.destination = (
            next(iter(destinations), None)
            or destination_after(roles.theme, sentence, lex)
            or destination_in_clause(verb, lex)
            or destination_ahead(roles.theme, lex)
            # a participle's place may hang on the clause it describes
            or (
                destination_in_clause(sentence.root, lex)
                if verb.dep_ in ("acl", "amod") and sentence.root.lemma_.lower() not in lex.verbs.get("homecoming", ())
                else None  # "the redeployed units will return to their home stations": going home
            )
        )
        roles.destination = roles.destination or requesting_country(verb, lex)
        owner = owner_in(roles.theme, lex) if roles.agent is None and is_passive(verb) else None
        if owner is not None and classify_one(owner, lex) in ("org", "country"):
            roles.agent = owner  # « des sauveteurs de la Croix-Rouge ont été envoyés »; not « de Marseille »
        recipient = None if roles.destination is not None else next(iter(recipients), None)
        if (
            recipient is not None
            and recipient.pos_ in ("NOUN", "PROPN")
            and (classify_one(recipient, lex) in ("thing", "area") or town_read_as_body(recipient, lex))
        ):
            # « envoyés en renfort auprès des postes consulaires »: forces go to a post, not to someone
            roles.destination, recipient = recipient, None
        roles.recipient = recipient
    elif "transfer" in kinds:
        if roles.measure is None and not giveable(roles.theme, lex) and not giveable(given, lex):
            return []  # « a livré une prestation remarquable », "gave investors a glimpse": nothing handed over
        if reporting_period(verb, roles.theme, lex):
            return []  # "delivered 148,300 vehicles in the third quarter": sales, not a gift
        kind = "transfer"
        roles.recipient = (
            (given_to if swapped else None)
            or next(iter(recipients), None)
            or beneficiary(verb, lex)
            or recipient_ahead(roles.theme, lex)
        )
        if roles.recipient is None and not destinations:
            roles.recipient = requesting_country(verb, lex)
        roles.destination = next((d for d in destinations if d not in recipients), None)
        if (
            roles.recipient is None
            and roles.destination is not None
            and classify_one(roles.destination, lex) == "country"
        ):
            # « 60 tonnes expédiées vers le Liban »: what is sent to a country is given to it
            roles.recipient, roles.destination = roles.destination, None
    else:
        return []
    from_container = is_container(roles.agent, lex) or (
        is_instrument(roles.agent, lex) and owner_of(roles.agent, lex) is None  # "the relief fund of the Red Cross"
    )
    if from_container and any(g.lemma_.lower() in lex.words.get("enablers", ()) for g in governing_verbs(verb)):
        # « Ces fonds doivent permettre de distribuer des vivres »: the funds make it possible, someone else
        # hands the food out; they are no package whose giver gives it
        from_container, roles.agent = False, None
    # "a C-17, which carried 35 tonnes": a transport plane carries what someone gives; a warship's own
    # helicopter is no gift
    carrier = (
        roles.agent is not None
        and giver(roles.agent, lex) is None
        and roles.agent.lemma_.lower() not in lex.nouns.get("equipment", ())
    )
    roles.agent = giver(roles.agent, lex) or source_agent(verb, given, lex)
    owner = owner_of(given, lex)
    if owner is not None and verb.lemma_.lower() in lex.verbs.get("channel", ()):
        roles.agent = owner  # "U.S. food aid is distributed by the WFP": the U.S. gives, the WFP hands it out
    # « 18 tonnes de fret ont été acheminées », or carried by a plane: the giver is the page's voice (give_voice)
    waits = kind == "transfer" and roles.agent is None and (is_passive(verb) or carrier)
    events = build(kind, verb, sentence, roles, modality_of(verb, lex), article, lex, keep_bare=from_container or waits)
    if means is not None:  # asked as deploying the forces, not as « renforcer avec »
        events = [replace(e, asked_as=deployment_verb(lex), theme=without_preposition(e.theme)) for e in events]
    return [replace(e, from_container=True) for e in events] if from_container else events


def reporting_period(verb: Token, theme: Token, lex: Lexicon) -> bool:
    """A quarter, a half-year or a fiscal year the verb (or what it counts) is counted in."""
    periods = lex.words.get("reporting_periods", frozenset())
    return any(
        n.lemma_.lower() in periods or any(c.lower_ in periods for c in n.children)
        for _, n in [*pps(verb), *pps(theme)]
    )


def requesting_country(verb: Token, lex: Lexicon) -> Token | None:
    """« À la demande du Liban, la Grèce a envoyé deux avions », "at Chile's request, Canada sent a
    team": a country that asked for what the clause sends, when the clause names no receiver, is
    where it goes. Only a country: « à la demande du ministre » names who asked, not a place."""
    asked = lex.nouns.get("request_nouns", frozenset())
    phrases = [(n, False) for _, n in pps(verb)]
    phrases += [(n, False) for m, _ in list(phrases) for _, n in pps(m)]  # « en réponse | à la demande de la France »
    # « a répondu à la demande du Liban en envoyant », "responded to Nepal's request by sending"
    answering = verb.head.head if verb.dep_ == "pcomp" else verb.head
    if verb.dep_ in ("advcl", "pcomp") and answering.lemma_.lower() in lex.verbs.get("answer", ()):
        phrases += [(n, True) for _, n in pps(answering)]
    for noun, answered in phrases:
        if noun.lemma_.lower() in asked and (who := requester_of(noun, lex, answered)) is not None:
            return who if classify_one(who, lex) == "country" else None
    return None


def sender_of_missions(agent: Token, lex: Lexicon) -> bool:
    """Who sends teams on a mission: a country, a named organisation, an authority or an armed force;
    not « le club », « le groupe pétrolier » or "the company"."""
    if agent.pos_ == "PRON":
        return True  # resolved later, if at all
    kind = classify_one(agent, lex)
    return (
        kind in ("country", "org", "person")
        or agent.lemma_.lower() in lex.nouns.get("authorities", ())
        or is_military(agent, lex)
    )


def deployable(theme: Token, verb: Token, lex: Lexicon) -> bool:
    """What a deploying verb may move: military forces, a relief team, a named unit or ship (« le
    D'Entrecasteaux »), a field hospital; or a team or means a country, an armed force or a
    government deploys. A participle or a passive with none of these (« le siège, basé à Paris »,
    "the company, based in Houston") tells no deployment, nor does a company deploying software."""
    if relief_team(theme, lex) or theme.lemma_.lower() in lex.nouns.get("deployable", ()):
        return True
    if any(is_military(t, lex) for t in theme.subtree):  # « le commandement du bataillon déployé »
        return True
    if any(is_force(t, lex) and national(t, lex) for t in theme.subtree):
        return True  # « du personnel français déployé »: a country's staff
    if (theme.pos_ == "PROPN" or theme.is_upper) and classify_one(theme, lex) not in ("country", "person", "place"):
        return True  # a unit or a ship by its name: « le BG FP sera basé à Cincu »
    actor = subject(verb) if verb.dep_ not in ("acl", "amod") and not is_passive(verb) else None
    return actor is not None and (
        classify_one(actor, lex) == "country"
        or is_military(actor, lex)
        or actor.lemma_.lower() in lex.nouns.get("authorities", ())
    )


def town_read_as_body(noun: Token, lex: Lexicon) -> bool:
    """« déploiera 750 soldats à Bouar »: one capitalised word after « à », tagged as an organisation,
    is a town forces go to; an organisation is written in capitals (« à l'OTAN ») or in several words."""
    prep = next((c for c in noun.children if c.dep_ == "case"), None)
    if prep is None and noun.i > 0:
        prep = noun.doc[noun.i - 1]
    return (
        noun.pos_ == "PROPN"
        and not noun.is_upper
        and not any(c.dep_ in ("compound", "flat", "flat:name", "amod", "nmod", "det") for c in noun.children)
        and prep is not None
        and prep.lower_ in lex.preps["destination"]
        and classify_one(noun, lex) == "org"
    )


def recipient_ahead(theme: Token, lex: Lexicon) -> Token | None:
    """« 1 million d'euros d'aide, qui sera versé à la Croix-Rouge hellénique », "funds that will go to
    UNICEF": a relative clause of giving says who receives the gift."""
    receiving = lex.preps["recipient"] | lex.preps.get("recipient_named", frozenset())
    for clause in clauses_about(theme, lex):
        relative = clause.dep_ in ("acl:relcl", "relcl") or any(
            c.dep_ in SUBJECT | PASSIVE_SUBJECT and c.lower_ in lex.words.get("relative_pronouns", ())
            for c in clause.children
        )  # « , qui sera versé à… » hung on the verb as a loose dependent
        if not relative or "transfer" not in lex.verb_kinds(clause.lemma_.lower()):
            continue
        found = next((n for p, n in pps(clause) if p in receiving and party(n, lex)), None)
        if found is not None:
            return found
    return None


def announced_gift(verb: Token, lex: Lexicon) -> bool:
    """« a annoncé une aide de 100 millions d'euros », "announced $20 million in assistance": a gift named by a noun."""
    obj = first_child(verb, OBJECT)
    if obj is None:
        return False
    gifts = lex.nouns.get("gifts", frozenset())  # not "a package of sanctions", « la livraison de colis »
    if obj.lemma_.lower() in gifts or measured_contents(obj, lex).lemma_.lower() in gifts:
        return True
    if obj.ent_type_ == "MONEY" and any(c.isdigit() for c in obj.text + "".join(t.text for t in obj.children)):
        return True  # "announced $7.5 million for Jamaica": an amount of money
    # "a new $400 million package", "a security assistance package": a package that says it is aid or money
    return is_container(obj, lex) and any(
        c.ent_type_ == "MONEY" or c.lemma_.lower() in gifts for c in obj.subtree if c.i < obj.i
    )


def announced_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """A gift announced or approved is promised, not given; asked as « a promis de fournir ».

    Not when the gift names its own giver (« le Kenya a approuvé le prêt de la Banque mondiale », "a grant from the foundation"): the
    one announcing may be the receiver. A gift with no receiver named (« la France a annoncé une
    enveloppe de 110 millions d'euros ») is kept only where the article gives it one: the country
    its title is about, or the one its giver's earlier gifts went to.
    """
    gift = first_child(verb, OBJECT)
    owner = lex.preps.get("owner", frozenset())
    origin = lex.preps.get("source", frozenset()) - owner - partitive(lex)  # "from", « depuis »
    if gift is not None and any(
        p in owner | lex.preps["agent"]
        and classify([n], n, lex) in ("country", "org", "person")
        or p in origin
        and n.pos_ in ("NOUN", "PROPN")
        for p, n in pps(gift)
    ):
        return []
    events = [
        e if e.recipient is not None else replace(e, needs_receiver=True)
        for e in give_or_deploy(verb, ("transfer",), sentence, article, lex)
        if e.kind == "transfer" and (e.recipient is None or e.recipient.kind in RECEIVERS)
    ]
    modality = modality_of(verb, lex)
    modality = "promised" if modality == "asserted" else modality
    # "announced a $400 million package": what the package holds, told next, is its giver's
    package = gift is not None and is_container(gift, lex)
    return [
        replace(e, modality=modality, asked_as=transfer_verb(lex), from_container=package or e.from_container)
        for e in events
    ]


def inclusion_events(verb: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """ "Included in the U.S. package are 20,000 rounds…", « ce fret comporte 36 malles »: what a package held."""
    container = next((n for p, n in pps(verb) if is_container(n, lex)), None)
    subj = first_child(verb, SUBJECT)
    if container is None and is_container(subj, lex):
        container = subj
    if container is None and subj is not None and subj.pos_ == "PRON" and subj.dep_ in SUBJECT:
        container = container_before(sentence, lex)  # "The shipment … . It includes 300 tents"
    if container is None:
        return unit_events(verb, subj, sentence, article, lex)
    items = [(t, start, end) for t, start, end in inline_items(verb, sentence, lex) if t.i != container.i]
    if len(items) >= 2:  # « Ce chargement comprend : 2 500 kits, 600 tentes et des médicaments »: one gift each
        events = []
        for item, start, end in items:
            found = build(
                "transfer",
                verb,
                sentence,
                Roles(agent=owner_of(container, lex), theme=item),
                modality_of(verb, lex),
                article,
                lex,
                keep_bare=True,
            )
            events += [replace(e, theme=clipped(e.theme, end, article, start)) for e in found[:1]]
        return [replace(e, from_container=True, asked_as=transfer_verb(lex)) for e in events]
    theme = next(
        (t for t in verb.subtree if t.dep_ in ("attr", "dobj", "obj", "nsubjpass", "nsubj:pass") and t.pos_ == "NOUN"),
        None,
    )
    if theme is None or theme.i == container.i:
        return []
    roles = Roles(agent=owner_of(container, lex), theme=theme)
    events = build("transfer", verb, sentence, roles, modality_of(verb, lex), article, lex, keep_bare=True)
    # "Which country includes 500 generators?" would be false: asked as given
    return [replace(e, from_container=True, asked_as=transfer_verb(lex)) for e in events]


def container_before(sentence: Span, lex: Lexicon) -> Token | None:
    """The package the previous sentence is about, as its subject: what « il » / "it" stands for."""
    doc = sentence.doc
    if sentence.start == 0:
        return None
    previous = doc[sentence.start - 1].sent
    if "\n" in doc[previous.end - 1 : sentence.start + 1].text:
        return None  # not across paragraphs
    return next(
        (t for t in previous if t.dep_ in SUBJECT | PASSIVE_SUBJECT and is_container(t, lex)),
        None,
    )


def described_package_events(container: Token, sentence: Span, article: Article, lex: Lexicon) -> list[Event]:
    """ "A second shipment, including two boats and spare parts, is scheduled for delivery", « Une seconde
    livraison, comprenant quatre camions-citernes et un poste médical, est prévue à l'automne »: each item
    a package's participle or "including" lists is a gift of the package (its giver and receiver are
    those the article gave it, see ``inherit_from_packages``); planned when the clause is a plan or future."""
    include = lex.verbs.get("include", frozenset())
    listed: list[Token] = []
    for child in container.children:
        if child.dep_ in ("acl", "amod", "acl:relcl") and child.lemma_.lower() in include:
            listed += [c for c in child.children if c.dep_ in OBJECT]  # « comprenant quatre camions »
        elif child.dep_ == "prep" and child.lemma_.lower() in include:
            listed += [c for c in child.children if c.dep_ == "pobj"]  # "including two boats"
    items = [item for noun in listed for item in conjuncts(noun) if noun.pos_ in ("NOUN", "PROPN")]
    if not items:
        return []
    clause = container.head if container.dep_ in SUBJECT | PASSIVE_SUBJECT else container
    moving = {"transfer", "arrival", "movement", "promise", "deployment"}
    if not (moving & set(lex.verb_kinds(clause.lemma_)) or is_scheduled(clause, lex)):
        return []  # « le colis, comprenant des livres, a été perdu »: no gift told
    modality = modality_of(clause, lex)
    if modality == "asserted" and (
        clause.lemma_.lower() in lex.verbs.get("promise", frozenset()) or is_scheduled(clause, lex)
    ):
        modality = "promised"  # « est prévue », "is scheduled for delivery"
    events: list[Event] = []
    doc = sentence.doc
    for k, item in enumerate(items):
        end = sentence.end_char
        if k + 1 < len(items):  # the item ends where the next one's « et », "and" or comma begins
            left = min(t.i for t in items[k + 1].subtree)
            while left - 1 > item.i and (doc[left - 1].is_punct or doc[left - 1].pos_ == "CCONJ"):
                left -= 1
            end = doc[left].idx
        found = build("transfer", clause, sentence, Roles(theme=item), modality, article, lex, keep_bare=True)
        events += [
            replace(e, theme=clipped(e.theme, end, article), from_container=True, asked_as=transfer_verb(lex))
            for e in found[:1]
        ]
    return events


def is_scheduled(clause: Token, lex: Lexicon) -> bool:
    """ "is scheduled for delivery", "is due": a package's clause that tells a plan."""
    return clause.lemma_.lower() in lex.words.get("scheduled", frozenset())
