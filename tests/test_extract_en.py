"""English sentences and the facts they must (and must not) yield."""

from __future__ import annotations

import pytest

from .conftest import facts_of, keyed, roles

pytestmark = pytest.mark.usefixtures("english_pipeline")


def found(text: str, kind: str) -> list[dict]:
    return [roles(f) | {"modality": f.modality} for f in facts_of(text, "en") if f.kind == kind]


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        (
            "Germany sent 300 troops to Romania.",
            "deployment",
            {"agent": "Germany", "theme": "300 troops", "quantity": "300", "destination": "Romania"},
        ),
        (
            "The United States deployed six fighter jets to Estonia.",
            "deployment",
            {"agent": "United States", "theme": "six fighter jets", "quantity": "six", "destination": "Estonia"},
        ),
        # passive with a by-agent
        (
            "Troops were deployed to Poland by France.",
            "deployment",
            {"agent": "France", "theme": "Troops", "destination": "Poland"},
        ),
        (
            "The Army has stationed 500 soldiers in Lithuania.",
            "deployment",
            {"agent": "Army", "theme": "500 soldiers", "destination": "Lithuania"},
        ),
        # future is a promise
        (
            "The Pentagon will send 3,000 soldiers to Germany.",
            "deployment",
            {"agent": "Pentagon", "theme": "3,000 soldiers", "destination": "Germany", "modality": "promised"},
        ),
        (
            "The Netherlands shipped two Patriot batteries to Slovakia.",
            "transfer",
            {"agent": "Netherlands", "theme": "two Patriot batteries", "quantity": "two", "recipient": "Slovakia"},
        ),
        (
            "Norway delivered five helicopters to Ukraine last week.",
            "transfer",
            {"agent": "Norway", "theme": "five helicopters", "quantity": "five", "recipient": "Ukraine"},
        ),
        # indirect object
        (
            "Germany gave Ukraine 5,000 helmets.",
            "transfer",
            {"agent": "Germany", "theme": "5,000 helmets", "quantity": "5,000", "recipient": "Ukraine"},
        ),
        # "provide X with Y"
        (
            "The United Kingdom provided Ukraine with anti-tank weapons.",
            "transfer",
            {"agent": "United Kingdom", "theme": "anti-tank weapons", "recipient": "Ukraine"},
        ),
        # an amount that stands for the aid it buys; pledging is promising
        (
            "Canada pledged $2.5 billion in military aid to Ukraine.",
            "transfer",
            {
                "agent": "Canada",
                "theme": "military aid",
                "quantity": "$2.5 billion",
                "recipient": "Ukraine",
                "modality": "promised",
            },
        ),
        # a recipient hung on the object noun
        (
            "The U.S. sent 20,000 rounds of artillery shells to Ukraine.",
            "transfer",
            {
                "agent": "U.S.",
                "theme": "20,000 rounds of artillery shells",
                "quantity": "20,000 rounds",
                "recipient": "Ukraine",
            },
        ),
        (
            "Ukraine asked Germany for 100,000 helmets.",
            "request",
            {"agent": "Ukraine", "theme": "100,000 helmets", "recipient": "Germany", "modality": "requested"},
        ),
        (
            "Poland requested 100 tanks from Germany.",
            "request",
            {"agent": "Poland", "theme": "100 tanks", "recipient": "Germany"},
        ),
    ],
)
def test_event(sentence, kind, expected):
    facts = found(sentence, kind)
    assert len(facts) == 1, facts
    for role, value in expected.items():
        assert facts[0].get(role) == value, (role, facts[0])


def test_coordinated_agents():
    facts = found("Spain and Denmark deployed frigates to the Baltic Sea.", "deployment")
    assert sorted(f["agent"] for f in facts) == ["Denmark", "Spain"]


def test_two_counted_items_are_two_facts():
    facts = found("Japan donated 12 ambulances and 30 tons of food to Turkey.", "transfer")
    assert sorted((f["theme"], f["quantity"]) for f in facts) == [
        ("12 ambulances", "12"),
        ("30 tons of food", "30 tons"),
    ]


def test_negated_transfer():
    [fact] = found("Switzerland did not provide weapons to Ukraine.", "transfer")
    assert fact["modality"] == "negated"


def test_the_country_points_back_to_the_only_country_named_before():
    [fact] = found("France is a close ally. The country sent aid to Lebanon.", "transfer")
    assert fact["agent"] == "France"


def test_the_country_with_no_antecedent_is_vague():
    [fact] = [f for f in facts_of("The country sent aid to Syria.", "en") if f.kind == "transfer"]
    assert fact.agent is not None and fact.agent.vague


@pytest.mark.parametrize(
    ("sentence", "speaker", "quote"),
    [
        ('"This contact group will not slow down," Austin said.', "Austin", "This contact group will not slow down"),
        (
            'Austin said: "We will stand by Ukraine as long as it takes."',
            "Austin",
            "We will stand by Ukraine as long as it takes.",
        ),
        (
            '"We are proud to serve alongside our allies," said Maj. Gen. Gregory Anderson, commander of the division.',
            "Gregory Anderson",
            "We are proud to serve alongside our allies",
        ),
    ],
)
def test_quote(sentence, speaker, quote):
    assert [(f["speaker"], f["quote"]) for f in found(sentence, "quote")] == [(speaker, quote)]


def test_figure_counts_a_noun_and_skips_calibres_and_years():
    facts = found("In 2022, observers counted 4,000 rockets and 155 mm shells.", "figure")
    assert [(f["quantity"], f["theme"]) for f in facts] == [("4,000", "4,000 rockets")]


def test_a_package_told_of_again_keeps_its_giver_and_receiver():
    text = (
        "The United States sent a new package of weapons to Ukraine. "
        "Included in the U.S. package are 20,000 rounds of artillery shells. "
        "The package also will deliver 12 ammunition support vehicles."
    )
    facts = [f for f in facts_of(text, "en") if f.kind == "transfer"]
    by_theme = {roles(f)["theme"]: roles(f) for f in facts}
    assert by_theme["20,000 rounds of artillery shells"]["agent"] == "U.S."
    assert by_theme["20,000 rounds of artillery shells"]["recipient"] == "Ukraine"
    assert by_theme["12 ammunition support vehicles"]["agent"] == "U.S."
    assert by_theme["12 ammunition support vehicles"]["recipient"] == "Ukraine"


def test_a_package_with_two_possible_receivers_keeps_the_role_empty():
    text = "Canada sent tents to Turkey. Japan sent rice to Syria. Included in the Canadian package are 500 blankets."
    facts = [f for f in facts_of(text, "en") if f.kind == "transfer" and "blankets" in f.theme.text]
    assert all(f.recipient is None for f in facts)  # two candidates: no guess


def test_an_instrument_gives_nothing_itself_the_package_giver_does():
    text = (
        "Included in the U.S. package are 20,000 rounds of artillery shells. "
        "The presidential drawdown authority also transfers 95,000 mortar rounds to Ukraine."
    )
    facts = [roles(f) for f in facts_of(text, "en") if f.kind == "transfer" and "mortar" in f.theme.text]
    assert [(f["agent"], f["recipient"]) for f in facts] == [("U.S.", "Ukraine")]


def test_a_named_authority_is_an_agent():
    facts = found("The Palestinian Authority sent 40 tonnes of food to Gaza.", "transfer")
    assert facts and "Authority" in facts[0]["agent"]


def deployments(text: str) -> list[tuple]:
    return [(f.get("agent"), f["theme"], f.get("destination"), f["modality"]) for f in found(text, "deployment")]


def test_soldiers_that_replace_others_go_where_the_last_deployment_went():
    text = "The U.S. Army has deployed 2,000 troops to Poland. About 500 soldiers will replace soldiers of the 101st Airborne Division."
    assert deployments(text)[1:] == [("U.S. Army", "500 soldiers", "Poland", "promised")]


def test_units_replaced_where_they_are():
    text = "Elements from the 10th Mountain Division were preparing to replace units that are currently in Europe."
    assert [(d[1], d[2]) for d in deployments(text)] == [("Elements from the 10th Mountain Division", "Europe")]


def test_a_team_that_joins_the_force_is_deployed_with_it():
    text = "France deployed 300 troops to Romania. A Belgian medical team joined this force."
    assert deployments(text)[1:] == [("Belgium", "Belgian medical team", "Romania", "asserted")]


def test_replacing_forces_with_no_scene_is_no_fact():
    assert deployments("About 500 soldiers will replace the units of the 101st Airborne Division.") == []


def test_the_place_of_the_scene_is_not_taken_when_the_sentence_names_another():
    text = "France deployed 300 troops to Romania. About 500 soldiers will replace them, including in Poland."
    assert all(d[2] != "Romania" for d in deployments(text)[1:])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The UN asked that the fighting stop at once.", {"agent": "UN", "theme": "that the fighting stop at once"}),
        # "called on X to deploy": X is asked, the forces are what is asked for
        ("Poland called on NATO to deploy more troops to its border.", {"agent": "Poland", "recipient": "NATO"}),
        (
            "Ukraine asked on Monday for 100,000 helmets.",
            {"agent": "Ukraine", "theme": "100,000 helmets", "recipient": None},
        ),
    ],
)
def test_request_constructions(sentence, expected):
    facts = found(sentence, "request")
    assert keyed(facts, expected) == [expected]


def test_another_deployer_keeps_its_own_place():
    text = "The Pentagon deployed 3,000 troops to Poland. Separately, China deployed two aircraft carriers."
    assert [d[2] for d in deployments(text) if d[0] == "China"] in ([None], [])  # no place: none, or left out
    assert [d[2] for d in deployments(text) if d[0] != "China"] == ["Poland"]


def test_a_coaching_staff_replacing_a_team_is_no_relief():
    text = (
        "The Pentagon deployed 3,000 troops to Poland. A new coaching staff will replace the team that led Real Madrid."
    )
    assert deployments(text)[1:] == []


def test_asking_whether_is_no_request():
    assert found("Reporters asked whether the troops would stay.", "request") == []


def test_an_instrument_of_a_named_body_is_given_by_it():
    text = "The U.S. package includes 500 generators. Separately, the relief fund of the Red Cross gave $2 million to Moldova."
    assert [f["agent"] for f in found(text, "transfer") if f.get("recipient") == "Moldova"] == ["Red Cross"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Germany announced the delivery of 50 tanks to Ukraine.", ("Germany", "50 tanks", "Ukraine")),
        (
            "Canada announced $20 million in humanitarian assistance to Syria.",
            ("Canada", "humanitarian assistance", "Syria"),
        ),
    ],
)
def test_a_gift_announced_is_a_promised_transfer(sentence, expected):
    facts = found(sentence, "transfer")
    assert [(f["agent"], f["theme"], f["recipient"], f["modality"]) for f in facts] == [(*expected, "promised")]


def test_massed_forces_are_deployed():
    [fact] = found("Russia has massed 100,000 troops near the Ukrainian border.", "deployment")
    assert (fact["agent"], fact["theme"], fact["destination"]) == ("Russia", "100,000 troops", "Ukrainian border")


def test_forces_that_arrive_somewhere_are_deployed_there():
    [fact] = found("About 1,700 soldiers from the 82nd Airborne Division arrived in Poland.", "deployment")
    assert (fact["quantity"], fact["destination"]) == ("1,700", "Poland")


@pytest.mark.parametrize(
    "sentence",
    [
        "The IMF has yet to approve the loan to Pakistan.",
        "Japan may approve a loan to Indonesia if talks succeed.",
        "The European Union adopted a new package of sanctions against Russia on Friday.",
    ],
)
def test_no_gift_is_promised_where_none_is(sentence):
    assert [f for f in found(sentence, "transfer") if f["modality"] in ("asserted", "promised")] == []


def test_executives_arriving_are_no_deployment():
    assert found("Executives from the company arrived in Beijing.", "deployment") == []


def test_we_in_a_company_statement_is_not_a_country():
    text = "China ordered 100 aircraft. We delivered 735 aircraft to customers last year, the company said."
    assert all(f.get("agent") != "China" for f in found(text, "transfer"))


def test_the_month_of_may_is_no_hedge():
    assert [f["destination"] for f in found("In May, the United States sent 500 troops to Poland.", "deployment")] == [
        "Poland"
    ]
