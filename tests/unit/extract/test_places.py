"""Places where meetings happen: named as places, canonical names, country codes."""

from __future__ import annotations

from datetime import date

import pytest

from tradewire.extract.context import outlet_country
from tradewire.extract.places import (
    Place,
    dateline_country,
    find_locations,
    heading_end,
    place_country,
    told_in,
)


def names(sentence: str) -> list[str]:
    return [p.name for p in find_locations(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Negotiators met in Geneva on Saturday.", ["Geneva"]),
        ("Talks in Geneva, Switzerland, ended.", ["Geneva"]),
        ("They met in Busan, South Korea.", ["Busan"]),
        ("The leaders met at Mar-a-Lago.", ["Mar-a-Lago"]),
        ("A ceremony at the White House.", ["Washington"]),
        ("This week in the Republic of Korea, the two met.", ["Republic of Korea"]),
        ("In Malaysia, the president signed deals.", ["Malaysia"]),
        ("talks in the U.S. capital", ["United States"]),
        ("a summit in S. Korea", ["South Korea"]),
        ("the Geneva truce and the London talks", ["Geneva", "London"]),
        ("the Stockholm round of negotiations", ["Stockholm"]),
        ("after the Kuala Lumpur Joint Arrangement", ["Kuala Lumpur"]),
        ("he will travel to Beijing in April", ["Beijing"]),
        ("the delegation arrived in Tokyo and Osaka, then Seoul", ["Tokyo", "Osaka", "Seoul"]),
        ("talks in London and Washington", ["London", "Washington"]),
        ("a summit in Gyeongju", ["Gyeongju"]),
        ("meetings in London on June 9 and in Stockholm on July 28", ["London", "Stockholm"]),
        ("the Davos summit", ["Davos"]),
        ("a banquet at the Great Hall of the People", ["Beijing"]),
        ("talks at the Kremlin", ["Moscow"]),
        ("talks held in São Paulo", ["São Paulo"]),
        ("talks held in Sao Paulo", ["Sao Paulo"]),
        ("the East African summit in Arusha", ["Arusha"]),
        ("presidents met in Foz do Iguaçu on the border", ["Foz do Iguaçu"]),
        ("talks in Cotonou", ["Cotonou"]),
    ],
)
def test_places(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing imposed tariffs on Washington.",
        "Exports to China fell sharply.",
        "London said it would respond.",
        "Sofia Lopez, an analyst, said prices rose.",
        "Japan and Canada signed.",
        "The curbs were aimed at Washington.",
        "China lashed out at Tokyo on Friday.",
    ],
)
def test_governments_and_names_are_not_places(sentence: str) -> None:
    assert find_locations(sentence) == []


def test_span_covers_the_country_after_a_city() -> None:
    sentence = "They met in Busan, South Korea, on Thursday."
    (place,) = find_locations(sentence)
    assert place == Place("Busan", 12, 30)
    assert sentence[place.start : place.end] == "Busan, South Korea"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Geneva", "CHE"),
        ("London", "GBR"),
        ("Busan", "KOR"),
        ("Republic of Korea", "KOR"),
        ("South Korea", "KOR"),
        ("United States", "USA"),
        ("Mar-a-Lago", "USA"),
        ("Atlantis", None),
    ],
)
def test_place_country(name: str, code: str | None) -> None:
    assert place_country(name) == code


def _located(title: str, body: str) -> list[tuple[str, str | None]]:
    from datetime import UTC, datetime

    from tradewire.extract import extract_mentions
    from tradewire.models import Article

    article = Article(id="p1", source="Test Wire", title=title, body=body,
                      published_at=datetime(2025, 3, 14, 9, tzinfo=UTC))
    return [(m.type, m.location) for m in extract_mentions(article)]


def test_a_title_place_is_not_where_a_call_was_held() -> None:
    found = _located("Lula and Boric hold talks in Brasilia",
                     "President Lula and President Boric spoke by phone on Thursday.")
    assert ("leader_call", None) in found


def test_where_a_leader_will_go_is_not_where_a_deal_was_reached() -> None:
    found = _located("Boric to visit Brasilia in May after call with Lula",
                     "Chile and Brazil reached a trade deal on copper on Thursday.")
    assert ("trade_agreement", None) in found


def test_where_ministers_met_is_not_where_the_summit_they_prepare_will_be() -> None:
    found = _located("Ministers prepare summit",
                     "The trade ministers of Chile and Peru met in Lima on Wednesday to prepare "
                     "next week's presidential summit.")
    assert ("trade_talks", "Lima") in found
    assert ("leader_meeting", None) in found


def test_a_possessive_names_no_place() -> None:
    assert find_locations("to fix the imbalance in the United States' trade with Japan") == []
    assert find_locations("in Beijing\u2019s view, the talks in London went well") == [
        Place("London", 32, 38)]


@pytest.mark.parametrize("made", ["assembled", "built", "refined", "grown"])
def test_where_goods_are_made_is_not_where_a_deal_was_signed(made: str) -> None:
    assert [p.name for p in find_locations(
        f"Chile will lift the duty on cars {made} in Peru under an agreement signed in Lima on "
        "Saturday.")] == ["Lima"]


@pytest.mark.parametrize(("body", "code"), [
    ("NEW DELHI, March 22 (Reuters) - India has imposed duties.", "IND"),
    ("ISLAMABAD -- The Emir of Qatar spoke to the Prime Minister.", "PAK"),
    ("RABAT (AFP) - Morocco will lift a duty.", "MAR"),
    ("JOHANNESBURG/SAO PAULO, Feb 11 (Reuters) - South Africa has suspended imports.", "ZAF"),
    ("China said on Monday - in a statement - that it would retaliate.", None),
    ("The government said, on Monday, that it would act.", None),
])
def test_the_dateline_names_the_state_a_story_is_filed_from(body: str, code: str | None) -> None:
    assert dateline_country(body) == code


@pytest.mark.parametrize(("sentence", "code"), [
    ("In Beijing, a commerce ministry spokesperson said ...", "CHN"),
    ("In New Delhi, officials said ...", "IND"),
    ("TANZANIA - The immigration department defended ...", "TZA"),
    ("In March, the ministry said ...", None),
    ("In a statement, the ministry said ...", None),
    ("CANADA / UNITED STATES - Ottawa has not returned ...", None),
    ("The talks in Beijing, officials said, ...", None),
])
def test_where_a_sentence_says_it_is_told(sentence: str, code: str | None) -> None:
    assert told_in(sentence) == code


@pytest.mark.parametrize(("sentence", "end"), [
    ("GHANA - The finance ministry said ...", 8),
    ("URUGUAY / SOUTH KOREA - Negotiators met ...", 24),
    ("The ministry - in a statement - said ...", 0),
    ("In Beijing, officials said ...", 0),
])
def test_a_roundup_heading_ends_where_its_dash_does(sentence: str, end: int) -> None:
    assert heading_end(sentence) == end


def test_talks_held_in_a_place_are_there_not_where_the_clause_began() -> None:
    found = _located("", "LIMA - Chile and Peru reached the deal after negotiations in Lima on "
                     "March 3, which built on a first round of talks held in Santiago in "
                     "February.")
    assert ("trade_talks", "Santiago") in found, found


@pytest.mark.parametrize(("sentence", "place"), [
    ("The minister will lead a delegation to Quito next week for trade talks.", "Quito"),
    ("On 13 February, Lima hosted negotiations between the two delegations.", "Lima"),
])
def test_a_delegation_goes_to_and_a_city_hosts_a_place(sentence: str, place: str) -> None:
    assert [p.name for p in find_locations(sentence)] == [place]


@pytest.mark.parametrize("sentence", [
    "The minister told reporters in Lima that the next round would be held in Quito.",
    "Speaking in Lima, the minister said the next round would be held in Quito.",
])
def test_where_something_was_said_is_not_a_place_of_the_event(sentence: str) -> None:
    assert names(sentence) == ["Quito"]


@pytest.mark.parametrize("sentence", [
    "Steelmakers welcomed the accord, while nickel prices in London fell 4%.",
    "Shares in Seoul rose after the deal signed in Hanoi.",
])
def test_where_a_market_trades_is_not_a_place_of_the_event(sentence: str) -> None:
    assert names(sentence) == ([] if "Hanoi" not in sentence else ["Hanoi"])


@pytest.mark.parametrize(("source", "expected"), [
    ("The Korea Herald", "KOR"),
    ("Australian Financial Review", "AUS"),
    ("Radyo Maynila English News", None),
    ("Channel Seven French Edition", None),
])
def test_an_outlet_names_its_state_but_not_by_the_language_of_its_edition(
        source: str, expected: str | None) -> None:
    assert outlet_country(source, date(2026, 8, 21)) == expected


def test_a_country_after_a_city_of_another_state_is_no_part_of_the_place() -> None:
    # "Busan, South Korea" is one place; in "Brussels, US and EU" the US is a party
    brussels = find_locations("In Brussels, US and EU negotiators reached a truce.")[0]
    assert (brussels.name, brussels.end) == ("Brussels", len("In Brussels"))
    (busan,) = find_locations("Talks in Busan, South Korea, ended.")
    assert busan.end == len("Talks in Busan, South Korea")
