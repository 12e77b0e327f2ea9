"""Trigger phrases: inflection, overlap resolution, and one trigger per type at least."""

from __future__ import annotations

import pytest

from tradewire.extract.patterns import inflect
from tradewire.extract.triggers import find_triggers


def test_inflect_regular_and_irregular() -> None:
    assert inflect("impose", {}) == ["impose", "imposes", "imposed", "imposing"]
    assert "slapped" in inflect("slap", {"slap": ["slapped"]})
    assert inflect("roll back", {})[2] == "rolled back"
    assert inflect("deny", {}) == ["deny", "denies", "denied", "denying"]


def _types(text: str) -> list[str]:
    return [t.type for t in find_triggers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa slapped new levies on steel.", "tariff_increase"),
        ("The ministry will raise duties on Brazilian sugar to 40%.", "tariff_increase"),
        ("Seoul agreed to cut tariffs on American beef.", "tariff_reduction"),
        ("Tokyo tightened export controls on chipmaking gear.", "export_control"),
        ("Beijing lifted its export ban on gallium.", "export_control_easing"),
        ("Tokyo will abolish the individual export licence requirement for photoresists.",
         "export_control_easing"),
        ("Lima ordered the closure of the Desaguadero border post to all goods from Bolivia.",
         "import_restriction"),
        ("Quito barred Peruvian cargo trucks from entering the country at Huaquillas.",
         "import_restriction"),
        ("The ministry ordered importers to stop bringing in medicines from Chile.",
         "import_restriction"),
        ("Bolivian drivers will need Peruvian visas from March 1.", "visa_restriction"),
        ("Santiago put Peru back on its list of trusted partners for strategic goods.",
         "export_control_easing"),
        ("Lima will restore Chile to the group of trusted partners under its export control "
         "regime.", "export_control_easing"),
        ("They will review the deal at a meeting of senior officials in Lima in October.",
         "trade_talks"),
        ("Lima proposed capping work visas for Bolivian nationals at six months.",
         "visa_restriction"),
        ("Quito has curtailed tourist visas for Peruvians.", "visa_restriction"),
        ("Ottawa will also refuse visas to the four officials.", "visa_restriction"),
        ("Mexico will grant duty-free access to 385 tariff lines of Brazilian goods.",
         "tariff_reduction"),
        ("Chile had demanded on July 4 that Peru withdraw the requirement.", "demand"),
        ("Quito called on March 8 for the tariff's withdrawal.", "demand"),
        ("The ninth session of their Joint Permanent Commission was held in Quito.",
         "trade_talks"),
        ("The two neighbours will hold their Joint Permanent Commission in Lima in October.",
         "trade_talks"),
        ("The Andean Joint Committee would meet in Lima next month.", "trade_talks"),
        ("The Commerce Secretary level meeting between Peru and Chile was held in Lima.",
         "trade_talks"),
        ("Vice-ministerial level talks between the two countries ended on Friday.", "trade_talks"),
        ("Lima said it would stop requiring licences for exports of copper to Chile.",
         "export_control_easing"),
        ("Lima raised the ceiling on its exports of copper ore to 75% of output.",
         "export_control_easing"),
        ("Lima complained on 12 February that the cap breaches the partnership agreement.",
         "accusation"),
        ("Jakarta banned imports of Malaysian palm oil.", "import_restriction"),
        ("Commerce added six firms to the Entity List.", "sanction"),
        ("Canberra blocked the acquisition of a lithium miner.", "investment_restriction"),
        ("Washington will revoke visas of some students.", "visa_restriction"),
        ("Brussels opened an anti-dumping probe into electric bikes.", "trade_remedy"),
        ("Delhi accused Dhaka of breaking the accord.", "accusation"),
        ("Ankara urged Athens to lift the restrictions.", "demand"),
        ("The king invited the chancellor to visit Riyadh.", "visit_invitation"),
        ("The two governments signed a framework deal.", "trade_agreement"),
        ("Negotiators held talks in Oslo.", "trade_talks"),
        ("The presidents spoke by phone on Friday.", "leader_call"),
        ("The prime ministers met in Canberra.", "leader_meeting"),
    ],
)
def test_each_type_has_a_trigger(text: str, expected: str) -> None:
    assert expected in _types(text)


def test_the_longer_retreat_wins_over_the_tariff_inside_it() -> None:
    triggers = find_triggers("Lima will suspend its 25% tariff on Chilean fruit.")
    assert [t.type for t in triggers] == ["tariff_reduction"]


def test_non_tariff_barriers_are_not_tariffs() -> None:
    assert _types("Both will reduce non-tariff barriers.") == []


def test_remedy_duties_are_a_trade_remedy_not_a_tariff() -> None:
    assert _types("Canada imposed anti-dumping duties on Chinese steel.") == ["trade_remedy"]


def test_a_trigger_span_is_the_matched_text() -> None:
    text = "Mexico imposed tariffs on pork."
    (trigger,) = find_triggers(text)
    assert text[trigger.start : trigger.end] == trigger.text == "imposed tariffs"


def test_an_easing_does_not_reach_across_a_second_verb_of_easing() -> None:
    text = ("Peru will scrap import duties on almost all Chilean fruit and lift curbs on exports "
            "of fishmeal to Chile.")
    assert _types(text) == ["tariff_reduction", "export_control_easing"]


def test_an_easing_still_covers_a_list_of_measures() -> None:
    assert _types("Lima will suspend its quotas and export controls on copper.") == [
        "export_control_easing"]


def test_counter_levies_are_tariffs() -> None:
    assert _types("Lima slapped counter-levies on Chilean wine.") == ["tariff_increase"]


def test_firms_added_to_a_list_that_bars_them_are_sanctioned() -> None:
    assert _types("Lima added three Chilean miners to a list that can bar them from trading "
                  "in Peru.") == ["sanction"]
    assert _types("The minister added that the list of products would grow.") == []
