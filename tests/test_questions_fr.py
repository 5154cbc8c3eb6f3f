"""French questions: the exact text a learner reads, and sound options."""

from __future__ import annotations

import pytest

from quizgen.grammar.fr import GRAMMAR
from quizgen.questions.similarity import same_thing

from .conftest import facts_of, plain_spaces, questions_of

ARTICLE = (
    "L'Allemagne a fourni 5 000 casques à l'Ukraine. "
    "La Turquie a fourni à l'Ukraine des drones antichars. "
    "Les États-Unis ont livré des munitions aux défenseurs ukrainiens. "
    "Le Royaume-Uni a expédié des missiles antichars à l'Ukraine.\n\n"
    "Les États-Unis ont déployé six chasseurs à réaction en Estonie. "
    "Le Danemark a déployé des avions de combat en Lituanie. "
    "La Pologne a déployé des chars en Lettonie."
)


def mcq(questions):
    return {q.prompt: q for q in questions if q.type == "mcq"}


def test_who_gave_asks_for_a_country_with_the_recipient_contracted():
    prompts = mcq(questions_of(ARTICLE))
    assert "Quel pays a fourni 5 000 casques à l'Ukraine ?" in prompts
    assert any(p.endswith("aux défenseurs ukrainiens ?") for p in prompts), prompts


def test_a_deck_asks_about_different_things():
    roles = {q.role for q in questions_of(ARTICLE) if q.type == "mcq"}
    assert len(roles) >= 2, roles


def test_plural_agent_still_asked_in_the_singular():
    [q] = [q for q in questions_of(ARTICLE) if q.type == "mcq" and "six chasseurs" in q.prompt]
    assert q.prompt in (
        "Quel pays a déployé six chasseurs à réaction en Estonie ?",
        "Où les États-Unis ont-ils déployé six chasseurs à réaction ?",
    )


def test_options_are_other_givers_of_the_same_article_and_the_answer_once():
    q = mcq(questions_of(ARTICLE))["Quel pays a fourni 5 000 casques à l'Ukraine ?"]
    assert q.options.count("Allemagne") == 1
    assert len(q.options) == 4
    assert set(q.options) - {"Allemagne"} <= {"Turquie", "États-Unis", "Royaume-Uni", "Danemark", "Pologne"}


def test_no_two_options_name_the_same_thing():
    for q in questions_of(ARTICLE):
        for i, a in enumerate(q.options):
            for b in q.options[i + 1 :]:
                assert not same_thing(a, b), (q.prompt, a, b)


def test_ambiguous_who_question_is_not_asked():
    text = (
        "L'Espagne et le Danemark ont déployé des frégates dans la mer Baltique. "
        "Les États-Unis ont déployé six chasseurs en Estonie. La France a déployé des chars en Roumanie. "
        "La Norvège a déployé des soldats en Lituanie."
    )
    for q in questions_of(text):
        if q.type == "mcq" and "frégates" in q.prompt:
            assert not q.prompt.startswith("Quel pays"), q.prompt
            # the other frigate-sender is never a wrong option
            assert not ({"Espagne", "Danemark"} - {q.answer}) & set(q.options)


@pytest.mark.parametrize(
    ("sentence", "role", "expected"),
    [
        (
            "Les États-Unis ont déployé six chasseurs à réaction en Estonie.",
            "destination",
            "Où les États-Unis ont-ils déployé six chasseurs à réaction ?",
        ),
        (
            "L'Allemagne a déployé des soldats en Lituanie.",
            "destination",
            "Où l'Allemagne a-t-elle déployé des soldats ?",
        ),
        (
            "Le Danemark a déployé des frégates dans la mer Baltique.",
            "destination",
            "Où le Danemark a-t-il déployé des frégates ?",
        ),
        ("La Turquie a fourni à l'Ukraine des drones antichars.", "theme", "Qu'a fourni la Turquie à l'Ukraine ?"),
        (
            "Les États-Unis ont livré des munitions aux défenseurs ukrainiens.",
            "theme",
            "Qu'ont livré les États-Unis aux défenseurs ukrainiens ?",
        ),
        ("L'Allemagne fournira un hôpital de campagne à l'Ukraine.", "theme", "Que fournira l'Allemagne à l'Ukraine ?"),
        (
            "L'Allemagne fournira un hôpital de campagne à l'Ukraine.",
            "agent",
            "Quel pays fournira un hôpital de campagne à l'Ukraine ?",
        ),
        (
            "La Turquie a fourni à l'Ukraine des drones antichars.",
            "recipient",
            "À quel pays la Turquie a-t-elle fourni des drones antichars ?",
        ),
        (
            "L'Allemagne a offert 5 000 casques à l'Ukraine.",
            "quantity",
            "Combien de casques l'Allemagne a-t-elle offerts à l'Ukraine ?",
        ),
        (
            "Les États-Unis ont livré 200 000 livres de munitions à l'Ukraine.",
            "quantity",
            "Combien de livres de munitions les États-Unis ont-ils livrées à l'Ukraine ?",
        ),
        (
            "Le Danemark a déployé quatre avions de combat en Lituanie.",
            "quantity",
            "Combien d'avions de combat le Danemark a-t-il déployés en Lituanie ?",
        ),
        (
            "L'Ukraine a demandé à l'Allemagne de fournir 100 000 casques.",
            "agent",
            "Quel pays a demandé 100 000 casques à l'Allemagne ?",
        ),
        ("La Pologne déploie des chars en Lettonie.", "agent", "Quel pays déploie des chars en Lettonie ?"),
        (
            "Les Pays-Bas ont envoyé des soldats en Roumanie.",
            "destination",
            "Où les Pays-Bas ont-ils envoyé des soldats ?",
        ),
        ("La Hongrie envoie des soldats en Slovaquie.", "destination", "Où la Hongrie envoie-t-elle des soldats ?"),
    ],
)
def test_question_text(sentence, role, expected):
    assert question_for(sentence, role) == expected


def question_for(sentence: str, role: str) -> str | None:
    """The question quizgen asks about ``role`` of the one event in ``sentence``."""
    [fact] = [f for f in facts_of(sentence) if f.kind in ("transfer", "deployment", "request")]
    answer = fact.role(role)
    return plain_spaces(GRAMMAR.question(fact, role, answer.kind if answer else "thing", "'"))


def test_question_keeps_the_article_apostrophe():
    [fact] = facts_of("La Turquie a fourni à l’Ukraine des drones antichars.")
    assert GRAMMAR.question(fact, "theme", "thing", "’") == "Qu’a fourni la Turquie à l’Ukraine\u202f?"


def test_same_seed_same_questions_other_seed_other_order():
    a = questions_of(ARTICLE, seed=1)
    b = questions_of(ARTICLE, seed=1)
    assert a == b
    c = questions_of(ARTICLE, seed=2)
    assert [q.prompt for q in a] == [q.prompt for q in c]
    assert [q.options for q in a] != [q.options for q in c]


def test_cloze_deletes_a_span_of_the_sentence():
    for q in questions_of(ARTICLE):
        if q.type == "cloze":
            before, answer, after = q.cloze_parts
            assert before + answer + after == q.sentence
            assert q.prompt == f"{before}_____{after}"
            assert answer == q.answer


def test_negated_fact_gets_no_multiple_choice():
    text = "La Suisse ne fournira pas d'armes à l'Ukraine. L'Autriche a livré des tentes à la Moldavie."
    for q in questions_of(text):
        if q.type == "mcq":
            assert "Suisse" not in q.answer


@pytest.mark.parametrize(
    ("sentence", "role", "expected"),
    [
        # « à » without article before a country that takes none
        ("Le Japon a envoyé des tentes à Chypre.", "agent", "Quel pays a envoyé des tentes à Chypre ?"),
        ("La France a déployé des soldats au Mali.", "destination", "Où la France a-t-elle déployé des soldats ?"),
        ("Le Canada a déployé des frégates aux Pays-Bas.", "destination", "Où le Canada a-t-il déployé des frégates ?"),
        # the question word follows what the answer names
        ("L'OTAN a déployé des troupes en Pologne.", "agent", "Quelle organisation a déployé des troupes en Pologne ?"),
        ("Emmanuel Macron a promis des chars à l'Ukraine.", "agent", "Qui a promis des chars à l'Ukraine ?"),
        (
            "L'Espagne a envoyé des médicaments aux réfugiés.",
            "recipient",
            "À qui l'Espagne a-t-elle envoyé des médicaments ?",
        ),
        ("Israël a livré des drones à l'Azerbaïdjan.", "agent", "Quel pays a livré des drones à l'Azerbaïdjan ?"),
        # elision before a vowel and a mute h
        ("L'Italie a livré des hélicoptères à l'Albanie.", "theme", "Qu'a livré l'Italie à l'Albanie ?"),
        (
            "La Belgique a livré quatre ambulances à la Moldavie.",
            "quantity",
            "Combien d'ambulances la Belgique a-t-elle livrées à la Moldavie ?",
        ),
        # a promise is asked as a promise, in a tense the fact was told in
        (
            "Le Portugal s'est engagé à livrer trois chars à l'Ukraine.",
            "agent",
            "Quel pays a promis de livrer trois chars à l'Ukraine ?",
        ),
        (
            "Le Portugal s'est engagé à livrer trois chars à l'Ukraine.",
            "theme",
            "Qu'est-ce que le Portugal a promis de livrer à l'Ukraine ?",
        ),
        ("Les Pays-Bas livreront des obus à l'Ukraine.", "agent", "Quel pays livrera des obus à l'Ukraine ?"),
        ("Les Pays-Bas livreront des obus à l'Ukraine.", "theme", "Que livreront les Pays-Bas à l'Ukraine ?"),
        ("La Grèce enverrait des blindés à Chypre.", "agent", "Quel pays enverrait des blindés à Chypre ?"),
    ],
)
def test_more_question_text(sentence, role, expected):
    assert question_for(sentence, role) == expected


def test_quote_question_text():
    [fact] = [
        f for f in facts_of("« La situation est grave sur le flanc oriental », a déclaré Parly.") if f.kind == "quote"
    ]
    assert (
        GRAMMAR.question(fact, "speaker", "person", "'")
        == "Qui a déclaré\u00a0: «\u00a0La situation est grave sur le flanc oriental\u00a0»\u202f?"
    )


def test_a_long_sentence_is_cut_to_the_clause_of_the_fact():
    text = (
        "Selon les chiffres publiés mercredi soir par le ministère, après de longues discussions entre les alliés "
        "qui se sont réunis à Bruxelles pendant deux jours, la Norvège a livré 300 tentes à la Moldavie, "
        "tandis que les négociations se poursuivent sur le calendrier des prochaines livraisons promises."
    )
    [cloze] = [q for q in questions_of(text) if q.type == "cloze"]
    before, answer, after = cloze.cloze_parts
    assert before.startswith("… ") and after.endswith(" …")
    shown = before[2:] + answer + after[:-2]
    assert shown in cloze.sentence and len(shown.split()) < len(cloze.sentence.split())
    assert "Norvège" in shown and "Moldavie" in shown


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Des équipes de secours venues de Colombie, du Pérou et d'Espagne fouillaient jeudi les décombres de la "
            "ville côtière, deux jours après le séisme de magnitude 7,1 qui a dévasté la côte pacifique du pays et "
            "fait au moins 418 morts selon le dernier bilan des autorités.",
            "fr",
        ),
        (
            "Herders across the country's central and western provinces have lost their animals to a harsh winter, "
            "a disaster known locally as a dzud that has killed more than 5.2 million head of livestock since "
            "the end of December according to the emergency agency.",
            "en",
        ),
    ],
)
def test_a_cut_never_leaves_a_blank_without_the_subject_of_its_sentence(text, lang):
    for cloze in (q for q in questions_of(text, lang) if q.type == "cloze" and q.fact_kind == "figure"):
        assert not cloze.prompt.startswith("…"), cloze.prompt


def test_who_is_who():
    text = (
        "Le chancelier allemand Olaf Scholz a parlé avec le maire de Kiev, Vitali Klitschko. "
        "La ministre française des Armées Florence Parly a rencontré le président roumain Klaus Iohannis. "
        "Le général de division Jörg Lebert a pris la parole."
    )
    prompts = {q.prompt: q for q in questions_of(text) if q.type == "mcq" and q.fact_kind == "role"}
    assert prompts["Qui est le chancelier allemand ?"].answer == "Olaf Scholz"
    assert prompts["Qui est le président roumain ?"].answer == "Klaus Iohannis"
    assert prompts["Qui est le maire de Kiev ?"].answer == "Vitali Klitschko"
    assert not any("général de division" in p for p in prompts), "a rank alone names no one"
    for q in prompts.values():
        assert set(q.options) <= {"Olaf Scholz", "Vitali Klitschko", "Florence Parly", "Klaus Iohannis", "Jörg Lebert"}


def test_a_misspelt_name_is_not_a_distractor_for_itself():
    from quizgen.questions.similarity import same_thing

    assert same_thing("Klistschko", "Vitali Klitschko")
    assert not same_thing("Scholz", "Vitali Klitschko")


def scene_question(text: str, theme_word: str, role: str) -> str | None:
    [fact] = [f for f in facts_of(text) if f.kind == "deployment" and theme_word in f.theme.text]
    answer = fact.role(role)
    return plain_spaces(GRAMMAR.question(fact, role, answer.kind if answer else "thing", "'"))


SCENE = (
    "La France a déployé des soldats en Turquie. Cela représente 65 sapeurs-pompiers et 6 chiens de la Sécurité civile."
)


def test_a_deployment_told_without_a_deploying_verb_is_asked_with_one():
    # « Cela représente… » is no deploying verb: « Quelle organisation représente … » would be false
    assert (
        scene_question(SCENE, "sapeurs", "agent")
        == "Quelle organisation déploie 65 sapeurs-pompiers et 6 chiens en Turquie ?"
    )


def test_how_many_asks_for_the_first_count_only():
    assert (
        scene_question(SCENE, "sapeurs", "quantity")
        == "Combien de sapeurs-pompiers la Sécurité civile déploie-t-elle en Turquie ?"
    )


def test_a_number_word_opening_the_sentence_is_lowered_in_the_question():
    text = "Deux détachements du ministère de l'Intérieur sont à l'œuvre en Turquie."
    assert scene_question(text, "détachements", "agent") == "Quelle organisation déploie deux détachements en Turquie ?"


def test_forces_present_somewhere_get_no_question_about_deploying_themselves():
    prompts = [q.prompt for q in questions_of("Les armées françaises sont présentes en Roumanie.") if q.type == "mcq"]
    assert not any("déployé les armées" in p for p in prompts), prompts


def test_a_call_to_act_gets_no_multiple_choice():
    # « Qu'appelle le roi aux Marocains ? » would need the inner verb, « donner »
    questions = questions_of("Le roi Mohammed VI appelle les Marocains à donner leur sang.")
    assert [q for q in questions if q.type == "mcq" and q.fact_kind == "request"] == []


def test_an_announced_gift_is_asked_as_a_promise():
    assert (
        question_for("La France a annoncé une aide de 100 millions d'euros à l'Ukraine.", "agent")
        == "Quel pays a promis de fournir une aide de 100 millions d'euros à l'Ukraine ?"
    )


def test_a_body_named_after_a_fused_preposition_takes_its_article_in_a_question():
    # « 80 personnels du ministère de l'Intérieur »: asked as « le ministère… a-t-il engagés », not « ministère… »
    text = (
        "Au 3 mars, 300 personnels français sont engagés au Mozambique : 200 militaires, 80 personnels "
        "du ministère de l'Intérieur et 20 agents du ministère de la Santé."
    )
    prompts = [q.prompt for q in questions_of(text) if q.role == "quantity" and "ministère" in q.prompt]
    assert prompts, "no question on the ministries' staff"
    assert all(" le ministère de " in p for p in prompts), prompts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L’UE a livré 300 tentes au Népal.", "l’UE a-t-elle livré"),
        ("L'OTAN a déployé 300 soldats en Roumanie.", "l'OTAN a-t-elle déployé"),
        ("L'UNICEF a livré 300 tentes au Népal.", "l'UNICEF a-t-il livré"),
    ],
)
def test_an_organisation_written_by_its_initials_takes_the_gender_of_its_first_noun(text, expected):
    from quizgen.grammar.fr import complex_inversion

    fact = next(f for f in facts_of(text) if f.kind in ("transfer", "deployment"))
    apostrophe = "’" if "’" in text else "'"
    assert complex_inversion(fact, fact.agent, apostrophe) == expected


def test_french_aid_named_by_its_kind_is_asked_with_its_amount():
    text = (
        "Un séisme a frappé le Népal. L'Espagne a versé 2 millions d'euros d'aide humanitaire au Népal. L'Italie a"
        " envoyé 30 tonnes de vivres au Népal."
    )
    prompts = [q.prompt for q in questions_of(text) if q.type == "mcq" and q.role == "agent"]
    assert any("2 millions d'euros d'aide humanitaire au Népal" in p for p in prompts), prompts


def test_the_name_of_a_spokesperson_is_no_blank():
    text = (
        "Un séisme a frappé le Népal.\n\n« Nous travaillons jour et nuit », a déclaré Jean Dupont, porte-parole du"
        " ministère.\n\n« Nous avons besoin d'aide », a déclaré le ministre népalais de l'Intérieur, Ram Thapa.\n"
    )
    answers = [q.answer for q in questions_of(text) if q.role == "speaker"]
    assert "Jean Dupont" not in answers
