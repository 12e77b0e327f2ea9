"""CaseBlind finds what a case-blind regex finds, by matching lower-cased text.

The claim rests on facts about Unicode and Python's `re` checked here for every character:
lowering keeps a character's class (word, space, digit), no character lowers to another that
has no case, and outside the three unsafe ones a character matches an ASCII letter case-blind
exactly when it lowers to it.
"""

from __future__ import annotations

import importlib
import re
import string
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradewire.extract.case_blind import UNSAFE, CaseBlind, lowered, required

_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
_SAFE = "".join(c for c in _ALL if c not in UNSAFE and len(c.lower()) == 1)


def test_outside_the_unsafe_three_an_ascii_letter_matches_case_blind_what_lowers_to_it() -> None:
    for letter in string.ascii_lowercase:
        blind = {m.group() for m in re.finditer(letter, _SAFE, re.IGNORECASE)}
        assert blind == {c for c in _SAFE if c.lower() == letter}, letter
    for char in UNSAFE:  # and those three are unsafe indeed
        assert any(re.fullmatch(letter, char, re.IGNORECASE) and char.lower() != letter
                   for letter in string.ascii_lowercase)


def test_lowering_keeps_every_characters_class() -> None:
    low = _SAFE.lower()
    assert len(low) == len(_SAFE)
    for category in (r"\w", r"\s", r"\d"):
        assert [m.start() for m in re.finditer(category, _SAFE)] == \
            [m.start() for m in re.finditer(category, low)], category


def test_no_character_lowers_to_another_without_case() -> None:
    assert [c for c in _SAFE if c.lower() != c and c.lower() == c.lower().upper()] == []


def test_what_lowering_loses_is_matched_case_blind_as_written() -> None:
    assert lowered("Tariffs ON Steel") == "tariffs on steel"
    assert lowered("Zölle auf Stahl \u2019") == "zölle auf stahl \u2019"
    assert lowered("TAR\u0130FFS") is None
    assert lowered("\u017fteel") is None
    soon = CaseBlind(r"\b(?:soon|shortly|tariffs?)\b")
    assert soon.search("Talks resume SHORTLY").span() == (13, 20)  # type: ignore[union-attr]
    assert soon.search("new TAR\u0130FFS").span() == (4, 11)  # type: ignore[union-attr]
    assert soon.search("\u017fOON") is not None


def test_the_words_every_match_holds_are_looked_for_where_re_would_look() -> None:
    analysts = CaseBlind(r"\banalysts?\b")
    text = "Analysts say so, and so do other ANALYSTS"
    for pos, endpos in [(0, 100), (-3, 12), (-50, -1), (1, 100), (30, -2), (33, 41), (33, 40)]:
        found = analysts.search(text, pos, endpos)
        blind = re.compile(r"\banalysts?\b", re.IGNORECASE).search(text, pos, endpos)
        assert (found and found.span()) == (blind and blind.span()), (pos, endpos)


@pytest.mark.parametrize("pattern", [
    r"(?-i:May)", r"\bEU\b", r"\x41", r"\N{LATIN CAPITAL LETTER A}", r"[A-Z]", r"[0-a]", "é",
    r"(?i:x)", "\u00b5",
])
def test_patterns_that_lowering_would_change_are_refused(pattern: str) -> None:
    with pytest.raises(ValueError):
        CaseBlind(pattern)


_PARSER: Any = importlib.import_module("re._parser")


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\banalysts?\b", {"analyst"}),
    (r"(?:said|says)\W+(?:\w+\W+){0,4}(?:analysts?|economists?)", {"analyst", "economist"}),
    (r"\b(?:said|says)\W+experts?|former\W+officials?", {"expert", "official"}),
    (r"ab(?:c)?de|xyz", {"ab", "xyz"}),
    (r"(?:tariffs?)+ on", {"tariff"}),
    (r"(?:x|)yz", {"yz"}),
    (r"\b(?:on|to)?\W*$", None),
    (r"(?:tariff|)\b", None),
    (r"(?=former)\w+", None),  # what a look-ahead sees is not in the match
])
def test_required_words_are_those_every_match_holds(pattern: str,
                                                   words: set[str] | None) -> None:
    assert required(_PARSER.parse(pattern, 0)) == (None if words is None else frozenset(words))


PATTERNS = [
    r"\b(?:said|says|according to)\W+(?:\w+\W+){0,4}(?:analysts?|economists?)\b"
    r"|^\W*(?:\w+\W+){0,3}(?:analysts?|experts?)\W+(?:\w+\W+){0,6}(?:said|think)\b",
    r"\b(?:not|never|n[o\u2019']t|no|refused to)\b(?:\W+\w+){0,3}\W*$",
    r"\b(?:on|against|to|from|of|for)\W*(?:the\W+|its\W+)?(?:\w+[^\w,;]+)?$",
    r"\b(?:(?P<effective>effective|as of)|(?P<bound>until|through)|(?P<since>since))\b",
    r"(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per\s?cent\b)",
    r"[^\w](?:anti-?dumping|countervailing)\b",
    r"\bk\w+|\bi\w*s\b|[a-z]+ing\b|[\s\-\u2010]+",
]
_CHARS = ("aAbBdDeEfFgGiIkKlLmMnNoOpPrRsStTuUyYzZ019 ,.;%-'\u2019\u2010\n\u0130\u0131\u017f"
          "\u212a\u00c9\u00e9\u03a3\u03c3\u00df")
_WORDS = ["said", "ANALYSTS", "Economist", "not", "NEVER", "won't", "until", "As Of", "Since",
          "25%", "10 Percent", "Anti-Dumping", "countervailing", "Kelvin", "ISLANDS", "Trading"]
_TEXT = st.lists(st.text(alphabet=_CHARS, max_size=12) | st.sampled_from(_WORDS),
                 max_size=8).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.sampled_from(PATTERNS),
       st.integers(-5, 80), st.integers(-5, 90))
def test_finds_what_the_case_blind_regex_finds(text: str, pattern: str, pos: int,
                                               endpos: int) -> None:
    blind, fast = re.compile(pattern, re.IGNORECASE), CaseBlind(pattern)

    def seen(m: re.Match[str] | None) -> object:
        return None if m is None else (m.span(), m.lastgroup, [m.span(g) for g in range(
            1, (m.re.groups or 0) + 1)])

    assert seen(fast.search(text, pos, endpos)) == seen(blind.search(text, pos, endpos))
    assert seen(fast.match(text, pos, endpos)) == seen(blind.match(text, pos, endpos))
    assert seen(fast.fullmatch(text, pos, endpos)) == seen(blind.fullmatch(text, pos, endpos))
    assert [seen(m) for m in fast.finditer(text, pos, endpos)] == \
        [seen(m) for m in blind.finditer(text, pos, endpos)]
