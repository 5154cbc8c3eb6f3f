"""Questions a teacher keeps (issue 11): exact text on invented sentences, FR and EN, and the
cases where a rule must not fire."""

from __future__ import annotations

import pytest

from quizgen.ingest import parse_article
from quizgen.models import Fact, Mention
from quizgen.numbers import parse_number
from quizgen.questions import balanced, coordinated, hint_for, worthless_blank
from quizgen.questions.distractors import compatible, number_options
from quizgen.questions.lint import problems
from quizgen.questions.quality import (
    aliases,
    article_aliases,
    bare_noun,
    cut_sentence,
    headline,
    is_pronoun,
    main_subjects,
    points_back,
    retype,
    thing_type,
    trivial_figure,
    vague_thing,
)

from .conftest import questions_of

UKRAINE = (
    "title: L'Ukraine reçoit des casques et des drones\n\n"
    "L'Allemagne a fourni 5 000 casques à l'Ukraine. La Turquie a livré 12 drones à l'Ukraine. "
    "Le Royaume-Uni a expédié 300 missiles à l'Ukraine. "
    "L'Union européenne a débloqué 40 millions d'euros pour l'Ukraine.\n\n"
    "Les deux pays ont signé l'accord après trois mois de discussions. "
    "Le Qatar a dépêché une équipe de 80 secouristes à Marrakech. La Norvège a envoyé 60 médecins à Tanger. "
    "La Suède a envoyé 25 médecins à Agadir."
)
SYRIA = (
    "Japan sent 40 doctors to Turkey. The agency said it would send 20 tents to Syria. "
    "Canada delivered 500 tents to Syria. Norway donated money to Syria. Sweden sent 25 engineers to Turkey.\n\n"
    "The European Union released 30 million euros for Syria. Spain sent 60 rescuers to Marrakech, Morocco."
)


@pytest.fixture(scope="module")
def ukraine():
    return questions_of(UKRAINE)


@pytest.fixture(scope="module")
def syria(english_pipeline):
    return questions_of(SYRIA, "en")


def mcqs(questions):
    return {q.prompt: q for q in questions if q.type == "mcq"}


def clozes(questions):
    return {q.prompt: q for q in questions if q.type == "cloze"}


# -- 7. what the article is about is no multiple-choice answer ------------------------------------


def test_the_headlines_country_is_never_the_answer_of_a_multiple_choice(ukraine):
    assert "Quel pays a fourni 5 000 casques à l'Ukraine ?" in mcqs(ukraine)
    assert not [q.prompt for q in ukraine if q.type == "mcq" and q.answer == "Ukraine"]


def test_main_subjects_are_the_headlines_names_and_the_receiver_of_most_facts():
    ukraine = Mention("Ukraine", 0, 7, kind="country")
    chad = Mention("Tchad", 0, 5, kind="country")

    def gift(agent: str, recipient: Mention) -> Fact:
        return Fact(
            id=agent,
            kind="transfer",
            sentence="",
            start=0,
            end=0,
            agent=Mention(agent, 0, 1, kind="country"),
            recipient=recipient,
        )

    article = parse_article("title: La France aide le Tchad\n\nLa France a livré des tentes.", slug="t")
    facts = [gift("France", chad), gift("Italie", ukraine), gift("Grèce", ukraine), gift("Malte", ukraine)]
    assert main_subjects(article, facts) == ["France", "Tchad", "Ukraine"]
    # two facts to one receiver is no subject of the whole article; a first sentence is no headline
    untitled = parse_article("L'Italie a livré des tentes.\n\nLa Grèce aussi.", slug="t")
    assert headline(untitled) == ""
    assert main_subjects(untitled, facts[1:3]) == []


# -- 6. numbers -------------------------------------------------------------------------------------


@pytest.mark.parametrize("rank", [0, 1, 2, 3])
def test_a_numeric_answer_takes_the_rank_asked_among_its_options(rank):
    answer = Mention("33", 0, 2, kind="number")
    wrong = number_options(answer, "fr", rank=rank)
    values = sorted([33.0, *(parse_number(w, "fr") for w in wrong)])
    assert len(wrong) == 3 and values.index(33.0) == rank, wrong


def test_numeric_options_are_rounded_as_the_article_rounds_and_never_a_value_it_gives():
    answer = Mention("5 000", 0, 5, kind="number")
    wrong = number_options(answer, "fr", rank=1, taken=frozenset({3000.0}))
    assert wrong == ["2 000", "8 000", "10 000"]  # 3 000 is the article's, 7 500 not rounded as 5 000 is
    # « 25 » rounds to fives: never 19
    assert number_options(Mention("25", 0, 2), "fr", rank=2) == ["15", "10", "40"]


def test_a_count_of_one_can_only_come_first():
    assert number_options(Mention("1", 0, 1), "fr", rank=3) == ["2", "4", "6"]  # no room below it


def test_a_spelt_number_gets_spelt_options():
    wrong = number_options(Mention("six", 0, 3), "fr", rank=1)
    assert all(w.isalpha() for w in wrong), wrong


# -- 5. distractors of the answer's type ------------------------------------------------------------


def test_a_city_is_offered_against_cities_a_country_against_countries():
    city, country = Mention("Rabat", 0, 5, kind="place"), Mention("Maroc", 0, 5, kind="country")
    assert not compatible("place", country, "destination")
    assert not compatible("country", city, "destination")
    assert compatible("place", Mention("Tanger", 0, 6, kind="place"), "destination")


def test_a_value_listed_beside_the_answer_is_never_a_wrong_option():
    sentence = "USAID is providing $400,000 for relief in Haiti and Jamaica."
    assert coordinated(sentence, "Haiti", "Jamaica")
    assert not coordinated("Haiti got tents; Cuba got food from Jamaica.", "Haiti", "Jamaica")


def test_eu_un_and_nato_are_organisations_and_a_people_is_no_organisation():
    assert retype(Mention("Union européenne", 0, 1, kind="country"), "fr").kind == "org"
    assert retype(Mention("NATO", 0, 1, kind="country"), "en").kind == "org"
    assert retype(Mention("Americans", 0, 1, kind="org"), "en").kind == "group"
    assert retype(Mention("France", 0, 1, kind="country"), "fr").kind == "country"


def test_the_eu_is_asked_with_quelle_organisation(ukraine):
    for q in ukraine:
        if q.type == "mcq" and q.answer == "Union européenne":
            assert q.prompt.startswith("Quelle organisation"), q.prompt


# -- 1, 4. no pronoun, demonstrative or bare noun in a stem -------------------------------------------


def test_a_fact_told_by_a_pronoun_gets_no_question(syria):
    assert not [q.prompt for q in syria if "20 tents" in q.sentence]
    assert mcqs(syria)["Which country delivered 500 tents to Syria?"].answer == "Canada"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Elle", "fr", True),
        ("ce sont 4 vols", "fr", True),
        ("it", "en", True),
        ("those", "en", True),
        ("leur", "fr", True),  # « La France leur a livré des tentes »: « à leur » is no receiver to ask about
        ("Elisabeth Borne", "fr", False),
        ("Italy", "en", False),
    ],
)
def test_pronouns(text, lang, expected):
    assert is_pronoun(Mention(text, 0, len(text)), lang) is expected


def test_demonstratives_point_back_articles_do_not():
    assert points_back(Mention("deux vols", 0, 1, phrase="Ces deux vols", det="Ces"), "fr")
    assert points_back(Mention("troops", 0, 1, phrase="these troops", det="these"), "en")
    assert not points_back(Mention("deux vols", 0, 1, phrase="les deux vols", det="les"), "fr")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("doses de vaccin", True),
        ("sapeurs-sauveteurs", True),
        ("des doses", False),
        ("l'aide", False),
        ("5 000 casques", False),
        ("Médecins sans frontières", False),
        ("six chasseurs", False),
    ],
)
def test_a_french_noun_without_its_determiner_is_bare(phrase, expected):
    assert bare_noun(phrase, "fr") is expected


def test_english_needs_no_determiner():
    assert not bare_noun("doses of vaccine", "en")


# -- 3. blanks worth filling ------------------------------------------------------------------------


def figure(sentence: str, number: str) -> tuple[Fact, Mention]:
    at = sentence.index(number)
    answer = Mention(number, at, at + len(number), kind="number")
    return Fact(id="f", kind="figure", sentence=sentence, start=0, end=len(sentence), quantity=answer), answer


@pytest.mark.parametrize(
    ("sentence", "number", "trivial"),
    [
        ("Les deux pays ont signé l'accord.", "deux", True),
        ("The two sides signed the deal.", "two", True),
        ("Un premier vol est arrivé.", "Un", True),
        ("Le convoi est arrivé après trois mois de route.", "trois", True),
        ("Il est arrivé à 0 heure.", "0", True),
        ("Appelez le 0800 174 174.", "0800", True),
        ("1/ Le ministre est rentré.", "1", True),
        ("Des millions de personnes sont touchées.", "millions", True),
        ("Dans la nuit du 10 au 11 octobre, les équipes arrivent.", "10", True),
        ("The flood lasted 13 days.", "13", True),
        ("Après douze années de guerre, le pays se relève.", "douze", True),
        ("Le 12 février, les équipes arrivent.", "12", True),
        # what must stay: a count of the story's things, money, tonnes
        ("La France a livré 33 tonnes de fret.", "33", False),
        ("Deux détachements de secours sont à l'œuvre.", "Deux", False),
        ("L'UE a débloqué 2 millions d'euros.", "2", False),
        ("The agency sent 1.2 million doses.", "1.2", False),
        ("Trois vols de reconnaissance ont été opérés.", "Trois", False),
    ],
)
def test_trivial_figures(sentence, number, trivial):
    fact, answer = figure(sentence, number)
    lang = "en" if sentence.startswith(("The ", "Appeal")) else "fr"
    assert trivial_figure(fact, answer, lang) is trivial


@pytest.mark.parametrize(
    ("text", "lang", "vague"),
    [
        ("équipe", "fr", True),
        ("nouvelle aide", "fr", True),
        ("further support", "en", True),
        ("money", "en", True),
        ("5 000 casques", "fr", False),
        ("drones antichars", "fr", False),
        ("Patriot batteries", "en", False),
        ("food", "en", False),
    ],
)
def test_vague_things(text, lang, vague):
    assert vague_thing(Mention(text, 0, len(text)), lang) is vague


def test_no_blank_on_money_given_as_money_nor_on_the_receiver_the_article_is_about(syria):
    assert "Norway donated _____ to Syria." not in clozes(syria)
    # Syria receives most of the article's gifts: "_____" would always be Syria
    assert "Norway donated money to _____." not in clozes(syria)
    assert "Spain sent 60 rescuers to _____, Morocco." in clozes(syria) or any(q.answer == "Marrakech" for q in syria)


def test_no_blank_on_a_duration(ukraine):
    assert not [q for q in ukraine if "trois mois" in q.sentence]


# -- 2. one question per fact and role --------------------------------------------------------------


def test_a_fact_told_twice_is_asked_once():
    text = (
        "La Suisse a débloqué 105 millions de francs pour les victimes du conflit. "
        "Le Canada a livré des tentes au Liban. La Norvège a envoyé 30 médecins au Liban.\n\n"
        "Au total, la Suisse a alloué un total de 105 millions de francs aux victimes du conflit."
    )
    asked = [q for q in questions_of(text) if q.answer == "105"]
    assert len([q for q in asked if q.type == "mcq"]) <= 1
    assert len([q for q in asked if q.type == "cloze"]) <= 1


def test_the_same_speaker_is_asked_once(english_pipeline):
    text = (
        '"We will not slow down," Austin said. "This is a long fight," Austin said. '
        '"We are ready," Milley said. "Help is coming," Scholz said. "We stand together," Macron said.'
    )
    speakers = [q.answer for q in questions_of(text, "en") if q.type == "mcq" and q.role == "speaker"]
    assert len(speakers) == len(set(speakers))


# -- 8. cloze context -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("un hôpital (70 personnes, 33 tonnes) est installé", True),
        ("un hôpital (70 personnes", False),
        ("« nous sommes prêts » a-t-il dit", True),
        ("« nous sommes prêts, a-t-il dit", False),
        ('he said "we are ready', False),
    ],
)
def test_a_cut_never_leaves_half_a_bracket_or_a_quote(text, ok):
    assert balanced(text) is ok


def test_every_question_of_the_invented_articles_passes_the_lint(ukraine, syria):
    for questions, lang in ((ukraine, "fr"), (syria, "en")):
        for q in questions:
            assert not problems(q, lang), (q.prompt, problems(q, lang))


def test_a_list_item_keeps_the_clause_that_announces_the_list():
    # (a list of forces engaged somewhere is a deployment, asked as one: the list here counts damage)
    clause = (
        "À la date du 3 mars, le bilan du séisme dans la vallée de Katmandou et dans les districts de montagne "
        "les plus touchés s'établit ainsi :"
    )
    text = f"{clause} 410 écoles détruites, 190 ponts endommagés, 25 hôpitaux fermés et 15 routes coupées."
    [q] = [q for q in questions_of(text) if q.answer == "410"]
    assert q.prompt == f"{clause} _____ écoles détruites …"
    assert not problems(q, "fr")


def test_an_organisations_whole_name_is_shown_in_the_stem():
    text = "Le Canada a livré des tentes à l'Organisation des Nations Unies pour l'enfance."
    prompts = [q.prompt for q in questions_of(text) if q.type == "mcq"]
    assert prompts == ["Quel pays a livré des tentes à l'Organisation des Nations Unies pour l'enfance ?"]


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Organisation des Nations", True),  # « … des Nations | Unies »: the next word goes on the name
        ("U.S. Agency for", True),
        ("1.2 million drought-", True),
        ("Organisation des Nations Unies", False),
    ],
)
def test_a_name_cut_in_two_is_never_asked(text, cut):
    from quizgen.models import Fact
    from quizgen.questions import cut_off, splits_a_name

    sentence = "Le Canada a livré des tentes à l'Organisation des Nations Unies. Puis d'autres."
    start = sentence.find(text) if text in sentence else 0
    answer = Mention(text, start, start + len(text), kind="org")
    fact = Fact(id="f", kind="transfer", sentence=sentence, start=0, end=len(sentence))
    assert (cut_off(text) or text in sentence and splits_a_name(fact, answer)) is cut


@pytest.mark.parametrize(
    ("text", "kind", "role", "lang", "hint"),
    [
        ("Barkhane", "place", "recipient", "fr", None),  # an operation the parser took for a place
        ("Cincu", "place", "destination", "fr", "lieu"),
        ("Mensa", "org", "speaker", "en", None),  # a person the parser took for an organisation
        ("CDCS", "org", "agent", "fr", "organisation"),
        ("Fondation Tulipe", "org", "agent", "fr", "organisation"),
        ("Union européenne", "country", "agent", "fr", "organisation"),  # never « pays »
        ("Turquie", "country", "destination", "fr", "pays"),
        ("Catherine Colonna", "person", "agent", "fr", "personne"),
    ],
)
def test_a_blank_shows_a_hint_only_when_sure(text, kind, role, lang, hint):
    assert hint_for(Mention(text, 0, len(text), kind=kind), role, lang) == hint


@pytest.mark.parametrize(
    ("sentence", "answer", "role", "kind", "worthless"),
    [
        ("La Commission soutient les communautés dévastées.", "communautés", "recipient", "thing", True),
        (
            "L'aide va à trois millions de réfugiés de Syrie.",
            "trois millions de réfugiés de Syrie",
            "recipient",
            "thing",
            False,
        ),
        ("La France a envoyé des soldats au Liban.", "Liban", "destination", "country", False),
        (
            "Le gouvernement mobilise une vingtaine de réservistes de l'Établissement de préparation et de réponse.",
            "vingtaine de réservistes de l'Établissement de préparation et de réponse",
            "theme",
            "thing",
            True,
        ),
        (
            "USAID deployed a team, said the U.S. Agency for International Development.",
            "U.S. Agency for",
            "agent",
            "org",
            True,
        ),
        ("Eight U.S. helicopters have joined the effort.", "Eight", "quantity", "number", False),
        ("Depuis le début, la France est fortement mobilisée.", "France", "theme", "country", True),
    ],
)
def test_blanks_not_worth_filling(sentence, answer, role, kind, worthless):
    at = sentence.index(answer)
    mention = Mention(answer, at, at + len(answer), kind=kind)
    fact = Fact(id="f", kind="transfer", sentence=sentence, start=0, end=len(sentence), **{role: mention})
    lang = "en" if sentence.startswith(("USAID", "Eight")) else "fr"
    assert worthless_blank(fact, role, mention, lang) is worthless


def test_max_questions_covers_the_main_facts_before_a_second_question_on_any():
    from quizgen.extract import extract_entities, extract_facts
    from quizgen.nlp import parse
    from quizgen.questions import build_questions

    article = parse_article(UKRAINE, slug="t")
    doc = parse(article, "fr")
    facts = extract_facts(article, doc, "fr")
    entities = extract_entities(article, doc, "fr")
    everything = build_questions(article, facts, "fr", entities=entities)
    four = build_questions(article, facts, "fr", entities=entities, max_questions=4)
    assert len({q.fact_id for q in everything}) > 4  # enough facts for the limit to choose among
    assert len(four) == 4 and len({q.fact_id for q in four}) == 4
    # the facts of the lead paragraph (the gifts to Ukraine the headline announces) come first
    lead = {f.id for f in facts if f.start < UKRAINE.index("Les deux pays") - UKRAINE.index("L'Allemagne")}
    assert {q.fact_id for q in four} <= lead


def test_a_country_written_as_its_adjective_stays_a_country(english_pipeline):
    from quizgen.grammar.en import GRAMMAR
    from quizgen.questions.quality import retype_fact

    from .conftest import facts_of

    assert retype(Mention("U.S.", 0, 4, kind="country"), "en").kind == "country"
    text = "Included in the U.S. package are 20,000 rounds of 155 mm artillery shells."
    [fact] = [retype_fact(f, "en") for f in facts_of(text, "en")]
    assert GRAMMAR.question(fact, "quantity", "number", "'") == (
        "How many rounds of 155 mm artillery shells does the U.S. provide?"
    )


def test_a_proposal_is_never_asked_as_a_deed_but_a_deed_is(english_pipeline):
    text = (
        "Germany proposed to give 50 tanks to Ukraine. France offered to send 300 soldiers to Romania. "
        "Spain sent 20 doctors to Turkey. Italy sent 40 tents to Syria."
    )
    questions = questions_of(text, "en")
    assert not [q.prompt for q in questions if q.type == "mcq" and ("tanks" in q.sentence or "300" in q.sentence)]
    # the thing before its count: teachers ask what was given, « 50 » is a detail (reading of 2026-12-03)
    assert "Germany proposed to give 50 _____ to Ukraine." in clozes(questions)
    assert mcqs(questions)["Which country sent 20 doctors to Turkey?"].answer == "Spain"


def test_a_french_proposal_is_never_asked_as_a_deed():
    text = (
        "L'Italie a proposé de livrer 50 chars à l'Ukraine. La Chine a livré 300 tentes au Liban. "
        "Le Brésil a envoyé 12 chiens en Turquie. La Corée a envoyé 25 pompiers en Syrie."
    )
    questions = questions_of(text)
    assert not [q.prompt for q in questions if q.type == "mcq" and "chars" in q.sentence]
    assert "Quel pays a livré 300 tentes au Liban ?" in mcqs(questions)


def test_a_receiver_keeps_the_preposition_the_article_gave_it():
    text = (
        "Le Brésil a envoyé 12 chiens en Turquie. La Chine a livré 300 tentes au Liban. "
        "La Corée a envoyé 25 pompiers en Syrie. Le Japon a livré 40 tonnes de riz au Liban."
    )
    prompts = [q.prompt for q in questions_of(text) if q.type == "mcq" and "chiens" in q.sentence]
    assert prompts and all("à la Turquie" not in p for p in prompts), prompts


def test_a_headline_repeated_as_the_first_sentence_is_asked_once():
    text = (
        "Le Japon envoie 40 médecins en Turquie\n\n"
        "Le Japon envoie 40 médecins en Turquie, a annoncé le ministère. La Corée a envoyé 25 pompiers en Syrie. "
        "La Chine a livré 300 tentes au Liban. Le Brésil a envoyé 12 chiens en Turquie."
    )
    questions = questions_of(text)
    for kind in ("mcq", "cloze"):
        asked = [(q.role, q.answer) for q in questions if q.type == kind and "Japon" in q.sentence]
        assert len(asked) == len(set(asked)) and len(asked) <= 1, asked


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Le Centre de crise et de soutien (CDCS) du ministère.", [("Centre de crise et de soutien", "CDCS")]),
        (
            "The U.S. Agency for International Development (USAID) has deployed a team.",
            [("U.S. Agency for International Development", "USAID")],
        ),
        (
            "Les forces armées en Nouvelle-Calédonie (FANC) ont opéré.",
            [("forces armées en Nouvelle-Calédonie", "FANC")],
        ),
        ("La France a livré (hier) des tentes.", []),  # no acronym in the brackets
    ],
)
def test_the_acronyms_an_article_defines(text, pairs):
    assert list(article_aliases(parse_article(text, slug="t"))) == pairs


def test_an_acronym_and_its_long_name_are_one_entity():
    pairs = (("U.S. Agency for International Development", "USAID"),)
    assert aliases("USAID", "U.S. Agency for International Development", pairs)
    assert aliases("U.S. Agency for", "USAID", pairs)  # a cut long name still is one
    assert not aliases("USAID", "DART", pairs)


def test_one_sentence_listing_several_gifts_asks_its_giver_once():
    from quizgen.models import Question
    from quizgen.questions import repeats

    sentence = "La Belgique a livré 40 tentes et 12 générateurs au Liban, et 300 couvertures à la Syrie."

    def asked(fid: str, prompt: str, answer: str = "Belgique", role: str = "agent") -> Question:
        return Question(
            id=fid,
            type="mcq",
            fact_id=fid,
            fact_kind="transfer",
            role=role,
            prompt=prompt,
            answer=answer,
            sentence=sentence,
        )

    first = asked("a", "Quel pays a livré 40 tentes au Liban ?")
    assert repeats(asked("b", "Quel pays a livré 300 couvertures à la Syrie ?"), [first])
    assert not repeats(
        asked("c", "À quel pays la Belgique a-t-elle livré 300 couvertures ?", "Syrie", "recipient"), [first]
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "cut"),
    [
        ("About 3,800 soldiers of the 1st Inf.", "en", True),
        ("div. will deploy to Poland.", "en", True),
        ("Le détachement est commandé par le Gén.", "fr", True),
        ("The troops arrived in the U.S.", "en", False),  # a sentence may end on "the U.S."
        ("About 3,800 soldiers will deploy to Poland.", "en", False),
        ("« Nous sommes prêts », a dit le général.", "fr", False),
    ],
)
def test_a_sentence_cut_at_an_abbreviation(sentence, lang, cut):
    assert cut_sentence(sentence, lang) is cut


def test_well_known_short_and_long_names_are_one_entity():
    pairs = article_aliases(parse_article("L'UE a débloqué 5 millions d'euros.", slug="t"), "fr")
    assert aliases("UE", "Union européenne", pairs)
    assert not aliases("UE", "OTAN", pairs)
    pairs = article_aliases(parse_article("The EU released funds.", slug="t"), "en")
    assert aliases("United Nations", "UN", pairs)


LIST_FR = (
    "La France a envoyé des renforts au Liban.\n\n"
    "Le paquet de l'Allemagne pour l'Ukraine comprend :\n- 2 batteries Patriot ;\n- 40 chars Leopard ;\n"
    "- 5 000 casques.\n\n"
    "L'Italie a livré 300 tentes à la Syrie. La Chine a livré 500 tentes au Liban.\n"
)


def test_a_list_item_on_its_own_line_carries_the_line_that_announces_the_list():
    prompts = clozes(questions_of(LIST_FR))
    assert "Le paquet de l'Allemagne pour l'Ukraine comprend : _____ chars Leopard ;" in prompts
    assert "Le paquet de l'Allemagne pour l'Ukraine comprend : _____ casques." in prompts
    # a paragraph after the list is no item of it
    assert "L'Italie a livré 300 _____ à la Syrie." in prompts


def test_an_english_list_item_carries_its_lead_in(english_pipeline):
    text = (
        "Germany's package for Ukraine includes:\n- two Patriot batteries;\n- 40 Leopard tanks;\n"
        "- 5,000 helmets.\n\nItaly delivered 300 tents to Syria. China delivered 500 tents to Lebanon.\n"
    )
    prompts = clozes(questions_of(text, "en"))
    assert "Germany's package for Ukraine includes: _____ Leopard tanks;" in prompts
    assert "Italy delivered 300 _____ to Syria." in prompts
    for q in questions_of(text, "en"):
        assert not problems(q, "en"), q.prompt


@pytest.mark.parametrize(
    ("a", "b", "lang", "same"),
    [
        ("€500,000", "€2 million", "en", True),
        ("$400,000", "€500,000", "en", False),  # money against money in another currency
        ("four patrol boats", "ambassador to Kenya", "en", False),
        ("20 millions de francs", "5 millions de francs", "fr", True),
        ("300 soldats", "2 frégates", "fr", True),
        ("300 soldats", "300 tentes", "fr", False),  # forces against goods
    ],
)
def test_things_of_one_sort(a, b, lang, same):
    assert (thing_type(a, lang) == thing_type(b, lang)) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("UK", "Britain", True),
        ("the United Kingdom", "U.K.", True),
        ("U.S.", "United States", True),
        ("Grande-Bretagne", "Royaume-Uni", True),
        ("UK", "Ukraine", False),
        ("France", "Finland", False),
    ],
)
def test_a_countrys_other_names_are_never_offered_against_it(a, b, same):
    from quizgen.questions.similarity import same_thing

    assert same_thing(a, b) is same


def options_for(text: str, kind: str, role: str, lang: str = "fr") -> list[str]:
    from quizgen.extract import extract_entities, extract_facts
    from quizgen.nlp import parse
    from quizgen.questions.distractors import candidates

    article = parse_article(f"title: T\n---\n{text}", slug="t")
    doc = parse(article, lang)
    facts = list(extract_facts(article, doc, lang))
    fact = next(f for f in facts if f.kind == kind and f.role(role) is not None)
    entities = extract_entities(article, doc, lang)
    return list(candidates(fact, role, fact.role(role), facts, entities, lang))


def test_a_things_wrong_options_are_never_a_persons_title():
    text = (
        "Le chancelier allemand Olaf Scholz a parlé mardi. La Turquie a fourni des drones à l'Ukraine. "
        "L'Espagne a livré des tentes à la Grèce."
    )
    found = options_for(text, "transfer", "theme")
    assert "tentes" in found and "chancelier allemand" not in found


def test_a_place_is_offered_only_against_places_the_article_sends_something_to():
    text = (
        "Le porte-parole du Kremlin a parlé à Kiev. L'Espagne a déployé des frégates dans la mer Baltique. "
        "Le Danemark a déployé des avions dans la mer du Nord."
    )
    found = options_for(text, "deployment", "destination")
    assert "mer du Nord" in found and not {"Kremlin", "Kiev"} & set(found)


@pytest.mark.parametrize(
    ("lang", "title", "org"),
    [("fr", "Ministre de l’Europe", "Croix-Rouge"), ("en", "Minister of Health", "Red Cross")],
)
def test_a_title_cut_from_a_persons_name_is_no_organisation_to_offer(lang, title, org):
    from quizgen.extract import extract_facts
    from quizgen.models import Mention
    from quizgen.nlp import parse
    from quizgen.questions.distractors import candidates

    text = (
        "La Croix-Rouge a envoyé des médicaments en Syrie. L’OMS a envoyé des tentes au Liban."
        if lang == "fr"
        else "The Red Cross sent medicine to Syria. The WHO sent tents to Lebanon."
    )
    article = parse_article(f"title: T\n---\n{text}", slug="t")
    facts = list(extract_facts(article, parse(article, lang), lang))
    fact = next(f for f in facts if f.kind == "transfer" and f.role("agent") is not None and org in f.agent.text)
    entities = [Mention(title, 0, len(title), kind="org"), Mention("Banque mondiale", 0, 15, kind="org")]
    options = list(candidates(fact, "agent", fact.agent, facts, entities, lang))
    assert title not in options and "Banque mondiale" in options


def test_a_body_of_the_answer_is_never_a_wrong_option():
    text = (
        "La Commission européenne a débloqué 5 millions d'euros pour le Maroc. "
        "L'UE coordonne l'aide des États membres. L'OTAN a envoyé des tentes en Turquie. "
        "L'ONU a livré des vivres au Soudan. La Croix-Rouge a fourni des couvertures à la Syrie."
    )
    [q] = [q for q in questions_of(text) if q.type == "mcq" and q.answer == "Commission européenne"]
    assert "UE" not in q.options and "Union européenne" not in q.options, q.options


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_part_of_knows_both_directions_and_aliases(lang):
    from quizgen.questions.quality import part_of

    if lang == "fr":
        assert part_of("Union européenne", "Commission européenne", [("Union européenne", "UE")], "fr")
        assert part_of("PAM", "ONU", [], "fr")
        assert not part_of("PAM", "Unicef", [], "fr")  # two bodies of one: each is wrong for the other
    else:
        assert part_of("UN", "WFP", [], "en")
        assert not part_of("WFP", "UNICEF", [], "en")


def test_who_sent_a_bare_team_is_not_asked_when_two_bodies_sent_teams_there():
    # the other bodies of the article are the rivals: a state's ministry is offered no « OTAN » or « ONU »
    text = (
        "Le ministère de l'Intérieur a déployé deux détachements de sauveteurs en Turquie. "
        "Le Centre de crise a déployé une équipe en Turquie. "
        "Le ministère des Armées a déployé un avion au Liban. La Direction de la sécurité civile a déployé des chiens en Syrie."
    )
    asked = [q for q in questions_of(text) if q.type == "mcq" and q.role == "agent"]
    assert all("une équipe" not in q.prompt for q in asked)
    assert all(not {"OTAN", "ONU"} & set(q.options) for q in asked)
    assert any("deux détachements" in q.prompt for q in asked)


def test_money_released_for_a_country_is_asked_with_pour():
    text = (
        "Inondations en Libye. L'Allemagne a débloqué 2 millions d'euros pour la Libye. L'UE a débloqué 500 000 euros."
    )
    from quizgen.grammar.fr import recipient_phrase
    from quizgen.models import Mention

    libye = Mention("Libye", 0, 5, kind="country", phrase="Libye", det="la")
    assert recipient_phrase(libye, "’", "débloquer") == "pour la Libye"
    assert recipient_phrase(libye, "’", "livrer") == "à la Libye"
    assert questions_of(text)  # the article still gives questions


def test_a_name_takes_the_gender_of_the_article_the_text_gives_it():
    from .conftest import facts_of

    [fact] = [f for f in facts_of("La Croix-Rouge a fourni des couvertures à la Syrie.") if f.kind == "transfer"]
    assert fact.agent.gender == "f"
    for q in questions_of("La Croix-Rouge a fourni des couvertures à la Syrie. L’OTAN a envoyé des tentes au Maroc."):
        assert "le Croix-Rouge" not in q.prompt and "a-t-il" not in q.prompt.split("Croix-Rouge")[-1][:8]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The pilots hope to make seven or eight trips a day to Muzaffarabad.", "en"),
        ("Quelques 50 000 à 100 000 personnes attendent toujours de pouvoir quitter Alep.", "fr"),
    ],
)
def test_one_end_of_a_range_is_never_the_blank(text, lang):
    assert not [q for q in questions_of(text, lang) if q.type == "cloze" and q.role == "quantity"]


def test_a_blank_whose_answer_the_card_prints_elsewhere_is_not_made():
    from quizgen.questions import gives_itself_away

    assert gives_itself_away("Ukraine", "… deliver to ", " the equipment to expel Russia from Ukraine's borders.", "en")
    assert not gives_itself_away("Ukraine", "… deliver to ", " the equipment it needs.", "en")
    assert gives_itself_away("100 000", "Quelques 50 000 à ", " personnes", "fr")


def test_a_count_beside_a_preposition_is_still_blanked():
    [q] = [q for q in questions_of("La France a livré 200 tonnes de vivres à Haïti.") if q.type == "cloze"]
    assert q.answer == "200"


def test_one_fact_told_twice_is_asked_once_whatever_the_question_type():
    from .conftest import questions_of

    text = (
        "Japan delivered 300 tents to Nepal on Monday. The shipment arrived by air. "
        "It includes 300 tents and 5,000 blankets."
    )
    asked = [q for q in questions_of(text, "en") if q.answer == "300"]
    assert len(asked) == 1, [q.prompt for q in asked]


def test_an_acronym_in_another_language_still_names_the_body_before_it():
    from quizgen.ingest import parse_article
    from quizgen.questions.quality import aliases, article_aliases

    article = parse_article(
        "The team went at the request of Indonesia's National Disaster Management Agency (BNPB), which asked for help.",
        slug="t",
    )
    pairs = article_aliases(article, "en")
    assert aliases("BNPB", "National Disaster Management Agency", pairs)
    assert not any(long_.startswith("Indonesia") for long_, _ in pairs)


def test_a_piece_of_a_longer_name_is_no_option():
    from quizgen.questions.distractors import always_continued

    text = "The contingent left Paya Lebar Air Base at dawn. Paya Lebar Air Base is in the east."
    assert always_continued("Paya Lebar", text)
    assert not always_continued("Paya Lebar Air Base", text)
    assert not always_continued("Japan", "Japan sent a team, and Japan Airlines flew it there.")
