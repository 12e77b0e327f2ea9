"""Classes of phrasing news wires use for each act, and their non-event look-alikes.

Every sentence here is invented for the test; each construction has a case that states the
event and, where the words allow it, one that does not (negated, hypothetical, an opinion).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tradewire.extract import extract_mentions
from tradewire.extract.status import classify
from tradewire.extract.triggers import find_triggers
from tradewire.models import Article


def _events(text: str) -> list[tuple[str, str | None]]:
    """(type, status) of every trigger that states an event."""
    return [(t.type, s) for t in find_triggers(text) if (s := classify(text, t)) is not None]


def _types(text: str) -> set[str]:
    return {t for t, _ in _events(text)}


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, May 4 - Peru has banned imports of Chilean apples.",
        "It cited a decree issued in late May halting imports of Bolivian soy.",
    ],
)
def test_the_month_may_is_no_modal(text: str) -> None:
    assert _types(text) == {"import_restriction"}


@pytest.mark.parametrize("text", [
    "Mexico will charge a 30% tariff on Guatemalan sugar from June 1.",
    "From Monday Peru charges an additional 15 percent duty on Chilean wine.",
])
def test_charging_a_tariff_imposes_it(text: str) -> None:
    # the news of the day, not a reference to a tariff told elsewhere
    found = [(m.type, m.salience, m.date) for m in extract_mentions(Article(
        id="p1", source="Wire", title="", body=text,
        published_at=datetime(2025, 3, 14, 9, tzinfo=UTC)))]
    assert found == [("tariff_increase", "main", "2025-03-14")]


def test_a_threat_told_with_its_weekday_before_the_duty_is_a_threat() -> None:
    text = "The minister's threat on Friday of a further 20 percent duty on Thai rice worried mills."
    assert _events(text) == [("tariff_increase", "threatened")]


@pytest.mark.parametrize(("text", "type_"), [
    ("From March 1 the Thai tariff on Lao rice drops from 30% to 5%, the ministry said.",
     "tariff_reduction"),
    ("The Lao duty on Thai cement rises from 6.5 percent to 20 percent in May.",
     "tariff_increase"),
])
def test_a_rate_moving_from_one_figure_to_another_is_the_change(text: str, type_: str) -> None:
    assert _types(text) == {type_}


@pytest.mark.parametrize("word", ["small", "modest", "belated"])
def test_a_concessive_if_sets_no_condition(word: str) -> None:
    text = f"Exporters won a new, if {word}, market when Laos agreed to scrap its tariffs on Thai rice."
    assert ("tariff_reduction", "announced") in _events(text)
    conditional = "Exporters would win a new market if Laos scrapped its tariffs on Thai rice."
    assert "tariff_reduction" not in _types(conditional)


def test_a_verb_and_a_tariff_across_if_are_no_act() -> None:
    assert _types("Seoul said it would prepare 'a proportionate response' if the tariff was "
                  "imposed.") == set()


def test_the_modal_may_still_is() -> None:
    assert _types("Quito may ban imports of Peruvian rice.") == set()


@pytest.mark.parametrize(
    "text",
    [
        'Oslo urged Rome to "urgently reconsider" the levy on salmon.',
        "Hanoi asked Manila on Friday to immediately correct its practices.",
        "The ministry urged Canberra to treat Chinese firms fairly.",
        "Seoul said that Tokyo should revoke the curbs entirely.",
        "Ankara pressed Athens to provide a level playing field for its hauliers.",
        "Ottawa's trade minister demanded hours later that Washington withdraw the threat.",
        "Jakarta insisted in a statement that Canberra lift the ban.",
        "Rabat pressed the Tunisian side to tighten origin checks on textiles.",
        "Officials asked Dhaka to step up inspections of goods re-exported under the pact.",
    ],
)
def test_a_demand_with_adverbs_quotes_and_more_verbs(text: str) -> None:
    assert "demand" in _types(text)


def test_urging_a_state_to_lift_a_measure_is_a_demand_not_the_lift() -> None:
    # the demand keeps only "urged ... to", so the asked-for act is its own, non-event, trigger
    assert _events("Lima asked Quito on Monday to lift the 30% tariff on Peruvian fruit.") == [
        ("demand", "occurred")]


def test_a_demand_for_goods_is_no_demand() -> None:
    assert "demand" not in _types("Weaker demand for chips cut exports in May.")
    assert "demand" in _types("Seoul repeated its demand for the removal of the duties.")


@pytest.mark.parametrize(
    "text",
    [
        'Ottawa said Washington\'s duties were "deeply unfair".',
        'Brasilia said Buenos Aires was "abusing" its safeguard rules.',
        "Pretoria said Harare was itself undermining the accord.",
        "The minister told reporters that Chilean copper was being sold at prices below cost.",
        "Quito said Lima was slow-walking licences for its bananas in breach of the accord.",
        "The ministry said the order ran counter to the rules of fair competition.",
        "Bern condemned the levy as a violation of the treaty.",
        "Canberra charged that Jakarta was ignoring the pact.",
        "The president complained that Dhaka was taking advantage of Delhi.",
        "Rome raised concerns about unfair subsidies paid by Ankara.",
        "Seoul said the Japanese curbs were a flagrant violation of the partnership accord.",
    ],
)
def test_accusation_phrasings(text: str) -> None:
    assert "accusation" in _types(text)


def test_an_economist_calling_a_tariff_unfair_accuses_no_one() -> None:
    assert "accusation" not in _types("Economists said the Chilean duties were unfair.")


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi will require firms to obtain state licences before exporting rare timber.",
        "Jakarta will require exporters of nickel, a battery metal, to obtain permits from March.",
        "Foreign buyers will need the ministry's permission to export the alloys.",
        "Shipments of the processors to Iran would require a licence.",
        "Cargoes to the north will be allowed only under one-off permits.",
        "Seoul barred the firm's local unit from exporting finished wafers.",
        "Tokyo struck Seoul from its list of trusted trading partners.",
        "The bloc will apply licence requirements to sensor exports.",
        "The ministry said tin ore would need export licences from June.",
        "Tokyo decided last Friday to require licences from Jan. 1 for exports of photoresists "
        "to Seoul.",
        "Lusaka said all consignments of maize bound for Malawi would require a special export "
        "permit from July 1.",
        "Malawi protested the permit requirement on maize exports announced on Monday.",
    ],
)
def test_export_control_phrasings(text: str) -> None:
    assert "export_control" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo restored Seoul to its white list on Tuesday.",
        "The ministry began granting exemptions from its ban on exports of chips.",
        "Ottawa lifted the curbs it had imposed in March on sales of drones.",
        "Canberra lifted the case-by-case licensing of uranium.",
    ],
)
def test_export_control_easing_phrasings(text: str) -> None:
    assert "export_control_easing" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nairobi said its export control system worked well.",  # a system, not a measure
        "Exports are handled under the Export Control Law.",  # a law's name
        "Officials said the controls would cover shipments to all buyers.",  # a noun, not 'control'
        "He cited the failure to stop the flow of fentanyl.",
        "Analysts said Quito could tighten exports of cocoa.",
        "Lima did not bar the miner from exporting copper.",
    ],
)
def test_export_control_look_alikes(text: str) -> None:
    assert "export_control" not in _types(text)


def test_a_verb_of_saying_opens_no_export_control() -> None:
    (trigger,) = find_triggers("The aide added that Seoul's own export controls were sound.")
    assert trigger.text == "export controls" and trigger.ref


@pytest.mark.parametrize(
    "text",
    [
        "Oslo says the levy breaks its commitments under the WTO agreements.",
        "Economists cautioned that any agreement to cut the duties could take months.",
        "The two leaders agreed to negotiate the first tranche of a trade agreement.",
        "The airline signed a deal worth $4 billion with the planemaker.",
        "The decree tells the treasury which deals are barred.",
        "Negotiators meet in Lima next week for another round on a bilateral trade deal.",
        "Chile and Peru opened talks on Thursday on updating their 2006 trade agreement.",
    ],
)
def test_deal_nouns_that_state_no_deal(text: str) -> None:
    assert "trade_agreement" not in _types(text)


def test_a_deal_reached_is_still_one() -> None:
    assert "trade_agreement" in _types("Seoul and Ottawa signed a trade deal on Monday.")


def test_a_request_for_consultations_is_a_dispute_step_not_talks() -> None:
    assert "trade_talks" not in _types("A request for consultations opens a WTO dispute.")


def test_a_summit_of_a_grouping_is_no_bilateral_meeting() -> None:
    text = "Delhi invited Canberra to visit for a summit of the Quad grouping."
    assert "leader_meeting" not in _types(text) and "visit_invitation" in _types(text)


def test_failure_to_act_is_no_act() -> None:
    assert _types("Lima blamed Quito's failure to halt imports of contraband fuel.") == set()


def test_a_past_act_after_a_request_is_the_subjects_own() -> None:
    text = "Beijing urged its citizens to avoid Seoul and in March halted imports of its kimchi."
    assert ("import_restriction", "announced") in _events(text)
    assert "import_restriction" not in _types("Seoul urged Beijing to halt imports of coal.")


def test_an_economist_estimating_a_cut_states_no_cut() -> None:
    text = "Economists at a Lima bank estimated the 20% tariff could cut growth by a point."
    assert _types(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The senate gave final approval to tariffs of up to 40% on imported bikes.",
        'Rome told its trade team to devise "reciprocal" tariffs on partners.',
        "Washington quadrupled its tariff on solar cells to 100%.",
        'The ministry set out "retaliatory" tariffs on Danish cheese.',
    ],
)
def test_tariff_increase_phrasings(text: str) -> None:
    assert "tariff_increase" in _types(text)


def test_the_lower_house_cuts_no_tariff() -> None:
    text = "The bill passed the lower house, raising duties on cars to 50%."
    assert "tariff_reduction" not in _types(text)
    assert "tariff_increase" in _types(text)


def test_a_tariff_that_could_cut_growth_is_no_tariff_cut() -> None:
    text = "Officials warned the tariff could cut exports by a fifth."
    assert "tariff_reduction" not in _types(text)


def test_a_tariff_truce_is_a_deal() -> None:
    types = _types("Seoul accused Tokyo of breaking the tariff truce agreed in June.")
    assert "tariff_reduction" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The package blacklists three Turkish shipping firms.",
        "Canberra sanctioned two Iranian drone makers on Friday.",
        "Ottawa will blacklist several Russian banks.",
    ],
)
def test_sanction_phrasings(text: str) -> None:
    assert "sanction" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing said its list of sanctioned Korean firms kept growing.",
        "Officials said unilateral sanctions were hurting growth.",
    ],
)
def test_sanction_look_alikes(text: str) -> None:
    assert "sanction" not in {t for t, s in _events(text) if s != "in_effect"}


def test_visas_restricted_in_the_passive() -> None:
    assert "visa_restriction" in _types("Rome said visas would be restricted for some officials.")
    assert "visa_restriction" not in _types("Rome said visas could be restricted for officials.")
    assert "visa_restriction" in _types(
        "Lima said visa-free entry for Bolivian passport holders, which had allowed stays of up "
        "to 90 days, will be suspended from June 1.")


@pytest.mark.parametrize(
    "text",
    [
        "Oslo has ordered the fund, a unit owned by a Gulf state, to sell most of its stake in the port.",
        "The cabinet barred the sale of Acme Optics' lens division to a foreign buyer.",
        "The minister signed the divestment order on Monday.",
        "Madrid used its golden power rules to limit the investor's say.",
        "The rules on outbound investment in chip firms took effect in January.",
    ],
)
def test_investment_restriction_phrasings(text: str) -> None:
    assert "investment_restriction" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers have refused to clear goods of Estonian origin.",
        "Officials turned down import applications from Latvian firms.",
        "Beijing suspended the export registrations of four Canadian companies.",
        "The dairy board on Friday suspended import permits for milk powder from Zambia.",
        "Accra stopped issuing import licences for frozen chicken from Brazil.",
        "Customs on Wednesday ordered the detention of solar panels made at a plant in Laos.",
        "The agency issued a withhold release order on seafood from a Thai processor.",
    ],
)
def test_import_restriction_phrasings(text: str) -> None:
    assert "import_restriction" in _types(text)


def test_barring_the_entry_of_goods_is_an_import_restriction_not_a_visa_one() -> None:
    assert _types("Colombia on Monday barred the entry of cut flowers and processed fruit "
                  "products from Ecuador through its land crossings.") == {"import_restriction"}
    assert _types("Colombia on Monday barred the entry of Ecuadorian nationals.") == {
        "visa_restriction"}


@pytest.mark.parametrize(
    "text",
    [
        "Seoul invited the chancellor to the G20 summit it will host in November.",
        "Lula invited Modi for a state visit next year.",
    ],
)
def test_invitations_to_an_event_or_for_a_visit(text: str) -> None:
    assert "visit_invitation" in _types(text)


def test_leaders_who_spoke_by_phone_and_agreed_to_meet_will_meet_themselves() -> None:
    article = Article(id="ph", source="Test Wire", title="", published_at=datetime(
        2027, 4, 9, 9, tzinfo=UTC), body="The presidents of Chile and Peru spoke by phone on "
        "Thursday and agreed to meet in Lima in July, state media reported.")
    assert {(m.type, m.status) for m in extract_mentions(article)} == {
        ("leader_call", "occurred"), ("leader_meeting", "scheduled")}


def test_countermeasures_only_words_or_prepared_are_no_tariff() -> None:
    assert _types("Seoul has so far responded with words rather than countermeasures.") == set()
    assert _types("Lima will also suspend or remove the non-tariff countermeasures it adopted.") \
        == set()
    assert _types("The minister, who had been preparing a list of possible counter-measures, "
                  "said the plan would stay in a drawer.") == set()


def test_a_measure_named_for_what_it_would_do_is_an_estimate() -> None:
    assert _types("A 10-point tariff increase could cut Chile's wine exports to Peru by $70 "
                  "million a year, the institute estimated.") == set()
    assert "tariff_increase" in _types("The tariff increase on Chilean wine would take effect "
                                       "on Monday, Lima said.")


def test_confidence_that_a_deal_will_be_reached_is_no_deal() -> None:
    assert _types("We believe in dialogue, and I am confident that we will reach an agreement.") \
        == set()
    assert _types("Officials are hopeful that the two sides can reach a deal by June.") == set()


def test_the_next_meeting_of_a_named_council_is_talks_not_the_deal_it_is_named_for() -> None:
    assert _events("Chile and Peru will hold the next meeting of their Free Trade Agreement "
                   "Commission in Lima on May 3.") == [("trade_talks", "scheduled")]
    assert _types("Chile raised the case at a meeting of the WTO Committee on Anti-Dumping "
                  "Practices in Geneva.") == set()


def test_a_rate_lower_than_a_tariff_cuts_no_tariff() -> None:
    assert "tariff_reduction" not in _types("The rate is lower than the 40% tariff Lima "
                                            "threatened in a letter on February 3.")


def test_accepting_an_invitation_from_someone_is_their_invitation() -> None:
    article = Article(id="ph", source="Test Wire", title="", published_at=datetime(
        2027, 4, 9, 9, tzinfo=UTC), body="Chinese Vice Premier Xu Lan met US Treasury "
        "Secretary Tom Harlow in Beijing on Thursday.\nXu accepted an invitation from Harlow to "
        "visit the United States, state television said, without giving dates.")
    assert [(m.initiator, m.target) for m in extract_mentions(article)
            if m.type == "visit_invitation"] == [("USA", "CHN")]


def test_blocking_the_sale_of_a_named_company_is_an_investment_restriction() -> None:
    assert _types("Chile's economy ministry on Wednesday blocked the sale of Andes Motores, a "
                  "maker of mining gearboxes, to a unit of a Peruvian state group.") == {
        "investment_restriction"}


def test_a_courtesy_call_is_no_demand_and_keeps_the_invitation_delivered_at_it() -> None:
    assert _types("The Ghanaian minister called on President Mensah at the Jubilee House on Monday.") \
        == set()
    assert _events("Ghana's trade minister called on the Emir at the Amiri Diwan Palace, where he "
                   "delivered an invitation from his president to visit Accra next year.") == [
        ("visit_invitation", "occurred")]
    # calling on a state to act is still a demand
    assert "demand" in _types("Ghana called on Qatar at the talks to lift the duty on cocoa.")


def test_a_listing_told_with_its_effect_is_no_export_control_of_its_own() -> None:
    text = ("The ministry placed six Danish firms on its export control list, prohibiting "
            "local exporters from supplying them.")
    assert _types(text) == {"sanction"}


def test_lifting_curbs_on_sales_ends_before_the_date_of_the_curbs() -> None:
    text = "Ottawa lifted the curbs it had placed in March on sales of drones to Chile."
    (trigger,) = [t for t in find_triggers(text) if t.type == "export_control_easing"]
    assert trigger.text == "lifted the curbs"


def test_the_cancellation_of_visas_names_a_visa_restriction() -> None:
    assert "visa_restriction" in _types("Delhi cited the cancellation of visas for its students.")


@pytest.mark.parametrize(
    "text",
    [
        "Brussels imposed provisional duties on Chinese e-bikes.",
        "Member states voted to back definitive duties of up to 30% on the tubes.",
        "Ankara opened an investigation into imports of Chinese tyres.",
    ],
)
def test_trade_remedy_phrasings(text: str) -> None:
    assert "trade_remedy" in _types(text)


def test_surtaxes_a_state_placed_are_a_tariff() -> None:
    assert "tariff_increase" in _types("Lima hit back at the surtaxes Quito placed on its fruit.")
    assert "tariff_increase" in _types("Ottawa announced counter-tariffs on US whiskey.")


def test_a_government_asking_its_legislature_proposes() -> None:
    assert _events("Bogota asked Congress to raise import tariffs on steel.") == [
        ("tariff_increase", "proposed")]
    assert _events("The bill, sent to lawmakers on Monday, would raise duties on cars.") == [
        ("tariff_increase", "proposed")]
    assert _events("The bill could raise duties on cars.") == []


def test_a_ban_named_with_its_article_is_the_standing_ban() -> None:
    text = "Carmakers warned that a Korean ban on exports from the plant could halt output."
    (trigger,) = [t for t in find_triggers(text) if t.type == "export_control"]
    assert trigger.ref


def test_a_deal_held_up_is_not_reached() -> None:
    text = "Malta, which had held up agreement for weeks, lifted its objections."
    assert "trade_agreement" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa ordered the local arm of a Chinese drone maker to cease operations.",
        "Delhi's rules require government approval for all investment from its neighbours.",
    ],
)
def test_more_investment_restrictions(text: str) -> None:
    assert "investment_restriction" in _types(text)


def test_a_barred_official_named_at_length_is_a_visa_restriction() -> None:
    text = "In May, Hanoi barred Le Van An, a member of the Thai senate, from entering Vietnam."
    assert "visa_restriction" in _types(text)


def test_goods_that_will_enter_tariff_free_are_a_tariff_cut() -> None:
    assert "tariff_reduction" in _types("Chilean wine will enter the EU tariff-free.")
    assert "tariff_reduction" in _types("Peruvian coffee will enter Chile free of duty from May.")
    assert "tariff_reduction" in _types("Peruvian coffee will enter Chile duty free from May.")
    assert "tariff_reduction" in _types("Exporters will see Peruvian duties removed.")
    text = "Brussels proposed to halve the steel that can enter the EU duty-free."
    assert "tariff_reduction" not in _types(text)


def test_an_anchor_inside_a_longer_one_still_announces_its_type() -> None:
    # "purchases" begins with the investment anchor "purchase" and the import one "purchas"
    assert "import_restriction" in _types("Hanoi halted purchases of Thai rice.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lima retaliated with 20% tariffs on Chilean wine.", "tariff_increase"),
        ("Ottawa granted exemptions from the tariffs for medicines.", "tariff_reduction"),
        ("Duties on Thai rice will fall to 5% in July.", "tariff_reduction"),
        ("Oslo restricted the sale of sonar gear to Minsk.", "export_control"),
        ("Delhi suspended visa-free travel for Nepali nationals.", "visa_restriction"),
        ("Moscow will deny entry to six Danish lawmakers.", "visa_restriction"),
        ("Canberra put two banks on its sanctions list.", "sanction"),
        ('Hanoi called the levies "economic coercion".', "accusation"),
        ("Rabat described the duties as unfair.", "accusation"),
        ("Seoul called for the immediate lifting of the ban.", "demand"),
        ("Quito demanded the removal of the tariffs.", "demand"),
        ("The presidents of Chile and Peru spoke by video on Tuesday about lithium.",
         "leader_call"),
        ("The Commission on Wednesday suspended its countermeasures against Norway.",
         "tariff_reduction"),
    ],
)
def test_common_wire_phrasings(text: str, expected: str) -> None:
    assert expected in _types(text)


def test_asking_for_a_removal_is_no_removal() -> None:
    assert _types("Quito demanded the removal of the tariffs.") == {"demand"}
    assert _types("Quito could deny entry to the envoy.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Treasury designated four Panamanian shipping firms.", "sanction"),
        ("Madrid vetoed a Saudi bid for the telecoms group.", "investment_restriction"),
        ("Moscow cut off supplies of gas to Riga.", "export_control"),
    ],
)
def test_more_measure_phrasings(text: str, expected: str) -> None:
    assert expected in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the tariffs would not be imposed.",
        "Seoul warned Tokyo against restricting exports of resin.",
        "The carmaker has stopped sales of its trucks in Iran.",
        "The company halted shipments to Belarus.",
    ],
)
def test_measures_not_taken_by_a_state(text: str) -> None:
    assert _types(text) == set()


def test_a_government_halting_shipments_is_one() -> None:
    assert "export_control" in _types("The government halted shipments to Belarus.")


@pytest.mark.parametrize(
    "text",
    [
        "The two countries signed an agreement on nuclear cooperation.",
        "Seoul and Tokyo reached a deal on military intelligence sharing.",
        "The leaders signed a climate agreement.",
        "A deal remains elusive, officials said.",
    ],
)
def test_deals_that_are_not_trade_deals_or_not_there(text: str) -> None:
    assert "trade_agreement" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The leaders signed a security and trade agreement.",
        "Seoul and Ottawa reached a deal on steel quotas.",
        "On Tuesday the two countries signed in Lima an amended protocol on citrus inspections.",
        "Chile and the United Kingdom agreed on Friday in London to keep the tariff on wine at 5%.",
    ],
)
def test_trade_deals_stay(text: str) -> None:
    assert "trade_agreement" in _types(text)


def test_forecasts_and_any_measure_are_no_events() -> None:
    assert _types("Beijing is expected to announce export curbs on graphite.") == set()
    assert _types("Hanoi vowed to retaliate against any new tariffs.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi accused Beijing of spying on its fishing fleet.",
        'Seoul accused Tokyo of treating the sea as its "sewer".',
    ],
)
def test_accusations_of_other_than_trade_are_no_events(text: str) -> None:
    assert "accusation" not in _types(text)


def test_an_accusation_of_dumping_stays() -> None:
    assert "accusation" in _types("Lima accused Quito of dumping cement.")


def test_that_a_state_should_revoke_is_a_demand() -> None:
    text = ("Quito said the step was welcome, but that Lima should revoke the decree "
            "rather than merely suspend it.")
    assert "demand" in _types(text)
    assert "demand" not in _types("Economists said that Lima should revoke the decree.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brussels imposed a quota on Moldovan wine imports.", "import_restriction"),
        ("Manila introduced an import licence requirement for sugar.", "import_restriction"),
        ("Ottawa will require the app's foreign owner to sell the app.", "investment_restriction"),
    ],
)
def test_quotas_import_licences_and_forced_sales(text: str, expected: str) -> None:
    assert expected in _types(text)


def test_an_import_licence_is_no_export_control() -> None:
    assert "export_control" not in _types("Manila introduced an import licence requirement for sugar.")


@pytest.mark.parametrize(
    "text",
    [
        "Seoul took steps to remedy non-reciprocal trade arrangements.",
        "The agency shall recommend actions and deal with the emergency.",
    ],
)
def test_deal_words_that_name_no_deal(text: str) -> None:
    assert "trade_agreement" not in _types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asked whether Quito would retaliate, a spokesman said Lima had banned imports of "
         "its shrimp.", ("import_restriction", "announced")),
        ("Until last year, Hanoi banned imports of Thai sugar.", ("import_restriction", "announced")),
        ("Even if talks resume, Ottawa has already imposed duties on Chilean steel.",
         ("tariff_increase", "announced")),
        ("The ministry, which said it would respond if needed, imposed export controls on tin.",
         ("export_control", "announced")),
        ("Lima, who has threatened tariffs on Quito, imposed a 25% levy on cars on Monday.",
         ("tariff_increase", "announced")),
    ],
)
def test_asides_before_an_act_do_not_make_it_hypothetical(text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "If talks fail, Ottawa could impose duties on Chilean steel.",
        "Lima, which could retaliate, said it might ban imports of Thai rice.",
        "Peru said it would wait until Chile signs a free trade deal.",
    ],
)
def test_conditions_still_make_acts_hypothetical(text: str) -> None:
    assert _types(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Automakers urged the government to provide subsidies.",
        "Farm groups called on Canberra to help growers.",
        "The Lima Chamber of Commerce urged Santiago to reopen the border.",
        "Critics said the policy was unfair to small farmers.",
        "The company accused its rival of breaching the contract.",
        "The deal for the aircraft was signed in Paris.",
    ],
)
def test_companies_and_lobbies_demand_or_accuse_nothing_a_state_does(text: str) -> None:
    assert _types(text) == set()


def test_asking_its_own_government_is_no_demand_between_states() -> None:
    text = ("Office-bearers of the Lagos Chamber of Commerce and Industry said none of their members "
            "had been told of the US listings in advance, and urged the government to engage with "
            "Washington.")
    assert "demand" not in _types(text)
    assert "demand" in _types("Abuja urged the government of Ghana to reopen the border.")


def test_a_right_of_first_call_is_no_demand() -> None:
    text = "The pact gives Chilean buyers first call on Peruvian copper in a supply emergency."
    assert "demand" not in _types(text)
    assert "demand" not in _types("Lima's mining society called on the government to seek an exemption.")
    assert "demand" in _types("Lima called on Chile to drop its copper duties.")


def test_a_ministry_demanding_after_naming_firms_still_demands() -> None:
    text = ("The ministry said it opposed the listing of Thai companies and urged Brussels "
            "to stop harming its interests.")
    assert "demand" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Neither Chile nor Peru gave a timeline for concluding a trade deal.",
        "Ghana and Togo set no date for signing the trade agreement.",
    ],
)
def test_a_deal_with_no_date_set_for_it_is_not_made(text: str) -> None:
    assert "trade_agreement" not in _types(text)


def test_a_stake_bought_is_no_tariff_and_a_new_speaker_starts_a_new_clause() -> None:
    assert "tariff_increase" not in _types("A Peruvian fund plans to buy a 49% stake in a Chilean port.")
    text = ("Chile opened an anti-dumping probe into Peruvian tiles on Monday. No provisional duties "
            "have been imposed, and the ministry said any duties would follow a determination.")
    assert [t for t, _ in _events(text)] == ["trade_remedy"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Five weeks after Chile and Peru signed their dairy memorandum in Arica, the dispute is back.",
     "trade_agreement"),
    ("The summit followed a meeting of trade ministers of Chile and Peru in Lima.", "trade_talks"),
    ("The visit follows the invitation extended by Peru's president in a call.", "visit_invitation"),
])
def test_acts_told_inside_a_clause_about_something_else(text: str, kind: str) -> None:
    assert kind in _types(text)


def test_a_ban_on_goods_exported_from_a_state_is_no_import_ban() -> None:
    assert "import_restriction" not in _types("Peru banned maize exports from its northern ports.")


@pytest.mark.parametrize("text", [
    "The Commission said it had sufficient evidence that the pipes were being sold in the EU below "
    "their normal value.",
    "Lima has received a complaint alleging that imports of Chilean tiles are being dumped and are "
    "causing material injury to the Peruvian industry.",
])
def test_a_dumping_case_told_as_its_procedure_is_no_charge(text: str) -> None:
    assert "accusation" not in _types(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Today the Government of Peru strongly demanded, through diplomatic channels, that Chile withdraw "
     "these measures.", "demand"),
    ("The Commission proposed removing the remaining tariff-rate quotas on Peruvian wine.",
     "tariff_reduction"),
    ("Beijing on Friday urged Santiago not to apply the provisional surcharge on Chinese steel.", "demand"),
    ("Hanoi also asked Washington on Wednesday to hold consultations on the case.", "demand"),
    ("Hanoi on Wednesday accused the U.S. side of ignoring Vietnamese cost data.", "accusation"),
])
def test_asks_and_charges_in_common_forms(text: str, kind: str) -> None:
    assert kind in _types(text)


@pytest.mark.parametrize("text", [
    "The minister today received the Charge d'Affaires of the Embassy of Chile to seek clarification.",
    "Lima rejected reports that customs officers had been told to hold up Chilean cargoes.",
])
def test_a_charge_d_affaires_and_holding_up_cargoes_are_neither_charge_nor_demand(text: str) -> None:
    assert not {"accusation", "demand"} & _types(text)


@pytest.mark.parametrize("text", [
    "A Lima refinery signed a deal to buy crude from a Chilean trading house on Monday.",
    "Grain handler Andes Bulk signed a three-year supply deal with a Peruvian flour miller.",
    "The president travels to Lima on Wednesday for meetings with Peruvian business leaders.",
    "Several member states have asked Brussels to delay the regulation by another year.",
])
def test_firms_business_leaders_security_and_member_states_make_no_event(text: str) -> None:
    assert _types(text) == set()


def test_talks_with_someone_on_security_are_no_trade_talks() -> None:
    text = ("The minister will travel to Brussels next week for talks with NATO counterparts on "
            "Arctic security.")
    assert "trade_talks" not in _types(text)


def test_what_a_state_hoped_to_do_is_not_done() -> None:
    assert _types("The minister said Peru hoped to stop importing rice from Chile next year.") == set()


def test_a_second_ask_after_or_is_still_only_asked() -> None:
    text = ("Lima calls on Santiago to withdraw this licensing requirement or, at the very least, to "
            "grant general licences for exports to Peruvian companies.")
    assert "export_control_easing" not in _types(text)
    assert "demand" in _types(text)


def test_a_charge_made_in_the_past_is_a_habit_not_an_event() -> None:
    assert "accusation" not in _types("Lima has accused Santiago of protectionism in the past.")
    assert "accusation" in _types("Lima has accused Santiago of protectionism over the new duties.")


def test_plant_health_officials_hold_trade_talks() -> None:
    text = ("Plant-health officials from Chile and Peru held talks in Lima on Tuesday on the "
            "restrictions Santiago placed on Peruvian grapes.")
    assert "trade_talks" in _types(text)
    assert "trade_talks" not in _types("Health officials from Chile and Peru held talks in Lima.")


def test_broken_is_a_charge_only_as_a_verb() -> None:
    assert _types("Bangkok said on Monday that India had broken its promise to consult.") == {"accusation"}
    assert _types("Bangkok said on Monday that broken rice may be exported freely to India.") == set()


def test_waivers_to_ship_and_bars_on_selling_to_a_firm() -> None:
    text = "Seoul granted a waiver allowing the firm to ship tools to its plants abroad."
    assert "export_control_easing" in _types(text)
    assert "export_control" in _types("Oslo barred local firms from selling to the shipyard.")


@pytest.mark.parametrize(
    "text",
    [
        "Lima has yet to impose the tariffs.",
        "Quito stopped short of banning imports of Peruvian rice.",
        "Tokyo won't restrict exports of resin.",
        "Tokyo didn\u2019t restrict exports of resin.",
        "The president backed away from his threat to impose tariffs on Chile.",
        "Hanoi dropped its plan to ban imports of Thai sugar.",
    ],
)
def test_acts_not_taken(text: str) -> None:
    assert _types(text) == set()


def test_a_dropped_duty_does_not_negate_the_next_act() -> None:
    assert "import_restriction" in _types("Oslo dropped the duties and imposed quotas on fish imports.")


@pytest.mark.parametrize(
    "text",
    [
        "Oslo and Tehran held nuclear talks in Muscat.",
        "Officials held talks on military cooperation.",
        "The company is in talks to buy the mine.",
        "Quito hosted Peruvian officials on Friday for talks on river policing.",
        "Talks between Chile and Bolivia on cross-border security, held in La Paz, stalled.",
    ],
)
def test_talks_on_other_matters_or_by_companies_are_no_trade_talks(text: str) -> None:
    assert "trade_talks" not in _types(text)


def test_economic_and_security_talks_stay_trade_talks() -> None:
    assert "trade_talks" in _types("The two sides held economic and security talks in Lima.")
    assert "trade_talks" in _types("Chile and Bolivia held talks on trade and security in La Paz.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The panel ordered the foreign buyer to unwind the acquisition.", "investment_restriction"),
        ("Rome rejected the Saudi takeover on security grounds.", "investment_restriction"),
        ("Oslo banned local investors from buying shares in Russian banks.", "investment_restriction"),
        ("Beijing imposed countermeasures on Danish defence contractors.", "sanction"),
    ],
)
def test_investment_and_countermeasure_phrasings(text: str, expected: str) -> None:
    assert expected in _types(text)


def test_investors_barred_from_buying_is_no_import_ban() -> None:
    assert "import_restriction" not in _types(
        "Oslo banned local investors from buying shares in Russian banks.")


@pytest.mark.parametrize(
    "text",
    [
        "Lula invited Modi to Brasilia.",
        "The king invited the president for talks in Riyadh.",
    ],
)
def test_invitations_to_a_place_or_for_talks(text: str) -> None:
    assert "visit_invitation" in _types(text)


def test_inviting_reporters_or_bids_is_no_visit_invitation() -> None:
    assert _types("The ministry invited reporters to a briefing.") == set()
    assert _types("Seoul invited bids for the port contract.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi will likely restrict exports of cashews, a trade lawyer in Lima said.",
        "A former Thai trade negotiator said Tokyo should lift the tariffs.",
        '"The levies are unfair to shoppers," said a fellow at a think tank.',
        "Researchers said the export controls had slowed the sector.",
    ],
)
def test_pundits_and_likelihoods_state_no_event(text: str) -> None:
    assert _types(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The European Union and Chile held trade talks in Santiago on Monday.",
        "The Association of Southeast Asian Nations and Japan held trade talks on Friday.",
    ],
)
def test_a_union_or_association_of_states_is_no_labour_union_or_lobby(text: str) -> None:
    assert _types(text) == {"trade_talks"}


def test_a_labour_union_is_still_no_state() -> None:
    assert _types("The dockworkers' union urged Canberra to drop the levy.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an addressee named in full before "to"
        ("Lima asked the Chilean Ministry of Agriculture and Livestock to exempt contracted "
         "cargoes.", ("demand", "occurred")),
        # a day between the verb and "that"
        ("Quito had demanded on Tuesday that Lima reverse the visa suspension.",
         ("demand", "occurred")),
        # a charge told further from its "said"
        ("The Commission said on Thursday that Ghana's new ceiling on raw cocoa bean exports "
         "breaches the partnership agreement.", ("accusation", "occurred")),
        # a ceiling set on exports
        ("Ghana on Wednesday set a ceiling on raw cocoa bean exports.",
         ("export_control", "announced")),
        # firms listed as unreliable entities
        ("Beijing's listing of three US drone makers as unreliable entities in March angered "
         "Washington.", ("sanction", "announced")),
    ],
)
def test_demands_charges_caps_and_listings_told_at_length(text: str,
                                                          expected: tuple[str, str]) -> None:
    assert expected in _events(text)


def test_a_decision_taken_to_protect_is_no_demand() -> None:
    assert "demand" not in _types("The minister told parliament the decision had been taken "
                                  "to protect economic security.")


def _told(body: str) -> set[tuple[str, str | None, str | None, str]]:
    article = Article(id="ph", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return {(m.type, m.initiator, m.target, m.status) for m in extract_mentions(article)}


def test_an_accusation_named_with_its_maker_and_a_threat_named_after_its_measure() -> None:
    body = ("LIMA - Peru's trade ministry on Thursday rejected the accusation made by Santiago "
            "on Wednesday that Peru tolerates copper smuggling.\n"
            "It called the 30% tariff on Peruvian copper threatened by the Chilean government "
            "last week unjustified.\n"
            "The ministry said the trade minister would hold talks with Chilean officials in "
            "Santiago on Monday.")
    told = _told(body)
    assert ("accusation", "CHL", "PER", "occurred") in told
    assert ("tariff_increase", "CHL", "PER", "threatened") in told
    assert ("trade_talks", None, None, "scheduled") in told


def test_a_duty_named_with_its_maker_and_day_is_there_whatever_the_response() -> None:
    told = _told("Lima said it was ready to respond in kind to the anti-dumping duties Chile "
                 "placed on Peruvian steel wire on March 3.")
    assert ("trade_remedy", "CHL", "PER", "announced") in told
    # (a duty only hoped for stays none)
    assert not _told("Lima is ready to respond to any anti-dumping duties on its steel wire.")


def test_goods_made_by_a_states_mills_name_the_side_hit() -> None:
    told = _told("LIMA - Peru's trade ministry on Tuesday accused Chile of protectionism after "
                 "Santiago imposed anti-dumping duties on steel wire made by Peruvian mills.")
    assert ("trade_remedy", "CHL", "PER", "announced") in told


def test_a_duty_an_anti_dumping_body_announces_is_a_trade_remedy() -> None:
    told = _told("Chile's Anti-Dumping Commission announced on Monday a duty of 14.2% on steel "
                 "wire from Peru.")
    assert {t[0] for t in told} == {"trade_remedy"}


def test_a_defence_meeting_said_to_be_unrelated_to_trade_is_no_trade_event() -> None:
    assert not _told("The defence ministers of Chile and Peru met in Lima on Monday to discuss "
                     "joint patrols, a meeting both sides said was unrelated to trade.")


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean Wine Producers' Association urged the government to exempt bulk wine.",
        "Peruvian grinders have pressed the ministry to act quickly on cocoa exports.",
        "The Chilean Exporters' Council urged the government to offer Lima a review in "
        "exchange for dropping the tariff.",
    ],
)
def test_what_a_lobby_asks_of_its_own_government_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_what_firms_say_after_their_complaint_is_no_charge() -> None:
    assert "accusation" not in _types("Chile opened the probe after a complaint from Chilean "
                                      "steelmakers, who say Peruvian rebar is being sold below "
                                      "cost.")


def test_a_state_pressed_to_extend_something_is_asked_and_dated_by_the_occasion() -> None:
    body = ("Lima pressed Santiago to extend the general licences to more firms at the joint "
            "commission held in Lima on 3 March, where the two governments also signed a "
            "memorandum on critical-mineral supply chains.")
    found = {(m.type, m.initiator, m.target, m.date) for m in extract_mentions(Article(
        id="p1", source="Wire", title="", body=body,
        published_at=datetime(2025, 3, 14, 9, tzinfo=UTC)))}
    assert {("demand", "PER", "CHL", "2025-03-03"),
            ("trade_agreement", None, None, "2025-03-03")} <= found


def test_a_lobby_that_welcomed_a_measure_and_asked_for_more_makes_no_demand() -> None:
    body = ("Peru's national steel chamber welcomed the decision and urged the government to "
            "extend the investigation to wire rod from Chile.")
    assert "demand" not in _types(body)


@pytest.mark.parametrize("text", [
    "Chile signed a memorandum with a Japanese smelter to supply copper concentrate from 2027.",
    "Hours before the visit, the president signed a memorandum instructing his trade team to "
    "devise reciprocal tariffs.",
])
def test_a_memorandum_with_a_firm_or_of_instructions_is_no_agreement(text: str) -> None:
    assert "trade_agreement" not in _types(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister urged Lima to terminate the investigation into Chilean wine.", "demand"),
    ("Chile on Tuesday adopted a decision doubling the duty-free tariff-rate quotas for "
     "Peruvian grapes.", "tariff_reduction"),
    ("The agreement also opens new duty-free quotas for Peruvian cheese in the Chilean "
     "market.", "tariff_reduction"),
])
def test_asked_to_terminate_and_quotas_enlarged(text: str, expected: str) -> None:
    assert expected in _types(text)


def test_duties_that_could_be_imposed_are_no_act() -> None:
    assert "trade_remedy" not in _types("Provisional duties could be imposed within eight "
                                        "months if the ministry finds dumping and injury.")


def test_a_stance_held_repeatedly_is_no_charge_but_a_repeated_call_is_a_demand() -> None:
    assert "accusation" not in _types("Peru has repeatedly said it opposes the abuse of "
                                      "export controls.")
    assert "demand" in _types("Lima has repeatedly called on Santiago to stop buying "
                              "discounted Bolivian gas.")


def test_an_ultimatum_is_a_demand_and_the_ban_it_names_still_stands() -> None:
    body = ("LIMA - Peru's trade minister on Friday gave Chile 14 days to lift its ban on "
            "Peruvian dairy products.")
    found = {(m.type, m.status) for m in extract_mentions(Article(
        id="u1", source="Wire", title="", body=body,
        published_at=datetime(2025, 3, 14, 9, tzinfo=UTC)))}
    assert ("demand", "occurred") in found
    assert ("import_restriction", "ended") not in found


def test_a_state_urged_to_clear_cargoes_is_asked() -> None:
    assert "demand" in _types("Chile urged Peru to clear wine cargoes already at sea.")


@pytest.mark.parametrize(("body", "expected"), [
    # (published Monday 17 March 2025)
    ("Chile filed a complaint at the World Trade Organization on Thursday, arguing that Lima's "
     "surcharge breaches WTO rules.", {("accusation", "CHL", "PER", "2025-03-13")}),
    ("Chile's complaint at the WTO, lodged on March 13, is unaffected by the talks, officials said.",
     {("accusation", "CHL", None, "2025-03-13")}),
    ("Chile is not backing down.\nIts complaint at the World Trade Organization last Thursday, "
     "arguing that Lima's surcharge breaches WTO rules, put the burden on Peru.",
     {("accusation", "CHL", "PER", "2025-03-13")}),
])
def test_a_complaint_filed_at_the_wto_is_an_accusation(
        body: str, expected: set[tuple[str, str | None, str | None, str]]) -> None:
    article = Article(id="wto", source="Test Wire", title="", body=body,
                      published_at=datetime(2025, 3, 17, 9, tzinfo=UTC))
    told = {(m.type, m.initiator, m.target, m.date) for m in extract_mentions(article)}
    assert {t for t in told if t[0] == "accusation"} == expected


@pytest.mark.parametrize("body", [
    "The premier said Chile would consider filing a complaint with the WTO if Lima widened the curbs.",
    "Chile's growers urged Santiago to file a complaint at the World Trade Organization.",
])
def test_a_complaint_at_the_wto_only_weighed_or_asked_for_is_none(body: str) -> None:
    assert "accusation" not in _types(body)
