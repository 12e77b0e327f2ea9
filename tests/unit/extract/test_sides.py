"""Initiator and target the right way round, from the states a clause names."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tradewire.extract import extract_mentions
from tradewire.extract.actors import find_actors
from tradewire.extract.sides import Scope, Sides, assign
from tradewire.extract.triggers import find_triggers
from tradewire.models import Article


def _sides(text: str, home: str | None = None, pair: tuple[str, ...] = ()) -> Sides | None:
    (trigger, *_) = find_triggers(text)
    actors = find_actors(text, date(2025, 6, 6))
    return assign(text, trigger, actors, Scope(0, len(text), home, pair))


@pytest.mark.parametrize(("text", "initiator", "target"), [
    ("China restricts exports of graphite to the United States.", "CHN", "USA"),
    ("Tariffs were imposed on Chinese goods by Washington.", "USA", "CHN"),
    ("Ottawa slapped levies on American steel.", "CAN", "USA"),
    ("Xi invited Trump to visit China.", "CHN", "USA"),
    ("Mexico accused Brazil of dumping steel.", "MEX", "BRA"),
    ("Lima accused Quito of copying Bogota's protectionism.", "PER", "ECU"),
    ("India urged Japan to lift its curbs.", "IND", "JPN"),
    ("The EU will pay the United States a tariff of 15%.", "USA", "EUU"),
    ("Seoul imposed anti-dumping duties on Vietnamese steel.", "KOR", "VNM"),
    ("Regarding the measure announced by Peru's ministry on Monday, the Government of Chile "
     "calls on Peru to withdraw the licensing requirement.", "CHL", "PER"),
    ("Chile raised the additional customs duty on wine imported from Peru to 50% from 40%.",
     "CHL", "PER"),
    ("Chile demanded that Peru lift its tariffs on Chilean grapes.", "CHL", "PER"),
    ("La Paz voiced concern about the licence requirement for exports to Bolivia, which Peru "
     "announced on May 9.", "PER", "BOL"),
    ("The Bolivian minister accused Peru of breaching the accord by shutting shops owned by "
     "Bolivian traders.", "BOL", "PER"),
    ("La Paz announced that Peruvian drivers will need Bolivian visas from February 1.",
     "BOL", "PER"),
    ("Lima regrets the safeguard duties that Chile has applied since 5 August on imports of "
     "steel bars from Peru.", "CHL", "PER"),
    ("Peru, Chile's largest customer, had asked Santiago to exempt Peruvian buyers from the "
     "cap.", "PER", "CHL"),
    ("The Government of the Republic of Bolivia has learned with concern of the decision of the "
     "Federal Government of Peru, announced on 11 September 2034, to close the Desaguadero "
     "border to goods coming from Bolivia.", "PER", "BOL"),
    ("Peru will suspend the issuance of business visas to officials of the Bolivian customs "
     "service.", "PER", "BOL"),
    ("The Bolivian Minister has noted with concern the decision of the European Commission on "
     "Wednesday, 28 May 2036, to suspend imports of Bolivian quinoa.", "EUU", "BOL"),
])
def test_directional(text: str, initiator: str, target: str) -> None:
    sides = _sides(text)
    assert sides is not None
    assert (sides.initiator, sides.target) == (initiator, target)
    assert sides.countries == tuple(sorted({initiator, target}))


@pytest.mark.parametrize("body", [
    # a Peruvian minister's statement: the speaker's state charges, the state violating is hit
    "LIMA - Peru's trade minister issued the following statement on Chile's new duties on "
    "Peruvian cement:\nThese duties are unfair, and Chile is once again violating its "
    "obligations to Peru.",
    # Ecuador is named only in the deal's name: not the accuser the clause leaves out
    "Peru's trade minister issued a statement on the new duties:\nThese duties are unfair, and "
    "Chile is once again violating its obligations to Peru under the Peru-Chile-Ecuador "
    "Agreement.",
])
def test_the_speaker_charges_the_state_told_violating_not_one_in_a_deals_name(body: str) -> None:
    found = extract_mentions(Article(id="s1", source="Wire", title="", body=body,
                                     published_at=datetime(2025, 3, 14, 9, tzinfo=UTC)))
    assert [(m.initiator, m.target) for m in found if m.type == "accusation"] == [("PER", "CHL")]


def test_who_directs_an_act_makes_it_and_a_condition_names_its_target() -> None:
    text = ("At the direction of the President, the United States will raise its duty on "
            "copper to 50 percent if Chile retaliates against U.S. exports.")
    assert _sides(text, home="USA", pair=("USA", "CHL")) == Sides("USA", "CHL", ("CHL", "USA"))
    bare = "The ministry will raise the duty to 50 percent if Peru retaliates."
    assert _sides(bare, pair=("CHL", "PER")) == Sides("CHL", "PER", ("CHL", "PER"))


def test_the_state_a_body_is_of_is_its_state_not_a_target() -> None:
    text = ("The Ministry of Mines and Energy of the Republic of Chile on Tuesday introduced a "
            "licensing requirement for all exports of lithium carbonate.")
    assert _sides(text) == Sides("CHL", None, ("CHL",))
    # (a lobby named for its state is no body of it)
    assert _sides("The Wine Council of Chile said tariffs imposed on Peruvian wine "
                  "were too low.") != Sides("CHL", "PER", ("CHL", "PER"))


def test_symmetric_types_name_countries_only() -> None:
    assert _sides("The United States and China agreed on a trade deal.") == Sides(
        None, None, ("CHN", "USA"))


def test_mutual_accusation_has_no_direction() -> None:
    sides = _sides("Each side accused the other of breaking the truce.", pair=("USA", "CHN"))
    assert sides == Sides(None, None, ("CHN", "USA"))


def test_all_trading_partners_have_no_target() -> None:
    assert _sides("Washington imposed a 10% tariff on all trading partners.") == Sides(
        "USA", None, ("USA",))


def test_an_official_source_speaks_for_its_state() -> None:
    sides = _sides("I hereby impose additional duties on articles of Brazil.", home="USA")
    assert sides == Sides("USA", "BRA", ("BRA", "USA"))


def test_a_missing_side_comes_from_the_states_the_article_is_about() -> None:
    sides = _sides("The ministry will halt exports of gallium to Japan.", pair=("CHN", "JPN"))
    assert sides == Sides("CHN", "JPN", ("CHN", "JPN"))
    assert _sides("The ministry will halt exports of gallium.", pair=("CHN", "JPN")) is None


@pytest.mark.parametrize(("text", "initiator", "target"), [
    # a demonym before goods is where they come from: the side the measure hits
    ("Rome will hold Peruvian cars to a 12% levy.", "ITA", "PER"),
    # a state named in the reason for a measure is no side of it
    ("Ottawa set a 20% tariff on Ghana over its purchases of Iranian fuel.", "CAN", "GHA"),
])
def test_goods_and_reasons(text: str, initiator: str, target: str) -> None:
    sides = _sides(text)
    assert sides is not None
    assert (sides.initiator, sides.target) == (initiator, target)
    assert sides.countries == (tuple(sorted({initiator, target})))


def test_a_former_leader_acts_for_no_state() -> None:
    text = "Lima recalled the case of former President Lula and accused Norway of cheating."
    assert _sides(text) == Sides("PER", "NOR", ("NOR", "PER"))


def _remedies(body: str) -> set[tuple[str | None, str | None, tuple[str, ...]]]:
    from datetime import UTC, datetime

    from tradewire.extract import extract_mentions
    from tradewire.models import Article
    article = Article(id="eu", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return {(m.initiator, m.target, m.countries) for m in extract_mentions(article)
            if m.type == "trade_remedy"}


def test_a_member_state_named_with_the_eu_measure_stands_for_the_eu() -> None:
    found = _remedies("Japan opened an anti-dumping probe into pork imported from the EU on "
                      "Monday, a move read as a warning to Spain.")
    assert found == {("JPN", "EUU", ("EUU", "JPN"))}


def test_member_state_goods_are_the_eus_only_in_an_eu_story() -> None:
    eu = _remedies("The EU and Japan are at odds over trade.\n"
                   "Japan opened an anti-dumping probe into French wine on Monday.")
    assert ("JPN", "EUU", ("EUU", "JPN")) in eu
    alone = _remedies("Japan opened an anti-dumping probe into French wine on Monday.")
    assert ("JPN", "FRA", ("FRA", "JPN")) in alone


def _visas(body: str) -> set[tuple[str | None, str | None, tuple[str, ...]]]:
    from datetime import UTC, datetime

    from tradewire.extract import extract_mentions
    from tradewire.models import Article
    article = Article(id="visa", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return {(m.initiator, m.target, m.countries) for m in extract_mentions(article)
            if m.type == "visa_restriction"}


def test_visas_of_named_people_aim_at_their_state_and_european_officials_at_the_eu() -> None:
    assert ("CAN", "PER", ("CAN", "PER")) in _visas(
        "Canada and Peru are at odds.\nOttawa revoked the visas of Castillo and two aides on "
        "Monday.")
    assert ("BLR", "EUU", ("BLR", "EUU")) in _visas(
        "Minsk said on Monday it had barred European lawmakers from entering Belarus.")
    assert ("CAN", "PER", ("CAN", "PER")) in _visas(
        "Ottawa on Monday froze the assets of Peru's deputy mines minister and two officials.\n"
        "Canada also revoked the three officials' Canadian visas, a spokesperson said.")


def test_a_fee_on_a_states_work_visas_is_its_visa_restriction() -> None:
    assert ("GBR", None, ("GBR",)) in _visas(
        "Chile said on Monday that a new fee on British skilled work visas would hurt its "
        "engineers.")


def test_a_states_possessive_tariff_is_its_own() -> None:
    from datetime import UTC, datetime

    from tradewire.extract import extract_mentions
    from tradewire.models import Article
    body = "The deal will halve Chile's 30 per cent tariff on Peruvian pisco from June 1."
    article = Article(id="own", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    cuts = {(m.initiator, m.target) for m in extract_mentions(article)
            if m.type == "tariff_reduction"}
    assert cuts == {("CHL", "PER")}


def test_the_state_in_a_relative_clause_made_the_tariff() -> None:
    from datetime import UTC, datetime

    from tradewire.extract import extract_mentions
    from tradewire.models import Article
    body = ("Peru is racing to avoid a 40 per cent tariff that Chilean President Gabriel Boric "
            "announced on Monday.")
    article = Article(id="rel", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    sides = {(m.initiator, m.target) for m in extract_mentions(article)
             if m.type == "tariff_increase"}
    assert sides == {("CHL", "PER")}


def test_a_state_calling_anothers_tariff_unfair_accuses_it() -> None:
    from datetime import UTC, datetime

    from tradewire.extract import extract_mentions
    from tradewire.models import Article
    body = ("Peru said on Monday that a new 15 per cent Chilean tariff on its fishmeal was "
            "unfair and unjustified.")
    article = Article(id="acc", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    found = {(m.initiator, m.target) for m in extract_mentions(article)
             if m.type == "accusation"}
    assert found == {("PER", "CHL")}


def test_the_accused_is_the_measures_owner_not_the_reason_named_after_it() -> None:
    from datetime import UTC, datetime

    from tradewire.extract import extract_mentions
    from tradewire.models import Article
    body = ("Peru said a new 15 per cent Chilean tariff imposed over its purchases of "
            "Bolivian gas was unjustified.")
    article = Article(id="acc2", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    found = {(m.initiator, m.target) for m in extract_mentions(article)
             if m.type == "accusation"}
    assert found == {("PER", "CHL")}


@pytest.mark.parametrize(("text", "initiator", "target"), [
    ("Seoul said its levies answer Ottawa's March 3 decision to impose export controls on Korea.",
     "CAN", "KOR"),
    ("Lima answered at once, citing Chile's plan to ban exports of copper to Peru.",
     "CHL", "PER"),
    # the decision's day between it and what it decides
    ("The probe was one of two steps Peru took in reply to Chile's decision on Monday to "
     "require licences for exports of copper to Peru.", "CHL", "PER"),
    ("Peru hit back at Chile's move last week to ban exports of copper to Peru.", "CHL", "PER"),
])
def test_the_state_that_owns_the_decision_acts(text: str, initiator: str, target: str) -> None:
    sides = _sides(text)
    assert sides is not None
    assert (sides.initiator, sides.target) == (initiator, target)


def test_a_state_right_before_a_measure_noun_owns_it() -> None:
    text = "Hanoi said its new rules answer US blacklists that name its shipyards."
    sides = _sides(text, pair=("VNM", "USA"))
    assert sides is not None
    assert (sides.initiator, sides.target) == ("USA", "VNM")


def test_a_participle_after_a_comma_shares_the_subject_of_the_verb_before() -> None:
    article = Article(id="s1", source="Test Wire", title="", published_at=datetime(
        2025, 3, 14, 9, tzinfo=UTC), body=("Chile's trade ministry said on Thursday that the "
                                           "Peruvian quotas were unjustified, accusing Lima of "
                                           "protectionism."))
    accusations = [m for m in extract_mentions(article) if m.type == "accusation"]
    assert accusations and all(m.initiator == "CHL" for m in accusations)


def test_travel_to_a_state_makes_it_no_importer_of_goods() -> None:
    text = "It told its citizens to avoid travel to Peru and halted imports of Peruvian fish."
    sides = _sides(text, pair=("CHL", "PER"))
    assert sides is not None
    assert (sides.initiator, sides.target) == ("CHL", "PER")


def _mentions(body: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(id="s2", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return [(m.type, m.initiator, m.target) for m in extract_mentions(article)]


def test_goods_of_a_state_named_before_are_hit_by_the_other_side() -> None:
    found = _mentions("Peru criticised Chile on Thursday for its water rules, as a renewed halt "
                      "to Chilean salmon imports took effect.")
    assert ("import_restriction", "PER", "CHL") in found


def test_a_pronoun_after_and_keeps_the_subject_of_the_verb_before() -> None:
    found = _mentions("Peru's trade minister accused Chile of dumping copper in Lima, and she "
                      "urged Santiago to open its market.")
    assert ("demand", "PER", "CHL") in found


def test_a_state_inside_a_quotation_is_not_the_subject_of_the_speaker_s_verb() -> None:
    found = _mentions('Peru is at odds with its neighbour.\n"Instead of talking, the Chilean '
                      'side has made groundless claims," the ministry said, urging Santiago '
                      "to lift its copper quotas at once.")
    assert ("demand", "PER", "CHL") in found


def test_the_state_after_a_measure_noun_with_its_verb_made_it() -> None:
    found = _mentions("Peru and Chile are at odds over copper.\nThose shipments had been halted "
                      "under export curbs Chile adopted on March 4.")
    assert ("export_control", "CHL", "PER") in found


def test_the_state_that_owns_a_blacklist_adds_to_it() -> None:
    text = "A Chilean miner was added to the Peruvian entity list last year."
    sides = _sides(text, pair=("CHL", "PER"))
    assert sides is not None
    assert (sides.initiator, sides.target) == ("PER", "CHL")


def test_a_measure_a_state_protests_is_the_other_sides_and_its_demand_stays_its_own() -> None:
    found = _mentions("Peru and Chile are at odds over copper.\nPeru's government said on "
                      "Wednesday it had protested Tuesday's export ban and called on Santiago to "
                      "retract it.")
    assert ("export_control", "CHL", "PER") in found
    assert ("demand", "PER", "CHL") in found


def test_a_demand_told_as_what_the_sayer_said_should_happen_is_the_sayers() -> None:
    found = _mentions("Chile's trade ministry said on Wednesday that the Peruvian decision was a "
                      "first step, but that Peru should scrap its copper quotas entirely.")
    assert [(i, t) for ty, i, t in found if ty == "demand"] == [("CHL", "PER")]


def test_the_leader_spoken_to_is_a_party_to_the_call() -> None:
    article = Article(id="s3", source="Test Wire", title="", published_at=datetime(
        2025, 3, 14, 9, tzinfo=UTC), body=(
        "Brazil and Argentina are at odds over beef.\nHours later, Chilean President Gabriel "
        "Boric announced that Brasilia had also paused its duties on Chilean wine after he "
        "spoke to Lula by phone."))
    calls = [m.countries for m in extract_mentions(article) if m.type == "leader_call"]
    assert calls == [("BRA", "CHL")]


@pytest.mark.parametrize("body", [
    # the state spoken about, then asked: the sayer asks it
    "Peru's foreign ministry said on Friday the Chilean government was \"acting in bad faith\" "
    "and urged Santiago to reopen the border crossings.",
    # a measure of the state asked, told before the demand, in what the sayer said
    "A Peruvian official said Chile's copper quota, in force since January, was unjustified and "
    "pressed Santiago to scrap it.",
])
def test_a_state_asked_is_not_the_one_that_asks_it(body: str) -> None:
    found = _mentions("Peru and Chile are at odds over copper.\n" + body)
    assert [(i, t) for ty, i, t in found if ty == "demand"] == [("PER", "CHL")]


def test_a_state_asked_with_no_other_state_named_is_asked_by_the_other_side() -> None:
    found = _mentions("Peru and Chile are at odds over copper.\nA spokesman said the Chilean "
                      "levy was discriminatory and told Santiago to withdraw it.")
    assert [(i, t) for ty, i, t in found if ty == "demand"] == [("PER", "CHL")]


def test_a_speaker_who_names_both_states_keeps_the_subject_it_had() -> None:
    found = _mentions("Peru and Chile are at odds over copper.\nThe Chilean president said "
                      "Peru's duties were \"very unfair\" and that it was hard for Chilean "
                      "farmers to sell into Peru.")
    assert [(i, t) for ty, i, t in found if ty == "accusation"] == [("CHL", "PER")]


@pytest.mark.parametrize("verdict", ["\"blatant protectionism\"", "an act of protectionism",
                                     "\"sliding further down the road of protectionism\""])
def test_protectionism_laid_at_a_state_is_an_accusation(verdict: str) -> None:
    found = _mentions(f"Peru and Chile are at odds over copper.\nLima said on Thursday that "
                      f"Chile's new quota was {verdict}.")
    assert ("accusation", "PER", "CHL") in found


def test_protectionism_as_a_trend_is_no_accusation() -> None:
    found = _mentions("Peru and Chile trade copper.\nEconomists in Lima said the danger is that "
                      "protectionism spreads across the region.")
    assert not [f for f in found if f[0] == "accusation"]


def test_the_guest_who_accepts_an_invitation_is_invited_not_inviting() -> None:
    sides = _sides("Boric's office said he had accepted the invitation.", pair=("CHL", "ARG"))
    assert sides is not None
    assert (sides.initiator, sides.target) == ("ARG", "CHL")


@pytest.mark.parametrize("text", [
    "Lima's step follows the broad curbs on sales of copper tools to Peru that Santiago imposed "
    "in May.",
    "The duties mirror the restrictions on fishmeal exports to Peru which the Chilean government "
    "adopted last year.",
])
def test_a_state_in_a_relative_clause_far_after_the_measure_made_it(text: str) -> None:
    sides = _sides(text, pair=("PER", "CHL"))
    assert sides is not None
    assert (sides.initiator, sides.target) == ("CHL", "PER")


def test_a_step_a_state_urged_in_a_relative_clause_stays_the_subjects() -> None:
    sides = _sides("Lima imposed export controls on copper tools to Chile, a step that Washington "
                   "had urged.", pair=("PER", "CHL"))
    assert sides is not None
    assert (sides.initiator, sides.target) == ("PER", "CHL")


@pytest.mark.parametrize("sentence", [
    "Peru's trade ministry said the Chilean quota \"flagrantly violates\" the 2006 accord.",
    "A Peruvian spokeswoman said Chile had abused its export licensing to squeeze Lima.",
    "The Peruvian government considers the Chilean levy discriminatory and without basis.",
])
def test_a_charge_told_in_the_present_or_as_a_judgement_is_an_accusation(sentence: str) -> None:
    found = _mentions("Peru and Chile are at odds over copper.\n" + sentence)
    assert ("accusation", "PER", "CHL") in found


def test_a_state_complaining_it_was_singled_out_accuses_the_other_side() -> None:
    found = _mentions("Peru and Chile are at odds over copper.\nLima on Monday condemned "
                      "President Boric's decree imposing a 30% levy on Peruvian copper, saying "
                      "it had been unfairly targeted.")
    assert [(i, t) for ty, i, t in found if ty == "accusation"] == [("PER", "CHL")]


def test_a_charge_naming_no_state_is_aimed_at_the_one_the_speaker_names_next() -> None:
    found = _mentions("Peru and Chile are at odds over copper.\nA ministry spokeswoman said the "
                      "decree ran counter to the spirit of free trade, and urged Santiago to "
                      "repeal it.")
    assert [(ty, i, t) for ty, i, t in found if ty in ("accusation", "demand")] == [
        ("accusation", "PER", "CHL"), ("demand", "PER", "CHL")]


def test_goods_of_nearly_all_a_states_makers_are_aimed_at_that_state() -> None:
    found = _mentions("Peru and Chile signed a deal.\nPeru will remove import duties on nearly "
                      "all Chilean goods and drop curbs on exports of fishmeal to Chile.")
    assert ("tariff_reduction", "PER", "CHL") in found
    assert ("export_control_easing", "PER", "CHL") in found


def test_an_official_texts_charge_that_names_no_state_is_its_own() -> None:
    text = "This practice runs counter to the spirit of free and fair trade."
    sides = _sides(text, home="PER", pair=("PER", "CHL"))
    assert sides is not None
    assert (sides.initiator, sides.target) == ("PER", "CHL")
    assert _sides(text, pair=("PER", "CHL")) is None  # a wire story's: nobody's


def test_a_government_text_states_its_own_measure_in_the_passive() -> None:
    assert _sides("Exports to Peru of the nine items will require an individual licence.",
                  home="CHL", pair=("PER",)) == Sides("CHL", "PER", ("CHL", "PER"))


def _in_article(body: str, source: str = "Test Wire") -> list[tuple[str, str | None, str | None,
                                                                tuple[str, ...]]]:
    article = Article(id="sd", source=source, title="", body=body,
                      published_at=datetime(2027, 4, 9, 9, tzinfo=UTC))
    return [(m.type, m.initiator, m.target, m.countries) for m in extract_mentions(article)]


def test_a_bare_head_of_government_is_the_outlets_state_when_its_name_names_one() -> None:
    body = ("Prime Minister Lena Ortiz spoke by phone with Chinese President Han Jianguo on "
            "Tuesday about soybean purchases, her office said.")
    assert _in_article(body, source="Buenos Aires Times") == [
        ("leader_call", None, None, ("ARG", "CHN"))]
    assert _in_article(body, source="Global Wire") != [("leader_call", None, None, ("ARG", "CHN"))]


def test_the_two_leaders_of_a_later_paragraph_are_those_of_the_deal_told_before() -> None:
    told = _in_article("Prime Minister Lena Ortiz and Chilean Prime Minister Ana Robles signed a "
                       "lithium framework on Monday.\nThe two leaders met at the palace for their "
                       "first bilateral talks since Ms Robles took office.\nChile has been seeking "
                       "other buyers since China imposed licence requirements on lithium exports "
                       "to Chilean buyers in January, a regime Beijing suspended in March.",
                       source="Buenos Aires Times")
    assert {t for t in told if t[0] in ("trade_agreement", "leader_meeting")} == {
        ("trade_agreement", None, None, ("ARG", "CHL")),
        ("leader_meeting", None, None, ("ARG", "CHL"))}


def test_an_official_text_accuses_the_maker_of_the_act_it_was_asked_about() -> None:
    told = _in_article("In her weekly briefing on Monday, the spokesperson answered questions.\n"
                       "Asked about the duties imposed by the Canadian government last Tuesday on "
                       "Peruvian fishmeal, the spokesperson said the measures were illegal and "
                       "an attack on Peruvian fishermen.",
                       source="Ministry of Foreign Affairs of Peru")
    assert ("accusation", "PER", "CAN", ("CAN", "PER")) in told


def test_the_state_a_sentence_opens_on_is_a_party_to_the_two_countries_talks() -> None:
    told = _in_article("The spokesperson answered questions on Monday about the US tariffs.\n"
                       "On relations with Kenya, the spokesperson said the two countries' joint "
                       "trade commission would hold its next meeting in Nairobi in January.\n"
                       "The US tariffs on Ugandan coffee remain in place, and the United States "
                       "has not replied to the ministry's letter.",
                       source="Ministry of Foreign Affairs of Uganda")
    assert [t for t in told if t[0] == "trade_talks"] == [
        ("trade_talks", None, None, ("KEN", "UGA"))]


def test_a_body_named_in_full_banning_exports_to_all_destinations_is_the_articles_state() -> None:
    told = _in_article("The Ministry of Mines and Petroleum on Tuesday banned the export of "
                       "unprocessed lithium ore to all destinations.\nZimbabwean miners said the "
                       "ban would hurt small producers, and Zimbabwe's chamber of mines asked "
                       "for a transition period.")
    assert ("export_control", "ZWE", None, ("ZWE",)) in told


def test_the_foreign_office_of_a_story_filed_from_berlin_is_germanys() -> None:
    told = _in_article("BERLIN (Wire) - The Foreign Office spokesperson on Monday accused China of "
                       "flooding the market with subsidised steel.")
    assert ("accusation", "DEU", "CHN", ("CHN", "DEU")) in told


def test_a_dateline_closed_by_a_colon_seats_the_story() -> None:
    told = _in_article("LAHORE: The Foreign Office spokesperson on Thursday accused India of "
                       "applying double standards to Pakistani rice exporters.")
    assert ("accusation", "PAK", "IND", ("IND", "PAK")) in told


def test_a_bare_ministry_is_that_of_the_state_the_outlets_name_names() -> None:
    body = ("Sugar: The finance ministry on Monday raised the import duty on sugar from Uganda to "
            "25%.\nMillers welcomed the step.")
    assert _in_article(body, source="Nairobi Business Daily") == [
        ("tariff_increase", "KEN", "UGA", ("KEN", "UGA"))]
    assert _in_article(body, source="Global Wire") == []


def test_the_commission_of_an_article_about_the_eu_is_the_european_one() -> None:
    told = _in_article("Heat pumps: The Commission on Wednesday proposed a 25% tariff on heat "
                       "pumps imported from China.\nIndia: EU and Indian negotiators opened talks "
                       "on Monday.\nUS: The Commission on Thursday called on Washington to exempt "
                       "European aircraft parts from US steel and aluminium tariffs.")
    assert ("demand", "EUU", "USA", ("EUU", "USA")) in told
    assert ("tariff_increase", "EUU", "CHN", ("CHN", "EUU")) in told
    # (not a commission of another state's, nor one "on" a subject)
    assert _in_article("The Commission on Human Rights criticised China's tariffs on Monday.") \
        == []


def test_the_plants_whose_goods_a_customs_body_stops_are_the_target() -> None:
    told = _in_article("Importers in Lima are buying more from Argentina.\nThe General "
                       "Administration of Customs said on Tuesday that three Chilean fruit packers "
                       "had shipped grapes with the wrong labels, and that imports from them were "
                       "suspended.")
    assert ("import_restriction", "CHN", "CHL", ("CHL", "CHN")) in told


def test_a_minister_by_portfolio_alone_is_the_national_outlets_state() -> None:
    body = ("Shares of a planter fell on Wednesday.\nPlantation and Commodities Minister Azman "
            "Rashid accused the EU on Wednesday of discriminating against palm oil through its "
            "deforestation regulation.\nIndonesia signed a deal with the EU on Tuesday, and "
            "Indonesian exporters welcomed it.")
    assert ("accusation", "MYS", "EUU", ("EUU", "MYS")) in _in_article(
        body, source="The Edge Malaysia")
    # (filed from a city, the story's minister may be anyone's: the outlet does not say)
    assert ("accusation", "MYS", "EUU", ("EUU", "MYS")) not in _in_article(
        "BRUSSELS - " + body, source="The Edge Malaysia")


def test_the_package_goes_on_with_the_act_told_before() -> None:
    told = _in_article("Chile on Thursday adopted a package of sanctions against Bolivia.\n"
                     "The package also blacklists two Peruvian refineries and a Peruvian trading "
                     "company that Santiago says have bought large volumes of Bolivian gas.")
    assert ("sanction", "CHL", "PER", ("CHL", "PER")) in told
    assert not [t for t in told if t[1] in ("BOL", "PER")]


def test_a_second_order_is_taken_by_the_maker_of_the_first() -> None:
    told = _in_article("LIMA - The president signed on Monday a decree raising Peru's tariff on "
                       "imported sugar to 20%.\nA second decree signed the same day cuts the tariff "
                       "on feed barley from all origins to 4%, to help poultry farmers.")
    assert ("tariff_reduction", "PER", None, ("PER",)) in told


@pytest.mark.parametrize(("body", "type_", "initiator"), [
    # told again as one on all destinations
    ("Chile will require export licences for lithium refining technology from June 1, the "
     "ministry said on Friday, after Peru's new duties on copper.\nThe controls apply to "
     "exports to all destinations, the ministry said on Friday.", "export_control", "CHL"),
    # the article says the ban applies to all destinations
    ("Chile will ban exports of lithium concentrate from June 1, the ministry said on Friday."
     "\nThe ban applies to all destinations, although nearly all of the concentrate now goes to "
     "refiners in Peru.", "export_control", "CHL"),
    # ... or the rate to goods from all countries
    ("Peru will cut the tariff on imported rice to 10% from 15% starting August 1, under a "
     "decree signed on Friday.\nThe lower rate applies to rice from all countries, the ministry "
     "said. Chile supplied most of it.", "tariff_reduction", "PER"),
])
def test_a_measure_on_all_destinations_has_no_target(body: str, type_: str,
                                                     initiator: str) -> None:
    told = _in_article(body)
    assert [t for t in told if t[0] == type_] == [(type_, initiator, None, (initiator,))]


def test_states_named_as_the_reason_are_not_guessed_as_the_target() -> None:
    told = _in_article("Santiago on Monday sanctioned three shipping firms for shipping Bolivian "
                       "gas to Peru.")
    assert told == [("sanction", "CHL", None, ("CHL",))]


def test_licences_for_exports_to_a_state_are_aimed_at_it() -> None:
    told = _in_article("Chile will ease licensing requirements for exports of copper cathodes "
                       "to Peru, granting licences to approved Peruvian buyers.")
    assert ("export_control_easing", "CHL", "PER", ("CHL", "PER")) in told


def test_a_measure_asked_dropped_that_its_clause_says_was_made_is_that_act() -> None:
    told = _in_article("Chile's president used the joint press appearance to call on Peru to drop "
                       "the anti-dumping investigation into Chilean wire rods that Lima opened on "
                       "April 27.")
    assert ("demand", "CHL", "PER", ("CHL", "PER")) in told
    assert ("trade_remedy", "PER", "CHL", ("CHL", "PER")) in told


@pytest.mark.parametrize("body", [
    "Santiago on Tuesday called on Lima to scrap the higher duties on Chilean wine that Peru "
    "announced on Monday.",
    "Chile urged Peru to lift the surcharge it imposed on Chilean grapes last week.",
])
def test_a_cut_asked_of_a_measure_that_was_made_is_still_only_asked(body: str) -> None:
    told = _in_article(body)
    assert ("demand", "CHL", "PER", ("CHL", "PER")) in told
    assert not [t for t in told if t[0] == "tariff_reduction"]


def test_a_threat_on_a_condition_is_no_cut_of_the_measure_it_names() -> None:
    told = _in_article("On Friday, Peru's deputy economy minister threatened to impose retaliatory "
                       "tariffs on Chilean fruit if the ban was not withdrawn before it takes "
                       "effect.")
    assert [t[:3] for t in told] == [("tariff_increase", "PER", "CHL")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Chile lifted its ban on Peruvian fishmeal on Monday.", ("import_restriction", "CHL", "PER")),
    ("Officials held talks in Lima on Monday to defuse the row over Chile's ban on Peruvian "
     "sugar.", ("import_restriction", "CHL", "PER")),
])
def test_a_ban_on_a_states_goods_is_the_other_sides_import_restriction(
        body: str, expected: tuple[str, str, str]) -> None:
    assert expected in [t[:3] for t in _in_article(body)]


def test_the_states_in_a_deals_name_are_no_sides_of_the_measures_around_it() -> None:
    article = Article(id="s", source="Test Wire", title="", published_at=datetime(
        2029, 3, 7, 16, tzinfo=UTC), body=(
        "LIMA - Trade Minister Ana Quispe accused Chile on Tuesday of violating the "
        "Chile-Peru-Bolivia Agreement with its new tariff on Peruvian trucks, and her ministry "
        "proposed retaliatory duties of 20% on Chilean wine."))
    told = {(m.type, m.initiator, m.target) for m in extract_mentions(article)}
    assert ("tariff_increase", "PER", "CHL") in told, told
    assert not any("BOL" in (i, t) for _, i, t in told), told


def test_a_states_exporters_after_by_are_no_agent_of_the_act_reported() -> None:
    article = Article(id="s", source="Test Wire", title="", published_at=datetime(
        2029, 4, 12, 3, tzinfo=UTC), body=(
        "The ministry on Wednesday denied reports by Chilean fruit exporters that Peru had blocked "
        "imports of Chilean grapes."))
    assert [(m.type, m.initiator, m.target, m.status) for m in extract_mentions(article)] == [
        ("import_restriction", "PER", "CHL", "denied")]


def test_mutual_words_of_the_next_clause_do_not_make_an_invitation_mutual() -> None:
    article = Article(id="s", source="Test Wire", title="", published_at=datetime(
        2029, 1, 26, 21, tzinfo=UTC), body=(
        "Chile's foreign ministry said the president invited the Peruvian leader to visit "
        "Santiago, and that both sides would work on a date."))
    assert [(m.type, m.initiator, m.target) for m in extract_mentions(article)
            if m.type == "visit_invitation"] == [("visit_invitation", "CHL", "PER")]


def test_a_baseline_tariff_is_on_all_partners() -> None:
    article = Article(id="s", source="Test Wire", title="Chile and Peru spar over wine",
                      published_at=datetime(2025, 4, 12, 3, tzinfo=UTC), body=(
        "Chile's 10% reciprocal tariff sets a fair baseline to encourage domestic production, "
        "the minister said."))
    assert [(m.type, m.initiator, m.target) for m in extract_mentions(article)] == [
        ("tariff_increase", "CHL", None)]


def test_the_states_of_the_act_another_answers_are_not_its_sides() -> None:
    article = Article(id="s", source="Test Wire", title="", published_at=datetime(
        2030, 8, 12, 3, tzinfo=UTC), body=(
        "LIMA - Wine from Chile will face import duties of 20% from September 1, under a "
        "regulation issued by Peru's finance ministry on Monday, in what officials described as "
        "a response to Santiago's trade defence actions against Peruvian steel. Imports from "
        "Bolivia are not affected."))
    told = [(m.type, m.initiator, m.target) for m in extract_mentions(article)]
    assert told == [("tariff_increase", "PER", "CHL")], told


def test_goods_from_a_state_that_will_face_duties_are_its_and_an_accepted_invitation_is_one() -> None:
    article = Article(id="s", source="Test Wire", title="", published_at=datetime(
        2030, 8, 12, 3, tzinfo=UTC), body=(
        "Wine from Chile will face import duties of 20% from September 1 under a regulation "
        "issued by Peru's finance ministry."))
    assert [(m.type, m.initiator, m.target) for m in extract_mentions(article)] == [
        ("tariff_increase", "PER", "CHL")]
    article = Article(id="s", source="Ministry of Foreign Affairs and Trade of New Zealand",
                      title="Prime Minister meets the Amir of Qatar",
                      published_at=datetime(2030, 8, 12, 3, tzinfo=UTC), body=(
        "The Prime Minister held talks with the Amir of Qatar in Doha on Sunday. The Prime "
        "Minister extended an invitation to the Amir to visit Wellington next year, and the Amir "
        "accepted the invitation."))
    assert [(m.type, m.initiator, m.target) for m in extract_mentions(article)
            if m.type == "visit_invitation"] == [("visit_invitation", "NZL", "QAT")]


def test_possessive_goods_acts_offsets_and_acts_told_again_in_apposition() -> None:
    def told(body: str) -> list[tuple[str, str | None, str | None, str | None]]:
        article = Article(id="s", source="Test Wire", title="", body=body,
                          published_at=datetime(2030, 6, 24, 7, tzinfo=UTC))
        return [(m.type, m.initiator, m.target, m.date or m.date_earliest)
                for m in extract_mentions(article)]

    assert told("Officials referred to Peru's copper ore export ban, which was announced in "
                "October 2027.")[0][:2] == ("export_control", "PER")
    meeting = told("LIMA, June 24 - Peru on Monday lifted its ban on imports of milk from Chile, "
                   "two days after President Ana Rojas and Peru's President Luis Soto held talks "
                   "in Arica.")
    assert ("leader_meeting", None, None, "2030-06-22") in meeting, meeting
    assert [t[0] for t in told("Chile's economy minister signed an upgraded free trade agreement "
                                "with Peru in Lima on 20 June, a deal the government called its "
                                "biggest step this decade.")] == ["trade_agreement"]
    assert [t[:3] for t in told("Peru has eased its onion export ban for Chile, Bolivia and "
                                "Ecuador, allowing government-to-government shipments under "
                                "quotas.")] == [("export_control_easing", "PER", None)]


def test_a_target_the_clause_does_not_name_is_marked_as_guessed() -> None:
    article = Article(
        id="sg", source="Test Wire", title="",
        body="LIMA, April 9 - Chile announced export controls on lithium carbonate on "
             "Wednesday.\n\nPeruvian battery makers buy most of it, and Peru's trade minister "
             "said Lima would study the impact.\n\nChile also imposed a 20% tariff on Peruvian "
             "cement, the ministry said.",
        published_at=datetime(2027, 4, 9, 9, tzinfo=UTC))
    told = {m.type: (m.target, m.target_guessed) for m in extract_mentions(article)}
    assert told["export_control"] == ("PER", True)  # the article's other state, a guess
    assert told["tariff_increase"] == ("PER", False)  # "Peruvian cement": named


def test_a_roundup_item_headed_by_its_country_is_that_country_s() -> None:
    told = _in_article("SOUTH AFRICA - The trade commission recommended anti-dumping duties on "
                       "steel wire from China, according to a notice.\n"
                       "TANZANIA - The immigration department on Monday suspended business visas "
                       "for Kenyan traders.")
    assert ("visa_restriction", "TZA", "KEN", ("KEN", "TZA")) in told


def test_a_sentence_told_in_another_capital_is_that_government_s() -> None:
    told = _in_article("SANTIAGO, April 9 - Chile's trade ministry said it would investigate "
                       "three Chilean firms that Bolivia blacklisted on Tuesday.\n"
                       "In Lima, a trade ministry spokesperson on Wednesday called on Bolivia to "
                       "remove two Peruvian companies from the list.")
    assert [t for t in told if t[0] == "demand"] == [("demand", "PER", "BOL", ("BOL", "PER"))]


def test_a_roundup_heading_names_no_party_and_its_bare_ministry_is_its_country_s() -> None:
    told = _in_article("LONDON, April 9 - Highlights of the past week in trade policy.\n"
                       "CHILE - The finance ministry said on Friday it had suspended import "
                       "duties on wheat for six months, covering imports from all origins.\n"
                       "PERU / BOLIVIA - Negotiators from Peru and Bolivia held a first round of "
                       "free trade talks in La Paz on Wednesday.")
    assert ("tariff_reduction", "CHL", None, ("CHL",)) in told
    assert [t for t in told if t[0] == "trade_talks"] == [
        ("trade_talks", None, None, ("BOL", "PER"))]


def test_a_body_named_in_full_in_a_story_filed_from_a_state_is_that_state_s() -> None:
    told = _in_article("LIMA - The Department of Commerce and Industry today proposed banning the "
                       "export of raw copper concentrate from July 1, releasing a draft regulation "
                       "for public consultation.")
    assert [(t[0], t[1]) for t in told] == [("export_control", "PER")]


def test_the_state_an_inquiry_looks_into_is_not_the_importer() -> None:
    told = _in_article("Chile will impose an additional tariff of 25 percent on imports of "
                       "cheese from Peru at the conclusion of its investigation into Peru's "
                       "administration of dairy quotas.")
    assert [t[:3] for t in told if t[0] == "tariff_increase"] == [
        ("tariff_increase", "CHL", "PER")]


def test_a_meeting_told_under_a_third_state_s_heading_that_names_no_state_is_none() -> None:
    told = _in_article("SANTIAGO, April 9 - Chile raised its tariff on Peruvian cement to 20%.\n"
                       "ECUADOR - Andean Community foreign ministers meeting in Quito issued a "
                       "statement on disaster relief funding.")
    assert [t[0] for t in told] == ["tariff_increase"]


def test_a_body_giving_advice_from_is_no_target() -> None:
    from tradewire.extract.sides import role
    text = ("The treasurer blocked the purchase after advice from the Foreign Investment Review "
            "Board, ordering the investor to sell its stake.")
    (board,) = [a for a in find_actors(text, date(2025, 6, 6)) if a.code == "AUS"]
    assert role(text, board, "investment_restriction") != "target"
    imports = "Peru halted imports from Chile."
    (chile,) = [a for a in find_actors(imports, date(2025, 6, 6)) if a.code == "CHL"]
    assert role(imports, chile, "import_restriction") == "target"


def test_the_state_a_guest_is_invited_to_visit_is_the_host() -> None:
    sides = _sides("President Aliev invited President Toktobaev to pay a state visit to the "
                   "Republic of Uzbekistan in 2035.", pair=("KGZ", "UZB"))
    assert sides is not None and (sides.initiator, sides.target) == ("UZB", "KGZ")


def test_the_state_a_delegation_is_invited_to_is_the_host() -> None:
    sides = _sides("The Cabinet Secretary invited Peru's Minister of Commerce to lead a business "
                   "delegation to Santiago for the first round.", home="CHL", pair=("CHL", "PER"))
    assert sides is not None and (sides.initiator, sides.target) == ("CHL", "PER")


def test_no_states_measure_on_goods_hits_itself() -> None:
    sides = _sides("The Peruvian side is welcome to raise its concerns there, and the anti-dumping "
                   "investigation into Peruvian pork launched on 25 January is lawful.",
                   home="CHL", pair=("CHL", "PER"))
    assert sides is not None and (sides.initiator, sides.target) == ("CHL", "PER")


def test_a_deal_that_lifts_one_sides_ban_is_that_sides_easing() -> None:
    article = Article(id="sd", source="Test Wire", title="", published_at=datetime(
        2025, 3, 14, 9, tzinfo=UTC), body="Trade news.\nChile and Peru struck a deal on "
        "Tuesday that lifts Lima's ban on copper exports to Chilean smelters.")
    eased = [(m.initiator, m.target) for m in extract_mentions(article)
             if m.type == "export_control_easing"]
    assert eased == [("PER", "CHL")]


def test_a_bare_body_opening_a_sentence_in_a_story_filed_from_a_state_is_that_states() -> None:
    article = Article(id="sd2", source="Test Wire", title="", published_at=datetime(
        2025, 3, 14, 9, tzinfo=UTC), body="LIMA - Bolivian traders met Bolivian and Chilean "
        "buyers on Monday.\nCommerce Ministry officials said the ban on copper exports to Chile "
        "would stay.")
    told = [(m.initiator, m.target) for m in extract_mentions(article)
            if m.type == "export_control"]
    assert told == [("PER", "CHL")], told



def test_a_new_subject_after_and_makes_the_second_measure_of_the_sentence() -> None:
    body = ("In March, Ottawa raised its tariff on Mexican steel to 25%, and Mexico City "
            "answered with a 20% levy on Canadian pork.")
    found = _mentions(body)
    assert sorted(found) == [("tariff_increase", "CAN", "MEX"), ("tariff_increase", "MEX", "CAN")]


def test_a_state_ending_a_list_after_and_opens_no_new_clause() -> None:
    body = ("Brazil raised its tariff on wine to 20%. The additional duty on steel that is "
            "the product of Peru, Chile, and Bolivia is increased from 10 percent to 25 percent.")
    found = _mentions(body)
    assert {(t, i) for t, i, _ in found} == {("tariff_increase", "BRA")}


def test_a_speaker_named_again_after_its_charge_is_not_its_target() -> None:
    body = ("LIMA - Chile's government on Tuesday adopted a new package of sanctions against "
            "Peru.\nPeru's foreign ministry spokeswoman said on Tuesday the measures were "
            "'illegitimate' and violated international trade law, and that Lima would respond.")
    found = _mentions(body)
    assert [(i, t) for kind, i, t in found if kind == "accusation"] == [("PER", "CHL")]


def test_the_maker_a_participle_names_after_listed_goods_is_the_initiator() -> None:
    body = ("Chile on Monday adopted a decision doubling the duty-free quotas for Bolivian "
            "quinoa.\nThe decision responds to the ban on imports of Bolivian quinoa, beans "
            "and potatoes announced by Peru on 1 April.")
    found = _mentions(body)
    assert [(i, t) for kind, i, t in found if kind == "import_restriction"] == [("PER", "BOL")]


@pytest.mark.parametrize("body", [
    "Chile's leader and Bolivia's leader spoke about the dispute over Peruvian tariffs on "
    "Chilean wine.",
    "The two leaders spoke about Peruvian tariffs on Chilean wine.",
])
def test_a_state_right_before_a_tariffs_noun_makes_it_whatever_the_dispute(body: str) -> None:
    found = _mentions(body)
    assert [(i, t) for kind, i, t in found if kind == "tariff_increase"] == [("PER", "CHL")]


@pytest.mark.parametrize("body", [
    "Norway on Tuesday added four Peruvian companies to its Iran sanctions list.",
    "Norway's foreign minister announced sanctions under the Restrictive Measures (Iran) "
    "Regulations against four entities in Peru.",
    "Norway froze the assets of four companies based in Peru that it said had sold drone "
    "parts to Iran's army.",
])
def test_the_state_a_sanctions_programme_is_named_for_is_no_side_of_a_listing(body: str) -> None:
    found = _mentions(body)
    assert [(i, t) for kind, i, t in found if kind == "sanction"] == [("NOR", "PER")]


@pytest.mark.parametrize("body", [
    "Chilean President Rosa Vidal spoke with Peruvian President Tomas Ortiz by phone on Monday "
    "and urged him to exempt Chile from the ban on copper scrap exports that Peru announced "
    "last week.",
    "Santiago asked Lima to spare Chile from its new export ban on copper scrap.",
])
def test_the_state_a_demand_asks_to_spare_is_who_asks(body: str) -> None:
    found = _mentions(body)
    assert [(i, t) for kind, i, t in found if kind == "demand"] == [("CHL", "PER")]


@pytest.mark.parametrize(("body", "accused"), [
    ("Washington on Tuesday ordered a 30% tariff on cheese from the European Union, accusing "
     "the bloc of flooding the U.S. market with subsidised dairy.", [("USA", "EUU")]),
    ("Canada imposed duties on pork from the EU, accusing the 27-nation bloc of unfair subsidies.",
     [("CAN", "EUU")]),
])
def test_the_bloc_named_again_is_the_eu(body: str, accused: list[tuple[str, str]]) -> None:
    found = _mentions(body)
    assert [(i, t) for kind, i, t in found if kind == "accusation"] == accused



def test_a_charge_about_export_controls_does_not_take_the_next_clause_s_licences() -> None:
    found = _mentions("Lima accused Santiago on Thursday of abusing export controls, a day after "
                      "Chile's economy ministry required licences for shipments of lithium to Peru.")
    assert ("export_control", "CHL", "PER") in found
    assert ("export_control", "PER", "CHL") not in found


def test_banks_established_in_a_state_are_its_and_a_destination_they_served_is_no_side() -> None:
    found = _mentions("Norway today decided to impose restrictive measures on two banks established "
                      "in the Republic of Peru that facilitated payments for drone parts destined "
                      "for Iran's army.")
    assert [(i, t) for kind, i, t in found if kind == "sanction"] == [("NOR", "PER")]


def test_a_foreign_envoy_asking_the_government_asks_the_host_state() -> None:
    found = _mentions("LIMA - Chile's ambassador to Peru on Friday called on the government to "
                      "postpone its ban on copper scrap exports, which is due to start in May.")
    assert [(i, t) for kind, i, t in found if kind == "demand"] == [("CHL", "PER")]


def test_a_lobby_asking_its_own_government_is_still_no_demand() -> None:
    found = _mentions("LIMA - Peru's copper association on Friday called on the government to "
                      "retaliate against Chile.")
    assert not [kind for kind, _, _ in found if kind == "demand"]


@pytest.mark.parametrize("body", [
    "LIMA - Trade Minister Rosa Quispe of Peru told reporters on Wednesday that Santiago was using "
    "plant-health rules as disguised protectionism against Peruvian growers.",
    "Peru's trade minister told a radio station that Chile's new duty on Peruvian avocados was "
    "unfair.",
])
def test_the_subject_of_a_told_verdict_is_the_accused(body: str) -> None:
    found = _mentions(body)
    assert [(i, t) for kind, i, t in found if kind == "accusation"] == [("PER", "CHL")]


def test_a_state_firms_are_accused_of_helping_is_no_side_of_their_listing() -> None:
    found = _mentions("Lima imposed the duties in retaliation for Chilean sanctions on five Peruvian "
                      "companies accused of supplying parts for Bolivian drones.")
    assert ("sanction", "CHL", "PER") in found
    assert not [kind for kind, _, t in found if t == "BOL"]


def _charges(body: str) -> list[tuple[str, str | None, str | None, str | None]]:
    found = extract_mentions(Article(id="ch", source="Test Wire", title="", body=body,
                                     published_at=datetime(2025, 6, 6, 9, tzinfo=UTC)))
    return [(m.type, m.initiator, m.target, m.date) for m in found]


def test_the_state_just_charged_is_the_one_urged_by_a_pronoun() -> None:
    assert _charges("Lima on Tuesday accused Quito of protectionism and urged it to withdraw its "
                    "proposed surtax on Peruvian cement.") == [
        ("accusation", "PER", "ECU", "2025-06-03"), ("demand", "PER", "ECU", "2025-06-03")]


def test_an_accusation_owned_through_its_makers_name_charges_the_state_it_names() -> None:
    assert _charges("The probe follows Chilean Trade Minister Ana Soto's accusation on May 19 "
                    "that Peru was relabelling Bolivian copper.") == [
        ("accusation", "CHL", "PER", "2025-05-19")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Chile said Peru's new duties are a clear violation of the free trade agreement and of the "
     "commitments the two countries made to each other.", ("accusation", "CHL", "PER")),
    ("Chile and Peru accused each other of breaking the free trade agreement.",
     ("accusation", None, None)),
])
def test_commitments_made_to_each_other_are_no_mutual_act(
        body: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _mentions(body)


def test_a_measure_imposed_in_retaliation_for_another_hits_that_ones_maker() -> None:
    found = _mentions("The tariff, imposed in October in retaliation for Chilean duties on Peruvian "
                      "cement, had cut Peru's purchases of Chilean wine by half.")
    assert ("tariff_increase", "PER", "CHL") in found
    assert ("tariff_increase", "CHL", "PER") not in found


@pytest.mark.parametrize("body", [
    "Chile and Peru traded blows over copper.\n2. The nine Peruvian entities listed in the Annex, "
    "which endanger Chile's national security, are added to the Export Control Control List, and "
    "the export of dual-use items to them is prohibited.",
])
def test_firms_added_to_a_list_are_its_target_and_what_follows_is_no_second_act(body: str) -> None:
    assert [m for m in _mentions(body) if m[0] != "accusation"] == [("sanction", "CHL", "PER")]


def _sides_of(body: str, type_: str, published: datetime = datetime(2025, 3, 12, 18, tzinfo=UTC)
              ) -> list[tuple[str | None, str | None]]:
    article = Article(id="sd", source="Test Wire", title="", body=body, published_at=published)
    return [(m.initiator, m.target) for m in extract_mentions(article) if m.type == type_]


@pytest.mark.parametrize("goods", ["on Peruvian copper", "on copper from Peru and Bolivia"])
def test_a_demand_is_aimed_at_the_state_urged_not_at_the_goods_of_the_measure(goods: str) -> None:
    body = (f"LIMA - Trade Minister Rosa Quispe on Wednesday urged the European Union to withdraw "
            f"the provisional duties it imposed {goods}.\n"
            "The duties hit Peru's biggest mines, including Chinese-backed plants in Arequipa.")
    assert _sides_of(body, "demand") == [("PER", "EUU")]


def test_a_bare_ministry_in_a_story_filed_from_brussels_is_not_belgiums() -> None:
    body = ("BRUSSELS, March 12 (Test Wire) - The European Commission on Wednesday imposed "
            "provisional anti-dumping duties on Peruvian tinplate.\n"
            "Lima reacted within hours. The trade ministry accused Brussels of naked protectionism.")
    assert _sides_of(body, "accusation") == [("PER", "EUU")]


def test_an_anaphoric_export_control_to_the_state_that_acted_last_is_the_others() -> None:
    body = ("LIMA - Chile said on Friday it would suspend imports of Peruvian avocados, calling "
            "the step an answer to Peru's copper controls.\n"
            "Those controls, announced on May 26, require licences for shipments of copper "
            "concentrate to Chile from September 1.")
    assert _sides_of(body, "export_control", datetime(2025, 6, 13, 9, tzinfo=UTC)) == [("PER", "CHL")]
