"""Sentence splitting: offsets into the body, abbreviations, headings, paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradewire.extract.text import Sentence, split_sentences


def texts(body: str) -> list[str]:
    return [s.text for s in split_sentences(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ministers met. They agreed.", ["Ministers met.", "They agreed."]),
        ("Did they meet? Yes! Talks end.", ["Did they meet?", "Yes!", "Talks end."]),
        (
            "The U.S. Trade Representative spoke. Others left.",
            ["The U.S. Trade Representative spoke.", "Others left."],
        ),
        ("Exports to the U.S. Beijing objected.", ["Exports to the U.S.", "Beijing objected."]),
        (
            "Students in the U.S. President Lee said more.",
            ["Students in the U.S.", "President Lee said more."],
        ),
        ("A letter to the U.S. President arrived.", ["A letter to the U.S. President arrived."]),
        ("The U.S. President Trump spoke.", ["The U.S. President Trump spoke."]),
        (
            "Mr. Lutnick and Dr. Tan met on Jan. 5 in Oslo.",
            ["Mr. Lutnick and Dr. Tan met on Jan. 5 in Oslo."],
        ),
        (
            "Order No. 14257 stands. Rates rose 2.5 percent.",
            ["Order No. 14257 stands.", "Rates rose 2.5 percent."],
        ),
        ("Donald J. Trump signed it. It took effect.", ["Donald J. Trump signed it.", "It took effect."]),
        ("See 19 U.S.C. 2483 for details. Then stop.", ["See 19 U.S.C. 2483 for details.", "Then stop."]),
        ('He said: "We agreed." Markets rose.', ['He said: "We agreed."', "Markets rose."]),
        ("It starts at 12:01 a.m. on Monday. Done.", ["It starts at 12:01 a.m. on Monday.", "Done."]),
        ("Duties (see et seq.) (IEEPA) apply.", ["Duties (see et seq.) (IEEPA) apply."]),
        ("Prices fell 3.5%. Shares too.", ["Prices fell 3.5%.", "Shares too."]),
        ("The answer was no. Then talks resumed.", ["The answer was no.", "Then talks resumed."]),
        ("Steel, copper, etc. Beijing balked.", ["Steel, copper, etc.", "Beijing balked."]),
        ("Steel, copper, etc. and more.", ["Steel, copper, etc. and more."]),
        ("Meet at 9 a.m. Eastern Time today.", ["Meet at 9 a.m. Eastern Time today."]),
        ("It ended at 9 a.m. Trump left.", ["It ended at 9 a.m.", "Trump left."]),
        ("He met H.E. Mr. Soto in Lima. Talks ended.", ["He met H.E. Mr. Soto in Lima.", "Talks ended."]),
    ],
)
def test_splits_sentences(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


def test_headings_and_paragraphs() -> None:
    body = "**Leaders Talk Trade**\nThey spoke. Both sides agreed.\n\n  Next steps follow.\n"
    sentences = split_sentences(body)
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("Leaders Talk Trade", 0),
        ("They spoke.", 1),
        ("Both sides agreed.", 1),
        ("Next steps follow.", 2),
    ]


def test_unicode_spaces_and_bullets_are_trimmed() -> None:
    body = "Sec. 2.\xa0 Duties rise.\n- First item here.\n\u2022 Second item."
    assert texts(body) == ["Sec. 2.", "Duties rise.", "First item here.", "Second item."]


def test_a_line_without_a_stop_is_a_sentence() -> None:
    assert texts("Looking Ahead\nTalks resume") == ["Looking Ahead", "Talks resume"]


def test_offsets_point_into_the_body() -> None:
    body = "Intro line\n\nThe EU and Japan met. Tariffs fell 10%.\n*Note* here."
    for sentence in split_sentences(body):
        assert body[sentence.start : sentence.end] == sentence.text


def test_empty_body() -> None:
    assert split_sentences("") == []
    assert split_sentences("\n \n**\n") == []


def test_sentence_is_frozen() -> None:
    sentence = Sentence("a", 0, 1, 0)
    with pytest.raises(AttributeError):
        sentence.text = "b"  # type: ignore[misc]


@given(st.text(alphabet="ab .?!\n*UScJ0", max_size=80))
def test_offsets_hold_for_any_text(body: str) -> None:
    previous_end = 0
    for sentence in split_sentences(body):
        assert body[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


def test_spanish_and_portuguese_honorifics_end_no_sentence() -> None:
    body = ("The ministry said Secretary Lic. Rodrigo Soto would travel on Monday. "
            "Undersecretary Dra. Paula Ibarra and Ing. Luis Vega stayed.")
    assert texts(body) == ["The ministry said Secretary Lic. Rodrigo Soto would travel on Monday.",
                           "Undersecretary Dra. Paula Ibarra and Ing. Luis Vega stayed."]
