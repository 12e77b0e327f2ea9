"""Actors: countries, demonyms, capitals, institutions, titles and office holders."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from tradewire.extract.actors import Actor, find_actors


def codes(sentence: str, on: date | None = None) -> list[str]:
    return [a.code for a in find_actors(sentence, on)]


def kinds(sentence: str) -> list[tuple[str, str, str]]:
    return [(a.text, a.code, a.kind) for a in find_actors(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the United States and China", ["USA", "CHN"]),
        ("The U.S. and the UK", ["USA", "GBR"]),
        ("US officials flew to Britain", ["USA", "GBR"]),
        ("the People\u2019s Republic of China (PRC)", ["CHN", "CHN"]),
        ("America First trade policy", ["USA"]),
        ("South Korea, the Republic of Korea and North Korea", ["KOR", "KOR", "PRK"]),
        ("Türkiye, Turkey and Côte d'Ivoire", ["TUR", "TUR", "CIV"]),
        ("the European Union and the EU", ["EUU", "EUU"]),
        ("Mexican and Canadian negotiators", ["MEX", "CAN"]),
        ("American factories lack magnets", ["USA"]),
        ("Chinese students and British exporters", ["CHN", "GBR"]),
        ("the U.S.-China truce", ["USA", "CHN"]),
        ("Vietnam, Viet Nam and Thailand", ["VNM", "VNM", "THA"]),
        ("Papua New Guinea and Guinea-Bissau", ["PNG", "GNB"]),
        ("the Democratic Republic of the Congo and Niger", ["COD", "NER"]),
        ("Taiwan and Indonesia", ["TWN", "IDN"]),
    ],
)
def test_countries_and_demonyms(sentence: str, expected: list[str]) -> None:
    assert codes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("North American supply chains and Latin America", []),
        ("the Indian Ocean and New Mexico", []),
        ("let us know", []),
        ("a china plate and a turkey dinner", []),
        ("Indiana farmers", []),
        ("the Washington Post reported", []),
        ("Chad Bown, an economist, said", []),
        ("Michael Jordan played", []),
        ("officials in Hong Kong", []),
        ("Eric Trump visited", []),
        # a surname as someone's given name, in a sentence with only short lower-case words
        ("Liang and Marcos Albuquerque met in Lima on Friday.", []),
        ("a European market", []),
        ("Bank of America analysts", []),
        ("a bid for U.S. Steel", []),
        ("a plant in Xi'an", []),
        ("Korean Air and Air China", []),
    ],
)
def test_false_friends_are_not_actors(sentence: str, expected: list[str]) -> None:
    assert codes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Washington and Beijing traded barbs", ["USA", "CHN"]),
        ("Brussels hit back", ["EUU"]),
        ("Moscow and Tokyo objected", ["RUS", "JPN"]),
        ("New Delhi and Ottawa", ["IND", "CAN"]),
        ("talks in London and Beijing", []),
        ("the Geneva Joint Statement", []),
        ("Chad and Jordan signed", ["TCD", "JOR"]),
        ("curbs aimed at Washington", ["USA"]),
        ("Beijing Hits Back At Washington Over Chip Curbs", ["CHN", "USA"]),
        ("Jordan Signs Trade Pact With Japan", ["JOR", "JPN"]),
        ("Brazil's trade secretary, Paulo Teixeira Lima, accused Argentina", ["BRA", "ARG"]),
        ("Chile's envoy, Ana Maria Santiago, met Peru's minister", ["CHL", "PER"]),
    ],
)
def test_capitals_stand_for_governments_only_outside_places(sentence: str, expected: list[str]) -> None:
    assert codes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the White House said", [("White House", "USA", "institution")]),
        ("MOFCOM and USTR", [("MOFCOM", "CHN", "institution"), ("USTR", "USA", "institution")]),
        (
            "the Commerce Department's BIS",
            [("Commerce Department", "USA", "institution"), ("BIS", "USA", "institution")],
        ),
        ("the State Council Tariff Commission", [("State Council Tariff Commission", "CHN", "institution")]),
        ("the Kremlin and METI", [("Kremlin", "RUS", "institution"), ("METI", "JPN", "institution")]),
        ("China's Ministry of Commerce", [("China's Ministry of Commerce", "CHN", "institution")]),
        ("India's Ministry of Commerce", [("India's Ministry of Commerce", "IND", "institution")]),
        ("the Ministry of Commerce of India", [("Ministry of Commerce of India", "IND", "institution")]),
        ("the British Treasury", [("British Treasury", "GBR", "institution")]),
        ("Kenya's National Treasury", [("Kenya's National Treasury", "KEN", "institution")]),
        ("three Dubai-based traders", [("Dubai-based", "ARE", "demonym")]),
        ("a Lima-based miner", [("Lima-based", "PER", "demonym")]),
        ("the European Commission", [("European Commission", "EUU", "institution")]),
        ("U.S. Trade Representative", [("U.S. Trade Representative", "USA", "office")]),
        ("Vice Premier", [("Vice Premier", "CHN", "office")]),
        ("the Chancellor of the Exchequer", [("Chancellor of the Exchequer", "GBR", "office")]),
        ("the Taoiseach", [("Taoiseach", "IRL", "office")]),
        ("Mexico's economy ministry", [("Mexico's economy ministry", "MEX", "institution")]),
        ("the Japanese government", [("Japanese government", "JPN", "institution")]),
        ("Ministry of Finance of Brazil", [("Ministry of Finance of Brazil", "BRA", "institution")]),
        ("the commerce ministry said", []),
        ("the foreign ministry said", []),
        ("the authorities said", []),
        ("Sino-US ties", [("Sino", "CHN", "demonym"), ("US", "USA", "country")]),
    ],
)
def test_institutions_and_titles(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "on", "expected"),
    [
        ("President Trump spoke with Xi Jinping", date(2025, 6, 5), ["USA", "CHN"]),
        ("Trump and Xi", None, ["USA", "CHN"]),
        ("Keir Starmer and Ursula von der Leyen", None, ["GBR", "EUU"]),
        ("Šefčovič met Sefcovic's deputy", None, ["EUU", "EUU"]),
        ("Lee met Ishiba", date(2025, 8, 1), ["KOR", "JPN"]),
        ("Lee met Kishida", date(2023, 3, 1), ["SGP", "JPN"]),
        ("Premier Li and Vice Premier He Lifeng", date(2025, 5, 1), ["CHN", "CHN", "CHN"]),
        ("Carney called Sheinbaum and Lula", date(2025, 5, 1), ["CAN", "MEX", "BRA"]),
        ("Modi, Putin, Macron and Merz", date(2025, 6, 1), ["IND", "RUS", "FRA", "DEU"]),
        ("António Costa", date(2020, 1, 1), ["PRT"]),
        ("António Costa", date(2025, 1, 1), ["EUU"]),
        ("Biden-era curbs", date(2025, 6, 1), ["USA"]),
        ("Senator Mike Lee", date(2025, 8, 1), []),
        ("Li Wei, an analyst, said", date(2025, 8, 1), []),
        ("President Trump Thursday said talks would resume", date(2025, 8, 1), ["USA"]),
        ("Samsung chairman Lee Jae-yong said", date(2025, 8, 1), []),
        ("the Trump Administration said", date(2025, 8, 1), ["USA"]),
        ("Trump Says China Deal Is Close", date(2025, 8, 1), ["USA", "CHN"]),
        ("Bessent, Lutnick and Greer", date(2025, 6, 1), ["USA", "USA", "USA"]),
    ],
)
def test_office_holders(sentence: str, on: date | None, expected: list[str]) -> None:
    assert codes(sentence, on) == expected


def test_spans_are_sorted_non_overlapping_and_point_into_the_sentence() -> None:
    sentence = "U.S. President Donald J. Trump met Chinese President Xi Jinping in Busan."
    actors = find_actors(sentence)
    assert [a.text for a in actors] == ["U.S.", "Donald J. Trump", "Chinese", "Xi Jinping"]
    for actor in actors:
        assert sentence[actor.start : actor.end] == actor.text
    assert all(a.end <= b.start for a, b in pairwise(actors))


def test_actor_is_frozen() -> None:
    actor = Actor("USA", 0, 2, "country", "US")
    with pytest.raises(AttributeError):
        actor.code = "CHN"  # type: ignore[misc]


def test_a_bare_title_before_someone_who_never_held_it_is_another_states() -> None:
    on = date(2025, 3, 9)
    assert find_actors("Trade Secretary Ramon Villanueva said on Friday.", on) == []
    assert [a.code for a in find_actors("Trade Secretary Jonathan Reynolds said.", on)] == [
        "GBR", "GBR"]
    assert [a.code for a in find_actors("British Trade Secretary Ann Smith said.", on)] == ["GBR"]
    assert [a.code for a in find_actors("The Trade Secretary said.", on)] == ["GBR"]


@pytest.mark.parametrize("sentence", [
    "The Department of Commerce and Industry proposed a ban.",
    "The Department of Agriculture, Fisheries and Forestry lifted the ban.",
])
def test_a_body_whose_name_goes_on_past_a_us_one_is_not_it(sentence: str) -> None:
    assert [a.code for a in find_actors(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The DGFT on Friday banned exports of onions.", ["IND"]),
        ("The Directorate General of Trade Remedies proposed duties on Chinese glass.", ["IND", "CHN"]),
        ("The Directorate General for Trade Remedies opened a probe.", ["IND"]),
        ("The Ministry of External Affairs summoned the envoy.", ["IND"]),
        ("Itamaraty said Gecex would cut the tariff, Secex data showed.", ["BRA", "BRA", "BRA"]),
        ("The Secretaría de Economía said it would retaliate.", ["MEX"]),
        ("The Casa Rosada scrapped export duties on grains.", ["ARG"]),
        ("Rosselkhoznadzor banned imports of Turkish tomatoes.", ["RUS", "TUR"]),
        ("The Federal Customs Service said imports fell.", ["RUS"]),
        ("ITAC recommended a safeguard duty, DIRCO said.", ["ZAF", "ZAF"]),
        ("The Trade Remedies Authority of Viet Nam started a probe.", ["VNM"]),
        ("The Anti-Dumping Commission extended duties on steel.", ["AUS"]),
        ("Global Affairs Canada and the CBSA said the CITT would review it.", ["CAN", "CAN", "CAN"]),
        ("The Ministry of Investment, Trade and Industry welcomed the deal.", ["MYS"]),
        ("Malacañang said the Bureau of Customs would act.", ["PHL", "PHL"]),
        ("The Akorda said the Ministry of Trade and Integration would lead.", ["KAZ", "KAZ"]),
        ("The EU's Directorate-General for Trade and DG TAXUD", ["EUU", "EUU"]),
        ("APHIS suspended imports of Mexican cattle, Senasica said.", ["USA", "MEX", "MEX"]),
    ],
)
def test_trade_bodies_name_their_state(sentence: str, expected: list[str]) -> None:
    assert codes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the German Federal Customs Service", ["DEU"]),  # not Russia's
        ("The Federal Foreign Office in Berlin objected.", ["DEU"]),  # not the UK's Foreign Office
        ("Pakistan's National Tariff Commission", ["PAK"]),  # not China's Tariff Commission
        ("The UK's Trade Remedies Authority started a probe.", ["GBR"]),  # not Vietnam's
        ("Japan's MITI shaped industrial policy in the 1980s.", ["JPN"]),  # now Malaysia's, Kenya's
        ("the MOFA statement", []),  # Japan, Korea, Taiwan, Vietnam, Ghana...
        ("Chicago Board of Trade soybean futures rose.", []),
        ("prices of NBR and other synthetic rubbers", []),  # Bangladesh's revenue board, and a rubber
    ],
)
def test_trade_bodies_that_other_states_share_name_none_alone(sentence: str, expected: list[str]) -> None:
    assert codes(sentence) == expected


@pytest.mark.parametrize("text", [
    "Lima opened a probe in February, and Santiago answered with duties.",
    "Talks stalled in May Santiago said.",
])
def test_a_capital_after_a_month_is_a_government_not_a_place_in_a_list(text: str) -> None:
    assert "CHL" in [a.code for a in find_actors(text, date(2025, 3, 14))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan and the Gulf Cooperation Council opened talks.",
     ["JPN", "ARE", "BHR", "KWT", "OMN", "QAT", "SAU"]),
    ("the EU-Mercosur agreement", ["EUU", "ARG", "BRA", "PRY", "URY"]),
    ("EFTA and Thailand signed a deal.", ["CHE", "ISL", "LIE", "NOR", "THA"]),
])
def test_a_bloc_named_as_a_party_names_each_of_its_members(sentence: str,
                                                            expected: list[str]) -> None:
    assert codes(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("in breach of Mercosur rules", []),
    ("broke the rules of the East African Community customs union", []),
    ("the Treaty on the Eurasian Economic Union", []),
    ("the GCC Secretariat General said", []),
    ("Argentina will keep working within Mercosur for a lower tariff", ["ARG"]),
    ("on the sidelines of the Extraordinary Summit of the East African Community Heads of State",
     []),
    ("Mercosur: Argentina and Brazil accused each other", ["ARG", "BRA"]),
])
def test_a_bloc_named_for_its_rules_or_bodies_is_no_party(sentence: str,
                                                          expected: list[str]) -> None:
    assert codes(sentence) == expected


def test_a_seat_of_government_beside_the_capital_stands_for_its_state() -> None:
    # Tanzania's ministries sit in Dar es Salaam, and the press names its government by it
    found = find_actors("Kenya called on Dar es Salaam to lift the ban.")
    assert [(a.code, a.text) for a in found] == [("KEN", "Kenya"), ("TZA", "Dar es Salaam")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Vice-Premier Zhao Minghua and Treasury Secretary Dana Whitcombe will meet in Lisbon.",
     ["CHN", "USA"]),
    ("Trade Representative Ellen Marsh met Vice Premier Qiu Lan in Geneva.", ["USA", "CHN"]),
    ("Business Secretary Fiona Hale blocked the sale.", ["GBR"]),
])
def test_a_title_only_one_state_uses_names_it_before_an_unknown_name(
        sentence: str, expected: list[str]) -> None:
    assert codes(sentence, date(2026, 10, 1)) == expected


def test_a_shared_title_before_an_unknown_name_stays_someone_elses() -> None:
    assert codes("Trade Secretary Ramon Villanueva said exports would grow.", date(2026, 1, 5)) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Peru imposed a duty of 312 US dollars per tonne on Chilean glass.", ["PER", "CHL"]),
    ("The fee rose to 40 Canadian dollars.", []),
    ("Solar glass exported from China PR and Vietnam.", ["CHN", "VNM"]),
])
def test_a_currency_names_no_state_and_china_pr_is_china(sentence: str, expected: list[str]) -> None:
    assert codes(sentence) == expected
