"""Dates resolved against publication: absolute, year-less, weekdays, relative, windows."""

from __future__ import annotations

from datetime import date

import pytest

from tradewire.extract.dates import DateMention, find_dates, is_future

FRIDAY = date(2025, 6, 6)  # a Friday


def values(sentence: str, published: date = FRIDAY, future: bool = False) -> list[str | None]:
    return [d.value for d in find_dates(sentence, published, future)]


def windows(sentence: str, published: date = FRIDAY) -> list[tuple[str | None, str | None]]:
    return [(d.earliest, d.latest) for d in find_dates(sentence, published)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("signed on June 9, 2025 in Oslo", ["2025-06-09"]),
        ("signed on 9 June 2025", ["2025-06-09"]),
        ("the order of 2024-11-05 stands", ["2024-11-05"]),
        ("from Sept. 3, 2024 until Oct 1, 2024", ["2024-09-03", "2024-10-01"]),
        ("the 3rd of March 2023", ["2023-03-03"]),
        ("meetings on July 28 and 29, 2025", ["2025-07-28"]),
        ("talks held May 10-11", ["2025-05-10"]),
        ("on Monday, June 9", ["2025-06-09"]),
        ("on April 8 and April 9, 2025", ["2025-04-08", "2025-04-09"]),
        ("since January 17", ["2025-01-17"]),
        ("by December 20", ["2024-12-20"]),
        ("in April 2025", ["2025-04"]),
        ("in late April", ["2025-04"]),
        ("in mid-October", ["2025-10"]),
        ("in December", ["2024-12"]),
        ("next March", ["2026-03"]),
        ("last March", ["2025-03"]),
    ],
)
def test_calendar_dates(sentence: str, expected: list[str]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("signed December 30", date(2026, 1, 2), ["2025-12-30"]),
        ("due January 3", date(2025, 12, 30), ["2026-01-03"]),
        ("on the 12th", date(2025, 6, 20), ["2025-06-12"]),
        ("on the 30th", date(2025, 7, 2), ["2025-06-30"]),
    ],
)
def test_year_less_dates_land_nearest_publication(
    sentence: str, published: date, expected: list[str]
) -> None:
    assert values(sentence, published) == expected


@pytest.mark.parametrize(("future", "expected"), [(False, ["2025-09-11"]), (True, ["2026-09-11"])])
def test_a_year_less_day_half_a_year_off_is_on_the_side_its_tense_tells(
    future: bool, expected: list[str]
) -> None:
    # (published 16 March 2026: 11 September lies 186 days back and 179 ahead)
    assert values("on September 11", date(2026, 3, 16), future) == expected


@pytest.mark.parametrize(
    ("sentence", "future", "expected"),
    [
        ("they spoke on Thursday", False, ["2025-06-05"]),
        ("they spoke on Friday", False, ["2025-06-06"]),
        ("they will meet on Monday", True, ["2025-06-09"]),
        ("they will meet on Friday", True, ["2025-06-06"]),
        ("last Friday", False, ["2025-05-30"]),
        ("next Friday", False, ["2025-06-13"]),
        ("on Tuesday morning", False, ["2025-06-03"]),
    ],
)
def test_weekdays(sentence: str, future: bool, expected: list[str]) -> None:
    assert values(sentence, FRIDAY, future) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Today the ministers met", ["2025-06-06"]),
        ("yesterday", ["2025-06-05"]),
        ("tomorrow", ["2025-06-07"]),
        ("three days ago", ["2025-06-03"]),
        ("last month", ["2025-05"]),
        ("earlier this month", ["2025-06"]),
        ("next month", ["2025-07"]),
        ("two months ago", ["2025-04"]),
    ],
)
def test_relative_days_and_months(sentence: str, expected: list[str]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("next week", ("2025-06-09", "2025-06-15")),
        ("last week", ("2025-05-26", "2025-06-01")),
        ("this week", ("2025-06-02", "2025-06-08")),
        ("soon", ("2025-06-06", "2025-06-27")),
        ("in the coming days", ("2025-06-06", "2025-06-20")),
        ("in the coming weeks", ("2025-06-06", "2025-07-18")),
        ("earlier this year", ("2025-01-01", "2025-06-06")),
        ("last year", ("2024-01-01", "2024-12-31")),
        ("recently", ("2025-05-07", "2025-06-06")),
        ("a ruling within 30 days", ("2025-06-06", "2025-07-06")),
        ("talks in two weeks", ("2025-06-18", "2025-06-22")),
        ("by the end of the year", ("2025-06-06", "2025-12-31")),
        ("earlier in the month", ("2025-06-01", "2025-06-06")),
        ("later this year", ("2025-06-06", "2025-12-31")),
    ],
)
def test_windows(sentence: str, expected: tuple[str, str]) -> None:
    (mention,) = find_dates(sentence, FRIDAY)
    assert mention.value is None
    assert (mention.earliest, mention.latest) == expected
    assert mention.kind == "window"


def test_weekend_is_its_saturday() -> None:
    monday = date(2025, 5, 12)
    (mention,) = find_dates("talks over the weekend", monday)
    assert (mention.value, mention.earliest, mention.latest) == ("2025-05-10", "2025-05-10", "2025-05-11")


def test_a_month_spans_its_days() -> None:
    assert windows("in February 2024") == [("2024-02-01", "2024-02-29")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Theresa May spoke",
        "the 80th anniversary",
        "as soon as possible",
        "Mar-a-Lago",
        "a 34 percent tariff on 100,000 cars",
        "February 30, 2025",
        "Section 4 of 2025",
        "a pause for 90 days",
        "person of the year",
    ],
)
def test_no_date(sentence: str) -> None:
    assert find_dates(sentence, FRIDAY) == []


def test_mention_carries_span_and_kind() -> None:
    sentence = "They spoke on Thursday, June 5."
    (mention,) = find_dates(sentence, FRIDAY)
    assert mention == DateMention("2025-06-05", "2025-06-05", "2025-06-05", 14, 30, "day", "Thursday, June 5")
    assert sentence[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Negotiators will meet in London.", True),
        ("The two sides are set to resume talks.", True),
        ("Talks are scheduled to start Monday.", True),
        ("She plans to visit Tokyo.", True),
        ("He said they would meet again.", True),
        ("We'll see.", True),
        ("The leaders spoke on Thursday.", False),
        ("China imposed export curbs.", False),
    ],
)
def test_is_future(sentence: str, expected: bool) -> None:
    assert is_future(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("a deal reached in September last year", ["2024-09"]),
        ("curbs imposed on July 2 last year", ["2024-07-02"]),
        ("a summit in March next year", ["2026-03"]),
        ("talks held in May this year", ["2025-05"]),
    ],
)
def test_a_month_or_day_with_its_year_named_in_words(sentence: str, expected: list[str]) -> None:
    assert values(sentence, FRIDAY) == expected


@pytest.mark.parametrize("sentence", ["Lima imposed the quota in 2019.",
                                      "In 2019, Lima imposed the quota."])
def test_a_year_after_its_cue_word_is_that_year(sentence: str) -> None:
    (mention,) = find_dates(sentence, FRIDAY)
    assert (mention.value, mention.earliest, mention.latest, mention.kind) == (
        None, "2019-01-01", "2019-12-31", "year")


@pytest.mark.parametrize("sentence", ["output targets in 2030 terms", "the quota in 2024-25",
                                      "a levy on 2019 harvests", "shipments in 2,019 lots"])
def test_numbers_that_are_no_year_of_an_act_are_no_date(sentence: str) -> None:
    assert find_dates(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ASTANA, 13.07.2025 - The ministry", ["2025-07-13"]),
        ("since 01.08.2025 every shipment", ["2025-08-01"]),
        ("the licences apply from 01.08. onwards", ["2025-08-01"]),
        ("signed on 10/25/2025", ["2025-10-25"]),  # only month first reads
        ("announced on 19/7 that it would stop imports from 1/9 to 30/10",
         ["2025-07-19", "2025-09-01", "2025-10-30"]),
        # numbers that are no dates
        ("raised the rate from 2.5 to 3.1", []),
        ("from 10.10% to 12.00%", []),
        ("cut by 1/3 of the volume", []),
        ("version 3.2 of the rules", []),
    ],
)
def test_numeric_dates(sentence: str, expected: list[str]) -> None:
    assert values(sentence) == expected


def test_a_slash_date_that_reads_both_ways_is_the_reading_nearer_publication() -> None:
    assert values("filed on 08/09/2025", date(2025, 9, 8)) == ["2025-09-08"]
    assert values("filed on 08/09/2025", date(2025, 8, 9)) == ["2025-08-09"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The next round will take place in the second half of July.", ["2025-07"]),
    ("Talks resume in the first week of August.", ["2025-08"]),
    ("It was the first round of talks.", []),
])
def test_a_part_of_a_named_month_is_that_month(sentence: str, expected: list[str]) -> None:
    assert values(sentence) == expected
