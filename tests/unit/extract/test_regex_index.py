"""The regex index finds what finditer finds, trying each regex only where it can begin."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradewire.extract.prefixes import starts
from tradewire.extract.regex_index import RegexIndex, lower
from tradewire.extract.text import split_sentences
from tradewire.extract.triggers import _load

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"(?<![\w-])(?:impos(?:e|ed)|slap)\s+tariffs", {"impos", "slap"}),
        (r"tariffs?", {"tarif"}),  # five letters at most
        (r"(?:new )?levy", {"new l", "levy"}),
        (r"[ab]c\d", {"ac", "bc"}),
        (r"(?:x|\w+)y", None),  # any word may begin it
        (r"(?i:levy)", None),  # either case
        (r"\d+%", {"\x00"}),  # DIGIT: any decimal digit
        (r"x\d+%", {"x"}),
    ],
)
def test_starts_reads_the_first_letters(source: str, expected: set[str] | None) -> None:
    found = starts(re.compile(source), 5)
    assert found == (None if expected is None else frozenset(expected))


def _finditer(index: RegexIndex, text: str, groups: set[str]) -> list[tuple[int, tuple[int, int]]]:
    low = lower(text)
    return sorted(
        (i, m.span())
        for i, (regex, group) in enumerate(zip(index._regexes, index._groups, strict=True))
        if group in groups
        for m in regex.finditer(text if regex.flags & re.IGNORECASE else low)
    )


def _sentences() -> list[str]:
    texts = []
    for path in sorted(GOLDEN.glob("*.json")):
        article = json.loads(path.read_text())["article"]
        texts += [s.text for s in split_sentences(article["body"])]
    return texts + [t.upper() for t in texts] + [
        "tariffs", "-tariffs on cars", "25%tariff hikes; new-tariffs, (tariffs) imposed",
        "İmposed tariffs on Straße goods", "a ٢٥% tariff, 25 per cent duties",
        "The U.S. imposed  new\ttariffs of 25% on steel.",
    ]


def test_the_trigger_index_finds_what_finditer_finds() -> None:
    index = _load().index
    groups = set(index._groups)
    for text in _sentences():
        found = sorted((i, m.span()) for i, m in index.find(text, lower(text), groups))
        assert found == _finditer(index, text, groups), text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["China", "imposed", "new", "tariffs", "on", "25%", "steel", "3", "٢",
                                 "-", ",", " ", "  ", "the", "agreed", "talks", "(", "cut", "İ",
                                 # case-blind entries, indexed in ASCII text only
                                 "Tariffs", "DUTIES", "Met", "hosted", "Xi", "Monday", ".", "\u017f"]),
                max_size=25))
def test_any_word_salad_too(words: list[str]) -> None:
    index = _load().index
    text = " ".join(words)
    groups = set(index._groups)
    found = sorted((i, m.span()) for i, m in index.find(text, lower(text), groups))
    assert found == _finditer(index, text, groups)
