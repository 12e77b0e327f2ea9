"""The knowledge files (`data/*.json`) and the one matcher they all share.

An analyst extends the JSON, never the code. Each list of names is compiled once
(`Names`) into a single regex shaped like a trie, so a sentence is scanned once
whatever the size of the list, and the longest name at a position wins:

    ["U.S.", "United States", "United States of America"]
    -> (?:U\\.S\\.|United\\s+States(?:\\s+of\\s+America)?)

Matched text is looked up again through `fold`, which makes curly and straight
apostrophes and runs of spaces (and, for loose lists, hyphens) the same key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import orjson

_SPACE = re.compile(r"\s+")
_LOOSE_SPACE = re.compile(r"[\s\-\u2010\u2011]+")
_TOKEN = {" ": r"\s+", "'": "['\u2019]", "-": "[-\u2010\u2011]"}
_LOOSE_TOKEN = {**_TOKEN, " ": r"[\s\-\u2010\u2011]+", "-": r"[\s\-\u2010\u2011]+"}

Trie = dict[str, "Trie"]


@cache
def load(name: str) -> dict[str, Any]:
    """One knowledge file, parsed once per process."""
    raw = resources.files("tradewire.extract").joinpath("data", name).read_bytes()
    data: dict[str, Any] = orjson.loads(raw)
    return data


def words(text: str) -> frozenset[str]:
    """A set of words written as one string ("mr mrs dr")."""
    return frozenset(text.split())


def phrases(text: str) -> tuple[str, ...]:
    """Phrases written as one comma-separated string ("trip to, flew to"), in order."""
    return tuple(p.strip() for p in text.split(","))


@lru_cache(maxsize=8192)  # names found recur ("China", "Trump"): each is folded once
def fold(text: str, *, loose: bool = False) -> str:
    """The lookup key of a name as written: one apostrophe, one space (loose: hyphen too)."""
    text = text.replace("\u2019", "'")
    if loose:
        return _LOOSE_SPACE.sub(" ", text).lower()
    return _SPACE.sub(" ", text)


def at_word_starts(body: str, flags: int = 0) -> re.Pattern[str]:
    """`body` tried only where a word starts; scan `" " + text` and read group "found".

    Consuming the non-word character before a word gives the regex engine a set of
    first characters to skip by, several times faster than testing `\\b` or a
    look-behind at every position.
    """
    return re.compile(rf"[^\w](?P<found>{body})", flags)


class Names:
    """A list of names compiled once into one trie-shaped regex, found as whole words.

    At each word the longest name wins. `loose` lists ignore case and treat a space
    and a hyphen alike ("Rare-Earth" = "rare earth").
    """

    __slots__ = ("_loose", "_pattern")

    def __init__(self, terms: Iterable[str], *, loose: bool = False) -> None:
        self._loose = loose
        self._pattern = at_word_starts(rf"{trie(terms, loose=loose)}(?!\w)")

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, text) of each name in `text`, left to right, never overlapping."""
        scanned = " " + (text.lower() if self._loose else text)
        return [(m.start(1) - 1, m.end(1) - 1, m.group(1)) for m in self._pattern.finditer(scanned)]

    def end_of_name_at(self, text: str, pos: int) -> int | None:
        """Where a name starting at `pos` (after a non-word character) ends, if one does."""
        match = self._pattern.match(" " + (text.lower() if self._loose else text), pos)
        return None if match is None else match.end(1) - 1


def trie(terms: Iterable[str], *, loose: bool = False) -> str:
    """The regex (no boundaries) that matches any of `terms`, the longest first."""
    root: Trie = {}
    for term in terms:
        node = root
        for char in fold(term, loose=loose):
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(root, _LOOSE_TOKEN if loose else _TOKEN)


def _branch(node: Trie, tokens: dict[str, str]) -> str:
    """A trie node as a regex: one alternative per next character, the end made optional."""
    alternatives = [
        tokens.get(char, re.escape(char)) + _branch(child, tokens)
        for char, child in sorted(node.items())
        if char
    ]
    if not alternatives:
        return ""
    group = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if "" in node:
        return f"(?:{group})?"
    return group
